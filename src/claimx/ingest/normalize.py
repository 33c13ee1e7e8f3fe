"""Offset-keeping text normalization.

Stanza and the cue matchers work on a cleaned copy of each block; every character of that copy
remembers which character of the ORIGINAL article it came from (``origin``), so a span found in the
cleaned text maps back exactly onto the original characters.

What changes, and why:
- Unicode spaces (NBSP, thin space, ideographic space, tabs) become one ASCII space, and runs of
  spaces collapse to one: tokenizers split on them differently, readers do not see them.
- Tatweel, bidi controls, zero-width characters, BOM and C0/C1 controls are removed: they are
  invisible in print and break words apart for a tokenizer.
- Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef) are removed: news writes them only
  now and then ("أكَّد", "مبينًا"), the models are trained on undiacritized text (PADT's forms are
  de-vocalized), and a word with them is an unknown word to the tagger and the lexicons.
- Arabic-Indic and Persian digits become ASCII digits; Arabic decimal/thousands separators become
  ``.``/``,``: numbers then parse the same way in both languages.
- Curly single quotes become straight ones. Double quotation marks (“ ” „ ‟ « ») are kept: which
  of them opens a quotation tells a stray mark from a closing one (:func:`claimx.extractors.content.
  find_quotes`). Stanza reads them all as the straight quote (:func:`straight_quotes`), as in the
  treebanks its models learnt from.
- Arabic presentation forms (ligatures such as ﻻ) are expanded to the letters they stand for.
The matching form (``for_matching=True``) also writes every alef as ا and lower-cases
Latin letters, so that furniture cues match however a site spells them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SPACE_CHARS = ("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
                "\u3000\x0b\x0c")
_ONE_TO_ONE: dict[int, str] = {ord(ch): " " for ch in _SPACE_CHARS}
_ONE_TO_ONE.update({0x0660 + i: str(i) for i in range(10)})  # Arabic-Indic digits
_ONE_TO_ONE.update({0x06F0 + i: str(i) for i in range(10)})  # Extended (Persian) digits
_ONE_TO_ONE.update({
    0x066B: ".", 0x066C: ",",  # Arabic decimal and thousands separators
    0x2033: '"',
    0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2039: "'", 0x203A: "'", 0x2032: "'",
})
_MATCHING_EXTRA: dict[int, str] = {0x0623: "\u0627", 0x0625: "\u0627", 0x0622: "\u0627", 0x0671: "\u0627"}

# Characters removed outright (invisible in print): tatweel, zero-width and bidi marks, BOM, controls.
REMOVED_CHARS = ("\u0640\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
                 "\u061c\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x9f")
_DIACRITICS = "\u064b-\u065f\u0670\u06d6-\u06ed"
# Presentation forms expand to several letters (NFKC); everything else keeps its length.
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefc"

# A run of spaces collapses to one, also when removed characters stand between them ("25 ــ 28").
_SPECIAL = re.compile(f" (?:[{REMOVED_CHARS}]* )+|[{REMOVED_CHARS}{_DIACRITICS}]+|[{_PRESENTATION}]")
_DIACRITIC_RUN = re.compile(f"[{_DIACRITICS}\u0640]+")
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, _ONE_TO_ONE))) + "\n\r\u2028\u2029\x85]")
_ALEFS = re.compile("[\u0622\u0623\u0625\u0671]")
_NEWLINES = str.maketrans({"\n": " ", "\r": " ", "\u2028": " ", "\u2029": " ", "\x85": " "})


_DOUBLE_QUOTES = str.maketrans({mark: '"' for mark in "“”„‟«»"})


def straight_quotes(text: str) -> str:
    """``text`` with every double quotation mark written as the straight one (same length)."""
    return text.translate(_DOUBLE_QUOTES)


@dataclass(frozen=True)
class NormalizedText:
    """A cleaned copy of (part of) the original text with a per-character map back into it."""

    text: str
    origin: tuple[int, ...]  # origin[i]: index in the ORIGINAL text of normalized char i; one extra end entry
    # Normalized char i -> original chars it stands for, when more than one: the diacritics removed
    # after a letter ("الوزيرً") belong to it, so a span ending on that letter ends after them.
    marks_end: dict[int, int] | None = None
    # Diacritics with no letter before them (a block that opens with one) go with the next character.
    marks_start: dict[int, int] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Normalized span -> original span covering every original character involved.

        Characters removed inside the span (a tatweel in a word) are covered because the span runs
        from the first character's origin to just past the last character's origin (and past the
        diacritics written on that character).
        """
        size = len(self.text)
        start = min(max(start, 0), size)
        end = min(max(end, start), size)
        if end == start:
            return self.origin[start], self.origin[start]
        last = end - 1
        return (self.marks_start or {}).get(start, self.origin[start]), \
            (self.marks_end or {}).get(last, self.origin[last] + 1)


def normalize(text: str, start: int = 0, end: int | None = None, *,
              for_matching: bool = False) -> NormalizedText:
    """Normalize ``text[start:end]``; offsets in the result point into ``text`` itself."""
    end = len(text) if end is None else end
    piece = text[start:end]
    # str.translate is slow on Arabic text; most lines need none of it, so look first.
    if _TRANSLATED.search(piece):
        piece = piece.translate(_NEWLINES).translate(_ONE_TO_ONE)
    if for_matching:
        if _ALEFS.search(piece):
            piece = piece.translate(_MATCHING_EXTRA)
        lowered = piece.lower()
        if len(lowered) == len(piece):  # a few letters (İ) lengthen when lower-cased: keep those as they are
            piece = lowered
    if _SPECIAL.search(piece) is None:  # fast path: nothing to drop or expand
        return NormalizedText(piece, tuple(range(start, end + 1)))
    parts: list[str] = []
    origin: list[int] = []
    marks_end: dict[int, int] = {}
    marks_start: dict[int, int] = {}
    kept_from = 0
    covered_until = start  # the original index right after what the last kept character stands for
    for match in _SPECIAL.finditer(piece):
        a, b = match.span()
        parts.append(piece[kept_from:a])
        origin.extend(range(start + kept_from, start + a))
        if a > kept_from:
            covered_until = start + a
        found = match.group()
        # (a run of removed characters with diacritics in it, ":\x1fً", goes with its letter too, or
        # with the run of spaces before it)
        if _DIACRITIC_RUN.search(found):
            if origin and covered_until == start + a:
                marks_end[len(origin) - 1] = start + b
                covered_until = start + b
            elif not origin and a == 0:
                marks_start[0] = start
        if found[0] == " ":  # a run of spaces keeps its first one
            parts.append(" ")
            origin.append(start + a)
            covered_until = start + b
        elif "\ufb50" <= found[0] <= "\ufefc":
            expanded = unicodedata.normalize("NFKC", found)
            parts.append(expanded)
            origin.extend([start + a] * len(expanded))
            covered_until = start + b  # a diacritic right after the ligature goes with it ("ﻻً")
        kept_from = b
    parts.append(piece[kept_from:])
    origin.extend(range(start + kept_from, start + len(piece)))
    origin.append(end)
    return NormalizedText("".join(parts), tuple(origin), marks_end or None, marks_start or None)
