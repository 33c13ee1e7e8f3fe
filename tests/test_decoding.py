"""The fast path of Stanza's tree decoder gives exactly Stanza's trees."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from stanza.models.common.chuliu_edmonds import chuliu_edmonds, chuliu_edmonds_one_root

from claimx.analyze.decoding import install_fast_decoder, maximum_spanning_tree, one_root_tree
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


@pytest.mark.parametrize("seed", range(20))
def test_spanning_tree_search_matches_stanzas_on_cyclic_scores(seed: int) -> None:
    # Unpeaked random scores: the greedy heads form many cycles, nested contractions are common.
    rng = np.random.default_rng(1000 + seed)
    for length in (3, 6, 15, 50, 120):
        scores = rng.normal(size=(length, length))
        assert np.array_equal(maximum_spanning_tree(scores.copy()), chuliu_edmonds(scores.copy()))


def _best_tree_by_enumeration(scores: np.ndarray) -> tuple[int, ...]:
    length = len(scores)
    best, best_score = None, -np.inf
    for heads in itertools.product(range(length), repeat=length - 1):
        tree = (0, *heads)
        if any(head == word for word, head in enumerate(tree) if word):
            continue
        reaches_root = True
        for word in range(1, length):
            seen, node = set(), word
            while node and node not in seen:
                seen.add(node)
                node = tree[node]
            reaches_root &= node == 0
        score = sum(scores[word, tree[word]] for word in range(1, length))
        if reaches_root and score > best_score:
            best, best_score = tree, score
    assert best is not None
    return best


@pytest.mark.parametrize("seed", range(30))
def test_spanning_tree_search_is_the_best_tree(seed: int) -> None:
    scores = np.random.default_rng(2000 + seed).normal(size=(5, 5))
    assert tuple(maximum_spanning_tree(scores.copy()).tolist()) == _best_tree_by_enumeration(scores)


def test_greedy_cycles_are_broken_as_stanza_breaks_them() -> None:
    # Words 1 and 2 prefer each other: the greedy tree has a cycle, the answer must not.
    scores = np.full((3, 3), -5.0)
    scores[1, 2] = scores[2, 1] = 5.0
    scores[1, 0] = scores[2, 0] = 0.0
    tree = one_root_tree(scores.copy())
    assert np.array_equal(tree, chuliu_edmonds_one_root(scores.copy()))
    assert np.count_nonzero(tree[1:] == 0) == 1


@pytest.mark.skipif(not models_available("en"), reason="no English models")
def test_bundled_parser_output_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    from stanza.models.depparse import head_constraints
    from stanza.models.depparse import model as parser_model

    from claimx.analyze.pipeline import get_pipeline

    # enough news sentences that the head-constraint repair decodes trial trees too
    conllu = pud_sentences("en", 60)
    text = " ".join(line.removeprefix("# text = ")
                    for line in conllu.splitlines() if line.startswith("# text = "))
    pipeline = get_pipeline("en").pipeline
    for decoder in (chuliu_edmonds_one_root, one_root_tree):
        for module in (parser_model, head_constraints):
            monkeypatch.setattr(module, "chuliu_edmonds_one_root", decoder)
        parsed = f"{pipeline(text):C}"
        if decoder is chuliu_edmonds_one_root:
            plain = parsed
    assert parsed == plain


def test_install_respects_the_opt_out(monkeypatch: pytest.MonkeyPatch) -> None:
    from stanza.models.depparse import head_constraints
    from stanza.models.depparse import model as parser_model

    for module in (parser_model, head_constraints):
        monkeypatch.setattr(module, "chuliu_edmonds_one_root", chuliu_edmonds_one_root)
    monkeypatch.setenv("CLAIMX_FAST_DECODER", "0")
    assert install_fast_decoder() is False
    assert parser_model.chuliu_edmonds_one_root is chuliu_edmonds_one_root
    monkeypatch.delenv("CLAIMX_FAST_DECODER")
    assert install_fast_decoder() is True
    # the parser's trees and the trial trees of its head-constraint repair both take the fast path
    assert parser_model.chuliu_edmonds_one_root is one_root_tree
    assert head_constraints.chuliu_edmonds_one_root is one_root_tree


def test_someone_elses_decoder_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from stanza.models.depparse import head_constraints
    from stanza.models.depparse import model as parser_model

    def their_decoder(scores: np.ndarray) -> np.ndarray:
        return chuliu_edmonds_one_root(scores)

    monkeypatch.setattr(parser_model, "chuliu_edmonds_one_root", their_decoder)
    monkeypatch.setattr(head_constraints, "chuliu_edmonds_one_root", chuliu_edmonds_one_root)
    assert install_fast_decoder() is True
    assert parser_model.chuliu_edmonds_one_root is their_decoder
    assert head_constraints.chuliu_edmonds_one_root is one_root_tree
