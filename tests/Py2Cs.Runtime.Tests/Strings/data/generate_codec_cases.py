# Records CPython 2.7's encode/decode results for the codecs the runtime implements.
# Run once with python2.7 from this folder:  python2.7 generate_codec_cases.py
# encode lines: encode <TAB> text (unicode_escape) <TAB> encoding <TAB> errors <TAB> result bytes as hex | !Error: message
# decode lines: decode <TAB> bytes as hex <TAB> encoding <TAB> errors <TAB> result (unicode_escape) | !Error: message

def esc(u):
    return u.encode('unicode_escape')

def err(e):
    return '!%s: %s' % (type(e).__name__, esc(unicode(e)))

TEXTS = [u'', u'abc', u'\xe9', u'a\xe9\xe8b', u'\u20ac', u'x\u20acy\u2013z', u'\U0001f600', u'tab\there\n',
         u'\\back\'slash"', u'\x00\x1f\x7f\x80\xff', u'\ud800', u'mixed \xe9 and \u4e2d\u6587']
ENCODINGS = ['ascii', 'latin-1', 'iso-8859-1', 'latin1', 'utf-8', 'utf8', 'UTF-8', 'utf-16', 'utf-16-le', 'utf-16-be',
             'utf-32', 'utf-32-le', 'utf-32-be', 'cp1252', 'windows-1252', 'unicode_escape', 'raw_unicode_escape']
ERRORS = ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']
BYTES = ['', 'abc', '\xe9', 'a\xe9b', '\xc3\xa9', '\xe2\x82\xac', '\xf0\x9f\x98\x80', '\xff', '\xc3', '\xe2\x82',
         '\xe2\x28\xa1', '\xc0\xaf', '\xf4\x90\x80\x80', '\xe0\x80\x80', '\xf0\x9f\x98', '\xed\xa0\x80', '\x80\x81\x8d\x9f',
         '\xff\xfea\x00b\x00', '\xfe\xff\x00a\x00b', 'a\x00b\x00c', 'ab\\n\\x41\\u00e9\\U0001f600\\t\\\\', '\\x4', '\\u12',
         'oct\\101\\7', 'bad\\q', 'trail\\']
DECODE_ERRORS = ['strict', 'ignore', 'replace']

def main():
    out = open('codec_cases.txt', 'w')
    for t in TEXTS:
        for enc in ENCODINGS:
            for errors in ERRORS:
                try:
                    r = t.encode(enc, errors).encode('hex')
                except Exception as e:
                    r = err(e)
                out.write('encode\t%s\t%s\t%s\t%s\n' % (esc(t), enc, errors, r))
    for b in BYTES:
        for enc in ENCODINGS:
            for errors in DECODE_ERRORS:
                try:
                    r = esc(b.decode(enc, errors))
                except Exception as e:
                    r = err(e)
                out.write('decode\t%s\t%s\t%s\t%s\n' % (b.encode('hex'), enc, errors, r))
    # str -> str codecs of Python 2.
    for b in ['', 'hi', 'a\n\x00\'"\\', '\xff\xfe' * 40, 'abc' * 30]:
        for enc in ['hex', 'base64', 'string_escape']:
            out.write('bencode\t%s\t%s\tstrict\t%s\n' % (b.encode('hex'), enc, b.encode(enc).encode('hex')))
    for b in ['6869', '686', 'zz', 'aGk=\n', 'aGk', 'aG k=', 'YWJj', 'YQ==', 'YQ', 'a\\n\\x00\\\'"\\\\', '\\x4', 'x\\101y', 'tr\\']:
        for enc in ['hex', 'base64', 'string_escape']:
            try:
                r = b.decode(enc).encode('hex')
            except Exception as e:
                r = err(e)
            out.write('bdecode\t%s\t%s\tstrict\t%s\n' % (b.encode('hex'), enc, r))
    out.close()

main()
