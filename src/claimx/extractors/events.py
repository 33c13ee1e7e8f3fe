"""Facts in the author's own voice: "وبدأت روسيا في استخدام طائرات شاهد ... العام الماضي".

Conservative on purpose: only a body sentence whose root is a finite past-tense verb with a named
actor as subject, no question mark and no attribution found in it becomes an event claim.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimx.extractors.lexicon import Lexicon
from claimx.extractors.speakers import Entity, Phrase, find_phrase
from claimx.extractors.tree import ParsedSentence, feats

MIN_EVENT_WORDS = 5
ACTOR_KINDS = frozenset({"person", "official", "organization", "state", "media"})


def is_past(word_feats: dict[str, str]) -> bool:
    return word_feats.get("Tense") == "Past" or word_feats.get("Aspect") == "Perf"


def event_actor(ps: ParsedSentence, entities: Sequence[Entity], lexicon: Lexicon) -> Phrase | None:
    """The named actor of a reported fact, or None when the sentence is not an event."""
    words = ps.words
    if len(words) < MIN_EVENT_WORDS or any(word.text in {"?", "؟"} for word in words):
        return None
    roots = ps.roots
    if len(roots) != 1 or ps.upos(roots[0]) != "VERB" or not is_past(feats(roots[0])):
        return None
    if ps.kids(roots[0], "ccomp"):  # "thought that ...": a stance, not a fact
        return None
    subjects = ps.kids(roots[0], "nsubj")
    if not subjects or ps.upos(subjects[0]) == "PRON":
        return None
    phrase = find_phrase(ps, subjects[0], entities, lexicon)
    if phrase is None or phrase.kind not in ACTOR_KINDS:
        return None
    return phrase
