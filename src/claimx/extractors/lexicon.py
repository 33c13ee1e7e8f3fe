"""Per-language word lists (``resources/<lang>/cues.tsv``, ``speakers.json``) in a matchable form.

Arabic is matched on folded forms: no diacritics or tatweel, hamza-alef → ا, ى → ي, and the
conjunction clitics و/ف removed, so "وأكدت" and "اكد" find the entry "أكد". Agreement variants are
derived from the past-tense entry with the suffixes in ``speakers.json`` (قالت، قالوا، أكدوا).
English entries are matched on the lemma, and, when the lemmatizer gets a rarer verb wrong ("insisted"
→ "insiste"), on the regular and irregular inflections that ``inflections.json`` declares.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

import regex

from claimx.records import CueClass
from claimx.resources import has_resource, load_json, load_tsv

_DIACRITICS = regex.compile(r"[\u064b-\u065f\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Matching key of a word or phrase: lower case, Arabic spelling variants folded (cached: the
    rules fold the same few thousand word forms over and over)."""
    return _DIACRITICS.sub("", text).translate(_FOLD).lower().strip()


@dataclass(frozen=True)
class CueEntry:
    term: str
    cue_class: CueClass
    pos: str  # verb | attitude | quote_verb | source | citing | noun | transmit | document

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(fold(self.term).split())


@dataclass(frozen=True)
class Lexicon:
    lang: str
    single: dict[str, CueEntry]          # folded word form or lemma -> entry (not nouns)
    phrases: tuple[CueEntry, ...]        # multi-word entries, longest first
    clitics: tuple[str, ...]
    speakers: dict[str, Any]
    nouns: dict[str, CueEntry] = field(default_factory=dict)   # statement nouns ("claim", "تصريحات")
    participles: frozenset[str] = frozenset()  # Arabic participle cue forms ("مضيفا", "مشيرا")
    # inflected forms of the single-word entries ("insisted", "told"): the last resort of ``cue``
    inflected: dict[str, CueEntry] = field(default_factory=dict)

    def noun(self, form: str, lemma: str | None = None) -> CueEntry | None:
        """The statement-noun entry a word evokes (lemma, form, form without clitics)."""
        return self._lookup(self.nouns, form, lemma)

    def is_participle(self, form: str) -> bool:
        return any(candidate in self.participles for candidate in self._candidates(form, None))

    def cue(self, form: str, lemma: str | None = None) -> CueEntry | None:
        """The entry a word evokes, trying the lemma, the form, the form without clitics, then the
        form as an inflection of an entry."""
        return self._lookup(self.single, form, lemma) or self.inflected.get(fold(form))

    def cue_with_object(self, form: str) -> CueEntry | None:
        """The entry of a verb form with an object pronoun the tokenizer left on it ("ووصفته",
        "وطالبوه"; ``pronoun_suffixes``, :func:`object_stems`), not one of ``not_with_object``
        ("بينهم"). For words tagged as verbs only: "رأيه" (his opinion) is no رأى."""
        excluded = self.words_of("not_with_object")
        for stem in object_stems(fold(form), longest_first(self.words_of("pronoun_suffixes"))):
            if {stem, *self._candidates(stem, None)} & excluded:
                continue
            entry = self.cue(stem)
            if entry is not None and entry.pos != "noun":
                return entry
        return None

    def first_person(self, form: str) -> bool:
        """An Arabic imperfect in the first person: its أ or ن where the listed third person has ي
        ("نرى", "أؤكد" for يرى, يؤكد); not a past cue that starts with أ ("أكد", "أعرب"). A verb whose
        past opens with a plain alif ("اعتقد") is first person when written with a hamza ("أعتقد"),
        which folding would erase."""
        raw = form[1:] if form[:1] in ("و", "ف") and len(form) > 3 else form
        entry = self.single.get(fold(raw))
        if raw.startswith("أ") and entry is not None and entry.term.startswith("ا") and \
                fold(raw) == fold(entry.term):
            return True  # (with a past ending it is the past misspelt: "وأشترطت الإدارة")
        for key in self._candidates(form, None):
            if len(key) < 3 or key[0] not in _FIRST_PERSON_PREFIXES:
                continue
            entry = self.single.get("ي" + key[1:])
            if entry is not None and fold(entry.term) != key and key not in self.single:
                return True
        return False

    def without_article(self, word: str) -> tuple[str, bool]:
        """``word`` folded, without its clitic and article (``definite_markers``), and whether it had
        the article ("والتعازي" → "تعازي", True)."""
        folded = fold(word)
        for clitic in ("", *self.clitics):
            for article in self.words_of("definite_markers"):
                prefix = clitic + fold(article)
                if folded.startswith(prefix) and len(folded) > len(prefix) + 2:
                    return folded[len(prefix):], True
        return folded, False

    def praised_with(self, term: str) -> frozenset[str]:
        """Prepositions after which the entry's object is praised, not said (``expressive_prepositions``:
        "نوّه بجهود X"; "نوّه إلى أن …" still reports)."""
        listed = self.speakers.get("expressive_prepositions", {}).get(term, ())
        return frozenset(fold(word) for word in listed)

    def _lookup(self, table: dict[str, CueEntry], form: str, lemma: str | None) -> CueEntry | None:
        form_keys = self._candidates(form, None)
        lemma_key = fold(lemma) if lemma else None
        for key in [lemma_key, *form_keys] if lemma_key else form_keys:
            entry = table.get(key)
            if entry is not None and (key != lemma_key or self._lemma_fits(table, entry, key, form_keys)):
                return entry
        return None

    @staticmethod
    def _lemma_fits(table: dict[str, CueEntry], entry: CueEntry, lemma_key: str,
                    form_keys: list[str]) -> bool:
        """A lemma that is only an inflected form of the entry ("تعلق", she comments, of علق) names
        another verb when the word itself is no form of the entry ("يتعلق", it relates to: lemma تعلق)."""
        return fold(entry.term) == lemma_key or entry.pos == "noun" or \
            any(table.get(key) is entry for key in form_keys)

    def _candidates(self, form: str, lemma: str | None) -> list[str]:
        keys = [fold(lemma)] if lemma else []
        folded = fold(form)
        keys.append(folded)
        for clitic in self.clitics:
            if folded.startswith(clitic) and len(folded) > len(clitic) + 2:
                keys.append(folded[len(clitic):])
        return keys

    @cached_property
    def _phrases_by_first_word(self) -> dict[str, tuple[tuple[int, CueEntry], ...]]:
        index: dict[str, list[tuple[int, CueEntry]]] = {}
        for order, entry in enumerate(self.phrases):
            index.setdefault(entry.words[0], []).append((order, entry))
        return {first: tuple(entries) for first, entries in index.items()}

    def phrase_at(self, forms: Sequence[str], position: int) -> CueEntry | None:
        """The multi-word entry that starts at ``forms[position]`` (forms already folded), the longest
        first; the first word may carry a clitic ("وبحسب")."""
        if position >= len(forms):
            return None
        first = forms[position]
        index = self._phrases_by_first_word
        candidates = index.get(first, ())
        stripped = self._strip_clitic(first)
        if stripped != first:
            candidates = tuple(sorted(candidates + index.get(stripped, ()), key=lambda item: item[0]))
        for _, entry in candidates:
            words = entry.words
            if tuple(forms[position + 1:position + len(words)]) == words[1:]:
                return entry
        return None

    def _strip_clitic(self, form: str) -> str:
        for clitic in self.clitics:
            if form.startswith(clitic) and len(form) > len(clitic) + 1:
                return form[len(clitic):]
        return form

    @cached_property
    def _word_sets(self) -> dict[str, frozenset[str]]:
        return {}

    def words_of(self, key: str) -> frozenset[str]:
        """The folded word list ``key`` of ``speakers.json`` (built once per key: rules ask often)."""
        found = self._word_sets.get(key)
        if found is None:
            found = self._word_sets[key] = frozenset(fold(item) for item in self.speakers.get(key, ()))
        return found


