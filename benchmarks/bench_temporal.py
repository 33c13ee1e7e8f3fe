"""Speed of claimx.temporal: normalize() per expression, find() per sentence, adversarial input.

Usage:  python benchmarks/bench_temporal.py [--rounds 20]

Expressions come from the shared dev set and eval/temporal_real.tsv (sentences from the latter).
Timings are after one warm-up pass (lexicons loaded, caches filled). The target is < 1 ms per
normalize() on average.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from claimx.temporal import find, normalize

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT.parent / "shared" / "data" / "date_expressions_dev.tsv", ROOT / "eval" / "temporal_real.tsv"]


def load_rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in SETS:
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                rows += list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))
    return rows


def per_call_ms(calls: list[tuple[str, str, dt.date]], function: Callable[[str, str, dt.date], object],
                rounds: int) -> list[float]:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text, lang, anchor in calls:
            function(text, lang, anchor)
        timings.append((time.perf_counter() - start) * 1000 / max(len(calls), 1))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    rows = load_rows()
    expressions = [(row["expression"], row["lang"], dt.date.fromisoformat(row["anchor"][:10]))
                   for row in rows]
    sentences = [(row["sentence"], row["lang"], dt.date.fromisoformat(row["anchor"][:10]))
                 for row in rows if row.get("sentence")]
    per_call_ms(expressions, normalize, 1)  # warm-up
    per_call_ms(sentences, find, 1)
    normalize_ms = per_call_ms(expressions, normalize, args.rounds)
    find_ms = per_call_ms(sentences, find, args.rounds)
    mean_chars = statistics.mean(len(text) for text, _, _ in sentences) if sentences else 0
    print(f"normalize(): {len(expressions)} expressions x {args.rounds} rounds: "
          f"mean {statistics.mean(normalize_ms):.3f} ms/expression (best round {min(normalize_ms):.3f})")
    print(f"find():      {len(sentences)} sentences (mean {mean_chars:.0f} chars) x {args.rounds} rounds: "
          f"mean {statistics.mean(find_ms):.3f} ms/sentence (best round {min(find_ms):.3f})")
    anchor = dt.date(2023, 8, 27)
    for name, text in [("100 kB of '1/'", "1/" * 50_000), ("100 kB of digits", "9" * 100_000),
                       ("100 kB of '12:'", "12:" * 33_333), ("100 kB of '1 / '", "1 / " * 25_000),
                       ("100 kB Arabic prose", "قال الوزير أمس السبت إن الاجتماع سيعقد " * 2_600)]:
        start = time.perf_counter()
        found = find(text, "ar", anchor)
        print(f"find() on {name}: {(time.perf_counter() - start) * 1000:.1f} ms, {len(found)} expressions")


if __name__ == "__main__":
    main()
