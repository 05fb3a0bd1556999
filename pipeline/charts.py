"""The site's charts: static SVG written by this module from the package's records at build time.

Why our own SVG: a horizontal bar chart is a few rectangles, lines and labels, written here
with the standard library in a few milliseconds; a plotting library cost the docs stage of
every build that changed a chart its import (0.6-0.8 s) and about 0.35 s a chart. The
labels stay text: the reader's browser shapes them (Arabic outlet names included) with the
reader's fonts, and they can be selected and searched. The output depends on the chart's
data alone, so a rebuild that changes no data changes no chart. Each chart comes with a
text alternative and its data as a table (see :func:`pipeline.docs.chart_figure`).

Each chart is described by a :class:`Chart`: its title, a sentence that says what it
shows (the ``alt`` text), and the counts it draws, so the text and the picture come from
the same numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import count

from . import textnorm
from .markup import esc

#: Colours with at least 3:1 contrast against white, told apart by more than hue alone.
COLOURS = {"Arabic": "#00695c", "English": "#b3541e", "bar": "#00695c", "missing": "#b71c1c",
           "machine": "#1565c0", "post-edited": "#2e7d32", "stale": "#ef6c00",
           "original": "#616161"}
NO_OUTLET = "no outlet named"
#: The Arabic font the site serves (:func:`pipeline.docs.font_files` copies it from the
#: locked fontpkg-amiri), named first for Arabic labels. A chart shown as an ``<img>``
#: cannot load the site's fonts: it is used where the reader has it installed, and the
#: system fonts after it (which hold Arabic letters too) are used otherwise.
ARABIC_FONT = "Amiri"
#: Sans-serif fonts common on Linux, Windows, macOS and Android, then the generic family.
FONT_STACK = "'Noto Sans', 'DejaVu Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"


@dataclass(frozen=True)
class Chart:
    name: str  # file name without .svg
    title: str
    alt: str  # the chart's content in one or two sentences
    headers: tuple[str, ...]  # the data table's columns: label, then one per series
    rows: tuple[tuple, ...]  # (label, count per series)
    unit: str  # what the bars count, the x axis label
    note: str = ""  # what the chart leaves out, said under it
    colour_by_row: bool = False  # rows are categories with their own colour (statuses)


def month_name(iso: str) -> str:
    return date.fromisoformat(iso[:7] + "-01").strftime("%B %Y")


def _listing(rows, unit: str) -> str:
    return "; ".join(f"{row[0]}: {sum(row[1:])} {unit}" for row in rows) or "none"


#: Over this many months, publication dates are counted by year: a bar per month of a
#: decade would make a chart hundreds of bars tall (the articles index counts each month).
MONTHS_MAX = 36


def articles_by_date(published: list[str | None]) -> Chart:
    """Articles by month of publication (``published``: each article's date, None when
    unknown), or by year when they span over :data:`MONTHS_MAX` months."""
    dates = [day for day in published if day]
    months = Counter(day[:7] for day in dates)
    first, last = (min(months), max(months)) if months else ("0000-01", "0000-01")
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    period = "month" if span <= MONTHS_MAX else "year"
    counts = months if period == "month" else Counter(day[:4] for day in dates)
    rows = tuple((month_name(key) if period == "month" else key, counts[key])
                 for key in sorted(counts))
    undated = len(published) - len(dates)
    note = (f"{undated} of {len(published)} articles have no trusted publication date and are "
            "not shown.") if undated else ""
    return Chart("articles-by-date", f"Articles by {period} of publication",
                 f"Bar chart of articles by {period} of publication: "
                 f"{_listing(rows, 'article(s)')}." + (f" {note}" if note else ""),
                 (period.capitalize(), "Articles"), rows, "Articles", note)


def articles_by_outlet(articles: list[tuple[str | None, str]],
                       languages: dict[str, str]) -> Chart:
    """``articles``: each article's (outlet, language); ``languages``: code -> name, in the
    order of the bars' segments."""
    counts = Counter((outlet or NO_OUTLET, language) for outlet, language in articles)
    outlets = sorted({outlet for outlet, _ in counts}, key=lambda o: (o == NO_OUTLET, o))
    rows = tuple((outlet, *(counts[outlet, code] for code in languages)) for outlet in outlets)
    return Chart("articles-by-outlet", "Articles by outlet and language",
                 "Bar chart of articles by outlet, split by language ("
                 + ", ".join(languages.values()) + f"): {_listing(rows, 'article(s)')}.",
                 ("Outlet", *languages.values()), rows, "Articles")


