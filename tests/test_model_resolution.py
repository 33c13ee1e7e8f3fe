"""Where models come from: explicit dir, CLAIMX_STANZA_DIR, Stanza's dir, bundled; and the error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimx.analyze import models as model_lookup
from claimx.analyze.models import ENV_VAR, resolve_models
from claimx.errors import ModelsNotFoundError

EN_PACKAGES = {"tokenize": "ewt", "pos": "ewt", "lemma": "ewt", "depparse": "ewt", "ner": "conll03"}


def make_official_dir(root: Path, lang: str = "en", *, skip: str | None = None) -> Path:
    """A directory laid out like an official `stanza.download` (resources.json + lang/proc/pkg.pt)."""
    resources: dict = {lang: {"default_processors": dict(EN_PACKAGES),
                              "packages": {"default": dict(EN_PACKAGES)}}}
    for processor, package in EN_PACKAGES.items():
        deps = [{"model": "pretrain", "package": "conll17"}] if processor in ("pos", "depparse") else []
        resources[lang][processor] = {package: {"dependencies": deps}}
        if processor != skip:
            (root / lang / processor).mkdir(parents=True, exist_ok=True)
            (root / lang / processor / f"{package}.pt").write_bytes(b"x")
    resources[lang]["pretrain"] = {"conll17": {}}
    (root / lang / "pretrain").mkdir(parents=True, exist_ok=True)
    (root / lang / "pretrain" / "conll17.pt").write_bytes(b"x")
    (root / "resources.json").write_text(json.dumps(resources))
    return root


@pytest.fixture
def no_stanza_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point Stanza's default dir at an empty folder and clear the env override."""
    home = tmp_path / "stanza_home"
    home.mkdir()
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(home))
    monkeypatch.delenv(ENV_VAR, raising=False)
    return home


def test_explicit_dir_wins_over_env(tmp_path: Path, no_stanza_home: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    explicit = make_official_dir(tmp_path / "explicit")
    monkeypatch.setenv(ENV_VAR, str(make_official_dir(tmp_path / "env")))
    chosen = resolve_models("en", explicit)
    assert chosen.origin == "argument"
    assert chosen.directory == explicit
    assert chosen.official_layout
    assert chosen.model_paths["pretrain"] == explicit / "en" / "pretrain" / "conll17.pt"


def test_env_dir_wins_over_stanza_dir(tmp_path: Path, no_stanza_home: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    make_official_dir(no_stanza_home)
    env_dir = make_official_dir(tmp_path / "env")
    monkeypatch.setenv(ENV_VAR, str(env_dir))
    assert resolve_models("en").origin == "env"


def test_stanza_dir_wins_over_bundled(no_stanza_home: Path) -> None:
    make_official_dir(no_stanza_home)
    chosen = resolve_models("en")
    assert chosen.origin == "stanza_resources"
    assert chosen.pipeline_kwargs()["download_method"] is None


def test_incomplete_explicit_dir_is_an_error_not_a_fallback(tmp_path: Path, no_stanza_home: Path) -> None:
    broken = make_official_dir(tmp_path / "broken", skip="depparse")
    with pytest.raises(ModelsNotFoundError) as caught:
        resolve_models("en", broken)
    message = str(caught.value)
    assert str(broken / "en" / "depparse" / "ewt.pt") in message
    assert "claimx models download en" in message
    assert caught.value.missing == [str(broken / "en" / "depparse" / "ewt.pt")]


def test_missing_everywhere_lists_every_place(no_stanza_home: Path, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.setattr(model_lookup, "bundled_dir", lambda: tmp_path / "no_bundle")
    model_lookup._bundled_manifest.cache_clear()
    try:
        with pytest.raises(ModelsNotFoundError) as caught:
            resolve_models("ar")
    finally:
        model_lookup._bundled_manifest.cache_clear()
    message = str(caught.value)
    assert str(no_stanza_home / "resources.json") in message
    assert "bundled with claimx" in message
    assert "claimx models download ar" in message


def test_bundled_models_used_when_nothing_else(no_stanza_home: Path) -> None:
    manifest = model_lookup.bundled_dir() / "manifest.json"
    if not manifest.is_file():
        pytest.skip("no bundled models in this checkout")
    for lang in ("ar", "en"):
        chosen = resolve_models(lang)
        assert chosen.origin == "bundled"
        kwargs = chosen.pipeline_kwargs()
        assert kwargs["download_method"] is None
        assert Path(str(kwargs["depparse_model_path"])).is_file()


def _bundle(root: Path, ner_spec: dict[str, str]) -> None:
    processors = {name: {"model": f"en/{name}.pt"} for name in ("tokenize", "pos", "lemma", "depparse")}
    processors["ner"] = ner_spec
    for spec in processors.values():
        for relative in spec.values():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_bytes(b"x")
    manifest = {"version": "test", "languages": {"en": {"processors": processors}}}
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_bundled_dependencies_become_stanza_paths(no_stanza_home: Path, monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    """Every file a bundled processor reads (word vectors, character LMs) is passed to Stanza by path,
    and a listed file that is missing makes the set incomplete."""
    _bundle(tmp_path, {"model": "en/ner.pt", "pretrain": "en/pretrain.pt",
                       "forward_charlm": "en/forward_charlm.pt", "backward_charlm": "en/backward_charlm.pt"})
    monkeypatch.setattr(model_lookup, "bundled_dir", lambda: tmp_path)
    model_lookup._bundled_manifest.cache_clear()
    try:
        kwargs = resolve_models("en").pipeline_kwargs()
        assert kwargs["ner_forward_charlm_path"] == str(tmp_path / "en" / "forward_charlm.pt")
        assert kwargs["ner_backward_charlm_path"] == str(tmp_path / "en" / "backward_charlm.pt")
        assert kwargs["ner_pretrain_path"] == str(tmp_path / "en" / "pretrain.pt")
        assert "pos_pretrain_path" not in kwargs
        (tmp_path / "en" / "backward_charlm.pt").unlink()
        with pytest.raises(ModelsNotFoundError) as caught:
            resolve_models("en")
    finally:
        model_lookup._bundled_manifest.cache_clear()
    assert str(tmp_path / "en" / "backward_charlm.pt") in caught.value.missing


def test_pipeline_build_reports_missing_models(tmp_path: Path, no_stanza_home: Path) -> None:
    """The real loading path: an explicit but empty directory never reaches the network."""
    from claimx.analyze.pipeline import get_pipeline

    with pytest.raises(ModelsNotFoundError, match=r"resources\.json"):
        get_pipeline("en", tmp_path)
