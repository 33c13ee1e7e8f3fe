"""Score claim comparison (claimx.graph.similarity) on public sentence-pair data.

    python tools/eval_graph.py [--data /work/shared/data] [--json OUT]

* ANS (Arabic news stance), dev split: same claim (agree) vs contradiction (disagree), and the train
  split for reference (thresholds were chosen looking at train only).
* ClaimDiff (English, two outlets on one event), test split: does the relation classifier call the
  "weakens" pairs contradicts, and the "strengthens" pairs same_as/supports?
* Cross-lingual matching on NTREX-128 and UD PUD (English sentence vs its human/Google Arabic
  translation), attribution sentences only: for each English sentence, rank every Arabic sentence of
  the subset by claim_similarity; precision@1, MRR, and the share of true pairs above the
  same-claim threshold vs random pairs above it.

Figures go to docs/graph.md by hand; the script prints them (and --json writes them).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from claimx.graph.similarity import (
    RELATED_THRESHOLD,
    SAME_THRESHOLD,
    claim_similarity,
    classify_relation,
)

ATTRIBUTION = re.compile(
    r"\b(said|says|told|tells|according to|stated|announced|added|denied|denies|"
    r"claimed|claims|warned|insisted|confirmed|reported|wrote)\b",
    re.I,
)


def _f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def eval_ans(root: Path, split: str) -> dict[str, Any]:
    rows = list(
        csv.DictReader((root / "ans_arabic_news_stance/data/stance" / f"{split}.csv").open(encoding="utf-8"))
    )
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        guess = classify_relation(row["s1"], "ar", row["s2"], "ar").label
        confusion[(row["stance"], guess)] += 1
    binary = [
        (gold, guess)
        for (gold, guess), count in confusion.items()
        for _ in range(count)
        if gold in ("agree", "disagree")
    ]
    correct = sum((gold == "disagree") == (guess == "contradicts") for gold, guess in binary)
    tp = sum(gold == "disagree" and guess == "contradicts" for gold, guess in binary)
    fp = sum(gold == "agree" and guess == "contradicts" for gold, guess in binary)
    fn = sum(gold == "disagree" and guess != "contradicts" for gold, guess in binary)
    majority = max(Counter(gold for gold, _ in binary).values()) / len(binary)
    related = sum(guess != "unrelated" for _, guess in binary) / len(binary)
    return {
        "pairs": len(binary),
        "accuracy_agree_vs_disagree": round(correct / len(binary), 3),
        "majority_baseline": round(majority, 3),
        "contradiction": _f1(tp, fp, fn),
        "agree_pairs_related_or_same": round(
            sum(guess in ("same_as", "supports") for gold, guess in binary if gold == "agree")
            / max(1, sum(gold == "agree" for gold, _ in binary)),
            3,
        ),
        "share_called_related": round(related, 3),
        "confusion": {f"{gold}->{guess}": count for (gold, guess), count in sorted(confusion.items())},
    }


def eval_claimdiff(root: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, path, wanted in (
        ("weaken", "ClaimDiff-W/ClaimDiff-weak-test.json", {"contradicts"}),
        ("strengthen", "ClaimDiff-S/ClaimDiff-strength-test.json", {"same_as", "supports"}),
    ):
        data = json.loads((root / "claimdiff_en" / path).read_text(encoding="utf-8"))["data"]
        tp = fp = fn = 0
        labels: Counter[str] = Counter()
        for pair in data:
            guess = classify_relation(pair["claim_a"], "en", pair["claim_b"], "en").label
            labels[f"{pair['relation']}->{guess}"] += 1
            predicted = guess in wanted
            tp += predicted and pair["relation"] == 1
            fp += predicted and pair["relation"] == 0
            fn += (not predicted) and pair["relation"] == 1
        positives = sum(pair["relation"] == 1 for pair in data)
        out[name] = {
            "pairs": len(data),
            "positives": positives,
            **_f1(tp, fp, fn),
            "labels": dict(sorted(labels.items())),
        }
    return out


def _pud_pairs(root: Path) -> list[tuple[str, str]]:
    rows = csv.DictReader(
        (root / "ud_pud_en_ar/pud_en_ar_parallel.tsv").open(encoding="utf-8"),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    return [(row["en"], row["ar"].strip('"').replace('""', '"')) for row in rows]


def _ntrex_pairs(root: Path) -> list[tuple[str, str]]:
    english = (root / "ntrex128_en_ar/newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    arabic = (root / "ntrex128_en_ar/newstest2019-ref.arb.txt").read_text(encoding="utf-8").splitlines()
    return list(zip(english, arabic, strict=True))


def eval_crosslingual(name: str, pairs: list[tuple[str, str]], seed: int = 13) -> dict[str, Any]:
    pairs = [(en, ar) for en, ar in pairs if ATTRIBUTION.search(en)]
    started = time.perf_counter()
    hits = 0
    reciprocal = 0.0
    for index, (english, _) in enumerate(pairs):
        scores = [claim_similarity(english, "en", arabic, "ar") for _, arabic in pairs]
        gold = scores[index]
        rank = 1 + sum(score > gold for score in scores)
        hits += rank == 1
        reciprocal += 1 / rank
    rng = random.Random(seed)
    true_scores = [claim_similarity(en, "en", ar, "ar") for en, ar in pairs]
    random_scores = []
    for index, (english, _) in enumerate(pairs):
        other = rng.randrange(len(pairs) - 1)
        other += other >= index
        random_scores.append(claim_similarity(english, "en", pairs[other][1], "ar"))
    return {
        "pairs": len(pairs),
        "precision_at_1": round(hits / len(pairs), 3),
        "mrr": round(reciprocal / len(pairs), 3),
        "true_pairs_above_same_threshold": round(
            sum(s >= SAME_THRESHOLD for s in true_scores) / len(pairs), 3
        ),
        "true_pairs_above_related_threshold": round(
            sum(s >= RELATED_THRESHOLD for s in true_scores) / len(pairs), 3
        ),
        "random_pairs_above_related_threshold": round(
            sum(s >= RELATED_THRESHOLD for s in random_scores) / len(pairs), 3
        ),
        "mean_true": round(sum(true_scores) / len(pairs), 3),
        "mean_random": round(sum(random_scores) / len(pairs), 3),
        "seconds": round(time.perf_counter() - started, 1),
        "set": name,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    results = {
        "ans_dev": eval_ans(args.data, "dev"),
        "ans_train": eval_ans(args.data, "train"),
        "claimdiff_test": eval_claimdiff(args.data),
        "ntrex128_attribution": eval_crosslingual("ntrex128", _ntrex_pairs(args.data)),
        "ud_pud_attribution": eval_crosslingual("ud_pud", _pud_pairs(args.data)),
    }
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
