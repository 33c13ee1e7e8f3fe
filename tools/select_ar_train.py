"""Pick the SaudiNewsNet articles of the Arabic attribution development ("train") set.

Usage:
    python tools/select_ar_train.py [N]        # default N = 34; prints one line per pick

Applies the fixed selection procedure of the dev set (eval/attribution_ar_dev.md), then continues it:
1. go through corpora.saudinewsnet() in its fixed order;
2. drop every doc_id cited in eval/ingest_review.tsv or eval/temporal_real.tsv
   (both the ``DATE#i`` and ``DATE.zip#i`` forms);
3. keep articles with 80-400 whitespace words (title + content) and >= 3 whole-word cue matches;
4. shuffle with random.Random(20150721), group by outlet (first-seen order kept) and interleave the
   groups round-robin over the outlets sorted by name.
The first 34 articles of that round-robin are the dev set (the script checks this against
eval/attribution_ar_dev.jsonl). It then skips every dev article and every article whose text overlaps
seeds/ (a shared run of 8 whitespace words), and prints the next N picks as
``doc_id<TAB>outlet<TAB>words``. Self-contained apart from tools/corpora.py (the corpus reader).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import corpora  # noqa: E402

SEED = 20150721
DEV_SIZE = 34
SHINGLE = 8
CUES = re.compile(
    r"(?<!\w)(?:و|ف)?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت|أعلن|أعلنت|نفى|نفت"
    r"|صرح|شدد|شددت|حذر|حذرت|كشف|كشفت|لفت|لفتت|بين|بينت|طالب|طالبت|دعا|دعت|اعترف|بحسب|وفقا|نقلا"
    r"|تصريح|تصريحات)(?!\w)"
)


def cited_ids() -> set[str]:
    cited: set[str] = set()
    for name in ("ingest_review.tsv", "temporal_real.tsv"):
        text = (ROOT / "eval" / name).read_text(encoding="utf-8")
        for match in re.finditer(r"(\d{4}-\d{2}-\d{2})(?:\.zip)?#(\d+)", text):
            cited.add(f"{match.group(1)}-{int(match.group(2)):04d}")
    return cited


def round_robin() -> list[dict]:
    cited = cited_ids()
    candidates = []
    for doc in corpora.saudinewsnet():
        if doc["doc_id"] in cited:
            continue
        words = len(doc["text"].split())
        if 80 <= words <= 400 and len(CUES.findall(doc["text"])) >= 3:
            candidates.append(doc)
    random.Random(SEED).shuffle(candidates)
    groups: dict[str, list[dict]] = {}
    for doc in candidates:
        groups.setdefault(doc["outlet"], []).append(doc)
    order: list[dict] = []
    depth = max(len(group) for group in groups.values())
    for rank in range(depth):
        for outlet in sorted(groups):
            if rank < len(groups[outlet]):
                order.append(groups[outlet][rank])
    return order


def shingles(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def main(argv: list[str]) -> int:
    wanted = int(argv[1]) if len(argv) > 1 else 34
    order = round_robin()
    dev_file = ROOT / "eval" / "attribution_ar_dev.jsonl"
    dev = {json.loads(line)["doc_id"] for line in dev_file.open(encoding="utf-8") if line.strip()}
    if {doc["doc_id"] for doc in order[:DEV_SIZE]} != dev:
        print("warning: the first 34 picks are not the dev set", file=sys.stderr)
    seeds: set[tuple[str, ...]] = set()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        seeds |= shingles(path.read_text(encoding="utf-8"))
    picked = 0
    for doc in order:
        if picked >= wanted:
            break
        if doc["doc_id"] in dev:
            continue
        if shingles(doc["text"]) & seeds:
            print(f"# skipped {doc['doc_id']} (overlaps seeds/)", file=sys.stderr)
            continue
        print(f"{doc['doc_id']}\t{doc['outlet']}\t{len(doc['text'].split())}")
        picked += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
