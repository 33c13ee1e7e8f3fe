"""Language knowledge as data: one folder per language, one file per kind of knowledge.

Adding a language means adding ``resources/<lang>/`` with the same file names; no code changes.
Files are JSON (structured entries) or TSV (a header line, then one entry per line; ``#`` starts a
comment line). Everything is read once and cached.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources as importlib_resources
from typing import Any

_PACKAGE = "claimx.resources"


def _read_text(lang: str, filename: str) -> str:
    return importlib_resources.files(_PACKAGE).joinpath(lang).joinpath(filename).read_text(encoding="utf-8")


def has_resource(lang: str, filename: str) -> bool:
    return importlib_resources.files(_PACKAGE).joinpath(lang).joinpath(filename).is_file()


@cache
def load_json(lang: str, name: str) -> Any:
    """``resources/<lang>/<name>.json`` parsed (cached: do not mutate the result)."""
    return json.loads(_read_text(lang, f"{name}.json"))


@cache
def load_tsv(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """``resources/<lang>/<name>.tsv`` as rows keyed by the header's column names (cached)."""
    lines = [line for line in _read_text(lang, f"{name}.tsv").splitlines()
             if line.strip() and not line.startswith("#")]
    if not lines:
        return ()
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (cell.strip() for cell in cells), strict=False)))
    return tuple(rows)


def languages() -> list[str]:
    """Languages that have a resource folder."""
    root = importlib_resources.files(_PACKAGE)
    return sorted(entry.name for entry in root.iterdir()
                  if entry.is_dir() and not entry.name.startswith(("_", ".")))
