"""The MWT guard: stem-initial letters are not split off as clitics by the compact Arabic models."""

from __future__ import annotations

from typing import Any

import pytest

from claimx.analyze.tokens import MwtGuard, join_after_labels
from tests.conftest import models_available

# Ranks as in a frequency-ordered vocabulary: 0 is the most frequent word.
RANKS = {"قال": 5, "وقال": 7, "وزير": 40, "مناسبة": 300, "بمناسبة": 200, "وسائل": 50, "سائل": 9000,
         "يكون": 114, "سيكون": 573, "سيرغي": 12062,
         "منوها": 5941, "منو": 22302, "عن": 17, "عنها": 617, "زيارة": 800, "زيارتها": 4000}
GUARD = MwtGuard(RANKS, frozenset("وفبلكس"), rarer_factor=20, enclitics=frozenset({"ها", "هما", "هم"}))


@pytest.mark.parametrize(("token", "whole"), [
    ("وزير", True),       # "زير" is not a word of the vocabulary
    ("وسائل", True),      # "سائل" exists but is far rarer than "وسائل"
    ("وقال", False),      # و + قال: the remainder is a common word
    ("بمناسبة", False),   # ب + مناسبة: comparable frequencies, the split stands
    ("ونظيره", False),    # unknown whole form: nothing to go by, the tokenizer decides
    ("سيرغي", True),      # a name (seed 001 "سيرغي ريابكوف"), not the future prefix + "يرغي"
    ("سيكون", False),     # س + يكون: the future of a common verb
    ("منوها", True),      # the participle (seed 002 "منوهاً بدورهما"), not منو + ها
    ("عنها", False),      # عن + ها: the remainder is far more common than the whole
    ("زيارتها", False),   # زيارة + ها, its ة written ت before the suffix
    ("مصر", False),       # no clitic letter
])
def test_guard_undoes_only_splits_the_vocabulary_contradicts(token: str, whole: bool) -> None:
    assert GUARD.keeps_whole(token) is whole


def test_guard_keeps_the_postprocessor_format() -> None:
    draft = [["وقال", ("وزير", True), ("وقال", True), "الخارجية"]]
    assert GUARD(draft) == [["وقال", "وزير", ("وقال", True), "الخارجية"]]


def bundled_arabic_analysis(text: str) -> tuple[Any, list[str]]:
    """The bundled Arabic pipeline's document of ``text`` and its words (skips under other models)."""
    from claimx.analyze.models import resolve_models
    from claimx.analyze.pipeline import analyze_texts

    if resolve_models("ar").origin != "bundled":
        pytest.skip("the guard applies to the bundled models only")
    (document,), _ = analyze_texts("ar", [text])
    return document, [word.text for sentence in document.sentences for word in sentence.words]


@pytest.mark.skipif(not models_available("ar"), reason="no Arabic models")
def test_bundled_arabic_pipeline_keeps_minister_and_agency_whole() -> None:
    # Real news (seed 000): a title phrase and an agency name that start with a stem letter و.
    text = "ونقلت وكالة الإعلام الروسية عن نائب وزير الخارجية الروسي سيرغي ريابكوف قوله أمس."
    _, words = bundled_arabic_analysis(text)
    assert "وكالة" in words and "وزير" in words
    assert "كالة" not in words and "زير" not in words
    assert words[:2] == ["و", "نقلت"]  # a real clitic is still split off


def test_preposition_ka_is_split_only_before_a_known_word() -> None:
    # SaudiNewsNet 2015-07-31-0265 "أن عددًا من الموقوفين كشفوا عن أن": a verb the vocabulary lacks that
    # starts with ك is whole, not the preposition "like" + "شفوا"; "كالمعتاد" (known remainder) splits.
    guard = MwtGuard({**RANKS, "المعتاد": 5695}, frozenset("وفبلكس"), rarer_factor=20,
                     known_remainder_proclitics=frozenset("سك"))
    assert guard.keeps_whole("كشفوا") and guard.keeps_whole("كتبوا")
    assert not guard.keeps_whole("كالمعتاد")


