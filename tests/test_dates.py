"""The date parser: examples from real pages, and round-trips of every format it claims."""

import datetime as dt
from unittest import mock

import pytest
from hijridate import Gregorian
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import dates

GREGORIAN_ARABIC = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
ENGLISH = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
         "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize(("text", "iso", "calendar"), [
    ("الثلاثاء 28 محرم 1445", "2023-08-15", "hijri"),
    ("25 سبتمبر، 2022", "2022-09-25", "gregorian"),
    ("19 مايو، 2023", "2023-05-19", "gregorian"),
    ("١٥ أيلول ٢٠٢٣", "2023-09-15", "gregorian"),
    ("10 تشرين الأول 2019", "2019-10-10", "gregorian"),
    ("3 ذو الحجة 1444 هـ", "2023-06-21", "hijri"),
    ("March 12, 2023", "2023-03-12", "gregorian"),
    ("2023-08-15", "2023-08-15", "gregorian"),
    ("25/03/2023", "2023-03-25", "gregorian"),
    ("2022/9/25", "2022-09-25", "gregorian"),
    ("Oct. 19, 2022", "2022-10-19", "gregorian"),
])
def test_known_dates(text, iso, calendar):
    value = dates.parse(text)
    assert (value["date"], value["calendar"], value["precision"]) == (iso, calendar, "day")
    assert value["original"] == text


@pytest.mark.parametrize(("text", "why"), [
    ("05/03/2023", "ambiguous"),
    ("الأربعاء 28 محرم 1445", "weekday"),  # 28 Muharram 1445 was a Tuesday
    ("31 فبراير 2023", "not a valid date"),
    ("5 رمضان 1200", "outside"),
    ("نشر قبل ساعتين", "no date"),
])
def test_unsafe_dates_are_null_with_a_reason(text, why):
    value = dates.parse(text)
    assert value["date"] is None
    assert why in value["note"]


def test_glued_byline_reads_both_dates():
    found = dates.find_dates("شيراز ماضي25 سبتمبر، 2022آخر تحديث:19 مايو، 20233 دقائق")
    assert [f.value["date"] for f in found] == ["2022-09-25", "2023-05-19"]


def test_hijri_month_alone_has_no_gregorian_date():
    value = dates.parse("رمضان 1445")
    assert value["date"] is None and value["precision"] == "month"
    assert dates.parse("أيلول 2022")["date"] == "2022-09-01"


days = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))


@settings(max_examples=300, deadline=None)
@given(day=days, family=st.sampled_from([GREGORIAN_ARABIC, LEVANTINE, ENGLISH]),
       indic=st.booleans(), weekday=st.booleans(), comma=st.booleans())
def test_gregorian_round_trip(day, family, indic, weekday, comma):
    text = f"{day.day} {family[day.month - 1]}{'،' if comma else ''} {day.year}"
    if weekday:
        text = f"{WEEKDAYS_AR[day.weekday()]} {text}"
    if indic:
        text = text.translate(ARABIC_INDIC)
    value = dates.parse(text)
    assert value["date"] == day.isoformat(), text
    assert value["calendar"] == "gregorian" and value["original"] == text


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=dt.date(1937, 3, 14), max_value=dt.date(2076, 11, 16)),
       weekday=st.booleans(), suffix=st.booleans(), indic=st.booleans())
def test_hijri_round_trip(day, weekday, suffix, indic):
    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    text = f"{hijri.day} {HIJRI[hijri.month - 1]} {hijri.year}{' هـ' if suffix else ''}"
    if weekday:
        text = f"{WEEKDAYS_AR[day.weekday()]} {text}"
    if indic:
        text = text.translate(ARABIC_INDIC)
    value = dates.parse(text)
    assert value["date"] == day.isoformat(), text
    assert value["calendar"] == "hijri"


@settings(max_examples=200, deadline=None)
@given(day=days)
def test_iso_and_english_month_first_round_trip(day):
    assert dates.parse(day.isoformat())["date"] == day.isoformat()
    assert dates.parse(f"{ENGLISH[day.month - 1]} {day.day}, {day.year}")["date"] == \
        day.isoformat()


