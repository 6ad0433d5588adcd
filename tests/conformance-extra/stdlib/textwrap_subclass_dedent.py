# textwrap: subclasses overriding the hook methods, monkey-patched regexes, and dedent.
import re
import textwrap

class Upper(textwrap.TextWrapper):
    def _split(self, text):
        chunks = textwrap.TextWrapper._split(self, text)
        return [c.upper() for c in chunks]

print Upper(width=12).wrap("subclass hooks are called by wrap")

class NoLong(textwrap.TextWrapper):
    def _handle_long_word(self, chunks, cur_line, cur_len, width):
        cur_line.append("<" + chunks.pop() + ">")

print NoLong(width=6).wrap("tiny enormousword end")

class Numbered(textwrap.TextWrapper):
    def _wrap_chunks(self, chunks):
        lines = textwrap.TextWrapper._wrap_chunks(self, chunks)
        return ["%d: %s" % (i, l) for i, l in enumerate(lines)]

print Numbered(width=15).fill("numbered lines come from an overridden _wrap_chunks")

class Munge(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return text.replace("_", " ")

print Munge(width=10).wrap("under_scores_become_spaces here")

w = textwrap.TextWrapper(width=10)
w.wordsep_re = re.compile(r'(\s+|,)')
print w.wrap("a,b,c,d,e,f,g,h,i,j,k,l and more")

print repr(textwrap.dedent("""\
    def f():
        return 1
    """))
print repr(textwrap.dedent("  a\n    b\n  c\n"))
print repr(textwrap.dedent("\ta\n\t  b\n"))
print repr(textwrap.dedent("  \ta\n  \t b\n   c\n"))
print repr(textwrap.dedent("  a\n\n    \n  b\n"))
print repr(textwrap.dedent("no indent\n  some\n"))
print repr(textwrap.dedent("    only\n"))
print repr(textwrap.dedent(""))
print repr(textwrap.dedent(u"  uni\n  code\n"))
print repr(textwrap.dedent("  x\n \ty\n"))
