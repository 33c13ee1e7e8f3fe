"""Property tests: every block, unit and span of ingest() maps back onto the original characters."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimx.ingest import ingest, normalize, words_start
from claimx.ingest.segment import visible_lines

# Pieces real pages are made of, plus the characters normalization touches.
_FRAGMENTS = [
    "قال الوزير", "إن", "المصدر: الراي", "إقرأ أيضاً:", "مقالات مشابهة", "  • ", "منذ 9 ساعات", "(Getty)",
    "موسكو ـ د.ب.ا: ", "كلمات دلالية: ", "عاجل", "نشر", "increase حجم الخط decrease", "Source: AFP ",
    "26 August 09:23", "الجمعة 2024/04/26", "آخر تحديث: 21:43", "Read more: ", "(رويترز) - ", "رابط الخبر ",
    "«", "»", "“", "”", ".", "،", ":", "ـ", "\u00a0", "\u200f", "\u200b", "\ufeff", "\u0640", "٣٠٠", "ﻻ",
    "\n", "\n\n", "\r\n", "\t", " ", "Biden", "said", "\x00", "\u2028", "ً", "*",
]
texts = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
@example(":\x1f\u064b")  # a control character between a letter and its diacritic (found by this test)
@example("قال الوزير\u00a0\tً")  # a diacritic after a run of spaces, at the block end (found by this test)
@example("\ufefb\u064b")  # a diacritic after a ligature (لا), at the block end (found by this test)
def test_blocks_units_and_spans_round_trip(text: str) -> None:
    result = ingest(text)
    previous_end = 0
    for block in result.blocks:
        assert text[block.start:block.end] == block.text
        assert block.start >= previous_end and block.end > block.start
        previous_end = block.end
    for unit in result.units:
        block = result.blocks[unit.block_index]
        normalized = unit.normalized
        assert len(normalized.origin) == len(normalized.text) + 1
        if normalized.text:
            # the whole block, but for a list marker or a page's label before its first word
            start, end = normalized.to_original(0, len(normalized.text))
            words = words_start(text, block.start, block.end)
            assert end == block.end and block.start <= words <= start
            assert normalized.text == normalize(text, words, block.end).text
        for i in range(0, len(normalized.text), 3):
            start, end = normalized.to_original(i, min(i + 5, len(normalized.text)))
            assert block.start <= start <= end <= block.end
    for span in result.meta.credits:
        assert text[span.start:span.end] == span.text
    if result.meta.published_in_text is not None:
        value = result.meta.published_in_text
        assert text[value.start:value.end] == value.text


@settings(max_examples=200, deadline=None)
@given(texts)
def test_every_visible_line_is_covered_by_blocks(text: str) -> None:
    result = ingest(text)
    covered = [(block.start, block.end) for block in result.blocks]
    for start, end in visible_lines(text):
        inside = [(a, b) for a, b in covered if start <= a and b <= end]
        assert inside, f"line {text[start:end]!r} has no block"
        assert inside[0][0] == start and inside[-1][1] == end


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 50), st.integers(0, 50))
def test_normalized_spans_cover_whole_original_characters(text: str, a: int, b: int) -> None:
    normalized = normalize(text)
    assert normalized.origin[-1] == len(text)
    assert list(normalized.origin) == sorted(normalized.origin)
    start, end = sorted((min(a, len(normalized.text)), min(b, len(normalized.text))))
    orig_start, orig_end = normalized.to_original(start, end)
    assert 0 <= orig_start <= orig_end <= len(text)
    if end > start:
        # Normalizing the original span again gives back (at least) the normalized span.
        assert normalized.text[start:end].strip() in normalize(text[orig_start:orig_end]).text