# Random text around a day, a month and a year (valid or not, in any of the scripts and
# separators pages use), or around the same pieces in random order: most examples hold
# something the parser takes for a date (random text alone seldom does, and so would
# skip the assertion), and the rest try what merely looks like one.
_DAY = st.sampled_from(["21", "٠٥", "31", "1", "29", "30", "0"])
_MONTH = st.sampled_from(["مارس", "رمضان", "March", "Mar", "03", "شباط", "ذو الحجة", "13"])
_YEAR = st.sampled_from(["2024", "1445 هـ", "2023", "٢٠٢٤", "1445", "99999"])
_SEPARATOR = st.sampled_from([" ", "-", ".", "/", " - "])
_DAY_MONTH_YEAR = st.tuples(_DAY, _SEPARATOR, _MONTH, _SEPARATOR, _YEAR)
_DATE_LIKE = st.one_of(
    _DAY_MONTH_YEAR, _DAY_MONTH_YEAR,
    st.tuples(_MONTH, st.just(" "), _DAY, st.just(", "), _YEAR),
    st.lists(st.one_of(_DAY, _MONTH, _YEAR, _SEPARATOR), max_size=6),
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.builds(lambda before, date, after: f"{before} {date} {after}",
                 st.text(max_size=20), _DATE_LIKE, st.text(max_size=20)))
def test_parser_never_crashes(text):
    for found in dates.find_dates(text):
        assert found.value["date"] is None or dt.date.fromisoformat(found.value["date"])


@pytest.mark.parametrize(("text", "iso"), [
    ("1 ſeptember 2024", "2024-09-01"),  # a long s, which IGNORECASE matches as "s"
    ("ſunday, 1 September 2024", "2024-09-01"),
    ("Sunday 1 SEPTEMBER 2024", "2024-09-01")])
def test_a_month_or_weekday_the_patterns_match_in_any_case_is_looked_up_so(text, iso):
    # (the lookup lowered the name where the patterns had casefolded it: a KeyError)
    assert [found.value["date"] for found in dates.find_dates(text)] == [iso]


@pytest.mark.parametrize(("text", "iso", "original"), [
    ("05.03.2024", "2024-03-05", "05.03.2024"),  # dots: day first
    ("05.03.2024 - 14:32", "2024-03-05", "05.03.2024"),
    ("٠٥.٠٣.٢٠٢٤", "2024-03-05", "٠٥.٠٣.٢٠٢٤"),
    ("الأحد - 21 شهر رمضان 1445 هـ", "2024-03-31", "الأحد - 21 شهر رمضان 1445 هـ"),
    ("نُشر: 14:05-31 مارس 2024", "2024-03-31", "31 مارس 2024"),
    ("21 رَمَضان 1445 هـ", "2024-03-31", "21 رَمَضان 1445 هـ"),  # vocalised month name
    ("3 ذو الحِجّة 1444 هـ", "2023-06-21", "3 ذو الحِجّة 1444 هـ"),
    ("Updated: March 5, 2024 14:32 GMT", "2024-03-05", "March 5, 2024"),
    ("2025:01:15.10:24", "2025-01-15", "2025:01:15"),  # a CMS stamp: year first, colons
    ("8 avril 2024 | 16:45", "2024-04-08", "8 avril 2024"),  # French, on an Arabic page
    ("mercredi 12 février 2025 - 10:30", "2025-02-12", "12 février 2025"),
    ("le 1er août 2024", "2024-08-01", "1er août 2024"),  # a French ordinal day
])
def test_formats_of_other_outlets(text, iso, original):
    value = dates.parse(text)
    assert (value["date"], value["original"]) == (iso, original)


def test_french_month_names_are_read_only_after_a_day():
    assert dates.parse("8 avril 2024")["date"] == "2024-04-08"
    for text in ("Mars 2030 mission", "NASA's Mars 2020 rover", "avril 2024"):
        assert dates.find_dates(text) == [], text  # a planet, a month with no day


def test_slashes_stay_ambiguous_and_mixed_separators_are_not_a_date():
    assert "ambiguous" in dates.parse("05/03/2024")["note"]
    assert dates.find_dates("05/03.2024") == []


def test_an_ambiguous_slashed_date_read_day_first_only_when_in_doubt():
    doubtful = dates.find_dates("14:20 - 04/02/2025")[0].value
    assert doubtful["date"] is None
    assert dates.read_day_first(doubtful)["date"] == "2025-02-04"
    # a date already read, or refused for another reason, is left as it is
    month_first = dates.find_dates("04/25/2025")[0].value
    assert dates.read_day_first(month_first) == month_first
    impossible = dates.find_dates("31/02/2025")[0].value
    assert dates.read_day_first(impossible) == impossible


MARKS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0640"]  # harakat, shadda, tatweel


@settings(max_examples=200, deadline=None)
@given(day=days, family=st.sampled_from([GREGORIAN_ARABIC, LEVANTINE, HIJRI]),
       data=st.data())
