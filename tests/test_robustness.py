"""Hostile and broken input through the public API: typed errors only, valid offsets and JSON,
deterministic output, no lost documents.

The fuzz tests draw a fixed sample in CI. The long run (documented in docs/robustness.md) scales them:
``CLAIMX_FUZZ_EXAMPLES=10000 python tools/fuzz.py``.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimx
from claimx.errors import ClaimxError, InputError
from claimx.records import Article
from tests.conftest import requires_models
from tests.fuzz_inputs import (
    broken_conllu,
    cheap_texts,
    cue_texts,
    fuzz_settings,
    hostile_texts,
    invariant_problems,
    random_inputs,
)

PUBLISHED = "2023-08-27"


def _is_valid_text(text: str) -> bool:
    return bool(text.strip()) and not any("\ud800" <= ch <= "\udfff" for ch in text)


def check_extract(text: str, *, prefilter: bool = True) -> Article | None:
    """extract() on ``text``: an InputError for empty text or lone surrogates, else an Article that
    keeps the output contract and has no errors."""
    if not _is_valid_text(text):
        with pytest.raises(InputError):
            claimx.extract(text, published=PUBLISHED, prefilter=prefilter)
        return None
    article = claimx.extract(text, published=PUBLISHED, prefilter=prefilter)
    assert article.text == text
    assert invariant_problems(article) == []
    assert article.errors == [], article.errors
    return article


@fuzz_settings(400, share=0.5)
@given(cheap_texts())
def test_fuzz_cheap_garbage(text: str) -> None:
    check_extract(text)


@requires_models
@fuzz_settings(60, share=0.3)
@given(hostile_texts())
def test_fuzz_hostile_text(text: str) -> None:
    check_extract(text)


@requires_models
@fuzz_settings(25, share=0.15)
@given(cue_texts())
def test_fuzz_cue_words_in_garbage_reach_the_parser(text: str) -> None:
    check_extract(text)


@requires_models
@fuzz_settings(6, share=0.02)
@given(cue_texts())
def test_fuzz_without_prefilter_is_deterministic(text: str) -> None:
    first = check_extract(text, prefilter=False)
    second = check_extract(text, prefilter=False)
    if first is not None:
        assert second is not None and first.model_dump_json() == second.model_dump_json()


@fuzz_settings(300, share=0.3)
@given(broken_conllu())
def test_fuzz_broken_conllu_gives_input_errors_or_valid_articles(conllu: str) -> None:
    try:
        articles = claimx.extract_conllu(conllu, published=PUBLISHED)
    except ClaimxError as exc:
        assert isinstance(exc, InputError)
        assert str(exc)
        return
    assert articles
    for article in articles:
        assert invariant_problems(article) == []


_ITEM_FIELDS = {"doc_id": st.text(max_size=4), "lang": st.sampled_from(["ar", "en", "fr", None]),
                "published": st.sampled_from(["2023-08-27", "yesterday", None, "2023-02-30"])}
_ITEMS = st.one_of(cheap_texts(), st.none(), st.integers(), st.binary(max_size=8),
                   st.tuples(st.text(max_size=3), cheap_texts()),
                   st.fixed_dictionaries({"text": cheap_texts()}, optional=_ITEM_FIELDS),
                   st.tuples(st.text(max_size=3)), st.tuples(st.just("a"), st.just("b"), st.just("c")))


@fuzz_settings(100, share=0.05)
@given(st.lists(_ITEMS, max_size=8), st.integers(1, 4))
def test_fuzz_extract_many_keeps_every_item_in_order(items: list[object], batch_size: int) -> None:
    articles = list(claimx.extract_many(items, batch_size=batch_size))  # type: ignore[arg-type]
    assert len(articles) == len(items)
    for item, article in zip(items, articles, strict=True):
        assert invariant_problems(article) == []
        if isinstance(item, tuple) and len(item) == 2 and item[0]:
            assert article.doc_id == item[0]
        if not isinstance(item, (str, tuple, dict)) or (isinstance(item, tuple) and len(item) != 2):
            assert [e.type for e in article.errors] == ["InputError"]
        for error in article.errors:
            assert error.type != "InternalError", error


@pytest.mark.parametrize("conllu", [
    b"1\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\t_\n\n",
    "1\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\t_\n\n".replace("said", "s\ud800id"),
    "",
    "# newdoc id = a\n",
    "1\tx\n",
    "1\tquote\t_\t_\t_\t_\t2\tnsubj\t_\t_\n2\tsaid\t_\t_\t_\t_\t1\troot\t_\t_\n\n",
])
def test_unusable_conllu_raises_input_error(conllu: object) -> None:
    with pytest.raises(InputError):
        claimx.extract(conllu=conllu)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["\ud800", "قال \udfff «نعم»", "said " + "\udc80" * 3])
def test_lone_surrogates_are_an_input_error_and_the_batch_keeps_the_document(text: str) -> None:
    with pytest.raises(InputError, match="lone surrogate"):
        claimx.extract(text)
    [article] = list(claimx.extract_many([{"doc_id": "d\ud800", "text": text}]))
    assert [error.type for error in article.errors] == ["InputError"]
    assert "lone surrogate" in article.errors[0].message
    assert len(article.text) == len(text) and "\ufffd" in article.text
    assert article.doc_id == "d\ufffd"
    json.loads(article.model_dump_json())  # writable


def test_extract_many_turns_a_bad_tuple_into_an_error_record() -> None:
    articles = list(claimx.extract_many([("a", "b", "c"), ("ok", "hello world"), ("x",)]))
    assert [a.doc_id for a in articles] == ["doc-0", "ok", "doc-2"]
    assert "tuple of 3 values" in articles[0].errors[0].message
    assert articles[1].errors == []


MALFORMED = Path(__file__).parent / "fixtures" / "malformed"
EXPECTATIONS: dict[str, dict[str, object]] = json.loads((MALFORMED / "expectations.json").read_text("utf-8"))


@requires_models
def test_malformed_corpus_through_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    """Real text saved wrongly (truncated, wrong encoding, PDF/gzip/HTML as .txt, BOMs, UTF-16, NUL
    bytes, CR/CRLF, control characters): one record per file, the expected error or valid claims."""
    from claimx.cli import EXIT_DOC_ERRORS, main

    code = main(["extract", str(MALFORMED), "--published", PUBLISHED, "--no-progress"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    rows = {row["doc_id"]: row for row in map(json.loads, captured.out.splitlines())}
    assert set(rows) == {Path(name).stem for name in EXPECTATIONS}
    assert code == EXIT_DOC_ERRORS
    for name, expected in EXPECTATIONS.items():
        row = rows[Path(name).stem]
        article = Article.model_validate(row)
        assert invariant_problems(article) == [], name
        if "error" in expected:
            assert [e["type"] for e in row["errors"]] == ["InputError"], name
            assert str(expected["error"]) in row["errors"][0]["message"], (name, row["errors"])
            assert row["claims"] == []
            continue
        assert row["errors"] == [], (name, row["errors"])
        assert not article.text.startswith("\ufeff")
        assert len(row["claims"]) >= int(expected.get("min_claims", 0)), name  # type: ignore[call-overload]
        if "same_claims_as" in expected:
            reference = rows[Path(str(expected["same_claims_as"])).stem]
            assert [c["content"]["text"].split() for c in row["claims"]] == \
                [c["content"]["text"].split() for c in reference["claims"]], name


@requires_models
def test_same_batch_gives_byte_identical_json_with_one_or_two_workers() -> None:
    texts = random_inputs(24, seed=9)
    items = [{"doc_id": f"d{i}", "text": text} for i, text in enumerate(texts)] + ["", None, ("x",)]
    one = [a.model_dump_json() for a in claimx.extract_many(items, published=PUBLISHED, batch_size=5)]
    two = [a.model_dump_json() for a in claimx.extract_many(items, published=PUBLISHED, batch_size=5,
                                                            workers=2)]
    again = [a.model_dump_json() for a in claimx.extract_many(items, published=PUBLISHED, batch_size=5)]
    errors = [e for row in two for e in json.loads(row)["errors"] if e["type"] != "InputError"]
    assert one == two == again, errors[-3:]
    assert len(one) == len(items)
    articles = [Article.model_validate_json(row) for row in one]
    assert all(invariant_problems(article) == [] for article in articles)
    assert sum(len(article.claims) for article in articles) > 0, "cue sentences reached the rules"
    assert [bool(article.errors) for article in articles[-3:]] == [True, True, True]


@requires_models
def test_concurrent_extract_on_real_text_through_the_bundled_models() -> None:
    """Threads share the cached pipelines (one lock per language): results equal the sequential ones."""
    texts = [path.read_text(encoding="utf-8")[:1500] for path in sorted(Path("seeds").glob("*.txt"))[:4]]
    texts += [texts[0], texts[1]]
    expected = [claimx.extract(text, published=PUBLISHED, doc_id=str(i)).model_dump_json()
                for i, text in enumerate(texts)]
    results: dict[int, str] = {}
    failures: list[BaseException] = []
    barrier = threading.Barrier(len(texts))

    def work(index: int) -> None:
        try:
            barrier.wait()
            results[index] = claimx.extract(texts[index], published=PUBLISHED,
                                            doc_id=str(index)).model_dump_json()
        except BaseException as exc:  # collected and re-raised in the main thread
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert [results[i] for i in range(len(texts))] == expected
    assert any(json.loads(row)["claims"] for row in expected)


def test_concurrent_first_use_builds_one_pipeline_per_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many threads asking for a pipeline at once build it once and all get the same object."""
    from claimx.analyze import pipeline

    built: list[str] = []

    def fake_build(models: object) -> object:
        built.append("x")
        return object()

    monkeypatch.setattr(pipeline, "_build", fake_build)
    monkeypatch.setattr(pipeline, "_cache", {})
    got: list[object] = []
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        got.append(pipeline.get_pipeline("en"))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1
    assert len(got) == 8 and all(g is got[0] for g in got)
