"""Count the tokens whose words the analysis gets wrong on UD PUD Arabic, and list the commonest.

    python tools/token_errors.py --slice test   # the last 100 sentences (the held-out split)
    python tools/token_errors.py --slice dev    # the 100 before them

A token is a whitespace-free run of the raw text as the pipeline tokenized it; it is wrong when the
words the pipeline split it into differ from the gold words inside the same characters. Used to check
the token guard (``claimx.analyze.tokens``) on sentences it was not written on.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.corpora import SHARED_DATA  # noqa: E402

PUD_ARABIC = SHARED_DATA / "ud_pud_en_ar" / "ar_pud-ud-test.conllu"
SLICES = {"test": slice(-100, None), "dev": slice(-200, -100)}


def gold_sentences(part: str) -> list[tuple[str, list[str]]]:
    """(text, gold word forms) of the chosen slice of UD PUD Arabic."""
    blocks = PUD_ARABIC.read_text(encoding="utf-8").strip().split("\n\n")[SLICES[part]]
    found = []
    for block in blocks:
        lines = block.split("\n")
        text = next(line[len("# text = "):] for line in lines if line.startswith("# text = "))
        rows = [line.split("\t") for line in lines if line[:1].isdigit()]
        words = [row[1] for row in rows if "-" not in row[0]]
        found.append((text, words))
    return found


def token_errors(part: str) -> Counter[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    from claimx.analyze.pipeline import analyze_texts

    sentences = gold_sentences(part)
    documents, _ = analyze_texts("ar", [text for text, _ in sentences])
    errors: Counter[tuple[str, tuple[str, ...], tuple[str, ...]]] = Counter()
    for (text, words), document in zip(sentences, documents, strict=True):
        spans, position = [], 0
        for word in words:
            start = text.find(word, position)
            if start < 0:
                break  # a gold form not written as such in the text: skip the sentence
            spans.append((start, start + len(word), word))
            position = start + len(word)
        else:
            for sentence in document.sentences:
                for token in sentence.tokens:
                    gold = tuple(w for s, e, w in spans if s >= token.start_char and e <= token.end_char)
                    predicted = tuple(word.text for word in token.words)
                    if gold != predicted:
                        errors[(token.text, predicted, gold)] += 1
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--slice", choices=sorted(SLICES), default="dev")
    parser.add_argument("--show", type=int, default=20, help="list the N commonest errors")
    args = parser.parse_args()
    errors = token_errors(args.slice)
    for (token, predicted, gold), count in errors.most_common(args.show):
        print(f"{count}\t{token}\tpredicted {' + '.join(predicted)}\tgold {' + '.join(gold)}")
    print(f"{sum(errors.values())} wrong tokens in the {args.slice} slice")


if __name__ == "__main__":
    main()