def test_vocalised_month_names_read_as_bare_ones(day, family, data):
    """Harakat or tatweel inside a month name never change the date it gives."""
    month = family[day.month - 1]
    positions = data.draw(st.sets(st.integers(1, len(month) - 1), max_size=3))
    marked = "".join(ch + (data.draw(st.sampled_from(MARKS)) if i + 1 in positions
                           and ch.isalpha() else "") for i, ch in enumerate(month))
    year = Gregorian(day.year, day.month, day.day).to_hijri().year if family is HIJRI \
        else day.year
    plain, vocalised = dates.parse(f"{day.day} {month} {year}"), \
        dates.parse(f"{day.day} {marked} {year}")
    assert vocalised["date"] == plain["date"]
    assert vocalised["original"] == f"{day.day} {marked} {year}"


@settings(max_examples=200, deadline=None)
@given(day=days, family=st.sampled_from([GREGORIAN_ARABIC, LEVANTINE, HIJRI]), data=st.data())
def test_marks_anywhere_find_what_the_patterns_with_marks_find(day, family, data):
    """The patterns that allow marks inside names are compiled only for a line with marks
    inside a name: marks anywhere else leave the dates found as those patterns find them."""
    words = ["جدًا", "في", WEEKDAYS_AR[day.weekday()], str(day.day), family[day.month - 1],
             str(day.year)]
    text = list(" ".join(words))
    for place in data.draw(st.lists(st.integers(0, len(text)), max_size=4)):
        text.insert(place, data.draw(st.sampled_from(MARKS)))
    text = "".join(text)
    with mock.patch.object(dates, "_marks_inside_names", lambda folded: True):
        with_marks = dates.find_dates(text)
    assert dates.find_dates(text) == with_marks


@settings(max_examples=200, deadline=None)
@given(day=days, indic=st.booleans(), pad=st.booleans())
def test_dotted_dates_are_day_first(day, indic, pad):
    text = f"{day.day:02d}.{day.month:02d}.{day.year}" if pad else \
        f"{day.day}.{day.month}.{day.year}"
    if indic:
        text = text.translate(ARABIC_INDIC)
    value = dates.parse(text)
    assert value["date"] == day.isoformat() and value["original"] == text


WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


@settings(max_examples=300, deadline=None)
@given(day=days, clock=st.booleans(), indic=st.booleans(), spaced=st.booleans())
def test_weekday_clock_and_dashed_day_first_date(day, clock, indic, spaced):
    """"الأربعاء 12:00 7-11-2012": dashes are day-first, also after a weekday and a clock."""
    dash = " - " if spaced else "-"
    text = f"{WEEKDAYS_AR[day.weekday()]} {'12:00 ' if clock else ''}" \
           f"{day.day}{dash}{day.month}{dash}{day.year}"
    if indic:
        text = text.translate(ARABIC_INDIC)
    value = dates.parse(text)
    assert value["date"] == day.isoformat() and value["original"] == text


@settings(max_examples=300, deadline=None)
@given(day=days, day_first=st.booleans(), comma=st.booleans())
def test_english_ordinal_days_give_the_day(day, day_first, comma):
    """"8th, December 2024" and "December 8th, 2024": day precision, the right day."""
    nth = f"{day.day}{ORDINAL.get(day.day, 'th')}"
    month = ENGLISH[day.month - 1]
    text = f"{nth}{',' if comma else ''} {month} {day.year}" if day_first else \
        f"{month} {nth}, {day.year}"
    value = dates.parse(text)
    assert (value["date"], value["precision"]) == (day.isoformat(), "day"), text


@settings(max_examples=200, deadline=None)
@given(day=days, indic=st.booleans())
def test_levantine_and_egyptian_names_side_by_side(day, indic):
    """"8 كانون الأول/ديسمبر 2024": two names of one month are one date."""
    text = f"{day.day} {LEVANTINE[day.month - 1]}/{GREGORIAN_ARABIC[day.month - 1]} {day.year}"
    if indic:
        text = text.translate(ARABIC_INDIC)
    assert dates.parse(text)["date"] == day.isoformat()


def test_two_month_names_that_disagree_give_no_date():
    value = dates.parse("8 كانون الأول/نوفمبر 2024")
    assert value["date"] is None and "different months" in value["note"]


