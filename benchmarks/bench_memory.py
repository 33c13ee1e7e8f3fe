"""Does memory stay flat when one process keeps extracting? Steady state versus accumulation.

Usage:
    python benchmarks/bench_memory.py --articles 400 --passes 5

Runs ``claimx.extract_many`` over the same SaudiNewsNet articles (Arabic, ../shared/data) several times
in one process and prints the resident memory after each pass and the peak so far. Accumulated state
would grow with every pass; a high-water mark (the allocator keeping the pages of the largest batch
parsed) stops growing once the largest batch has been seen.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.corpora import saudinewsnet  # noqa: E402


def main() -> None:
    from claimx.api import extract_many

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    docs = [{"doc_id": a["doc_id"], "text": a["text"]}
            for a in saudinewsnet(args.articles, per_outlet=max(1, args.articles // 10))]
    process = psutil.Process()
    for number in range(1, args.passes + 1):
        records = sum(1 for _ in extract_many(docs, lang="ar"))
        print(json.dumps({"pass": number, "records": records,
                          "rss_mb": round(process.memory_info().rss / 2**20),
                          "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}),
              flush=True)


if __name__ == "__main__":
    main()
