"""Decoding raw bytes and normalising text without harming Arabic letters or diacritics."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable

from .errors import PipelineError, Problem

# Invisible characters that scraped pages carry but text never needs: zero-width space,
# word joiner, BOM, bidi marks, embeddings/overrides and isolates, Arabic letter mark.
# ZWNJ/ZWJ (U+200C/D) are kept: Persian and Urdu orthography depends on them.
# C0 controls other than tab/newline go the same way (one pass removes both kinds).
_INVISIBLE_CHARACTERS = "".join(map(chr, [0x200b, 0x2060, 0xfeff, 0x200e, 0x200f, 0x061c,
                                          *range(0x202a, 0x202f), *range(0x2066, 0x206a),
                                          *range(0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f]))
_INVISIBLE = re.compile(f"[{re.escape(_INVISIBLE_CHARACTERS)}]")
# Runs of spaces made one space, less the single spaces that already are one (most).
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}"
                    r"|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# What _SPACES finds holds one of these: a text without any is left as it is, unscanned.
_SPACE_SIGNS = ("  ", "\t", "\u00a0", "\u1680", *map(chr, range(0x2000, 0x200B)), "\u202f",
                "\u205f", "\u3000")
_CONTROLS = "".join(map(chr, [*range(0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f]))
_CONTROL = re.compile(f"[{re.escape(_CONTROLS)}]")
_CONTROL_BYTES = [ord(control) for control in _CONTROLS]  # (in UTF-8; ints: a test of bytes
# for an int is a memchr, for a one-byte bytes object it first fails to read it as an int)

# (old, new) character pairs, applied by _replace_each: str.translate looks every character
# up in a table, several times slower on Arabic text than a search for each of these few.
# No new character is an old one, so the order does not matter.
_DIGITS = list(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2, strict=True))
# Letter variants folded for matching only (never for stored text): alef forms, alef
# maqsura, taa marbuta, and the Persian yeh/kaf so both orthographies match one key.
_FOLD = list(zip("أإآٱىةیکﻻ", "اااايهيكل", strict=True))
_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

# Letters of the Arabic script (Arabic, Supplement, Extended-A, presentation forms) and
# of the Latin script.
_ARABIC_LETTERS = ("\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
                   "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc")
_LATIN_LETTERS = "A-Za-z\u00c0-\u024f"
ARABIC_LETTER = re.compile(f"[{_ARABIC_LETTERS}]")
# A word of a script: a run of its letters, with the Arabic marks (harakat) and the
# zero-width non-joiner of Persian inside an Arabic word, and an apostrophe inside a
# Latin one ("Hamas's"). Counted as runs by one regular-expression scan of the text.
_ARABIC_IN_WORD = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c"
_ARABIC_WORD = re.compile(f"[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_ARABIC_IN_WORD}]*")
# (Each opens with one character class: a scan skips to its first letter at C speed.)
_LATIN_WORD = re.compile(f"[{_LATIN_LETTERS}][{_LATIN_LETTERS}]*(?:['’][{_LATIN_LETTERS}]+)*")
# The UTF-8 bytes other than a Latin letter's: an ASCII letter's, or the first byte of one
# of U+00C0-U+024F (0xC3-0xC9, never a byte inside another character's).
_NO_LATIN_LETTER_BYTES = bytes(byte for byte in range(256) if not (
    0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A or 0xC3 <= byte <= 0xC9))
# Letters used by Persian (and Urdu) orthography but not by standard Arabic.
PERSIAN_LETTERS = "\u06cc\u06a9\u06af\u067e\u0686\u0698"
_PERSIAN_LETTER = re.compile(f"[{PERSIAN_LETTERS}]")
_ARABIC_ONLY = re.compile(r"[\u064a\u0649\u0643]")  # ي ى ك


def decode(data: bytes, file: str = "") -> tuple[str, str]:
    """Decode raw bytes, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) first; UTF-16 when a BOM or the NUL-byte pattern says
    so; cp1256 when the bytes are not UTF-8 but read as Arabic text. Anything else is a
    clear error naming the file: empty, binary or undecodable.
    """
    if not data.strip():
        raise PipelineError(Problem("empty", "the file is empty or only whitespace", file=file))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise PipelineError(Problem("undecodable", f"starts with a UTF-16 byte-order mark "
                                        f"but is not valid UTF-16: {error.reason} at byte "
                                        f"offset {error.start}", file=file)) from error
        return _reject_binary(text, file), "utf-16"
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise PipelineError(Problem("binary", "the file contains NUL bytes (the first at "
                                        f"byte offset {data.index(0)}) and is not UTF-16 "
                                        "text: it is binary, not a text capture", file=file))
        return _reject_binary(text, file), "utf-16"
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    encoding = "utf-8-sig" if bom else "utf-8"
    try:
        return _reject_binary(data[bom:].decode("utf-8"), file, utf8=data), encoding
    except UnicodeDecodeError as utf8_error:
        invalid, valid = _utf8_counts(data[bom:])
        where = f"byte offset {bom + utf8_error.start}"
        if bom or invalid < max(valid, 0.01 * len(data), 2):
            # Mostly valid UTF-8 with some bad bytes (or a single one): never re-read as
            # another encoding.
            raise PipelineError(Problem(
                "invalid-utf8", f"UTF-8 with {invalid} invalid byte(s), the first at {where} "
                f"({utf8_error.reason})", file=file)) from utf8_error
        text = data.decode("cp1256", errors="replace")
        letters = len(ARABIC_LETTER.findall(text))
        if "\ufffd" not in text and letters >= 0.3 * len(re.findall(r"\w", text)):
            return _reject_binary(text, file), "cp1256"
        raise PipelineError(Problem(
            "undecodable",
            f"not valid UTF-8 ({utf8_error.reason} at {where}) and not "
            "Windows-1256 Arabic either", file=file)) from utf8_error


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """(invalid bytes, valid multi-byte characters) of ``data`` read as UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")
    invalid = len(_ESCAPED_BYTE.findall(text))
    return invalid, sum(ch >= "\x80" for ch in text) - invalid


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def decode_replacing(data: bytes, file: str = "") -> tuple[str, str, str | None]:
    """:func:`decode`, except that the invalid bytes of mostly valid UTF-8 are replaced by
    U+FFFD, one each; the third value then says how many and where the first was."""
    try:
        return (*decode(data, file), None)
    except PipelineError as error:
        if [problem.code for problem in error.problems] != ["invalid-utf8"]:
            raise
        note = error.problems[0].message
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    text = _ESCAPED_BYTE.sub("\ufffd", data[bom:].decode("utf-8", errors="surrogateescape"))
    return _reject_binary(text, file, utf8=data), "utf-8-sig" if bom else "utf-8", \
        f"{note}; each replaced by U+FFFD"