@settings(max_examples=200, deadline=None)
@given(day=days, order=st.booleans())
def test_slashes_on_an_arabic_line_are_day_first_and_a_weekday_can_settle_them(day, order):
    assert dates.parse(f"نشر في {day.day:02d}/{day.month:02d}/{day.year}")["date"] == \
        day.isoformat()
    swapped = dt.date(day.year, day.day, day.month) if day.day <= 12 else None
    text = f"{WEEKDAYS_EN[day.weekday()]} {day.day:02d}/{day.month:02d}/{day.year}" if order \
        else f"{day.day:02d}/{day.month:02d}/{day.year}"
    value = dates.parse(text)
    if day.day > 12 or day.day == day.month:
        assert value["date"] == day.isoformat()
    elif order and swapped.weekday() != day.weekday():
        assert value["date"] == day.isoformat()  # only the printed order fits the weekday
    else:
        assert value["date"] is None and "ambiguous" in value["note"]


@pytest.mark.parametrize(("text", "iso"), [
    ("الأربعاء 20 نونبر 2024 - 18:35", "2024-11-20"),  # Moroccan month names
    ("12 شتنبر 2023", "2023-09-12"),
    ("Wednesday - 5 Rajab 1445 AH - 17 January 2024 AD", "2024-01-17"),  # English Hijri
    ("12 Rabi al-Awwal 1446", "2024-09-15"),
    ("نشر في الوادي يوم 06 - 12 - 2023", "2023-12-06"),
])
def test_forms_of_the_development_set(text, iso):
    assert dates.parse(text)["date"] == iso


@pytest.mark.parametrize("text", ["منذ 3 ساعات", "منذ ٣ ساعات", "قبل يومين", "نشر منذ ساعة",
                                  "5 hours ago", "Updated 14 minutes ago", "just now"])
def test_relative_dates_are_found_and_never_dated(text):
    found = dates.find_relative(text)
    assert found is not None and found.value["date"] is None
    assert "relative date" in found.value["note"] and found.value["original"] in text


@pytest.mark.parametrize("text", ["لأول مرة منذ 10 سنوات", "منذ عام 2012", "قبل الحرب",
                                  "Ten years ago today"])
def test_spans_of_years_and_plain_prose_are_not_relative_dates(text):
    assert dates.find_relative(text) is None


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=dates.SUPPORTED[0], max_value=dates.SUPPORTED[1]),
       latest=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2070, 1, 1)))
def test_a_date_after_the_latest_day_is_never_kept(day, latest):
    value = dates.plausible(dates.parse(day.isoformat()), latest, "the retrieval date")
    if day > latest:
        assert value["date"] is None and "after the retrieval date" in value["note"]
    else:
        assert value["date"] == day.isoformat() and value["note"] is None


@pytest.mark.parametrize(("text", "why"), [
    ("15 مارس 2099", "after"),  # later than any capture
    ("30 محرم 1500", "after"),  # the last year of the Hijri tables: 2076
    ("5 March 1901", "outside the range"),
])
def test_implausible_dates_are_null_with_a_note(text, why):
    value = dates.plausible(dates.parse(text), dt.date(2026, 1, 1), "today")
    assert value["date"] is None and why in value["note"] and value["original"] == text


# --- session 27: titles and dates ---


@pytest.mark.parametrize(("text", "iso"), [
    ("الجمعة 3 تموز-يوليو 2026", "2026-07-03"),  # two names of one month joined by a dash
    ("3 حزيران – يونيو 2026", "2026-06-03"),  # by a spaced en dash
])
def test_s27_two_names_of_one_month_joined_by_a_dash_give_the_day(text, iso):
    value = dates.parse(text)
    assert value["date"] == iso and value["precision"] == "day"


@pytest.mark.parametrize("text", ["15 Juni/June 2026", "الأحد 16 ثيرمدور - آب 2026"])
def test_s27_a_month_and_year_after_a_day_number_give_no_first_of_the_month(text):
    # A day the patterns cannot join to its month (an unknown name between) is no reason to
    # date the page to the 1st: null, the note naming the day.
    value = dates.parse(text)
    assert value["date"] is None and value["precision"] == "month"
    assert "day number" in value["note"]
    assert dates.parse("Issue of June 2026")["date"] == "2026-06-01"  # a month alone stays


def test_s27_a_coptic_date_is_a_date_with_no_gregorian_day_and_the_next_one_is_read():
    found = dates.find_dates("الأحد 13 برمهات 1742 ش - 22 آذار 2026 م")
    assert [f.value["date"] for f in found] == [None, "2026-03-22"]
    assert "Coptic" in found[0].value["note"] and found[0].value["original"] == "13 برمهات 1742 ش"
    assert dates.find_dates("نحو 40 توت في 1742 صندوقا") == []  # no year of the Martyrs' form