def sentences_by_status(counts: dict[str, int], statuses: list[str]) -> Chart:
    """``counts``: sentences by translation status; ``statuses``: the order of the bars."""
    rows = tuple((status, counts[status]) for status in statuses if counts.get(status))
    return Chart("sentences-by-status", "Sentences by translation status",
                 f"Bar chart of sentences by translation status: {_listing(rows, 'sentence(s)')}.",
                 ("Status", "Sentences"), rows, "Sentences", colour_by_row=True)


def removed_by_reason(counts: dict[str, int]) -> Chart:
    """``counts``: removed lines by the rule that removed them."""
    rows = tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    return Chart("removed-by-reason", "Lines removed by the cleaner, by reason",
                 f"Bar chart of removed lines by the rule that removed them: "
                 f"{_listing(rows, 'line(s)')}.", ("Reason", "Lines"), rows, "Lines")




# ---------------------------------------------------------------------------- drawing

WIDTH = 720  # px, the viewBox's width; the page scales the image to its column
ROW = 42  # px per bar: the chart grows with its rows
BAR = 28  # px, a bar's thickness
FONT_SIZE = 13  # px
#: Labels longer than this many characters are cut, with an ellipsis; the full label is in
#: the label's ``<title>`` and in the data table under the chart.
LABEL_CHARS = 32
#: At most this many intervals between the x axis' ticks, so that their labels never meet.
MAX_INTERVALS = 8
TOP, LEGEND, RIGHT, BOTTOM, GAP = 14, 26, 28, 54, 8  # px, margins and the label's gap
INK, GRID = "#212121", "#e0e0e0"  # text and axes; gridlines


# What XML 1.0 forbids and markup.esc (for HTML) lets through: one such character would make
# the whole chart unreadable to a browser's XML parser.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _xml(value) -> str:
    """Text for SVG's XML: escaped as for HTML, and what XML forbids made U+FFFD."""
    return _NOT_XML.sub("\ufffd", esc(value))


def _text_width(text: str) -> float:
    """An estimate of ``text``'s width in px: 0.62 em a character (wider than most Latin
    and Arabic letters in the fonts named), 1 em a wide (CJK) one, none for a combining
    mark or a format character (Arabic vowel marks, joiners)."""
    ems = sum(0 if unicodedata.category(char) in ("Mn", "Me", "Cf")
              else 1.0 if unicodedata.east_asian_width(char) in ("W", "F") else 0.62
              for char in text)
    return ems * FONT_SIZE


def _shown(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "\u2026"


def _number(value: float) -> str:
    """A coordinate as SVG writes it: at most two decimals, none when it is whole."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _ticks(longest: int) -> list[int]:
    """The x axis' ticks: integers from 0 to the first at or past ``longest`` (the longest
    bar), a "nice" step apart (1, 2 or 5 times a power of ten), at most
    :data:`MAX_INTERVALS` intervals."""
    longest = max(longest, 1)
    step = next(step for power in count() for step in (10 ** power, 2 * 10 ** power,
                                                        5 * 10 ** power)
                if -(-longest // step) <= MAX_INTERVALS)
    return list(range(0, -(-longest // step) * step + 1, step))


@dataclass(frozen=True)
class _Frame:
    """Where the bars are drawn: from ``left`` to the right margin, ``top`` to ``bottom``;
    ``scale``: px per count."""

    left: float
    top: float
    bottom: float
    scale: float

    def x(self, value: float) -> str:
        return _number(self.left + value * self.scale)


def _label(text: str, x: float, y: float) -> str:
    """A category label ending at ``x``: cut to :data:`LABEL_CHARS`, the full text in its
    ``<title>``. Arabic labels read right to left: their start is then their right end,
    so they are anchored at their start, in the site's Arabic font where the reader has it."""
    shown = _shown(text)
    full = f"<title>{_xml(text)}</title>" if shown != text else ""
    attrs = ('xml:lang="ar" direction="rtl" text-anchor="start" font-family="'
             + _xml(f"{ARABIC_FONT}, {FONT_STACK}") + '"'
             if textnorm.language(text) == "ar" else 'text-anchor="end"')
    return (f'<text class="label" x="{_number(x)}" y="{_number(y + 0.35 * FONT_SIZE)}"'
            f" {attrs}>{full}{_xml(shown)}</text>")


