"""Held-out evaluation of the bundled compact Stanza models; writes the scores into the manifest.

Parsing is scored end to end from raw text (tokenize -> ... -> depparse) with the CoNLL 2018 scorer
against gold trees training never saw: UD EWT test (en, multiword tokens flattened like in training)
and the last 100 UD PUD sentences (en and ar). NER is scored on gold tokens, exact span + type
(CoNLL-2003 testb, ANERcorp CAMeL test).

    OMP_NUM_THREADS=1 nice -n 10 python tools/eval_models.py --lang en ar [--no-write]
    OMP_NUM_THREADS=1 python tools/eval_models.py --lang en --ner-candidate work_models/en/CKPT
    OMP_NUM_THREADS=1 python tools/eval_models.py --lang en --depparse-candidate work_models/en/CKPT
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import smoke_models
import train_data as td
from train_models import CHARLM_DIRECTIONS

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "work_models"
PARSE_SETS = {"en": [("test.conllu", "UD EWT test"), ("pud_test.conllu", "UD PUD en, last 100 sentences")],
              "ar": [("pud_test.conllu", "UD PUD ar, last 100 sentences")]}


def raw_text(sentences: list[td.Sentence], per_paragraph: int = 8) -> str:
    paragraphs = []
    for start in range(0, len(sentences), per_paragraph):
        chunk = sentences[start:start + per_paragraph]
        paragraphs.append(" ".join(td.sentence_text(rows) for _, rows in chunk))
    return "\n\n".join(paragraphs)


def restore_unknown_forms(conllu: str, text: str) -> str:
    """Stanza writes very long tokens (URLs) as ``<UNK>``; the scorer needs the characters back, which
    the MISC ``start_char``/``end_char`` of the same line give."""
    lines = []
    for line in conllu.splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[1] == "<UNK>":
            misc = dict(item.split("=", 1) for item in cols[9].split("|") if "=" in item)
            if "start_char" in misc and "end_char" in misc:
                cols[1] = text[int(misc["start_char"]):int(misc["end_char"])]
                line = "\t".join(cols)
        lines.append(line)
    return "\n".join(lines)


def score_parse(lang: str, gold_path: Path, candidate: Path | None = None) -> dict[str, float]:
    """CoNLL 2018 scores of the installed pipeline, or of it with the parser of ``candidate`` (a
    checkpoint folder of train_models.py --no-install) in place of the installed one."""
    # Stanza's own wrapper around the CoNLL 2018 scorer (its module moved between Stanza versions)
    from stanza.models.common.utils import ud_scores
    sentences = td.read_conllu(gold_path)
    overrides = {"depparse_model_path": str(candidate / "depparse.pt")} if candidate is not None else {}
    nlp = smoke_models.build_pipeline(lang, processors=",".join(
        p for p in smoke_models.pipeline_kwargs(lang)["processors"].split(",") if p != "ner"), **overrides)
    started = time.time()
    text = raw_text(sentences)
    doc = nlp(text)
    elapsed = time.time() - started
    suffix = ".pred.conllu" if candidate is None else f".{candidate.name}.pred.conllu"
    pred_path = gold_path.with_suffix(suffix)
    pred_path.write_text(restore_unknown_forms(f"{doc:C}", text) + "\n\n", encoding="utf-8")
    result = ud_scores(str(gold_path), str(pred_path))
    words = sum(len([r for r in rows if "-" not in r[0]]) for _, rows in sentences)
    def pct(value: float) -> float:
        return round(100 * value, 2)

    return {"tokens_f1": pct(result["Tokens"].f1), "sentences_f1": pct(result["Sentences"].f1),
            # F1 over words, as the CoNLL 2018 shared task and Stanza's performance page report them
            # (a tokenization error counts against every later layer); aligned accuracies beside them.
            "words_f1": pct(result["Words"].f1), "upos": pct(result["UPOS"].f1),
            "lemma": pct(result["Lemmas"].f1), "uas": pct(result["UAS"].f1), "las": pct(result["LAS"].f1),
            "upos_aligned": pct(result["UPOS"].aligned_accuracy or 0.0),
            "las_aligned": pct(result["LAS"].aligned_accuracy or 0.0),
            "words_per_s": round(words / elapsed, 1)}


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans from BIO or BIOES tags."""
    found: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix in ("I", "E") and kind == label and start >= 0
        if not continues and start >= 0:
            found.add((start, index, label))
            start, label = -1, ""
        if prefix in ("B", "S") or (prefix in ("I", "E") and not continues):
            start, label = index, kind
        if prefix in ("E", "S") and start >= 0:
            found.add((start, index + 1, label))
            start, label = -1, ""
    return found


