"""Ingest: page text -> blocks (body vs furniture), languages, metadata and analysis units.

``ingest(text)`` never changes the text: every block, unit and credit points into the original
characters. Furniture cues live in ``resources/<lang>/furniture.json``; see :mod:`claimx.ingest.segment`
for how lines are decided and ``docs/ingest.md`` for what it finds on real pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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
    units = []
    for index, block in enumerate(blocks):
        if block.kind not in ANALYSED_KINDS:
            continue
        normalized = normalize(text, words_start(text, block.start, block.end), block.end)
        if not normalized.text.strip():
            continue
        unit_lang = _unit_language(block, forced, dominant)
        units.append(AnalysisUnit(index, unit_lang, block.kind == "body", normalized))
    return IngestedText(text=text, lang=dominant, published=resolved, blocks=blocks, meta=meta, units=units)


__all__ = ["ANALYSED_KINDS", "AnalysisUnit", "IngestedText", "NormalizedText", "detect_language", "ingest",
           "normalize", "words_start"]