def longest_first(suffixes: Collection[str]) -> tuple[str, ...]:
    return tuple(sorted(suffixes, key=len, reverse=True))


def object_stems(folded: str, suffixes: Sequence[str]) -> list[str]:
    """``folded`` without each pronoun suffix it ends with (``suffixes`` longest first:
    :func:`longest_first`), when at least three letters are left; a stem in و also with the alif the
    plural drops before a pronoun (طالبوه: طالبوا)."""
    stems = []
    for suffix in suffixes:
        stem = folded.removesuffix(suffix)
        if stem != folded and len(stem) >= 3:
            stems += [stem, stem + "ا"] if stem.endswith("و") else [stem]
    return stems


def regular_forms(lemma: str, with_base: bool) -> set[str]:
    """The regular English inflections a verb lemma may take (-ed, -d, -ing, doubled consonant, y → ied;
    with ``with_base`` also the lemma and -s, -es, y → ies). Over-generates on purpose: the forms are
    looked up, never produced."""
    forms = {lemma + "ed", lemma + "d", lemma + "ing"}
    if with_base:
        forms.update({lemma, lemma + "s", lemma + "es"})
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms.update({lemma[:-1] + "ied"} | ({lemma[:-1] + "ies"} if with_base else set()))
    if len(lemma) > 2:
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


@dataclass(frozen=True)
class Inflections:
    """``inflections.json`` of a language, folded: what regular inflection does not derive."""

    noun_like: frozenset[str]  # verbs that are mostly nouns in news: only their -ed/-ing forms count
    irregular: dict[str, tuple[str, ...]]  # lemma -> its irregular forms ("say" -> "said")
    verb_forms: frozenset[str]  # forms of noun-like verbs that still count ("shows", "notes")
    document_verb_forms: frozenset[str] = frozenset()  # ... right after a document noun ("records show")


