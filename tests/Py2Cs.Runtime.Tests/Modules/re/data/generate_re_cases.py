# -*- coding: utf-8 -*-
# Records the differential re cases from CPython 2.7.18:
#   $(pyenv root)/versions/2.7.18/bin/python2.7 generate_re_cases.py > re_cases.jsonl
# Each line: a (pattern, flags, input) triple with what search, match, finditer, subn, split and a
# pos/endpos search return, or the error compiling it raises. str values are stored as latin-1 text.
import json
import re
import sys

I, L, M, S, U, X = re.I, re.L, re.M, re.S, re.U, re.X

# (pattern, flags, [inputs], template)
CASES = [
    # literals and escapes
    ('abc', 0, ['abc', 'xabcx', 'ab', 'ABC'], None),
    ('a.c', 0, ['abc', 'a\nc', 'ac'], None),
    ('a.c', S, ['a\nc', 'abc'], None),
    (r'a\.c', 0, ['a.c', 'abc'], None),
    (r'\t\n\r\f\v\a', 0, ['\t\n\r\f\v\a', 'x'], None),
    (r'\x41\x4a', 0, ['AJ', 'aj'], None),
    (r'\0', 0, ['\0', 'a\0b'], None),
    (r'\012', 0, ['\n', 'x'], None),
    (r'\101\102', 0, ['AB', 'ab'], None),
    (r'\q\%\"', 0, ['q%"', 'x'], None),
    (r'\-\]', 0, ['-]'], None),
    ('a\\\\b', 0, ['a\\b', 'ab'], None),
    ('\xe9t\xe9', 0, ['\xe9t\xe9', '\xc9T\xc9'], None),
    (u'\xe9t\xe9', 0, [u'\xe9t\xe9', u'\xc9T\xc9'], None),
    (u'\u0394\u03b4', 0, [u'x\u0394\u03b4y'], None),
    # quantifiers
    ('ab*', 0, ['a', 'abbb', 'b', 'xabbbx'], None),
    ('ab+', 0, ['a', 'abbb', 'xab'], None),
    ('ab?', 0, ['a', 'ab', 'abb'], None),
    ('ab*?', 0, ['abbb'], None),
    ('ab+?', 0, ['abbb'], None),
    ('ab??', 0, ['ab'], None),
    ('a{2}', 0, ['a', 'aa', 'aaaa'], None),
    ('a{2,}', 0, ['a', 'aa', 'aaaaa'], None),
    ('a{,2}', 0, ['', 'aaa', 'b'], None),
    ('a{1,3}', 0, ['aaaa', 'b', 'ba'], None),
    ('a{1,3}?', 0, ['aaaa'], None),
    ('a{2,}?', 0, ['aaaa'], None),
    ('a{', 0, ['a{', 'a'], None),
    ('a{}', 0, ['a{}'], None),
    ('a{x}', 0, ['a{x}'], None),
    ('a{1', 0, ['a{1'], None),
    ('a{1,2', 0, ['a{1,2'], None),
    ('a{ 1}', 0, ['a{ 1}'], None),
    ('{', 0, ['{'], None),
    ('x{0}', 0, ['x', ''], None),
    ('(ab){2}', 0, ['ababab', 'ab'], None),
    ('(a|b)*c', 0, ['abbac', 'c', 'ab'], None),
    ('(a*)*', 0, ['aaa', 'b'], None),
    ('(a*)+', 0, ['aaa', 'b'], None),
    ('(a|)*b', 0, ['aab', 'b'], None),
    ('(?:a|b)+?c', 0, ['ababc'], None),
    ('.*', 0, ['abc\ndef', ''], None),
    ('.*?', 0, ['abc'], None),
    ('.*', S, ['abc\ndef'], None),
    ('x*', 0, ['axb', '', 'xx', 'abxd'], '-'),
    ('x?', 0, ['axxb'], '-'),
    ('', 0, ['', 'abc'], '-'),
    ('a|', 0, ['bab'], '-'),
    # character classes
    ('[abc]', 0, ['b', 'd', 'xcx'], None),
    ('[^abc]', 0, ['b', 'd', 'abcd'], None),
    ('[a-z]+', 0, ['Hello World', '123'], None),
    ('[]a]', 0, [']', 'a', 'b'], None),
    ('[^]a]', 0, [']', 'b'], None),
    ('[a-]', 0, ['-', 'a', 'b'], None),
    ('[-a]', 0, ['-', 'a'], None),
    ('[a\\-z]', 0, ['-', 'b', 'z'], None),
    ('[\\]]', 0, [']'], None),
    ('[[]', 0, ['['], None),
    ('[a-z-[aeiou]]', 0, ['b-[a]]', 'a', '-[e]'], None),
    ('[\\d]', 0, ['5', 'a'], None),
    ('[\\D]', 0, ['5', 'a'], None),
    ('[\\w.]+', 0, ['foo.bar baz', '!!'], None),
    ('[\\W]+', 0, ['a!@#b'], None),
    ('[\\s]+', 0, ['a \t\n b'], None),
    ('[\\S]+', 0, ['  ab  '], None),
    ('[^\\W\\d]+', 0, ['ab12cd_', '99'], None),
    ('[\\d\\s]+', 0, ['a1 2 3b'], None),
    ('[\\b]', 0, ['\b', 'b'], None),
    ('[\\A\\Z\\B]', 0, ['A', 'Z', 'B', 'x'], None),
    ('[\\x41-\\x43]+', 0, ['ABCD'], None),
    ('[\\101-\\103]+', 0, ['ABCD'], None),
    ('[\\1]', 0, ['\x01', '1'], None),
    ('[.*+?]+', 0, ['a.*+?b'], None),
    ('[$^]+', 0, ['a$^b'], None),
    ('[a^]', 0, ['^'], None),
    ('[\\n\\t]', 0, ['\t', 'n'], None),
    ('[\x80-\xff]+', 0, ['ab\xe9\xffc'], None),
    (u'[\u0100-\u017f]+', 0, [u'a\u0101\u0150b'], None),
    ('[ ]', 0, [' ', 'a'], None),
    ('[#]', 0, ['#'], None),
    ('[|]', 0, ['|'], None),
    ('[(]', 0, ['('], None),
    ('[{}]', 0, ['{', '}'], None),
    # categories
    (r'\d+', 0, ['abc123def', 'none'], None),
    (r'\D+', 0, ['abc123def'], None),
    (r'\w+', 0, ['hello world', '__x1', '!!'], None),
    (r'\W+', 0, ['hello, world'], None),
    (r'\s+', 0, ['a \t\n\r\f\vb', 'ab'], None),
    (r'\S+', 0, ['  ab  '], None),
    (r'\w+', 0, ['caf\xe9 \xe0 la'], None),
    (u'\\w+', 0, [u'caf\xe9 \xe0 la'], None),
    (u'\\w+', U, [u'caf\xe9 \xe0 la', u'\u0394\u03b4\u0660x'], None),
    (u'\\d+', 0, [u'12\u0661\u0662'], None),
    (u'\\d+', U, [u'12\u0661\u0662', u'\xb2'], None),
    (u'\\s+', 0, [u'a\xa0\u2003b c'], None),
    (u'\\s+', U, [u'a\xa0\u2003b c', u'a\x1cb', u'a\u200bb'], None),
    (u'\\S+', U, [u'\xa0ab\u3000'], None),
    (u'\\W+', U, [u'ab\xbf\xa1cd'], None),
    (u'[\\w]+', U, [u'\xe9t\xe9!'], None),
    (u'[^\\w]+', U, [u'\xe9t\xe9!?'], None),
    ('\\w+', U, ['caf\xe9'], None),
    ('\\w+', L, ['caf\xe9 x'], None),
    # anchors
    ('^abc', 0, ['abc', 'xabc', 'x\nabc'], None),
    ('^abc', M, ['x\nabc', 'abc'], None),
    ('abc$', 0, ['abc', 'abc\n', 'abc\n\n', 'abcx'], None),
    ('abc$', M, ['abc\nx', 'abcx'], None),
    ('^', 0, ['abc'], '>'),
    ('^', M, ['a\nb\n', '\n\n'], '>'),
    ('$', 0, ['abc', 'a\n', '\n\n'], '<'),
    ('$', M, ['a\nb\n', '\n\n'], '<'),
    ('^$', M, ['a\n\nb', ''], '#'),
    ('^.*$', M, ['one\ntwo\n'], None),
    (r'\Aabc', 0, ['abc', 'x\nabc'], None),
    (r'\Aabc', M, ['x\nabc'], None),
    (r'abc\Z', 0, ['abc', 'abc\n'], None),
    (r'abc\Z', M, ['abc\n'], None),
    (r'\bfoo\b', 0, ['foo', 'a foo b', 'foobar', 'foo.bar'], None),
    (r'\Bfoo\B', 0, ['afoob', 'foo'], None),
    (r'\b', 0, ['', 'ab cd'], '|'),
    (r'\B', 0, ['', 'ab cd', ' '], '|'),
    (r'\bcaf', 0, ['\xe9caf'], None),
    (u'\\bcaf', 0, [u'\xe9caf'], None),
    (u'\\bcaf', U, [u'\xe9caf', u' caf'], None),
    (u'\\B\\w', U, [u'\xe9a'], None),
    (r'\b\w+\b', 0, ['one two  three'], None),
    (r'x\b', 0, ['x', 'x!', 'xy'], None),
    # groups
    ('(a)(b)(c)', 0, ['abc'], r'\3\2\1'),
    ('(a)(b)?', 0, ['a', 'ab'], None),
    ('((a)b)', 0, ['ab'], None),
    ('((a))', 0, ['a'], None),
    ('(a)(?:b)', 0, ['ab'], None),
    ('(a)|(b)', 0, ['a', 'b', 'c'], None),
    ('(a)|b', 0, ['b'], None),
    ('(?:(a)|b)+', 0, ['ab', 'ba'], None),
    ('(a|b)*', 0, ['abba'], None),
    ('(?P<first>\\w+) (?P<last>\\w+)', 0, ['John Smith', 'x'], r'\g<last>, \g<first>'),
    ('(?P<n>a)(?P=n)', 0, ['aa', 'ab'], None),
    ('(?P<n>a|b)(?P=n)+', 0, ['abbb', 'aaab'], None),
    ('(a)\\1', 0, ['aa', 'ab'], None),
    ('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10', 0, ['abcdefghijj', 'abcdefghija0'], None),
    ('(a)\\10', 0, ['a\x08', 'aa0'], None),
    ('(a)\\1\\1', 0, ['aaa', 'aa'], None),
    ('(?P<x>a)(?P<y>b)?', 0, ['a', 'ab'], None),
    ('(?P<x>a)|(?P<y>b)', 0, ['b'], r'[\g<y>]'),
    ('(?:x)', 0, ['x'], None),
    ('()', 0, ['', 'a'], None),
    ('(a)(?=(b))', 0, ['ab'], None),
    ('(?P<a>x)(?P<b>y)(?P<c>z)', 0, ['xyz'], r'\g<c>\g<2>\g<a>'),
    ('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 0, ['abcdefghijk'], r'\11-\g<11>-\1'),
    ('(\\d+)-(\\d+)', 0, ['10-20 30-40'], r'\2-\1'),
    ('((a)|(b))+', 0, ['ab', 'ba'], None),
    ('(a)?b', 0, ['b', 'ab'], None),
    ('(a?)?b', 0, ['b'], None),
    ('(?:(a)|(b)|(c))*', 0, ['abc', 'cba'], None),
    # lookaround
    ('foo(?=bar)', 0, ['foobar', 'foobaz'], None),
    ('foo(?!bar)', 0, ['foobar', 'foobaz'], None),
    ('(?<=abc)def', 0, ['abcdef', 'xbcdef'], None),
    ('(?<!abc)def', 0, ['abcdef', 'xbcdef'], None),
    ('(?<=\\d{3})x', 0, ['123x', '12x'], None),
    ('(?<=a|b)c', 0, ['ac', 'bc', 'cc'], None),
    ('(?<=(a))b', 0, ['ab'], None),
    ('(?<=^)a', 0, ['a'], None),
    ('(?=a)*', 0, ['a'], None),
    ('(?!x)\\w+', 0, ['xyz abc'], None),
    ('\\w+(?=,)', 0, ['a, b, c'], None),
    ('(?<=-)\\w+', 0, ['spam-egg'], None),
    ('(?<![a-z])\\d+', 0, ['a1 22'], None),
    ('q(?=u)i?', 0, ['qu', 'qi'], None),
    # conditionals
    ('(a)?(?(1)b|c)', 0, ['ab', 'c', 'ac', 'b'], None),
    ('(?P<q><)?\\w+(?(q)>)', 0, ['<user>', 'user', '<user'], None),
    ('(a)?(?(1)b)', 0, ['ab', 'c'], None),
    ('(?(1)a|b)', 0, ['a', 'b'], None),
    ('(?(0)a|b)', 0, ['a', 'b'], None),
    ('(a)|(?(1)b|c)', 0, ['c', 'b'], None),
    ('(?:(a)|b)(?(1)x|y)', 0, ['ax', 'by', 'ay'], None),
    # alternation
    ('a|b|c', 0, ['c', 'd'], None),
    ('ab|cd', 0, ['xcd', 'xab'], None),
    ('a|ab', 0, ['ab'], None),
    ('ab|a', 0, ['ab'], None),
    ('(ab|a)(bc|c)', 0, ['abc'], None),
    ('cat|dog|bird', 0, ['hotdog', 'catbird'], '*'),
    ('|a', 0, ['a'], '-'),
    ('a||b', 0, ['ab'], '-'),
    # flags
    ('abc', I, ['ABC', 'aBc', 'xyz'], None),
    ('[a-c]+', I, ['ABCabcD'], None),
    ('[@-\\]]+', I, ['@AZ[]az'], None),
    ('[^a-c]+', I, ['ABCdef'], None),
    ('[A-Z]', I, ['a', '1'], None),
    ('\xe9', I, ['\xc9', '\xe9'], None),
    (u'\xe9', I, [u'\xc9', u'\xe9'], None),
    (u'\xe9', I | U, [u'\xc9', u'\xe9'], None),
    (u'[\xe0-\xff]+', I | U, [u'\xc0\xc9\xe9\xff'], None),
    (u's', I | U, [u'S', u'\u017f'], None),
    (u'\u03a3', I | U, [u'\u03c3', u'\u03c2', u'\u03a3'], None),
    (u'k', I | U, [u'K', u'\u212a'], None),
    ('(a)\\1', I, ['aA', 'Aa', 'ab'], None),
    ('(?i)abc', 0, ['ABC'], None),
    ('abc(?i)', 0, ['ABC'], None),
    ('a(?i)b', 0, ['AB'], None),
    ('(?m)^b', 0, ['a\nb'], None),
    ('(?s).+', 0, ['a\nb'], None),
    ('(?x) a b # comment', 0, ['ab', 'a b'], None),
    ('a b # c', X, ['ab', 'a b'], None),
    ('a\\ b', X, ['a b', 'ab'], None),
    ('[ a]+', X, [' a a'], None),
    ('a#b\nc', X, ['ac', 'a#b\nc'], None),
    ('a{1, 2}', X, ['a{1,2}', 'aa'], None),
    ('(?u)\\w+', 0, [u'\xe9t\xe9'], None),
    ('(?L)\\w+', 0, ['ab\xe9'], None),
    ('(?iu)\xe9', 0, [u'\xc9'], None),
    ('(?im)^a', 0, ['b\nA'], None),
    ('(?#comment)a', 0, ['a'], None),
    ('a(?#comment)*', 0, ['aaa'], None),
    ('(?x)a  b  c', 0, ['abc'], None),
    ('(?x)[a b]', 0, [' '], None),
    ('(?x)a\\#b', 0, ['a#b'], None),
    # realistic
    (r'(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})', 0, ['ip 192.168.0.1 x', '1.2.3'], r'\4.\3.\2.\1'),
    (r'^(\w+)\s*=\s*(.*?)\s*$', 0, ['key = value  ', 'novalue'], r'\1:\2'),
    (r'(?P<host>[^:/]+)(?::(?P<port>\d+))?', 0, ['example.com:8080', 'example.com'], r'\g<host>'),
    (r'"([^"\\]*(?:\\.[^"\\]*)*)"', 0, [r'say "hi \"there\"" ok'], None),
    (r'[\w.+-]+@[\w-]+\.[\w.]+', 0, ['mail bob.smith+x@mail.example.com now'], '<email>'),
    (r'(\w+)=(\d+)', 0, ['a=1, b=22, c=x'], r'\2=\1'),
    (r'\s*,\s*', 0, ['a , b,c ,d'], ','),
    (r'(\s*),(\s*)', 0, ['a , b,c'], None),
    (r'(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d\d:\d\d:\d\d) \[(?P<level>\w+)\] (?P<msg>.*)', 0,
     ['2020-01-02 03:04:05 [ERROR] disk full', 'garbage'], r'\g<level>: \g<msg>'),
    (r'^(\S+) (\S+) (\S+) \[([^\]]+)\] "(\S+) (\S+) (\S+)" (\d{3}) (\d+|-)', 0,
     ['127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /a.gif HTTP/1.0" 200 2326'], r'\5 \6 \8'),
    (r'#.*$', M, ['a = 1 # one\nb = 2 # two\n'], ''),
    (r'\$(\w+)', 0, ['cost $x and $yy'], r'<\1>'),
    (r'(?<=\d)(?=(\d{3})+$)', 0, ['1234567', '123'], ','),
    (r'(\w)(\w)?', 0, ['abc'], r'\2\1'),
    (r'(a)|(b)', 0, ['ab'], r'[\1]'),
    (r'x', 0, ['axbxc'], r'\n\t\\\q'),
    (r'x', 0, ['axbx'], r'\0\01\012\0777'),
    (r'(x)', 0, ['axb'], r'\g<1>0\10'),
    (r'(.)', 0, ['ab'], r'\g<0>\g<0>'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)', 0, ['abcdefghij'], r'\10\100\1000'),
    (r'(?P<w>\w+)', 0, ['ab cd'], r'\g<w>\g<x>'),
    (r'(a)', 0, ['a'], r'\2'),
    (r'(a)', 0, ['a'], r'\g<2>'),
    (r'(a)', 0, ['a'], r'\g<-1>'),
    (r'(a)', 0, ['a'], r'\g<1'),
    (r'(a)', 0, ['a'], r'\g'),
    (r'(a)', 0, ['a'], r'\g<a-b>'),
    (r'(a)', 0, ['a'], '\\'),
    (r'(a)|b', 0, ['b'], r'\1'),
    (u'(\\w+)', U, [u'h\xe9llo w\xf6rld'], u'<\\1>'),
    (r'[aeiou]', 0, ['programming language'], ''),
    (r'\s+', 0, ['  leading and  trailing  '], ' '),
    (r'(\()|(\))', 0, ['(a(b)c)'], None),
    (r'\d+(\.\d+)?', 0, ['pi is 3.14 and e is 2'], None),
    (r'[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?', 0, ['x=-1.5e10 y=.5 z=7.'], None),
    (r'<([a-z]+)[^>]*>(.*?)</\1>', S, ['<b class="x">bold</b> <i>it\nal</i>'], r'[\2]'),
    (r'(?i)(?P<tag>html|body)', 0, ['<HTML><Body>'], r'\g<tag>'.lower()),
    (r'^\s*$', M, ['a\n  \n\nb'], 'EMPTY'),
    (r'(\w+)@(\w+)\.com', 0, ['a@b.com c@d.com'], r'\2 at \1'),
    (r'(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)', 0, ['1.2.3.4 256.1.1.1 10.0.0.255'], 'IP'),
    (r'\b(\w+)\s+\1\b', I, ['the the cat Cat', 'no dup'], r'\1'),
    (r'([^,]*),', 0, ['a,,b,'], '<\\1>'),
    (r'(?:ab)*c', 0, ['ababc', 'c', 'abab'], None),
    (r'a.b', 0, ['a\rb', 'a\tb'], None),
    (r'\x00+', 0, ['a\0\0b'], '0'),
    (r'[\x00-\x1f]', 0, ['a\x01b\x1fc'], '?'),
    (r'\\', 0, ['a\\b'], '/'),
    (r'\/', 0, ['a/b'], '|'),
    (r'\(\)', 0, ['f()'], '[]'),
    ('\n', 0, ['a\nb'], ' '),
    (u'\u00e9+', 0, [u'\xe9\xe9x'], u'E'),
    (u'[\u4e00-\u9fff]+', 0, [u'abc\u4e2d\u6587def'], u'*'),
    (r'(?P<num>\d+)|(?P<word>[a-z]+)', 0, ['abc 123'], None),
    (r'(a)(b)|(c)(d)', 0, ['cd'], None),
    (r'(?:(a)|(b))(?:(c)|(d))', 0, ['bc', 'ad'], None),
    (r'(a(b(c)))(d)', 0, ['abcd'], None),
    (r'(a)+', 0, ['aaa'], None),
    (r'(a+)(a+)', 0, ['aaaa'], None),
    (r'(a+?)(a+)', 0, ['aaaa'], None),
    (r'(.*)(\d+)', 0, ['abc123'], None),
    (r'(.*?)(\d+)', 0, ['abc123'], None),
    (r'(\d+)(.*)', 0, ['123abc'], None),
    (r'^(a+)+$', 0, ['aaaa', 'aaab'], None),
    (r'(x+x+)+y', 0, ['xxxxxxxxxxy'], None),
    (r'\d{2,4}?', 0, ['12345'], '#'),
    (r'[^\n]+', 0, ['line1\nline2'], None),
    (r'.', 0, ['\n'], None),
    (r'[^a]', 0, ['\n'], None),
    (r'\W', 0, ['\n'], None),
    ('a$b', 0, ['a$b', 'ab'], None),
    ('a$', 0, ['a\n'], 'X'),
    ('\\Z', 0, ['abc\n'], 'X'),
    ('$\n', M, ['a\nb'], 'X'),
    ('(?m)$\\n^', 0, ['a\nb'], '|'),
    # errors
    ('(', 0, ['x'], None),
    (')', 0, ['x'], None),
    ('a)', 0, ['x'], None),
    ('(a', 0, ['x'], None),
    ('[a', 0, ['x'], None),
    ('[', 0, ['x'], None),
    ('[]', 0, ['x'], None),
    ('[^]', 0, ['x'], None),
    ('[a-', 0, ['x'], None),
    ('[z-a]', 0, ['x'], None),
    ('[\\d-z]', 0, ['x'], None),
    ('[a-\\d]', 0, ['x'], None),
    ('[\\w-]', 0, ['-', 'a'], None),
    ('*', 0, ['x'], None),
    ('+a', 0, ['x'], None),
    ('a**', 0, ['x'], None),
    ('a*+', 0, ['x'], None),
    ('a??', 0, ['a'], None),
    ('a*??', 0, ['x'], None),
    ('^*', 0, ['x'], None),
    ('$+', 0, ['x'], None),
    ('\\b*', 0, ['x'], None),
    ('(?=a)?b', 0, ['b'], None),
    ('a{2,1}', 0, ['x'], None),
    ('a{4294967295}', 0, ['x'], None),
    ('\\', 0, ['x'], None),
    ('a\\', 0, ['x'], None),
    ('\\x', 0, ['x'], None),
    ('\\x4', 0, ['x'], None),
    ('\\x4g', 0, ['x'], None),
    ('[\\x4]', 0, ['x'], None),
    ('\\1', 0, ['x'], None),
    ('(a)\\2', 0, ['x'], None),
    ('(a\\1)', 0, ['x'], None),
    ('\\8', 0, ['x'], None),
    ('[\\8]', 0, ['x'], None),
    ('(?P<1a>x)', 0, ['x'], None),
    ('(?P<a b>x)', 0, ['x'], None),
    ('(?P<>x)', 0, ['x'], None),
    ('(?P<a', 0, ['x'], None),
    ('(?P<a>x)(?P<a>y)', 0, ['x'], None),
    ('(?P=a)', 0, ['x'], None),
    ('(?P=1)', 0, ['x'], None),
    ('(?P=)', 0, ['x'], None),
    ('(?P=a', 0, ['x'], None),
    ('(?P', 0, ['x'], None),
    ('(?Px)', 0, ['x'], None),
    ('(?', 0, ['x'], None),
    ('(?z)', 0, ['x'], None),
    ('(?i', 0, ['x'], None),
    ('(?ix)', 0, ['x'], None),
    ('(?i:a)', 0, ['a'], None),
    ('(?<a)', 0, ['x'], None),
    ('(?<=a*)b', 0, ['b'], None),
    ('(?<=a|bc)d', 0, ['x'], None),
    ('(?<!a?)b', 0, ['b'], None),
    ('(?<=\\1)(a)', 0, ['x'], None),
    ('(?(a)b)', 0, ['x'], None),
    ('(?(1a)b)', 0, ['x'], None),
    ('(?()b)', 0, ['x'], None),
    ('(?(1)a|b|c)', 0, ['x'], None),
    ('(?(1', 0, ['x'], None),
    ('(?#abc', 0, ['x'], None),
    ('(?>a)', 0, ['x'], None),
    ('(?<>a)', 0, ['x'], None),
    ('a|*', 0, ['x'], None),
    ('(*)', 0, ['x'], None),
    ('(?:', 0, ['x'], None),
    ('(a|b', 0, ['x'], None),
    ('(?=a', 0, ['x'], None),
]

# Extra inputs run against every case, to reach many triples with varied strings.
EXTRA = ['', 'a', 'aaa', 'abcabc', 'ABC abc 123', 'foo bar\nbaz\n', 'x_y-z']


def text(v):
    if isinstance(v, unicode):
        return v
    return v.decode('latin-1')


def spans(m):
    if m is None:
        return None
    return [list(m.span(g)) for g in range(m.re.groups + 1)] + [m.lastindex, m.lastgroup]


def attempt(f):
    try:
        return {'ok': f()}
    except Exception as e:
        return {'err': type(e).__name__, 'msg': text(str(e))}


def record(pattern, flags, s, template):
    row = {'pattern': text(pattern), 'upattern': isinstance(pattern, unicode), 'flags': flags,
           'input': text(s), 'uinput': isinstance(s, unicode)}
    try:
        p = re.compile(pattern, flags)
    except Exception as e:
        row['error'] = {'err': type(e).__name__, 'msg': text(str(e))}
        return row
    row['groups'] = p.groups
    row['pflags'] = p.flags
    row['groupindex'] = dict((text(k), v) for k, v in p.groupindex.items())
    row['search'] = spans(p.search(s))
    row['match'] = spans(p.match(s))
    n = len(s)
    row['search_pos'] = spans(p.search(s, 1, max(n - 1, 0)))
    row['match_pos'] = spans(p.match(s, 1))
    row['finditer'] = [spans(m) for m in p.finditer(s)]
    row['findall'] = attempt(lambda: [list(x) if isinstance(x, tuple) else text(x) for x in p.findall(s)])
    row['split'] = [None if x is None else text(x) for x in p.split(s)]
    row['split1'] = [None if x is None else text(x) for x in p.split(s, 1)]
    t = template if template is not None else '[\\g<0>]'
    row['template'] = text(t)
    row['utemplate'] = isinstance(t, unicode)
    r = attempt(lambda: list(p.subn(t, s)))
    if 'ok' in r:
        r['ok'][0] = text(r['ok'][0])
    row['subn'] = r
    r = attempt(lambda: p.sub(t, s, 1))
    if 'ok' in r:
        r['ok'] = text(r['ok'])
    row['sub1'] = r
    return row


def fix_findall(row):
    # findall gives tuples of str; turn them into text for JSON
    r = row.get('findall')
    if r and 'ok' in r:
        r['ok'] = [[text(y) for y in x] if isinstance(x, list) else x for x in r['ok']]


count = 0
for pattern, flags, inputs, template in CASES:
    all_inputs = list(inputs)
    for extra in EXTRA:
        if isinstance(pattern, unicode):
            extra = extra.decode('ascii')
        if extra not in all_inputs:
            all_inputs.append(extra)
    for s in all_inputs:
        row = record(pattern, flags, s, template)
        fix_findall(row)
        sys.stdout.write(json.dumps(row, sort_keys=True) + '\n')
        count += 1
        if 'error' in row:
            break
sys.stderr.write('%d cases\n' % count)
