"""The compact Stanza models bundled in ``claimx/models``: manifest contract, size, and a real parse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimx.analyze.models import DEPENDENCY_KEYS

MODELS_DIR = Path(__file__).resolve().parents[1] / "src" / "claimx" / "models"
MANIFEST = MODELS_DIR / "manifest.json"
SIZE_LIMIT_BYTES = 60 * 1024 * 1024
REQUIRED = {"en": {"tokenize", "pos", "lemma", "depparse", "ner"},
            "ar": {"tokenize", "mwt", "pos", "lemma", "depparse", "ner"}}
SCORE_KEYS = {"tokens_f1", "upos", "uas", "las", "ner_f1"}
NER_LABELS = {"PER", "LOC", "ORG", "MISC"}
# Held-out UD PUD sentences (parallel English/Arabic, CC BY-SA 3.0), never used in training.
SENTENCES = {
    "en": "After the Russian Revolution in 1917, some countries, such as Finland, Poland and the "
          "Baltic States, won their independence.",
    "ar": "بعد الثورة الروسية عام 1917, نالت بعض الدول استقلالها, مثل فنلندا وبولندا ودول البلطيق.",
}

pytestmark = pytest.mark.skipif(not MANIFEST.is_file(), reason="no bundled models in this checkout")


def load_manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return data


def test_manifest_lists_every_processor_with_existing_files() -> None:
    manifest = load_manifest()
    assert isinstance(manifest["version"], str) and manifest["version"]
    assert set(manifest["languages"]) == set(REQUIRED)
    for lang, info in manifest["languages"].items():
        assert set(info["processors"]) == REQUIRED[lang]
        for spec in info["processors"].values():
            assert set(spec) <= {"model", *DEPENDENCY_KEYS}
            for relative in spec.values():
                assert not Path(relative).is_absolute()
                assert (MODELS_DIR / relative).is_file(), relative
        assert set(info["scores"]) == SCORE_KEYS
        assert all(0.0 <= float(value) <= 100.0 for value in info["scores"].values())
        assert set(info["eval_sets"]) == {"parse", "ner"}


def test_bundled_models_fit_the_size_budget() -> None:
    total = sum(path.stat().st_size for path in MODELS_DIR.rglob("*") if path.is_file())
    assert total <= SIZE_LIMIT_BYTES


def test_stanza_can_open_the_models_dir_offline() -> None:
    """Stanza's Pipeline insists on a resources.json in ``dir`` even with explicit model paths."""
    assert json.loads((MODELS_DIR / "resources.json").read_text(encoding="utf-8")) == {}


def build_pipeline(lang: str) -> Any:
    import stanza

    processors = load_manifest()["languages"][lang]["processors"]
    kwargs: dict[str, str] = {}
    for name, spec in processors.items():
        for key, relative in spec.items():
            kwargs[f"{name}_{key}_path"] = str(MODELS_DIR / relative)
    return stanza.Pipeline(lang, dir=str(MODELS_DIR), download_method=None, allow_unknown_language=True,
                           processors=",".join(processors), use_gpu=False, logging_level="WARN", **kwargs)


@pytest.mark.models
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_models_parse_a_real_sentence(lang: str) -> None:
    import torch

    torch.set_num_threads(1)
    doc = build_pipeline(lang)(SENTENCES[lang])
    words = [word for sentence in doc.sentences for word in sentence.words]
    assert len(words) >= 12
    for sentence in doc.sentences:
        heads = [word.head for word in sentence.words]
        assert heads.count(0) == 1  # one root per sentence
        assert all(0 <= head <= len(sentence.words) for head in heads)
        assert all(word.deprel and word.upos and word.lemma for word in sentence.words)
    assert doc.ents, "no entity found in a sentence naming four countries"
    assert {ent.type for ent in doc.ents} <= NER_LABELS
