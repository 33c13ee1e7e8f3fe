"""Linking cost on real Arabic news: ``python benchmarks/bench_graph.py [--articles 1000]``.

Articles come from SaudiNewsNet (14 outlets, the same days, so many stories are covered several
times). The extractor is not used: a crude reporting-verb pattern makes Claim records (speaker = the
words after the verb, content = the clause after إن/أن), enough to give link() realistic content
strings and speaker phrases at scale. Prints claims, candidate pairs compared and seconds for a
growing number of articles, to show how the cost grows.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from pathlib import Path

import regex

from claimx.graph import link
from claimx.graph.link import BLOCK_CAP
from claimx.records import Article, Claim, Cue, Span, Speaker

DATA = Path("/work/shared/data/saudinewsnet_ar/dataset")
CUE = regex.compile(
    r"(?:^|\s)(و?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|صرح|أشار|أشارت))\s+"
    r"((?:\S+\s+){1,4}?)(?:إن|أن|إنه|أنه|بأن)\s+([^.!؟\n]{15,300})"
)


def load_articles(count: int) -> list[Article]:
    articles: list[Article] = []
    for path in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not name.endswith(".json"):
                    continue
                for number, item in enumerate(json.loads(archive.read(name).decode("utf-8"))):
                    article = _article(f"{path.stem}-{number}", item.get("content") or "")
                    if article.claims:
                        articles.append(article)
                    if len(articles) >= count:
                        return articles
    return articles


def _article(doc_id: str, text: str) -> Article:
    claims = []
    for number, match in enumerate(CUE.finditer(text), start=1):
        cue_start, cue_end = match.span(1)
        speaker_text = match.group(2).strip()
        speaker_start = text.find(speaker_text, cue_end)
        content_start, content_end = match.span(3)
        claims.append(
            Claim(
                id=f"c{number}",
                lang="ar",
                cue=Cue(text=match.group(1), start=cue_start, end=cue_end, lemma=match.group(1)),
                speaker=Speaker(
                    text=speaker_text, start=speaker_start, end=speaker_start + len(speaker_text)
                ),
                content=Span(text=match.group(3), start=content_start, end=content_end),
            )
        )
    return Article(doc_id=doc_id, lang="ar", text=text, claims=claims)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    corpus = load_articles(args.articles * 2)
    print(f"loaded {len(corpus)} articles in {time.perf_counter() - started:.1f}s (block cap {BLOCK_CAP})")
    sizes = sorted({args.articles // 4, args.articles // 2, args.articles, args.articles * 2})
    for size in sizes:
        batch = corpus[:size]
        claims = sum(len(article.claims) for article in batch)
        started = time.perf_counter()
        graph = link(batch)
        seconds = time.perf_counter() - started
        compared = sum(1 for edge in graph.edges if edge.relation in ("same_as", "supports", "contradicts"))
        multi = sum(1 for cluster in graph.clusters if len(cluster.claims) > 1)
        print(
            f"{len(batch):5d} articles {claims:6d} claims {len(graph.entities):5d} entities "
            f"{compared:6d} claim edges {multi:4d} multi-claim clusters  {seconds:6.2f}s "
            f"({1000 * seconds / max(claims, 1):.2f} ms/claim)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
