# TestLoader, TestSuite, TestCase identity and FunctionTestCase, and a TestResult subclass that
# records the calls the framework makes on it (they go through attribute look-up).
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        """Docstring of test_b.
        Second line."""

    def test_a(self):
        pass

    def testC(self):
        pass

    def check_x(self):
        pass

    def helper(self):
        pass

    test_not_callable = 42


class Beta(Alpha):
    def test_z(self):
        self.assertEqual(1, 2)

    def check_y(self):
        pass


class OnlyRunTest(unittest.TestCase):
    def runTest(self):
        pass


loader = unittest.TestLoader()
print loader.testMethodPrefix, loader.sortTestMethodsUsing is cmp, loader.suiteClass is unittest.TestSuite
print loader.getTestCaseNames(Alpha)
print loader.getTestCaseNames(Beta)
loader.sortTestMethodsUsing = lambda x, y: cmp(y, x)
print loader.getTestCaseNames(Alpha)
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = 'check'
print loader.getTestCaseNames(Beta)
print unittest.getTestCaseNames(Alpha, 'test')
print unittest.makeSuite(Alpha)
print unittest.makeSuite(Alpha, 'check')
print unittest.TestLoader().loadTestsFromTestCase(OnlyRunTest)
try:
    unittest.TestLoader().loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print 'TypeError:', e

loader = unittest.TestLoader()
module = sys.modules[__name__]
suite = loader.loadTestsFromModule(module)
print suite.countTestCases(), [s.countTestCases() for s in suite]
print loader.loadTestsFromName('Alpha', module)
print loader.loadTestsFromName('Beta.test_z', module)
print loader.loadTestsFromNames(['Alpha.test_a', 'OnlyRunTest'], module)
try:
    loader.loadTestsFromName('Alpha.test_missing', module)
except AttributeError as e:
    print 'AttributeError:', e


def make_suite():
    return unittest.TestSuite([Alpha('test_a')])

print loader.loadTestsFromName('make_suite', module)
try:
    loader.loadTestsFromName('Alpha.test_not_callable', module)
except TypeError as e:
    print 'TypeError:', e

print '=== identity'
t = Alpha('test_b')
print str(t), repr(t), t.id()
print t.shortDescription()
print Alpha('test_a').shortDescription()
print t == Alpha('test_b'), t != Alpha('test_a'), t == Beta('test_b'), hash(t) == hash(Alpha('test_b'))
print t.countTestCases(), t.failureException, t.longMessage, t.maxDiff
try:
    Alpha('test_nothing')
except ValueError as e:
    print 'ValueError:', e
print OnlyRunTest()

print '=== suites'
s = unittest.TestSuite()
print s, s.countTestCases(), list(s)
s.addTest(Alpha('test_a'))
s.addTests([Alpha('test_b'), unittest.TestSuite([Beta('test_z')])])
print s.countTestCases(), len(list(s))
print s == unittest.TestSuite([Alpha('test_a'), Alpha('test_b'), unittest.TestSuite([Beta('test_z')])])
for bad in [5, Alpha]:
    try:
        s.addTest(bad)
    except TypeError as e:
        print 'TypeError:', e
try:
    s.addTests('abc')
except TypeError as e:
    print 'TypeError:', e
r = unittest.TestResult()
s.run(r)
print r, r.testsRun, [str(x) for x, _ in r.failures]

print '=== FunctionTestCase'


def set_up():
    print 'set_up'


def tear_down():
    print 'tear_down'


def check_sum():
    """Checks a sum."""
    assert sum([1, 2]) == 3


def check_broken():
    raise IOError('broken')

f = unittest.FunctionTestCase(check_sum, setUp=set_up, tearDown=tear_down)
print str(f), f.id(), f.shortDescription(), repr(f).startswith('<unittest.case.FunctionTestCase tec=<function check_sum')
g = unittest.FunctionTestCase(check_broken, description='a broken check')
print g.shortDescription(), f == unittest.FunctionTestCase(check_sum, set_up, tear_down), f == g
r = unittest.TestResult()
unittest.TestSuite([f, g]).run(r)
print r, r.errors[0][0], r.errors[0][1].splitlines()[-1]

print '=== TestResult subclass'


class Recording(unittest.TestResult):
    def startTestRun(self):
        print 'startTestRun'

    def stopTestRun(self):
        print 'stopTestRun'

    def startTest(self, test):
        print 'startTest', test.id()
        super(Recording, self).startTest(test)

    def stopTest(self, test):
        print 'stopTest', test.id()
        super(Recording, self).stopTest(test)

    def addSuccess(self, test):
        print 'addSuccess', test.id()

    def addFailure(self, test, err):
        print 'addFailure', test.id(), err[0].__name__, err[1]
        super(Recording, self).addFailure(test, err)

    def addError(self, test, err):
        print 'addError', test.id(), err[0].__name__

    def addSkip(self, test, reason):
        print 'addSkip', test.id(), reason


class Mixed(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        self.assertFalse(True)

    def test_3(self):
        [][1]

    @unittest.skip('because')
    def test_4(self):
        pass

rec = Recording()
suite = unittest.TestLoader().loadTestsFromTestCase(Mixed)
suite.run(rec)
print rec.testsRun, rec.wasSuccessful(), len(rec.failures), len(rec.errors)
Mixed('test_1').run()
print '=== stop'
rec = unittest.TestResult()
rec.stop()
print unittest.TestLoader().loadTestsFromTestCase(Mixed).run(rec).testsRun, rec.shouldStop


class NoSkip(object):
    testsRun = 0

    def startTest(self, test):
        print 'startTest'

    def stopTest(self, test):
        print 'stopTest'

    def addSuccess(self, test):
        print 'addSuccess (skip reported as success)'

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    Mixed('test_4').run(NoSkip())
    print [str(x.message) for x in w]
