"""Dates as printed on Arabic and English news pages.

Recognised: day-month-year and month-day-year with Gregorian month names in both
Arabic families (سبتمبر / أيلول, also side by side: كانون الأول/ديسمبر), Maghrebi forms
(Algerian, Tunisian, Moroccan) and English, with English ordinal days (8th), and after a
day French ("8 avril 2024"), Spanish and Portuguese ones ("22 de abril de 2026"); Hijri
dates (converted with the Umm al-Qura tables of ``hijridate``); ISO ``YYYY-MM-DD``;
numeric dates (dots and dashes are day-first, slashes only on Arabic lines or when the
printed weekday settles the order), also after a weekday and a clock ("الأربعاء 12:00
7-11-2012"); month-year. Arabic-Indic and Persian digits are read as ASCII digits.
Vocalised month names and "شهر" before a month are read. A printed weekday is checked
against the date. Relative dates ("منذ 3 ساعات") are found but never given a date. A
month and day with no year ("Nov 28") are dated only against a day the page was shown
(see :func:`month_day_before`).

Every result keeps the original string. When a date cannot be established safely
(ambiguous numbers, impossible day, weekday conflict, out-of-range Hijri year, later
than the capture, outside the calendar tables), the ISO date is ``None`` and ``note``
says why: a wrong date is worse than none."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from hijridate import Hijri

from .textnorm import alternation, contains_any, fold_arabic

CALENDAR_GREGORIAN = "gregorian"
CALENDAR_HIJRI = "hijri"

# Month names, keyed by their folded form (see textnorm.fold_arabic) -> month number.
_GREGORIAN_NAMES = {
    1: ["يناير", "كانون الثاني", "جانفي", "January", "Jan"],
    2: ["فبراير", "شباط", "فيفري", "February", "Feb"],
    3: ["مارس", "آذار", "March", "Mar"],
    4: ["أبريل", "إبريل", "نيسان", "أفريل", "April", "Apr"],
    5: ["مايو", "أيار", "ماي", "May"],
    6: ["يونيو", "يونيه", "حزيران", "جوان", "June", "Jun"],
    7: ["يوليوز", "يوليو", "يوليه", "تموز", "جويلية", "July", "Jul"],
    8: ["غشت", "أغشت", "أغسطس", "آب", "أوت", "August", "Aug"],
    9: ["شتنبر", "سبتمبر", "أيلول", "September", "Sept", "Sep"],
    10: ["أكتوبر", "تشرين الأول", "October", "Oct"],
    11: ["نونبر", "نوفمبر", "تشرين الثاني", "November", "Nov"],
    12: ["دجنبر", "دجمبر", "ديسمبر", "كانون الأول", "December", "Dec"],
}
# Maghrebi and West African sites print their stamp in French on Arabic pages ("8 avril
# 2024 | 16:45"), and French abbreviations of the names on their English editions ("22 avr.
# 2026 à 16h05"). Read only after a day: "Mars 2030" on an English page is the planet.
_FRENCH_NAMES = {
    1: ["janvier", "janv"], 2: ["février", "fevrier", "févr", "fevr"], 3: ["mars"],
    4: ["avril", "avr"], 5: ["mai"], 6: ["juin"], 7: ["juillet", "juil"], 8: ["août", "aout"],
    9: ["septembre"], 10: ["octobre"], 11: ["novembre"], 12: ["décembre", "decembre", "déc"],
}
# Arab community papers in Latin America print their stamp in Spanish or Portuguese ("22 de
# abril de 2026", "12 de julho de 2026"). Read only after a day, as the French ones are.
_IBERIAN_NAMES = {
    1: ["enero", "janeiro"], 2: ["febrero", "fevereiro"], 3: ["marzo", "março"], 4: ["abril"],
    5: ["mayo", "maio"], 6: ["junio", "junho"], 7: ["julio", "julho"], 8: ["agosto"],
    9: ["septiembre", "setiembre", "setembro"], 10: ["octubre", "outubro"],
    11: ["noviembre", "novembro"], 12: ["diciembre", "dezembro"],
}
# English pages transliterate Hijri months ("5 Rajab 1445 AH").
_HIJRI_NAMES = {
    1: ["محرم", "المحرم", "Muharram"],
    2: ["صفر", "Safar"],
    3: ["ربيع الأول", "ربيع الاول", "Rabi al-Awwal", "Rabi' al-Awwal", "Rabi I"],
    4: ["ربيع الثاني", "ربيع الآخر", "ربيع الاخر", "Rabi al-Thani", "Rabi' al-Thani",
        "Rabi al-Akhir", "Rabi II"],
    5: ["جمادى الأولى", "جمادى الاولى", "جمادى الأول", "Jumada al-Ula", "Jumada al-Awwal",
        "Jumada I"],
    6: ["جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة", "Jumada al-Akhirah",
        "Jumada al-Thani", "Jumada II"],
    7: ["رجب", "Rajab"],
    8: ["شعبان", "Shaban", "Sha'ban"],
    9: ["رمضان", "Ramadan"],
    10: ["شوال", "Shawwal"],
    11: ["ذو القعدة", "ذي القعدة", "Dhu al-Qadah", "Dhu al-Qa'dah", "Dhul Qadah"],
    12: ["ذو الحجة", "ذي الحجة", "Dhu al-Hijjah", "Dhul Hijjah"],
}
# Coptic months, printed by Egyptian church pages before the Gregorian date ("29 كيهك 1742
# ش - 7 يناير 2026 م"): read as a date (no line's words) and never given a Gregorian day.
_COPTIC_NAMES = ["توت", "بابه", "بابة", "هاتور", "هتور", "كيهك", "كياك", "طوبه", "طوبة", "أمشير",
                 "برمهات", "برمودة", "برموده", "بشنس", "بؤونة", "بؤونه", "بئونة", "أبيب", "مسرى",
                 "النسيء", "نسيء"]
# The months of the Libyan calendar of 1986-2011 ("الخميس 21 التمور 2010" is 21 October
# 2010), printed by Libyan pages of those years with the Gregorian year. Each name is also a
# common word ("الماء" water, "الصيف" summer, "ناصر" a given name, "التمور" dates), so they
# are read only in the shape of a whole date: a day before the name, and after it a year
# of the years the calendar was in use (see _LIBYAN_YEAR); the name alone is no month.
_LIBYAN_NAMES = {
    1: ["أي النار"], 2: ["النوار"], 3: ["الربيع"], 4: ["الطير"], 5: ["الماء"], 6: ["الصيف"],
    7: ["ناصر"], 8: ["هانيبال"], 9: ["الفاتح"], 10: ["التمور"],
    11: ["الحرث"], 12: ["الكانون"],
}
_WEEKDAYS = {  # Python weekday(): Monday is 0
    0: ["الاثنين", "الإثنين", "Monday", "Mon"],
    1: ["الثلاثاء", "Tuesday", "Tue"],
    2: ["الأربعاء", "الاربعاء", "Wednesday", "Wed"],
    3: ["الخميس", "Thursday", "Thu"],
    4: ["الجمعة", "Friday", "Fri"],
    5: ["السبت", "Saturday", "Sat"],
    6: ["الأحد", "الاحد", "Sunday", "Sun"],
}

#: Hijri years covered by the Umm al-Qura tables in hijridate.
HIJRI_YEARS = (1343, 1500)


def _lookup(table: dict[int, list[str]]) -> dict[str, int]:
    return {fold_arabic(name).lower(): number for number, names in table.items() for name in names}


_FRENCH = _lookup(_FRENCH_NAMES)
_IBERIAN = _lookup(_IBERIAN_NAMES)
_GREGORIAN = _lookup(_GREGORIAN_NAMES) | _FRENCH | _IBERIAN
_HIJRI = _lookup(_HIJRI_NAMES)
_WEEKDAY = _lookup(_WEEKDAYS)
_LIBYAN = _lookup(_LIBYAN_NAMES)
# Drupal's Arabic locale prints the weekday without its article ("خميس, 10/22/2026 - 18:20"):
# read only right before a numeric date ("أحد" and "جمعة" are words of their own elsewhere).
_BARE_WEEKDAY = _lookup({number: [name[2:] for name in names if name.startswith("ال")]
                         for number, names in _WEEKDAYS.items()})


# Harakat, superscript alef and tatweel: pages vocalise month names ("رَمضان", "ذو الحِجة").
# Matching runs on text of unchanged length (positions must stay valid), so the marks
# are allowed between letters rather than removed.
_MARK = "[\u0610-\u061a\u064b-\u065f\u0670\u0640]"
_MARKS = _MARK + "*"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def _alternation(names) -> str:
    """Any of ``names``, the longest that fits ("تشرين الأول" before a shorter prefix);
    marks allowed between the letters of Arabic ones."""
    names = set(names)
    arabic = {name for name in names if _ARABIC_LETTER.search(name)}
    # Arabic and Latin names never start at the same position: their order is free.
    return "|".join(pattern for pattern in (alternation(arabic, _MARKS),
                                            alternation(names - arabic)) if pattern)


_COPTIC_MONTH = _alternation(fold_arabic(name) for name in _COPTIC_NAMES)
_COPTIC_YEAR = re.compile(r"1[67]\d\d")
_LIBYAN_MONTH = _alternation(_LIBYAN)
# The years Libyan pages printed the Libyan months with (1986-2011), a Gregorian year.
_LIBYAN_YEAR = re.compile(r"(?<!\d)(?:198[6-9]|199\d|200\d|201[01])(?!\d)")
_MONTH_NAMES = [*(name for name in _GREGORIAN if name not in _FRENCH | _IBERIAN), *_HIJRI]
_MONTH = _alternation(_MONTH_NAMES)
_MONTH_AFTER_DAY = _alternation([*_GREGORIAN, *_HIJRI])  # French and Iberian names too
_DAY_NAME = _alternation(_WEEKDAY)
# Arabic letters count as word characters for \b, so boundaries are spelled out.
_B = r"(?<![\w])"
_E = r"(?![\w])"
# ... or a Latin month name glued to a section's label before it, a capital after a small
# letter ("Pop CultureJune 3, 2026": the label and the date run together).
_B_GLUED = r"(?:(?<![\w])|(?-i:(?<=[a-z])(?=[A-Z])))"
_SEP = r"[\s,،.\-/]*"
#: A weekday name as a word (match on text folded with ``textnorm.fold_arabic``).
WEEKDAY_NAME = re.compile(rf"{_B}(?:{_DAY_NAME}){_E}", re.IGNORECASE)
# "24 شهر رمضان 1445": the word "month" may stand before a month name.
_MONTH_WORD = r"(?:شهر\s+)?"
# "الأربعاء 22 من أكتوبر 2025": an Egyptian daily's "day of month" (after a day only: before
# a month alone "من" is a preposition, "from October 2025"); "22 de abril de 2026": the
# Iberian one, "of" before the year too.
_OF_MONTH = r"(?:(?:من|de)\s+)?"
_OF_YEAR = r"(?:de\s+)?"

# "8th, December 2024" / "December 8th, 2024" / "1er mai 2024": ordinal suffixes on the day.
_ORDINAL = r"(?:st|nd|rd|th|er)?"
# "8 كانون الأول/ديسمبر 2024", "24 تشرين الثاني (نوفمبر) 2026", "16 أغسطس-آب 2026":
# Levantine and Egyptian names of one month, side by side (slash or dash) or the second in
# brackets.
_SECOND_MONTH = rf"(?:\s*[/\-–]\s*(?P<m2>{_MONTH})|\s*\(\s*(?P<m3>{_MONTH})\s*\))?"
# A clock between a weekday and a numeric date: "الأربعاء 12:00 7-11-2012".
_CLOCK = r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[صم]|am|pm)?(?![\w]))"

# A time may be glued to the year on scraped pages (20/10/202209:49); separators may be
# spaced, the same both times ("06 - 12 - 2023").
_NUMERIC = (r"(?P<a>\d(?<!\d\d)\d?)(?P<s> ?[-/.] ?)(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})"
            r"(?!\d(?!\d?:\d\d))(?:\s*(?P<era>هـ|ه)(?![\w]))?")


def _openings(*groups: Iterable[str]) -> str:
    """The characters the names of ``groups`` open with, for a character class."""
    return "".join(sorted({re.escape(name[0]) for names in groups for name in names}))


# Compiled on first use (see _compiled): a command that reads no date does not wait for it.
# A pattern opening with an optional weekday is tried in full at every position of a line;
# a look-ahead at the characters any of its dates opens with (a weekday's first letter, the
# day's digit or a month's first letter: their tries open with those, no mark before them)
# turns most positions away at one class's test, and the scan takes half the time.
_PATTERN_SOURCES = [
    # 28 محرم 1445 هـ / 25 سبتمبر، 2022 / 12 March 2023 / 8th, December 2024
    ("dmy", rf"(?=[{_openings(_WEEKDAY)}\d])(?:{_B}(?P<wd>{_DAY_NAME}){_SEP})?"
            rf"(?<!\d)(?P<d>\d{{1,2}}){_ORDINAL}{_SEP}"
            rf"{_OF_MONTH}{_MONTH_WORD}(?P<m>{_MONTH_AFTER_DAY}){_SECOND_MONTH}{_SEP}"
            rf"{_OF_YEAR}(?P<y>\d{{4}})(?:\s*(?P<era>هـ|ه|م)(?![\w]))?"),
    # ديسمبر 30, 2025 / March 12, 2023 / December 8th, 2024
    ("mdy", rf"(?=[{_openings(_WEEKDAY, _MONTH_NAMES)}]){_B_GLUED}(?:(?P<wd>{_DAY_NAME}){_SEP})?"
            rf"(?P<m>{_MONTH}){_SEP}"
            rf"(?P<d>\d{{1,2}}){_ORDINAL}{_E}{_SEP}(?P<y>\d{{4}})(?:\s*(?P<era>هـ|ه|م)(?![\w]))?"),
    # 14 10:35 2026 أفريل: a day, its clock, the year and the month, as a right-to-left
    # date line's parts come out of a scrape in broken order ("14 أفريل 2026 10:35"); (the
    # day's first digit before the look-behind at what stands before it: opening with a
    # digit, the pattern is tried only where one stands, found at C speed)
    ("dcym", rf"(?P<d>\d(?<![\d:.,/]\d)\d?)\s+{_CLOCK}\s+(?P<y>\d{{4}})\s+(?P<m>{_MONTH}){_E}"),
    # year first is unambiguous: 2023-08-15, 2022/9/25, 2022.09.25, 2025:01:15 (a CMS's
    # stamp "2025:01:15.10:24": no clock starts with four digits); the marks may be spaced,
    # the same both times ("2025 / 12 / 2")
    ("iso", r"(?P<y>\d(?<!\d\d)\d{3})(?P<s> ?[-/.] ?|:)(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)"),
    ("numeric", _NUMERIC),
    # 29 كيهك 1742 ش: a day, a Coptic month and a year of the Martyrs (four digits, 17xx)
    ("coptic", rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<m>{_COPTIC_MONTH})"
               r"\s+(?P<y>1[67]\d\d)(?!\d)(?:\s*ش(?![\w]))?"),
    # الخميس 21 التمور 2010: a day, a Libyan month and a year of the years it was in use
    # (see _LIBYAN_NAMES), the weekday before them or not
    ("libyan", rf"(?:{_B}(?P<wd>{_DAY_NAME})\s+)?(?<!\d)(?P<d>\d{{1,2}})\s+"
               rf"(?P<m>{_LIBYAN_MONTH})\s+(?P<y>{_LIBYAN_YEAR.pattern})"),
    # محرم 1445 / March 2023
    ("my", rf"{_B}{_MONTH_WORD}(?P<m>{_MONTH}){_SECOND_MONTH}{_SEP}(?P<y>\d{{4}})(?!\d)"),
]
# The same with the weekday and clock that may stand before it, tried only where a numeric
# date was found (a weekday alternation tried at every position of every line is slow).
_NUMERIC_AFTER_WEEKDAY = rf"{_B}(?P<wd>{_alternation([*_WEEKDAY, *_BARE_WEEKDAY])}){_SEP}" \
    rf"(?:{_CLOCK}{_SEP})?" + _NUMERIC + r"\Z"


@functools.cache
def _compiled(marks: bool) -> tuple[list[tuple[str, re.Pattern]], re.Pattern]:
    """The date patterns (in the order they are tried) and the weekday-and-clock one; with
    marks allowed inside names only when ``marks`` (see _marks_inside_names): a mark class
    between every two letters of every name makes compiling them ten times slower."""
    def compiled(source: str) -> re.Pattern:
        return re.compile(source if marks else source.replace(_MARKS, ""), re.IGNORECASE)

    return ([(kind, compiled(source)) for kind, source in _PATTERN_SOURCES],
            compiled(_NUMERIC_AFTER_WEEKDAY))


# A month name, then a number: what the kinds of date naming their month need (the weekday
# and the day before the name aside), on text read backwards (see _numbers_after_names). A
# day or a year stands after the name, spaces and separators between them ("June 3", "يونيو،
# 2011"), a bracket closing the name's second form ("(نوفمبر) 2026") or "de" ("abril de
# 2026").
# (The number read whole from its last digit, and the separators before it possessively:
# no try starts inside a run of digits, none gives back a separator, as none could end
# otherwise. Opening on a class, not on a repeat, the pattern skips to digits at C speed.)
_NUMBER_AFTER_NAME = rf"(?P<number>\d(?<!\d\d)\d*+)(?:\s+ed)?[\s,،.\-/)]*+" \
    rf"(?:{_alternation(name[::-1] for name in [*_GREGORIAN, *_HIJRI])})"


@functools.cache
def _number_after_name() -> re.Pattern:
    # (marks allowed inside the names, whether or not the patterns tried allow them: it
    # finds a name wherever either set of patterns reads one)
    return re.compile(_NUMBER_AFTER_NAME, re.IGNORECASE)


def _numbers_after_names(folded: str) -> dict[str, list[int]]:
    """Where the numbers standing after a month's name start in ``folded``, for the kinds of
    date reading them there: "mdy" a day's one or two digits, "dmy" and "my" a year's four
    or more (their patterns read a whole run of digits, from its start). Read backwards,
    the test opens on a digit: the engine skips to the few digits of a line at C speed,
    where those patterns, opening on a name's letter, try their names at most letters of a
    line; a paragraph holding a year and no such date is spared their scans, one holding
    one the scans past it."""
    numbers: dict[str, list[int]] = {}
    for match in _number_after_name().finditer(folded[::-1]):
        digits, start = len(match["number"]), len(folded) - match.end("number")
        for kind in ("mdy",) if digits <= 2 else ("dmy", "my") if digits >= 4 else ():
            numbers.setdefault(kind, []).append(start)
    return numbers


NAME_TEST_CHARS = 40  # a shorter line's scans by the patterns reading names take less time
_NAMES_ANYWHERE = dict.fromkeys(("dmy", "mdy", "my"))  # (their numbers not looked for)
_NAMELESS_KINDS = {"iso", "numeric"}  # the kinds whose patterns read no name


def _kinds_to_try(folded: str) -> dict[str, list[int] | None]:
    """The kinds of date ``folded`` may hold, by quick tests, each with the places where the
    number it reads after a name may start (None: anywhere; see _numbers_after_names): most
    paragraphs hold a year and none of the names, clocks nor years of the Martyrs the other
    kinds need."""
    kinds: dict[str, list[int] | None] = _numbers_after_names(folded) \
        if len(folded) > NAME_TEST_CHARS else dict(_NAMES_ANYWHERE)
    kinds["iso"] = kinds["numeric"] = None
    if ":" in folded:
        kinds["dcym"] = None  # (its clock's colon)
    if _COPTIC_YEAR.search(folded):
        kinds["coptic"] = None
    if _LIBYAN_YEAR.search(folded):
        kinds["libyan"] = None
    return kinds


def _name_cuts() -> dict[str, list[tuple[str, str]]]:
    """Each Arabic month or weekday name cut in two at each place where the patterns let
    marks stand (see _alternation), keyed by the two characters side by side there."""
    cuts: dict[str, list[tuple[str, str]]] = {}
    for name in sorted({*_GREGORIAN, *_HIJRI, *_WEEKDAY, *_LIBYAN}):
        if _ARABIC_LETTER.search(name):
            for cut in range(1, len(name)):
                cuts.setdefault(name[cut - 1:cut + 1], []).append((name[:cut], name[cut:]))
    return cuts


_NAME_CUTS = _name_cuts()
_MARK_RUN = re.compile(_MARK + "+")


def _marks_inside_names(folded: str) -> bool:
    """Whether a run of marks stands inside a month or weekday name: with the marks taken
    out, a name reads across the place of the run. Elsewhere the patterns with marks match
    just what those without them match (a mark class only ever stands between two letters
    of a name), and compiling those is many times quicker: most runs of marks in a line
    with a date are a word's vowels ("جدًا"), not a name's."""
    if _MARK_RUN.search(folded) is None:
        return False  # (one search: most dated lines hold no mark, and need no copy of them)
    bare = _MARK_RUN.sub("", folded)
    removed = 0
    for run in _MARK_RUN.finditer(folded):
        place = run.start() - removed  # where the run stood in the bare text
        removed += run.end() - run.start()
        around = folded[run.start() - 1:run.start()] + folded[run.end():run.end() + 1]
        if any(bare.startswith(after, place) and bare.endswith(before, 0, place)
               for before, after in _NAME_CUTS.get(around, ())):
            return True
    return False


# A day number (and up to two words: the month in another script or family, a joiner) right
# before a month-year reading: the day-month-year was printed in a form the patterns do not
# read ("16 أغسطس–آب 2026"); the month alone would date the page to the 1st.
_DAY_BEFORE_MONTH = re.compile(r"(?<![\d:.,/])\d{1,2}(?:st|nd|rd|th|er)?[\s,،.\-/–—]*"
                               r"(?:[^\W\d_]+[\s,،.\-/–—(]*){0,2}\Z")
WEEKDAY_REACH = 40  # characters before a numeric date searched for its weekday and clock
# A place named after a day, the place's word right before the date (a stadium, a street, a
# square, a bridge: "ملعب 8 ماي 1945", "شارع 26 يوليو 1952", "Stade du 5 Juillet 1962",
# "Estadio 12 de Octubre"), on the folded text: the date is the name's, no day of the page.
_PLACE_NAMED_BEFORE = re.compile(r"(?:^|[\s(«\"])(?:ملعب|استاد|ستاد|شارع|ساحه|ميدان|جسر|"
                                 r"stade|rue|estadio|calle|plaza|avenida)"
                                 r"(?: (?:du|de la|de|del))?\s+\Z", re.IGNORECASE)
PLACE_WORD_REACH = 16  # characters before a date searched for a place's word
# Every pattern above holds a four-digit year: lines without four digits in a row have no date.
_FOUR_DIGITS = re.compile(r"\d{4}")


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line: where it stands, and the date-value record for it."""

    start: int
    end: int
    value: dict


