"""Small pure helpers over one Stanza sentence: children, subtrees, character spans.

Stanza gives words of a multi-word token (Arabic "وقال" = "و" + "قال") no character offsets of their
own; :attr:`ParsedSentence.offsets` falls back to the token's, so every word still maps to the text.

The rules read the tree through :class:`ParsedSentence` (``ps.head(word)``, ``ps.deprel(word)``,
``ps.upos(word)``), never through the words' own fields, because the view repairs two habits of
noisy predicted trees without touching Stanza's words: the UD v1 tag ``CONJ`` reads as ``CCONJ``,
and a sentence-initial conjunction parsed as the root ("و" root, the real verb its ``parataxis``
or ``conj``) hands the root role to its first verbal child and becomes that verb's ``cc``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from stanza.models.common.doc import Sentence, Word

from claimx.extractors.lexicon import fold

# Relations that start a new clause or a loose attachment: a noun phrase stops there.
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "csubj", "acl:relcl", "list", "discourse",
                     "vocative", "dislocated", "reparandum", "orphan", "root"})
COORDINATORS = frozenset({"و", "ف"})   # Arabic clause-initial conjunctions (folded forms)
VERBAL = frozenset({"VERB", "AUX"})
GLUED_PUNCTUATION = frozenset(",،;؛")
UPOS_ALIASES = {"CONJ": "CCONJ"}      # UD v1 label still produced by some models


@dataclass(frozen=True)
class ParsedSentence:
    """A sentence with the indexes the rules keep asking for (built once per sentence)."""

    index: int
    sentence: Sentence
    # The whole block's text, which the sentence's offsets index. Quotations, dates and quantities
    # are read from it, so they may run through sentences that were never parsed (the pre-pass
    # blanks sentences without a cue before Stanza runs; their characters are still here).
    text: str

    @cached_property
    def words(self) -> tuple[Word, ...]:
        return tuple(self.sentence.words)

    @cached_property
    def _arcs(self) -> dict[int, tuple[int, str]]:
        """(head, deprel) of every word, after the conjunction-root repair."""
        arcs = {word.id: (int(word.head or 0), word.deprel or "") for word in self.words}
        for root in [word for word in self.words if not word.head]:
            if self.upos(root) != "CCONJ" and fold(root.text) not in COORDINATORS:
                continue
            kids = [word for word in self.words if word.head == root.id and self.upos(word) != "PUNCT"]
            verbal = [kid for kid in kids if self.upos(kid) in VERBAL] or \
                [kid for kid in kids if base_relation(kid.deprel) in {"parataxis", "conj", "ccomp"}]
            if not verbal:
                continue
            new_root = verbal[0]
            arcs[new_root.id] = (0, "root")
            arcs[root.id] = (new_root.id, "cc")
            for kid in self.words:  # the conjunction's other dependents now hang off the verb
                if kid.head == root.id and kid.id != new_root.id:
                    arcs[kid.id] = (new_root.id, kid.deprel or "")
        return arcs

    def head(self, word: Word) -> int:
        """Id of the word's head (0 for the root), in the repaired tree."""
        return self._arcs[word.id][0]

    def deprel(self, word: Word) -> str:
        return self._arcs[word.id][1]

    def upos(self, word: Word) -> str:
        tag = word.upos or ""
        return UPOS_ALIASES.get(tag, tag)

    @cached_property
    def roots(self) -> tuple[Word, ...]:
        return tuple(word for word in self.words if not self.head(word))

    @cached_property
    def children(self) -> dict[int, tuple[Word, ...]]:
        table: dict[int, list[Word]] = {}
        for word in self.words:
            table.setdefault(self.head(word), []).append(word)
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

    @cached_property
    def token_offsets(self) -> dict[int, tuple[int, int]]:
        """Character span of the whole token each word belongs to ("وأضاف" for the word "أضاف")."""
        spans: dict[int, tuple[int, int]] = {}
        for token in self.sentence.tokens:
            for word in token.words:
                spans[word.id] = (int(token.start_char or 0), int(token.end_char or 0))
        return spans

    def token_words(self, word: Word) -> list[int]:
        """Ids of the words of the whole token ``word`` belongs to, in order ("وأضاف": و, أضاف)."""
        span = self.token_offsets[word.id]
        return [other.id for other in self.words if self.token_offsets[other.id] == span]

    def token_text(self, word: Word) -> str:
        """The whole token a word belongs to, as written ("قوله" for the word "قول")."""
        start, end = self.token_offsets[word.id]
        return self.text[start:end]

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
        return tuple(kid for kid in found
                     if base_relation(self.deprel(kid)) in deprels or self.deprel(kid) in deprels)

    def parent(self, word: Word) -> Word | None:
        head = self.head(word)
        return self.word(head) if head else None

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
                           if self.deprel(kid) not in stop and base_relation(self.deprel(kid)) not in stop)
        return sorted(found)

    def span(self, word_ids: Iterable[int]) -> tuple[int, int] | None:
        """Character span covering the words, with punctuation trimmed from both edges."""
        ids = sorted(set(word_ids))
        while ids and self.upos(self.word(ids[0])) == "PUNCT":
            ids.pop(0)
        while ids and self.upos(self.word(ids[-1])) == "PUNCT":
            ids.pop()
        if not ids:
            return None
        start, end = self.offsets[ids[0]][0], self.offsets[ids[-1]][1]
        # "الرفاعي،": a comma the tokenizer left glued to the last word is not part of the span.
        while end - 1 > start and self.text[end - 1] in GLUED_PUNCTUATION:
            end -= 1
        return start, end

    def last_word_by(self, char: int) -> int:
        """Id of the last word that ends at or before ``char`` (0 when none does)."""
        return max((word.id for word in self.words if self.offsets[word.id][1] <= char), default=0)

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
