"""The public entry points: ``extract`` one article, ``extract_many`` a stream of them.

This module is the composition root: it runs ingest → analyze → extract for each article and maps
every span back to the caller's original characters. Documents are batched per language through
Stanza; a document that fails becomes an ``Article`` with ``errors`` and the stream goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

import regex
from pydantic import BaseModel

from claimx.analyze.conllu import read_conllu
from claimx.analyze.pipeline import analyze_texts
from claimx.errors import ClaimxError, InputError, LanguageError
from claimx.extractors import HEADLINE_BLOCKS, ArticleContext, extract_claims, names_in_article, words_in_body
from claimx.extractors.prepass import mask_unlikely, reports
from claimx.ingest import IngestedText, detect_language, ingest, join_introductions
from claimx.ingest.normalize import straight_quotes
from claimx.records import Article, Claim, ErrorRecord, ModelInfo, Span, Speaker

if TYPE_CHECKING:
    import stanza

DEFAULT_MAX_CHARS = 500_000
DEFAULT_BATCH_SIZE = 16
SUPPORTED_LANGS = ("ar", "en")

Published = dt.date | dt.datetime | str | None
InputItem = str | Mapping[str, Any] | tuple[str, str]
AnalysisSink = Callable[[str, Sequence["stanza.Document"]], None]
R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class _Request:
    text: str
    doc_id: str
    lang: str | None
    published: dt.date | dt.datetime | None


@dataclass
class _Work:
    """One article on its way through the pipeline."""

    request: _Request
    ingested: IngestedText | None = None
    documents: list[stanza.Document | None] = field(default_factory=list)
    models: dict[str, ModelInfo] = field(default_factory=dict)
    errors: list[ErrorRecord] = field(default_factory=list)


def default_doc_id(text: str) -> str:
    """A stable id from the content, so the same text always gets the same id."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_published(value: Published) -> dt.date | dt.datetime | None:
    """Accept a date, a datetime or an ISO string (``2023-08-27``, ``2023-08-27T09:23``)."""
    if value is None or isinstance(value, (dt.date, dt.datetime)):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"published={value!r} is not an ISO date (YYYY-MM-DD or "
                         f"YYYY-MM-DDTHH:MM)") from None


def _error(exc: BaseException) -> ErrorRecord:
    if isinstance(exc, ClaimxError):
        return ErrorRecord(type=type(exc).__name__, message=str(exc), stage=exc.stage)
    # An unexpected failure is still reported with the document rather than losing the batch.
    return ErrorRecord(type="InternalError", message=f"{type(exc).__name__}: {exc}", stage="extract")


_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _surrogate_problem(text: str) -> str | None:
    """Where ``text`` holds a lone surrogate (not Unicode text, not writable as JSON), or None."""
    match = _LONE_SURROGATE.search(text)
    if match is None:
        return None
    return (f"lone surrogate U+{ord(match.group()):04X} at character {match.start()}: the text was "
            f"decoded wrongly (errors='surrogateescape'?) and cannot be written as JSON; decode the bytes "
            f"strictly (claimx.io.decode_bytes) or replace them (errors='replace')")


def _printable(value: str) -> str:
    """``value`` with lone surrogates replaced by U+FFFD (same length, so offsets stay valid)."""
    return _LONE_SURROGATE.sub("\ufffd", value)


def check_text(text: object, max_chars: int) -> str:
    if isinstance(text, (bytes, bytearray)):
        raise InputError("got bytes; decode the document first (claimx.io.decode_bytes does it "
                         "with a clear error for non-UTF-8 input)")
    if not isinstance(text, str):
        raise InputError(f"expected the article text as str, got {type(text).__name__}")
    if not text.strip():
        raise InputError("empty document: the text is empty or only whitespace")
    if len(text) > max_chars:
        raise InputError(f"document has {len(text):,} characters, more than max_chars={max_chars:,}; "
                         f"split it or raise the limit (max_chars=..., --max-chars)")
    problem = _surrogate_problem(text)
    if problem is not None:
        raise InputError(f"document holds a {problem}")
    return text


