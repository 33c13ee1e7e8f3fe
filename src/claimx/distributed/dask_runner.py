"""claimx over Dask: one Stanza pipeline per worker process, Parquet tables out, stories linked
per partition.

Why Dask: Stanza pipelines are heavy Python objects that must be loaded once per process and reused
for many documents. Dask's process-based workers keep module-level state between tasks, so claimx's
own pipeline cache gives exactly one pipeline per worker process with no extra code, and a partition
is a natural Stanza batch. Each partition writes its own Parquet files (no shuffle, no driver
bottleneck); rerunning a partition overwrites the same files. Besides the Parquet tables each
partition writes its Article records as JSONL (``jsonl/``, the CLI's output contract): the linking
stage reads them back.

Linking (:func:`link_stories`) never gathers claims on one machine: workers compute each article's
blocking keys (:mod:`claimx.graph.partition`), the driver groups the small ``(doc_id, date, keys)``
triples into story partitions, and each task links its partitions and writes their graphs.
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
import pyarrow as pa
import pyarrow.parquet as pq

from claimx.api import extract_many
from claimx.distributed.inputs import FIELDS, iter_records
from claimx.distributed.tables import (
    GRAPH_CLAIM_SCHEMA,
    GRAPH_EDGE_SCHEMA,
    graph_claim_rows,
    graph_edge_rows,
    tables,
)
from claimx.errors import InputError
from claimx.graph.link import link
from claimx.graph.partition import ArticleKeys, article_keys, partition
from claimx.records import Article, ErrorRecord

TABLES = ("articles", "claims", "errors")
GRAPH_TABLES = ("graph_claims", "graph_edges")
# Story partitions are packed into tasks of about this many articles (many stories are one article).
ARTICLES_PER_LINK_TASK = 500


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
    jsonl = Path(out_dir) / "jsonl"
    jsonl.mkdir(parents=True, exist_ok=True)
    (jsonl / f"part-{index:05d}.jsonl").write_text(
        "".join(article.model_dump_json() + "\n" for article in articles), encoding="utf-8")
    return {"articles": len(articles), "claims": sum(len(a.claims) for a in articles),
            "failed": sum(1 for a in articles if a.errors)}


# A JSONL file larger than this is read by the workers themselves, in blocks of JSONL_BLOCK bytes;
# a smaller one is read here and cut into partitions of ``partition_size`` records (one 8 MiB block
# would hold ~1,500 articles: a single task, so a small run would not spread over the workers).
DRIVER_READ_LIMIT = 64 * 1024 * 1024
JSONL_BLOCK = "8MiB"


def input_bag(source: str | Path, partition_size: int = 50) -> db.Bag:
    """A bag of input records, ``partition_size`` records per partition (large JSONL: per block)."""
    path = Path(source)
    if path.suffix.lower() in (".jsonl", ".ndjson") and path.stat().st_size > DRIVER_READ_LIMIT:
        rows = db.read_text(str(path), blocksize=JSONL_BLOCK).filter(str.strip).map(json.loads)
        return rows.map(lambda raw: {**{k: raw.get(k) for k in FIELDS},
                                     "doc_id": str(raw.get("doc_id") or raw.get("id"))})
    if path.is_dir() or path.suffix.lower() in (".parquet", ".jsonl", ".ndjson"):
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
    for stale in (out / "jsonl").glob("part-*.jsonl"):
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


@dataclass(frozen=True)
class LinkSummary:
    out_dir: str
    partitions: int
    tasks: int
    articles: int
    claims: int
    clusters: int
    edges: int


def _read_articles(path: Path, wanted: set[str] | None = None) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            article = Article.model_validate_json(line)
            if wanted is None or article.doc_id in wanted:
                articles.append(article)
    return articles


def _keys_of_part(path: str) -> list[tuple[str, ArticleKeys]]:
    return [(path, article_keys(article)) for article in _read_articles(Path(path))]


def _link_task(task: int, groups: list[list[str]], where: dict[str, str], first_partition: int,
               out_dir: str) -> dict[str, int]:
    """Link each story partition of one task; write its graphs (JSON) and graph tables (Parquet)."""
    wanted = {doc_id for group in groups for doc_id in group}
    by_id: dict[str, Article] = {}
    for path in sorted({where[doc_id] for doc_id in wanted}):
        by_id.update((article.doc_id, article) for article in _read_articles(Path(path), wanted))
    out = Path(out_dir)
    (out / "graphs").mkdir(parents=True, exist_ok=True)
    claim_rows: list[dict[str, Any]] = []
    edge_rows: list[dict[str, Any]] = []
    counts = {"claims": 0, "clusters": 0, "edges": 0}
    for offset, group in enumerate(groups):
        number = first_partition + offset
        graph = link(by_id[doc_id] for doc_id in group)
        (out / "graphs" / f"story-{number:06d}.json").write_text(graph.to_json(indent=None), encoding="utf-8")
        claim_rows += graph_claim_rows(graph, number)
        edge_rows += graph_edge_rows(graph, number)
        counts["claims"] += len(graph.claims)
        counts["clusters"] += len(graph.clusters)
        counts["edges"] += len(graph.edges)
    for name, rows in (("graph_claims", claim_rows), ("graph_edges", edge_rows)):
        target = out / name
        target.mkdir(parents=True, exist_ok=True)
        schema = GRAPH_CLAIM_SCHEMA if name == "graph_claims" else GRAPH_EDGE_SCHEMA
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), target / f"part-{task:05d}.parquet")
    return counts


def link_stories(extracted_dir: str | Path, out_dir: str | Path | None = None,
                 **partition_options: int) -> LinkSummary:
    """Link the articles a :func:`run` wrote under ``extracted_dir`` (its ``jsonl/`` parts), story
    partition by story partition, on the current Dask scheduler. Writes ``graphs/story-N.json`` and
    the ``graph_claims`` / ``graph_edges`` Parquet tables under ``out_dir`` (default: the same folder).
    """
    source = Path(extracted_dir)
    out = Path(out_dir) if out_dir is not None else source
    parts = sorted(str(path) for path in (source / "jsonl").glob("part-*.jsonl"))
    if not parts:
        raise InputError(f"{source}: no jsonl/part-*.jsonl files; run the extraction first")
    for name in GRAPH_TABLES:
        for stale in (out / name).glob("part-*.parquet"):
            stale.unlink()
    for stale in (out / "graphs").glob("story-*.json"):
        stale.unlink()
    keyed = [pair for chunk in dask.compute(*[dask.delayed(_keys_of_part)(part) for part in parts])
             for pair in chunk]
    where = {entry.doc_id: path for path, entry in keyed}
    groups = partition([entry for _, entry in keyed], **partition_options)
    tasks: list[Any] = []
    batch: list[list[str]] = []
    first = 0
    for index, group in enumerate(groups):
        batch.append(group)
        if sum(len(g) for g in batch) >= ARTICLES_PER_LINK_TASK or index == len(groups) - 1:
            tasks.append(dask.delayed(_link_task)(len(tasks), batch, {d: where[d] for g in batch for d in g},
                                                  first, str(out)))
            first = index + 1
            batch = []
    counts = dask.compute(*tasks)
    return LinkSummary(out_dir=str(out), partitions=len(groups), tasks=len(tasks), articles=len(keyed),
                       claims=sum(c["claims"] for c in counts), clusters=sum(c["clusters"] for c in counts),
                       edges=sum(c["edges"] for c in counts))
