"""Quantities a claim carries: "400+ Shahed drones", "أكثر من 400 طائرة", "عدة مئات", "hundreds of".

One pattern per language, built once from ``resources/<lang>/numbers.json``: an optional bound or
approximation phrase, then digits (any script) with an optional scale word, or a number word, or a
vague plural ("hundreds", "مئات") that becomes a lower/upper range. The unit is the next word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from claimx.extractors.lexicon import fold
from claimx.records import Quantity
from claimx.resources import has_resource, load_json

PATTERN_TIMEOUT_S = 1.0
_WORD = regex.compile(r"[\p{L}\p{M}%]+")


@dataclass(frozen=True)
class NumberGrammar:
    pattern: regex.Pattern[str]
    units: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, tuple[float, float]]
    lower: frozenset[str]
    upper: frozenset[str]
    approximate: frozenset[str]
    unit_stopwords: frozenset[str]


def _alternation(items: Sequence[str]) -> str:
    ordered = sorted({item for item in items if item}, key=len, reverse=True)
    return "|".join(regex.escape(item).replace(r"\ ", r"\s+") for item in ordered)


@cache
def grammar_for(lang: str) -> NumberGrammar | None:
    if not has_resource(lang, "numbers.json"):
        return None
    data: dict[str, Any] = load_json(lang, "numbers")
    modifiers = [*data["lower_bound"], *data["upper_bound"], *data["approximate"]]
    modifiers = [m for m in modifiers if m != "+"]
    words = [*data["units"], *data["scales"]]
    vague = list(data["vague_plurals"])
    # Arabic words take the conjunction/preposition clitics و ب ل, so allow them before a word.
    prefix = r"(?:[وبل])?" if lang == "ar" else ""
    number = r"\p{Nd}+(?:[.,٫٬]\p{Nd}+)*"
    pattern = (
        rf"(?<![\p{{L}}\p{{N}}])(?P<mod>(?:{_alternation(modifiers)})\s+)?"
        rf"(?:(?P<num>{number})(?P<plus>\s?\+)?(?:\s*(?P<scale>{_alternation(list(data['scales']))}))?"
        rf"|{prefix}(?P<vague>{_alternation(vague)})"
        rf"|{prefix}(?P<word>{_alternation(words)}))"
        rf"(?![\p{{L}}\p{{N}}])"
    )
    return NumberGrammar(
        pattern=regex.compile(pattern, regex.IGNORECASE),
        units={fold(k): float(v) for k, v in data["units"].items()},
        scales={fold(k): float(v) for k, v in data["scales"].items()},
        vague={fold(k): (float(v[0]), float(v[1])) for k, v in data["vague_plurals"].items()},
        lower=frozenset(fold(m) for m in data["lower_bound"]),
        upper=frozenset(fold(m) for m in data["upper_bound"]),
        approximate=frozenset(fold(m) for m in data["approximate"]),
        unit_stopwords=frozenset(fold(m) for m in data["unit_stopwords"]),
    )


def _to_float(digits: str) -> float | None:
    plain = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in digits)
    plain = plain.replace("٬", "").replace("٫", ".")
    # "1,500" is a thousands separator; "2,5" (European decimal) is rare in news and read as 25.
    plain = plain.replace(",", "")
    try:
        return float(plain)
    except ValueError:
        return None


def _unit_after(text: str, position: int, grammar: NumberGrammar, limit: int) -> str | None:
    for match in _WORD.finditer(text, position, limit):
        word = match.group()
        if fold(word) in grammar.unit_stopwords:
            continue
        if match.start() - position > 12:
            return None
        return "percent" if word == "%" else word
    return None


def _is_year(value: float, match: regex.Match[str]) -> bool:
    return match.group("scale") is None and value.is_integer() and 1900 <= value <= 2100 and \
        len(match.group("num")) == 4


def find_quantities(text: str, lang: str, start: int, end: int, *,
                    exclude: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Quantities in ``text[start:end]``, with offsets into ``text``; spans in ``exclude`` (dates) skipped."""
    grammar = grammar_for(lang)
    if grammar is None or start >= end:
        return []
    found: list[Quantity] = []
    try:
        matches = list(grammar.pattern.finditer(text, start, end, timeout=PATTERN_TIMEOUT_S))
    except TimeoutError:
        return []
    for match in matches:
        if any(s <= match.start() < e for s, e in exclude):
            continue
        quantity = _quantity(text, match, grammar, end)
        if quantity is not None:
            found.append(quantity)
    return found


def _quantity(text: str, match: regex.Match[str], grammar: NumberGrammar, limit: int) -> Quantity | None:
    value: float | None = None
    lower = upper = None
    approximate = False
    if match.group("num"):
        value = _to_float(match.group("num"))
        if value is None or _is_year(value, match):
            return None
        if match.group("scale"):
            value *= grammar.scales.get(fold(match.group("scale")), 1.0)
        if match.group("plus"):
            lower = value
    elif match.group("vague"):
        lower, upper = grammar.vague[fold(match.group("vague"))]
        approximate = True
    else:
        value = grammar.units.get(fold(match.group("word"))) or grammar.scales.get(fold(match.group("word")))
        if value is None:
            return None
    modifier = fold(" ".join(match.group("mod").split())) if match.group("mod") else None
    if modifier in grammar.lower:
        lower = value if value is not None else lower
    elif modifier in grammar.upper:
        upper = value if value is not None else upper
    elif modifier in grammar.approximate:
        approximate = True
    return Quantity(text=text[match.start():match.end()], start=match.start(), end=match.end(), value=value,
                    lower=lower, upper=upper, unit=_unit_after(text, match.end(), grammar, limit),
                    approximate=approximate)
