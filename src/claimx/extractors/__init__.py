"""Extract: one analysed block (a ``stanza.Document``) → attributed ``Claim`` records.

``extract_claims`` runs the rules of :mod:`claimx.extractors.attribution` sentence by sentence, then
fills what every claim carries: speaker (or the article's last speaker when the sentence has none),
source chain, polarity, dates (:func:`claimx.temporal.find`) and quantities. All offsets index
``doc.text`` except carried-over speakers, which are the earlier mention as the caller mapped it
(see :attr:`ArticleContext.to_original`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import regex
import stanza
from stanza.models.common.doc import Word

from claimx import temporal
from claimx.extractors.attribution import (
    Candidate,
    colon_statement,
    contained_statement,
    dash_attribution,
    digest_quote,
    document_phrase,
    noun_cue,
    only_speaker_between,
    saying_noun,
    source_phrases,
    trailing_document_phrase,
    transcript_turn,
    trim_claim_opening,
    verb_cue,
)
from claimx.extractors.content import (
    QUOTATION_OPENERS,
    Content,
    Quote,
    continued_quotes,
    find_quotes,
    inside_quote,
)
from claimx.extractors.events import event_actor, is_past
from claimx.extractors.lexicon import Lexicon, fold, lexicon_for
from claimx.extractors.quantities import find_quantities
from claimx.extractors.speakers import (
    ORGANIZATION_LABELS,
    PERSON_LABELS,
    Entity,
    Phrase,
    find_phrase,
    to_source,
    to_speaker,
    word_keys,
)
from claimx.extractors.tree import ParsedSentence, feats
from claimx.records import Claim, Cue, Evidence, Lang, Polarity, Span, Speaker, SpeakerKind, TimeValue

HEADLINE_BLOCKS = frozenset({"headline", "dek", "caption", "related"})
SpeakerMapper = Callable[[Speaker], Speaker]


def _identity(speaker: Speaker) -> Speaker:
    return speaker


@dataclass(frozen=True)
class RecentSpeaker:
    """A speaker named by a cue, for the cues after it that name nobody."""

    speaker: Speaker  # in ORIGINAL offsets (see ArticleContext.to_original)
    gender: str | None  # of the cue that named it
    document: bool  # a text that speaks ("the report", "a court document filed by …"), not a person


@dataclass
class ArticleContext:
    """State carried across the blocks of one article, in reading order."""

    lang: str
    anchor: dt.date | dt.datetime | None = None  # publication date for temporal normalization
    # The speakers named so far, most recent last: a pro-drop cue ("وأضافت") or a pronoun ("he
    # said") carries over the latest one it agrees with.
    recent_speakers: list[RecentSpeaker] = field(default_factory=list)
    credits: list[Span] = field(default_factory=list)
    # People named so far (NER persons, ORIGINAL offsets), whether or not they spoke: "بحضور مساعد
    # رئيس الهيئة عبدالعزيز العنقري" then "وأكد في كلمته …" with nobody quoted before.
    named_persons: list[Speaker] = field(default_factory=list)
    # The persons of the latest body sentence that named any, in order: "هنأ الملحق الثقافي الدكتور
    # عبدالعزيز …، المبتعث حسام زواوي" then "وأوضح أن …": the first is the verb-first sentence's agent.
    last_naming_sentence: list[Speaker] = field(default_factory=list)
    # The persons of the sentence being read: (end in the document's text, speaker in ORIGINAL
    # offsets). "أطلق الأمير فيصل بن خالد … وأكد سموه أن": the title refers back within its sentence.
    sentence_persons: list[tuple[int, Speaker]] = field(default_factory=list)
    block_kind: str = "body"
    # The words of the persons and organizations the NER found anywhere in the article (folded,
    # without the article; see :func:`names_in_article`): a headline "قادري: …" names the coach the body
    # introduces as "التونسي جلال قادري", though the headline is read first.
    names_in_article: dict[str, SpeakerKind] = field(default_factory=dict)
    # Every word of the article's body (folded, without the article; :func:`words_in_body`): a headline
    # "المفتي: …" over an article on what the Mufti said names him, whatever the NER made of him.
    body_words: frozenset[str] = frozenset()
    # Maps a speaker found in the current document to the caller's original offsets, so a speaker
    # carried over to a later block still points at its real mention.
    to_original: SpeakerMapper = _identity

    @property
    def last_speaker(self) -> Speaker | None:
        return self.recent_speakers[-1].speaker if self.recent_speakers else None


MIN_NAME_KEY_LETTERS = 3


def words_in_body(texts: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The words of an article's body blocks (``(lang, text)`` pairs), folded and without the article."""
    words: set[str] = set()
    for lang, text in texts:
        if lang not in ("ar", "en"):
            continue
        lexicon = lexicon_for(lang)
        words.update(lexicon.without_article(word)[0] for word in regex.findall(r"\w+", text))
    return frozenset(words)


def names_in_article(documents: Sequence[tuple[str, stanza.Document]]) -> dict[str, SpeakerKind]:
    """Each word of the persons and organizations the NER found in an article's analysed documents
    (``(lang, document)`` pairs), folded and without the article, with the kind it names."""
    names: dict[str, SpeakerKind] = {}
    for lang, doc in documents:
        if lang not in ("ar", "en"):
            continue
        lexicon = lexicon_for(lang)
        for entity in _entities(doc):
            kind: SpeakerKind | None = "person" if entity.label in PERSON_LABELS else \
                "organization" if entity.label in ORGANIZATION_LABELS else None
            if kind is None:
                continue
            for word in (doc.text or "")[entity.start:entity.end].split():
                key = lexicon.without_article(word)[0]
                if len(key) >= MIN_NAME_KEY_LETTERS:
                    names.setdefault(key, kind)
    return names


