"""Speaker and source noun phrases: the span from the dependency tree, its head entity, its kind.

The phrase is the subtree of the subject (title + name + apposition: "نائب وزير الخارجية الروسي
سيرغي ريابكوف", "Kori Schulman, special assistant to Obama"), cut where a clause starts and kept
contiguous around its head. The kind comes from NER and the per-language word lists in
``speakers.json``: a named person, a title without a name (official, or unnamed when indefinite:
"مسؤول إيراني", "a person familiar with the talks"), media, states, organizations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from stanza.models.common.doc import Word

from claimx import temporal
from claimx.extractors.lexicon import Lexicon, fold
from claimx.extractors.tree import CLAUSAL, GLUED_PUNCTUATION, ParsedSentence, base_relation, contiguous
from claimx.records import Source, Span, Speaker, SpeakerKind

PHRASE_STOP = CLAUSAL | {"cc", "conj"}
LEADING_FUNCTION = frozenset({"case", "mark", "cc", "punct", "cop", "aux"})
# Arabic words carry the article and one-letter proclitics; the lists hold bare forms.
_PROCLITICS = ("وال", "بال", "لل", "فال", "ال", "و", "ب", "ل", "ف")


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Phrase:
    """A noun phrase found in a sentence: its words, span and the entity at its head."""

    ids: tuple[int, ...]
    start: int
    end: int
    head: Word
    entity: Entity | None
    kind: SpeakerKind


@lru_cache(maxsize=1 << 16)
def word_keys(form: str) -> frozenset[str]:
    """Matching keys of one word form: folded, plural and clitic variants (cached: forms repeat)."""
    key = fold(form)
    keys = {key}
    if key.endswith("s") and key.isascii() and len(key) > 3:  # English plurals: officials, analysts
        keys.add(key[:-1])
    for clitic in _PROCLITICS:
        if key.startswith(clitic) and len(key) - len(clitic) >= 2:
            keys.add(key[len(clitic):])
    for base in list(keys):  # Arabic sound plurals: المحللين، مسؤولون
        if not base.isascii() and len(base) > 4 and base.endswith(("ين", "ون")):
            keys.add(base[:-2])
    return frozenset(keys)


@cache
def _by_first_word(vocabulary: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Entries of a word list split into words, indexed by their first word (built once per list)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for item in vocabulary:
        parts = tuple(item.split())
        if parts:
            index.setdefault(parts[0], []).append(parts)
    return {first: tuple(entries) for first, entries in index.items()}


def _mentions(forms: Sequence[str], vocabulary: frozenset[str]) -> bool:
    """Does any entry of ``vocabulary`` (one or more words) occur in ``forms``, word keys compared?"""
    keyed = [word_keys(form) for form in forms]
    index = _by_first_word(vocabulary)
    for position, keys in enumerate(keyed):
        for key in keys:
            for parts in index.get(key, ()):
                if position + len(parts) <= len(keyed) and \
                        all(parts[offset] in keyed[position + offset] for offset in range(1, len(parts))):
                    return True
    return False


def _is_definite(head: Word, forms: Sequence[str], lexicon: Lexicon) -> bool:
    markers = lexicon.words_of("definite_markers")
    if lexicon.lang == "ar":
        return any(fold(head.text).lstrip("وبلف").startswith(marker) for marker in markers) or \
            "Definite=Def" in (head.feats or "") or "Definite=Cons" in (head.feats or "")
    return any(fold(form) in markers for form in forms[:2])


def _names_someone(ps: ParsedSentence, head: Word) -> bool:
    """True when the phrase's head is a name or carries one in apposition ("the minister, Lavrov").

    A proper noun deeper down names what the title belongs to ("spokesman of the Foreign Ministry",
    "head of UN Environment"), not the speaker.
    """
    if ps.upos(head) == "PROPN":
        return True
    if any(ps.upos(kid) == "PROPN" for kid in ps.kids(head, "flat")):
        return True
    # A name in apposition anywhere in the phrase: "investigator of the crash Larry Vance".
    return any(ps.upos(word) == "PROPN" and base_relation(ps.deprel(word)) == "appos"
               for word in ps.words if word.id in set(ps.subtree(head, stop=PHRASE_STOP)))


def mentions_any(ps: ParsedSentence, ids: Sequence[int], vocabulary: frozenset[str]) -> bool:
    return _mentions([ps.word(i).text for i in ids], vocabulary)


PERSON_LABELS = frozenset({"PER", "PERSON"})  # the NER labels of persons (CoNLL / OntoNotes style)
ORGANIZATION_LABELS = frozenset({"ORG"})  # and of organizations


def names_a_state(forms: Sequence[str], lexicon: Lexicon) -> bool:
    """The words are, together, the name of a state or capital of ``states`` ("كينيا", "الولايات المتحدة")."""
    return fold(" ".join(forms)) in lexicon.words_of("states")


def classify(ps: ParsedSentence, ids: Sequence[int], head: Word, entity: Entity | None,
             lexicon: Lexicon) -> SpeakerKind:
    """What kind of actor a phrase names (see the module docstring for the order of the tests)."""
    forms = [ps.word(i).text for i in ids]
    if ps.upos(head) == "PRON":
        return "unknown"
    has_name = _names_someone(ps, head)
    if _mentions(forms, lexicon.words_of("media_nouns")):
        return "media"
    if names_a_state([form for form in forms if any(ch.isalnum() for ch in form)], lexicon):
        return "state"  # the phrase is a country's or capital's name, whatever the NER said ("كينيا: …")
    if entity is not None and entity.label in PERSON_LABELS:
        return "person"
    if _mentions(forms, lexicon.words_of("official_titles")):
        if has_name and not _mentions(forms, lexicon.words_of("organization_nouns")):
            return "person"
        if _mentions(forms, lexicon.words_of("unnamed_markers")) or not _is_definite(head, forms, lexicon):
            return "unnamed"
        return "official"
    if _mentions(forms, lexicon.words_of("unnamed_markers")) and not has_name:
        return "unnamed"
    if _mentions(forms, lexicon.words_of("states")) and len(ids) <= 3:
        return "state"
    if _mentions(forms, lexicon.words_of("organization_nouns")) or \
            (entity is not None and entity.label in ORGANIZATION_LABELS):
        return "organization"
    if entity is not None and entity.label in {"LOC", "GPE"}:
        return "state"
    if has_name:
        return "person"
    return "unknown"


def phrase_ids(ps: ParsedSentence, head: Word, *, exclude: Sequence[int] = ()) -> list[int]:
    ids = contiguous(ps.subtree(head, stop=PHRASE_STOP, exclude=exclude), head.id)
    # "للبي بي سي", "to the BBC": the preposition introduces the phrase, it is not part of the name.
    while len(ids) > 1 and ids[0] != head.id and \
            base_relation(ps.deprel(ps.word(ids[0]))) in LEADING_FUNCTION:
        ids = ids[1:]
    # "'' Mr. Ackman" (a quotation mark tagged as a name), "Rubio's": marks and the possessive
    # ending are not part of the name.
    while len(ids) > 1 and ids[0] != head.id and not _has_alnum(ps.word(ids[0]).text):
        ids = ids[1:]
    while len(ids) > 1 and ids[-1] != head.id and (not _has_alnum(ps.word(ids[-1]).text) or
                                                   ps.word(ids[-1]).text.lower() in POSSESSIVE_ENDINGS):
        ids = ids[:-1]
    return ids


POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})


def _has_alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def entity_in(span: tuple[int, int], entities: Sequence[Entity]) -> Entity | None:
    """The first named entity inside ``span`` (a person before anything else)."""
    inside = [e for e in entities if e.start >= span[0] and e.end <= span[1]]
    inside.sort(key=lambda e: (e.label not in PERSON_LABELS, e.start))
    return inside[0] if inside else None


def opens_a_date(words: Sequence[Word], lang: str) -> bool:
    """"الأسبوع الماضي", "يوم الثلاثاء", "في وقت سابق", "last week": two or three words, the first of
    ``words`` first, that make nothing but a date together. Not a modifier before a date of its own:
    "مصدر يمني مطلع اليوم" is an informed source, today, not the beginning of the day."""
    for length in (2, 3):
        run = " ".join(word.text for word in words[:length])
        if len(words) < length or not any(value.start == 0 and value.end >= len(run) - 1
                                           for value in temporal.find(run, lang, None)):
            continue
        return not (temporal.is_modifier(words[0].text, lang) and
                    temporal.find(words[length - 1].text, lang, None))
    return False


def addressed_nouns(lexicon: Lexicon) -> frozenset[str]:
    """Media and audiences a statement is made to ("وكالة", "صحافيين")."""
    return lexicon.words_of("media_nouns") | lexicon.words_of("addressee_nouns")


def glued_to_addressee(text: str, lexicon: Lexicon) -> bool:
    """"لوسائل", "لوكالة": the preposition ل glued to a medium or an audience, whom it was said to."""
    return fold(text).startswith("ل") and bool(word_keys(text) & addressed_nouns(lexicon))


def told_to(ps: ParsedSentence, word: Word, lexicon: Lexicon) -> bool:
    """An Arabic "to" before whom it was said, after the speaker: a medium's quoted name or a medium
    or addressee noun ("مصدر في المقاومة الجنوبية لـ«الشرق الأوسط»", "فابيوس لوسائل اعلام فرنسية")."""
    if lexicon.lang != "ar" or not fold(ps.token_text(word)).startswith("ل"):
        return False
    if ps.upos(word) != "ADP":
        return glued_to_addressee(word.text, lexicon)
    following = ps.word(word.id + 1) if word.id < len(ps.words) else None
    return following is not None and \
        (following.text in {"«", '"', "“"} or bool(word_keys(following.text) & addressed_nouns(lexicon)))


def _before_circumstance(ps: ParsedSentence, ids: list[int], head: Word, lexicon: Lexicon) -> list[int]:
    """``ids`` cut before the first word after the head that says when or in what setting it was
    said ("مصدر يمني مطلع اليوم السبت", "المتحدث خلال المؤتمر"): a parse that hangs the time on the
    title does not make it part of the speaker."""
    stops = lexicon.words_of("phrase_stops")
    # "تقرير لوكالة الصحافة الفرنسية", "الأمين العام لـ“التعاون الإسلامي”": a document's or a title's
    # ل names its author or organisation, not whom it was told to
    reported_by = bool(word_keys(head.text) & (lexicon.words_of("document_nouns") |
                                               lexicon.words_of("official_titles")))
    for position, word_id in enumerate(ids):
        word = ps.word(word_id)
        if word_id <= head.id:
            continue
        if ps.upos(word) in {"VERB", "AUX"}:
            return ids  # "استطلاع أجري في يونيو الماضي": the date of a relative clause describes the speaker
        # "عن ريابكوف قوله": the compact expander splits قوله as قول + ه, so the token is asked too,
        # without a comma the tokenizer left on it ("قوله،")
        keys = {fold(text).rstrip("".join(GLUED_PUNCTUATION)) for text in (word.text, ps.token_text(word))}
        if keys & stops or temporal.find(word.text, lexicon.lang, None) or \
                opens_a_date(ps.words[word_id - 1:word_id + 2], lexicon.lang) or \
                (told_to(ps, word, lexicon) and not reported_by):
            kept = ids[:position]
            while len(kept) > 1 and ps.upos(ps.word(kept[-1])) in {"ADP", "CCONJ", "PUNCT"}:
                kept.pop()
            return kept
    return ids


def _through_name_particles(ps: ParsedSentence, ids: list[int], lexicon: Lexicon) -> list[int]:
    """``ids`` that end on "بن", "آل", "أبو" (``name_particles``) with the name word after it: "الشيخ
    خالد بن" is cut in the middle of "الشيخ خالد بن أحمد آل خليفة"."""
    particles = lexicon.words_of("name_particles")

    def name_word(word_id: int) -> bool:
        return word_id <= len(ps.words) and ps.upos(ps.word(word_id)) in {"NOUN", "PROPN", "X", "ADJ"}

    while ids:
        last = ids[-1]
        if fold(ps.word(last).text) in particles and name_word(last + 1):
            ids = [*ids, last + 1]
        elif last < len(ps.words) and fold(ps.word(last + 1).text) in particles and name_word(last + 2):
            ids = [*ids, last + 1, last + 2]  # "… أحمد آل خليفة"
        else:
            return ids
    return ids