def _remap(record: R, to_original: Callable[[int, int], tuple[int, int]], original: str) -> R:
    """Move every span inside ``record`` from analysed-text offsets to original offsets."""
    updates: dict[str, Any] = {}
    if isinstance(record, Speaker) and record.carried_over:
        # Already in original offsets (the extractor took it from an earlier block), but for the
        # pronoun of this block that refers to it.
        if record.mention is None:
            return record
        return record.model_copy(update={"mention": _remap(record.mention, to_original, original)})
    if isinstance(record, Span):
        start, end = to_original(record.start, record.end)
        updates.update(start=start, end=end, text=original[start:end])
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, BaseModel):
            updates[name] = _remap(value, to_original, original)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            updates[name] = [_remap(item, to_original, original) for item in value]
    return record.model_copy(update=updates)


def _coerce(item: InputItem, index: int, lang: str | None, published: Published) -> _Request:
    text: object
    doc_id: object
    if isinstance(item, tuple):
        if len(item) != 2:
            raise InputError(f"item {index} is a tuple of {len(item)} values; give (doc_id, text) pairs, "
                             f"texts, or mappings with 'text'")
        doc_id, text = item
        item = {"doc_id": doc_id, "text": text}
    if isinstance(item, Mapping):
        text = item.get("text")
        doc_id = item.get("doc_id") or item.get("id")
        lang = item.get("lang", lang)
        published = item.get("published", published)
    else:
        text = item
        doc_id = None
    if isinstance(text, str) and doc_id is None:
        doc_id = default_doc_id(text)
    doc_id = _printable(str(doc_id if doc_id is not None else f"doc-{index}"))
    return _Request(text=text, doc_id=doc_id,  # type: ignore[arg-type]
                    lang=lang, published=parse_published(published))


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang not in SUPPORTED_LANGS:
        raise LanguageError(f"language {lang!r} is not supported; use one of {', '.join(SUPPORTED_LANGS)} "
                            f"or lang=None to detect it per block")


def _analysis_text(unit_text: str, lang: str, prefilter: bool, lead: bool = False) -> str:
    return straight_quotes(mask_unlikely(unit_text, lang, keep_first=lead)[0] if prefilter else unit_text)


def _lead_unit(ingested: IngestedText) -> int | None:
    """The position of the article's first body unit, whose first sentence the pre-pass keeps."""
    return next((position for position, unit in enumerate(ingested.units) if unit.in_body), None)


def _analyze_batch(batch: list[_Work], model_dir: str | os.PathLike[str] | None, prefilter: bool) -> None:
    """Fill ``work.documents`` for a batch, with one Stanza bulk call per language."""
    # per language: (work, unit position, the text Stanza analyses)
    by_lang: dict[str, list[tuple[_Work, int, str]]] = {}
    for work in batch:
        if work.ingested is None:
            continue
        work.documents = [None] * len(work.ingested.units)
        lead = _lead_unit(work.ingested)
        for position, unit in enumerate(work.ingested.units):
            if unit.lang in SUPPORTED_LANGS:
                text = _analysis_text(unit.normalized.text, unit.lang, prefilter, lead=position == lead)
                by_lang.setdefault(unit.lang, []).append((work, position, text))
    for lang, slots in by_lang.items():
        texts = [text for _, _, text in slots]
        try:
            documents, models = analyze_texts(lang, texts, model_dir)
        except ClaimxError as exc:
            record = _error(exc)
            for work in {id(w): w for w, _, _ in slots}.values():
                work.errors.append(record)
            continue
        for (work, position, _), document in zip(slots, documents, strict=True):
            work.documents[position] = document
            work.models[lang] = models.info()