def _entities(doc: stanza.Document) -> list[Entity]:
    found = []
    for entity in getattr(doc, "ents", []) or []:
        found.append(Entity(int(entity.start_char), int(entity.end_char), str(entity.type)))
    return found


def _tense(sentence: ParsedSentence, word_ids: Sequence[int]) -> str | None:
    for word_id in word_ids:
        word = sentence.word(word_id)
        word_feats = feats(word)
        if word_feats.get("Tense") == "Fut":
            return "future"
        if is_past(word_feats):
            return "past"
        if sentence.upos(word) in {"VERB", "AUX"}:
            return None
    return None


def _dates(text: str, sentence: ParsedSentence, content: Content, lang: str,
           anchor: dt.date | dt.datetime | None, cue_tense: str | None) -> list[TimeValue]:
    start = min(sentence.start, content.start)
    end = max(sentence.end, content.end)
    found = []
    for value in temporal.find(text[start:end], lang, anchor, tense=cue_tense):
        shifted_start, shifted_end = value.start + start, value.end + start
        inside = content.start <= shifted_start and shifted_end <= content.end
        found.append(value.model_copy(update={"start": shifted_start, "end": shifted_end,
                                              "role": "content" if inside else "statement"}))
    return found


def _polarity(candidate: Candidate, content_text: str, lexicon: Lexicon) -> Polarity:
    denial = candidate.cue.cue_class == "deny"
    if not denial:
        folded = fold(content_text)
        denial = any(phrase in folded for phrase in lexicon.words_of("denial_phrases"))
    return "denied" if denial != candidate.negated else "asserted"


def _speaker(candidate: Candidate, text: str, context: ArticleContext) -> Speaker | None:
    if candidate.unattributed:
        return None
    lexicon = lexicon_for(context.lang)
    cue = candidate.sentence.word(candidate.cue_ids[0])
    pronoun_subject = candidate.speaker is not None and \
        candidate.sentence.upos(candidate.speaker.head) == "PRON"
    first_person = feats(cue).get("Person") == "1" or lexicon.first_person(cue.text)
    if first_person and not pronoun_subject:
        # "أعتقد أن …", "نرى أن …": the writer (or "أنا", "we"), never a noun the parse made the subject
        # nor someone named before
        return None
    # A speaker of no known kind still stands when it is a noun phrase ("The complaint", "the
    # company"); only pronoun-like leftovers give way to the article's last speaker.
    named = candidate.speaker is not None and (candidate.speaker.head.upos or "") in {"NOUN", "PROPN"}
    if candidate.speaker is not None and \
            (candidate.speaker.kind != "unknown" or context.last_speaker is None or named):
        fuller = _fuller_mention(candidate, context, lexicon) if candidate.participle else None
        if fuller is not None:
            return fuller.model_copy(update={"carried_over": True, "mention": None})
        return to_speaker(candidate.speaker, text)
    honorific = _honorific(candidate, lexicon)
    if candidate.speaker is None and honorific:
        assert candidate.pronoun is not None
        title_start = candidate.sentence.offsets[candidate.pronoun.id][0]
        before = [person for end, person in context.sentence_persons if end <= title_start]
        if before:
            return before[-1].model_copy(update={"carried_over": True,
                                                 "mention": _pronoun_span(candidate, text, lexicon)})
    own = _participle_person(candidate, context, lexicon)
    if own is not None:
        return own
    cue_start = candidate.sentence.offsets[candidate.cue_ids[0]][0]
    content_span = candidate.content
    named_before = [person for end, person in context.sentence_persons if end <= cue_start and
                    not content_span.start <= person.start < content_span.end]
    if context.last_speaker is not None and (candidate.speaker is None or candidate.pronoun is not None):
        carried = _agreeing_speaker(candidate, context)
        if carried is not None:
            mention = _pronoun_span(candidate, text, lexicon) or \
                _nearest_mention(candidate, carried, text, context)
            if mention is None:
                # "قادري: …" (the headline), then "فيما تمنى التونسي جلال قادري …، إلا أنه يرى": the
                # sentence names the speaker in full before the cue
                fuller = next((person for person in named_before
                               if not carried.start <= person.start < carried.end and
                               (_names_within(carried.text, person.text) or
                                carried.text.split()[-1:] == person.text.split()[-1:])), None)
                if fuller is not None:
                    return fuller.model_copy(update={"carried_over": True})
            return carried.model_copy(update={"carried_over": True, "mention": mention})
    if candidate.speaker is None and lexicon.speakers.get("pro_drop") and \
            (context.named_persons or named_before) and candidate.gender in (None, "Masc") and \
            _agreeing_speaker(candidate, context) is None:
        # A pro-drop cue, participle, honorific title or pronoun with no speaker to carry over: the
        # first person of the last sentence that named one (its agent, not whom it congratulated), or
        # of its own sentence when none did before ("فيما تمنى التونسي جلال قادري …، إلا أنه يرى أن …")
        mention = _pronoun_span(candidate, text, lexicon) if candidate.pronoun is not None else None
        agents = context.last_naming_sentence
        person = agents[0] if agents else \
            context.named_persons[-1] if context.named_persons else named_before[0]
        return person.model_copy(update={"carried_over": True, "mention": mention})
    if candidate.speaker is None and candidate.pronoun_phrase is not None:
        return to_speaker(candidate.pronoun_phrase, text)  # "he said" with nobody named before
    return to_speaker(candidate.speaker, text) if candidate.speaker is not None else None


