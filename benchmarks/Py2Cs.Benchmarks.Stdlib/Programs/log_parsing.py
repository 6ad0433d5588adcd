# Re-heavy log parsing: every line of access.log (about 100 MB, written by the benchmark driver into
# the working directory) is matched with search() and its groups are aggregated. Runs unchanged on
# Python 2.7 and Python 3; prints a checksum of everything it computed.
from __future__ import print_function
import re

LINE = re.compile(r'^(?P<ip>\d+\.\d+\.\d+\.\d+) - (?P<user>\S+) \[(?P<day>\d\d)/(?P<month>\w+)/(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\] '
                  r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<version>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)')
AGENT = re.compile(r'"([^"]*)"\s*$')
ID_IN_PATH = re.compile(r'/(\d+)(?:/|$)')

status_counts = {}
bytes_by_method = {}
hits_by_hour = {}
paths = {}
agents = {}
ids_total = 0
bad = 0
with open('access.log') as log:
    for line in log:
        m = LINE.search(line)
        if m is None:
            bad += 1
            continue
        status = m.group('status')
        status_counts[status] = status_counts.get(status, 0) + 1
        size = m.group('size')
        method = m.group('method')
        if size != '-':
            bytes_by_method[method] = bytes_by_method.get(method, 0) + int(size)
        hour = m.group('time')[:2]
        hits_by_hour[hour] = hits_by_hour.get(hour, 0) + 1
        path = m.group('path')
        found = ID_IN_PATH.search(path)
        if found:
            ids_total += int(found.group(1))
            path = path[:found.start(1)] + 'N' + path[found.end(1):]
        paths[path] = paths.get(path, 0) + 1
        a = AGENT.search(line)
        if a:
            agent = a.group(1).split('/')[0]
            agents[agent] = agents.get(agent, 0) + 1

print('status', sorted(status_counts.items()))
print('bytes', sorted(bytes_by_method.items()))
print('hours', sorted(hits_by_hour.items())[:3], len(hits_by_hour))
top = sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print('top paths', top)
print('agents', sorted(agents.items()))
print('ids', ids_total, 'bad', bad)
checksum = 0
for table in (status_counts, bytes_by_method, hits_by_hour, paths, agents):
    for key, value in sorted(table.items()):
        for ch in key:
            checksum = (checksum * 31 + ord(ch)) % 1000000007
        checksum = (checksum * 31 + value) % 1000000007
print('checksum', (checksum + ids_total + bad) % 1000000007)
