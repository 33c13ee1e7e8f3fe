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
        for sentence in document.sentences:
            problem = tree_problem(sentence)
            if problem is not None:
                where = f" in document {doc_id!r}" if doc_id else ""
                raise InputError(f"invalid CoNLL-U{where}, sentence {sentence.sent_id or sentence.index}: "
                                 f"{problem}. Word ids must run 1..n and every HEAD must lead to 0.")
        problem = offset_problem(document)
        if problem is not None:
            where = f" in document {doc_id!r}" if doc_id else ""
            raise InputError(f"invalid CoNLL-U{where}: {problem}. start_char/end_char in MISC must index "
                             f"the text of the '# text' comments (or be left out).")
        documents.append(ConlluDocument(doc_id, document))
    return documents


def offset_problem(document: stanza.Document) -> str | None:
    """The first token whose character offsets do not frame its own text in the document's text, or
    None. Every span claimx reports is cut from the text at these offsets; a file written from text
    that was changed afterwards (invisible marks dropped from '# text') would index past it."""
    text = document.text or ""
    for sentence in document.sentences:
        for token in sentence.tokens:
            start, end = token.start_char, token.end_char
            if start is None or end is None:
                continue
            if not 0 <= start <= end <= len(text) or text[start:end] != token.text:
                return (f"sentence {sentence.sent_id or sentence.index}, token {token.text!r} has offsets "
                        f"{start}-{end}, which hold {text[start:end]!r} of a {len(text)}-character text")
    return None


def tree_problem(sentence: stanza.models.common.doc.Sentence) -> str | None:
    """What makes a sentence's words not a dependency tree (ids out of order, a head out of range or
    a cycle), or None. Stanza's reader accepts such input; the extractors walk heads and must not
    loop or index past the sentence."""
    words = sentence.words
    ids = [word.id for word in words]
    if ids != list(range(1, len(words) + 1)):
        return f"word ids {ids[:12]} are not 1..{len(words)} in order"
    heads = {}
    for word in words:
        head = 0 if word.head is None else word.head  # "_": no tree, the extractors take it as a root
        if not isinstance(head, int) or not 0 <= head <= len(words):
            return f"word {word.id} has HEAD {word.head!r} outside 0..{len(words)}"
        heads[word.id] = head
    reaches_root: set[int] = {0}
    for start in heads:
        path: list[int] = []
        on_path: set[int] = set()
        current = start
        while current not in reaches_root:
            if current in on_path:
                return f"HEAD cycle through word {current}"
            path.append(current)
            on_path.add(current)
            current = heads[current]
        reaches_root.update(path)
    return None


def write_conllu(document: stanza.Document) -> str:
    """CoNLL-U for an analysed document (NER kept in MISC), ready to be read back as a fixture."""
    return f"{document:C}\n\n"