MAX_MENTION_DISTANCE = 1500  # characters before the cue: the paragraphs around the claim
WORD = regex.compile(r"\w+")


def _mention_keys(speaker: Speaker, lexicon: Lexicon) -> dict[str, bool]:
    """The words a later mention of ``speaker`` repeats, folded and without the article, each with
    whether the mention must be definite: its first noun, the head of a head-first phrase, again
    with the article ("دراسة جديدة" → "الدراسة", not "51 دراسة"), and the last word of its head
    entity, a name ("طارق الرفاعي" → "الرفاعي")."""
    keys = {lexicon.without_article(word)[0]: True for word in speaker.text.split()[:1]}
    if speaker.head is not None and len(speaker.head.text.split()) > 1:
        keys[lexicon.without_article(speaker.head.text.split()[-1])[0]] = False
    return {key: definite for key, definite in keys.items() if len(key) >= 3}


def _nearest_mention(candidate: Candidate, carried: Speaker, text: str,
                     context: ArticleContext) -> Span | None:
    """For a pro-drop cue ("وأضاف", "مشيرا") whose speaker is carried over: the speaker's nearest
    mention before the cue, after the phrase where it spoke ("وأوضح المتحدث … طارق الرفاعي أن …" …
    "وبين الرفاعي أن …" … "مضيفا": الرفاعي), so that the claim points at the reference a reader has
    just read; None when the speaker was not named again."""
    lexicon = lexicon_for(context.lang)
    if not lexicon.speakers.get("pro_drop"):
        return None
    keys = _mention_keys(carried, lexicon)
    cue_start = candidate.cue_span[0]
    window = max(0, cue_start - MAX_MENTION_DISTANCE)
    for match in reversed(list(WORD.finditer(text, window, cue_start))):
        key, definite = lexicon.without_article(match.group())
        if key not in keys or (keys[key] and not definite):
            continue
        span = Span(text=match.group(), start=match.start(), end=match.end())
        found = context.to_original(Speaker(text=span.text, start=span.start, end=span.end))
        if not keys[key] and not any(person.start <= found.start and found.end <= person.end
                                     for person in context.named_persons):
            continue  # a name only where the NER found a person: "العربي" is also "Arab"
        return span if found.start >= carried.end else None
    return None


def _pronoun_span(candidate: Candidate, text: str, lexicon: Lexicon) -> Span | None:
    """The pronoun ("he", "she") that stands for a carried-over speaker in the claim's sentence; the
    whole token of an honorific title ("معاليه")."""
    if candidate.pronoun is None:
        return None
    start, end = candidate.sentence.offsets[candidate.pronoun.id]
    if _honorific(candidate, lexicon):
        start, end = candidate.sentence.token_offsets[candidate.pronoun.id]
    return Span(text=text[start:end], start=start, end=end)


def _honorific(candidate: Candidate, lexicon: Lexicon) -> bool:
    """The carried-over speaker's mention is an honorific title with its pronoun ("سموه"): a person."""
    return candidate.pronoun is not None and \
        fold(candidate.sentence.token_text(candidate.pronoun)) in lexicon.words_of("honorific_pronouns")


NOT_PERSONS = frozenset({"organization", "state", "media"})
MAX_RECENT_SPEAKERS = 20


def _agreeing_speaker(candidate: Candidate, context: ArticleContext) -> Speaker | None:
    """The latest speaker the cue can refer back to: "أظهرت التقنية …" then "وأضاف" is not the
    technique, "the poll found …" then "he said" is not the poll, "Trump said …" then "they said" is
    not Trump. Nobody, when no one agrees."""
    lexicon = lexicon_for(context.lang)
    pronoun = fold(candidate.pronoun.text) if candidate.pronoun is not None else None
    person = pronoun in lexicon.words_of("person_pronouns") or _honorific(candidate, lexicon)
    group = pronoun in lexicon.words_of("group_pronouns")
    for recent in reversed(context.recent_speakers):
        if candidate.gender is not None and recent.gender not in (None, candidate.gender):
            continue
        kind = recent.speaker.kind
        if (person and (kind in NOT_PERSONS or recent.document)) or (group and kind == "person"):
            continue
        return recent.speaker
    return None


def _participle_person(candidate: Candidate, context: ArticleContext, lexicon: Lexicon) -> Speaker | None:
    """"ورغم ذلك دافع مارتينو … عن اللاعب … قائلا إن": an adverbial participle whose clause the parse
    lost speaks for the first person its own sentence names before it, not for the last speaker, unless
    that speaker is named in the sentence too. Not after another cue of the sentence ("وأضاف «…»
    مشيرا"): the participle goes on with that cue's speaker."""
    ps = candidate.sentence
    if candidate.speaker is not None or candidate.pronoun is not None or \
            not (candidate.participle or _coordinated_inside(ps, candidate.cue_ids[0])) or \
            not lexicon.speakers.get("pro_drop") or candidate.gender not in (None, "Masc"):
        return None
    # (a cue form the tagger took for a noun is no cue: "بكفالة قدرها مليون دولار، واصفا")
    if any(lexicon.cue(word.text, word.lemma) is not None and
           (ps.upos(word) == "VERB" or lexicon.is_participle(word.text))
           for word in ps.words[:candidate.cue_ids[0] - 1]):
        return None
    start = ps.offsets[candidate.cue_ids[0]][0]
    before = [person for end, person in context.sentence_persons if end <= start]
    carried = _agreeing_speaker(candidate, context)
    if before and (carried is None or carried.end <= before[0].start):
        return before[0].model_copy(update={"carried_over": True})
    return None


