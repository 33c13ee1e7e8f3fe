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

The same postprocessor detaches punctuation glued to a word. The training text (UD PUD) sets
punctuation off with spaces, news writes "العلي، مدير" and "«الرياض»": the compact tokenizer keeps
"العلي،" and "«انتهى»؛" as one word, and the parser then reads a name and its comma as one noun.
The marks that never belong to a word (``leading_punctuation``, ``trailing_punctuation``) become
tokens of their own; Stanza finds every token again in the raw text, so offsets stay exact.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimx.resources import has_resource, load_json

if TYPE_CHECKING:
    import stanza

# Stanza's postprocessor format: per sentence, a token is its text, or (text, True) for an MWT.
DraftToken = str | tuple[str, bool]


MAX_SUFFIXED_STEM = 3  # letters of a stem the guard lets the expander split a pronoun suffix from
# (bound, free): how a stem's last letter is written before a suffix and at the end of a word
BOUND_SPELLINGS = (("ت", "ة"), ("ا", "ى"), ("ي", "ى"), ("ئ", "ء"), ("ؤ", "ء"))


@dataclass(frozen=True)
class MwtGuard:
    """Undo MWT marks on words whose first letter is not a clitic (see the module docstring)."""

    ranks: Mapping[str, int]  # word -> frequency rank in the model's vocabulary (0 = most frequent)
    proclitics: frozenset[str]
    rarer_factor: float
    leading_punctuation: frozenset[str] = frozenset()
    trailing_punctuation: frozenset[str] = frozenset()
    name_openers: frozenset[str] = frozenset()  # "الملك", "بن": the next word is a name (فيصل, فهد)
    enclitics: frozenset[str] = frozenset()  # "ها": "منوها" is a participle, not منو + ها
    # "سي", "د": a period after these does not end a sentence ("سي. إن. إن.", "د. محمد")
    abbreviations: frozenset[str] = frozenset()
    known_remainder_proclitics: frozenset[str] = frozenset()  # "س": split only before a known word
    unknown_stem_enclitics: frozenset[str] = frozenset()  # "ه": kept on a word whose stem is unknown
    # "ب", "ل": split off a word the tokenizer left whole when the rest is a far more frequent word
    # ("وطالب بفتح قنوات": ب + فتح, which the parser otherwise takes for the verb's subject)
    missed_proclitics: frozenset[str] = frozenset()
    missed_factor: float = 5.0
    # "و", "ف": conjunctions that never change the word after them, split off as written when the
    # rest is a word of the vocabulary ("وتعهد": و + تعهد), see ``literal_expansion``
    plain_proclitics: frozenset[str] = frozenset()
    stacked_proclitics: frozenset[str] = frozenset()  # "س": may follow another one ("وسيشهد")
    common_stem_rank: int = 3000  # a stem this frequent before a pronoun suffix is a word ("قوله")

    def keeps_whole(self, token: str) -> bool:
        token = _unvocalized(token)  # the vocabulary is written without diacritics ("بروحٍ": روح)
        whole = self.ranks.get(token)
        if whole is None:
            # "ستابلكامب", "سيارتها": the future س goes on verbs a news vocabulary knows; after it an
            # unknown remainder is a name or a noun, not س + a verb. So for the prepositions: "بيسكوف",
            # "لودفيج" are names, not ب + يسكوف, ل + ودفيج; "بالمستوصفات" has the article after ب.
            return len(token) >= 4 and token[0] in self.known_remainder_proclitics and \
                not self._known_remainder(token)
        if len(token) >= 3 and token[0] in self.proclitics:
            if self._suffixed(token, whole):
                return False  # "فيه", "بينهما", "لديه": a known word and a pronoun, not ف + يه
            # "للسلام" is ل + (ا)لسلام: the article's alef is dropped after ل
            remainder = self.ranks.get(token[1:]) if not token.startswith("لل") else \
                self.ranks.get("ا" + token[1:], self.ranks.get(token[1:]))
            return remainder is None or remainder > self.rarer_factor * (whole + 1)
        # A pronoun suffix is split off a common word ("عنها": عن + ها); a remainder rarer than the
        # whole form is no word of its own ("منوها" is not منو + ها).
        # "عبدالله" is not عبدالل + ه, but "قوله" (more frequent than قول) is قول + ه: a suffix of
        # ``unknown_stem_enclitics`` is kept only on a stem the vocabulary does not know at all.
        suffix = next((ending for ending in self._suffixes if token.endswith(ending)), None)
        if suffix is None or len(token) - len(suffix) < 2:
            return False
        ranks = self._stem_ranks(token[:-len(suffix)])
        if suffix not in self.enclitics:
            return not ranks
        return not ranks or min(ranks) > whole

    @property
    def _suffixes(self) -> tuple[str, ...]:
        return (*self.enclitics, *self.unknown_stem_enclitics)

    def _stem_ranks(self, stem: str) -> list[int]:
        """The ranks of ``stem`` as written before a suffix and with its last letter free: a noun's ة
        and ى are written ت and ا before a suffix ("زيارتها" is زيارة + ها)."""
        spellings = [stem] + [stem[:-1] + free for bound, free in BOUND_SPELLINGS if stem.endswith(bound)]
        return [self.ranks[spelling] for spelling in spellings if spelling in self.ranks]

    def _suffixed(self, token: str, whole: int) -> bool:
        """``token`` (of rank ``whole``) is a short word, more frequent than the whole form, with a
        pronoun suffix ("فيه": في + ه, "بينهما", "لديه"). Longer stems that start with a clitic letter
        stay whole: the expander would split "وصوله" as و + صول + ه."""
        for suffix in self._suffixes:
            stem = token[:-len(suffix)]
            if token.endswith(suffix) and 2 <= len(stem) <= MAX_SUFFIXED_STEM and \
                    any(rank < whole for rank in self._stem_ranks(stem)):
                return True
        return False

    def _known_with_suffix(self, word: str) -> bool:
        """``word`` is in the vocabulary, or is a known word with a pronoun suffix ("يأخذه", "سيارته")."""
        if word in self.ranks:
            return True
        return any(word.endswith(suffix) and self._stem_ranks(word[:-len(suffix)])
                   for suffix in self._suffixes)

    def _known_remainder(self, token: str) -> bool:
        """``token`` without its first letter is a known word (with or without a pronoun suffix), or
        opens with the article, which only ever follows a clitic ("بالمستوصفات", "للمستوصفات"), or with
        a hamza on its alef, as verbal nouns do and transliterated names seldom ("بإسقاطي")."""
        rest = token[1:]
        return rest.startswith(("ال", "أ", "إ", "آ")) or token.startswith("لل") or \
            self._known_with_suffix(rest)

    def detached(self, text: str) -> tuple[str, str, str]:
        """``text`` as (leading marks, word, trailing marks); the word keeps at least one character."""
        start, end = 0, len(text)
        while start < end - 1 and text[start] in self.leading_punctuation:
            start += 1
        while end > start + 1 and text[end - 1] in self.trailing_punctuation:
            end -= 1
        return text[:start], text[start:end], text[end:]

    def _repaired(self, token: DraftToken, after_name_opener: bool) -> list[DraftToken]:
        text, multiword = (token[0], bool(token[1])) if isinstance(token, tuple) else (token, False)
        leading, word, trailing = self.detached(text)
        if leading or trailing:
            # The mark alone may be what made the tokenizer call it a multiword token ("«الرياض»").
            multiword = multiword and word[:1] in self.proclitics
        if after_name_opener and not leading:
            multiword = False  # "الملك فيصل", "بن فهد": a name, not ف + يصل
        if multiword:
            core: DraftToken = word if self.keeps_whole(word) else (word, True)
        else:
            core = (word, True) if not after_name_opener and self.missed_split(word) else word
        return [*leading, core, *trailing]

    def literal_expansion(self, token: str) -> list[str] | None:
        """A ``plain_proclitics`` token as its letter and the rest, as written ("وتعهد": و + تعهد), when
        the rest is a word of the vocabulary. The expander learnt from ~800 sentences and splits a verb
        it has not seen at a letter that looks like a pronoun ("واتهم" → و + ات + هم, "ونوه" → و + نو +
        ه, "ستشهد" → ستش + هد). None, so the expander decides, when the rest is a common word with a
        pronoun suffix ("وقوله": و + قول + ه, "ومنهم") or opens with a clitic ("وبالتالي", "وللسلام")."""
        if len(token) < 3 or token[0] not in self.plain_proclitics:
            return None
        rest = token[1:]
        if rest[0] in self.stacked_proclitics and self._rarer_than_its_rest(rest) and \
                (inner := self.literal_expansion(rest)) is not None:
            return [token[0], *inner]  # "وسيشهد": و + س + يشهد; "ووعد" is و + وعد, not و + و + عد
        whole = self.ranks.get(token)
        # a feminine past the vocabulary lacks is known by its masculine ("ونوهت": نوه + ت)
        known = rest in self.ranks or (rest.endswith("ت") and len(rest) >= 4 and rest[:-1] in self.ranks)
        if not known or (whole is not None and self._suffixed(token, whole)):
            return None  # "فيه" is في + ه, not ف + يه
        if rest[0] in self.proclitics and (rest[1:] in self.ranks or rest.startswith("لل")):
            return None
        for suffix in self._suffixes:
            stem = rest[:-len(suffix)]
            if rest.endswith(suffix) and len(stem) >= 2 and \
                    any(rank < self.common_stem_rank for rank in self._stem_ranks(stem)):
                return None
        return [token[0], rest]

    def _rarer_than_its_rest(self, word: str) -> bool:
        """``word`` is unknown or rarer than itself without its first letter ("سيشهد" against "يشهد"),
        so that letter is a clitic; "واصل" is more frequent than "اصل" and a word of its own."""
        whole, rest = self.ranks.get(word), self.ranks.get(word[1:])
        return rest is not None and (whole is None or whole > rest)

    def missed_split(self, token: str) -> bool:
        """Whether a token the tokenizer left whole is a ``missed_proclitics`` letter and a word far
        more frequent than the whole form ("بفتح": فتح); never the article's لل, nor an unknown rest."""
        if len(token) < 4 or token[0] not in self.missed_proclitics or token.startswith("لل"):
            return False
        remainder = self.ranks.get(token[1:])
        if remainder is None:
            return False
        whole = self.ranks.get(token)
        return whole is None or self.missed_factor * (remainder + 1) < whole

    def _sentence(self, sentence: Sequence[DraftToken]) -> list[DraftToken]:
        repaired: list[DraftToken] = []
        previous = ""
        for token in sentence:
            repaired.extend(self._repaired(token, previous in self.name_openers))
            previous = token[0] if isinstance(token, tuple) else token
        return repaired

    def _ends_with_abbreviation(self, sentence: Sequence[DraftToken]) -> bool:
        texts = [token[0] if isinstance(token, tuple) else token for token in sentence[-2:]]
        if texts[-1:] == ["."] and len(texts) == 2:
            return abbreviation_key(texts[0]) in self.abbreviations
        glued = bool(texts) and texts[-1].endswith(".")  # "سي." as one token
        return glued and abbreviation_key(texts[-1][:-1]) in self.abbreviations

    def __call__(self, sentences: Sequence[Sequence[DraftToken]]) -> list[list[DraftToken]]:
        # The compact tokenizer ends a sentence at "سي." of "سي. إن. إن." (its training text has no
        # acronyms written with letter names): such a sentence goes on into the next.
        joined: list[list[DraftToken]] = []
        for sentence in sentences:
            repaired = self._sentence(sentence)
            if joined and self._ends_with_abbreviation(joined[-1]):
                joined[-1].extend(repaired)
            else:
                joined.append(repaired)
        return joined


