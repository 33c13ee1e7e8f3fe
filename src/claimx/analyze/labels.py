"""Dependency labels scored only on the arcs of the decoded tree, with exactly Stanza's results.

Stanza's graph parser scores every label on every (dependent, head) pair of a batch: a bilinear
product of N x L x L x labels numbers, turned into log-probabilities and copied to numpy, before the
tree decoder has chosen one head per word. Only the arcs of the tree are ever read: each word gets
the best label on its arc, and Stanza's head-constraint repair (``resolve_head_constraints``, which
claimx turns on for every model set) looks at other labels only where a head ends up with two
subjects or two objects. On the pre-filtered benchmark news that quadratic step was a third
of the parser's time (the label scorer's second contraction alone 1.2 s of 5.1 s for 20 English
articles); scoring the tree's arcs only made the whole Stanza pipeline 20 % faster (English 9.7 s →
7.7 s, Arabic 2.9 s → 2.3 s, identical parses).

:func:`predict` runs Stanza's own scorers for the arcs, its decoder and, where a repair is due, its
own repair on the full label scores of that one sentence. The labels are computed on fewer numbers,
so they could differ only where two labels tie to the last float bit. Installing it replaces
``GraphParser.predict`` for the whole process (every pipeline in it); ``CLAIMX_FAST_DECODER=0``
leaves Stanza untouched.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

_stanza_predict: Callable[..., Any] | None = None


@contextmanager
def _labels_deferred(model: Any) -> Iterator[None]:
    """While inside, the label scorer hands back its input instead of scoring all pairs."""
    scorer = model.deprel
    scorer.forward = lambda input1, input2: input1  # an instance attribute shadows the class method
    try:
        yield
    finally:
        del scorer.forward


def _arc_label_log_probs(scorer: Any, features: Any, batch_index: Any, dependents: Any, heads: Any) -> Any:
    """Log-probabilities of every label on the given arcs: Stanza's ``DeepBiaffineScorer`` applied to
    (dependent, head) pairs instead of to all pairs of the batch."""
    import torch
    import torch.nn.functional as F

    def hidden(layer: Any, rows: Any) -> Any:
        values = scorer.hidden_func(layer(features[batch_index, rows]))
        return torch.cat([values, values.new_ones(values.size(0), 1)], 1)  # the biaffine bias unit

    bilinear = scorer.scorer.W_bilin  # weight: (dependent dim, head dim, labels)
    scores = F.bilinear(hidden(scorer.W1, dependents), hidden(scorer.W2, heads),
                        bilinear.weight.permute(2, 0, 1), bilinear.bias)
    return F.log_softmax(scores, 1).numpy()


def _sentence_label_log_probs(scorer: Any, features: Any, index: int, length: int) -> np.ndarray:
    """All pairs of one sentence, as Stanza computes them for the whole batch (for its repair)."""
    import torch.nn.functional as F

    words = features[index:index + 1, :length]
    return F.log_softmax(scorer(words, words), 3)[0].numpy()


def _plain_graph_parser(model: Any) -> bool:
    from stanza.models.common.biaffine import DeepBiaffineScorer, PairwiseBiaffineScorer

    scorer = getattr(model, "deprel", None)
    return not model.training and not model.args.get("use_arc_embedding") and \
        isinstance(scorer, DeepBiaffineScorer) and isinstance(scorer.scorer, PairwiseBiaffineScorer)


def predict(model: Any, *inputs: Any, resolve_head_constraints: bool = False) -> list[list[list[Any]]]:
    """``GraphParser.predict`` with labels scored on the tree's arcs only (see the module docstring)."""
    assert _stanza_predict is not None
    if not _plain_graph_parser(model):
        return _stanza_predict(model, *inputs, resolve_head_constraints=resolve_head_constraints)
    import torch
    import torch.nn.functional as F
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse import head_constraints
    from stanza.models.depparse import model as parser_model

    sentlens = inputs[-3]
    vocab = model.vocab["deprel"]
    with torch.no_grad():
        with _labels_deferred(model):
            unlabeled, features, *_ = model.forward_scores(*inputs)
        arc_log_probs = F.log_softmax(unlabeled, 2).numpy()
        # looked up at call time in Stanza's module, so claimx's tree decoder applies when installed
        trees = [parser_model.chuliu_edmonds_one_root(arc_log_probs[i][:length, :length])
                 for i, length in enumerate(sentlens)]
        batch_index = torch.tensor([i for i, tree in enumerate(trees) for _ in tree[1:]], dtype=torch.long)
        dependents = torch.tensor([j for tree in trees for j in range(1, len(tree))], dtype=torch.long)
        heads = torch.tensor([int(head) for tree in trees for head in tree[1:]], dtype=torch.long)
        arc_labels = _arc_label_log_probs(model.deprel, features, batch_index, dependents, heads)
    predictions = []
    cursor = 0
    for i, tree in enumerate(trees):
        count = len(tree) - 1
        raw_ids = [int(np.argmax(row)) for row in arc_labels[cursor:cursor + count]]
        cursor += count
        if resolve_head_constraints and head_constraints.find_head_constraint_violations(
                tree, vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw_ids])):
            with torch.no_grad():
                full = _sentence_label_log_probs(model.deprel, features, i, len(tree))
            tree, raw_ids = parser_model.resolve_head_constraint_violations(
                arc_log_probs[i][:len(tree), :len(tree)], full, tree, vocab)
        deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw_ids])
        predictions.append([[tree[j + 1], deprels[j]] for j in range(count)])
    return predictions


def install_arc_labels() -> bool:
    """Route Stanza's graph parser through :func:`predict` (once per process); False when disabled by
    ``CLAIMX_FAST_DECODER=0`` or when this Stanza lacks the pieces it calls."""
    global _stanza_predict
    if os.environ.get("CLAIMX_FAST_DECODER", "1") == "0":
        return False
    try:
        from stanza.models.depparse import head_constraints
        from stanza.models.depparse import model as parser_model
    except ImportError:
        return False
    if _stanza_predict is not None:
        return True
    needed = (hasattr(parser_model.GraphParser, "forward_scores") and
              hasattr(parser_model, "resolve_head_constraint_violations") and
              hasattr(head_constraints, "find_head_constraint_violations"))
    if not needed:
        return False
    _stanza_predict = parser_model.GraphParser.predict

    def fast_predict(self: Any, *inputs: Any, resolve_head_constraints: bool = False) -> Any:
        return predict(self, *inputs, resolve_head_constraints=resolve_head_constraints)

    parser_model.GraphParser.predict = fast_predict
    return True
