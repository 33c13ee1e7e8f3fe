"""Attribution rules over one parsed sentence, each a named function returning candidates.

In the spirit of spaCy's DependencyMatcher: a rule anchors on a cue (a reporting verb, a source
phrase such as "according to"/"بحسب", a citing phrase such as "citing"/"نقلا عن", or a colon after a
speaker) and reads the speaker, the content and the intermediaries off the UD tree:

- ``verb_cue``: "X said (that) ...", "قال X إن ...", "..., he said", "نقلت الوكالة عن X قوله ...".
- ``source_phrase``: "according to X, ...", "بحسب X"; attaches to a verb cue of the same sentence as
  its source when there is one.
- ``citing_phrase``: "FT, citing an Iranian official, reported", "ذكرت الصحيفة نقلا عن مسؤول": the
  cited party becomes the speaker, the reporting outlet the source.
- ``noun_cue``: "Trump's claim that ...", "the warning by X that ...", "X's support for Y",
  "تصريحات الوزير بأن ...": a statement noun with its holder (possessor, by-phrase, إضافة) and content.
- ``contained_statement``: "وجاء في البيان أن …" (it came in the statement that …): the document is
  the source of what follows.
- ``colon_quote``: 'X: "..."' with no verb; ``headline``: "X: claim" in headlines when X can speak;
  ``transcript``: "JAKE TAPPER: ..." turns at a line start.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from stanza.models.common.doc import Word

from claimx import temporal
from claimx.analyze.tokens import abbreviation_key, sentence_abbreviations
from claimx.extractors.content import (
    ATTRIBUTION_DASHES,
    Content,
    Quote,
    as_clause_speaker,
    auxiliary_head,
    bare_nominal,
    clause_content,
    inside_quote,
    is_name_quote,
    quote_handing_over,
    quote_just_before,
    quoted,
    with_quotes,
)
from claimx.extractors.lexicon import CueEntry, Lexicon, fold
from claimx.extractors.speakers import (
    PERSON_LABELS,
    Entity,
    Phrase,
    addressed_nouns,
    classify,
    entity_in,
    find_phrase,
    glued_to_addressee,
    mentions_any,
    names_a_state,
    opens_a_date,
    told_to,
    word_keys,
)
from claimx.extractors.tree import ParsedSentence, base_relation, feats
from claimx.records import SpeakerKind

SPEAKER_KINDS_FOR_HEADLINES = frozenset({"person", "official", "organization", "state", "media", "unnamed"})
# people named by what they are ("محللون ومشايخ: …", "Analysts and officials: …") speak together
GROUP_KINDS_FOR_HEADLINES = frozenset({"official", "unnamed"})
VERB_TAGS = frozenset({"VERB", "AUX", "ADJ"})  # ADJ: Arabic participles "مضيفا أن", "قائلا"
VERB_POS = frozenset({"verb", "attitude", "quote_verb", "transmit"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
NOMINAL_RELATIONS = frozenset({"nmod", "flat", "compound", "amod", "appos", "det", "fixed", "nummod", "case"})
MAX_HEADLINE_SPEAKER_WORDS = 8
_COMMAS = frozenset({",", "،"})


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
    # Arabic "مضيفا أن", or a cue coordinated inside an earlier claim ("… وأكد أن …، واضاف:"): a new
    # claim by that claim's speaker, which ends the earlier claim's content where it starts
    participle: bool = False
    pronoun_phrase: Phrase | None = None  # the pronoun as a phrase, when no earlier speaker is known
    gender: str | None = None         # the cue's agreement ("Masc"/"Fem", Arabic): who can be carried over
    said_id: int | None = None        # "نقلت الوكالة عن X قوله": the word that reports X's own words
    topic: tuple[int, ...] = ()       # "أما X فقد قال": the words of the topic that speaks (after أما)
    # "Ben Carson, asked about his claims that …": a bare passive participle; whoever asked is not
    # named, and the one asked (the last speaker) did not ask
    unattributed: bool = False
    # "وأعرب عن خالص التعازي، مؤكدا أن …": an expressive act, no claim; kept until the participle after
    # it has taken its speaker
    expressive: bool = False

    @property
    def cue_span(self) -> tuple[int, int]:
        """The cue's tokens as written, clitics included ("وأضاف", "ونفت"; "according to")."""
        offsets = self.sentence.token_offsets
        if self.said_id is not None:
            return offsets[self.said_id]
        first, last = offsets[self.cue_ids[0]], offsets[self.cue_ids[-1]]
        return first[0], last[1]


