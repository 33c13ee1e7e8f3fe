"""The seed story end to end: raw page text → bundled Stanza models → rules → claim graph.

tests/test_graph.py checks the graph on hand-built claims; this runs the real extraction first, so it
fails when extraction stops giving the linker what it needs.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import claimx
from claimx.graph import ClaimGraph
from tests.conftest import requires_models

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
pytestmark = requires_models


@cache
def seed_graph() -> ClaimGraph:
    items = [{"doc_id": path.stem[:3], "text": path.read_text(encoding="utf-8")} for path in SEEDS]
    articles = list(claimx.extract_many(items, published=dt.date(2023, 8, 27)))
    assert all(not article.errors for article in articles)
    return claimx.link(articles)


def test_ryabkov_no_changes_statement_is_one_cluster_across_outlets_and_languages() -> None:
    graph = seed_graph()
    (english,) = [c for c in graph.claims if c.doc_id == "001" and c.text.startswith("there are no changes")]
    assert english.cluster is not None and english.speaker is not None
    members = [c for c in graph.claims if c.cluster == english.cluster]
    reports = {(c.doc_id, c.lang) for c in members}
    assert reports >= {("000", "ar"), ("001", "en"), ("001", "ar"), ("002", "ar")}
    assert {c.speaker for c in members} == {english.speaker}  # Rybakov = ريابكوف = سيرجي ريابكوف


def test_moscow_denial_contradicts_the_white_house_drone_claims() -> None:
    graph = seed_graph()
    by_id = {claim.id: claim for claim in graph.claims}
    pairs = [(by_id[e.source], by_id[e.target]) for e in graph.edges_of("contradicts")]
    found = [(a, b) for a, b in pairs for denial, claim in ((a, b), (b, a))
             if denial.polarity == "denied" and denial.speaker_text in ("موسكو", "Moscow")
             and "البيت الأبيض" in (claim.speaker_text or "")
             and any(drone in claim.text for drone in ("مسيرات", "المسيرة", "طائرات"))]
    assert found


def test_teasers_and_read_also_story_stay_out_of_the_story() -> None:
    graph = seed_graph()
    outside = {c.id for c in graph.claims if not c.in_body}
    assert outside  # seed 000's teasers and seed 002's "إقرأ أيضاً" OIC story are extracted ...
    assert not any(c.cluster or c.story for c in graph.claims if c.id in outside)  # ... but not linked
    assert not any(outside & set(story.claims) for story in graph.stories)