def test_a_preposition_left_glued_to_a_far_more_frequent_word_is_split() -> None:
    # Second Arabic development set, 2015-07-31-2206 "وطالب بفتح قنوات الحوار": left whole in context,
    # "بفتح" was parsed as the subject of وطالب; فتح is far more frequent than بفتح. Names and words
    # whose rest is rare or unknown stay whole, as does the article after ل ("للسلام").
    guard = MwtGuard({**RANKS, "فتح": 784, "بفتح": 8510, "بندر": 3000, "ندر": 9000, "للسلام": 900,
                      "لسلام": 50}, frozenset("وفبلكس"), rarer_factor=20, missed_proclitics=frozenset("بل"))
    assert guard.missed_split("بفتح")
    assert not any(guard.missed_split(word) for word in ("بندر", "بلدية", "للسلام"))
    assert guard([["وطالب", "بفتح"]]) == [["وطالب", ("بفتح", True)]]
    named = MwtGuard(guard.ranks, guard.proclitics, 20, name_openers=frozenset({"الأمير"}),
                     missed_proclitics=frozenset("بل"))
    assert named([["الأمير", "بفتح"]]) == [["الأمير", "بفتح"]]  # after a name opener: a name


PUNCTUATED = MwtGuard(RANKS, frozenset("وفبلك"), rarer_factor=20,
                      leading_punctuation=frozenset("«(\""), trailing_punctuation=frozenset("»)\"،؛:"),
                      name_openers=frozenset({"الملك", "بن"}))


def test_guard_detaches_punctuation_glued_to_words() -> None:
    # "العلي، مدير" and "«الرياض»" as news writes them: the marks become tokens of their own, and a
    # multiword mark that only the punctuation caused is dropped (الرياض is not ا + لرياض).
    draft = [["محمد", "العلي،", ("«الرياض»", True), ("وفرنسا،", True), "،", ("وزير", True)]]
    assert PUNCTUATED(draft) == [["محمد", "العلي", "،", "«", "الرياض", "»", ("وفرنسا", True), "،", "،",
                                  "وزير"]]


def test_guard_keeps_a_mark_that_is_the_whole_token() -> None:
    assert PUNCTUATED.detached("،") == ("", "،", "")
    assert PUNCTUATED.detached("«»") == ("«", "»", "")


def test_future_prefix_is_split_only_before_a_known_word() -> None:
    # SaudiNewsNet 2015-08-02-1000 "وقال برينت ستابلكامب الباحث الميداني": an unknown name that starts
    # with س is not the future prefix + "تابلكامب"; "سيكون" (known remainder) is still split.
    # "سيأخذه" (UD PUD) is س + يأخذ + ه: a known verb under the pronoun suffix.
    guard = MwtGuard({**RANKS, "يأخذ": 2500}, frozenset("وفبلكس"), rarer_factor=20,
                     enclitics=frozenset({"ها"}), unknown_stem_enclitics=frozenset({"ه"}),
                     known_remainder_proclitics=frozenset("س"))
    assert guard.keeps_whole("ستابلكامب") and guard.keeps_whole("سيارتها")
    assert not guard.keeps_whole("سيكون") and not guard.keeps_whole("وستابلكامب")
    assert not guard.keeps_whole("سيأخذه")