@cache
def inflections_for(lang: str) -> Inflections | None:
    """The inflection rules of ``lang``, or None for a language that lists its forms in ``cues.tsv``
    (cached: the lexicon and the pre-pass both read them)."""
    if not has_resource(lang, "inflections.json"):
        return None
    raw = load_json(lang, "inflections")
    return Inflections(
        noun_like=frozenset(fold(lemma) for lemma in raw.get("noun_like", ())),
        irregular={fold(lemma): tuple(fold(form) for form in forms)
                   for lemma, forms in raw.get("irregular", {}).items()},
        verb_forms=frozenset(fold(form) for form in raw.get("verb_forms", ())),
        document_verb_forms=frozenset(fold(form) for form in raw.get("document_verb_forms", ())),
    )


def _inflected(lang: str, single: dict[str, CueEntry]) -> dict[str, CueEntry]:
    """Inflected forms of the single-word entries (:func:`inflections_for`); verbs that are mostly
    nouns in news ("noun_like": "the state", "reports") get only their -ed/-ing forms."""
    inflections = inflections_for(lang)
    if inflections is None:
        return {}
    found: dict[str, CueEntry] = {}
    for key, entry in single.items():
        for form in regular_forms(key, key not in inflections.noun_like):
            found.setdefault(form, entry)
    for lemma, forms in inflections.irregular.items():
        irregular_entry = single.get(lemma)
        if irregular_entry is not None:
            for form in forms:
                found.setdefault(form, irregular_entry)
    return {form: entry for form, entry in found.items() if form not in single}


# The past endings that replace the final alif of a defective verb (دعا، عزا); its dual دعوا is the
# masculine plural's form, and "دعا" + "ا" is no word.
_DEFECTIVE_SUFFIXES = frozenset({"ت", "وا", "تا"})


_FIRST_PERSON_PREFIXES = frozenset("اأن")  # after folding, أ may be written ا


def _variants(term: str, forms: str, morphology: dict[str, list[str]]) -> list[str]:
    base = fold(term)
    found = [base] + [fold(form) for form in forms.split(",") if form.strip()]
    for suffix in morphology.get("past_suffixes", ()):
        found.append(base + suffix)
        if base.endswith("ي") or base.endswith("ى"):  # نفى → نفت، نفوا
            found.append(base[:-1] + suffix)
        elif base.endswith("ا") and len(base) > 2 and suffix in _DEFECTIVE_SUFFIXES:  # دعا → دعت، دعوا
            found.append(base[:-1] + suffix)
    for imperfect in list(found[1:]):
        for suffix in morphology.get("imperfect_suffixes", ()):
            found.append(imperfect + suffix)
    return found


@cache
def lexicon_for(lang: str) -> Lexicon:
    """The cue and speaker lexicon of ``lang`` (cached; empty when the language has no files)."""
    speakers: dict[str, Any] = load_json(lang, "speakers") if has_resource(lang, "speakers.json") else {}
    morphology = speakers.get("cue_morphology", {})
    single: dict[str, CueEntry] = {}
    nouns: dict[str, CueEntry] = {}
    participles: set[str] = set()
    phrases: list[CueEntry] = []
    rows = load_tsv(lang, "cues") if has_resource(lang, "cues.tsv") else ()
    for row in rows:
        entry = CueEntry(term=row["term"], cue_class=row["class"], pos=row["pos"])  # type: ignore[arg-type]
        if len(entry.words) > 1:
            phrases.append(entry)
            for form in row.get("forms", "").split(","):
                if form.strip() and len(fold(form).split()) > 1:
                    phrases.append(CueEntry(term=form.strip(), cue_class=entry.cue_class, pos=entry.pos))
            continue
        if entry.pos == "noun":
            for form in [fold(row["term"])] + [fold(f) for f in row.get("forms", "").split(",") if f.strip()]:
                nouns.setdefault(form, entry)
                if lang == "en":  # plurals: claims, allegations
                    nouns.setdefault(form + ("es" if form.endswith(("s", "sh", "ch")) else "s"), entry)
            continue
        found_participles = _participles(row.get("forms", ""), morphology)
        participles.update(found_participles)
        for form in _variants(row["term"], row.get("forms", ""), morphology) + sorted(found_participles):
            single.setdefault(form, entry)
    phrases.sort(key=lambda entry: -len(entry.words))
    clitics = tuple(fold(c) for c in morphology.get("clitic_prefixes", ()))
    return Lexicon(lang=lang, single=single, phrases=tuple(phrases), clitics=clitics, speakers=speakers,
                   nouns=nouns, participles=frozenset(participles), inflected=_inflected(lang, single))


def _participles(forms: str, morphology: dict[str, Any]) -> set[str]:
    """Arabic participle forms listed in ``forms`` (``participle_prefixes`` + adverbial ending: مضيفا،
    مؤكدة; also the فاعل pattern قائلا), with their accusative plural (مشيرين، مؤكدين). The nominative
    plural is a noun or a predicate ("متابعون لتطورات …": observers), never the adverbial participle."""
    prefixes = tuple(morphology.get("participle_prefixes", ()))
    if not prefixes:
        return set()
    found: set[str] = set()
    for form in (fold(f) for f in forms.split(",") if f.strip()):
        if len(form) < 4 or not form.endswith(("ا", "ة")):
            continue
        if form.startswith(prefixes) or form[1] == "ا":
            stem = form[:-1]
            found.update({form, stem + "ين"})
    return found
