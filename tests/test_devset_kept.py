"""Kept text is pinned as hard as removed text: the exact body lines of every dev-set page.

tests/golden/devset_kept.json maps each page of tests/pages/ to the 1-based line numbers
the cleaner keeps as body. Each pin was checked against the page's hand-written truth
(first and last sentence, minus ``not_body``) when it was written, and the test checks that
again, so a pin can only hold what the truth marks as the article.

A page added to the dev set is pinned with ``python tests/test_devset_kept.py --pin``
(only pages without a pin; each must agree with its truth file first).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipeline import clean, evaluate, textnorm

PAGES = Path(__file__).parent / "pages"
PINS_FILE = Path(__file__).parent / "golden" / "devset_kept.json"
PINS = json.loads(PINS_FILE.read_text("utf-8")) if PINS_FILE.exists() else {}
PAGE_NAMES = sorted(path.name for path in PAGES.glob("*.txt")
                    if path.with_suffix(".truth.json").exists())


def numbered_lines(path: Path) -> list[tuple[int, str]]:
    """(1-based line number, text) of the page's non-blank lines, as the cleaner reads them."""
    raw = textnorm.lines(textnorm.decode(path.read_bytes())[0])
    return [(number, text) for number, text in enumerate(raw, 1) if text]


def kept_lines(path: Path) -> list[int]:
    """Line numbers of the body the cleaner keeps for the page at ``path``."""
    article = clean.clean_source(path.read_bytes(), source=clean.adhoc_source(path))
    removed = {record["line"] for record in article["removed"]}
    return [number for number, _ in numbered_lines(path) if number not in removed]


def truth_lines(path: Path) -> list[int]:
    """Line numbers of the hand-marked body (truth: first to last sentence minus not_body)."""
    truth = evaluate.read_truth(path.with_suffix(".truth.json"))
    lines = numbered_lines(path)
    texts = [text for _, text in lines]
    wanted = evaluate.marked_body(texts, truth, str(path))
    numbers, position = [], texts.index(truth["first_sentence"])  # where the span starts
    for text in wanted:  # the marked lines in order, within the span
        position = texts.index(text, position)
        numbers.append(lines[position][0])
        position += 1
    return numbers


def test_every_page_is_pinned():
    missing = [name for name in PAGE_NAMES if name not in PINS]
    assert not missing, f"pin them with `python tests/test_devset_kept.py --pin`: {missing}"
    assert sorted(PINS) == PAGE_NAMES  # no pin for a page that left the set


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_kept_lines_are_the_pinned_ones(name):
    assert kept_lines(PAGES / name) == PINS[name]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_pins_hold_the_marked_article(name):
    """A pin is the truth's span: the first and last sentence, nothing outside them."""
    assert PINS[name] == truth_lines(PAGES / name)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_header_fields_are_the_truths(name):
    """Title, publication date, author and standfirst as the truth gives them: a header rule
    that breaks another page's reading fails here, not only in the scorer's figures."""
    path = PAGES / name
    article = clean.clean_source(path.read_bytes(), source=clean.adhoc_source(path))
    truth = evaluate.read_truth(path.with_suffix(".truth.json"))
    fields = ("title", "author", "standfirst")
    got = {field: article[field] for field in fields} | {"published": article["published"]["date"]}
    assert got == {field: truth[field] for field in (*fields, "published")}


def pin_missing() -> int:
    """Pin every unpinned page whose kept lines agree with its truth; report the others."""
    pins, refused = dict(PINS), []
    for name in PAGE_NAMES:
        if name in pins:
            continue
        kept, marked = kept_lines(PAGES / name), truth_lines(PAGES / name)
        if kept == marked:
            pins[name] = kept
        else:
            refused.append(name)
            print(f"{name}: kept {kept} but the truth marks {marked}: not pinned",
                  file=sys.stderr)
    rows = [f"  {json.dumps(name)}: {json.dumps(lines)}" for name, lines in sorted(pins.items())]
    PINS_FILE.write_text("{\n" + ",\n".join(rows) + "\n}\n", "utf-8")
    return 1 if refused else 0


if __name__ == "__main__" and sys.argv[1:] == ["--pin"]:
    sys.exit(pin_missing())