def test_prepositions_b_and_l_are_split_only_before_a_known_word() -> None:
    # SaudiNewsNet 2015-08-07-0327 "وقال لودفيج إن …", 2015-07-24-0801 "أندريا بيرلو": a foreign name
    # the vocabulary lacks that starts with ب or ل is not the preposition + "ودفيج"; a known remainder,
    # one under a pronoun suffix ("بسيارته"), the article ("بالمستوصفات") or a hamza ("بإسقاطي", a
    # verbal noun under the possessive ي) still split.
    guard = MwtGuard({**RANKS, "سيارة": 900}, frozenset("وفبلكس"), rarer_factor=20,
                     enclitics=frozenset({"ها"}), unknown_stem_enclitics=frozenset({"ه"}),
                     known_remainder_proclitics=frozenset("سكبل"))
    assert guard.keeps_whole("لودفيج") and guard.keeps_whole("بيرلو") and guard.keeps_whole("بيسكوف")
    assert not guard.keeps_whole("بمناسبة") and not guard.keeps_whole("بسيارته")
    assert not guard.keeps_whole("بالمستوصفات") and not guard.keeps_whole("للمستوصفات")
    assert not guard.keeps_whole("بإسقاطي")
    # UD PUD writes tanwin in places ("بروحٍ"): the vocabulary is looked up without diacritics
    assert not guard.keeps_whole("بسيارتهٍ") and guard.keeps_whole("لودفيجُ")


@pytest.mark.skipif(not models_available("ar"), reason="no Arabic models")
def test_bundled_arabic_pipeline_keeps_a_foreign_name_after_the_cue_whole() -> None:
    text = ("وقال لودفيج إن التحسينات للنسخ الحديثة من اندرويد ستحد من فاعلية الهجمات في أكثر من تسع "
            "هواتف من بين كل عشرة هواتف.")
    document, words = bundled_arabic_analysis(text)
    assert "لودفيج" in words and "ودفيج" not in words
    name = next(word for sentence in document.sentences for word in sentence.words if word.text == "لودفيج")
    assert name.deprel == "nsubj"


def test_suffix_ha_is_kept_only_on_an_unknown_stem() -> None:
    # "رئيس النادي د. عبدالله الحيدري" (SaudiNewsNet 2015-07-21-1155) was عبدالل + ه; "قوله" of "نقلت … عن
    # ريابكوف قوله" (seed 000) is more frequent than "قول" in the vocabulary and must stay قول + ه.
    # "أعدائه" (UD PUD) is أعداء + ه, its hamza written ئ before the suffix.
    ranks = {"قوله": 900, "قول": 1200, "عبدالله": 700, "منه": 80, "من": 3, "أعدائه": 9000, "أعداء": 3000}
    guard = MwtGuard(ranks, frozenset("وفبلك"), rarer_factor=20, unknown_stem_enclitics=frozenset({"ه"}))
    assert guard.keeps_whole("عبدالله")
    assert not guard.keeps_whole("قوله") and not guard.keeps_whole("منه") and not guard.keeps_whole("أعدائه")


def test_guard_leaves_a_pronoun_suffix_split_and_the_article_after_li() -> None:
    # UD PUD held-out: "فيه" is في + ه and "بينهما" بين + هما, not ف + يه or ب + ينهما; "لديه" is لدى + ه
    # (ى written ي before the suffix); "للسلام" is ل + لسلام, the article's alef dropped after ل.
    ranks = {"في": 2, "فيه": 60, "بين": 20, "بينهما": 3000, "لدى": 150, "لديه": 400, "السلام": 900,
             "للسلام": 4000, "وزير": 40}
    guard = MwtGuard(ranks, frozenset("وفبلك"), rarer_factor=20, enclitics=frozenset({"ها", "هما", "هم"}),
                     unknown_stem_enclitics=frozenset({"ه"}))
    for token in ("فيه", "بينهما", "لديه", "للسلام"):
        assert not guard.keeps_whole(token), token
    assert guard.keeps_whole("وزير")


def test_sentence_split_after_an_abbreviation_is_joined() -> None:
    # "قال لشبكة سي. إن. إن. الأمريكية إن …" (SaudiNewsNet 2015-08-02-1000): the compact tokenizer ends
    # a sentence at every letter name; "2012 م." (the era) does end one.
    guard = MwtGuard(RANKS, frozenset("وفبلك"), rarer_factor=20, abbreviations=frozenset({"سي", "ان", "د"}))
    draft = [["قال", "لشبكة", "سي", "."], ["إن", "."], ["إن", "."], ["الأمريكية", "إن", "قناصا", "."],
             ["في", "عام", "2012", "م", "."], ["وقال", "د."], ["محمد", "."]]
    assert guard(draft) == [
        ["قال", "لشبكة", "سي", ".", "إن", ".", "إن", ".", "الأمريكية", "إن", "قناصا", "."],
        ["في", "عام", "2012", "م", "."], ["وقال", "د.", "محمد", "."]]


