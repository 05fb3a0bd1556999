"""Score the cleaner on hand-marked pages (``nox -s evaluate``).

  python -m pipeline evaluate DIR [--markdown] [--trafilatura]

Every NAME.txt in DIR needs NAME.truth.json (keys in TRUTH_KEYS). Per page and overall:
title exact; publication date exact (a date given where the truth is null is a wrong
date); author exact (null where no person is credited); standfirst exact; body precision
and recall in characters against the marked span (first_sentence … last_sentence minus
not_body), F1; whether the body starts at the first sentence; pages refused although a
headline is printed. --trafilatura scores trafilatura side by side on the same text
(optional extra "eval"); --markdown prints the summary table for docs/methodology.md.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections import Counter
from pathlib import Path

from . import ROOT, clean, textnorm, validate
from .errors import PipelineError, Problem

TRUTH_KEYS = frozenset({"outlet_layout", "language", "title", "published", "author",
                        "standfirst", "first_sentence", "last_sentence", "not_body", "notes"})
TRAFILATURA_MISSING = ("trafilatura is not installed: it is an optional extra, "
                       "install it with `pip install -e '.[eval]'` or run `nox -s evaluate`")


def read_truth(path: Path) -> dict:
    """The truth file of one page, with exactly the keys of TRUTH_KEYS."""
    truth, problems = validate.read_json(path, ROOT)
    if problems:
        raise PipelineError(problems)
    keys = set(truth) if isinstance(truth, dict) else set()
    if keys != TRUTH_KEYS:
        wrong = sorted(TRUTH_KEYS - keys) or sorted(keys - TRUTH_KEYS)
        raise PipelineError(Problem("bad-truth", f"keys must be exactly {sorted(TRUTH_KEYS)}; "
                                    f"missing or extra: {wrong}",
                                    file=validate.label(path, ROOT)))
    # Quoted lines are compared with the page's lines as the cleaner sees them (a doubled
    # space copied from the page is one space there).
    for key in ("title", "author", "standfirst", "first_sentence", "last_sentence"):
        if isinstance(truth[key], str):
            truth[key] = textnorm.normalise_line(truth[key])
    if isinstance(truth["not_body"], list):
        truth["not_body"] = [textnorm.normalise_line(text) if isinstance(text, str) else text
                             for text in truth["not_body"]]
    return truth


def page_lines(data: bytes, file: str = "") -> list[str]:
    """The non-blank normalised lines of a capture, as the cleaner sees them."""
    return [line for line in textnorm.lines(textnorm.decode(data, file=file)[0]) if line]


def marked_body(lines: list[str], truth: dict, file: str = "") -> list[str]:
    """The hand-marked body: lines from first to last sentence, minus ``not_body``."""
    def find(text: str, start: int, key: str) -> int:
        try:
            return lines.index(text, start)
        except ValueError:
            raise PipelineError(Problem("bad-truth", f"{key} is not a line of the page "
                                        f"(after line {start}): {text[:60]!r}",
                                        file=file)) from None
    first = find(truth["first_sentence"], 0, "first_sentence")
    last = find(truth["last_sentence"], first, "last_sentence")
    span = lines[first:last + 1]
    missing = [text for text in truth["not_body"] if text not in span]
    if missing:
        raise PipelineError(Problem("bad-truth", f"not_body line is not inside the marked "
                                    f"span: {missing[0][:60]!r}", file=file))
    excluded = Counter(truth["not_body"])
    body = []
    for text in span:
        if excluded[text]:
            excluded[text] -= 1
        else:
            body.append(text)
    return body


def overlap(predicted: list[str], gold: list[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 in characters of body lines (lines compared as a multiset)."""
    got, want = Counter(predicted), Counter(gold)
    shared = sum(min(count, want[text]) * len(text) for text, count in got.items())
    got_chars = sum(len(text) * count for text, count in got.items())
    want_chars = sum(len(text) * count for text, count in want.items())
    precision = shared / got_chars if got_chars else 0.0
    recall = shared / want_chars if want_chars else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(prediction: dict | None, truth: dict, gold: list[str]) -> dict:
    """One page's measures. ``prediction`` is None when the page was refused.

    A refused page asserts nothing: its title, date and author are null and its body empty.
    """
    got = prediction or {"title": None, "standfirst": None, "published": None, "author": None,
                         "body": []}
    precision, recall, f1 = overlap(got["body"], gold)
    return {
        "refused": prediction is None and truth["title"] is not None,
        "title_right": got["title"] == truth["title"],
        "standfirst_right": got["standfirst"] == truth["standfirst"],
        "date_right": got["published"] == truth["published"],
        "wrong_date": got["published"] is not None and got["published"] != truth["published"],
        "author_right": got["author"] == truth["author"],
        "precision": precision, "recall": recall, "f1": f1,
        "starts_right": bool(got["body"]) and got["body"][0] == truth["first_sentence"],
        "got": got,
    }


