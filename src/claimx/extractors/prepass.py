"""A cheap pre-pass that decides which sentences can hold a claim, before Stanza runs.

The parser and NER are most of claimx's cost, and most news sentences hold no attribution. This
pass splits a block into rough sentences with a regular expression and keeps those with a cue word
from the language's lexicon (any inflection: a recall-first surface match, clitics stripped), a
colon near their start ("X: claim" headlines, transcripts, 'X said: "…"') or a dash and a name after
a quotation ('"…" ― Sonya Herridge'). The others are replaced
by spaces of the same length, so every offset Stanza reports still indexes the original block text
and the tokenizer skips them. A quotation needs only its cue's sentence parsed: the rules read
quotations, dates and quantities from the block as written (``extract_claims(..., text=)``), so
"“A. B,” she said." parses "B,” she said." and still claims "A. B". Claims in the author's own
voice (events) are only found in kept sentences; ``prefilter=False`` in :func:`claimx.extract`
analyses everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from claimx.analyze.tokens import abbreviation_key, sentence_abbreviations
from claimx.extractors.content import ATTRIBUTION_DASHES, QUOTATION_OPENERS
from claimx.extractors.lexicon import (
    fold,
    inflections_for,
    lexicon_for,
    longest_first,
    object_stems,
    regular_forms,
)

# Sentence ends: . ! ? ؟ … (and closing quotes) then space and no lower-case letter ("U.S. officials"
# stays whole), or a line break; a period after an abbreviation ("Mr. Obama", "Calif. Gov.") or an
# initial ("J. Edgar", "U.S. President", "د. محمد") ends nothing.
_TERMINATOR = regex.compile(r"[.!?؟…]+[\"'”’»)\]]*(?=\s+[^\p{Ll}\s]|\s*$)|\n+")
MAX_ABBREVIATION = 24  # characters looked back from a period for the word it closes
MAX_COLON_OFFSET = 80   # "X: claim" and 'X: "..."' put the colon near the start
# '"…" ― Sonya Herridge': a dash and a capitalized name after a quotation (or opening the sentence,
# when the quotation's full stop ended the one before)
_DASHES = "|".join(regex.escape(dash) for dash in sorted(ATTRIBUTION_DASHES, key=len, reverse=True))
_DASH_NAME = regex.compile(rf"(?:^|[”\"»’'])\s*(?:{_DASHES})\s*\p{{Lu}}")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
# a closing quotation mark and at most four words before the end: '…,” he / Bozell / the senator …'
_AFTER_QUOTATION = regex.compile(r"[”\"’»]\s*(?:[\p{L}.’'-]+\s+){0,4}$")
_COLON = regex.compile(r"[:：]")
_LETTER = regex.compile(r"\p{L}")
_NOT_NEWLINE = regex.compile(r"[^\n]")


@dataclass(frozen=True)
class CueForms:
    words: frozenset[str]
    phrases: tuple[str, ...]  # folded multi-word cues ("according to", "نقلا عن")
    clitics: tuple[str, ...]
    # forms of the words that are cues only right before a quotation or a colon ("وزاد «…»")
    before_quotation: frozenset[str] = frozenset()
    # forms that are mostly nouns ("points", "answers"), cues right after a quotation ('…,” he points
    # out') or right before "that" ("Sanders answers that …")
    attributing_only: frozenset[str] = frozenset()
    # object pronouns a cue verb may carry ("ووصفته", "وطالبوه"; ``pronoun_suffixes``), and the forms
    # that with one are no verb ("بينهم"; ``not_with_object``), folded
    pronoun_suffixes: tuple[str, ...] = ()  # longest first
    not_with_object: frozenset[str] = frozenset()


@cache
def cue_forms(lang: str) -> CueForms:
    """Every surface form that may be a cue in ``lang`` (cached)."""
    lexicon = lexicon_for(lang)
    inflections = inflections_for(lang)
    words: set[str] = set()
    for key, entry in lexicon.single.items():
        if entry.pos == "document":  # "In a new poll, …": the document is the mark, not "in"
            words.update(lexicon.words_of("document_openers"))
            continue
        words.update(regular_forms(key, key not in inflections.noun_like) if inflections else {key})
    words.update(lexicon.nouns)  # statement nouns: "Trump's claim that ...", "تصريحات الوزير"
    if inflections is not None:
        for forms in inflections.irregular.values():
            words.update(forms)
        words.update(inflections.verb_forms)
    phrases = tuple(" ".join(entry.words) for entry in lexicon.phrases)
    if inflections is not None:  # "F.A.A. records show, the Cessna has flown …"
        phrases += tuple(f"{noun} {form}" for noun in sorted(lexicon.words_of("document_nouns"))
                         for form in sorted(inflections.document_verb_forms))
    quotation_required = set(lexicon.speakers.get("quotation_required", ()))
    before_quotation = frozenset(form for form, entry in lexicon.single.items()
                                 if entry.term in quotation_required)
    attributing_only: set[str] = set()
    if inflections is not None:
        for lemma in inflections.noun_like:
            attributing_only |= regular_forms(lemma, True) - words
    return CueForms(words=frozenset(words), phrases=phrases, clitics=(*lexicon.clitics, "ل", "ب", "س"),
                    before_quotation=before_quotation, attributing_only=frozenset(attributing_only),
                    pronoun_suffixes=longest_first(lexicon.words_of("pronoun_suffixes")),
                    not_with_object=lexicon.words_of("not_with_object"))


def _known_form(word: str, forms: CueForms) -> str | None:
    """``word`` (folded) as a cue form of ``forms``: as it is, without a clitic, or without an object
    pronoun (the plural's alif restored: طالبوه → طالبوا)."""
    bases = [word, *(word[len(clitic):] for clitic in forms.clitics if word.startswith(clitic))]
    for base in bases:
        if base in forms.words:
            return base
    for base in bases:
        for stem in object_stems(base, forms.pronoun_suffixes):
            if stem not in forms.not_with_object and stem in forms.words:
                return stem
    return None


def _opens_with_colon(sentence: str) -> bool:
    """A colon near the start with something said after it ("X: claim", "TRUMP: …"); not a time or
    score ("9:42 p.m.", "3:1") and not a colon that ends the sentence ("Here they are:"), which the
    rules take for no claim."""
    for colon in _COLON.finditer(sentence, 0, MAX_COLON_OFFSET + 1):
        at = colon.start()
        between_digits = sentence[at - 1:at].isdigit() and sentence[at + 1:at + 2].isdigit()
        if not between_digits and _LETTER.search(sentence, at + 1):
            return True
    return False


def _has_cue(sentence: str, forms: CueForms) -> bool:
    if _opens_with_colon(sentence) or _DASH_NAME.search(sentence.strip()):
        return True
    words = []
    for match in _WORD.finditer(sentence):
        word = fold(match.group())
        words.append(word)
        form = _known_form(word, forms)
        if form is not None and (form not in forms.before_quotation or
                                 sentence[match.end():match.end() + 8].lstrip()[:1] in QUOTATION_OPENERS):
            return True
        if word in forms.attributing_only and (
                _AFTER_QUOTATION.search(sentence, 0, match.start()) is not None or
                fold(sentence[match.end():match.end() + 6].lstrip()[:5]) in {"that", "that "}):
            return True
    joined = " ".join(words)
    return any(phrase in joined for phrase in forms.phrases)


def _abbreviation_before(text: str, period: int, abbreviations: frozenset[str]) -> bool:
    """Whether the letters right before ``period`` ("Mr", "U.S", "د") are an abbreviation."""
    start = period
    while start > max(0, period - MAX_ABBREVIATION) and \
            (text[start - 1].isalpha() or (text[start - 1] == "." and text[start - 2:start - 1].isalpha())):
        start -= 1
    word = text[start:period].lstrip(".")
    if not word:
        return False
    return all(len(part) == 1 for part in word.split(".")) or abbreviation_key(word) in abbreviations


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Rough sentences covering ``text`` end to end (the pre-pass's unit, not Stanza's)."""
    abbreviations = sentence_abbreviations(lang)
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _TERMINATOR.finditer(text):
        if end.group().rstrip("\"'”’»)]") == "." and _abbreviation_before(text, end.start(), abbreviations):
            continue
        spans.append((start, end.end()))
        start = end.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def reports(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` has a cue form of ``lang``'s lexicon: "Dr. Ward stated:" reports, "Video
    Transcript:" does not (:func:`claimx.ingest.join_introductions`)."""
    return lang in ("ar", "en") and _has_cue(sentence, cue_forms(lang))


def mask_unlikely(text: str, lang: str, *, keep_first: bool = False) -> tuple[str, float]:
    """``text`` with sentences that cannot hold a claim blanked out, and the share of text kept.

    Kept: sentences with a cue form or a colon near their start, and with ``keep_first`` the first
    sentence (an article's lead names who the pro-drop cues after it speak for: "دان رئيس مجلس
    النواب … التفجير" then "وقال …": condemning is no report, but the speaker is named there).
    """
    if lang not in ("ar", "en"):
        return text, 1.0
    forms = cue_forms(lang)
    spans = sentence_spans(text, lang)
    keep = [_has_cue(text[start:end], forms) or (keep_first and index == 0)
            for index, (start, end) in enumerate(spans)]
    if all(keep):
        return text, 1.0
    pieces: list[str] = []
    kept = 0
    cursor = 0
    for (start, end), wanted in zip(spans, keep, strict=True):
        pieces.append(text[cursor:start])
        segment = text[start:end]
        if wanted:
            pieces.append(segment)
            kept += end - start
        else:
            # Same length, line breaks kept: Stanza's paragraph splitting and offsets are unchanged.
            pieces.append(_NOT_NEWLINE.sub(" ", segment))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), kept / max(1, len(text))
