# unittest.main (TestProgram): argv handling (-v, -q, -f, -b, test names, -h and bad options),
# exit=False, the exit status through SystemExit, defaultTest, module, testRunner and testLoader.
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
        pass


class Runner(unittest.TextTestRunner):
    def __init__(self, **kwargs):
        print 'Runner options:', sorted(kwargs.items())
        kwargs['stream'] = Normalised()
        super(Runner, self).__init__(**kwargs)


class Good(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn(2, [1, 2])


class Bad(unittest.TestCase):
    def test_fails(self):
        self.assertEqual('a', 'b')

    def test_passes(self):
        pass


def main(argv, **kwargs):
    print '>>> main(%r)' % (argv,)
    try:
        program = unittest.main(argv=argv, testRunner=Runner, **kwargs)
    except SystemExit as e:
        print 'SystemExit(%r)' % (e.code,)
    except Exception as e:
        print 'raised %s: %s' % (type(e).__name__, e)
    else:
        print 'returned; result:', program.result, 'testNames:', program.testNames, 'verbosity:', program.verbosity

main(['prog', 'Good'])
main(['prog', '-v', 'Good'])
main(['prog', '-q', 'Good.test_two', 'Bad.test_passes'])
main(['prog', 'Bad'])
main(['prog', '--verbose', '--failfast', 'Bad', 'Good'])
main(['prog', '-b', 'Good.test_one'])
main(['prog', 'Good'], exit=False)
main(['prog'], defaultTest='Good', exit=False)
main(['prog'], exit=False, verbosity=2)
main(['/usr/bin/my_tests.py', '-h'])
main(['prog', '--help'], failfast=False, catchbreak=False, buffer=False)
main(['prog', '-x'])
main(['prog', '--bogus'])
main(['prog', 'Missing'])
main(['prog', 'Good.test_missing'])


class Loader(unittest.TestLoader):
    testMethodPrefix = 'test_t'

main(['prog', 'Good'], testLoader=Loader(), exit=False)
program = unittest.main(module=None, argv=['prog', '__main__.Good'], testRunner=Runner, exit=False)
print program.result.testsRun
instance = unittest.TextTestRunner(stream=Normalised(), verbosity=2)
program = unittest.main(argv=['prog', '-v', 'Good.test_one'], testRunner=instance, exit=False)
print program.result, program.verbosity
print unittest.TestProgram is unittest.main, unittest.main.USAGE == unittest.TestProgram.USAGE