def cleaner_prediction(data: bytes, path: Path) -> dict | None:
    """What the cleaner asserts about a page, or None when it refuses the page."""
    try:
        article = clean.clean_source(data, source=clean.adhoc_source(path))
    except PipelineError:
        return None
    return {"title": article["title"], "standfirst": article["standfirst"],
            "published": article["published"]["date"], "author": article["author"],
            "body": [p["text"] for p in article["body"]]}


def trafilatura_prediction(lines: list[str]) -> dict | None:
    """trafilatura on the same text: one <p> per line, html-escaped; None if it finds nothing.

    Only its body and date are scored (title, standfirst and author are not compared).
    """
    import trafilatura  # optional extra: imported only when asked for

    document = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) \
        + "</body></html>"
    found = trafilatura.extract(document, output_format="json", with_metadata=True)
    if found is None:
        return None
    result = json.loads(found)
    body = [line for line in map(textnorm.normalise_line, result["text"].split("\n")) if line]
    return {"title": None, "standfirst": None, "published": result.get("date"), "author": None,
            "body": body}


def evaluate(directory: Path, *, with_trafilatura: bool = False) -> list[dict]:
    """Every page of ``directory`` scored: one row per page, sorted by file name."""
    pages = sorted(directory.glob("*.txt"))
    if not pages:
        raise PipelineError(Problem("missing-input", "no *.txt pages in this folder",
                                    file=validate.label(directory, ROOT)))
    rows = []
    for path in pages:
        truth_path = path.with_name(path.stem + ".truth.json")
        if not truth_path.is_file():
            raise PipelineError(Problem("no-truth", f"page has no {truth_path.name} beside it",
                                        file=validate.label(path, ROOT)))
        truth = read_truth(truth_path)
        data = path.read_bytes()
        lines = page_lines(data, validate.label(path, ROOT))
        gold = marked_body(lines, truth, validate.label(truth_path, ROOT))
        row = {"page": path.name, "language": truth["language"], "truth": truth,
               "cleaner": score(cleaner_prediction(data, path), truth, gold)}
        if with_trafilatura:
            row["trafilatura"] = score(trafilatura_prediction(lines), truth, gold)
        rows.append(row)
    return rows


def summary(rows: list[dict], system: str) -> dict:
    """Overall measures of one system: means of per-page figures, counts of bad pages."""
    scores = [row[system] for row in rows]
    n = len(scores)
    return {
        "pages": n,
        "body_f1": sum(s["f1"] for s in scores) / n,
        "body_precision": sum(s["precision"] for s in scores) / n,
        "body_recall": sum(s["recall"] for s in scores) / n,
        "starts_right": sum(s["starts_right"] for s in scores) / n,
        "title_right": sum(s["title_right"] for s in scores) / n,
        "standfirst_right": sum(s["standfirst_right"] for s in scores) / n,
        "date_right": sum(s["date_right"] for s in scores) / n,
        "wrong_dates": sum(s["wrong_date"] for s in scores),
        "author_right": sum(s["author_right"] for s in scores) / n,
        "refused": sum(s["refused"] for s in scores),
    }


def null_baseline(rows: list[dict]) -> dict:
    """What saying null for every date and author would score."""
    n = len(rows)
    return {"date_right": sum(row["truth"]["published"] is None for row in rows) / n,
            "wrong_dates": 0,
            "author_right": sum(row["truth"]["author"] is None for row in rows) / n}


