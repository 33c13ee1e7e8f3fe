"""The claim graph: claims of many articles linked across outlets and languages.

``link(articles) -> ClaimGraph``; exports in :mod:`claimx.graph.export` (JSON, networkx, GraphML,
self-contained HTML), notebook views in :mod:`claimx.graph.display`, content comparison in
:mod:`claimx.graph.similarity`.
"""

from claimx.graph.link import link
from claimx.graph.model import (
    ArticleNode,
    ClaimGraph,
    ClaimNode,
    Cluster,
    Edge,
    Story,
    TimelineEntry,
)
from claimx.graph.similarity import RelationGuess, claim_similarity, classify_relation

__all__ = [
    "ArticleNode",
    "ClaimGraph",
    "ClaimNode",
    "Cluster",
    "Edge",
    "RelationGuess",
    "Story",
    "TimelineEntry",
    "claim_similarity",
    "classify_relation",
    "cli_graph",
    "link",
    "read_articles",
]


def __getattr__(name: str) -> object:
    # Exports pull in the HTML writer and JSONL reading; load them on first use.
    if name in ("cli_graph", "read_articles"):
        from claimx.graph import export

        return getattr(export, name)
    raise AttributeError(f"module 'claimx.graph' has no attribute {name!r}")