MAX_LABEL_TOKENS = 4  # "Trump:", "Bernie Sanders:": a name before a colon, not a sentence


def join_after_labels(sentences: Sequence[Sequence[DraftToken]]) -> list[list[DraftToken]]:
    """Stanza's ``tokenize_postprocessor`` for the compact models of languages without a token guard:
    the compact English tokenizer ends a "sentence" at the colon after a name ("Trump: My immigration
    plans aren't set in stone."), and what the colon announces is that name's claim, so such a label
    goes on into the next sentence."""
    joined: list[list[DraftToken]] = []
    for sentence in sentences:
        previous = joined[-1] if joined else []
        last = previous[-1] if previous else ""
        label = 1 < len(previous) <= MAX_LABEL_TOKENS + 1 and \
            (last[0] if isinstance(last, tuple) else last) in {":", "："}
        if label:
            previous.extend(sentence)
        else:
            joined.append(list(sentence))
    return joined


_HAMZA_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
# harakat, tanwin, shadda, sukun, dagger alef and tatweel: claimx.ingest removes them before analysis,
# but analyze_texts also reads text that did not go through it (UD PUD is vocalized in places)
_VOCALIZATION = dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640])


def _unvocalized(word: str) -> str:
    return word.translate(_VOCALIZATION)


def abbreviation_key(word: str) -> str:
    """How ``resources/<lang>/sentences.json`` lists an abbreviation: lower case, bare alef."""
    return word.translate(_HAMZA_ALEFS).lower()


