"""Ingest: page text -> blocks (body vs furniture), languages, metadata and analysis units.

``ingest(text)`` never changes the text: every block, unit and credit points into the original
characters. Furniture cues live in ``resources/<lang>/furniture.json``; see :mod:`claimx.ingest.segment`
for how lines are decided and ``docs/ingest.md`` for what it finds on real pages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from claimx.errors import InputError
from claimx.ingest.cues import cues
from claimx.ingest.language import detect_language
from claimx.ingest.meta import build_meta
from claimx.ingest.normalize import NormalizedText, normalize
from claimx.ingest.segment import segment
from claimx.records import ArticleMeta, Block, BlockKind, Lang

# Blocks that can hold claims. Tags, boilerplate, bylines, timestamps, source lines and datelines
# carry metadata, not statements.
ANALYSED_KINDS: frozenset[BlockKind] = frozenset({"body", "headline", "dek", "caption", "related"})


@dataclass(frozen=True)
class AnalysisUnit:
    block_index: int  # index into IngestedText.blocks
    lang: Lang
    in_body: bool
    normalized: NormalizedText  # normalized block text, offsets into the ORIGINAL article text
    # The unit runs on to this block when its own ends with a colon that introduces it ("He said:"
    # over a quotation set as a paragraph of its own); None for a unit of one block.
    last_block_index: int | None = None


@dataclass(frozen=True)
class IngestedText:
    text: str  # the original input, untouched
    lang: Lang  # dominant language of the body
    published: dt.datetime | dt.date | None  # resolved publication date (caller's wins on disagreement)
    blocks: list[Block]
    meta: ArticleMeta
    units: list[AnalysisUnit] = field(default_factory=list)


def _dominant_language(blocks: list[Block]) -> Lang:
    weights: dict[Lang, int] = {}
    chosen = [block for block in blocks if block.kind == "body"] or blocks
    for block in chosen:
        weights[block.lang] = weights.get(block.lang, 0) + (block.end - block.start)
    scripted = {lang: weight for lang, weight in weights.items() if lang != "other"}
    if scripted:
        return max(scripted, key=lambda lang: scripted[lang])
    return "other"


def _unit_language(block: Block, forced: Lang | None, dominant: Lang) -> Lang:
    # Blocks in a real script keep their own language (the English half of a bilingual page is
    # analysed in English even when the caller says "ar"); script-less blocks take the caller's
    # language, else the article's.
    if block.lang != "other":
        return block.lang
    return forced or dominant


# "• الأمين العام … يؤكد …", "- Officials said …": a list item's marker is no word of its sentence, and
# the parser takes it for one (the Arabic parse of a bulleted headline lost its subject).
LIST_MARKERS = frozenset("•◦▪▫●○■□‣⁃·*")


def _after_list_marker(text: str, start: int, end: int) -> int:
    position = start
    while position < end and text[position].isspace():
        position += 1
    marker = text[position:position + 1]
    if not (marker in LIST_MARKERS or (marker == "-" and text[position + 1:position + 2].isspace())):
        return start
    position += 1
    while position < end and text[position].isspace():
        position += 1
    return position if position < end else start


def words_start(text: str, start: int, end: int) -> int:
    """Where the words of a block begin: after a list marker and a page's label ("Breaking:", "Pic:",
    "عاجل:"; ``label_prefixes`` and ``caption_prefixes`` of furniture.json), which the block keeps.
    Analysed, "EXCLUSIVE: In memo to Congress, Saudis insist …" made the label the speaker."""
    start = _after_list_marker(text, start, end)
    key = normalize(text, start, end, for_matching=True)
    label = cues().label_prefix.match(key.text)
    if label is not None and label.end() < len(key.text):
        start = key.origin[label.end()]
    return start


def ingest(text: str, *, published: dt.date | dt.datetime | None = None,
           lang: str | None = None) -> IngestedText:
    """Segment page text into blocks, read its metadata and prepare the units to analyse.

    Raises :class:`~claimx.errors.InputError` only when ``text`` is not a string; odd text (empty,
    control characters, megabytes on one line) gives an ``IngestedText``, possibly without units.
    """
    if not isinstance(text, str):
        raise InputError(f"ingest() needs the article as str, got {type(text).__name__}; decode bytes first")
    if published is not None and not isinstance(published, dt.date):
        raise InputError(f"published must be a date or datetime, got {type(published).__name__}")
    forced: Lang | None = "ar" if lang == "ar" else "en" if lang == "en" else None
    blocks = segment(text)
    dominant = _dominant_language(blocks)
    meta, resolved = build_meta(text, blocks, published, dominant)
    units: list[AnalysisUnit] = []
    for index, block in enumerate(blocks):
        if block.kind not in ANALYSED_KINDS:
            continue
        normalized = normalize(text, words_start(text, block.start, block.end), block.end)
        if not normalized.text.strip():
            continue
        unit_lang = _unit_language(block, forced, dominant)
        units.append(AnalysisUnit(index, unit_lang, block.kind == "body", normalized))
    return IngestedText(text=text, lang=dominant, published=resolved, blocks=blocks, meta=meta, units=units)


def join_introductions(ingested: IngestedText, speaks: Callable[[str, Lang], bool]) -> IngestedText:
    """The units with each short introduction ending in a colon joined to the body paragraph it
    announces: 'Dr. Ward stated:' or 'وقال وزير المالية:' over a quotation set as a paragraph of its
    own is one unit, read as one sentence (newlines normalize to spaces). ``speaks(sentence, lang)``
    tells an introduction that reports ("He told his audience:") from a label ("Video Transcript:");
    the caller gives it, since the cue lexicon belongs to a later stage."""
    units: list[AnalysisUnit] = []
    body_seen = False
    for unit in ingested.units:
        previous = units[-1] if units else None
        sentence = None
        if previous is not None and body_seen:
            sentence = _introduction(previous, ingested.blocks, unit)
        body_seen = body_seen or unit.in_body
        if previous is None or sentence is None or not speaks(sentence, unit.lang):
            units.append(unit)
            continue
        first = ingested.blocks[previous.block_index]
        start = words_start(ingested.text, first.start, first.end)
        end = ingested.blocks[unit.block_index].end
        units[-1] = AnalysisUnit(previous.block_index, unit.lang, True, normalize(ingested.text, start, end),
                                 last_block_index=unit.block_index)
    return replace(ingested, units=units)


# The last sentence of a paragraph: what follows its last sentence end.
_LAST_SENTENCE = re.compile(r"(?:^|[.!?؟…][\"'”’»)]*\s)([^.!?؟…]*)$")
MAX_INTRODUCTION_WORDS = 12  # "Dr. Ward stated:", "فقال لافروف مشيرا إلى الوزيرين كيري والجبير:"


def _introduction(unit: AnalysisUnit, blocks: list[Block], following: AnalysisUnit) -> str | None:
    """The last sentence of ``unit`` when it is a short introduction ending with a colon, right before
    the body paragraph ``following`` in the same language. ``unit`` is a paragraph, or a short line
    that segmentation took for a crosshead ("Dr. Ward stated:", "وأضاف:"; the caller knows the body
    has started). A long sentence before a colon is usually complete and sets off a document or a
    list; an upper-case word or a page label ("CORRECTION:", "Watch:") is furniture."""
    last = unit.block_index if unit.last_block_index is None else unit.last_block_index
    text = unit.normalized.text.rstrip()
    if not (blocks[unit.block_index].kind in ("body", "headline") and following.in_body and
            unit.lang == following.lang and last == following.block_index - 1 and text.endswith((":", "："))):
        return None
    match = _LAST_SENTENCE.search(text[:-1])
    sentence = match.group(1) if match is not None else text[:-1]
    label = normalize(sentence, for_matching=True).text
    capitals_only = any(c.isupper() for c in sentence) and not any(c.islower() for c in sentence)
    if not 0 < len(sentence.split()) <= MAX_INTRODUCTION_WORDS or capitals_only or \
            cues().label_prefix.fullmatch(label + ":") is not None:
        return None
    return sentence


__all__ = ["ANALYSED_KINDS", "AnalysisUnit", "IngestedText", "NormalizedText", "detect_language", "ingest",
           "join_introductions", "normalize", "words_start"]
