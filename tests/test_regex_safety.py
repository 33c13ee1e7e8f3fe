"""Regular-expression safety: no pattern claimx applies to input text backtracks catastrophically.

Every pattern is collected, not listed by hand: module-level compiled patterns of every claimx module,
pattern literals passed to ``re``/``regex`` functions anywhere in the source (found with ``ast``),
the furniture patterns built from ``resources/<lang>/furniture.json`` and the quantity grammars built
from ``resources/<lang>/numbers.json``. Each is recompiled with the ``regex`` module and run over
adversarial strings (100 kB of digits and slashes, runs of Arabic letters, repeated quote marks...)
with ``timeout=``. A linear pattern scans 100 kB in milliseconds; the timeout only turns a
super-linear one (which would take minutes to forever) into a failure instead of a hung test run.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from dataclasses import fields
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import claimx

SOURCE = Path(claimx.__file__).parent
# Generous: linear patterns finish 100 kB in well under 0.1 s even on a slow CI core.
HANG_GUARD_S = 20.0
_N = 100_000

ADVERSARIAL = {
    "digits": "1" * _N,
    "digits_slashes": "12/" * (_N // 3),
    "digits_dots": "1.2" * (_N // 3),
    "digits_colons": "1:2:" * (_N // 4),
    "arabic_letters": "ب" * _N,
    "arabic_words": "قال " * (_N // 4),
    "arabic_clitics": "وبال" * (_N // 4),
    "latin": "a" * _N,
    "latin_words": "said the " * (_N // 9),
    "quotes": "«" * _N,
    "mixed_quotes": "«“\"»”'" * (_N // 6),
    "spaces": " " * _N,
    "space_tabs": " \t" * (_N // 2),
    "newlines": "\n" * _N,
    "parentheses": "(" * _N,
    "dashes": "- " * (_N // 2),
    "dots": "." * _N,
    "colons": ":" * _N,
    "tatweel": "ـ" * _N,
    "zero_width": "\u200f\u200b" * (_N // 2),
    "mention": "@a." * (_N // 3),
    "url": "http://" + "a/" * (_N // 2),
    "nested_digits": "١٢٣٬" * (_N // 4),
    "ago": "5 minutes " * (_N // 10),
    "arabic_age": "منذ 9 " * (_N // 6),
    "agency": "د.ب." * (_N // 4),
}

_FLAG_NAMES = ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII")
_PATTERN_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall",
                      "finditer"}


def _regex_flags(flags: int) -> int:
    converted = 0
    for name in _FLAG_NAMES:
        if flags & getattr(re, name):
            converted |= getattr(regex, name)
    return converted


def _module_patterns() -> dict[str, tuple[str, int]]:
    found: dict[str, tuple[str, int]] = {}
    for info in pkgutil.walk_packages(claimx.__path__, "claimx."):
        if info.name == "claimx.__main__" or info.name.startswith("claimx.distributed"):
            continue  # the entry point runs the CLI on import; the dask extra holds no patterns
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)) and isinstance(value.pattern, str):
                found[f"{info.name}.{name}"] = (value.pattern, value.flags)
    return found


def _literal_patterns() -> dict[str, tuple[str, int]]:
    """Pattern literals in calls like ``re.sub(r"...", ...)`` inside functions."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("re", "regex")
                    and node.func.attr in _PATTERN_FUNCTIONS and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found[f"{path.relative_to(SOURCE)}:{node.lineno}"] = (node.args[0].value, 0)
    return found


def _resource_patterns() -> dict[str, tuple[str, int]]:
    from claimx.extractors.quantities import grammar_for
    from claimx.ingest.cues import cues

    found: dict[str, tuple[str, int]] = {}
    compiled = cues()
    for field in fields(compiled):
        value = getattr(compiled, field.name)
        if isinstance(value, (re.Pattern, regex.Pattern)):
            found[f"furniture.{field.name}"] = (value.pattern, value.flags)
    for lang in claimx.resources.languages():
        grammar = grammar_for(lang)
        if grammar is not None:
            found[f"numbers.{lang}"] = (grammar.pattern.pattern, grammar.pattern.flags)
    return found


