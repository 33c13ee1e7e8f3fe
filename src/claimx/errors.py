"""Typed errors. Every failure claimx raises is a :class:`ClaimxError` whose message says what to do."""

from __future__ import annotations


class ClaimxError(Exception):
    """Base of every error claimx raises on purpose."""

    stage = "input"


class InputError(ClaimxError, ValueError):
    """The input cannot be processed as given (empty, binary, undecodable, too large, bad CoNLL-U)."""

    stage = "input"


class LanguageError(ClaimxError, ValueError):
    """The language is not supported or could not be detected."""

    stage = "ingest"


class ModelsNotFoundError(ClaimxError, FileNotFoundError):
    """Stanza models needed for a language are missing; the message lists them and how to get them."""

    stage = "analyze"

    def __init__(self, lang: str, missing: list[str], searched: list[str]) -> None:
        self.lang = lang
        self.missing = missing
        self.searched = searched
        where = "\n".join(f"  - {place}" for place in searched) or "  (nowhere)"
        files = "\n".join(f"  - {name}" for name in missing)
        super().__init__(
            f"Stanza models for language {lang!r} are missing:\n{files}\nSearched:\n{where}\n"
            f"Fetch the official models with:  claimx models download {lang}\n"
            f"or point claimx at a model directory with CLAIMX_STANZA_DIR=/path/to/stanza_resources."
        )


class AnalysisError(ClaimxError, RuntimeError):
    """Stanza failed on a document that passed input checks."""

    stage = "analyze"


class ExtractionError(ClaimxError, RuntimeError):
    """An extraction rule failed on an analysed document."""

    stage = "extract"
