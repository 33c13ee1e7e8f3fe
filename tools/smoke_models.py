"""Smoke check of the bundled compact Stanza models: load them exactly as the library does, parse one
English and one Arabic sentence, print the CoNLL-U and the entities.

    OMP_NUM_THREADS=1 python tools/smoke_models.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

MODELS = Path(__file__).resolve().parents[1] / "src" / "claimx" / "models"

SAMPLES = {
    "en": "Prime Minister Keir Starmer told reporters in London on Monday that the government "
          "would not raise taxes.",
    "ar": "قال وزير الخارجية المصري سامح شكري في القاهرة يوم الاثنين إن المفاوضات ستستمر.",
}


STAGED_MANIFEST = MODELS.parents[2] / "work_models" / "manifest.staged.json"


def load_manifest(models_dir: Path = MODELS) -> dict[str, Any]:
    """The package manifest; while training runs, the staged one (same relative paths)."""
    path = models_dir / "manifest.json"
    if not path.is_file() and models_dir == MODELS and STAGED_MANIFEST.is_file():
        path = STAGED_MANIFEST
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def pipeline_kwargs(lang: str, models_dir: Path = MODELS) -> dict[str, Any]:
    """``processors=`` plus ``<proc>_model_path`` and the paths of the files each model reads
    (``<proc>_pretrain_path``, ``<proc>_forward_charlm_path`` ...) from the manifest."""
    processors = load_manifest(models_dir)["languages"][lang]["processors"]
    kwargs: dict[str, Any] = {"processors": ",".join(processors)}
    for name, entry in processors.items():
        for key, relative in entry.items():
            kwargs[f"{name}_{key}_path"] = str(models_dir / relative)
    return kwargs


def build_pipeline(lang: str, models_dir: Path = MODELS, **overrides: Any) -> Any:
    import stanza
    import torch

    torch.set_num_threads(1)
    # the lead's contract: a temporary dir whose resources.json is "{}", every path explicit
    resources = Path(tempfile.mkdtemp(prefix="claimx_stanza_"))
    (resources / "resources.json").write_text("{}", encoding="utf-8")
    kwargs = {**pipeline_kwargs(lang, models_dir), **overrides}
    if "tokenize_postprocessor" not in kwargs and not kwargs.get("tokenize_pretokenized"):
        # as the library runs the bundled models (claimx.analyze.tokens)
        from claimx.analyze.tokens import mwt_guard

        guard = mwt_guard(lang, models_dir / lang / "pretrain.pt")
        if guard is not None:
            kwargs["tokenize_postprocessor"] = guard
    return stanza.Pipeline(lang, dir=str(resources), download_method=None, allow_unknown_language=True,
                           use_gpu=False, logging_level="WARN", **kwargs)


def main() -> int:
    for lang, text in SAMPLES.items():
        doc = build_pipeline(lang)(text)
        print(f"# lang = {lang}")
        print(f"{doc:C}\n")
        print("entities:", [(ent.text, ent.type) for ent in doc.ents])
    return 0


if __name__ == "__main__":
    sys.exit(main())
