"""claimx: attributed claims from Arabic and English news."""

from claimx.errors import (
    AnalysisError,
    ClaimxError,
    ExtractionError,
    InputError,
    LanguageError,
    ModelsNotFoundError,
)
from claimx.records import Article, Claim, Cue, Quantity, Source, Span, Speaker, TimeValue

__version__ = "0.1.0"

_LAZY = {"extract": "claimx.api", "extract_many": "claimx.api", "extract_conllu": "claimx.api",
         "link": "claimx.graph"}


def __getattr__(name: str) -> object:
    # The pipeline pulls in Stanza and torch: load it on first use, so `import claimx` stays cheap.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'claimx' has no attribute {name!r}")

__all__ = [
    "AnalysisError", "Article", "Claim", "ClaimxError", "Cue", "ExtractionError", "InputError",
    "LanguageError", "ModelsNotFoundError", "Quantity", "Source", "Span", "Speaker", "TimeValue",
    "__version__", "extract", "extract_conllu", "extract_many", "link",
]
