"""Entity resolution of speakers and sources within and across articles and scripts.

A mention ("نائب وزير الخارجية الروسي سيرغي ريابكوف", "Sergei Rybakov", "ريابكوف", "موسكو",
"متحدث باسم البيت الأبيض") is read as: known actors named in it (gazetteer), role words (titles,
spokesperson, official, outlet kind, institution), and what is left: the name. Then:

* a name makes a person (or an outlet / body when the role words say so), keyed by its cross-script
  consonant skeleton; bare surnames join the full name they end (in the same article first);
* no name but "spokesperson/official of X" makes the derived actor ``spokesperson:X``, related to X;
* a capital or seat ("موسكو", "Moscow") is the state itself; an institution word with a demonym
  ("Iranian Foreign Ministry") is ``foreign_ministry:iran``, part of the state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from claimx.records import SpeakerKind
from claimx.resolve.gazetteer import gazetteer
from claimx.resolve.model import Alias, Entity, EntityLink
from claimx.resolve.text import normalize, script_of, tokens
from claimx.resolve.translit import keys_compatible, word_key
from claimx.temporal import find as find_dates

_SURFACE_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-.'’][\p{L}\p{M}\p{N}]+)*")
_PERSONAL_KINDS = {"person", "official"}


@dataclass
class MentionParse:
    """What a speaker or source phrase is made of."""

    text: str
    lang: str
    entities: list[tuple[str, str]] = field(default_factory=list)  # (entity id, alias role)
    roles: set[str] = field(default_factory=set)
    institutions: list[str] = field(default_factory=list)
    name_words: list[str] = field(default_factory=list)  # surface words of the name, in order

    @property
    def primary_entity(self) -> str | None:
        """The actor the phrase names, not one it is merely affiliated to by a demonym."""
        for entity_id, role in self.entities:
            if role != "adjective":
                return entity_id
        return None

    @property
    def affiliations(self) -> list[str]:
        return list(dict.fromkeys(entity_id for entity_id, _ in self.entities))


def _without_dates(text: str, lang: str) -> str:
    """``text`` with its date expressions blanked: a noisy parse can leave them in a speaker phrase
    ("Rybakov on Saturday", "ريابكوف قوله، اليوم السبت"), and "Saturday" is nobody's name."""
    if lang not in ("ar", "en"):
        return text
    for found in reversed(find_dates(text, lang, None)):
        text = text[:found.start] + " " * (found.end - found.start) + text[found.end:]
    return text


def parse_mention(text: str, lang: str = "other") -> MentionParse:
    """Split a speaker/source phrase into known actors, role words and the remaining name."""
    parse = MentionParse(text=text, lang=lang)
    text = _without_dates(text, lang)
    words = tokens(text)
    surface = [word for word in _SURFACE_TOKEN.findall(text)]
    if len(surface) != len(words):
        surface = words
    used = [False] * len(words)
    for match in gazetteer().matcher.find(words):
        for index in range(match.start, match.end):
            used[index] = True
        parts = match.label.split(":")
        if parts[0] == "ent":
            parse.entities.append((parts[1], parts[2]))
        else:
            parse.roles.add(parts[1])
            if len(parts) > 2:
                parse.institutions.append(parts[2])
    for index, word in enumerate(words):
        if used[index] or word.isdigit() or (len(word) < 2 and not word.isalpha()):
            continue
        parse.name_words.append(surface[index].strip(".,"))
    return parse


@dataclass
class _Mention:
    text: str
    lang: str
    doc_id: str
    kind_hint: str | None
    entity_type: str | None
    parse: MentionParse


@dataclass
class _Draft:
    """A mutable entity while mentions are being resolved."""

    id: str
    kind: SpeakerKind
    canonical: str = ""
    key: str | None = None
    aliases: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    related: dict[tuple[str, str], None] = field(default_factory=dict)

    def link(self, relation: str, target: str) -> None:
        if target != self.id:
            self.related[(relation, target)] = None


def _concat_key(words: Iterable[str]) -> list[str]:
    return [key for key in (word_key(word) for word in words) if key]


