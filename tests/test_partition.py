"""Story partitions: what one machine would link together stays together, and nothing else changes."""

from __future__ import annotations

import datetime as dt

from claimx.graph import link
from claimx.graph.partition import ArticleKeys, article_keys, link_partitions, partition
from tests.graph_fixtures import seed_articles

CLAIM_RELATIONS = ("same_as", "contradicts", "supports")


def _doc(node_id: str) -> str:
    return node_id.split(":", 1)[1].split("/", 1)[0]


def _relations(edges: list) -> list[tuple[str, str, str]]:
    return sorted((e.source, e.target, e.relation) for e in edges if e.relation in CLAIM_RELATIONS)


def test_the_2023_drone_story_is_one_partition_and_the_2024_article_another() -> None:
    groups = partition([article_keys(article) for article in seed_articles()])
    assert groups == [["000", "001", "002", "003"], ["004"]]


def test_links_inside_partitions_are_exactly_those_of_one_graph() -> None:
    articles = seed_articles()
    groups = partition([article_keys(article) for article in articles])
    group_of = {doc_id: index for index, group in enumerate(groups) for doc_id in group}
    whole = _relations(link(articles).edges)
    inside = [edge for edge in whole if group_of[_doc(edge[0])] == group_of[_doc(edge[1])]]
    parts = sorted(edge for graph in link_partitions(articles) for edge in _relations(graph.edges))
    assert parts == inside
    # The Ryabkov statements and Moscow's denial of the US drone claims survive partitioning.
    assert any(relation == "contradicts" for _, _, relation in parts)
    assert len(inside) < len(whole)  # what was cut links the 2024 article to 2023 claims


def _entry(doc_id: str, day: int, *keys: str) -> ArticleKeys:
    return ArticleKeys(doc_id, dt.date(2024, 1, 1) + dt.timedelta(days=day), frozenset(keys))


def test_two_shared_keys_within_the_window_join_and_one_does_not() -> None:
    entries = [_entry("a", 0, "e:iran", "c:drone"), _entry("b", 3, "e:iran", "c:drone", "n:400"),
               _entry("c", 4, "e:iran"), _entry("d", 200, "e:iran", "c:drone")]
    assert partition(entries) == [["a", "b"], ["c"], ["d"]]


def test_common_keys_are_ignored_and_giant_components_are_cut_by_date() -> None:
    crowd = [_entry(f"x{i}", i % 5, "e:saudi", "c:economy") for i in range(12)]
    assert len(partition(crowd, key_cap=5)) == 12          # keys held by > key_cap articles say nothing
    chunks = partition(crowd, key_cap=100, max_articles=5)
    assert [len(chunk) for chunk in chunks] == [5, 5, 2]
    assert sorted(doc for chunk in chunks for doc in chunk) == sorted(e.doc_id for e in crowd)