# Summary rows: label, key, and which systems the measure applies to.
MEASURES = [
    ("body F1", "body_f1", ("cleaner", "trafilatura")),
    ("body precision", "body_precision", ("cleaner", "trafilatura")),
    ("body recall", "body_recall", ("cleaner", "trafilatura")),
    ("body starts at the first sentence", "starts_right", ("cleaner", "trafilatura")),
    ("title right", "title_right", ("cleaner",)),
    ("publication date right", "date_right", ("cleaner", "trafilatura", "null")),
    ("pages given a wrong date", "wrong_dates", ("cleaner", "trafilatura", "null")),
    ("author right", "author_right", ("cleaner", "null")),
    ("standfirst right", "standfirst_right", ("cleaner",)),
    ("pages refused although a headline is printed", "refused", ("cleaner", "trafilatura")),
]


def _cell(figures: dict | None, key: str, pages: int) -> str:
    if figures is None or key not in figures:
        return "–"
    value = figures[key]
    return f"{value} of {pages}" if key in ("wrong_dates", "refused") else f"{value:.3f}"


def summary_table(rows: list[dict]) -> list[list[str]]:
    """The summary as rows of cells, the header first."""
    systems = {"cleaner": summary(rows, "cleaner"), "null": null_baseline(rows)}
    header = ["measure", "this project"]
    if "trafilatura" in rows[0]:
        systems["trafilatura"] = summary(rows, "trafilatura")
        header.append("trafilatura on the same text")
    header.append("saying null for every date/author")
    table = [header]
    for label, key, applies in MEASURES:
        cells = [label, _cell(systems["cleaner"], key, len(rows))]
        if "trafilatura" in systems:
            cells.append(_cell(systems["trafilatura"] if "trafilatura" in applies else None,
                               key, len(rows)))
        cells.append(_cell(systems["null"] if "null" in applies else None, key, len(rows)))
        table.append(cells)
    return table


def _mark(ok: bool) -> str:
    return "ok" if ok else "NO"


def page_table(rows: list[dict]) -> list[list[str]]:
    """One line per page: what each measure says, with the wrong value shown."""
    header = ["page", "lang", "title", "date (got/truth)", "author", "standfirst", "P", "R", "F1",
              "start", "refused"]
    with_trafilatura = "trafilatura" in rows[0]
    if with_trafilatura:
        header += ["traf F1", "traf start", "traf date"]
    table = [header]
    for row in rows:
        s, truth = row["cleaner"], row["truth"]
        date = _mark(s["date_right"]) if s["date_right"] else \
            f"{s['got']['published']}/{truth['published']}"
        cells = [row["page"], row["language"], _mark(s["title_right"]), date,
                 _mark(s["author_right"]), _mark(s["standfirst_right"]),
                 f"{s['precision']:.2f}", f"{s['recall']:.2f}", f"{s['f1']:.2f}",
                 _mark(s["starts_right"]), "REFUSED" if s["refused"] else ""]
        if with_trafilatura:
            t = row["trafilatura"]
            cells += [f"{t['f1']:.2f}", _mark(t["starts_right"]),
                      _mark(t["date_right"]) if t["date_right"] else str(t["got"]["published"])]
        table.append(cells)
    return table


def plain(table: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths,
                                                                          strict=True)).rstrip()
                     for row in table)


def markdown(table: list[list[str]]) -> str:
    lines = ["| " + " | ".join(row) + " |" for row in table]
    lines.insert(1, "|" + "---|" * len(table[0]))
    return "\n".join(lines)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("directory", type=Path, metavar="DIR",
                        help="folder of NAME.txt pages, each with NAME.truth.json")
    parser.add_argument("--markdown", action="store_true",
                        help="print only the summary, as a Markdown table")
    parser.add_argument("--trafilatura", action="store_true",
                        help="score trafilatura on the same text (optional extra 'eval')")


def main(args: argparse.Namespace) -> int:
    if args.trafilatura:
        try:
            import trafilatura  # noqa: F401  (checked before any work is done)
        except ImportError:
            print(f"error: {TRAFILATURA_MISSING}", file=sys.stderr)
            return 2
    if not args.directory.is_dir():
        print(f"error: {args.directory}: not a folder", file=sys.stderr)
        return 2
    rows = evaluate(args.directory, with_trafilatura=args.trafilatura)
    if args.markdown:
        print(markdown(summary_table(rows)))
        return 0
    print(plain(page_table(rows)))
    print()
    print(plain(summary_table(rows)))
    return 0
