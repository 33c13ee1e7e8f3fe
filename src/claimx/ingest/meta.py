"""Article metadata from the page text: outlet, wire credits, publication date.

Dates are read by :mod:`claimx.temporal` (``find``), never parsed here; this module only decides
which blocks to ask (timestamps, source lines, datelines) and how the answer meets the caller's
``published`` value: the caller wins on disagreement, and a date printed without a year takes the
caller's year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from claimx.ingest.cues import cues
from claimx.ingest.normalize import normalize
from claimx.records import ArticleMeta, Block, Lang, Span, TimeValue

_DATE_BEARING = ("timestamp", "source_line", "dateline")
_SOURCE_VALUE = re.compile(r"[:：]\s*(?P<value>.+)$")
_SOURCE_PARTS = re.compile(r"[^+&|،,/]+")
_TIMEX = re.compile(
    r"^(?P<year>\d{4}|XXXX)-(?P<month>\d{2})-(?P<day>\d{2})(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?")
_TIME_ONLY = re.compile(r"T(?P<hour>\d{2}):(?P<minute>\d{2})")
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|ص|م|صباحا|مساء))?", re.IGNORECASE)
# The date part of a source line starts at its first digit ("Agencies 26 August 09:23"); outlet names
# with digits are rare enough (and "24" channels keep a letter before the digits in their names).
_OUTLET_END = re.compile(r"\s\d|\s[|–—-]\s")


def _span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in " \t\u00a0:：-–—(":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0:：-–—).":
        end -= 1
    return Span(text=text[start:end], start=start, end=end) if end > start else None


def _source_line_parts(text: str, block: Block) -> list[Span]:
    """"المصدر: الميادين نت + وكالات 26 آب 09:23" -> [الميادين نت, وكالات]."""
    value = _SOURCE_VALUE.search(block.text)
    if value is None:
        return []
    begin = block.start + value.start("value")
    stop = _OUTLET_END.search(block.text, value.start("value"))
    finish = block.start + (stop.start() if stop else len(block.text))
    parts = []
    for part in _SOURCE_PARTS.finditer(text, begin, finish):
        span = _span(text, part.start(), part.end())
        if span is not None and _DIGIT.search(span.text) is None:
            parts.append(span)
    return parts


def _agency_spans(text: str, block: Block, *, parenthesized_only: bool) -> list[Span]:
    cue = cues()
    key = normalize(text, block.start, block.end, for_matching=True)
    pattern = cue.agency_in_parentheses if parenthesized_only else cue.agency
    spans = []
    for match in pattern.finditer(key.text):
        start, end = key.to_original(*match.span())
        span = _span(text, start, end)
        if span is not None:
            spans.append(span)
    return spans


def credits_and_outlet(text: str, blocks: Sequence[Block], lang: Lang) -> tuple[str | None, list[Span]]:
    """Outlet (from a source line, in the body's language when there is one) and every credit span."""
    credits: list[Span] = []
    outlets: list[tuple[Lang, str]] = []
    for block in blocks:
        if block.kind == "source_line":
            parts = _source_line_parts(text, block)
            credits.extend(parts)
            if parts:
                outlets.append((block.lang, parts[0].text))
        elif block.kind == "dateline":
            credits.extend(_agency_spans(text, block, parenthesized_only=False))
        elif block.kind in ("body", "caption", "byline"):
            credits.extend(_agency_spans(text, block, parenthesized_only=True))
    unique = {(span.start, span.end): span for span in credits}
    outlet = next((name for block_lang, name in outlets if block_lang == lang), None)
    if outlet is None and outlets:
        outlet = outlets[0][1]
    return outlet, [unique[key] for key in sorted(unique)]


def _temporal_find(text: str, lang: Lang, anchor: dt.date | dt.datetime | None) -> list[TimeValue]:
    """``claimx.temporal.find`` when it is installed; no dates otherwise (never a second parser)."""
    try:
        from claimx import temporal
        find: Any = temporal.find
    except (ImportError, AttributeError):
        return []
    try:
        found = find(text, lang, anchor)
    except Exception:
        return []
    return [value for value in found or [] if isinstance(value, TimeValue)]


def _as_moment(value: str, year: int | None) -> dt.date | dt.datetime | None:
    match = _TIMEX.match(value)
    if match is None:
        return None
    if match.group("year") == "XXXX":
        if year is None:
            return None
        chosen_year = year
    else:
        chosen_year = int(match.group("year"))
    try:
        day = dt.date(chosen_year, int(match.group("month")), int(match.group("day")))
        if match.group("hour") is None:
            return day
        return dt.datetime(day.year, day.month, day.day, int(match.group("hour")), int(match.group("minute")))
    except ValueError:
        return None


def _shifted(value: TimeValue, block: Block) -> TimeValue:
    return value.model_copy(update={"start": value.start + block.start, "end": value.end + block.start,
                                    "role": "publication"})


def _time_only(value: TimeValue) -> tuple[int, int] | None:
    """(hour, minute) when the expression is a bare clock time ("21:43"), which joins an earlier date."""
    time = _TIME_ONLY.search(value.value or "")
    if time is None or _CLOCK.fullmatch(value.text.strip()) is None:
        return None
    return int(time.group("hour")), int(time.group("minute"))


def published_in_text(blocks: Sequence[Block], published: dt.date | dt.datetime | None, lang: Lang = "ar",
                      ) -> tuple[TimeValue | None, dt.date | dt.datetime | None]:
    """The first publication date printed on the page and its value (a clock time printed later joins it)."""
    year = published.year if published is not None else None
    found: TimeValue | None = None
    moment: dt.date | dt.datetime | None = None
    for block in blocks:
        if block.kind not in _DATE_BEARING:
            continue
        block_lang: Lang = block.lang if block.lang != "other" else lang
        for value in _temporal_find(block.text, block_lang, published):
            if value.value is None:
                continue
            if found is None:
                candidate = _as_moment(value.value, year)
                if candidate is not None:
                    found, moment = _shifted(value, block), candidate
                continue
            clock = _time_only(value)
            if clock is not None and type(moment) is dt.date:
                return found, dt.datetime(moment.year, moment.month, moment.day, *clock)
        if found is not None and isinstance(moment, dt.datetime):
            break
    return found, moment


def resolve_published(printed: dt.date | dt.datetime | None, caller: dt.date | dt.datetime | None,
                      ) -> tuple[dt.date | dt.datetime | None, str | None]:
    """Caller's value wins; a disagreement on the calendar day is reported, not hidden."""
    if caller is None:
        return printed, None
    if printed is None:
        return caller, None

    def day(moment: dt.date | dt.datetime) -> dt.date:
        return moment.date() if isinstance(moment, dt.datetime) else moment

    if day(printed) != day(caller):
        return caller, (f"page text says {printed.isoformat()}, caller says {caller.isoformat()}; "
                        "kept the caller's")
    if isinstance(printed, dt.datetime) and not isinstance(caller, dt.datetime):
        return printed, None  # same day; the page adds the time of day
    return caller, None


def build_meta(text: str, blocks: Sequence[Block], published: dt.date | dt.datetime | None,
               lang: Lang) -> tuple[ArticleMeta, dt.date | dt.datetime | None]:
    outlet, credits = credits_and_outlet(text, blocks, lang)
    printed_value, printed = published_in_text(blocks, published, lang)
    resolved, disagreement = resolve_published(printed, published)
    meta = ArticleMeta(outlet=outlet, credits=credits, published_in_text=printed_value,
                       published_disagreement=disagreement)
    return meta, resolved
