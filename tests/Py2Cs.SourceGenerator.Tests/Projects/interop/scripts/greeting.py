# Module-level functions with defaults, called from C# through the facade `greeting`.
PUNCTUATION = '!'
calls = 0


def greet(name, greeting='Hello'):
    global calls
    calls += 1
    return '%s, %s%s' % (greeting, name, PUNCTUATION)


def shout(text):
    print 'shouting', text
    return text.upper()
