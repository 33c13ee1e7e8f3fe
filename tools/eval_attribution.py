"""Score claimx attribution (source/speaker, cue, content spans) against gold attributions.

Usage:
    python tools/eval_attribution.py --set polnear-dev [--limit N]
    python tools/eval_attribution.py --set polnear-train --limit N   # N evenly spaced train articles
    python tools/eval_attribution.py --set ar-dev [--gold eval/attribution_ar_dev.jsonl] [--limit N]
    python tools/eval_attribution.py --set ar-train   # the Arabic development set (rules are tuned on it)
    ... [--parse-cache DIR]   # reuse Stanza analyses between runs (same text -> same parse)
    ... [--errors N]          # list up to N unmatched/mismatched items in the report
    ... [--no-prefilter]      # parse every sentence (stable parse cache while the lexicon changes)

Sets:
- ``polnear-dev``: PolNeAR dev (brat standoff, ``E`` lines = Attribution/Content/Cue/Source). For an
  article with several annotator files the first file in name order is used. Discontinuous spans
  ("s e;s e") are the union of their fragments.
- ``ar-train``: ``eval/attribution_ar_train.jsonl``, the same format as ``ar-dev``; 34 other articles
  of the same selection procedure (``tools/select_ar_train.py``), for development, so that ``ar-dev``
  is scored, not tuned on.
- ``ar-train2`` … ``ar-train16``: ``eval/attribution_ar_train{2,…,16}.jsonl``, 24 articles each, the
  next picks of that procedure (``eval/attribution_ar_train{2,…,16}.md``). An article without
  any attribution has no row, so claims found in it are not counted.
- ``ar-dev``: ``eval/attribution_ar_dev.jsonl``, one JSON per attribution
  ``{"doc_id","outlet","sentence","speaker","speaker_resolved","cue","content","source","quote",
  "polarity","cue_class","occurrence"?}``; every string is a substring of ``sentence``, and ``sentence``
  of the SaudiNewsNet article text (``tools/corpora.py: saudinewsnet()``). ``occurrence`` (1-based,
  default 1) picks which occurrence of ``sentence`` in the article is meant. An implicit speaker
  (``speaker`` null, ``speaker_resolved`` given) is the nearest mention of ``speaker_resolved``
  before the cue, in the cue's sentence or earlier (else after it): the guidelines' antecedent "may be
  in the same sentence" ('وقال X إن … مشيرا إلى …'). claimx reports such speakers with that mention
  (the governing claim's speaker, or the carried-over one).

Scoring. Predicted claims are claimx statements (``kind="statement"``; event claims have no cue and
no speaker and are not attributions). Predictions are matched one-to-one to gold attributions,
greedily by the number of shared content characters (a pair needs ≥1 shared content character; when
either side has no content, ≥1 shared cue character); ``--match cue-first`` takes the pairs whose
cues overlap first, so that nested reports sharing a content are each scored against the prediction
with their own cue (reported beside the default, which the figures in docs/attribution.md use). Each
role (source, cue, content) is then scored on the matched pairs: both present and matching → TP,
both present and not matching → FP+FN, gold only → FN, predicted only → FP; an unmatched gold
attribution is an FN for each role it has, an unmatched prediction an FP for each role it has. Two
match criteria: ``overlap`` (≥1 shared non-space character) and ``exact`` (the same characters once
whitespace and punctuation at any position are ignored, so "that ..." vs "... ." edges matter but a
trailing period does not). ``soft`` is token-level: over all gold and predicted spans of a role, P =
shared tokens / predicted tokens, R = shared tokens / gold tokens (tokens: \\w+ runs; a pair only
shares tokens when matched).

Speakers. PolNeAR annotates the mention in the sentence ("he said" → Source "he"); claimx reports
a carried-over speaker (``carried_over=true``) with the span of its earlier named mention, and the
pronoun of the claim's sentence that refers to it as ``mention``. For PolNeAR the predicted source of
a carried-over speaker is that ``mention``; without one, the pronoun next to the cue ("he said", "said
she", "he also added") when there is one, else the earlier mention. Likewise
a speaker reached through a relative pronoun ("Martin O'Malley, who noted …": claimx reports the noun,
PolNeAR the pronoun) is scored at the "who" between it and the cue.
For the Arabic set a carried-over speaker's ``mention`` (its nearest mention before the cue, when
claimx found one), else its earlier mention, is compared with the located ``speaker_resolved``; a
mention that is a bare pronoun suffix ("لكنه اعتبر": ه), which the guidelines leave implicit, is
passed over for the earlier mention.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.corpora import SHARED_DATA, polnear_texts, saudinewsnet  # noqa: E402

ROLES = ("source", "cue", "content")
CharSet = frozenset[int]
_TOKEN = regex.compile(r"\w+")
_IGNORED = regex.compile(r"[\s\p{P}\p{S}]")
# A pronoun right before the cue ("he said", "he also added", "she has said") or right after it
# ("said he"), for carried-over speakers on PolNeAR.
_PRONOUNS = r"(?:he|she|they|i|we|it|you)"
_PRONOUN_BEFORE = regex.compile(
    rf"\b({_PRONOUNS})\s+(?:(?:also|then|later|has|had|have|would|will|did|does|do|was|is|further|"
    rf"previously|once|again|just|repeatedly|often|even)\s+){{0,3}}$", regex.IGNORECASE)
_PRONOUN_AFTER = regex.compile(rf"^\s+({_PRONOUNS})\b", regex.IGNORECASE)
# "Martin O'Malley, who noted that …": PolNeAR's source is the relative pronoun, claimx's speaker the
# noun it stands for; the pronoun opens the gap between that noun and the cue (no clause break in it).
# An Arabic pronoun suffix ("لكنه اعتبر": ه) the annotators leave implicit, unlike an honorific title
# with its suffix ("معاليه"), which they give as the speaker.
_BOUND_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})
_RELATIVE_AFTER = regex.compile(r"^\s*,?\s*(who)\b[^.;:!?\"“”,]{0,60}$", regex.IGNORECASE)


# ----------------------------------------------------------------------------------------- records


@dataclass
class Item:
    """One attribution (gold or predicted) as character sets per role, plus labels."""

    doc_id: str
    roles: dict[str, CharSet]
    labels: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def report(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Soft:
    shared: int = 0
    predicted: int = 0
    gold: int = 0

    def report(self) -> dict[str, float]:
        precision = self.shared / self.predicted if self.predicted else 0.0
        recall = self.shared / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}


def chars(start: int, end: int) -> CharSet:
    return frozenset(range(start, end))


def span_text(text: str, positions: CharSet) -> str:
    if not positions:
        return ""
    ordered = sorted(positions)
    pieces, begin, previous = [], ordered[0], ordered[0]
    for position in ordered[1:]:
        if position != previous + 1:
            pieces.append(text[begin:previous + 1])
            begin = position
        previous = position
    pieces.append(text[begin:previous + 1])
    return " … ".join(pieces)


# ------------------------------------------------------------------------------------- gold: PolNeAR


def parse_brat(ann: str) -> list[dict[str, list[tuple[int, int]]]]:
    """The attributions of one brat ``.ann`` file: role → fragments (Source, Cue, Content)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            _, _, offsets = parts[1].partition(" ")
            fragments = []
            for fragment in offsets.split(";"):
                start, end = fragment.split()
                fragments.append((int(start), int(end)))
            spans[parts[0]] = fragments
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            roles: dict[str, str] = {}
            for argument in parts[1].split():
                role, _, target = argument.partition(":")
                roles[role] = target
            relations.append(roles)
    found = []
    for roles in relations:
        attribution: dict[str, list[tuple[int, int]]] = {}
        for role, name in (("source", "Source"), ("cue", "Cue"), ("content", "Content")):
            target = roles.get(name, "")
            if target in spans:
                attribution[role] = spans[target]
        if attribution.get("content") or attribution.get("cue"):
            found.append(attribution)
    return found


