"""The charts' SVG, read back with an XML parser: bars in proportion to the counts, nice
ticks, labels kept as escaped text (Arabic ones right to left), the same bytes every time.

The site's own charts, in a browser, are checked in test_browser.py."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import charts, textnorm

SVG = "{http://www.w3.org/2000/svg}"
#: How far apart two coordinates may be and be the same: each is written with two decimals,
#: and the px per count read from the ticks' positions is then a little off too.
PX = 0.03
#: Labels of the kinds the charts meet: markup that must stay text, Arabic, over-long, and
#: a character XML forbids.
HOSTILE = '<b>A</b> & "B" \'C\''
ARABIC = "الجزيرة نت"
LONG = "An outlet whose name is far longer than the space a label is given"


def _parse(chart: charts.Chart) -> ET.Element:
    return ET.fromstring(charts.svg(chart))


def _all(root: ET.Element, tag: str, css: str) -> list[ET.Element]:
    return [e for e in root.iter(SVG + tag) if e.get("class") == css]


def _shown_text(element: ET.Element) -> str:
    """A text element's own text, without its <title> child."""
    return (element.text or "") + "".join(child.tail or "" for child in element)


def _two_series(rows) -> charts.Chart:
    return charts.Chart("test", "A title & <more>", "Says what it draws.",
                        ("Outlet", "Arabic", "English"), tuple(rows), "Articles")


def check_bars(chart: charts.Chart, root: ET.Element) -> None:
    """One bar per row per series, in order, each segment after the last, every width the
    same number of px per count as the x axis' ticks."""
    series = len(chart.headers) - 1
    bars = _all(root, "rect", "bar")
    assert len(bars) == len(chart.rows) * series
    ticks = _all(root, "text", "tick")
    values = [int(t.text.replace(",", "")) for t in ticks]
    positions = [float(t.get("x")) for t in ticks]
    scale = (positions[-1] - positions[0]) / values[-1]
    for index, row in enumerate(chart.rows):
        segments = bars[index * series:(index + 1) * series]
        assert len({s.get("y") for s in segments}) == 1
        start = positions[0]
        for segment, value in zip(segments, row[1:], strict=True):
            x, width = float(segment.get("x")), float(segment.get("width"))
            assert math.isclose(x, start, abs_tol=PX)
            assert math.isclose(width, value * scale, abs_tol=PX)
            start = x + width
    tops = [float(bars[i * series].get("y")) for i in range(len(chart.rows))]
    assert tops == sorted(tops)  # the first row on top, as in the data table


def check_ticks(chart: charts.Chart, root: ET.Element) -> None:
    """Integer ticks from 0, a step of 1, 2 or 5 times a power of ten, the last at or past
    the longest bar and the one before it short of it."""
    values = [int(t.text.replace(",", "")) for t in _all(root, "text", "tick")]
    step = values[1] - values[0]
    assert values[0] == 0 and values == list(range(0, values[-1] + 1, step))
    assert str(step).rstrip("0") in ("1", "2", "5")
    longest = max([sum(row[1:]) for row in chart.rows] + [1])
    assert values[-1] >= longest > values[-1] - step
    assert len(values) - 1 <= charts.MAX_INTERVALS


def test_bars_ticks_labels_and_text_are_what_the_chart_says():
    rows = [(HOSTILE, 3, 0), (ARABIC, 17, 4), (LONG, 0, 9), ("2024", 1, 1)]
    chart = _two_series(rows)
    data = charts.svg(chart)
    root = ET.fromstring(data)
    assert root.get("role") == "img"
    assert root.find(SVG + "title").text == chart.title
    assert root.find(SVG + "desc").text == chart.alt
    check_bars(chart, root)
    check_ticks(chart, root)
    labels = _all(root, "text", "label")
    assert [_shown_text(label) for label in labels][:2] == [HOSTILE, ARABIC]
    assert b"<b>" not in data and b"&lt;b&gt;A&lt;/b&gt; &amp; &quot;B&quot;" in data
    arabic = labels[1]
    assert arabic.get("direction") == "rtl" and arabic.get("text-anchor") == "start"
    assert arabic.get("font-family").startswith(charts.ARABIC_FONT)
    assert all(label.get("direction") is None for label in labels if label is not arabic)
    long = labels[2]
    assert long.find(SVG + "title").text == LONG
    shown = _shown_text(long)
    assert len(shown) == charts.LABEL_CHARS and shown.endswith("…")
    assert LONG.startswith(shown[:-1])
    assert [t.text for t in _all(root, "text", "key")] == list(chart.headers[1:])
    assert _all(root, "text", "unit")[0].text == chart.unit


def test_the_same_chart_gives_the_same_bytes_and_each_row_its_height():
    rows = [(f"Outlet {n}", n, 2 * n) for n in range(1, 6)]
    first = charts.svg(_two_series(rows))
    assert first == charts.svg(_two_series(list(rows)))
    height = float(ET.fromstring(first).get("viewBox").split()[3])
    longer = ET.fromstring(charts.svg(_two_series([*rows, ("Outlet 6", 1, 1)])))
    assert float(longer.get("viewBox").split()[3]) == height + charts.ROW


def test_one_series_has_no_legend_and_statuses_keep_their_colours():
    chart = charts.sentences_by_status({"machine": 40, "original": 7, "missing": 2},
                                       ["original", "machine", "post-edited", "missing"])
    root = _parse(chart)
    check_bars(chart, root)
    assert _all(root, "text", "key") == []
    assert [bar.get("fill") for bar in _all(root, "rect", "bar")] == [
        charts.COLOURS[row[0]] for row in chart.rows]


def test_a_character_xml_forbids_leaves_the_chart_readable():
    chart = _two_series([("Outlet\ufffe\x01", 1, 2)])
    label = _all(_parse(chart), "text", "label")[0]
    assert _shown_text(label) == "Outlet\ufffd\ufffd"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=60), st.integers(0, 10 ** 6), st.integers(0, 10 ** 6)),
                min_size=1, max_size=12))
def test_any_labels_and_counts_make_a_readable_proportional_chart(rows):
    chart = _two_series(rows)
    root = _parse(chart)
    check_bars(chart, root)
    check_ticks(chart, root)
    for label, row in zip(_all(root, "text", "label"), rows, strict=True):
        rtl = textnorm.language(row[0]) == "ar"
        assert (label.get("direction") == "rtl") == rtl
        assert len(_shown_text(label)) <= charts.LABEL_CHARS
