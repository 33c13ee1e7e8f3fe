"""The CLI never shows a traceback: bad files become per-document error records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimx.cli import EXIT_DOC_ERRORS, EXIT_USAGE, main
from claimx.errors import InputError
from claimx.io import decode_bytes


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict], str]:
    code = main(args)
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines() if line.strip()]
    return code, rows, captured.err


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("empty.txt", b"", "empty document"),
    ("blank.txt", b" \n\t\n", "empty document"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("latin.txt", "Caf\u00e9 \u00e0 Paris, a dit le ministre.".encode("latin-1"), "not valid UTF-8"),
    ("truncated.txt", "قال الوزير".encode()[:-1], "not valid UTF-8"),
])
def test_bad_files_give_error_records(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      name: str, data: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, rows, err = run_cli(["extract", str(path)], capsys)
    assert code == EXIT_DOC_ERRORS
    assert len(rows) == 1
    assert rows[0]["doc_id"] == path.stem
    assert rows[0]["claims"] == []
    assert rows[0]["errors"][0]["type"] == "InputError"
    assert expected in rows[0]["errors"][0]["message"]
    assert "Traceback" not in err


def test_oversized_file_is_refused_with_the_limit_named(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("قال المتحدث إن الوضع مستقر. " * 190_000, encoding="utf-8")  # ~5 MB
    assert path.stat().st_size > 5_000_000
    code, rows, _ = run_cli(["extract", str(path)], capsys)
    assert code == EXIT_DOC_ERRORS
    assert "max_chars" in rows[0]["errors"][0]["message"]


def test_directory_with_good_and_bad_files_keeps_every_document(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conllu = (Path(__file__).parent / "fixtures" / "en_pud_news_sample.conllu").read_text(encoding="utf-8")
    (tmp_path / "a_parsed.conllu").write_text(conllu, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    code, rows, _ = run_cli(["extract", str(tmp_path), "--published", "2017-01-01"], capsys)
    assert code == EXIT_DOC_ERRORS
    ids = [row["doc_id"] for row in rows]
    assert ids[-1] == "b_empty"
    assert len(ids) >= 2
    parsed = [row for row in rows if row["doc_id"] != "b_empty"]
    assert all(not row["errors"] for row in parsed)
    assert all(row["published"] == "2017-01-01" for row in parsed)


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == EXIT_USAGE
    assert main(["extract", str(tmp_path), "--published", "last tuesday"]) == EXIT_USAGE


def test_schema_command_prints_the_article_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    claim = schema["$defs"]["Claim"]["properties"]
    for field in ("id", "speaker", "cue", "content", "source", "quote", "polarity", "dates",
                  "quantities", "in_body"):
        assert field in claim


def test_decode_bytes_accepts_bom_and_utf16() -> None:
    assert decode_bytes("\ufeffقال".encode()) == "قال"
    assert decode_bytes("said".encode("utf-16")) == "said"
    with pytest.raises(InputError, match="byte 3"):
        decode_bytes(b"abc\xff")
