"""Split a corpus into story partitions that can be linked independently, on one machine or many.

:func:`claimx.graph.link` compares claims within blocks, but it holds every claim of its input in
memory. For an archive, the articles are first grouped into *partitions* such that two articles that
could share a cluster or a contradiction are (almost always) in the same one; each partition is then
linked on its own (:func:`link_partitions`, or one task per partition on Dask).

The grouping uses the same evidence the linker blocks on, coarsened to whole articles:

* an article's keys are the known actors, domain concepts, numbers and name keys of its in-body
  claims' contents plus the actors and name keys of its speakers (word stems are left out: they are
  what makes claims *similar*, not what makes them about the same thing);
* every key is scoped to a time window around the article's date, with two overlapping window
  grids, so that articles a few days apart still meet and articles months apart do not;
* keys held by more than ``key_cap`` articles are ignored (a country in a country's own press);
* articles sharing at least ``min_shared`` usable keys are joined (union-find); a component larger
  than ``max_articles`` is cut into date-ordered chunks, the one place where links can be lost.

Only ``(doc_id, date, keys)`` triples are needed on one machine, a few hundred bytes per article.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimx.graph.link import UnionFind, link
from claimx.graph.model import ClaimGraph
from claimx.graph.similarity import content_features
from claimx.records import Article
from claimx.resolve.entities import parse_mention
from claimx.resolve.translit import name_key

KEY_CAP = 200
MIN_SHARED = 2
WINDOW_DAYS = 60
MAX_ARTICLES = 5000


@dataclass(frozen=True)
class ArticleKeys:
    """What the partitioner needs of one article."""

    doc_id: str
    date: dt.date | None
    keys: frozenset[str]


def _article_date(article: Article) -> dt.date | None:
    published = article.published
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def article_keys(article: Article) -> ArticleKeys:
    """The blocking keys of an article's in-body claims (see the module docstring)."""
    keys: set[str] = set()
    for claim in article.claims:
        if not claim.in_body:
            continue
        lang = claim.lang if claim.lang != "other" else article.lang
        features = content_features(claim.content.text, lang)
        keys |= set(features.concepts) | {f"n:{number}" for number in features.numbers}
        keys |= {f"k:{key}" for key in features.name_keys}
        if claim.speaker is not None and claim.speaker.text.strip():
            mention = parse_mention(claim.speaker.text, lang)
            keys |= {f"e:{entity}" for entity in mention.affiliations}
            if mention.name_words:
                keys.add(f"sp:{name_key(mention.name_words[-1])}")
    return ArticleKeys(article.doc_id, _article_date(article), frozenset(keys))


def _windowed(entry: ArticleKeys, window_days: int) -> set[str]:
    if entry.date is None:
        return {f"{key}@undated" for key in entry.keys}
    day = entry.date.toordinal()
    half = window_days // 2
    # Two grids offset by half a window: articles up to half a window apart always share a cell.
    return {f"{key}@{day // window_days}" for key in entry.keys} | \
        {f"{key}@h{(day + half) // window_days}" for key in entry.keys}


def partition(entries: Sequence[ArticleKeys], *, key_cap: int = KEY_CAP, min_shared: int = MIN_SHARED,
              window_days: int = WINDOW_DAYS, max_articles: int = MAX_ARTICLES) -> list[list[str]]:
    """Groups of doc_ids to link together, each in input order; groups ordered by first member.

    Deterministic: the same entries in the same order give the same groups.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        for key in _windowed(entry, window_days):
            postings[key].append(index)
    shared: dict[tuple[int, int], set[str]] = defaultdict(set)
    for cell_key, members in postings.items():
        if len(members) < 2 or len(members) > key_cap:
            continue
        base_key = cell_key.rsplit("@", 1)[0]  # a pair in both window grids shares each key twice
        for offset, left in enumerate(members):
            for right in members[offset + 1:]:
                shared[(left, right)].add(base_key)
    groups = UnionFind(range(len(entries)))
    for (left, right), keys in shared.items():
        if len(keys) >= min_shared:
            groups.union(left, right)
    components: dict[int, list[int]] = defaultdict(list)
    for index in range(len(entries)):
        components[groups.find(index)].append(index)
    result: list[list[str]] = []
    for indices in sorted(components.values(), key=lambda group: group[0]):
        if len(indices) <= max_articles:
            result.append([entries[i].doc_id for i in indices])
            continue
        by_date = sorted(indices, key=lambda i: (entries[i].date or dt.date.max, i))
        for start in range(0, len(by_date), max_articles):
            chunk = sorted(by_date[start:start + max_articles])
            result.append([entries[i].doc_id for i in chunk])
    return result


def link_partitions(articles: Iterable[Article], **options: int) -> list[ClaimGraph]:
    """One claim graph per story partition of ``articles`` (see :func:`partition` for ``options``)."""
    articles = list(articles)
    by_id = {article.doc_id: article for article in articles}
    groups = partition([article_keys(article) for article in articles], **options)
    return [link(by_id[doc_id] for doc_id in group) for group in groups]
