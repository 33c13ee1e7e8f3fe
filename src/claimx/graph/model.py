"""Public records of the claim graph: articles, claims, entities, same-claim clusters, stories, edges."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from claimx.records import CueClass, Lang, Polarity
from claimx.resolve.model import Entity

if TYPE_CHECKING:
    import networkx

RelationKind = Literal[
    "same_as",
    "contradicts",
    "supports",
    "cites",
    "said_by",
    "reported_in",
    "part_of",
    "spokesperson_of",
    "official_of",
    "affiliated_with",
]
CLAIM_RELATIONS: tuple[str, ...] = ("same_as", "contradicts", "supports")


class GraphRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleNode(GraphRecord):
    id: str = Field(description="a:<doc_id>")
    doc_id: str
    lang: Lang
    published: str | None = None
    outlet: str | None = None


class ClaimNode(GraphRecord):
    id: str = Field(description="c:<doc_id>/<claim id>")
    doc_id: str
    claim_id: str
    lang: Lang
    text: str = Field(description="the claim content as written")
    speaker_text: str | None = None
    speaker: str | None = Field(None, description="entity id of the speaker")
    sources: list[str] = Field(
        default_factory=list, description="entity ids of the source chain, outermost first"
    )
    cue: str | None = None
    cue_class: CueClass | None = None
    polarity: Polarity = Field(
        "asserted",
        description='what the claim does to its content: a denial ("Moscow denied using drones") is denied',
    )
    negative: bool = Field(
        False, description="the content, as the speaker means it, says something is not so"
    )
    in_body: bool = True
    date: str | None = Field(None, description="statement date (ISO), else the publication date")
    date_basis: Literal["statement", "publication"] | None = None
    cluster: str | None = None
    story: str | None = None


class Cluster(GraphRecord):
    """One claim reported several times: across articles, outlets and languages."""

    id: str = Field(description="k:<n>")
    label: str = Field(description='headline form "Speaker: claim"')
    speaker: str | None = None
    claims: list[str]
    articles: list[str]
    languages: list[str]
    first_date: str | None = None


class Story(GraphRecord):
    """Clusters joined by same-claim, support or contradiction: one news story."""

    id: str = Field(description="s:<n>")
    label: str
    clusters: list[str]
    claims: list[str]


class Edge(GraphRecord):
    source: str
    target: str
    relation: RelationKind
    score: float = Field(1.0, ge=0.0, le=1.0)
    evidence: list[str] = Field(default_factory=list)


class TimelineEntry(GraphRecord):
    date: str | None
    claim: str
    cluster: str | None = None


class ClaimGraph(GraphRecord):
    """The story graph of a set of articles."""

    entities: list[Entity] = Field(default_factory=list)
    articles: list[ArticleNode] = Field(default_factory=list)
    claims: list[ClaimNode] = Field(default_factory=list)
    clusters: list[Cluster] = Field(default_factory=list)
    stories: list[Story] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)

    # -- lookups ----------------------------------------------------------------------------------
    def claim(self, claim_id: str) -> ClaimNode:
        return next(claim for claim in self.claims if claim.id == claim_id)

    def entity(self, entity_id: str) -> Entity:
        return next(entity for entity in self.entities if entity.id == entity_id)

    def cluster(self, cluster_id: str) -> Cluster:
        return next(cluster for cluster in self.clusters if cluster.id == cluster_id)

    def edges_of(self, relation: str) -> list[Edge]:
        return [edge for edge in self.edges if edge.relation == relation]

    def claims_of(self, doc_id: str) -> list[ClaimNode]:
        return [claim for claim in self.claims if claim.doc_id == doc_id]

    # -- exports (claimx.graph.export) ------------------------------------------------------------
    def to_json(self, indent: int | None = 2) -> str:
        from claimx.graph.export import to_json

        return to_json(self, indent=indent)

    def to_node_link(self) -> dict[str, Any]:
        from claimx.graph.export import to_node_link

        return to_node_link(self)

    def to_networkx(self) -> networkx.MultiDiGraph:
        from claimx.graph.export import to_networkx

        return to_networkx(self)

    def to_graphml(self, path: str | Path | None = None) -> str:
        from claimx.graph.export import to_graphml

        return to_graphml(self, path)

    def to_html(self, path: str | Path | None = None, title: str = "claimx story") -> str:
        from claimx.graph.html import graph_page

        page = graph_page(self, title=title)
        if path is not None:
            Path(path).write_text(page, encoding="utf-8")
        return page

    def _repr_html_(self) -> str:
        from claimx.graph.display import graph_html

        return graph_html(self)