MAX_BARE_TITLE_WORDS = 2
BARE_TITLE_KINDS = frozenset({"official", "organization", "media", "unnamed"})


def _fuller_mention(candidate: Candidate, context: ArticleContext, lexicon: Lexicon) -> Speaker | None:
    """The earlier speaker a participle's bare title stands for: "وقالت الوزارة: إن …، مضيفة أن …" after
    "وزارة الداخلية البحرينية" spoke, "أكد وزير الخارجية …، عادا" after "وزير الخارجية عادل الجبير".
    A pro-drop language's adverbial participle goes on with the actor as the article named it; only a
    definite noun of a word or two, with no name of its own, whose head word the earlier phrase has."""
    phrase = candidate.speaker
    if phrase is None or not lexicon.speakers.get("pro_drop") or phrase.entity is not None or \
            phrase.kind not in BARE_TITLE_KINDS or len(phrase.ids) > MAX_BARE_TITLE_WORDS or \
            candidate.sentence.upos(phrase.head) != "NOUN":
        return None  # (a surname, "الجغيمان", is a name of its own)
    head, definite = lexicon.without_article(phrase.head.text)
    if not definite:
        return None
    start = candidate.sentence.offsets[phrase.ids[0]][0]
    for recent in reversed(context.recent_speakers):
        words = recent.speaker.text.split()
        if recent.speaker.end <= start and len(words) > len(phrase.ids) and \
                head in {lexicon.without_article(word)[0] for word in words}:
            return recent.speaker
    return None


def _coordinated_inside(ps: ParsedSentence, cue_id: int) -> bool:
    """"من جهته اشاد مدير الاتحاد … جلال حمزة بتنظيم البطولة وقال: …": a cue joined by a conjunction to
    a clause of its own sentence (not the "وقال" that opens one) goes on with that clause's actor."""
    return cue_id > 2 and ps.upos(ps.word(cue_id - 1)) == "CCONJ" and \
        any(ps.upos(word) in {"VERB", "NOUN", "PROPN"} for word in ps.words[:cue_id - 2])


def _remember(context: ArticleContext, speaker: Speaker, phrase: Phrase | None, gender: str | None) -> None:
    """Keep ``speaker`` as the latest one a later cue may refer back to (``phrase``: the noun phrase it
    was found as, None for a person of the NER)."""
    document = phrase is not None and \
        bool(word_keys(phrase.head.text) & lexicon_for(context.lang).words_of("document_nouns"))
    context.recent_speakers.append(RecentSpeaker(speaker, gender, document))
    del context.recent_speakers[:-MAX_RECENT_SPEAKERS]


def _sentence_persons(ps: ParsedSentence, entities: Sequence[Entity], text: str,
                      context: ArticleContext) -> list[tuple[int, Speaker]]:
    start, end = ps.offsets[ps.words[0].id][0], ps.offsets[ps.words[-1].id][1]
    lexicon = lexicon_for(context.lang)
    invoked = lexicon.words_of("invoked_names")  # "حفظه الله": God is named, not a person
    particles = lexicon.words_of("name_particles")
    found: list[tuple[int, Speaker]] = []
    for entity in entities:
        if entity.label in PERSON_LABELS and start <= entity.start and entity.end <= end:
            inside = [word for word in ps.words
                      if entity.start <= ps.offsets[word.id][0] and ps.offsets[word.id][1] <= entity.end]
            if inside and all(ps.upos(word) in {"VERB", "AUX", "PRON"} or fold(word.text) in invoked
                              for word in inside):
                # "دان معالي رئيس مجلس النواب …" (condemned), "رحمه الله": the tagger's person is a verb
                # or God invoked
                continue
            if inside and _named_after(ps, inside[0], lexicon):
                continue  # "مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية": a foundation's name
            entity_end = entity.end
            if inside and fold(inside[-1].text) in particles and inside[-1].id < len(ps.words):
                entity_end = ps.offsets[inside[-1].id + 1][1]  # "أحمد بن" + "عيد": the NER cut the name
            span = Span(text=text[entity.start:entity_end], start=entity.start, end=entity_end)
            named = Speaker(text=span.text, start=span.start, end=span.end, kind="person", head=span,
                            entity_type=entity.label)
            found.append((entity_end, context.to_original(named)))
    return found


def _named_after(ps: ParsedSentence, first: Word, lexicon: Lexicon) -> bool:
    """The name starting at ``first`` follows one of ``named_after_nouns`` (past a title: "مستشفى
    الملك فهد"), so a place or a body bears it."""
    titles = lexicon.words_of("official_titles")
    position = first.id - 1
    while position >= 1 and word_keys(ps.word(position).text) & titles and first.id - position <= 2:
        position -= 1
    return position >= 1 and bool(word_keys(ps.word(position).text) & lexicon.words_of("named_after_nouns"))


