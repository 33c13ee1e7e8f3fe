"""Input limits in front of Stanza: bounded pieces in, one document per text out.

Stanza's parser scores every pair of words of a sentence, so one 40,000-word "sentence" (a page
dump without punctuation, a 200k-character line of tags) costs quadratic memory and time, and one
huge document is held in memory whole. Before Stanza sees a text, :func:`split_for_analysis` cuts
it into pieces:

- at most :data:`MAX_CHUNK_CHARS` characters each, cut at a paragraph break when there is one,
  else at a line break, a sentence end, a space, or (a single giant token) anywhere: a long
  document is analysed paragraph by paragraph;
- no stretch without a sentence end (``. ! ? ؟ …`` or a line break) longer than
  :data:`MAX_SENTENCE_CHARS`: such a stretch is cut at its last space before the limit, which
  forces a sentence boundary there.

Each piece is analysed as its own Stanza document and :func:`merge_documents` joins the results
into one document over the whole text, every offset shifted back into it. The pieces are plain
slices of the text, so nothing is rewritten and every offset stays valid. Ordinary news text
(paragraphs under 10,000 characters, sentences under 1,500) is one piece and goes through untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    import stanza

# About 1,500 words of news prose: well above any paragraph a site prints, small enough that the
# tokenizer and tagger hold one piece in memory comfortably.
MAX_CHUNK_CHARS = 10_000
# About 250 words: news sentences run to 60. A longer run without a sentence end is not a sentence
# (tag clouds, tables flattened to one line, scraped navigation) and gets a boundary.
MAX_SENTENCE_CHARS = 1_500

# Where a sentence may end: the tokenizer splits at these, so the stretch between two of them is
# what the parser may see as one sentence.
_SENTENCE_END = regex.compile(r"[.!?؟…\n\r\u2028\u2029]")
_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n")
_LINE_BREAK = regex.compile(r"\n")
_SPACE = regex.compile(r"\s")


@dataclass(frozen=True)
class Piece:
    """A slice ``text[start:start + len(text)]`` analysed on its own."""

    start: int
    text: str


def _last_match_end(pattern: regex.Pattern[str], text: str, start: int, end: int) -> int | None:
    """End of the last match of ``pattern`` inside ``text[start:end]`` that leaves a non-empty piece."""
    best = None
    for match in pattern.finditer(text, start, end):
        if match.end() > start and match.end() < end:
            best = match.end()
    return best


def _chunk_end(text: str, start: int, limit: int) -> int:
    """Where a piece starting at ``start`` should end, at most ``limit`` characters on."""
    end = start + limit
    if end >= len(text):
        return len(text)
    for pattern in (_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_END, _SPACE):
        found = _last_match_end(pattern, text, start + limit // 2, end)
        if found is not None:
            return found
    found = _last_match_end(_SPACE, text, start, end)
    return found if found is not None else end  # one giant token: cut it


def _sentence_cuts(text: str, start: int, end: int, limit: int) -> list[int]:
    """Offsets inside ``text[start:end]`` where overlong stretches without a sentence end are cut."""
    cuts: list[int] = []
    run_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        cuts.extend(_cuts_in_run(text, run_start, match.start(), limit))
        run_start = match.end()
    cuts.extend(_cuts_in_run(text, run_start, end, limit))
    return cuts


def _cuts_in_run(text: str, start: int, end: int, limit: int) -> list[int]:
    cuts: list[int] = []
    while end - start > limit:
        cut = _last_match_end(_SPACE, text, start + limit // 2, start + limit)
        if cut is None:
            cut = start + limit  # a single token longer than a sentence may be: cut it
        cuts.append(cut)
        start = cut
    return cuts


def split_for_analysis(text: str, *, max_chunk_chars: int = MAX_CHUNK_CHARS,
                       max_sentence_chars: int = MAX_SENTENCE_CHARS) -> list[Piece]:
    """Consecutive slices of ``text`` (their concatenation is ``text``) within both limits.

    Pure and linear in ``len(text)``. A text within the limits gives one piece, itself.
    """
    if max_chunk_chars < 2 or max_sentence_chars < 2:
        raise ValueError("limits must be at least 2 characters")
    if len(text) <= max_sentence_chars:
        return [Piece(0, text)]
    bounds: list[int] = [0]
    position = 0
    while position < len(text):
        end = _chunk_end(text, position, max_chunk_chars)
        bounds.extend(_sentence_cuts(text, position, end, max_sentence_chars))
        bounds.append(end)
        position = end
    return [Piece(a, text[a:b]) for a, b in pairwise(bounds) if b > a]


def _shifted(sentence: list[dict[str, Any]], offset: int) -> list[dict[str, Any]]:
    moved = []
    for entry in sentence:
        entry = dict(entry)
        for key in ("start_char", "end_char"):
            if entry.get(key) is not None:
                entry[key] = int(entry[key]) + offset
        moved.append(entry)
    return moved


def merge_documents(text: str, pieces: Sequence[Piece],
                    documents: Sequence[stanza.Document]) -> stanza.Document:
    """One Stanza document over ``text`` from the analyses of its pieces (offsets shifted back).

    A single piece that is the whole text is returned as it is.
    """
    import stanza

    if len(documents) == 1 and pieces[0].start == 0 and len(pieces[0].text) == len(text):
        return documents[0]
    sentences: list[list[dict[str, Any]]] = []
    for piece, document in zip(pieces, documents, strict=True):
        sentences.extend(_shifted(sentence, piece.start) for sentence in document.to_dict())
    merged = stanza.Document(sentences, text=text)
    if any(token.ner for sentence in merged.sentences for token in sentence.tokens):
        merged.build_ents()
    return merged


BulkRun = Callable[[list["stanza.Document"]], Sequence["stanza.Document"]]


def analyze_in_pieces(texts: Sequence[str], run: BulkRun) -> list[stanza.Document]:
    """``run`` (a Stanza ``bulk_process``) over the pieces of every text in one call; one merged
    document per text, in order."""
    import stanza

    split = [split_for_analysis(text) for text in texts]
    analysed = iter(run([stanza.Document([], text=piece.text) for pieces in split for piece in pieces]))
    return [merge_documents(text, pieces, [next(analysed) for _ in pieces])
            for text, pieces in zip(texts, split, strict=True)]


__all__ = ["MAX_CHUNK_CHARS", "MAX_SENTENCE_CHARS", "Piece", "analyze_in_pieces", "merge_documents",
           "split_for_analysis"]