def empty(note: str | None = None) -> dict:
    """A date-value record for a page that prints no date."""
    return {"date": None, "original": None, "calendar": None, "precision": None, "note": note}


def _value(original, date, calendar, precision, note=None) -> dict:
    return {
        "date": date.isoformat() if date and not note else None,
        "original": original,
        "calendar": calendar,
        "precision": precision,
        "note": note,
    }


# Cached: a page's few month names, as printed, recur on every page (folding them costs
# several string copies).
@functools.lru_cache(maxsize=1024)
def _month(name: str) -> tuple[int, str]:
    # (casefold, as the patterns' IGNORECASE matches: "ſeptember", its long s read as "s")
    key = " ".join(fold_arabic(name).casefold().split())
    if key in _HIJRI:
        return _HIJRI[key], CALENDAR_HIJRI
    return _GREGORIAN[key], CALENDAR_GREGORIAN


def _to_gregorian(year: int, month: int, day: int, calendar: str) -> tuple[dt.date | None, str]:
    if calendar == CALENDAR_HIJRI:
        if not HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]:
            return None, f"Hijri year {year} is outside the Umm al-Qura table ({HIJRI_YEARS})"
        try:
            return Hijri(year, month, day).to_gregorian(), ""
        except (ValueError, OverflowError) as error:
            return None, f"not a valid Umm al-Qura date: {error}"
    try:
        return dt.date(year, month, day), ""
    except ValueError as error:
        return None, f"not a valid date: {error}"



