"""Labels scored on the decoded tree's arcs only give exactly Stanza's parses."""

from __future__ import annotations

import pytest
from stanza.models.depparse import head_constraints
from stanza.models.depparse import model as parser_model

from claimx.analyze import labels
from tests.conftest import models_available
from tests.fixtures import pud_sentences


def _text(lang: str, count: int) -> str:
    conllu = pud_sentences(lang, count)
    return " ".join(line.removeprefix("# text = ")
                    for line in conllu.splitlines() if line.startswith("# text = "))


def _parses(lang: str, text: str) -> tuple[str, str]:
    """The CoNLL-U of ``text`` parsed with Stanza's own ``predict``, then with claimx's."""
    from claimx.analyze.pipeline import get_pipeline

    pipeline = get_pipeline(lang).pipeline
    assert labels.install_arc_labels()
    fast = parser_model.GraphParser.predict
    parser_model.GraphParser.predict = labels._stanza_predict
    try:
        plain = f"{pipeline(text):C}"
    finally:
        parser_model.GraphParser.predict = fast
    return plain, f"{pipeline(text):C}"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_bundled_parser_output_is_unchanged(lang: str) -> None:
    if not models_available(lang):
        pytest.skip("no models")
    plain, fast = _parses(lang, _text(lang, 40))
    assert fast == plain


@pytest.mark.skipif(not models_available("en"), reason="no English models")
@pytest.mark.filterwarnings("ignore:resolve_head_constraint_violations hit its max_iterations")
def test_head_constraint_repairs_are_stanzas(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimx.analyze.pipeline import get_pipeline

    # The bundled models were saved with Stanza's repair of a head's second subject or object off
    # (official ones have it on), and real parses rarely need it: turn it on and make "punct" and
    # "advmod" singletons too, so that most sentences need the repair on full label scores.
    config = get_pipeline("en").pipeline.processors["depparse"].config
    monkeypatch.setitem(config, "resolve_head_constraints", True)
    calls: list[int] = []
    find = head_constraints.find_head_constraint_violations

    def counted(tree, deprels):  # type: ignore[no-untyped-def]
        found = find(tree, deprels)
        calls.append(len(found))
        return found

    groups = {**head_constraints.DEPREL_TO_GROUP, "punct": "punct", "advmod": "advmod"}
    monkeypatch.setattr(head_constraints, "DEPREL_TO_GROUP", groups)
    monkeypatch.setattr(head_constraints, "find_head_constraint_violations", counted)
    plain, fast = _parses("en", _text("en", 25))
    assert fast == plain
    assert sum(1 for found in calls if found) >= 5


def test_install_respects_the_opt_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "_stanza_predict", None)
    monkeypatch.setattr(parser_model.GraphParser, "predict", parser_model.GraphParser.predict)
    original = parser_model.GraphParser.predict
    monkeypatch.setenv("CLAIMX_FAST_DECODER", "0")
    assert labels.install_arc_labels() is False
    assert parser_model.GraphParser.predict is original
    monkeypatch.delenv("CLAIMX_FAST_DECODER")
    assert labels.install_arc_labels() is True
    assert parser_model.GraphParser.predict is not original
    assert labels._stanza_predict is original


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_running_pipeline_gives_no_head_two_subjects_or_objects(lang: str) -> None:
    # Stanza repairs such heads in a running pipeline; the bundled models store its trainer's "off",
    # which claimx overrides (the compact Arabic parser made "سيرجي" and "ريابكوف" two subjects).
    if not models_available(lang):
        pytest.skip("no models")
    from claimx.analyze.pipeline import get_pipeline

    document = get_pipeline(lang).pipeline(_text(lang, 40))
    violations = [found for sentence in document.sentences
                  for found in head_constraints.find_head_constraint_violations(
                      [0, *(word.head for word in sentence.words)], [word.deprel for word in sentence.words])]
    assert violations == []
