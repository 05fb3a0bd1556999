"""Clean stage: one scraped page (plain text) becomes one explained article record.

The rules look at the shape of lines, not at strings of particular sites:

1. Every line gets features: word count, whether it reads as running prose, the
   script, bullets, breadcrumb separators, glued-together headline tickers, Persian
   orthography, and cue words of common page furniture (share bars, related lists,
   comment forms, tags, footers, widgets) in Arabic and English.
2. The body is the densest cluster of prose lines between hard boundaries (related,
   comments, tags, footer headings). Short lines inside it become subheadings when a
   paragraph follows them; isolated bullet links inside it are related-article links.
3. The title is the best headline-shaped line above the body: repeated on the page
   (duplicate title, breadcrumb), next to a date or byline, and close to the body.
4. Dates and the byline are read only from the header zone around the title, so a
   clock widget or a related article's date is never taken for the publication date.
5. Every other non-blank line is listed in ``removed`` with the reason it went.

``clean_text`` is a pure function; ``run`` does the I/O for the whole corpus.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from tqdm import tqdm

from . import ROOT, dates, schemas, sources, textnorm
from .cache import CACHE_DIR, StageCache, key
from .errors import PipelineError, Problem
from .fileio import atomic_write_bytes, canonical_json, sha256_bytes, sha256_file

# ---------------------------------------------------------------------------------------
# Cue vocabulary: generic words of web page furniture, matched on folded text as whole
# words. They are the words such furniture is built from on any Arabic or English news
# site, not lines copied from particular pages.
_CUES = {
    "related": [
        "ذات صلة", "ذات الصلة", "اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "اقرأ المزيد", "شاهد أيضا",
        "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "أخبار متعلقة", "مقالات مشابهة",
        "مواضيع مشابهة", "قد يعجبك", "قد يهمك", "المزيد من", "أخبار ذات", "related", "read also",
        "read more", "see also", "more from", "most read", "most popular", "recommended",
        "you may also like", "more stories", "also read", "اخترنا لكم", "اخترنا لك",
        "more on this story", "المزيد حول", "مقالات متعلقة", "مواد ذات صلة", "read next",
    ],
    "comments": [
        "التعليقات", "تعليقات", "اترك تعليقا", "أضف تعليق", "اكتب تعليق", "إلغاء الرد",
        "الاسم", "البريد الإلكتروني", "الموقع الإلكتروني", "إرسال", "comments",
        "leave a reply", "leave a comment", "cancel reply", "post comment", "add a comment",
        "آراء القراء", "اراء القراء", "join the discussion", "join the conversation",
    ],
    "tags": [
        "كلمات مفتاحية", "الكلمات المفتاحية", "الكلمات الدلالية", "الوسوم", "وسوم", "مواضيع",
        "tags", "keywords", "topics", "filed under",
    ],
    "footer": [
        "©", "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر", "all rights reserved",
        "copyright", "الذهاب إلى الأعلى", "العودة إلى الأعلى", "العودة للأعلى", "back to top",
        "scroll to top", "سياسة الخصوصية", "privacy policy", "terms of use", "شروط الاستخدام",
        "cookie policy",
    ],
    "widget": [
        "ابحث", "بحث", "البحث", "search", "undefined", "null", "menu", "القائمة", "subscribe",
        "اشترك", "النشرة البريدية", "newsletter", "تابعنا", "follow us", "advertisement", "إعلان",
        "loading", "جار التحميل", "ألبوم صور", "فيديوهات", "الصور", "english", "عربي", "العربية",
        "استمع", "حفظ", "listen", "save", "skip to content", "تخطى إلى المحتوى", "بث مباشر",
        "live", "sign up",
    ],
    "caption": [
        "image caption", "image source", "photo", "picture", "getty images", "صورة", "الصورة",
        "مصدر الصورة", "صور", "أرشيفية", "ارشيفية", "file photo",
    ],
}
_SOCIAL = [
    "فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب", "تيليجرام", "تلغرام", "تلجرام",
    "انستغرام", "الانستغرام", "انستقرام", "لينكدإن", "لينكد إن", "بينتيريست", "يوتيوب",
    "تيك توك", "البريد الإلكتروني", "طباعة", "نسخ الرابط", "facebook", "twitter", "x", "whatsapp",
    "telegram", "instagram", "linkedin", "pinterest", "tumblr", "reddit", "youtube", "tiktok",
    "email", "e-mail", "rss", "print", "copy link", "messenger",
]
_SHARE_VERBS = ["شارك", "شاركها", "شاركوا", "مشاركة", "share", "tweet"]
_UPDATE = ["آخر تحديث", "تحديث", "محدث", "updated", "last updated", "modified"]
# Labels printed before a publication date ("Published date: …"): never an author's name.
_DATE_LABEL = ["نشر", "نشر في", "تاريخ النشر", "التاريخ", "تاريخ", "published", "posted",
               "date", "published on", "first published"]
_AUTHOR = ["بقلم", "كتب", "كتبت", "إعداد", "الكاتب", "المحرر", "by", "author", "written by"]
_ORGANISATION = ["وكالة", "صحيفة", "جريدة", "موقع", "قناة", "شبكة", "agency", "news", "times",
                 "post", "network", "press"]
_READING_TIME = re.compile(r"\d+\s*(?:دقائق|دقيقة|د|min(?:ute)?s?(?: read)?)\b", re.IGNORECASE)

# A copyright notice is furniture even when it names the owner at length.
_RIGHTS = re.compile(r"(?<!\w)(?:all rights reserved|(?:جميع|كل) الحقوق محفوظه)(?!\w)")
# "اقرأ أيضا: <headline>" / "Tags: a, b, c": a furniture label before a colon names the
# line however long the rest is.
_LABEL = re.compile(r"^([^:：]{1,30})[:：]")
_LABEL_REASONS = ("related", "tags")
# A photo-gallery counter opens a caption: "[1/2] …", "Item 1 of 2 …", "صورة 1 من 3 …".
_GALLERY = re.compile(r"^(?:\[\d+\s*/\s*\d+\]|(?:item|image|photo|picture|slide)\s+\d+\s+of\s+\d+"
                      r"|(?:صوره|الصوره)\s+\d+\s+من\s+\d+)", re.IGNORECASE)

GALLERY_HEAD_CHARS = 40

_BULLET = re.compile(r"^(?:[•·▪►▸◦○●■□♦➤✓✔]\s*|[-–—*]\s+)")
_BREADCRUMB_SEPARATORS = re.compile(r"\s[»›>/|→]\s|»")
# Headlines run together: "…البائد؟طلاء…", "…دمشق.استقالة…", "…the regime.Hamas…".
_TICKER_GLUE = re.compile(r"[?؟!](?=[^\s\d.!?؟\"”’)»\]…])|[\u0621-\u064a]\.(?=[\u0621-\u064a])"
                          r"|[a-z]{2}\.(?=[A-Z][a-z])")
_SENTENCE_END = re.compile(r"(?<!\.)\.[\"”’»)\]]*$")
_CLAUSE = re.compile(r"[،,؛;]")
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")  # every date has digits

BOUNDARY_REASONS = ("related", "comments", "tags", "footer")
MAX_CUE_WORDS = 8  # furniture lines are short; a longer line mentioning "comments" is prose
MAX_SHARE_WORDS = 20  # a share bar lists many networks, but is never a paragraph long
MAX_BOILERPLATE_WORDS = 15  # only lines this short are compared across an outlet's pages
MAX_GAP = 3  # non-prose lines allowed between two prose lines of one body
MAX_INLINE_LINKS = 4  # headlines a "read also" box inside the body may list


def _key(text: str) -> str:
    return " ".join(_WORD.findall(textnorm.fold_arabic(text).lower()))


def _phrases(words: list[str]) -> re.Pattern:
    keys = sorted({_key(w) or w for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")


_CUE_PATTERNS = {reason: _phrases(words) for reason, words in _CUES.items()}
_SOCIAL_PATTERN = _phrases(_SOCIAL)
_SHARE_PATTERN = _phrases(_SHARE_VERBS)
_UPDATE_PATTERN = _phrases(_UPDATE)
_DATE_LABEL_PATTERN = _phrases(_DATE_LABEL)
_AUTHOR_PATTERN = re.compile(r"^(?:" + "|".join(re.escape(_key(w)) for w in _AUTHOR) + r")\s+")
_ORGANISATION_PATTERN = _phrases(_ORGANISATION)


# ---------------------------------------------------------------------------------------
class _lazy:  # lowercase: used like functools.cached_property, minus its 3.11 lock
    """A computed-once attribute: the value replaces the descriptor in the instance dict."""

    def __init__(self, func):
        self.func, self.name = func, func.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass
class Line:
    """One non-blank line of the page, with the features the rules look at."""

    number: int  # 1-based line number in the decoded file
    text: str
    boilerplate: bool = False  # repeated across pages of the same outlet

    @_lazy
    def key(self) -> str:
        return _key(self.text)

    @_lazy
    def words(self) -> int:
        return len(self.text.split())

    @_lazy
    def bullet(self) -> bool:
        return bool(_BULLET.match(self.text)) and self.words > 1

    @_lazy
    def ticker(self) -> bool:
        # Several headlines glued together with no space after their final punctuation.
        return self.words >= 12 and next(islice(_TICKER_GLUE.finditer(self.text), 1, 2), None) \
            is not None

    @_lazy
    def glued_duplicate(self) -> bool:
        half, odd = divmod(len(self.text), 2)
        return not odd and half >= 3 and self.text[:half] == self.text[half:]

    @_lazy
    def foreign_script(self) -> bool:
        return textnorm.is_persian_orthography(self.text)

    @_lazy
    def breadcrumb(self) -> bool:
        return len(_BREADCRUMB_SEPARATORS.findall(self.text)) >= 2

    @_lazy
    def gallery_caption(self) -> bool:
        # The counter opens the line: its first words are enough (folding whole lines is slow).
        head = self.text[:GALLERY_HEAD_CHARS]
        return bool(_GALLERY.match(textnorm.fold_arabic(textnorm.to_ascii_digits(head))))

    @_lazy
    def cue(self) -> str | None:
        """The furniture kind this short line belongs to, if its words say so."""
        if self.words > MAX_SHARE_WORDS:
            return None
        if "©" in self.text or _RIGHTS.search(self.key):
            return "footer"  # a long copyright notice is still one
        if self.words > MAX_CUE_WORDS and not self.social_heavy:
            label = _LABEL.match(self.text)
            if label and self.words > len(label.group(1).split()):
                label_key = _key(label.group(1))
                for reason in _LABEL_REASONS:
                    if _CUE_PATTERNS[reason].fullmatch(label_key):
                        return reason
            return None
        if self.social_heavy or (self.words <= 3 and _SHARE_PATTERN.search(self.key)):
            return "share"
        for reason, pattern in _CUE_PATTERNS.items():
            if pattern.search(self.key) or (reason == "footer" and "©" in self.text):
                return reason
        return None

    @_lazy
    def social_heavy(self) -> bool:
        hits = len(_SOCIAL_PATTERN.findall(self.key)) + len(_SHARE_PATTERN.findall(self.key))
        return hits >= 2 and hits * 2 >= len(self.key.split()) - hits

    @_lazy
    def furniture(self) -> bool:
        return (self.boilerplate or self.ticker or self.glued_duplicate or self.foreign_script
                or self.breadcrumb or self.gallery_caption or self.cue is not None)

    @_lazy
    def prose(self) -> bool:
        """Reads as running text of an article: long, or sentence-shaped."""
        if self.furniture or self.bullet:
            return False
        if self.words >= 20:
            return True
        ends_sentence = bool(_SENTENCE_END.search(self.text))
        return (self.words >= 6 and ends_sentence) or (self.words >= 8 and bool(
            _CLAUSE.search(self.text)) and ends_sentence)

    @_lazy
    def dates(self) -> list[dates.FoundDate]:
        return dates.find_dates(self.text) if _DIGIT.search(self.text) else []

    @_lazy
    def byline_shaped(self) -> bool:
        """Starts like a byline ("By …", "بقلم …") or says when it was updated."""
        return bool(_AUTHOR_PATTERN.match(self.key + " ") or _UPDATE_PATTERN.search(self.key))

    @property
    def headline_shaped(self) -> bool:
        # A line ending in a colon introduces what follows (a dateline credit "Cairo- X:",
        # a label): a headline never does.
        return (not self.furniture and not self.bullet and 3 <= self.words <= 40
                and len(self.text) <= 300 and not self.dates and not self.byline_shaped
                and not self.text.endswith((":", "：")))


@dataclass
class _Page:
    lines: list[Line]
    reasons: dict[int, str] = field(default_factory=dict)  # index in lines -> reason

    def remove(self, index: int, reason: str) -> None:
        self.reasons.setdefault(index, reason)


# ---------------------------------------------------------------------------------------
def _inline_related(lines: list[Line], index: int) -> int | None:
    """A "read also" box inside the article: the text goes on right after it.

    The box is a related cue, at most a few headline links, then at least two prose
    lines. A related list after the article is followed by more lists, tags or a
    footer, not by paragraphs, so it still ends the body.
    """
    after = index + 1
    while after < len(lines) and after - index <= MAX_INLINE_LINKS + 1 and \
            not lines[after].prose and lines[after].cue in (None, "related", "share"):
        after += 1
    if after + 1 < len(lines) and lines[after].prose and \
            any(line.prose for line in lines[after + 1:after + 2 + MAX_GAP]):
        return after  # where the text resumes
    return None


def _find_body(lines: list[Line]) -> tuple[int, int] | None:
    """Indices (first, last) of the densest prose cluster, or None when there is none."""
    best, best_mass, best_lines = None, 0, 0
    start = last = None
    mass = gap = count = 0
    box_end = -1  # the text resumes here after a "read also" box inside the body
    for index, line in enumerate([*lines, Line(0, "©")]):  # sentinel closes the last run
        boundary = line.cue in BOUNDARY_REASONS
        if boundary and line.cue == "related" and start is not None and \
                (resume := _inline_related(lines, index)) is not None:
            boundary, box_end = False, resume  # its lines are classified as related
        if index < box_end and not line.prose:
            continue  # the box is not a gap of the text: it may list several links
        if line.prose and not boundary:
            if start is None:
                start, mass, count = index, 0, 0
            last, gap = index, 0
            mass += len(line.text)
            count += 1
            continue
        if start is not None:
            gap += 1
            if boundary or gap > MAX_GAP:
                if mass > best_mass:
                    best, best_mass, best_lines = (start, last), mass, count
                start = None
        if line.cue == "comments" and best_lines >= 2 and start is None:
            # Readers' comments are prose too, and a thread can outweigh a short article;
            # but it comes after the article it discusses. A comment count printed in
            # the header stands before any run of two paragraphs, so it stops nothing.
            break
    return _after_header(lines, best) if best else None


def _after_header(lines: list[Line], body: tuple[int, int]) -> tuple[int, int]:
    """The body without the header lines its first lines hold.

    A standfirst that ends with a full stop reads as prose, so the run can start above
    the byline and the date. The body starts after the last of those; the prose above
    them goes back to the header (standfirst).
    """
    first, last = body
    start = first
    for index in range(first, min(last, first + MAX_GAP + 2) + 1):
        line = lines[index]
        if not line.prose and not line.furniture and (line.dates or line.byline_shaped):
            start = next((j for j in range(index + 1, last + 1) if lines[j].prose), start)
    return start, last


def _find_title(lines: list[Line], body_start: int) -> int | None:
    """Index of the most headline-like line above the body."""
    best, best_score = None, float("-inf")
    scores: dict[int, float] = {}
    texts = [line.text for line in lines]
    for index in range(body_start):
        line = lines[index]
        if not line.headline_shaped:
            continue
        score = 0.0
        if len(line.text) >= 12 and any(line.text in other for j, other in enumerate(texts)
                                        if j != index and j < body_start):
            score += 3  # repeated as a duplicate title, in a breadcrumb or a page title
        if any(other.dates or other.byline_shaped
               for other in lines[index + 1:min(body_start, index + 4)]):
            score += 2  # a headline is followed by its date or byline
        elif any(other.dates for other in lines[max(0, index - 2):index]):
            score += 1  # ... or, on some sites, preceded by its date
        score += 1 if line.words >= 5 else 0  # one- to four-word lines are mostly labels
        if index + 1 == body_start:
            score += 1
        following_cue = next((lines[j].cue for j in range(index - 1, max(-1, index - 6), -1)
                              if lines[j].cue), None)
        if following_cue == "related":
            score -= 2  # an item of a related-articles list
        score -= 0.1 * (body_start - index - 1)
        scores[index] = score
        if score > best_score:
            best, best_score = index, score
    if best is not None and _standfirst_below_title(lines, best, scores):
        return best - 1
    return best


def _standfirst_below_title(lines: list[Line], index: int, scores: dict[int, float]) -> bool:
    """Whether the chosen line is the standfirst printed under a headline just above it.

    Title and standfirst are both headline-shaped, and the standfirst is nearer the date
    and the body, so it wins on proximity. A lone headline-shaped line straight above it,
    scoring about as well and not itself under another headline (a list of links), is
    the title. A title repeated on the page (+3) is trusted as it is.
    """
    above = index - 1
    if above < 0 or above not in scores or lines[above].words < 5:
        return False
    if scores[above] < scores[index] - 0.5 or any(
            len(lines[index].text) >= 12 and lines[index].text in other.text
            for j, other in enumerate(lines) if j != index):
        return False
    return above == 0 or not (lines[above - 1].headline_shaped and lines[above - 1].words >= 5)


def _byline(text: str) -> str | None:
    """The author named in a byline fragment, or None when it does not look like one."""
    text = _READING_TIME.sub("", text).strip(" -–—|:،,")
    key = _key(text)
    if _UPDATE_PATTERN.search(key) or _DATE_LABEL_PATTERN.fullmatch(key):
        return None
    match = _AUTHOR_PATTERN.match(key + " ")
    if match:
        text = " ".join(text.split()[len(match.group(0).split()):])
    # One word is a label ("Listen", "Save") unless a cue said "By …": names have two.
    if not text or any(ch.isdigit() for ch in text) or \
            not (1 if match else 2) <= len(text.split()) <= 6:
        return None
    if re.search(r"[.!?؟]", text):
        return None
    # "Ragip Soylu in Ankara": English bylines add where the reporter filed from.
    text = re.sub(r"\s+in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?$", "", text)
    place, colon, name = text.partition(":")
    if colon:  # "رام الله: كفاح زبون" / "Beirut: Jane Doe": a place, then the name
        name = name.strip()
        return name if len(place.split()) <= 3 and 2 <= len(name.split()) <= 5 else None
    return text


def _read_header(page: _Page, title: int, body_start: int) -> dict:
    """Dates, author and standfirst from the lines around the title; marks them removed."""
    lines = page.lines
    published = updated = None
    author = standfirst = None
    section = None
    first_after_title = True
    zone = [i for i in range(max(0, title - 2), body_start) if i != title]
    for index in zone:
        line = lines[index]
        if line.text == lines[title].text:
            page.remove(index, "duplicate_title")
            section = None  # the page's own header starts again (a related box came first)
            continue
        if line.cue:
            section = line.cue
            page.remove(index, line.cue)
            continue
        if section == "related" and index > title:
            page.remove(index, "related")
            continue
        if line.dates and not line.furniture:
            cursor = 0
            for found in line.dates:
                between = line.text[cursor:found.start]
                if cursor == 0 and author is None:
                    author = _byline(between)
                if _UPDATE_PATTERN.search(_key(between)):
                    # Even when no publication date came first: "Updated: …" alone says
                    # when the text last changed, not when it was published.
                    updated = _better_date(updated, found.value)
                elif published is None or (not _UPDATE_PATTERN.search(_key(between))
                                           and cursor and not published["date"]):
                    # A page printing one date twice (Hijri and Gregorian) is read by the
                    # one that holds: Umm al-Qura and the printed Hijri day may differ.
                    published = _better_date(published, found.value)
                cursor = found.end
            page.remove(index, "dateline")
            continue
        if index < title:
            if author is None and line.byline_shaped and (byline := _byline(line.text)):
                author = byline  # "By …" printed just above the headline
                page.remove(index, "byline")
            continue  # other lines above the title are classified with the rest of the top
        # A byline is the first line under the title, or, further down the header, a line
        # that says so ("By …", "بقلم …") or names a place then a name ("بيروت: …").
        if author is None and not line.furniture and line.words <= 6 and \
                (first_after_title or line.byline_shaped or ":" in line.text.rstrip(":")) \
                and (byline := _byline(line.text)):
            author = byline
            page.remove(index, "byline")
        elif first_after_title and standfirst is None and not line.furniture and (
                line.words >= 8 or (index == title + 1 and line.headline_shaped
                                    and line.words >= 5)):
            standfirst = line.text  # a short one when it is printed right under the title
            page.remove(index, "standfirst")
            continue  # the byline may follow the standfirst as it follows a title
        else:
            page.remove(index, _furniture_reason(line) or "caption")
        first_after_title = False
    return {
        "author": author,
        "standfirst": standfirst,
        "published": published or dates.empty(
            f"the page prints only an update date ({updated['original']}), no publication "
            "date" if updated else "the page prints no publication date near its title"),
        "updated": updated or dates.empty("the page prints no update date"),
    }


def _better_date(current: dict | None, candidate: dict) -> dict:
    """The first date read, unless it could not be established and the candidate could."""
    if current is None or (current["date"] is None and candidate["date"] is not None):
        return candidate
    return current


def _furniture_reason(line: Line) -> str | None:
    if line.boilerplate:
        return "repeated_boilerplate"
    if line.ticker:
        return "ticker"
    if line.foreign_script:
        return "foreign_script"
    if line.breadcrumb:
        return "breadcrumb"
    if line.glued_duplicate:
        return "menu"
    if line.gallery_caption:
        return "caption"
    return line.cue


def _outlet_from_page(lines: list[Line], title: int, author: str | None) -> str | None:
    """The outlet as the page names itself: a site-title line, a glued site name, an agency."""
    for line in lines[:title]:
        if line.glued_duplicate:
            return line.text[: len(line.text) // 2].strip()
        parts = re.split(r"\s[|]\s", line.text)
        if line.dates:
            continue  # "Tuesday, 5 March 2024 | 11:42" is a clock, not "Site | Slogan"
        if len(parts) == 2 and all(1 <= len(p.split()) <= 6 for p in parts):
            return parts[0].strip()
    if author and _ORGANISATION_PATTERN.search(_key(author)):
        return author
    return None


def _classify_body(page: _Page, first: int, last: int) -> list[tuple[int, str]]:
    """Body lines as (index, kind); furniture inside the body is marked removed."""
    lines = page.lines
    kept: list[tuple[int, str]] = []
    in_related = False  # inside a "read also" box that interrupts the text
    for index in range(first, last + 1):
        line = lines[index]
        if line.prose:
            kept.append((index, "paragraph"))
            in_related = False
            continue
        reason = _furniture_reason(line)
        if reason:
            page.remove(index, reason)
            in_related = in_related or (reason == "related" and line.words <= MAX_CUE_WORDS)
            continue
        if in_related:
            page.remove(index, "related")  # a headline link of the box
            continue
        neighbours = [lines[j] for j in (index - 1, index + 1) if first <= j <= last]
        if line.bullet and not any(n.bullet for n in neighbours):
            page.remove(index, "related")  # a lone bullet link between paragraphs
        elif line.bullet:
            kept.append((index, "paragraph"))  # a real list inside the article
        elif index < last and lines[index + 1].prose and line.words <= 15 \
                and not _SENTENCE_END.search(line.text):
            kept.append((index, "subheading"))
        elif re.search(r"[.!?؟:]$", line.text) and line.words >= 3:
            kept.append((index, "paragraph"))
        else:
            page.remove(index, "caption")
    return kept


def _classify_outside(page: _Page, title: int, first: int, last: int) -> None:
    """Reasons for every line above the title and below the body."""
    lines = page.lines
    for index in range(title):
        line = lines[index]
        reason = _furniture_reason(line)
        if reason is None:
            if line.dates and line.words - sum(
                    len(found.value["original"].split()) for found in line.dates) <= 4:
                reason = "widget"  # a clock or date widget, not the article's date
            elif line.bullet or line.words <= 4:
                reason = "menu"
            elif line.prose or line.words >= 12:
                reason = "sidebar"
            else:
                reason = "before_title"
        page.remove(index, reason)
    section = "after_body"
    for index in range(last + 1, len(lines)):
        line = lines[index]
        if line.cue and line.cue != "share":
            section = line.cue  # a heading opens a section: its items share its reason
            page.remove(index, line.cue)
            continue
        reason = _furniture_reason(line)
        if reason is None and line.bullet and section == "after_body":
            reason = "related"  # a lone link list right after the text
        page.remove(index, reason or section)


def clean_text(text: str, *, article_id: str, source_file: str = "", source_sha256: str = "",
               encoding: str = "utf-8", outlet: str | None = None,
               boilerplate: frozenset[str] = frozenset()) -> dict:
    """Turn the decoded text of one page into an article record (schemas/article.schema.json).

    ``boilerplate`` holds line keys seen on other pages of the same outlet
    (see :func:`repeated_lines`); they are never taken for article text.
    Raises :class:`PipelineError` when the page holds no recognisable article.
    """
    lines = [Line(number, content) for number, content in enumerate(textnorm.lines(text), 1)
             if content]
    if boilerplate:
        for line in lines:
            line.boilerplate = line.words <= MAX_BOILERPLATE_WORDS and line.key in boilerplate
    where = {"file": source_file or article_id, "record": article_id}
    body = _find_body(lines)
    if body is None:
        raise PipelineError(Problem("no-article", f"no block of running text found among "
                                    f"{len(lines)} non-blank lines: this page holds no "
                                    "recognisable article", **where))
    title = _find_title(lines, body[0])
    if title is None:
        raise PipelineError(Problem("no-title", "no headline-shaped line stands above the "
                                    f"article text (which starts at line "
                                    f"{lines[body[0]].number})", **where))
    page = _Page(lines)
    page.remove(title, "title")
    header = _read_header(page, title, body[0])
    kept = _classify_body(page, *body)
    _classify_outside(page, title, *body)
    counts = [textnorm.script_counts(lines[i].text) for i, _ in kept]
    language = textnorm.language_of_counts(*map(sum, zip(*counts, strict=True))) or "ar"
    paragraphs = [
        {
            "id": f"{article_id}-p{n:03d}",
            "article_id": article_id,
            "index": n,
            "kind": kind,
            "language": textnorm.language_of_counts(*count) or language,
            "text": lines[i].text,
        }
        for n, ((i, kind), count) in enumerate(zip(kept, counts, strict=True))
    ]
    return {
        "id": article_id,
        "source_file": source_file,
        "source_sha256": source_sha256,
        "encoding": encoding,
        "title": lines[title].text,
        "standfirst": header["standfirst"],
        "outlet": outlet or _outlet_from_page(lines, title, header["author"]),
        "author": header["author"],
        "language": language,
        "published": header["published"],
        "updated": header["updated"],
        "body": paragraphs,
        "removed": [
            {"line": lines[i].number, "text": lines[i].text, "reason": reason}
            for i, reason in sorted(page.reasons.items())
        ],
    }


def repeated_lines(texts: list[str], min_pages: int = 2) -> frozenset[str]:
    """Keys of short lines that appear on at least ``min_pages`` pages of one outlet.

    Page furniture (menus, footers, promos) repeats from page to page of an outlet;
    article text does not. Long prose lines are never counted, so a quotation shared
    by two articles is not mistaken for furniture.
    """
    counts: Counter[str] = Counter()
    for text in texts:
        keys = {_key(line) for line in textnorm.lines(text)
                if line and len(line.split()) <= MAX_BOILERPLATE_WORDS}
        counts.update(key for key in keys if key)
    return frozenset(key for key, count in counts.items() if count >= min_pages)


def clean_source(data: bytes, *, source: dict, boilerplate: frozenset[str] = frozenset()) -> dict:
    """Decode and clean one raw capture described by a manifest record."""
    text, encoding = textnorm.decode(data, file=source["file"])
    return clean_text(text, article_id=source["id"], source_file=source["file"],
                      source_sha256=source["sha256"], encoding=encoding,
                      outlet=source.get("outlet"), boilerplate=boilerplate)


def adhoc_source(path: Path) -> dict:
    """A manifest-shaped record for a page that is not (yet) in sources/."""
    return {"id": re.sub(r"[^A-Za-z0-9_.-]", "_", path.stem) or "page", "file": path.name,
            "sha256": sha256_file(path), "outlet": None}


# ---------------------------------------------------------------------------------------
ARTICLES_DIR = ROOT / "build" / "articles"


@dataclass
class CleanReport:
    articles: list[dict]
    cleaned: int  # articles (re)built in this run
    reused: int  # articles whose inputs had not changed
    digests: dict[str, str]  # id -> SHA-256 of the article file written


def _outlet_lines(files: list[Path]) -> list[str]:
    """The lines repeated across one outlet's pages (in a worker)."""
    texts = []
    for path in files:
        try:
            texts.append(textnorm.decode(Path(path).read_bytes(), file=Path(path).name)[0])
        except PipelineError:
            continue  # reported when the page itself is cleaned
    return sorted(repeated_lines(texts))


