"""Cross-script name keys: "Ryabkov", "Rybakov" and "ريابكوف" all give ``rbkf``.

A name key is the name's consonant skeleton in a small shared alphabet. Vowels, weak letters and
h-sounds are dropped because news transliteration varies them most; letters that different
transliteration habits confuse share a class (ج/غ/g/j, ق/ك/k/q, س/ز/ص/s/z, v/f, p/b). The letter
tables are data (``resources/{ar,en}/translit.json``).
"""

from __future__ import annotations

from functools import lru_cache

from claimx.resolve.text import normalize, tokens
from claimx.resources import load_json


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], list[tuple[str, str]], dict[str, str]]:
    arabic = load_json("ar", "translit")["letters"]
    latin = load_json("en", "translit")
    digraphs = sorted(latin["digraphs"].items(), key=lambda item: -len(item[0]))
    return arabic, digraphs, latin["letters"]


@lru_cache(maxsize=100_000)
def word_key(word: str) -> str:
    """Consonant skeleton of one word in either script; repeated classes collapse (ll → l)."""
    arabic, digraphs, latin = _tables()
    text = normalize(word)
    classes: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char in arabic:
            classes.append(arabic[char])
            position += 1
            continue
        for digraph, value in digraphs:
            if text.startswith(digraph, position):
                classes.append(value)
                position += len(digraph)
                break
        else:
            classes.append(latin.get(char, char if char.isdigit() else ""))
            position += 1
    key: list[str] = []
    for value in "".join(classes):
        if not key or key[-1] != value:
            key.append(value)
    return "".join(key)


def name_key(name: str) -> str:
    """Key of a whole name: the word keys joined by spaces (words that key to nothing are dropped)."""
    return " ".join(key for key in (word_key(word) for word in tokens(name)) if key)


def keys_compatible(a: str, b: str) -> bool:
    """Whether two word keys may name the same word: equal, or one extends the other by a class
    at the end (Sergei/Sergey → srg either way; Mohammad/Mohammed → mmd)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 1
