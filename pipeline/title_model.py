"""A learned second opinion on the headline: gradient-boosted trees ranking a page's lines.

The rules of :mod:`pipeline.clean` choose the headline by layouts they were fitted on; on
pages of layouts no rule had met they were right about 87 times in 100 (first sight over
2,016 blind pages). This model reads each line over the text (and the text's first three)
by features any layout shows: its length, its marks, where it stands, whether it is printed
twice, how many of its words the text's opening tells again, what the lines round it are
(dated, a byline, prose, a cue), and what the rules read of it (a line they name a credit,
a label or a promo; one they weigh); it ranks a page's lines against each other. Trained
on every labelled page (``python -m pipeline title-model``, the ``train`` extra), it is
asked only where the rules' line looks unlike the headline to it, and overrides them only
by a clear margin (see :func:`pipeline.clean._weighed_title`); measured by first sight in
docs/methodology.md ("A learned second opinion on titles").

The trees are stored in ``title_model.json`` beside this file (a build's code digest
hashes it, so a retrained model remakes the clean stage) and compiled once a process to
one Python function of nested comparisons.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from . import validate
from .errors import PipelineError, Problem

MODEL_FILE = Path(__file__).with_name("title_model.json")

#: The line's own flags (attributes of pipeline.clean.Line read as booleans).
LINE_FLAGS = ("bullet", "ticker", "run_on", "breadcrumb", "gallery_caption", "server_notice",
              "photo_credit", "structured_data", "furniture", "prose", "date_stamp",
              "byline_shaped", "headline_shaped", "bare_name", "dated_label",
              "glued_duplicate")
#: Of those, the flags read from a search of the line's dates or of a byline's patterns,
#: which most lines of the text are never asked for but by the model: a line's ceiling (see
#: PageView.scores_under) leaves them unread, as it does the line's own dates and
#: SEARCHED_NEIGHBOUR_FLAGS. (A credit line's reading is read with the rest: a paragraph,
#: longer than a byline, is spared its search.)
SEARCHED_LINE_FLAGS = ("date_stamp", "byline_shaped", "headline_shaped", "bare_name", "dated_label")
#: Upper bounds of the word-count buckets (a line longer than the last is in "w_more").
WORD_BUCKETS = (1, 2, 3, 4, 7, 12, 20, 30)
WORD_BUCKET_NAMES = (*(f"w{bound}" for bound in WORD_BUCKETS), "w_more")
#: The neighbours read, by their offset from the line, and what is read of each.
NEIGHBOURS = (("next", 1), ("previous", -1), ("second_next", 2))
NEIGHBOUR_FLAGS = ("dates", "dated_label", "byline", "prose", "long", "short", "stop", "cue",
                   "credit", "furniture")
SEARCHED_NEIGHBOUR_FLAGS = ("dates", "dated_label", "byline")
#: Candidates: every line over the text, and the text's first lines (a headline the text's
#: block swallowed: a site's name and a disclaimer over it, see clean._title_inside_run).
LINES_INTO_TEXT = 3
#: The text's opening lines whose words a headline's are sought in (its story told again).
TEXT_LINES_TELLING = 2

FEATURES: tuple[str, ...] = (
    *LINE_FLAGS, "dates", "credit", "cue", "cue_related",
    *WORD_BUCKET_NAMES,
    "ends_stop", "ends_question", "ends_colon", "has_colon", "has_pipe", "has_dash",
    "has_quote", "digits", "ascii", "title_case", "all_caps",
    *(f"above_{distance}" for distance in range(1, 9)), "above_more",
    *(f"into_text_{depth}" for depth in range(LINES_INTO_TEXT)),
    *(f"from_top_{index}" for index in range(6)), "from_top_more",
    "rules_name_it", "rules_filter_it", "rules_weigh_it", "told_by_text",
    "printed_twice", "inside_longer", "longest", "share_of_longest", "next_longer",
    "previous_longer", "next_headline_length",
    *(f"{name}_{flag}" for name, _ in NEIGHBOURS for flag in NEIGHBOUR_FLAGS),
    *(f"{name}_none" for name, _ in NEIGHBOURS),
    *(f"{name}_{bucket}" for name in ("next", "previous") for bucket in WORD_BUCKET_NAMES),
)
_INDEX = {name: index for index, name in enumerate(FEATURES)}
#: The positions of the features a line's ceiling leaves unread (see SEARCHED_LINE_FLAGS).
_SEARCHED_POSITIONS = frozenset(_INDEX[name] for name in (
    *SEARCHED_LINE_FLAGS, "dates",
    *(f"{name}_{flag}" for name, _ in NEIGHBOURS for flag in SEARCHED_NEIGHBOUR_FLAGS)))
#: The neighbours' flags read before their searched ones (SEARCHED_NEIGHBOUR_FLAGS).
_UNSEARCHED_NEIGHBOUR_FLAGS = tuple(flag for flag in NEIGHBOUR_FLAGS
                                    if flag not in SEARCHED_NEIGHBOUR_FLAGS)
#: For each neighbour, its offset, the positions of its flags (in the order of
#: _UNSEARCHED_NEIGHBOUR_FLAGS, then of SEARCHED_NEIGHBOUR_FLAGS), of its length's buckets by
#: name (none for the second line under) and of its absence.
_NEIGHBOUR_POSITIONS = tuple(
    (offset, tuple(_INDEX[f"{name}_{flag}"] for flag in _UNSEARCHED_NEIGHBOUR_FLAGS),
     tuple(_INDEX[f"{name}_{flag}"] for flag in SEARCHED_NEIGHBOUR_FLAGS),
     {bucket: _INDEX[f"{name}_{bucket}"] for bucket in WORD_BUCKET_NAMES
      if f"{name}_{bucket}" in _INDEX}, _INDEX[f"{name}_none"])
    for name, offset in NEIGHBOURS)
_CLOSERS = "\"'”’»)"
_QUOTES = ('"', "“", "«")


def candidates(lines: Sequence, body_start: int) -> range:
    """The lines a headline may be: those over the text and its first LINES_INTO_TEXT."""
    return range(min(len(lines), body_start + LINES_INTO_TEXT))


def _bucket_by_bounds(words: int) -> str:
    return next((f"w{bound}" for bound in WORD_BUCKETS if words <= bound), "w_more")


#: The word-count bucket of a line of 0, 1, … words, the last for any longer line (looked up:
#: the features ask it of every candidate and its neighbours).
_BUCKET_BY_WORDS = tuple(_bucket_by_bounds(words) for words in range(WORD_BUCKETS[-1] + 2))


def _word_bucket(words: int) -> str:
    return _BUCKET_BY_WORDS[min(words, len(_BUCKET_BY_WORDS) - 1)]


#: The line's own flags, read at once (those searched for apart), and their positions.
_UNSEARCHED_LINE_FLAGS = tuple(flag for flag in LINE_FLAGS if flag not in SEARCHED_LINE_FLAGS)
_LINE_FLAG_VALUES = operator.attrgetter(*_UNSEARCHED_LINE_FLAGS)
_FLAG_POSITIONS = tuple(_INDEX[flag] for flag in _UNSEARCHED_LINE_FLAGS)
_SEARCHED_FLAG_VALUES = operator.attrgetter(*SEARCHED_LINE_FLAGS)
_SEARCHED_FLAG_POSITIONS = tuple(_INDEX[flag] for flag in SEARCHED_LINE_FLAGS)
#: The positions of the line's yes-or-no features read from its text and the rules, in the
#: order PageView.text_tests gives them.
_TEST_POSITIONS = tuple(_INDEX[name] for name in (
    "credit", "cue", "cue_related", "ends_stop", "ends_question", "ends_colon",
    "has_colon", "has_pipe", "has_dash", "has_quote", "ascii", "all_caps", "rules_name_it",
    "rules_filter_it", "rules_weigh_it", "printed_twice", "longest"))
#: The code points of the scripts most pages are printed in (Latin to Arabic) and of the
#: general punctuation (quotes, dashes), and the digits among them (str.isdigit's: ASCII,
#: Arabic-Indic and Persian ones, superscripts), looked for at C speed in a text holding no
#: other character (see _digit_share).
_COMMON_RANGES = ((0x0000, 0x06FF), (0x2000, 0x206F))
_UNCOMMON_CHARACTER = re.compile("[^" + "".join(
    f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in _COMMON_RANGES) + "]")
_COMMON_DIGIT = re.compile("[" + "".join(
    re.escape(chr(code)) for low, high in _COMMON_RANGES for code in range(low, high + 1)
    if chr(code).isdigit()) + "]")


def _neighbour_flags(line) -> tuple[str, tuple]:
    """What a line tells of the lines next to it: its length's bucket and the values of
    _UNSEARCHED_NEIGHBOUR_FLAGS, in their order."""
    words = line.words
    return _word_bucket(words), (line.prose, words >= 12, words <= 3, line.text.endswith("."),
                                 line.cue, line.credit_names is not None, line.furniture)


def _searched_neighbour_flags(line) -> tuple:
    """The values of SEARCHED_NEIGHBOUR_FLAGS of a line next to a candidate, in their order."""
    return line.dates, line.dated_label, line.byline_shaped


def _digit_share(text: str) -> float:
    """The share of the text's characters that are digits (str.isdigit: Arabic-Indic ones,
    superscripts too). (A text of the common ranges alone has its digits found by one
    pattern's scan; any other has each character asked.)"""
    if _UNCOMMON_CHARACTER.search(text) is None:
        return len(_COMMON_DIGIT.findall(text)) / len(text)
    return sum(map(str.isdigit, text)) / len(text)


class PageView:
    """What the features of one page's lines share: the texts, the longest line, and
    the rules' reading of the lines (``reading``: a pipeline.clean.RulesReading). Each line's
    features and score are computed once (the rules' line is scored alone first, then the
    lines that might take its place, each only where its ceiling reaches the bar: see
    scores_under; then, if one might, the others)."""

    def __init__(self, lines: Sequence, body_start: int, reading):
        self.lines, self.body_start, self.reading = lines, body_start, reading
        # (the lines' texts: a candidate's printings are counted in them, a few a page)
        self.texts = [line.text for line in lines]
        self.span = candidates(lines, body_start)
        self.most_words = max((lines[index].words for index in self.span), default=0)
        # (the words a headline's are told again by: the text's opening lines', short ones
        # too, as only words of four letters or more are asked for)
        self.text_words = set(" ".join(self.texts[body_start:body_start + TEXT_LINES_TELLING])
                              .split())
        # (the candidates' texts, one a line: a line is inside a longer one when it is found
        # in them more often than it is printed there whole, see inside_longer)
        self.span_texts = self.texts[:len(self.span)]  # (the span opens at 0)
        self.span_text = "\n".join(self.span_texts)
        self.neighbour_flags: dict[int, tuple[str, tuple]] = {}  # (read once a line: it
        # neighbours up to three candidates)
        self.searched_neighbour_flags: dict[int, tuple] = {}
        self.unsearched: dict[int, list[float]] = {}  # (the vectors, searched features unread)
        self.vectors: dict[int, list[float]] = {}
        self.scores: dict[int, float] = {}
        self.told: dict[int, float] = {}

    def told_by_text(self, index: int) -> float:
        """The share of the line's words of four letters or more that the text's opening
        lines hold too (0 for a line with none)."""
        told = self.told.get(index)
        if told is None and 0 <= index - self.body_start < TEXT_LINES_TELLING:
            # (one of those lines: all its words are theirs, and its share is 1 but for a
            # line with none, a paragraph's words not looked up one by one)
            told = self.told[index] = \
                1.0 if any(len(word) > 3 for word in self.texts[index].split()) else 0.0
        elif told is None:
            words = [word for word in self.texts[index].split() if len(word) > 3]
            told = self.told[index] = sum(map(self.text_words.__contains__, words)) / \
                len(words) if words else 0.0
        return told

    def inside_longer(self, text: str) -> bool:
        """Whether a candidate other than the line's text holds it inside (lines hold no
        newline, so each of the text's finds in span_text lies in one candidate, and one
        printing it whole holds it once)."""
        return self.span_text.count(text) > self.span_texts.count(text)

    def text_tests(self, index: int) -> tuple[bool, ...]:
        """The line's yes-or-no features of its text and the rules' reading, in the order of
        _TEST_POSITIONS."""
        line, reading = self.lines[index], self.reading
        text = line.text
        return (line.credit_names is not None, bool(line.cue), line.cue == "related",
                text.rstrip(_CLOSERS).endswith("."), text.endswith(("?", "؟")),
                text.endswith(":"), ":" in text[:-1], "|" in text,
                " - " in text or " – " in text, any(quote in text for quote in _QUOTES),
                text.isascii(), text.isupper(), index in reading.named,
                index in reading.filtered, index in reading.candidates,
                self.texts.count(text) > 1, line.words == self.most_words)

    def features(self, index: int) -> list[float]:
        """The feature vector (in FEATURES' order) of line ``index``, a candidate."""
        vector = self.vectors.get(index)
        if vector is None:
            vector = self.vectors[index] = self.unsearched_features(index).copy()
            self._searched_features(vector, index)
        return vector

    def unsearched_features(self, index: int) -> list[float]:
        """The feature vector of line ``index``, its searched features (_SEARCHED_POSITIONS)
        left at 0.0."""
        vector = self.unsearched.get(index)
        if vector is None:
            vector = self.unsearched[index] = [0.0] * len(FEATURES)
            self._line_features(vector, index)
            self._place_features(vector, index)
            self._neighbour_features(vector, index)
        return vector

    def score(self, index: int) -> float:
        """The trees' ranking score of line ``index``, a candidate (see likelihoods)."""
        score = self.scores.get(index)
        if score is None:
            score = self.scores[index] = scorer()(self.features(index))
        return score

    def scores_under(self, indices: Sequence[int], bar: float) -> bool:
        """Whether each line of ``indices`` scores under ``bar``: a line is scored only where
        its ceiling, the highest score any values of its searched features could give it
        (read from the rest alone), reaches the bar."""
        ceiling = scorer(unread=_SEARCHED_POSITIONS)
        return all(ceiling(self.unsearched_features(index)) < bar or self.score(index) < bar
                   for index in indices)

    def _line_features(self, vector: list[float], index: int) -> None:
        """The features of the line alone: its flags, its text's marks and words."""
        line = self.lines[index]
        text, words = line.text, line.words
        for positions, values in ((_FLAG_POSITIONS, _LINE_FLAG_VALUES(line)),
                                  (_TEST_POSITIONS, self.text_tests(index))):
            for position, value in zip(positions, values, strict=True):
                if value:
                    vector[position] = 1.0
        vector[_INDEX[_word_bucket(words)]] = 1.0
        vector[_INDEX["digits"]] = _digit_share(text)
        vector[_INDEX["told_by_text"]] = self.told_by_text(index)
        if text.isascii() and (cased := [word for word in text.split() if word[:1].isalpha()]):
            vector[_INDEX["title_case"]] = sum(word[0].isupper() for word in cased) / len(cased)
        if words >= 3 and self.inside_longer(text):
            vector[_INDEX["inside_longer"]] = 1.0

    def _place_features(self, vector: list[float], index: int) -> None:
        """Where the line stands: from the top, over the text or in it, and its length
        beside the lines round it and the longest."""
        lines, words = self.lines, self.lines[index].words
        vector[_INDEX[f"from_top_{index}" if index < 6 else "from_top_more"]] = 1.0
        distance = self.body_start - index
        vector[_INDEX[f"above_{distance}" if 0 < distance <= 8 else
                      "above_more" if distance > 8 else f"into_text_{-distance}"]] = 1.0
        vector[_INDEX["share_of_longest"]] = words / self.most_words
        below = lines[index + 1] if index + 1 < len(lines) else None
        if below is not None and below.words > words:
            vector[_INDEX["next_longer"]] = 1.0
        if below is not None and 5 <= below.words <= 20 and not below.text.endswith("."):
            vector[_INDEX["next_headline_length"]] = 1.0
        if index and lines[index - 1].words > words:
            vector[_INDEX["previous_longer"]] = 1.0

    def _neighbour_features(self, vector: list[float], index: int) -> None:
        """What the lines next to it tell (NEIGHBOURS), or that there is none; their
        searched flags apart (see _searched_features)."""
        lines = self.lines
        for offset, flag_positions, _, bucket_positions, none in _NEIGHBOUR_POSITIONS:
            if not 0 <= index + offset < len(lines):
                vector[none] = 1.0
                continue
            flags = self.neighbour_flags.get(index + offset)
            if flags is None:
                flags = self.neighbour_flags[index + offset] = \
                    _neighbour_flags(lines[index + offset])
            bucket, values = flags
            if bucket in bucket_positions:  # (the second line under: its flags alone)
                vector[bucket_positions[bucket]] = 1.0
            for position, value in zip(flag_positions, values, strict=True):
                if value:
                    vector[position] = 1.0

    def _searched_features(self, vector: list[float], index: int) -> None:
        """The features at _SEARCHED_POSITIONS: the line's searched flags and dates, and its
        neighbours' searched flags."""
        lines = self.lines
        line = lines[index]
        for position, value in zip(_SEARCHED_FLAG_POSITIONS, _SEARCHED_FLAG_VALUES(line),
                                   strict=True):
            if value:
                vector[position] = 1.0
        if line.dates:
            vector[_INDEX["dates"]] = 1.0
        for offset, _, flag_positions, _, _ in _NEIGHBOUR_POSITIONS:
            if not 0 <= index + offset < len(lines):
                continue
            flags = self.searched_neighbour_flags.get(index + offset)
            if flags is None:
                flags = self.searched_neighbour_flags[index + offset] = \
                    _searched_neighbour_flags(lines[index + offset])
            for position, value in zip(flag_positions, flags, strict=True):
                if value:
                    vector[position] = 1.0


def _tree_source(node, file: str, unread: frozenset[int], depth: int = 0) -> str | float:
    """One tree as a Python expression: ``[feature, threshold, left, right]`` (its feature
    read from the local ``x<feature>``), or a leaf's value (a float). A node on a feature of
    ``unread`` (positions) is the higher of its branches: a float where both are, else each
    branch's value held in a local named by the node's depth (no branch under it assigns it)."""
    if isinstance(node, float | int) and not isinstance(node, bool) and math.isfinite(node):
        return float(node)
    if not (isinstance(node, list) and len(node) == 4 and type(node[0]) is int
            and 0 <= node[0] < len(FEATURES) and isinstance(node[1], float | int)
            and not isinstance(node[1], bool) and math.isfinite(node[1])):
        raise PipelineError(Problem("bad-model", "a tree node is neither [feature index, "
                                    "threshold, left, right] nor a finite leaf value",
                                    file=file))
    left, right = (_tree_source(branch, file, unread, depth + 1) for branch in node[2:])
    if node[0] not in unread:
        return f"({_expression(left)} if x{node[0]} <= {float(node[1])!r} " \
            f"else {_expression(right)})"
    if isinstance(left, float) and isinstance(right, float):
        return max(left, right)
    return f"(l{depth} if (l{depth} := {_expression(left)}) >= " \
        f"(r{depth} := {_expression(right)}) else r{depth})"


def _expression(source: str | float) -> str:
    """A tree's part (see _tree_source) as Python source."""
    return repr(source) if isinstance(source, float) else source


def likelihoods(view: PageView) -> list[float]:
    """How likely each of the page's candidates is its headline, in the order of
    ``view.span``: the softmax of the trees' scores (they rank a page's lines against each
    other, so only their differences within a page mean anything)."""
    scores = [view.score(index) for index in view.span]
    top = max(scores, default=0.0)
    weights = [math.exp(score - top) for score in scores]
    total = sum(weights)
    return [weight / total for weight in weights]


def read_model(path: Path = MODEL_FILE) -> dict:
    """The model file's JSON object (what it was trained on, its features, its trees)."""
    model, problems = validate.parse_json(path.read_bytes(), path.name)
    if problems:
        raise PipelineError(problems)
    if not isinstance(model, dict):
        raise PipelineError(Problem("bad-model", "the model file holds no JSON object",
                                    file=path.name))
    return model


@cache
def scorer(path: Path = MODEL_FILE, unread: frozenset[int] = frozenset()
           ) -> Callable[[list[float]], float]:
    """The model at ``path`` as one function: feature vector -> the line's ranking score;
    with ``unread`` (positions of features), the line's ceiling: the highest score any values
    of those features could give, read from the others alone. (Each tree's value is then at
    least its value on the line, and sums of floats in one order keep their order: the
    ceiling is never under the score.)

    Only numbers from the file reach the compiled source (each checked to be one), so a
    hand-edited file can make a bad model, never run code.
    """
    file = path.name
    model = read_model(path)
    if model.get("features") != list(FEATURES) or not isinstance(model.get("trees"), list):
        raise PipelineError(Problem("bad-model", "the model was trained on other features "
                                    "than pipeline/title_model.py computes: retrain it with "
                                    "`python -m pipeline title-model`", file=file))
    # (The features read into locals once, each tree one conditional expression and their
    # values summed as they come, from 0.0 in the trees' order as LightGBM sums them: a
    # score's hundreds of comparisons index no list and store no running sum.)
    names = ", ".join(f"x{index}" for index in range(len(FEATURES)))
    score = " + ".join(["0.0", *(_expression(_tree_source(tree, file, unread))
                                 for tree in model["trees"])])
    namespace: dict = {}
    exec(compile(f"def raw(x):\n    {names} = x\n    return {score}", f"<{file}>", "exec"),
         namespace)
    return namespace["raw"]
