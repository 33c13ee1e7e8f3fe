"""What was said: the complement clause of a cue, a direct quotation, or both.

Quotations are paired over the whole analysed text, not per sentence, because Stanza splits
sentences inside long quotes and a quote may run on past the sentence that opens it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex
from stanza.models.common.doc import Word

from claimx.extractors.lexicon import Lexicon, fold
from claimx.extractors.speakers import word_keys
from claimx.extractors.tree import ParsedSentence, base_relation, feats
from claimx.records import QuoteKind

# Double quotation marks, straight or curly, close whichever of them opened: news mixes them (“…"),
# and right-to-left text often swaps them (”…“). A doubled apostrophe ('' ... '', the ASCII double
# quote of LDC/NYT newswire text) and the single guillemets pair only with their own kind.
_DOUBLE_MARKS = frozenset('"“”„‟«»❝❞')
# Marks that only ever open: the same one again before any closing mark means the first was stray.
_OPENING_ONLY = frozenset("“„«❝")
_PAIRS = {"‹": "›"}
_DOUBLE = '"'
_DOUBLED = "''"
MAX_QUOTE_CHARS = 3000
CLAUSE_RELATIONS = ("ccomp", "parataxis")
_HANDOVER = ",،"           # the comma inside a quote before its attribution: '"...," he said'
MAX_QUOTE_GAP = 60          # characters between a closing quote and the cue that follows it
# the periods of an abbreviated name ("بي.بي.إس", "U.S."): a letter right after them
ABBREVIATION_PERIOD = regex.compile(r"(?<=\p{L})\.(?=\p{L})")
MAX_NAME_QUOTE_WORDS = 3    # «الشرق الأوسط», "Uber": a name in quotes, not a quotation
# what a quotation after a cue opens with: a colon or an opening mark ('X said: …', 'وقال "…"')
QUOTATION_OPENERS = frozenset(':："«“')
# '"…" ― Sonya Herridge': the dashes that attribute a quotation to the name after them
ATTRIBUTION_DASHES = frozenset({"―", "—", "–", "--"})


@dataclass(frozen=True)
class Quote:
    open: int   # index of the opening mark
    close: int  # index of the closing mark (or the paragraph end for an unclosed quote)
    closed: bool = True
    width: int = 1  # characters of the marks ('' is 2)

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + self.width, self.close

    @property
    def after(self) -> int:
        """Index just past the closing mark."""
        return self.close + (self.width if self.closed else 0)


@dataclass(frozen=True)
class Content:
    start: int
    end: int
    quote: QuoteKind
    ids: tuple[int, ...]


def _closes_here(text: str, position: int) -> bool:
    """A mark right after a word or punctuation and before a space, punctuation or the end: where a
    quotation closes, whichever mark the writer typed ('… the Mexicans —.“ he said')."""
    after = text[position + 1:position + 2]
    return position > 0 and not text[position - 1].isspace() and not (after and after.isalnum())


def _opens_here(text: str, position: int) -> bool:
    """A mark after a space (or first) and right before a word: where a quotation opens."""
    after = text[position + 1:position + 2]
    return (position == 0 or text[position - 1].isspace()) and after.isalnum()


def _nests(text: str, position: int) -> bool:
    """Whether a double mark inside an open double quotation opens a quotation within it ("“Although
    … the number of “cell phone only” households …”") rather than closing the open one."""
    char = text[position]
    if char == _DOUBLE:
        return False
    if char in _OPENING_ONLY:
        return not _closes_here(text, position)
    return _opens_here(text, position)  # ” » used as openers, as right-to-left text often does


def _paragraph_quotes(text: str, start: int, end: int,
                      ignored: frozenset[int]) -> tuple[list[Quote], int | None]:
    """The quotations of ``text[start:end]``, or the first opening mark found stray: a quotation
    still open at the paragraph end that held quotations of its own ('“ونقلت صحيفة “نيويورك تايمز” …',
    a mark the right-to-left editing moved to the line start) opened nothing."""
    quotes: list[Quote] = []
    opened = -1          # position of the open quotation's first mark
    closing = ""         # what closes it: _DOUBLE for any double mark, else its own closing mark
    depth = deepest = 0  # nesting of double quotations inside the open one
    position = start
    while position < end:
        char = text[position]
        if opened >= 0 and position - opened > MAX_QUOTE_CHARS:
            quotes.append(Quote(opened, position, closed=False, width=len(closing)))
            opened, depth = -1, 0
        if opened >= 0 and closing != _DOUBLE:
            if text.startswith(closing, position):
                quotes.append(Quote(opened, position, width=len(closing)))
                opened = -1
                position += len(closing)
                continue
        elif opened >= 0 and char in _DOUBLE_MARKS:
            if _nests(text, position):
                depth += 1
                deepest = max(deepest, depth)
            elif depth > 1:
                depth -= 1
            else:
                quotes.append(Quote(opened, position))
                opened, depth = -1, 0
        elif opened < 0 and position not in ignored:
            if char in _DOUBLE_MARKS and not (char not in _OPENING_ONLY | {_DOUBLE} and
                                               _closes_here(text, position)):
                opened, closing, depth, deepest = position, _DOUBLE, 1, 1
            elif char in _PAIRS:
                opened, closing = position, _PAIRS[char]
            elif text.startswith(_DOUBLED, position) and not text.startswith(_DOUBLED + "'", position):
                opened, closing = position, _DOUBLED
                position += 2
                continue
        position += 1
    if opened >= 0:
        if closing == _DOUBLE and deepest > 1:
            return quotes, opened
        close = start + len(text[start:end].rstrip())
        if close - opened > len(closing):
            quotes.append(Quote(opened, close, closed=False, width=len(closing)))
    return quotes, None


def find_quotes(text: str) -> list[Quote]:
    """Quotations in ``text``; an unclosed one ends at its paragraph break (run-on quote)."""
    quotes: list[Quote] = []
    start = 0
    while start < len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        ignored: frozenset[int] = frozenset()
        while True:
            found, stray = _paragraph_quotes(text, start, end, ignored)
            if stray is None:
                break
            ignored |= {stray}
        quotes.extend(found)
        start = end + 2
    return [quote for quote in quotes if text[quote.inner[0]:quote.close].strip()]


OBJECT_TAGS = frozenset({"NOUN", "VERB"})
ANY_OBJECT_TAGS = frozenset({"NOUN", "VERB", "PROPN", "PRON", "NUM", "X", "ADJ"})


def bare_nominal(ps: ParsedSentence, word: Word) -> bool:
    """A noun phrase with no subject or copula of its own: a description, not a clause."""
    return ps.upos(word) in {"NOUN", "PROPN"} and not ps.kids(word, "nsubj", "nsubj:pass", "cop")


def describes_speaker(ps: ParsedSentence, clause: Word, cue: Word, lexicon: Lexicon) -> bool:
    """A clause between commas before the cue that opens with a relative pronoun or a participle:
    "Sanders, who has already sent fundraising pleas …, said", "John Archer, wearing a Canova
    T-Shirt …, said". It describes the speaker; it is not what was said."""
    first, last = _clause_bounds(ps, clause)
    if last >= cue.id or first.id < 2 or ps.word(first.id - 1).text not in {",", "،"}:
        return False
    return fold(first.text) in lexicon.words_of("relative_pronouns") or \
        (first.id == clause.id and first.text.lower().endswith("ing"))


def auxiliary_head(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"وكانت وزارة الدفاع الإيرانية قد أعلنت عن …" (had announced): the compact parse heads the clause
    with the auxiliary (``auxiliary_verbs``) and hangs the cue under it; the auxiliary's subject is
    the cue's, and what follows the cue is its claim, not the auxiliary's clause."""
    parent = ps.parent(cue)
    if parent is None or parent.id > cue.id or \
            not word_keys(ps.token_text(parent)) & lexicon.words_of("auxiliary_verbs"):
        return None
    return parent


def _clause_bounds(ps: ParsedSentence, clause: Word) -> tuple[Word, int]:
    """The first word and the last id of ``clause``'s subtree, punctuation aside."""
    ids = [i for i in ps.subtree(clause) if ps.upos(ps.word(i)) != "PUNCT"]
    return ps.word(min(ids)), max(ids)


def _report_conjunction(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """The ``report_conjunctions`` word ("as") that opens the cue's clause, if one does."""
    opening = ps.word(min(ps.subtree(cue)))
    return opening if fold(opening.text) in lexicon.words_of("report_conjunctions") else None


def as_clause_speaker(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"As White House press secretary Josh Earnest explained, three taxes were postponed …": in a
    clause opened by a ``report_conjunctions`` word the parse may make the speaker an oblique that
    the conjunction introduces."""
    opening = _report_conjunction(ps, cue, lexicon)
    if opening is None:
        return None
    return next((kid for kid in ps.kids(cue, "obl", "nmod")
                 if opening.id < kid.id < cue.id and opening in ps.kids(kid, "case", "mark")), None)


def _reports_as(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> bool:
    """A clause opened by a ``report_conjunctions`` word with a speaker of its own reports the clause
    it qualifies ("As X explained, …"); "as expected", "as promised" have none."""
    if _report_conjunction(ps, cue, lexicon) is None:
        return False
    return bool(ps.kids(cue, "nsubj")) or as_clause_speaker(ps, cue, lexicon) is not None


def _earlier_cues_clause(ps: ParsedSentence, clause: Word, cue: Word, lexicon: Lexicon) -> bool:
    """A clause before ``cue`` whose complementizer follows another cue verb: "While Comey has said
    that he regularly makes recommendations …, Lewandowski said he does not …" (the parse hung
    Comey's clause on the main verb)."""
    first, last = _clause_bounds(ps, clause)
    if last >= cue.id or first.id < 2 or fold(first.text) not in lexicon.words_of("complementizers"):
        return False
    before = ps.word(first.id - 1)
    return before.id != cue.id and lexicon.cue(before.text, before.lemma) is not None


def _adverbial_before(ps: ParsedSentence, clause: Word, cue: Word, lexicon: Lexicon) -> bool:
    first, last = _clause_bounds(ps, clause)
    return last < cue.id and ps.upos(first) in {"ADP", "SCONJ"} and \
        fold(first.text) not in lexicon.words_of("complementizers")


def _complement_child(ps: ParsedSentence, cue: Word, allow_object: bool, mode: str,
                      lexicon: Lexicon) -> Word | None:
    for relation in CLAUSE_RELATIONS:
        after = [kid for kid in ps.kids(cue, relation) if ps.upos(kid) != "PUNCT" and
                 not _marked_circumstance(ps, kid, cue, lexicon)]
        if len(after) > 1:
            # "Bill Taylor, an organizer of the rallies, said he expected …": the parse made the
            # apposition (or a relative clause, a participle) about the speaker a complement too; a
            # clause is preferred to a bare noun phrase, and what was said to the speaker's description
            after = [kid for kid in after if not bare_nominal(ps, kid)] or after
            after = [kid for kid in after if not describes_speaker(ps, kid, cue, lexicon) and
                     not _earlier_cues_clause(ps, kid, cue, lexicon)] or after
            if any(kid.id > cue.id for kid in after):
                # "After the … decision legalized same-sex marriage, Gunn said the ruling was …": a
                # clause opened by a preposition or conjunction before the cue is when, not what
                after = [kid for kid in after if not _adverbial_before(ps, kid, cue, lexicon)] or after
        if after:
            return after[0]
    if mode == "quote_verb":  # "..., he continued": a clause or a quotation only
        return None
    for kid in ps.kids(cue, "xcomp"):
        if lexicon.lang == "ar" and lexicon.is_participle(kid.text) and kid.id > cue.id + 1:
            continue  # "أكدت مصادرنا بحصول …، لافتة إلى أن …": a participle cue reports its own claim
        return kid
    prepositional = _prepositional_clause(ps, cue, lexicon)
    if prepositional is not None:
        return prepositional
    if allow_object:
        tags = ANY_OBJECT_TAGS if mode == "attitude" else OBJECT_TAGS
        for kid in ps.kids(cue, "obj"):
            if ps.upos(kid) in tags:
                return kid
    return _infinitive_clause(ps, cue, lexicon)


def _infinitive_clause(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"promised on Tuesday to refrain from using the phrase": the to-clause of a cue with no other
    complement, which the parse may hang on it as an adverbial clause instead of an xcomp."""
    marks = lexicon.words_of("infinitive_marks")
    prepositions = lexicon.words_of("content_prepositions")
    clause = next((kid for kid in ps.kids(cue, "advcl") if kid.id > cue.id and
                   _opening_mark(ps, kid) in marks), None)
    if clause is None or ps.kids(cue, "obj", "iobj"):
        return None  # "called a donor to ask for money": a call with its purpose (urging: _urged_to)
    if any(kid.id < clause.id and any(fold(c.text) in prepositions for c in ps.kids(kid, "case"))
           for kid in ps.kids(cue, "obl")):
        return None  # "more to say about it in the weeks to come": what is said is the object of "about"
    opening = min(ps.subtree(clause))
    if opening < len(ps.words) and ps.word(opening + 1).text in _DOUBLE_MARKS:
        return None  # 'promised … to "never ever use the military …"': the quotation is the claim
    return clause


def _opening_mark(ps: ParsedSentence, clause: Word) -> str | None:
    """The marker that opens ``clause`` ("about" of "about embedding troops", "to"), folded, or None."""
    first = ps.word(min(ps.subtree(clause)))
    return fold(first.text) if base_relation(ps.deprel(first)) == "mark" else None


_CLAUSE_SEPARATORS = frozenset({",", ";", "-", "—", "–"})


def _stranded_clause(ps: ParsedSentence, cue: Word) -> Word | None:
    """'“…,” Trump told reporters, before insisting he had a “great relationship” with Latinos.': the
    parse hung the clause that opens right after an adverbial cue on a verb above it ("booed when she
    said Sanders' attack was an attack on Obama"; "sued the DNC …, seeking an injunction …, claiming
    the party's move would cost …"). Only quotation marks and the like may lie between the cue and the
    clause; a clause coordinated by its own conjunction or set off by a comma is not stranded."""
    following = cue.id + 1
    while following < len(ps.words) and ps.upos(ps.word(following)) == "PUNCT" and \
            ps.word(following).text not in _CLAUSE_SEPARATORS:
        following += 1
    ancestor = ps.parent(cue)
    while ancestor is not None:
        for kid in ps.kids(ancestor, "ccomp", "parataxis", "conj"):
            if kid.id > cue.id and min(ps.subtree(kid)) in range(cue.id + 1, following + 1) and \
                    ps.kids(kid, "nsubj", "nsubj:pass") and \
                    not (base_relation(ps.deprel(kid)) == "conj" and
                         ps.upos(ps.word(cue.id + 1)) in {"CCONJ", "PUNCT"}):
                return kid
        ancestor = ps.parent(ancestor)
    return None


def _marked_circumstance(ps: ParsedSentence, clause: Word, cue: Word, lexicon: Lexicon) -> bool:
    """"Clinton backed the deal, while Trump has threatened to tear it up": a clause after the cue's
    object, opened by a conjunction of circumstance (``circumstance_markers``), is set beside the
    report, not reported."""
    markers = lexicon.words_of("circumstance_markers")
    return clause.id > cue.id and bool(ps.kids(cue, "obj")) and \
        any(fold(mark.text) in markers for mark in ps.kids(clause, "mark"))


def _prepositional_clause(ps: ParsedSentence, cue: Word, lexicon: Lexicon) -> Word | None:
    """"has talked about embedding troops …", "agreed on creating a commission": a clause the cue takes
    through a preposition (``clause_prepositions``), which UD hangs on the verb as an adverbial clause
    marked by that preposition."""
    prepositions = lexicon.words_of("clause_prepositions")
    return next((kid for kid in ps.kids(cue, "advcl") if kid.id > cue.id and
                 _opening_mark(ps, kid) in prepositions), None)


def _trim_leading(ps: ParsedSentence, ids: list[int], lexicon: Lexicon) -> list[int]:
    """Drop complementizers and punctuation at the start: the claim is what follows "that"/"أن" (or
    "about" in "talked about embedding troops")."""
    complementizers = lexicon.words_of("complementizers")
    clause_prepositions = lexicon.words_of("clause_prepositions")
    while ids:
        word = ps.word(ids[0])
        if ps.upos(word) == "PUNCT" or fold(word.text) in complementizers or \
                (base_relation(ps.deprel(word)) == "mark" and fold(word.text) in clause_prepositions):
            ids = ids[1:]
            # "أنه": the pronoun suffix of the complementizer goes with it.
            if ids and ps.upos(ps.word(ids[0])) == "PRON" and ps.offsets[ids[0]][0] == ps.offsets[word.id][1]:
                ids = ids[1:]
            continue
        if ps.upos(word) == "ADP" and len(ids) > 1 and fold(ps.word(ids[1]).text) in complementizers:
            ids = ids[1:]  # "أشار إلى أن", "حذر من أن": the preposition the verb takes before its clause
            continue
        break
    return ids


def _naming_clause(ps: ParsedSentence, cue: Word, lexicon: Lexicon, exclude: Sequence[int]) -> list[int]:
    """"called him a kind, loving and admirable person", "called Valeant's chief executive … ''incredibly
    driven''": a verb of naming (``naming_verbs``) with no clause of its own says its object is what
    follows; the claim is the object with its predicate, however the parse split them (iobj + obj,
    obj + xcomp, obj + parataxis). A verb of charging (``charge_prepositions``: "accused X of Y")
    claims its object with the charge its preposition introduces."""
    entry = lexicon.cue(cue.text, cue.lemma)
    if entry is None or ps.kids(cue, "ccomp"):
        return []
    charges = lexicon.speakers.get("charge_prepositions", {}).get(entry.term)
    if charges:
        # "accused him of an artful smear …", "accused Clinton of ducking": whom and of what
        objects = [kid for kid in ps.kids(cue, "obj") if kid.id > cue.id]
        charge = [kid for kid in ps.kids(cue, "obl", "advcl") if kid.id > cue.id and
                  any(fold(k.text) in charges for k in ps.kids(kid, "case", "mark"))]
        if not objects or not charge:
            return []
        parts = [objects[0], charge[0]]
    elif entry.term in lexicon.words_of("naming_verbs"):
        parts = [kid for kid in ps.kids(cue, "iobj", "obj", "xcomp", "parataxis")
                 if kid.id > cue.id and not ps.kids(kid, "nsubj")]
    else:
        return []
    if not parts:
        return []
    # "… a kind, loving and admirable person": the parse may coordinate the rest with the verb
    parts += [kid for kid in ps.kids(cue, "conj") if kid.id > max(p.id for p in parts) and
              not ps.kids(kid, "nsubj") and lexicon.cue(kid.text, kid.lemma) is None]
    if len(parts) < 2:
        return []
    ids = sorted({i for part in parts for i in ps.subtree(part, exclude=exclude)})
    # "… ''incredibly driven'' and asserted that …": a cue verb further on reports on its own
    later_cue = next((i for i in ids if ps.upos(ps.word(i)) == "VERB" and
                      lexicon.cue(ps.word(i).text, ps.word(i).lemma) is not None), None)
    if later_cue is not None:
        ids = [i for i in ids if i < later_cue]
    while ids and ps.upos(ps.word(ids[-1])) in {"PUNCT", "CCONJ"}:
        ids.pop()
    return ids


def clause_content(ps: ParsedSentence, cue: Word, lexicon: Lexicon, *, allow_object: bool,
                   exclude: Sequence[int] = (), mode: str = "verb") -> list[int]:
    """Word ids of the claim a verb cue introduces, from the tree (empty when none is found).

    ``mode`` is the cue's ``pos``: ``attitude`` cues take an object of any kind ("praised Obama"),
    ``quote_verb`` cues only a clause ("the poll found that ...") or the clause they interrupt.
    """
    named = _naming_clause(ps, cue, lexicon, exclude)
    if named:
        return named
    if not ps.kids(cue, "ccomp"):
        urged = _urged_to(ps, cue, lexicon, exclude)
        if urged:
            return urged
    child = _complement_child(ps, cue, allow_object, mode, lexicon)
    if child is not None:
        ids = ps.subtree(child, exclude=exclude)
        if base_relation(ps.deprel(child)) == "ccomp":
            ids = _with_adjoining_clauses(ps, cue, child, ids, exclude, lexicon)
            ids = _with_stray_subject(ps, cue, child, ids, exclude)
        return _trim_leading(ps, ids, lexicon)
    parent = ps.parent(cue)
    if parent is not None and base_relation(ps.deprel(cue)) == "advcl":
        adjacent = _stranded_clause(ps, cue)
        if adjacent is not None:
            return _trim_leading(ps, ps.subtree(adjacent, exclude=exclude), lexicon)
    if parent is not None and base_relation(ps.deprel(cue)) == "conj":
        # "Her campaign also announced new support … and said some of the women would campaign …": the
        # parse coordinated the reported clause with the cue instead of hanging it under it
        following = next((kid for kid in ps.kids(parent, "conj", "ccomp", "parataxis")
                          if kid.id > cue.id and min(ps.subtree(kid)) == cue.id + 1 and
                          ps.kids(kid, "nsubj", "nsubj:pass")), None)
        if following is not None:
            return _trim_leading(ps, ps.subtree(following, exclude=exclude), lexicon)
    if parent is not None and base_relation(ps.deprel(cue)) == "conj" and ps.kids(cue, "nsubj"):
        # "Trump said …, and Trump says some of those individuals will be worse": the parse hung the
        # second cue's clause on the first cue
        orphan = next((kid for kid in ps.kids(parent, "ccomp") if kid.id > cue.id), None)
        if orphan is not None:
            return _trim_leading(ps, ps.subtree(orphan, exclude=exclude), lexicon)
    # "The talks failed, he said." / "..., قال المسؤول": the cue hangs off the clause it reports; an
    # adverbial clause with its own conjunction ("after questioning X", "بعد أن قال") is a
    # circumstance of that clause, not a report of it.
    relation = base_relation(ps.deprel(cue))
    if mode == "quote_verb":
        return []  # '"...," he continued' takes the quotation (see with_quotes), not the clause it hangs off
    opening = ps.word(min(ps.subtree(cue)))
    if relation == "advcl" and any(fold(mark.text) in lexicon.words_of("parallel_conjunctions")
                                   for mark in ps.kids(cue, "mark")):
        # "…، فيما طالب مدير الفرع الموظفين برفع شكوى": a clause of its own beside the one it hangs
        # on, not a circumstance of it; what it reports is its own object
        return _prepositional_object(ps, cue, lexicon, exclude)
    if relation == "advcl" and (ps.kids(cue, "mark") or ps.upos(opening) in {"ADP", "SCONJ"} or
                                _opens_with_wh_adverb(ps, cue, opening)) and \
            not _reports_as(ps, cue, lexicon):
        return []
    if parent is not None and relation in {"parataxis", "ccomp", "advcl"} and \
            not auxiliary_head(ps, cue, lexicon):
        cue_ids = set(ps.subtree(cue))
        ids = [i for i in ps.subtree(parent, exclude=exclude) if i not in cue_ids]
        return _trim_leading(ps, ids, lexicon)
    if mode != "quote_verb":
        return _prepositional_object(ps, cue, lexicon, exclude)
    return []


def _opens_with_wh_adverb(ps: ParsedSentence, cue: Word, opening: Word) -> bool:
    """"the crowd booed when he told them …": a clause opened by its own interrogative or relative
    adverb is a circumstance of the clause it hangs on, like one opened by a conjunction."""
    return opening.id < cue.id and base_relation(ps.deprel(opening)) == "advmod" and \
        feats(opening).get("PronType") in {"Int", "Rel"}


def _with_stray_subject(ps: ParsedSentence, cue: Word, clause: Word, ids: list[int],
                        exclude: Sequence[int]) -> list[int]:
    """"Sanders said both Obama and Biden have been fair to him": the parse hung the reported clause's
    subject on the cue. A clause without a subject of its own takes the noun phrase of the cue that
    fills the whole gap between the cue and the clause."""
    if not ids or min(ids) <= cue.id + 1 or ps.kids(clause, "nsubj", "nsubj:pass", "csubj", "expl") or \
            base_relation(ps.deprel(ps.word(min(ids)))) == "mark":
        return ids  # (after "that"/"أن" a subject would follow the complementizer, not precede it)
    gap = list(range(cue.id + 1, min(ids)))
    for kid in ps.kids(cue, "obj", "obl", "iobj"):
        phrase = ps.subtree(kid, exclude=exclude)
        if phrase and sorted(phrase) == gap and ps.upos(kid) in {"NOUN", "PROPN", "PRON"} and \
                not any(ps.upos(case) == "ADP" for case in ps.kids(kid, "case")):  # ("both" may be one)
            return sorted(set(ids) | set(phrase))
    return ids


def _with_adjoining_clauses(ps: ParsedSentence, cue: Word, first: Word, ids: list[int],
                            exclude: Sequence[int], lexicon: Lexicon) -> list[int]:
    """"said if Clinton is elected, she'll bring …": the parse often splits one reported sentence
    into several clausal complements of the cue; those that follow each other with only punctuation
    between, before any coordinated clause of the cue, are one claim; a clause with a cue verb of
    its own ("…, she added", "… تشير إلى أن") holds another report."""
    stops = [kid.id for kid in ps.kids(cue, "conj") if kid.id > first.id]
    limit = min(stops) if stops else len(ps.words) + 1
    merged = list(ids)
    for kid in ps.kids(cue, "ccomp"):
        if kid.id <= first.id or kid.id >= limit:
            continue
        more = ps.subtree(kid, exclude=exclude)
        if not more or min(more) >= limit or any(
                ps.upos(ps.word(i)) == "VERB" and lexicon.cue(ps.word(i).text, ps.word(i).lemma) is not None
                for i in more):
            break
        gap = range(max(merged) + 1, min(more))
        if any(ps.upos(ps.word(i)) != "PUNCT" for i in gap):
            break
        merged = sorted(set(merged) | set(more))
    return merged


def _prepositional_object(ps: ParsedSentence, cue: Word, lexicon: Lexicon,
                          exclude: Sequence[int]) -> list[int]:
    """"شدد على أهمية X", "كشف عن X", "حذر من X": the object introduced by a preposition the
    language lists in ``content_prepositions`` (speakers.json) is what was said."""
    prepositions = lexicon.words_of("content_prepositions")
    if not prepositions:
        return []
    entry = lexicon.cue(cue.text, cue.lemma)
    # "نوّه بجهود …" praises (an expressive act); "نوّه إلى أن …" points something out
    allowed = prepositions - lexicon.praised_with(entry.term) if entry is not None else prepositions
    objects = [kid for kid in ps.kids(cue, "obl") if kid.id > cue.id and ps.kids(kid, "case") and
               all(fold(c.text) in allowed for c in ps.kids(kid, "case"))]
    subjects = [kid for kid in ps.kids(cue, "nsubj") if kid.id > cue.id]
    subject_end = max((max(ps.subtree(kid)) for kid in subjects), default=None)
    if len(objects) > 1 and subject_end is not None and min(ps.subtree(objects[0])) == subject_end + 1:
        # "طالب مدير فرع وزارة العمل بجازان علي الحربي الموظفين برفع شكوى": the parse hung the end of
        # the speaker's title on the verb; the next prepositional object is what was asked for
        objects = objects[1:]
    for kid in objects:
        case_ids = {c.id for c in ps.kids(kid, "case")}
        return [i for i in ps.subtree(kid, exclude=exclude) if i not in case_ids]
    return []


def _urged_to(ps: ParsedSentence, cue: Word, lexicon: Lexicon, exclude: Sequence[int]) -> list[int]:
    """"Clinton called on Sanders and Donald Trump to do the same": who is called on and what to do,
    for the verbs and prepositions of ``urging_prepositions`` (speakers.json), with the to-clause the
    parse hung on the cue."""
    prepositions = lexicon.speakers.get("urging_prepositions", {}).get(fold(cue.lemma or cue.text), ())
    marks = lexicon.words_of("infinitive_marks")
    # "the White House urged Silicon Valley to find a compromise": a verb that addresses someone takes
    # its object as the one urged, whether the parse made the to-clause an xcomp or an advcl; one that
    # urges through a preposition does so only through it ("called a donor to ask for money" phoned)
    addressed = not prepositions and fold(cue.lemma or cue.text) in lexicon.words_of("addressee_verbs")
    for kid in ps.kids(cue, "obl", "obj"):
        if kid.id < cue.id:
            continue
        if base_relation(ps.deprel(kid)) == "obj":
            if not addressed or ps.upos(kid) not in {"NOUN", "PROPN", "PRON"}:
                continue
        elif not any(fold(c.text) in prepositions for c in ps.kids(kid, "case")):
            continue
        clause = next((verb for verb in ps.kids(cue, "advcl", "xcomp") if verb.id > kid.id and
                       any(fold(mark.text) in marks for mark in ps.kids(verb, "mark"))), None)
        if clause is None:
            return []
        case_ids = {c.id for c in ps.kids(kid, "case")}
        return sorted({*(i for i in ps.subtree(kid, exclude=exclude) if i not in case_ids),
                       *ps.subtree(clause, exclude=exclude)})
    return []


def quoted(quote: Quote, text: str, ids: Sequence[int]) -> Content:
    """The inside of a quotation as direct content, without the comma that hands over to the cue."""
    inner_start, inner_end = quote.inner
    while len(text) >= inner_end > inner_start and \
            (text[inner_end - 1] in _HANDOVER or text[inner_end - 1].isspace()):
        inner_end -= 1
    return Content(inner_start, inner_end, "direct", tuple(ids))


def with_quotes(ps: ParsedSentence, cue_end: int, ids: Sequence[int], quotes: Sequence[Quote],
                lexicon: Lexicon, *, cue_start: int | None = None) -> Content | None:
    """Combine the tree's content with the quotation marks around it (direct, mixed or indirect)."""
    text = ps.text
    span = ps.span(ids) if ids else None
    if span is not None:
        for quote in quotes:
            inner_start, inner_end = quote.inner
            if inner_start <= span[0] + 1 and span[0] < inner_end:
                if quote.closed and quote.close < span[1] - 1 and is_name_quote(quote, text):
                    # a quoted name the clause goes on after: 'أكد أن "ألميدا" يخدم طريقة لعبه'
                    return Content(min(span[0], quote.open), span[1], "mixed", tuple(ids))
                # The quote covers the clause (and may run on past this sentence).
                return quoted(quote, text, ids)
            if span[0] <= quote.open and quote.close <= span[1] + 1:
                return Content(span[0], span[1], "mixed", tuple(ids))
        end = span[1]
        while end > span[0] + 1 and text[end - 1] in _HANDOVER:  # "شاهدا،": a comma glued to the word
            end -= 1
        return Content(span[0], end, "indirect", tuple(ids))
    # No clause in the tree: a quotation that opens after the cue in the same sentence, or one that
    # closes just before it ('"...," he added', '"...," said the minister').
    for quote in quotes:
        if cue_end <= quote.open < ps.end and not is_name_quote(quote, text):
            return quoted(quote, text, ())
    if cue_start is not None:
        for quote in reversed(quotes):
            gap = text[quote.after:cue_start]
            if quote.closed and ps.start <= quote.close < cue_start and len(gap) <= MAX_QUOTE_GAP and \
                    not any(mark in gap for mark in ".!?؟"):
                return quoted(quote, text, ())
    return None


MAX_CONTINUATION_GAP = 200  # the rest of the cue's sentence: "said in a documentary that ..."
_SENTENCE_END = regex.compile(r"[.!?؟…]['’”\"»]*\s*$|[,،:]\s*$")


def continued_quotes(text: str, cue_end: int, quotes: Sequence[Quote],
                     taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """'“A,” she said. “B.” “C.”': the quotations that go on right after the rest of the sentence of a
    cue that followed a quotation, as (start, end) spans of their insides.

    The first one must open where the cue's sentence (or clause, at a comma or colon) has just ended,
    in the same paragraph; each next one right after the previous one closes. Another claim's cue or
    content (``taken``) on the way, a name in quotes or an unclosed quotation ends the run."""
    found: list[tuple[int, int]] = []
    position = cue_end
    for quote in sorted(quotes, key=lambda q: q.open):
        if quote.open < position:
            continue
        gap = text[position:quote.open]
        first = not found
        if "\n" in gap or (first and (len(gap) > MAX_CONTINUATION_GAP or not _SENTENCE_END.search(gap))) or \
                (not first and gap.strip()) or not quote.closed or is_name_quote(quote, text) or \
                any(start < quote.close and position < end for start, end in taken):
            break
        part = quoted(quote, text, ())
        found.append((part.start, part.end))
        position = quote.after
    return found


def inside_quote(position: int, quotes: Sequence[Quote]) -> bool:
    """True when ``position`` is inside a closed quotation (words there belong to the quote)."""
    return any(quote.closed and quote.open < position < quote.close for quote in quotes)


def quote_just_before(ps: ParsedSentence, cue_start: int, quotes: Sequence[Quote]) -> Quote | None:
    """The closed quotation that ends right before the cue ('"...," said X', "''...,'' added X")."""
    text = ps.text
    for quote in reversed(quotes):
        if not quote.closed or quote.after > cue_start:
            continue
        if quote.close < ps.start - MAX_QUOTE_CHARS:
            return None
        gap = text[quote.after:cue_start]
        return quote if len(gap) <= 3 and all(ch.isspace() or ch in ",،-—–" for ch in gap) else None
    return None


_HANDOVER_MARKS = ",،?!؟—–-"  # what ends a quotation that hands over to its speaker: '"…," she said'
MAX_SPEAKER_CHARS = 160       # "Scott Pruitt, the Republican attorney general of Oklahoma, …, said"


def quote_handing_over(ps: ParsedSentence, speaker_start: int, cue_start: int,
                       quotes: Sequence[Quote]) -> Quote | None:
    """The quotation that hands over to a speaker named before the cue: '“…,” she said, clapping.',
    '“…?” Clinton said.' (the pre-pass or the tokenizer may have put the quotation in a sentence of its
    own). It closes right before the speaker with a comma, question or exclamation mark or dash as
    its last character; a full stop there ('“We won.” She said …') ends the quotation's own sentence."""
    text = ps.text
    for quote in reversed(quotes):
        if quote.after > speaker_start:
            continue
        inner = text[quote.inner[0]:quote.close].rstrip()
        handing = quote.closed and inner[-1:] in tuple(_HANDOVER_MARKS) and not is_name_quote(quote, text)
        if not handing or text[quote.after:speaker_start].strip(" ,") or \
                cue_start - speaker_start > MAX_SPEAKER_CHARS:
            return None
        return quote
    return None


def is_name_quote(quote: Quote, text: str, max_words: int = MAX_NAME_QUOTE_WORDS) -> bool:
    """A closed quotation of a few words without sentence punctuation: a name or a title."""
    inner = ABBREVIATION_PERIOD.sub("", text[quote.inner[0]:quote.close])
    return quote.closed and len(inner.split()) <= max_words and \
        not any(mark in inner for mark in ".!?؟,،")