def _colour(chart: Chart, label: str, series: str) -> str:
    return COLOURS.get(label if chart.colour_by_row else series, COLOURS["bar"])


def _bars(chart: Chart, rows: tuple[tuple, ...], frame: _Frame) -> list[str]:
    """Each row's label and its bar: one segment per series, left to right."""
    out = []
    for index, (label, *values) in enumerate(rows):
        middle = frame.top + (index + 0.5) * ROW
        out.append(_label(str(label), frame.left - GAP, middle))
        start = 0
        for series, value in zip(chart.headers[1:], values, strict=True):
            out.append(f'<rect class="bar" x="{frame.x(start)}" y="{_number(middle - BAR / 2)}"'
                       f' width="{_number(value * frame.scale)}" height="{BAR}"'
                       f' fill="{_colour(chart, str(label), series)}">'
                       f"<title>{_xml(f'{label}, {series}: {value}')}</title></rect>")
            start += value
    return out


def _axis(chart: Chart, marks: list[int], frame: _Frame) -> tuple[list[str], list[str]]:
    """The gridlines (drawn under the bars), and the axes with their ticks' labels and the
    unit (over them)."""
    grid, axes = [], []
    for mark in marks:
        grid.append(f'<line x1="{frame.x(mark)}" y1="{_number(frame.top)}" x2="{frame.x(mark)}"'
                    f' y2="{_number(frame.bottom + 5)}" stroke="{GRID}"/>')
        axes.append(f'<text class="tick" x="{frame.x(mark)}" y="{_number(frame.bottom + 20)}"'
                    f' text-anchor="middle">{mark:,}</text>')
    right = WIDTH - RIGHT
    axes += [f'<path d="M{_number(frame.left)} {_number(frame.top)}V{_number(frame.bottom)}'
             f'H{right}" fill="none" stroke="{INK}"/>',
             f'<text class="unit" x="{_number((frame.left + right) / 2)}"'
             f' y="{_number(frame.bottom + 44)}" text-anchor="middle">{_xml(chart.unit)}</text>']
    return grid, axes


def _legend(chart: Chart, frame: _Frame) -> list[str]:
    """The series' colours, over the bars, when there are several."""
    series = chart.headers[1:]
    if len(series) < 2:
        return []
    out, x = [], frame.left
    for name in series:
        out += [f'<rect class="key" x="{_number(x)}" y="{TOP}" width="12" height="12"'
                f' fill="{_colour(chart, "", name)}"/>',
                f'<text class="key" x="{_number(x + 17)}"'
                f' y="{_number(TOP + 6 + 0.35 * FONT_SIZE)}">{_xml(name)}</text>']
        x += 17 + _text_width(name) + 18
    return out


def svg(chart: Chart) -> bytes:
    """The chart as SVG bytes: horizontal bars, one stacked segment per series, the first
    row on top (as in the data table), with the chart's title and text alternative. The
    same chart gives the same bytes."""
    rows = chart.rows or (("(none)", *(0 for _ in chart.headers[1:])),)
    left = GAP + max(_text_width(_shown(str(row[0]))) for row in rows) + GAP
    top = TOP + (LEGEND if len(chart.headers) > 2 else 0)
    marks = _ticks(max(sum(row[1:]) for row in rows))
    frame = _Frame(round(left), top, top + ROW * len(rows),
                   (WIDTH - RIGHT - round(left)) / marks[-1])
    height = _number(frame.bottom + BOTTOM)
    grid, axes = _axis(chart, marks, frame)
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="title desc"'
             f' width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}"'
             f' font-family="{_xml(FONT_STACK)}" font-size="{FONT_SIZE}" fill="{INK}">',
             f'<title id="title">{_xml(chart.title)}</title>',
             f'<desc id="desc">{_xml(chart.alt)}</desc>',
             '<rect width="100%" height="100%" fill="#fff"/>',
             *grid, *_bars(chart, rows, frame), *axes, *_legend(chart, frame), "</svg>", ""]
    return "\n".join(parts).encode("utf-8")