def _negated(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    negators = lexicon.words_of("negators")
    return any(fold(kid.text) in negators for kid in ps.kids(word, "advmod", "neg", "aux", "part"))


def _own_subjects(ps: ParsedSentence, verb: Word) -> list[Word]:
    return [kid for kid in ps.kids(verb, "nsubj") if ps.deprel(kid) != "nsubj:pass"]


# Relations inside a noun phrase, climbed from its last word to its head ("people who have battled
# online threats": threats -obj-> battled -acl:relcl-> people)
_WITHIN_PHRASE = frozenset({"obj", "nmod", "amod", "compound", "appos", "flat", "acl", "nummod", "det",
                            "case", "obl", "nmod:poss"})


def _noun_phrase_before(ps: ParsedSentence, cue: Word, lexicon: Lexicon,
                        content: Sequence[int]) -> Word | None:
    """The head of the noun phrase that ends right before a finite English cue the parse left without a
    subject ("…, people who have battled other online threats say …", "Just over a quarter, 26
    percent, say …"): the phrase is who speaks, not the article's last speaker. None across a
    conjunction ("… fear that … and warn that …": the subject is the first verb's), for a non-finite
    or participle cue, for a date or time ("released on Tuesday showed"), and for a phrase the parse put
    in the claim ("A review by The Times shows most of …": the clause after the cue is the claim)."""
    if "VerbForm=Fin" not in (cue.feats or "") or cue.id < 2:
        return None
    position = cue.id - 1
    while position >= 1 and (ps.upos(ps.word(position)) in {"ADV", "AUX", "PART"} or
                             ps.word(position).text == ","):
        position -= 1
    if position < 1:
        return None
    word = ps.word(position)
    if ps.upos(word) not in {"NOUN", "PROPN", "NUM"}:
        return None
    while ps.head(word) and ps.head(word) < cue.id and base_relation(ps.deprel(word)) in _WITHIN_PHRASE:
        word = ps.word(ps.head(word))
    if ps.upos(word) not in {"NOUN", "PROPN", "NUM"} or opens_a_date([word], lexicon.lang) or \
            word.id in content:
        return None
    return word


def _subject(ps: ParsedSentence, cue: Word) -> Word | None:
    subjects = _own_subjects(ps, cue)
    if subjects:
        parent = ps.parent(cue)
        # "the senator, who said ...": the relative pronoun stands for the noun the clause modifies.
        if "PronType=Rel" in (subjects[0].feats or "") and parent is not None and \
                base_relation(ps.deprel(cue)) == "acl" and ps.upos(parent) in NOMINAL:
            return parent
        return subjects[0]
    parent = ps.parent(cue)
    if parent is not None and base_relation(ps.deprel(cue)) == "conj":
        return _conjunct_subject(ps, cue)
    beside = _subject_beside(ps, cue)
    if beside is not None:
        return beside
    # Subject control: "Cruz is trying to encourage ...", "Pence went on to say ...": the subject of
    # the verb the cue complements (not with an object in between, which would control it: "urged him
    # to say").
    if parent is not None and base_relation(ps.deprel(cue)) == "xcomp" and \
            ps.upos(parent) in {"VERB", "AUX"} and parent.id < cue.id and \
            not any(parent.id < kid.id < cue.id for kid in ps.kids(parent, "obj", "iobj")):
        return _subject(ps, parent)
    return None


def _subject_beside(ps: ParsedSentence, cue: Word) -> Word | None:
    """"وقدم حمدان شكره … وقال: …": the parse set the clause after و beside the main clause before it
    instead of coordinating it; the two share that clause's subject all the same."""
    parent = ps.parent(cue)
    if parent is None or base_relation(ps.deprel(cue)) != "parataxis" or parent.id > cue.id or \
            cue.id < 2 or ps.upos(ps.word(cue.id - 1)) != "CCONJ" or not _heads_main_clause(ps, parent):
        return None
    subjects = _own_subjects(ps, parent)
    return subjects[0] if subjects else None


def _heads_main_clause(ps: ParsedSentence, verb: Word) -> bool:
    """``verb`` heads a main clause: the root, or a clause coordinated or set beside it."""
    while base_relation(ps.deprel(verb)) in {"conj", "parataxis"}:
        parent = ps.parent(verb)
        if parent is None:
            break
        verb = parent
    return ps.parent(verb) is None


def _compound_subject(ps: ParsedSentence, cue: Word) -> Word | None:
    """"- Pew notes that …": the compact tagger took the verb for a noun and its subject for a
    compound; a noun with a clause of its own reports it, and the compound is who speaks."""
    if ps.upos(cue) != "NOUN" or not ps.kids(cue, "ccomp"):
        return None
    compounds = [kid for kid in ps.kids(cue, "compound") if kid.id < cue.id]
    return compounds[-1] if compounds else None


def _conjunct_subject(ps: ParsedSentence, cue: Word) -> Word | None:
    """Coordinated cues share the subject: "X rejected the claims and said ...", the subject of the
    nearest conjunct before that has one ("انتقد X … وقال Y مغردا … وقال: …" is Y's)."""
    parent = ps.parent(cue)
    if parent is None or base_relation(ps.deprel(cue)) != "conj":
        return None
    for sibling in reversed([kid for kid in ps.kids(parent, "conj") if kid.id < cue.id]):
        if _own_subjects(ps, sibling):
            return _own_subjects(ps, sibling)[0]
    # "FBI officials were angered by the deal and predicted …": the subject of a passive first
    # conjunct is the grammatical subject of the active one after it
    passive = [kid for kid in ps.kids(parent, "nsubj") if ps.deprel(kid) == "nsubj:pass"]
    return _subject(ps, parent) or (passive[0] if passive and parent.id < cue.id else None)


def _invoked(ps: ParsedSentence, verb: Word, subject: Word | None, lexicon: Lexicon) -> bool:
    """"ودعا الله عز وجل أن يوفق …": the compact parse makes the one prayed to the subject of the
    verb of prayer (``invocation_verbs``); God (``invoked_names``) is addressed, the speaker is dropped."""
    return subject is not None and subject.id > verb.id and \
        bool(word_keys(verb.text) & lexicon.words_of("invocation_verbs")) and \
        fold(subject.text) in lexicon.words_of("invoked_names")


MAX_PRAYER_REACH = 10  # words from the verb of prayer to God's name: "ودعا سمو الأمير نايف بن ثنيان - الله"


def _prayer(ps: ParsedSentence, cue: Word, comp: Word | None, lexicon: Lexicon) -> bool:
    """"ودعا سمو الأمير - الله عز وجل - أن يتغمد المتوفين برحمته", "وعبر المصدر عن خالص التعازي متضرعا
    إلى الله أن …": a verb of prayer (``invocation_verbs``: the cue or a participle after it) with God
    (``invoked_names``) after it, before the complementizer, makes what follows a prayer, not a claim."""
    end = comp.id - 1 if comp is not None else min(len(ps.words), cue.id + MAX_PRAYER_REACH)
    words = ps.words[cue.id - 1:end]
    verbs, invoked = lexicon.words_of("invocation_verbs"), lexicon.words_of("invoked_names")
    return any(fold(word.text) in invoked and
               any(word_keys(verb.text) & verbs for verb in words[max(0, index - MAX_PRAYER_REACH):index])
               for index, word in enumerate(words))


def _oath(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> bool:
    """"ويعلم الله أني أكن الحب للناديين", "الله يشهد أن …": God (``invoked_names``) as the one who knows
    or witnesses (``oath_verbs``) is an oath; the claim is the writer's or the quoted speaker's."""
    if not word_keys(cue.text) & lexicon.words_of("oath_verbs"):
        return False
    invoked = lexicon.words_of("invoked_names")
    return any(fold(word.text) in invoked for word in ps.words[max(0, cue.id - 2):cue.id + 1])


def _medium_told(ps: ParsedSentence, told: Sequence[int], entities: Sequence[Entity],
                 lexicon: Lexicon) -> list[tuple[Phrase, str]]:
    """The medium of an addressee phrase (:func:`told_to`): its quoted name ("لـ«الشرق الأوسط»", the
    house style for the paper spoken to) or a media noun; not people ("للصحافيين")."""
    nouns = [ps.word(i) for i in told if ps.upos(ps.word(i)) in {"NOUN", "PROPN", "X"}]
    if not nouns:
        return []
    marks = [i for i in told if ps.word(i).text in QUOTE_MARKS]
    phrase = find_phrase(ps, nouns[0], entities, lexicon, exclude=marks)
    if phrase is None or not (marks or phrase.kind == "media"):
        return []
    return [(phrase, "remarks_to")]


def _addressee_sources(ps: ParsedSentence, cue: Word, taken: set[int], entities: Sequence[Entity],
                       lexicon: Lexicon, circumstance: Sequence[int] = ()) -> list[tuple[Phrase, str]]:
    """Media the remarks were made to: "told Reuters", "قال لوكالة نوفوستي", "في تصريحات لقناة X";
    also among the words of a circumstance the claim was cut after, however the parse attached them."""
    found: list[tuple[Phrase, str]] = []
    candidates = list(ps.kids(cue, "obl", "iobj", "obj"))
    for kid in list(candidates):
        candidates.extend(ps.kids(kid, "nmod"))
    candidates.extend(ps.word(i) for i in circumstance if ps.upos(ps.word(i)) in {"NOUN", "PROPN"})
    for kid in candidates:
        if kid.id in taken:
            continue
        phrase = find_phrase(ps, kid, entities, lexicon, exclude=sorted(taken))
        if phrase is not None and phrase.kind == "media":
            found.append((phrase, "remarks_to"))
            taken.update(phrase.ids)
    return found


def _transmitted(ps: ParsedSentence, cue: Word, entry: CueEntry, entities: Sequence[Entity],
                 lexicon: Lexicon) -> Phrase | None:
    """The original speaker of "نقلت الوكالة عن X قوله", "علمت الصحيفة من مصادر أن": the obl introduced
    by عن (``transmit_prepositions``) or the verb's own preposition (``transmit_prepositions_by_term``)."""
    by_term: dict[str, list[str]] = lexicon.speakers.get("transmit_prepositions_by_term", {})
    prepositions = frozenset(fold(word) for word in by_term[entry.term]) if entry.term in by_term else \
        lexicon.words_of("transmit_prepositions")
    for kid in ps.kids(cue, "obl", "nmod"):
        if any(base_relation(ps.deprel(c)) == "case" and fold(c.text) in prepositions for c in ps.kids(kid)):
            return find_phrase(ps, kid, entities, lexicon)
    return None


def _before_original(ps: ParsedSentence, medium: Phrase, original: Phrase, entities: Sequence[Entity],
                     lexicon: Lexicon) -> Phrase:
    """The medium's phrase without the original speaker the parse hung on it ("علمت «الشرق الأوسط» من
    مصادر مطلعة": the newspaper, not its sources)."""
    ids = [i for i in medium.ids if i < min(original.ids)]
    while ids and ps.upos(ps.word(ids[-1])) in {"ADP", "PUNCT"} and \
            ps.word(ids[-1]).text not in _CLOSING_MARKS:
        ids.pop()
    if not ids or len(ids) == len(medium.ids) or medium.head.id not in ids:
        return medium
    span = ps.span(ids)
    if span is None:
        return medium
    return Phrase(ids=tuple(ids), start=span[0], end=span[1], head=medium.head,
                  entity=entity_in(span, entities), kind=medium.kind)


def _said_after(ps: ParsedSentence, original: Phrase, lexicon: Lexicon) -> int | None:
    """The statement noun right after a transmitted claim's speaker ("عن السرحان قوله"): it, not the
    medium's verb, reports the speaker's words."""
    following = max(original.ids) + 1
    if following > len(ps.words):
        return None
    said = fold(ps.token_text(ps.word(following)))
    return following if said in lexicon.words_of("transmitted_statement_nouns") else None


MAX_SUBJECT_AFTER_AUXILIARY = 10
SUBJECT_AFTER_AUXILIARY_TAGS = NOMINAL | {"ADJ", "ADP", "DET", "CCONJ"}
QUOTE_MARKS = frozenset('"«»“”')


def _subject_after_auxiliary(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"وكان مدير عام ميلان ادريانو غالياني قال في وقت سابق أن": after an auxiliary
    (``auxiliary_verbs``) the subject stands before the cue. The compact parse often makes that noun
    an oblique, and a time word after the cue the subject."""
    auxiliaries = lexicon.words_of("auxiliary_verbs")
    particles = lexicon.words_of("tense_particles")  # "وكانت الوزارة قد أعلنت"

    def closes_subject(word: Word) -> bool:
        # a comma before the particle: "وكان مجلس محافظة الأنبار، قد أعلن"
        return word.text in _COMMAS and word.id < cue.id - 1 and fold(ps.word(word.id + 1).text) in particles

    for word in reversed(ps.words[max(0, cue.id - 2 - MAX_SUBJECT_AFTER_AUXILIARY):cue.id - 1]):
        if word_keys(ps.token_text(word)) & auxiliaries:
            # ('وكانت "الاقتصادية" قد كشفت': a quoted name, whatever its tag, with its marks)
            quoted = [ps.word(i) for i in range(word.id + 1, cue.id)
                      if fold(ps.word(i).text) not in particles and not closes_subject(ps.word(i))]
            between = [w for w in quoted if w.text not in QUOTE_MARKS]
            first_tags = {"NOUN", "PROPN", "ADJ"} if len(between) < len(quoted) else {"NOUN", "PROPN"}
            # ("وكان دبلوماسي أمريكي كبير قال": a title the tagger took for an adjective)
            if between and (ps.upos(between[0]) in first_tags or
                            word_keys(between[0].text) & lexicon.words_of("official_titles")) and \
                    all(ps.upos(w) in SUBJECT_AFTER_AUXILIARY_TAGS for w in between):
                return between[0]
            return None
        if ps.upos(word) not in SUBJECT_AFTER_AUXILIARY_TAGS and word.text not in QUOTE_MARKS and \
                fold(word.text) not in particles and not closes_subject(word):
            return None
    return None


def _subject_after_resumptive(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"في وقت كان قد أكد فيه وزير الخارجية الأمريكية أنتوني بلينكن، أن": after the "in which" of a
    relative clause (``resumptive_pronouns``) the noun is the cue's subject, which the compact parse
    made an oblique of the pronoun."""
    resumptive = _resumptive_words(ps, cue, lexicon)  # فيه, one word or the في + ه the tokenizer made
    if not resumptive or resumptive[-1] >= len(ps.words):
        return None
    word = ps.word(resumptive[-1] + 1)
    return word if ps.upos(word) in {"NOUN", "PROPN"} else None


def _opened_by_report_linker(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> bool:
    """"…، حيث أعلن حزب البناء والتنمية وفاة دربالة": a cue whose clause a linking word opens
    (``report_linkers``) reports like a main verb, whatever clause the parse made of it, when its
    speaker follows it (the caller checks; "حيث تورد 11 في المائة": supplies). Not with an
    object pronoun of its own ("حيث أكدها سابقاً X": confirmed it, what was said is told before)."""
    glued_object = cue.id < len(ps.words) and ps.token_offsets[cue.id + 1] == ps.token_offsets[cue.id]
    return cue.id > 1 and not glued_object and \
        fold(ps.word(cue.id - 1).text) in lexicon.words_of("report_linkers")


def _resumptive_words(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> list[int]:
    """The words of the "in which" (``resumptive_pronouns``: فيه, one word or the في + ه the tokenizer
    made of it) right after ``cue``, or none."""
    if cue.id >= len(ps.words) or \
            fold(ps.token_text(ps.word(cue.id + 1))) not in lexicon.words_of("resumptive_pronouns"):
        return []
    return ps.token_words(ps.word(cue.id + 1))


def _holder_after(ps: ParsedSentence, noun: Word, lexicon: Lexicon) -> Word | None:
    """"بكلمة محمد الغامدي رئيس الجمعية", "كلمة لرئيس النادي": the person whose statement the noun is,
    named right after it (a name or an official title, in the genitive or after ``holder_prepositions``)."""
    following = noun.id + 1
    holder_prepositions = lexicon.words_of("holder_prepositions")
    if following <= len(ps.words) and fold(ps.word(following).text) in holder_prepositions:
        following += 1
    if following > len(ps.words):
        return None
    word = ps.word(following)
    title = lexicon.without_article(word.text)[0] in lexicon.words_of("official_titles")
    return word if ps.upos(word) == "PROPN" or title else None


MAX_OCCASION_DISTANCE = 12  # words from the statement noun to the cue of its "in which" clause
MAX_OCCASION_HOPS = 3  # from the statement noun up to the verb that governs it, through a noisy parse


def _occasion_speaker(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"ألقى الأمير الوليد بن طلال كلمة لهذا الحفل قال فيها:", "أن وزير التعليم أصدر تعميما … شدد فيه
    على": a cue with the "in which" of a statement noun (``occasion_nouns``) before it speaks for whoever
    made the statement, the subject of the verb that governs the noun (not the reporter of that verb)."""
    if not _resumptive_words(ps, cue, lexicon):
        return None
    nouns = lexicon.words_of("occasion_nouns")
    window = ps.words[max(0, cue.id - 1 - MAX_OCCASION_DISTANCE):cue.id - 1]
    endings = lexicon.words_of("accusative_endings")  # "أصدر تعميما": the noun in the accusative
    noun = next((word for word in reversed(window)
                 if {key := lexicon.without_article(word.text)[0],
                     *(key.removesuffix(ending) for ending in endings)} & nouns), None)
    if noun is None:
        return None
    holder = _holder_after(ps, noun, lexicon)
    if holder is not None:
        return holder
    governor = ps.parent(noun)
    for _ in range(MAX_OCCASION_HOPS):
        if governor is None or ps.upos(governor) in {"VERB", "AUX"}:
            break
        governor = ps.parent(governor)
    if governor is None or ps.upos(governor) not in {"VERB", "AUX"} or governor.id > noun.id:
        return None
    subject = _subject(ps, governor)
    if subject is None or subject.id > noun.id or \
            (feats(subject).get("Case") == "Acc" and feats(subject).get("Definite") == "Ind"):
        return None  # ("ليعود مرة أخرى وعبر تغريدات يكشف فيها": an indefinite accusative says when)
    return subject


def _interviewee_before(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"وفي لقاء آخر مع حسين المعلاق، وهو صاحب …، أوضح لـ"واس" أن": a cue without a subject after an
    occasion noun (``occasion_nouns``) and ``interview_prepositions`` speaks for the person named there."""
    nouns = lexicon.words_of("occasion_nouns")
    prepositions = lexicon.words_of("interview_prepositions")
    before = ps.words[:cue.id - 1]
    for position, word in enumerate(before[:-2]):
        if lexicon.without_article(word.text)[0] not in nouns:
            continue
        for offset in (1, 2):  # "في لقاء مع", "في لقاء آخر مع"
            if position + offset + 1 < len(before) and fold(before[position + offset].text) in prepositions:
                named = before[position + offset + 1]
                key = lexicon.without_article(named.text)[0]
                if key in lexicon.words_of("media_nouns"):
                    return None  # "وفي مقابلة مع قناة …، قال": the medium asked, the speaker is elsewhere
                if ps.upos(named) == "PROPN" or key in lexicon.words_of("official_titles"):
                    return named
    return None


def _after_clitic(ps: ParsedSentence, word: Word, clitics: str) -> bool:
    """``word`` follows a conjunction clitic of its own token that the tokenizer split off ("و" + "بين")."""
    token = ps.token_text(word)
    return token[:1] in clitics and token != word.text


MAX_SUBJECT_AFTER_PARTICLE = 16


def _subject_after_particle(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"إلا أن لاعب وسط مانشستر يونايتد الذي ينافس في الدوري أكد على أنه …": after أن, إن or لكن
    (``subject_particles``) the subject stands before its verb. The compact parse hangs that noun on the
    particle and leaves the cue without a subject. Only nouns, their modifiers and a relative clause
    may come between the noun and the cue."""
    if _after_clitic(ps, cue, "وف"):
        return None  # "…، وبين الرفاعي أن": a cue after و opens a verb-first clause of its own
    particles = lexicon.words_of("subject_particles")
    window = ps.words[max(0, cue.id - 2 - MAX_SUBJECT_AFTER_PARTICLE):cue.id - 1]
    particle = next((w for w in reversed(window) if fold(ps.token_text(w)) in particles and
                     ps.token_offsets[w.id] != ps.token_offsets[cue.id]), None)
    if particle is None or any(particle.id < own.id < cue.id for own in _own_subjects(ps, cue)):
        return None  # the parse found the subject there itself ("لكن المدرب اليوناني دونيس أكد")
    subject = ps.word(particle.id + 1)
    if subject.id == cue.id or ps.upos(subject) not in {"NOUN", "PROPN"} or \
            ps.token_offsets[subject.id] == ps.token_offsets[particle.id]:
        return None  # "أنه أكد": a pronoun suffix, the carried-over speaker's business
    relatives = lexicon.words_of("relative_pronouns")
    between = ps.words[subject.id:cue.id - 1]
    for position, word in enumerate(between):
        if word.text in {":", "«", "»", '"', "“", "”", ".", "،", ","}:
            return None
        if fold(word.text) in relatives:
            # the rest is the speaker's relative clause: one verb, not negated ("أن الأسعار التي
            # ينتظرها الناس لن تعود أبدا": the clause goes on to a verb of its own)
            clause = between[position + 1:]
            verbs = sum(ps.upos(w) in {"VERB", "AUX"} for w in clause)
            negated = any(fold(w.text) in lexicon.words_of("negators") for w in clause)
            return subject if verbs <= 1 and not negated else None
        if ps.upos(word) not in SUBJECT_AFTER_AUXILIARY_TAGS | {"NUM", "PUNCT"}:
            return None  # a verb of the particle's own clause: "أن الحكومة ستعلن … وأكد"
    return subject


def _with_title_before(ps: ParsedSentence, phrase: Phrase, cue: Word, entities: Sequence[Entity],
                       lexicon: Lexicon) -> Phrase:
    """"لكن المدرب اليوناني دونيس أكد أن": a name before its cue keeps the title that opens the clause
    (after a ``subject_particles`` word or at the sentence start), which the parse hung elsewhere."""
    if max(phrase.ids) >= cue.id or ps.upos(phrase.head) != "PROPN":
        return phrase
    first = min(phrase.ids)
    start = first
    while start > 1 and ps.upos(ps.word(start - 1)) in {"NOUN", "ADJ", "PROPN"} and \
            ps.token_offsets[start - 1] != ps.token_offsets[first]:
        start -= 1
    particles = lexicon.words_of("subject_particles")
    if start == first or ps.upos(ps.word(start)) != "NOUN" or \
            (start > 1 and fold(ps.token_text(ps.word(start - 1))) not in particles):
        return phrase
    return _widened(ps, phrase, tuple(range(start, first)) + phrase.ids, entities, lexicon)


MAX_TOPIC_WORDS = 14
TOPIC_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "X", "ADP", "PRON", "CCONJ"})


def _topic_before(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> list[int]:
    """"أما المواطن مصطفى الحمدان، فقد قال:", "أما محمد الحيز صاحب محل فواكه يقول:": the words of the
    topic (after ``topic_particles``, before the ``topic_links`` and comma that precede the cue), who
    is the cue's speaker whatever the parse made of them; empty when the cue does not comment one."""
    links = lexicon.words_of("topic_links")
    if _after_clitic(ps, cue, "و"):
        return []  # "أما المشككون … فيستشهدون …، ويقولون": the comment went on; و starts a new clause
    position = cue.id - 1
    while position >= 1 and (fold(ps.word(position).text) in links or ps.word(position).text in _COMMAS):
        position -= 1
    if position >= 1 and ps.upos(ps.word(position)) in {"ADP", "SCONJ", "PART"}:
        return []  # "أما الإجابة، كما تبين، فإنها …": "as it turned out" inside the topic's comment
    relatives = lexicon.words_of("relative_pronouns")
    for start in range(position, max(0, position - MAX_TOPIC_WORDS), -1):
        word = ps.word(start)
        if fold(ps.token_text(word)) in lexicon.words_of("topic_particles"):
            topic = list(range(start + 1, position + 1))
            # ("أما الإعلامي سعود قاري فقال": a title the tagger took for an adjective may open it)
            if not topic or ps.upos(ps.word(start + 1)) not in {"NOUN", "PROPN", "X", "ADJ"}:
                return []
            # a relative clause may describe the topic; otherwise every word is nominal
            relative = next((i for i in topic if fold(ps.word(i).text) in relatives), None)
            nominal = topic if relative is None else [i for i in topic if i < relative]
            return topic if all(ps.upos(ps.word(i)) in TOPIC_TAGS or ps.word(i).text in _COMMAS
                                for i in nominal) else []
    return []


def _before_addressee_preposition(ps: ParsedSentence, phrase: Phrase, cue: Word, entry: CueEntry,
                                  entities: Sequence[Entity], lexicon: Lexicon) -> Phrase:
    """"وأهابت الوزارة بالمواطنين إلى …": after a verb that addresses its hearers through a preposition
    (``addressee_prepositions``), the speaker phrase ends before it."""
    marks = {fold(p) for p in lexicon.speakers.get("addressee_prepositions", {}).get(entry.term, ())}
    if not marks or min(phrase.ids) < cue.id:
        return phrase
    cut = next((i for i in sorted(phrase.ids) if i > phrase.head.id and fold(ps.word(i).text) in marks), None)
    kept = tuple(i for i in phrase.ids if cut is None or i < cut)
    span = ps.span(kept)
    if cut is None or span is None:
        return phrase
    named = entity_in(span, entities)
    return Phrase(ids=kept, start=span[0], end=span[1], head=phrase.head, entity=named,
                  kind=classify(ps, kept, phrase.head, named, lexicon))


def _without_addressee(ps: ParsedSentence, phrase: Phrase, cue: Word, entities: Sequence[Entity],
                       lexicon: Lexicon) -> Phrase:
    """"ودعا بوتين الولايات المتحدة والشركاء إلى", "ودعا كيري الصحافيين إلى": after a verb that
    addresses someone (``addressee_verbs``) the person named first is the speaker, and a definite noun
    right after the name (no title: "كيري وزير الخارجية") is whom the call is addressed to."""
    if min(phrase.ids) < cue.id:
        return phrase
    titles = lexicon.words_of("official_titles")

    def addressed(word: Word) -> bool:
        return word.text.startswith("ال") and ps.upos(word) == "NOUN" and \
            fold(word.text) not in titles and fold(word.text[2:]) not in titles

    for entity in entities:
        if entity.label not in PERSON_LABELS:
            continue
        inside = [i for i in phrase.ids if entity.start <= ps.offsets[i][0] < entity.end]
        while len(inside) > 1 and addressed(ps.word(inside[-1])):
            inside.pop()  # "كيري الصحافيين": the NER ran the name into the addressee
        if not inside:
            continue
        after = [i for i in phrase.ids if i > max(inside)]
        if not after or not addressed(ps.word(after[0])):
            return phrase
        kept = tuple(i for i in phrase.ids if i < after[0])
        span = ps.span(kept)
        if span is None or phrase.head.id not in kept:
            return phrase
        named = entity_in(span, entities)
        return Phrase(ids=kept, start=span[0], end=span[1], head=phrase.head, entity=named,
                      kind=classify(ps, kept, phrase.head, named, lexicon))
    return phrase


MAX_DATE_WORDS = 8


def _subject_after_date(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"قالت، عصر أول من أمس الخميس، وزارة الخارجية الأميركية إنها": a date set off by commas right
    after the cue; the subject is the noun after it (the parse took a word of the date)."""
    if cue.id + 3 > len(ps.words) or ps.word(cue.id + 1).text not in _COMMAS:
        return None
    closing = next((w for w in ps.words[cue.id + 1:cue.id + 2 + MAX_DATE_WORDS] if w.text in _COMMAS),
                   None)
    if closing is None or closing.id == cue.id + 2 or closing.id >= len(ps.words):
        return None
    start, end = ps.offsets[cue.id + 2][0], ps.offsets[closing.id - 1][1]
    following = ps.word(closing.id + 1)
    dated = _only_a_date(ps.text[start:end], lexicon.lang)
    return following if dated and ps.upos(following) in {"NOUN", "PROPN", "X"} else None


def _relative_antecedent(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"… من الأسطورة الأرجنتينية دييجو مارادونا الذي قال إن …": a cue right after a relative pronoun
    is said by the noun phrase the pronoun follows, up to its preposition. The compact parse rarely
    makes the cue a relative clause, and takes a word of the claim for its subject."""
    if cue.id < 3 or fold(ps.word(cue.id - 1).text) not in lexicon.words_of("relative_pronouns"):
        return None
    if _subject_after_resumptive(ps, cue, lexicon) is not None:
        return None  # "في الوقت الذي أعلن فيه رئيس الحكومة": the time in which, not who
    following = ps.word(cue.id + 1) if cue.id < len(ps.words) else None
    if following is not None and ps.upos(following) == "PRON" and \
            ps.token_offsets[following.id] == ps.token_offsets[cue.id]:
        return None  # "الحبحب الذي وصفه": the suffix ه points back at the antecedent, the cue's object
    if following is not None and ps.upos(following) == "ADP" and following.id < len(ps.words) and \
            ps.upos(ps.word(following.id + 1)) == "PRON" and \
            ps.token_offsets[following.id + 1] == ps.token_offsets[following.id]:
        return None  # "بالهدنة التي دعت إليها المملكة": so does إليها; the speaker comes after it
    word = ps.word(cue.id - 2)
    if word.text in {",", "،"} and cue.id > 3:
        word = ps.word(cue.id - 3)  # "في المادة رقم 236 من نظام العمل، التي تنص على"
    if ps.upos(word) not in {"NOUN", "PROPN", "X"}:
        return None
    while not ps.kids(word, "case"):
        parent = ps.parent(word)
        if parent is None or parent.id > word.id or ps.upos(parent) not in NOMINAL or \
                base_relation(ps.deprel(word)) not in NOMINAL_RELATIONS:
            break
        word = parent
    return word


MAX_WORDS_BEFORE_COMPLEMENTIZER = 15
# the tags a complementizer gets from the compact taggers ("إنّ" even as a verb)
COMPLEMENTIZER_TAGS = frozenset({"SCONJ", "PART", "ADP", "PRON", "CCONJ", "VERB"})


def _complementizer_after(ps: ParsedSentence, cue: Word, lexicon: Lexicon,
                          quotes: Sequence[Quote]) -> Word | None:
    """The "that"/"إن" that opens the claim of ``cue``: the first complementizer after it, with only
    the speaker's words (no verb, no other cue) in between: "قال X إن ...", "X said that ..."."""
    complementizers = lexicon.words_of("complementizers")
    text = ps.text
    verb_between = False
    reach = int(lexicon.speakers.get("max_words_before_complementizer", MAX_WORDS_BEFORE_COMPLEMENTIZER))
    for word in ps.words[cue.id:cue.id + reach]:
        start = ps.offsets[word.id][0]
        if _abbreviation_period(ps, word, lexicon) or \
                (word.id < len(ps.words) and _abbreviation_period(ps, ps.word(word.id + 1), lexicon)):
            continue  # "قال لشبكة سي. إن. إن. إن …": the letter N and its period, not إن and a sentence end
        quote = next((q for q in quotes if q.closed and q.open <= start < q.after), None)
        if quote is not None:
            if is_name_quote(quote, text) or _name_before_complementizer(quote, text, lexicon) or \
                    _name_of_a_noun(ps, quote, lexicon):
                continue  # "قال لـ«الشرق الأوسط» إن": a quoted name on the speaker's side
            return None
        # ("وعبر X عن رغبته …، إلا أن الفحوصات أكدت …": after إلا the complementizer opens a contrast,
        # a clause of its own, not the cue's claim)
        if fold(word.text) in complementizers and word.id > 1 and \
                fold(ps.word(word.id - 1).text) in lexicon.words_of("contrast_particles"):
            return None
        # right after an Arabic cue the form decides, whatever the tag ("وقالت انها تشتبه": NOUN)
        if fold(word.text) in complementizers and \
                (ps.upos(word) in COMPLEMENTIZER_TAGS or (lexicon.lang == "ar" and word.id == cue.id + 1)):
            if verb_between and not (fold(cue.lemma or "") == "قال" and word.text.startswith("إن")):
                return None
            return word
        if word.text in {".", ":", "!", "?", "؟", "«", '"', "“"}:
            return None
        if (ps.upos(word) == "ADJ" and lexicon.cue(word.text, word.lemma) is not None) or \
                lexicon.is_participle(word.text):
            return None  # "أعلن عنه الباحثون، مشيرا إلى أن", "… قائلة إن": the participle's own claim
        if ps.upos(word) in {"VERB", "AUX"}:
            # "قال جلال شامي ناشط حقوقي درس القضية ... إن": after قال only إنّ opens the claim, so a verb
            # of the speaker's description may come before it.
            if lexicon.lang != "ar" or lexicon.cue(word.text, word.lemma) is not None or \
                    base_relation(ps.deprel(cue)) not in {"root", "parataxis", "conj"}:
                return None
            if not _describes_indefinite(ps, word):
                verb_between = True
    return _distant_complementizer(ps, cue, lexicon, reach)


def _distant_complementizer(ps: ParsedSentence, cue: Word, lexicon: Lexicon, reach: int) -> Word | None:
    """'وقال خلال حوار أجرته معه «الشرق الأوسط» في جدة، بعد زيارته …، أمس، إن «…»': past the words
    searched, the complementizer the tree marks the cue's own clause with, when no sentence end, colon
    or other cue lies between."""
    complementizers = lexicon.words_of("complementizers")
    for clause in ps.kids(cue, "ccomp"):
        mark = next((m for m in ps.kids(clause, "mark") if fold(m.text) in complementizers), None)
        if mark is None or mark.id <= cue.id + reach:
            continue
        between = ps.words[cue.id:mark.id - 1]
        if not any(w.text in {".", ":", "!", "?", "؟"} or
                   (ps.upos(w) in VERB_TAGS and lexicon.cue(w.text, w.lemma) is not None) for w in between):
            return mark
    return None


def _abbreviation_period(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """"سي." of "سي. إن. إن.", "د." of "د. محمد": a period after an abbreviation, which ends nothing."""
    return word.text == "." and word.id > 1 and \
        abbreviation_key(ps.word(word.id - 1).text) in sentence_abbreviations(lexicon.lang)


def _describes_indefinite(ps: ParsedSentence, verb: Word) -> bool:
    """"أكدت دراسة جديدة أجرتها وكالة القراءة … أن": a verb right after an indefinite noun phrase
    opens a relative clause that describes it (Arabic relative clauses on indefinite nouns have no
    relative pronoun), so any complementizer after it may still be the cue's."""
    previous = ps.word(verb.id - 1) if verb.id > 1 else None
    return previous is not None and ps.upos(previous) in {"NOUN", "ADJ"} and \
        feats(previous).get("Definite") == "Ind"


MAX_CIRCUMSTANCE_BEFORE_THAT = 25


def _that_after_circumstance(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """'Cruz said Thursday during a taping of a MSNBC town hall meeting in Buffalo, New York, that …':
    the "that" after a comma that closes when and where it was said (no finite verb, no other cue in
    between), however the parse tagged it."""
    complementizers = lexicon.words_of("complementizers")
    in_dashes = False  # 'said — on Twitter, as it happens — that …': an aside between dashes
    for word in ps.words[cue.id:cue.id + MAX_CIRCUMSTANCE_BEFORE_THAT]:
        if word.text in _DASHES:
            in_dashes = not in_dashes
            continue
        if ps.upos(word) in VERB_TAGS and lexicon.cue(word.text, word.lemma) is not None:
            return None
        if in_dashes:
            continue
        if _finite(word) or (ps.upos(word) == "PUNCT" and word.text not in {",", "-"}):
            return None
        if fold(word.text) in complementizers and word.id > cue.id + 1 and \
                ps.word(word.id - 1).text in {",", *_DASHES}:
            return word
    return None


_DASHES = frozenset({"—", "–", "--"})


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
    marked = ps.parent(comp) if base_relation(ps.deprel(comp)) == "mark" else None
    if not ids and marked is not None and marked.id > comp.id:
        # "While Comey has said that he regularly makes …, Lewandowski said …": with no clause of its
        # own in the tree, the cue reports the clause its complementizer marks
        clause = [i for i in ps.subtree(marked) if i > comp.id]
        if clause and clause[0] == comp.id + 1 and clause == list(range(clause[0], clause[-1] + 1)):
            span = clause
    # "أنها": the pronoun suffix, a word of the complementizer's own token, goes with it.
    if span and (ps.offsets[span[0]] == ps.offsets[comp.id] or
                 ps.offsets[span[0]][0] == ps.offsets[comp.id][1]):
        span = span[1:]
    return span


FUNCTION_TAGS = frozenset({"ADV", "SCONJ", "ADP", "CCONJ", "PART", "PUNCT"})


def _stance_of_the_speaker(text: str, lexicon: Lexicon) -> bool:
    """"حبه", "حرصها", "رغبتهم": a noun of stance or feeling (``stance_nouns``) with a possessive
    pronoun, the speaker's own, is what a pro-drop cue affirms ("وأكد حرصه على"), never who speaks."""
    folded = fold(text)
    for suffix in lexicon.words_of("pronoun_suffixes"):
        stem = folded.removesuffix(suffix)
        if stem == folded:
            continue
        stems = {stem, stem[:-1] + "ة"} if stem.endswith("ت") else {stem}  # رغبت+ها: رغبة
        if stems & lexicon.words_of("stance_nouns"):
            return True
    return False


def _affirmed_object(ps: ParsedSentence, phrase: Phrase, cue: Word, lexicon: Lexicon) -> bool:
    """The parse's subject after an Arabic cue is what the cue affirms ("وأكد أهمية الحرص على",
    "وأكد حبه لأندية جازان"): an object noun or the speaker's own stance."""
    head = phrase.head
    return lexicon.lang == "ar" and min(phrase.ids) > cue.id and \
        (fold(head.text) in lexicon.words_of("object_nouns") or _stance_of_the_speaker(head.text, lexicon))


def _opened_by(ps: ParsedSentence, phrase: Phrase, content: Content) -> Content:
    """``content`` widened back to the start of ``phrase`` right before it (an indirect claim only)."""
    first = min(phrase.ids)
    if content.quote != "indirect" or not content.ids or min(content.ids) <= first or \
            min(content.ids) - max(phrase.ids) > 1:
        return content
    ids = tuple(range(first, max(content.ids) + 1))
    return Content(ps.offsets[first][0], content.end, content.quote,
                   tuple(i for i in ids if i in set(content.ids) | set(phrase.ids)))


def _function_word_speaker(ps: ParsedSentence, phrase: Phrase, lexicon: Lexicon) -> bool:
    """An Arabic "speaker" that cannot be one: an object noun ("أهمية"), or one word that is a relative
    or attached pronoun ("الذي", "ه") other than the personal pronouns of carried-over speech, a
    preposition with its pronoun ("فيها", whatever its tag), or a cue participle itself ("قائلا")."""
    if lexicon.lang != "ar":
        return False
    if fold(phrase.head.text) in lexicon.words_of("object_nouns"):
        return True  # "وأكدت كذلك أهمية الحرص على …": the importance is what was stressed
    if _stance_of_the_speaker(phrase.head.text, lexicon):
        return True  # "وأكد حبه لأندية جازان": his love is what he affirmed, he is carried over
    if phrase.head.text.endswith("ـ") and len(phrase.head.text.rstrip("ـ")) == 1:
        return True  # "أوضح لـ”واس” أن": a proclitic preposition written apart, whatever its tag
    if len(phrase.ids) != 1:
        return False
    word = phrase.head
    if lexicon.is_participle(word.text) or fold(word.text) in lexicon.words_of("prepositional_pronouns") or \
            fold(word.text) in lexicon.words_of("manner_words"):
        return True  # ("وأضافت بالقول": by saying, how it was said)
    return ps.upos(word) == "PRON" and not _speaker_pronoun(ps, word, lexicon)


def _object_form(ps: ParsedSentence, phrase: Phrase) -> bool:
    """A "speaker" that cannot be a subject: no letters at all ("يعلن 1956"), an Arabic indefinite
    accusative noun, which unvocalized text still marks with its final alef ("وطلب دعما كبيرا": he
    asked for great support), or a phrase that opens with a preposition glued to its noun."""
    if not any(ch.isalpha() for ch in ps.text[phrase.start:phrase.end]):
        return True
    head = phrase.head
    if _indefinite_accusative(ps, head):
        return True
    first = ps.word(min(phrase.ids))
    if ps.upos(first) == "ADP" and first.id < len(ps.words) and \
            ps.upos(ps.word(first.id + 1)) not in {"PROPN", "X"} and ps.token_text(first) != first.text:
        return True  # "رحبت بذات الوقت بأمر ترشيحها": a glued preposition opens no subject (a name may)
    return False


def _indefinite_accusative(ps: ParsedSentence, word: Word) -> bool:
    """An Arabic indefinite accusative noun, which unvocalized text still marks with its final alef:
    an object ("دعما", "مقالا"), never a subject."""
    return ps.upos(word) in {"NOUN", "ADJ"} and feats(word).get("Case") == "Acc" and \
        feats(word).get("Definite") == "Ind" and word.text.rstrip("\u064b").endswith("ا")


def _speaker_pronoun(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """"هو", "he", "لكنه", "معاليه": a pronoun of carried-over speech, a word of its own or the suffix
    of its token (لكنه is لكن + ه when the token guard lets the tokenizer split it), or a word of an
    honorific title with its pronoun (``honorific_pronouns``: معالي + ه)."""
    pronouns = lexicon.words_of("speaker_pronouns")
    if fold(word.text) in pronouns or fold(ps.token_text(word)) in lexicon.words_of("honorific_pronouns"):
        return True
    last = ps.token_offsets[word.id][1] == ps.offsets[word.id][1]
    return last and ps.token_text(word) != word.text and fold(ps.token_text(word)) in pronouns


def _object_demonstrative(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """"أوضح ذلك رئيس النادي": a demonstrative before a noun without ال is not its determiner."""
    if fold(word.text) not in lexicon.words_of("object_demonstratives") or word.id >= len(ps.words):
        return False
    following = fold(ps.word(word.id + 1).text)
    return not any(following.startswith(fold(marker)) for marker in lexicon.words_of("definite_markers"))


def _without_leading_preposition(ps: ParsedSentence, phrase: Phrase, entities: Sequence[Entity],
                                 lexicon: Lexicon) -> Phrase:
    """"كان قد أكد فيه وزير الخارجية الأمريكية أنتوني بلينكن أن …": the compact tagger made "فيه" (in
    which) a noun and the speaker its dependent; the phrase starts at the first noun after it. So it
    does after the cue's object "ذلك" ("أوضح ذلك رئيس النادي")."""
    ids = sorted(phrase.ids)
    if lexicon.lang != "ar" or len(ids) < 2:
        return phrase
    first = ps.word(ids[0])
    if fold(first.text) not in lexicon.words_of("prepositional_pronouns") and \
            not _object_demonstrative(ps, first, lexicon):
        return phrase
    rest = ids[1:]
    head = next((ps.word(i) for i in rest if ps.upos(ps.word(i)) in {"NOUN", "PROPN", "X"}), None)
    span = ps.span(rest)
    if head is None or span is None:
        return phrase
    entity = entity_in(span, entities)
    return Phrase(ids=tuple(rest), start=span[0], end=span[1], head=head, entity=entity,
                  kind=classify(ps, rest, head, entity, lexicon))


MAX_SPEAKER_WORDS_BEFORE_QUOTE = 15
MAX_WORDS_BEFORE_COLON_QUOTE = 30


def _quote_after_speaker(ps: ParsedSentence, cue: Word, quotes: Sequence[Quote],
                         lexicon: Lexicon) -> tuple[Quote, list[int]] | None:
    """'وقال X “…”', 'وأضاف: “…”': a quotation (not a quoted name) opening after the cue with only a
    speaker's words (no verb, at most a colon) between them. Returns it and those words, cut where a
    circumstance starts (:func:`_arabic_phrase_tail`)."""
    cue_end = ps.offsets[cue.id][1]
    after_cue = [q for q in quotes if q.closed and cue_end <= q.open < ps.end]
    # 'وقال «الحقباني» مغرداً: «…»', 'قال تاماس فارجا، المحلل في «بي في إم أويل» في لندن: «…»': a
    # quoted name before the quotation
    # (not one another cue follows: 'وقال "شوهد اختطاف خمسة مقاتلين"، مضيفا "…"' is what he said)
    while len(after_cue) > 1 and _names_something(after_cue[0], ps.text) and \
            not _cue_between(ps, after_cue[0].after, after_cue[1].open, lexicon):
        after_cue.pop(0)
    quote = after_cue[0] if after_cue else None
    if quote is None:
        return None
    between = [w for w in ps.words[cue.id:] if ps.offsets[w.id][0] < quote.open]
    # 'وقالت X للصحافيين في ختام اجتماع في بروكسل لوزراء خارجية الدول الـ28 الأعضاء: «…»': a colon
    # right before the quotation closes a longer run of where and to whom, and what follows it is
    # said, however short ("…: «صباح الخير للمبتعثين»")
    colon = bool(between) and between[-1].text == ":"
    if (is_name_quote(quote, ps.text) and not colon) or _name_before_complementizer(quote, ps.text, lexicon):
        return None
    manner = lexicon.words_of("manner_words")  # "مغردا": how it was said, not a verb of the speaker's
    reach = MAX_WORDS_BEFORE_COLON_QUOTE if colon else MAX_SPEAKER_WORDS_BEFORE_QUOTE
    # 'وقال موقع «…»، الذي تأسس قبل 7 سنوات لخدمة المبتعثين: «…»': before the colon, the verbs of a
    # relative clause describe the speaker
    relatives = lexicon.words_of("relative_pronouns")
    relative = next((w.id for w in between if fold(w.text) in relatives), None) if colon else None
    if sum(ps.upos(w) != "PUNCT" for w in between) > reach or \
            any(ps.upos(w) in {"VERB", "AUX"} and fold(w.text) not in manner and
                (relative is None or w.id < relative or lexicon.cue(w.text, w.lemma) is not None)
                for w in between) or any(_coordinated_cue(ps, w, lexicon) for w in between):
        return None
    while between and (between[-1].text in {":", "،", ","} or ps.upos(between[-1]) == "PUNCT"):
        between.pop()
    return quote, _arabic_phrase_tail(ps, between, lexicon)


def _coordinated_cue(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """"رحَّب الإمام به وقال له الأمين «…»": a cue written with its conjunction ("وقال"), whatever its tag,
    opens a clause (and a speaker) of its own."""
    glued = ps.token_offsets[word.id][0] < ps.offsets[word.id][0]
    conjunction = ps.word(word.id - 1) if glued and word.id > 1 else None
    return conjunction is not None and ps.upos(conjunction) == "CCONJ" and \
        lexicon.cue(word.text, word.lemma) is not None


MAX_PREPOSITION_DISTANCE = 6
MAX_QUOTED_NAME_WORDS = 6


def _cue_between(ps: ParsedSentence, start: int, end: int, lexicon: Lexicon) -> bool:
    """A cue word (a participle included) between the characters ``start`` and ``end``."""
    return any(start <= ps.offsets[word.id][0] < end and
               (lexicon.cue(word.text, word.lemma) is not None or lexicon.is_participle(word.text))
               for word in ps.words)


def _names_something(quote: Quote, text: str) -> bool:
    """A name quotation of up to six words, no colon either, that the sentence goes on after."""
    colon = ":" in text[quote.inner[0]:quote.close]
    return is_name_quote(quote, text, MAX_QUOTED_NAME_WORDS) and not colon and \
        bool(text[quote.after:quote.after + 2].strip())


def _name_before_complementizer(quote: Quote, text: str, lexicon: Lexicon) -> bool:
    """'كشفت دراسة لشركة «آي إتش إس تكنولوجي» أن …': a name quotation of up to six words right
    before the complementizer ends the speaker's phrase; it is not what was said."""
    following = text[quote.after:quote.after + 40].split(maxsplit=1)
    return bool(following) and fold(following[0]) in lexicon.words_of("complementizers") and \
        is_name_quote(quote, text, MAX_QUOTED_NAME_WORDS)


def _name_of_a_noun(ps: ParsedSentence, quote: Quote, lexicon: Lexicon) -> bool:
    """'وأوضح رئيس فرقة «محترف كيف للفنون المسرحية» ومشرف قناة … أن', 'وقالت شبكة " بي.بي.إس"
    التايلاندية إن': a name quotation of up to six words right after a noun of an organization or a
    medium (``organization_nouns``, ``media_nouns``) names it; the speaker's phrase goes on after it."""
    before = ps.last_word_by(quote.open)
    if not before or not is_name_quote(quote, ps.text, MAX_QUOTED_NAME_WORDS):
        return False
    key = lexicon.without_article(ps.word(before).text)[0]
    return key in lexicon.words_of("organization_nouns") | lexicon.words_of("media_nouns")


def _object_first(ps: ParsedSentence, cue: Word, prepositions: set[str], lexicon: Lexicon) -> bool:
    """A direct object of the cue before any of its ``prepositions``: "شددت الهند إجراءات الأمن على
    حدودها" (tightened), "أقر المجلس تشكيل لجان" (approved), not "وشدد X على أهمية", "أقر X بالذنب".
    An object noun ("وشدد الوزير ضرورة …") is what was stressed."""
    for obj in ps.kids(cue, "obj"):
        if obj.id < cue.id or fold(obj.text) in lexicon.words_of("object_nouns"):
            continue
        titled = lexicon.without_article(obj.text)[0] in lexicon.words_of("official_titles")
        marker = lexicon.cue(obj.text, None)
        if ps.upos(obj) == "PROPN" or titled or (marker is not None and marker.pos in {"source", "citing"}):
            # "شدد المدرب الروماني ريجيكامب … على": the verb-first subject, parsed as the object; an
            # adverb in the accusative ("وفقاً لما نقلته الوكالة") says how it reached us
            continue
        if not any(fold(word.text) in prepositions for word in ps.words[cue.id:obj.id - 1]):
            return True
    return False


def _not_a_report(ps: ParsedSentence, cue: Word, entry: CueEntry, comp: Word | None,
                  lexicon: Lexicon) -> bool:
    """Arabic cue forms that do not report here: "تعتبر المرحلة مرحلة انتقالية" (is considered; no
    complementizer), "ويذكر أن", "ويشار إلى أن" (the author's "it is worth noting that"), "تعبر
    السفينة القناة" (عبر without عن: crosses), "يهدد الحي" (endangers), "وتدعى السفينة" (is called)."""
    raw = ps.text[slice(*ps.offsets[cue.id])]
    form = fold(raw)
    if raw in lexicon.speakers.get("not_cue_surface_forms", ()):
        return True
    if cue.id > 1 and fold(ps.word(cue.id - 1).text) in lexicon.words_of("name_particles"):
        return True  # "عبدالعزيز بن عبدالله بن طالب": after بن or أبو the cue form is a name
    if _prayer(ps, cue, comp, lexicon) or _oath(ps, cue, lexicon):
        return True
    if form in lexicon.words_of("complementizer_required_forms") and comp is None:
        return True
    # (a participle has no subject to come between: "مقرا بأن", never "يبنى له مقرا جديدا بقيمة")
    participle = lexicon.is_participle(cue.text)
    reach = 1 if participle else MAX_PREPOSITION_DISTANCE
    following = {fold(w.text) for w in ps.words[cue.id:cue.id + reach]}
    required = lexicon.speakers.get("required_prepositions", {}).get(entry.term)
    if required and not following & {fold(p) for p in required}:
        return True
    marked = lexicon.speakers.get("required_complements", {}).get(entry.term)
    marks = {fold(p) for p in marked} if marked else set()
    if marks and comp is None and \
            (not following & marks if participle else _object_first(ps, cue, marks, lexicon)):
        return True
    # "ويذكر أن", "ويشار إلى أن": the complementizer at once, or after the verb's own preposition
    # ("علما بأن": the tokenizer may split the form itself, عل + ما)
    impersonal = lexicon.words_of("impersonal_cue_forms")
    token = ps.token_offsets[cue.id]
    return (form in impersonal or fold(ps.token_text(cue)) in impersonal) and comp is not None and \
        all(ps.upos(word) == "ADP" or ps.token_offsets[word.id] == token
            for word in ps.words[cue.id:comp.id - 1])


EXPRESSED_OBJECT_WORDS = 3  # "عن خالص التعازي": the object and the adjective before it


def _expresses(ps: ParsedSentence, cue: Word, entry: CueEntry, lexicon: Lexicon) -> bool:
    """"وأعرب عن خالص التعازي", "معربا عن شكره": what the cue expresses is an expressive act
    (``expressive_objects``), not a claim."""
    if entry.term not in lexicon.speakers.get("expressive_object_cues", ()):
        return False
    # the object right after the cue ("وأبدى إعجابه الكبير") or after its preposition
    preposition = next((word for word in ps.words[cue.id:cue.id + MAX_PREPOSITION_DISTANCE]
                        if ps.upos(word) == "ADP"), None)
    expressive = lexicon.words_of("expressive_objects")
    if any(lexicon.without_article(kid.text)[0] in expressive for kid in ps.kids(cue, "obj")):
        return True  # "أبدى المدير الفني … (أوروجوياني) تفاؤلا شديدا": after a long subject
    return any(lexicon.without_article(word.text)[0] in expressive
               for start in {cue.id, preposition.id if preposition is not None else cue.id}
               for word in ps.words[start:start + EXPRESSED_OBJECT_WORDS])


def _nothing_reported_after(ps: ParsedSentence, quote: Quote, lexicon: Lexicon,
                            quotes: Sequence[Quote]) -> bool:
    """Nothing the cue before ``quote`` could report follows it, nor precedes the cue: the sentence
    ends (and no quotation before the cue is what it reports: '«كالنار في الهشيم»، كما يقول «جديدي».'),
    or a comma hands over to another cue ('وأضاف "مستوى اللاعبين تصاعدي"، متمنيا أن …'); unlike 'وأكد
    "الرويلي"، أن ذلك …'."""
    rest = ps.text[quote.after:].lstrip()
    if rest[:1] in {"", "."}:
        return not any(ps.start <= other.open and other.after <= quote.open for other in quotes)
    if rest[:1] not in {"،", ","}:
        return False
    comma = ps.last_word_by(len(ps.text) - len(rest) + 1)
    if not 0 < comma < len(ps.words):
        return False
    following = ps.word(comma + 1).text
    return lexicon.is_participle(following) or fold(following) in lexicon.words_of("handover_participles")


def _quoted_name_after(ps: ParsedSentence, cue: Word, quotes: Sequence[Quote],
                       lexicon: Lexicon) -> tuple[Quote, Word] | None:
    """The short name quotation that opens right after ``cue`` and the noun inside it, if any."""
    cue_end = ps.offsets[cue.id][1]
    quote = next((q for q in quotes if q.closed and cue_end <= q.open <= cue_end + 1), None)
    if quote is None or not is_name_quote(quote, ps.text):
        return None
    if _nothing_reported_after(ps, quote, lexicon, quotes):
        return None  # 'وأضاف "مستوى اللاعبين تصاعدي"، متمنيا …': what the cue added, not who added it
    inside = [w for w in ps.words if quote.open < ps.offsets[w.id][0] < quote.close]
    # the head of the quoted words ("«خلية الصقور»": خلية, whatever its tag), else its first noun
    ids = {w.id for w in inside}
    heads = [w for w in inside if ps.head(w) not in ids and ps.upos(w) in {"NOUN", "PROPN", "X", "ADJ"}]
    nouns = [w for w in inside if ps.upos(w) in {"NOUN", "PROPN", "X"}]
    name = heads[0] if len(heads) == 1 else next(iter(nouns), None)
    return (quote, name) if name is not None else None


def _opens_colon_quote(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """'وأردف: "…"', 'واستطرد "…"': a cue form opening the sentence right before a colon or a
    quotation mark, however it is tagged (the compact tokenizer leaves rare verbs with their و
    unsplit and the tagger calls them names)."""
    following = ps.word(word.id + 1) if word.id < len(ps.words) else None
    return following is not None and following.text in {":", "：", '"', "«", "“"} and \
        _verb_cue_opening_sentence(ps, word, lexicon)


def _verb_cue_form(word: Word, lexicon: Lexicon) -> bool:
    """The form as written is one of a verb cue's, whatever its tag."""
    entry = lexicon.cue(word.text, None)
    return entry is not None and entry.pos == "verb"


def _verb_cue_opening_sentence(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """A verb cue's form with nothing but punctuation before it in its sentence."""
    return not any(ps.upos(w) != "PUNCT" for w in ps.words[:word.id - 1]) and _verb_cue_form(word, lexicon)


MAX_WITHHOLDING_WORDS = 4


def _withholds_identity(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> bool:
    """"رفض الكشف عن هويته", "طلب عدم ذكر اسمه": the cue refuses (or asks) to have its speaker named:
    ``withholding_words`` after its token, then one of ``identity_nouns``; or, negated, it names
    nobody (``by_name_words``: "لم تذكرها بالاسم")."""
    withholding = lexicon.words_of("withholding_words")
    after = ps.token_words(cue)[-1]  # the index of the word after the cue's token
    by_name = lexicon.words_of("by_name_words")
    if after < len(ps.words) and fold(ps.token_text(ps.word(after + 1))) in by_name and \
            _negated(ps, cue, lexicon):
        return True  # "مصادر لم تذكرها بالاسم": sources it did not name
    for word in ps.words[after:after + MAX_WITHHOLDING_WORDS]:
        if fold(ps.token_text(word)) in lexicon.words_of("identity_nouns"):
            return word.id > after + 1  # a withholding word came first
        if fold(word.text) not in withholding and fold(ps.token_text(word)) not in withholding:
            return False
    return False


def _speech_opens_after(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> bool:
    """The word right after the cue's token opens what was said and cannot be who says it
    (``speech_openers``): a first-person pronoun ("قال أنا مستعد"), "قال المهم في الأمر أن …"."""
    following = ps.token_words(cue)[-1] + 1
    return following <= len(ps.words) and \
        fold(ps.token_text(ps.word(following))) in lexicon.words_of("speech_openers")


def _opens_verb_clause(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """"واضاف اسفر الحريق عن اصابة …": a cue form opening the sentence right before a finite verb
    reports the clause that verb opens (his words, with no colon), however the cue is tagged (the
    tagger made واضاف the verb's subject)."""
    following = ps.word(word.id + 1) if word.id < len(ps.words) else None
    return following is not None and ps.upos(following) == "VERB" and \
        "Person=" in (following.feats or "") and _verb_cue_opening_sentence(ps, word, lexicon)


def _opens_reported_clause(ps: ParsedSentence, word: Word, lexicon: Lexicon, quotes: Sequence[Quote]) -> bool:
    """An Arabic cue form first in its clause (after nothing, a conjunction clitic or a comma) with a
    complementizer after its speaker: "وبين المسلم أن ...", "، وأوضح أن ..."."""
    if not _verb_cue_form(word, lexicon):
        return False
    previous = _before_conjunction(ps, word)
    if previous is not None and previous.text not in {"،", ",", ".", ":", "؛"}:
        return False
    return _complementizer_after(ps, word, lexicon, quotes) is not None


def _right_before_complementizer(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """"أن عددًا من الموقوفين كشفوا عن أن …": an Arabic cue verb form with its complementizer right
    after it (or after its preposition), however the tagger read a form its vocabulary lacks."""
    if not _verb_cue_form(word, lexicon) or word.id >= len(ps.words):
        return False
    following = ps.word(word.id + 1)
    if ps.upos(following) == "ADP" and following.id < len(ps.words):
        following = ps.word(following.id + 1)
    return fold(following.text) in lexicon.words_of("complementizers") and ps.upos(following) == "SCONJ"


def _comments_topic(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """"أما أوباما فقال إن", 'أما X فقال "…"': a cue form after the topic it comments on, however the
    compact tagger read the form with its ف."""
    return _verb_cue_form(word, lexicon) and bool(_topic_before(ps, word, lexicon))


def _before_conjunction(ps: ParsedSentence, word: Word) -> Word | None:
    """The word before ``word``, past a conjunction the tokenizer set apart ("، و أوضح"); None at the
    sentence start."""
    previous = ps.word(word.id - 1) if word.id > 1 else None
    if previous is not None and fold(previous.text) in {"و", "ف"}:
        previous = ps.word(previous.id - 1) if previous.id > 1 else None
    return previous


def _lends_speaker(governing: Candidate, participle: bool, lexicon: Lexicon) -> bool:
    """Whether a cue that hangs on ``governing``'s own cue takes its speaker phrase rather than the
    subject the tree shares: always under a transmitting verb (its subject is the medium), and for an
    Arabic participle, whose speaker phrase the rules widened on the governing cue only."""
    return governing.cue.pos == "transmit" or (participle and lexicon.lang == "ar")


def _with_particle(ps: ParsedSentence, cue: Word, content: Content, lexicon: Lexicon) -> tuple[int, ...]:
    """The cue's word ids with the particle of a phrasal verb right after it ("points out", "shot
    back"), unless the particle belongs to the claim."""
    following = cue.id + 1
    if following > len(ps.words) or following in content.ids:
        return (cue.id,)
    particle = ps.word(following)
    after = ps.word(following + 1) if following < len(ps.words) else None
    attached = ps.deprel(particle) == "compound:prt" and ps.head(particle) == cue.id
    closing = fold(particle.text) in lexicon.words_of("cue_particles") and \
        (after is None or ps.upos(after) == "PUNCT" or fold(after.text) == "that")
    if attached or closing:
        return cue.id, following
    return (cue.id,)


def _present_verb_before_that(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """"Sanders responds that he doesn't need …": the compact English tagger often takes a present
    cue verb for a plural noun; with its subject before it and "that" right after, or a subject and a
    reported clause of its own in the tree ("Breitbart reports the friends had a falling out"), it is
    the verb."""
    if lexicon.lang != "en" or ps.upos(word) != "NOUN" or not word.text.endswith("s") or \
            word.id < 2 or word.id >= len(ps.words):
        return False
    entry = lexicon.cue(word.text, word.lemma)
    following, subject = ps.word(word.id + 1), ps.word(word.id - 1)
    governs_clause = bool(ps.kids(word, "nsubj") and ps.kids(word, "ccomp"))
    return entry is not None and entry.pos in {"verb", "quote_verb"} and \
        (fold(following.text) == "that" or governs_clause) and ps.upos(subject) in {"PROPN", "PRON", "NOUN"}


def _continues_report(ps: ParsedSentence, word: Word, lexicon: Lexicon, quotes: Sequence[Quote]) -> bool:
    """"… وأكد أن …، واضاف: …": an Arabic cue coordinated in the tree that opens a report of its own
    (after a comma, its complementizer or colon right after it), not a verb of the claim ("ويرون ما
    تنعم به", "ولفت نظر الإدارة"). It ends the claim it was hung in."""
    if lexicon.lang != "ar" or base_relation(ps.deprel(word)) != "conj":
        return False
    previous = _before_conjunction(ps, word)
    following = ps.word(word.id + 1) if word.id < len(ps.words) else None
    return previous is not None and previous.text in _COMMAS and following is not None and \
        (following.text in {":", "："} or _complementizer_after(ps, word, lexicon, quotes) is not None)


def _extend_name(ps: ParsedSentence, phrase: Phrase, comp: Word, entities: Sequence[Entity],
                 lexicon: Lexicon) -> Phrase:
    """"قال القائد العسكري اللواء عبد الله صبيحي إن": a title whose name the parse left out runs on
    through the proper nouns up to the complementizer. In Arabic the whole noun phrase between a
    verb-first cue and its إن/أن is the speaker ("أكد مدير الفريق الأول لكرة القدم بنادي هجر فؤاد
    المسلم أن"), however the parse split it, up to where the circumstance starts (see
    :func:`_arabic_phrase_tail`)."""
    last = max(phrase.ids)
    gap = ps.words[last:comp.id - 1]
    if lexicon.lang == "ar":
        names = _apposed_name(ps, gap) or _arabic_phrase_tail(ps, gap, lexicon)
    else:
        names = []
        for word in gap:
            if ps.upos(word) not in {"PROPN", "X"}:  # X: names the compact model leaves untagged
                return phrase
            names.append(word.id)
    if not names:
        return phrase
    return _widened(ps, phrase, tuple(sorted(set(phrase.ids) | set(names))), entities, lexicon)


_NAME_MARKS = frozenset('"()')


def _apposed_name(ps: ParsedSentence, gap: Sequence[Word]) -> list[int]:
    """"قال نائب وزير الخارجية الروسي، سيرغي ريابكوف، إن": a name between commas after the title
    (and before the complementizer) is the speaker's; the words of the name only."""
    if not gap or gap[0].text not in _COMMAS:
        return []
    name: list[int] = []
    for word in gap[1:]:
        if word.text in _COMMAS:
            break
        if ps.upos(word) not in {"PROPN", "X"}:
            return []
        name.append(word.id)
    return name


def _arabic_phrase_tail(ps: ParsedSentence, gap: Sequence[Word], lexicon: Lexicon) -> list[int]:
    """The words of ``gap`` (after a speaker phrase, before its complementizer) that still belong to
    it: nouns, adjectives, names, prepositions inside the title ("بنادي هجر", "في الأحساء") and marks
    around names, up to a verb, a comma, a date, a word that says where or to whom it was said
    (``phrase_stops``: "في تصريح", "خلال", "اليوم"), or a preposition before (or glued to) a media
    name ("لـ«الرياضي»", "لوكالة الأنباء")."""
    stops = lexicon.words_of("phrase_stops") | lexicon.words_of("complementizers") | \
        lexicon.words_of("manner_words")
    media = addressed_nouns(lexicon)
    taken: list[int] = []
    for position, word in enumerate(gap):
        tag = ps.upos(word)
        folded = fold(word.text)
        # "رئيس النادي د. عبدالله", "قال د. ماجد"
        abbreviation = (not taken or taken[-1] == word.id - 1) and _abbreviation_period(ps, word, lexicon)
        stray_mark = tag == "PUNCT" and word.text not in _NAME_MARKS and not abbreviation
        object_after_name = tag == "NOUN" and _indefinite_accusative(ps, word) and word.id > 1 and \
            ps.upos(ps.word(word.id - 1)) in {"PROPN", "X"}
        if tag in {"VERB", "AUX"} or stray_mark or lexicon.is_participle(word.text) or object_after_name:
            # (a participle: "الدكتور سالم الزهراني قائلا" says how, not who; "قرقاش مقالا": the object)
            break
        following = gap[position + 1] if position + 1 < len(gap) else None
        # a date of one word ("أمس"), of two ("قبل أيام": days ago) or three ("في وقت سابق")
        if folded in stops or any(key in stops for key in word_keys(word.text)) or \
                temporal.find(word.text, "ar", None) or \
                opens_a_date(gap[position:position + 3], "ar"):
            break
        if tag == "ADP" and following is not None and \
                (following.text in _NAME_MARKS or word_keys(following.text) & media):
            break
        if glued_to_addressee(word.text, lexicon):
            break  # "لوكالة «تاس»": the preposition glued to the medium it was said to
        taken.append(word.id)
    relatives = lexicon.words_of("relative_pronouns")  # "رونالدينيو الذي سيرتدي": not the clause's start
    while taken and (ps.upos(ps.word(taken[-1])) in {"ADP", "CCONJ", "CONJ"} or
                     ps.word(taken[-1]).text in _NAME_MARKS or fold(ps.word(taken[-1]).text) in relatives):
        taken.pop()
    return taken


def _widened(ps: ParsedSentence, phrase: Phrase, ids: tuple[int, ...], entities: Sequence[Entity],
             lexicon: Lexicon) -> Phrase:
    """``phrase`` grown to the words ``ids`` (same head), its entity and kind looked up again."""
    span = ps.span(ids)
    if span is None:
        return phrase
    entity = phrase.entity or entity_in(span, entities)
    return Phrase(ids=ids, start=span[0], end=span[1], head=phrase.head, entity=entity,
                  kind=classify(ps, ids, phrase.head, entity, lexicon))


def _with_title_after(ps: ParsedSentence, phrase: Phrase, entities: Sequence[Entity],
                      lexicon: Lexicon) -> Phrase:
    """A verb-first speaker with the title that follows its name: "أكد سيرجي ريابكوف نائب وزير
    الخارجية الروسي استمرار …" (the title's subtree, up to where a speaker phrase stops:
    :func:`_arabic_phrase_tail`)."""
    following = max(phrase.ids) + 1
    if following > len(ps.words):
        return phrase
    title = ps.word(following)
    if ps.upos(title) not in {"NOUN", "PROPN"} or \
            not word_keys(title.text) & lexicon.words_of("official_titles"):
        return phrase
    subtree = set(ps.subtree(title))
    gap = []
    for word in ps.words[following - 1:]:
        if word.id not in subtree:
            break
        gap.append(word)
    run = _arabic_phrase_tail(ps, gap, lexicon)
    return _widened(ps, phrase, tuple(sorted({*phrase.ids, *run})), entities, lexicon) if run else phrase


MAX_TITLE_WORDS = 10


def _with_withheld_identity(ps: ParsedSentence, phrase: Phrase, entities: Sequence[Entity],
                            lexicon: Lexicon) -> Phrase:
    """"وصرح مسؤول تركي- رفض الكشف عن هويته- لوكالة فرانس «…»": the aside between dashes that
    withholds the speaker's name describes the speaker (and is no claim of its own)."""
    following = max(phrase.ids) + 1
    if following >= len(ps.words) or ps.word(following).text not in _SEPARATOR_DASHES or \
            not _withholds_identity(ps, ps.word(following + 1), lexicon):
        return phrase
    closing = next((w.id for w in ps.words[following:following + MAX_TITLE_WORDS]
                    if w.text in _SEPARATOR_DASHES), None)
    if closing is None:
        return phrase
    return _widened(ps, phrase, tuple(range(min(phrase.ids), closing + 1)), entities, lexicon)


def _contiguous_after(run: Sequence[int], last: int) -> list[int]:
    """The ids of ``run`` that follow ``last`` without a gap (a speaker phrase's tail that touches it)."""
    prefix: list[int] = []
    for word_id in run:
        if word_id != last + 1 + len(prefix):
            break
        prefix.append(word_id)
    return prefix


def _with_name_before_comma(ps: ParsedSentence, phrase: Phrase, entities: Sequence[Entity],
                            lexicon: Lexicon) -> Phrase:
    """A verb-first speaker whose title the parse cut at a preposition: "رجح رئيس مجلس عشائر الأنبار
    المنتفضة ضد الإرهاب الشيخ نعيم الكعود، إكمال …". Title words (:func:`_arabic_phrase_tail`) with a
    title of ``official_titles`` ("الشيخ") that end in a proper noun right before a comma belong to the
    speaker; the claim starts after the comma."""
    last = max(phrase.ids)
    run = _contiguous_after(_arabic_phrase_tail(ps, ps.words[last:last + MAX_TITLE_WORDS], lexicon), last)
    for position, word_id in enumerate(run):
        word = ps.word(word_id)
        comma_after = word.text.endswith(("،", ",")) or \
            (word_id < len(ps.words) and ps.word(word_id + 1).text in _COMMAS)
        titled = any(word_keys(ps.word(i).text) & lexicon.words_of("official_titles") for i in run[:position])
        if ps.upos(word) == "PROPN" and comma_after and titled:
            return _widened(ps, phrase, tuple(sorted({*phrase.ids, *run[:position + 1]})), entities, lexicon)
    return phrase


def _preposition_before_definite(ps: ParsedSentence, word: Word) -> bool:
    """"بـ + التصدي": a preposition before a definite noun starts no name, whatever the NER tagged
    ("لـ + يونارد" of "ليونارد" is a name the tokenizer cut)."""
    return ps.upos(word) == "ADP" and word.id < len(ps.words) and ps.word(word.id + 1).text.startswith("ال")


def _with_whole_person(ps: ParsedSentence, phrase: Phrase, entities: Sequence[Entity],
                       lexicon: Lexicon) -> Phrase:
    """A verb-first speaker that ends inside a person's name, or a title the name follows, runs to
    the end of the person the NER found: "كشف الباحث الفلكي سلمان آل رمضان عن …", "طالب الناقد
    الرياضي صالح الحمادي بمتخصصين …" (the parse cut the name, and the claim would start with it)."""
    last = max(phrase.ids)
    following = ps.word(last + 1) if last < len(ps.words) else None
    person = next((e for e in entities if e.label in PERSON_LABELS and
                   e.start <= ps.offsets[last][0] < e.end and e.end > ps.offsets[last][1]), None)
    if person is None and following is not None and not _preposition_before_definite(ps, following) and \
            (phrase.entity is None or phrase.entity.label not in PERSON_LABELS):
        person = next((e for e in entities if e.label in PERSON_LABELS and
                       e.start == ps.offsets[following.id][0]), None)
    if person is None:
        return phrase
    name = [w.id for w in ps.words[last:] if ps.offsets[w.id][1] <= person.end]
    return _widened(ps, phrase, tuple(sorted({*phrase.ids, *name})), entities, lexicon) if name else phrase


MAX_NAMED_TITLE_WORDS = 18  # title, organisation and place: "في مركز الملك فيصل للأبحاث … بالرياض"


def _with_name_in_title(ps: ParsedSentence, phrase: Phrase, entities: Sequence[Entity],
                        lexicon: Lexicon) -> Phrase:
    """A verb-first speaker whose title the parse cut before the organisation that ends in the
    person's name: "شكك مدير الأبحاث في مركز الملك فيصل للأبحاث … سعود السرحان في صحة المخطوط". A
    title of ``official_titles`` without a name runs on through title words
    (:func:`_arabic_phrase_tail`) to the end of the first person the NER found there."""
    if phrase.entity is not None and phrase.entity.label in PERSON_LABELS:
        return phrase
    if not any(word_keys(ps.word(i).text) & lexicon.words_of("official_titles") for i in phrase.ids):
        return phrase
    last = max(phrase.ids)
    tail = _arabic_phrase_tail(ps, ps.words[last:last + MAX_NAMED_TITLE_WORDS], lexicon)
    run = _contiguous_after(tail, last)
    for word_id in run:
        start = ps.offsets[word_id][0]
        person = next((e for e in entities if e.label in PERSON_LABELS and e.start == start), None)
        if person is None or _preposition_before_definite(ps, ps.word(word_id)):
            continue
        ids = [i for i in run if ps.offsets[i][1] <= person.end]
        return _widened(ps, phrase, tuple(sorted({*phrase.ids, *ids})), entities, lexicon)
    return phrase


MAX_CIRCUMSTANCE_WORDS = 8


def _past_comma(ps: ParsedSentence, position: int) -> int:
    """``position``, or the word after it when it is a comma that does not end the sentence."""
    return position + 1 if ps.word(position).text in _COMMAS and position < len(ps.words) else position


def _past_circumstances(ps: ParsedSentence, start: int, lexicon: Lexicon) -> int:
    """Where the words from ``start`` on stop saying where, when or to whom: past one circumstance after
    another ("في كلمته خلال الحفل على …"), :func:`_after_circumstance` until it moves no more."""
    while (following := _after_circumstance(ps, start, lexicon)) != start:
        start = following
    return start


def _after_circumstance(ps: ParsedSentence, start: int, lexicon: Lexicon) -> int:
    """Where a verb-first claim starts after what says where or to whom it was said: "أكد X لوكالة
    «تاس» الروسية سداد …", "أعلن X في تصريحات له أمس، عن إطلاق …". Such a phrase opens with a
    preposition before a medium or a statement noun (``media_nouns``, ``phrase_stops``), or with a
    medium the preposition is glued to, and ends at a comma or with the subtree of its noun."""
    words = ps.words[start - 1:]
    if len(words) < 2:
        return start
    if words[0].text in _COMMAS:  # "أعلنت الشرطة، أمس الأحد، عن …": set off by commas
        after_comma = _after_circumstance(ps, start + 1, lexicon)
        return after_comma if after_comma != start + 1 else start
    first, second = words[0], words[1]
    rest = ps.text[ps.offsets[first.id][0]:ps.offsets[words[-1].id][1]]
    date = next((value for value in temporal.find(rest, lexicon.lang, None) if value.start == 0), None)
    if date is not None:  # "أعلنت عام 2023 عن إبرام …": when, then what
        after = ps.offsets[first.id][0] + date.end
        following = next((w for w in words if ps.offsets[w.id][0] >= after), None)
        if following is not None and following.id > first.id:
            return _past_comma(ps, following.id)
    if ps.upos(first) == "ADP" and second.text in {"«", '"', "“"} and told_to(ps, first, lexicon):
        # "لـ«الشرق الأوسط» عن …": to the quoted name of a medium
        closing = next((w for w in words[2:2 + MAX_MEDIUM_NAME_WORDS + 1] if w.text in {"»", '"', "”"}), None)
        if closing is not None and closing.id < len(ps.words):
            return _past_comma(ps, closing.id + 1)
    stops = lexicon.words_of("phrase_stops") | addressed_nouns(lexicon)
    glued = glued_to_addressee(first.text, lexicon)
    preposition = ps.upos(first) == "ADP" and ps.upos(second) in {"NOUN", "PROPN"} and \
        bool(word_keys(second.text) & stops)
    if not (glued or preposition):
        if ps.upos(first) == "ADP" and fold(first.text) in stops and \
                fold(first.text) not in lexicon.words_of("content_prepositions") and \
                ps.upos(second) in {"NOUN", "PROPN"}:
            # "خلال الحفل": a circumstance preposition of its own, with its noun and adjectives
            end = second.id + 1
            while end <= len(ps.words) and ps.upos(ps.word(end)) == "ADJ":
                end += 1
            return end if end <= len(ps.words) else start
        return start
    comma = next((w.id for w in words[:MAX_CIRCUMSTANCE_WORDS] if w.text.endswith(("،", ","))), None)
    if comma is not None:
        return comma + 1 if comma < len(ps.words) else start
    noun = first if glued else second
    if word_keys(noun.text) & lexicon.words_of("media_nouns"):
        end = _after_medium_name(ps, noun)
    else:  # "في تصريحات صحفية له": the statement noun's own words
        subtree = set(ps.subtree(noun)) | {first.id}
        end = start
        while end <= len(ps.words) and end in subtree and end < start + MAX_CIRCUMSTANCE_WORDS:
            end += 1
    return end if start < end <= len(ps.words) else start


MAX_MEDIUM_NAME_WORDS = 4
_MEDIUM_NAME_MARKS = _NAME_MARKS | {"«", "»"}


def _after_medium_name(ps: ParsedSentence, medium: Word) -> int:
    """Id of the first word after a medium and its name: "وكالة «تاس» الروسية", "قناة العربية"
    (names, quoted words and adjectives; the parse may hang the claim under the medium)."""
    position = medium.id + 1
    while position <= min(len(ps.words), medium.id + MAX_MEDIUM_NAME_WORDS):
        word = ps.word(position)
        quoted_name = any(mark in word.text for mark in _MEDIUM_NAME_MARKS)
        if ps.upos(word) not in {"PROPN", "ADJ"} and not quoted_name:
            break
        position += 1
    return position


def _opens_with_complementizer(ps: ParsedSentence, content: Content, lexicon: Lexicon) -> bool:
    """True when the claim starts at (or right after) a complementizer token: "…، بأن البحث احتوى"."""
    complementizers = lexicon.words_of("complementizers")
    first = min(content.ids)
    for word_id in (first - 1, first):
        if word_id < 1:
            continue
        token = fold(ps.token_text(ps.word(word_id)))
        if any(token in (c, "ب" + c) or (token.startswith(c) and len(token) <= len(c) + 2)
               for c in complementizers):
            return True
    return False


_SPEECH_OPENERS = frozenset("-–—«\"“")


def _linear_content(ps: ParsedSentence, start: int, lexicon: Lexicon,
                    quotes: Sequence[Quote]) -> list[int]:
    """Word ids from ``start`` to the sentence end or the next cue ("…، مشيرا إلى …", "وأضاف", "لكنه
    استبعد"), without the leading preposition or punctuation: the claim of a VSO Arabic cue."""
    ids: list[int] = []
    for word in ps.words[start - 1:]:
        if ids and (ps.upos(word) in VERB_TAGS or lexicon.is_participle(word.text)) and \
                not inside_quote(ps.offsets[word.id][0], quotes):
            entry = lexicon.cue(word.text, word.lemma)
            clitic = ps.token_offsets[word.id][0] < ps.offsets[word.id][0]  # "وأضاف"
            # "…، لكنه استبعد أن …": a cue after a pronoun subject reports again
            pronoun = _speaker_pronoun(ps, ps.words[word.id - 2], lexicon)
            if entry is not None and entry.pos in VERB_POS and \
                    (lexicon.is_participle(word.text) or clitic or pronoun):
                break
        ids.append(word.id)
    # "فقال لافروف مشيرًا إلى الوزيرين كيري والجبير: - آمل أن …": the words the colon announces as
    # spoken (a dash or a quotation mark opens them) are the claim, those before it how it was said.
    # (A colon inside reported speech, "وأوضح أن الشروط هي: أولا …", keeps the whole clause.)
    colon = next((i for i in ids if ps.word(i).text in {":", "："} and
                  not inside_quote(ps.offsets[i][0], quotes)), None)
    spoken = colon is not None and ps.text[ps.offsets[colon][1]:].lstrip()[:1] in _SPEECH_OPENERS
    if colon is not None and spoken and len([i for i in ids if i > colon]) >= 2:
        ids = [i for i in ids if i > colon]
    while ids and (ps.upos(ps.word(ids[0])) in {"ADP", "PUNCT"} or ps.word(ids[0]).text in _COMMAS):
        ids.pop(0)
    def dangling(word: Word) -> bool:
        # "لكنه" (whole or split as لكن + ه), not "سيارات|هم"
        return ps.upos(word) in {"PUNCT", "CCONJ"} or word.text in _COMMAS or \
            fold(word.text) in {"و", "ف"} or fold(ps.token_text(word)) in lexicon.words_of("speaker_pronouns")

    while ids and dangling(ps.word(ids[-1])):
        ids.pop()
    return ids if len(ids) >= 2 else []


def _finite(word: Word) -> bool:
    return "VerbForm=Fin" in (word.feats or "")


def _circumstance(ps: ParsedSentence, ids: list[int], cue: Word, lexicon: Lexicon) -> bool:
    """Tree content that is a circumstance of the report, not its claim: a prepositional phrase or
    a participial adjunct with no finite verb ("during a town hall", "sitting at the table")."""
    first = ps.word(ids[0])
    if lexicon.lang != "en" or ids[0] < cue.id or any(_finite(ps.word(i)) for i in ids):
        return False
    if ps.upos(first) in {"ADP", "SCONJ"} and fold(first.text) in lexicon.words_of("circumstance_markers"):
        return True
    head = next((ps.word(i) for i in ids if ps.head(ps.word(i)) not in ids), None)
    after_comma = ids[0] > 1 and ps.word(ids[0] - 1).text == ","  # "said, sitting at the table"
    return after_comma and head is not None and head.text.lower().endswith("ing") and \
        ps.head(head) == cue.id and base_relation(ps.deprel(head)) in {"xcomp", "advcl"}


def _inverted_clause(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> list[int]:
    """"<claim>, said X, <title>": a cue right after a comma, followed by its speaker, reports the
    clause before the comma (the parse often hangs the title or the name off the cue instead). Not a
    participle: "…, arguing he didn't want …" reports what follows it."""
    if cue.id < 5 or _is_participle(ps, cue, lexicon):
        return []
    previous = ps.word(cue.id - 1)
    following = ps.word(cue.id + 1) if cue.id < len(ps.words) else None
    if previous.text not in {",", "،"} or following is None or ps.upos(following) not in CHUNK_TAGS:
        return []
    clauses = [kid for kid in ps.kids(cue, "ccomp") if not _title_after_comma(ps, kid)]
    if clauses or _complementizer_after(ps, cue, lexicon, ()) is not None:
        return []
    return _clause_before(ps, previous.id, lexicon)


def _clause_before(ps: ParsedSentence, end: int, lexicon: Lexicon) -> list[int]:
    """The words before word ``end`` (a comma), when they make a clause: three words or more, one of
    them a verb."""
    ids = _trim_leading_function(ps, list(range(1, end)), lexicon)
    return ids if len(ids) >= 3 and any(ps.upos(ps.word(i)) in {"VERB", "AUX"} for i in ids) else []


def _title_after_comma(ps: ParsedSentence, word: Word) -> bool:
    """"…, said Mark Jones, a political scientist at Rice University": a noun phrase after a comma,
    with no subject or copula of its own, describes the speaker (the parse often makes it the
    cue's clausal complement)."""
    if not bare_nominal(ps, word):
        return False
    first = min(i for i in ps.subtree(word) if ps.upos(ps.word(i)) != "PUNCT")
    return first > 1 and ps.word(first - 1).text in {",", "،"}


MAX_LEADING_WORDS = 30


def _only_a_date(text: str, lang: str) -> bool:
    """``text`` is nothing but date or time expressions ("Friday", "Last Monday", "أمس")."""
    found = temporal.find(text, lang, None)
    return bool(found) and sum(value.end - value.start for value in found) >= len(text.strip()) - 1


def _is_time(ps: ParsedSentence, phrase: Phrase, lexicon: Lexicon) -> bool:
    """A phrase that is only a date or time: never a speaker. (The phrase may have kept only the
    head of one: "والشهر الماضي قالت شركة …", الشهر without its الماضي.)"""
    if _only_a_date(ps.text[phrase.start:phrase.end], lexicon.lang):
        return True
    span = ps.span(ps.subtree(phrase.head))
    return span is not None and _only_a_date(ps.text[span[0]:span[1]], lexicon.lang)


MAX_SANDWICH_WORDS = 30


def _in_description(verb: Word, phrase: Sequence[Word], lexicon: Lexicon) -> bool:
    """A verb that describes the name it follows ("one of the states suing the EPA", "who also
    featured in the film"): a participle, or a verb after a relative pronoun in its comma segment."""
    if "VerbForm=Part" in (verb.feats or "") or "VerbForm=Ger" in (verb.feats or ""):
        return True
    segment: list[Word] = []
    for word in phrase:
        if word.id == verb.id:
            break
        segment = [] if word.text == "," else [*segment, word]
    return any(fold(word.text) in lexicon.words_of("relative_pronouns") for word in segment)


def _speaker_after_quote(ps: ParsedSentence, cue: Word, quotes: Sequence[Quote],
                         lexicon: Lexicon) -> tuple[Quote, Word] | None:
    """'"…," Seth McKee, a political scientist at Texas Tech, told The Hill': a closed quotation, then
    a name with its appositions (no verb), then the cue. Returns the quotation and the name's head."""
    cue_start = ps.offsets[cue.id][0]
    quote = next((q for q in reversed(quotes) if q.closed and q.after <= cue_start), None)
    if quote is None or quote.after < ps.start:
        return None
    between = [w for w in ps.words[:cue.id - 1] if ps.offsets[w.id][0] >= quote.after]
    while between and ps.upos(between[0]) == "PUNCT":
        between.pop(0)
    while between and ps.upos(between[-1]) in {"PUNCT", "ADV", "AUX"}:
        between.pop()
    verbs = [w for w in between if ps.upos(w) in {"VERB", "AUX", "SCONJ"}]
    if not between or len(between) > MAX_SANDWICH_WORDS or ps.upos(between[0]) not in CHUNK_TAGS or \
            not all(_in_description(verb, between, lexicon) for verb in verbs):
        return None
    gap = ps.text[quote.after:ps.offsets[between[0].id][0]]
    if gap.strip(" ,") or "," not in ps.text[quote.close - 2:ps.offsets[between[0].id][0]]:
        return None  # the hand-over comma ('…," X') and nothing else
    first = []
    for word in between:
        if word.text == ",":
            break
        first.append(word)
    head = next((w for w in first if ps.upos(w) in {"PROPN", "NOUN"}), None)
    return (quote, head) if head is not None else None


def _leading_circumstance(ps: ParsedSentence, segment: Sequence[Word], lexicon: Lexicon) -> bool:
    """A comma-closed segment that opens a sentence and says when, where or how, not who: a date, a
    prepositional phrase without a finite verb ("In a statement Thursday,", "In a national CNN/ORC
    poll released Monday,"), or a participial clause ("Speaking to reporters after the meeting,")."""
    ids = tuple(w.id for w in segment)
    if len(ids) > 1 and ps.upos(segment[0]) == "ADP":
        ids = ids[1:]  # "In October, Mr. Paulson, who ..., told"
    span = ps.span(ids)
    if span is None:
        return False
    first = segment[0]
    if ps.upos(first) == "ADP":
        return not any(_finite(w) for w in segment)
    if ps.upos(first) == "VERB" and feats(first).get("VerbForm") in {"Ger", "Part"} and \
            base_relation(ps.deprel(first)) == "advcl":
        return True
    return _is_time(ps, Phrase(ids, span[0], span[1], first, None, "unknown"), lexicon)


def _misread_participle(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"A court document filed Thursday says …", "A new poll released Friday found …": the parse made
    the participle after the noun the main verb, the cue its complement and the date the cue's
    subject. A past verb right after a noun that governs the cue, with only a date (or nothing)
    between them, is a reduced relative on that noun."""
    governor = ps.parent(cue)
    if governor is None or governor.id >= cue.id or governor.id < 2 or ps.upos(governor) != "VERB" or \
            feats(governor).get("Tense") != "Past" or \
            ps.upos(ps.word(governor.id - 1)) not in {"NOUN", "PROPN"}:
        return None
    if cue.id == governor.id + 1:
        return governor
    start, end = ps.offsets[governor.id + 1][0], ps.offsets[cue.id - 1][1]
    return governor if _only_a_date(ps.text[start:end], lexicon.lang) else None


def _leading_noun_phrase(ps: ParsedSentence, cue: Word, entities: Sequence[Entity],
                         lexicon: Lexicon) -> Phrase | None:
    """"Jennifer Palmieri, communications director for the Clinton campaign, said ...": when the parse
    gives the cue no subject and only a noun phrase (no verb) precedes it, that phrase is the speaker."""
    before = list(ps.words[:cue.id - 1])
    tail: list[Word] = []
    while before and ps.upos(before[-1]) in {"ADV", "AUX", "PUNCT", "PART"}:
        tail.append(before.pop())
    # "Sunday, Hillary Clinton, the Democratic front-runner, told ...": a leading date is no part of
    # it, nor are leading circumstances, one after another ("Last year, in the wake of failed attempts
    # to defeat the Iran deal, Sen. Mitch McConnell said", "Speaking to reporters after the meeting,
    # White House press secretary Josh Earnest argued").
    while (comma := next((i for i, w in enumerate(before) if w.text == ","), None)) is not None and \
            0 < comma < len(before) - 1 and _leading_circumstance(ps, before[:comma], lexicon):
        before = before[comma + 1:]
    misread = _misread_participle(ps, cue, lexicon)

    def clausal(word: Word) -> bool:
        # not "Republican-leaning" (a participle used as an adjective), nor "A court document filed
        # Thursday" (a reduced relative on the noun)
        reduced = (base_relation(ps.deprel(word)) == "acl" and feats(word).get("VerbForm") == "Part") or \
            word is misread
        return ps.upos(word) in {"VERB", "AUX", "SCONJ"} and base_relation(ps.deprel(word)) != "amod" and \
            not reduced

    if before and any(clausal(w) for w in before):
        before = _chunk_before_relative(ps, before, tail, lexicon)
    if not before or len(before) > MAX_LEADING_WORDS or ps.upos(before[0]) not in CHUNK_TAGS or \
            any(clausal(w) for w in before):
        return None
    head = next((w for w in before if ps.upos(w) in {"PROPN", "NOUN", "PRON"}), None)
    if head is None:
        return None
    ids = tuple(w.id for w in before)
    span = ps.span(ids)
    if span is None:
        return None
    entity = entity_in(span, entities)
    return Phrase(ids=ids, start=span[0], end=span[1], head=head, entity=entity,
                  kind=classify(ps, ids, head, entity, lexicon))


SEGMENT_TAGS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM", "ADP", "CCONJ", "PUNCT"})


def _chunk_before_relative(ps: ParsedSentence, before: list[Word], tail: list[Word],
                           lexicon: Lexicon) -> list[Word]:
    """'The complaint, which was filed in federal court, alleged ...', 'Officials who spoke with the Post
    said ...', 'Hogan Gidley, a former director of X, whose roots are in Y, said ...': the noun phrase
    that opens the sentence, when all that lies between it and the cue is its appositions and relative
    clauses (closed by a comma). Empty when the words do not fit."""
    relatives = lexicon.words_of("relative_pronouns")
    segments: list[list[Word]] = [[]]
    for word in before:
        if word.text == ",":
            segments.append([])
        else:
            segments[-1].append(word)
    if any(not segment for segment in segments):
        return []
    # "Officials who spoke with the Post said": a relative clause without a comma splits the first part.
    first = segments[0]
    relative = next((i for i, w in enumerate(first) if fold(w.text) in relatives), None)
    if relative is not None:
        segments[0:1] = [first[:relative], first[relative:]]
        if not segments[0]:
            return []
    elif len(segments) == 1 or not tail or not any(w.text == "," for w in tail):
        return []  # appositions and comma-opened relatives close with a comma before the cue
    head, rest = segments[0], segments[1:]

    def nominal(segment: list[Word]) -> bool:
        return ps.upos(segment[0]) in CHUNK_TAGS and any(ps.upos(w) in {"NOUN", "PROPN"} for w in segment) \
            and all(ps.upos(w) in SEGMENT_TAGS or
                    (ps.upos(w) == "VERB" and "VerbForm=Part" in (w.feats or "") and i > 0)
                    for i, w in enumerate(segment))

    if not nominal(head) or len(head) > MAX_LEADING_WORDS // 2:
        return []
    if not any(fold(segment[0].text) in relatives for segment in rest):
        return []  # without a relative clause a verb in between is the cue's own clause
    for segment in rest:
        if fold(segment[0].text) not in relatives and not nominal(segment) and \
                fold(segment[0].text) != "including":
            return []
    return head


def _final_report(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> tuple[Word, int] | None:
    """'<claim>, X said.' at a sentence end: (head of the chunk X, id of the punctuation before X).

    The cue must be an inflected form of a cue verb ("said", "wrote", "added"; the compact model
    sometimes tags them NOUN), or its bare form after a plural subject ("records show"), with only
    punctuation, its addressee or a circumstance after it (or ", and" opening another clause), and X
    a short noun chunk after a comma or a closing quotation mark."""
    entry = lexicon.cue(cue.text, cue.lemma)
    if entry is None or entry.pos not in {"verb", "quote_verb"}:
        return None
    if fold(cue.text) == fold(entry.term) and not _plural_subject_before(ps, cue):
        return None  # the bare form is a report only after its plural subject ("…, records show.")
    if not (_only_circumstance_after(ps, cue, lexicon) or _participle_cue_follows(ps, cue, lexicon) or
            _coordinated_clause_follows(ps, cue, lexicon)):
        return None
    position = cue.id - 1
    while position > 1 and ps.upos(ps.word(position)) in {"ADV", "AUX"}:
        position -= 1  # "he also said"
    chunk: list[Word] = []
    while position >= 1 and ps.upos(ps.word(position)) in CHUNK_TAGS and len(chunk) <= MAX_CHUNK_WORDS:
        chunk.append(ps.word(position))
        position -= 1
    if not chunk or position < 3 or len(chunk) > MAX_CHUNK_WORDS:
        return None
    boundary = ps.word(position)
    if ps.upos(boundary) != "PUNCT" or not any(ch in boundary.text for ch in ",”\"'»"):
        return None
    nominal = [w for w in chunk if ps.upos(w) in {"PROPN", "NOUN", "PRON"}]
    return (nominal[0], boundary.id) if nominal else None


def _plural_subject_before(ps: ParsedSentence, cue: Word) -> bool:
    """The word before ``cue`` is a plural noun or pronoun ("records show", "officials say")."""
    before = ps.word(cue.id - 1) if cue.id > 1 else None
    return before is not None and ps.upos(before) in {"NOUN", "PROPN", "PRON"} and \
        feats(before).get("Number") == "Plur"


def _coordinated_clause_follows(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> bool:
    """"The aircraft was insured at $35 million in 2011, records show, and aviation experts say …":
    after a comma and a coordinating conjunction a clause of its own starts, so the cue still closes
    the report before it."""
    if lexicon.lang != "en" or cue.id + 2 > len(ps.words) or ps.word(cue.id + 1).text != ",":
        return False
    return ps.upos(ps.word(cue.id + 2)) == "CCONJ"


def _participle_cue_follows(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> bool:
    """'…, a Chinese official said, adding that …': after a comma, an -ing cue starts a claim of its
    own, so the cue before it still closes its report (the parse often makes "adding" its object)."""
    if cue.id + 2 > len(ps.words) or ps.word(cue.id + 1).text not in {",", "،"}:
        return False
    participle = ps.word(cue.id + 2)
    entry = lexicon.cue(participle.text, participle.lemma)
    return entry is not None and entry.pos in VERB_POS and participle.text.lower().endswith("ing") and \
        not ps.kids(participle, "nsubj")


CHUNK_TAGS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM"})
ADDRESSEE_TAGS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PRON"})
MAX_CHUNK_WORDS = 10
MAX_TAIL_WORDS = 8


def _only_circumstance_after(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> bool:
    """Nothing but punctuation, a date or a short circumstance follows the cue to the sentence end
    ("…, X said Thursday.", "…, X said in a statement."): the cue still closes the sentence."""
    tail = [w for w in ps.words[cue.id:] if ps.upos(w) != "PUNCT"]
    if len(tail) > MAX_TAIL_WORDS or any(_finite(w) for w in tail):
        return False
    markers = lexicon.words_of("circumstance_markers")
    if tail and ps.upos(tail[0]) in {"ADP", "SCONJ"} and fold(tail[0].text) in markers:
        return True  # ("…,” Bozell concludes on the Trump-Cruz matchup.": "on" is no particle here)
    if tail and tail[0].id == cue.id + 1 and fold(tail[0].text) in lexicon.words_of("cue_particles"):
        tail = tail[1:]  # "…,” he points out."
    entry = lexicon.cue(cue.text, cue.lemma)
    if tail and tail[0].id == cue.id + 1 and entry is not None and \
            fold(entry.term) in lexicon.words_of("addressee_verbs"):
        # "…, a Cairo airport official told The New York Times.": the one told, then at most a date
        while tail and ps.upos(tail[0]) in ADDRESSEE_TAGS:
            tail = tail[1:]
        if tail and ps.upos(tail[0]) in {"ADP", "SCONJ"} and fold(tail[0].text) in markers:
            return True
    if not tail:
        return True
    return _only_a_date(ps.text[ps.offsets[tail[0].id][0]:ps.offsets[tail[-1].id][1]], lexicon.lang)


def _reporter_next_to(ps: ParsedSentence, cue: Word, content_end: int, quotes: Sequence[Quote],
                      lexicon: Lexicon) -> Word | None:
    """The head of the short noun chunk between the claim and the cue ("…, Mr. Oppenheim noted"), or,
    with nothing there, right after the cue ("…, said Mr. Oppenheim")."""
    position = cue.id - 1
    while position > content_end and ps.upos(ps.word(position)) in {"ADV", "AUX", "PART"}:
        position -= 1  # "he also said", "she has said"
    chunk = []
    while position > content_end and ps.upos(ps.word(position)) in CHUNK_TAGS:
        chunk.append(ps.word(position))
        position -= 1
    boundary = ps.word(position) if position >= 1 else None
    if chunk and len(chunk) <= MAX_CHUNK_WORDS and boundary is not None and ps.upos(boundary) == "PUNCT":
        nominal = [w for w in chunk if ps.upos(w) in {"PROPN", "NOUN", "PRON"}]
        return nominal[0] if nominal else None  # the last noun before the cue heads the chunk
    if chunk or lexicon.lang != "en":
        return None
    previous = ps.word(cue.id - 1) if cue.id > 1 else None
    if previous is not None and ps.upos(previous) == "PUNCT":
        return _apposed_before(ps, cue, content_end) or _nominal_after(ps, cue, quotes, lexicon.lang)
    return None


def _apposed_before(ps: ParsedSentence, cue: Word, content_end: int) -> Word | None:
    """'"…," Seth McKee, a political scientist at Texas Tech, told The Hill': a name right after the
    claim, its apposition closed by the comma before the cue, is the speaker (not the addressee)."""
    if ps.word(cue.id - 1).text != ",":
        return None
    position = content_end + 1
    while position < cue.id and ps.upos(ps.word(position)) == "PUNCT":
        position += 1
    if position >= cue.id - 1 or ps.upos(ps.word(position)) not in {"PROPN", "NOUN"}:
        return None
    # the name runs on to the comma that opens the apposition
    end = position
    while end + 1 < cue.id and ps.upos(ps.word(end + 1)) in {"PROPN", "NOUN"}:
        end += 1
    if end + 1 >= cue.id - 1 or ps.word(end + 1).text != ",":
        return None
    return ps.word(end)


def cue_gender(ps: ParsedSentence, word: Word, entry: CueEntry, lexicon: Lexicon) -> str | None:
    """The gender a singular cue verb or participle agrees with ("وأضافت": Fem), or None.

    The form against the lexicon's term first (``cue_gender`` of the language's speakers.json:
    أضاف / أضافت, يقول / تقول, مشيرا / مشيرة), then the tagger's feature. Plural cues give None: a
    plural verb agrees with a group, not with one earlier speaker."""
    word_feats = feats(word)
    if word_feats.get("Number") == "Plur":
        return None
    rules = lexicon.speakers.get("cue_gender", {})
    text, term = fold(word.text), fold(entry.term)
    if lexicon.is_participle(word.text):
        return next((gender for gender, ends in rules.get("participle_suffix", {}).items()
                     if any(text.endswith(fold(end)) for end in ends)), None)
    for gender, suffix in rules.get("past_suffix", {}).items():
        if text == term + suffix:
            return str(gender)
    if len(text) > len(term) and text.endswith(term[1:]):  # يقول / تقول against قال: the prefix decides
        for gender, prefix in rules.get("imperfect_prefix", {}).items():
            if text.startswith(prefix):
                return str(gender)
    if word_feats.get("Gender") in {"Masc", "Fem"} and ps.upos(word) in VERB_TAGS:
        return word_feats["Gender"]
    return None


def _relative_or_bare_participle(ps: ParsedSentence, content: Content, lexicon: Lexicon) -> bool:
    """Reported "content" that cannot be one: a relative clause ("she said, who has been
    campaigning …": the parse hung the speaker's description on the cue) or a lone cue participle
    ("Christie said, saying"), whose own claim follows."""
    if content.quote != "indirect" or not content.ids:
        return False
    first = ps.word(min(content.ids))
    relative = fold(first.text) in lexicon.words_of("relative_pronouns")
    if relative and base_relation(ps.deprel(first)) == "nsubj":
        # the subject of its clause ("who spoke with …"); "said who they would vote for" and a free
        # relative ("what really got under her skin") are claims
        return True
    return len(content.ids) == 1 and lexicon.cue(first.text, first.lemma) is not None and \
        _is_participle(ps, first, lexicon)


def _counted(ps: ParsedSentence, word: Word) -> bool:
    """``word`` directly follows a numeral ("138 طالبا", "3 said"): a counted noun, never a cue."""
    previous = ps.word(word.id - 1) if word.id > 1 else None
    return previous is not None and (ps.upos(previous) == "NUM" or previous.text.isdigit()) and \
        ps.upos(word) not in {"VERB", "AUX"}


def _clitic_only(ps: ParsedSentence, content: Content) -> bool:
    """A "claim" that is a pronoun suffix ("الذي أعلن عنه الباحثون" → "ه"): the object of a relative
    clause, which stands for its antecedent (:func:`_claimed_antecedent`), not something said."""
    if len(content.ids) != 1:
        return False
    word = ps.word(content.ids[0])
    return ps.upos(word) == "PRON" and ps.token_offsets[word.id] != ps.offsets[word.id]


# words between the relative pronoun and its cue: "التي كانت وزارة الداخلية السعودية أعلنت"
MAX_RELATIVE_CLAUSE_GAP = 6
_ANTECEDENT_RELATIONS = frozenset({"nmod", "amod", "flat", "compound", "nummod", "appos"})


def _claimed_antecedent(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Content | None:
    """"ضمن قائمة الـ23 التي كانت وزارة الداخلية السعودية أعلنت عنها", "بالهدنة التي دعت إليها المملكة":
    a cue whose claim is the pronoun suffix that takes up a relative pronoun claims the noun phrase the
    relative clause hangs on (the phrase that ends right before the pronoun)."""
    relatives = lexicon.words_of("relative_pronouns")
    pronoun = next((w for w in reversed(ps.words[max(0, cue.id - 1 - MAX_RELATIVE_CLAUSE_GAP):cue.id - 1])
                    if fold(w.text) in relatives or ps.upos(w) in {"PUNCT", "VERB"}), None)
    if pronoun is None or fold(pronoun.text) not in relatives or pronoun.id < 2:
        return None
    head = ps.word(pronoun.id - 1)
    if ps.upos(head) not in {"NOUN", "PROPN", "ADJ", "NUM"} or _indefinite_after_resumptive(ps, cue, lexicon):
        return None
    # up to the phrase's head noun, not past a preposition ("باسم الأمم المتحدة بالهدنة التي": الهدنة)
    while not ps.kids(head, "case") and ps.head(head) and ps.head(head) < head.id and \
            base_relation(ps.deprel(head)) in _ANTECEDENT_RELATIONS and \
            ps.upos(ps.word(ps.head(head))) in {"NOUN", "PROPN"}:
        head = ps.word(ps.head(head))
    ids = tuple(range(head.id, pronoun.id))
    span = ps.span(ids)
    return Content(span[0], span[1], "indirect", ids) if span is not None else None


def _indefinite_after_resumptive(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> bool:
    """"القمصان المفصلة التي أضاف إليها سحابات": an indefinite noun right after the cue's resumptive
    preposition is what was added to the antecedent, not who spoke ("دعت إليها المملكة", "أعلنت عنها
    وزارة الداخلية": a name, or a noun made definite by its article or the one after it)."""
    resumptive = ps.token_words(ps.word(cue.id + 1)) if cue.id < len(ps.words) else []
    after = max(resumptive, default=cue.id) + 1
    if not resumptive or after > len(ps.words) or ps.upos(ps.word(after)) != "NOUN":
        return False

    def definite(word: Word) -> bool:
        return ps.upos(word) == "PROPN" or lexicon.without_article(word.text)[1]

    return not definite(ps.word(after)) and not (after < len(ps.words) and definite(ps.word(after + 1)))


def _praises(ps: ParsedSentence, cue: Word, entry: CueEntry, lexicon: Lexicon) -> bool:
    """The cue is followed by the preposition of a praised object (``expressive_prepositions``: "نوّه
    بجهود …", "منوها بدعم …"), not by what was said ("نوّه إلى أن …", "منوها بأن …")."""
    prepositions = lexicon.praised_with(entry.term)
    if not prepositions or cue.id + 1 >= len(ps.words):
        return False
    after, then = ps.word(cue.id + 1), ps.word(cue.id + 2)
    return ps.upos(after) == "ADP" and fold(after.text) in prepositions and \
        fold(then.text) not in lexicon.words_of("complementizers")


def _participle_after_preposition(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """An Arabic participle form governed like a noun: written with a preposition ("لمتابعة",
    "بمتابعة"), or, for a feminine form, after a preposition or a noun ("تطرق إلى متابعة القضايا",
    "لجنة متابعة الأسعار"). The feminine form is also the verbal noun; an adverbial participle
    follows its clause (after a comma or a conjunction) and takes no preposition."""
    if lexicon.lang != "ar" or word.id < 2 or not lexicon.is_participle(word.text):
        return False
    before = ps.word(word.id - 1)
    if ps.upos(before) == "ADP" and ps.token_offsets[before.id] == ps.token_offsets[word.id]:
        return True
    return word.text.endswith("ة") and ps.upos(before) in {"ADP", "NOUN"} and \
        ps.token_offsets[before.id] != ps.token_offsets[word.id]


def _is_participle(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """An adverbial participle cue with no subject of its own: "مضيفا أن", "..., adding that"."""
    if lexicon.lang == "ar":
        # (a subject before it is the parse's error: 'وقال إن "علاقاتنا …"، معرباً' made علاقات one)
        # ("متهما" expanded as مت + هما: the whole token is the participle)
        form = ps.token_text(word) if _cue_of_split_token(ps, word, lexicon) is not None else word.text
        # An accusative participle ("متهما إدارة الطرق …") has no subject: the noun after it is its object
        accusative = fold(form).endswith(tuple(lexicon.words_of("accusative_endings")))
        own_subjects = [kid for kid in ps.kids(word, "nsubj") if kid.id > word.id and not accusative]
        return lexicon.is_participle(form) and not own_subjects
    if ps.kids(word, "nsubj"):
        return False
    if not word.text.lower().endswith("ing"):
        return False
    if base_relation(ps.deprel(word)) in {"advcl", "xcomp", "conj", "parataxis", "acl"}:
        return True
    # '"…," he said, adding that …': the parse makes "adding" the object of the cue before the comma
    parent = ps.parent(word)
    return parent is not None and parent.id + 2 == word.id and _participle_cue_follows(ps, parent, lexicon)


def _substantive_adjective(word: Word) -> bool:
    """A definite adjective in the nominative with no noun before it stands for one ("ذكر الأخير",
    "the latter said"): an adjective never modifies the verb it follows."""
    features = feats(word)
    return word.upos == "ADJ" and features.get("Case") == "Nom" and features.get("Definite") == "Def"


def _nominal_after(ps: ParsedSentence, cue: Word, quotes: Sequence[Quote], lang: str) -> Word | None:
    """The first noun or pronoun after ``cue`` outside quotations: the speaker of an inverted cue."""
    previous: Word | None = None
    for word in ps.words[cue.id:cue.id + 6]:
        if inside_quote(ps.offsets[word.id][0], quotes):
            return None
        if previous is None and _substantive_adjective(word):
            return word
        if opens_a_date(ps.words[word.id - 1:word.id + 2], lang):
            return None  # "بحسب ما ذكر يوم الثلاثاء": a date is when, never who
        after_preposition = previous is not None and ps.upos(previous) == "ADP"
        if ps.upos(word) in {"NOUN", "PROPN", "PRON", "X"}:
            # not "به" (ب + ه); a noun after a preposition is where or how it was said ("حسب ما صرح
            # به عبر حسابه"), and a subject after it could not be told from the rest of the claim
            if not after_preposition:
                return word
            if ps.upos(word) != "PRON":
                return None
        adjectival = base_relation(ps.deprel(word)) == "amod"  # "said retired neurosurgeon Ben Carson"
        if ps.upos(word) not in {"DET", "ADJ", "ADV", "PUNCT", "NUM", "ADP", "PRON"} and not adjectival:
            return None
        previous = word
    return None


MAX_APPOSITION_WORDS = 25
APPOSITION_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def _apposition_word(ps: ParsedSentence, word: Word, quotes: Sequence[Quote]) -> bool:
    tag = ps.upos(word)
    return not inside_quote(ps.offsets[word.id][0], quotes) and tag not in {"VERB", "AUX", "PRON"} and \
        (tag != "PUNCT" or word.text in {",", "-", "(", ")"})


def _with_apposition(ps: ParsedSentence, phrase: Phrase, cue: Word, blocked: set[int],
                     quotes: Sequence[Quote], entities: Sequence[Entity], lexicon: Lexicon) -> Phrase:
    """'Seth McKee, a political scientist at Texas Tech University, told The Hill': a nominal
    apposition between two commas, from the name to the cue, says who the speaker is and belongs to
    the phrase. A clause there ("Mr. Paulson, who made billions ..., told") stays out of it."""
    after = max(phrase.ids) + 1
    if after >= cue.id - 2 or ps.word(after).text != "," or ps.word(cue.id - 1).text != ",":
        return phrase
    between = range(after, cue.id - 1)
    if len(between) > MAX_APPOSITION_WORDS or ps.upos(ps.word(after + 1)) not in APPOSITION_OPENERS or \
            any(i in blocked or not _apposition_word(ps, ps.word(i), quotes) for i in between):
        return phrase
    return _widened(ps, phrase, tuple(sorted(set(phrase.ids) | set(between))), entities, lexicon)


MAX_NAME_BEFORE_TITLE = 4


def _name_before_title(ps: ParsedSentence, phrase: Phrase, cue: Word, blocked: set[int],
                       entities: Sequence[Entity], lexicon: Lexicon) -> Phrase:
    """'In a statement, Brian Fallon, a spokesman for the Clinton campaign, said': the parse made the
    title the subject and hung the name elsewhere. A name between a comma (or the sentence start) and
    the comma before a title phrase that opens with a determiner is the speaker's own."""
    first = min(phrase.ids)
    if max(phrase.ids) > cue.id or ps.upos(ps.word(first)) != "DET" or first < 3 or \
            ps.word(first - 1).text != ",":
        return phrase
    name: list[int] = []
    position = first - 2
    while position >= 1 and ps.upos(ps.word(position)) == "PROPN" and position not in blocked:
        name.insert(0, position)
        position -= 1
    if not name or len(name) > MAX_NAME_BEFORE_TITLE or \
            (position >= 1 and ps.word(position).text not in {",", "،"}):
        return phrase
    widened = tuple(sorted(set(phrase.ids) | set(range(name[0], first))))
    return _widened(ps, phrase, widened, entities, lexicon)


def _share_before_figure(ps: ParsedSentence, phrase: Phrase, cue: Word, blocked: set[int],
                         entities: Sequence[Entity], lexicon: Lexicon) -> Phrase:
    """"Just over a quarter, 26 percent, say they will vote for someone else": the parse made the
    figure between commas the subject and hung the share it restates on the cue. The noun phrase that
    ends at the comma before a figure subject belongs to the speaker."""
    ids = sorted(phrase.ids)
    first = ids[0]
    if ps.upos(ps.word(first)) != "NUM" or ids[-1] + 1 != cue.id - 1 or ps.word(cue.id - 1).text != "," or \
            first < 3 or ps.word(first - 1).text != ",":
        return phrase
    share = ps.word(first - 2)
    while ps.head(share) and ps.head(share) < first and base_relation(ps.deprel(share)) in _WITHIN_PHRASE:
        share = ps.word(ps.head(share))
    if ps.upos(share) not in {"NOUN", "PRON"} or ps.head(share) != cue.id or \
            base_relation(ps.deprel(share)) not in {"obl", "nsubj"}:
        return phrase
    kept = [i for i in ps.subtree(share) if i < first and i not in blocked and
            base_relation(ps.deprel(ps.word(i))) not in {"case", "advmod"}]
    if not kept or kept[-1] != first - 2:
        return phrase
    return _widened(ps, phrase, tuple(sorted(set(ids) | set(range(kept[0], first)))), entities, lexicon)


MAX_FRONTED_WORDS = 8


def _past_fronted_phrase(ps: ParsedSentence, phrase: Phrase, cue: Word, entities: Sequence[Entity],
                         lexicon: Lexicon) -> Phrase:
    """"Last fall, Trump mocked …", "Earlier in the day, Clinton held … and pledged …", "Expecting
    thousands for a protest …, Mr. Burke said …": the compact parse makes a fronted time or participle
    phrase the subject, and the speaker after its comma a conjunct of it or a stray dependent of the
    cue. A speaker phrase that opens the sentence with a date, a word of ``fronted_time_words`` or a
    participle gives way to the phrase after the comma."""
    ids = sorted(phrase.ids)
    first = ps.word(ids[0])
    if first.id != ps.words[0].id:
        return phrase
    span = ps.span(ids)
    participle = ps.upos(first) == "VERB" and any(form in (first.feats or "")
                                                   for form in ("VerbForm=Ger", "VerbForm=Part"))
    if span is None or not (participle or fold(first.text) in lexicon.words_of("fronted_time_words") or
                            _only_a_date(ps.text[span[0]:span[1]], lexicon.lang)):
        return phrase
    comma = next((w.id for w in ps.words[ids[-1]:ids[-1] + MAX_FRONTED_WORDS] if w.text == ","), None)
    if comma is None or comma >= cue.id or comma + 1 > len(ps.words) or \
            any(ps.upos(ps.word(i)) in {"VERB", "AUX"} for i in range(ids[-1] + 1, comma)):
        return phrase
    following = ps.word(comma + 1)
    coordinated = following.id in ps.subtree(phrase.head) and base_relation(ps.deprel(following)) == "conj"
    stray = ps.head(following) == cue.id and ps.upos(following) in {"PROPN", "PRON", "NOUN"} and \
        base_relation(ps.deprel(following)) in {"vocative", "dep", "appos", "nsubj"}
    if not (coordinated or stray):
        return phrase
    return find_phrase(ps, following, entities, lexicon) or phrase


def _whole_name(ps: ParsedSentence, phrase: Phrase, blocked: set[int], entities: Sequence[Entity],
                lexicon: Lexicon) -> Phrase:
    """A name the parse cut ("His campaign chairman Paul" + "Manafort"): run on over the proper nouns
    right next to the phrase, never into the cue or the content."""
    ids = set(phrase.ids)
    low, high = min(ids), max(ids)
    def name(word_id: int) -> bool:
        word = ps.word(word_id)
        return word_id not in blocked and ps.upos(word) == "PROPN" and word.text[:1].isalnum()

    while high < len(ps.words) and name(high + 1):
        high += 1
    while low > 1 and name(low - 1) and ps.upos(ps.word(low)) == "PROPN":
        low -= 1
    if (low, high) == (min(ids), max(ids)):
        return phrase
    return _widened(ps, phrase, tuple(sorted(ids | set(range(low, high + 1)))), entities, lexicon)


MAX_FRONTED_SUBJECT_WORDS = 6


def _subject_after_complementizer(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"وأكد المصدر أن عددًا من الموقوفين كشفوا عن أن …": inside an أن/إن clause the subject comes
    first; a cue with no subject of its own that follows such a subject, with only its words between,
    reports for it."""
    complementizers = lexicon.words_of("complementizers")
    for back in range(cue.id - 1, max(0, cue.id - 1 - MAX_FRONTED_SUBJECT_WORDS), -1):
        word = ps.word(back)
        if fold(word.text) in complementizers and ps.upos(word) == "SCONJ":
            first = ps.word(back + 1)
            return first if first.id < cue.id and ps.upos(first) in {"NOUN", "PROPN"} else None
        if ps.upos(word) in {"VERB", "AUX", "PUNCT", "SCONJ"} or word.text in _COMMAS:
            return None
    return None


def _noun_after_cue(ps: ParsedSentence, cue: Word, quotes: Sequence[Quote], lexicon: Lexicon) -> Word | None:
    """"فيما أفاد مصدر أمني عراقي أمس بمقتل …": where the parse made the conjunction before a verb-first
    cue its subject (and the speaker its object), the noun right after the cue; not an object noun
    ("أهمية"), an indefinite accusative or a word of a quotation."""
    if cue.id >= len(ps.words):
        return None
    word = ps.word(cue.id + 1)
    if ps.upos(word) not in {"NOUN", "PROPN"} or _indefinite_accusative(ps, word) or \
            fold(word.text) in lexicon.words_of("object_nouns") or \
            inside_quote(ps.offsets[word.id][0], quotes):
        return None
    return word


def _speaker_after_addressee(ps: ParsedSentence, cue: Word, comp: Word, quotes: Sequence[Quote],
                             lexicon: Lexicon) -> Word | None:
    """'وأكد لـ "الاقتصادية" مصدر خاص أن …': where the parse made the medium told the subject, the noun
    after to whom it was said (:func:`told_to`, then :func:`_after_circumstance`) and before the
    complementizer. Not after any circumstance: "وأضاف خلال اجتماع عقده … أن" names nobody."""
    if cue.id >= len(ps.words) or not told_to(ps, ps.word(cue.id + 1), lexicon):
        return None
    start = _past_circumstances(ps, cue.id + 1, lexicon)
    if start == cue.id + 1 or start >= comp.id:
        return None
    word = ps.word(start)
    if ps.upos(word) not in {"NOUN", "PROPN", "X"} or inside_quote(ps.offsets[word.id][0], quotes) or \
            any(ps.upos(w) in {"VERB", "AUX"} for w in ps.words[start - 1:comp.id - 1]):
        return None
    return word


def _speaker_before_complementizer(ps: ParsedSentence, cue: Word, comp: Word) -> Word | None:
    """"وقال الشاعر أحمد عسيري إن ...": when the parse gives the verb no subject, the noun right after
    it (not a prepositional or time phrase) and before the complementizer is the speaker."""
    between = ps.words[cue.id:comp.id - 1]
    if not between:
        return None
    first = between[0]
    # ("وبين الناطق الإعلامي، أن": the parse may take the cue بين for the preposition "between")
    cases = [kid for kid in ps.kids(first, "case") if kid.id != cue.id]
    cue_as_case = any(kid.id == cue.id for kid in ps.kids(first, "case"))
    if ps.upos(first) not in {"NOUN", "PROPN", "X"} or cases or \
            (base_relation(ps.deprel(first)) in {"obl", "advmod"} and not cue_as_case):
        return None
    if any(ps.upos(w) in {"VERB", "AUX"} for w in between):
        return None
    return first


_OPENING_MARKS = frozenset("‘'\"“«")
_CLOSING_MARKS = frozenset("’'\"”»")


def _scare_quoted(ps: ParsedSentence, word: Word) -> bool:
    """A word alone between quotation marks ("Trump Was ‘Mocking’ Clinton Camp") is someone's wording
    held at a distance, not the verb that reports it."""
    start, end = ps.offsets[word.id]
    return ps.text[start - 1:start] in _OPENING_MARKS and ps.text[end:end + 1] in _CLOSING_MARKS


def verb_cue(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity], lexicon: Lexicon,
             consumed: set[int]) -> list[Candidate]:
    found: list[Candidate] = []
    # verbs whose object is not what was said: the addressee ("told him"), or anything else ("added fuel")
    objectless = lexicon.words_of("addressee_verbs") | lexicon.words_of("clause_only_verbs")
    for word in ps.words:
        final = _final_report(ps, word, lexicon) if lexicon.lang == "en" else None
        # "مؤكدا", "مضيفا": the compact model tags these participles NOUN or even ADP; the form decides.
        # So it does for a cue that opens a clause and is followed by its إن/أن ("وبين X أن": بين is
        # also the preposition "between"). Asked only of words not tagged as verbs.
        any_tag = ps.upos(word) not in VERB_TAGS and (
            (lexicon.lang == "ar" and (lexicon.is_participle(word.text) or
                                       _opens_reported_clause(ps, word, lexicon, quotes) or
                                       _right_before_complementizer(ps, word, lexicon) or
                                       _opens_colon_quote(ps, word, lexicon) or
                                       _opens_verb_clause(ps, word, lexicon) or
                                       _comments_topic(ps, word, lexicon))) or
            _present_verb_before_that(ps, word, lexicon))
        if word.id in consumed or inside_quote(ps.offsets[word.id][0], quotes) or \
                (ps.upos(word) not in VERB_TAGS and not any_tag and final is None) or _scare_quoted(ps, word):
            continue
        entry = lexicon.cue(word.text, word.lemma) or _cue_of_split_token(ps, word, lexicon) or \
            (lexicon.cue_with_object(word.text) if ps.upos(word) == "VERB" else None)
        if entry is None or entry.pos not in VERB_POS:
            continue
        if entry.term in lexicon.speakers.get("quotation_required", ()) and \
                not _quotation_follows(ps, word, quotes, colon=True):
            continue  # "زاد عدد الزوار" (increased), not "وزاد «…»" (and he added)
        if _counted(ps, word):
            continue  # "بتخريج 138 طالبا": after a numeral the form is the counted noun, not a cue
        if _withholds_identity(ps, word, lexicon):
            continue  # "مسؤول تركي- رفض الكشف عن هويته-": who he is, not what he said
        if lexicon.lang == "ar" and fold(word.text).startswith("ال") and len(word.text) > 4:
            continue  # "الإدارة العامة التابعة لـ …": with the article a verb's lemma is an adjective or noun
        if _participle_after_preposition(ps, word, lexicon):
            continue  # "اللجان التي شكلت لمتابعة الأراضي": a verbal noun after ل, not "continuing"
        if _praises(ps, word, entry, lexicon):
            continue  # "منوها بدعم واهتمام …": praise, an expressive act, not a claim
        if ps.kids(word, "aux:pass", "nsubj:pass") and entry.cue_class != "question":
            continue  # "no injuries had been reported": a passive cue names no speaker
        if base_relation(ps.deprel(word)) == "acl" and "VerbForm=Part" in (word.feats or "") and \
                "Tense=Past" in (word.feats or "") and not ps.kids(word, "ccomp"):
            continue  # "a poll released Sunday": a reduced passive relative names no speaker
        if lexicon.lang == "en" and base_relation(ps.deprel(word)) == "amod":
            continue  # "a shrewd and calculated political move": an adjective, not a report
        if "Mood=Imp" in (word.feats or "") and not _own_subjects(ps, word):
            continue  # "Read the latest updates below:", "Tell us what you think": the reader is addressed
        allow_object = fold(entry.term) not in objectless
        ids = clause_content(ps, word, lexicon, allow_object=allow_object, mode=entry.pos)
        # (the rest of the cue's own token, cut off as a pronoun, "مت + هما", is no word of the claim)
        cue_token = ps.token_words(word)
        ids = [i for i in ids if i not in cue_token]
        original: Phrase | None = None
        if entry.pos == "transmit":
            original = _transmitted(ps, word, entry, entities, lexicon)
            if not ids:  # the content hangs off "قوله": a statement noun object of the verb
                for obj in ps.kids(word, "obj"):
                    ids = clause_content(ps, obj, lexicon, allow_object=False)
        auxiliary = auxiliary_head(ps, word, lexicon)
        subject = _subject(ps, word) or as_clause_speaker(ps, word, lexicon) or \
            (_subject(ps, auxiliary) if auxiliary is not None else None)
        if subject is not None and not any(ch.isalnum() for ch in subject.text):
            subject = None  # a quotation mark parsed as the subject
        if subject is not None and subject not in _own_subjects(ps, word) and \
                _lent_by_earlier_claim(subject, word, found):
            subject = None  # "وأكد سموه أن الفكرة رائدة …، متمنيا … وأكد على أهمية …"
        topic = _topic_before(ps, word, lexicon) if lexicon.lang == "ar" else []
        occasion: Word | None = None
        if topic:
            subject = next(ps.word(i) for i in topic if ps.upos(ps.word(i)) in {"NOUN", "PROPN", "X"})
        elif lexicon.lang == "ar":
            # the word order of Arabic reports, where the parse went astray
            subject = (_subject_after_auxiliary(ps, word, lexicon) or
                       _subject_after_date(ps, word, lexicon) or
                       _relative_antecedent(ps, word, lexicon) or
                       _subject_after_particle(ps, word, lexicon) or
                       subject or _subject_after_resumptive(ps, word, lexicon))
            occasion = _occasion_speaker(ps, word, lexicon)
            # (an explicit subject comes right after فيها, "قال فيها الوزير"; one the tree finds further on
            # is the claim's: "أشار فيها إلى أن السينما …")
            if occasion is not None and not [kid for kid in _own_subjects(ps, word) if kid.id < word.id] and \
                    _subject_after_resumptive(ps, word, lexicon) is None:
                subject = occasion  # not the subject the tree lent it through a conjunct or a clause
            else:
                occasion = None
        speech_opened = lexicon.lang == "ar" and _speech_opens_after(ps, word, lexicon)
        if speech_opened:
            # "قال نحن نقود عمليات عسكرية …": the words from the pronoun on were said, unquoted; the
            # parse took the pronoun for the object and a word of the speech for the subject
            opener = ps.token_words(ps.word(cue_token[-1] + 1))
            ids = _linear_content(ps, cue_token[-1] + 1, lexicon, quotes)
            ids = sorted(set(ids) | set(opener)) if ids else []  # "أنا", split as أ + نا, whole
            if subject is not None and subject.id > word.id:
                subject = None
        name_quote = _quoted_name_after(ps, word, quotes, lexicon) if lexicon.lang == "ar" else None
        quoted_name = name_quote[1] if name_quote is not None else None
        if lexicon.lang == "ar" and subject is not None and subject.id < word.id and \
                any(q.inner[0] <= ps.offsets[subject.id][0] < q.close and is_name_quote(q, ps.text)
                    for q in quotes):
            quoted_name = subject  # 'وكانت "الاقتصادية" قد كشفت': a quoted name before the cue speaks
        if name_quote is not None:
            # "وكشف «المسلم» عن ...", "وبين «المسلم» أن ...": a surname in quotation marks right after
            # the cue is who speaks (the house style of many Arabic papers), not what was said.
            quote, subject = name_quote
            ids = [i for i in ids if not quote.open <= ps.offsets[i][0] < quote.after]
        reported_quote: Quote | None = None
        if name_quote is None and lexicon.lang == "ar" and ids:
            # 'وأضاف "مستوى اللاعبين تصاعدي"، متمنيا أن …': a quotation right after the cue is what it
            # reports, not the clause the parse hung on it after the quotation (the participle's)
            cue_end = ps.offsets[word.id][1]
            reported_quote = next((q for q in quotes if q.closed and cue_end <= q.open <= cue_end + 1), None)
            if reported_quote is not None and ps.offsets[min(ids)][0] >= reported_quote.close and \
                    _nothing_reported_after(ps, reported_quote, lexicon, quotes):
                inner = range(reported_quote.open + 1, reported_quote.close)
                ids = [w.id for w in ps.words if ps.offsets[w.id][0] in inner]
            else:
                reported_quote = None
        if not ids and entry.pos != "attitude" and subject is not None and \
                mentions_any(ps, ps.subtree(subject), lexicon.words_of("document_nouns")):
            # "The survey finds Clinton with a small lead": what a document shows is its object
            ids = clause_content(ps, word, lexicon, allow_object=True, mode="attitude")
        if ids and _circumstance(ps, ids, word, lexicon):
            ids = []  # "said during a town hall", "said, sitting at the table": not what was said
        inverted = _inverted_clause(ps, word, lexicon) if not ids or min(ids) > word.id else []
        if inverted:  # "Asawitiri Media also uses the photo, said Rita Katz, the director of ..."
            ids = inverted
        # (a complementizer after a speech opener is the speech's own: "قال المهم في الأمر أن …")
        comp = _complementizer_after(ps, word, lexicon, quotes) if not speech_opened else None
        if comp is not None and reported_quote is not None and \
                ps.offsets[comp.id][0] > reported_quote.close:
            comp = None  # the participle's, after the quotation the cue reports
        if comp is None and not ids and lexicon.lang == "en":
            comp = _that_after_circumstance(ps, word, lexicon)
        if lexicon.lang == "ar" and _not_a_report(ps, word, entry, comp, lexicon):
            continue
        if entry.pos == "transmit" and original is None and comp is None and \
                not _quotation_follows(ps, word, quotes, colon=True):
            continue  # "إيران نقلت عدة مئات من الطائرات": transported, nobody quoted
        if comp is not None:
            ids = _anchor_on_complementizer(ps, comp, ids, lexicon)
            if subject is not None and subject.id == comp.id:
                # "…، وقالت انها تشتبه": the complementizer parsed as the subject
                subject = _conjunct_subject(ps, word)
            if subject is not None and subject.id > comp.id:
                subject = None  # "وأضاف أن أكثر من 50 ألف شخص ...": the subject belongs to the claim
        before = quote_just_before(ps, ps.offsets[word.id][0], quotes) if comp is None else None
        if before is not None and lexicon.lang == "ar" and lexicon.is_participle(word.text):
            before = None  # 'وأضاف "…" مشيرا إلى …': the quote is the verb's, the participle's claim follows
        if before is not None and lexicon.lang == "en" and _is_participle(ps, word, lexicon) and \
                any(kid.id > word.id for kid in ps.kids(word, "ccomp")):
            # 'a defense of “New York values,” saying the city embodied …': an -ing form is never
            # the inverted cue of the quotation before it; its own clause follows it
            before = None
        if before is not None and _names_in_a_phrase(ps, before):
            before = None  # 'وحسب موقع "بي بي سي"، أشارت البيانات …': a quoted name, not a quotation
        if before is not None and _quotation_follows(ps, word, quotes):
            before = None  # 'وتابع "…." واستطرد "…"': the cue's own quotation comes right after it
        if before is not None and lexicon.lang == "ar" and is_name_quote(before, ps.text) and \
                subject is not None and before.inner[0] <= ps.offsets[subject.id][0] < before.close:
            before, quoted_name = None, subject  # '"السديس" يدعو إلى …' (a headline): a quoted name speaks
        content: Content | None
        if before is None and comp is None and lexicon.lang == "en" and final is None and \
                (subject is None or subject.id > word.id or (ids and min(ids) > word.id)):
            # The last case: '"…," Christie said on ABC's "This Week."': after the cue comes only where
            # it was said, whatever the parse made of it.
            sandwich = _speaker_after_quote(ps, word, quotes, lexicon)
            if sandwich is not None:
                # '"…," Seth McKee, a political scientist at Texas Tech University, told The Hill.': the
                # quotation branch below takes the content from ``before`` and the speaker from ``final``.
                before, subject, ids = sandwich[0], None, []
                final = (sandwich[1], sandwich[1].id - 1)
        if final is not None and before is None:
            # "…, Sabato said." / '“…,” Powe wrote.': the chunk before the sentence-final cue is the
            # speaker and what precedes it the claim, however the parse attached them.
            speaker_head, boundary = final
            subject = speaker_head
            before_chunk = quote_just_before(ps, ps.offsets[boundary + 1][0], quotes)
            ids = _trim_leading_function(ps, [w.id for w in ps.words[:boundary - 1]], lexicon)
            if before_chunk is not None:
                before = before_chunk
                subject = None
            elif len(ids) < 3:
                final, subject, ids = None, _subject(ps, word), []
        handed = None
        if before is None and comp is None:
            handed = _quotation_handed_over(ps, word, subject, quotes)
        if handed is not None:
            # '“…,” she said, clapping.', '“…,” she said of the election, in which …': the quotation
            # before the speaker is what was said; what follows the cue is where, when or how.
            content = quoted(handed, ps.text, ())
            ids = []
        elif before is not None and (subject is None or subject.id > word.id or
                                     inside_quote(ps.offsets[subject.id][0], quotes)):
            # '"...," said Zeynep Tufekci, an assistant professor ...': the quote is what was said and
            # the noun phrase after the cue is who said it, whatever the parse attached there.
            content = quoted(before, ps.text, ())
            subject = final[0] if final is not None else \
                _apposed_before(ps, word, ps.last_word_by(before.after)) or \
                _nominal_after(ps, word, quotes, lexicon.lang)
            ids = []
        else:
            found_content = with_quotes(ps, ps.offsets[word.id][1], ids, quotes, lexicon,
                                        cue_start=ps.offsets[word.id][0])
            if found_content is None and lexicon.lang != "ar":
                continue
            content = found_content
        participle = _is_participle(ps, word, lexicon)
        if participle and lexicon.lang == "ar" and subject is not None and subject in _own_subjects(ps, word):
            # "ودان العدوان …، معبراً", "لافتاً النظر إلى …": an Arabic adverbial participle has no subject of
            # its own, before it or after it (the noun after it is its object); the clause's speaker is its
            subject = None
        if content is not None and content.quote == "indirect" and content.ids and \
                max(content.ids) < word.id and \
                (participle or (lexicon.lang == "ar" and not _after_source_marker(ps, word, lexicon))):
            # "X defended Y, saying ...": the clause before a participle is not its claim; nor, in
            # Arabic (verb first), the words before any cue unless they are a quotation or the cue
            # follows "حسبما" ("…، حسبما أفادت وسائل إعلام").
            content = None
            ids = []
        if participle and content is not None and content.start < ps.offsets[word.id][0]:
            # "Texas Sen. Ted Cruz is making a pitch to New York voters saying a state law … is hurting
            # …", 'وقال إن "علاقاتنا …"، معرباً عن امتنانه': the parse hung the reported clause or
            # quotation of the cue the participle extends on the participle; only the words after the
            # participle are what it reports.
            after = [i for i in content.ids if i > word.id]
            content = with_quotes(ps, ps.offsets[word.id][1], after, quotes, lexicon)
            ids = after
        if content is not None and content.ids and max(content.ids) < word.id and not participle:
            # "..., Mr. Oppenheim noted." / "..., said Mr. Oppenheim.": after the claim, the words next
            # to the cue are its speaker, whatever the noisy parse made the subject.
            claim_end = max(content.ids)
            if content.quote == "direct":  # the tree may run on past the quotation into the speaker
                claim_end = ps.last_word_by(content.end) or claim_end
                content = Content(content.start, content.end, content.quote,
                                  tuple(i for i in content.ids if i <= claim_end))
            subject = _reporter_next_to(ps, word, claim_end, quotes, lexicon) or subject
        if subject is None and comp is not None and not participle and lexicon.lang == "ar":
            subject = _speaker_before_complementizer(ps, word, comp) or _interviewee_before(ps, word, lexicon)
            if subject is None and fold(entry.term) not in lexicon.words_of("addressee_verbs"):
                # "قال أحد السياسيين الذين حضروا … إن …" with the speaker parsed as the object: a verb
                # that reports a clause takes no noun object before it; the noun after the cue speaks
                next_noun = _noun_after_cue(ps, word, quotes, lexicon)
                subject = next_noun if next_noun is not None and next_noun.id < comp.id else None
        if subject is not None and subject.id > word.id and \
                any(w.text in {":", "："} for w in ps.words[word.id:subject.id - 1]):
            subject = None  # "وقال: لاشك أن افتتاح …": what a colon after the cue announces was said
        fronted = None
        if lexicon.lang == "ar" and not participle:
            fronted = _subject_after_complementizer(ps, word, lexicon)
        if fronted is not None and subject is not None and subject.id != fronted.id:
            fronted = None  # the tree found another subject, which stands
        subject = subject or fronted
        governing: Candidate | None = None
        if subject is None and participle and ps.parent(word) is not None:
            # "Trump spoke in Ohio, saying that ...": the speaker is the subject of the verb it extends
            # (a cue that holds the participle in its content hands over its own speaker instead).
            governor = ps.parent(word)
            # "Trump was making a pitch to Sanders voters, refusing to ...": the compact parse often
            # hangs the participle off a noun of the clause; the clause's verb is the one it extends.
            # (a nominal predicate with a subject of its own is the clause's head: "Obama has been on the
            # sidelines of the showdown, arguing he didn't want …")
            while governor is not None and ps.upos(governor) not in {"VERB", "AUX"} and \
                    ps.upos(governor) in NOMINAL and lexicon.lang == "en" and not ps.kids(governor, "nsubj"):
                governor = ps.parent(governor)
            if governor is not None and (ps.upos(governor) in {"VERB", "AUX"} or
                                         (lexicon.lang == "en" and ps.kids(governor, "nsubj"))):
                subject = _subject(ps, governor)
                if _invoked(ps, governor, subject, lexicon):
                    subject = None
            # (a governor inside an earlier claim's content, "وأكد X أن طبيعة العمل يتطلب …، مؤكدا",
            # is that claim's: the participle extends the report, not the reported clause)
            governing = _report_closed_before(ps, word, found) or \
                next((c for c in found if governor is not None and
                      (c.cue_ids[0] == governor.id or governor.id in c.content.ids)), None)
            if governing is not None and governing.speaker is None and governor is not None and \
                    governor.id in governing.content.ids:
                subject = None  # the reported clause's subject; the report's own speaker is carried over
        claimed = set(content.ids) if content is not None else set()
        # (a subject inside the claim is the claim's own: "ولفت إلى أن وجودها في المنزل مطلب ضروري")
        if governing is None and occasion is None and \
                not [kid for kid in _own_subjects(ps, word) if kid.id not in claimed] and \
                (participle or (lexicon.lang == "ar" and base_relation(ps.deprel(word)) == "conj")) and \
                (governor := ps.parent(word)) is not None:
            # "قال التميمي إن أسعار التأمين شهدت …، لافتاً إلى", "قال X إن موجيريني لم تدرك … وأشار إلى":
            # the parse hung the cue on a verb of an earlier claim, whose subject it lends; the cue goes
            # on with that claim's report, and with its speaker as that claim found it ("وأوضح مدير فرع
            # الجمعية بأبها أن …، مشيراً"; "نقلت الصحيفة عن السرحان قوله …، مشيرا": not the medium).
            governing = next((c for c in found if governor.id in c.content.ids or
                              (c.cue_ids[0] == governor.id and _lends_speaker(c, participle, lexicon))), None)
            if governing is not None and governing.speaker is None:
                subject = None  # that report's speaker is carried over; so is this one's
        if subject is not None and subject is not quoted_name and \
                inside_quote(ps.offsets[subject.id][0], quotes):
            subject = None  # "«... أنا ...»، مشيرا": a word of a quotation did not say it, its speaker did
            shared = _conjunct_subject(ps, word)
            conjunct = ps.parent(word)
            # (not from a conjunct inside an earlier claim: "وأشار إلى أن … وأن الوزير تعهد …، وتابع
            # «…»" goes on with the report, not with the minister's pledge)
            reported = conjunct is not None and any(conjunct.id in c.content.ids for c in found)
            if shared is not None and not inside_quote(ps.offsets[shared.id][0], quotes) and not reported:
                subject = shared  # 'he supported Obama and said, "Hillary …"': the first conjunct's "he"
        if _invoked(ps, word, subject, lexicon):
            subject = None
        phrase = find_phrase(ps, subject, entities, lexicon) if subject is not None else None
        if fronted is not None and subject is not None and subject.id == fronted.id:
            # (the parse may hang the cue inside the subject: "الموقوفين كشفوا", a verb read as amod)
            phrase = find_phrase(ps, fronted, entities, lexicon, exclude=range(word.id, len(ps.words) + 1))
        if governing is not None and governing.speaker is not None:
            phrase, subject = governing.speaker, governing.speaker.head  # the very phrase, widened as it was
        if phrase is not None:
            phrase = _without_leading_preposition(ps, phrase, entities, lexicon)
        if phrase is not None and lexicon.lang == "ar":
            phrase = _with_title_before(ps, phrase, word, entities, lexicon)
        addressing = lexicon.lang == "ar" and fold(entry.term) in lexicon.words_of("addressee_verbs")
        if phrase is not None and addressing:
            phrase = _without_addressee(ps, phrase, word, entities, lexicon)
            phrase = _before_addressee_preposition(ps, phrase, word, entry, entities, lexicon)
        if phrase is not None and topic and phrase.head.id in topic:
            phrase = _widened(ps, phrase, tuple(topic), entities, lexicon)
        # (after أن the subject is accusative: "أن عددًا من الموقوفين كشفوا" is no object form)
        if phrase is not None and (_is_time(ps, phrase, lexicon) or ps.upos(phrase.head) in FUNCTION_TAGS or
                                   _function_word_speaker(ps, phrase, lexicon) or
                                   (_object_form(ps, phrase) and
                                    (fronted is None or phrase.head.id != fronted.id))):
            # (in Arabic a conjunction or a date before the cue leaves the speaker after it: "والشهر
            # الماضي قالت شركة …")
            fronted_misread = subject is not None and subject.id < word.id and \
                (ps.upos(subject) in {"CCONJ", "SCONJ", "ADP"} or _is_time(ps, phrase, lexicon))
            if content is not None and _affirmed_object(ps, phrase, word, lexicon):
                content = _opened_by(ps, phrase, content)
            phrase, subject = None, None  # "Friday told", "Nonetheless sought", "قائلا": a parse error
            if fronted_misread and lexicon.lang == "ar" and not participle:
                subject = _noun_after_cue(ps, word, quotes, lexicon)
                phrase = find_phrase(ps, subject, entities, lexicon) if subject is not None else None
        if phrase is None and governing is None and lexicon.lang == "ar" and comp is not None and \
                not participle:
            subject = _speaker_after_addressee(ps, word, comp, quotes, lexicon) or \
                _interviewee_before(ps, word, lexicon)
            phrase = find_phrase(ps, subject, entities, lexicon) if subject is not None else None
        leading = None
        if subject is None and not participle and lexicon.lang == "en":
            phrase = leading = _leading_noun_phrase(ps, word, entities, lexicon)
            subject = phrase.head if phrase is not None else None
        if subject is None and lexicon.lang == "en":
            subject = _compound_subject(ps, word)  # only where no whole noun phrase opens the sentence
            phrase = find_phrase(ps, subject, entities, lexicon) if subject is not None else None
        if subject is None and not participle and lexicon.lang == "en" and before is None:
            subject = _noun_phrase_before(ps, word, lexicon, content.ids if content is not None else ids)
            phrase = find_phrase(ps, subject, entities, lexicon) if subject is not None else None
        if phrase is not None and comp is not None and min(phrase.ids) > word.id:
            phrase = _extend_name(ps, phrase, comp, entities, lexicon)
        circumstance: list[int] = []  # "لوكالة «تاس»": words between a verb-first speaker and the claim
        opening = _quote_after_speaker(ps, word, quotes, lexicon) \
            if lexicon.lang == "ar" and comp is None and before is None and entry.pos != "transmit" else None
        if opening is not None and participle and opening[1]:
            # 'مشيراً إلى جاهزية بقية اللاعبين، "وهو ما بدا واضحاً"': an adverbial participle has no
            # speaker of its own; the words before the quotation are the start of what it reports.
            opening = None
        if opening is not None:
            # 'وقال الجنرال عبد الجبار بورديلي المفتش العام للشرطة “كان هناك …”': the quotation is the
            # claim and the words between the cue and it the speaker, however the parse split the name.
            quote, between = opening
            content = quoted(quote, ps.text, ())
            # (a topic or the parse's subject before the cue stays the speaker: "أما X قال في …: «…»",
            # "إلا أن ريتشاردسون رحبت بذات الوقت …: «…»")
            preverbal = phrase is not None and max(phrase.ids) < word.id and \
                phrase.head.id in {kid.id for kid in _own_subjects(ps, word)}
            if between and not topic and not preverbal:
                head = phrase.head if phrase is not None and phrase.head.id in between else \
                    next((ps.word(i) for i in between if ps.upos(ps.word(i)) in {"NOUN", "PROPN", "X"}), None)
                base = find_phrase(ps, head, entities, lexicon) if head is not None else None
                if base is not None:
                    phrase = _widened(ps, base, tuple(between), entities, lexicon)
                    subject = phrase.head
        elif lexicon.lang == "ar" and comp is None and before is None and \
                entry.pos not in {"transmit", "quote_verb"} and \
                (participle or auxiliary is not None or bool(topic) or
                 base_relation(ps.deprel(word)) in {"root", "parataxis", "conj"} or
                 (_opened_by_report_linker(ps, word, lexicon) and phrase is not None and
                  min(phrase.ids) > word.id)):
            # "أكد محلب أهمية ...", "شدد على ...": the compact parse rarely gives a VSO verb its object;
            # the claim runs from after the speaker to the sentence end or the next cue. The tree's
            # content stays when it starts before that next cue.
            if phrase is not None and min(phrase.ids) > word.id:
                phrase = _with_title_after(ps, phrase, entities, lexicon)
                phrase = _with_withheld_identity(ps, phrase, entities, lexicon)
                phrase = _with_name_before_comma(ps, phrase, entities, lexicon)
                phrase = _with_name_in_title(ps, phrase, entities, lexicon)
                phrase = _with_whole_person(ps, phrase, entities, lexicon)
                if addressing:
                    phrase = _without_addressee(ps, phrase, word, entities, lexicon)
            start = max(phrase.ids) + 1 if phrase is not None and min(phrase.ids) > word.id else \
                cue_token[-1] + 1  # past the cue's whole token ("مت + هما")
            circumstance_start = start
            start = _past_circumstances(ps, start, lexicon)
            circumstance = list(range(circumstance_start, start))
            linear = _linear_content(ps, start, lexicon, quotes)
            tree_ids = set(content.ids) if content is not None else set()
            late = min(tree_ids, default=0) > start + 2 and \
                not (content is not None and _opens_with_complementizer(ps, content, lexicon))
            # The tree may also give the speaker's own title ("أكد X نائب وزير الخارجية استمرار …") or
            # start in the circumstance ("في تصريحات له أمس،", أمس tagged a verb).
            # Or be nothing but a date ("أعلنت الشرطة، أمس الأحد، عن مقتل …": الأحد parsed as the object).
            # Or open before the cue that comments a topic ("أما الإعلامي … فقال: سكت …": أما hung on
            # the claim's verb).
            misplaced = bool(tree_ids & set(phrase.ids if phrase is not None else ())) or \
                min(tree_ids, default=0) in circumstance or \
                (bool(topic) and min(tree_ids, default=word.id) < word.id) or \
                (content is not None and _only_a_date(ps.text[content.start:content.end], lexicon.lang))
            if linear and (not tree_ids or max(linear) < min(tree_ids) or late or misplaced):
                content = with_quotes(ps, ps.offsets[word.id][1], linear, quotes, lexicon) or content
        if content is not None and content.quote != "direct":
            content = _quotation_after_date(ps, content, quotes, lexicon) or content
        if content is None and _after_source_marker(ps, word, lexicon):
            # "…، حسب ما أعلن في حسابه": nothing after the cue is what was said; the source phrase
            # gives the verb the clause before it (_according_to_verb) or drops it
            content = Content(*ps.offsets[word.id], "indirect", (word.id,))
        if content is not None and content.quote == "indirect" and lexicon.lang == "ar":
            content = _before_adverbial_participle(ps, word, content, quotes, lexicon)
        # a bare pronoun suffix is a claim only after a source marker ("وفق ما أظهرته بيانات الإدارة":
        # the source phrase takes it over); otherwise it stands for a relative clause's antecedent
        if content is not None and _clitic_only(ps, content) and not _after_source_marker(ps, word, lexicon):
            content = _claimed_antecedent(ps, word, lexicon)
        if content is None or _relative_or_bare_participle(ps, content, lexicon):
            continue
        if phrase is not None and lexicon.lang == "en":  # Arabic names run on to the complementizer
            phrase = _past_fronted_phrase(ps, phrase, word, entities, lexicon)
            phrase = _whole_name(ps, phrase, set(content.ids) | {word.id}, entities, lexicon)
            phrase = _with_apposition(ps, phrase, word, set(content.ids), quotes, entities, lexicon)
            phrase = _name_before_title(ps, phrase, word, set(content.ids), entities, lexicon)
            phrase = _share_before_figure(ps, phrase, word, set(content.ids), entities, lexicon)
        if lexicon.lang == "ar" and entry.pos == "quote_verb" and \
                any(_coordinated_cue(ps, w, lexicon) for w in ps.words[word.id:]
                    if ps.offsets[w.id][1] <= content.start):
            # "رحَّب الإمام به وقال له الأمين «…»": a cue that takes only a clause or a quotation does not
            # reach past a later cue for it (a verb's claim does: "وقال أحد المسؤولين ورفض نشر اسمه …")
            continue
        rule = {"attitude": "attitude_cue", "quote_verb": "quote_verb_cue"}.get(entry.pos, "verb_cue")
        # "ونقلت الصحيفة عن السرحان": a transmitting verb agrees with the medium, not the speaker
        gender = None if entry.pos == "transmit" else cue_gender(ps, word, entry, lexicon)
        candidate = Candidate(rule=rule + ("+participle" if participle else ""), sentence=ps, cue=entry,
                              cue_ids=_with_particle(ps, word, content, lexicon), content=content,
                              negated=_negated(ps, word, lexicon), participle=participle or (
                                  governing is not None and _continues_report(ps, word, lexicon, quotes)),
                              gender=gender, topic=tuple(topic),
                              expressive=comp is None and _expresses(ps, word, entry, lexicon))
        if phrase is not None and phrase is leading and content.quote == "indirect" and \
                set(phrase.ids) & set(content.ids):
            # "A review by The Times shows most of the hours logged were for campaign travel": the
            # parse hung the noun phrase before the cue inside the clause after it; the phrase is who
            # speaks, and the claim what follows the cue
            after = list(range(word.id + 1, max(content.ids) + 1))
            content = with_quotes(ps, ps.offsets[word.id][1], after, quotes, lexicon) if after else None
            if content is None:
                continue
            candidate.content = content
        if phrase is not None and set(phrase.ids) & set(content.ids):
            phrase = None  # a subject inside the claim is the claim's own subject, not the speaker
        if subject is not None and _speaker_pronoun(ps, subject, lexicon):
            # "he added": the speaker is carried over (the pronoun itself when nobody came before)
            candidate.pronoun, candidate.pronoun_phrase, phrase = subject, phrase, None
        if entry.pos == "transmit" and original is not None:
            candidate.rule = "transmit_cue"
            if phrase is not None:
                candidate.sources.append((_before_original(ps, phrase, original, entities, lexicon), "cited"))
            phrase = original
            candidate.said_id = _said_after(ps, original, lexicon)
        if phrase is None and candidate.pronoun is None and \
                entry.term in lexicon.speakers.get("subject_required", ()):
            continue  # "لعدم وجود قانون ينص على …": a document says nothing unless it is named
        if entry.cue_class == "question" and (_bare_past_participle(ps, word, lexicon) or
                                              ps.kids(word, "aux:pass", "nsubj:pass")):
            # 'Sarandon told MSNBC when asked about …', 'Asked whether …, Ban demurred': whoever the tree
            # lends the passive participle of a question was asked; who asked is not said
            phrase, candidate.pronoun = None, None
        candidate.speaker = phrase
        candidate.unattributed = phrase is None and (_bare_past_participle(ps, word, lexicon) or
                                                     bool(ps.kids(word, "aux:pass", "nsubj:pass")))
        taken = set(content.ids) | {word.id} | (set(phrase.ids) if phrase else set())
        candidate.sources.extend(_addressee_sources(ps, word, taken, entities, lexicon, circumstance))
        if governing is not None and governing.cue.pos == "transmit":
            # "نقلت الصحيفة عن X قوله …، مشيرا": the participle's claim reaches us through the same medium
            candidate.sources.extend(source for source in governing.sources if source[1] == "cited")
        # A controlled subject ("trying to encourage") is the governing verb's: inside another claim the
        # cue stays part of that claim. So is one shared with the clause beside ("…، وقال «…»"): the cue
        # still starts a report of its own, whose speaker that claim hands over.
        controlled = base_relation(ps.deprel(word)) == "xcomp" and not ps.kids(word, "nsubj")
        candidate.has_subject = subject is not None and not controlled and \
            subject is not _subject_beside(ps, word)
        if subject is None and not ids:
            candidate.confidence = 0.6
        found.append(candidate)
    return found


def _report_closed_before(ps: ParsedSentence, participle: Word,
                          found: Sequence[Candidate]) -> Candidate | None:
    """'Washington did not complain …, a Chinese official said, adding that …': a participle right
    after the comma that closes a report goes on with that report, whatever verb the parse hung it on."""
    if participle.id < 3 or ps.word(participle.id - 1).text != ",":
        return None
    closing = participle.id - 2
    return next((c for c in found if c.cue_ids[-1] == closing and c.speaker is not None and
                 c.content.ids and max(c.content.ids) < closing), None)


def _lent_by_earlier_claim(subject: Word, cue: Word, found: Sequence[Candidate]) -> bool:
    """``subject``, reached through a conjunct, lies inside an earlier claim that does not hold the
    cue: it is that claim's own, not who speaks after it (a cue inside the claim shares it: "Clinton
    adds that she has released … and called on …")."""
    return any(subject.id in c.content.ids and cue.id not in c.content.ids for c in found)


def _adverbial_participle(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """After a comma, an indefinite accusative participle ("، مشيدا بمستوى التنسيق", "، معربا عن"):
    a circumstance of the reporting clause's subject, whatever verb the parse hung it on."""
    if word.id < 2 or ps.word(word.id - 1).text not in _COMMAS:
        return False
    morphology = lexicon.speakers.get("cue_morphology", {})
    form = fold(word.text).rstrip("\u064b")
    return len(form) >= 5 and form.startswith(tuple(morphology.get("participle_prefixes", ()))) and \
        form.endswith(tuple(lexicon.words_of("accusative_endings")))


def _before_adverbial_participle(ps: ParsedSentence, cue: Word, content: Content, quotes: Sequence[Quote],
                                 lexicon: Lexicon) -> Content:
    """"وأكد X أن الجيش لن يقف …، مشيدا بمستوى التنسيق": the claim ends before a participle that goes
    on with the speaker (a praise, or a claim of its own), not with the reported clause."""
    cut = next((i for i in content.ids if i > cue.id + 2 and
                not inside_quote(ps.offsets[i][0], quotes) and
                _adverbial_participle(ps, ps.word(i), lexicon)), None)
    if cut is None:
        return content
    kept = [i for i in content.ids if i < cut - 1]  # without the comma before the participle
    if not kept:
        return content
    return with_quotes(ps, ps.offsets[cue.id][1], kept, quotes, lexicon) or content


def _bare_past_participle(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """"…, asked about his claims that …", "Asked whether …, Ryan said": an English past participle
    with no auxiliary and no subject of its own is passive (not a conjunct, which shares them: "she
    has released … and called on Sanders …")."""
    tense, relation = feats(word).get("Tense"), base_relation(ps.deprel(word))
    if lexicon.lang != "en" or tense != "Past" or relation == "conj" or \
            ps.kids(word, "aux", "aux:pass", "nsubj", "nsubj:pass"):
        return False
    # the tagger often calls "Asked" a finite past; an adverbial clause with no subject and no
    # conjunction of its own, or with one that opens reduced clauses ("when asked"), is a participle
    # clause all the same
    marks = {fold(mark.text) for mark in ps.kids(word, "mark")}
    adverbial = relation == "advcl" and marks <= lexicon.words_of("reduced_clause_marks")
    return feats(word).get("VerbForm") == "Part" or adverbial


def _quotation_handed_over(ps: ParsedSentence, cue: Word, subject: Word | None,
                           quotes: Sequence[Quote]) -> Quote | None:
    """The quotation that hands over to ``subject`` before ``cue`` (:func:`quote_handing_over`); the
    subject's phrase starts at its first word after the quotation (a parse may hang the quotation
    under it)."""
    if subject is None or subject.id > cue.id or inside_quote(ps.offsets[subject.id][0], quotes):
        return None
    starts = [ps.offsets[i][0] for i in ps.subtree(subject) if i < cue.id]
    cue_start = ps.offsets[cue.id][0]
    previous = [quote for quote in quotes if quote.closed and quote.after <= ps.offsets[subject.id][0]]
    if not previous:
        return None
    speaker_start = min(start for start in starts if start >= previous[-1].after)
    return quote_handing_over(ps, speaker_start, cue_start, quotes)


def _names_in_a_phrase(ps: ParsedSentence, quote: Quote) -> bool:
    """A short quotation without sentence punctuation that continues the words before it: a quoted
    name or title inside a noun phrase ('موقع الإذاعة "بي بي سي"', 'the "Iron Dome" system')."""
    lead = ps.text[:quote.open].rstrip()
    return is_name_quote(quote, ps.text) and bool(lead) and lead[-1].isalpha()


def _quotation_after_date(ps: ParsedSentence, content: Content, quotes: Sequence[Quote],
                          lexicon: Lexicon) -> Content | None:
    """"عن ريابكوف قوله، أمس السبت «لا توجد تغييرات …»": when the tree's claim is a date and then a
    quotation (which may run on past the sentence), the quotation is the claim; the date says when."""
    for quote in quotes:
        if content.start < quote.open < content.end and quote.closed and not is_name_quote(quote, ps.text):
            lead = ps.text[content.start:quote.open].strip(" ،,:")
            return quoted(quote, ps.text, content.ids) if _only_a_date(lead, lexicon.lang) else None
    return None


def _quotation_follows(ps: ParsedSentence, cue: Word, quotes: Sequence[Quote], *,
                       colon: bool = False) -> bool:
    """A quotation opens right after the cue (and a colon): 'واستطرد "…"', 'He added: "…"'; with
    ``colon``, a colon alone will do ("وزاد: …")."""
    after = ps.token_offsets[cue.id][1]
    head = ps.text[after:after + 4]
    if colon and head.lstrip(" ")[:1] in {":", "："}:
        return True
    gap_end = after + len(head) - len(head.lstrip(" :："))
    return any(quote.open == gap_end for quote in quotes)


def _cue_of_split_token(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> CueEntry | None:
    """The cue a whole token spells when the multiword expander cut it at the wrong letter and the
    word kept the verb's tree: "ونوه" expanded as ونو + ه (a pronoun) instead of و + نوه; "وأهابت"
    as و + أ (the question particle) + هابت, the verb its last word."""
    start, end = ps.token_offsets[word.id]
    if ps.offsets[word.id] == (start, end):
        return None  # a whole token
    if ps.offsets[word.id][0] != start and (ps.offsets[word.id][1] != end or ps.upos(word) != "VERB"):
        return None  # neither its first word nor the verb that ends it
    return lexicon.cue(ps.token_text(word), None)


def _after_source_marker(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> bool:
    """``cue`` directly follows an "according to" phrase ("حسبما أفادت", "حسب ما أعلن")."""
    return any(max(ids) == cue.id - 1 for _, ids in _phrase_matches(ps, lexicon, {"source"}))


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


def _noun_after(ps: ParsedSentence, phrase_ids: Sequence[int], lexicon: Lexicon) -> Word | None:
    """The head of the noun phrase a source phrase introduces ("according to [the ministry]")."""
    last = max(phrase_ids)
    for word_id in phrase_ids:  # UD: "according" is case/mark of the noun it introduces
        word = ps.word(word_id)
        head = ps.head(word)
        # (an "according" parsed as a clause of the sentence points at the claim, not the source)
        if head and head > last and ps.upos(ps.word(head)) in NOMINAL and \
                base_relation(ps.deprel(word)) in {"case", "mark", "fixed"}:
            return _top_nominal(ps, ps.word(head), last)
    for position, word in enumerate(ps.words[last:], start=last):
        if ps.upos(word) in NOMINAL:
            return _top_nominal(ps, word, last)
        following = ps.words[position + 1] if position + 1 < len(ps.words) else None
        # "according to exit polls": the tagger took the modifier of the noun for a bare verb
        # ("حسبما ذكرت إدارة الصحة": a cue verb there is the "according to what X said" construction)
        mistagged = ps.upos(word) == "VERB" and "Tense" not in (word.feats or "") and \
            lexicon.cue(word.text, word.lemma) is None and \
            following is not None and ps.upos(following) in {"NOUN", "PROPN"}
        if ps.upos(word) not in {"DET", "ADP", "ADJ", "PUNCT"} and not mistagged:
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


# A claim says something: a content of particles and punctuation only is what is left of a
# sentence the source phrase fills.
_CONTENT_UPOS = frozenset({"NOUN", "PROPN", "VERB", "AUX", "ADJ", "NUM", "PRON", "ADV"})


def _main_clause(ps: ParsedSentence, exclude: set[int], lexicon: Lexicon) -> list[int]:
    roots = ps.roots
    if not roots:
        return []
    ids = [i for i in ps.subtree(roots[0]) if i not in exclude]
    return _trim_leading_function(ps, ids, lexicon)


def _cut_from_content(ps: ParsedSentence, candidates: list[Candidate], phrase: set[int],
                      quotes: Sequence[Quote], lexicon: Lexicon) -> Candidate | None:
    """The candidate whose indirect content ends (or starts) with the source phrase: "X confirmed that
    ..., according to the report" — the phrase qualifies the whole report, not the clause it hangs
    off in the tree. The phrase is cut from the content, with the complementizer that follows it
    ("…، نقلا عن مسؤول، أن الشركة …"); None when no content has it at an edge."""
    for candidate in candidates:
        content = candidate.content
        # (mixed: "… نقلا عن مسؤول تنفيذي بـ«فيسبوك»، أن …", the quoted name makes the content mixed)
        if candidate.content.quote not in {"indirect", "mixed"} or not phrase & set(content.ids):
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
        # and the complementizer or the cue's preposition after it ("…، بحسب موقع «المدى»، عن مقتل …")
        leading = lexicon.words_of("complementizers") | lexicon.words_of("content_prepositions")
        while after and len(rest) > 1 and fold(ps.word(rest[0]).text) in leading:
            rest = rest[1:]
        span = ps.span(rest)
        if span is None:
            continue
        quoted = content.quote if any(span[0] <= quote.open < span[1] for quote in quotes) else "indirect"
        candidate.content = Content(span[0], span[1], quoted, tuple(rest))
        return candidate
    return None


def _cited_reason(ps: ParsedSentence, entry: CueEntry, ids: list[int], head: Word, quotes: Sequence[Quote],
                  entities: Sequence[Entity], lexicon: Lexicon,
                  verb_candidates: list[Candidate]) -> list[Candidate]:
    """'"…," McCain said, citing low economic growth, unemployment and growing economic inequality':
    what a speaker cites that is not an actor is a claim of that speaker's (the reasons given). The
    speaker is the one of the cue the phrase follows, else the subject of the verb it hangs off."""
    content_ids = [i for i in ps.subtree(head) if i > max(ids)]
    while content_ids and ps.upos(ps.word(content_ids[-1])) == "PUNCT":
        content_ids.pop()
    content = with_quotes(ps, ps.offsets[ids[-1]][1], content_ids, quotes, lexicon) if content_ids else None
    if content is None:
        return []
    candidate = Candidate(rule="citing_reason", sentence=ps, cue=entry, cue_ids=tuple(ids), content=content,
                          confidence=0.6)
    host = max((c for c in verb_candidates if c.cue_ids[0] < ids[0] and not c.participle), default=None,
               key=lambda c: c.cue_ids[0])
    if host is not None:
        candidate.speaker, candidate.pronoun = host.speaker, host.pronoun
        candidate.pronoun_phrase, candidate.gender = host.pronoun_phrase, host.gender
        return [candidate]
    # "Trump primes supporters … and cites the crowds themselves": the nearest verb up the tree
    # that has a subject (the cue itself when it is the verb of its clause)
    governor: Word | None = ps.word(ids[0])
    while governor is not None and not (ps.upos(governor) in {"VERB", "AUX"} and _subject(ps, governor)):
        governor = ps.parent(governor)
    subject = _subject(ps, governor) if governor is not None else None
    if subject is not None:
        phrase = find_phrase(ps, subject, entities, lexicon)
        if phrase is not None and _speaker_pronoun(ps, subject, lexicon):
            candidate.pronoun, candidate.pronoun_phrase = subject, phrase
        else:
            candidate.speaker = phrase
    candidate.has_subject = subject is not None
    return [candidate]


def _can_be_source(ps: ParsedSentence, phrase: Phrase, lexicon: Lexicon, *,
                   open_reading: bool = False) -> bool:
    """An actor or a document: "according to the ministry/the report", not "according to the rules".
    A phrase headed by one of ``non_source_nouns`` never is ("according to the procedures"). With
    ``open_reading`` (an "according to" phrase, in a language whose speakers.json sets
    ``open_source_phrases``) any other noun is: "according to his longtime personal physician" names
    someone the speaker lists do not know."""
    excluded = lexicon.words_of("non_source_nouns")
    if word_keys(phrase.head.text) & excluded:
        return False  # "according to the rules of the committee"
    if phrase.kind != "unknown" or mentions_any(ps, phrase.ids, lexicon.words_of("document_nouns")):
        return True
    return open_reading and bool(lexicon.speakers.get("open_source_phrases")) and \
        ps.upos(phrase.head) in {"NOUN", "PROPN"}


def _run_on(ps: ParsedSentence, phrase: Phrase, last: int, entities: Sequence[Entity],
            lexicon: Lexicon) -> Phrase:
    ids = tuple(sorted(set(phrase.ids) | set(range(max(phrase.ids) + 1, last + 1))))
    return _widened(ps, phrase, ids, entities, lexicon)


def _clause_before_comma(ps: ParsedSentence, phrase_start: int, lexicon: Lexicon) -> list[int]:
    """The clause before a comma that ends right before ``phrase_start`` (see :func:`_clause_before`);
    the phrase starts with its whole token ("، بحسب": the ب the tokenizer split off)."""
    phrase_start = ps.token_words(ps.word(phrase_start))[0]
    if phrase_start < 2 or ps.word(phrase_start - 1).text not in _COMMAS:
        return []
    return _clause_before(ps, phrase_start - 1, lexicon)


def _complementizer_next(ps: ParsedSentence, last: int, lexicon: Lexicon) -> bool:
    """The first word after word ``last`` (past commas and a clitic ف) is a complementizer: "وبحسب
    الشركة فإن …", "وحسب مصادر، أنه …"."""
    for word in ps.words[last:]:
        if word.text in _COMMAS or fold(word.text) == "ف":
            continue
        return fold(word.text) in lexicon.words_of("complementizers")
    return False


def _according_to_verb(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity],
                       lexicon: Lexicon, verb_candidates: list[Candidate], ids: list[int]) -> None:
    """"…، حسب ما أعلن وزير النقل", "حسبما ذكرت الصحيفة": a source phrase followed by a cue verb is one
    cue with it; the claim is the clause the phrase qualifies, not the verb's own object."""
    host = next((c for c in verb_candidates if c.cue_ids[0] == max(ids) + 1), None)
    if host is None:
        return
    verb = ps.word(host.cue_ids[0])
    if _source_of_the_report_around(ps, host, ids, quotes, entities, lexicon, verb_candidates):
        return
    excluded = set(ids) | set(ps.subtree(verb))
    before = [w.id for w in ps.words if w.id < min(ids) and w.id not in excluded]
    while before and ps.upos(ps.word(before[-1])) == "ADP":
        before.pop()  # the ب of "بحسب" when the parse left it out of the phrase
    after = [w.id for w in ps.words if w.id > max(excluded) and w.id not in excluded]
    # "تشهد المحلات إقبالا، حسب ما أكده …": the clause before; not a frame without a verb ("وعلى صعيد
    # تداعيات الحادث، فإنه وطبقا لما أعلنته القيادة …": the claim follows)
    clause_before = len(before) >= 3 and any(ps.upos(ps.word(i)) in {"VERB", "AUX"} for i in before)
    rest = _trim_leading_function(ps, before if clause_before else after, lexicon)
    content = with_quotes(ps, ps.offsets[verb.id][1], rest, quotes, lexicon) if rest else None
    if content is None:
        if host.content.ids == host.cue_ids:
            verb_candidates.remove(host)  # the verb had only the clause before to report
        return
    host.cue_ids = (*ids, *host.cue_ids)
    host.content = content
    host.rule += "+according"
    phrase = host.speaker
    if phrase is None or set(phrase.ids) & set(ids) or max(phrase.ids) < verb.id:
        # "حسبما أعلن مدعي عام المحكمة": the speaker follows the verb
        subject = _nominal_after(ps, verb, quotes, lexicon.lang)
        phrase = find_phrase(ps, subject, entities, lexicon) if subject is not None else None
    if phrase is not None and not set(phrase.ids) & set(content.ids):
        last = max(phrase.ids)
        run_on = {"NOUN", "PROPN", "X", "ADJ", "ADV"}
        while last < len(ps.words) and ps.upos(ps.word(last + 1)) in run_on and \
                last + 1 not in content.ids and not opens_a_date(ps.words[last:last + 3], lexicon.lang):
            last += 1  # "مدعي عام المحكمة مباكي فال": the parse cuts long titles and names
        while last > max(phrase.ids) and ps.upos(ps.word(last)) == "ADV":
            last -= 1
        if last > max(phrase.ids):
            phrase = _run_on(ps, phrase, last, entities, lexicon)
        host.speaker, host.pronoun = phrase, None
        _extended_by_participle(host, verb_candidates, lexicon)


def _source_of_the_report_around(ps: ParsedSentence, host: Candidate, ids: list[int], quotes: Sequence[Quote],
                                 entities: Sequence[Entity], lexicon: Lexicon,
                                 verb_candidates: list[Candidate]) -> bool:
    """"وقال رئيس المجلس، وفقا لما نقلته وكالة الأنباء البحرينية، إن …": an according-to phrase
    between a report's cue and its content names who carried that report; its verb reports nothing
    of its own. True when the phrase was taken as the report's source."""
    verb = ps.word(host.cue_ids[0])
    outer = next((c for c in verb_candidates if c is not host and max(c.cue_ids) < min(ids) and
                  c.content.ids and min(c.content.ids) >= verb.id), None)
    if outer is None:
        return False
    carrier = host.speaker if host.speaker is not None and min(host.speaker.ids) > verb.id else None
    if carrier is None:  # "نقلته وكالة …": the first noun after the verb and its object pronoun
        subject = next((w for w in ps.words[verb.id:verb.id + 3] if ps.upos(w) in {"NOUN", "PROPN"}), None)
        carrier = find_phrase(ps, subject, entities, lexicon) if subject is not None else None
    if carrier is None or not _can_be_source(ps, carrier, lexicon):
        return False
    if min(outer.content.ids) <= max(carrier.ids):
        # "وقال X حسبما نقلت الوكالة إن …": the parse made the phrase's verb the head of the claim
        rest = [i for i in outer.content.ids if i > max(carrier.ids)]
        content = with_quotes(ps, ps.offsets[max(carrier.ids)][1], _trim_leading_function(ps, rest, lexicon),
                              quotes, lexicon) if rest else None
        if content is None:
            return False
        outer.content = content
    _add_source(ps, outer, carrier, ids, entities, lexicon)
    outer.rule += "+source"
    verb_candidates.remove(host)
    for follower in verb_candidates:  # "…، مؤكدا أن …" hung on the phrase's verb goes on with the report
        speaker = follower.speaker
        if follower.participle and speaker is not None and set(speaker.ids) & set(carrier.ids):
            follower.speaker, follower.pronoun = outer.speaker, None
            follower.sources = list(outer.sources)
    return True


def _add_source(ps: ParsedSentence, host: Candidate, source: Phrase, cue_ids: Sequence[int],
                entities: Sequence[Entity], lexicon: Lexicon) -> None:
    """``source`` (named by the according-to words ``cue_ids``) as the first carrier of ``host``'s
    report: it replaces what the cue made of the same words ("قال … لوكالة" read as remarks to the
    agency), and the report's speaker gives back the words the parse ran on into ("رئيس المجلس وفقا")."""
    taken = set(cue_ids) | set(source.ids)
    host.sources = [(known, relation) for known, relation in host.sources if not set(known.ids) & taken]
    host.sources.insert(0, (source, "reported"))
    speaker = host.speaker
    if speaker is not None and set(speaker.ids) & taken:
        kept = tuple(i for i in speaker.ids if i < min(taken))
        host.speaker = _widened(ps, speaker, kept, entities, lexicon) \
            if kept and speaker.head.id in kept else None


def only_speaker_between(candidate: Candidate, word_id: int, also: Collection[int] = ()) -> bool:
    """Word ``word_id`` follows the candidate's cue with nothing but its speaker, punctuation and the
    words ``also`` between ("وأضاف قائلا", "وأوضح الدكتور سالم الزهراني قائلا", "وأشار الوزير إلى …")."""
    if word_id <= candidate.cue_ids[-1]:
        return False
    ps = candidate.sentence
    speaker = set(candidate.speaker.ids) if candidate.speaker is not None else set()
    between = range(candidate.cue_ids[-1] + 1, word_id)
    return all(i in speaker or i in also or ps.upos(ps.word(i)) == "PUNCT" for i in between)


def trim_claim_opening(candidate: Candidate, quotes: Sequence[Quote], lexicon: Lexicon) -> None:
    """What opens a claim without being said: a complementizer token with its pronoun ("وبحسب المصادر،
    أنه ستتم …": the guidelines leave out "أنه", "إنها", "بأنه" as a whole), the "in which" after the cue
    ("شدد فيه على أهمية …"), and the preposition the cue governs when it follows the cue or its speaker
    at once ("وأشار إلى تكاتف الجهود", "كشف عن برنامج …", "وشدد على ضرورة …": ``governed_prepositions``),
    which a directive keeps ("ودعت الهيئة إلى استبدال الزيت": ``prepositions_kept_by``)."""
    ps, content = candidate.sentence, candidate.content
    if not content.ids:
        return
    words = [i for i in content.ids if ps.upos(ps.word(i)) != "PUNCT"]
    first = ps.word(min(words or content.ids))
    token = ps.token_offsets[first.id]
    # (the complementizer opens its token or follows a proclitic of its own, "بأن", "فإن"; "وإن حدث
    # ذلك" is "even if")
    in_token = [ps.word(i) for i in ps.token_words(first)]
    opening = in_token[1:2] if fold(in_token[0].text) in lexicon.words_of("complementizer_proclitics") \
        else in_token[:1]
    if opening and fold(opening[0].text) in lexicon.words_of("complementizers"):
        kept = [i for i in content.ids if ps.token_offsets[i] != token]
        trimmed = with_quotes(ps, token[1], kept, quotes, lexicon) if kept else None
        if trimmed is None:
            return
        candidate.content = content = trimmed
    resumptive = _resumptive_words(ps, ps.word(candidate.cue_ids[-1]), lexicon)
    if min(content.ids) in resumptive:
        kept = [i for i in content.ids if i not in resumptive]
        trimmed = with_quotes(ps, ps.offsets[resumptive[-1]][1], kept, quotes, lexicon) if kept else None
        if trimmed is None:
            return
        candidate.content = content = trimmed
    if content.quote == "direct" or len(content.ids) < 2 or \
            candidate.cue.term in lexicon.speakers.get("prepositions_kept_by", ()):
        return
    first = ps.word(content.ids[0])
    if ps.upos(first) != "ADP" or fold(first.text) not in lexicon.words_of("governed_prepositions") or \
            not only_speaker_between(candidate, first.id, resumptive):
        return
    trimmed = with_quotes(ps, ps.offsets[first.id][1], list(content.ids[1:]), quotes, lexicon)
    if trimmed is not None:
        candidate.content = trimmed


def _extended_by_participle(host: Candidate, verb_candidates: list[Candidate], lexicon: Lexicon) -> None:
    """"تشهد المحلات إقبالا حسب ما أكده المقيم بركات محمد …، موضحا بأنه …": an Arabic participle right
    after an according-to report goes on with that report, so its speaker is the report's, not the
    subject of the clause the parse hung it on (the speaker is known only now, after the verbs)."""
    if lexicon.lang != "ar" or host.speaker is None:
        return
    follower = min((c for c in verb_candidates if c.cue_ids[0] > max(host.cue_ids)),
                   key=lambda c: c.cue_ids[0], default=None)
    if follower is not None and follower.participle and follower.cue_ids[0] > max(host.speaker.ids):
        follower.speaker, follower.pronoun = host.speaker, None


def _next_to(ps: ParsedSentence, phrase: set[int], head: Word, candidate: Candidate,
             lexicon: Lexicon) -> bool:
    """The source phrase qualifies the candidate's report: it lies inside the report's words or next
    to them, with nothing but punctuation or a complementizer between ("…, according to X",
    "According to X, Y said"), not in another clause ("Clinton leads … according to a count by the
    AP, but Sanders has vowed …")."""
    taken = set(candidate.cue_ids) | set(candidate.content.ids) | \
        set(candidate.speaker.ids if candidate.speaker is not None else ())
    first, last = min(taken), max(taken)
    if first <= min(phrase) <= last or not candidate.content.ids:
        return True
    # the phrase with what the parse hung on it ("an Iranian official and another person having
    # insights into the negotiations"), up to the report's own words
    before = min(phrase) < first
    reach = {i for i in phrase | set(ps.subtree(head)) if i not in taken and (i < first) == before}
    gap = range(max(reach) + 1, first) if before else range(last + 1, min(reach))
    # ("… reported earlier this month citing an Iranian official … that the United States demanded")
    return all(ps.upos(ps.word(i)) == "PUNCT" or fold(ps.word(i).text) in lexicon.words_of("complementizers")
               for i in gap)


def source_phrases(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity], lexicon: Lexicon,
                   verb_candidates: list[Candidate], consumed: set[int]) -> list[Candidate]:
    """``according to X`` / ``بحسب X`` and ``citing X`` / ``نقلا عن X``."""
    found: list[Candidate] = []
    for entry, ids in _phrase_matches(ps, lexicon, {"source", "citing"}):
        if inside_quote(ps.offsets[ids[0]][0], quotes):
            continue  # '"… تم وفق لوائح التسجيل …"': inside a quotation, the quoted speaker's words
        head = _noun_after(ps, ids, lexicon)
        if head is None:
            if entry.pos == "source":
                _according_to_verb(ps, quotes, entities, lexicon, verb_candidates, ids)
            continue
        phrase = find_phrase(ps, head, entities, lexicon, exclude=ids)
        if phrase is not None and entry.pos == "citing" and not _can_be_source(ps, phrase, lexicon):
            found.extend(_cited_reason(ps, entry, ids, head, quotes, entities, lexicon, verb_candidates))
            continue
        if phrase is None or not _can_be_source(ps, phrase, lexicon, open_reading=entry.pos == "source"):
            continue
        consumed.update(ids)
        host = next((c for c in verb_candidates if not set(phrase.ids) & set(c.content.ids) and
                     _next_to(ps, set(ids) | set(phrase.ids), phrase.head, c, lexicon)), None) or \
            _cut_from_content(ps, verb_candidates, set(ids) | set(phrase.ids), quotes, lexicon)
        if host is not None:
            if entry.pos == "citing":
                if host.speaker is not None:
                    host.sources.insert(0, (host.speaker, "reported"))
                host.speaker, host.pronoun = phrase, None
                host.rule += "+citing"
            else:
                _add_source(ps, host, phrase, ids, entities, lexicon)
                host.rule += "+source"
            continue
        exclude = set(ids) | set(phrase.ids)
        content_ids = _governed_clause(ps, head, exclude, lexicon) or _main_clause(ps, exclude, lexicon)
        # (a phrase that opens its own clause, "…، وبحسب الشركة فإن بطارية الساعة …", reports that)
        opens_clause = _complementizer_next(ps, max(phrase.ids), lexicon)
        if content_ids and min(content_ids) > max(ids) and not opens_clause:
            # "Osman is believed to have been on the flight, according to an interview his brother gave
            # to ITV": a phrase after the claim's comma qualifies the clause before it, whatever the
            # parse hung the phrase's own relative clause on
            content_ids = _clause_before_comma(ps, ids[0], lexicon) or content_ids
        elif not opens_clause and not any(w.text in {",", ";", "،", "؛"} for w in ps.words[max(ids):]):
            # "…, according to exit polls reported by CNN and other networks.": a phrase that closes
            # the sentence after a comma is all source, whatever the parse made of its words
            before_comma = _clause_before_comma(ps, ids[0], lexicon)
            if before_comma:
                content_ids = before_comma
                words = [w.id for w in ps.words[max(ids):] if ps.upos(w) != "PUNCT"]
                if words and max(words) > max(phrase.ids):
                    phrase = _widened(ps, phrase, tuple(range(min(words), max(words) + 1)), entities, lexicon)
        # ("وبحسب المصادر، أنه …" parsed with بحسب as the root: the conjunction glued to the phrase is
        # not the claim's first word)
        # (nor the rest of the phrase's own token: the ب of "بحسب", split off as a preposition)
        own_token = {i for cue_id in ids for i in ps.token_words(ps.word(cue_id))}
        content_ids = [i for i in content_ids if i not in own_token and
                       not (i < min(ids) and ps.upos(ps.word(i)) in {"PART", "CCONJ", "PUNCT"})]
        # ('وحسب مصادر لـ«الشرق الأوسط»، فإن …': to whom the source spoke is the claim's medium, not its
        # first words)
        told: list[int] = []
        after_phrase = max(phrase.ids) + 1
        if after_phrase <= len(ps.words) and told_to(ps, ps.word(after_phrase), lexicon):
            told = list(range(after_phrase, _after_circumstance(ps, after_phrase, lexicon)))
            content_ids = [i for i in content_ids if i not in told]
        if not any(ps.upos(ps.word(i)) in _CONTENT_UPOS for i in content_ids):
            continue  # "وحسب موقع بي بي سي،" closing its sentence: the claim is in the next one
        content = with_quotes(ps, ps.offsets[(told or ids)[-1]][1], content_ids, quotes, lexicon)
        if content is None:
            continue
        found.append(Candidate(rule="source_phrase" if entry.pos == "source" else "citing_phrase",
                               sentence=ps, cue=entry, cue_ids=tuple(ids), content=content, speaker=phrase,
                               confidence=0.8,
                               sources=_medium_told(ps, told, entities, lexicon)))
    return found


MAX_DOCUMENT_PHRASE_WORDS = 16


def document_phrase(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity],
                    lexicon: Lexicon, reported: Sequence[Candidate]) -> list[Candidate]:
    """"In a new Washington Post-ABC News poll, Clinton leads Trump by …": a preposition of the
    lexicon's ``document`` entries opening the sentence, before a document (``document_openers``) and
    a comma, makes the document the source of the clause after the comma; when a speech cue of that
    clause reports it ("In a survey, 79 percent of Democrats said …"), the source of that claim."""
    opening = [w for w in ps.words[:3] if ps.upos(w) not in {"CCONJ", "ADV", "PUNCT"}]
    if not opening:
        return []
    preposition = opening[0]
    entry = lexicon.cue(preposition.text, None)
    if entry is None or entry.pos != "document":
        return []
    comma = next((w for w in ps.words[preposition.id:preposition.id + MAX_DOCUMENT_PHRASE_WORDS]
                  if w.text in {",", "،"}), None)
    if comma is None or comma.id >= len(ps.words) - 2:
        return []
    # The whole phrase up to the comma names the document, however the parse split a name like
    # "an NBC News/Wall Street Journal/Marist South Carolina poll".
    named = ps.words[preposition.id:comma.id - 1]
    documents = [w for w in named if ps.upos(w) in NOMINAL and
                 word_keys(w.text) & lexicon.words_of("document_openers")]
    if not documents or any(ps.upos(w) in {"VERB", "AUX"} and w.id < documents[-1].id for w in named):
        return []
    phrase = find_phrase(ps, documents[-1], entities, lexicon, exclude=[preposition.id])
    if phrase is None:
        return []
    phrase = _widened(ps, phrase, tuple(w.id for w in named), entities, lexicon)
    content_ids = _trim_leading_function(ps, [w.id for w in ps.words[comma.id:]], lexicon)
    while content_ids and ps.upos(ps.word(content_ids[-1])) == "PUNCT":
        content_ids.pop()
    if not any(ps.upos(ps.word(i)) in {"VERB", "AUX"} for i in content_ids):
        return []  # "In a poll, 55 percent." has no clause to report
    speech = [candidate for candidate in reported
              if candidate.cue.pos != "attitude" and set(candidate.cue_ids) & set(content_ids)]
    if speech:
        # "In a New York Times/CBS News survey, 79 percent of Democrats said …": the survey carried
        # their statement (a stance, "… disapproved of …", is the poll's own finding)
        for candidate in speech:
            candidate.sources.insert(0, (phrase, "reported"))
        return []
    content = with_quotes(ps, ps.offsets[comma.id][1], content_ids, quotes, lexicon)
    if content is None:
        return []
    return [Candidate(rule="document_phrase", sentence=ps, cue=entry, cue_ids=(preposition.id,),
                      content=content, speaker=phrase, confidence=0.7)]


MAX_CONTAINER_WORDS = 20  # "وجاء في النص الذي صادق عليه وزراء الخارجية الـ28 أن": the document's phrase


def contained_statement(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity],
                        lexicon: Lexicon, reported: Sequence[Candidate]) -> list[Candidate]:
    """"وجاء في البيان أن …", "وجاء في الدعوى: «…»": a verb of appearing with its preposition
    (``containing_verbs``: it came in X) makes the document X, up to the complementizer, colon or
    quotation after it, the source of what follows; not after a source marker ("حسبما جاء في X")."""
    containing = lexicon.speakers.get("containing_verbs", {})
    taken = {i for candidate in reported for i in candidate.cue_ids}
    found: list[Candidate] = []
    for verb in ps.words[:-2]:
        folded = fold(verb.text)
        bare = {folded, *(folded[len(c):] for c in lexicon.clitics if folded.startswith(c))}
        term = next((key for key in containing if fold(key) in bare), None)
        preposition = ps.word(verb.id + 1)
        if term is None or verb.id in taken or fold(preposition.text) != fold(containing[term]) or \
                (verb.id > 1 and _after_source_marker(ps, verb, lexicon)):
            continue
        boundary = next((w for w in ps.words[preposition.id:preposition.id + MAX_CONTAINER_WORDS]
                         if fold(w.text) in lexicon.words_of("complementizers") or w.text in {":", "："} or
                         any(q.open == ps.offsets[w.id][0] for q in quotes)), None)
        if boundary is None:
            continue
        named = list(ps.words[preposition.id:boundary.id - 1])
        while named and ps.upos(named[-1]) == "PUNCT":
            named.pop()
        head = next((w for w in named if ps.upos(w) in {"NOUN", "PROPN", "X"}), None)
        if head is None:
            continue
        phrase = find_phrase(ps, head, entities, lexicon)
        if phrase is None:
            continue
        phrase = _widened(ps, phrase, tuple(w.id for w in named), entities, lexicon)
        # the claim opens after the complementizer or colon, or at the quotation mark
        marker = boundary.text in {":", "："} or fold(boundary.text) in lexicon.words_of("complementizers")
        ids = [w.id for w in ps.words[boundary.id if marker else boundary.id - 1:]]
        while ids and ps.word(ids[-1]).text in {".", "،", ","}:
            ids.pop()
        opened_at = ps.offsets[boundary.id if marker else preposition.id][1]
        content = with_quotes(ps, opened_at, ids, quotes, lexicon)
        if content is None:
            continue
        entry = CueEntry(term=f"{term} {containing[term]}", cue_class="report", pos="source")
        found.append(Candidate(rule="contained_statement", sentence=ps, cue=entry,
                               cue_ids=(verb.id, preposition.id), content=content, speaker=phrase,
                               confidence=0.7))
    return found


_NAME_JOINERS = frozenset({"/", "-", "–", "'s", "’s"})


def _document_named_after(ps: ParsedSentence, preposition: Word, lexicon: Lexicon) -> Word | None:
    """The last document noun (``document_openers``) of the name right after ``preposition``
    ("in [an NBC News/Wall Street Journal/Marist South Carolina poll]"), or None."""
    documents = []
    for word in ps.words[preposition.id:]:
        if ps.upos(word) not in {"DET", "ADJ", "PROPN", "NOUN", "NUM", "X"} and \
                word.text not in _NAME_JOINERS:
            break
        if word_keys(word.text) & lexicon.words_of("document_openers"):
            documents.append(word)
    return documents[-1] if documents else None


def trailing_document_phrase(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity],
                             lexicon: Lexicon, reported: Sequence[Candidate]) -> list[Candidate]:
    """"Trump has a decisive lead in the polls.", "… took just 6 percent of the national vote in a
    Washington Post-ABC News poll released Sunday, his worst showing …": the same phrase closing a
    main clause it qualifies (the document's words run to a comma or the sentence end)."""
    found: list[Candidate] = []
    for preposition in ps.words[1:]:
        entry = lexicon.cue(preposition.text, None)
        if entry is None or entry.pos != "document" or base_relation(ps.deprel(preposition)) != "case":
            continue
        document = _document_named_after(ps, preposition, lexicon)
        if document is None:
            continue
        clause = ps.parent(preposition)
        while clause is not None and ps.upos(clause) not in {"VERB", "AUX"}:
            clause = ps.parent(clause)
        if clause is None or clause.id > preposition.id or \
                base_relation(ps.deprel(clause)) not in {"root", "conj", "parataxis"} or \
                any(preposition.id in candidate.content.ids for candidate in reported):
            continue  # not "… where he trails in most polls", nor a claim inside a report
        # The name up to the document, then the document's own words ("released Sunday", "from
        # Quinnipiac and Fox News"), however the parse attached the name's parts.
        subtree = set(ps.subtree(document))
        named = list(range(preposition.id + 1, document.id + 1))
        for word in ps.words[document.id:]:
            if word.id not in subtree or word.text in {",", "،"}:
                break
            named.append(word.id)
        rest = ps.words[named[-1]:]
        if rest and ps.upos(rest[0]) != "PUNCT" and \
                not all(ps.upos(word) in {"PROPN", "NUM", "PUNCT"} for word in rest) and \
                not _only_a_date(ps.text[ps.offsets[rest[0].id][0]:ps.offsets[rest[-1].id][0]], lexicon.lang):
            continue  # the phrase closes the clause, but for the poll's dates ("… poll Jan. 17-23.")
        content_ids = _trim_leading_function(
            ps, [i for i in ps.subtree(clause) if i < preposition.id], lexicon)
        if not ps.kids(clause, "nsubj") or any(candidate.cue.pos != "attitude" and
                                               set(candidate.cue_ids) & set(content_ids)
                                               for candidate in reported):
            continue
        phrase = find_phrase(ps, document, entities, lexicon)
        content = with_quotes(ps, ps.offsets[content_ids[0]][0], content_ids, quotes, lexicon) \
            if content_ids else None
        if phrase is None or content is None:
            continue
        phrase = _widened(ps, phrase, tuple(named), entities, lexicon)
        found.append(Candidate(rule="document_phrase", sentence=ps, cue=entry, cue_ids=(preposition.id,),
                               content=content, speaker=phrase, confidence=0.6))
    return found


def _colon(ps: ParsedSentence) -> Word | None:
    for word in ps.words[:MAX_HEADLINE_SPEAKER_WORDS + 1]:
        if word.text in {":", "："}:
            return word
    return None


_SECTION_MARKS = frozenset({"/", "|"})


def _actor_before(ps: ParsedSentence, colon: Word, entities: Sequence[Entity], lexicon: Lexicon,
                  known_names: Mapping[str, SpeakerKind] | None = None,
                  body_words: frozenset[str] = frozenset()) -> Phrase | None:
    """The actor named before a colon: one, or a group of people named by what they are ("محللون
    ومشايخ: …"), or a name the article gives a person or an organization elsewhere (``known_names``),
    or a short headline phrase every word of which the article's body uses (``body_words``: "المفتي:
    …" over an article on what the Mufti said, "خضيرة : …", also a lone name the tagger took for a
    verb); None for a topic ("Iran and Russia: ..."). A section label before a slash is not part of it
    ("عام / مدير جامعة الأمير سطام : …")."""
    label_end = max((w.id for w in ps.words[:colon.id - 1] if w.text in _SECTION_MARKS), default=0)
    before = [w for w in ps.words[label_end:colon.id - 1] if ps.upos(w) != "PUNCT"]
    if not before or any(_joined_conjunct(w, lexicon) for w in before[1:]):
        return None
    in_body = _named_in_body(ps, before, lexicon, body_words)
    if any(ps.upos(w) == "VERB" for w in before) and not (in_body and len(before) == 1):
        return None
    ids = {w.id for w in before}
    tops = [w for w in before if ps.head(w) not in ids]
    head = tops[0] if len(tops) == 1 else before[0]
    phrase = find_phrase(ps, head, entities, lexicon)
    if phrase is not None and phrase.kind not in SPEAKER_KINDS_FOR_HEADLINES and known_names:
        kinds = {known_names.get(lexicon.without_article(w.text)[0]) for w in before}
        known = kinds.pop() if len(kinds) == 1 else None
        if known is not None:
            phrase = replace(phrase, kind=known)  # every word names one of the article's actors
    found_kind: SpeakerKind
    if phrase is not None and phrase.kind in SPEAKER_KINDS_FOR_HEADLINES:
        found_kind, entity = phrase.kind, phrase.entity
    elif in_body:
        found_kind, entity = "unknown", None  # only the body vouches for it: no known kind, no entity
    else:
        return None
    coordinated = any(ps.upos(w) == "CCONJ" or base_relation(ps.deprel(w)) == "conj" for w in before)
    if coordinated and found_kind not in GROUP_KINDS_FOR_HEADLINES:
        return None  # "ايران وروسيا: العلاقات …": two actors are the topic; "محللون ومشايخ:" speak
    span = ps.span(sorted(ids))
    assert span is not None
    # a country's name alone is a state, whatever the NER made of the headline ("كينيا: …")
    named_state = names_a_state([ps.word(i).text for i in sorted(ids)], lexicon)
    kind: SpeakerKind = "state" if named_state else found_kind
    return Phrase(ids=tuple(sorted(ids)), start=span[0], end=span[1], head=head, entity=entity, kind=kind)


MAX_BODY_NAMED_WORDS = 3


def _named_in_body(ps: ParsedSentence, words: Sequence[Word], lexicon: Lexicon,
                   body_words: frozenset[str]) -> bool:
    """A headline's phrase before its colon names one of the article's actors when the body uses every
    word of it (``body_words``, without the article): a short noun phrase, no figure, no cue verb, no
    coordination (two names are a topic: "ايران وروسيا: …")."""
    if not body_words or len(words) > MAX_BODY_NAMED_WORDS:
        return False
    for word in words:
        key = lexicon.without_article(word.text)[0]
        if ps.upos(word) in {"NUM", "CCONJ", "ADP"} or any(char.isdigit() for char in word.text) or \
                lexicon.cue(word.text, word.lemma) is not None or key not in body_words:
            return False
    return True


def _joined_conjunct(word: Word, lexicon: Lexicon) -> bool:
    """"وروسيا" left whole by the tokenizer: a second actor joined by the clitic conjunction."""
    folded = fold(word.text)
    clitics = [c for c in lexicon.clitics if folded.startswith(c) and len(folded) > len(c) + 2]
    return any(folded[len(c):] in lexicon.words_of("states") for c in clitics)


def colon_statement(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity], lexicon: Lexicon,
                    *, headline: bool, known_names: Mapping[str, SpeakerKind] | None = None,
                    body_words: frozenset[str] = frozenset()) -> list[Candidate]:
    """'X: "..."' anywhere, and "X: claim" without quotes in headlines; ``known_names`` (the article's
    persons and organizations, :func:`claimx.extractors.names_in_article`) give a headline's bare
    name its kind ("قادري: غياب الأجانب لن يكون سلبيا"), and ``body_words`` (:func:`claimx.extractors.
    words_in_body`) accept a headline's short phrase the body uses throughout ("المفتي: …")."""
    colon = _colon(ps)
    if colon is None:
        return []
    phrase = _actor_before(ps, colon, entities, lexicon, known_names if headline else None,
                           body_words if headline else frozenset())
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
    if phrase.kind == "state" and not any(ps.upos(ps.word(i)) in {"VERB", "AUX"} for i in after):
        return []  # "كينيا: مقتل 5 أشخاص بهجوم …": a place and what happened there, not what it said
    content = Content(span[0], span[1], "headline", tuple(after))
    return [Candidate(rule="headline", sentence=ps, cue=entry, cue_ids=(colon.id,), content=content,
                      speaker=phrase, confidence=0.7)]


MAX_DASH_NAME_WORDS = 6
_SEPARATOR_DASHES = ATTRIBUTION_DASHES | {"-"}


def digest_quote(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity],
                     lexicon: Lexicon) -> list[Candidate]:
    """'Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking …”', 'What that
    means - More from Jones: “…”' (digests that quote their sources): a dash, a short name, a colon
    and a quotation right after it. The name may open with a word of ``colon_speaker_openers``."""
    found: list[Candidate] = []
    openers = lexicon.words_of("colon_speaker_openers")
    for colon in ps.words:
        if colon.text not in {":", "："}:
            continue
        colon_end = ps.offsets[colon.id][1]
        quoted = next((q for q in quotes if colon_end <= q.open <= colon_end + 2), None)
        if quoted is None:
            continue
        window = ps.words[max(0, colon.id - 2 - MAX_DASH_NAME_WORDS):colon.id - 1]
        dash = next((w for w in reversed(window) if w.text in _SEPARATOR_DASHES), None)
        if dash is None:
            continue
        name = [w for w in ps.words[dash.id:colon.id - 1]]
        while name and fold(name[0].text) in openers:
            name = name[1:]
        if not name or any(ps.upos(w) not in NAME_TAGS | {"CCONJ", "PUNCT"} or
                           (ps.upos(w) != "CCONJ" and not w.text[:1].isupper()) for w in name):
            continue
        head = next((w for w in reversed(name) if ps.upos(w) in {"PROPN", "NOUN", "X"}), None)
        base = find_phrase(ps, head, entities, lexicon) if head is not None else None
        if base is None:
            continue
        phrase = _widened(ps, base, tuple(w.id for w in name), entities, lexicon)
        entry = CueEntry(term=":", cue_class="assert", pos="colon")
        content = Content(quoted.inner[0], quoted.inner[1], "direct",
                          tuple(w.id for w in ps.words[colon.id:]))
        found.append(Candidate(rule="colon_quote", sentence=ps, cue=entry, cue_ids=(colon.id,),
                               content=content, speaker=phrase, confidence=0.7))
    return found
CLOSING_QUOTES = "”\"»’'"
NAME_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "X"})


def saying_noun(ps: ParsedSentence, quotes: Sequence[Quote], lexicon: Lexicon,
                verbs: Sequence[Candidate]) -> list[Candidate]:
    """"وأوضح خلفان أنه سيعتذر للهلال بقوله: في حالة واحدة …", "حذر من انتقال الإرهاب … بقوله «…»": a
    preposition, a saying noun and its pronoun (``saying_nouns``: noun → the cue it stands for, after
    one of ``saying_prepositions``) right before a colon or a quotation open a claim of their own by the
    clause's speaker, as an adverbial participle does; the claim they were parsed into ends there."""
    nouns: dict[str, str] = lexicon.speakers.get("saying_nouns", {})
    prepositions = lexicon.words_of("saying_prepositions")
    found = []
    for word in ps.words[1:-1]:
        term = nouns.get(fold(word.text))
        before, after = ps.word(word.id - 1), ps.word(word.id + 1)
        entry = lexicon.cue(term) if term is not None else None
        if entry is None or fold(before.text) not in prepositions or ps.upos(after) != "PRON" or \
                ps.token_offsets[before.id] != ps.token_offsets[after.id]:
            continue  # (ب, قول and ه must be the one written word "بقوله")
        cue_end = ps.token_offsets[after.id][1]
        gap = ps.text[cue_end:cue_end + 3]
        quote = next((q for q in quotes if cue_end <= q.open <= cue_end + len(gap) - len(gap.lstrip(" :"))),
                     None)
        content: Content | None = None
        if quote is not None:
            content = quoted(quote, ps.text, ())
        elif gap.lstrip().startswith(":"):
            rest = [w.id for w in ps.words[after.id:] if w.text != ":"]
            while rest and ps.upos(ps.word(rest[-1])) == "PUNCT":
                rest.pop()
            content = with_quotes(ps, cue_end, rest, quotes, lexicon) if rest else None
        else:
            continue
        if content is None or any(verb.content.start == content.start for verb in verbs):
            continue  # "واستطرد بقوله «…»": the verb's own quotation, one claim
        found.append(Candidate(rule="saying_noun", sentence=ps, cue=entry,
                               cue_ids=(before.id, word.id, after.id), content=content, participle=True))
    return found


def dash_attribution(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity],
                     lexicon: Lexicon) -> list[Candidate]:
    """'“Mr. Trump embodies the lasting legacy of racism …” ― Sonya Herridge': a line that is only a
    quotation, a dash and a short name (reader voices, pull quotes, epigraphs). The dash is the cue.
    A quotation inside a paragraph is not enough: '… "still the No. 1 force in Spain."--Kim Hjelmgaard.'
    signs a news brief."""
    text = ps.text
    found = []
    for dash in ps.words:
        mark = dash.text.lstrip(CLOSING_QUOTES)  # the compact tokenizer may glue the two: "”―"
        if mark not in ATTRIBUTION_DASHES:
            continue
        dash_end = ps.offsets[dash.id][1]
        dash_start = dash_end - len(mark)
        before = text[:dash_start].rstrip(" \t")
        quote = next((q for q in quotes if q.closed and q.after == len(before)), None)
        if quote is not None and text[text.rfind("\n", 0, quote.open) + 1:quote.open].strip():
            quote = None
        line_end = text.find("\n", dash_end)
        line_end = len(text) if line_end < 0 else line_end
        name = [w for w in ps.words[dash.id:] if ps.offsets[w.id][0] < line_end]
        while name and ps.upos(name[-1]) == "PUNCT" and name[-1].text != ".":
            name.pop()
        if name and name[-1].text == "." and len(name) > 1:
            name.pop()
        if quote is None or is_name_quote(quote, text) or not 1 <= len(name) <= MAX_DASH_NAME_WORDS or \
                not name[0].text[:1].isupper() or \
                not all(ps.upos(w) in NAME_TAGS or w.text in {".", ","} for w in name):
            continue
        head = next((w for w in reversed(name) if ps.upos(w) in {"PROPN", "NOUN"}), None)
        ids = tuple(w.id for w in name)
        span = ps.span(ids)
        if head is None or span is None:
            continue
        entity = entity_in(span, entities)
        phrase = Phrase(ids=ids, start=span[0], end=span[1], head=head, entity=entity,
                        kind=classify(ps, ids, head, entity, lexicon))
        entry = CueEntry(term=mark, cue_class="assert", pos="dash")
        found.append(Candidate(rule="dash_attribution", sentence=ps, cue=entry, cue_ids=(dash.id,),
                               content=quoted(quote, text, ()), speaker=phrase, confidence=0.7))
    return found


def _noun_holder(ps: ParsedSentence, noun: Word, lexicon: Lexicon) -> Word | None:
    """Whose statement a noun cue is: "Trump's claim", "the claim by Trump", "تصريحات الوزير"."""
    for kid in ps.kids(noun, "nmod"):
        if ps.deprel(kid) == "nmod:poss":
            return kid
    by = lexicon.words_of("noun_cue_agent_markers")
    for kid in ps.kids(noun, "nmod"):
        cases = ps.kids(kid, "case")
        if lexicon.lang == "ar" and not cases and kid.id > noun.id and ps.upos(kid) in {"NOUN", "PROPN", "X"}:
            return kid  # إضافة: the annexed noun right after the cue names its holder
        if cases and all(fold(c.text) in by for c in cases):
            return kid
    return None


def _noun_content(ps: ParsedSentence, noun: Word, holder: Word, lexicon: Lexicon,
                  quotes: Sequence[Quote]) -> list[int]:
    """The proposition a noun cue carries: its that-clause ("claim that ...", "توقعات ... بأن ..."), or
    for stance nouns an object phrase ("support for X", "opposition to Y")."""
    complementizers = lexicon.words_of("complementizers")
    holder_ids = set(ps.subtree(holder))
    for kid in ps.kids(noun, "acl", "ccomp"):
        if ps.deprel(kid) == "acl:relcl" or kid.id < noun.id:
            continue
        ids = [i for i in ps.subtree(kid) if i not in holder_ids]
        if ids and any(fold(ps.word(i).text) in complementizers for i in ids[:3]):
            return _trim_leading_function(ps, ids, lexicon)
    comp = _complementizer_after(ps, noun, lexicon, quotes)
    if comp is not None and comp.id > max(holder_ids):
        return _anchor_on_complementizer(ps, comp, [], lexicon)
    prepositions = lexicon.words_of("noun_cue_object_markers")
    for kid in ps.kids(noun, "nmod"):
        if kid.id in holder_ids or kid.id < noun.id:
            continue
        cases = ps.kids(kid, "case")
        if cases and all(fold(c.text) in prepositions for c in cases):
            case_ids = {c.id for c in cases}
            return [i for i in ps.subtree(kid, stop=frozenset({"acl:relcl"})) if i not in case_ids]
    return []


def noun_cue(ps: ParsedSentence, quotes: Sequence[Quote], entities: Sequence[Entity], lexicon: Lexicon,
             consumed: set[int]) -> list[Candidate]:
    """Statement nouns with a named holder and a content: "Trump's claim that ...", "the warning by
    the ministry that ...", "Clinton's support for the deal", "تصريحات الوزير بأن ..."."""
    found: list[Candidate] = []
    for word in ps.words:
        if word.id in consumed or ps.upos(word) != "NOUN" or inside_quote(ps.offsets[word.id][0], quotes):
            continue
        entry = lexicon.noun(word.text, word.lemma)
        if entry is None:
            continue
        holder = _noun_holder(ps, word, lexicon)
        if holder is None:
            continue
        ids = _noun_content(ps, word, holder, lexicon, quotes)
        if not ids:
            continue
        phrase = find_phrase(ps, holder, entities, lexicon)
        if phrase is None or set(phrase.ids) & set(ids):
            continue
        if phrase.kind == "unknown" and ps.upos(holder) != "PRON":
            continue  # "the rule's claim": only actors (or "his", carried over) hold statements
        content = with_quotes(ps, ps.offsets[word.id][1], ids, quotes, lexicon)
        if content is None or _only_a_date(ps.text[content.start:content.end], lexicon.lang):
            continue  # "her criticism Tuesday": when, not what
        candidate = Candidate(rule="noun_cue", sentence=ps, cue=entry, cue_ids=(word.id,), content=content,
                              speaker=phrase, confidence=0.7)
        if ps.upos(holder) == "PRON":
            candidate.pronoun, candidate.speaker = holder, None
        found.append(candidate)
    return found


def _transcript_speaker(ps: ParsedSentence, colon: Word) -> Phrase | None:
    """"JAKE TAPPER: ..." at the start of a line: a transcript or interview turn (upper-case name)."""
    before = [w for w in ps.words[:colon.id - 1] if ps.upos(w) != "PUNCT"]
    if not 1 <= len(before) <= 4:
        return None
    letters = "".join(ch for w in before for ch in w.text if ch.isalpha())
    if len(letters) < 2 or not letters.isupper():
        return None
    start = ps.offsets[before[0].id][0]
    text = ps.text
    if start > 0 and text[:start].rstrip(" \t")[-1:] not in {"", "\n"}:
        return None
    ids = tuple(w.id for w in before)
    span = ps.span(ids)
    if span is None:
        return None
    return Phrase(ids=ids, start=span[0], end=span[1], head=before[-1], entity=None, kind="person")


def transcript_turn(ps: ParsedSentence) -> list[Candidate]:
    """The words of a transcript turn ("TRUMP: The deaths of ... were terrible."), up to the line end."""
    colon = _colon(ps)
    if colon is None:
        return []
    phrase = _transcript_speaker(ps, colon)
    if phrase is None:
        return []
    text = ps.text
    start = ps.offsets[colon.id][1]
    while start < len(text) and text[start].isspace() and text[start] != "\n":
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;"):
        end -= 1
    if end - start < 2:
        return []
    after = tuple(w.id for w in ps.words[colon.id:])
    content = Content(start, end, "direct", after)
    entry = CueEntry(term=":", cue_class="assert", pos="colon")
    return [Candidate(rule="transcript", sentence=ps, cue=entry, cue_ids=(colon.id,), content=content,
                      speaker=phrase, confidence=0.7)]
