"""The scorer of the development set: its arithmetic on tiny hand-made truths."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from pipeline import ROOT, evaluate
from pipeline.__main__ import main
from pipeline.errors import PipelineError

FIRST = "The ministry said on Tuesday that the talks, which began last month, would resume soon."
SECOND = "Officials from both sides declined to comment on the details of the draft agreement."
CAPTION = "A delegation arrives in Damascus. (File photo)"
LAST = "Analysts said the meeting marked a shift in a relationship strained for years."
PAGE = ["Home", "World", "Talks between the two sides resume after a long pause",
        "March 5, 2024", "By Jane Doe", FIRST, SECOND, CAPTION, LAST, "Copyright 2024 Example"]


def truth(**changes) -> dict:
    base = {"outlet_layout": "test layout", "language": "en",
            "title": "Talks between the two sides resume after a long pause",
            "published": "2024-03-05", "author": "Jane Doe", "standfirst": None,
            "first_sentence": FIRST, "last_sentence": LAST, "not_body": [CAPTION],
            "notes": "made up"}
    return {**base, **changes}


def write_page(folder: Path, name: str, lines: list[str], page_truth: dict) -> None:
    (folder / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / f"{name}.truth.json").write_text(json.dumps(page_truth), encoding="utf-8")


def test_marked_body_is_the_span_minus_not_body():
    assert evaluate.marked_body(PAGE, truth()) == [FIRST, SECOND, LAST]


def test_precision_and_recall_are_counted_in_characters():
    gold = ["aaaa", "bbbbbb"]  # 10 characters
    # kept "aaaa" (right, 4) and "cc" (wrong, 2): precision 4/6, recall 4/10
    precision, recall, f1 = evaluate.overlap(["aaaa", "cc"], gold)
    assert precision == pytest.approx(4 / 6)
    assert recall == pytest.approx(4 / 10)
    assert f1 == pytest.approx(2 * (4 / 6) * (4 / 10) / (4 / 6 + 4 / 10))
    # A line kept twice counts once against the gold text that holds it once.
    assert evaluate.overlap(["aaaa", "aaaa"], ["aaaa"])[0] == pytest.approx(0.5)
    assert evaluate.overlap([], gold) == (0.0, 0.0, 0.0)


def test_a_date_given_where_the_truth_is_null_is_a_wrong_date():
    gold = [FIRST, LAST]
    prediction = {"title": "x", "standfirst": None, "published": "2024-03-05", "author": None,
                  "body": gold}
    scored = evaluate.score(prediction, truth(published=None), gold)
    assert scored["wrong_date"] and not scored["date_right"]
    scored = evaluate.score({**prediction, "published": None}, truth(published=None), gold)
    assert scored["date_right"] and not scored["wrong_date"]
    scored = evaluate.score({**prediction, "published": None}, truth(), gold)
    assert not scored["date_right"] and not scored["wrong_date"]  # a miss, not a wrong date


def test_a_refused_page_asserts_nothing_and_is_counted():
    scored = evaluate.score(None, truth(), [FIRST, LAST])
    assert scored["refused"] and not scored["title_right"]
    assert scored["f1"] == 0.0 and not scored["starts_right"]
    assert evaluate.score(None, truth(title=None), [FIRST])["refused"] is False


def test_folder_is_scored_page_by_page_and_overall(tmp_path):
    write_page(tmp_path, "a_right", PAGE, truth())
    # The same page claimed to print no date and no author: the cleaner's date is wrong.
    write_page(tmp_path, "b_no_date", PAGE, truth(published=None, author=None))
    write_page(tmp_path, "c_refused", ["Home", "About us", "Contact"],
               truth(first_sentence="Home", last_sentence="Contact", not_body=[]))
    rows = evaluate.evaluate(tmp_path)
    assert [row["page"] for row in rows] == ["a_right.txt", "b_no_date.txt", "c_refused.txt"]
    right, no_date, refused = (row["cleaner"] for row in rows)
    assert right["title_right"] and right["date_right"] and right["author_right"]
    assert right["precision"] == 1.0 and right["recall"] == 1.0 and right["starts_right"]
    assert no_date["wrong_date"] and not no_date["author_right"]
    assert refused["refused"]
    overall = evaluate.summary(rows, "cleaner")
    assert overall["wrong_dates"] == 1 and overall["refused"] == 1
    assert overall["date_right"] == pytest.approx(1 / 3)
    assert overall["body_f1"] == pytest.approx(2 / 3)
    assert evaluate.null_baseline(rows)["date_right"] == pytest.approx(1 / 3)


def test_truth_lines_are_read_as_the_cleaner_reads_the_page(tmp_path):
    # A doubled space or a stray tab copied from the page is one space on both sides.
    doubled = [line.replace("Officials from", "Officials  from").replace("Jane Doe", "Jane\tDoe")
               for line in PAGE]
    write_page(tmp_path, "doubled", doubled,
               truth(author="Jane\tDoe", first_sentence=FIRST, not_body=[CAPTION + "  "],
                     last_sentence=LAST.replace("marked a", "marked  a")))
    doubled_page = dict(evaluate.evaluate(tmp_path)[0]["cleaner"])
    assert doubled_page["author_right"] and doubled_page["precision"] == 1.0
    assert doubled_page["recall"] == 1.0


def test_truth_with_a_sentence_not_on_the_page_is_a_named_error(tmp_path):
    write_page(tmp_path, "bad", PAGE, truth(last_sentence="A sentence that is not there."))
    with pytest.raises(PipelineError) as raised:
        evaluate.evaluate(tmp_path)
    problem = raised.value.problems[0]
    assert problem.code == "bad-truth" and "last_sentence" in problem.message
    assert problem.file.endswith("bad.truth.json")


def test_truth_with_missing_keys_bad_json_or_no_truth_are_named_errors(tmp_path):
    page_truth = truth()
    del page_truth["notes"]
    write_page(tmp_path, "short", PAGE, page_truth)
    with pytest.raises(PipelineError, match=r"missing or extra: \['notes'\]"):
        evaluate.evaluate(tmp_path)
    (tmp_path / "short.truth.json").write_text("{", encoding="utf-8")
    with pytest.raises(PipelineError, match="invalid-json"):
        evaluate.evaluate(tmp_path)
    (tmp_path / "short.truth.json").unlink()
    with pytest.raises(PipelineError, match="no-truth"):
        evaluate.evaluate(tmp_path)


def test_cli_prints_the_markdown_summary(tmp_path, capsys):
    write_page(tmp_path, "a_right", PAGE, truth())
    assert main(["evaluate", str(tmp_path), "--markdown"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("| measure | this project |")
    assert "| pages given a wrong date | 0 of 1 |" in "\n".join(out)


def test_missing_trafilatura_is_a_one_line_error_before_any_work(tmp_path, capsys,
                                                                  monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    assert main(["evaluate", str(tmp_path), "--trafilatura"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: trafilatura is not installed") and "\n" not in err


def test_development_set_truths_match_their_pages_and_the_methodology_counts():
    """Every truth names lines its page holds; the counts docs/methodology.md gives hold."""
    rows = evaluate.evaluate(Path(__file__).parent / "pages")
    languages = Counter(row["truth"]["language"] for row in rows)
    assert set(languages) == {"ar", "en"}
    assert len({row["truth"]["outlet_layout"] for row in rows}) == len(rows)  # one layout each
    text = (ROOT / "docs" / "methodology.md").read_text(encoding="utf-8")
    claim = re.search(r"(\d+) pages \((\d+) Arabic, (\d+) English\), each in a different layout",
                      text)
    assert claim, "the Evaluation section states the size of the development set"
    assert tuple(map(int, claim.groups())) == (len(rows), languages["ar"], languages["en"])
