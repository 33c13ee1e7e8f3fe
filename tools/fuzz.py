"""The long fuzz run: every fuzz test of tests/test_robustness.py scaled to N generated inputs.

    OMP_NUM_THREADS=1 CLAIMX_TORCH_THREADS=1 .venv/bin/python tools/fuzz.py --examples 10000

Each test gets its share of N (see ``fuzz_settings`` in tests/fuzz_inputs.py: cheap garbage 50%,
hostile text and broken CoNLL-U 30% each, cue words in garbage 15%...), with derandomization off, so
every run draws new inputs; a failure is shrunk and printed by hypothesis with a reproduce blob.
Prints the inputs each test ran, their total and the wall time.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_STATS = re.compile(r"tests/test_robustness\.py::(\w+):\s+- during generate phase[^\n]*\n"
                    r"(?:[^\n]*\n)*?\s+- (\d+) passing, (\d+) failing, and (\d+) invalid")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=10_000, help="N: inputs to generate in all")
    parser.add_argument("-k", default="fuzz", help="pytest -k expression (default: every fuzz test)")
    args = parser.parse_args(argv)
    env = {**os.environ, "CLAIMX_FUZZ_EXAMPLES": str(args.examples)}
    env.setdefault("OMP_NUM_THREADS", "1")
    env.setdefault("CLAIMX_TORCH_THREADS", "1")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", args.k,
               "--hypothesis-show-statistics", "tests/test_robustness.py"]
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    wall = time.monotonic() - started
    output = result.stdout + result.stderr
    total = 0
    for name, passing, failing, _invalid in _STATS.findall(output):
        total += int(passing) + int(failing)
        print(f"{name:<60} {int(passing) + int(failing):>7} inputs ({failing} failing)")
    summary = [line for line in output.splitlines() if re.search(r"\d+ (passed|failed)", line)]
    print(f"total: {total} generated inputs in {wall / 60:.1f} min; pytest: {' '.join(summary[-1:])}")
    if result.returncode != 0:
        print(output[-20_000:], file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
