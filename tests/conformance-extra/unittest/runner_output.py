# TextTestRunner and TextTestResult output at verbosity 0, 1 and 2, with and without descriptions,
# failfast and buffer; the report goes to stdout through a stream that replaces the timing figure
# and the program's folder (which differ per run and per checkout).
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Normalised(object):
    def write(self, text):
        text = re.sub(r'in \d+\.\d{3}s', 'in 0.000s', text)
        sys.stdout.write(text.replace(HERE, ''))

    def flush(self):
        sys.stdout.flush()


class Outcomes(unittest.TestCase):
    """Outcome class docstring (not used for descriptions)."""

    def test_a_pass(self):
        """First line of the docstring.

        More lines are not shown.
        """
        self.assertEqual(2 * 3, 6)

    def test_b_fail(self):
        self.assertEqual('spam', 'eggs')

    def test_c_error(self):
        raise RuntimeError('boom')

    def test_d_skip(self):
        self.skipTest('skipped from inside')

    @unittest.skipIf(True, 'condition was true')
    def test_e_skipif(self):
        pass

    @unittest.skipUnless(False, 'condition was false')
    def test_f_skipunless(self):
        pass

    @unittest.skipIf(False, 'not skipped')
    def test_g_not_skipped(self):
        pass

    @unittest.expectedFailure
    def test_h_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_i_unexpected_success(self):
        pass

    def test_j_nested_call(self):
        def helper(value):
            self.assertTrue(value, 'helper saw a false value')
        helper(0)

    def test_k_print(self):
        print 'output of test_k'
        sys.stderr.write('error output of test_k\n')
        self.fail('k failed')


def run(verbosity=1, descriptions=True, failfast=False, buffer=False, names=None):
    loader = unittest.TestLoader()
    if names:
        suite = unittest.TestSuite(Outcomes(n) for n in names)
    else:
        suite = loader.loadTestsFromTestCase(Outcomes)
    runner = unittest.TextTestRunner(stream=Normalised(), descriptions=descriptions, verbosity=verbosity,
                                     failfast=failfast, buffer=buffer)
    result = runner.run(suite)
    print 'result:', result, result.wasSuccessful(), result.shouldStop
    print 'counts:', result.testsRun, len(result.failures), len(result.errors), len(result.skipped), \
        len(result.expectedFailures), len(result.unexpectedSuccesses)
    print 'skipped:', [(str(t), reason) for t, reason in result.skipped]
    print 'unexpected:', result.unexpectedSuccesses
    sys.stdout.flush()
    return result

QUIET = ['test_a_pass', 'test_b_fail', 'test_c_error', 'test_d_skip', 'test_h_expected_failure', 'test_i_unexpected_success']

print '=== verbosity 1'
run()
print '=== verbosity 2'
run(verbosity=2)
print '=== verbosity 2 without descriptions'
run(verbosity=2, descriptions=False, names=QUIET)
print '=== verbosity 0'
run(verbosity=0, names=QUIET)
print '=== failfast'
run(verbosity=2, failfast=True)
print '=== buffer'
run(verbosity=2, buffer=True, names=['test_a_pass', 'test_k_print'])
print '=== only passing tests'
run(names=['test_a_pass', 'test_g_not_skipped'])
print '=== one test'
run(names=['test_a_pass'])
print '=== empty suite'
r = unittest.TextTestRunner(stream=Normalised()).run(unittest.TestSuite())
print r
