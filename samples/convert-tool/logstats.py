#!/usr/bin/env python2.7
"""logstats: summarize a web server access log (Common Log Format).

    python2.7 logstats.py [--top N] [--json] LOGFILE...
"""
import argparse
import json
import re
import sys

LINE = re.compile(r'^(?P<host>\S+) \S+ \S+ \[(?P<day>[^:]+):(?P<hour>\d\d):[^\]]+\] '
                  r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)$')


class Summary(object):
    def __init__(self):
        self.requests = 0
        self.malformed = []
        self.bytes = 0
        self.status = {}
        self.paths = {}
        self.hosts = set()
        self.hours = [0] * 24

    def add(self, line, where):
        match = LINE.match(line)
        if match is None:
            self.malformed.append(where)
            return
        self.requests += 1
        self.hosts.add(match.group('host'))
        status = int(match.group('status'))
        self.status[status] = self.status.get(status, 0) + 1
        path = match.group('path').split('?', 1)[0]
        self.paths[path] = self.paths.get(path, 0) + 1
        if match.group('size') != '-':
            self.bytes += int(match.group('size'))
        self.hours[int(match.group('hour'))] += 1

    def top_paths(self, n):
        return sorted(self.paths.iteritems(), key=lambda (path, count): (-count, path))[:n]

    def error_rate(self):
        errors = sum(count for status, count in self.status.items() if status >= 400)
        return 100.0 * errors / self.requests if self.requests else 0.0


def read(summary, filename):
    with open(filename) as log:
        for number, line in enumerate(log, 1):
            line = line.rstrip('\n')
            if line:
                summary.add(line, '%s:%d' % (filename, number))


def report(summary, top):
    print '%d requests from %d hosts, %s bytes' % (summary.requests, len(summary.hosts), format(summary.bytes, ','))
    print 'error rate: %.1f%%' % summary.error_rate()
    print 'status codes:'
    for status in sorted(summary.status):
        print '  %d %5d' % (status, summary.status[status])
    print 'top %d paths:' % top
    for path, count in summary.top_paths(top):
        print '  %-24s %d' % (path, count)
    busiest = max(summary.hours)
    print 'requests per hour:'
    for hour, count in enumerate(summary.hours):
        if count:
            print '  %02d:00 %-20s %d' % (hour, '#' * (count * 20 // busiest), count)
    if summary.malformed:
        print >>sys.stderr, 'skipped %d malformed line(s): %s' % (len(summary.malformed), ', '.join(summary.malformed))


def main(argv):
    parser = argparse.ArgumentParser(prog='logstats', description='Summarize access logs.')
    parser.add_argument('logs', nargs='+', metavar='LOGFILE')
    parser.add_argument('--top', type=int, default=3, help='how many paths to list (default 3)')
    parser.add_argument('--json', action='store_true', help='print the summary as JSON')
    args = parser.parse_args(argv)
    summary = Summary()
    for filename in args.logs:
        try:
            read(summary, filename)
        except IOError as error:
            parser.error('cannot read %s: %s' % (filename, error.strerror))
    if args.json:
        print json.dumps({'requests': summary.requests, 'bytes': summary.bytes,
                          'status': dict((str(k), v) for k, v in summary.status.items()),
                          'top': summary.top_paths(args.top)}, sort_keys=True)
    else:
        report(summary, args.top)
    return 1 if summary.malformed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
