"""A guard on the tokenizer's multiword-token decisions, from the model's own vocabulary.

The compact Arabic tokenizer learnt from ~800 sentences that a word starting with و, ب, ل ... is
often a clitic plus a word (وقال = و + قال), and applies it to words whose first letter is part of
the stem: وزير becomes و + زير, وكالة becomes و + كالة, and the parse of the whole phrase breaks
("نائب وزير الخارجية" loses its head noun). The word vectors the models were trained with know
better: "وزير" is one of the most frequent forms of news text, "زير" is absent. This guard runs as
Stanza's ``tokenize_postprocessor`` and unmarks such tokens, so the MWT expander leaves them whole.

Only the languages with ``resources/<lang>/tokens.json`` are guarded; the rule is deliberately
one-sided (it only ever undoes a split) so that a correct split is kept whenever the remainder is
itself a common word (بمناسبة = ب + مناسبة stays split).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimx.resources import has_resource, load_json

# Stanza's postprocessor format: per sentence, a token is its text, or (text, True) for an MWT.
DraftToken = str | tuple[str, bool]


@dataclass(frozen=True)
class MwtGuard:
    """Undo MWT marks on words whose first letter is not a clitic (see the module docstring)."""

    ranks: Mapping[str, int]  # word -> frequency rank in the model's vocabulary (0 = most frequent)
    proclitics: frozenset[str]
    rarer_factor: float

    def keeps_whole(self, token: str) -> bool:
        if len(token) < 3 or token[0] not in self.proclitics:
            return False
        whole = self.ranks.get(token)
        if whole is None:
            return False
        remainder = self.ranks.get(token[1:])
        return remainder is None or remainder > self.rarer_factor * (whole + 1)

    def __call__(self, sentences: Sequence[Sequence[DraftToken]]) -> list[list[DraftToken]]:
        repaired: list[list[DraftToken]] = []
        for sentence in sentences:
            tokens: list[DraftToken] = []
            for token in sentence:
                if isinstance(token, tuple) and token[1] and self.keeps_whole(token[0]):
                    tokens.append(token[0])
                else:
                    tokens.append(token)
            repaired.append(tokens)
        return repaired


def mwt_guard(lang: str, pretrain_path: Path | None) -> MwtGuard | None:
    """The guard for ``lang`` built from the vocabulary of ``pretrain_path``, or None when the language
    has no token resource or no vocabulary is at hand."""
    if pretrain_path is None or not has_resource(lang, "tokens.json"):
        return None
    from stanza.models.common.pretrain import Pretrain

    config = load_json(lang, "tokens")
    vocabulary = Pretrain(str(pretrain_path)).vocab
    # Pretrain vocabularies list words by frequency (as the vectors file did), after a few specials.
    ranks = {vocabulary.id2unit(index): index for index in range(len(vocabulary))}
    return MwtGuard(ranks, frozenset(config["proclitics"]), float(config["rarer_factor"]))
