"""Corpus runs: an interrupted ``claimx extract -o`` resumed with ``--resume`` gives the same output,
and ``--workers`` gives what one process gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.cli import main
from tests.conftest import requires_models
from tests.fixtures import pud_sentences

SAMPLE_TEXTS = {
    "en": "The minister said on Monday that the talks would continue. \"We are not leaving,\" he added.",
    "ar": "قال وزير الخارجية أمس إن المحادثات ستستمر. وأضاف أن بلاده لن تنسحب من الاتفاق.",
}


def conllu_corpus(folder: Path, count: int) -> Path:
    """``count`` small articles as CoNLL-U files (real PUD trees), so no Stanza model is needed."""
    folder.mkdir()
    for index in range(count):
        lang = "en" if index % 2 else "ar"
        blocks = pud_sentences(lang, 40).split("\n\n")
        start = (index * 3) % 30
        (folder / f"doc{index:03d}.conllu").write_text("\n\n".join(blocks[start:start + 4]) + "\n\n",
                                                      encoding="utf-8")
    return folder


def test_interrupted_run_resumes_to_identical_output(tmp_path: Path) -> None:
    corpus = conllu_corpus(tmp_path / "in", 12)
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    assert main(["extract", str(corpus), "-o", str(full), "--no-progress"]) == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) == 12
    # Killed while writing the 6th line: five whole records and half of the next one.
    partial.write_text("".join(lines[:5]) + lines[5][: len(lines[5]) // 2], encoding="utf-8")
    assert main(["extract", str(corpus), "-o", str(partial), "--resume", "--no-progress"]) == 0
    assert partial.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    # Resuming a finished run changes nothing.
    assert main(["extract", str(corpus), "-o", str(partial), "--resume", "--no-progress"]) == 0
    assert partial.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_resume_needs_a_jsonl_output_file(tmp_path: Path) -> None:
    corpus = conllu_corpus(tmp_path / "in", 1)
    assert main(["extract", str(corpus), "--resume"]) == 2
    assert main(["extract", str(corpus), "-o", str(tmp_path / "o.json"), "--format", "json", "--resume"]) == 2


@requires_models
@pytest.mark.slow
def test_workers_give_the_same_output_as_one_process(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for index in range(8):
        lang = "en" if index % 2 else "ar"
        (corpus / f"doc{index}.txt").write_text(SAMPLE_TEXTS[lang], encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(corpus), "-o", str(one), "--no-progress"]) == 0
    assert main(["extract", str(corpus), "-o", str(two), "--workers", "2", "--no-progress"]) == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