def _outlet_boilerplate(records: list[dict], sources_dir: Path, version: str,
                        stage_cache: StageCache, mapper: Callable = map,
                        ) -> tuple[dict[str, frozenset[str]], dict]:
    """For each source id, the lines repeated across other pages of its outlet.

    An outlet's repeated lines are a function of its pages' bytes (pinned by the
    manifest's sha256) and of this code, so they are kept in ``stage_cache`` and only
    worked out again, with ``mapper``, for an outlet whose pages changed. Returns them
    and the cache entries.
    """
    by_outlet: dict[str, list[dict]] = {}
    for record in records:
        if record["outlet"]:
            by_outlet.setdefault(record["outlet"], []).append(record)
    groups = {outlet: group for outlet, group in sorted(by_outlet.items()) if len(group) >= 2}
    entries: dict[str, dict] = {}
    stale: list[str] = []
    for outlet, group in groups.items():
        outlet_key = key(version, sorted((record["id"], record["sha256"]) for record in group))
        entry = stage_cache.entries.get(outlet, {})
        if stage_cache.force or entry.get("key") != outlet_key or "lines" not in entry:
            entry = {"key": outlet_key}
            stale.append(outlet)
        entries[outlet] = entry
    found = mapper(_outlet_lines, [[Path(sources_dir) / record["file"]
                                    for record in groups[outlet]] for outlet in stale])
    for outlet, lines in zip(stale, found, strict=True):
        entries[outlet]["lines"] = lines
    result: dict[str, frozenset[str]] = {}
    for outlet, group in groups.items():
        repeated = frozenset(entries[outlet]["lines"])
        result.update({record["id"]: repeated for record in group})
    return result, entries


