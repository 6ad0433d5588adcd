def summary(words):
    return '%d words, longest %r' % (len(words), max(words, key=len))
