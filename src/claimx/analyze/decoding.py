"""A fast path for Stanza's dependency-tree decoder, with exactly Stanza's results.

Stanza decodes every sentence's arc scores with Chu-Liu-Edmonds (``chuliu_edmonds_one_root``): it
reweights the root arcs so that no word prefers the root, then contracts the cycles this creates,
finding them with a pure-Python Tarjan search over the whole tree after every contraction. On this
CPU that is about a quarter of the whole pipeline's time (4.0 s of 15.5 s on 10 English news
articles). Three steps, each exact:

- for most sentences of a trained parser each word's best head already forms a tree with one root,
  and then that tree is Stanza's answer (see :func:`one_root_tree`); it is checked in one linear pass;
- otherwise the best tree of all is searched, and when it has one root it is the answer too;
- for the rest, Stanza's own one-root procedure runs with its inner maximum-spanning-tree search
  replaced by :func:`maximum_spanning_tree`: the same contraction and expansion steps (Stanza's numpy
  helpers), but each cycle is found by walking the head chains once (every word has one head, so a
  cycle is a walk that comes back to itself) instead of by Tarjan's search.

The decoder is looked up by Stanza's parser module (and by its repair of heads with two subjects or
objects, which decodes trial trees) at call time, so installing the fast path replaces it for the
whole process (every Stanza pipeline in it, with identical output). ``CLAIMX_FAST_DECODER=0``
leaves Stanza untouched.
"""

from __future__ import annotations

import importlib
import os
import types
from collections.abc import Callable
from functools import cache

import numpy as np


def _first_cycle(heads: list[int]) -> list[int] | None:
    """The words of one cycle of the head chains, or None when every chain reaches the root."""
    state = [0] * len(heads)  # 0 unseen, 1 on the current walk, 2 known to reach the root
    state[0] = 2
    for start in range(1, len(heads)):
        walk = []
        node = start
        while state[node] == 0:
            state[node] = 1
            walk.append(node)
            node = heads[node]
        if state[node] == 1:
            return walk[walk.index(node):]
        for visited in walk:
            state[visited] = 2
    return None


def maximum_spanning_tree(scores: np.ndarray) -> np.ndarray:
    """Stanza's ``chuliu_edmonds(scores)`` (the best tree rooted at 0; ``scores[dependent, head]``).

    The contraction and expansion are Stanza's own functions, so the arithmetic (and the argmax
    tie-breaking) is the same; only the cycle search differs. When one level has several cycles the
    order in which they are contracted may differ from Stanza's, which does not change the best tree.
    Like Stanza's, it prepares ``scores`` in place.
    """
    from stanza.models.common.chuliu_edmonds import (
        expand_contracted_tree,
        prepare_scores,
        process_cycle,
    )

    stack = []
    prepare_scores(scores)
    tree = np.argmax(scores, axis=1)
    cycle = _first_cycle(tree.tolist())
    while cycle is not None:
        in_cycle = np.zeros(len(tree), dtype=bool)
        in_cycle[cycle] = True
        subscores, *expansion = process_cycle(tree, in_cycle, scores)
        stack.append((tree, expansion))
        scores = subscores
        prepare_scores(scores)
        tree = np.argmax(scores, axis=1)
        cycle = _first_cycle(tree.tolist())
    while stack:
        contracted, (tree, expansion) = tree, stack.pop()
        tree = expand_contracted_tree(tree, contracted, *expansion)
    return tree


@cache
def _stanza_one_root_search() -> Callable[[np.ndarray], np.ndarray]:
    """Stanza's ``chuliu_edmonds_one_root`` as installed, calling :func:`maximum_spanning_tree`.

    Built from Stanza's own code object with one global swapped, so whatever one-root strategy the
    installed Stanza uses (root-arc reweighting now, one search per candidate root in older
    releases) is kept exactly.
    """
    from stanza.models.common import chuliu_edmonds

    original = chuliu_edmonds.chuliu_edmonds_one_root
    namespace = {**vars(chuliu_edmonds), "chuliu_edmonds": maximum_spanning_tree}
    return types.FunctionType(original.__code__, namespace, original.__name__,
                              original.__defaults__, original.__closure__)


def one_root_tree(scores: np.ndarray) -> np.ndarray:
    """Stanza's ``chuliu_edmonds_one_root(scores)``, without its search where none is needed.

    Stanza lowers every root arc by one constant so that the best tree has a single root; that moves
    the score of every single-root tree by the same amount, so the single-root tree it finds is the
    best single-root tree under the original scores. When each word's best head (no self-loops, as
    Stanza prepares them) already forms a tree with a single root, that tree is the best of all trees,
    hence that answer; so is the best of all trees found by a search when it has a single root. Only
    sentences whose best tree has several roots go through Stanza's one-root procedure.
    """
    from stanza.models.common import chuliu_edmonds

    work = scores.astype(np.float64)  # a copy: Stanza's scores are not touched
    chuliu_edmonds.prepare_scores(work)
    tree = np.argmax(work, axis=1)
    if np.count_nonzero(tree[1:] == 0) == 1 and _first_cycle(tree.tolist()) is None:
        return tree
    # The best tree of all, when it has a single root, is again the best single-root tree. Searched
    # on the original scores it needs few contractions; Stanza's reweighted root arcs make every
    # word avoid the root at first, so its search contracts the whole sentence cycle by cycle.
    tree = maximum_spanning_tree(work)
    if np.count_nonzero(tree[1:] == 0) == 1:
        return tree
    return _stanza_one_root_search()(scores)


def _decoder_users() -> list[types.ModuleType]:
    """Stanza's modules that import ``chuliu_edmonds_one_root`` by name: the parser, and (Stanza
    1.11+) the repair of heads with two subjects or objects, which decodes a trial tree per
    offending dependent and, through Stanza's search, spent more time than the parser's own trees."""
    modules = []
    for name in ("stanza.models.depparse.model", "stanza.models.depparse.head_constraints"):
        try:
            modules.append(importlib.import_module(name))
        except ImportError:
            continue
    return modules


def install_fast_decoder() -> bool:
    """Route Stanza's tree decoding through :func:`one_root_tree` (once per process); False when
    disabled by ``CLAIMX_FAST_DECODER=0`` or when this Stanza has no such decoder."""
    if os.environ.get("CLAIMX_FAST_DECODER", "1") == "0":
        return False
    try:
        from stanza.models.common import chuliu_edmonds
    except ImportError:
        return False
    installed = False
    for module in _decoder_users():
        current = getattr(module, "chuliu_edmonds_one_root", None)
        if current is chuliu_edmonds.chuliu_edmonds_one_root:
            module.chuliu_edmonds_one_root = one_root_tree  # type: ignore[attr-defined]
            current = one_root_tree
        # anything else was replaced by someone else: leave their choice alone
        installed |= current is one_root_tree
    return installed