def _extract_article(work: _Work) -> Article:
    request, ingested = work.request, work.ingested
    assert ingested is not None
    context = ArticleContext(lang=ingested.lang, anchor=ingested.published,
                             credits=list(ingested.meta.credits))
    context.names_in_article = names_in_article(
        [(unit.lang, document) for unit, document in zip(ingested.units, work.documents, strict=True)
         if document is not None])
    # (a crosshead-like introduction joined to its paragraph is read as body: join_introductions)
    kinds = ["body" if unit.last_block_index is not None else ingested.blocks[unit.block_index].kind
             for unit in ingested.units]
    context.body_words = words_in_body([(unit.lang, unit.normalized.text)
                                        for unit, kind in zip(ingested.units, kinds, strict=True)
                                        if kind not in HEADLINE_BLOCKS])
    claims: list[Claim] = []
    for unit, document, kind in zip(ingested.units, work.documents, kinds, strict=True):
        if document is None:
            continue
        context.lang = unit.lang
        context.block_kind = kind
        context.to_original = partial(_remap, to_original=unit.normalized.to_original, original=request.text)
        try:
            found = extract_claims(document, context, in_body=unit.in_body, text=unit.normalized.text)
        except Exception as exc:
            work.errors.append(_error(exc))
            continue
        for claim in found:
            claim = _remap(claim, unit.normalized.to_original, request.text)
            claims.append(claim.model_copy(update={"id": f"{request.doc_id}-c{len(claims)}"}))
    return Article(doc_id=request.doc_id, lang=ingested.lang, published=ingested.published,
                   text=request.text, claims=claims, errors=work.errors, blocks=ingested.blocks,
                   meta=ingested.meta, models=list(work.models.values()))


def _failed(request: _Request, errors: list[ErrorRecord]) -> Article:
    # The document is kept even when its text is unusable; lone surrogates would make it unwritable.
    text = _printable(request.text) if isinstance(request.text, str) else ""
    lang = request.lang if request.lang in SUPPORTED_LANGS else "other"
    return Article(doc_id=request.doc_id, lang=lang, published=request.published,
                   text=text, errors=errors)


def _process_batch(requests: list[_Request], model_dir: str | os.PathLike[str] | None,
                   max_chars: int, analysis_sink: AnalysisSink | None,
                   prefilter: bool = True) -> list[Article]:
    batch: list[_Work] = []
    for request in requests:
        work = _Work(request)
        try:
            _check_lang(request.lang)
            check_text(request.text, max_chars)
            work.ingested = join_introductions(
                ingest(request.text, published=request.published, lang=request.lang), reports)
        except Exception as exc:
            work.errors.append(_error(exc))
        batch.append(work)
    _analyze_batch(batch, model_dir, prefilter)
    articles = []
    for work in batch:
        if work.ingested is None:
            articles.append(_failed(work.request, work.errors))
            continue
        if analysis_sink is not None:
            analysis_sink(work.request.doc_id, [d for d in work.documents if d is not None])
        try:
            articles.append(_extract_article(work))
        except Exception as exc:
            articles.append(_failed(work.request, [*work.errors, _error(exc)]))
    return articles


def extract_many(items: Iterable[InputItem], *, lang: str | None = None, published: Published = None,
                 model_dir: str | os.PathLike[str] | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                 max_chars: int = DEFAULT_MAX_CHARS, workers: int = 1, prefilter: bool = True,
                 analysis_sink: AnalysisSink | None = None) -> Iterator[Article]:
    """Stream one :class:`Article` per input, in input order; never drops one.

    ``items`` are texts, ``(doc_id, text)`` pairs, or mappings with ``text`` and optional ``doc_id``,
    ``lang``, ``published`` (per-item values override the keyword defaults). A document that cannot be
    processed comes back with ``errors`` and no claims. ``analysis_sink(doc_id, stanza_documents)`` sees
    the Stanza analysis of each article (the CLI's ``--dump-conllu`` uses it).

    ``workers > 1`` runs batches in that many processes, each loading its own pipelines once; input is
    read lazily and at most ``2 * workers`` batches are in flight, so memory stays bounded on any
    stream length. Output order and content are the same as with one process.

    ``prefilter`` (default) sends Stanza only the sentences a cheap lexicon/quote pass finds able to
    hold an attribution (:mod:`claimx.extractors.prepass`); ``prefilter=False`` analyses every
    sentence, which also finds event claims (facts in the author's voice) everywhere.
    """
    if workers > 1 and analysis_sink is not None:
        raise InputError("analysis_sink needs workers=1: Stanza documents stay in the worker processes")
    batches = _request_batches(items, lang, published, max(1, batch_size))
    if workers <= 1:
        for results, requests in batches:
            processed = _process_batch(requests, model_dir, max_chars, analysis_sink, prefilter)
            yield from _merge(results, processed)
        return
    from claimx.parallel import ordered_map

    for (results, _), processed in ordered_map(
            batches, lambda pair: (_process_batch, (pair[1], model_dir, max_chars, None, prefilter)),
            workers=workers, on_failure=lambda pair, exc: [_failed(r, [_error(exc)]) for r in pair[1]]):
        yield from _merge(results, processed)


