#!/bin/bash
# The whole throughput pass of docs/throughput.md, in one go (about 65 minutes on 2 cores).
# Run it on a machine with nothing else running: the ratios are only meaningful within one run.
#   bash benchmarks/run_all.sh [OUT_DIR]      (JSON lines go to OUT_DIR, default runs/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-runs}
mkdir -p "$out"
export OMP_NUM_THREADS=1
python=${PYTHON:-.venv/bin/python}
date
"$python" benchmarks/bench_throughput.py --articles 100 --json "$out/bench_100.jsonl"
date
"$python" benchmarks/bench_throughput.py --articles 100 --mode claimx --profile --json "$out/bench_100_profile.jsonl"
date
"$python" benchmarks/bench_throughput.py --articles 1000 --mode stanza claimx --json "$out/bench_1000.jsonl"
date
"$python" benchmarks/bench_workers.py --articles 100 1000 10000 --workers 2
date
