"""Where the Stanza models for a language come from.

Resolution order, first complete set wins:

1. an explicit ``model_dir`` argument,
2. the ``CLAIMX_STANZA_DIR`` environment variable,
3. official Stanza models in Stanza's resources dir (``$STANZA_RESOURCES_DIR`` or its default),
4. the compact models bundled with claimx (``claimx/models/manifest.json``).

A directory named by the caller (1 or 2) must be complete: claimx never falls back silently from a
location the user asked for. Nothing here downloads anything.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path

from claimx.errors import ModelsNotFoundError
from claimx.records import ModelInfo

ENV_VAR = "CLAIMX_STANZA_DIR"
BUNDLED_PACKAGE = "claimx.models"
MANIFEST = "manifest.json"
# Files a bundled processor may read besides its model, as named in the manifest; each becomes
# Stanza's ``<processor>_<key>_path`` argument.
DEPENDENCY_KEYS = ("pretrain", "forward_charlm", "backward_charlm")

# Stanza processors claimx needs, per language; languages not listed use the English set.
PROCESSORS: dict[str, tuple[str, ...]] = {
    "ar": ("tokenize", "mwt", "pos", "lemma", "depparse", "ner"),
    "en": ("tokenize", "pos", "lemma", "depparse", "ner"),
}


def processors_for(lang: str) -> tuple[str, ...]:
    return PROCESSORS.get(lang, PROCESSORS["en"])


@dataclass(frozen=True)
class ModelSet:
    """A complete set of model files for one language, ready to build a ``stanza.Pipeline``."""

    lang: str
    origin: str  # argument | env | stanza_resources | bundled
    directory: Path
    # Official layout: Stanza resolves files itself from resources.json. Bundled layout: explicit paths.
    official_layout: bool
    model_paths: dict[str, Path] = field(default_factory=dict)
    # bundled layout: per processor, the files it reads besides its model (DEPENDENCY_KEYS)
    dependency_paths: dict[str, dict[str, Path]] = field(default_factory=dict)

    def dependency(self, processor: str, key: str) -> Path | None:
        return self.dependency_paths.get(processor, {}).get(key)

    def pipeline_kwargs(self) -> dict[str, object]:
        """Keyword arguments for ``stanza.Pipeline`` that load exactly this set, offline."""
        kwargs: dict[str, object] = {
            "lang": self.lang,
            "dir": str(self.directory),
            "processors": ",".join(processors_for(self.lang)),
            "download_method": None,
            "use_gpu": False,
            "logging_level": "WARN",
            # A head with two subjects or two objects is repaired (Stanza's running default; models
            # saved by its trainer, claimx's bundled ones among them, store the trainer's "off").
            "depparse_resolve_head_constraints": True,
        }
        if not self.official_layout:
            kwargs["allow_unknown_language"] = True
            for processor, path in self.model_paths.items():
                kwargs[f"{processor}_model_path"] = str(path)
            for processor, dependencies in self.dependency_paths.items():
                for key, path in dependencies.items():
                    kwargs[f"{processor}_{key}_path"] = str(path)
        return kwargs

    def info(self) -> ModelInfo:
        files = {proc: str(path) for proc, path in self.model_paths.items()}
        return ModelInfo(lang=self.lang, origin=self.origin,
                         directory=str(self.directory), processors=files)


def stanza_default_dir() -> Path:
    """Stanza's own resources dir, computed the way Stanza does (without importing torch)."""
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return Path(os.environ["STANZA_RESOURCES_DIR"])
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR)


