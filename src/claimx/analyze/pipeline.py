"""One cached Stanza pipeline per (language, model set), safe to share between threads.

Stanza pipelines are not thread-safe (stanza#1313, #510), so each one is guarded by its own lock;
different languages still run concurrently. Texts are analysed in bulk (``bulk_process``), one
Stanza call per batch of documents rather than one per sentence.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimx.analyze.decoding import install_fast_decoder
from claimx.analyze.labels import install_arc_labels
from claimx.analyze.limits import analyze_in_pieces
from claimx.analyze.models import ModelSet, resolve_models
from claimx.analyze.tokens import input_marks, join_after_labels, literal_expansions, mwt_guard, restore_marks
from claimx.errors import AnalysisError, ModelsNotFoundError

if TYPE_CHECKING:
    import stanza

log = logging.getLogger(__name__)

_cache: dict[tuple[str, str], _GuardedPipeline] = {}
_cache_lock = threading.Lock()


@dataclass
class _GuardedPipeline:
    models: ModelSet
    pipeline: stanza.Pipeline
    lock: threading.Lock


def _torch_threads() -> None:
    """Stanza's own default uses every core per process; with several claimx workers on few cores
    that oversubscribes badly (10x slower seen with two 2-thread processes on 2 cores)."""
    wanted = os.environ.get("CLAIMX_TORCH_THREADS")
    if wanted:
        import torch

        torch.set_num_threads(max(1, int(wanted)))


def _build(models: ModelSet) -> stanza.Pipeline:
    import stanza

    _torch_threads()
    install_fast_decoder()  # the same trees, without Stanza's per-sentence cycle search (analyze.decoding)
    install_arc_labels()  # the same labels, scored on the tree's arcs only (analyze.labels)
    kwargs = models.pipeline_kwargs()
    if not models.official_layout:
        # Stanza insists on a resources.json in `dir` even when every model path is explicit.
        kwargs["dir"] = str(_empty_resources_dir())
    guard = None
    if models.origin == "bundled":
        # The compact tokenizer over-splits stem-initial letters as clitics (analyze.tokens);
        # official models learnt the clitics from the whole PADT treebank and need no guard.
        guard = mwt_guard(models.lang, models.dependency("pos", "pretrain"))
        kwargs["tokenize_postprocessor"] = guard if guard is not None else join_after_labels
    try:
        pipeline = stanza.Pipeline(**kwargs)
    except FileNotFoundError as exc:  # Stanza's LanguageNotDownloadedError & co. subclass it
        raise ModelsNotFoundError(models.lang, [str(exc)], [str(models.directory)]) from exc
    except Exception as exc:
        raise AnalysisError(f"could not load Stanza models for {models.lang!r} from "
                            f"{models.directory}: {type(exc).__name__}: {exc}") from exc
    if guard is not None and guard.plain_proclitics and "mwt" in pipeline.processors:
        literal_expansions(pipeline.processors["mwt"], guard)
    return pipeline


def _empty_resources_dir() -> os.PathLike[str]:
    import tempfile
    from pathlib import Path

    path = Path(tempfile.gettempdir()) / "claimx-stanza-resources"
    path.mkdir(parents=True, exist_ok=True)
    resources = path / "resources.json"
    if not resources.is_file():
        resources.write_text("{}", encoding="utf-8")
    return path


def get_pipeline(lang: str, model_dir: str | os.PathLike[str] | None = None) -> _GuardedPipeline:
    """The cached pipeline for ``lang`` (built on first use; raises ModelsNotFoundError)."""
    models = resolve_models(lang, model_dir)
    key = (lang, f"{models.origin}:{models.directory}")
    with _cache_lock:
        guarded = _cache.get(key)
        if guarded is None:
            log.info("loading Stanza %s models from %s (%s)", lang, models.directory, models.origin)
            guarded = _GuardedPipeline(models, _build(models), threading.Lock())
            _cache[key] = guarded
    return guarded


def analyze_texts(lang: str, texts: Sequence[str],
                  model_dir: str | os.PathLike[str] | None = None) -> tuple[list[stanza.Document], ModelSet]:
    """Analyse ``texts`` (one document each) with the ``lang`` pipeline in a single bulk call."""
    import stanza

    guarded = get_pipeline(lang, model_dir)
    # An empty text is an empty document; Stanza's token postprocessor fails on one (NameError in
    # stanza.models.tokenization.utils.postprocess_doc), and there is nothing to analyse anyway.
    filled = [text for text in texts if text]
    if not filled:
        return [stanza.Document([], text=text) for text in texts], guarded.models
    # The compact models read a few marks as their training text wrote them (analyze.tokens).
    marks = input_marks(lang) if guarded.models.origin == "bundled" else {}
    with guarded.lock:
        try:
            # Overlong texts and punctuation-less "sentences" go in bounded pieces (analyze.limits).
            documents = analyze_in_pieces([text.translate(marks) for text in filled] if marks else filled,
                                          guarded.pipeline.bulk_process)
        except Exception as exc:
            raise AnalysisError(f"Stanza failed on a {lang!r} batch of {len(texts)} texts: "
                                f"{type(exc).__name__}: {exc}") from exc
    if marks:
        for document, text in zip(documents, filled, strict=True):
            restore_marks(document, text)
    analysed = iter(documents)
    return [next(analysed) if text else stanza.Document([], text=text) for text in texts], guarded.models


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()