AMBIGUOUS = "ambiguous numeric date: day and month cannot be told apart"


def _numeric_order(groups: dict, text: str, weekday: int | None,
                   day_first: bool = False) -> tuple[int, int] | str:
    """(day, month) of a numeric date, or why the order cannot be told.

    Dots and dashes are the day-first convention (05.03.2024 in Turkish, German, Russian
    and Maghrebi usage; 7-11-2012 on Arabic portals); month-first dates are an American
    habit written with slashes, so slashes stay ambiguous, except on a line in Arabic
    script, where dates are always day-first. A printed weekday that fits one order only
    settles it too. ``day_first``: the caller knows the page's convention (see
    :func:`read_day_first`).
    """
    first, second, year = int(groups["a"]), int(groups["b"]), int(groups["y"])
    if day_first or groups["s"].strip() in ".-" or _ARABIC_LETTER.search(text):
        # "خميس, 10/22/2026": no 22nd month; the printed weekday, falling on 22 October,
        # says the site prints month first. So does "اثنين, 06/08/2026": a Monday on 8 June,
        # a Thursday on 6 August (the day-first reading the weekday refutes).
        month_first = weekday is not None and first <= 12 and \
            _weekday_of(year, first, second) == weekday and \
            (second > 12 or _weekday_of(year, second, first) != weekday)
        if month_first:
            return second, first
        return (first, second) if second <= 12 else "day and month out of range"
    if first > 12 or second > 12 or first == second:
        return (first, second) if second <= 12 else (second, first)
    fits = [(d, m) for d, m in ((first, second), (second, first))
            if weekday is not None and _weekday_of(year, m, d) == weekday]
    if len(fits) == 1:
        return fits[0]
    return AMBIGUOUS


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _printed_weekday(groups: dict) -> int | None:
    if not groups.get("wd"):
        return None
    name = fold_arabic(groups["wd"]).casefold()
    return _WEEKDAY.get(name, _BARE_WEEKDAY.get(name))


