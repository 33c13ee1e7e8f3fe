"""Per-language word lists (``resources/<lang>/cues.tsv``, ``speakers.json``) in a matchable form.

Arabic is matched on folded forms: no diacritics or tatweel, hamza-alef → ا, ى → ي, and the
conjunction clitics و/ف removed, so "وأكدت" and "اكد" find the entry "أكد". Agreement variants are
derived from the past-tense entry with the suffixes in ``speakers.json`` (قالت، قالوا، أكدوا).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from claimx.records import CueClass
from claimx.resources import has_resource, load_json, load_tsv

_DIACRITICS = regex.compile(r"[\u064b-\u065f\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def fold(text: str) -> str:
    """Matching key of a word or phrase: lower case, Arabic spelling variants folded."""
    return _DIACRITICS.sub("", text).translate(_FOLD).lower().strip()


@dataclass(frozen=True)
class CueEntry:
    term: str
    cue_class: CueClass
    pos: str  # verb | source | citing | noun | transmit

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(fold(self.term).split())


@dataclass(frozen=True)
class Lexicon:
    lang: str
    single: dict[str, CueEntry]          # folded word form or lemma -> entry
    phrases: tuple[CueEntry, ...]        # multi-word entries, longest first
    clitics: tuple[str, ...]
    speakers: dict[str, Any]

    def cue(self, form: str, lemma: str | None = None) -> CueEntry | None:
        """The entry a word evokes, trying the lemma, the form, then the form without clitics."""
        for candidate in self._candidates(form, lemma):
            entry = self.single.get(candidate)
            if entry is not None:
                return entry
        return None

    def _candidates(self, form: str, lemma: str | None) -> list[str]:
        keys = [fold(lemma)] if lemma else []
        folded = fold(form)
        keys.append(folded)
        for clitic in self.clitics:
            if folded.startswith(clitic) and len(folded) > len(clitic) + 2:
                keys.append(folded[len(clitic):])
        return keys

    def phrase_at(self, forms: Sequence[str], position: int) -> CueEntry | None:
        """The multi-word entry that starts at ``forms[position]`` (forms already folded)."""
        for entry in self.phrases:
            words = entry.words
            window = list(forms[position:position + len(words)])
            if len(window) != len(words):
                continue
            if window[0] != words[0]:
                window[0] = self._strip_clitic(window[0])
            if tuple(window) == words:
                return entry
        return None

    def _strip_clitic(self, form: str) -> str:
        for clitic in self.clitics:
            if form.startswith(clitic) and len(form) > len(clitic) + 1:
                return form[len(clitic):]
        return form

    def words_of(self, key: str) -> frozenset[str]:
        return frozenset(fold(item) for item in self.speakers.get(key, ()))


def _variants(term: str, forms: str, morphology: dict[str, list[str]]) -> list[str]:
    base = fold(term)
    found = [base] + [fold(form) for form in forms.split(",") if form.strip()]
    for suffix in morphology.get("past_suffixes", ()):
        found.append(base + suffix)
        if base.endswith("ي") or base.endswith("ى"):  # نفى → نفت، نفوا
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
        for form in _variants(row["term"], row.get("forms", ""), morphology):
            single.setdefault(form, entry)
    phrases.sort(key=lambda entry: -len(entry.words))
    clitics = tuple(fold(c) for c in morphology.get("clitic_prefixes", ()))
    return Lexicon(lang=lang, single=single, phrases=tuple(phrases), clitics=clitics, speakers=speakers)