MAX_ENTITY_RUN_ON = 4  # words a name the tree cut may add ("الهيئة العامة للغذاء | والدواء")


def _through_entity(ps: ParsedSentence, ids: list[int], entities: Sequence[Entity],
                    exclude: Sequence[int]) -> list[int]:
    """"ودعت الهيئة العامة للغذاء والدواء إلى …": the tree ends the phrase at a conjunction inside an
    organization's name; a named entity that starts inside the phrase and runs on past it is whole."""
    span = ps.span(ids)
    if span is None:
        return ids
    entity = next((e for e in entities if span[0] <= e.start < span[1] < e.end), None)
    if entity is None:
        return ids
    extended = list(ids)
    for word_id in range(max(ids) + 1, min(max(ids) + 1 + MAX_ENTITY_RUN_ON, len(ps.words) + 1)):
        if ps.offsets[word_id][0] >= entity.end or word_id in exclude:
            break
        extended.append(word_id)
    return extended if ps.offsets[extended[-1]][1] >= entity.end else ids


def find_phrase(ps: ParsedSentence, head: Word, entities: Sequence[Entity], lexicon: Lexicon, *,
                exclude: Sequence[int] = ()) -> Phrase | None:
    ids = _before_circumstance(ps, phrase_ids(ps, head, exclude=exclude), head, lexicon)
    ids = _through_name_particles(ps, ids, lexicon)
    ids = _through_entity(ps, ids, entities, exclude)
    span = ps.span(ids)
    if span is None:
        return None
    entity = entity_in(span, entities)
    kind = classify(ps, ids, head, entity, lexicon)
    return Phrase(ids=tuple(ids), start=span[0], end=span[1], head=head, entity=entity, kind=kind)


