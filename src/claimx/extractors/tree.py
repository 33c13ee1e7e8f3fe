"""Small pure helpers over one Stanza sentence: children, subtrees, character spans.

Stanza gives words of a multi-word token (Arabic "وقال" = "و" + "قال") no character offsets of their
own; :func:`word_offsets` falls back to the token's, so every word still maps to the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from stanza.models.common.doc import Sentence, Word

# Relations that start a new clause or a loose attachment: a noun phrase stops there.
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "csubj", "acl:relcl", "list", "discourse",
                     "vocative", "dislocated", "reparandum", "orphan", "root"})


@dataclass(frozen=True)
class ParsedSentence:
    """A sentence with the indexes the rules keep asking for (built once per sentence)."""

    index: int
    sentence: Sentence

    @cached_property
    def words(self) -> tuple[Word, ...]:
        return tuple(self.sentence.words)

    @cached_property
    def children(self) -> dict[int, tuple[Word, ...]]:
        table: dict[int, list[Word]] = {}
        for word in self.words:
            table.setdefault(word.head or 0, []).append(word)
        return {head: tuple(kids) for head, kids in table.items()}

    @cached_property
    def offsets(self) -> dict[int, tuple[int, int]]:
        spans: dict[int, tuple[int, int]] = {}
        for token in self.sentence.tokens:
            for word in token.words:
                start = word.start_char if word.start_char is not None else token.start_char
                end = word.end_char if word.end_char is not None else token.end_char
                spans[word.id] = (int(start or 0), int(end or 0))
        return spans

    @property
    def start(self) -> int:
        return min(start for start, _ in self.offsets.values()) if self.offsets else 0

    @property
    def end(self) -> int:
        return max(end for _, end in self.offsets.values()) if self.offsets else 0

    def word(self, word_id: int) -> Word:
        return self.words[word_id - 1]

    def kids(self, word: Word, *deprels: str) -> tuple[Word, ...]:
        found = self.children.get(word.id, ())
        if not deprels:
            return found
        return tuple(kid for kid in found if base_relation(kid.deprel) in deprels or kid.deprel in deprels)

    def parent(self, word: Word) -> Word | None:
        return self.word(word.head) if word.head else None

    def subtree(self, word: Word, *, stop: frozenset[str] = frozenset(),
                exclude: Iterable[int] = ()) -> list[int]:
        """Ids of ``word`` and its descendants, not entering relations in ``stop`` or ids in ``exclude``."""
        excluded = set(exclude)
        found: list[int] = []
        pending = [word]
        while pending:
            current = pending.pop()
            if current.id in excluded:
                continue
            found.append(current.id)
            pending.extend(kid for kid in self.children.get(current.id, ())
                           if kid.deprel not in stop and base_relation(kid.deprel) not in stop)
        return sorted(found)

    def span(self, word_ids: Iterable[int]) -> tuple[int, int] | None:
        """Character span covering the words, with punctuation trimmed from both edges."""
        ids = sorted(set(word_ids))
        while ids and self.word(ids[0]).upos == "PUNCT":
            ids.pop(0)
        while ids and self.word(ids[-1]).upos == "PUNCT":
            ids.pop()
        if not ids:
            return None
        return self.offsets[ids[0]][0], self.offsets[ids[-1]][1]

    def word_at(self, char: int) -> Word | None:
        for word in self.words:
            start, end = self.offsets[word.id]
            if start <= char < end:
                return word
        return None


def base_relation(deprel: str | None) -> str:
    """``nsubj:pass`` → ``nsubj``; subtypes refine, the base decides the role."""
    return (deprel or "").split(":")[0]


def contiguous(ids: Sequence[int], around: int) -> list[int]:
    """The run of consecutive ids that contains ``around`` (a phrase must not jump over the verb)."""
    if around not in ids:
        return []
    ordered = sorted(ids)
    position = ordered.index(around)
    low = high = position
    while low > 0 and ordered[low - 1] == ordered[low] - 1:
        low -= 1
    while high + 1 < len(ordered) and ordered[high + 1] == ordered[high] + 1:
        high += 1
    return ordered[low:high + 1]


def feats(word: Word) -> dict[str, str]:
    if not word.feats:
        return {}
    return dict(item.split("=", 1) for item in word.feats.split("|") if "=" in item)
