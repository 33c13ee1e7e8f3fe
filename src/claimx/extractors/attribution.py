"""Attribution rules over one parsed sentence, each a named function returning candidates.

In the spirit of spaCy's DependencyMatcher: a rule anchors on a cue (a reporting verb, a source
phrase such as "according to"/"بحسب", a citing phrase such as "citing"/"نقلا عن", or a colon after a
speaker) and reads the speaker, the content and the intermediaries off the UD tree:

- ``verb_cue``: "X said (that) ...", "قال X إن ...", "..., he said", "نقلت الوكالة عن X قوله ...".
- ``source_phrase``: "according to X, ...", "بحسب X"; attaches to a verb cue of the same sentence as
  its source when there is one.
- ``citing_phrase``: "FT, citing an Iranian official, reported", "ذكرت الصحيفة نقلا عن مسؤول": the
  cited party becomes the speaker, the reporting outlet the source.
- ``colon_quote``: 'X: "..."' with no verb; ``headline``: "X: claim" in headlines when X can speak.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from stanza.models.common.doc import Word

from claimx.extractors.content import Content, Quote, clause_content, inside_quote, with_quotes
from claimx.extractors.lexicon import CueEntry, Lexicon, fold
from claimx.extractors.speakers import Entity, Phrase, find_phrase, mentions_any
from claimx.extractors.tree import ParsedSentence, base_relation

SPEAKER_KINDS_FOR_HEADLINES = frozenset({"person", "official", "organization", "state", "media", "unnamed"})
VERB_TAGS = frozenset({"VERB", "AUX", "ADJ"})  # ADJ: Arabic participles "مضيفا أن", "قائلا"
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
NOMINAL_RELATIONS = frozenset({"nmod", "flat", "compound", "amod", "appos", "det", "fixed", "nummod", "case"})
MAX_HEADLINE_SPEAKER_WORDS = 8


@dataclass
class Candidate:
    rule: str
    sentence: ParsedSentence
    cue: CueEntry
    cue_ids: tuple[int, ...]
    content: Content
    speaker: Phrase | None = None
    pronoun: Word | None = None       # "he" in "he added": the speaker is carried over
    sources: list[tuple[Phrase, str]] = field(default_factory=list)
    negated: bool = False
    confidence: float = 0.9
    has_subject: bool = True

    @property
    def cue_span(self) -> tuple[int, int]:
        first, last = self.sentence.offsets[self.cue_ids[0]], self.sentence.offsets[self.cue_ids[-1]]
        return first[0], last[1]


def _negated(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    negators = lexicon.words_of("negators")
    return any(fold(kid.text) in negators for kid in ps.kids(word, "advmod", "neg", "aux", "part"))


def _subject(ps: ParsedSentence, cue: Word) -> Word | None:
    subjects = [kid for kid in ps.kids(cue, "nsubj") if ps.deprel(kid) != "nsubj:pass"]
    if subjects:
        return subjects[0]
    # Coordinated cues share the subject: "X rejected the claims and said ...".
    parent = ps.parent(cue)
    if parent is not None and base_relation(ps.deprel(cue)) == "conj":
        return _subject(ps, parent)
    return None


def _addressee_sources(ps: ParsedSentence, cue: Word, taken: set[int], entities: Sequence[Entity],
                       lexicon: Lexicon) -> list[tuple[Phrase, str]]:
    """Media the remarks were made to: "told Reuters", "قال لوكالة نوفوستي", "في تصريحات لقناة X"."""
    found: list[tuple[Phrase, str]] = []
    candidates = list(ps.kids(cue, "obl", "iobj", "obj"))
    for kid in list(candidates):
        candidates.extend(ps.kids(kid, "nmod"))
    for kid in candidates:
        if kid.id in taken:
            continue
        phrase = find_phrase(ps, kid, entities, lexicon, exclude=sorted(taken))
        if phrase is not None and phrase.kind == "media":
            found.append((phrase, "remarks_to"))
            taken.update(phrase.ids)
    return found


def _transmitted(ps: ParsedSentence, cue: Word, entities: Sequence[Entity],
                 lexicon: Lexicon) -> Phrase | None:
    """The original speaker of "نقلت الوكالة عن X قوله": the obl introduced by عن/from."""
    for kid in ps.kids(cue, "obl", "nmod"):
        if any(base_relation(ps.deprel(c)) == "case" for c in ps.kids(kid)):
            return find_phrase(ps, kid, entities, lexicon)
    return None


def verb_cue(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity], lexicon: Lexicon,
             consumed: set[int]) -> list[Candidate]:
    found: list[Candidate] = []
    addressee_verbs = lexicon.words_of("addressee_verbs")
    for word in ps.words:
        if word.id in consumed or ps.upos(word) not in VERB_TAGS or \
                inside_quote(ps.offsets[word.id][0], quotes):
            continue
        entry = lexicon.cue(word.text, word.lemma)
        if entry is None or entry.pos not in {"verb", "transmit"}:
            continue
        allow_object = fold(entry.term) not in addressee_verbs
        ids = clause_content(ps, word, lexicon, allow_object=allow_object)
        original: Phrase | None = None
        if entry.pos == "transmit":
            original = _transmitted(ps, word, entities, lexicon)
            if not ids:  # the content hangs off "قوله": a statement noun object of the verb
                for obj in ps.kids(word, "obj"):
                    ids = clause_content(ps, obj, lexicon, allow_object=False)
        content = with_quotes(ps, ps.offsets[word.id][1], ids, quotes, lexicon)
        if content is None:
            continue
        subject = _subject(ps, word)
        phrase = find_phrase(ps, subject, entities, lexicon) if subject is not None else None
        candidate = Candidate(rule="verb_cue", sentence=ps, cue=entry, cue_ids=(word.id,), content=content,
                              negated=_negated(ps, word, lexicon))
        if phrase is not None and set(phrase.ids) & set(content.ids):
            phrase = None  # a subject inside the claim is the claim's own subject, not the speaker
        if subject is not None and fold(subject.text) in lexicon.words_of("speaker_pronouns"):
            candidate.pronoun, phrase = subject, None  # "he added": the speaker is carried over
        if entry.pos == "transmit" and original is not None:
            candidate.rule = "transmit_cue"
            if phrase is not None:
                candidate.sources.append((phrase, "cited"))
            phrase = original
        candidate.speaker = phrase
        taken = set(content.ids) | {word.id} | (set(phrase.ids) if phrase else set())
        candidate.sources.extend(_addressee_sources(ps, word, taken, entities, lexicon))
        candidate.has_subject = subject is not None
        if subject is None and not ids:
            candidate.confidence = 0.6
        found.append(candidate)
    return found


def _phrase_matches(ps: ParsedSentence, lexicon: Lexicon,
                    kinds: set[str]) -> list[tuple[CueEntry, list[int]]]:
    forms = [fold(word.text) for word in ps.words]
    found: list[tuple[CueEntry, list[int]]] = []
    position = 0
    while position < len(forms):
        entry = lexicon.phrase_at(forms, position)
        if entry is not None and entry.pos in kinds:
            found.append((entry, list(range(position + 1, position + 1 + len(entry.words)))))
            position += len(entry.words)
            continue
        word = ps.words[position]
        single = lexicon.cue(word.text, None)
        if single is not None and single.pos in kinds:
            found.append((single, [word.id]))
        position += 1
    return found


def _noun_after(ps: ParsedSentence, phrase_ids: Sequence[int]) -> Word | None:
    """The head of the noun phrase a source phrase introduces ("according to [the ministry]")."""
    last = max(phrase_ids)
    for word_id in phrase_ids:  # UD: "according" is case/mark of the noun it introduces
        head = ps.head(ps.word(word_id))
        if head and head > last and ps.upos(ps.word(head)) in NOMINAL:
            return _top_nominal(ps, ps.word(head), last)
    for word in ps.words[last:]:
        if ps.upos(word) in NOMINAL:
            return _top_nominal(ps, word, last)
        if ps.upos(word) not in {"DET", "ADP", "ADJ", "PUNCT"}:
            return None
    return None


def _top_nominal(ps: ParsedSentence, word: Word, after: int) -> Word:
    while True:
        parent = ps.parent(word)
        if parent is None or parent.id <= after or ps.upos(parent) not in NOMINAL or \
                base_relation(ps.deprel(word)) not in NOMINAL_RELATIONS:
            return word
        word = parent


def _governed_clause(ps: ParsedSentence, noun: Word, exclude: set[int], lexicon: Lexicon) -> list[int]:
    """The clause an "according to X" phrase modifies: the subtree of the word X hangs off."""
    governor = ps.parent(noun)
    if governor is None or ps.upos(governor) not in VERB_TAGS | {"NOUN", "PROPN", "PRON", "NUM"} or \
            base_relation(ps.deprel(noun)) not in {"obl", "advcl", "nmod"}:
        return []
    ids = [i for i in ps.subtree(governor) if i not in exclude]
    return _trim_leading_function(ps, ids, lexicon)


def _trim_leading_function(ps: ParsedSentence, ids: list[int], lexicon: Lexicon) -> list[int]:
    while ids and (ps.upos(ps.word(ids[0])) == "PUNCT" or fold(ps.word(ids[0]).text) in
                   lexicon.words_of("complementizers")):
        ids.pop(0)
    return ids


def _main_clause(ps: ParsedSentence, exclude: set[int], lexicon: Lexicon) -> list[int]:
    roots = ps.roots
    if not roots:
        return []
    ids = [i for i in ps.subtree(roots[0]) if i not in exclude]
    while ids and (ps.upos(ps.word(ids[0])) == "PUNCT" or fold(ps.word(ids[0]).text) in
                   lexicon.words_of("complementizers")):
        ids.pop(0)
    return ids


def _can_be_source(ps: ParsedSentence, phrase: Phrase, lexicon: Lexicon) -> bool:
    """An actor or a document: "according to the ministry/the report", not "according to the rules"."""
    return phrase.kind != "unknown" or mentions_any(ps, phrase.ids, lexicon.words_of("document_nouns"))


def source_phrases(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity], lexicon: Lexicon,
                   verb_candidates: list[Candidate], consumed: set[int]) -> list[Candidate]:
    """``according to X`` / ``بحسب X`` and ``citing X`` / ``نقلا عن X``."""
    found: list[Candidate] = []
    for entry, ids in _phrase_matches(ps, lexicon, {"source", "citing"}):
        head = _noun_after(ps, ids)
        if head is None:
            continue
        phrase = find_phrase(ps, head, entities, lexicon, exclude=ids)
        if phrase is None or not _can_be_source(ps, phrase, lexicon):
            continue
        consumed.update(ids)
        host = next((c for c in verb_candidates if not set(phrase.ids) & set(c.content.ids)), None)
        if host is not None:
            if entry.pos == "citing":
                if host.speaker is not None:
                    host.sources.insert(0, (host.speaker, "reported"))
                host.speaker, host.pronoun = phrase, None
                host.rule += "+citing"
            else:
                host.sources.insert(0, (phrase, "reported"))
                host.rule += "+source"
            continue
        exclude = set(ids) | set(phrase.ids)
        content_ids = _governed_clause(ps, head, exclude, lexicon) or _main_clause(ps, exclude, lexicon)
        content = with_quotes(ps, ps.offsets[ids[-1]][1], content_ids, quotes, lexicon)
        if content is None:
            continue
        found.append(Candidate(rule="source_phrase" if entry.pos == "source" else "citing_phrase",
                               sentence=ps, cue=entry, cue_ids=tuple(ids), content=content, speaker=phrase,
                               confidence=0.8))
    return found


def _colon(ps: ParsedSentence) -> Word | None:
    for word in ps.words[:MAX_HEADLINE_SPEAKER_WORDS + 1]:
        if word.text in {":", "："}:
            return word
    return None


def _actor_before(ps: ParsedSentence, colon: Word, entities: Sequence[Entity],
                  lexicon: Lexicon) -> Phrase | None:
    """The single actor named before a colon, or None for a topic ("Iran and Russia: ...")."""
    before = [w for w in ps.words[:colon.id - 1] if ps.upos(w) != "PUNCT"]
    if not before or any(ps.upos(w) in {"VERB", "CCONJ"} or base_relation(ps.deprel(w)) == "conj"
                         for w in before):
        return None
    ids = {w.id for w in before}
    tops = [w for w in before if ps.head(w) not in ids]
    head = tops[0] if len(tops) == 1 else before[0]
    phrase = find_phrase(ps, head, entities, lexicon)
    if phrase is None or phrase.kind not in SPEAKER_KINDS_FOR_HEADLINES:
        return None
    span = ps.span(sorted(ids))
    assert span is not None
    return Phrase(ids=tuple(sorted(ids)), start=span[0], end=span[1], head=head, entity=phrase.entity,
                  kind=phrase.kind)


def colon_statement(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity], lexicon: Lexicon,
                    *, headline: bool) -> list[Candidate]:
    """'X: "..."' anywhere, and "X: claim" without quotes in headlines."""
    colon = _colon(ps)
    if colon is None:
        return []
    phrase = _actor_before(ps, colon, entities, lexicon)
    if phrase is None:
        return []
    colon_end = ps.offsets[colon.id][1]
    after = [w.id for w in ps.words[colon.id:]]
    quoted = next((q for q in quotes if colon_end <= q.open <= colon_end + 2), None)
    entry = CueEntry(term=":", cue_class="assert", pos="colon")
    if quoted is not None:
        content = Content(quoted.inner[0], quoted.inner[1], "direct", tuple(after))
        return [Candidate(rule="colon_quote", sentence=ps, cue=entry, cue_ids=(colon.id,), content=content,
                          speaker=phrase, confidence=0.8)]
    if not headline:
        return []
    span = ps.span(after)
    if span is None or not any(ps.upos(ps.word(i)) in {"VERB", "NOUN", "ADJ"} for i in after):
        return []
    content = Content(span[0], span[1], "headline", tuple(after))
    return [Candidate(rule="headline", sentence=ps, cue=entry, cue_ids=(colon.id,), content=content,
                      speaker=phrase, confidence=0.7)]
