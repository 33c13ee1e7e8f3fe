"""Score claimx.temporal on a TSV of expressions: accuracy overall and per category.

Usage:
    python tools/eval_temporal.py                       # the shared dev set
    python tools/eval_temporal.py eval/temporal_real.tsv
    python tools/eval_temporal.py FILE --errors         # also list every miss

Columns: lang, expression, anchor, expected_kind, expected_value, modifier, relation, category;
optional: tense, sentence, source. An item is correct when value and granularity agree:
- day: value == expected, or a part-of-day value of that day ("2023-08-24TEV");
- month / year / week / quarter: value == expected and that granularity;
- time: value == expected ("2023-08-26 09:23" == "2023-08-26T09:23") at hour or minute granularity;
- range: interval_start..interval_end == expected (weeks, quarters);
- vague: the vague flag, and the interval when one is expected.
"Strict" also requires the modifier and relation columns to match. With a sentence column the
expression is also looked for with find() on the sentence ("in context": a found span overlapping
the expression whose value is correct).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

from claimx.records import TimeValue
from claimx.temporal import find, normalize

DEFAULT_SET = Path(__file__).resolve().parents[2] / "shared" / "data" / "date_expressions_dev.tsv"
_TIME_GRANULARITIES = ("minute", "hour", "instant")


def parse_anchor(text: str) -> dt.date | dt.datetime:
    text = text.strip()
    return dt.datetime.fromisoformat(text) if ("T" in text or " " in text) else dt.date.fromisoformat(text)


def value_correct(result: TimeValue | None, kind: str, expected: str) -> bool:
    if result is None:
        return False
    value = result.value or ""
    if kind == "day":
        return (result.granularity == "day" and value == expected) or \
            (result.granularity == "part_of_day" and value.startswith(expected + "T"))
    if kind in ("month", "year", "week", "quarter"):
        return result.granularity == kind and value == expected
    if kind == "time":
        return result.granularity in _TIME_GRANULARITIES and value.replace("T", " ") == expected
    if kind == "range":
        return _interval(result) == expected
    if kind == "vague":
        return result.vague and (not expected or _interval(result) == expected)
    return value == expected


def strict_correct(result: TimeValue | None, row: dict[str, str]) -> bool:
    if not value_correct(result, row["expected_kind"], row["expected_value"]):
        return False
    assert result is not None
    return (result.modifier or "") == (row.get("modifier") or "") and \
        (result.relation or "") == (row.get("relation") or "")


def _interval(result: TimeValue) -> str:
    if result.interval_start is None or result.interval_end is None:
        return ""
    return f"{result.interval_start.isoformat()}..{result.interval_end.isoformat()}"


def in_context(row: dict[str, str]) -> bool | None:
    sentence = row.get("sentence") or ""
    if not sentence:
        return None
    anchor = parse_anchor(row["anchor"])
    tense = row.get("tense") or None
    where = sentence.find(row["expression"])
    for found in find(sentence, row["lang"], anchor, tense=tense):
        overlaps = where < 0 or (found.start < where + len(row["expression"]) and where < found.end)
        if overlaps and value_correct(found, row["expected_kind"], row["expected_value"]):
            return True
    return False


def evaluate(path: Path, show_errors: bool) -> float:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE,
                                                    escapechar="\\")
                if row.get("lang") and not row["lang"].startswith("#")]
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    context_hits = context_total = 0
    for row in rows:
        anchor = parse_anchor(row["anchor"])
        result = normalize(row["expression"], row["lang"], anchor, tense=row.get("tense") or None)
        ok = value_correct(result, row["expected_kind"], row["expected_value"])
        strict = strict_correct(result, row)
        for key in ("ALL", f"lang={row['lang']}", row.get("category") or "-"):
            totals[key][0] += 1
            totals[key][1] += ok
            totals[key][2] += strict
        context = in_context(row)
        if context is not None:
            context_total += 1
            context_hits += context
        if show_errors and (not ok or not strict or context is False):
            got = None if result is None else (result.value, result.granularity, _interval(result),
                                               result.modifier, result.relation, result.vague)
            print(f"MISS {row['lang']} {row['expression']!r} anchor={row['anchor']} expected="
                  f"{row['expected_kind']}:{row['expected_value']} mod={row.get('modifier')!r} "
                  f"rel={row.get('relation')!r} got={got} ok={ok} strict={strict} context={context}")
    print(f"{'category':28s} {'n':>4s} {'accuracy':>9s} {'strict':>7s}")
    for key in ["ALL", *sorted(k for k in totals if k.startswith("lang=")),
                *sorted(k for k in totals if k != "ALL" and not k.startswith("lang="))]:
        count, hits, strict_hits = totals[key]
        print(f"{key:28s} {count:4d} {hits / count:9.1%} {strict_hits / count:7.1%}")
    if context_total:
        print(f"{'in context (find on sentence)':28s} {context_total:4d} {context_hits / context_total:9.1%}")
    count, hits, _ = totals["ALL"]
    return hits / count if count else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--errors", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    evaluate(args.path, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
