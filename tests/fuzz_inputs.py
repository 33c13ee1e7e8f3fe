"""Hostile-input generators shared by ``tests/test_robustness.py`` and ``tools/fuzz.py``.

Strategies build article texts out of the pieces real pages and broken pipelines produce: cue words
and quotation marks (so the pre-pass sends the sentence to Stanza and the rules run on garbage),
bidi and zero-width marks, control characters, lone surrogates, HTML fragments, unbalanced quotes,
10,000-character tokens, and arbitrary Unicode. ``invariant_problems`` lists what is wrong with an
``Article``: a span whose offsets do not index ``article.text``, or JSON that does not read back.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from claimx.records import Article, Span

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"

# ``CLAIMX_FUZZ_EXAMPLES=N`` scales every fuzz test to N examples and turns derandomization off (the
# long run); without it the tests draw a fixed, database-less sample (same inputs on every CI run).
_LONG_RUN = os.environ.get("CLAIMX_FUZZ_EXAMPLES")


def fuzz_settings(ci_examples: int, share: float = 1.0) -> settings:
    """Hypothesis settings: ``ci_examples`` in CI, ``share`` of ``CLAIMX_FUZZ_EXAMPLES`` in a long run."""
    examples = max(1, int(int(_LONG_RUN) * share)) if _LONG_RUN else ci_examples
    return settings(max_examples=examples, deadline=None, derandomize=not _LONG_RUN, database=None,
                    print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


CUES = ["قال", "وقال", "قالت", "أكد", "وأضاف", "نقلت عن", "قوله", "وفقا لـ", "نفى", "أعلن", "said",
        "says", "told", "according to", "denied", "added", "warned", "He said", "وقال إن", "said that"]
QUOTES = ["«", "»", "««", "»»", "“", "”", "\"", "\"\"\"", "'", "‘", "’", "„", "‹", "›", "«« “” \"\"\"",
          "「", "」", "″", "״"]
BIDI_AND_ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
                       "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\ufeff",
                       "\u2060", "\u00ad", "\u0640", "\u034f"]
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\r", "\r\n",
            "\n", "\n\n", "\t", "\u2028", "\u2029", "\u00a0", "\u3000", "\u2009"]
HTML = ["<p>", "</p>", "<div class=\"x\">", "</div>", "<br/>", "&nbsp;", "&amp;", "&#1602;", "<!-- c -->",
        "<script>alert('said')</script>", "<a href=\"http://x.y/قال\">", "</a>", "<![CDATA[", "]]>",
        "<html><body>", "</body></html>", "<style>p{}</style>", "&lt;q&gt;"]
WORDS = ["الوزير", "إن", "الوضع", "مستقر", "أمس", "السبت", "2023/08/26", "٢٠٢٣", "٣٠٠", "400+", "1,500",
         "the", "minister", "Biden", "on", "Monday", "last week", "منذ 9 ساعات", "(رويترز) - ", "AFP",
         "المصدر: الراي", "Read more:", ".", "،", ":", "؟", "!", "...", "…", "-", "—", "(", ")", "[", "]",
         "ﻻ", "ً", "*", "•", "١٢/١٢/٢٠٢٣", "12:30", "%", "$", "€", "U.S.", "e.g.", "أكثر من 400 طائرة"]


def _seed_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences.extend(part.strip() for part in line.split(". ") if 20 < len(part.strip()) < 300)
    return sentences or ["قال الوزير إن الوضع مستقر", "The minister said the situation was stable"]


SENTENCES = _seed_sentences()


def _long_token(draw: st.DrawFn) -> str:
    unit = draw(st.sampled_from(["x", "ب", "قال", "1/", "٣", "«", "\"", "-", "said", "\u200f", "ـ",
                                 "a" * 7 + " "]))
    return unit * draw(st.integers(1_000, 10_000 // len(unit)))


lone_surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
any_unicode = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
fragment = st.one_of(
    st.sampled_from(CUES), st.sampled_from(QUOTES), st.sampled_from(BIDI_AND_ZERO_WIDTH),
    st.sampled_from(CONTROLS), st.sampled_from(HTML), st.sampled_from(WORDS), st.sampled_from(SENTENCES),
    any_unicode, st.text(max_size=12), st.just(" "), st.just(" "),
)


@st.composite
def cheap_texts(draw: st.DrawFn) -> str:
    """Garbage without reporting cues, quotes or colons: the pre-pass keeps Stanza out of most of it."""
    pieces = draw(st.lists(st.one_of(
        st.sampled_from(BIDI_AND_ZERO_WIDTH), st.sampled_from(CONTROLS), st.sampled_from(WORDS),
        st.text(max_size=20), st.just(" "),
        st.sampled_from(["<p>", "</p>", "<br/>", "&nbsp;", "</div>"])), max_size=40))
    if draw(st.integers(0, 19)) == 0:
        pieces.insert(draw(st.integers(0, len(pieces))), draw(lone_surrogates))
    text = "".join(pieces)
    return text.translate({ord(c): " " for c in ":«»“”\"'‘’„‹›「」"})


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Anything: mostly short mixes of the fragments above, sometimes one 10k-character token."""
    pieces = draw(st.lists(fragment, max_size=30))
    if draw(st.integers(0, 9)) == 0:
        pieces.insert(draw(st.integers(0, len(pieces))), _long_token(draw))
    if draw(st.integers(0, 19)) == 0:  # rare: a lone surrogate makes the whole text an InputError
        pieces.insert(draw(st.integers(0, len(pieces))), draw(lone_surrogates))
    return "".join(pieces)


