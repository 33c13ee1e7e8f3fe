"""The Dask runner on a local 2-worker cluster gives the same rows as extract_many in one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from tools import corpora

from claimx.api import extract_many
from claimx.distributed.dask_runner import read_table, run
from claimx.distributed.tables import tables
from tests.conftest import requires_models

pytestmark = [requires_models, pytest.mark.skipif(not corpora.available("saudinewsnet_ar"),
                                                  reason="shared SaudiNewsNet data not present")]


def sort_rows(rows: list[dict], *keys: str) -> list[dict]:
    return sorted(rows, key=lambda row: tuple(str(row[key]) for key in keys))


def test_local_cluster_matches_single_process(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    records = [{k: r[k] for k in ("doc_id", "text", "published")}
               for r in corpora.saudinewsnet(200, per_outlet=20)]
    assert len(records) == 200
    source = tmp_path / "input.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        summary = run(source, tmp_path / "out", partition_size=50)
    assert summary.articles == 200

    expected = tables(extract_many(records))
    for name, key in (("articles", ("doc_id",)), ("claims", ("claim_id",)), ("errors", ("doc_id", "type"))):
        got = read_table(tmp_path / "out", name).to_pylist()
        assert sort_rows(got, *key) == sort_rows(expected[name].to_pylist(), *key), name
    assert summary.claims == expected["claims"].num_rows > 0
