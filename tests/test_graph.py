"""Claim graph on the five seed articles: clusters, contradictions, furniture kept out, exports."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from claimx.errors import InputError
from claimx.graph import ClaimGraph, claim_similarity, classify_relation, link
from claimx.graph.display import article_html
from claimx.graph.export import cli_graph, read_articles, to_graphml, to_node_link
from tests.graph_fixtures import (
    RYABKOV_000,
    RYABKOV_001_AR,
    RYABKOV_001_EN,
    article_000,
    article_002,
    seed_articles,
)


@lru_cache(maxsize=1)
def seed_graph() -> ClaimGraph:
    return link(seed_articles())


def _ids(doc: str, *numbers: int) -> list[str]:
    return [f"c:{doc}/c{number}" for number in numbers]


def _clusters_of(graph: ClaimGraph, claim_ids: list[str]) -> set[str | None]:
    return {graph.claim(claim_id).cluster for claim_id in claim_ids}


def test_fixture_spans_index_the_seed_texts() -> None:
    for article in seed_articles():
        for claim in article.claims:
            for span in [claim.content, claim.speaker, claim.cue, *claim.source_chain]:
                if span is not None:
                    assert article.text[span.start : span.end] == span.text


def test_ryabkov_statements_cluster_across_articles_and_languages() -> None:
    graph = seed_graph()
    no_changes = _ids("000", 2) + _ids("001", 3, 13) + _ids("002", 3)
    no_pressure = _ids("000", 1) + _ids("001", 1, 2, 11, 12)
    assert len(_clusters_of(graph, no_changes)) == 1
    assert len(_clusters_of(graph, no_pressure)) == 1
    cluster = graph.cluster(graph.claim(no_changes[0]).cluster or "")
    assert set(cluster.languages) == {"ar", "en"}
    assert {"a:000", "a:001", "a:002"} <= set(cluster.articles)
    assert cluster.label.startswith("Sergei Rybakov: ")
    assert cluster.speaker and graph.entity(cluster.speaker).kind == "person"


def test_moscow_denial_contradicts_the_us_drone_claims() -> None:
    graph = seed_graph()
    denials = set(_ids("000", 8) + _ids("001", 8, 15))
    us_claims = set(_ids("000", 9) + _ids("003", 1, 2, 6))
    contradicted = {(edge.source, edge.target) for edge in graph.edges_of("contradicts")}
    for denial in denials:
        linked = {b for a, b in contradicted if a == denial} | {a for a, b in contradicted if b == denial}
        assert linked & us_claims, denial
    edge = next(
        edge
        for edge in graph.edges_of("contradicts")
        if {edge.source, edge.target} == {"c:001/c8", "c:003/c1"}
    )
    assert edge.evidence and 0 < edge.score <= 1


def test_the_same_speaker_does_not_contradict_their_own_repeated_statement() -> None:
    graph = seed_graph()
    ryabkov = {
        claim.id for claim in graph.claims if claim.speaker and claim.speaker.startswith("person:srg-rbkf")
    }
    for edge in graph.edges_of("contradicts"):
        assert not {edge.source, edge.target} <= ryabkov


def test_claims_outside_the_body_never_join_a_cluster_or_story() -> None:
    graph = seed_graph()
    outside = [claim for claim in graph.claims if not claim.in_body]
    assert {claim.id for claim in outside} >= set(_ids("000", 3, 4) + _ids("002", 7, 8))
    for claim in outside:
        assert claim.cluster is None and claim.story is None
    related = {edge.source for edge in graph.edges if edge.relation in ("same_as", "contradicts", "supports")}
    related |= {
        edge.target for edge in graph.edges if edge.relation in ("same_as", "contradicts", "supports")
    }
    assert not related & {claim.id for claim in outside}
    # they keep their provenance
    assert any(edge.source == "c:002/c8" and edge.relation == "reported_in" for edge in graph.edges)


def test_white_house_claims_are_labelled_with_the_institution() -> None:
    graph = seed_graph()
    cluster = graph.cluster(graph.claim("c:000/c9").cluster or "")
    assert cluster.label.startswith("White House: ")


def test_source_chain_and_attribution_edges() -> None:
    graph = seed_graph()
    cites = {(edge.source, edge.target) for edge in graph.edges_of("cites")}
    assert ("ria", "person:srg-rbkf") in cites
    said = {(edge.source, edge.target) for edge in graph.edges_of("said_by")}
    assert ("c:000/c8", "russia") in said and ("c:001/c8", "russia") in said
    assert ("c:000/c1", "a:000") in {(edge.source, edge.target) for edge in graph.edges_of("reported_in")}


def test_timeline_is_ordered_by_statement_date() -> None:
    graph = seed_graph()
    dates = [entry.date for entry in graph.timeline if entry.date]
    assert dates == sorted(dates)
    statement = graph.claim("c:000/c2")
    assert statement.date == "2023-08-26" and statement.date_basis == "statement"
    assert {entry.claim for entry in graph.timeline} == {claim.id for claim in graph.claims if claim.in_body}


def test_plain_text_similarity_across_languages() -> None:
    same = claim_similarity(
        "لا توجد تغييرات والتعاون مع إيران سيستمر",
        "ar",
        "there are no changes and the cooperation with Iran will continue",
        "en",
    )
    other = claim_similarity(
        "لا توجد تغييرات والتعاون مع إيران سيستمر",
        "ar",
        "Oil prices fell sharply in Asian markets on Monday",
        "en",
    )
    assert same > 0.8 > 0.2 > other


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        ("بقاء الدولار قرب أعلى مستوى", "الدولار قرب أدنى مستوى", "contradicts"),
        ("Oil prices rise after the OPEC meeting", "Oil prices fall after the OPEC meeting", "contradicts"),
        (
            "Russia used Iranian drones in Ukraine",
            "Russia did not use Iranian drones in Ukraine",
            "contradicts",
        ),
        ("the cooperation with Iran will continue", "التعاون مع إيران سيستمر", "same_as"),
        ("the cooperation with Iran will continue", "Oil prices fell in Asian markets", "unrelated"),
    ],
)
def test_relation_classifier_on_plain_strings(a: str, b: str, label: str) -> None:
    lang_a = "ar" if re.search(r"[\u0600-\u06ff]", a) else "en"
    lang_b = "ar" if re.search(r"[\u0600-\u06ff]", b) else "en"
    assert classify_relation(a, lang_a, b, lang_b).label == label


def test_json_export_round_trips() -> None:
    graph = seed_graph()
    again = ClaimGraph.model_validate_json(graph.to_json())
    assert again == graph
    node_link = to_node_link(graph)
    ids = {node["id"] for node in node_link["nodes"]}
    assert all(link_["source"] in ids and link_["target"] in ids for link_ in node_link["links"])


def test_networkx_and_graphml_exports(tmp_path: Path) -> None:
    networkx = pytest.importorskip("networkx")
    graph = seed_graph()
    nx_graph = graph.to_networkx()
    assert nx_graph.nodes["russia"]["type"] == "entity"
    assert any(data["relation"] == "contradicts" for _, _, data in nx_graph.edges(data=True))
    path = tmp_path / "story.graphml"
    to_graphml(graph, path)
    read_back = networkx.read_graphml(path)
    assert read_back.number_of_nodes() == nx_graph.number_of_nodes()
    assert read_back.nodes["c:000/c8"]["text"] == graph.claim("c:000/c8").text


def test_html_page_is_self_contained(tmp_path: Path) -> None:
    page = seed_graph().to_html(tmp_path / "story.html")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "</html>" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    assert "Sergei Rybakov" in page and "contradicts" in page
    data = re.search(r'<script type="application/json" id="claimx-data">(.*?)</script>', page, re.S)
    assert data and json.loads(data.group(1))["clusters"]


def test_article_html_marks_every_claim_role() -> None:
    article = article_000()
    html = article_html(article)
    assert html.count('class="claimx-speaker"') >= 1 and 'class="claimx-cue"' in html
    assert 'class="claimx-source"' in html and 'data-claim="c8"' in html
    assert 'dir="rtl"' in html
    assert "<script" not in html
    plain = re.sub(r"<span[^>]*>[A-Z]+</span>", "", html)
    plain = re.sub(r"<[^>]+>", "", plain.replace("<br>", "\n"))
    import html as html_module

    assert html_module.unescape(plain).endswith(article.text[-20:].strip()) or article.text[
        -20:
    ] in html_module.unescape(plain)


def test_cli_graph_reads_jsonl_and_writes_exports(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "part1.jsonl").write_text(
        "\n".join(a.model_dump_json() for a in seed_articles()[:3]), encoding="utf-8"
    )
    (folder / "part2.jsonl").write_text(
        "\n".join(a.model_dump_json() for a in seed_articles()[3:]), encoding="utf-8"
    )
    assert len(read_articles([folder])) == 5
    out = tmp_path / "graph.json"
    graph = cli_graph([folder], "json", out)
    assert json.loads(out.read_text(encoding="utf-8"))["clusters"]
    assert len(graph.articles) == 5
    with pytest.raises(InputError):
        cli_graph([tmp_path / "missing"], "json", tmp_path / "x.json")
    with pytest.raises(InputError):
        cli_graph([folder], "dot", tmp_path / "x.dot")


def test_link_rejects_duplicate_documents() -> None:
    with pytest.raises(InputError):
        link([article_002(), article_002()])


def test_link_on_nothing_is_an_empty_graph() -> None:
    graph = link([])
    assert graph.claims == [] and graph.clusters == [] and graph.edges == []


def test_ryabkov_speaker_mentions_share_one_entity() -> None:
    graph = seed_graph()
    mentions = {
        RYABKOV_000,
        RYABKOV_001_AR,
        RYABKOV_001_EN,
        "ريابكوف",
        "Rybakov",
        "سيرجي ريابكوف نائب وزير الخارجية الروسي",
    }
    speakers = {claim.speaker for claim in graph.claims if claim.speaker_text in mentions}
    assert len(speakers) == 1
