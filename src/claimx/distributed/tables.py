"""Articles, claims and errors as flat Parquet rows with fixed schemas.

The columns follow the JSON output contract (``speaker.text`` becomes ``speaker_text`` ...); lists of
nested records (continuation, source chain, dates, quantities) are kept as JSON strings so every
partition has the same schema whatever it contains.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from claimx.graph.model import ClaimGraph
from claimx.records import Article, Claim

ARTICLE_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("lang", pa.string()), ("published", pa.string()),
    ("outlet", pa.string()), ("n_claims", pa.int32()), ("n_errors", pa.int32()),
    ("models", pa.string()), ("text", pa.string()),
])

ERROR_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("type", pa.string()), ("message", pa.string()), ("stage", pa.string()),
])

_SPAN_PARTS = {
    "speaker": (("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("kind", pa.string()),
                ("carried_over", pa.bool_())),
    "cue": (("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("lemma", pa.string()),
            ("cue_class", pa.string())),
    "content": (("text", pa.string()), ("start", pa.int32()), ("end", pa.int32())),
    "source": (("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("kind", pa.string())),
}

CLAIM_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("claim_id", pa.string()), ("kind", pa.string()), ("quote", pa.string()),
    ("polarity", pa.string()), ("in_body", pa.bool_()), ("lang", pa.string()),
    *[(f"{part}_{name}", kind) for part, fields in _SPAN_PARTS.items() for name, kind in fields],
    ("continuation", pa.string()), ("source_chain", pa.string()), ("dates", pa.string()),
    ("quantities", pa.string()), ("rule", pa.string()), ("confidence", pa.float64()),
])


def _json(items: Iterable[Any]) -> str:
    return json.dumps([item.model_dump(mode="json") for item in items], ensure_ascii=False)


def claim_row(doc_id: str, claim: Claim) -> dict[str, Any]:
    row: dict[str, Any] = {
        "doc_id": doc_id, "claim_id": claim.id, "kind": claim.kind, "quote": claim.quote,
        "polarity": claim.polarity, "in_body": claim.in_body, "lang": claim.lang,
        "continuation": _json(claim.continuation), "source_chain": _json(claim.source_chain),
        "dates": _json(claim.dates),
        "quantities": _json(claim.quantities),
        "rule": claim.evidence.rule if claim.evidence else None,
        "confidence": claim.evidence.confidence if claim.evidence else None,
    }
    for part, fields in _SPAN_PARTS.items():
        value = getattr(claim, part)
        for name, _ in fields:
            row[f"{part}_{name}"] = getattr(value, name) if value is not None else None
    return row


def article_row(article: Article) -> dict[str, Any]:
    return {
        "doc_id": article.doc_id, "lang": article.lang,
        "published": article.published.isoformat() if article.published else None,
        "outlet": article.meta.outlet, "n_claims": len(article.claims), "n_errors": len(article.errors),
        "models": _json(article.models), "text": article.text,
    }


def tables(articles: Iterable[Article]) -> dict[str, pa.Table]:
    """The three tables (articles, claims, errors) for a group of articles."""
    rows: dict[str, list[dict[str, Any]]] = {"articles": [], "claims": [], "errors": []}
    for article in articles:
        rows["articles"].append(article_row(article))
        rows["claims"].extend(claim_row(article.doc_id, claim) for claim in article.claims)
        rows["errors"].extend({"doc_id": article.doc_id, **error.model_dump()} for error in article.errors)
    schemas = {"articles": ARTICLE_SCHEMA, "claims": CLAIM_SCHEMA, "errors": ERROR_SCHEMA}
    return {name: pa.Table.from_pylist(rows[name], schema=schemas[name]) for name in schemas}


# Graph tables: one row per claim node and per edge, ids qualified by the story partition so that
# the parts of all partitions form one table ("p12/k:3" is cluster k:3 of partition 12).
GRAPH_CLAIM_SCHEMA = pa.schema([
    ("partition", pa.int32()), ("node_id", pa.string()), ("doc_id", pa.string()),
    ("claim_id", pa.string()), ("lang", pa.string()), ("speaker", pa.string()),
    ("speaker_text", pa.string()), ("polarity", pa.string()), ("in_body", pa.bool_()),
    ("date", pa.string()), ("cluster", pa.string()), ("cluster_label", pa.string()), ("story", pa.string()),
])

GRAPH_EDGE_SCHEMA = pa.schema([
    ("partition", pa.int32()), ("source", pa.string()), ("target", pa.string()),
    ("relation", pa.string()), ("score", pa.float64()), ("evidence", pa.string()),
])


def _qualified(partition: int, local_id: str | None) -> str | None:
    return f"p{partition}/{local_id}" if local_id else None


def graph_claim_rows(graph: ClaimGraph, partition: int) -> list[dict[str, Any]]:
    labels = {cluster.id: cluster.label for cluster in graph.clusters}
    return [{"partition": partition, "node_id": node.id, "doc_id": node.doc_id, "claim_id": node.claim_id,
             "lang": node.lang, "speaker": node.speaker, "speaker_text": node.speaker_text,
             "polarity": node.polarity, "in_body": node.in_body, "date": node.date,
             "cluster": _qualified(partition, node.cluster),
             "cluster_label": labels.get(node.cluster) if node.cluster else None,
             "story": _qualified(partition, node.story)} for node in graph.claims]


def graph_edge_rows(graph: ClaimGraph, partition: int) -> list[dict[str, Any]]:
    return [{"partition": partition, "source": edge.source, "target": edge.target, "relation": edge.relation,
             "score": edge.score, "evidence": json.dumps(edge.evidence, ensure_ascii=False)}
            for edge in graph.edges]
