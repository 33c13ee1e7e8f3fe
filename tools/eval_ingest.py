"""Figures for claimx.ingest's body/furniture split, recomputed from the hand review.

    python tools/eval_ingest.py                 # figures from eval/ingest_review.tsv as reviewed
    python tools/eval_ingest.py --rerun         # re-ingest the reviewed articles with the current code
    python tools/eval_ingest.py --census 500    # block kinds found on 500 random SaudiNewsNet articles

The review file holds one row per block (article id "YYYY-MM-DD#index" into the SaudiNewsNet zip of that
day, offsets into its ``content``), my label (gold) and the prediction at review time. Furniture is
every gold label but "body"; "caught" means predicted as anything but body.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import random
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REVIEW = ROOT / "eval" / "ingest_review.tsv"
DATASET = ROOT.parent / "shared" / "data" / "saudinewsnet_ar" / "dataset"


def read_review(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))


def _articles(day: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(DATASET / f"{day}.zip") as archive:
        return json.loads(archive.read(archive.namelist()[0]))


def rerun(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Predictions of the current code: the kind of the block overlapping each reviewed span most."""
    from claimx.ingest import ingest

    cache: dict[str, list[tuple[int, int, str]]] = {}
    by_day: dict[str, list[dict[str, str]]] = {}
    out = []
    for row in rows:
        article_id = row["article_id"]
        if article_id not in cache:
            day, index = article_id.split("#")
            if day not in by_day:
                by_day[day] = _articles(day)
            blocks = ingest(by_day[day][int(index)]["content"]).blocks
            cache[article_id] = [(block.start, block.end, block.kind) for block in blocks]
        start, end = int(row["start"]), int(row["end"])
        overlaps = [(min(end, b_end) - max(start, b_start), kind)
                    for b_start, b_end, kind in cache[article_id]]
        best = max(overlaps, default=(0, "missing"))
        out.append({**row, "predicted": best[1] if best[0] > 0 else "missing"})
    return out


def figures(rows: list[dict[str, str]]) -> dict[str, object]:
    body = [row for row in rows if row["gold"] == "body"]
    furniture = [row for row in rows if row["gold"] != "body"]
    lost = [row for row in body if row["predicted"] != "body"]
    caught = [row for row in furniture if row["predicted"] != "body"]
    predicted_furniture = [row for row in rows if row["predicted"] != "body"]
    correct_furniture = [row for row in predicted_furniture if row["gold"] != "body"]
    return {
        "articles": len({row["article_id"] for row in rows}),
        "outlets": len({row["outlet"] for row in rows}),
        "rows": len(rows),
        "body_rows": len(body),
        "body_lost": len(lost),
        "body_lost_rate": round(len(lost) / len(body), 4) if body else 0.0,
        "furniture_rows": len(furniture),
        "furniture_caught": len(caught),
        "furniture_recall": round(len(caught) / len(furniture), 4) if furniture else 1.0,
        "furniture_precision": round(len(correct_furniture) / len(predicted_furniture), 4)
        if predicted_furniture else 1.0,
        "exact_kind_accuracy": round(sum(row["gold"] == row["predicted"] for row in rows) / len(rows), 4),
        "confusion": dict(collections.Counter(f"{row['gold']}->{row['predicted']}" for row in rows
                                               if row["gold"] != row["predicted"])),
    }


def census(count: int, seed: int) -> dict[str, object]:
    """Block kinds (and one example each) on ``count`` random articles from all days and outlets."""
    from claimx.ingest import ingest

    rng = random.Random(seed)
    pool: list[tuple[str, dict[str, str]]] = []
    for path in sorted(DATASET.glob("*.zip")):
        day = path.stem
        pool.extend((f"{day}#{i}", article) for i, article in enumerate(_articles(day)))
    sample = rng.sample(pool, min(count, len(pool)))
    kinds: collections.Counter[str] = collections.Counter()
    per_outlet: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for article_id, article in sample:
        result = ingest(article["content"])
        for block in result.blocks:
            kinds[block.kind] += 1
            per_outlet[article["source"]][block.kind] += 1
            if block.kind != "body" and len(examples[block.kind]) < 4:
                examples[block.kind].append(f"{article_id} {article['source']}: {block.text[:70]}")
    return {"articles": len(sample), "kinds": dict(kinds.most_common()),
            "per_outlet": {outlet: dict(counter) for outlet, counter in sorted(per_outlet.items())},
            "examples": dict(examples)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--review", type=Path, default=REVIEW)
    parser.add_argument("--rerun", action="store_true",
                        help="re-ingest the reviewed articles with the current code")
    parser.add_argument("--census", type=int, metavar="N", help="count block kinds on N random articles")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    if args.census:
        print(json.dumps(census(args.census, args.seed), ensure_ascii=False, indent=1))
        return 0
    rows = read_review(args.review)
    if args.rerun:
        rows = rerun(rows)
    print(json.dumps(figures(rows), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
