"""The MWT guard: stem-initial letters are not split off as clitics by the compact Arabic models."""

from __future__ import annotations

import pytest

from claimx.analyze.tokens import MwtGuard
from tests.conftest import models_available

# Ranks as in a frequency-ordered vocabulary: 0 is the most frequent word.
RANKS = {"قال": 5, "وقال": 7, "وزير": 40, "مناسبة": 300, "بمناسبة": 200, "وسائل": 50, "سائل": 9000}
GUARD = MwtGuard(RANKS, frozenset("وفبلك"), rarer_factor=20)


@pytest.mark.parametrize(("token", "whole"), [
    ("وزير", True),       # "زير" is not a word of the vocabulary
    ("وسائل", True),      # "سائل" exists but is far rarer than "وسائل"
    ("وقال", False),      # و + قال: the remainder is a common word
    ("بمناسبة", False),   # ب + مناسبة: comparable frequencies, the split stands
    ("ونظيره", False),    # unknown whole form: nothing to go by, the tokenizer decides
    ("مصر", False),       # no clitic letter
])
def test_guard_undoes_only_splits_the_vocabulary_contradicts(token: str, whole: bool) -> None:
    assert GUARD.keeps_whole(token) is whole


def test_guard_keeps_the_postprocessor_format() -> None:
    draft = [["وقال", ("وزير", True), ("وقال", True), "الخارجية"]]
    assert GUARD(draft) == [["وقال", "وزير", ("وقال", True), "الخارجية"]]


@pytest.mark.skipif(not models_available("ar"), reason="no Arabic models")
def test_bundled_arabic_pipeline_keeps_minister_and_agency_whole() -> None:
    from claimx.analyze.models import resolve_models
    from claimx.analyze.pipeline import analyze_texts

    if resolve_models("ar").origin != "bundled":
        pytest.skip("the guard applies to the bundled models only")
    # Real news (seed 000): a title phrase and an agency name that start with a stem letter و.
    text = "ونقلت وكالة الإعلام الروسية عن نائب وزير الخارجية الروسي سيرغي ريابكوف قوله أمس."
    (document,), _ = analyze_texts("ar", [text])
    words = [word.text for sentence in document.sentences for word in sentence.words]
    assert "وكالة" in words and "وزير" in words
    assert "كالة" not in words and "زير" not in words
    assert words[:2] == ["و", "نقلت"]  # a real clitic is still split off
