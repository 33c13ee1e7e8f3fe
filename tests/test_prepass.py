"""The cheap pre-pass: what it keeps for Stanza, and that it costs no claim the rules find."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimx
from claimx.extractors.prepass import mask_unlikely
from tests.fixtures import pud_sentences

ATTRIBUTION_FIXTURES = Path(__file__).parent / "fixtures" / "attribution"


def kept_sentences(text: str, lang: str) -> list[str]:
    masked, _ = mask_unlikely(text, lang)
    return [part.strip() for part in masked.split("  ") if part.strip()]


def test_masking_keeps_length_and_line_breaks() -> None:
    text = ("The weather was mild in the capital.\nOfficials said the talks would go on. "
            "Prices rose again. \"We will not stop now,\" the minister added.\n\nMarkets closed early.")
    masked, share = mask_unlikely(text, "en")
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert "Officials said the talks would go on." in masked
    assert "\"We will not stop now,\" the minister added." in masked
    assert "weather" not in masked and "Prices" not in masked and "Markets" not in masked
    assert 0.0 < share < 1.0


def test_arabic_cues_with_clitics_and_source_phrases_are_kept() -> None:
    text = ("ارتفعت أسعار النفط في الأسواق العالمية. وأضافت الوزارة أن الأسعار ستنخفض. "
            "وبحسب التقرير فإن الإنتاج زاد. وافتتح المعرض في الرياض.")
    masked, _ = mask_unlikely(text, "ar")
    assert len(masked) == len(text)
    assert "وأضافت الوزارة" in masked and "وبحسب التقرير" in masked
    assert "ارتفعت" not in masked and "المعرض" not in masked


def test_names_in_quotes_do_not_keep_a_sentence_but_quotations_do() -> None:
    text = ("Shares of \"Uber\" fell on Monday. \"This is the worst quarter we have had in years. "
            "Nobody expected it.\" The company reported a loss.")
    masked, _ = mask_unlikely(text, "en")
    assert "Uber" not in masked
    assert "This is the worst quarter" in masked and "Nobody expected it." in masked


def test_unknown_language_is_left_alone() -> None:
    assert mask_unlikely("Bonjour tout le monde.", "other") == ("Bonjour tout le monde.", 1.0)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_claim_the_rules_find_on_gold_trees_is_in_a_kept_sentence(lang: str) -> None:
    """Recall cost of the pre-pass, measured on real news with gold UD trees: none."""
    sources = [pud_sentences(lang, 40)]
    sources += [path.read_text(encoding="utf-8")
                for path in sorted(ATTRIBUTION_FIXTURES.glob(f"{lang}_*.conllu"))]
    checked = 0
    for conllu in sources:
        for article in claimx.extract_conllu(conllu, lang=lang):
            masked, _ = mask_unlikely(article.text, lang)
            for claim in article.claims:
                if claim.kind == "event" or claim.cue is None:
                    continue
                checked += 1
                assert masked[claim.cue.start:claim.cue.end] == claim.cue.text, claim.cue.text
                assert masked[claim.content.start:claim.content.end].strip(), claim.content.text
    assert checked >= 5
