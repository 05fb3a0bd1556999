"""Split article paragraphs into sentences, and tell Arabic sentences from English ones.

English text is split with pysbd, a maintained rule-based segmenter that knows English
abbreviations ("U.S.", "Mr."). Arabic text is split with the documented rules below, not
with pysbd's Arabic rules: those break at every Arabic comma (،), which cuts clauses off
their sentence and gives the translation model fragments.

Arabic rules (``split_arabic``):

* a sentence ends after a run of ``.`` ``!`` ``?`` ``؟`` followed by any closing quotes or
  brackets and then whitespace;
* ``،`` (comma) and ``؛`` (semicolon) never end a sentence: both join clauses;
* an ellipsis (``..``, ``...`` or ``…``) does not end a sentence: in Arabic news writing it
  is a pause, as in the headline "حماس ودمشق.. اجتماعات وكواليس";
* a full stop after a one-letter word ("د." for doctor, initials "U.") does not end one;
* no break inside a quotation (“…” or «…»), unless the paragraph's quotes are unbalanced,
  in which case quotes are ignored rather than swallowing the rest of the paragraph.

Every sentence is an exact slice of its paragraph with the surrounding whitespace
stripped, so joining the sentences with the whitespace between them gives the paragraph
back (tested as a property).
"""

from __future__ import annotations

import re
from functools import cache

from . import textnorm
from .fileio import sha256_bytes

_TERMINATORS = ".!?؟…"
_CLOSERS = "”\"»’')]"
_OPENERS = {"“": "”", "«": "»"}
# A run of terminators, then closers; group 1 is the run, group 2 what follows the closers.
_END = re.compile(rf"([{re.escape(_TERMINATORS)}]+)[{re.escape(_CLOSERS)}]*(\s+|$)")


def _is_ellipsis(run: str) -> bool:
    return "…" in run or run.count(".") >= 2


def _after_one_letter_word(text: str, dot: int) -> bool:
    """True for "د." or "U.": the full stop follows a word of exactly one letter."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(“«\"'":
        start -= 1
    word = text[start:dot]
    return len(word) == 1 and word.isalpha()


def _quote_depths(text: str) -> list[int] | None:
    """Nesting depth of “…”/«…» quotation before each character; None if unbalanced."""
    depths, stack = [], []
    closers = set(_OPENERS.values())
    for char in text:
        depths.append(len(stack))
        if char in _OPENERS:
            stack.append(_OPENERS[char])
        elif char in closers:
            if not stack or stack[-1] != char:
                return None
            stack.pop()
    return depths if not stack else None


def split_arabic(text: str) -> list[str]:
    """Sentences of an Arabic paragraph, by the rules in this module's docstring."""
    depths = _quote_depths(text)
    sentences, start = [], 0
    for match in _END.finditer(text):
        run = match.group(1)
        if _is_ellipsis(run):
            continue
        if run == "." and _after_one_letter_word(text, match.start(1)):
            continue
        end = match.start(2)
        # Break only outside quotations (closers after the run are part of this sentence).
        if depths is not None and end < len(text) and depths[end] > 0:
            continue
        sentence = text[start:end].strip()
        if sentence:
            sentences.append(sentence)
        start = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


@cache
def _english_segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


#: pysbd's time grows with the square of a paragraph's length (a 1 MB line took minutes):
#: longer text is split a window of this many characters at a time.
PYSBD_MAX_CHARS = 2000


def split_english(text: str) -> list[str]:
    """Sentences of an English paragraph, by pysbd; each one a stripped slice of ``text``.

    Long text is read a window at a time: the window's sentences but the last (which may
    run on past the window) are kept and the next window starts after them; a window
    with no sentence end is cut at its last space."""
    sentences, start = [], 0
    while len(text) - start > PYSBD_MAX_CHARS:
        window = text[start:start + PYSBD_MAX_CHARS]
        spans = _english_spans(window)
        if len(spans) > 1:
            sentences += [window[begin:end] for begin, end in spans[:-1]]
            start += spans[-1][0]
        else:
            cut = window.rfind(" ") + 1 or len(window)
            sentences += [window[:cut].strip()] if window[:cut].strip() else []
            start += cut
    rest = text[start:]
    return sentences + [rest[begin:end] for begin, end in _english_spans(rest)]


def _english_spans(text: str) -> list[tuple[int, int]]:
    """Where pysbd's sentences of ``text`` begin and end, stripped."""
    spans, position = [], 0
    for piece in _english_segmenter().segment(text):
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, position)
        if found < 0 or text[position:found].strip():
            # pysbd changed the text (it should not with clean=False): keep the exact
            # paragraph rather than publish sentences that are not in the source.
            stripped = text.strip()
            return [(text.find(stripped), text.find(stripped) + len(stripped))] \
                if stripped else []
        spans.append((found, found + len(piece)))
        position = found + len(piece)
    # Text pysbd left out (it drops a paragraph of punctuation alone, " !!") is kept as the
    # last sentence: nothing of the source may be lost.
    tail = text[position:].strip()
    if tail:
        begin = text.find(tail, position)
        spans.append((begin, begin + len(tail)))
    return spans


def split_sentences(text: str, language: str) -> list[str]:
    """Sentences of a paragraph written in ``language`` (Arabic rules unless English)."""
    return split_english(text) if language == "en" else split_arabic(text)


def sentence_id(paragraph_id: str, index: int) -> str:
    return f"{paragraph_id}-s{index:02d}"


def segment_article(article: dict) -> list[dict]:
    """The article body as sentences: id, place, language and content hash of each.

    A sentence's language is read from its own script, so an English sentence quoted in
    an Arabic paragraph is recognised (and later kept as it is, not translated).
    """
    sentences = []
    for paragraph in article["body"]:
        for index, text in enumerate(split_sentences(paragraph["text"], paragraph["language"])):
            sentences.append({
                "id": sentence_id(paragraph["id"], index),
                "article_id": article["id"],
                "paragraph_id": paragraph["id"],
                "paragraph_index": paragraph["index"],
                "sentence_index": index,
                "language": textnorm.language(text) or paragraph["language"],
                "text": text,
                "text_sha256": sha256_bytes(text.encode("utf-8")),
            })
    return sentences
