"""Calendar arithmetic: weeks, quarters, month lengths and the tabular Hijri calendar."""

from __future__ import annotations

import calendar
import datetime as dt

# Julian day number of 1 Muharram AH 1 in the civil (Friday-epoch) tabular Islamic calendar.
_HIJRI_EPOCH_JDN = 1948440
_JDN_OF_ORDINAL_ZERO = 1721425


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def iso_week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first_month = 3 * (quarter - 1) + 1
    return dt.date(year, first_month, 1), month_end(year, first_month + 2)


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Hijri to Gregorian: Umm al-Qura (the Saudi civil calendar) when the optional ``hijridate``
    package is installed and the date is in its range (1343-1500 AH), else the tabular calendar.
    """
    official = umm_al_qura_to_gregorian(year, month, day)
    return official if official is not None else tabular_hijri_to_gregorian(year, month, day)


def umm_al_qura_available() -> bool:
    try:
        import hijridate  # noqa: F401
    except ImportError:
        return False
    return True


def umm_al_qura_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        from hijridate import Hijri
    except ImportError:
        return None
    try:
        converted = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):  # out of the table's range, or day 30 of a 29-day month
        return None
    return dt.date(converted.year, converted.month, converted.day)


def tabular_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Tabular (arithmetic) Hijri calendar; matches Umm al-Qura to within a day or two."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= 2000):
        return None
    jdn = (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + _HIJRI_EPOCH_JDN - 385
    try:
        return dt.date.fromordinal(jdn - _JDN_OF_ORDINAL_ZERO)
    except (ValueError, OverflowError):
        return None


def gregorian_to_hijri_year(day: dt.date) -> int:
    """The Hijri year (tabular) that contains ``day``."""
    approximate = int((day.year - 622) * 33 / 32) + 1
    for year in (approximate + 1, approximate, approximate - 1, approximate - 2):
        start = tabular_hijri_to_gregorian(year, 1, 1)
        if start is not None and start <= day:
            return year
    return approximate


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