class EntityResolver:
    """Collects mentions from many articles, then resolves them all at once.

    >>> resolver = EntityResolver()
    >>> a = resolver.add("Sergei Rybakov", "en", doc_id="1", kind_hint="person")
    >>> b = resolver.add("ريابكوف", "ar", doc_id="2", kind_hint="person")
    >>> c = resolver.add("سيرجي ريابكوف", "ar", doc_id="2", kind_hint="person")
    >>> entities, ids = resolver.resolve()
    >>> ids[a] == ids[b] == ids[c]
    True
    """

    def __init__(self) -> None:
        self._mentions: list[_Mention] = []

    def add(
        self,
        text: str,
        lang: str,
        *,
        doc_id: str = "",
        kind_hint: str | None = None,
        entity_type: str | None = None,
    ) -> int:
        """Register a mention; returns its index into the ids that :meth:`resolve` gives back."""
        self._mentions.append(_Mention(text, lang, doc_id, kind_hint, entity_type, parse_mention(text, lang)))
        return len(self._mentions) - 1

    def resolve(self) -> tuple[list[Entity], list[str | None]]:
        """Entities (sorted by id) and, for each mention in order, its entity id (None: a pronoun or
        an empty phrase that names nobody)."""
        drafts: dict[str, _Draft] = {}
        ids: list[str | None] = [None] * len(self._mentions)
        people: list[int] = []
        for index, mention in enumerate(self._mentions):
            if self._is_named(mention):
                people.append(index)
                continue
            ids[index] = self._resolve_unnamed(mention, drafts)
        for index, entity_id in self._resolve_named(people, drafts).items():
            ids[index] = entity_id
        return [self._freeze(draft) for _, draft in sorted(drafts.items())], ids

    # -- named mentions: people, and outlets/bodies not in the gazetteer ----------------------------

    @staticmethod
    def _is_named(mention: _Mention) -> bool:
        parse = mention.parse
        if not parse.name_words or ("pronoun" in parse.roles and len(parse.name_words) <= 1):
            return False
        if mention.kind_hint == "unnamed" or ("unnamed" in parse.roles and mention.entity_type != "PER"):
            return False
        # An official without a name of their own: the words left over are not a name
        # ("مسؤول بالبيت الأبيض" leaves nothing; "US officials familiar" leaves "familiar").
        if "official" in parse.roles and mention.entity_type != "PER" and len(parse.name_words) < 2:
            return False
        return bool(_concat_key(parse.name_words))

    def _resolve_named(self, indexes: list[int], drafts: dict[str, _Draft]) -> dict[int, str]:
        full: list[int] = []
        bare: list[int] = []
        for index in indexes:
            (full if len(_concat_key(self._mentions[index].parse.name_words)) >= 2 else bare).append(index)
        groups: list[list[int]] = []
        group_keys: list[list[str]] = []
        for index in full:
            keys = _concat_key(self._mentions[index].parse.name_words)
            for group, known in zip(groups, group_keys, strict=True):
                if _same_name(keys, known):
                    group.append(index)
                    break
            else:
                groups.append([index])
                group_keys.append(keys)
        assigned: dict[int, int] = {}  # mention -> group
        for group_index, group in enumerate(groups):
            for index in group:
                assigned[index] = group_index
        for index in bare:
            key = "".join(_concat_key(self._mentions[index].parse.name_words))
            doc = self._mentions[index].doc_id
            candidates = [g for g, known in enumerate(group_keys) if _ends_with(known, key)]
            local = [g for g in candidates if any(self._mentions[i].doc_id == doc for i in groups[g])]
            chosen = local if local else candidates
            if len(chosen) == 1:
                groups[chosen[0]].append(index)
                assigned[index] = chosen[0]
            else:
                groups.append([index])
                group_keys.append([key])
                assigned[index] = len(groups) - 1
        # Bare names that made their own group: merge equal keys so "ريابكوف" in two articles meet.
        result: dict[int, str] = {}
        for group_index, group in enumerate(groups):
            if not group:
                continue
            result.update(
                {index: self._named_draft(group, group_keys[group_index], drafts) for index in group}
            )
        return result

    def _named_draft(self, group: list[int], keys: list[str], drafts: dict[str, _Draft]) -> str:
        mentions = [self._mentions[index] for index in group]
        kind = _named_kind(mentions)
        prefix = {"person": "person", "media": "media", "organization": "org"}.get(kind, "person")
        entity_id = f"{prefix}:{'-'.join(keys)}"
        draft = drafts.get(entity_id)
        if draft is None:
            draft = drafts[entity_id] = _Draft(entity_id, kind, key=" ".join(keys))
        for mention in mentions:
            name = " ".join(mention.parse.name_words)
            draft.aliases[(name, mention.lang, "mention")] += 1
            for affiliation in mention.parse.affiliations:
                relation = "affiliated_with"
                if "spokesperson" in mention.parse.roles:
                    relation = "spokesperson_of"
                elif "official" in mention.parse.roles:
                    relation = "official_of"
                draft.link(relation, affiliation)
                self._ensure_known(affiliation, drafts)
        draft.canonical = _canonical_name(draft.aliases)
        return entity_id

    # -- unnamed mentions: known actors, spokespeople, officials, institutions ---------------------

    def _resolve_unnamed(self, mention: _Mention, drafts: dict[str, _Draft]) -> str | None:
        parse = mention.parse
        body = self._body_of(parse)
        if body is None:
            if not parse.roles & {"official", "unnamed", "spokesperson"}:
                return None
            # "a person familiar with the talks": an actor of this article only.
            key = "-".join(_concat_key(tokens(mention.text))) or "anon"
            entity_id = f"unnamed:{mention.doc_id}:{key}"
            draft = drafts.setdefault(entity_id, _Draft(entity_id, "unnamed", canonical=mention.text))
            draft.aliases[(mention.text, mention.lang, "mention")] += 1
            return entity_id
        self._ensure_known(body, drafts)
        if "media" in parse.roles and drafts[body].kind == "state":
            # "Iranian media", "وسائل إعلام إيرانية": the press of a country, not its government.
            entity_id = f"media:{body}"
            draft = drafts.setdefault(
                entity_id, _Draft(entity_id, "media", canonical=f"{drafts[body].canonical} media")
            )
            draft.link("affiliated_with", body)
            draft.aliases[(mention.text, mention.lang, "mention")] += 1
            return entity_id
        for role, relation, kind in (
            ("spokesperson", "spokesperson_of", "official"),
            ("official", "official_of", "official"),
            ("unnamed", "official_of", "unnamed"),
        ):
            if role in parse.roles:
                entity_id = f"{role}:{body}"
                if entity_id not in drafts:
                    label = {
                        "spokesperson": "spokesperson of",
                        "official": "official of",
                        "unnamed": "source in",
                    }[role]
                    drafts[entity_id] = _Draft(
                        entity_id,
                        kind,  # type: ignore[arg-type]
                        canonical=f"{label} {drafts[body].canonical}",
                    )
                speaker = drafts[entity_id]
                speaker.link(relation, body)
                speaker.aliases[(mention.text, mention.lang, "mention")] += 1
                return entity_id
        drafts[body].aliases[(mention.text, mention.lang, "mention")] += 1
        return body

    def _body_of(self, parse: MentionParse) -> str | None:
        """The known actor a phrase without a name stands for (an institution of a state first)."""
        primary = parse.primary_entity
        states = [entity_id for entity_id, _ in parse.entities]
        if parse.institutions and not (primary and gazetteer().entities[primary].kind != "state"):
            state = states[0] if states else None
            return f"{parse.institutions[0]}:{state}" if state else None
        return primary or (states[0] if states else None)

    def _ensure_known(self, entity_id: str, drafts: dict[str, _Draft]) -> None:
        """Create the draft of a gazetteer entity (or of an institution of one) on first use."""
        if entity_id in drafts:
            return
        known = gazetteer().entities.get(entity_id)
        if known is not None:
            draft = drafts[entity_id] = _Draft(entity_id, known.kind, canonical=known.canonical())  # type: ignore[arg-type]
            for text, lang, role in known.aliases:
                draft.aliases[(text, lang, role)] += 0
            if known.part_of:
                draft.link("part_of", known.part_of)
                self._ensure_known(known.part_of, drafts)
            return
        institution, _, state = entity_id.partition(":")
        if state and state in gazetteer().entities:
            self._ensure_known(state, drafts)
            label = institution.replace("_", " ")
            draft = drafts[entity_id] = _Draft(
                entity_id, "organization", canonical=f"{drafts[state].canonical} {label}"
            )
            draft.link("part_of", state)

    @staticmethod
    def _freeze(draft: _Draft) -> Entity:
        aliases = [
            Alias(text=text, lang=lang, script=script_of(text), count=count, role=role)
            for (text, lang, role), count in sorted(
                draft.aliases.items(), key=lambda item: (-item[1], item[0])
            )
        ]
        related = [EntityLink(relation=relation, target=target) for relation, target in draft.related]
        return Entity(
            id=draft.id,
            kind=draft.kind,
            canonical=draft.canonical or draft.id,
            aliases=aliases,
            related=related,
            key=draft.key,
        )


