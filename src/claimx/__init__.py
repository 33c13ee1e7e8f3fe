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

__all__ = [
    "AnalysisError", "Article", "Claim", "ClaimxError", "Cue", "ExtractionError", "InputError",
    "LanguageError", "ModelsNotFoundError", "Quantity", "Source", "Span", "Speaker", "TimeValue",
    "__version__",
]
