"""Validate the hand-annotated Arabic attribution dev set (eval/attribution_ar_dev.jsonl).

Usage:
    python tools/check_ar_dev.py [FILE] [--no-minimums]

Re-reads every article through tools/corpora.py (SaudiNewsNet) and checks, for each line:
- `sentence` occurs in the article text (at least `occurrence` times, default 1);
- `speaker`, `speaker_resolved` (for implicit speakers), `cue`, `content`, `source` are exact
  substrings of `sentence` when not null (the resolved speaker may come from an earlier sentence, so
  it is checked against the article text);
- the enums (`quote`, `polarity`, `cue_class`), the outlet, the required keys;
- an implicit speaker (null `speaker`) has a `speaker_resolved`;
- no line is a duplicate of another.
Then the set-level minimums of the dev set: >= 32 articles, >= 7 outlets, >= 170 attributions
(``--no-minimums`` for a smaller development set). Prints counts per outlet, quote kind, cue class
and polarity. Exit status 1 on any problem.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora

DEFAULT = Path(__file__).resolve().parents[1] / "eval" / "attribution_ar_dev.jsonl"
QUOTES = {"direct", "indirect", "mixed", "headline"}
POLARITIES = {"asserted", "denied"}
CUE_CLASSES = {
    "assert",
    "deny",
    "admit",
    "report",
    "concern",
    "threat",
    "promise",
    "warn",
    "accuse",
    "believe",
    "other",
}
REQUIRED = (
    "doc_id",
    "outlet",
    "sentence",
    "speaker",
    "speaker_resolved",
    "cue",
    "content",
    "source",
    "quote",
    "polarity",
    "cue_class",
)
OPTIONAL = {"note", "occurrence"}
MIN_ARTICLES, MIN_OUTLETS, MIN_ATTRIBUTIONS = 32, 7, 170


def load(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                row = json.loads(line)
                row["_line"] = number
                rows.append(row)
    return rows


def articles(doc_ids: set[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for doc in corpora.saudinewsnet():
        if doc["doc_id"] in doc_ids:
            found[doc["doc_id"]] = doc
            if len(found) == len(doc_ids):
                break
    return found


def check_row(row: dict[str, Any], docs: dict[str, dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    missing = [key for key in REQUIRED if key not in row]
    extra = set(row) - set(REQUIRED) - OPTIONAL - {"_line"}
    if missing:
        problems.append(f"missing keys {missing}")
    if extra:
        problems.append(f"unknown keys {sorted(extra)}")
    if missing:
        return problems
    doc = docs.get(row["doc_id"])
    if doc is None:
        return [f"doc_id {row['doc_id']} not in SaudiNewsNet"]
    text: str = doc["text"]
    sentence = row["sentence"]
    if row["outlet"] != doc["outlet"]:
        problems.append(f"outlet {row['outlet']} != {doc['outlet']}")
    if not isinstance(sentence, str) or not sentence:
        return [*problems, "empty sentence"]
    occurrence = row.get("occurrence", 1)
    if not isinstance(occurrence, int) or occurrence < 1:
        problems.append(f"bad occurrence {occurrence!r}")
    elif text.count(sentence) < occurrence:
        problems.append(f"sentence found {text.count(sentence)} times, occurrence {occurrence}")
    for key in ("speaker", "cue", "content", "source"):
        value = row[key]
        if key in ("cue", "content") and not value:
            problems.append(f"{key} is empty")
        elif value is not None and (not isinstance(value, str) or value not in sentence):
            problems.append(f"{key} not a substring of sentence: {value!r}")
    resolved = row["speaker_resolved"]
    if row["speaker"] is None and not resolved:
        problems.append("implicit speaker without speaker_resolved")
    if resolved is not None and (not isinstance(resolved, str) or resolved not in text):
        problems.append(f"speaker_resolved not in article text: {resolved!r}")
    for key, allowed in (("quote", QUOTES), ("polarity", POLARITIES), ("cue_class", CUE_CLASSES)):
        if row[key] not in allowed:
            problems.append(f"{key}={row[key]!r} not in {sorted(allowed)}")
    return problems


def main(argv: list[str]) -> int:
    minimums = "--no-minimums" not in argv
    paths = [arg for arg in argv[1:] if arg != "--no-minimums"]
    path = Path(paths[0]) if paths else DEFAULT
    rows = load(path)
    docs = articles({row.get("doc_id", "") for row in rows})
    failures = 0
    seen: set[str] = set()
    for row in rows:
        problems = check_row(row, docs)
        key = json.dumps(
            {k: v for k, v in row.items() if k not in ("_line", "note")}, sort_keys=True, ensure_ascii=False
        )
        if key in seen:
            problems.append("duplicate line")
        seen.add(key)
        for problem in problems:
            failures += 1
            print(f"line {row['_line']} ({row.get('doc_id')}): {problem}")
    n_docs = len({row["doc_id"] for row in rows})
    outlets = Counter(row["outlet"] for row in rows)
    docs_per_outlet = Counter(outlet for outlet, _ in {(row["outlet"], row["doc_id"]) for row in rows})
    print(
        f"{len(rows)} attributions in {n_docs} articles from {len(outlets)} outlets "
        f"({len({row['doc_id'][:10] for row in rows})} days)"
    )
    print(
        "per outlet (attributions/articles):",
        ", ".join(f"{o} {n}/{docs_per_outlet[o]}" for o, n in sorted(outlets.items())),
    )
    for field in ("quote", "cue_class", "polarity"):
        counts = Counter(row[field] for row in rows if field in row)
        print(f"per {field}:", ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    print(
        "implicit speakers:",
        sum(row.get("speaker") is None for row in rows),
        "| with source:",
        sum(row.get("source") is not None for row in rows),
    )
    for label, value, minimum in (
        ("articles", n_docs, MIN_ARTICLES),
        ("outlets", len(outlets), MIN_OUTLETS),
        ("attributions", len(rows), MIN_ATTRIBUTIONS),
    ):
        if minimums and value < minimum:
            failures += 1
            print(f"too few {label}: {value} < {minimum}")
    print("OK" if not failures else f"{failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
