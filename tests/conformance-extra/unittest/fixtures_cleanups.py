# Class and module fixtures (setUpClass/tearDownClass, setUpModule/tearDownModule), their failures
# reported as errors named after them, skipped classes, setUp/tearDown errors, and cleanups.
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
log = []


class Normalised(object):
    def write(self, text):
        text = re.sub(r'in \d+\.\d{3}s', 'in 0.000s', text)
        sys.stdout.write(text.replace(HERE, ''))

    def flush(self):
        pass


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('First.setUpClass')
        cls.shared = ['resource']

    @classmethod
    def tearDownClass(cls):
        log.append('First.tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_one(self):
        log.append('test_one sees %s' % self.shared)

    def test_two(self):
        self.addCleanup(lambda *a, **k: log.append('cleanup with %r %r' % (a, k)), 1, 2, key='v')
        log.append('test_two')


class BrokenClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('BrokenClassSetUp.setUpClass')
        raise ValueError('class set-up failed')

    @classmethod
    def tearDownClass(cls):
        log.append('never: BrokenClassSetUp.tearDownClass')

    def test_never_runs(self):
        log.append('never: test_never_runs')


class BrokenClassTearDown(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        log.append('BrokenClassTearDown.tearDownClass')
        raise KeyError('teardown')

    def test_runs(self):
        log.append('BrokenClassTearDown.test_runs')


class SkipInClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no database')

    def test_needs_db(self):
        pass


@unittest.skip('whole class skipped')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('never: SkippedClass.setUpClass')

    def test_x(self):
        pass

    def test_y(self):
        pass


class MethodFixtureErrors(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == 'test_setup_fails':
            raise IOError(2, 'No such file')
        if self._testMethodName == 'test_setup_skips':
            self.skipTest('skip in setUp')

    def tearDown(self):
        if self._testMethodName == 'test_teardown_fails':
            raise AttributeError('teardown broke')
        log.append('tearDown ' + self._testMethodName)

    def test_setup_fails(self):
        log.append('never: test_setup_fails')

    def test_setup_skips(self):
        log.append('never: test_setup_skips')

    def test_teardown_fails(self):
        log.append('test_teardown_fails body')

    def test_failing_cleanup(self):
        def bad():
            raise OSError('cleanup failed')
        self.addCleanup(log.append, 'cleanup after bad one')
        self.addCleanup(bad)
        self.addCleanup(log.append, 'first cleanup runs first')

    def test_do_cleanups_directly(self):
        self.addCleanup(log.append, 'explicit doCleanups')
        log.append('doCleanups returned %r' % self.doCleanups())
        log.append('pending: %r' % self._cleanups)


suite = unittest.TestLoader().loadTestsFromModule(sys.modules[__name__])
print suite.countTestCases()
result = unittest.TextTestRunner(stream=Normalised(), verbosity=2).run(suite)
print '\n'.join(log)
print [str(t) for t, _ in result.errors]
print [(str(t), r) for t, r in result.skipped]
print First.shared, BrokenClassSetUp._classSetupFailed

print '=== debug() runs without a result'
del log[:]


class Debugged(unittest.TestCase):
    def setUp(self):
        log.append('setUp')
        self.addCleanup(log.append, 'cleanup')

    def tearDown(self):
        log.append('tearDown')

    def test_ok(self):
        log.append('test_ok')

    def test_bad(self):
        raise ValueError('debug lets this through')

Debugged('test_ok').debug()
try:
    Debugged('test_bad').debug()
except ValueError as e:
    print 'debug raised', e
print log
r = unittest.TestResult()
Debugged('test_ok').run(r)
print r, r.testsRun, r.wasSuccessful()
print Debugged('test_bad')(r), r
print r.errors[0][1].splitlines()[-1]
