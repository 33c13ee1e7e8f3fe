"""Data preparation for the compact Stanza models (used by ``tools/train_models.py``).

Everything here turns the public corpora in ``../shared/data`` into the files Stanza's own trainers
read: CoNLL-U (pos/lemma/depparse/mwt), raw text + character labels (tokenizer), BIO JSON (ner), and a
small word-vector pretrain built from the same text (PPMI + SVD, no download).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

Sentence = tuple[list[str], list[list[str]]]  # (comment lines, token/word rows of 10 columns)

ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
BIDI_MARKS = re.compile("[\u200e\u200f\ufeff]")

# UD v1 -> v2 relation renames (PADT 2016 is UD v1).
UD1_TO_UD2 = {"dobj": "obj", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass",
              "auxpass": "aux:pass", "name": "flat", "mwe": "fixed", "neg": "advmod",
              "remnant": "orphan", "foreign": "flat:foreign"}
# nmod attached to a predicate became obl in v2.
PREDICATE_UPOS = {"VERB", "ADJ", "AUX"}
# PADT v1 tags words its analyser did not know (XPOS "U...", mostly names: صدام, شارون, روسيا) as X;
# v2 treebanks (and PUD) tag them PROPN. Only where they head a nominal relation: X elsewhere is noise.
NOMINAL_RELATIONS = {"nsubj", "obj", "iobj", "nmod", "conj", "appos", "flat", "root", "obl"}

# NewsFANE fine classes -> CoNLL coarse classes.
NEWSFANE_TO_COARSE = {
    **dict.fromkeys(["Politician", "Athlete", "Artist", "Other_PER", "Businessperson", "Scientist",
                     "Lawyer", "Religious_PER", "Engineer", "Police"], "PER"),
    **dict.fromkeys(["Government", "Non-Governmental", "Media", "Commercial", "Educational", "Sports",
                     "Entertainment", "Medical-Science", "Religious_ORG"], "ORG"),
    **dict.fromkeys(["Nation", "Population-Center", "State-or-Province", "County-or-District",
                     "GPE-Cluster", "Continent", "Water-Body", "Land-Region-Natural", "Celestial",
                     "Building-Grounds", "Subarea-Facility", "Airport", "Path"], "LOC"),
}


# ----------------------------------------------------------------------------- CoNLL-U


def read_conllu(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    comments: list[str] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            if rows:
                sentences.append((comments, rows))
            comments, rows = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            cols = line.split("\t")
            if "." in cols[0]:  # empty nodes of enhanced UD: not used by the basic trainers
                continue
            cols[8] = "_"
            rows.append(cols)
    if rows:
        sentences.append((comments, rows))
    return sentences


def conllu_texts(path: Path) -> list[str]:
    """The raw text of every sentence of a CoNLL-U file (its ``# text =`` comments)."""
    prefix = "# text = "
    return [line[len(prefix):].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith(prefix)]


def write_conllu(sentences: Iterable[Sentence], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for comments, rows in sentences:
            for comment in comments:
                out.write(comment + "\n")
            for cols in rows:
                out.write("\t".join(cols) + "\n")
            out.write("\n")


def _misc_items(misc: str) -> list[str]:
    return [] if misc in ("_", "") else misc.split("|")


def _set_space_after(cols: list[str], space: bool) -> None:
    items = [item for item in _misc_items(cols[9]) if not item.startswith("SpaceAfter=")]
    if not space:
        items.append("SpaceAfter=No")
    cols[9] = "|".join(items) if items else "_"


def _has_space_after(cols: list[str]) -> bool:
    return "SpaceAfter=No" not in _misc_items(cols[9])


def flatten_mwt(sentence: Sentence) -> Sentence | None:
    """Turn English multiword tokens (don't = do + n't) into plain tokens glued by SpaceAfter=No.

    The compact English pipeline has no MWT model, so its tokenizer must split such tokens itself.
    Returns None when the word forms do not spell the token (the tokenizer could not learn it).
    """
    comments, rows = sentence
    out: list[list[str]] = []
    index = 0
    while index < len(rows):
        cols = rows[index]
        if "-" not in cols[0]:
            out.append(list(cols))
            index += 1
            continue
        start, end = (int(x) for x in cols[0].split("-"))
        words = [list(w) for w in rows[index + 1: index + 1 + end - start + 1]]
        if "".join(w[1] for w in words).lower() != cols[1].lower():
            return None
        for word in words[:-1]:
            _set_space_after(word, False)
        _set_space_after(words[-1], _has_space_after(cols))
        out.extend(words)
        index += 1 + len(words)
    return comments, out


def sentence_text(rows: list[list[str]]) -> str:
    parts: list[str] = []
    skip_until = 0
    for cols in rows:
        if "-" in cols[0]:
            _start, end = (int(x) for x in cols[0].split("-"))
            skip_until = end
            parts.append(cols[1] + (" " if _has_space_after(cols) else ""))
            continue
        if int(cols[0]) <= skip_until:
            continue
        parts.append(cols[1] + (" " if _has_space_after(cols) else ""))
    return "".join(parts).strip()


def devocalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = ARABIC_DIACRITICS.sub("", text)
    return text.replace("\u0671", "\u0627")  # alef wasla -> alef


def v2_upos(upos: str, xpos: str, relation: str) -> str:
    """UD v1 -> v2 part of speech: CONJ split into SCONJ (marks a clause) and CCONJ; unknown X -> PROPN."""
    if upos == "CONJ":
        return "SCONJ" if relation == "mark" else "CCONJ"
    if upos == "X" and xpos.startswith("U") and relation in NOMINAL_RELATIONS:
        return "PROPN"
    return upos


def arabic_v1_to_v2(sentence: Sentence) -> Sentence:
    """De-vocalize PADT 2016 forms/lemmas and map its UD v1 relations to v2; XPOS dropped.

    XPOS schemes differ between PADT and PUD, so Arabic models predict no XPOS at all.
    """
    comments, rows = sentence
    upos_by_id = {cols[0]: cols[3] for cols in rows if "-" not in cols[0]}
    out: list[list[str]] = []
    for cols in rows:
        cols = list(cols)
        cols[1] = devocalize(cols[1]) or cols[1]
        cols[2] = devocalize(cols[2]) or cols[2]
        xpos, cols[4] = cols[4], "_"
        if "-" not in cols[0]:
            base, _, sub = cols[7].partition(":")
            if cols[7] in UD1_TO_UD2:
                cols[7] = UD1_TO_UD2[cols[7]]
            elif base in UD1_TO_UD2:
                cols[7] = UD1_TO_UD2[base] + (":" + sub if sub else "")
            if cols[7].split(":")[0] == "nmod" and upos_by_id.get(cols[6]) in PREDICATE_UPOS:
                cols[7] = "obl" + cols[7][4:]
            cols[3] = v2_upos(cols[3], xpos, cols[7].split(":")[0])
        misc = [m for m in _misc_items(cols[9]) if m.startswith("SpaceAfter")]
        cols[9] = "|".join(misc) if misc else "_"
        out.append(cols)
    text = sentence_text(out)
    return [c for c in comments if not c.startswith("# text")] + [f"# text = {text}"], out


def arabic_pud_clean(sentence: Sentence) -> Sentence:
    comments, rows = sentence
    out = []
    for cols in rows:
        cols = list(cols)
        cols[2] = devocalize(cols[2]) or cols[2]
        cols[4] = "_"
        misc = [m for m in _misc_items(cols[9]) if m.startswith("SpaceAfter")]
        cols[9] = "|".join(misc) if misc else "_"
        out.append(cols)
    return comments, out


def arabic_add_mwt(sentence: Sentence) -> Sentence:
    """Stanza's PADT convention: clitics glued to a word (و+ل+أوباما) form one multiword token.

    PUD Arabic splits clitics into separate tokens joined by SpaceAfter=No; runs of such Arabic-letter
    tokens become one MWT whose words are the original tokens.
    """
    comments, rows = sentence
    groups: list[list[list[str]]] = []
    for cols in rows:
        joinable = (groups and not _has_space_after(groups[-1][-1])
                    and ARABIC_LETTER.search(groups[-1][-1][1]) and ARABIC_LETTER.search(cols[1])
                    and cols[3] != "PUNCT" and groups[-1][-1][3] != "PUNCT")
        if joinable:
            groups[-1].append(list(cols))
        else:
            groups.append([list(cols)])
    out: list[list[str]] = []
    for group in groups:
        if len(group) == 1:
            out.append(group[0])
            continue
        first, last = group[0][0], group[-1][0]
        space = _has_space_after(group[-1])
        token = [f"{first}-{last}", "".join(w[1] for w in group)] + ["_"] * 7 + ["_"]
        _set_space_after(token, space)
        for word in group:
            word[9] = "_"
        out.append(token)
        out.extend(group)
    return comments, out


# ----------------------------------------------------------------------------- tokenizer files


def write_tokenizer_files(sentences: list[Sentence], prefix: Path, sentences_per_paragraph: int = 8) -> None:
    """Raw text (paragraphs of a few sentences) + Stanza's character labels + MWT json."""
    from stanza.utils.datasets import prepare_tokenizer_data

    conllu = prefix.with_suffix(".conllu")
    write_conllu(sentences, conllu)
    paragraphs: list[str] = []
    current: list[str] = []
    last_marker = ""
    for _index, (comments, rows) in enumerate(sentences):
        # PUD repeats "# newdoc id = X" on every sentence of document X: only a CHANGE of id (or a
        # newpar) starts a paragraph. Otherwise every sentence is its own paragraph and the tokenizer
        # never sees a sentence end inside running text, so it learns not to split sentences at all.
        markers = [c for c in comments if c.startswith("# newdoc") or c.startswith("# newpar")]
        new_doc = any(c.startswith("# newpar") or c != last_marker for c in markers)
        last_marker = next((c for c in markers if c.startswith("# newdoc")), last_marker)
        if current and (new_doc or len(current) >= sentences_per_paragraph):
            paragraphs.append(" ".join(current))
            current = []
        current.append(sentence_text(rows))
    if current:
        paragraphs.append(" ".join(current))
    txt = prefix.with_suffix(".txt")
    txt.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    prepare_tokenizer_data.main([str(txt), str(conllu), "-o", str(prefix.with_suffix(".toklabels")),
                                 "-m", str(prefix.with_suffix(".mwt.json"))])


# ----------------------------------------------------------------------------- NER


def read_bio(path: Path, *, sep: str | None = None, token_col: int = 0,
             tag_col: int = -1) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = BIDI_MARKS.sub("", raw.rstrip("\r"))
        if not line.strip() or line.startswith("-DOCSTART-"):
            if current:
                sentences.append(current)
            current = []
            continue
        cols = line.split(sep) if sep else line.split()
        if len(cols) < 2:
            continue
        current.append((cols[token_col], cols[tag_col]))
    if current:
        sentences.append(current)
    return sentences


def _coarse(tag: str, mapping: dict[str, str] | None, default: str | None) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag[0], tag[2:].strip("-`")
    if prefix not in "BI":
        return "O"
    if mapping is not None:
        label = mapping.get(label, default or "")
    if not label:
        return "O"
    return f"{prefix}-{label}"


def map_tags(sentences: list[list[tuple[str, str]]], mapping: dict[str, str] | None = None,
             default: str | None = None) -> list[list[tuple[str, str]]]:
    mapped = []
    for sent in sentences:
        out = []
        previous = "O"
        for token, tag in sent:
            new = _coarse(tag, mapping, default)
            if new.startswith("I-") and previous[2:] != new[2:]:
                new = "B-" + new[2:]  # repair I- without a B- (noisy corpora)
            out.append((token, new))
            previous = new
        mapped.append(out)
    return mapped


# Wojood (public sample) nested labels -> the ANERcorp scheme: persons, organizations, places
# (countries and cities are GPE there, LOC in ANERcorp); the other 18 types are not ANERcorp entities.
WOJOOD_TO_COARSE = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def read_wojood(path: Path) -> list[list[tuple[str, str]]]:
    """Wojood's "token TAG [TAG ...]" lines (nested entities, outermost first): the first tag of a
    type ANERcorp has, mapped; "$#$ O" lines separate segments like blank lines."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols or cols[0] == "$#$":
            if current:
                sentences.append(current)
            current = []
            continue
        tag = next((t for t in cols[1:] if t[2:] in WOJOOD_TO_COARSE), "O")
        current.append((cols[0], tag if tag == "O" else tag[:2] + WOJOOD_TO_COARSE[tag[2:]]))
    if current:
        sentences.append(current)
    return map_tags(sentences)


def aqmar_label(label: str) -> str:
    if label.startswith("MIS"):
        return "MISC"
    return label if label in ("PER", "LOC", "ORG") else ""


def write_ner_json(sentences: list[list[tuple[str, str]]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = [[{"text": token, "ner": tag} for token, tag in sent] for sent in sentences if sent]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


# ----------------------------------------------------------------------------- word vectors


def simple_tokens(text: str) -> list[str]:
    return re.findall(r"\w+(?:[-'’]\w+)*|[^\w\s]", text)


def build_vectors(token_lines: Iterator[list[str]], out_txt: Path, *, vocab_size: int, dim: int,
                  window: int = 3, seed: int = 1234) -> int:
    """PPMI over a symmetric window, truncated SVD, written as word2vec text. Returns vocab size."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    lines = [[t.lower() for t in line] for line in token_lines]
    counts = Counter(t for line in lines for t in line)
    vocab = [w for w, c in counts.most_common(vocab_size) if c >= 2]
    index = {w: i for i, w in enumerate(vocab)}
    rows: list[int] = []
    cols: list[int] = []
    for line in lines:
        ids = [index.get(t, -1) for t in line]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for j in range(max(0, i - window), min(len(ids), i + window + 1)):
                if j != i and ids[j] >= 0:
                    rows.append(wi)
                    cols.append(ids[j])
    size = len(vocab)
    cooc = coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(size, size)).tocsr()
    total = cooc.sum()
    row_sum = np.asarray(cooc.sum(axis=1)).ravel()
    col_sum = np.asarray(cooc.sum(axis=0)).ravel() ** 0.75  # context smoothing
    col_sum = col_sum / col_sum.sum() * total
    cooc = cooc.tocoo()
    pmi = np.log(cooc.data * total / (row_sum[cooc.row] * col_sum[cooc.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (cooc.row[keep], cooc.col[keep])), shape=(size, size)).tocsr()
    rng = np.random.default_rng(seed)
    v0 = rng.standard_normal(size)
    u, s, _ = svds(ppmi, k=dim, v0=v0)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-8
    out_txt.parent.mkdir(parents=True, exist_ok=True)
    with out_txt.open("w", encoding="utf-8") as out:
        out.write(f"{size} {dim}\n")
        for word, vec in zip(vocab, vectors, strict=True):
            if " " in word:
                continue
            out.write(word + " " + " ".join(f"{x:.4f}" for x in vec) + "\n")
    return size
