"""Throughput of the Dask runner at 1 and 2 local workers, extraction and story linking, in one run.

Usage:
    python benchmarks/bench_dask.py --articles 200 [--workers 1 2] [--json out.jsonl]

Articles: SaudiNewsNet (ar) from ../shared/data, spread over outlets. Each worker count runs on a fresh
``LocalCluster`` (one thread per worker process, models loaded once per worker, the load included in
the figures as a cluster start-up would be on real hardware, and reported separately).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.corpora import saudinewsnet  # noqa: E402


def _warm(_: Any) -> float:
    # One short article per worker: loads the Stanza pipeline before the clock starts.
    started = time.perf_counter()
    from claimx.api import extract

    extract("قال الوزير إن المحادثات مستمرة.", lang="ar")
    return time.perf_counter() - started


def measure(workers: int, source: Path, articles: int) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    from claimx.distributed.dask_runner import link_stories, run

    out = Path(tempfile.mkdtemp(prefix=f"claimx-dask-{workers}-"))
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        load_seconds = client.run(_warm, None)
        started = time.perf_counter()
        summary = run(source, out, partition_size=25)
        extract_seconds = time.perf_counter() - started
        started = time.perf_counter()
        linked = link_stories(out)
        link_seconds = time.perf_counter() - started
    return {"workers": workers, "articles": summary.articles, "claims": summary.claims,
            "model_load_s": round(max(load_seconds.values()), 1),
            "extract_s": round(extract_seconds, 1),
            "articles_per_s": round(articles / extract_seconds, 3),
            "link_s": round(link_seconds, 2), "story_partitions": linked.partitions,
            "clusters": linked.clusters}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", help="append the reports to this JSON-lines file")
    args = parser.parse_args()
    records = [{k: r[k] for k in ("doc_id", "text", "published")}
               for r in saudinewsnet(args.articles, per_outlet=max(1, args.articles // 10))]
    source = Path(tempfile.mkdtemp(prefix="claimx-dask-in-")) / "input.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    reports = [measure(workers, source, len(records)) for workers in args.workers]
    for report in reports:
        print(json.dumps(report), flush=True)
    if len(reports) > 1:
        base = reports[0]["articles_per_s"]
        print(json.dumps({"speedup": {r["workers"]: round(r["articles_per_s"] / base, 2) for r in reports}}))
    if args.json:
        with open(args.json, "a", encoding="utf-8") as handle:
            for report in reports:
                handle.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