def _same_name(a: list[str], b: list[str]) -> bool:
    """Full names match when their surnames match and their first names are compatible."""
    if not keys_compatible(a[-1], b[-1]):
        return "".join(a) == "".join(b)  # "Abdollahian" vs "عبد اللهيان": split differently
    return keys_compatible(a[0], b[0])


def _ends_with(full: list[str], bare_key: str) -> bool:
    """A bare name is the end of a full one, word-aligned (ريابكوف → سيرغي ريابكوف)."""
    for start in range(1, len(full)):
        if "".join(full[start:]) == bare_key:
            return True
    return keys_compatible(full[-1], bare_key) and len(bare_key) >= 3


def _named_kind(mentions: list[_Mention]) -> SpeakerKind:
    votes: Counter[str] = Counter()
    for mention in mentions:
        if "media" in mention.parse.roles or mention.kind_hint == "media":
            votes["media"] += 1
        elif mention.entity_type == "ORG" or mention.kind_hint == "organization":
            votes["organization"] += 1
        else:
            votes["person"] += 1
    return votes.most_common(1)[0][0]  # type: ignore[return-value]


def _canonical_name(aliases: Counter[tuple[str, str, str]]) -> str:
    """The most complete spelling seen, Latin first (labels read in English), then most frequent."""

    def rank(item: tuple[tuple[str, str, str], int]) -> tuple[int, int, int]:
        (text, _, _), count = item
        return (len(tokens(text)), script_of(text) == "latin", count)

    return max(aliases.items(), key=rank)[0][0] if aliases else ""


def resolve_mentions(mentions: Iterable[tuple[str, str]]) -> tuple[list[Entity], list[str | None]]:
    """Resolve (text, lang) mentions as if all came from one article (a convenience for scripts)."""
    resolver = EntityResolver()
    for text, lang in mentions:
        resolver.add(text, lang)
    return resolver.resolve()


def normalized_alias(text: str) -> str:
    return normalize(text)
