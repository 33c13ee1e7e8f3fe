"""Page text -> blocks (headline, dek, caption, dateline, body, source line, related, tags...).

Two passes over the non-blank lines:
1. Cues that decide a line on its own (furniture.json): "المصدر:", "Tags:", "إقرأ أيضاً", "(Getty)",
   a line holding only a date, teasers stamped "منذ 9 ساعات"...
2. Position decides the rest. Each language run of the page is a "section" (an English article
   followed by its Arabic version gives two), with its own top: before the first body paragraph a
   title-like line is the headline, then dek (it restates the lead) or caption; after a "read also" /
   "related" heading everything is related until the section ends; after the body starts, a short
   title-like line followed by prose is a crosshead (kind "headline"). A leading dateline
   ("موسكو ـ د.ب.ا:") and trailing page text ("رابط الخبر ...") are split off body lines.
Every block is a stripped span of the original text: ``text[block.start:block.end] == block.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.ingest.cues import Cues, cues, fold
from claimx.ingest.language import detect_language
from claimx.ingest.normalize import REMOVED_CHARS, NormalizedText, normalize
from claimx.records import Block, BlockKind, Lang

_LINE = re.compile(r"[^\n\r\u2028\u2029\x85]+")
_VISIBLE = re.compile(f"[^\\s{REMOVED_CHARS}]")  # what normalization would not delete
_SENTENCE_END = re.compile(r"[.!?؟…۔][\s\"'»”’)\]]*$")
_CLOSERS = "\"'»”’)] "
_BULLET = re.compile(r"^\s*(?:[•·▪►●◦*]|-\s|\d{1,2}[.)-]\s)")
_SPACED_DASH = re.compile(r"(?:\s[-ـ–—]|[-ـ–—]\s)")
_WORD = re.compile(r"\w{2,}")
_DIGIT = re.compile(r"\d")
_AUTHOR_NOTE = re.compile(r"(?<=[.!؟?»\"”])\s*\*[^*.!؟?\n]{3,90}$")

# A line longer than this is prose whatever its punctuation; headlines and teasers are shorter.
_MAX_TITLE_WORDS = 25
# "Obama: I’m Optimistic Americans Will Say No to Trump.": a headline that quotes its speaker, with the
# period some feeds put after every title. The name before the colon is short and has no sentence in it.
_SPEAKER_TITLE = re.compile(r"^[^\s:.!?؟]+(?:\s+[^\s:.!?؟]+){0,3}\s*:\s+\S[^\n]*[^.\s]\.$")
# Crossheads (sub-headings inside the body) are short.
_MAX_CROSSHEAD_WORDS = 14
# A dek restates the lead: this share of its words reappears in the next paragraph.
_DEK_OVERLAP = 0.6
# Three or more title-like lines in a row are verse or a list, not headlines.
_RUN = 3
_MAX_DATELINE_WORDS = 6
_MIN_INTRO_WORDS = 5
# A new language run needs a real line, not "88591 - Stc" in an Arabic page.
_MIN_SECTION_WORDS = 4
_MIN_LIST_ITEM_WORDS = 3
_MAX_TEASER_WORDS = 80
_SENTENCE_BREAK = re.compile(r"[.!?؟](?:\s|$)")
# A short title-like line after the last paragraph is a caption or a signature, not prose.
_MAX_TRAILER_WORDS = 8
_MAX_SIGNATURE_WORDS = 3
_WORD_CHARS = re.compile(r"\w+")
_LOWER_ASCII = re.compile(r"[a-z]{2,}")
_URL_START = re.compile(r"https?://|www\.")


# The two address tests below are written out instead of as ``\S+@\S+\.\w+$``-style patterns: those
# backtrack quadratically on a long run without spaces (a 100 kB line of "@a.@a."), these are linear.
def _has_address_shape(token: str, suffix: re.Pattern[str]) -> bool:
    r"""``token`` matches ``\S+@\S+\.SUFFIX`` (one non-space run; only the last dot can start SUFFIX)."""
    dot = token.rfind(".")
    return dot > 0 and suffix.fullmatch(token, dot + 1) is not None and token.find("@", 1, dot - 1) != -1


def _is_only_email(key: str) -> bool:
    r"""``key`` is one e-mail address: ``^\S+@\S+\.[a-z]{2,}$``."""
    return key.split() == [key] and _has_address_shape(key, _LOWER_ASCII)


def _email_or_url_before(text: str, end: int) -> int | None:
    r"""Where an e-mail address or URL ending exactly at ``end`` starts, or None: the leftmost match of
    ``(?:\S+@\S+\.\w+|https?://\S+|www\.\S+)$`` in ``text[:end]``."""
    head = text[:end]
    if not head or head[-1].isspace():
        return None
    token = head.rsplit(None, 1)[-1]
    start = end - len(token)
    if _has_address_shape(token, _WORD_CHARS):
        return start
    url = _URL_START.search(token)
    return start + url.start() if url is not None and url.end() < len(token) else None
_ONLY_URL = re.compile(r"^(?:https?://|www\.)\S+$")

Kind = BlockKind


@dataclass
class _Line:
    start: int
    end: int
    key: NormalizedText  # matching form (folded), with offsets into the original text
    words: int
    lang: Lang
    fixed: Kind | None = None
    heading: str | None = None  # "related" / "boilerplate": a heading that opens a section of that kind
    masthead: bool = False
    in_title_run: bool = False
    after_blank: bool = False  # a blank line separates it from the line before
    prose_after: bool = False  # an undecided sentence-like line follows somewhere below
    tail: tuple[int, int, Kind] | None = None  # trailing page text: (start in key, start in original, kind)

    @property
    def title_like(self) -> bool:
        # Judged without trailing page text: "... لنيل الجائزة. رابط الخبر: عنوان" is a sentence.
        core = (self.key.text[: self.tail[0]] if self.tail else self.key.text).rstrip()
        if self.words > _MAX_TITLE_WORDS or _SENTENCE_END.search(core):
            return False
        # "... حين يقول:" introduces a quotation: a sentence, not a title.
        return not (core.endswith((":", "：")) and self.words >= _MIN_INTRO_WORDS)

    @property
    def list_item(self) -> bool:
        """"1- ريال مدريد: 36 نقطة", "• ...": content, never a title (and never "- بريدة")."""
        return self.words >= _MIN_LIST_ITEM_WORDS and _BULLET.match(self.key.text) is not None

    @property
    def ends_with_colon(self) -> bool:
        return self.key.text.rstrip().endswith((":", "："))


@dataclass
class _Piece:
    start: int
    end: int
    kind: Kind


def visible_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line with something visible, trimmed of spaces and invisible marks."""
    spans = []
    for match in _LINE.finditer(text):
        first = _VISIBLE.search(text, match.start(), match.end())
        if first is None:
            continue
        last = first.start()
        # The last visible character: scan back from the line end (lines are short; this is linear).
        end = match.end()
        while end > last and _VISIBLE.match(text, end - 1) is None:
            end -= 1
        spans.append((first.start(), end))
    return spans


def _is_date_only(key: str, cue: Cues) -> bool:
    """A line that is nothing but a date/time ("الجمعة 2024/04/26", "26 August 09:23")."""
    if not _DIGIT.search(key) or len(key) > 60:
        return False
    without_parens = re.sub(r"\([^()]{0,30}\)", " ", key)
    leftover = [word for word in re.findall(r"[^\W\d_]+", without_parens) if word not in cue.date_words]
    return len(leftover) == 0


def _fixed_kind(line: _Line, text: str, cue: Cues) -> None:
    """Decide the line from its own words, when cues allow."""
    key = line.key.text.strip()
    bare = key.strip(" :：.-–—|•*>/")
    if bare in cue.related_headings:
        line.fixed, line.heading = "related", "related"
    elif bare in cue.boilerplate_headings:
        line.fixed, line.heading = "boilerplate", "boilerplate"
    elif cue.closing_prefix.match(key):
        line.fixed, line.heading = "boilerplate", "boilerplate"
    elif bare in cue.boilerplate_lines or cue.boilerplate_prefix.match(key) or _ONLY_URL.match(key):
        line.fixed = "boilerplate"
    elif _is_only_email(key):
        line.fixed = "byline"  # the author's address under a column
    elif cue.source_prefix.match(key):
        line.fixed = "source_line"
    elif cue.tags_prefix.match(key):
        line.fixed = "tags"
    elif cue.related_prefix.match(key):
        line.fixed = "related"
    elif _is_date_only(key, cue) or (
            cue.timestamp_prefix.match(key) and line.words <= 8 and _DIGIT.search(key)):
        line.fixed = "timestamp"
    elif cue.masthead_role.match(key) and line.words <= 8:
        line.fixed, line.masthead = "boilerplate", True
    elif cue.caption_prefix.match(key) or (line.title_like and cue.photo_credit_suffix.search(key)):
        line.fixed = "caption"
    elif line.words <= 6 and line.title_like and cue.byline_prefix.match(key) and _is_byline(key, cue):
        line.fixed = "byline"
    else:
        stamps = list(cue.relative_age.finditer(key))
        ends_with_stamp = len(stamps) == 1 and not re.search(r"\w", key[stamps[0].end():])
        # Teasers are titles with an age stamp; prose ("منذ شهر فبراير ... .") has sentence breaks.
        titles_only = _SENTENCE_BREAK.search(key) is None and line.words <= _MAX_TEASER_WORDS
        if (len(stamps) >= 2 and titles_only) or (ends_with_stamp and line.title_like):
            line.fixed = "related"


def _is_byline(key: str, cue: Cues) -> bool:
    # "بقلم: فلان", "By John Smith": a cue followed by a name, with no verb-like sentence after it.
    return ":" in key or "：" in key or len(key.split()) <= 4


def _overlap(a: str, b: str) -> float:
    words_a = set(_WORD.findall(a))
    if len(words_a) < 4:
        return 0.0
    return len(words_a & set(_WORD.findall(b))) / len(words_a)


def _dateline_prefix(line: _Line, text: str, cue: Cues, *, agency_required: bool = False) -> int | None:
    """End (original offset) of a leading dateline such as "موسكو ـ د.ب.ا:" or "LONDON (Reuters) -";
    with ``agency_required``, only one that names its agency in parentheses."""
    key = line.key.text
    match = re.match(r"^([^:：\n]{2,70}?)\s*[:：]\s*\S", key)
    if match and not agency_required:
        head = match.group(1)
        words = len(head.split())
        if words <= _MAX_DATELINE_WORDS and (_SPACED_DASH.search(head) or cue.agency.search(head)) \
                and not head.rstrip().endswith(("قال", "said")):
            colon = key.index(":" if ":" in key[: match.end()] else "：", match.start(1))
            return line.key.to_original(0, colon + 1)[1]
    match = re.match(r"^([^()\n]{2,50}\([^()\n]{2,30}\))\s*[-–—ـ:]\s", key)
    if match and len(match.group(1).split()) <= _MAX_DATELINE_WORDS + 2 and \
            (not agency_required or cue.agency_in_parentheses.search(match.group(1))):
        return line.key.to_original(0, match.end() - 1)[1]
    return None


def _tail_start(line: _Line, cue: Cues) -> tuple[int, int, Kind] | None:
    """Start (in the matching form and in the original) and kind of trailing page text in a line."""
    key = line.key.text
    match = cue.inline_tail.search(key)
    if match:
        kind: Kind = "related" if match.group("related") else "boilerplate"
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        email = _email_or_url_before(key, start)  # "name@mail.comللتواصل مع الكاتب" glued together
        if email is not None:
            start = email
        return start, line.key.to_original(start, start + 1)[0], kind
    note = _AUTHOR_NOTE.search(key)
    if note:
        offset = note.start() + (len(note.group()) - len(note.group().lstrip()))
        return offset, line.key.to_original(offset, offset + 1)[0], "byline"
    return None


def _standalone_dateline(line: _Line, cue: Cues) -> bool:
    key = line.key.text.strip()
    if _SENTENCE_END.search(key) or line.words > _MAX_CROSSHEAD_WORDS:
        return False
    bare = key.strip(" ()[]:：-–—")
    if cue.agency.fullmatch(bare) or cue.agency_in_parentheses.fullmatch(key):
        return True
    ends = [match.end() for match in cue.agency.finditer(bare)]
    if ends and ends[-1] == len(bare) and _DIGIT.search(bare):
        return True  # "بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس": place, date, agency
    if line.words > _MAX_DATELINE_WORDS:
        return False
    # Split at the dashes only: "\s*[-–—]\s*" backtracks quadratically on long runs of spaces.
    parts = [part for part in re.split(r"[-ـ–—]", key) if part.strip()]
    return bool(_SPACED_DASH.search(key)) and 2 <= len(parts) <= 3 and all(len(p.split()) <= 3 for p in parts)


class _Section:
    """Where we are inside one language run of the page."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.body_lines = 0
        self.headlines: set[str] = set()
        self.mode: Kind | None = None  # "related" or "boilerplate" after a section heading


def _run_member(line: _Line) -> bool:
    return line.fixed is None and line.title_like and not line.list_item


def _mark_title_runs(lines: list[_Line]) -> None:
    """Flag runs of >= _RUN adjacent undecided title-like lines (verse, lists): one linear pass."""
    run_start = 0
    for i in range(len(lines) + 1):
        if i < len(lines) and _run_member(lines[i]) and (i == run_start or not lines[i].after_blank):
            continue
        if i - run_start >= _RUN:
            for j in range(run_start, i):
                lines[j].in_title_run = True
        starts_new_run = i < len(lines) and _run_member(lines[i])
        run_start = i if starts_new_run else i + 1


def _next_undecided(lines: list[_Line], i: int) -> _Line | None:
    for j in range(i + 1, min(len(lines), i + 4)):
        if lines[j].fixed is None:
            return lines[j]
    return None


def _top_kind(lines: list[_Line], i: int, section: _Section, text: str, cue: Cues) -> Kind:
    """Kind of an undecided line before the section's first body paragraph."""
    line = lines[i]
    key = line.key.text
    following = _next_undecided(lines, i)
    restates_next = following is not None and len(following.key.text) > len(key) \
        and _overlap(key, following.key.text) >= _DEK_OVERLAP
    if _standalone_dateline(line, cue):
        return "dateline"
    if not section.headlines and _speaker_title(line, text) and following is not None and \
            len(following.key.text) > len(key):
        section.headlines.add(key)
        return "headline"
    if line.title_like and not line.in_title_run and not line.list_item:
        if not section.headlines or key in section.headlines:
            section.headlines.add(key)
            return "headline"
        previous = lines[i - 1] if i > 0 else None
        if previous is not None and previous.key.text == key:
            return "caption"
        if restates_next:
            return "dek"
        return "caption" if line.words <= 6 else "dek"
    if restates_next and line.words <= 60:
        return "dek"
    return "body"


def _speaker_title(line: _Line, text: str) -> bool:
    """The first title of a section written as "Speaker: claim." with a closing period: title-like
    but for that period (the line is short, and no other sentence mark comes right before the period:
    'X: "We won.".' is a quotation). The caller wants longer prose after it: a lone "وقال الوزير: …"
    is a paragraph."""
    core = line.key.text.rstrip()
    # ("LONDON: The pound fell on Monday.": a dateline in capitals opens a one-sentence lead)
    return line.words <= _MAX_TITLE_WORDS and _SPEAKER_TITLE.match(core) is not None and \
        not _SENTENCE_END.search(core[:-1]) and not line.list_item and \
        not text[line.start:line.end].split(":")[0].isupper()


def _later_kind(lines: list[_Line], i: int, section: _Section) -> Kind:
    """Kind of an undecided line after the body has started."""
    line = lines[i]
    if line.key.text in section.headlines:
        return "headline"
    previous = lines[i - 1] if i > 0 else None
    introduced = previous is not None and previous.ends_with_colon
    if _numbered_crosshead(lines, i, introduced):
        return "headline"
    if not line.title_like or line.list_item or line.in_title_run or introduced:
        return "body"  # prose, verse/list, or what a "...:" line introduces
    following = _next_undecided(lines, i)
    if following is None or (following.title_like and _no_prose_after(lines, i)):
        if line.words <= _MAX_SIGNATURE_WORDS:
            return "byline"  # "- بريدة", a name under the last paragraph
        if line.words <= _MAX_TRAILER_WORDS:
            return "caption"  # photo captions printed after the text
        return "body"
    finished_paragraph_before = previous is not None and (
        previous.fixed is not None or not previous.title_like or previous.list_item)
    content_follows = not following.title_like or following.list_item
    if line.words <= _MAX_CROSSHEAD_WORDS and not _BULLET.match(line.key.text) \
            and finished_paragraph_before and content_follows:
        return "headline"  # a crosshead: furniture-like, but part of the page's own story
    return "body"


def _numbered_crosshead(lines: list[_Line], i: int, introduced: bool) -> bool:
    """"١- اورهان باموق السارد:" between paragraphs: a numbered section title, not a list item. It
    ends with its colon (a list item "1- ريال مدريد: 36 نقطة" goes on after it) and prose follows."""
    line = lines[i]
    if introduced or not line.ends_with_colon or line.words > _MAX_CROSSHEAD_WORDS or \
            not _BULLET.match(line.key.text) or _SENTENCE_BREAK.search(line.key.text):
        return False
    following = _next_undecided(lines, i)
    return following is not None and not following.title_like and not following.list_item


def _no_prose_after(lines: list[_Line], i: int) -> bool:
    return not lines[i].prose_after


def _split_body(line: _Line, text: str, cue: Cues, first_in_section: bool,
                wire_dateline: bool = False) -> list[_Piece]:
    """``wire_dateline``: look for a dateline with its agency in parentheses ("WASHINGTON (AP) —")
    even though a body line came before (a one-sentence title the page kept as prose)."""
    pieces: list[_Piece] = []
    start, end = line.start, line.end
    if first_in_section or wire_dateline:
        dateline_end = _dateline_prefix(line, text, cue, agency_required=not first_in_section)
        if dateline_end is not None and dateline_end < end:
            pieces.append(_Piece(start, dateline_end, "dateline"))
            start = dateline_end
    tail = line.tail
    tail_piece = None
    if tail is not None and start < tail[1] < end:
        tail_piece = _Piece(tail[1], end, tail[2])
        end = tail[1]
    pieces.append(_Piece(start, end, "body"))
    if tail_piece is not None:
        pieces.append(tail_piece)
    return pieces


def _classify(lines: list[_Line], text: str, cue: Cues) -> list[_Piece]:
    pieces: list[_Piece] = []
    section = _Section("other")
    after_masthead = False
    for i, line in enumerate(lines):
        if line.fixed is None and line.lang in ("ar", "en") and line.lang != section.lang \
                and line.words >= _MIN_SECTION_WORDS:
            section = _Section(line.lang)  # a new language run: the page starts over (bilingual articles)
        if section.lang == "other" and line.lang in ("ar", "en"):
            section.lang = line.lang
        kind: Kind
        if line.fixed is not None:
            kind = line.fixed
            if line.heading == "related" or (line.heading == "boilerplate" and section.mode is None):
                section.mode = kind
        elif after_masthead and line.words <= 4 and line.title_like:
            kind = "boilerplate"  # the name under "رئيس التحرير"
        elif section.mode is not None:
            kind = section.mode
        elif not section.body_lines:
            kind = _top_kind(lines, i, section, text, cue)
            if kind == "body":
                pieces.extend(_split_body(line, text, cue, first_in_section=True))
                section.body_lines = 1
                after_masthead = line.masthead
                continue
        else:
            kind = _later_kind(lines, i, section)
            if kind == "body":
                pieces.extend(_split_body(line, text, cue, first_in_section=False,
                                          wire_dateline=section.body_lines == 1))
                section.body_lines += 1
                after_masthead = False
                continue
        after_masthead = line.masthead
        pieces.append(_Piece(line.start, line.end, kind))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    first = _VISIBLE.search(text, start, end)
    if first is None:
        return None
    while end > first.start() and _VISIBLE.match(text, end - 1) is None:
        end -= 1
    return first.start(), end


def segment(text: str) -> list[Block]:
    """Blocks in text order covering every non-blank line of ``text``."""
    cue = cues()
    lines: list[_Line] = []
    for start, end in visible_lines(text):
        key = normalize(text, start, end, for_matching=True)
        line = _Line(start, end, key, len(key.text.split()), detect_language(text[start:end]))
        line.after_blank = bool(lines) and text.count("\n", lines[-1].end, start) > 1
        line.tail = _tail_start(line, cue)
        _fixed_kind(line, text, cue)
        lines.append(line)
    _mark_title_runs(lines)
    prose_below = False
    for line in reversed(lines):
        line.prose_after = prose_below
        prose_below = prose_below or (line.fixed is None and (not line.title_like or line.list_item))
    blocks = []
    for piece in _classify(lines, text, cue):
        trimmed = _trim(text, piece.start, piece.end)
        if trimmed is None:
            continue
        start, end = trimmed
        piece_text = text[start:end]
        blocks.append(Block(text=piece_text, start=start, end=end, kind=piece.kind,
                            lang=detect_language(piece_text)))
    return blocks


__all__ = ["fold", "segment", "visible_lines"]