@pytest.mark.skipif(not models_available("ar"), reason="no Arabic models")
def test_bundled_arabic_pipeline_keeps_an_acronym_and_a_name_in_their_sentence() -> None:
    text = ("وكان جوني رودريحيز رئيس مجموعة المهام الخاصة قد قال لشبكة سي. إن. إن. الأمريكية إن قناصا أطلق "
            "النار على الأسد جيركو. وقال برينت ستابلكامب الباحث الميداني إن جيركو ما زال حيا.")
    document, words = bundled_arabic_analysis(text)
    assert len(document.sentences) == 2
    assert "ستابلكامب" in words
    for sentence in document.sentences:  # joined sentences keep exact offsets
        assert text[sentence.tokens[0].start_char:sentence.tokens[-1].end_char] == sentence.text
        for token in sentence.tokens:
            assert text[token.start_char:token.end_char] == token.text


def test_guard_keeps_names_after_an_honorific_whole() -> None:
    # "الملك فيصل", "بن فهد": a name, not ف + يصل or ف + هد
    draft = [["مركز", "الملك", ("فيصل", True), "بن", ("فهد", True), ("وقال", True)]]
    assert PUNCTUATED(draft) == [["مركز", "الملك", "فيصل", "بن", "فهد", ("وقال", True)]]


@pytest.mark.skipif(not models_available("ar"), reason="no Arabic models")
def test_bundled_arabic_pipeline_splits_glued_commas_and_guillemets() -> None:
    text = "وأكد محمد العلي، مدير المركز، لـ«الرياض» أن العمل مستمر."
    document, words = bundled_arabic_analysis(text)
    assert "العلي" in words and "المركز" in words and words.count("،") == 2
    assert "«" in words and "الرياض" in words and "»" in words
    for sentence in document.sentences:
        for token in sentence.tokens:
            assert text[token.start_char:token.end_char] == token.text


@pytest.mark.skipif(not models_available("ar"), reason="no Arabic models")
def test_arabic_comma_after_a_quoted_name_does_not_end_the_sentence() -> None:
    # SaudiNewsNet 2015-07-22-0017 (normalized as ingest does). The compact tokenizer learnt from UD PUD,
    # which writes the Latin comma only; it read '"،' as a sentence end, and the claim after إن was
    # cut off from its cue. It now reads ',' (input_marks) and the document keeps the text's own marks.
    text = 'وقال مصدر تركي ل"الشرق الأوسط"، أمس، إن منفذ العملية الانتحارية في سروج شاب وليس فتاة.'
    document, words = bundled_arabic_analysis(text)
    assert len(document.sentences) == 1
    assert document.text == text and words.count("،") == 2 and "," not in words
    assert [comment for comment in document.sentences[0].comments if comment.startswith("# text")] == \
        [f"# text = {text}"]
    for sentence in document.sentences:
        for token in sentence.tokens:
            assert text[token.start_char:token.end_char] == token.text


@pytest.mark.skipif(not models_available("ar"), reason="no Arabic models")
def test_empty_text_is_an_empty_document_beside_the_others() -> None:
    # Stanza's token postprocessor fails on an empty text; analyze_texts answers it with an empty
    # document and still analyses the rest of the batch.
    from claimx.analyze.pipeline import analyze_texts

    documents, _ = analyze_texts("ar", ["", "قال الوزير إن العمل مستمر.", ""])
    assert [len(document.sentences) for document in documents] == [0, 1, 0]
    assert [document.text for document in documents][::2] == ["", ""]


