# textwrap: wrap/fill with every TextWrapper option, dedent, unicode, subclassing, errors.
import textwrap
from textwrap import TextWrapper, wrap, fill, dedent

def attempt(label, f):
    try:
        print label, '->', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__, e

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, long-established "
        "fact that a reader will be distracted by the readable content of a page when looking "
        "at its layout. Mr. Smith went to Washington!  Supercalifragilisticexpialidocious is long.")
print wrap(text)
print wrap(text, 30)
print fill(text, 40)
print fill(text, width=25, initial_indent='* ', subsequent_indent='  ')
print fill(text, 12, break_long_words=False)
print wrap(text, 10, break_on_hyphens=False)[:8]
print wrap('a well-known fact and a long-winded, self-evident over-the-top claim', 12)
print wrap('em--dash and---triple and-- ends', 8)
print wrap('tabs\there\tand\tthere', 20), wrap('tabs\there', 20, expand_tabs=False), wrap('tabs\there', 20, expand_tabs=False, replace_whitespace=False)
print wrap('line one\nline two\n\nline four', 40), wrap('keep\nnewlines', 40, replace_whitespace=False)
print wrap('  leading and trailing   ', 10), wrap('  leading and trailing   ', 10, drop_whitespace=False)
print wrap('Hello there. How are you? Fine.  Thanks!', 80, fix_sentence_endings=True)
print wrap('He said "Stop." Then left. e.g. this. A B. x', 80, fix_sentence_endings=True)
print wrap(''), wrap('   '), fill(''), wrap('x'), wrap('abcdefghij', 3), wrap('abcdefghij', 1)
print wrap(u'unicode text \u00e9l\u00e8ve with\u00a0nbsp and more words', 15)
w = TextWrapper(width=20, initial_indent='> ', subsequent_indent='>> ')
print w.wrap(text)[:4], w.width, w.initial_indent, w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens
w.width = 35
print w.fill('short words only here and there and everywhere')
print TextWrapper()._split('hello-world  foo--bar'), TextWrapper(break_on_hyphens=False)._split('hello-world  foo')
print TextWrapper()._munge_whitespace('a\tb\nc\x0bd'), repr(TextWrapper(expand_tabs=False)._munge_whitespace('a\tb'))
chunks = ['Hi', ' ', 'there.', ' ', 'You', ' ', 'ok?', ' ', 'yes']
TextWrapper()._fix_sentence_endings(chunks)
print chunks
class Shout(TextWrapper):
    def _split(self, text):
        return [c.upper() for c in TextWrapper._split(self, text)]
print Shout(width=15).wrap('make this loud please ok')
print dedent('''\
    def f():
        return 1
    ''')
print repr(dedent('  a\n    b\n  c')), repr(dedent('\ta\n  b')), repr(dedent('  x\n  \n  y')), repr(dedent('no indent\n  some'))
print repr(dedent('    one\n   \t two\n    three')), repr(dedent('')), repr(dedent('\n\n  a\n\n'))
attempt('width 0', lambda: wrap('abc', 0))
attempt('width -1', lambda: fill('abc def', -1))
attempt('indent too wide', lambda: wrap('abc def ghi', 4, initial_indent='xxxxxx'))
attempt('bad kw', lambda: wrap('a', badopt=1))
print type(TextWrapper()), TextWrapper.__module__