def _utf16_without_bom(data: bytes) -> str | None:
    """The text, if ``data`` is UTF-16 without a byte-order mark; otherwise None."""
    if len(data) % 2:
        return None
    # Latin or Arabic text in UTF-16 has a high byte of 0x00 or 0x06 in every code unit.
    for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high.count(0) + high.count(6) < 0.8 * len(high):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            return None
        readable = sum(ch.isalnum() or ch.isspace() or ch in ".,،:;؛!?؟-\"'()" for ch in text)
        return text if readable >= 0.9 * len(text) else None
    return None


def _reject_binary(text: str, file: str, utf8: bytes = b"") -> str:
    """``text``, unless it holds control characters enough to be binary data. ``utf8``: the
    bytes it was read from as UTF-8, where a control character is the one byte of its code
    and no other character holds such a byte: they are searched instead of the text (a
    search of bytes runs at memchr speed; of Arabic text in memory, not for every byte)."""
    if not (contains_any(utf8, _CONTROL_BYTES) if utf8 else contains_any(text, _CONTROLS)):
        return text  # (substring tests: quicker than a scan of the text)
    controls = len(_CONTROL.findall(text))
    if controls > max(3, 0.01 * len(text)):
        first = _CONTROL.search(text).start()
        raise PipelineError(Problem("binary", f"{controls} control characters (the first at "
                                    f"character offset {first}): this is binary data, not a "
                                    "text capture", file=file))
    return text


