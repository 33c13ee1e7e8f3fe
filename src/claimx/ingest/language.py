"""Language of a piece of text by script shares: Arabic letters vs Latin letters vs anything else."""

from __future__ import annotations

import re

from claimx.records import Lang

_ARABIC_LETTERS = re.compile(
    r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ANY_LETTER = re.compile(r"[^\W\d_]")
# A script must own this share of the letters to name the language; Latin names inside an Arabic
# sentence then leave it Arabic, and a line mixing many scripts evenly is "other".
_MAJORITY = 0.5


def _count(pattern: re.Pattern[str], text: str) -> int:
    # Counting by deletion keeps memory flat on multi-megabyte input (findall would build a list).
    return len(text) - len(pattern.sub("", text))


def detect_language(text: str) -> Lang:
    """``"ar"``, ``"en"`` or ``"other"`` by which script holds most of the letters (digits ignored)."""
    if not isinstance(text, str) or not text:
        return "other"
    letters = _count(_ANY_LETTER, text)
    if letters == 0:
        return "other"
    arabic = _count(_ARABIC_LETTERS, text)
    latin = _count(_LATIN_LETTERS, text)
    if arabic >= latin and arabic / letters >= _MAJORITY:
        return "ar"
    if latin > arabic and latin / letters >= _MAJORITY:
        return "en"
    return "other"
