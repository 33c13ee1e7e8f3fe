"""Compact offline Stanza models bundled with claimx (data only; see ``manifest.json``).

A regular package, not a namespace one, so that ``importlib.resources.files("claimx.models")`` is a
plain filesystem path. Built by ``tools/train_models.py``; scores and recipe in ``docs/models.md``.
"""