MODULE_PATTERNS = _module_patterns()
LITERAL_PATTERNS = _literal_patterns()
RESOURCE_PATTERNS = _resource_patterns()
ALL_PATTERNS: dict[str, tuple[str, int]] = {}
for _name, _pattern in {**MODULE_PATTERNS, **LITERAL_PATTERNS, **RESOURCE_PATTERNS}.items():
    if _pattern[0] not in {source for source, _ in ALL_PATTERNS.values()}:  # each pattern text once
        ALL_PATTERNS[_name] = _pattern
segment = importlib.import_module("claimx.ingest.segment")


def test_patterns_are_found() -> None:
    """The collection itself works: the known patterns of each kind are in it."""
    assert "claimx.analyze.limits._SENTENCE_END" in MODULE_PATTERNS
    assert "claimx.temporal.scan._NUMERIC_DATE" in MODULE_PATTERNS
    assert any(name.startswith("ingest/segment.py:") for name in LITERAL_PATTERNS)
    expected = {"furniture.relative_age", "furniture.agency", "numbers.ar", "numbers.en"}
    assert expected <= set(RESOURCE_PATTERNS)
    assert len(ALL_PATTERNS) > 50
    assert "^(?:https?://|www\\.)\\S+$" in {source for source, _ in ALL_PATTERNS.values()}


@pytest.mark.parametrize("name", sorted(ALL_PATTERNS))
def test_pattern_is_linear_on_adversarial_strings(name: str) -> None:
    source, flags = ALL_PATTERNS[name]
    pattern = regex.compile(source, _regex_flags(flags))
    for label, text in ADVERSARIAL.items():
        try:
            pattern.subn("", text, timeout=HANG_GUARD_S)  # every match, as finditer/sub would find them
            pattern.match(text, timeout=HANG_GUARD_S)
        except TimeoutError:
            pytest.fail(f"{name} ({source[:80]!r}) backtracks on {label}: super-linear")


def test_hang_guard_catches_a_catastrophic_pattern() -> None:
    """The method can fail: a classic exponential pattern is caught by the same guard."""
    evil = regex.compile(r"(?:\S+@\S+\.\w+)$")  # the e-mail pattern ingest used to have
    with pytest.raises(TimeoutError):
        evil.subn("", ADVERSARIAL["mention"], timeout=0.5)


# The linear rewrites in claimx.ingest.segment must decide exactly what the patterns they replace did.
_OLD_EMAIL_OR_URL = re.compile(r"(?:\S+@\S+\.\w+|https?://\S+|www\.\S+)$")
_OLD_ONLY_EMAIL = re.compile(r"^\S+@\S+\.[a-z]{2,}$")
_ADDRESS_TEXT = st.text(st.sampled_from(list("a@.w:/hts b_\t٣بZ")), max_size=24) | st.sampled_from(
    ["name@mail.com", "x@y.co", "see http://x.y", "www.site.org", "mail: a@b.com", "a@b.", "@a.com",
     "ab@.cd", "http://", "www.", "https://t.co/x", "وقال name@mail.comللتواصل"])


@settings(max_examples=1500, deadline=None, derandomize=True, database=None)
@given(_ADDRESS_TEXT, st.integers(0, 30))
def test_linear_address_checks_agree_with_the_patterns_they_replace(text: str, end: int) -> None:
    end = min(end, len(text))
    old = _OLD_EMAIL_OR_URL.search(text, 0, end)
    expected = old.start() if old is not None and old.end() == end else None
    assert segment._email_or_url_before(text, end) == expected
    key = text.strip()
    assert segment._is_only_email(key) == bool(_OLD_ONLY_EMAIL.match(key))
