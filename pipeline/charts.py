"""The site's charts: static SVG drawn with matplotlib from the package's records at build time.

Why matplotlib: it is a long-maintained library already common in data work, draws offline
with no browser or CDN, shapes Arabic labels itself (libraqm, from 3.11), and its SVG output
is byte-reproducible once its two varying parts are fixed: the ``Date`` metadata (set to
None) and the salt of its element ids (``svg.hashsalt``). Text is drawn as paths with the
fonts matplotlib ships, so a chart looks the same in every browser, and each chart comes
with a text alternative and its data as a table (see :func:`pipeline.docs.chart_figure`).

Each chart is described by a :class:`Chart`: its title, a sentence that says what it
shows (the ``alt`` text), and the counts it draws, so the text and the picture come from
the same numbers.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from datetime import date

#: Fixed so that two builds write the same SVG bytes (matplotlib salts its ids otherwise).
HASH_SALT = "hamas-syria-relations"
#: Colours with at least 3:1 contrast against white, told apart by more than hue alone.
COLOURS = {"Arabic": "#00695c", "English": "#b3541e", "bar": "#00695c", "missing": "#b71c1c",
           "machine": "#1565c0", "post-edited": "#2e7d32", "stale": "#ef6c00",
           "original": "#616161"}
NO_OUTLET = "no outlet named"


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


def svg(chart: Chart) -> bytes:
    """The chart as SVG bytes: horizontal bars, one stacked segment per series."""
    from matplotlib import rcParams
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    rcParams["svg.hashsalt"] = HASH_SALT
    labels = [str(row[0]) for row in chart.rows] or ["(none)"]
    figure = Figure(figsize=(7.2, 1.1 + 0.42 * len(labels)), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    series = chart.headers[1:]
    left = [0] * len(chart.rows)
    for index, name in enumerate(series):
        values = [row[1 + index] for row in chart.rows]
        colours = ([COLOURS.get(str(row[0]), COLOURS["bar"]) for row in chart.rows]
                   if chart.colour_by_row else COLOURS.get(name, COLOURS["bar"]))
        # Bars at numbered positions, labelled below: labels that look like numbers or
        # dates (an outlet named "2024") stay categories.
        axes.barh(range(len(values)), values, left=left, color=colours,
                  label=name if len(series) > 1 else None)
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(range(len(labels)), labels)
    axes.invert_yaxis()  # first row on top, as in the table
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(chart.unit)
    axes.spines[["top", "right"]].set_visible(False)
    if len(series) > 1:
        figure.legend(frameon=False, loc="outside upper right", ncols=len(series))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()
