"""The per-language temporal lexicon (``resources/<lang>/temporal.json``) as a phrase lookup table."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from claimx.errors import LanguageError
from claimx.resources import has_resource, load_json
from claimx.temporal.textnorm import normalize_key
from claimx.temporal.tokenize import token_texts

# Lexicon sections that map a phrase to a payload, and the kind name each one gets.
_MAPPED_SECTIONS = {
    "months": "month", "hijri_months": "hijri_month", "weekdays": "weekday", "day_deictics": "deictic",
    "units": "unit", "directions": "direction", "relations": "relation", "modifiers": "modifier",
    "parts_of_day": "part_of_day", "numbers": "number", "ordinals": "ordinal", "vague": "vague",
    "ampm": "ampm", "era": "era", "month_prefix_pairs": "month_prefix",
    "relation_modifiers": "relation_modifier", "deictic_parts_of_day": "deictic_part_of_day",
    "day_ordinals": "day_ordinal",
}
# Sections that are plain phrase lists: the payload is just True.
_LISTED_SECTIONS = {
    "few": "few", "clock_cues": "clock", "ago": "ago", "future_offset": "future_offset",
    "year_cues": "year_cue", "glue": "glue", "month_cues": "month_cue", "tz": "tz", "blockers": "blocker",
    "ambiguous_months": "ambiguous_month", "night_means_eve": "night_eve",
    "quarter_letters": "quarter_letter", "directions_before": "direction_before",
    "bare_year_before": "bare_year_cue", "narrative_offsets": "narrative_offset",
}


@dataclass(frozen=True)
class Lexicon:
    lang: str
    # normalized phrase (tokens joined by one space) -> {kind: payload}
    phrases: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_tokens: int = 1
    # Arabic clitics that may be glued to the first word of a phrase (و, ف, ب, ل, ك).
    strip_clitics: bool = False
    case_sensitive_names: bool = False
    # Where a direction word stands relative to its noun: "العام الماضي" (after), "last year" (before).
    direction_after_noun: bool = False
    # Arabic "منذ ساعة" is "an hour ago": a singular unit noun after a relation counts one.
    singular_unit_means_one: bool = False

    def lookup(self, key: str) -> dict[str, Any] | None:
        return self.phrases.get(key)


def phrase_key(phrase: str) -> str:
    return " ".join(token_texts(normalize_key(phrase)))


@cache
def lexicon_for(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (cached); raises LanguageError for a language without one."""
    if not has_resource(lang, "temporal.json"):
        raise LanguageError(f"no temporal lexicon for language {lang!r}: add resources/{lang}/temporal.json")
    data = load_json(lang, "temporal")
    phrases: dict[str, dict[str, Any]] = {}
    max_tokens = 1
    for section, kind in (*_MAPPED_SECTIONS.items(), *((s, k) for s, k in _LISTED_SECTIONS.items())):
        entries = data.get(section) or {}
        items = entries.items() if isinstance(entries, dict) else ((phrase, True) for phrase in entries)
        for phrase, payload in items:
            key = phrase_key(phrase)
            if not key:
                continue
            phrases.setdefault(key, {})[kind] = payload
            max_tokens = max(max_tokens, key.count(" ") + 1)
    return Lexicon(lang=lang, phrases=phrases, max_tokens=max_tokens, strip_clitics=(lang == "ar"),
                   case_sensitive_names=(lang == "en"),
                   direction_after_noun=(data.get("direction_position") == "after"),
                   singular_unit_means_one=(lang == "ar"))