@st.composite
def cue_texts(draw: st.DrawFn) -> str:
    """Random text around a cue word and quotes: the parser and the attribution rules run on it."""
    before = draw(st.lists(fragment, max_size=6))
    after = draw(st.lists(fragment, max_size=8))
    cue = draw(st.sampled_from(CUES))
    quote = draw(st.sampled_from(QUOTES))
    return "".join([*before, " ", cue, " ", quote, *after, draw(st.sampled_from([*QUOTES, "", "."]))])


def random_inputs(count: int, seed: int = 0) -> list[str]:
    """``count`` hostile texts drawn with a plain seeded RNG (no hypothesis engine), for batch tests."""
    rng = random.Random(seed)
    pools = [CUES, QUOTES, BIDI_AND_ZERO_WIDTH, CONTROLS, HTML, WORDS, SENTENCES]
    texts = []
    for index in range(count):
        pieces = [rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 25))]
        if index % 3 == 0:
            pieces.append(" " + rng.choice(CUES) + " «" + rng.choice(SENTENCES))
        if index % 7 == 0:
            pieces.append("".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 40))))
        texts.append("".join(pieces))
    return texts


def all_spans(record: object) -> list[Span]:
    """Every ``Span`` inside a record, nested ones (speaker heads, dates, credits) included."""
    found: list[Span] = []
    if isinstance(record, Span):
        found.append(record)
    if hasattr(type(record), "model_fields"):
        for name in type(record).model_fields:
            value = getattr(record, name)
            for item in value if isinstance(value, list) else [value]:
                found.extend(all_spans(item))
    return found


def invariant_problems(article: Article) -> list[str]:
    """What breaks the output contract: offsets, JSON validity, stable claim ids."""
    problems = []
    for span in all_spans(article):
        if not 0 <= span.start <= span.end <= len(article.text):
            problems.append(f"span {span.start}:{span.end} outside the text ({len(article.text)})")
        elif article.text[span.start:span.end] != span.text:
            problems.append(f"span {span.start}:{span.end} is {article.text[span.start:span.end]!r}, "
                            f"record says {span.text!r}")
    try:
        dumped = article.model_dump_json()
        again = Article.model_validate_json(dumped)
        if again.model_dump_json() != dumped:
            problems.append("JSON does not round-trip")
    except Exception as exc:  # the property under test: report, do not raise
        problems.append(f"JSON: {type(exc).__name__}: {exc}")
    ids = [claim.id for claim in article.claims]
    if len(set(ids)) != len(ids):
        problems.append(f"duplicate claim ids {ids}")
    return problems


def _conllu_sentences() -> list[list[str]]:
    sentences = []
    for lang in ("en", "ar"):
        text = (FIXTURES / f"{lang}_pud_news_sample.conllu").read_text(encoding="utf-8")
        sentences.extend(block.splitlines() for block in text.split("\n\n")[:12] if block.strip())
    return sentences


CONLLU_SENTENCES = _conllu_sentences()
_CELL_GARBAGE = ["_", "", "0", "-1", "999", "1-2", "1.1", "x", "\t", " ", "root", "said", "قال", "«",
                 "ner=B-PER", "SpaceAfter=No", "start_char=5|end_char=2", "Number=Sing|", "=", "|",
                 "\u200f", "\x00"]


@st.composite
def broken_conllu(draw: st.DrawFn) -> str:
    """Real CoNLL-U (UD PUD) with broken columns, ids, heads, comments and blank lines."""
    sentences = [list(lines) for lines in draw(st.lists(st.sampled_from(CONLLU_SENTENCES), min_size=1,
                                                        max_size=3))]
    for _ in range(draw(st.integers(0, 6))):
        lines = sentences[draw(st.integers(0, len(sentences) - 1))]
        row = draw(st.integers(0, len(lines) - 1))
        cells = lines[row].split("\t")
        action = draw(st.sampled_from(["cell", "drop_cell", "add_cell", "drop_line", "dup_line", "text",
                                       "join", "garbage_line", "truncate"]))
        if action == "cell":
            cells[draw(st.integers(0, len(cells) - 1))] = draw(st.one_of(st.sampled_from(_CELL_GARBAGE),
                                                                          fragment))
            lines[row] = "\t".join(cells)
        elif action == "drop_cell" and len(cells) > 1:
            del cells[draw(st.integers(0, len(cells) - 1))]
            lines[row] = "\t".join(cells)
        elif action == "add_cell":
            lines[row] = lines[row] + "\t" + draw(st.sampled_from(_CELL_GARBAGE))
        elif action == "drop_line" and len(lines) > 1:
            del lines[row]
        elif action == "dup_line":
            lines.insert(row, lines[row])
        elif action == "text":
            lines.insert(0, "# text = " + draw(hostile_texts()).replace("\n", " "))
        elif action == "join" and row + 1 < len(lines):
            lines[row:row + 2] = [lines[row] + lines[row + 1]]
        elif action == "garbage_line":
            lines.insert(row, draw(fragment))
        elif action == "truncate":
            lines[row] = lines[row][:draw(st.integers(0, len(lines[row])))]
    separator = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n\n\n", "\n \n"]))
    return separator.join("\n".join(lines) for lines in sentences) + draw(st.sampled_from(["\n\n", "\n", ""]))
