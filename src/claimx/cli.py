"""The ``claimx`` command line: extract, schema, models."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from itertools import groupby
from pathlib import Path
from typing import Any, TextIO, cast

from claimx import api
from claimx.analyze.conllu import write_conllu
from claimx.analyze.models import describe_models
from claimx.errors import ClaimxError, InputError
from claimx.io import CONLLU_SUFFIXES, decode_bytes, discover
from claimx.records import Article, ErrorRecord

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2


def _inputs(paths: list[str], conllu: bool) -> Iterator[tuple[str, str | None, str | None, bool]]:
    """(doc_id, text or None, error message or None, is_conllu) for every input document."""
    for path in (Path(p) for p in ([] if paths == ["-"] else [str(p) for p in discover(paths)])):
        try:
            text = decode_bytes(path.read_bytes(), str(path))
        except (OSError, InputError) as exc:
            message = str(exc) if isinstance(exc, InputError) else f"cannot read {path}: {exc.strerror}"
            yield path.stem, None, message, False
            continue
        yield path.stem, text, None, conllu or path.suffix.lower() in CONLLU_SUFFIXES
    if paths == ["-"]:
        data = sys.stdin.buffer.read()
        try:
            yield "stdin", decode_bytes(data, "standard input"), None, conllu
        except InputError as exc:
            yield "stdin", None, str(exc), conllu


def _articles(args: argparse.Namespace, skip: frozenset[str] = frozenset()) -> Iterator[Article]:
    """Articles for every input, in input order; CoNLL-U and unreadable inputs are handled here,
    raw texts stream through ``extract_many`` (in worker processes with ``--workers``)."""
    sink = _conllu_sink(Path(args.dump_conllu)) if args.dump_conllu else None
    inputs = (item for item in _inputs(args.paths, args.conllu) if item[0] not in skip)
    for is_text, group in groupby(inputs, key=lambda item: item[2] is None and not item[3]):
        if not is_text:
            for doc_id, text, error, _ in group:
                yield from _single(doc_id, text, error, args)
            continue
        yield from api.extract_many(({"doc_id": doc_id, "text": text} for doc_id, text, _, _ in group),
                                    lang=args.lang, published=args.published, model_dir=args.model_dir,
                                    max_chars=args.max_chars, workers=args.workers,
                                    prefilter=args.prefilter, analysis_sink=sink)


def _done_ids(path: Path) -> frozenset[str]:
    """doc_ids already written to a JSONL output; a torn last line (interrupted write) is cut off."""
    if not path.exists():
        return frozenset()
    done: list[str] = []
    keep = 0
    with path.open("rb") as handle:
        for line in handle:
            try:
                done.append(str(json.loads(line)["doc_id"]))
            except (ValueError, KeyError, TypeError):
                break
            keep += len(line)
    with path.open("r+b") as handle:
        handle.truncate(keep)
    return frozenset(done)


def _progress(articles: Iterator[Article], args: argparse.Namespace, skipped: int) -> Iterator[Article]:
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    directories = any(Path(p).is_dir() for p in args.paths if p != "-")
    if not (show and directories):
        yield from articles
        return
    from tqdm import tqdm

    total = sum(1 for _ in discover(args.paths)) - skipped
    with tqdm(total=max(total, 0), unit="article", file=sys.stderr) as bar:
        for article in articles:
            bar.update(1)
            yield article


def _single(doc_id: str, text: str | None, error: str | None, args: argparse.Namespace) -> Iterator[Article]:
    if error is None and text is not None:
        try:
            yield from api.extract_conllu(text, lang=args.lang, published=args.published, doc_id=doc_id)
            return
        except ClaimxError as exc:
            error = str(exc)
    yield Article(doc_id=doc_id, lang="other", text=text or "",
                  errors=[ErrorRecord(type="InputError", message=error or "unreadable", stage="input")])


def _conllu_sink(directory: Path):
    directory.mkdir(parents=True, exist_ok=True)

    def sink(doc_id: str, documents: Sequence[Any]) -> None:
        parts = "".join(write_conllu(doc) for doc in documents)
        (directory / f"{doc_id}.conllu").write_text(f"# newdoc id = {doc_id}\n{parts}", encoding="utf-8")
    return sink


def _table_rows(article: Article) -> Iterator[str]:
    for error in article.errors:
        yield f"{article.doc_id}\tERROR\t{error.type}: {error.message.splitlines()[0]}"
    for claim in article.claims:
        speaker = claim.speaker.text if claim.speaker else "-"
        source = " > ".join(s.text for s in claim.source_chain) or "-"
        cue = claim.cue.text if claim.cue else "-"
        content = claim.content.text.replace("\n", " ")
        content = content if len(content) <= 90 else content[:87] + "..."
        yield (f"{claim.id}\t{claim.kind}/{claim.quote}/{claim.polarity}\t{speaker}\t{cue}\t"
               f"{source}\t{content}")


def _write(articles: Iterator[Article], fmt: str, out: TextIO) -> bool:
    any_errors = False
    collected: list[dict[str, Any]] = []
    if fmt == "table":
        out.write("id\tkind/quote/polarity\tspeaker\tcue\tsource\tcontent\n")
    for article in articles:
        any_errors |= bool(article.errors)
        if fmt == "jsonl":
            out.write(article.model_dump_json() + "\n")
            out.flush()
        elif fmt == "json":
            collected.append(article.model_dump(mode="json"))
        else:
            for row in _table_rows(article):
                out.write(row + "\n")
    if fmt == "json":
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return any_errors


def cmd_extract(args: argparse.Namespace) -> int:
    try:
        api.parse_published(args.published)
    except InputError as exc:
        print(f"claimx: {exc}", file=sys.stderr)
        return EXIT_USAGE
    missing = [p for p in args.paths if p != "-" and not Path(p).exists()]
    if missing:
        print(f"claimx: no such file or directory: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    skip: frozenset[str] = frozenset()
    if args.resume:
        if not args.output or args.format != "jsonl":
            print("claimx: --resume needs -o/--output with --format jsonl", file=sys.stderr)
            return EXIT_USAGE
        skip = _done_ids(Path(args.output))
    mode = "a" if args.resume else "w"
    out = cast(TextIO, open(args.output, mode, encoding="utf-8")) if args.output else sys.stdout
    try:
        failed = _write(_progress(_articles(args, skip), args, len(skip)), args.format, out)
    finally:
        if args.output:
            out.close()
    return EXIT_DOC_ERRORS if failed else EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    schema = Article.model_json_schema(mode="serialization")
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_models(args: argparse.Namespace) -> int:
    if args.action == "download":
        return _download(args.langs or ["ar", "en"], args.model_dir)
    status = EXIT_OK
    for entry in describe_models(tuple(args.langs or ("ar", "en")), args.model_dir):
        if isinstance(entry, str):
            print(entry)
            status = EXIT_DOC_ERRORS
            continue
        print(f"{entry.lang}: {entry.origin} models in {entry.directory}")
        for processor, path in entry.processors.items():
            print(f"    {processor:<9} {path}")
    return status


def _download(langs: list[str], model_dir: str | None) -> int:
    import stanza

    from claimx.analyze.models import processors_for, stanza_default_dir

    target = model_dir or str(stanza_default_dir())
    for lang in langs:
        print(f"downloading Stanza {lang} models into {target} ...", file=sys.stderr)
        try:
            stanza.download(lang, model_dir=target, processors=",".join(processors_for(lang)))
        except Exception as exc:  # network errors surface as many different types
            print(f"claimx: download of {lang} models failed: {type(exc).__name__}: {exc}\n"
                  f"Download them on a machine with network access and copy the directory, then set "
                  f"CLAIMX_STANZA_DIR.", file=sys.stderr)
            return EXIT_DOC_ERRORS
    return EXIT_OK


def cmd_dask(args: argparse.Namespace) -> int:
    try:
        from distributed import Client, LocalCluster

        from claimx.distributed.dask_runner import link_stories, run
    except ImportError:
        print("claimx: the Dask runner needs the extra: pip install 'claimx[dask]'", file=sys.stderr)
        return EXIT_USAGE
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True))
    with client:
        summary = run(args.source, args.out, partition_size=args.partition_size, model_dir=args.model_dir)
        print(json.dumps(summary.__dict__))
        if args.link:
            print(json.dumps(link_stories(args.out).__dict__))
    return EXIT_DOC_ERRORS if summary.failed_articles else EXIT_OK


def cmd_graph(args: argparse.Namespace) -> int:
    from claimx.graph.export import cli_graph

    graph = cli_graph(args.paths, args.format, args.output)
    if args.output:
        print(f"claimx: {len(graph.claims)} claims, {len(graph.clusters)} clusters, "
              f"{len(graph.edges)} relations -> {args.output}", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimx", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract attributed claims from articles")
    ex.add_argument("paths", nargs="+", metavar="FILE|DIR|-")
    ex.add_argument("--lang", choices=list(api.SUPPORTED_LANGS), default=None,
                    help="force the language (default: detected per block)")
    ex.add_argument("--published", default=None, help="publication date, YYYY-MM-DD[THH:MM]")
    ex.add_argument("--format", choices=["jsonl", "json", "table"], default="jsonl")
    ex.add_argument("--conllu", action="store_true", help="inputs are CoNLL-U (also: *.conllu files)")
    ex.add_argument("--dump-conllu", metavar="DIR", help="write each article's Stanza analysis here")
    ex.add_argument("--model-dir", default=None, help="Stanza resources dir (else CLAIMX_STANZA_DIR, "
                    "Stanza's default dir, then the bundled models)")
    ex.add_argument("--max-chars", type=int, default=api.DEFAULT_MAX_CHARS)
    ex.add_argument("-o", "--output", help="write here instead of standard output")
    ex.add_argument("--workers", type=int, default=1, help="worker processes, each with its own pipelines")
    ex.add_argument("--prefilter", action=argparse.BooleanOptionalAction, default=True,
                    help="parse only sentences a cheap cue/quote pass finds able to hold a claim "
                         "(--no-prefilter: parse all, also finds event claims everywhere)")
    ex.add_argument("--resume", action="store_true",
                    help="skip doc_ids already in the -o JSONL file and append the rest")
    ex.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="progress bar on stderr for directory inputs (default: when stderr is a terminal)")
    ex.set_defaults(func=cmd_extract)

    sc = sub.add_parser("schema", help="print the JSON Schema of the output records")
    sc.set_defaults(func=cmd_schema)

    mo = sub.add_parser("models", help="show which Stanza models are used, or download official ones")
    mo.add_argument("action", nargs="?", choices=["show", "download"], default="show")
    mo.add_argument("langs", nargs="*")
    mo.add_argument("--model-dir", default=None)
    mo.set_defaults(func=cmd_models)

    gr = sub.add_parser("graph", help="link extracted articles (claimx extract JSONL) into a claim graph")
    gr.add_argument("paths", nargs="+", metavar="FILE|DIR", help="JSONL/JSON files written by claimx extract")
    gr.add_argument("--format", choices=["json", "graphml", "html"], default="json")
    gr.add_argument("-o", "--output", help="write here instead of standard output")
    gr.set_defaults(func=cmd_graph)

    da = sub.add_parser("dask", help="run extraction on a Dask cluster, Parquet tables out")
    da.add_argument("source", help="folder of .txt files, .jsonl or .parquet with doc_id/text/published")
    da.add_argument("out", help="output folder: articles/, claims/, errors/ Parquet parts")
    da.add_argument("--workers", type=int, default=2, help="local worker processes (no --scheduler)")
    da.add_argument("--scheduler", help="address of an existing Dask scheduler, e.g. tcp://host:8786")
    da.add_argument("--partition-size", type=int, default=50)
    da.add_argument("--model-dir", default=None)
    da.add_argument("--link", action="store_true",
                    help="then link stories partition by partition: graphs/, graph_claims/, graph_edges/")
    da.set_defaults(func=cmd_dask)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ClaimxError as exc:
        print(f"claimx: {exc}", file=sys.stderr)
        return EXIT_DOC_ERRORS
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
