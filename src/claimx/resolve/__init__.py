"""Entity resolution: speakers and sources across articles, languages and scripts.

Public entry points: :class:`EntityResolver` (collect mentions, resolve once), :func:`parse_mention`,
:func:`name_key` (cross-script name skeleton), :func:`normalize_arabic`, and the records
:class:`Entity`, :class:`Alias`, :class:`EntityLink`.
"""

from claimx.resolve.entities import EntityResolver, MentionParse, parse_mention, resolve_mentions
from claimx.resolve.model import Alias, Entity, EntityLink
from claimx.resolve.text import normalize, normalize_arabic, script_of, tokens
from claimx.resolve.translit import keys_compatible, name_key, word_key

__all__ = [
    "Alias",
    "Entity",
    "EntityLink",
    "EntityResolver",
    "MentionParse",
    "keys_compatible",
    "name_key",
    "normalize",
    "normalize_arabic",
    "parse_mention",
    "resolve_mentions",
    "script_of",
    "tokens",
    "word_key",
]
