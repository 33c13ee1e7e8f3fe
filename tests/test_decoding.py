"""The fast path of Stanza's tree decoder gives exactly Stanza's trees."""

from __future__ import annotations

import numpy as np
import pytest
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

from claimx.analyze.decoding import install_fast_decoder, one_root_tree
from tests.conftest import models_available
from tests.fixtures import pud_sentences


@pytest.mark.parametrize("seed", range(40))
def test_same_tree_as_stanza_on_random_scores(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for length in (2, 3, 5, 12, 40, 90):
        scores = rng.normal(size=(length, length)).astype(np.float32)
        if seed % 2:  # peaked scores, like a trained parser: mostly greedy trees, some cycles
            heads = rng.integers(0, length, size=length)
            scores[np.arange(length), heads] += 8.0
        try:
            expected = chuliu_edmonds_one_root(scores.copy())
        except AssertionError:  # Stanza's own check on degenerate root scores: the same failure
            with pytest.raises(AssertionError):
                one_root_tree(scores.copy())
            continue
        assert np.array_equal(one_root_tree(scores.copy()), expected)


def test_cycles_go_to_stanzas_own_search() -> None:
    # Words 1 and 2 prefer each other: the greedy tree has a cycle, the answer must not.
    scores = np.full((3, 3), -5.0)
    scores[1, 2] = scores[2, 1] = 5.0
    scores[1, 0] = scores[2, 0] = 0.0
    tree = one_root_tree(scores.copy())
    assert np.array_equal(tree, chuliu_edmonds_one_root(scores.copy()))
    assert np.count_nonzero(tree[1:] == 0) == 1


@pytest.mark.skipif(not models_available("en"), reason="no English models")
def test_bundled_parser_output_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    from stanza.models.depparse import model as parser_model

    from claimx.analyze.pipeline import get_pipeline

    conllu = pud_sentences("en", 12)
    text = " ".join(line.removeprefix("# text = ")
                    for line in conllu.splitlines() if line.startswith("# text = "))
    pipeline = get_pipeline("en").pipeline
    monkeypatch.setattr(parser_model, "chuliu_edmonds_one_root", chuliu_edmonds_one_root)
    plain = f"{pipeline(text):C}"
    monkeypatch.setattr(parser_model, "chuliu_edmonds_one_root", one_root_tree)
    assert f"{pipeline(text):C}" == plain


def test_install_respects_the_opt_out(monkeypatch: pytest.MonkeyPatch) -> None:
    from stanza.models.depparse import model as parser_model

    monkeypatch.setattr(parser_model, "chuliu_edmonds_one_root", chuliu_edmonds_one_root)
    monkeypatch.setenv("CLAIMX_FAST_DECODER", "0")
    assert install_fast_decoder() is False
    assert parser_model.chuliu_edmonds_one_root is chuliu_edmonds_one_root
    monkeypatch.delenv("CLAIMX_FAST_DECODER")
    assert install_fast_decoder() is True
    assert parser_model.chuliu_edmonds_one_root is one_root_tree
