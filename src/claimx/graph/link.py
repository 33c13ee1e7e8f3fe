"""Link claims of many articles into a claim graph.

Steps, each linear in the number of claims except the comparison, which is bounded by blocking:

1. resolve speakers and sources of all claims at once (:class:`claimx.resolve.EntityResolver`);
2. describe each in-body claim by content features (:mod:`claimx.graph.similarity`);
3. block: index claims by their rarer features (concepts, actors, numbers, name keys, stems, speaker);
   only claims sharing at least two index keys are compared, and keys held by more than
   ``block_cap`` claims are not used (they say nothing: "said", "Iran" in an Iran story);
4. classify each candidate pair: same_as (same speaker side, similar), contradicts (related and
   opposite polarity / antonyms / quantities), supports (similar, different speakers);
5. clusters = connected components of same_as; stories = components of claim relations;
   timeline = in-body claims by statement date.

Claims with ``in_body=False`` (teasers, related-article lists) keep their said_by / reported_in edges but
are never compared, so they never join a cluster or a story.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Generic, TypeVar

import regex

from claimx.errors import InputError
from claimx.graph.model import (
    ArticleNode,
    ClaimGraph,
    ClaimNode,
    Cluster,
    Edge,
    Story,
    TimelineEntry,
)
from claimx.graph.similarity import (
    ContentFeatures,
    classify_features,
    content_features,
)
from claimx.records import Article, Claim
from claimx.resolve.entities import EntityResolver
from claimx.resolve.model import Entity

BLOCK_CAP = 60
# Within a story, two claims are one statement only when they are close: a lower bar chains distinct
# statements of one speaker ("no changes" and "will not bow to pressure") into one cluster.
GRAPH_SAME_THRESHOLD = 0.6
# A speaker does not usually contradict themselves: between compatible speakers, ask for more.
SAME_SPEAKER_CONTRADICTION = 0.6
LABEL_CHARS = 90
K = TypeVar("K", str, int)  # union-find members: claim ids or indexes
_ISO_DATE = regex.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass
class _Item:
    node_index: int
    claim: Claim
    article: Article
    features: ContentFeatures
    speaker: str | None
    speaks_for: frozenset[str]
    agent: frozenset[str]  # actors implied as agent of a denied/admitted act
    denied: bool


def link(articles: Iterable[Article], *, block_cap: int = BLOCK_CAP) -> ClaimGraph:
    """Build the claim graph of ``articles`` (records from :func:`claimx.extract` or JSONL)."""
    articles = list(articles)
    seen: set[str] = set()
    for article in articles:
        if not isinstance(article, Article):
            raise InputError(
                f"link() takes Article records, got {type(article).__name__}; "
                "read JSONL with claimx.graph.read_articles"
            )
        if article.doc_id in seen:
            raise InputError(f"doc_id {article.doc_id!r} appears twice; give each article its own id")
        seen.add(article.doc_id)

    resolver = EntityResolver()
    mention_refs: list[tuple[int | None, list[int]]] = []
    for article in articles:
        for claim in article.claims:
            speaker_ref = None
            if claim.speaker is not None and claim.speaker.text.strip():
                speaker_ref = resolver.add(
                    claim.speaker.text,
                    claim.lang or article.lang,
                    doc_id=article.doc_id,
                    kind_hint=claim.speaker.kind,
                    entity_type=claim.speaker.entity_type,
                )
            source_refs = [
                resolver.add(
                    source.text, claim.lang or article.lang, doc_id=article.doc_id, kind_hint=source.kind
                )
                for source in claim.source_chain
            ]
            mention_refs.append((speaker_ref, source_refs))
    entities, mention_ids = resolver.resolve()
    by_id = {entity.id: entity for entity in entities}

    nodes: list[ClaimNode] = []
    items: list[_Item] = []
    edges: list[Edge] = []
    cites: dict[tuple[str, str], list[str]] = defaultdict(list)
    position = 0
    for article in articles:
        article_node_id = f"a:{article.doc_id}"
        for claim in article.claims:
            speaker_ref, source_refs = mention_refs[position]
            position += 1
            speaker = mention_ids[speaker_ref] if speaker_ref is not None else None
            sources = [entity_id for entity_id in (mention_ids[ref] for ref in source_refs) if entity_id]
            lang = claim.lang if claim.lang != "other" else article.lang
            features = content_features(claim.content.text, lang)
            denied = claim.polarity == "denied" or (claim.cue is not None and claim.cue.cue_class == "deny")
            date, basis = _claim_date(claim, article)
            node = ClaimNode(
                id=f"c:{article.doc_id}/{claim.id}",
                doc_id=article.doc_id,
                claim_id=claim.id,
                lang=lang,
                text=claim.content.text,
                speaker_text=claim.speaker.text if claim.speaker else None,
                speaker=speaker,
                sources=sources,
                cue=claim.cue.text if claim.cue else None,
                cue_class=claim.cue.cue_class if claim.cue else None,
                polarity="denied" if denied else "asserted",
                negative=features.negative or denied,
                in_body=claim.in_body,
                date=date,
                date_basis=basis,
            )
            nodes.append(node)
            edges.append(Edge(source=node.id, target=article_node_id, relation="reported_in"))
            if speaker:
                confidence = claim.evidence.confidence if claim.evidence else 1.0
                edges.append(
                    Edge(
                        source=node.id,
                        target=speaker,
                        relation="said_by",
                        score=confidence,
                        evidence=[claim.speaker.text] if claim.speaker else [],
                    )
                )
            chain = [*sources, speaker] if speaker else sources
            for outer, inner in pairwise(chain):
                if outer != inner:
                    cites[(outer, inner)].append(node.id)
            if claim.in_body:
                entity = by_id.get(speaker) if speaker else None
                items.append(
                    _Item(
                        len(nodes) - 1,
                        claim,
                        article,
                        features,
                        speaker,
                        frozenset(entity.speaks_for()) if entity else frozenset(),
                        _implied_agent(entity, by_id)
                        if denied or (claim.cue is not None and claim.cue.cue_class == "admit")
                        else frozenset(),
                        denied,
                    )
                )
    for (outer, inner), claim_ids in sorted(cites.items()):
        edges.append(Edge(source=outer, target=inner, relation="cites", score=1.0, evidence=claim_ids[:20]))
    for entity in entities:
        edges.extend(
            Edge(source=entity.id, target=link_.target, relation=link_.relation) for link_ in entity.related
        )

    claim_edges = _compare(items, nodes, block_cap)
    edges.extend(claim_edges)
    nodes, clusters, stories = _group(nodes, items, claim_edges, by_id)
    article_nodes = [
        ArticleNode(
            id=f"a:{article.doc_id}",
            doc_id=article.doc_id,
            lang=article.lang,
            published=_iso(article.published),
            outlet=article.meta.outlet,
        )
        for article in articles
    ]
    timeline = [
        TimelineEntry(date=node.date, claim=node.id, cluster=node.cluster)
        for node in sorted(
            (node for node in nodes if node.in_body), key=lambda node: (node.date is None, node.date or "")
        )
    ]
    return ClaimGraph(
        entities=entities,
        articles=article_nodes,
        claims=nodes,
        clusters=clusters,
        stories=stories,
        edges=edges,
        timeline=timeline,
    )


def _implied_agent(entity: Entity | None, by_id: dict[str, Entity]) -> frozenset[str]:
    """ "Moscow denied using Iranian drones": the one who denies is the one said to act. The agent
    is the speaker's state (itself, or what it speaks for / is part of / is affiliated with)."""
    if entity is None:
        return frozenset()
    agents = {entity.id} | {link_.target for link_ in entity.related}
    for agent in list(agents):
        if agent in by_id:
            agents |= {link_.target for link_ in by_id[agent].related if link_.relation == "part_of"}
    return frozenset(f"e:{agent}" for agent in agents if by_id.get(agent) and by_id[agent].kind == "state")


