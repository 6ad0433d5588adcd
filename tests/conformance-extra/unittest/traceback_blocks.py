# The ERROR/FAIL blocks of unittest.main(verbosity=2) on stderr for failures raised in different
# places: a plain assert statement, a with-assertRaises block that saw no exception, a unicode diff,
# sys.exit() inside a test, helpers in this file, and load_tests.
import sys
import unittest


def check_positive(n):
    if n <= 0:
        raise ValueError('not positive: %d' % n)
    return n


class Blocks(unittest.TestCase):
    def test_assert_statement(self):
        total = sum([1, 2])
        assert total == 4, 'plain assert failed'

    def test_with_not_raised(self):
        with self.assertRaises(KeyError):
            x = 1
            y = x + 1

    def test_with_other_exception(self):
        with self.assertRaises(KeyError):
            int('not a number')

    def test_unicode_diff(self):
        self.assertEqual(u'caf\xe9', u'cafe')

    def test_sys_exit(self):
        sys.exit(3)

    def test_helper_raises(self):
        check_positive(5)
        check_positive(-1)

    def test_fail_with_message(self):
        self.fail('explicit\nmulti-line\nmessage')

    def test_long_string(self):
        self.assertEqual('a' * 90, 'a' * 89 + 'b')

    def test_passes(self):
        self.assertEqual(check_positive(2), 2)


def load_tests(loader, tests, pattern):
    print 'load_tests called with', tests.countTestCases(), 'tests and pattern', pattern
    return tests

if __name__ == '__main__':
    unittest.main(verbosity=2)