# Marks a tokenizer may leave glued to a name ("«الحقباني»" read as «الحقباني + »): not part of it
_EDGE_MARKS = "«»\"“”‘’'()،,:;"


_PAIRED_MARKS = (("«", "»"), ("“", "”"), ("(", ")"))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_MARKS:
        start += 1
    while end > start and text[end - 1] in _EDGE_MARKS:
        end -= 1
    inside = text[start:end]
    for opening, closing in _PAIRED_MARKS:  # 'دراسة لشركة «آي إتش إس تكنولوجي»': keep the name's closing mark
        if inside.count(closing) > inside.count(opening) and text[start - 1:start] == opening:
            return start - 1, end  # '«خلية الصقور» الاستخباراتية'
        if inside.count(opening) > inside.count(closing):
            if text[end:end + 1] == closing:
                return start, end + 1
            if text[end:end + 2] == "." + closing:  # "Sen. Mitch McConnell (R-Ky.)"
                return start, end + 2
    if inside.count('"') % 2 and text[end:end + 1] == '"':
        end += 1
    elif inside.count('"') % 2 and text[start - 1:start] == '"':
        start -= 1
    return start, end


def to_speaker(phrase: Phrase, text: str) -> Speaker:
    head_span = (phrase.entity.start, phrase.entity.end) if phrase.entity else None
    head = Span(text=text[head_span[0]:head_span[1]], start=head_span[0], end=head_span[1]) \
        if head_span else None
    start, end = _trimmed(text, phrase.start, phrase.end)
    return Speaker(text=text[start:end], start=start, end=end, kind=phrase.kind,
                   head=head, entity_type=phrase.entity.label if phrase.entity else None)


def to_source(phrase: Phrase, text: str, relation: str) -> Source:
    kind: SpeakerKind = phrase.kind if phrase.kind != "unknown" else "media"
    start, end = _trimmed(text, phrase.start, phrase.end)
    return Source(text=text[start:end], start=start, end=end, kind=kind, relation=relation)