def _remember_persons(context: ArticleContext, claimed: Sequence[tuple[int, int]]) -> None:
    """Keep the sentence's persons; those outside what its claims report (``claimed``: content spans in
    the document's text) are who a later cue with no speaker may refer to."""
    context.named_persons.extend(person for _, person in context.sentence_persons)
    del context.named_persons[:-MAX_RECENT_SPEAKERS]
    agents = [person for end, person in context.sentence_persons
              if not any(start < end <= stop for start, stop in claimed)]
    if agents:
        context.last_naming_sentence = agents
    for person in agents:
        for index, recent in enumerate(context.recent_speakers):
            if recent.speaker.end <= person.start and _names_within(recent.speaker.text, person.text):
                # "بندر بن عبدالله: …" (the headline), then "ألقى الأمير بندر بن عبدالله بن عبدالعزيز
                # … كلمة" and "وقال إن …": the pro-drop cue refers to the body's fuller mention
                context.recent_speakers[index] = replace(recent, speaker=person)


def _names_within(name: str, fuller: str) -> bool:
    """Every word of ``name`` (two or more) appears in ``fuller``, in order: the same person named in
    full ("بندر بن عبدالله" in "الأمير بندر بن عبدالله بن عبدالعزيز آل سعود")."""
    words, rest = name.split(), iter(fuller.split())
    return len(words) >= 2 and all(word in rest for word in words)


def _evidence_ids(candidate: Candidate) -> list[int]:
    ids = set(candidate.cue_ids) | set(candidate.content.ids)
    if candidate.speaker is not None:
        ids |= set(candidate.speaker.ids)
    for phrase, _ in candidate.sources:
        ids |= set(phrase.ids)
    return sorted(ids)


def _claim(candidate: Candidate, text: str, lang: Lang, context: ArticleContext, in_body: bool,
           number: int) -> Claim:
    ps, content = candidate.sentence, candidate.content
    cue_start, cue_end = candidate.cue_span
    cue = Cue(text=text[cue_start:cue_end], start=cue_start, end=cue_end, lemma=candidate.cue.term,
              cue_class=candidate.cue.cue_class)
    content_span = Span(text=text[content.start:content.end], start=content.start, end=content.end)
    dates = _dates(text, ps, content, lang, context.anchor, _tense(ps, candidate.cue_ids))
    date_spans = [(d.start, d.end) for d in dates]
    quantities = find_quantities(text, lang, content.start, content.end, exclude=date_spans)
    sources = [to_source(phrase, text, relation) for phrase, relation in candidate.sources]
    return Claim(id=f"c{number}", speaker=_speaker(candidate, text, context), cue=cue, content=content_span,
                 source_chain=sources, quote=candidate.content.quote,
                 polarity=_polarity(candidate, content_span.text, lexicon_for(lang)),
                 dates=dates, quantities=quantities, in_body=in_body, lang=lang,
                 evidence=Evidence(rule=candidate.rule, sentence_index=ps.index,
                                   token_ids=_evidence_ids(candidate), confidence=candidate.confidence))


def _event(ps: ParsedSentence, actor: Phrase, text: str, lang: Lang, context: ArticleContext,
           number: int) -> Claim | None:
    span = ps.span([word.id for word in ps.words])
    if span is None:
        return None
    content = Content(span[0], span[1], "none", tuple(word.id for word in ps.words))
    root = ps.roots[0] if ps.roots else ps.words[0]
    dates = _dates(text, ps, content, lang, context.anchor, _tense(ps, [root.id]))
    quantities = find_quantities(text, lang, span[0], span[1], exclude=[(d.start, d.end) for d in dates])
    return Claim(id=f"c{number}", kind="event", speaker=None, cue=None,
                 content=Span(text=text[span[0]:span[1]], start=span[0], end=span[1]),
                 quote="none", dates=dates, quantities=quantities, in_body=True, lang=lang,
                 evidence=Evidence(rule="event", sentence_index=ps.index, token_ids=[*actor.ids, root.id],
                                   confidence=0.5))


def _cut_before(ps: ParsedSentence, candidate: Candidate, word_id: int) -> None:
    """End ``candidate``'s content before ``word_id`` (a participle cue that starts a new claim)."""
    content = candidate.content
    if content.quote == "direct":
        return
    kept = [i for i in content.ids if i < word_id]
    while kept and (ps.upos(ps.word(kept[-1])) in {"PUNCT", "CCONJ"}):
        kept.pop()
    span = ps.span(kept)
    if span is None:
        return
    end = min(span[1], content.end)
    while end > span[0] and ps.text[end - 1] in ",،":  # "عدم التجمهر،": a comma left on the token
        end -= 1
    candidate.content = Content(span[0], end, content.quote, tuple(kept))


def _contrast_start(ps: ParsedSentence, candidate: Candidate, lexicon: Lexicon) -> int | None:
    """The first word of "لكنه"/"لكنها" when the tokenizer split it and its pronoun is ``candidate``'s
    subject (لكن + ها): where a new report by the same speaker starts."""
    pronoun = candidate.pronoun
    if pronoun is None:
        return None
    token = ps.token_text(pronoun)
    if token == pronoun.text or fold(token) not in lexicon.words_of("speaker_pronouns"):
        return None
    start = ps.token_offsets[pronoun.id][0]
    return next((word.id for word in ps.words if ps.offsets[word.id][0] == start), None)


