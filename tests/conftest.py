"""Shared test configuration: skip what needs models or shared data when they are absent."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("CLAIMX_TORCH_THREADS", "1")


def models_available(lang: str = "ar") -> bool:
    from claimx.analyze.models import resolve_models
    from claimx.errors import ModelsNotFoundError

    try:
        resolve_models(lang)
    except ModelsNotFoundError:
        return False
    return True


requires_models = pytest.mark.skipif(not (models_available("ar") and models_available("en")),
                                     reason="no Stanza models (bundled or official) installed")