def _claim_date(claim: Claim, article: Article) -> tuple[str | None, str | None]:
    for time in claim.dates:
        if time.role != "statement":
            continue
        if time.interval_start is not None:
            return time.interval_start.isoformat(), "statement"
        iso = _ISO_DATE.match(time.value or "")
        if iso:
            return iso.group(), "statement"
    published = _iso(article.published)
    return (published, "publication") if published else (None, None)


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


def _block_keys(item: _Item) -> set[str]:
    features = item.features
    keys = set(features.concepts) | {f"n:{n}" for n in features.numbers}
    keys |= {f"k:{key}" for key in features.name_keys} | {
        f"s:{item.features.lang}:{s}" for s in features.stems
    }
    if item.speaker:
        keys.add(f"sp:{item.speaker}")
    return keys | set(item.agent)


def _candidate_pairs(items: list[_Item], block_cap: int) -> set[tuple[int, int]]:
    """Pairs of items sharing at least two index keys held by at most ``block_cap`` items."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        for key in _block_keys(item):
            postings[key].append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) < 2 or len(members) > block_cap:
            continue
        for offset, left in enumerate(members):
            for right in members[offset + 1 :]:
                shared[(left, right)] += 1
    return {pair for pair, count in shared.items() if count >= 2}


def _compare(items: list[_Item], nodes: list[ClaimNode], block_cap: int) -> list[Edge]:
    edges = []
    for left, right in sorted(_candidate_pairs(items, block_cap)):
        a, b = items[left], items[right]
        node_a, node_b = nodes[a.node_index], nodes[b.node_index]
        guess = classify_features(
            a.features,
            b.features,
            a_denied=a.denied,
            b_denied=b.denied,
            extra_a=a.agent,
            extra_b=b.agent,
            swap_contradicts=False,
        )
        if guess.label == "unrelated":
            continue
        compatible = not a.speaks_for or not b.speaks_for or bool(a.speaks_for & b.speaks_for)
        label = guess.label
        if label == "contradicts" and compatible and guess.score < SAME_SPEAKER_CONTRADICTION:
            label = "supports"
        if label == "same_as" and (not compatible or guess.score < GRAPH_SAME_THRESHOLD):
            label = "supports"
        if (
            label == "same_as"
            and (not a.speaks_for or not b.speaks_for)
            and guess.score < GRAPH_SAME_THRESHOLD + 0.1
        ):
            # One speaker unknown: only a close match is taken as the same statement.
            label = "supports"
        if label == "unrelated":
            continue
        evidence = list(guess.evidence)
        if a.speaker and b.speaker:
            evidence.append(
                "same speaker"
                if a.speaker == b.speaker
                else "speakers related"
                if compatible
                else f"speakers {a.speaker} / {b.speaker}"
            )
        edges.append(
            Edge(
                source=node_a.id,
                target=node_b.id,
                relation=label,
                score=round(min(1.0, guess.score), 4),
                evidence=evidence,
            )
        )
    return edges


class UnionFind(Generic[K]):
    """Disjoint sets over ``items``; a set's representative is its smallest member (deterministic)."""

    def __init__(self, items: Iterable[K]) -> None:
        self.parent: dict[K, K] = {item: item for item in items}

    def find(self, item: K) -> K:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: K, b: K) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _group(
    nodes: list[ClaimNode], items: list[_Item], edges: list[Edge], by_id: dict[str, Entity]
) -> tuple[list[ClaimNode], list[Cluster], list[Story]]:
    body_ids = [nodes[item.node_index].id for item in items]
    order = {node_id: index for index, node_id in enumerate(body_ids)}
    story = UnionFind(body_ids)
    for edge in edges:
        story.union(edge.source, edge.target)
    members = _same_claim_groups(body_ids, [edge for edge in edges if edge.relation == "same_as"])
    node_by_id = {node.id: node for node in nodes}
    clusters: list[Cluster] = []
    cluster_of: dict[str, str] = {}
    for number, root in enumerate(sorted(members, key=lambda root: order[root]), start=1):
        cluster_id = f"k:{number}"
        claim_nodes = [node_by_id[node_id] for node_id in members[root]]
        speaker = _cluster_speaker(claim_nodes, by_id)
        dates = sorted(node.date for node in claim_nodes if node.date)
        clusters.append(
            Cluster(
                id=cluster_id,
                label=_label(claim_nodes, by_id.get(speaker) if speaker else None),
                speaker=speaker,
                claims=members[root],
                articles=list(dict.fromkeys(f"a:{node.doc_id}" for node in claim_nodes)),
                languages=sorted({node.lang for node in claim_nodes}),
                first_date=dates[0] if dates else None,
            )
        )
        cluster_of.update({node_id: cluster_id for node_id in members[root]})
    story_members: dict[str, list[str]] = defaultdict(list)
    for cluster in clusters:
        story_members[story.find(cluster.claims[0])].append(cluster.id)
    stories: list[Story] = []
    story_of: dict[str, str] = {}
    clusters_by_id = {cluster.id: cluster for cluster in clusters}
    multi = [
        group for group in story_members.values() if sum(len(clusters_by_id[c].claims) for c in group) > 1
    ]
    for number, group in enumerate(multi, start=1):
        story_id = f"s:{number}"
        claims = [claim for cluster_id in group for claim in clusters_by_id[cluster_id].claims]
        biggest = max(group, key=lambda cluster_id: len(clusters_by_id[cluster_id].claims))
        stories.append(Story(id=story_id, label=clusters_by_id[biggest].label, clusters=group, claims=claims))
        story_of.update({claim: story_id for claim in claims})
    updated = [
        node.model_copy(update={"cluster": cluster_of.get(node.id), "story": story_of.get(node.id)})
        for node in nodes
    ]
    return updated, clusters, stories


