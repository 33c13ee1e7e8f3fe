"""Lookup-friendly text with a map back to the original offsets.

Arabic spelling varies (hamza on alef, final ya/alef maqsura, ta marbuta, diacritics, tatweel) and
digits come in two scripts. Matching happens on a normalized copy; ``index_map[i]`` gives the
original offset of normalized character ``i`` so spans can always be reported on the input text.
"""

from __future__ import annotations

from functools import lru_cache

# Characters dropped entirely: Arabic diacritics, tatweel, bidi marks and zero-width characters.
_DROPPED = frozenset(
    [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640", "\u200c", "\u200d", "\u200e", "\u200f",
                                                "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
                                                "\ufeff"]
)

# Marks that belong to the letter before them: a span ending on that letter takes them along.
ATTACHED_MARKS = frozenset([chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"])

# One-for-one replacements (so offsets only shift where characters are dropped).
_REPLACED = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "٫": ".", "٬": ",", "،": "،",
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
}
for _index, _digit in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _REPLACED[_digit] = str(_index)
for _index, _digit in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _REPLACED[_digit] = str(_index)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The normalized, lower-cased text and, per normalized character, its offset in ``text``."""
    chars: list[str] = []
    index_map: list[int] = []
    for offset, char in enumerate(text):
        if char in _DROPPED:
            continue
        replaced = _REPLACED.get(char, char)
        lowered = replaced.lower()
        if len(lowered) != 1:  # e.g. "İ".lower() is two characters: keep offsets one-to-one
            lowered = replaced
        chars.append(lowered)
        index_map.append(offset)
    return "".join(chars), index_map


@lru_cache(maxsize=4096)
def normalize_key(phrase: str) -> str:
    """The normalized form of a lexicon key (same rules as the text)."""
    return " ".join(normalize_with_map(phrase)[0].split())