def candidate_paths(folder: Path) -> dict[str, str]:
    """Pipeline paths for a NER checkpoint not installed yet: its ``ner.pt`` and the character LMs
    trained beside it (train_models.py --no-install writes both into one checkpoint folder)."""
    paths = {"ner_model_path": str(folder / "ner.pt")}
    for direction in CHARLM_DIRECTIONS:
        charlm = folder / f"{direction}_charlm.pt"
        if charlm.is_file():
            paths[f"ner_{direction}_charlm_path"] = str(charlm)
    return paths


def score_ner(lang: str, candidate: Path | None = None) -> dict[str, Any]:
    data = json.loads((WORK / lang / "data" / "ner_test.json").read_text(encoding="utf-8"))
    overrides = candidate_paths(candidate) if candidate is not None else {}
    nlp = smoke_models.build_pipeline(lang, processors="tokenize,ner", tokenize_pretokenized=True,
                                      **overrides)
    tokens = [[t["text"] for t in sent] for sent in data]
    doc = nlp(tokens)
    gold_total = pred_total = correct = 0
    labels: set[str] = set()
    for sent, predicted in zip(data, doc.sentences, strict=True):
        gold = spans([t["ner"] for t in sent])
        pred = spans([t.ner for t in predicted.tokens])
        labels |= {label for _, _, label in pred}
        gold_total += len(gold)
        pred_total += len(pred)
        correct += len(gold & pred)
    precision = correct / pred_total if pred_total else 0.0
    recall = correct / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"ner_precision": round(100 * precision, 2), "ner_recall": round(100 * recall, 2),
            "ner_f1": round(100 * f1, 2), "ner_labels": sorted(labels)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["en", "ar"])
    parser.add_argument("--no-write", action="store_true", help="do not store the scores in the manifest")
    parser.add_argument("--ner-candidate", type=Path, default=None,
                        help="score only the NER model in this checkpoint folder (nothing is written)")
    parser.add_argument("--depparse-candidate", type=Path, default=None,
                        help="score only the parser in this checkpoint folder (nothing is written)")
    args = parser.parse_args(argv)
    if args.ner_candidate is not None:
        for lang in args.lang:
            print(json.dumps({lang: score_ner(lang, args.ner_candidate)}, indent=1), flush=True)
        return 0
    if args.depparse_candidate is not None:
        for lang in args.lang:
            scores = {name: score_parse(lang, WORK / lang / "data" / fname, args.depparse_candidate)
                      for fname, name in PARSE_SETS[lang]}
            print(json.dumps({lang: scores}, indent=1, ensure_ascii=False), flush=True)
        return 0
    results: dict[str, Any] = {}
    for lang in args.lang:
        results[lang] = {"parse": {name: score_parse(lang, WORK / lang / "data" / fname)
                                   for fname, name in PARSE_SETS[lang]},
                         "ner": score_ner(lang)}
        print(json.dumps({lang: results[lang]}, indent=1, ensure_ascii=False), flush=True)
    out = WORK / "eval.json"
    previous = json.loads(out.read_text()) if out.exists() else {}
    out.write_text(json.dumps({**previous, **results}, indent=1, ensure_ascii=False))
    if not args.no_write:
        manifest_path = smoke_models.MODELS / "manifest.json"
        manifest = smoke_models.load_manifest()
        for lang, result in results.items():
            main_set = PARSE_SETS[lang][0][1]
            parse = result["parse"][main_set]
            manifest["languages"][lang]["scores"] = {
                "tokens_f1": parse["tokens_f1"], "upos": parse["upos"], "uas": parse["uas"],
                "las": parse["las"], "ner_f1": result["ner"]["ner_f1"]}
        text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
        manifest_path.write_text(text, encoding="utf-8")
        (WORK / "manifest.staged.json").write_text(text, encoding="utf-8")  # keep re-installs in sync
    return 0


if __name__ == "__main__":
    sys.exit(main())
