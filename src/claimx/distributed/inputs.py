"""Input records for batch runs: JSONL, Parquet, or a folder of text files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimx.errors import InputError
from claimx.io import TEXT_SUFFIXES, decode_bytes

FIELDS = ("doc_id", "text", "published", "lang")


def _record(raw: dict[str, Any], fallback_id: str) -> dict[str, Any]:
    record = {key: raw.get(key) for key in FIELDS}
    record["doc_id"] = str(record["doc_id"] or raw.get("id") or fallback_id)
    if record["published"] is not None and not isinstance(record["published"], str):
        record["published"] = record["published"].isoformat()
    return record


def iter_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """``{"doc_id", "text", "published", "lang"}`` records from a JSONL file, a Parquet file or a
    folder of text files (doc id = file stem). Unreadable text files become records whose text is
    None and whose ``error`` says why, so they are reported, not dropped."""
    path = Path(path)
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES):
            try:
                yield {"doc_id": file.stem, "text": decode_bytes(file.read_bytes(), str(file)),
                       "published": None, "lang": None}
            except InputError as exc:
                yield {"doc_id": file.stem, "text": None, "published": None, "lang": None,
                       "error": str(exc)}
    elif path.suffix.lower() in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if line.strip():
                    yield _record(json.loads(line), f"{path.stem}-{number}")
    elif path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        for number, raw in enumerate(pq.read_table(path).to_pylist()):
            yield _record(raw, f"{path.stem}-{number}")
    else:
        raise InputError(f"{path}: expected a folder of .txt files, a .jsonl or a .parquet file")