def bundled_dir() -> Path:
    """Where the compact models ship inside the package (may be absent from a source checkout)."""
    try:
        return Path(str(importlib_resources.files(BUNDLED_PACKAGE)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / "models"


def _official_files(directory: Path, lang: str) -> tuple[dict[str, Path], list[str]]:
    """Files an official Stanza download needs for ``lang`` in ``directory``: (found, missing)."""
    resources_file = directory / "resources.json"
    if not resources_file.is_file():
        return {}, [str(resources_file)]
    try:
        resources = json.loads(resources_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, [f"{resources_file} (unreadable)"]
    if lang not in resources:
        return {}, [f"{directory / lang} (language {lang!r} not in resources.json)"]
    # Stanza's own expansion of the default package into processors and their dependencies
    # (pretrain vectors, character LMs), so the check matches what Pipeline will open.
    from stanza.resources.common import (
        add_dependencies,
        flatten_processor_list,
        maintain_processor_list,
    )

    lang_resources = resources[lang]
    if "default_processors" in lang_resources:
        wanted = {p: lang_resources["default_processors"][p] for p in processors_for(lang)
                  if p in lang_resources["default_processors"]}
    else:
        wanted = {p: "default" for p in processors_for(lang)}
    try:
        plist = maintain_processor_list(resources, lang, "default", wanted)
        plist = add_dependencies(resources, lang, plist)
        flat = flatten_processor_list(plist)
    except Exception as exc:  # a malformed resources.json must not crash model lookup
        return {}, [f"{resources_file} ({type(exc).__name__}: {exc})"]
    found: dict[str, Path] = {}
    missing: list[str] = []
    for processor in processors_for(lang):
        if processor not in wanted and processor != "mwt":
            missing.append(f"{directory / lang / processor} (no default package listed)")
    for processor, package in flat:
        path = directory / lang / processor / f"{package}.pt"
        if path.is_file():
            found[processor] = path
        else:
            missing.append(str(path))
    return found, missing


@lru_cache(maxsize=1)
def _bundled_manifest() -> dict[str, object]:
    path = bundled_dir() / MANIFEST
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def _bundled_set(lang: str) -> tuple[ModelSet | None, list[str]]:
    root = bundled_dir()
    languages = _bundled_manifest().get("languages", {})
    entry = languages.get(lang) if isinstance(languages, dict) else None
    if not isinstance(entry, dict):
        return None, [f"{root / MANIFEST} (no bundled models for {lang!r})"]
    processors = entry.get("processors", {})
    models: dict[str, Path] = {}
    dependencies: dict[str, dict[str, Path]] = {}
    missing: list[str] = []
    for processor in processors_for(lang):
        spec = processors.get(processor)
        if spec is None:
            if processor != "mwt":
                missing.append(f"{root / lang / processor} (not in manifest)")
            continue
        models[processor] = root / spec["model"]
        dependencies[processor] = {key: root / spec[key] for key in DEPENDENCY_KEYS if key in spec}
    needed = [*models.values(), *(path for files in dependencies.values() for path in files.values())]
    missing += [str(path) for path in needed if not path.is_file()]
    if missing:
        return None, missing
    return ModelSet(lang, "bundled", root, False, models, dependencies), []


def _directory_set(lang: str, directory: Path, origin: str) -> tuple[ModelSet | None, list[str]]:
    found, missing = _official_files(directory, lang)
    if missing:
        return None, missing
    return ModelSet(lang, origin, directory, True, found), []


def resolve_models(lang: str, model_dir: str | os.PathLike[str] | None = None) -> ModelSet:
    """Find a complete model set for ``lang`` (see the module doc for the order), or raise
    :class:`ModelsNotFoundError` naming every missing file and the command that fetches them."""
    explicit = [("argument", model_dir), ("env", os.environ.get(ENV_VAR) or None)]
    for origin, place in explicit:
        if place:
            model_set, missing = _directory_set(lang, Path(place), origin)
            if model_set is None:
                raise ModelsNotFoundError(lang, missing, [f"{place} ({origin})"])
            return model_set
    searched: list[str] = []
    all_missing: list[str] = []
    default_dir = stanza_default_dir()
    model_set, missing = _directory_set(lang, default_dir, "stanza_resources")
    if model_set is not None:
        return model_set
    searched.append(f"{default_dir} (Stanza resources dir)")
    all_missing += missing
    model_set, missing = _bundled_set(lang)
    if model_set is not None:
        return model_set
    searched.append(f"{bundled_dir()} (bundled with claimx)")
    all_missing += missing
    raise ModelsNotFoundError(lang, all_missing, searched)


def describe_models(languages: tuple[str, ...] = ("ar", "en"),
                    model_dir: str | os.PathLike[str] | None = None) -> list[ModelInfo | str]:
    """For ``claimx models``: the set each language would use, or why none is usable."""
    out: list[ModelInfo | str] = []
    for lang in languages:
        try:
            out.append(resolve_models(lang, model_dir).info())
        except ModelsNotFoundError as exc:
            out.append(str(exc))
    return out
