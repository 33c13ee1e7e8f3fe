"""Every Arabic verb cue of the lexicon, with its conjunction, in one reporting frame: is it found?

    OMP_NUM_THREADS=1 python tools/cue_frames.py            # prints the forms claimx misses, then a count

Each single-word verb entry of ``src/claimx/resources/ar/cues.tsv`` is written as "و" + its past form
(masculine, and feminine with "ت") in "<form> المدير العام للشركة أن الأرباح ارتفعت كثيرا خلال العام
الماضي." after a sentence that names the manager, and extracted with the bundled models. A form passes
when one claim has that cue, a speaker with "المدير" and the clause as content. The frame is a smoke
test of tokenization and tagging (the compact MWT expander once split "واتهم" as و + ات + هم), not a
measure of recall: cues that need their own preposition (أعرب عن) or a quotation (زاد) fail it by design.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CUES = ROOT / "src" / "claimx" / "resources" / "ar" / "cues.tsv"
LEAD = "افتتح المدير العام للشركة المعرض الجديد أمس. "
FRAME = "{form} {subject} أن الأرباح ارتفعت كثيرا خلال العام الماضي."
SUBJECTS = {"masc": "المدير العام للشركة", "fem": "المديرة العامة للشركة"}


def verb_forms() -> list[tuple[str, str]]:
    """(gender, form) for every single-word verb entry, with the conjunction و."""
    rows = [line for line in CUES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    forms = []
    for row in csv.DictReader(rows, delimiter="\t"):
        term = row["term"]
        if row["pos"] != "verb" or " " in term:
            continue
        feminine = (term[:-1] if term.endswith("ى") else term) + "ت"
        forms += [("masc", "و" + term), ("fem", "و" + feminine)]
    return forms


def main() -> int:
    from claimx.api import extract_many

    forms = verb_forms()
    requests = [{"doc_id": str(index), "text": LEAD + FRAME.format(form=form, subject=SUBJECTS[gender])}
                for index, (gender, form) in enumerate(forms)]
    missed = 0
    for (_, form), article in zip(forms, extract_many(requests, lang="ar"), strict=True):
        found = any(claim.cue is not None and claim.cue.text == form and claim.speaker is not None and
                    "المدير" in claim.speaker.text and "الأرباح" in claim.content.text
                    for claim in article.claims)
        if not found:
            missed += 1
            print(form)
    print(f"{missed} of {len(forms)} forms missed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