def contains_any(text: str, parts: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``parts``: substring tests, each at C speed. (A loop of
    ``in`` tests: map over ``text.__contains__`` calls each through a wrapper, and a
    generator resumes a Python frame for each.)"""
    for part in parts:
        if part in text:
            return True
    return False


def normalise_line(line: str) -> str:
    """NFC, invisible and control characters removed, every space run one space, trimmed."""
    line = _INVISIBLE.sub("", unicodedata.normalize("NFC", line))
    return _SPACES.sub(" ", line).strip()


def lines(text: str) -> list[str]:
    """Normalised lines of ``text``; line i is line i+1 of the file (numbering kept)."""
    return lines_and_plain(text)[0]


def lines_and_plain(text: str) -> tuple[list[str], bool]:
    """:func:`lines`, and whether all of them are known plain: printable, with no space
    doubled or at an end, so that a line's words are its spaces plus one."""
    # normalise_line, whole text at once (one pass each instead of one per line): NFC never
    # composes across a newline, and the invisible characters removed exclude it.
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    found = text.split("\n")
    # A printable line holds no invisible character and no space but the space: only a page
    # with a doubled space or a line that is not printable is searched for them (one
    # substring test for each is quicker than a scan of a page for any).
    plain = "  " not in text and all(map(str.isprintable, found))
    if not plain:
        if contains_any(text, _INVISIBLE_CHARACTERS):
            text = _INVISIBLE.sub("", text)
        if contains_any(text, _SPACE_SIGNS):
            text = _SPACES.sub(" ", text)
        found = text.split("\n")
    return [line.strip() for line in found], plain


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as ASCII digits; same length as ``text``."""
    return text if text.isascii() else _replace_each(text, _DIGITS)  # (isascii: no scan)


def _replace_each(text: str, pairs: list[tuple[str, str]]) -> str:
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def fold_arabic(text: str, keep_length: bool = False) -> str:
    """A matching key: letter variants folded; marks and tatweel dropped unless ``keep_length``."""
    if text.isascii():
        return text  # (an English line: no letter to fold, no mark; isascii reads no character)
    folded = _replace_each(text, _FOLD)
    # (A search finds no mark at C speed; a substitution copies the text all the same.)
    return folded if keep_length or not _ARABIC_MARKS.search(folded) else \
        _ARABIC_MARKS.sub("", folded)


def script_counts(text: str) -> tuple[int, int]:
    """Number of (Arabic-script, Latin-script) words; a word written in both counts twice.

    Words, not letters: Arabic spelling omits short vowels, so a letter count would call
    "وفق موقع Intelligence Online المعني" English.
    """
    return len(_ARABIC_WORD.findall(text)), len(_LATIN_WORD.findall(text))


def language(text: str) -> str | None:
    """The language of ``text`` from its script: ``ar`` when words in Arabic script
    outnumber words in Latin script, ``en`` when Latin ones do, None on a tie (digits and
    punctuation only, say): the caller then takes its context's language. The one
    language guess of the pipeline: paragraphs (clean) and sentences (segment) use it."""
    return language_of_counts(*script_counts(text))


def language_of_counts(arabic: int, latin: int) -> str | None:
    """:func:`language` from :func:`script_counts`, e.g. summed over a whole article."""
    if arabic == latin:
        return None
    return "ar" if arabic > latin else "en"


def languages(texts: list[str]) -> tuple[str | None, list[str | None]]:
    """:func:`language` of all ``texts`` together (their counts summed), and of each.

    When no text holds a Latin word, a text is Arabic when it holds an Arabic letter and
    all are when one is: the Arabic words need no counting (the costlier scan of the two).
    """
    # (A text not in ASCII is first asked whether its UTF-8 bytes hold a Latin letter's:
    # the deletion of all others costs a fraction of the pattern's scan, which tests its
    # class on each character of an Arabic text; most hold none.)
    latin = [len(_LATIN_WORD.findall(text)) if text.isascii() or
             text.encode("utf-8", "surrogatepass").translate(None, _NO_LATIN_LETTER_BYTES)
             else 0 for text in texts]
    count = any(latin)
    # (An ASCII text holds no Arabic letter: isascii reads no character.)
    arabic = [0 if text.isascii() else len(_ARABIC_WORD.findall(text)) if count else
              int(ARABIC_LETTER.search(text) is not None) for text in texts]
    return language_of_counts(sum(arabic), sum(latin)), [
        language_of_counts(*counts) for counts in zip(arabic, latin, strict=True)]


def is_persian_orthography(text: str) -> bool:
    """True for text written with Persian letter forms (ی ک …) rather than Arabic ones."""
    if not contains_any(text, PERSIAN_LETTERS):  # quicker than a scan
        return False
    persian = len(_PERSIAN_LETTER.findall(text))
    return persian >= 2 and persian > len(_ARABIC_ONLY.findall(text))


def alternation(phrases, between: str = "", after_first: str = "") -> str:
    """A regular expression matching any of ``phrases``, the longest one that fits first,
    with ``between`` (a pattern) allowed between their characters and ``after_first`` (a
    look-behind, say) tested right after their first character.

    Written as a trie ("(?:ر(?:جب|مضان)|…)"): at each position of a text one branch per
    letter is tried, where an alternation of every phrase would try each phrase in turn
    (hundreds, for the cue words of page furniture), and compiling it is quicker too.
    Opening with a character, not an assertion, lets the engine skip at C speed to the
    positions where some phrase's first character stands; an assertion before the trie
    would be tried at every position of the text.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here; a longer one may go on
    return _trie_pattern(trie, between, after_first, first=True)


def _trie_pattern(node: dict, between: str, after_first: str = "", first: bool = False) -> str:
    branches = [re.escape(char) + (after_first if first else "") + _trie_pattern(child, between)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    body = body if first else between + body
    # Greedy: the longer phrase is tried first, the end of this one after it.
    return f"(?:{body})?" if "" in node else body
