"""claimx.ingest on the five seed pages and on small real-world patterns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimx.errors import InputError
from claimx.ingest import IngestedText, detect_language, ingest, join_introductions, normalize, words_start

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _kinds_by_line(result: IngestedText) -> list[tuple[int, str]]:
    """(1-based line number, block kind) for every block, in order."""
    return [(result.text.count("\n", 0, block.start) + 1, block.kind) for block in result.blocks]


def _expand(spec: list[tuple[object, str]]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for lines, kind in spec:
        for line in (lines if isinstance(lines, range | list) else [lines]):
            out.append((int(line), kind))  # type: ignore[call-overload]
    return out


def test_seed_000_teasers_read_also_and_similar_articles_are_not_body() -> None:
    result = ingest(_seed("000"))
    expected = _expand([
        (1, "body"), (3, "body"),
        (5, "related"),  # two teasers stamped "منذ 9 ساعات" on one line
        ([7, 9, 11, 13], "body"),
        (15, "source_line"),
        ([17, 19, 21, 23], "related"),  # "إقرأ أيضاً:" and "مقالات مشابهة" with their titles
        (range(25, 35), "related"),
    ])
    assert _kinds_by_line(result) == expected
    assert result.meta.outlet == "الراي"
    assert result.lang == "ar"


def test_seed_001_english_article_then_its_arabic_version() -> None:
    result = ingest(_seed("001"))
    expected = _expand([
        (1, "source_line"), (2, "dek"), (range(3, 10), "body"), (10, "caption"),
        (11, "headline"), (12, "source_line"), (13, "dek"), (range(14, 21), "body"),
    ])
    assert _kinds_by_line(result) == expected
    langs = {result.text.count("\n", 0, b.start) + 1: b.lang for b in result.blocks}
    assert all(langs[line] == "en" for line in range(1, 11))
    assert all(langs[line] == "ar" for line in range(11, 21))
    units_by_lang = {unit.lang for unit in result.units}
    assert units_by_lang == {"ar", "en"}
    credits = [span.text for span in result.meta.credits]
    assert {"al-Mayadeen net", "Agencies", "الميادين نت", "وكالات"} <= set(credits)
    assert result.meta.outlet in ("al-Mayadeen net", "الميادين نت")


def test_seed_002_dateline_is_split_and_read_also_story_stays_out() -> None:
    text = _seed("002")
    result = ingest(text)
    expected = _expand([
        (1, "dateline"), (1, "body"), ([2, 3, 6, 7], "body"), (9, "source_line"), (11, "tags"),
        ([13, 15, 17, 18, 19, 20, 22], "related"), (range(24, 34), "related"),
    ])
    assert _kinds_by_line(result) == expected
    dateline = result.blocks[0]
    assert dateline.text == "موسكو ـ د.ب.ا:"
    assert result.blocks[1].text.startswith("أكد سيرجي ريابكوف")
    assert result.meta.outlet == "جريدة الوطن"
    assert "د.ب.ا" in [span.text for span in result.meta.credits]
    # The other story after "إقرأ أيضاً:" is analysed, but never as body.
    other_story = [u for u in result.units if "حسين إبراهيم طه" in u.normalized.text]
    assert other_story and not any(u.in_body for u in other_story)


def test_seed_003_masthead_caption_crosshead_and_breaking_label() -> None:
    result = ingest(_seed("003"))
    expected = _expand([
        (range(1, 5), "boilerplate"),  # "رئيس التحرير" and the editor's name, twice
        (6, "headline"), (8, "boilerplate"), ([9, 10], "caption"),
        ([12, 14, 16, 18, 20, 22], "body"),
        (24, "headline"),  # a crosshead inside the story
        ([26, 28, 30, 32, 34, 36, 38], "body"),
        (40, "boilerplate"),  # "عاجل"
    ])
    assert _kinds_by_line(result) == expected


def test_seed_004_timestamps_caption_font_widget_and_comments() -> None:
    result = ingest(_seed("004"))
    expected = _expand([
        ([1, 3], "timestamp"), (5, "headline"), (7, "timestamp"), (8, "headline"), (9, "caption"),
        (10, "boilerplate"), ([11, 13, 15, 17, 19, 21, 23, 25, 27], "body"),
        ([28, 30, 32], "boilerplate"),
    ])
    assert _kinds_by_line(result) == expected


def test_units_skip_metadata_blocks_and_flag_body() -> None:
    result = ingest(_seed("004"))
    kinds = {result.blocks[u.block_index].kind for u in result.units}
    assert kinds == {"headline", "caption", "body"}
    for unit in result.units:
        assert unit.in_body == (result.blocks[unit.block_index].kind == "body")


# ---- publication date (read by claimx.temporal) ---------------------------------------------

def test_publication_date_and_time_from_page_text() -> None:
    result = ingest(_seed("004"))
    assert result.published == dt.datetime(2024, 4, 26, 21, 43)
    assert result.meta.published_in_text is not None
    assert result.meta.published_in_text.text == "الجمعة 2024/04/26"
    start, end = result.meta.published_in_text.start, result.meta.published_in_text.end
    assert result.text[start:end] == "الجمعة 2024/04/26"
    assert result.meta.published_disagreement is None


def test_caller_date_wins_and_disagreement_is_recorded() -> None:
    result = ingest(_seed("004"), published=dt.date(2024, 4, 28))
    assert result.published == dt.date(2024, 4, 28)
    assert result.meta.published_disagreement is not None
    assert "2024-04-26" in result.meta.published_disagreement


def test_date_without_year_takes_the_callers_year() -> None:
    result = ingest(_seed("001"), published=dt.date(2023, 8, 26))
    assert result.published == dt.datetime(2023, 8, 26, 9, 23)
    assert result.meta.published_disagreement is None
    assert ingest(_seed("001")).published is None  # "26 August" alone has no year: unknown


def test_caller_date_is_kept_when_the_page_has_none() -> None:
    assert ingest(_seed("000"), published=dt.date(2023, 8, 27)).published == dt.date(2023, 8, 27)


# ---- credits, datelines -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "credit"), [
    ("لندن (رويترز) - قال مسؤول إن المحادثات ستستمر الأسبوع المقبل في جنيف.", "رويترز"),
    ("WASHINGTON (AP) — The Senate passed the bill on Tuesday after a long debate over spending.", "AP"),
    ("سبق- الرياض: أقامت المديرية العامة للدفاع المدني حفلا لمعايدة منسوبيها بمناسبة العيد.", "سبق"),
])
def test_wire_credits_in_datelines(text: str, credit: str) -> None:
    result = ingest(text)
    assert result.blocks[0].kind == "dateline"
    assert result.blocks[1].kind == "body"
    assert credit in [span.text for span in result.meta.credits]
    for span in result.meta.credits:
        assert text[span.start:span.end] == span.text


def test_wire_dateline_after_a_title_kept_as_prose() -> None:
    # PolNeAR train breitbart_2016-07-13: a one-sentence title the page keeps as prose, then the wire's
    # dateline; the place and agency are no part of the first sentence (nor its speaker)
    text = ("Trump demands Ginsburg resign for criticizing him as unfit.\n\n"
            "WASHINGTON (AP) — Donald Trump called Wednesday for Supreme Court Justice Ruth Bader Ginsburg "
            "to resign for saying publicly that she feels he is unfit to be president.\n\n"
            "Sen. Tim Kaine (D-Va.) — a former governor — said the remarks were out of line for a judge.")
    result = ingest(text)
    kinds = [(block.kind, block.text[:15]) for block in result.blocks]
    assert kinds[1:3] == [("dateline", "WASHINGTON (AP)"), ("body", "Donald Trump ca")]
    assert "AP" in [span.text for span in result.meta.credits]
    # a later paragraph opening with a name and a parenthesis is not a dateline
    assert kinds[3] == ("body", "Sen. Tim Kaine ")


def test_speaker_colon_is_not_a_dateline() -> None:
    text = "وقال الوزير: إن المفاوضات مستمرة ولن تتوقف قبل التوصل إلى اتفاق شامل بين الطرفين."
    assert [block.kind for block in ingest(text).blocks] == ["body"]


def test_trailing_page_text_is_split_from_the_last_paragraph() -> None:
    text = ("أعلن الاتحاد الأوروبي لكرة القدم عن لائحة من 10 مرشحين لنيل الجائزة. "
            "رابط الخبر بصحيفة الوئام: ميسي ورونالدو ضمن 10 مرشحين")
    blocks = ingest(text).blocks
    assert [block.kind for block in blocks] == ["body", "boilerplate"]
    assert blocks[1].text.startswith("رابط الخبر")


def test_author_contact_glued_to_an_email_is_boilerplate() -> None:
    text = ("وهذا ما نرجوه جميعا في الأيام المقبلة. "
            "name@mail.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (10)")
    blocks = ingest(text).blocks
    assert [block.kind for block in blocks] == ["body", "boilerplate"]
    assert blocks[1].text.startswith("name@mail.com")


def test_verse_or_list_lines_stay_body() -> None:
    text = ("في معركة الكر والفر بين\nثوار سوريا ونظام الأسد\n"
            "في ضاحية الزبداني على أطراف دمشق\nيقول أمين عام الحزب")
    assert {block.kind for block in ingest(text).blocks} == {"body"}


def test_english_page_furniture() -> None:
    text = ("Russia and Iran deepen military ties\nBy John Smith\nUpdated: 26 August 2023 09:23\n"
            "Moscow said on Saturday that its military cooperation with Iran would continue.\n"
            "Read more: Iran denies sending drones\nTags: Russia, Iran\nShare this article")
    kinds = [block.kind for block in ingest(text).blocks]
    assert kinds == ["headline", "byline", "timestamp", "body", "related", "tags", "boilerplate"]


# ---- language ------------------------------------------------------------------------------------

def test_detect_language_by_script_share() -> None:
    assert detect_language("قال الرئيس جو بايدن Joe Biden إن الاتفاق قريب") == "ar"
    assert detect_language("Biden said the deal was close, according to Reuters") == "en"
    assert detect_language("2024/04/26 21:43") == "other"
    assert detect_language("Путин заявил") == "other"
    assert detect_language("") == "other"


def test_forced_language_only_applies_to_scriptless_blocks() -> None:
    result = ingest("Moscow said on Saturday that cooperation would continue.\n12/08/2023 - 10:00 - 3\n"
                    "قال المتحدث إن التعاون سيستمر.", lang="ar")
    units = {result.blocks[u.block_index].text[:6]: u.lang for u in result.units}
    assert units["Moscow"] == "en"
    assert units["قال ال"] == "ar"


# ---- normalization --------------------------------------------------------------------------------

def test_normalization_maps_back_to_original_characters() -> None:
    original = "قال\u00a0الوزيـــر «إن ٣٠٠ طائرة»\u200f وصلت"
    normalized = normalize(original)
    assert normalized.text == "قال الوزير «إن 300 طائرة» وصلت"  # which mark opens is kept
    start = normalized.text.index("الوزير")
    orig_start, orig_end = normalized.to_original(start, start + len("الوزير"))
    assert original[orig_start:orig_end] == "الوزيـــر"
    digits = normalized.text.index("300")
    assert original[slice(*normalized.to_original(digits, digits + 3))] == "٣٠٠"
    assert len(normalized.origin) == len(normalized.text) + 1
    assert normalized.origin[-1] == len(original)


def test_spaces_around_removed_characters_collapse() -> None:
    # SaudiNewsNet 2015-07-21-2557 "القاهرة 25 ــ 28 مايو": a tatweel standing alone between two spaces
    # goes, and so does the second space (a CoNLL-U '# text' line would otherwise lose it).
    original = "في القاهرة 25 ــ 28 مايو \u200f الماضي"
    normalized = normalize(original)
    assert normalized.text == "في القاهرة 25 28 مايو الماضي"
    assert "".join(original[i] for i in normalized.origin[:-1]) == normalized.text


def test_units_are_normalized_but_point_into_the_original() -> None:
    result = ingest(_seed("004"))
    for unit in result.units:
        block = result.blocks[unit.block_index]
        start, end = unit.normalized.to_original(0, len(unit.normalized.text))
        assert (start, end) == (block.start, block.end)
    assert all("\u00a0" not in unit.normalized.text for unit in result.units)


# ---- robustness -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   \n\n\t ", "\x00\x01\x02", "\u200f\u200e\u0640", "ـــ\n•\n:",
                                  "a" * 200_000, "\n".join(["كلمة"] * 20_000)])
def test_odd_text_never_raises(text: str) -> None:
    result = ingest(text)
    assert isinstance(result, IngestedText)
    for block in result.blocks:
        assert text[block.start:block.end] == block.text


def test_non_str_input_is_an_input_error() -> None:
    with pytest.raises(InputError):
        ingest(b"bytes")  # type: ignore[arg-type]


def test_numbered_section_titles_are_crossheads_but_numbered_list_items_stay_body() -> None:
    # The shape of an alyaum column (SaudiNewsNet 2015-08-01) and of a league table in sports news.
    column = ("يكتب باموق عن اسطنبول كما يكتب عن نفسه، وتبقى المدينة في كل رواياته حاضرة بتفاصيلها.\n\n"
              "١- اورهان باموق السارد:\n\n"
              "يماهي باموق بين مدينته التي ترعرع فيها وبين ذكرياته، فكلاهما فقد حظوته وثراءه مع الزمن.\n\n"
              "٢- أورهان باموق الرسام:\n\n"
              "يتجلى إبداع باموق في جميع أعماله الأدبية في طريقته السردية باذخة التفاصيل والألوان.")
    assert [kind for _, kind in _kinds_by_line(ingest(column))] == \
        ["body", "headline", "body", "headline", "body"]
    table = ("وجاء ترتيب الفرق بعد نهاية الجولة على النحو التالي في جدول الدوري الإسباني هذا الموسم.\n\n"
             "1- ريال مدريد: 36 نقطة\n\n2- برشلونة: 34 نقطة\n\n3- أتلتيكو مدريد: 30 نقطة")
    assert [kind for _, kind in _kinds_by_line(ingest(table))] == ["body"] * 4


def test_arabic_diacritics_are_dropped_for_analysis_and_spans_keep_them() -> None:
    # News writes harakat only now and then ("أكَّد", "مبينًا"); the models and lexicons know the bare forms.
    from claimx.ingest.normalize import normalize

    original = "أكَّد الوزيرُ أن الوضع مستقرٌ"
    cleaned = normalize(original)
    assert cleaned.text == "أكد الوزير أن الوضع مستقر"
    word = cleaned.text.index("الوزير")
    start, end = cleaned.to_original(word, word + len("الوزير"))
    assert original[start:end] == "الوزيرُ"
    assert cleaned.to_original(0, len(cleaned.text)) == (0, len(original))
    opening_mark = "\u064bقال الوزير"  # a mark with no letter before it goes with the next one
    assert normalize(opening_mark).to_original(0, 3) == (0, 4)


def test_a_list_items_marker_is_not_analysed() -> None:
    # Seed 002's "مقالات مشابهة" list: "• الأمين العام لمجلس التعاون يؤكد …". The block keeps its bullet;
    # the text Stanza sees starts at the headline's first word (with the bullet the parser lost the
    # subject of يؤكد).
    text = _seed("002")
    result = ingest(text)
    bulleted = [u for u in result.units if result.blocks[u.block_index].text.startswith("•")]
    assert len(bulleted) >= 8
    for unit in bulleted:
        block = result.blocks[unit.block_index]
        start, end = unit.normalized.to_original(0, len(unit.normalized.text))
        assert end == block.end and text[block.start:start].strip() == "•"


@pytest.mark.parametrize(("line", "words"), [
    ("EXCLUSIVE: In memo to Congress, Saudis insist they're fighting terror.",  # PolNeAR train
     "In memo to Congress, Saudis insist they're fighting terror."),
    ("Pic: Russian Deputy Foreign Minister Sergei Rybakov", "Russian Deputy Foreign Minister Sergei Rybakov"),
    ("• عاجل: الأمين العام يؤكد أهمية التعاون", "الأمين العام يؤكد أهمية التعاون"),
    ("Pence: Gennifer Flowers Won't Be at Debate.", "Pence: Gennifer Flowers Won't Be at Debate."),
    ("Update", "Update"),
])
def test_a_pages_label_before_a_colon_is_not_analysed(line: str, words: str) -> None:
    assert line[words_start(line, 0, len(line)):] == words


def test_an_introduction_is_joined_to_the_paragraph_it_announces() -> None:
    # PolNeAR train: "Dr. Ward stated:" over her statement; "Video Transcript:" over a paragraph is a label
    from claimx.extractors.prepass import reports

    text = ("Former Arizona State Senator Dr. Kelli Ward called for the impeachment of U.S. Attorney "
            "General Loretta Lynch.\n\nDr. Ward stated:\n\n\"The U.S. Department of Justice isn’t about "
            "“Equal Justice Under Law” anymore.\"\n\nVideo Transcript:\n\nA few weeks ahead of the New York "
            "Primary, Hillary Clinton’s campaign says they are unwilling to debate.")
    ingested = ingest(text)
    joined = join_introductions(ingested, reports)
    assert len(joined.units) == len(ingested.units) - 1
    unit = next(u for u in joined.units if u.normalized.text.startswith("Dr. Ward stated:"))
    assert unit.last_block_index == unit.block_index + 1 and unit.in_body
    start, end = unit.normalized.to_original(0, len(unit.normalized.text))
    assert (start, end) == (joined.blocks[unit.block_index].start, joined.blocks[unit.last_block_index].end)
    assert "\n" not in unit.normalized.text  # one sentence for the parser
    assert [joined.blocks[u.block_index].text for u in joined.units][-2:] == [
        "Video Transcript:",
        "A few weeks ahead of the New York Primary, Hillary Clinton’s campaign says they are unwilling to "
        "debate."]
    assert joined.blocks == ingested.blocks  # the page's structure is what it was


def test_speaker_headline_with_a_closing_period() -> None:
    # PolNeAR (breitbart 2016-06-28): some feeds end every title with a period; "Speaker: claim." over
    # a longer paragraph is still the headline. A dateline in capitals opens a lead instead.
    text = ("Sanders: Brexit’s message could draw Trump support in US.\n\n"
            "New York (AFP) – The same popular frustration that saw a majority of Britons vote to "
            "abandon the EU could send droves of disgruntled Americans to the polls for Donald Trump, "
            "Bernie Sanders said.")
    assert ingest(text).blocks[0].kind == "headline"
    lead = ("LONDON: The pound fell sharply on Monday.\n\n"
            "Traders said the currency had its worst day in a month as investors weighed the vote.")
    assert ingest(lead).blocks[0].kind == "body"
