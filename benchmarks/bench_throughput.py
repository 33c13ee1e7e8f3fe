"""Throughput of claimx end to end against plain Stanza over the same articles, in one run.

Usage:
    python benchmarks/bench_throughput.py --articles 100 [--mode all | --mode stanza claimx] [--json out.json]

Modes, each measured in a fresh subprocess so that peak memory (max RSS) is its own:
  stanza     the claimx pipeline's Stanza processors over every article's whole text, batched like
             claimx (16 articles per bulk call, grouped by language), with Stanza's own tree decoder
             (CLAIMX_FAST_DECODER=0): the cost without claimx;
  claimx     claimx.extract_many end to end (ingest, pre-pass, Stanza, rules), the default settings;
  claimx_all the same with prefilter=False (every sentence parsed).
Articles: half SaudiNewsNet (ar), half PolNeAR (en) from ../shared/data. Tokens are whitespace
tokens of the input text, so all modes count the same tokens. The claimx modes also report the
seconds spent inside their Stanza call (``stanza_seconds``, wall clock) and the rest as
``outside_stanza_share``: ingest, pre-pass, rules and records. ``--profile`` adds a separate, profiled
run of the claimx mode, its time split into Stanza (stanza/torch frames) and claimx's own, with
claimx's costliest functions (cProfile inflates Python-heavy code, so the wall-clock split is the
figure to quote).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.corpora import polnear_texts, saudinewsnet  # noqa: E402

MODES = ("stanza", "claimx", "claimx_all")


def corpus(count: int) -> list[dict[str, Any]]:
    arabic = [{"doc_id": f"ar-{i}", "text": a["text"], "lang": "ar"}
              for i, a in enumerate(saudinewsnet(count - count // 2))]
    english: list[dict[str, Any]] = []
    for round_ in range(100):  # PolNeAR dev is small: repeat with new ids if more is asked
        for i, a in enumerate(polnear_texts("dev")):
            if len(english) >= count // 2:
                break
            english.append({"doc_id": f"en-{round_}-{i}", "text": a["text"], "lang": "en"})
        if len(english) >= count // 2:
            break
    mixed = [item for pair in zip(arabic, english, strict=False) for item in pair]
    return mixed + arabic[len(english):] + english[len(arabic):]


def run_stanza(items: list[dict[str, Any]]) -> int:
    from claimx.analyze.pipeline import analyze_texts

    words = 0
    for lang in ("ar", "en"):
        texts = [item["text"] for item in items if item["lang"] == lang]
        for start in range(0, len(texts), 16):
            documents, _ = analyze_texts(lang, texts[start:start + 16])
            words += sum(len(s.words) for d in documents for s in d.sentences)
    return words


def run_claimx(items: list[dict[str, Any]], prefilter: bool) -> tuple[int, float]:
    """Claims found, and the seconds spent inside Stanza (claimx's one call into it, timed)."""
    import claimx
    import claimx.api

    stanza_seconds = 0.0
    analyze = claimx.api.analyze_texts

    def timed(*args: Any, **kwargs: Any) -> Any:
        nonlocal stanza_seconds
        started = time.perf_counter()
        try:
            return analyze(*args, **kwargs)
        finally:
            stanza_seconds += time.perf_counter() - started

    claimx.api.analyze_texts = timed  # type: ignore[assignment]
    try:
        claims = 0
        for article in claimx.extract_many(items, prefilter=prefilter):
            assert not article.errors, article.errors
            claims += len(article.claims)
    finally:
        claimx.api.analyze_texts = analyze  # type: ignore[assignment]
    return claims, stanza_seconds


def warm_up() -> None:
    # Loading models is a one-time cost per process: keep it out of the figures.
    from claimx.analyze.pipeline import analyze_texts

    analyze_texts("ar", ["قال الوزير إن المحادثات مستمرة."])
    analyze_texts("en", ["The minister said the talks continue."])


def measure(mode: str, count: int, profile: bool) -> dict[str, Any]:
    items = corpus(count)
    warm_up()
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    if mode == "stanza":
        result, stanza_seconds = run_stanza(items), None
    else:
        result, stanza_seconds = run_claimx(items, prefilter=mode == "claimx")
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - started
    tokens = sum(len(item["text"].split()) for item in items)
    report: dict[str, Any] = {
        "mode": mode, "articles": len(items), "tokens": tokens, "seconds": round(seconds, 2),
        "articles_per_s": round(len(items) / seconds, 3), "tokens_per_s": round(tokens / seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "stanza_words" if mode == "stanza" else "claims": result,
    }
    if stanza_seconds is not None:
        # claimx's own share: ingest, pre-pass, rules, records; everything but the Stanza call
        report["stanza_seconds"] = round(stanza_seconds, 2)
        report["outside_stanza_share"] = round(1 - stanza_seconds / seconds, 3)
    if profiler:
        report["profile"] = split_profile(profiler, seconds)
    return report


def split_profile(profiler: cProfile.Profile, seconds: float) -> dict[str, Any]:
    """Own (tottime) seconds per package: Stanza and torch vs claimx vs the rest."""
    stats = pstats.Stats(profiler)
    buckets: dict[str, float] = {}
    top: list[tuple[float, str]] = []
    for (filename, line, name), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "/stanza/" in filename or "/torch/" in filename or filename.startswith("~"):
            bucket = "stanza+torch"
        elif "/claimx/" in filename:
            bucket = "claimx"
            top.append((tottime, f"{Path(filename).parent.name}/{Path(filename).name}:{line} {name}"))
        else:
            bucket = "other (stdlib, pydantic, regex, dateparser)"
        buckets[bucket] = buckets.get(bucket, 0.0) + tottime
    top.sort(reverse=True)
    return {"seconds_by_package": {k: round(v, 2) for k, v in sorted(buckets.items())},
            "claimx_top_functions": [f"{t:.2f}s {name}" for t, name in top[:12]],
            "wall_seconds": round(seconds, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--mode", choices=[*MODES, "all"], nargs="+", default=["all"],
                        help="one or more modes (in that order), or all")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--json", help="append the reports to this JSON-lines file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.mode[0], args.articles, args.profile)))
        return
    modes = MODES if "all" in args.mode else tuple(args.mode)
    runs = [(mode, False) for mode in modes]
    if args.profile:  # a separate run: cProfile slows Python-heavy code and would skew the ratios
        runs.append(("claimx", True))
    reports = []
    for mode, profiled in runs:
        command = [sys.executable, __file__, "--child", "--mode", mode, "--articles", str(args.articles)]
        if profiled:
            command.append("--profile")
        env = {**os.environ, "CLAIMX_TORCH_THREADS": os.environ.get("CLAIMX_TORCH_THREADS", "1")}
        if mode == "stanza":  # plain Stanza: without claimx's fast path of its tree decoder either
            env["CLAIMX_FAST_DECODER"] = "0"
        output = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
        reports.append(json.loads(output.strip().splitlines()[-1]))
        print(json.dumps(reports[-1], ensure_ascii=False), flush=True)
    by_mode = {r["mode"]: r for r in reports if "profile" not in r}
    if "stanza" in by_mode:
        for mode in ("claimx", "claimx_all"):
            if mode in by_mode:
                ratio = by_mode[mode]["articles_per_s"] / by_mode["stanza"]["articles_per_s"]
                print(f"{mode} / stanza throughput: {ratio:.2f}x")
    if args.json:
        with open(args.json, "a", encoding="utf-8") as handle:
            for report in reports:
                handle.write(json.dumps(report, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