def _request_batches(items: Iterable[InputItem], lang: str | None, published: Published,
                     batch_size: int) -> Iterator[tuple[list[Article | None], list[_Request]]]:
    """Coerce inputs lazily in batches: (per-input slot, None where a request goes to analysis)."""
    iterator = iter(enumerate(items))
    while True:
        chunk = list(islice(iterator, batch_size))
        if not chunk:
            return
        results: list[Article | None] = []
        requests: list[_Request] = []
        for index, item in chunk:
            try:
                requests.append(_coerce(item, index, lang, published))
                results.append(None)
            except ClaimxError as exc:
                bad = _Request(text="", doc_id=f"doc-{index}", lang=None, published=None)
                results.append(_failed(bad, [_error(exc)]))
        yield results, requests


def _merge(results: list[Article | None], processed: list[Article]) -> Iterator[Article]:
    remaining = iter(processed)
    for result in results:
        yield result if result is not None else next(remaining)


def extract(text: str | None = None, *, lang: str | None = None, published: Published = None,
            doc_id: str | None = None, conllu: str | None = None,
            model_dir: str | os.PathLike[str] | None = None,
            max_chars: int = DEFAULT_MAX_CHARS, prefilter: bool = True) -> Article:
    """Extract the attributed claims of one article.

    Give either the raw ``text`` (analysed by Stanza, see :mod:`claimx.analyze.models` for where models
    come from) or ``conllu``: an already analysed document in CoNLL-U, read with Stanza's own reader.
    Raises :class:`ClaimxError` subclasses for unusable input; a Stanza failure is reported in
    ``Article.errors``.
    """
    if (text is None) == (conllu is None):
        raise InputError("give exactly one of text=... or conllu=...")
    _check_lang(lang)
    anchor = parse_published(published)
    if conllu is not None:
        articles = extract_conllu(conllu, lang=lang, published=anchor, doc_id=doc_id)
        if len(articles) != 1:
            raise InputError(f"conllu holds {len(articles)} documents; use extract_conllu for several")
        return articles[0]
    check_text(text, max_chars)
    assert text is not None
    request = _Request(text=text, doc_id=_printable(str(doc_id)) if doc_id else default_doc_id(text),
                       lang=lang, published=anchor)
    return _process_batch([request], model_dir, max_chars, None, prefilter)[0]


def extract_conllu(conllu: str, *, lang: str | None = None, published: Published = None,
                   doc_id: str | None = None) -> list[Article]:
    """One Article per ``# newdoc`` document of a CoNLL-U string (no Stanza models needed)."""
    if not isinstance(conllu, str):
        raise InputError(f"expected CoNLL-U as str, got {type(conllu).__name__}; decode it first "
                         f"(claimx.io.decode_bytes)")
    problem = _surrogate_problem(conllu)
    if problem is not None:
        raise InputError(f"CoNLL-U input holds a {problem}")
    _check_lang(lang)
    anchor = parse_published(published)
    articles = []
    for index, parsed in enumerate(read_conllu(conllu)):
        document = parsed.document
        text = document.text or ""
        doc_lang = lang or detect_language(text)
        this_id = (doc_id if index == 0 else None) or parsed.doc_id or default_doc_id(text)
        context = ArticleContext(lang=doc_lang, anchor=anchor)
        claims = [claim.model_copy(update={"id": f"{this_id}-c{n}"})
                  for n, claim in enumerate(extract_claims(document, context, in_body=True))]
        info = ModelInfo(lang=doc_lang, origin="conllu")
        articles.append(Article(doc_id=this_id, lang=doc_lang, published=anchor, text=text,
                                claims=claims, models=[info]))
    return articles
