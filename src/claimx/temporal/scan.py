"""Span finding: lexicon-tagged items, grouped into candidate temporal expressions.

The text is normalized (with an offset map), tokenized linearly, and every position is matched
against the language's phrase table, longest phrase first. Numbers get a shape (clock time,
numeric date, integer) and lose any temporal reading when a money/percentage/unit word follows.
Runs of temporal items (with glue words such as "في", "of", "," inside) become candidate groups.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from claimx.temporal.lexicon import Lexicon
from claimx.temporal.textnorm import ATTACHED_MARKS, normalize_with_map
from claimx.temporal.tokenize import TOKEN_PATTERN

_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_DOTTED_CLOCK = re.compile(r"(\d{1,2})\.(\d{2})")
_NUMERIC_DATE = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})")
_INTEGER = re.compile(r"\d{1,4}")
_LONGEST_NUMBER_TOKEN = 24  # longer digit groups are never dates: skip them without regex work
_ARABIC_PROCLITICS = ("و", "ف")
_ARABIC_PREPOSITIONS = ("ب", "ل", "ك")

# Kinds that only join or mark an expression; a group made only of these is not an expression.
GLUE_KINDS = frozenset({"glue", "year_cue", "month_cue", "clock", "tz", "bare_year_cue"})
_DATE_SEPARATORS = frozenset("/-.")


@dataclass
class Item:
    """One lexicon phrase or number in the text, with original offsets."""

    start: int
    end: int
    norm: str
    kinds: dict[str, Any] = field(default_factory=dict)
    integer: int | None = None
    digits: int = 0
    clock: tuple[int, int] | None = None
    dotted_clock: tuple[int, int] | None = None
    numeric_date: tuple[str, str, str] | None = None
    breaker: bool = False
    # An Arabic word that carried the conjunction و/ف ("والاثنين", "وحتى"): it starts a new expression.
    conjoined: bool = False
    # "1990s": a decade (the "s" is glued to the number).
    decade_suffix: bool = False

    @property
    def is_number(self) -> bool:
        return self.integer is not None or self.clock is not None or self.numeric_date is not None \
            or self.dotted_clock is not None

    @property
    def is_glue_only(self) -> bool:
        return not self.is_number and bool(self.kinds) and all(kind in GLUE_KINDS for kind in self.kinds)


@dataclass(frozen=True)
class _Token:
    norm: str
    start: int  # normalized-text offsets
    end: int


def _number_item(token: _Token, start: int, end: int) -> Item:
    item = Item(start=start, end=end, norm=token.norm)
    text = token.norm
    if len(text) > _LONGEST_NUMBER_TOKEN:
        item.breaker = True
        return item
    if match := _CLOCK.fullmatch(text):
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            item.clock = (hour, minute)
            return item
    elif match := _NUMERIC_DATE.fullmatch(text):
        item.numeric_date = (match.group(1), match.group(3), match.group(4))
        return item
    elif _INTEGER.fullmatch(text):
        item.integer = int(text)
        item.digits = len(text)
        return item
    elif match := _DOTTED_CLOCK.fullmatch(text):
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            item.dotted_clock = (hour, minute)
            return item
    item.breaker = True
    return item


def _join_spaced_numeric_dates(tokens: list[_Token]) -> list[_Token]:
    """"30 /10 / 1436" (spaces around the separators) becomes one token "30/10/1436"."""
    joined: list[_Token] = []
    position = 0
    while position < len(tokens):
        window = tokens[position:position + 5]
        if len(window) == 5 and all(t.norm.isdigit() and len(t.norm) <= 4 for t in window[::2]) and \
                window[1].norm in _DATE_SEPARATORS and window[3].norm == window[1].norm and \
                all(right.start - left.end <= 1 for left, right in itertools.pairwise(window)) and \
                any(right.start > left.end for left, right in itertools.pairwise(window)):
            joined.append(_Token("".join(t.norm for t in window), window[0].start, window[-1].end))
            position += 5
            continue
        joined.append(tokens[position])
        position += 1
    return joined


def _clitic_variants(word: str) -> list[tuple[str, int]]:
    """Arabic first-word variants without a leading و/ف and a preposition ب/ل/ك (with its offset)."""
    variants: list[tuple[str, int]] = []
    stems = [(word, 0)]
    if len(word) > 3 and word.startswith(_ARABIC_PROCLITICS):
        stems.append((word[1:], 1))
    for stem, shift in stems:
        if len(stem) > 3 and stem.startswith(_ARABIC_PREPOSITIONS):
            rest = stem[1:]
            if stem.startswith("لل"):
                variants.append(("ال" + stem[2:], shift + 1))
            variants.append((rest, shift + 1))
        if stem != word:
            variants.insert(0, (stem, shift))
    for stem, shift in stems:  # "التسعة" -> "تسعة": the article on a lexicon word
        if len(stem) > 4 and stem.startswith("ال"):
            variants.append((stem[2:], shift))
    return variants


def _names_need_capitals(text: str) -> bool:
    return any(char.isupper() for char in text)


def scan(text: str, lexicon: Lexicon) -> list[Item]:
    """Items (lexicon phrases, numbers, breakers) of ``text`` in order, with original offsets."""
    normalized, index_map = normalize_with_map(text)
    tokens = _join_spaced_numeric_dates(
        [_Token(m.group(), m.start(), m.end()) for m in TOKEN_PATTERN.finditer(normalized)])
    check_capitals = lexicon.case_sensitive_names and _names_need_capitals(text)

    def original_span(first: _Token, last: _Token, shift: int = 0) -> tuple[int, int]:
        end = index_map[last.end - 1] + 1
        while end < len(text) and text[end] in ATTACHED_MARKS:  # "هـ", "غداً": keep tatweel and tanween
            end += 1
        return index_map[first.start + shift], end

    items: list[Item] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token.norm[0].isdigit():
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            glued_s = following is not None and following.norm == "s" and following.start == token.end
            start, end = original_span(token, following if glued_s and following else token)
            item = _number_item(token, start, end)
            item.decade_suffix = glued_s and item.digits == 4 and (item.integer or 1) % 10 == 0
            items.append(item)
            position += 2 if item.decade_suffix else 1
            continue
        matched = _match_phrase(tokens, position, lexicon)
        if matched is None:
            start, end = original_span(token, token)
            items.append(Item(start=start, end=end, norm=token.norm, breaker=True))
            position += 1
            continue
        length, kinds, shift = matched
        start, end = original_span(token, tokens[position + length - 1], shift)
        kinds = dict(kinds)
        if check_capitals and ("month" in kinds or "weekday" in kinds) and not text[start].isupper():
            kinds.pop("month", None)
            kinds.pop("weekday", None)
            kinds.pop("ambiguous_month", None)
        phrase = " ".join(t.norm for t in tokens[position:position + length])
        items.append(Item(start=start, end=end, norm=phrase, kinds=kinds,
                          breaker=not kinds or "blocker" in kinds,
                          conjoined=shift > 0 and token.norm[0] in _ARABIC_PROCLITICS))
        position += length
    _mark_blocked_numbers(items)
    return items


def _match_phrase(tokens: list[_Token], position: int,
                  lexicon: Lexicon) -> tuple[int, dict[str, Any], int] | None:
    """Longest lexicon phrase starting at ``position``: (token count, kinds, clitic characters skipped)."""
    longest = min(lexicon.max_tokens, len(tokens) - position)
    first = tokens[position].norm
    firsts = [(first, 0)]
    if lexicon.strip_clitics:
        firsts += _clitic_variants(first)
    for length in range(longest, 0, -1):
        # Phrases never span a digit token (numbers are items of their own).
        rest = [t.norm for t in tokens[position + 1:position + length]]
        if any(word[0].isdigit() for word in rest):
            continue
        tail = (" " + " ".join(rest)) if rest else ""
        for word, shift in firsts:
            kinds = lexicon.lookup(word + tail)
            if kinds is not None:
                return length, kinds, shift
    return None


def _mark_blocked_numbers(items: list[Item]) -> None:
    """Numbers followed by a money/percentage/unit word (or preceded by one: "$ 2000") are not dates."""
    for index, item in enumerate(items):
        if not item.is_number:
            continue
        following = items[index + 1] if index + 1 < len(items) else None
        preceding = items[index - 1] if index > 0 else None
        if (following is not None and "blocker" in following.kinds) or \
                (preceding is not None and "blocker" in preceding.kinds and preceding.end == item.start):
            item.breaker = True
            item.integer = None
            item.clock = None
            item.numeric_date = None
            item.dotted_clock = None


# Kinds that never end an expression ("after", "the", "a", "first" left hanging after a date).
_DANGLING_AT_END = frozenset({"relation", "number", "few", "ordinal", "day_ordinal", "bare_year_cue",
                              "direction_before", "modifier", "clock"}) | GLUE_KINDS
# What a leading number must stand before to belong to the expression ("26 آب", "3 أيام", "9 م").
_NUMBER_PARTNERS = frozenset({"month", "hijri_month", "month_prefix", "unit", "era", "ampm", "part_of_day",
                              "glue", "tz"})
_CORE_KINDS = frozenset({"month", "hijri_month", "weekday", "deictic", "vague"})


def group_items(items: list[Item], lexicon: Lexicon, gap_limit: int = 3) -> list[tuple[int, int]]:
    """Index ranges ``[first, stop)`` of candidate expressions.

    A range is a run of close, non-breaker items; it is split before a conjoined word ("والاثنين")
    and before a relation word that follows a date ("منذ أكتوبر وحتى يوليو"), and trimmed of glue
    and of words left hanging at its edges. Leading glue that cues a year or month ("in", "في") is
    left out; the resolver looks at the item just before the range, so the cue still counts.
    """
    ranges: list[tuple[int, int]] = []
    first: int | None = None
    # Whether the open range already holds a date core or a number; kept as we go so that a long run
    # of relation words ("since since since ...") costs linear time, not a rescan per word.
    has_core = False
    for index, item in enumerate(items):
        if first is not None and not item.breaker and item.start - items[index - 1].end <= gap_limit \
                and not _starts_new_expression(item, has_core):
            has_core = has_core or _is_core(item)
            continue
        if first is not None:
            ranges.append((first, index))
        first = None if item.breaker else index
        has_core = first is not None and _is_core(item)
    if first is not None:
        ranges.append((first, len(items)))
    trimmed = []
    for first, stop in ranges:
        first, stop = _trim(items, first, stop, lexicon.direction_after_noun)
        if first < stop:
            trimmed.append((first, stop))
    return trimmed


def _is_core(item: Item) -> bool:
    return bool(_CORE_KINDS & set(item.kinds)) or item.is_number


def _starts_new_expression(item: Item, range_has_core: bool) -> bool:
    if item.conjoined and not ({"day_ordinal", "number"} & set(item.kinds)):
        return True
    if "relation" in item.kinds:
        return range_has_core
    return False


def _after_stray_ordinal(items: list[Item], first: int, stop: int) -> int:
    """Start after an ordinal that qualifies nothing temporal ("up by a third from 2001")."""
    start = first
    for index in range(first, stop):
        if items[index].is_number or _CORE_KINDS & set(items[index].kinds):
            break  # only words before the date itself can be stray
        kinds = set(items[index].kinds)
        if not kinds or not kinds <= {"ordinal", "day_ordinal", "direction", "month_cue"}:
            continue
        following = index + 1
        while following < stop and items[following].is_glue_only:
            following += 1
        partner = items[following].kinds if following < stop else {}
        noun_before = index > first and "unit" in items[index - 1].kinds  # "الربع الثاني"
        if not ({"month", "unit", "day_ordinal", "ordinal"} & set(partner)) and "direction" not in kinds \
                and not noun_before:
            start = index + 1
    return start


def _trim(items: list[Item], first: int, stop: int, directions_follow_nouns: bool) -> tuple[int, int]:
    first = _after_stray_ordinal(items, first, stop)
    while first < stop:
        item = items[first]
        if item.is_glue_only and ("clock" not in item.kinds or first + 1 >= stop
                                  or not items[first + 1].is_number):
            first += 1
        elif directions_follow_nouns and "direction" in item.kinds and "direction_before" not in item.kinds:
            first += 1  # "الفائتة، منذ ...": an adjective whose noun is outside the range
        elif set(item.kinds) == {"era"}:
            first += 1  # "المنظمة الدولية للهجرة اليوم": an era word names an era only after a year
        elif item.integer is not None and item.digits != 4 and first + 1 < stop and \
                not ((_NUMBER_PARTNERS | {"number"}) & set(items[first + 1].kinds)):
            first += 1  # "رقم 301 أمس": a number that belongs to the words before
        else:
            break
    while stop > first:
        item = items[stop - 1]
        if not item.is_number and item.kinds and set(item.kinds) <= _DANGLING_AT_END and \
                not ("modifier" in item.kinds and "ago" in item.kinds):
            stop -= 1
        else:
            break
    return first, stop
