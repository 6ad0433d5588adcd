# A unittest-based test file run the usual way, with unittest.main(): the runner's report goes to
# stderr (compared through main_on_stderr.stderr, timing normalised) and the exit status is 1.
import unittest


def parse_pair(text):
    key, _, value = text.partition('=')
    if not key:
        raise ValueError('empty key in %r' % text)
    return key.strip(), value.strip()


class ParsePairTest(unittest.TestCase):
    """Tests of parse_pair."""

    def setUp(self):
        self.samples = ['a=1', ' b = two ', 'c=']

    def test_simple(self):
        """A key and a value."""
        self.assertEqual(parse_pair('a=1'), ('a', '1'))

    def test_strips_blanks(self):
        self.assertEqual(parse_pair(self.samples[1]), ('b', 'two'))

    def test_empty_value(self):
        self.assertEqual(parse_pair('c='), ('c', ''))

    def test_empty_key_raises(self):
        self.assertRaises(ValueError, parse_pair, '=x')
        with self.assertRaises(ValueError) as cm:
            parse_pair('=y')
        self.assertEqual(str(cm.exception), "empty key in '=y'")

    def test_wrong_expectation(self):
        self.assertEqual(parse_pair('k=v'), ('k', 'w'))

    def test_bug_in_test(self):
        return self.samples[10]

    @unittest.skip('demonstrating skipping')
    def test_skipped(self):
        self.fail('never runs')

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(parse_pair('a==b'), ('a', '=b '))


class DictTest(unittest.TestCase):

    def test_dicts(self):
        self.assertDictEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_in(self):
        self.assertIn('x', ['a', 'b'])

    def test_passes(self):
        self.assertTrue(isinstance({}, dict))


if __name__ == '__main__':
    print 'running the tests'
    unittest.main()
