"""Reading documents from files: bytes to text with clear errors, and input discovery."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from claimx.errors import InputError

TEXT_SUFFIXES = (".txt", ".text", ".md")
CONLLU_SUFFIXES = (".conllu", ".conll")

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode a document's bytes as UTF-8 (BOM-aware, UTF-16 with BOM too).

    Raises :class:`InputError` for binary files and invalid UTF-8, saying where the problem is.
    """
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name} is {what}, not text; extract its text first")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 at byte {exc.start}") from None
    head = data[:8192]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is not None:
            raise InputError(f"{name} looks like {utf16} text without a byte-order mark; convert it to "
                             f"UTF-8 first, e.g. iconv -f {utf16} -t UTF-8")
        raise InputError(f"{name} looks binary (NUL bytes); claimx reads UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        snippet = data[max(0, exc.start - 10):exc.start + 10]
        raise InputError(f"{name} is not valid UTF-8 (byte {exc.start}: {snippet!r}); convert it "
                         f"to UTF-8 first, e.g. iconv -f WINDOWS-1256 -t UTF-8") from None


def _utf16_without_bom(head: bytes) -> str | None:
    """"UTF-16LE"/"UTF-16BE" when every NUL byte sits on one side of the byte pairs and the bytes
    decode as UTF-16 that way (ASCII spaces and digits give a NUL per character), else None."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(head) < 4 or len(head) % 2 or (even and odd):
        return None
    encoding = "UTF-16LE" if odd else "UTF-16BE"
    try:
        text = head.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding if all(ch.isprintable() or ch.isspace() for ch in text) else None


def discover(paths: list[str]) -> Iterator[Path]:
    """Files named on the command line, directories expanded to their text/CoNLL-U files (sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + CONLLU_SUFFIXES)
        else:
            yield path
