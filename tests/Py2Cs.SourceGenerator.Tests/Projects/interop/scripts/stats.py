# Lists and dicts in, numbers and dicts out; imports a sibling module.
import greeting


def mean(values):
    return float(sum(values)) / len(values)


def histogram(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def describe(values):
    return greeting.greet('stats', greeting='Mean of %d values is %.2f for' % (len(values), mean(values)))


def check(value):
    if value < 0:
        raise ValueError('negative value: %d' % value)
    return value * 2
