"""claimx.temporal on real news expressions: spans, values, conventions and robustness."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.errors import InputError, LanguageError
from claimx.temporal import find, normalize

SUNDAY = dt.date(2023, 8, 27)
FRIDAY = dt.date(2024, 4, 26)
DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "data" / "date_expressions_dev.tsv"


def value_of(expression: str, lang: str, anchor: dt.date | dt.datetime | None = SUNDAY,
             **kwargs: str) -> str | None:
    found = normalize(expression, lang, anchor, **kwargs)
    return None if found is None else found.value


# --- publication-date lines of news pages (the ingest stage relies on these) ------------------

@pytest.mark.parametrize(("line", "lang", "expected", "granularity"), [
    ("الجمعة 2024/04/26", "ar", "2024-04-26", "day"),
    ("آخر تحديث: 21:43 (بيروت)", "ar", "2024-04-26T21:43", "minute"),
    ("26 August 09:23", "en", "2023-08-26T09:23", "minute"),
    ("26 آب 09:23", "ar", "2023-08-26T09:23", "minute"),
    ("2015-07-21 10:30", "en", "2015-07-21T10:30", "minute"),
    ("2015-07-21 10:30", "ar", "2015-07-21T10:30", "minute"),
])
def test_publication_lines(line: str, lang: str, expected: str, granularity: str) -> None:
    found = find(line, lang, FRIDAY)
    assert len(found) == 1
    assert found[0].value == expected
    assert found[0].granularity == granularity
    assert line[found[0].start:found[0].end] == found[0].text


def test_time_only_line_takes_the_anchor_day_even_from_a_datetime() -> None:
    found = find("آخر تحديث: 21:43 (بيروت)", "ar", dt.datetime(2024, 4, 26, 22, 0))
    assert [value.value for value in found] == ["2024-04-26T21:43"]


# --- Arabic ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("expression", "expected"), [
    ("أمس السبت", "2023-08-26"),
    ("أول أمس", "2023-08-25"),
    ("غداً", "2023-08-28"),
    ("الاثنين الماضي", "2023-08-21"),
    ("الخميس المقبل", "2023-08-31"),
    ("العام الماضي", "2022"),
    ("الشهر المقبل", "2023-09"),
    ("هذا العام", "2023"),
    ("الأسبوع الماضي", "2023-W33"),
    ("منذ يومين", "2023-08-25"),
    ("قبل ثلاثة أيام", "2023-08-24"),
    ("منذ ٩ ساعات", "2023-08-27T03:00"),
    ("شباط/فبراير 2022", "2022-02"),
    ("11 يناير/ كانون الثاني 2023", "2023-01-11"),
    ("تشرين 2 2022", "2022-11"),
    ("٢٦ نيسان ٢٠٢٤", "2024-04-26"),
    ("26 أغسطس 2023م", "2023-08-26"),
    ("الربع الثاني من 2023", "2023-Q2"),
    ("10:30 مساءً", "2023-08-27T22:30"),
    ("الساعة 10 صباحاً", "2023-08-27T10:00"),
    ("ليلة السبت", "2023-08-25TNI"),
    ("مساء أمس", "2023-08-26TEV"),
    ("الثالث من سبتمبر المقبل", "2023-09-03"),
])
def test_arabic_values(expression: str, expected: str) -> None:
    assert value_of(expression, "ar") == expected


def test_levantine_months_need_no_region_hint() -> None:
    assert value_of("أيلول 2022", "ar") == "2022-09"
    assert value_of("كانون الأول 2022", "ar") == "2022-12"


def test_relation_and_modifier() -> None:
    since = normalize("منذ أغسطس 2022", "ar", SUNDAY)
    assert since is not None and (since.value, since.relation) == ("2022-08", "since")
    late = normalize("أواخر العام الماضي", "ar", SUNDAY)
    assert late is not None and (late.value, late.modifier) == ("2022", "late")
    assert late.interval_start is not None and late.interval_start.month >= 9
    earlier = normalize("في وقت سابق هذا الشهر", "ar", SUNDAY)
    assert earlier is not None and (earlier.value, earlier.modifier) == ("2023-08", "earlier")
    assert earlier.interval_end == dt.date(2023, 8, 26)


def test_hijri_dates_are_converted_and_flagged() -> None:
    found = normalize("17 رمضان 1444 هـ", "ar", SUNDAY)
    assert found is not None and found.value == "2023-04-08"
    assert any(warning.startswith("hijri_") for warning in found.warnings)


def test_vague_expressions() -> None:
    days = normalize("قبل أيام", "ar", SUNDAY)
    assert days is not None and days.vague
    assert (days.interval_start, days.interval_end) == (dt.date(2023, 8, 20), dt.date(2023, 8, 26))
    soon = normalize("خلال فترة وجيزة", "ar", SUNDAY)
    assert soon is not None and soon.vague and soon.value == "FUTURE_REF"


def test_weekday_that_disagrees_with_the_deictic_is_flagged() -> None:
    # Sunday 27 August: "yesterday Friday" is wrong by a day; the named weekday wins, with a warning.
    found = normalize("أمس الجمعة", "ar", SUNDAY)
    assert found is not None
    assert "weekday_disagrees_with_deictic" in found.warnings
    assert found.value == "2023-08-25"
    agreeing = normalize("أمس السبت", "ar", SUNDAY)
    assert agreeing is not None and agreeing.warnings == []


def test_tense_decides_bare_weekdays_and_months() -> None:
    assert value_of("الأربعاء", "ar", tense="past") == "2023-08-23"
    assert value_of("الأربعاء", "ar", tense="future") == "2023-08-30"
    assert value_of("in December", "en", tense="future") == "2023-12"
    assert value_of("in December", "en", tense="past") == "2022-12"


# --- English ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("expression", "expected"), [
    ("yesterday", "2023-08-26"),
    ("last Monday", "2023-08-21"),
    ("next Thursday", "2023-08-31"),
    ("two weeks ago", "2023-08-13"),
    ("9 hours ago", "2023-08-27T03:00"),
    ("mid-July", "2023-07"),
    ("Q2 2023", "2023-Q2"),
    ("Aug. 26, 2023", "2023-08-26"),
    ("Sunday 27 August 2023 10.15 BST", "2023-08-27T10:15"),
    ("04/05/2024", "2024-05-04"),
    ("last night", "2023-08-26TNI"),
    ("by the end of the year", "2023"),
])
def test_english_values(expression: str, expected: str) -> None:
    assert value_of(expression, "en") == expected


# --- span finding ----------------------------------------------------------------------------

def test_find_in_an_arabic_sentence() -> None:
    text = ("قال الوزير أمس السبت إن 70 في المئة من السكان غادروا منذ أغسطس 2022، "
            "وسيعقد الاجتماع الخميس المقبل.")
    found = find(text, "ar", SUNDAY)
    assert [(value.text, value.value) for value in found] == [
        ("أمس السبت", "2023-08-26"), ("منذ أغسطس 2022", "2022-08"), ("الخميس المقبل", "2023-08-31")]
    for value in found:
        assert text[value.start:value.end] == value.text
        assert value.role == "content"


def test_an_era_word_names_an_era_only_after_a_year() -> None:
    # "أعلنت المنظمة الدولية للهجرة اليوم" (the International Organization for Migration, today)
    text = "أعلنت المنظمة الدولية للهجرة اليوم ان عدد النازحين بلغ 3.1 مليون في عام 1436 للهجرة."
    assert [value.text for value in find(text, "ar", SUNDAY)] == ["اليوم", "عام 1436 للهجرة"]


def test_money_percentages_and_bare_numbers_are_not_dates() -> None:
    text = "Prices rose 70 percent, 2000 dollars were paid, and 1999 people came; 12 stayed."
    assert find(text, "en", SUNDAY) == []
    assert find("ارتفعت الأسعار 70 في المئة وبلغت 2000 دولار", "ar", SUNDAY) == []


def test_modal_may_and_verb_maras_are_not_months() -> None:
    assert find("He may resign, officials said.", "en", SUNDAY) == []
    assert find("مارس الضغط على الحكومة", "ar", SUNDAY) == []
    assert [value.value for value in find("It happened in May.", "en", SUNDAY)] == ["2023-05"]


def test_offsets_survive_diacritics_and_bidi_marks() -> None:
    text = "وقعَ الحادثُ أمسِ ‏26/08/2023"
    for value in find(text, "ar", SUNDAY):
        assert text[value.start:value.end] == value.text


# --- without an anchor -----------------------------------------------------------------------

def test_without_anchor_absolute_dates_still_normalize() -> None:
    assert value_of("26 أغسطس 2023", "ar", None) == "2023-08-26"
    relative = normalize("أمس", "ar", None)
    assert relative is not None and relative.value is None
    assert "relative_without_anchor" in relative.warnings
    assert value_of("in June", "en", None) == "XXXX-06"


# --- robustness --------------------------------------------------------------------------------

def test_adversarial_inputs_finish_and_find_nothing() -> None:
    assert find("1/" * 50_000, "ar", SUNDAY) == []
    assert find("9" * 100_000, "en", SUNDAY) == []
    assert find("12:" * 30_000, "en", SUNDAY) == []


def test_bad_arguments_raise_typed_errors_and_odd_text_does_not() -> None:
    with pytest.raises(LanguageError):
        find("yesterday", "fr", SUNDAY)
    with pytest.raises(InputError):
        find("yesterday", "en", "2023-08-27")  # type: ignore[arg-type]
    assert find("", "en", SUNDAY) == []
    assert normalize("   ", "ar", SUNDAY) is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/-.:٠١٢٣ أمس السبت يناير 2023م هـ May last ago,")),
               max_size=80),
       st.sampled_from(["ar", "en"]), st.sampled_from([None, "past", "future"]))
def test_find_never_raises_and_offsets_index_the_text(text: str, lang: str, tense: str | None) -> None:
    for value in find(text, lang, SUNDAY, tense=tense):
        assert text[value.start:value.end] == value.text
        assert 0 <= value.start < value.end <= len(text)


@pytest.mark.skipif(not DEV_SET.exists(), reason="shared dev set not available")
def test_dev_set_accuracy_is_at_least_95_percent() -> None:
    import csv

    from tools.eval_temporal import parse_anchor, value_correct

    with DEV_SET.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    correct = sum(value_correct(normalize(row["expression"], row["lang"], parse_anchor(row["anchor"])),
                                row["expected_kind"], row["expected_value"]) for row in rows)
    assert correct / len(rows) >= 0.95


def test_decades_and_the_dateparser_fallback() -> None:
    decade = normalize("the 1990s", "en", SUNDAY)
    assert decade is not None and (decade.value, decade.granularity) == ("199", "decade")
    fallback = normalize("2023-08", "en", SUNDAY)
    assert fallback is not None and fallback.value == "2023-08"
    assert "dateparser_fallback" in fallback.warnings
    assert normalize("1990 s", "en", SUNDAY) is None


def test_conjoined_dates_are_separate_expressions() -> None:
    text = "منذ الـ20 من أكتوبر من العام 2014، وحتى فجر أمس"
    found = find(text, "ar", dt.date(2015, 7, 21))
    assert [(value.value, value.relation) for value in found] == [("2014-10-20", "since"),
                                                                  ("2015-07-20TMO", "until")]