def _report_start(ps: ParsedSentence, candidate: Candidate, lexicon: Lexicon) -> int | None:
    """Where ``candidate``'s report starts when the parse may have nested it in another claim: the
    split "لكنه" of its subject, or the topic particle أما of a topic-comment report."""
    contrast = _contrast_start(ps, candidate, lexicon)
    if contrast is not None:
        return contrast
    return candidate.topic[0] - 1 if candidate.topic else None


def _hand_over(ps: ParsedSentence, report: Candidate, follower: Candidate) -> None:
    """``follower``'s cue lies in ``report``'s claim and starts a claim of its own by the same speaker:
    ``report`` ends before it."""
    _cut_before(ps, report, follower.cue_ids[0])
    follower.speaker, follower.pronoun = report.speaker, report.pronoun
    follower.pronoun_phrase = report.pronoun_phrase


def _coordinated_report(ps: ParsedSentence, candidate: Candidate, lexicon: Lexicon) -> bool:
    """A cue after a comma and a conjunction ("، ورأى أن", ", and said that"), whose claim opens with
    a complementizer or a quotation right after it."""
    cue = candidate.cue_ids[0]
    content = candidate.content
    if cue < 3 or (min(content.ids) < cue if content.ids else content.start < ps.offsets[cue][1]):
        return False  # (a quotation's claim may have no words of the tree: its span is after the cue)
    glued = ps.token_offsets[cue][0] < ps.offsets[cue][0]  # "ورأى": و + رأى
    conjunction = ps.word(cue - 1) if not glued else None
    before = ps.word(cue - 1 if glued else cue - 2)
    if conjunction is not None and ps.upos(conjunction) != "CCONJ":
        return False
    if glued and ps.upos(before) != "CCONJ":
        return False
    comma = ps.word(before.id - 1) if glued else before
    opener = ps.word(cue + 1) if cue < len(ps.words) else None
    # (or its quotation: "…، وقال "تلقيت ردا …"", "…، وأضاف: «…»")
    return comma.text in {",", "،"} and opener is not None and \
        (fold(opener.text) in lexicon.words_of("complementizers") or opener.text in QUOTATION_OPENERS)


def _describes_speaker(ps: ParsedSentence, candidate: Candidate, other: Candidate) -> bool:
    """``candidate``'s cue hangs in ``other``'s speaker phrase's subtree, before ``other``'s claim: a
    relative clause about the speaker ("وقال المصدر الذي رفض الكشف عن اسمه إن …", "People briefed on
    the move said …"), not a statement of its own. A description follows the noun it describes: a cue
    before it ("وبين رئيس البلدية …، أن", بين parsed as the name's preposition) speaks for it."""
    if other is candidate or other.speaker is None or not other.content.ids:
        return False
    cue = candidate.cue_ids[0]
    return other.speaker.head.id < cue < min(other.content.ids) and cue not in other.speaker.ids and \
        cue in ps.subtree(other.speaker.head)


def _quoted_sentence(ps: ParsedSentence, quotes: Sequence[Quote]) -> bool:
    """A sentence inside a quotation ('“Roger Ailes has spoken to Donald Trump … . Kelly requested …,”
    the statement read.') is someone's words, not an event in the author's voice."""
    words = [w for w in ps.words if ps.upos(w) != "PUNCT"]
    return bool(words) and inside_quote(ps.offsets[words[0].id][0], quotes)


def _reporter_as_content(ps: ParsedSentence, candidate: Candidate, other: Candidate) -> bool:
    """"organizers added 160 security personnel …, the Sun-Times reported": the parse hung the clause
    that reports the sentence on a cue inside it; a claim that is nothing but the other claim's
    speaker and cue is not one."""
    if other is candidate or not candidate.content.ids or candidate.cue_ids[0] not in other.content.ids:
        return False  # (a quotation taken whole has no word ids: it is content of its own)
    reporter = set(other.cue_ids) | set(other.speaker.ids if other.speaker is not None else ())
    return all(i in reporter or ps.upos(ps.word(i)) == "PUNCT" for i in candidate.content.ids)


def _number(ps: ParsedSentence, word: Word) -> str | None:
    return feats(word).get("Number") if ps.upos(word) in {"NOUN", "PROPN"} else None


def _participle_number(word: Word) -> str | None:
    """An Arabic adverbial participle's number by its ending: "معربين" plural, "مؤكدا" singular."""
    form = fold(word.text)
    return "Plur" if form.endswith("ين") else "Sing" if form.endswith(("ا", "ة")) else None


def _agreeing_report(ps: ParsedSentence, participle: Candidate, verbs: Sequence[Candidate]) -> None:
    """"حيث أكد المشاركون فيها أنهم …، معربين عن شكرهم": a participle whose speaker the parse gave
    does not agree with it in number ("الحملة") goes on with the nearest report before it whose
    speaker does."""
    number = _participle_number(ps.word(participle.cue_ids[0]))
    speaker = participle.speaker
    if number is None or speaker is None or _number(ps, speaker.head) in (None, number):
        return
    before = [c for c in verbs if c.cue_ids[0] < participle.cue_ids[0] and c.speaker is not None]
    report = max(before, key=lambda c: c.cue_ids[0], default=None)
    if report is not None and report.speaker is not None and _number(ps, report.speaker.head) == number:
        participle.speaker, participle.pronoun = report.speaker, None


