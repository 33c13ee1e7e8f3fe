"""Temporal expressions in Arabic and English news, normalized against the publication date.

``find`` locates expressions in a text (character offsets index that text) and ``normalize``
reads one expression. Both return :class:`claimx.records.TimeValue` records with TIMEX3-style
values ("2023-08-26", "2023-08", "2022", "2023-W34", "2023-Q2", "2023-08-26T09:23",
"2023-08-24TEV", "P3D", "PAST_REF"). Neither raises on odd input: anything unreadable simply
yields no expression. See docs/temporal.md for the conventions.
"""

from __future__ import annotations

import datetime as dt

from claimx.errors import InputError
from claimx.records import TimeValue
from claimx.temporal.fallback import parse_with_dateparser
from claimx.temporal.features import extract_features
from claimx.temporal.lexicon import lexicon_for, phrase_key
from claimx.temporal.resolve import Resolution, resolve, to_anchor
from claimx.temporal.scan import group_items, scan

_TENSES = (None, "past", "future")
# Longer inputs are cut: a sentence never needs more, and find() must stay fast on any input.
MAX_TEXT_CHARS = 200_000


def find(text: str, lang: str, anchor: dt.date | dt.datetime | None, *,
         tense: str | None = None) -> list[TimeValue]:
    """Temporal expressions in ``text`` (``lang`` "ar" or "en"), normalized against ``anchor``.

    ``tense`` ("past" | "future" | None) is the tense of the governing verb: it decides whether a
    bare weekday or month points back or ahead. With ``anchor`` None relative expressions get no
    value (or a reference value such as PAST_REF) and absolute ones still normalize.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    lexicon = lexicon_for(_checked_lang(lang))
    checked_anchor = to_anchor(_checked_anchor(anchor), tense if tense in _TENSES else None)
    items = scan(text[:MAX_TEXT_CHARS], lexicon)
    found: list[TimeValue] = []
    for first, stop in group_items(items, lexicon):
        group = items[first:stop]
        before = items[first - 1] if first > 0 else None
        resolution = resolve(extract_features(group, before, lexicon), checked_anchor)
        if resolution is None:
            continue
        start, end = group[0].start, group[-1].end
        found.append(_time_value(text[start:end], start, end, resolution))
    return found


def normalize(expression: str, lang: str, anchor: dt.date | dt.datetime | None, *,
              tense: str | None = None) -> TimeValue | None:
    """The one temporal expression ``expression`` stands for, or None.

    When several pieces are found the longest wins. Expressions the rules cannot read go to
    dateparser (explicit language, ``region='LB'`` for Arabic, ``RELATIVE_BASE`` = anchor).
    """
    found = find(expression, lang, anchor, tense=tense)
    if found:
        return max(found, key=lambda value: value.end - value.start)
    if not isinstance(expression, str) or not expression.strip():
        return None
    parsed = parse_with_dateparser(expression.strip(), lang, _checked_anchor(anchor))
    if parsed is None:
        return None
    value, granularity = parsed
    start = expression.index(expression.strip())
    return TimeValue(text=expression.strip(), start=start, end=start + len(expression.strip()),
                     value=value, granularity=granularity, warnings=["dateparser_fallback"])


def is_modifier(word: str, lang: str) -> bool:
    """Whether ``word`` is a date modifier ("early", "مطلع"), a word with an ordinary reading too
    ("مصدر مطلع": an informed source)."""
    kinds = lexicon_for(_checked_lang(lang)).lookup(phrase_key(word))
    return kinds is not None and "modifier" in kinds


def _time_value(text: str, start: int, end: int, resolution: Resolution) -> TimeValue:
    return TimeValue(
        text=text, start=start, end=end, value=resolution.value,
        granularity=resolution.granularity,
        interval_start=resolution.interval_start, interval_end=resolution.interval_end,
        modifier=resolution.modifier,
        relation=resolution.relation,
        vague=resolution.vague, warnings=list(dict.fromkeys(resolution.warnings)),
    )


def _checked_lang(lang: str) -> str:
    if lang not in ("ar", "en"):
        from claimx.errors import LanguageError
        raise LanguageError(f"temporal expressions are supported for 'ar' and 'en', not {lang!r}")
    return lang


def _checked_anchor(anchor: object) -> dt.date | dt.datetime | None:
    if anchor is None or isinstance(anchor, (dt.date, dt.datetime)):
        return anchor
    raise InputError(f"anchor must be a date, a datetime or None, not {type(anchor).__name__}")


__all__ = ["find", "is_modifier", "normalize"]
