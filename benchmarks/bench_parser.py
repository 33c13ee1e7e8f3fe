"""Stanza's dependency parser on the benchmark's pre-filtered text, with Stanza's tree decoder and
with claimx's (``claimx.analyze.decoding``), and whether the parses are the same.

Usage:
    OMP_NUM_THREADS=1 python benchmarks/bench_parser.py --articles 100

Same articles as ``bench_throughput.py`` (half SaudiNewsNet, half PolNeAR dev). Each language's kept
text (``claimx.extractors.prepass.mask_unlikely``; its share of the characters is printed) is tokenized
and tagged once; then only the parser runs, twice per decoder, alternating, on copies of the same
documents. "stanza" routes both Stanza modules that decode trees (the parser and its head-constraint
repair) through Stanza's own ``chuliu_edmonds_one_root``; "claimx" through ``one_root_tree``;
"parser_only" uses claimx's for the parser's trees and Stanza's for the repair's trial trees (claimx
before 2026-12-06).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_throughput import corpus  # noqa: E402


def main() -> None:
    import stanza
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root
    from stanza.models.depparse import head_constraints
    from stanza.models.depparse import model as parser_model

    from claimx.analyze.decoding import one_root_tree
    from claimx.analyze.pipeline import get_pipeline
    from claimx.extractors.prepass import mask_unlikely

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--share-only", action="store_true",
                        help="print the pre-pass's kept share of each language and stop (no parsing)")
    args = parser.parse_args()
    items = corpus(args.articles)
    for lang in ("ar", "en"):
        texts = [item["text"] for item in items if item["lang"] == lang]
        masked = [mask_unlikely(text, lang) for text in texts]
        kept = sum(share * len(text) for (_, share), text in zip(masked, texts, strict=True))
        if args.share_only:
            print(json.dumps({"lang": lang, "articles": len(texts),
                              "kept_share": round(kept / sum(map(len, texts)), 4)}), flush=True)
            continue
        pipeline = get_pipeline(lang).pipeline
        documents = pipeline.processors["tokenize"].bulk_process(
            [stanza.Document([], text=text) for text, _ in masked])
        for name in ("mwt", "pos"):
            if name in pipeline.processors:
                documents = pipeline.processors[name].bulk_process(documents)
        settings = {"stanza": (chuliu_edmonds_one_root, chuliu_edmonds_one_root),
                    "parser_only": (one_root_tree, chuliu_edmonds_one_root),
                    "claimx": (one_root_tree, one_root_tree)}
        seconds: dict[str, list[float]] = {name: [] for name in settings}
        parses: dict[str, list[tuple[int, str]]] = {}
        for decoder_name in [*settings, *settings]:
            for module, decoder in zip((parser_model, head_constraints), settings[decoder_name], strict=True):
                module.chuliu_edmonds_one_root = decoder
            work = copy.deepcopy(documents)
            started = time.perf_counter()
            work = pipeline.processors["depparse"].bulk_process(work)
            seconds[decoder_name].append(round(time.perf_counter() - started, 2))
            parses[decoder_name] = [(w.head, w.deprel) for d in work for s in d.sentences for w in s.words]
        same = all(found == parses["stanza"] for found in parses.values())
        kept_share = round(kept / sum(map(len, texts)), 3)
        print(json.dumps({"lang": lang, "articles": len(texts), "kept_share": kept_share,
                          "words": len(parses["claimx"]), "parser_seconds": seconds, "same_parses": same}),
              flush=True)


if __name__ == "__main__":
    main()