def _sentence_candidates(ps: ParsedSentence, text: str, lexicon: Lexicon, entities: list[Entity],
                         quotes: list, headline: bool,
                         known_names: Mapping[str, SpeakerKind] | None = None,
                         body_words: frozenset[str] = frozenset()) -> list[Candidate]:
    consumed: set[int] = set()
    verbs = verb_cue(ps, quotes, entities, lexicon, consumed)
    verbs += saying_noun(ps, quotes, lexicon, verbs)
    # "قال X إن ... مضيفا أن ...": the participle opens a claim of its own; the claim before it ends there.
    for participle in [c for c in verbs if c.participle]:
        for other in verbs:
            if other is not participle and participle.cue_ids[0] in other.content.ids:
                _hand_over(ps, other, participle)
                break
    for participle in [c for c in verbs if c.participle and lexicon.lang == "ar"]:
        _agreeing_report(ps, participle, verbs)
    verbs = [c for c in verbs if not c.expressive]
    # "وأوضح أن …، ورأى أن …": a coordinated cue with its own complementizer inside another claim
    # starts a report of its own by the same speaker, as a participle does.
    followers = [c for c in verbs
                 if not c.has_subject and not c.participle and _coordinated_report(ps, c, lexicon)]
    for follower in followers:
        # (every claim the parse ran on into it ends before it; the first, the outermost, lends its speaker)
        hosts = [other for other in verbs if other is not follower and other.content.quote != "direct" and
                 follower.cue_ids[0] in other.content.ids]
        for swallowing in reversed(hosts):
            _hand_over(ps, swallowing, follower)
    # "واعترفت إيران بإرسال … لكنها سبق وأن قالت إن …" ("but it"), "…، أما المواطن X، فقد قال: …" (a
    # topic-comment report): a report of its own starts there; the claim it was parsed into ends before.
    for candidate in verbs:
        start = _report_start(ps, candidate, lexicon)
        if start is None:
            continue
        host = next((other for other in verbs if other is not candidate and other.content.quote != "direct"
                     and start in other.content.ids), None)
        if host is not None:
            _cut_before(ps, host, start)
    verbs = [c for c in verbs if not any(_describes_speaker(ps, c, other) or
                                         _reporter_as_content(ps, c, other) for other in verbs)]
    # A cue without a subject inside another claim's content is part of that claim ("thought a
    # fault was to blame"), not a new statement by the article's last speaker.
    verbs = [c for c in verbs if c.has_subject or c.participle or not any(
        other is not c and set(c.cue_ids) <= set(other.content.ids) for other in verbs)]
    # "police said he admitted ...": a pronoun inside another claim is that claim's own actor, not
    # the article's last speaker; it stays the speaker as written.
    # ("…، لكنه استبعد أن …": "but he" goes on with the report, however the parse nested the cue)
    for candidate in verbs:
        contrast = _contrast_start(ps, candidate, lexicon) is not None
        nested = any(other is not candidate and set(candidate.cue_ids) <= set(other.content.ids)
                     for other in verbs)
        if candidate.pronoun is not None and not contrast and nested:
            candidate.speaker = find_phrase(ps, candidate.pronoun, entities, lexicon)
            candidate.pronoun = None
    phrases = source_phrases(ps, quotes, entities, lexicon, verbs, consumed)
    consumed.update(i for c in verbs for i in c.cue_ids)
    nouns = noun_cue(ps, quotes, entities, lexicon, consumed)
    found = verbs + phrases + nouns + dash_attribution(ps, quotes, entities, lexicon) + \
        document_phrase(ps, quotes, entities, lexicon, verbs + nouns) + \
        trailing_document_phrase(ps, quotes, entities, lexicon, verbs + nouns) + \
        contained_statement(ps, quotes, entities, lexicon, verbs + nouns)
    if not headline:
        found = transcript_turn(ps) + found  # "JAKE TAPPER: ..." holds whatever else the turn reports
        # "… overhype - HuffPollster: “…”": the named source's quotation, not the headline verb's
        digests = digest_quote(ps, quotes, entities, lexicon)
        found = [c for c in found if not any(c.cue_ids[0] < d.cue_ids[0] and
                                             d.content.start <= c.content.start < d.content.end
                                             for d in digests)] + digests
    if not found:
        found = colon_statement(ps, quotes, entities, lexicon, headline=headline, known_names=known_names,
                                body_words=body_words)
    # One claim per content span: a nested cue inside a quote keeps its own claim, a duplicate goes.
    unique: dict[tuple[int, int, tuple[int, ...]], Candidate] = {}
    for candidate in _with_manner_participles(found):
        trim_claim_opening(candidate, quotes, lexicon)
        unique.setdefault((candidate.content.start, candidate.content.end, candidate.cue_ids), candidate)
    return sorted(unique.values(), key=lambda c: (c.cue_span[0], c.content.start))


def _with_manner_participles(found: Sequence[Candidate]) -> list[Candidate]:
    """"وأضاف قائلا: «…»", "وتابع قائلا": a participle of saying right after the cue it goes with, on
    the same words, is part of that cue, not a second claim of the same content; after the cue's
    speaker ("وأوضح الدكتور سالم الزهراني قائلا") it goes, and the cue stays the verb."""
    joined = list(found)
    for participle in found:
        if not participle.participle or not any(c is participle for c in joined):
            continue
        at = next((i for i, c in enumerate(joined) if c is not participle and c.said_id is None and
                   (c.content.start, c.content.end) == (participle.content.start, participle.content.end) and
                   only_speaker_between(c, participle.cue_ids[0])), None)
        if at is None:
            continue
        if joined[at].cue_ids[-1] + 1 == participle.cue_ids[0]:
            joined[at] = replace(joined[at], cue_ids=joined[at].cue_ids + participle.cue_ids)
        joined = [c for c in joined if c is not participle]
    return joined


