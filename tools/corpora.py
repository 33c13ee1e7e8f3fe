"""Readers for the public corpora in ../shared/data used by benchmarks, evaluations and tests.

Nothing here is part of the library: the corpora are not shipped (licences), only read in place.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHARED_DATA = Path(os.environ.get("CLAIMX_SHARED_DATA",
                                  Path(__file__).resolve().parents[2] / "shared" / "data"))


def available(name: str) -> bool:
    return (SHARED_DATA / name).exists()


def saudinewsnet(limit: int | None = None, *, per_outlet: int | None = None,
                 with_title: bool = True) -> Iterator[dict[str, Any]]:
    """SaudiNewsNet articles as ``{"doc_id", "text", "published", "outlet"}``, in a fixed order.

    ``per_outlet`` caps each outlet so a small sample still spans many outlets. The title, when present,
    is put on the first line like on the page. ``published`` is the extraction date (the corpus'
    only date), as an ISO date.
    """
    taken: dict[str, int] = {}
    count = 0
    for archive in sorted((SHARED_DATA / "saudinewsnet_ar" / "dataset").glob("*.zip")):
        with zipfile.ZipFile(archive) as zipped:
            articles = json.loads(zipped.read(zipped.namelist()[0]))
        for index, raw in enumerate(articles):
            content = (raw.get("content") or "").strip()
            if not content:
                continue
            outlet = raw.get("source") or "unknown"
            if per_outlet is not None and taken.get(outlet, 0) >= per_outlet:
                continue
            taken[outlet] = taken.get(outlet, 0) + 1
            title = (raw.get("title") or "").strip()
            text = f"{title}\n\n{content}" if with_title and title else content
            yield {"doc_id": f"{archive.stem}-{index:04d}", "text": text,
                   "published": (raw.get("date_extracted") or "")[:10] or None, "outlet": outlet}
            count += 1
            if limit is not None and count >= limit:
                return


def polnear_texts(split: str = "dev", limit: int | None = None) -> Iterator[dict[str, Any]]:
    """PolNeAR article texts (brat .txt files) as ``{"doc_id", "text"}``, sorted by file name."""
    files = sorted((SHARED_DATA / "polnear" / "data" / split).rglob("*.txt"))
    for number, path in enumerate(files):
        if limit is not None and number >= limit:
            return
        yield {"doc_id": path.stem, "text": path.read_text(encoding="utf-8")}
