"""dateparser as the last resort for expressions the rules cannot read.

Always with an explicit language, ``region='LB'`` for Arabic (Levantine month names) and the
anchor as ``RELATIVE_BASE``. Results are cached: dateparser costs milliseconds per call.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_FOUR_DIGITS = re.compile(r"\d{4}")

_DATEPARSER_GRANULARITY = {"day": "day", "month": "month", "year": "year", "week": "week"}


def parse_with_dateparser(expression: str, lang: str,
                          anchor: dt.date | dt.datetime | None) -> tuple[str, str] | None:
    """(value, granularity) from dateparser, or None. Relative readings need an anchor."""
    if len(expression) > 200:
        return None
    if anchor is not None and not isinstance(anchor, dt.datetime):
        anchor = dt.datetime(anchor.year, anchor.month, anchor.day, 12, 0)
    parsed = _parse_cached(expression, lang, anchor)
    if parsed is None or not _plausible(expression, parsed[0], anchor):
        return None
    return parsed


def _plausible(expression: str, value: str, anchor: dt.datetime | None) -> bool:
    """dateparser fills gaps from the anchor ("1990 s" -> today): keep only readings the text supports."""
    years = _FOUR_DIGITS.findall(expression)
    if years:
        return value[:4] in years
    if any(char.isdigit() for char in expression):
        return False
    return anchor is None or not value.startswith(anchor.date().isoformat())


@lru_cache(maxsize=4096)
def _parse_cached(expression: str, lang: str, anchor: dt.datetime | None) -> tuple[str, str] | None:
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # dateparser is a declared dependency; stay usable without it all the same
        return None
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = anchor.replace(tzinfo=None)
    try:
        parser = DateDataParser(languages=[lang], region="LB" if lang == "ar" else None, settings=settings)
        data = parser.get_date_data(expression)
    except Exception:  # dateparser raises many types on odd input; a fallback must never raise
        return None
    if data is None or data.date_obj is None:
        return None
    if anchor is None and data.period not in ("day", "month", "year"):
        return None
    granularity = _DATEPARSER_GRANULARITY.get(data.period or "day", "day")
    moment = data.date_obj
    if data.period == "time":
        return moment.strftime("%Y-%m-%dT%H:%M"), "minute"
    if granularity == "month":
        return moment.strftime("%Y-%m"), "month"
    if granularity == "year":
        return moment.strftime("%Y"), "year"
    return moment.date().isoformat(), "day"
