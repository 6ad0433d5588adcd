# Records unittest's assertion messages and difflib.ndiff / pprint.pformat outputs from CPython 2.7.18
# into unittest_cases.jsonl, read by ../AssertionMessageTests.cs and ../DiffFormatTests.cs.
# Run: $(pyenv root)/versions/2.7.18/bin/python2.7 generate_unittest_cases.py > unittest_cases.jsonl
# Each assertion row: settings (longMessage, maxDiff), the method, its positional arguments and
# keyword arguments as Python expressions, and the outcome: "passed", "Type: message" of what it raised.
import difflib
import json
import pprint
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass

ASSERTIONS = [
    ('assertEqual', "(1, 1)", "{}"),
    ('assertEqual', "(1, 2)", "{}"),
    ('assertEqual', "(1, 2)", "{'msg': 'custom'}"),
    ('assertEqual', "('spam', 'eggs')", "{}"),
    ('assertEqual', "(1.5, 1)", "{}"),
    ('assertEqual', "([1, 2, 3], [1, 2, 4])", "{}"),
    ('assertEqual', "([], [1])", "{}"),
    ('assertEqual', "([1, 2, 3], [])", "{}"),
    ('assertEqual', "((1, 2), (1, 2, 3))", "{}"),
    ('assertEqual', "({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})", "{}"),
    ('assertEqual', "(set([1, 2, 3]), set([3, 4]))", "{}"),
    ('assertEqual', "(u'line one\\nline two\\n', u'line one\\nline 2\\n')", "{}"),
    ('assertEqual', "(u'abc', u'abd')", "{}"),
    ('assertEqual', "(range(60), range(1, 61))", "{}"),
    ('assertEqual', "(['x' * 50, 'y' * 50], ['x' * 50, 'z' * 50])", "{}"),
    ('assertEqual', "([1, 2], [1, 3])", "{'msg': 'with msg'}"),
    ('assertNotEqual', "(3, 3)", "{}"),
    ('assertNotEqual', "([1], [1])", "{'msg': 'same lists'}"),
    ('assertTrue', "(0,)", "{}"),
    ('assertTrue', "('',)", "{'msg': 'empty'}"),
    ('assertFalse', "([0],)", "{}"),
    ('assertIs', "(1, None)", "{}"),
    ('assertIsNot', "(None, None)", "{}"),
    ('assertIsNone', "('x',)", "{}"),
    ('assertIsNotNone', "(None,)", "{}"),
    ('assertIn', "(4, (1, 2, 3))", "{}"),
    ('assertNotIn', "('a', 'cat')", "{}"),
    ('assertIsInstance', "(1, str)", "{}"),
    ('assertIsInstance', "('x', (int, list))", "{}"),
    ('assertNotIsInstance', "(1, int)", "{}"),
    ('assertGreater', "(1, 1)", "{}"),
    ('assertGreaterEqual', "(0, 1)", "{}"),
    ('assertLess', "('b', 'a')", "{}"),
    ('assertLessEqual', "(2.5, 2)", "{}"),
    ('assertAlmostEqual', "(1.0, 1.0000001)", "{}"),
    ('assertAlmostEqual', "(1.0, 1.001)", "{}"),
    ('assertAlmostEqual', "(1.0, 1.001)", "{'places': 2}"),
    ('assertAlmostEqual', "(10, 12)", "{'delta': 1}"),
    ('assertAlmostEqual', "(10, 12)", "{'delta': 1, 'places': 1}"),
    ('assertNotAlmostEqual', "(1.0, 1.00000001)", "{}"),
    ('assertNotAlmostEqual', "(5, 5.5)", "{'delta': 1}"),
    ('assertSequenceEqual', "('abc', 'abd')", "{}"),
    ('assertSequenceEqual', "([1], (1,))", "{}"),
    ('assertSequenceEqual', "(None, [1])", "{}"),
    ('assertListEqual', "((1,), [1])", "{}"),
    ('assertTupleEqual', "((1, 2), (1, 2, 3))", "{}"),
    ('assertSetEqual', "(set([1]), frozenset([2]))", "{}"),
    ('assertSetEqual', "([1], set())", "{}"),
    ('assertDictEqual', "({1: 2}, {1: 3})", "{}"),
    ('assertDictEqual', "([], {})", "{}"),
    ('assertDictContainsSubset', "({'a': 1, 'b': 2}, {'a': 2})", "{}"),
    ('assertItemsEqual', "([1, 2, 2], [2, 1, 1])", "{}"),
    ('assertItemsEqual', "([[1], [2], [2]], [[2], [1]])", "{}"),
    ('assertMultiLineEqual', "('a\\nb\\n', 'a\\nc\\n')", "{}"),
    ('assertMultiLineEqual', "('one', 'ones')", "{}"),
    ('assertMultiLineEqual', "('x', None)", "{}"),
    ('assertRegexpMatches', "('abc', 'x')", "{}"),
    ('assertNotRegexpMatches', "('abc', 'b')", "{}"),
    ('assertRaises', "(ValueError, int, '1')", "{}"),
    ('assertRaises', "((ValueError, KeyError), int, '1')", "{}"),
    ('assertRaisesRegexp', "(ValueError, 'nope', int, 'x')", "{}"),
    ('fail', "()", "{}"),
    ('fail', "('stop here',)", "{}"),
]

SETTINGS = [(False, 640), (True, 640), (False, None), (False, 40)]

for long_message, max_diff in SETTINGS:
    for method, args, kwargs in ASSERTIONS:
        t = Probe()
        t.longMessage = long_message
        t.maxDiff = max_diff
        try:
            getattr(t, method)(*eval(args), **eval(kwargs))
            outcome = 'passed'
        except Exception as e:
            outcome = '%s: %s' % (type(e).__name__, e)
        print json.dumps({'kind': 'assert', 'longMessage': long_message, 'maxDiff': max_diff, 'method': method,
                          'args': args, 'kwargs': kwargs, 'outcome': outcome.decode('latin-1')})

NDIFF = [
    (['one', 'two', 'three'], ['one', 'too', 'three']),
    (['abcDefghiJkl'], ['abcdefGhijkl']),
    (['\tabcDefghiJkl'], ['\tabcdefGhijkl']),
    (['a', 'b', 'c', 'd'], ['a', 'x', 'y', 'd', 'e']),
    (['private Thread currentThread;'], ['private volatile Thread currentThread;']),
    (['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']),
    ([], ['only b']),
    (['same'], ['same']),
    (['x' * 10 + 'abc'], ['x' * 10 + 'abd', 'new']),
]
for a, b in NDIFF:
    print json.dumps({'kind': 'ndiff', 'a': a, 'b': b, 'result': list(difflib.ndiff(a, b))})

PFORMAT = [
    "{'b': 1, 'a': [1, 2]}",
    "range(30)",
    "[('x' * 30, 'y' * 30), {'k': 'v' * 70}]",
    "set(range(30))",
    "frozenset(['b', 'a'])",
    "(1,)",
    "{'key%d' % i: [i] * 3 for i in range(8)}",
    "[[], {}, (), set()]",
]
for expr in PFORMAT:
    print json.dumps({'kind': 'pformat', 'expr': expr, 'result': pprint.pformat(eval(expr))})
