"""Claim content comparison across Arabic and English without a translation service.

A content string becomes language-independent features: concepts of a small bilingual lexicon of the
domain's key terms (``resources/<lang>/lexicon_concepts.tsv``: drone = مسيرة = UAV), known actors
(Iran = إيران = Iranian = طهران), numbers and years, months; plus, within one language, word stems;
and across scripts, consonant keys of names (Kirby = كيربي). Similarity is a weighted Dice overlap.
Whether two related claims contradict is read from polarity (negation, denial words), antonymous
concepts (rise/fall) and disagreeing exact quantities.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import regex

from claimx.resolve.gazetteer import gazetteer
from claimx.resolve.text import PhraseMatcher, normalize, stem, tokens, variants
from claimx.resolve.translit import word_key
from claimx.resources import has_resource, languages, load_json, load_tsv

RelationLabel = Literal["same_as", "contradicts", "supports", "unrelated"]

WEIGHTS = {"c": 1.0, "e": 1.5, "m": 0.7, "n": 1.5, "y": 1.0, "s": 1.0}
NAME_KEY_WEIGHT = 1.2
NEGATION_WINDOW = 3
# Decision thresholds on the weighted Dice similarity (set on the training splits, see docs/graph.md).
RELATED_THRESHOLD = 0.34
SAME_THRESHOLD = 0.5

_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")
# Sentence ends inside a content (a full stop not between digits); shorter pieces are not statements.
_SENTENCE_END = regex.compile(r"(?<!\d)[.!?؟]+(?!\d)")
MIN_SENTENCE_TOKENS = 4
_CAPITALIZED = regex.compile(r"\b\p{Lu}[\p{L}\p{M}'’-]+")


@dataclass(frozen=True)
class ContentFeatures:
    """What a content string says, in comparable pieces."""

    lang: str
    concepts: frozenset[str]  # "c:drone", "e:iran", "m:08"
    stems: frozenset[str]
    name_keys: frozenset[str]
    numbers: frozenset[str]
    years: frozenset[str]
    negations: int = 0
    denial: bool = False
    tokens_count: int = 0
    negated_scope: frozenset[str] = frozenset()  # features of the words a negator governs
    matched_terms: tuple[str, ...] = field(default=(), compare=False)
    # each sentence of a content of several ("“A. B. C.”"): a long quotation reports several
    # statements, and a shorter report of one of them is the same claim
    sentences: tuple[ContentFeatures, ...] = field(default=(), compare=False)

    @property
    def negative(self) -> bool:
        """Does the string, read alone, say that something is not so (negation or denial word)?"""
        return bool(self.negated_scope) or self.denial

    def weighted(self, cross_lingual: bool) -> dict[str, float]:
        out = {
            feature: WEIGHTS["m" if feature.startswith("c:month_") else feature[0]]
            for feature in self.concepts
        }
        out.update({f"n:{number}": WEIGHTS["n"] for number in self.numbers})
        out.update({f"y:{year}": WEIGHTS["y"] for year in self.years})
        if not cross_lingual:
            out.update({f"s:{word}": WEIGHTS["s"] for word in self.stems})
        return out


@dataclass(frozen=True)
class _Lexicon:
    matcher: PhraseMatcher
    negators: frozenset[str]
    deny: frozenset[str]
    stopwords: frozenset[str]
    antonyms: frozenset[tuple[str, str]]


def _resource_languages(name: str) -> list[str]:
    return [lang for lang in languages() if has_resource(lang, name)]


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """Concept terms of every language and the known actors (outlets left out: their names are
    common words in Arabic, and an outlet named in a content string is rarely what it is about)."""
    entries: list[tuple[str, str]] = []
    for lang in _resource_languages("lexicon_concepts.tsv"):
        for row in load_tsv(lang, "lexicon_concepts"):
            entries += [
                (term.strip(), f"c:{row['concept']}") for term in row["terms"].split("|") if term.strip()
            ]
    for entity in gazetteer().entities.values():
        if entity.kind == "media":
            continue
        entries += [(text, f"e:{entity.id}") for text, _, _ in entity.aliases]
    negators: set[str] = set()
    deny: set[str] = set()
    for lang in _resource_languages("lexicon_negation.json"):
        data = load_json(lang, "lexicon_negation")
        negators |= {normalize(word) for word in data["negators"]}
        deny |= {normalize(word) for word in data["deny"]}
    stopwords: set[str] = set()
    for lang in _resource_languages("lexicon_stopwords.json"):
        stopwords |= {normalize(word) for word in load_json(lang, "lexicon_stopwords")["words"]}
    antonyms: set[tuple[str, str]] = set()
    for lang in _resource_languages("lexicon_antonyms.tsv"):
        for row in load_tsv(lang, "lexicon_antonyms"):
            antonyms.add((f"c:{row['concept']}", f"c:{row['opposite']}"))
    return _Lexicon(
        PhraseMatcher(entries),
        frozenset(negators),
        frozenset(deny),
        frozenset(stopwords),
        frozenset(antonyms),
    )


_CLAUSE_BREAK = regex.compile(r"[.!?؟،,;:؛()\[\]\"«»“”]+|\s[-–—]\s")
_CLAUSE_WORDS = frozenset(
    {"and", "but", "or", "while", "whereas", "however", "لكن", "لكنه", "لكنها", "بل", "بينما", "اما", "ثم"}
)


def _clauses(text: str) -> list[list[str]]:
    return [words for words in (tokens(part) for part in _CLAUSE_BREAK.split(text)) if words]


def _starts_clause(word: str) -> bool:
    """Conjunctions end a negator's reach ("لا توجد تغييرات والتعاون سيستمر": no changes; cooperation
    goes on)."""
    return word in _CLAUSE_WORDS or (
        len(word) > 3 and word[0] in "وف" and not word.isascii() and len(variants(word)) > 1
    )


def _negated_features(words: list[str], token_feature: list[str | None], position: int) -> set[str]:
    """A negator governs the next few content words of its clause ("will not give in to the
    geopolitical pressures": submit, geopolitical, pressure), function words not counted."""
    governed: set[str] = set()
    for index in range(position + 1, len(words)):
        if index > position + 1 and _starts_clause(words[index]):
            break
        feature = token_feature[index]
        if feature:
            governed.add(feature)
            if len(governed) >= NEGATION_WINDOW:
                break
    return governed


@lru_cache(maxsize=50_000)
def content_features(text: str, lang: str) -> ContentFeatures:
    """Features of one content string (cached: the same quote is compared many times)."""
    lex = lexicon()
    concepts: set[str] = set()
    stems: set[str] = set()
    name_keys: set[str] = set()
    numbers: set[str] = set()
    years: set[str] = set()
    scope: set[str] = set()
    matched_terms: list[str] = []
    negations = 0
    denial = False
    words_total = 0
    for words in _clauses(text):
        words_total += len(words)
        token_feature: list[str | None] = [None] * len(words)
        consumed = [False] * len(words)
        for match in lex.matcher.find(words):
            concepts.add(match.label)
            matched_terms.append(" ".join(words[match.start : match.end]))
            for index in range(match.start, match.end):
                consumed[index] = True
                token_feature[index] = match.label
        negator_positions: list[int] = []
        for index, word in enumerate(words):
            if consumed[index]:
                continue
            forms = variants(word)
            if word in lex.negators or (forms[-1] in lex.negators and len(word) <= 4):
                negations += 1
                negator_positions.append(index)
                continue
            if any(form in lex.deny for form in forms[:2]):
                denial = True
                continue
            if _NUMBER.fullmatch(word):
                value = word.replace(",", "")
                (years if len(value) == 4 and value[:2] in ("19", "20") else numbers).add(value)
                token_feature[index] = f"n:{value}"
                continue
            if word in lex.stopwords or any(form in lex.stopwords for form in forms[1:2]):
                continue
            stems.add(stem(word))
            token_feature[index] = f"s:{stem(word)}"
            if not word.isascii():
                # Arabic: any leftover word may be a name; its key counts only if the other side has it.
                name_keys.update(key for key in (word_key(forms[0]), word_key(forms[-1])) if len(key) >= 3)
        for position in negator_positions:
            scope |= _negated_features(words, token_feature, position)
    if lang != "ar":
        name_keys |= {key for key in (word_key(word) for word in _CAPITALIZED.findall(text)) if len(key) >= 3}
    parts = [part.strip() for part in _SENTENCE_END.split(text)]
    parts = [part for part in parts if len(tokens(part)) >= MIN_SENTENCE_TOKENS]
    return ContentFeatures(
        lang=lang,
        concepts=frozenset(concepts),
        stems=frozenset(stems),
        name_keys=frozenset(name_keys),
        numbers=frozenset(numbers),
        years=frozenset(years),
        negations=negations,
        denial=denial,
        tokens_count=words_total,
        negated_scope=frozenset(scope),
        matched_terms=tuple(matched_terms),
        sentences=tuple(content_features(part, lang) for part in parts) if len(parts) > 1 else (),
    )


def _is_cross_lingual(a: ContentFeatures, b: ContentFeatures) -> bool:
    return a.lang != b.lang


def features_similarity(
    a: ContentFeatures, b: ContentFeatures, extra_a: Iterable[str] = (), extra_b: Iterable[str] = ()
) -> float:
    """Weighted Dice overlap of two feature sets (0..1), or of their closest sentences when a
    content has several (a quotation of four sentences and a report of one of them: "ليس هناك أي
    تغييرات والتعاون مع إيران سيستمر" in both). ``extra_*`` add concept-like features (the speaker as
    implied agent of a denial)."""
    extra_a, extra_b = tuple(extra_a), tuple(extra_b)
    whole = _overlap(a, b, extra_a, extra_b)
    if not a.sentences and not b.sentences:
        return whole
    return max(whole, *(_overlap(left, right, extra_a, extra_b)
                        for left in a.sentences or (a,) for right in b.sentences or (b,)))


def _overlap(a: ContentFeatures, b: ContentFeatures, extra_a: Iterable[str], extra_b: Iterable[str]) -> float:
    cross = _is_cross_lingual(a, b)
    weights_a = a.weighted(cross)
    weights_b = b.weighted(cross)
    for extra, weights in ((extra_a, weights_a), (extra_b, weights_b)):
        for feature in extra:
            weights.setdefault(feature, WEIGHTS.get(feature[0], 1.0))
    shared = sum(min(weights_a[key], weights_b[key]) for key in weights_a.keys() & weights_b.keys())
    total = sum(weights_a.values()) + sum(weights_b.values())
    names = 0.0
    if cross:
        # Name keys only count when they meet: unknown words are not evidence of difference.
        names = len(a.name_keys & b.name_keys) * NAME_KEY_WEIGHT
        shared += names
        total += 2 * names
    if not total:
        return 0.0
    dice = 2 * shared / total
    # A partial quote ("no changes, cooperation will continue") inside a longer report of the same
    # statement: containment of the smaller side counts too, at a third of the score.
    smaller = min(sum(weights_a.values()), sum(weights_b.values())) + (names if cross else 0.0)
    containment = shared / smaller if smaller else 0.0
    return (2 * dice + containment) / 3


def claim_similarity(a_text: str, a_lang: str, b_text: str, b_lang: str) -> float:
    """How much two claim contents say the same thing, 0..1, across Arabic and English."""
    return features_similarity(content_features(a_text, a_lang), content_features(b_text, b_lang))


@dataclass(frozen=True)
class RelationGuess:
    label: RelationLabel
    score: float
    evidence: list[str]


def topic_features(features: ContentFeatures, cross_lingual: bool = False) -> set[str]:
    """What a content is about beyond who is involved: concepts (not actors, not months), exact
    numbers and, within one language, word stems."""
    out = {
        feature
        for feature in features.concepts
        if feature.startswith("c:") and not feature.startswith("c:month_")
    }
    out |= {f"n:{number}" for number in features.numbers}
    if not cross_lingual:
        out |= {f"s:{word}" for word in features.stems}
    return out


def _negated_and_asserted(features: ContentFeatures, denied: bool) -> tuple[set[str], set[str]]:
    """Topic features a content negates and those it asserts. A denial ("Moscow denied using
    drones", or a deny word inside the content) negates all of it."""
    topic = topic_features(features)
    if denied or features.denial:
        return topic, set()
    negated = topic & set(features.negated_scope)
    return negated, topic - negated


def conflicts(
    a: ContentFeatures, b: ContentFeatures, a_denied: bool = False, b_denied: bool = False
) -> list[str]:
    """Reasons two related contents cannot both be true (empty when none is seen).

    Polarity: something one side negates is asserted by the other ("will not give in to pressure"
    does not contradict "will strengthen cooperation"; "denied using Iranian drones" contradicts
    "received hundreds of drones ... to use against Ukraine"). ``*_denied``: the claim itself is a
    denial of its content. Also antonymous concepts and disagreeing exact quantities.
    """
    reasons = []
    negated_a, asserted_a = _negated_and_asserted(a, a_denied)
    negated_b, asserted_b = _negated_and_asserted(b, b_denied)
    crossed = set()
    for negated, asserted in ((negated_a, asserted_b), (negated_b, asserted_a)):
        # Enough of what is negated must be asserted on the other side: a denial of "sending weapons
        # and military equipment" is not contradicted by any claim that merely says "military".
        hit = negated & asserted
        if len(hit) >= 2 or (hit and len(hit) * 2 >= len(negated)):
            crossed |= hit
    if crossed:
        reasons.append("one negates what the other asserts: " + ", ".join(sorted(crossed)[:5]))
    for left, right in sorted(lexicon().antonyms):  # (sorted: the same evidence in every process)
        for x, y in ((a.concepts, b.concepts), (b.concepts, a.concepts)):
            if left in x and right in y and right not in x and left not in y:
                reasons.append(f"antonyms: {left[2:]} vs {right[2:]}")
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        reasons.append(f"different quantities: {sorted(a.numbers)} vs {sorted(b.numbers)}")
    return reasons


def swapped_actors(a: ContentFeatures, b: ContentFeatures) -> list[str]:
    """Each side names an actor the other does not ("government of Jordan" / "of Lebanon"): the
    same sentence about someone else is a different claim."""
    only_a = {feature for feature in a.concepts - b.concepts if feature.startswith("e:")}
    only_b = {feature for feature in b.concepts - a.concepts if feature.startswith("e:")}
    if only_a and only_b:
        return [f"different actors: {', '.join(sorted(only_a))} vs {', '.join(sorted(only_b))}"]
    return []


def classify_features(
    a: ContentFeatures,
    b: ContentFeatures,
    *,
    a_denied: bool = False,
    b_denied: bool = False,
    extra_a: Iterable[str] = (),
    extra_b: Iterable[str] = (),
    swap_contradicts: bool = True,
) -> RelationGuess:
    """Relation of two contents; ``*_denied`` when the claim is a denial of its content.

    ``swap_contradicts``: a near-identical content about another actor counts as a contradiction
    (the reading of stance data sets); when False it only keeps the pair from being the same claim.

    Sharing only actors ("Iran", "Russia") does not make two claims related unless they are
    nearly the same; a contradiction needs a shared topic (concept, number or stem).
    """
    score = features_similarity(a, b, extra_a, extra_b)
    shared_topic = topic_features(a, a.lang != b.lang) & topic_features(b, a.lang != b.lang)
    if score < RELATED_THRESHOLD or (not shared_topic and score < SAME_THRESHOLD):
        return RelationGuess("unrelated", score, [f"similarity {score:.2f}"])
    shared = sorted((set(a.concepts) & set(b.concepts)) | {f"n:{n}" for n in a.numbers & b.numbers})
    evidence = [f"similarity {score:.2f}"] + ([f"shared: {', '.join(shared)}"] if shared else [])
    reasons = conflicts(a, b, a_denied, b_denied) if shared_topic else []
    swapped = swapped_actors(a, b) if shared_topic and score >= SAME_THRESHOLD else []
    if swap_contradicts:
        reasons += swapped
    if reasons:
        return RelationGuess("contradicts", score, evidence + reasons)
    if swapped:
        return RelationGuess("supports", score, evidence + swapped)
    if score >= SAME_THRESHOLD:
        return RelationGuess("same_as", score, evidence)
    return RelationGuess("supports", score, evidence)


def classify_relation(a_text: str, a_lang: str, b_text: str, b_lang: str) -> RelationGuess:
    """same_as / contradicts / supports / unrelated for two plain content strings."""
    return classify_features(content_features(a_text, a_lang), content_features(b_text, b_lang))