#: Below this many pages to clean, starting worker processes costs more than it saves.
PARALLEL_MIN = 200


def _clean_checked(task: tuple[bytes, dict, frozenset[str], str]
                   ) -> tuple[dict | None, list[Problem], str | None]:
    """Clean one page, check its record against the schema and write it (in a worker).

    Returns the record, its problems and the SHA-256 of the file written."""
    data, record, repeated, output = task
    try:
        article = clean_source(data, source=record, boilerplate=repeated)
    except PipelineError as error:
        return None, error.problems, None
    found = schemas.problems(article, "article", file=output)
    if found:
        return article, found, None
    text = canonical_json(article).encode("utf-8")
    # Rebuilt from the sources whenever lost: no fsync (see atomic_write_bytes).
    atomic_write_bytes(Path(output), text, durable=False)
    return article, found, sha256_bytes(text)


@contextmanager
def _parallel(items: int) -> Iterator[Callable]:
    """``map``, over worker processes (one per core) when ``items`` pages pay for them."""
    workers = os.cpu_count() or 1
    if items < PARALLEL_MIN or workers < 2:
        yield map
        return
    # Forked workers start at once with the rules compiled; spawned ones would import
    # everything again (seconds), which is what a process started by spawn would get.
    fork = "fork" in multiprocessing.get_all_start_methods()
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(
            "fork" if fork else None)) as pool:
        yield lambda func, args: pool.map(func, args,
                                          chunksize=max(1, len(args) // (workers * 8)))


def run(*, sources_dir: Path = sources.SOURCES_DIR, out_dir: Path = ARTICLES_DIR,
        cache_dir: Path = CACHE_DIR, force: bool = False) -> CleanReport:
    """Clean every source in the manifest into ``out_dir/<id>.json``.

    A source that fails is reported and skipped; the others are still written. When
    any failed, a :class:`PipelineError` listing every failure is raised at the end.
    """
    records = sources.read_manifest(sources_dir)
    sources.verify(records, sources_dir)
    stage_cache = StageCache("clean", cache_dir, force=force)
    version = stage_cache.step
    outlets_cache = StageCache("clean-outlets", cache_dir, force=force)
    out_dir = Path(out_dir)
    by_id, built, problems, pending = {}, {}, [], []
    with _parallel(len(records)) as mapper:
        boilerplate, outlet_entries = _outlet_boilerplate(records, sources_dir, version,
                                                          outlets_cache, mapper)
        for record in records:
            repeated = boilerplate.get(record["id"], frozenset())
            item_key = key(version, record, sorted(repeated))
            output = out_dir / f"{record['id']}.json"
            previous = stage_cache.output(record["id"], item_key, output)
            if previous is not None:
                by_id[record["id"]] = previous
                built[record["id"]] = stage_cache.entries[record["id"]]
            else:
                pending.append((record, item_key, output, repeated))
        tasks = [((Path(sources_dir) / record["file"]).read_bytes(), record, repeated,
                  str(output)) for record, _, output, repeated in pending]
        results = tqdm(mapper(_clean_checked, tasks), total=len(tasks), desc="clean",
                       unit="article", disable=None)
        for (record, item_key, _, _), (article, found, written) in zip(pending, results,
                                                                       strict=True):
            if found:
                problems += found
                continue
            by_id[record["id"]] = article
            built[record["id"]] = {"key": item_key, "sha256": written}
    reused = len(records) - len(pending)
    articles = [by_id[record["id"]] for record in records if record["id"] in by_id]
    cleaned = len(articles) - reused
    known = {f"{record['id']}.json" for record in records}
    for orphan in out_dir.glob("*.json"):
        if orphan.name not in known:
            orphan.unlink()  # its source left the manifest: it must not reach the package
    stage_cache.save(built)
    outlets_cache.save(outlet_entries)
    if problems:
        raise PipelineError(problems, f"clean: {len({p.record or p.file for p in problems})} of "
                            f"{len(records)} sources failed; the others were written")
    digests = {article["id"]: built[article["id"]]["sha256"] for article in articles}
    return CleanReport(articles, cleaned, reused, digests)