def _interpret(kind: str, match: re.Match, text: str, day_first: bool = False) -> dict:
    original = text[match.start():match.end()].strip(" ,،.-/")
    groups = match.groupdict()
    year = int(groups["y"])
    weekday = _printed_weekday(groups)
    if kind == "coptic":
        return _value(original, None, None, "day", "a Coptic calendar date: not converted")
    if kind == "numeric":
        order = _numeric_order(groups, text, weekday, day_first)
        if isinstance(order, str):
            return _value(original, None, CALENDAR_GREGORIAN, "day", order)
        day, month = order
        calendar = CALENDAR_GREGORIAN
    elif kind == "iso":
        day, month, calendar = int(groups["d"]), int(groups["m"]), CALENDAR_GREGORIAN
    elif kind == "libyan":
        day, calendar = int(groups["d"]), CALENDAR_GREGORIAN
        month = _LIBYAN[" ".join(fold_arabic(groups["m"]).split())]
    else:
        month, calendar = _month(groups["m"])
        day = int(groups["d"]) if groups.get("d") else None
        second = groups.get("m2") or groups.get("m3")
        if second and _month(second) != (month, calendar):
            return _value(original, None, calendar, "day" if day else "month",
                          "the two month names printed side by side name different months")
    if kind in ("numeric", "iso") and (groups.get("era") or HIJRI_YEARS[0] <= year < 1600):
        # Numbers alone say nothing of the calendar: a هـ suffix or a year that can only be
        # Hijri (news pages print no Gregorian years before 1600) does.
        calendar = CALENDAR_HIJRI
    if day is None:
        date, problem = _to_gregorian(year, month, 1, calendar)
        if calendar == CALENDAR_HIJRI:
            # A Hijri month straddles two Gregorian months: no honest month-precision date.
            return _value(original, None, calendar, "month",
                          problem or "a Hijri month does not map to one Gregorian month")
        return _value(original, date, calendar, "month", problem or None) if date else \
            _value(original, None, calendar, "month", problem)
    date, problem = _to_gregorian(year, month, day, calendar)
    if problem:
        return _value(original, None, calendar, "day", problem)
    if weekday is not None and weekday != date.weekday():
        return _value(original, None, calendar, "day",
                      f"printed weekday {text[match.start('wd'):match.end('wd')]} "
                      f"does not fall on {date.isoformat()}")
    return _value(original, date, calendar, "day")


