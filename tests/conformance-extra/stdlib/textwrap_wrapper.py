# textwrap.TextWrapper: every attribute, wrap/fill, long words, hyphens, sentence endings, errors.
import textwrap

text = ("The quick brown fox jumps over the lazy dog.  Hello there! Is this\tthe "
        "well-known text-wrapping test? Supercalifragilisticexpialidocious is long. "
        "Mr. Smith went to Washington.  A line\nbreak and a\ttab.")

for width in (5, 10, 12, 20, 33, 70, 200):
    print width, textwrap.wrap(text, width)

w = textwrap.TextWrapper(width=25, initial_indent="* ", subsequent_indent="  ")
print w.fill(text)
print repr(w.width), repr(w.initial_indent), repr(w.subsequent_indent)
print w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings
print w.break_long_words, w.drop_whitespace, w.break_on_hyphens

print textwrap.wrap(text, 30, fix_sentence_endings=True)
print textwrap.wrap("Hello world.  It is.  Go!  Said \"me.\" now", 12, fix_sentence_endings=True)
print textwrap.wrap(text, 15, break_long_words=False)
print textwrap.wrap(text, 15, break_on_hyphens=False)
print textwrap.wrap(text, 15, drop_whitespace=False)
print textwrap.wrap(text, 15, replace_whitespace=False)
print textwrap.wrap("a\tb\tc\td", 10, expand_tabs=False)
print textwrap.wrap("a\tb\tc\td", 10, expand_tabs=False, replace_whitespace=False)
print textwrap.wrap("   leading and trailing   ", 10)
print textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False)
print textwrap.wrap("", 10), textwrap.wrap("    ", 10), textwrap.fill("", 10) == ""
print textwrap.wrap("this-is-a-very-long-hyphenated-word and some more-text", 10)
print textwrap.wrap("em--dash and--more word--word", 8)
print textwrap.wrap("x" * 25, 10)
print textwrap.wrap("abc " * 5, 4, initial_indent="12345", subsequent_indent=">>")
print textwrap.wrap(u"Unicode text \u00e9t\u00e9 well-known caf\u00e9s here", 10)
print repr(textwrap.fill(u"tab\there\u2003and", 8))

for bad in (0, -3):
    try:
        textwrap.wrap("some text", bad)
    except ValueError, e:
        print "ValueError:", e
try:
    textwrap.TextWrapper(width=0).wrap("")
    print "empty text with width 0 is fine"
except ValueError, e:
    print "ValueError:", e

w = textwrap.TextWrapper()
w.width = 8
print w.wrap("attribute changes take effect after construction")
print textwrap.fill("one two three four five six", width=9, subsequent_indent="-")
print textwrap.TextWrapper.wordsep_simple_re.pattern
print textwrap.TextWrapper.sentence_end_re.pattern
print sorted(textwrap.__all__)
