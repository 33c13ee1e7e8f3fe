"""CoNLL-U in and out, through Stanza's own reader and writer.

Pre-parsed corpora and test fixtures become exactly the ``stanza.Document`` objects a live pipeline
produces (heads, deprels, feats, ``ner=`` from MISC), with character offsets rebuilt from ``# text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimx.errors import InputError

if TYPE_CHECKING:
    import stanza


@dataclass(frozen=True)
class ConlluDocument:
    doc_id: str | None
    document: stanza.Document


def _split_newdoc(conllu: str) -> list[tuple[str | None, str]]:
    """Cut the input at ``# newdoc`` comments into (doc id, CoNLL-U) chunks."""
    chunks: list[tuple[str | None, list[str]]] = [(None, [])]
    for block in conllu.replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        newdoc = next((line for line in block.splitlines() if line.startswith("# newdoc")), None)
        if newdoc is not None and chunks[-1][1]:
            chunks.append((None, []))
        if newdoc is not None:
            _, _, value = newdoc.partition("=")
            chunks[-1] = (value.strip() or None, chunks[-1][1])
        chunks[-1][1].append(block.strip("\n"))
    return [(doc_id, "\n\n".join(blocks) + "\n\n") for doc_id, blocks in chunks if blocks]


def read_conllu(conllu: str) -> list[ConlluDocument]:
    """Parse CoNLL-U text (one or more ``# newdoc`` documents) into Stanza documents.

    Raises :class:`InputError` with the reader's complaint when the input is not valid CoNLL-U.
    """
    from stanza.utils.conll import CoNLL

    if not conllu.strip():
        raise InputError("empty CoNLL-U input")
    documents = []
    for doc_id, chunk in _split_newdoc(conllu):
        try:
            document = CoNLL.conll2doc(input_str=chunk, reconstruct_text=True)
        except Exception as exc:  # Stanza raises ValueError/IndexError/CoNLLError on broken columns
            cause = exc.__cause__ or exc
            raise InputError(f"invalid CoNLL-U{f' in document {doc_id!r}' if doc_id else ''}: "
                             f"{type(cause).__name__}: {cause}. Each token line needs 10 "
                             f"tab-separated columns and sentences are separated by a blank line.") from exc
        if not document.sentences:
            raise InputError(f"CoNLL-U document {doc_id!r} has no sentences")
        documents.append(ConlluDocument(doc_id, document))
    return documents


def write_conllu(document: stanza.Document) -> str:
    """CoNLL-U for an analysed document (NER kept in MISC), ready to be read back as a fixture."""
    return f"{document:C}\n\n"
