"""What was said: the complement clause of a cue, a direct quotation, or both.

Quotations are paired over the whole analysed text, not per sentence, because Stanza splits
sentences inside long quotes and a quote may run on past the sentence that opens it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from stanza.models.common.doc import Word

from claimx.extractors.lexicon import Lexicon, fold
from claimx.extractors.tree import ParsedSentence, base_relation
from claimx.records import QuoteKind

# Paired quotation marks; the straight double quote opens and closes.
_PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", "❝": "❞"}
_STRAIGHT = '"'
MAX_QUOTE_CHARS = 3000
CLAUSE_RELATIONS = ("ccomp", "parataxis")
_HANDOVER = ",،"           # the comma inside a quote before its attribution: '"...," he said'
MAX_QUOTE_GAP = 60          # characters between a closing quote and the cue that follows it


@dataclass(frozen=True)
class Quote:
    open: int   # index of the opening mark
    close: int  # index of the closing mark (or the paragraph end for an unclosed quote)
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


@dataclass(frozen=True)
class Content:
    start: int
    end: int
    quote: QuoteKind
    ids: tuple[int, ...]


def find_quotes(text: str) -> list[Quote]:
    """Quotations in ``text``; an unclosed one ends at its paragraph break (run-on quote)."""
    quotes: list[Quote] = []
    opened: tuple[int, str] | None = None
    for position, char in enumerate(text):
        if opened is not None:
            start, closing = opened
            if char == closing:
                quotes.append(Quote(start, position))
                opened = None
            elif text.startswith("\n\n", position) or position - start > MAX_QUOTE_CHARS:
                if position - start > 1:
                    quotes.append(Quote(start, position, closed=False))
                opened = None
            continue
        if char == _STRAIGHT:
            opened = (position, _STRAIGHT)
        elif char in _PAIRS:
            opened = (position, _PAIRS[char])
    if opened is not None and len(text) - opened[0] > 1:
        quotes.append(Quote(opened[0], len(text.rstrip()), closed=False))
    return [quote for quote in quotes if text[quote.open + 1:quote.close].strip()]


def _complement_child(ps: ParsedSentence, cue: Word, allow_object: bool) -> Word | None:
    for relation in CLAUSE_RELATIONS:
        after = [kid for kid in ps.kids(cue, relation) if ps.upos(kid) != "PUNCT"]
        if after:
            return after[0]
    for kid in ps.kids(cue, "xcomp"):
        return kid
    if allow_object:
        for kid in ps.kids(cue, "obj"):
            if ps.upos(kid) in {"NOUN", "VERB"}:
                return kid
    return None


def _trim_leading(ps: ParsedSentence, ids: list[int], lexicon: Lexicon) -> list[int]:
    """Drop complementizers and punctuation at the start: the claim is what follows "that"/"أن"."""
    complementizers = lexicon.words_of("complementizers")
    while ids:
        word = ps.word(ids[0])
        if ps.upos(word) == "PUNCT" or fold(word.text) in complementizers:
            ids = ids[1:]
            # "أنه": the pronoun suffix of the complementizer goes with it.
            if ids and ps.upos(ps.word(ids[0])) == "PRON" and ps.offsets[ids[0]][0] == ps.offsets[word.id][1]:
                ids = ids[1:]
            continue
        break
    return ids


def clause_content(ps: ParsedSentence, cue: Word, lexicon: Lexicon, *, allow_object: bool,
                   exclude: Sequence[int] = ()) -> list[int]:
    """Word ids of the claim a verb cue introduces, from the tree (empty when none is found)."""
    child = _complement_child(ps, cue, allow_object)
    if child is not None:
        ids = ps.subtree(child, exclude=exclude)
        return _trim_leading(ps, ids, lexicon)
    parent = ps.parent(cue)
    # "The talks failed, he said." / "..., قال المسؤول": the cue hangs off the clause it reports; an
    # adverbial clause with its own conjunction ("after questioning X", "بعد أن قال") is a
    # circumstance of that clause, not a report of it.
    relation = base_relation(ps.deprel(cue))
    if relation == "advcl" and (ps.kids(cue, "mark") or
                                ps.upos(ps.word(min(ps.subtree(cue)))) in {"ADP", "SCONJ"}):
        return []
    if parent is not None and relation in {"parataxis", "ccomp", "advcl"}:
        cue_ids = set(ps.subtree(cue))
        ids = [i for i in ps.subtree(parent, exclude=exclude) if i not in cue_ids]
        return _trim_leading(ps, ids, lexicon)
    return []


def _quoted(quote: Quote, text: str, ids: Sequence[int]) -> Content:
    """The inside of a quotation as direct content, without the comma that hands over to the cue."""
    inner_start, inner_end = quote.inner
    while len(text) >= inner_end > inner_start and \
            (text[inner_end - 1] in _HANDOVER or text[inner_end - 1].isspace()):
        inner_end -= 1
    return Content(inner_start, inner_end, "direct", tuple(ids))


def with_quotes(ps: ParsedSentence, cue_end: int, ids: Sequence[int], quotes: Sequence[Quote],
                lexicon: Lexicon, *, cue_start: int | None = None) -> Content | None:
    """Combine the tree's content with the quotation marks around it (direct, mixed or indirect)."""
    text = ps.text
    span = ps.span(ids) if ids else None
    if span is not None:
        for quote in quotes:
            inner_start, inner_end = quote.inner
            if inner_start <= span[0] + 1 and span[0] < inner_end:
                # The quote covers the clause (and may run on past this sentence).
                return _quoted(quote, text, ids)
            if span[0] <= quote.open and quote.close <= span[1] + 1:
                return Content(span[0], span[1], "mixed", tuple(ids))
        return Content(span[0], span[1], "indirect", tuple(ids))
    # No clause in the tree: a quotation that opens after the cue in the same sentence, or one that
    # closes just before it ('"...," he added', '"...," said the minister').
    for quote in quotes:
        if cue_end <= quote.open < ps.end:
            return _quoted(quote, text, ())
    if cue_start is not None:
        for quote in reversed(quotes):
            gap = text[quote.close + 1:cue_start]
            if quote.closed and ps.start <= quote.close < cue_start and len(gap) <= MAX_QUOTE_GAP and \
                    not any(mark in gap for mark in ".!?؟"):
                return _quoted(quote, text, ())
    return None


def inside_quote(position: int, quotes: Sequence[Quote]) -> bool:
    """True when ``position`` is inside a closed quotation (words there belong to the quote)."""
    return any(quote.closed and quote.open < position < quote.close for quote in quotes)
