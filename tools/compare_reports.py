"""Gold attributions one eval_attribution report finds and another misses (run both with a large
``--errors``, so that every miss is listed).

    python tools/eval_attribution.py --set polnear-train --limit 120 --errors 3000 -o runs/a.json
    python tools/compare_reports.py runs/a.json runs/b.json       # lost and won going from a to b
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def missed(report: Path) -> Counter[str]:
    data = json.loads(report.read_text(encoding="utf-8"))
    return Counter(json.dumps([item["doc_id"], item["gold"]], sort_keys=True, ensure_ascii=False)
                   for item in data["examples"]["missed"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    before, after = missed(args.before), missed(args.after)
    lost, won = after - before, before - after
    cues = Counter(json.loads(key)[1].get("cue") for key in lost.elements())
    print(json.dumps({"lost": sum(lost.values()), "won": sum(won.values()),
                      "lost_by_cue": dict(cues.most_common(10))}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