def _mention_in_sentence(ps: ParsedSentence, candidate: Candidate, last: Speaker | None,
                         entities: Sequence[Entity], lexicon: Lexicon) -> Phrase | None:
    """The article's last speaker named again in this sentence before the cue ("Christie bristled at
    …, saying"; "Trump, however, declined to …"): the claim is that mention's, not a carried-over one."""
    if last is None or candidate.speaker is not None or candidate.pronoun is not None:
        return None
    names = [w for w in last.text.replace("’", "'").split() if w[:1].isupper() and w.isalpha()]
    if not names:
        return None
    surname = names[-1]
    blocked = set(candidate.content.ids)
    for word in reversed(ps.words[:candidate.cue_ids[0] - 1]):
        if word.id in blocked or word.text != surname or ps.upos(word) != "PROPN":
            continue
        return find_phrase(ps, word, entities, lexicon)
    return None


def extract_claims(doc: stanza.Document, context: ArticleContext, *, in_body: bool = True,
                   text: str | None = None) -> list[Claim]:
    """Claims in one analysed block; ``context`` carries the last speaker across blocks and calls.

    ``text`` is the block as written when Stanza analysed a masked copy of it (same length, sentences
    without a cue blanked: :mod:`claimx.extractors.prepass`): trees come from ``doc``, quotations,
    dates and quantities from ``text``, so a quotation keeps the sentences that were not parsed.
    """
    analysed: str = doc.text or ""
    if text is None:
        text = analysed
    elif len(text) != len(analysed):
        raise ValueError(f"text has {len(text)} characters but the analysed document {len(analysed)}: "
                         f"the offsets of one must index the other")
    lang: Lang = context.lang if context.lang in ("ar", "en") else "other"  # type: ignore[assignment]
    if lang == "other":
        return []
    lexicon = lexicon_for(lang)
    entities = _entities(doc)
    quotes = find_quotes(text)
    headline = context.block_kind in HEADLINE_BLOCKS
    claims: list[Claim] = []
    for index, sentence in enumerate(doc.sentences):
        ps = ParsedSentence(index, sentence, text)
        context.sentence_persons = _sentence_persons(ps, entities, text, context)
        candidates = _sentence_candidates(ps, text, lexicon, entities, quotes, headline,
                                          context.names_in_article, context.body_words)
        for candidate in candidates:
            if lang == "en" and not candidate.unattributed:
                mention = _mention_in_sentence(ps, candidate, context.last_speaker, entities, lexicon)
                if mention is not None and not set(mention.ids) & set(candidate.content.ids):
                    candidate.speaker = mention
            claim = _claim(candidate, text, lang, context, in_body, len(claims))
            claims.append(claim)
            # Any named speaker (not a pronoun) is who "he added"/"وأضاف" refers to next, unless the
            # claim is reported inside another one ("وأوضح X أن المرحلة تعتبر ...، لافتا": still X).
            nested = any(other is not candidate and candidate.cue_ids[0] in other.content.ids
                         for other in candidates)
            if claim.speaker is not None and not claim.speaker.carried_over and not nested and \
                    candidate.speaker is not None and ps.upos(candidate.speaker.head) != "PRON":
                _remember(context, context.to_original(claim.speaker), candidate.speaker, candidate.gender)
            elif claim.speaker is not None and candidate.speaker is None and not nested and \
                    any((person.start, person.end) == (claim.speaker.start, claim.speaker.end)
                        for _, person in context.sentence_persons):
                # the person its own sentence names, who spoke in a participle or a coordinated cue
                # ("دافع مارتينو … قائلا", "اشاد جلال حمزة … وقال"), is who the next "وأضاف" refers to
                _remember(context, claim.speaker.model_copy(update={"carried_over": False, "mention": None}),
                          None, candidate.gender)
        if in_body and not headline:
            claimed = [(c.content.start, c.content.end) for c in candidates]
            _remember_persons(context, claimed)
        if not candidates and in_body and not headline and not _quoted_sentence(ps, quotes):
            actor = event_actor(ps, entities, lexicon)
            if actor is not None:
                event = _event(ps, actor, text, lang, context, len(claims))
                if event is not None:
                    claims.append(event)
    return _with_continuations(claims, text, quotes)


def _with_continuations(claims: list[Claim], text: str, quotes: Sequence[Quote]) -> list[Claim]:
    """'“A,” she said. “B.”': a quotation before the cue, then more of them after its sentence, is one
    statement (:func:`continued_quotes`); the later quotations are kept as its continuation."""
    taken = [(c.content.start, c.content.end) for c in claims] + \
        [(c.cue.start, c.cue.end) for c in claims if c.cue is not None]
    result: list[Claim] = []
    for claim in claims:
        cue = claim.cue
        if claim.kind == "statement" and cue is not None and claim.quote != "indirect" and \
                claim.content.end <= cue.start:
            others = [span for span in taken if span not in {(claim.content.start, claim.content.end),
                                                             (cue.start, cue.end)}]
            parts = continued_quotes(text, cue.end, quotes, others)
            if parts:
                claim = claim.model_copy(update={"continuation": [
                    Span(text=text[start:end], start=start, end=end) for start, end in parts]})
        result.append(claim)
    return result


__all__ = ["ArticleContext", "extract_claims"]
