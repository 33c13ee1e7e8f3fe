"""The scorer's pairing of predicted and gold attributions (tools/eval_attribution.py)."""

from __future__ import annotations

from tools.eval_attribution import Item, chars, match

# "Clinton said Obama told him the deal was done": two nested reports. The gold outer report's content
# (13-50) holds the inner one's (33-50); the predicted outer claim kept only the end of it (40-50), and
# the predicted inner claim ran three characters too far back (30-50).
GOLD = [Item("d", {"source": chars(13, 18), "cue": chars(19, 23), "content": chars(33, 50)}),   # inner
        Item("d", {"source": chars(0, 7), "cue": chars(8, 12), "content": chars(13, 50)})]      # outer
PREDICTED = [Item("d", {"source": chars(0, 7), "cue": chars(8, 12), "content": chars(40, 50)}),  # outer
             Item("d", {"source": chars(13, 18), "cue": chars(19, 23), "content": chars(30, 50)})]  # inner


def test_content_matching_pairs_by_shared_content() -> None:
    # the outer gold report shares most characters with the inner prediction, and takes it
    assert sorted(match(GOLD, PREDICTED)) == [(0, 0), (1, 1)]


def test_cue_first_matching_pairs_each_report_with_its_own_cue() -> None:
    assert sorted(match(GOLD, PREDICTED, cue_first=True)) == [(0, 1), (1, 0)]
