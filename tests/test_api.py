"""The public API end to end on real Stanza documents built from CoNLL-U (gold UD PUD trees)."""

from __future__ import annotations

import threading

import pytest

import claimx
from claimx.errors import InputError, LanguageError
from claimx.records import Article
from tests.fixtures import pud_sentences
from tests.fuzz_inputs import all_spans


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_conllu_path_finds_attributions_in_real_news(lang: str) -> None:
    article = claimx.extract(conllu=pud_sentences(lang, 40), published="2017-01-15")
    assert isinstance(article, Article)
    assert article.lang == lang
    assert not article.errors
    assert len(article.claims) >= 5, "PUD news sentences hold many attributions"
    assert all(claim.evidence and claim.evidence.rule for claim in article.claims)
    for span in all_spans(article):
        assert article.text[span.start:span.end] == span.text
    ids = [claim.id for claim in article.claims]
    assert len(set(ids)) == len(ids)


def test_english_quote_with_speaker_after_it() -> None:
    """PUD n01001011: “While much ... is not,” Obama special assistant Kori Schulman wrote ..."""
    article = claimx.extract(conllu=pud_sentences("en", 1))
    claim = article.claims[0]
    assert claim.speaker is not None and "Kori Schulman" in claim.speaker.text
    assert claim.quote in ("direct", "mixed")
    assert claim.content.text.startswith("While much of the digital transition")


def test_output_is_deterministic() -> None:
    first = claimx.extract(conllu=pud_sentences("ar", 20), doc_id="d").model_dump_json()
    second = claimx.extract(conllu=pud_sentences("ar", 20), doc_id="d").model_dump_json()
    assert first == second


def test_extract_conllu_keeps_newdoc_documents_apart() -> None:
    articles = claimx.extract_conllu(pud_sentences("en", 12, keep_documents=True))
    assert len(articles) > 1
    assert len({a.doc_id for a in articles}) == len(articles)


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"text": ""}, InputError),
    ({"text": "   \n"}, InputError),
    ({"text": b"bytes"}, InputError),
    ({"text": "x", "conllu": "y"}, InputError),
    ({"text": "said", "lang": "fr"}, LanguageError),
    ({"text": "said", "published": "yesterday"}, InputError),
    ({"text": "a" * 50, "max_chars": 10}, InputError),
])
def test_bad_input_raises_typed_errors(kwargs: dict, error: type) -> None:
    with pytest.raises(error):
        claimx.extract(**kwargs)


def test_extract_many_never_drops_a_document() -> None:
    items = ["", {"doc_id": "bad-lang", "text": "x", "lang": "fr"}, ("empty", "  "),
             {"text": "ok", "published": "not a date"}]
    articles = list(claimx.extract_many(items))
    assert len(articles) == len(items)
    assert all(article.errors for article in articles)
    assert articles[1].doc_id == "bad-lang"
    assert articles[2].doc_id == "empty"


def test_concurrent_conllu_extraction_gives_identical_results() -> None:
    conllu = pud_sentences("en", 30)
    expected = claimx.extract(conllu=conllu, doc_id="x").model_dump_json()
    results: list[str] = []

    def work() -> None:
        results.append(claimx.extract(conllu=conllu, doc_id="x").model_dump_json())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4