@cache
def sentence_abbreviations(lang: str) -> frozenset[str]:
    """The words a period does not end a sentence after (``sentences.json``), as keys."""
    if not has_resource(lang, "sentences.json"):
        return frozenset()
    return frozenset(abbreviation_key(word) for word in load_json(lang, "sentences").get("abbreviations", ()))


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
    return MwtGuard(ranks, frozenset(config["proclitics"]), float(config["rarer_factor"]),
                    frozenset(config.get("leading_punctuation", ())),
                    frozenset(config.get("trailing_punctuation", ())),
                    frozenset(config.get("name_openers", ())), frozenset(config.get("enclitics", ())),
                    sentence_abbreviations(lang), frozenset(config.get("known_remainder_proclitics", ())),
                    frozenset(config.get("unknown_stem_enclitics", ())),
                    frozenset(config.get("missed_proclitics", ())), float(config.get("missed_factor", 5.0)),
                    plain_proclitics=frozenset(config.get("plain_proclitics", ())),
                    stacked_proclitics=frozenset(config.get("stacked_proclitics", ())),
                    common_stem_rank=int(config.get("common_stem_rank", 3000)))


def literal_expansions(processor: Any, guard: MwtGuard) -> None:
    """Make Stanza's MWT ``processor`` split a token of ``guard.plain_proclitics`` as written
    (:meth:`MwtGuard.literal_expansion`), after its dictionary and model had their say. Stanza's own
    way to give an expansion, a postprocessor returning ``(text, [words])``, numbers the words of the
    rest of the sentence wrongly (stanza 1.10 ``Document.set_mwt_expansions``), so the hook is the
    processor's ensemble step, which it calls with the tokens and the model's expansions."""
    trainer = processor.trainer
    learnt: Callable[[list[str], list[str]], list[str]] = \
        trainer.ensemble if processor.config.get("ensemble_dict", False) else (lambda tokens, found: found)

    def ensemble(tokens: list[str], found: list[str]) -> list[str]:
        chosen = learnt(tokens, found)
        return [" ".join(literal) if (literal := guard.literal_expansion(token)) is not None else expansion
                for token, expansion in zip(tokens, chosen, strict=True)]

    trainer.ensemble = ensemble
    processor.config["ensemble_dict"] = True


def input_marks(lang: str) -> dict[int, str]:
    """The same-length mark replacements the bundled ``lang`` models read their input through
    (``input_marks`` in ``resources/<lang>/tokens.json``), as a ``str.translate`` table."""
    if not has_resource(lang, "tokens.json"):
        return {}
    marks: dict[str, str] = load_json(lang, "tokens").get("input_marks", {})
    return {ord(mark): written for mark, written in marks.items() if len(mark) == len(written) == 1}


def restore_marks(document: stanza.Document, original: str) -> None:
    """Give an analysed document the marks its text had before :func:`input_marks` replaced them."""
    document.text = original
    for sentence in document.sentences:
        if sentence.tokens:
            sentence.text = original[sentence.tokens[0].start_char:sentence.tokens[-1].end_char]
            sentence.add_comment("# text = " + " ".join(sentence.text.split()))  # replaces the old one
        for token in sentence.tokens:
            written = original[token.start_char:token.end_char]
            if token.text != written and len(token.text) == len(written):
                token.text = written
                if len(token.words) == 1:
                    token.words[0].text = written

