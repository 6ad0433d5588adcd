# Counts the words of a text and prints the most frequent ones, the Python 2 way:
# print statements, dict methods, sorted with a key, % formatting.
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""


def words(text):
    for raw in text.split():
        word = raw.strip(".,").lower()
        if word:
            yield word


def count(text):
    counts = {}
    for word in words(text):
        counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    counts = count(TEXT)
    print "%d words, %d distinct" % (sum(counts.values()), len(counts))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, n in ranked[:5]:
        print "%-8s %3d %s" % (word, n, "*" * n)
    longest = max(counts, key=len)
    print "longest word:", longest, len(longest)


if __name__ == "__main__":
    main()