def find_dates(text: str, day_first: bool = False) -> list[FoundDate]:
    """Every date in ``text``, left to right, without overlaps; ``day_first`` reads a
    slashed numeric date day first (see :func:`read_day_first`)."""
    # The patterns' \d matches Arabic-Indic and Persian digits as it does ASCII ones, and
    # int() reads them: the text needs no conversion of its digits.
    # Every date holds four digits in a row, which overlap one of these (each run of digits
    # cut in fours): once each is inside a date found, no other date can be (its year would
    # overlap that one), and the patterns left need not scan the line.
    years = [match.span() for match in _FOUR_DIGITS.finditer(text)]
    if not years:
        return []
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    folded = fold_arabic(text, keep_length=True)
    kinds = _kinds_to_try(folded)
    # (Marks inside names matter to the patterns reading names alone: a line trying none, a
    # paragraph holding a year and no date's name, is asked only once a numeric date is
    # found, for its weekday. Patterns reading none are the same compiled either way.)
    marks = None if kinds.keys() <= _NAMELESS_KINDS else _marks_inside_names(folded)
    patterns = _compiled(bool(marks))[0]
    for kind, pattern in patterns:
        if taken and all(any(t_start <= start and end <= t_end for t_start, t_end in taken)
                         for start, end in years):
            break
        if kind not in kinds:
            continue
        # (the last place a date of the kind may start at: where the last number it may read
        # after a name starts)
        reach = len(folded) if kinds[kind] is None else max(kinds[kind])
        for match in pattern.finditer(folded):
            if kind == "numeric":
                if marks is None:
                    marks = _marks_inside_names(folded)
                match = _compiled(marks)[1].search(
                    folded, max(0, match.start() - WEEKDAY_REACH), match.end()) or match
            start, end = match.span()
            if not any(start < t_end and t_start < end for t_start, t_end in taken):
                value = _interpret(kind, match, text, day_first)
                if value["date"] and _PLACE_NAMED_BEFORE.search(
                        folded, max(0, start - PLACE_WORD_REACH), start):
                    value = _value(value["original"], None, value["calendar"],
                                   value["precision"], "the date names a place printed "
                                   "before it (a stadium, a street, a square): no day of the page")
                if kind == "my" and value["date"] and \
                        _DAY_BEFORE_MONTH.search(folded, max(0, start - WEEKDAY_REACH), start):
                    value = _value(value["original"], None, value["calendar"], "month",
                                   "a day number stands before the month: the day, month and "
                                   "year are not read as one date")
                found.append(FoundDate(start, end, value))
                taken.append((start, end))
            if end > reach:
                break  # (a date further on would read no number a date of its kind may read)
    return sorted(found, key=lambda f: f.start)


