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
from claimx.extractors.speakers import Entity, Phrase, classify, entity_in, find_phrase, mentions_any
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
        parent = ps.parent(cue)
        # "the senator, who said ...": the relative pronoun stands for the noun the clause modifies.
        if "PronType=Rel" in (subjects[0].feats or "") and parent is not None and \
                base_relation(ps.deprel(cue)) == "acl" and ps.upos(parent) in NOMINAL:
            return parent
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


MAX_WORDS_BEFORE_COMPLEMENTIZER = 12


def _complementizer_after(ps: ParsedSentence, cue: Word, lexicon: Lexicon,
                          quotes: Sequence[Quote]) -> Word | None:
    """The "that"/"إن" that opens the claim of ``cue``: the first complementizer after it, with only
    the speaker's words (no verb, no other cue) in between: "قال X إن ...", "X said that ..."."""
    complementizers = lexicon.words_of("complementizers")
    for word in ps.words[cue.id:cue.id + MAX_WORDS_BEFORE_COMPLEMENTIZER]:
        if inside_quote(ps.offsets[word.id][0], quotes):
            return None
        if fold(word.text) in complementizers and ps.upos(word) in {"SCONJ", "PART", "ADP", "PRON", "CCONJ"}:
            return word
        if ps.upos(word) in {"VERB", "AUX"} or word.text in {".", ":", "!", "?", "؟", "«", '"', "“"}:
            return None
    return None


def _anchor_on_complementizer(ps: ParsedSentence, comp: Word, ids: list[int], lexicon: Lexicon) -> list[int]:
    """The claim starts right after its complementizer. When the tree's content does not (a noisy
    parse), take the words from the complementizer to the tree content's end, or to the sentence's
    end when the tree's content lies before it."""
    after = [i for i in ids if i > comp.id]
    if after and after[0] == comp.id + 1 and len(after) == len(ids):
        return ids
    last = max(after) if after else 0
    if not after or last <= comp.id + 1:
        last = ps.words[-1].id
    span = list(range(comp.id + 1, last + 1))
    # "أنها": the pronoun suffix, a word of the complementizer's own token, goes with it.
    if span and (ps.offsets[span[0]] == ps.offsets[comp.id] or
                 ps.offsets[span[0]][0] == ps.offsets[comp.id][1]):
        span = span[1:]
    return span


def _extend_name(ps: ParsedSentence, phrase: Phrase, comp: Word, entities: Sequence[Entity],
                 lexicon: Lexicon) -> Phrase:
    """"قال القائد العسكري اللواء عبد الله صبيحي إن": a title whose name the parse left out runs on
    through the proper nouns up to the complementizer."""
    last = max(phrase.ids)
    names = []
    for word in ps.words[last:comp.id - 1]:
        if ps.upos(word) != "PROPN":
            return phrase
        names.append(word.id)
    if not names:
        return phrase
    ids = tuple(sorted(set(phrase.ids) | set(names)))
    span = ps.span(ids)
    if span is None:
        return phrase
    entity = phrase.entity or entity_in(span, entities)
    return Phrase(ids=ids, start=span[0], end=span[1], head=phrase.head, entity=entity,
                  kind=classify(ps, ids, phrase.head, entity, lexicon))


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
        if ps.kids(word, "aux:pass", "nsubj:pass"):
            continue  # "no injuries had been reported": a passive cue names no speaker
        allow_object = fold(entry.term) not in addressee_verbs
        ids = clause_content(ps, word, lexicon, allow_object=allow_object)
        original: Phrase | None = None
        if entry.pos == "transmit":
            original = _transmitted(ps, word, entities, lexicon)
            if not ids:  # the content hangs off "قوله": a statement noun object of the verb
                for obj in ps.kids(word, "obj"):
                    ids = clause_content(ps, obj, lexicon, allow_object=False)
        subject = _subject(ps, word)
        comp = _complementizer_after(ps, word, lexicon, quotes)
        if comp is not None:
            ids = _anchor_on_complementizer(ps, comp, ids, lexicon)
            if subject is not None and subject.id > comp.id:
                subject = None  # "وأضاف أن أكثر من 50 ألف شخص ...": the subject belongs to the claim
        content = with_quotes(ps, ps.offsets[word.id][1], ids, quotes, lexicon,
                              cue_start=ps.offsets[word.id][0])
        if content is None:
            continue
        phrase = find_phrase(ps, subject, entities, lexicon) if subject is not None else None
        if phrase is not None and comp is not None:
            phrase = _extend_name(ps, phrase, comp, entities, lexicon)
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
    while ids and (ps.upos(ps.word(ids[0])) in {"PUNCT", "CCONJ"} or fold(ps.word(ids[0]).text) in
                   lexicon.words_of("complementizers")):
        ids.pop(0)
    return ids


def _main_clause(ps: ParsedSentence, exclude: set[int], lexicon: Lexicon) -> list[int]:
    roots = ps.roots
    if not roots:
        return []
    ids = [i for i in ps.subtree(roots[0]) if i not in exclude]
    return _trim_leading_function(ps, ids, lexicon)


def _cut_from_content(ps: ParsedSentence, candidates: list[Candidate], phrase: set[int]) -> Candidate | None:
    """The candidate whose indirect content ends (or starts) with the source phrase: "X confirmed that
    ..., according to the report" — the phrase qualifies the whole report, not the clause it hangs
    off in the tree. The phrase is cut from the content; None when no content has it at an edge."""
    for candidate in candidates:
        content = candidate.content
        if candidate.content.quote != "indirect" or not phrase & set(content.ids):
            continue
        ordered = sorted(content.ids)
        kept = [i for i in ordered if i not in phrase]
        punct = {i for i in ordered if ps.upos(ps.word(i)) == "PUNCT"}
        lo, hi = min(phrase), max(phrase)
        inside = [i for i in ordered if lo <= i <= hi]
        if set(inside) - phrase - punct:
            continue  # the phrase is in the middle of the claim, with words of it around
        before = [i for i in kept if i < lo and i not in punct]
        after = [i for i in kept if i > hi and i not in punct]
        if before and after:
            continue
        rest = before or after
        span = ps.span(rest)
        if span is None:
            continue
        candidate.content = Content(span[0], span[1], content.quote, tuple(rest))
        return candidate
    return None


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
        host = next((c for c in verb_candidates if not set(phrase.ids) & set(c.content.ids)), None) or \
            _cut_from_content(ps, verb_candidates, set(ids) | set(phrase.ids))
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
    if any(_joined_conjunct(w, lexicon) for w in before[1:]):
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


def _joined_conjunct(word: Word, lexicon: Lexicon) -> bool:
    """"وروسيا" left whole by the tokenizer: a second actor joined by the clitic conjunction."""
    folded = fold(word.text)
    clitics = [c for c in lexicon.clitics if folded.startswith(c) and len(folded) > len(c) + 2]
    return any(folded[len(c):] in lexicon.words_of("states") for c in clitics)


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
