"""Furniture cues compiled once from ``resources/<lang>/furniture.json``.

The cue lists of every language are merged: pages mix languages in their furniture (an Arabic site
with an English "increase / decrease" font widget), so an Arabic article must also recognize English
labels. Cues are folded with the same matching normalization as the lines they are compared with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimx.ingest.normalize import normalize
from claimx.resources import has_resource, languages, load_json

RESOURCE = "furniture"
_EDGE_PUNCT = " \t:：.,،;؛-–—|•*>«»\"'()[]/"


def fold(text: str) -> str:
    """The matching form of a cue or line: normalized, alef unified, no diacritics, lower case, trimmed."""
    return normalize(text, for_matching=True).text.strip(_EDGE_PUNCT)


def _alternation(cues: list[str]) -> str:
    folded = sorted({fold(cue) for cue in cues if fold(cue)}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in cue.split()) for cue in folded)


def _prefix(cues: list[str], tail: str) -> re.Pattern[str]:
    # (?!\w): a cue is a whole word, so "نشر" does not match "نشرة".
    return re.compile(rf"^(?:{_alternation(cues)})(?!\w){tail}")


@dataclass(frozen=True)
class Cues:
    boilerplate_lines: frozenset[str]
    boilerplate_prefix: re.Pattern[str]
    closing_prefix: re.Pattern[str]  # page text that ends the article: everything after it is furniture
    related_headings: frozenset[str]
    boilerplate_headings: frozenset[str]
    related_prefix: re.Pattern[str]
    source_prefix: re.Pattern[str]
    tags_prefix: re.Pattern[str]
    timestamp_prefix: re.Pattern[str]
    caption_prefix: re.Pattern[str]
    # "Breaking:", "Pic:", "عاجل:" before a block's words: not analysed (claimx.ingest)
    label_prefix: re.Pattern[str]
    photo_credit_suffix: re.Pattern[str]
    masthead_role: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    relative_age: re.Pattern[str]
    date_words: frozenset[str]
    agency: re.Pattern[str]
    agency_in_parentheses: re.Pattern[str]
    inline_tail: re.Pattern[str]


def _merged(key: str) -> list[Any]:
    merged: list[Any] = []
    for lang in languages():
        if has_resource(lang, f"{RESOURCE}.json"):
            value = load_json(lang, RESOURCE).get(key, [])
            merged.extend(value if isinstance(value, list) else [value])
    return merged


def _merged_sections(key: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    for lang in languages():
        if has_resource(lang, f"{RESOURCE}.json"):
            for kind, cues in load_json(lang, RESOURCE).get(key, {}).items():
                sections.setdefault(kind, []).extend(cues)
    return sections


@lru_cache(maxsize=1)
def cues() -> Cues:
    """All cue patterns, compiled on first use and kept."""
    colon = r"\s*[:：]"
    agencies = "|".join(_merged("agencies"))
    tails = _merged_sections("inline_tails")
    tail_groups = "|".join(f"(?P<{kind}>{_alternation(cues)})" for kind, cues in tails.items() if cues)
    headings = _merged_sections("section_headings")
    return Cues(
        boilerplate_lines=frozenset(fold(cue) for cue in _merged("boilerplate_lines")),
        boilerplate_prefix=_prefix(_merged("boilerplate_prefixes"), ""),
        closing_prefix=_prefix(_merged("closing_prefixes"), ""),
        related_headings=frozenset(fold(cue) for cue in headings.get("related", [])),
        boilerplate_headings=frozenset(fold(cue) for cue in headings.get("boilerplate", [])),
        related_prefix=_prefix(_merged("related_prefixes"), r"\s*[:：\-–—]\s*\S"),
        source_prefix=_prefix(_merged("source_prefixes"), colon),
        tags_prefix=_prefix(_merged("tags_prefixes"), colon),
        timestamp_prefix=_prefix(_merged("timestamp_prefixes"), r"\s*[:：]?"),
        caption_prefix=_prefix(_merged("caption_prefixes"), colon),
        label_prefix=_prefix(_merged("label_prefixes") + _merged("caption_prefixes"), colon + r"\s*"),
        photo_credit_suffix=re.compile(
            rf"\((?:[^()]{{0,30}}[/|,] ?)?(?:{_alternation(_merged('photo_credits'))})"
            rf"(?: ?[/|,][^()]{{0,30}})?\)\s*$"),
        masthead_role=_prefix(_merged("masthead_roles"), ""),
        byline_prefix=_prefix(_merged("byline_prefixes"), r"\s*[:：]?\s*\S"),
        relative_age=re.compile("|".join(f"(?:{pattern})" for pattern in _merged("relative_age"))),
        date_words=frozenset(fold(word) for word in _merged("date_words")),
        agency=re.compile(rf"(?<!\w)(?:{agencies})(?!\w)"),
        agency_in_parentheses=re.compile(rf"\(\s*(?:{agencies})\s*\)"),
        # After a space, or glued to Latin letters/digits ("name@mail.comللتواصل مع الكاتب").
        inline_tail=re.compile(rf"(?:(?<=\S)\s+|(?<=[a-z0-9]))(?:{tail_groups})(?!\w)"),
    )