# A numeric date whose year has two digits ("12/06/25", "07.06.25"): no pattern above reads
# it (each holds a four-digit year). Read only after a weekday (see find_short_year).
_SHORT_YEAR_NUMERIC = re.compile(r"(?<![\d/.-])\d{1,2}([-/.])\d{1,2}\1\d\d(?![\d/.-])")
# ... the weekday before it, its clock between them or not ("Thursday 12/06/25 7:45am").
_WEEKDAY_SHORT_YEAR = rf"{_B}(?P<wd>{_DAY_NAME}){_SEP}(?:{_CLOCK}{_SEP})?" \
    r"(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d\d)\Z"
SHORT_YEAR_CENTURY = 2000  # a two-digit year on a news page is this century's


@functools.cache
def _weekday_short_year() -> re.Pattern:
    return re.compile(_WEEKDAY_SHORT_YEAR, re.IGNORECASE)


def find_short_year(text: str) -> FoundDate | None:
    """A weekday, then a numeric date whose year has two digits ("Thursday 12/06/25", as
    British local sites stamp a story), read in this century when the printed weekday falls
    on one order of its day and month only (12 June 2025 was a Thursday, 6 December 2025 a
    Saturday); else None: with no weekday, "12/06/25" may be a score or a reference."""
    numeric = _SHORT_YEAR_NUMERIC.search(text)
    if numeric is None:
        return None
    folded = fold_arabic(text, keep_length=True)
    match = _weekday_short_year().search(folded, max(0, numeric.start() - WEEKDAY_REACH),
                                         numeric.end())
    if match is None:
        return None
    year = SHORT_YEAR_CENTURY + int(match["y"])
    fits = _day_month_orders(int(match["a"]), int(match["b"]), year,
                             _printed_weekday(match.groupdict()))
    if len(fits) != 1:
        return None
    day, month = fits.pop()
    return FoundDate(match.start(), match.end(), _value(
        text[match.start():match.end()], dt.date(year, month, day), CALENDAR_GREGORIAN, "day"))


