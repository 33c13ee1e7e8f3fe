"""From group features to a TIMEX3-style value, anchored to the publication date.

Conventions (documented in docs/temporal.md):
- an anchor given as a date stands for its noon, so "منذ 9 ساعات" is 03:00 that day;
- a bare weekday is the latest such day on or before the anchor (the earliest on or after for
  future tense); "الماضي/last" and "المقبل/next" make it strictly before/after;
- a month or day without a year is the latest occurrence that starts no later than one month after
  the anchor (past tense: not after the anchor; future tense: not before it);
- "ليلة السبت" is the night before Saturday (Friday night), as Arabic reckons the eve.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from claimx.temporal.calendars import (
    add_months,
    gregorian_to_hijri_year,
    hijri_to_gregorian,
    iso_week_bounds,
    month_end,
    quarter_bounds,
    umm_al_qura_available,
    valid_date,
)
from claimx.temporal.features import Features

_PM_PARTS = frozenset({"AF", "EV"})
# Without tense, a month or day up to this many months ahead is read as upcoming ("في سبتمبر" in
# late August), anything later as past ("in December" in August means last December).
_FORWARD_MONTHS = 2
_PAST_RELATIONS = frozenset({"since"})
_VAGUE_SPAN_DAYS = {"day": (7, 1), "week": (42, 7), "month": (180, 28), "year": (1825, 365), "hour": (0, 0)}


@dataclass
class Resolution:
    value: str | None = None
    granularity: str = "unknown"
    interval_start: dt.date | None = None
    interval_end: dt.date | None = None
    modifier: str | None = None
    relation: str | None = None
    vague: bool = False
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Anchor:
    moment: dt.datetime | None
    tense: str | None

    @property
    def day(self) -> dt.date | None:
        return self.moment.date() if self.moment else None


def to_anchor(anchor: dt.date | dt.datetime | None, tense: str | None) -> Anchor:
    if anchor is None:
        return Anchor(None, tense)
    if isinstance(anchor, dt.datetime):
        return Anchor(anchor.replace(tzinfo=None), tense)
    return Anchor(dt.datetime(anchor.year, anchor.month, anchor.day, 12, 0), tense)


def resolve(features: Features, anchor: Anchor) -> Resolution | None:
    """The normalized value of a group, or None when the group is not a temporal expression."""
    result = Resolution(relation=features.relation, modifier=features.modifier)
    base = _explicit_date(features, anchor, result)
    if base is None and result.granularity == "unknown":
        base = _relative_day(features, anchor, result)
    if base is None and features.clock is None:
        return _period_or_offset(features, anchor, result)
    if features.clock is not None and not _clock_is_plausible(features, base):
        if base is None:
            return _period_or_offset(features, anchor, result)
    elif features.clock is not None:
        return _with_clock(features, anchor, base, result)
    return result if result.granularity != "unknown" or result.value or result.interval_start else None


# --- explicit calendar dates ------------------------------------------------------------------

def _explicit_date(features: Features, anchor: Anchor, result: Resolution) -> dt.date | None:
    """Numeric dates, month-name dates, Hijri dates, quarters and years. Fills ``result``."""
    if features.numeric_date is not None:
        day = _numeric_date(features, result)
        if day is not None:
            _set_day(result, day)
            _check_weekday(features, day, result)
            return day
    if features.hijri_month is not None:
        return _hijri_date(features, anchor, result)
    if features.month is not None:
        return _month_date(features, anchor, result)
    if features.quarter is not None:
        _quarter(features, anchor, result)
        return None
    if features.decade is not None:
        result.value, result.granularity = f"{features.decade:03d}", "decade"
        result.interval_start = dt.date(features.decade * 10, 1, 1)
        result.interval_end = dt.date(features.decade * 10 + 9, 12, 31)
        return None
    if features.year is not None and (features.year_cue or features.era or features.modifier
                                      or features.relation or len(_units_named(features, "year")) > 0):
        _set_year(result, features.year, features.modifier)
        return None
    return None


def _numeric_date(features: Features, result: Resolution) -> dt.date | None:
    assert features.numeric_date is not None
    first, second, third = features.numeric_date
    hijri = features.era == "AH"
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif len(third) in (2, 4):
        year = int(third) if len(third) == 4 else 2000 + int(third)
        day, month = int(first), int(second)
        if month > 12 and day <= 12:  # month/day/year, as US pages write it
            day, month = month, day
            result.warnings.append("month_first_numeric_date")
    else:
        return None
    if hijri or 1300 <= year <= 1500:
        converted = hijri_to_gregorian(year, month, day)
        if converted is not None:
            result.warnings.append(_hijri_warning())
            converted = _agree_with_weekday(converted, features.weekday, result)
        return converted
    return valid_date(year, month, day)


def _hijri_date(features: Features, anchor: Anchor, result: Resolution) -> dt.date | None:
    assert features.hijri_month is not None
    year = features.year
    if year is None:
        if anchor.day is None:
            return None
        year = gregorian_to_hijri_year(anchor.day)
        result.warnings.append("hijri_year_from_anchor")
    result.warnings.append(_hijri_warning())
    if features.day is None:
        start = hijri_to_gregorian(year, features.hijri_month, 1)
        following_year, following_month = divmod(year * 12 + features.hijri_month, 12)
        end = hijri_to_gregorian(following_year, following_month + 1, 1)
        if start is None or end is None:
            return None
        result.granularity = "month"
        result.interval_start, result.interval_end = start, end - dt.timedelta(days=1)
        return None
    day = hijri_to_gregorian(year, features.hijri_month, features.day)
    if day is not None:
        day = _agree_with_weekday(day, features.weekday, result)
        _set_day(result, day)
        _check_weekday(features, day, result)
    return day


def _agree_with_weekday(day: dt.date, weekday: int | None, result: Resolution) -> dt.date:
    """Hijri calendars differ by a day (sighting vs tables): a stated weekday one day off settles it."""
    if weekday is None or day.weekday() == weekday:
        return day
    for shift in (-1, 1):
        moved = day + dt.timedelta(days=shift)
        if moved.weekday() == weekday:
            result.warnings.append("hijri_day_set_by_weekday")
            return moved
    return day


def _hijri_warning() -> str:
    return "hijri_umm_al_qura" if umm_al_qura_available() else "hijri_tabular_calendar"


def _month_date(features: Features, anchor: Anchor, result: Resolution) -> dt.date | None:
    assert features.month is not None
    month = features.month
    year = features.year
    if year is None:
        year = _year_from_relative_units(features, anchor)
    if year is None and anchor.day is not None:
        year = _infer_year(month, features.day, features.month_direction, features.relation, anchor)
    if features.day is not None:
        if year is None:
            result.value = f"XXXX-{month:02d}-{features.day:02d}"
            result.granularity = "day"
            return None
        day = valid_date(year, month, features.day)
        if day is None:
            return None
        _set_day(result, day)
        _check_weekday(features, day, result)
        return day
    if year is None:
        result.value = f"XXXX-{month:02d}"
        result.granularity = "month"
        return None
    _set_month(result, year, month, features.modifier, anchor)
    return None


def _year_from_relative_units(features: Features, anchor: Anchor) -> int | None:
    """The year of "يونيو من العام الماضي" / "June last year" / "this year"."""
    for unit, _count, direction in features.units:
        if unit == "year" and direction is not None and anchor.day is not None:
            return anchor.day.year + direction
    return None


def _infer_year(month: int, day: int | None, direction: int | None, relation: str | None,
                anchor: Anchor) -> int:
    assert anchor.day is not None
    today = anchor.day
    current = today.year * 12 + today.month - 1
    candidates = [(year, year * 12 + month - 1) for year in (today.year - 1, today.year, today.year + 1)]
    if direction == -1:
        return max(year for year, index in candidates if index < current)
    if direction == 1:
        return min(year for year, index in candidates if index > current)
    tense = anchor.tense
    if relation in _PAST_RELATIONS:
        tense = "past"
    if day is not None:
        dates = [(year, valid_date(year, month, min(day, 28 if month == 2 else day))) for year in
                 (today.year - 1, today.year, today.year + 1)]
        known = [(year, date) for year, date in dates if date is not None]
        if tense == "future":
            return min(year for year, date in known if date >= today)
        latest = today if tense == "past" else today + dt.timedelta(days=31 * _FORWARD_MONTHS)
        return max(year for year, date in known if date <= latest)
    if tense == "future":
        return min(year for year, index in candidates if index >= current)
    latest_index = current if tense == "past" else current + _FORWARD_MONTHS
    return max(year for year, index in candidates if index <= latest_index)


def _quarter(features: Features, anchor: Anchor, result: Resolution) -> None:
    assert features.quarter is not None
    quarter = features.quarter
    year = features.year or _year_from_relative_units(features, anchor)
    if quarter == 0:  # "الربع الماضي" / "last quarter"
        if anchor.day is None:
            return
        index = anchor.day.year * 4 + (anchor.day.month - 1) // 3 + (features.quarter_direction or 0)
        year, quarter = index // 4, index % 4 + 1
    if year is None:
        if anchor.day is None:
            return
        year = _infer_quarter_year(quarter, anchor)
    start, end = quarter_bounds(year, quarter)
    result.value, result.granularity = f"{year}-Q{quarter}", "quarter"
    result.interval_start, result.interval_end = start, end


def _infer_quarter_year(quarter: int, anchor: Anchor) -> int:
    """"fourth quarter earnings" in February: the last such quarter begun (the next one if future)."""
    assert anchor.day is not None
    today = anchor.day
    if anchor.tense == "future":
        return today.year if quarter_bounds(today.year, quarter)[1] >= today else today.year + 1
    return today.year if quarter_bounds(today.year, quarter)[0] <= today else today.year - 1


def _units_named(features: Features, name: str) -> list[tuple[str, int | None, int | None]]:
    return [unit for unit in features.units if unit[0] == name]


# --- deictic days and weekdays ---------------------------------------------------------------

def _relative_day(features: Features, anchor: Anchor, result: Resolution) -> dt.date | None:
    if features.deictic is not None:
        if anchor.day is None:
            result.warnings.append("relative_without_anchor")
            result.granularity = "day"
            return None
        day = anchor.day + dt.timedelta(days=features.deictic)
        if features.weekday is not None and day.weekday() != features.weekday:
            # "اليوم الاثنين" in a page dated Tuesday: the anchor (often a crawl or UTC date) is the
            # likelier error, so the named weekday nearest to the deictic day wins, with a warning.
            result.warnings.append("weekday_disagrees_with_deictic")
            day = _nearest_weekday(day, features.weekday)
        _set_day(result, day, features.part_of_day or features.deictic_part_of_day)
        return day
    if features.weekday is not None:
        if anchor.day is None:
            result.warnings.append("relative_without_anchor")
            result.granularity = "day"
            return None
        day = _weekday_date(features.weekday, features.weekday_direction, anchor)
        if features.night_means_eve:
            day -= dt.timedelta(days=1)
        _set_day(result, day, features.part_of_day)
        return day
    return None


def _nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    back = (day.weekday() - weekday) % 7
    ahead = (weekday - day.weekday()) % 7
    return day - dt.timedelta(days=back) if back <= ahead else day + dt.timedelta(days=ahead)


def _weekday_date(weekday: int, direction: int | None, anchor: Anchor) -> dt.date:
    assert anchor.day is not None
    today = anchor.day
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    if direction == -1:
        return today - dt.timedelta(days=back or 7)
    if direction == 1:
        return today + dt.timedelta(days=ahead or 7)
    if anchor.tense == "future":
        return today + dt.timedelta(days=ahead)
    return today - dt.timedelta(days=back)


def _check_weekday(features: Features, day: dt.date, result: Resolution) -> None:
    if features.weekday is not None and day.weekday() != features.weekday:
        result.warnings.append("weekday_disagrees_with_date")


# --- clock times -----------------------------------------------------------------------------

def _clock_is_plausible(features: Features, base: dt.date | None) -> bool:
    """A dotted "10.15" is a time only next to a date, a time zone or am/pm; otherwise a decimal."""
    if not features.clock_is_dotted:
        return True
    return base is not None or features.timezone or features.ampm is not None


def _with_clock(features: Features, anchor: Anchor, base: dt.date | None, result: Resolution) -> Resolution:
    assert features.clock is not None
    hour, minute = features.clock
    part = features.part_of_day or features.deictic_part_of_day
    if features.ampm == "pm" or (features.ampm is None and part in _PM_PARTS) or \
            (features.ampm is None and part == "NI" and hour >= 6):
        if hour < 12:
            hour += 12
    elif features.ampm == "am" and hour == 12:
        hour = 0
    day = base or anchor.day
    if day is None:
        result.value = f"XXXX-XX-XXT{hour:02d}:{minute:02d}"
        result.granularity = "minute"
        result.warnings.append("relative_without_anchor")
        return result
    result.value = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    result.granularity = "hour" if features.hour_only else "minute"
    result.interval_start = result.interval_end = day
    return result


# --- periods, offsets, durations and vague references ----------------------------------------

def _period_or_offset(features: Features, anchor: Anchor, result: Resolution) -> Resolution | None:
    for position, (unit, count, direction) in enumerate(features.units):
        counted = position in features.counted_units
        if count is not None and counted and (direction is None or count > 1) and unit != "quarter":
            resolved = _offset(unit, count, direction, features, anchor, result)
            if resolved is not None:
                return resolved
        if direction is not None and count is None:
            return _vague_span(unit, direction, anchor, result)
        if direction is not None:
            return _relative_period(unit, direction, features, anchor, result)
    if _plural_unit_with_signal(features):
        unit = features.units[0][0]
        return _vague_span(unit, -1 if _points_back(features) else 1, anchor, result)
    if features.vague_ref is not None:
        result.value = features.vague_ref
        result.granularity = "reference"
        result.vague = True
        if features.vague_ref in ("PAST_REF", "FUTURE_REF") and features.modifier in ("earlier", "later"):
            result.modifier = features.modifier
        return result
    if result.granularity != "unknown":
        return result
    return None


def _plural_unit_with_signal(features: Features) -> bool:
    return bool(features.units) and (features.units[0][1] is None or 0 not in features.counted_units) and (
        features.relation in ("before", "since", "during", "after") or features.ago or features.in_cue)


def _points_back(features: Features) -> bool:
    if features.ago or features.relation in ("before", "since"):
        return True
    return False


def _offset(unit: str, count: int, direction: int | None, features: Features, anchor: Anchor,
            result: Resolution) -> Resolution | None:
    """"قبل 3 أيام" / "two weeks ago" (points), "خلال 3 أيام" / "the past 3 days" (durations)."""
    if direction is not None and count > 1:  # "the past three days", "السنوات العشر الماضية"
        return _duration(unit, count, direction, anchor, result)
    if features.ago or features.relation in ("before", "since"):
        sign = -1
    elif features.future_offset or features.relation == "after" or features.in_cue:
        sign = 1
    elif features.relation == "during":
        return _duration(unit, count, 1, anchor, result)
    else:
        return None
    result.relation = None
    if features.narrative_offset:  # "two years later": counted from a time in the story, not the anchor
        result.warnings.append("offset_may_be_from_narrative_time")
    if anchor.moment is None:
        result.warnings.append("relative_without_anchor")
        result.granularity = "hour" if unit in ("hour", "minute") else unit
        return result
    moment = _shift(anchor.moment, unit, sign * count)
    if moment is None:
        return None
    if unit in ("hour", "minute"):
        result.value = moment.strftime("%Y-%m-%dT%H:%M")
        result.granularity = unit
        result.interval_start = result.interval_end = moment.date()
    elif unit == "year":
        _set_year(result, moment.year, None)
    elif unit == "month":
        _set_month(result, moment.year, moment.month, None, anchor)
    else:
        _set_day(result, moment.date())
    return result


def _shift(moment: dt.datetime, unit: str, amount: int) -> dt.datetime | None:
    try:
        if unit in ("day", "week", "fortnight", "hour", "minute"):
            days = {"day": 1, "week": 7, "fortnight": 14}.get(unit, 0) * amount
            hours = amount if unit == "hour" else 0
            minutes = amount if unit == "minute" else 0
            return moment + dt.timedelta(days=days, hours=hours, minutes=minutes)
        months = amount * {"month": 1, "year": 12, "decade": 120, "quarter": 3}[unit]
        year, month = add_months(moment.year, moment.month, months)
        day = min(moment.day, month_end(year, month).day)
        return moment.replace(year=year, month=month, day=day)
    except (KeyError, ValueError, OverflowError):
        return None


def _duration(unit: str, count: int, direction: int, anchor: Anchor, result: Resolution) -> Resolution:
    letter = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "hour": "H", "minute": "M",
              "fortnight": "W", "quarter": "Q"}.get(unit, "D")
    amount = count * 2 if unit == "fortnight" else count
    result.value = f"PT{amount}{letter}" if unit in ("hour", "minute") else f"P{amount}{letter}"
    result.granularity = "hour" if unit in ("hour", "minute") else (unit if unit != "fortnight" else "week")
    result.relation = result.relation or "during"
    if anchor.moment is not None:
        other = _shift(anchor.moment, unit, count * (1 if direction >= 0 else -1))
        if other is not None:
            start, end = sorted((anchor.moment.date(), other.date()))
            result.interval_start, result.interval_end = start, end
    return result


def _vague_span(unit: str, direction: int, anchor: Anchor, result: Resolution) -> Resolution:
    """"قبل أيام" / "a few days ago": a vague stretch before (or after) the anchor."""
    result.vague = True
    result.value = "PAST_REF" if direction < 0 else ("PRESENT_REF" if direction == 0 else "FUTURE_REF")
    result.granularity = "reference"
    result.relation = None if result.relation in ("before", "since", "after") else result.relation
    far, near = _VAGUE_SPAN_DAYS.get(unit, (0, 0))
    if anchor.day is not None and far:
        if direction < 0:
            result.interval_start = anchor.day - dt.timedelta(days=far)
            result.interval_end = anchor.day - dt.timedelta(days=near)
        elif direction > 0:
            result.interval_start = anchor.day + dt.timedelta(days=near)
            result.interval_end = anchor.day + dt.timedelta(days=far)
    return result


def _relative_period(unit: str, direction: int, features: Features, anchor: Anchor,
                     result: Resolution) -> Resolution | None:
    """"العام الماضي", "next month", "هذا الأسبوع", "اليوم" as a unit..."""
    if anchor.day is None:
        result.warnings.append("relative_without_anchor")
        result.granularity = unit if unit in ("day", "week", "month", "year", "decade") else "unknown"
        return result
    today = anchor.day
    if unit == "year":
        _set_year(result, today.year + direction, features.modifier, anchor)
    elif unit == "month":
        year, month = add_months(today.year, today.month, direction)
        _set_month(result, year, month, features.modifier, anchor)
    elif unit == "week":
        start, end = iso_week_bounds(today + dt.timedelta(days=7 * direction))
        iso_year, iso_week, _ = start.isocalendar()
        result.value, result.granularity = f"{iso_year}-W{iso_week:02d}", "week"
        result.interval_start, result.interval_end = start, end
        _apply_modifier(result, start, end, features.modifier, anchor)
    elif unit == "day":
        _set_day(result, today + dt.timedelta(days=direction))
    elif unit == "decade":
        decade = today.year // 10 + direction
        result.value, result.granularity = f"{decade:03d}", "decade"
        result.interval_start = dt.date(decade * 10, 1, 1)
        result.interval_end = dt.date(decade * 10 + 9, 12, 31)
    else:
        return None
    return result


# --- setting values --------------------------------------------------------------------------

def _set_day(result: Resolution, day: dt.date, part_of_day: str | None = None) -> None:
    result.value = day.isoformat() if part_of_day is None else f"{day.isoformat()}T{part_of_day}"
    result.granularity = "day" if part_of_day is None else "part_of_day"
    result.interval_start = result.interval_end = day


def _set_month(result: Resolution, year: int, month: int, modifier: str | None, anchor: Anchor) -> None:
    result.value, result.granularity = f"{year:04d}-{month:02d}", "month"
    start, end = dt.date(year, month, 1), month_end(year, month)
    result.interval_start, result.interval_end = start, end
    _apply_modifier(result, start, end, modifier, anchor)


def _set_year(result: Resolution, year: int, modifier: str | None, anchor: Anchor | None = None) -> None:
    result.value, result.granularity = f"{year:04d}", "year"
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    result.interval_start, result.interval_end = start, end
    _apply_modifier(result, start, end, modifier, anchor)


def _apply_modifier(result: Resolution, start: dt.date, end: dt.date, modifier: str | None,
                    anchor: Anchor | None) -> None:
    """Narrow the interval: early/mid/late thirds; earlier/later = before/after the anchor within it."""
    if modifier is None:
        return
    result.modifier = modifier
    length = (end - start).days + 1
    third = length // 3
    if modifier == "early":
        result.interval_end = start + dt.timedelta(days=third - 1)
    elif modifier == "mid":
        result.interval_start = start + dt.timedelta(days=third)
        result.interval_end = end - dt.timedelta(days=third)
    elif modifier == "late":
        result.interval_start = end - dt.timedelta(days=third - 1)
    elif modifier in ("earlier", "later") and anchor is not None and anchor.day is not None \
            and start <= anchor.day <= end:
        if modifier == "earlier":
            result.interval_end = max(start, anchor.day - dt.timedelta(days=1))
        else:
            result.interval_start = min(end, anchor.day + dt.timedelta(days=1))
