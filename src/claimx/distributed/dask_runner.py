"""claimx over Dask: one Stanza pipeline per worker process, Parquet tables out.

Why Dask: Stanza pipelines are heavy Python objects that must be loaded once per process and reused
for many documents. Dask's process-based workers keep module-level state between tasks, so claimx's
own pipeline cache gives exactly one pipeline per worker process with no extra code, and a partition
is a natural Stanza batch. Each partition writes its own Parquet files (no shuffle, no driver
bottleneck); rerunning a partition overwrites the same files.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
import pyarrow.parquet as pq

from claimx.api import extract_many
from claimx.distributed.inputs import FIELDS, iter_records
from claimx.distributed.tables import tables
from claimx.errors import InputError
from claimx.records import Article, ErrorRecord

TABLES = ("articles", "claims", "errors")


@dataclass(frozen=True)
class RunSummary:
    out_dir: str
    partitions: int
    articles: int
    claims: int
    failed_articles: int


def _articles(records: list[dict[str, Any]], model_dir: str | None) -> Iterator[Article]:
    """extract_many over a partition, keeping unreadable inputs as error articles in place."""
    readable = [r for r in records if r.get("text") is not None]
    produced = extract_many(({k: r[k] for k in FIELDS} for r in readable), model_dir=model_dir)
    for record in records:
        if record.get("text") is None:
            message = record.get("error") or "no text"
            yield Article(doc_id=record["doc_id"], lang="other", text="",
                          errors=[ErrorRecord(type="InputError", message=message, stage="input")])
        else:
            yield next(produced)


def process_partition(records: list[dict[str, Any]], index: int, out_dir: str,
                      model_dir: str | None = None, torch_threads: int = 1) -> dict[str, int]:
    """Extract one partition and write ``<out>/<table>/part-<index>.parquet`` for each table."""
    os.environ.setdefault("CLAIMX_TORCH_THREADS", str(torch_threads))
    articles = list(_articles(list(records), model_dir))
    for name, table in tables(articles).items():
        target = Path(out_dir) / name
        target.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, target / f"part-{index:05d}.parquet")
    return {"articles": len(articles), "claims": sum(len(a.claims) for a in articles),
            "failed": sum(1 for a in articles if a.errors)}


def input_bag(source: str | Path, partition_size: int = 50) -> db.Bag:
    """A bag of input records; JSONL is split into blocks read by the workers themselves."""
    path = Path(source)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        rows = db.read_text(str(path), blocksize="8MiB").filter(str.strip).map(json.loads)
        return rows.map(lambda raw: {**{k: raw.get(k) for k in FIELDS},
                                     "doc_id": str(raw.get("doc_id") or raw.get("id"))})
    if path.is_dir() or path.suffix.lower() == ".parquet":
        return db.from_sequence(list(iter_records(path)), partition_size=partition_size)
    raise InputError(f"{path}: expected a folder of .txt files, a .jsonl or a .parquet file")


def run(source: str | Path, out_dir: str | Path, *, partition_size: int = 50,
        model_dir: str | None = None, torch_threads: int = 1) -> RunSummary:
    """Run claimx over ``source`` on the current Dask scheduler (a ``distributed.Client`` if one is
    active, else Dask's default) and write Parquet tables under ``out_dir``."""
    out = Path(out_dir)
    for name in TABLES:  # stale parts of an earlier, larger run would be read as results
        for stale in (out / name).glob("part-*.parquet"):
            stale.unlink()
    partitions = input_bag(source, partition_size).to_delayed()
    tasks = [dask.delayed(process_partition)(part, index, str(out), model_dir, torch_threads)
             for index, part in enumerate(partitions)]
    counts = dask.compute(*tasks)
    return RunSummary(out_dir=str(out), partitions=len(tasks),
                      articles=sum(c["articles"] for c in counts),
                      claims=sum(c["claims"] for c in counts),
                      failed_articles=sum(c["failed"] for c in counts))


def read_table(out_dir: str | Path, name: str) -> Any:
    """A result table as one pyarrow Table (``pq.read_table`` on the folder of parts)."""
    return pq.read_table(Path(out_dir) / name)
