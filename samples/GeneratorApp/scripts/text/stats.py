from words import split_words
from text import DEFAULT_TOP


def frequencies(text):
    counts = {}
    for word in split_words(text):
        counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(text, n=DEFAULT_TOP):
    counts = frequencies(text)
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]