def find_short_year_alone(text: str) -> FoundDate | None:
    """A numeric date alone, its year of two digits ("06.18.25", "١٨/٠٦/٢٥"), read in this
    century when one order of its day and month only is a date (18 is no month); else None
    ("06.05.25" may be either). The caller knows the line for a stamp by where it stands:
    such a line elsewhere may be a score or a reference."""
    numeric = _SHORT_YEAR_NUMERIC.fullmatch(text)
    if numeric is None:
        return None
    first, second, short_year = map(int, text.split(numeric[1]))
    year = SHORT_YEAR_CENTURY + short_year
    fits = _day_month_orders(first, second, year)
    if len(fits) != 1:
        return None
    day, month = fits.pop()
    return FoundDate(0, len(text), _value(text, dt.date(year, month, day),
                                          CALENDAR_GREGORIAN, "day"))


def _day_month_orders(first: int, second: int, year: int, weekday: int | None = None
                      ) -> set[tuple[int, int]]:
    """The (day, month) orders of a numeric date's two numbers that are days of ``year``,
    falling on the printed ``weekday`` where one is given."""
    return {(day, month) for day, month in ((first, second), (second, first))
            if (found := _weekday_of(year, month, day)) is not None and
            (weekday is None or found == weekday)}


# "منذ 3 ساعات", "قبل يومين", "5 hours ago", "3 hrs ago": counted back from a moment the page
# does not keep. Years and months are left out: "for the first time in ten years" is a headline.
_RELATIVE_UNITS_AR = ["دقيقة", "دقيقتين", "دقائق", "ساعة", "ساعتين", "ساعات", "يوم", "يومين",
                      "أيام", "أسبوع", "أسبوعين", "أسابيع"]
_RELATIVE_UNIT = _alternation(fold_arabic(unit) for unit in _RELATIVE_UNITS_AR)
# (A stamp may print the unit's letter alone after its count, closing its line: "Posted
# 3h ago", "Updated 20m ago"; one opening a line times a live page's entry: "1h ago TEXT".)
_RELATIVE = re.compile(
    rf"{_B}(?:منذ|قبل)\s+(?:\d+\s+)?(?:{_RELATIVE_UNIT}){_E}"
    r"|(?<!\w)(?:\d+|an?|one)\s+(?:minute|min|hour|hr|day|week)s?\s+ago(?!\w)"
    r"|(?<!\w)\d+\s?[mhdw]\s+ago\s*$"
    r"|(?<!\w)just now(?!\w)",
    re.IGNORECASE)


# Words every relative date holds: lines without any are not searched.
_RELATIVE_HINTS = ("منذ", "قبل", "ago", "just now")


def read_day_first(value: dict) -> dict:
    """``value`` read again day first when its order alone was in doubt.

    For a date printed around a headline in Arabic: a site that writes in Arabic writes
    its numeric dates day first, as on a line in Arabic script, even where the date line
    holds digits only ("14:20 - 11/03/2025")."""
    if value["date"] is not None or value["note"] != AMBIGUOUS:
        return value
    found = find_dates(value["original"], day_first=True)
    return found[0].value if len(found) == 1 else value


def read_month_first(value: dict) -> dict:
    """``value`` read again month first when its order alone was in doubt: for a date the
    page prints with an American time zone ("11/03/2026 07:12 PM EST"), the American habit
    of writing the month first (see :func:`read_day_first` for the other order)."""
    day_first = read_day_first(value)
    if day_first is value or day_first["date"] is None:
        return value
    year, month, day = map(int, day_first["date"].split("-"))
    return dict(day_first, date=dt.date(year, day, month).isoformat())