@pytest.mark.parametrize("text", ["MONDAY, 9 March 2026", "monday 9 march 2026",
                                  "Monday, MARCH 9, 2026", "الاثنين 9 مارس 2026"])
def test_a_weekday_in_any_case_opens_the_date_it_stands_before(text):
    # (the patterns look ahead at a weekday's or a month's first letter, in any case)
    found = dates.find_dates(f"Filed {text}")
    assert len(found) == 1 and found[0].start == len("Filed ")
    assert found[0].value["original"] == text and found[0].value["date"] == "2026-03-09"


@pytest.mark.parametrize(("text", "iso"), [
    # (heldout356: "نُشر بتاريخ: الخميس 21 التمور 2010") the Libyan calendar's months of
    # 1986-2011, printed with the Gregorian year: a day, the month's name, a year of the era
    ("الأحد 7 الطير 2002", "2002-04-07"),
    ("أضيف يوم 3 هانيبال 2008", "2008-08-03"),
    ("الخميس 16 الكانون 1999", "1999-12-16"),
])
def test_s55_a_libyan_month_between_a_day_and_a_year_of_its_era_gives_the_day(text, iso):
    found = dates.find_dates(text)
    assert [f.value["date"] for f in found] == [iso]


@pytest.mark.parametrize("text", [
    "ارتفع منسوب المياه بنحو 5 الماء 2024",  # (a year after the calendar's era)
    "في الربيع 2005 زار الوفد المدينة",  # (a season's word, no day before it)
    "فاز ناصر 2010 بالجائزة",
    "الخميس 30 الطير 2002",  # (no 30th of April was a Thursday: the weekday refutes it)
])
def test_s55_a_libyan_months_word_outside_a_whole_date_of_its_era_is_no_date(text):
    assert [f.value["date"] for f in dates.find_dates(text)] in ([], [None])


@pytest.mark.parametrize("text", [
    "ملعب 8 ماي 1945 - سطيف", "استاد 30 يونيو 2013، القاهرة", "شارع 26 يوليو 1952",
    "Stade du 5 Juillet 1962, Alger", "Estadio 12 de Octubre 1990",
])
def test_s55_a_date_naming_a_stadium_or_a_street_is_no_day(text):
    # (a venue line of a match report read as its dateline: "ملعب 8 ماي 1945 - سطيف")
    [found] = dates.find_dates(text)
    assert found.value["date"] is None
    assert "names a place" in found.value["note"]


@pytest.mark.parametrize(("text", "day"), [
    ("Published 8 May 1945", "1945-05-08"), ("في 8 ماي 1945 خرج المتظاهرون", "1945-05-08"),
    ("نشر في: 2024/11/20 - 19:00", "2024-11-20"),
    ("The match took place 5 July 2024", "2024-07-05"),
])
def test_s55_a_date_after_any_other_word_is_still_a_day(text, day):
    [found] = dates.find_dates(text)
    assert str(found.value["date"]) == day


@pytest.mark.parametrize("text, expected", [
    ("06.18.25", "2025-06-18"),  # 18 is no month: month first
    ("18/06/25", "2025-06-18"),  # day first
    ("٠٣-٢٧-٢٤", "2024-03-27"),  # Arabic-Indic digits
    ("07.07.26", "2026-07-07"),  # both orders the same day
])
def test_a_short_year_date_alone_is_read_when_one_order_fits(text, expected):
    found = dates.find_short_year_alone(text)
    assert found is not None and found.value["date"] == expected
    assert found.value["original"] == text and found.value["precision"] == "day"


@pytest.mark.parametrize("text", ["06.05.25", "31.02.25", "6.5.2025", "06.18.25 p", "2-1"])
def test_a_short_year_date_alone_of_either_order_or_none_is_not_read(text):
    assert dates.find_short_year_alone(text) is None


@given(st.integers(1, 31), st.integers(1, 31), st.integers(0, 99))
@settings(max_examples=300, deadline=None)
def test_a_short_year_date_alone_is_a_real_day_of_its_numbers(first, second, year):
    found = dates.find_short_year_alone(f"{first:02d}.{second:02d}.{year:02d}")
    if found is not None:
        day = dt.date.fromisoformat(found.value["date"])
        assert {day.day, day.month} == {first, second} and day.year == 2000 + year
        assert first == second or min(first, second) <= 12 < max(first, second) or \
            not _both_orders_are_days(first, second, 2000 + year)


def _both_orders_are_days(first: int, second: int, year: int) -> bool:
    try:
        dt.date(year, second, first), dt.date(year, first, second)
    except ValueError:
        return False
    return True
