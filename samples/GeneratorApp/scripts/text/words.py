import re

WORD = re.compile(r"[a-z']+")


def split_words(text):
    return WORD.findall(text.lower())