def find_relative(text: str) -> FoundDate | None:
    """A relative date ("منذ 3 ساعات", "2 hours ago") in ``text``: never a date, a note."""
    if not contains_any(text, _RELATIVE_HINTS):
        return None
    match = _RELATIVE.search(fold_arabic(text, keep_length=True))  # (\d: any digits)
    if match is None:
        return None
    original = text[match.start():match.end()]
    return FoundDate(match.start(), match.end(), _value(
        original, None, None, None, f"{original!r} is a relative date: it counts back from the "
        "moment the page was shown, which the capture does not record"))


# A day before the paper's, named by its weekday after "yesterday" or "the day before
# yesterday" ("أمس الأربعاء", "أول أمس الثلاثاء", "yesterday (Tuesday)"): how a print
# daily's text counts back from its issue's day. (On folded text.)
_DAYS_BACK = re.compile(rf"{_B}(?P<back>اول امس|امس|yesterday)\s*\(?(?P<wd>{_DAY_NAME}){_E}",
                        re.IGNORECASE)
_DAYS_BACK_WORDS = ("أمس", "امس", "yesterday", "Yesterday")


def names_day_before(text: str, day: dt.date) -> bool:
    """Whether ``text`` names a day before ``day`` by its weekday, as the day's paper does:
    "أمس" and the weekday of the day before, "أول أمس" and the one two days before."""
    if not contains_any(text, _DAYS_BACK_WORDS):
        return False  # (a quick test first: most texts count no days back)
    for match in _DAYS_BACK.finditer(fold_arabic(text, keep_length=True)):
        back = 2 if match["back"].startswith("اول") else 1
        weekday = _WEEKDAY.get(fold_arabic(match["wd"]).casefold())
        if weekday == (day - dt.timedelta(days=back)).weekday():
            return True
    return False


# "Nov 28", "28 نوفمبر": a Gregorian month and its day with no year, as a daily's dateline
# prints them at the start of the day's text ("KUWAIT CITY, Nov 28: …").
_GREGORIAN_MONTH = _alternation(name for name in _GREGORIAN if name not in _FRENCH)
_MONTH_DAY = (rf"(?:(?P<m>{_GREGORIAN_MONTH}){_SEP}(?P<d>\d{{1,2}}){_ORDINAL}"
              rf"|(?P<d2>\d{{1,2}}){_ORDINAL}\s+(?P<m2>{_GREGORIAN_MONTH})"
              rf"(?:\s*/\s*{_GREGORIAN_MONTH})?){_E}")  # ("4 مارس/ آذار": its two names)


@functools.cache
def _month_day() -> re.Pattern:
    """The pattern, compiled on first use; a dateline's month name is read unvocalised."""
    return re.compile(_MONTH_DAY.replace(_MARKS, ""), re.IGNORECASE)


def holds_month_day(text: str) -> bool:
    """Whether ``text`` prints a month and a day, with or without a year ("until 25
    October", "حتى 25 تشرين الأول")."""
    return bool(_month_day().search(fold_arabic(text, keep_length=True)))


def month_day_before(text: str, shown: dt.date, days: int) -> FoundDate | None:
    """A month and day with no year opening ``text`` ("Nov 28: …"), dated on the last such
    day on or before ``shown`` (the day the page was shown), when that is at most ``days``
    days before it; None otherwise. Further back the year is anybody's guess: an article
    of one year ago looks the same."""
    match = _month_day().match(fold_arabic(text, keep_length=True))
    if match is None:
        return None
    month, _ = _month(match["m"] or match["m2"])
    day = int(match["d"] or match["d2"])
    dated = [date for year in (shown.year, shown.year - 1)  # (one less across the new year)
             if (date := _to_gregorian(year, month, day, CALENDAR_GREGORIAN)[0]) and date <= shown]
    if not dated or (shown - dated[0]).days > days:
        return None
    return FoundDate(match.start(), match.end(), _value(
        text[:match.end()], dated[0], CALENDAR_GREGORIAN, "day"))


#: Gregorian days the Umm al-Qura tables cover: every date the parser can check both ways.
SUPPORTED = tuple(dt.date.fromisoformat(Hijri(year, month, day).to_gregorian().isoformat())
                  for year, month, day in ((HIJRI_YEARS[0], 1, 1), (HIJRI_YEARS[1], 12, 30)))


def plausible(value: dict, latest: dt.date, latest_is: str) -> dict:
    """``value`` itself, or null with a note when it cannot be a publication date.

    A page cannot be dated after ``latest`` (when it was retrieved, or today:
    ``latest_is`` says which, as the note will), nor outside the days the Hijri tables
    cover.
    """
    if value["date"] is None:
        return value
    day = dt.date.fromisoformat(value["date"])
    if day > latest:
        note = f"{value['original']!r} ({day}) is after {latest_is}: not a " \
               "publication date"
    elif not SUPPORTED[0] <= day <= SUPPORTED[1]:
        note = f"{value['original']!r} ({day}) is outside the range the calendar tables " \
               f"support ({SUPPORTED[0]} to {SUPPORTED[1]})"
    else:
        return value
    return {**value, "date": None, "note": note}


def parse(text: str) -> dict:
    """The first date in ``text`` as a date-value record, or an empty one with a note."""
    found = find_dates(text)
    return found[0].value if found else empty(f"no date recognised in {text!r}")
