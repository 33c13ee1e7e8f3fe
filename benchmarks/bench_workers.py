"""Memory and throughput of ``claimx extract DIR --workers N`` as the corpus grows.

Usage:
    python benchmarks/bench_workers.py --articles 100 300 [--workers 2]

Writes N SaudiNewsNet articles (Arabic, from ../shared/data) as .txt files, runs the CLI on the folder
in a subprocess and samples the resident memory of the whole process tree (the CLI and its worker
processes) twice a second: bounded memory means the peak does not grow with N.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.corpora import saudinewsnet  # noqa: E402


def tree_rss(process: psutil.Process) -> tuple[int, int]:
    """(total RSS of the process and its children, the largest single RSS), in bytes."""
    members = [process]
    try:
        members += process.children(recursive=True)
    except psutil.NoSuchProcess:
        pass
    sizes = []
    for member in members:
        try:
            sizes.append(member.memory_info().rss)
        except psutil.NoSuchProcess:
            continue
    return sum(sizes), max(sizes, default=0)


def measure(count: int, workers: int) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix=f"claimx-workers-{count}-"))
    articles = list(saudinewsnet(count, per_outlet=max(1, count // 10)))
    for article in articles:
        (folder / f"{article['doc_id']}.txt").write_text(article["text"], encoding="utf-8")
    out = folder / "out.jsonl"
    command = [sys.executable, "-m", "claimx", "extract", str(folder), "--workers", str(workers),
               "--lang", "ar", "--no-progress", "-o", str(out)]
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak_total = peak_single = 0
    while process.poll() is None:
        total, single = tree_rss(process)
        peak_total, peak_single = max(peak_total, total), max(peak_single, single)
        time.sleep(0.5)
    seconds = time.perf_counter() - started
    lines = out.read_text(encoding="utf-8").count("\n") if out.exists() else 0
    return {"articles": count, "workers": workers, "exit_code": process.returncode, "output_records": lines,
            "seconds": round(seconds, 1), "articles_per_s": round(count / seconds, 3),
            "peak_tree_rss_mb": round(peak_total / 2**20), "peak_process_rss_mb": round(peak_single / 2**20)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    for count in args.articles:
        print(json.dumps(measure(count, args.workers)), flush=True)


if __name__ == "__main__":
    main()