def polnear_gold(split: str, limit: int | None) -> tuple[list[dict[str, Any]], list[Item]]:
    base = SHARED_DATA / "polnear" / "data" / split
    if split == "train" and limit is not None:
        # Train files are sorted by outlet: take N evenly spaced articles so every outlet is seen.
        everything = list(polnear_texts(split))
        step = max(1, len(everything) // max(1, limit))
        articles = everything[::step][:limit]
    else:
        articles = list(polnear_texts(split, limit))
    gold: list[Item] = []
    for article in articles:
        files = sorted((base / "attributions").glob(f"{article['doc_id']}_*.ann"))
        if not files:
            continue
        for attribution in parse_brat(files[0].read_text(encoding="utf-8")):
            roles = {role: frozenset().union(*(chars(s, e) for s, e in fragments))
                     for role, fragments in attribution.items()}
            texts = {role: span_text(article["text"], positions) for role, positions in roles.items()}
            gold.append(Item(article["doc_id"], roles, texts=texts))
    return articles, gold


# --------------------------------------------------------------------------------------- gold: Arabic


def _find_nth(haystack: str, needle: str, occurrence: int) -> int:
    position = -1
    for _ in range(max(1, occurrence)):
        position = haystack.find(needle, position + 1)
        if position < 0:
            return -1
    return position


def _closest(haystack: str, needle: str, anchor: int, lo: int, hi: int) -> int:
    """Start of the occurrence of ``needle`` in ``haystack[lo:hi]`` closest to ``anchor``."""
    best, position = -1, haystack.find(needle, lo)
    while 0 <= position and position + len(needle) <= hi:
        if best < 0 or abs(position - anchor) < abs(best - anchor):
            best = position
        position = haystack.find(needle, position + 1)
    return best


def _resolved_mention(text: str, name: str, cue_start: int) -> int:
    """The antecedent's mention nearest before the cue, in its sentence or earlier (the guidelines:
    "it may be in the same sentence": 'وقال X إن … مشيرا إلى …'), else the first after it."""
    before = text.rfind(name, 0, cue_start)
    return before if before >= 0 else text.find(name)


def arabic_gold(path: Path, limit: int | None) -> tuple[list[dict[str, Any]], list[Item], list[str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted: list[str] = []
    for row in rows:
        if row["doc_id"] not in wanted:
            wanted.append(row["doc_id"])
    if limit is not None:
        wanted = wanted[:limit]
    texts: dict[str, dict[str, Any]] = {}
    for article in saudinewsnet():
        if article["doc_id"] in wanted:
            texts[article["doc_id"]] = article
            if len(texts) == len(wanted):
                break
    problems: list[str] = []
    gold: list[Item] = []
    for number, row in enumerate(rows):
        found = texts.get(row["doc_id"])
        if found is None:
            if row["doc_id"] in wanted:
                problems.append(f"row {number}: article {row['doc_id']} not found")
            continue
        text: str = found["text"]
        sentence: str = row["sentence"]
        start = _find_nth(text, sentence, int(row.get("occurrence") or 1))
        if start < 0:
            problems.append(f"row {number}: sentence not in article {row['doc_id']}")
            continue
        end = start + len(sentence)
        roles: dict[str, CharSet] = {}
        content = row.get("content")
        content_at = start + sentence.find(content) if content and content in sentence else -1
        anchor = content_at if content_at >= 0 else start
        if content_at >= 0:
            roles["content"] = chars(content_at, content_at + len(content))
        elif content:
            problems.append(f"row {number}: content not in sentence")
        for role, key in (("cue", "cue"), ("source", "speaker")):
            value = row.get(key)
            if not value:
                continue
            at = _closest(text, value, anchor, start, end)
            if at < 0:
                problems.append(f"row {number}: {key} not in sentence")
                continue
            roles[role] = chars(at, at + len(value))
        if "source" not in roles and row.get("speaker_resolved"):
            cue_start = min(roles["cue"]) if roles.get("cue") else start
            at = _resolved_mention(text, row["speaker_resolved"], cue_start)
            if at >= 0:
                roles["source"] = chars(at, at + len(row["speaker_resolved"]))
        labels = {key: str(row[key]) for key in ("polarity", "quote", "cue_class") if row.get(key)}
        if not row.get("speaker") and row.get("speaker_resolved"):
            labels["speaker_resolved"] = str(row["speaker_resolved"])
        gold.append(Item(row["doc_id"], roles, labels=labels,
                         texts={role: span_text(text, positions) for role, positions in roles.items()}))
    articles = [texts[doc_id] for doc_id in wanted if doc_id in texts]
    return articles, gold, problems


# ---------------------------------------------------------------------------------------- prediction


def install_parse_cache(directory: Path) -> None:
    """Memoize ``analyze_texts`` on disk (pickled Stanza documents keyed by language and text)."""
    import claimx.api as api

    directory.mkdir(parents=True, exist_ok=True)
    original = api.analyze_texts

    def cached(lang: str, texts: Sequence[str], model_dir: Any = None) -> Any:
        keys = [hashlib.sha1(f"{lang}\0{t}".encode()).hexdigest() for t in texts]
        missing = [i for i, key in enumerate(keys) if not (directory / f"{key}.pkl").exists()]
        models = None
        if missing:
            documents, models = original(lang, [texts[i] for i in missing], model_dir)
            for i, document in zip(missing, documents, strict=True):
                (directory / f"{keys[i]}.pkl").write_bytes(pickle.dumps(document))
        if models is None:
            from claimx.analyze.pipeline import get_pipeline
            models = get_pipeline(lang, model_dir).models
        loaded = [pickle.loads((directory / f"{key}.pkl").read_bytes()) for key in keys]
        return loaded, models

    setattr(api, "analyze_texts", cached)  # noqa: B010


def _carried_mention(text: str, cue_start: int, cue_end: int,
                     content: CharSet = frozenset()) -> tuple[int, int] | None:
    """The pronoun next to the cue that PolNeAR would annotate for a carried-over speaker ("he said",
    "said she"); never one inside the claim's own content ("…, arguing he didn't want …": the
    claim's subject, not its speaker)."""
    before = _PRONOUN_BEFORE.search(text[max(0, cue_start - 60):cue_start])
    if before is not None and max(0, cue_start - 60) + before.start(1) not in content:
        offset = max(0, cue_start - 60)
        return offset + before.start(1), offset + before.end(1)
    after = _PRONOUN_AFTER.search(text[cue_end:cue_end + 12])
    if after is not None and cue_end + after.start(1) not in content:
        return cue_end + after.start(1), cue_end + after.end(1)
    return None


def predicted_items(articles: Iterable[dict[str, Any]], lang: str, *, polnear: bool,
                    prefilter: bool = True) -> Iterator[Item]:
    from claimx.api import extract_many

    requests = ({"doc_id": a["doc_id"], "text": a["text"], "published": a.get("published")} for a in articles)
    for article in extract_many(requests, lang=lang, prefilter=prefilter):
        for error in article.errors:
            print(f"{article.doc_id}: {error.type}: {error.message}", file=sys.stderr)
        for claim in article.claims:
            if claim.kind != "statement":
                continue
            content = chars(claim.content.start, claim.content.end)
            for part in claim.continuation:  # '“A,” she said. “B.”': gold content is A … B
                content = content | chars(part.start, part.end)
            roles: dict[str, CharSet] = {"content": content}
            if claim.cue is not None:
                roles["cue"] = chars(claim.cue.start, claim.cue.end)
            speaker = claim.speaker
            if speaker is not None:
                span = (speaker.start, speaker.end)
                if speaker.carried_over and speaker.mention is not None and \
                        (polnear or speaker.mention.text not in _BOUND_PRONOUNS):
                    span = (speaker.mention.start, speaker.mention.end)
                elif speaker.carried_over and polnear and claim.cue is not None:
                    span = _carried_mention(article.text, claim.cue.start, claim.cue.end, content) or span
                elif polnear and claim.cue is not None and speaker.end <= claim.cue.start:
                    relative = _RELATIVE_AFTER.match(article.text[speaker.end:claim.cue.start])
                    if relative is not None:
                        span = (speaker.end + relative.start(1), speaker.end + relative.end(1))
                roles["source"] = chars(*span)
            labels: dict[str, str] = {"polarity": claim.polarity, "quote": claim.quote,
                                      "rule": claim.evidence.rule if claim.evidence else "",
                                      "carried": str(bool(speaker is not None and speaker.carried_over))}
            if claim.cue is not None:
                labels["cue_class"] = claim.cue.cue_class
            yield Item(article.doc_id, roles, labels=labels,
                       texts={role: span_text(article.text, positions) for role, positions in roles.items()})


# ------------------------------------------------------------------------------------------- scoring


def _meaningful(text: str, positions: CharSet) -> CharSet:
    return frozenset(p for p in positions if p < len(text) and not _IGNORED.match(text[p]))


def _tokens(text: str, positions: CharSet) -> frozenset[tuple[int, int]]:
    if not positions:
        return frozenset()
    low, high = min(positions), max(positions) + 1
    return frozenset((m.start(), m.end()) for m in _TOKEN.finditer(text, low, high)
                     if any(p in positions for p in range(m.start(), m.end())))


def match(gold: Sequence[Item], predicted: Sequence[Item], *,
          cue_first: bool = False) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), greedy by shared content characters, shared cue
    characters breaking ties; with ``cue_first``, pairs whose cues overlap come before all others, so
    that of two nested reports sharing a content ("X said Y told him Z") each gold one is scored
    against the prediction with its own cue."""
    scored = []
    for g, gold_item in enumerate(gold):
        for p, pred_item in enumerate(predicted):
            if gold_item.doc_id != pred_item.doc_id:
                continue
            gold_content, pred_content = gold_item.roles.get("content"), pred_item.roles.get("content")
            if gold_content and pred_content:
                shared = len(gold_content & pred_content)
                cue = len(gold_item.roles.get("cue", frozenset()) & pred_item.roles.get("cue", frozenset()))
                if shared:
                    scored.append((shared, cue, g, p))
            else:
                cue = len(gold_item.roles.get("cue", frozenset()) & pred_item.roles.get("cue", frozenset()))
                if cue:
                    scored.append((0, cue, g, p))
    scored.sort(key=lambda row: (-(cue_first and row[1] > 0), -row[0], -row[1], row[2], row[3]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, g, p in scored:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append((g, p))
    return pairs


def has_cue_form(cue: str, lang: str) -> bool:
    """Whether any word of a gold cue, or a phrase in it, is in claimx's cue lexicon (a missed
    attribution without one is out of reach of the rules, whatever the parse)."""
    from claimx.extractors.lexicon import fold, lexicon_for

    lexicon = lexicon_for(lang)
    words = [fold(word) for word in regex.findall(r"[\w'’]+", cue)]
    # the parser gives the lemma the form lacks ("notes", "shows"): try the form without -s / -es
    stems = [(word, stem) for word in words for stem in (None, word[:-1], word[:-2])]
    return any(lexicon.cue(word, stem) or lexicon.noun(word, stem) for word, stem in stems) or \
        any(lexicon.phrase_at(words, position) for position in range(len(words)))


_NAME_WORD = regex.compile(r"\w+")


def _names_the_same(predicted: str, resolved: str) -> bool:
    """An implicit speaker reported by another mention of its antecedent: every word of the predicted
    speaker is a word of the annotated antecedent ("فرحان" or "حق" for "فرحان حق الناطق باسم الأمم
    المتحدة"). Scored as ``source_entity`` beside the positional ``overlap``."""
    words = _NAME_WORD.findall(predicted)
    return bool(words) and set(words) <= set(_NAME_WORD.findall(resolved))


def score(gold: Sequence[Item], predicted: Sequence[Item], texts: dict[str, str],
          errors: int = 0, lang: str | None = None, *, cue_first: bool = False) -> dict[str, Any]:
    """Scores of ``predicted`` against ``gold``; with ``lang``, also how many missed gold
    attributions have no cue form of the lexicon (``missed_without_cue_form``)."""
    pairs = match(gold, predicted, cue_first=cue_first)
    exact = {role: Counts() for role in ROLES}
    overlap = {role: Counts() for role in ROLES}
    soft = {role: Soft() for role in ROLES}
    labels: dict[str, Counter[str]] = {key: Counter() for key in ("polarity", "quote", "cue_class")}
    examples: dict[str, list[dict[str, Any]]] = {"missed": [], "spurious": [], "mismatch": []}
    entity = Counts()  # source, where another mention of an implicit speaker's antecedent also counts

    def add_entity(text: str, gold_item: Item | None, pred_item: Item | None) -> None:
        gold_chars = gold_item.roles.get("source") if gold_item is not None else None
        pred_chars = pred_item.roles.get("source") if pred_item is not None else None
        if gold_chars is None and pred_chars is None:
            return
        if gold_chars is None or pred_chars is None:
            entity.fp += gold_chars is None
            entity.fn += pred_chars is None
            return
        assert gold_item is not None and pred_item is not None
        resolved = gold_item.labels.get("speaker_resolved")
        if gold_chars & pred_chars or (resolved and _names_the_same(span_text(text, pred_chars), resolved)):
            entity.tp += 1
        else:
            entity.fp += 1
            entity.fn += 1

    def add(role: str, text: str, gold_chars: CharSet | None, pred_chars: CharSet | None) -> bool:
        if gold_chars is not None:
            soft[role].gold += len(_tokens(text, gold_chars))
        if pred_chars is not None:
            soft[role].predicted += len(_tokens(text, pred_chars))
        if gold_chars is None and pred_chars is None:
            return True
        if gold_chars is None:
            exact[role].fp += 1
            overlap[role].fp += 1
            return False
        if pred_chars is None:
            exact[role].fn += 1
            overlap[role].fn += 1
            return False
        soft[role].shared += len(_tokens(text, gold_chars) & _tokens(text, pred_chars))
        ok = True
        if _meaningful(text, gold_chars) == _meaningful(text, pred_chars):
            exact[role].tp += 1
        else:
            exact[role].fp += 1
            exact[role].fn += 1
        if gold_chars & pred_chars:
            overlap[role].tp += 1
        else:
            overlap[role].fp += 1
            overlap[role].fn += 1
            ok = False
        return ok

    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for g, p in pairs:
        gold_item, pred_item = gold[g], predicted[p]
        text = texts[gold_item.doc_id]
        bad = [role for role in ROLES
               if not add(role, text, gold_item.roles.get(role), pred_item.roles.get(role))]
        add_entity(text, gold_item, pred_item)
        for key, counter in labels.items():
            if key in gold_item.labels and key in pred_item.labels:
                counter["n"] += 1
                counter["correct"] += gold_item.labels[key] == pred_item.labels[key]
                if gold_item.labels[key] != pred_item.labels[key]:
                    counter[f"{gold_item.labels[key]}->{pred_item.labels[key]}"] += 1
        if bad and len(examples["mismatch"]) < errors:
            examples["mismatch"].append({"doc_id": gold_item.doc_id, "roles": bad,
                                         "gold": gold_item.texts, "predicted": pred_item.texts,
                                         "rule": pred_item.labels.get("rule", ""),
                                         "carried": pred_item.labels.get("carried", "")})
    missed_without_cue_form = 0
    for g, gold_item in enumerate(gold):
        if g not in matched_gold:
            if lang is not None and not has_cue_form(gold_item.texts.get("cue") or "", lang):
                missed_without_cue_form += 1
            for role in ROLES:
                add(role, texts[gold_item.doc_id], gold_item.roles.get(role), None)
            add_entity(texts[gold_item.doc_id], gold_item, None)
            if len(examples["missed"]) < errors:
                examples["missed"].append({"doc_id": gold_item.doc_id, "gold": gold_item.texts})
    for p, pred_item in enumerate(predicted):
        if p not in matched_pred:
            for role in ROLES:
                add(role, texts[pred_item.doc_id], None, pred_item.roles.get(role))
            add_entity(texts[pred_item.doc_id], None, pred_item)
            if len(examples["spurious"]) < errors:
                examples["spurious"].append({"doc_id": pred_item.doc_id, "predicted": pred_item.texts,
                                             "rule": pred_item.labels.get("rule", "")})
    report: dict[str, Any] = {
        "n_gold": len(gold), "n_predicted": len(predicted), "n_matched": len(pairs),
        "exact": {role: exact[role].report() for role in ROLES},
        "overlap": {role: overlap[role].report() for role in ROLES},
        "soft": {role: soft[role].report() for role in ROLES},
        "source_entity": entity.report(),
    }
    if lang is not None:
        report["missed_without_cue_form"] = missed_without_cue_form
    accuracy = {}
    for key, counter in labels.items():
        if counter["n"]:
            confusions = {k: v for k, v in counter.most_common() if "->" in k}
            accuracy[key] = {"n": counter["n"], "accuracy": round(counter["correct"] / counter["n"], 4),
                             "confusions": confusions}
    if accuracy:
        report["labels_on_matched"] = accuracy
    rules: dict[str, Counter[str]] = {}
    for p, pred_item in enumerate(predicted):
        counter = rules.setdefault(pred_item.labels.get("rule", ""), Counter())
        counter["predicted"] += 1
        counter["matched"] += p in matched_pred
    report["rules"] = {rule: dict(counter) for rule, counter in sorted(rules.items())}
    # per rule and cue as written (lower case): which cues of a rule PolNeAR or the Arabic set annotate
    cues: dict[str, Counter[str]] = {}
    for p, pred_item in enumerate(predicted):
        key = f'{pred_item.labels.get("rule", "")}:{pred_item.texts.get("cue", "").lower()}'
        cues.setdefault(key, Counter())["predicted"] += 1
        cues[key]["matched"] += p in matched_pred
    frequent = sorted(cues.items(), key=lambda item: -item[1]["predicted"])
    report["cues"] = {key: dict(counter) for key, counter in frequent if counter["predicted"] >= 3}
    if errors:
        report["examples"] = examples
    return report


# ---------------------------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", required=True,
                        choices=["polnear-dev", "polnear-train", "ar-dev", "ar-train",
                                 *(f"ar-train{n}" for n in range(2, 17))])
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--gold", type=Path, default=None,
                        help="the Arabic gold file (default: eval/attribution_ar_dev.jsonl or _train.jsonl)")
    parser.add_argument("--parse-cache", type=Path, default=None, help="directory for cached Stanza analyses")
    parser.add_argument("--no-prefilter", action="store_true",
                        help="parse every sentence (parses then stay cached when the cue lexicon changes)")
    parser.add_argument("--errors", type=int, default=0, help="list up to N error examples of each kind")
    parser.add_argument("--match", choices=["content", "cue-first"], default="content",
                        help="pair predictions with gold attributions by shared content (the figures of "
                             "docs/attribution.md), or first by overlapping cues (nested reports)")
    parser.add_argument("-o", "--output", type=Path, default=None, help="report path")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    problems: list[str] = []
    if args.set in ("polnear-dev", "polnear-train"):
        articles, gold = polnear_gold(args.set.removeprefix("polnear-"), args.limit)
        lang = "en"
    else:
        args.gold = args.gold or ROOT / "eval" / f"attribution_{args.set.replace('-', '_')}.jsonl"
        if not args.gold.exists():
            print(f"gold file {args.gold} not found", file=sys.stderr)
            return 2
        articles, gold, problems = arabic_gold(args.gold, args.limit)
        lang = "ar"
    if args.parse_cache is not None:
        install_parse_cache(args.parse_cache)
    texts = {article["doc_id"]: article["text"] for article in articles}
    extract_started = time.perf_counter()
    predicted = list(predicted_items(articles, lang, polnear=args.set.startswith("polnear"),
                                     prefilter=not args.no_prefilter))
    extract_seconds = time.perf_counter() - extract_started
    report: dict[str, Any] = {"set": args.set, "articles": len(articles), "limit": args.limit,
                              "prefilter": not args.no_prefilter}
    report.update(score(gold, predicted, texts, args.errors, lang, cue_first=args.match == "cue-first"))
    report["match"] = args.match
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    report["extract_seconds"] = round(extract_seconds, 1)
    report["parse_cache"] = args.parse_cache is not None
    if problems:
        report["gold_problems"] = problems
    output = args.output or ROOT / "runs" / f"eval_attribution_{args.set}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    rendered = json.dumps(report, ensure_ascii=False, indent=2)
    output.write_text(rendered + "\n", encoding="utf-8")
    print(rendered)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
