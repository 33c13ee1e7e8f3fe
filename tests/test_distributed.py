"""The Dask runner on a local 2-worker cluster gives the same rows as extract_many in one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from tools import corpora

from claimx.api import extract_many
from claimx.distributed.dask_runner import link_stories, read_table, run
from claimx.distributed.tables import graph_claim_rows, graph_edge_rows, tables
from claimx.graph.partition import link_partitions
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
        linked = link_stories(tmp_path / "out")
    assert summary.articles == 200 and summary.partitions == 4  # spread over both workers

    articles = list(extract_many(records))
    expected = tables(articles)
    for name, key in (("articles", ("doc_id",)), ("claims", ("claim_id",)), ("errors", ("doc_id", "type"))):
        got = read_table(tmp_path / "out", name).to_pylist()
        assert sort_rows(got, *key) == sort_rows(expected[name].to_pylist(), *key), name
    assert summary.claims == expected["claims"].num_rows > 0

    # Story linking, partition by partition on the workers, equals the same partitions on one process.
    graphs = link_partitions(articles)
    assert linked.partitions == len(graphs) > 1 and linked.articles == 200
    claim_rows = [row for number, graph in enumerate(graphs) for row in graph_claim_rows(graph, number)]
    edge_rows = [row for number, graph in enumerate(graphs) for row in graph_edge_rows(graph, number)]
    got_claims = read_table(tmp_path / "out", "graph_claims").to_pylist()
    got_edges = read_table(tmp_path / "out", "graph_edges").to_pylist()
    assert sort_rows(got_claims, "node_id") == sort_rows(claim_rows, "node_id")
    keys = ("partition", "source", "target", "relation")
    assert sort_rows(got_edges, *keys) == sort_rows(edge_rows, *keys)
    assert len(list((tmp_path / "out" / "graphs").glob("story-*.json"))) == len(graphs)
