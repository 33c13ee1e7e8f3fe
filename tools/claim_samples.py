"""Claims on fixed samples of raw SaudiNewsNet paragraphs, and what changed between two runs.

The attribution work compares every change on four disjoint samples of 250 paragraphs (docs/attribution.md):
paragraphs of 80-700 characters with a common cue word, at most two per article, from articles whose
``doc_id`` ends in a number ``n`` with ``n % 7 == K`` and that are not in the Arabic dev or first train
set (the samples were fixed before the later development sets existed, and stay as they were).

    python tools/claim_samples.py run runs/raw_k0.json --sample 0      # claims of sample K=0
    python tools/claim_samples.py diff runs/raw_old_k0.json runs/raw_k0.json
    python tools/claim_samples.py share --articles 400                  # pre-pass kept share, Arabic
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = ("attribution_ar_dev.jsonl", "attribution_ar_train.jsonl")
CUE_WORDS = re.compile("قال|أكد|أضاف|أوضح|أشار|أعلن|ذكر|نفى|كشف|لفت|بين")
SAMPLE_SIZE = 250
SAMPLES = 7


def sample_paragraphs(sample: int) -> list[str]:
    held_out = {json.loads(line)["doc_id"] for name in HELD_OUT
                for line in (ROOT / "eval" / name).read_text(encoding="utf-8").splitlines() if line.strip()}
    texts: list[str] = []
    for article in corpora.saudinewsnet(limit=20000):
        if article["doc_id"] in held_out or int(article["doc_id"][-4:]) % SAMPLES != sample:
            continue
        paragraphs = [p for p in article["text"].split("\n") if 80 < len(p) < 700 and CUE_WORDS.search(p)]
        texts.extend(paragraphs[:2])
        if len(texts) >= SAMPLE_SIZE:
            break
    return texts[:SAMPLE_SIZE]


def run(out: Path, sample: int) -> None:
    from claimx.api import extract

    rows: list[list[Any]] = []
    for text in sample_paragraphs(sample):
        claims = extract(text, lang="ar").claims
        rows.append([text[:60]] + [[c.cue.text if c.cue else None, c.speaker.text if c.speaker else None,
                                    c.content.text[:60], [s.text for s in c.source_chain]] for c in claims])
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def diff(before: Path, after: Path) -> int:
    """Print the paragraphs whose claims differ (- before, + after); return how many."""
    old, new = (json.loads(path.read_text(encoding="utf-8")) for path in (before, after))
    changed = 0
    for was, now in zip(old, new, strict=True):
        if was == now:
            continue
        changed += 1
        print("==", was[0])
        print("\n".join(f"  - {claim}" for claim in was[1:] if claim not in now[1:]))
        print("\n".join(f"  + {claim}" for claim in now[1:] if claim not in was[1:]))
    print(f"changed {changed} of {len(old)}")
    return changed


def share(articles: int) -> None:
    """The share of Arabic characters the pre-pass keeps, without and with each article's lead."""
    from claimx.extractors.prepass import mask_unlikely, reports
    from claimx.ingest import ingest, join_introductions

    total = 0
    kept = kept_with_lead = 0.0
    for article in corpora.saudinewsnet(limit=articles, per_outlet=30):
        ingested = join_introductions(ingest(article["text"]), reports)
        lead = next((i for i, unit in enumerate(ingested.units) if unit.in_body), None)
        for position, unit in enumerate(ingested.units):
            if unit.lang != "ar":
                continue
            text = unit.normalized.text
            total += len(text)
            kept += mask_unlikely(text, "ar")[1] * len(text)
            kept_with_lead += mask_unlikely(text, "ar", keep_first=position == lead)[1] * len(text)
    print(json.dumps({"articles": articles, "characters": total, "kept": round(kept / total, 4),
                      "kept_with_lead": round(kept_with_lead / total, 4)}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run")
    run_parser.add_argument("out", type=Path)
    run_parser.add_argument("--sample", type=int, default=0, choices=range(SAMPLES))
    diff_parser = commands.add_parser("diff")
    diff_parser.add_argument("before", type=Path)
    diff_parser.add_argument("after", type=Path)
    share_parser = commands.add_parser("share")
    share_parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args(argv)
    if args.command == "run":
        run(args.out, args.sample)
    elif args.command == "diff":
        diff(args.before, args.after)
    else:
        share(args.articles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
