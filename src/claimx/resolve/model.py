"""Public records of entity resolution: who is who across articles and scripts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from claimx.records import SpeakerKind

EntityRelationKind = Literal["part_of", "spokesperson_of", "official_of", "affiliated_with", "source_of"]
ScriptName = Literal["arabic", "latin", "other"]


class EntityRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Alias(EntityRecord):
    """One way the entity was written, with how often it was seen."""

    text: str
    script: ScriptName
    lang: str
    count: int = 1
    role: Literal["name", "alias", "adjective", "metonym", "mention"] = "mention"


class EntityLink(EntityRecord):
    """A relation to another entity: a spokesperson speaks for an institution that is part of a state."""

    relation: EntityRelationKind
    target: str


class Entity(EntityRecord):
    """A resolved actor: person, state, organization, outlet, or an unnamed official of some body."""

    id: str = Field(
        description="stable id: gazetteer id (russia), person:<name key>, "
        "spokesperson:<body>, official:<body>, <institution>:<state>"
    )
    kind: SpeakerKind
    canonical: str
    aliases: list[Alias] = Field(default_factory=list)
    related: list[EntityLink] = Field(default_factory=list)
    key: str | None = Field(None, description="cross-script name key for persons and unknown bodies")

    def speaks_for(self) -> set[str]:
        """Ids this entity's statements are attributable to: itself and what it is spokesperson or
        official of. Used to decide whether two claims may be the same statement."""
        return {self.id} | {
            link.target for link in self.related if link.relation in ("spokesperson_of", "official_of")
        }
