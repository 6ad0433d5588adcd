# Every TestCase assertion, passing and failing, with the failure message 2.7 builds
# (type-specific equality, ndiff diffs, maxDiff truncation, longMessage, custom msg).
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass

t = Probe()


def show(name, *args, **kwargs):
    try:
        result = getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print '--- %s: %s' % (name, type(e).__name__)
        print e
    except Exception as e:
        print '--- %s raised %s: %s' % (name, type(e).__name__, e)
    else:
        print '--- %s passed (%r)' % (name, result)

show('assertTrue', 1)
show('assertTrue', 0)
show('assertTrue', [], 'custom message')
show('assertFalse', 'text')
show('assertFalse', None)
show('assert_', '')
show('failUnless', 0)
show('failIf', 1)
show('assertEqual', 1, 1)
show('assertEqual', 1, 2)
show('assertEqual', 1, 2, 'one is not two')
show('assertEqual', 'abc', 'abd')
show('assertEqual', u'abc', u'abd')
show('assertEqual', u'one\ntwo\nthree\n', u'one\nTWO\nthree\n')
show('assertEqual', [1, 2, 3], [1, 2, 4])
show('assertEqual', [1, 2], [1, 2, 3])
show('assertEqual', [1, 2, 3, 4], [1, 2])
show('assertEqual', (1, 'a'), (1, 'b'))
show('assertEqual', {'a': 1}, {'a': 1, 'b': 2})
show('assertEqual', set([1, 2]), set([2, 3]))
show('assertEqual', frozenset([1]), frozenset())
show('assertEqual', [1, 2], (1, 2))
show('assertEquals', 3, 4)
show('failUnlessEqual', 3, 4)
show('assertNotEqual', 1, 2)
show('assertNotEqual', 5, 5)
show('assertNotEquals', 'a', 'a')
show('failIfEqual', [1], [1])
show('assertAlmostEqual', 1.0, 1.00000001)
show('assertAlmostEqual', 1.0, 1.1)
show('assertAlmostEqual', 1.0, 1.1, places=0)
show('assertAlmostEqual', 1.0, 1.1, 3)
show('assertAlmostEqual', 1.0, 1.5, delta=0.1)
show('assertAlmostEqual', 1.0, 1.05, delta=0.1)
show('assertAlmostEqual', 1.0, 1.5, places=2, delta=0.1)
show('assertAlmostEquals', 2, 3)
show('failUnlessAlmostEqual', 2.5, 2.6, 1)
show('assertNotAlmostEqual', 1.0, 1.1)
show('assertNotAlmostEqual', 1.0, 1.00000001)
show('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
show('assertNotAlmostEqual', 1.0, 2.0, delta=0.5)
show('assertNotAlmostEquals', 3, 3)
show('failIfAlmostEqual', 1.0, 1.0)
show('assertSequenceEqual', [1, 2], (1, 2))
show('assertSequenceEqual', 'abc', 'abd')
show('assertSequenceEqual', [1, 2], [1, 2, 3], seq_type=list)
show('assertSequenceEqual', (1, 2), [1, 2], seq_type=list)
show('assertSequenceEqual', [1, 2], (1, 2), seq_type=list)
show('assertSequenceEqual', 1, [1])
show('assertSequenceEqual', [1], 1)
show('assertListEqual', [1, 2], [1, 2])
show('assertListEqual', [1, [2, 3]], [1, [2, 4]])
show('assertListEqual', (1,), [1])
show('assertTupleEqual', (1, 2), (2, 1))
show('assertTupleEqual', [1], (1,))
show('assertSetEqual', set('ab'), set('bc'))
show('assertSetEqual', set([1]), set([1, 2]))
show('assertSetEqual', set([1]), [1])
show('assertSetEqual', None, set())
show('assertDictEqual', {'x': [1, 2]}, {'x': [1, 3]})
show('assertDictEqual', {}, [])
show('assertDictEqual', {1: 'a'}, {1: 'a'})
show('assertDictContainsSubset', {'a': 1}, {'a': 1, 'b': 2})
show('assertDictContainsSubset', {'a': 1, 'c': 3}, {'a': 2, 'b': 2})
show('assertDictContainsSubset', {'z': 1}, {'a': 1})
show('assertDictContainsSubset', {'a': 5}, {'a': 6})
show('assertItemsEqual', [1, 2, 3], [3, 2, 1])
show('assertItemsEqual', [1, 1, 2], [1, 2, 2])
show('assertItemsEqual', 'aab', 'abc')
show('assertItemsEqual', [[1], [2]], [[2], [1]])
show('assertItemsEqual', [[1], [2]], [[2], [2]])
show('assertMultiLineEqual', 'a\nb\n', 'a\nb\n')
show('assertMultiLineEqual', 'a\nb\nc\n', 'a\nB\nc\n')
show('assertMultiLineEqual', 'single line', 'single lime')
show('assertMultiLineEqual', 'x', 5)
show('assertMultiLineEqual', 'tab\there\n', 'tab\tthere\n')
show('assertIn', 1, [1, 2])
show('assertIn', 3, [1, 2])
show('assertIn', 'z', 'abc', 'letters')
show('assertNotIn', 1, [1, 2])
show('assertNotIn', 'q', {'q': 1})
show('assertIs', None, None)
show('assertIs', [], [])
show('assertIsNot', t, t)
show('assertIsNone', None)
show('assertIsNone', 0)
show('assertIsNotNone', None)
show('assertIsInstance', 1, int)
show('assertIsInstance', 1, str)
show('assertIsInstance', 'x', (int, float))
show('assertNotIsInstance', 1, int)
show('assertNotIsInstance', 1.5, int)
show('assertGreater', 2, 1)
show('assertGreater', 1, 2)
show('assertGreaterEqual', 1, 2)
show('assertLess', 2, 1)
show('assertLessEqual', 'b', 'a')
show('assertRegexpMatches', 'hello world', r'wor')
show('assertRegexpMatches', 'hello world', r'^world')
show('assertRegexpMatches', 'hello', 'x+', 'no x')
show('assertNotRegexpMatches', 'hello world', r'o\s+w')
show('assertNotRegexpMatches', 'hello', r'z')
show('assertRaises', ValueError, int, 'x')
show('assertRaises', ValueError, int, '5')
show('assertRaises', (KeyError, IndexError), [].pop)
show('assertRaises', (KeyError, TypeError), int, '7')
show('failUnlessRaises', ZeroDivisionError, lambda: 1 / 0)
show('assertRaisesRegexp', ValueError, 'invalid literal', int, 'x')
show('assertRaisesRegexp', ValueError, '^base', int, 'x')
show('assertRaisesRegexp', ValueError, 'x', int, '3')
show('fail')
show('fail', 'explicit failure')
show('skipTest', 'why not')

try:
    show('assertRaises', TypeError, int, 'x')
except ValueError as e:
    print 'unexpected exception passes through:', e

with t.assertRaises(KeyError) as cm:
    {}['k']
print 'context exception:', repr(cm.exception), cm.exception.args
with t.assertRaisesRegexp(ValueError, r'\d+') as cm:
    raise ValueError('code 42')
print 'regexp context:', cm.exception
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print 'context:', e

print '=== long diffs and maxDiff'
long1 = range(100)
long2 = range(100)
long2[50] = 'fifty'
show('assertEqual', long1, long2)
t.maxDiff = None
show('assertEqual', long1, long2)
show('assertEqual', {'key%d' % i: i for i in range(12)}, {'key%d' % i: i * 2 for i in range(12)})
t.maxDiff = 50
show('assertEqual', [1, 2, 3], [1, 2, 4])
show('assertMultiLineEqual', 'x\n' * 30, 'x\n' * 29 + 'y\n')
t.maxDiff = 640
show('assertEqual', 'a' * 100, 'a' * 99 + 'b')

print '=== longMessage'
t.longMessage = True
show('assertEqual', 1, 2, 'with context')
show('assertEqual', 1, 2)
show('assertTrue', False, 'it was false')
show('assertIn', 1, [], 'membership')
show('assertListEqual', [1], [2], 'lists')
show('assertRegexpMatches', 'abc', 'z', 'regexp')
t.longMessage = False

print '=== type equality functions'


class Money(object):
    def __init__(self, cents):
        self.cents = cents


def assert_money_equal(first, second, msg=None):
    if first.cents != second.cents:
        raise t.failureException(msg or '%d cents != %d cents' % (first.cents, second.cents))

t.addTypeEqualityFunc(Money, assert_money_equal)
show('assertEqual', Money(5), Money(5))
show('assertEqual', Money(5), Money(7))
show('assertEqual', Money(5), Money(7), 'money')


class CustomFailure(Exception):
    pass


class Strict(unittest.TestCase):
    failureException = CustomFailure

    def runTest(self):
        pass

s = Strict()
try:
    s.assertEqual(1, 2)
except CustomFailure as e:
    print 'custom failureException:', type(e).__name__, e
print Probe.assertEquals is Probe.assertEqual, Probe.assertEqual.__name__, Probe.failUnless.__name__
