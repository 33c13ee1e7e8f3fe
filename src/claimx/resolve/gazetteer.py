"""Known actors and role words, loaded from ``resources/<lang>/entities.tsv`` and ``entities_roles.tsv``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from claimx.resolve.text import PhraseMatcher, script_of
from claimx.resources import has_resource, languages, load_tsv

_ALIAS_COLUMNS = (
    ("name", "name"),
    ("aliases", "alias"),
    ("adjectives", "adjective"),
    ("metonyms", "metonym"),
)


@dataclass
class KnownEntity:
    id: str
    kind: str
    names: dict[str, str] = field(default_factory=dict)  # lang -> canonical name in that language
    part_of: str | None = None
    aliases: list[tuple[str, str, str]] = field(default_factory=list)  # (text, lang, role)

    def canonical(self) -> str:
        return self.names.get("en") or next(iter(self.names.values()), self.id)


@dataclass(frozen=True)
class Gazetteer:
    entities: dict[str, KnownEntity]
    matcher: PhraseMatcher  # labels: "ent:<id>:<role>" and "role:<role>[:<institution>]"


def _entity_languages() -> list[str]:
    return [lang for lang in languages() if has_resource(lang, "entities.tsv")]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """All languages' known entities and role words in one matcher (scripts do not collide)."""
    entities: dict[str, KnownEntity] = {}
    entries: list[tuple[str, str]] = []
    for lang in _entity_languages():
        for row in load_tsv(lang, "entities"):
            entity = entities.setdefault(row["id"], KnownEntity(row["id"], row["kind"]))
            entity.names[lang] = row["name"]
            entity.part_of = entity.part_of or row.get("part_of") or None
            for column, role in _ALIAS_COLUMNS:
                for text in filter(None, (part.strip() for part in row.get(column, "").split("|"))):
                    entity.aliases.append((text, lang, role))
                    entries.append((text, f"ent:{row['id']}:{role}"))
    for lang in languages():
        if not has_resource(lang, "entities_roles.tsv"):
            continue
        for row in load_tsv(lang, "entities_roles"):
            label = f"role:{row['role']}" + (f":{row['institution']}" if row.get("institution") else "")
            entries.append((row["phrase"], label))
    return Gazetteer(entities, PhraseMatcher(entries))


def alias_script(text: str) -> str:
    return script_of(text)