LITERAL = MwtGuard({**RANKS, "اتهم": 7043, "واتهم": 13413, "نوه": 15436, "ونوه": 5703, "ات": 5460,
                    "نو": 22486, "فيه": 126, "في": 6, "يه": 10239, "قول": 2283, "قوله": 2061,
                    "التالي": 900, "بالتالي": 3806, "للسلام": 900, "وعد": 5550, "عد": 3009, "ووعد": 13936,
                    "سيشهد": 17520, "يشهد": 2499},
                   frozenset("وفبلكس"), rarer_factor=20, enclitics=frozenset({"ها", "هما", "هم"}),
                   unknown_stem_enclitics=frozenset({"ه"}), plain_proclitics=frozenset("وفس"),
                   stacked_proclitics=frozenset("س"))


@pytest.mark.parametrize(("token", "expansion"), [
    ("واتهم", ["و", "اتهم"]),   # the expander made و + ات + هم of it ("ات" is no common stem)
    ("ونوه", ["و", "نوه"]),     # and و + نو + ه
    ("ونوهت", ["و", "نوهت"]),   # a feminine past the vocabulary lacks, known by its masculine
    ("وقال", ["و", "قال"]),     # what the expander does anyway
    ("وسيشهد", ["و", "س", "يشهد"]),  # the future prefix after the conjunction
    ("ووعد", None),            # و + وعد (promised): "عد" is more frequent, but و opens many stems
    ("فيه", None),             # في + ه: its ف is no clitic
    ("وقوله", None),           # و + قول + ه: a common stem with a pronoun, the expander's
    ("وبالتالي", None),        # و + ب + التالي: the rest opens with a clitic of its own
    ("وللسلام", None),         # و + ل + (ا)لسلام
    ("بمناسبة", None),         # ب is not a plain conjunction: it may change the word after it
    ("ونظيره", None),          # the rest is not a word of the vocabulary
])
def test_a_conjunction_is_split_off_as_written(token: str, expansion: list[str] | None) -> None:
    assert LITERAL.literal_expansion(token) == expansion


@pytest.mark.skipif(not models_available("ar"), reason="no Arabic models")
def test_bundled_arabic_pipeline_splits_a_conjunction_off_an_unseen_verb_as_written() -> None:
    # "ونوه الجماز إلى أنه …" (SaudiNewsNet 2015-08-10-1554): the expander had made و + نو + ه of the
    # cue verb, and no claim was found
    for verb in ("ونوه", "واتهم", "وتعهد", "وأظهر"):
        _, words = bundled_arabic_analysis(f"{verb} المدير العام للشركة أن الأرباح ارتفعت كثيرا.")
        assert words[:2] == ["و", verb[1:]], (verb, words[:4])
    _, words = bundled_arabic_analysis("وقال إن فيه خيرا كثيرا.")
    assert "في" in words and "يه" not in words


def test_a_name_before_a_colon_goes_on_into_the_next_sentence() -> None:
    # PolNeAR (politico 2016-03-01) "Trump: My immigration plans aren't set in stone.": the compact
    # English tokenizer ends a sentence at the name's colon; a longer sentence that ends with one stays
    draft = [["Trump", ":"], ["My", "immigration", "plans", "are", "set", "."],
             ["He", "told", "reporters", "at", "the", "rally", "this", ":"], ["We", "win", "."]]
    assert join_after_labels(draft) == [["Trump", ":", "My", "immigration", "plans", "are", "set", "."],
                                         ["He", "told", "reporters", "at", "the", "rally", "this", ":"],
                                         ["We", "win", "."]]


@pytest.mark.skipif(not models_available("en"), reason="no English models")
def test_bundled_english_pipeline_keeps_a_speaker_headline_in_one_sentence() -> None:
    from claimx.analyze.models import resolve_models
    from claimx.analyze.pipeline import analyze_texts

    if resolve_models("en").origin != "bundled":
        pytest.skip("the joining applies to the bundled models only")
    (document,), _ = analyze_texts("en", ["Trump: My immigration plans aren't set in stone."])
    assert [sentence.text for sentence in document.sentences] == [
        "Trump: My immigration plans aren't set in stone."]
