"""Text keys shared by entity resolution and claim comparison.

Arabic news spells the same word many ways (hamza on alef or not, final ya or alef maqsura, ta marbuta
or ha, diacritics, tatweel, Arabic-Indic digits). Everything here maps text to *keys*: forms that are
equal when a reader would say the words are the same. Keys are for matching only, never shown.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

_DIACRITICS = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ی": "ي",
        "ھ": "ه",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
        "’": "'",
        "‘": "'",
        "`": "'",
    }
)
# A token is a run of letters/digits, with inner hyphens, dots or apostrophes (su-35, U.S., Kirby's).
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-.'][\p{L}\p{M}\p{N}]+)*")
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
_LATIN_LETTER = regex.compile(r"\p{Latin}")

Script = str  # "arabic" | "latin" | "other"


def normalize_arabic(text: str) -> str:
    """Fold Arabic spelling variants: diacritics and tatweel removed, hamza-alef → ا, ى → ي, ة → ه."""
    return _DIACRITICS.sub("", text).translate(_ARABIC_FOLD)


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """Matching form of any text: Unicode NFKC, Arabic folded, Latin lower-cased without accents."""
    folded = normalize_arabic(unicodedata.normalize("NFKC", text))
    if _LATIN_LETTER.search(folded):
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(
            ch for ch in decomposed if not (unicodedata.combining(ch) and ord(ch) < 0x0600)
        ).lower()
    return folded


def script_of(text: str) -> Script:
    """The dominant script of a name or phrase."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if not arabic and not latin:
        return "other"
    return "arabic" if arabic >= latin else "latin"


def tokens(text: str) -> list[str]:
    """Normalized word tokens; possessive 's is dropped (Kirby's → kirby)."""
    out = []
    for match in _TOKEN.finditer(normalize(text)):
        token = match.group()
        if token.endswith("'s"):
            token = token[:-2]
        out.append(token.strip("."))
    return [token for token in out if token]


# Clitics peeled off Arabic words, longest first. Conjunction و/ف, then the article with a
# preposition (بال، كال، لل), then single-letter prepositions, then the future marker س.
_AR_ARTICLE = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال")
_AR_SUFFIXES = (
    "هما",
    "كما",
    "يات",
    "ات",
    "ون",
    "ين",
    "ان",
    "يه",
    "ها",
    "هم",
    "هن",
    "كم",
    "نا",
    "ه",
    "ي",
    "ا",
)


@lru_cache(maxsize=200_000)
def arabic_variants(token: str) -> tuple[str, ...]:
    """Forms of a normalized Arabic token with clitics and affixes peeled, most specific first.

    Light stemming, not morphology: enough for مسيرات/المسيرات/بالمسيرة to meet, and for a lexicon
    entry to be found under its inflected forms.
    """
    forms: list[str] = [token]

    def add(form: str) -> None:
        if len(form) >= 2 and form not in forms:
            forms.append(form)

    bases = [token]
    if token[:1] in "وف" and len(token) > 3:
        bases.append(token[1:])
    for base in list(bases):
        for article in _AR_ARTICLE:
            if base.startswith(article) and len(base) - len(article) >= 2:
                bases.append(base[len(article) :])
                break
        else:
            if base[:1] in "بلك" and len(base) > 3:
                bases.append(base[1:])
            if base[:1] == "س" and len(base) > 4 and base[1:2] in "يتنا":
                bases.append(base[1:])
    for base in list(bases):
        # Imperfect-verb prefix (يخفض / تخفض → خفض) for lexicon lookups of verb forms.
        if base[:1] in "يتن" and len(base) >= 4:
            bases.append(base[1:])
    for base in bases:
        add(base)
    for base in list(bases):
        for suffix in _AR_SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                add(base[: -len(suffix)])
                break
    return tuple(forms)


@lru_cache(maxsize=200_000)
def english_variants(token: str) -> tuple[str, ...]:
    """Forms of a lower-cased English token with common inflections removed, most specific first."""
    forms = [token]

    def add(form: str) -> None:
        if len(form) >= 2 and form not in forms:
            forms.append(form)

    if token.endswith("ies") and len(token) > 4:
        add(token[:-3] + "y")
    if token.endswith("ied") and len(token) > 4:
        add(token[:-3] + "y")
    if token.endswith("es") and len(token) > 4:
        add(token[:-2])
    if token.endswith("s") and not token.endswith("ss") and len(token) > 3:
        add(token[:-1])
    if token.endswith("ed") and len(token) > 4:
        add(token[:-2])
        add(token[:-1])
    if token.endswith("ing") and len(token) > 5:
        add(token[:-3])
        add(token[:-3] + "e")
    if token.endswith("ly") and len(token) > 5:
        add(token[:-2])
    return tuple(forms)


def variants(token: str) -> tuple[str, ...]:
    """Stem variants of a normalized token in its own script."""
    if _ARABIC_LETTER.search(token):
        return arabic_variants(token)
    return english_variants(token)


def stem(token: str) -> str:
    """One comparison stem: the most reduced variant (shortest of length ≥ 3, else the token)."""
    forms = [form for form in variants(token) if len(form) >= 3]
    return min(forms, key=len) if forms else token


@dataclass(frozen=True)
class Match:
    """A lexicon term found in a token list: tokens[start:end] carry `label`."""

    label: str
    start: int
    end: int


class PhraseMatcher:
    """Longest-match lookup of multi-word terms over tokens, tolerant of clitics and inflection.

    Terms are indexed by the normalized (and article-stripped) forms of their tokens; a text token
    matches a term token when one of the text token's variants equals it.
    """

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._max_len = 1
        for term, label in entries:
            words = tuple(_term_key(word) for word in tokens(term))
            if not words:
                continue
            self._by_first.setdefault(words[0], []).append((words, label))
            self._max_len = max(self._max_len, len(words))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))

    def find(self, words: Sequence[str]) -> list[Match]:
        """Non-overlapping matches, longest first at each position, left to right."""
        found: list[Match] = []
        position = 0
        word_variants = [variants(word) for word in words]
        while position < len(words):
            best: Match | None = None
            for form in word_variants[position]:
                for term, label in self._by_first.get(form, ()):
                    end = position + len(term)
                    if end > len(words) or (best and end - position <= best.end - best.start):
                        continue
                    if all(
                        term[offset] in word_variants[position + offset] for offset in range(1, len(term))
                    ):
                        best = Match(label, position, end)
                        break
            if best:
                found.append(best)
                position = best.end
            else:
                position += 1
        return found


def _term_key(word: str) -> str:
    """How a lexicon word is indexed: Arabic loses its article so المسيرات and مسيرات meet."""
    if _ARABIC_LETTER.search(word):
        for article in ("ال",):
            if word.startswith(article) and len(word) - len(article) >= 2:
                return word[len(article) :]
    return word