def _same_claim_groups(node_ids: list[str], same_edges: list[Edge]) -> dict[str, list[str]]:
    """Average-link grouping over same_as edges, strongest first: two groups merge only when at
    least half of the pairs between them are same_as (no chaining A~B~C into one claim when A and
    C say different things)."""
    same_pairs = {frozenset((edge.source, edge.target)) for edge in same_edges}
    group_of = {node_id: node_id for node_id in node_ids}
    groups: dict[str, list[str]] = {node_id: [node_id] for node_id in node_ids}
    for edge in sorted(same_edges, key=lambda edge: (-edge.score, edge.source, edge.target)):
        left, right = group_of[edge.source], group_of[edge.target]
        if left == right:
            continue
        pairs = [(a, b) for a in groups[left] for b in groups[right]]
        linked = sum(frozenset(pair) in same_pairs for pair in pairs)
        if linked * 2 < len(pairs):
            continue
        keep, drop = sorted((left, right), key=lambda group: node_ids.index(group))
        groups[keep].extend(groups.pop(drop))
        for node_id in groups[keep]:
            group_of[node_id] = keep
    return {root: sorted(members, key=node_ids.index) for root, members in groups.items()}


def _cluster_speaker(nodes: list[ClaimNode], by_id: dict[str, Entity]) -> str | None:
    """Who the cluster's claim is attributed to: the one speaker, or the body all its speakers speak
    for (an official and a spokesperson of the White House → White House), else the most frequent."""
    speakers = [by_id[node.speaker] for node in nodes if node.speaker and node.speaker in by_id]
    if not speakers:
        return None
    counts = Counter(entity.id for entity in speakers)
    if len(counts) > 1:
        common = set.intersection(*(entity.speaks_for() for entity in speakers))
        if common:
            return sorted(
                common,
                key=lambda entity_id: (
                    by_id.get(entity_id) is None or by_id[entity_id].kind == "person",
                    entity_id,
                ),
            )[0]
    return counts.most_common(1)[0][0]


def _label(nodes: list[ClaimNode], speaker: Entity | None) -> str:
    """Headline form "Speaker: claim": the English wording when there is one (labels are read by
    people of both languages; English is the usual lingua franca of the dashboards), else the
    shortest complete wording."""
    english = [node for node in nodes if node.lang == "en"]
    pool = english or nodes
    text = min(pool, key=lambda node: (len(node.text) < 20, len(node.text))).text.strip()
    text = " ".join(text.split()).strip(' .،,"“”«»')
    if len(text) > LABEL_CHARS:
        text = text[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"
    if speaker is None:
        who = next((node.speaker_text for node in nodes if node.speaker_text), None)
    else:
        who = speaker.canonical
    return f"{who}: {text}" if who else text
