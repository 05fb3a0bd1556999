"""Sentence segmentation: Arabic rules on the seeds' punctuation, English via pysbd."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from pipeline import schemas
from pipeline.segment import segment_article, split_arabic, split_sentences
from pipeline.textnorm import language


def test_arabic_comma_and_semicolon_do_not_split():
    text = "وأضافت أن طهران، شاركت في المحادثات؛ وشجعت النظام على قبول اتفاق."
    assert split_arabic(text) == [text]


def test_full_stop_and_arabic_question_mark_split():
    text = "هل ستفتح الحركة مكتبا في دمشق؟ لا أحد يعرف. وقال مصدر إن الحوار مستمر!"
    assert split_arabic(text) == [
        "هل ستفتح الحركة مكتبا في دمشق؟",
        "لا أحد يعرف.",
        "وقال مصدر إن الحوار مستمر!",
    ]


def test_double_dot_ellipsis_is_a_pause_not_a_boundary():
    text = "دولتان لعبتا دوراً حاسماً في حلّ الخلافات بين حماس ودمشق.. اجتماعات وكواليس التفاوض"
    assert split_arabic(text) == [text]
    assert split_arabic("قال إن الأمر… لم ينته بعد.") == ["قال إن الأمر… لم ينته بعد."]


def test_no_break_inside_quotations_but_after_closing_quote():
    text = "قال المتحدث: «نحن نرحب. والحوار مستمر.» وأضاف أن “الاتفاق قريب.” ثم غادر."
    assert split_arabic(text) == [
        "قال المتحدث: «نحن نرحب. والحوار مستمر.»",
        "وأضاف أن “الاتفاق قريب.”",
        "ثم غادر.",
    ]


def test_unbalanced_quotes_do_not_swallow_the_paragraph():
    text = "قال «نحن نرحب. ثم غادر الوفد."
    assert split_arabic(text) == ["قال «نحن نرحب.", "ثم غادر الوفد."]


def test_one_letter_abbreviation_is_not_a_boundary():
    text = "التقى د. محمد بالوفد. ثم غادر."
    assert split_arabic(text) == ["التقى د. محمد بالوفد.", "ثم غادر."]


def test_english_uses_pysbd_abbreviations():
    text = "U.S. officials met Mr. Smith on Monday. The talks ended."
    assert split_sentences(text, "en") == [
        "U.S. officials met Mr. Smith on Monday.", "The talks ended."]


def test_one_language_guess_counts_words_of_each_script():
    assert language("وفق موقع “Intelligence Online” المعني") == "ar"  # 3 words to 2
    assert language("Hamas said on Monday it would return.") == "en"
    assert language("قالت حَمَاس Hamas") == "ar"  # marks do not split a word in three
    assert language("2022 - 10") is None  # no word of either script: the context decides
    assert language("حماس Hamas") is None


TEXT = st.lists(
    st.sampled_from([*"حماس ودمشق abc.،؛؟!?…“”«»\"' \u00a0\n", "..", "U.", "Mr. "]),
    max_size=60,
).map("".join)


@given(TEXT, st.sampled_from(["ar", "en"]))
@example(" !!", "en")  # pysbd returns nothing for it: the text was lost
def test_sentences_are_exact_stripped_slices_in_order(text, language):
    sentences = split_sentences(text, language)
    position = 0
    for sentence in sentences:
        assert sentence and sentence == sentence.strip()
        found = text.find(sentence, position)
        assert found >= 0
        assert not text[position:found].strip()  # only whitespace between sentences
        position = found + len(sentence)
    assert not text[position:].strip()  # nothing lost at the end


def _article(article_id, language, texts):
    body = [{"id": f"{article_id}-p{i:03d}", "article_id": article_id, "index": i,
             "kind": "paragraph", "language": language, "text": text}
            for i, text in enumerate(texts)]
    return {"id": article_id, "body": body}


def test_segment_article_ids_languages_and_hashes():
    article = _article("001_x", "ar", [
        "وضعت حماس اللمسات الأخيرة. وقال الرئيس: Hamas welcomed the step today.",
        "عادت العلاقات؟",
    ])
    sentences = segment_article(article)
    assert [s["id"] for s in sentences] == ["001_x-p000-s00", "001_x-p000-s01", "001_x-p001-s00"]
    assert [s["language"] for s in sentences] == ["ar", "en", "ar"]
    pattern = re.compile(schemas.load("sentence")["properties"]["id"]["pattern"])
    assert all(pattern.match(s["id"]) for s in sentences)
    assert sentences[0]["text_sha256"] != sentences[2]["text_sha256"]
    assert segment_article(article) == sentences  # stable
