"""What a candidate group says: its date parts, deictics, units, directions, relation and modifier.

Directions ("الماضي", "last") attach to their noun: after it in Arabic, before it in English.
Numbers get one role each: the 2 of "تشرين 2", a quarter number, a clock hour, a unit count, a
day of the month, or a year.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimx.temporal.lexicon import Lexicon
from claimx.temporal.scan import Item

_NOUN_KINDS = ("unit", "month", "weekday", "hijri_month")


@dataclass
class Features:
    relation: str | None = None
    modifier: str | None = None
    deictic: int | None = None
    deictic_part_of_day: str | None = None
    weekday: int | None = None
    weekday_direction: int | None = None
    part_of_day: str | None = None
    night_means_eve: bool = False
    month: int | None = None
    month_direction: int | None = None
    hijri_month: int | None = None
    day: int | None = None
    year: int | None = None
    era: str | None = None
    ampm: str | None = None
    vague_ref: str | None = None
    few: bool = False
    ago: bool = False
    future_offset: bool = False
    in_cue: bool = False
    quarter: int | None = None
    quarter_direction: int | None = None
    # (unit, count or None, direction or None)
    units: list[tuple[str, int | None, int | None]] = field(default_factory=list)
    # Positions in ``units`` whose count was said ("3 أيام", "two weeks", "يومين", "منذ ساعة").
    counted_units: set[int] = field(default_factory=set)
    decade: int | None = None
    narrative_offset: bool = False
    clock: tuple[int, int] | None = None
    clock_is_dotted: bool = False
    hour_only: bool = False
    numeric_date: tuple[str, str, str] | None = None
    timezone: bool = False
    year_cue: bool = False
    month_cue: bool = False


def _direction_targets(items: list[Item], lexicon: Lexicon) -> dict[int, int]:
    """Index of the noun each direction word qualifies -> the direction (-1, 0, +1)."""
    targets: dict[int, int] = {}
    for index, item in enumerate(items):
        if "direction" not in item.kinds:
            continue
        direction = int(item.kinds["direction"])
        after_noun = lexicon.direction_after_noun and "direction_before" not in item.kinds
        candidates = range(index - 1, -1, -1) if after_noun else range(index + 1, len(items))
        for other in candidates:
            if any(kind in items[other].kinds for kind in _NOUN_KINDS):
                targets.setdefault(other, direction)
                break
            if not items[other].is_glue_only and "number" not in items[other].kinds and \
                    items[other].integer is None and "few" not in items[other].kinds:
                break
    return targets


def extract_features(items: list[Item], before: Item | None, lexicon: Lexicon) -> Features:
    features = Features()
    if before is not None and not before.breaker:
        features.year_cue = "year_cue" in before.kinds
        features.month_cue = "month_cue" in before.kinds
        features.in_cue = before.norm in ("in", "خلال")
    directions = _direction_targets(items, lexicon)
    used_numbers: set[int] = set()
    _assign_numbers(items, features, used_numbers, before)
    for index, item in enumerate(items):
        kinds = item.kinds
        if "glue" in kinds and index == 0 and item.norm == "in":
            features.in_cue = True
        if "year_cue" in kinds:
            features.year_cue = True
        if "month_cue" in kinds:
            features.month_cue = True
        if "relation" in kinds and features.relation is None:
            features.relation = str(kinds["relation"])
            if "relation_modifier" in kinds:
                features.modifier = str(kinds["relation_modifier"])
        if "modifier" in kinds and features.modifier is None and "relation" not in kinds:
            if not ("unit" in kinds or "month" in kinds):
                features.modifier = str(kinds["modifier"])
        if "deictic" in kinds and features.deictic is None:
            features.deictic = int(kinds["deictic"])
            if "deictic_part_of_day" in kinds:
                features.deictic_part_of_day = str(kinds["deictic_part_of_day"])
        if "weekday" in kinds and features.weekday is None:
            features.weekday = int(kinds["weekday"])
            features.weekday_direction = directions.get(index)
        if "part_of_day" in kinds and features.part_of_day is None and "deictic" not in kinds:
            features.part_of_day = str(kinds["part_of_day"])
            features.night_means_eve = "night_eve" in kinds
        if "month" in kinds and features.month is None and not (
                _unsupported_ambiguous_month(items, index) and not (index == 0 and features.month_cue)):
            features.month = int(kinds["month"])
            features.month_direction = directions.get(index)
        if "hijri_month" in kinds and features.hijri_month is None and _hijri_month_supported(items, index):
            features.hijri_month = int(kinds["hijri_month"])
        if "unit" in kinds:
            unit, count = kinds["unit"]
            if unit == "quarter" and features.quarter is None:
                features.quarter_direction = directions.get(index)
                ordinal = _next_ordinal(items, index)
                if ordinal is not None:
                    features.quarter = ordinal
                elif features.quarter_direction is not None:
                    features.quarter = 0
                continue
            said = _count_before(items, index, used_numbers, count)
            if said is not None or count == 2 or (
                    count == 1 and lexicon.singular_unit_means_one and index > 0
                    and "relation" in items[index - 1].kinds):
                features.counted_units.add(len(features.units))
            features.units.append((str(unit), said if said is not None else count, directions.get(index)))
        if "era" in kinds and "ampm" not in kinds:
            features.era = str(kinds["era"])
        if "ampm" in kinds and features.clock is not None and features.ampm is None:
            features.ampm = str(kinds["ampm"])
        if "vague" in kinds and features.vague_ref is None:
            features.vague_ref = str(kinds["vague"])
        if "few" in kinds:
            features.few = True
        if "ago" in kinds and index > 0:
            features.ago = True
        if "future_offset" in kinds and index > 0:
            features.future_offset = True
        if "narrative_offset" in kinds and index > 0:
            features.narrative_offset = True
        if "tz" in kinds:
            features.timezone = True
        if item.clock is not None and features.clock is None:
            features.clock = item.clock
        if item.dotted_clock is not None and features.clock is None:
            features.clock = item.dotted_clock
            features.clock_is_dotted = True
        if item.numeric_date is not None and features.numeric_date is None:
            features.numeric_date = item.numeric_date
    # "م" after a year is the Gregorian era; after a clock time it is p.m.
    _settle_era_and_ampm(items, features)
    _default_to_current_period(features)
    _assign_day_ordinal(items, features)
    return features


def _next_ordinal(items: list[Item], index: int) -> int | None:
    for other in (index + 1, index - 1):
        if 0 <= other < len(items) and "ordinal" in items[other].kinds:
            return int(items[other].kinds["ordinal"])
    return None


def _count_before(items: list[Item], index: int, used: set[int], lexical_count: int | None) -> int | None:
    """The count of a unit: "3 أيام", "ثلاثة أيام", "two weeks"; "يومين" carries its own (2)."""
    for other in (index - 1, index - 2):
        if other < 0:
            break
        item = items[other]
        if item.integer is not None and other not in used:
            used.add(other)
            return item.integer
        if "number" in item.kinds and "ordinal" not in item.kinds:
            if item.norm in ("a", "an"):  # "a year ago" counts one; "a" before a plural does not
                return 1 if lexical_count == 1 else None
            return int(item.kinds["number"])
        if "few" in item.kinds:
            return None
        if not item.is_glue_only:
            break
    # "السنوات العشر الماضية": the count after the unit (Arabic).
    if index + 1 < len(items) and "number" in items[index + 1].kinds:
        return int(items[index + 1].kinds["number"])
    return None


def _assign_numbers(items: list[Item], features: Features, used: set[int], before: Item | None) -> None:
    """Give each integer one role: month (تشرين 2), quarter (Q2), hour, day, year."""
    for index, item in enumerate(items):
        if item.integer is None:
            continue
        previous = items[index - 1] if index > 0 else before
        following = items[index + 1] if index + 1 < len(items) else None
        if previous is not None and "month_prefix" in previous.kinds:
            month = previous.kinds["month_prefix"].get(str(item.integer))
            if month is not None and features.month is None:
                features.month = int(month)
                used.add(index)
                continue
        if previous is not None and "quarter_letter" in previous.kinds and 1 <= item.integer <= 4:
            features.quarter = item.integer
            used.add(index)
            continue
        if previous is not None and "clock" in previous.kinds and item.integer <= 24 and (
                (following is not None and ("ampm" in following.kinds or "part_of_day" in following.kinds))
                or previous.norm != "at"):
            if following is None or "unit" not in following.kinds:
                features.clock = (item.integer % 24, 0)
                features.hour_only = True
                used.add(index)
                continue
        if following is not None and "ampm" in following.kinds and "era" not in following.kinds \
                and item.integer <= 12:
            features.clock = (item.integer, 0)
            features.hour_only = True
            features.ampm = str(following.kinds["ampm"])
            used.add(index)
            continue
        if item.decade_suffix:
            features.decade = item.integer // 10  # "the 1960s"
            used.add(index)
            continue
        if _is_year(item, following):
            if previous is not None and "bare_year_cue" in previous.kinds:
                features.year_cue = True  # "a 2014 study", "بين 2010 و2012", "(2015)"
            if features.year is None:
                features.year = item.integer
                used.add(index)
            continue
        if 1 <= item.integer <= 31 and features.day is None and _next_to_month(items, index):
            features.day = item.integer
            used.add(index)


def _assign_day_ordinal(items: list[Item], features: Features) -> None:
    """"الثالث من سبتمبر", "السابع والعشرين من يونيو": an ordinal before a month is its day."""
    if features.day is not None or features.month is None:
        return
    for index, item in enumerate(items):
        if "day_ordinal" not in item.kinds:
            continue
        day = int(item.kinds["day_ordinal"])
        following = index + 1
        if following < len(items) and "day_ordinal" in items[following].kinds and \
                int(items[following].kinds["day_ordinal"]) in (20, 30) and day < 10:
            day += int(items[following].kinds["day_ordinal"])
            following += 1
        while following < len(items) and items[following].is_glue_only:
            following += 1
        if following < len(items) and "month" in items[following].kinds and 1 <= day <= 31:
            features.day = day
            return


def _is_year(item: Item, following: Item | None) -> bool:
    assert item.integer is not None
    if following is not None and "era" in following.kinds and "ampm" not in following.kinds:
        return item.digits >= 3
    if following is not None and "era" in following.kinds:  # "2023م" (era) vs "9 م" (p.m.)
        return item.digits == 4
    return item.digits == 4 and 1000 <= item.integer <= 2999


def _next_to_month(items: list[Item], index: int) -> bool:
    """A month name next to the number, with at most glue between ("26 آب", "Aug. 26", "26th of Aug")."""
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(items) and abs(other - index) <= 3:
            kinds = items[other].kinds
            if "month" in kinds or "hijri_month" in kinds or "month_prefix" in kinds:
                return True
            if not items[other].is_glue_only:
                break
            other += step
    return False


def _settle_era_and_ampm(items: list[Item], features: Features) -> None:
    for index, item in enumerate(items):
        if "era" in item.kinds and "ampm" in item.kinds:
            previous = items[index - 1] if index > 0 else None
            if previous is not None and (previous.clock is not None or previous.dotted_clock is not None
                                         or (previous.integer is not None and features.hour_only)):
                features.ampm = str(item.kinds["ampm"])
            elif previous is not None and previous.integer is not None:
                features.era = str(item.kinds["era"])
        elif "ampm" in item.kinds and features.ampm is None and index > 0:
            previous = items[index - 1]
            if previous.clock is not None or previous.dotted_clock is not None:
                features.ampm = str(item.kinds["ampm"])


def _hijri_month_supported(items: list[Item], index: int) -> bool:
    """"رمضان" and "رجب" are also given names: a Hijri month needs a number, an era or "شهر" beside it."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(items):
            neighbour = items[other]
            if neighbour.is_number or "era" in neighbour.kinds or "direction" in neighbour.kinds or \
                    (other == index - 1 and neighbour.norm in ("شهر", "الشهر")):
                return True
    return False


def _unsupported_ambiguous_month(items: list[Item], index: int) -> bool:
    """"مارس" is also a verb, "May" a modal: such names count only next to a number or a month cue."""
    if "ambiguous_month" not in items[index].kinds:
        return False
    for other in (index - 1, index + 1, index + 2):
        if 0 <= other < len(items):
            neighbour = items[other]
            if neighbour.is_number or {"month_cue", "direction", "relation", "modifier", "month"} & set(
                    neighbour.kinds):
                return False
    return True


def _default_to_current_period(features: Features) -> None:
    """"by the end of the year", "منتصف العام": a bare singular unit under a modifier is the current one."""
    if features.modifier not in ("early", "mid", "late") and features.relation not in ("by", "until"):
        return
    if features.year is not None or features.month is not None or features.weekday is not None:
        return
    for position, (unit, count, direction) in enumerate(features.units):
        if direction is None and count == 1 and unit in ("year", "month", "week"):
            features.units[position] = (unit, count, 0)
            return
