"""The given-name list: evidence of a person, never a calendar word or a headline's word."""

from __future__ import annotations

import re

import pytest

from pipeline import dates, given_names

_CALENDARS = (dates._GREGORIAN_NAMES, dates._FRENCH_NAMES, dates._HIJRI_NAMES, dates._WEEKDAYS)


def _calendar_words() -> list[str]:
    """Every word of every month and weekday name the dates module reads, as printed and
    without the article ("الخميس" and "خميس", "Rabi' al-Awwal" and "Awwal")."""
    words = set()
    for table in _CALENDARS:
        for names in table.values():
            for name in names:
                for word in re.split(r"[\s\-']+", name):
                    words.update({word, word.removeprefix("ال")} - {"", "al"})
    return sorted(words)


@pytest.mark.parametrize("word", _calendar_words())
def test_no_month_or_weekday_name_of_any_calendar_is_a_given_name(word):
    assert not given_names.is_given_name(word)


@pytest.mark.parametrize("word", [
    # words that open English headlines, labels and datelines
    "Will", "May", "Can", "Said", "Mark", "Bill", "Hope", "Faith", "Joy", "Peace", "Rose",
    "Summer", "Do", "He", "Oh", "Nor", "Park", "Pan", "Amber", "Frank", "The", "How", "Why",
    "New", "Breaking", "Watch", "Live", "Opinion", "NGO", "SANA", "ISA", "Juma",
    # places, titles and particles
    "Jordan", "Victoria", "Georgia", "Chad", "Israel", "Sydney", "Florence", "Paris",
    "Chelsea", "Lincoln", "Washington", "Santiago", "Salvador", "Haifa", "Juba", "Basel",
    "Sri", "Ho", "Sofia", "Gao", "Samar", "Homa", "Uhuru", "Sheikh", "Sultan", "Prince",
    "King", "Sayed", "Nana", "Al", "El", "Le", "De", "Van", "Asia", "Danish", "Shaheen",
    "Qazi", "Khawaja",
    # Arabic words that open headlines and labels: peace, victory, dawn, morning, feast,
    # war, hope, life, a promise, "witnessed", a prayer, good news, a star, a crescent
    "سلام", "نصر", "فجر", "صباح", "عيد", "حرب", "أمل", "حياة", "وعد", "شهد", "دعاء", "بشرى",
    "نجم", "هلال", "عاجل", "فيديو", "شاهد", "بالصور", "تقرير", "رأي", "وزير", "تركي",
    # places: an anchorage (مرسى مطروح, folded as the name مرسي), a port (بندر عباس)
    "مرسى", "بندر",
    # titles and honorifics
    "الحاج", "السيد", "الشيخ", "مولاي", "سلطان", "أمير",
])
def test_a_common_word_is_no_given_name(word):
    assert not given_names.is_given_name(word)


@pytest.mark.parametrize("word", [
    "محمد", "خديجة", "عبدالرحمن", "نورالدين", "عيدروس", "امحمد", "ميلود", "يمينة", "هوشيار",
    "بيريفان", "ماسينيسا", "تينهينان", "بهروز", "أرطغرل", "شربل", "بيشوي", "ريهام", "موزة",
    "Mohamed", "Muhammad", "Khaled", "Abdelkrim", "Soukaina", "Massinissa", "Hoshyar",
    "Behrouz", "Zabihullah", "Gökhan", "Siobhán", "Hélène", "Jean-Pierre", "Gonçalo", "Maricel",
    "Giulia", "Jürgen", "Bjørn", "Małgorzata", "Barış", "Giorgos", "Yossi", "Priya", "Gurpreet",
    "Arindam", "Saravanan", "Mahinda", "Junaid", "Tauseef", "Shumaila", "Oluwaseun", "Chiamaka",
    "Hadiza", "Akosua",
    "Fatoumata", "Wanjiru", "Sipho", "Kagiso", "Tesfaye", "Abdirahman", "Nurhayati",
    "Somchai", "Kazuki", "Delroy", "Tan", "Nguyen",
])
def test_a_common_given_name_of_each_group_is_known(word):
    assert given_names.is_given_name(word)


@pytest.mark.parametrize("word", [
    # Central Asian names the Arabic and English press print (Kyrgyz, Kazakh, Uzbek)
    "Nurgul", "Aibek", "Gulnara", "Sherzod", "Dilnoza", "Azamat",
    # Welsh, Ethiopian, Nepali, Pacific and common English names the lists lacked
    "Gwilym", "Eira", "Hiwot", "Bereket", "Sabitri", "Salote", "Sione", "Jack", "Harriett",
    "Maren", "Elise",
])
def test_s49_given_names_of_groups_the_lists_lacked_are_known(word):
    assert given_names.is_given_name(word)


@pytest.mark.parametrize("word", ["Shannon", "Trent", "Constance", "Mason", "Parker", "Max",
                                  "Ute", "Jun", "Morgan"])
def test_s49_places_brands_and_words_left_out_with_the_new_names_stay_out(word):
    # (a river and an airport, a river, a lake; a trade, a pen, a word; a vehicle; a month)
    assert not given_names.is_given_name(word)


@pytest.mark.parametrize("word", [
    # Arabic men and women: the Levant, Palestine, Iraq, the Gulf, Egypt and Sudan
    "سائد", "ميثم", "منتظر", "خلدون", "حمادة", "فواد", "عايشة", "شمسة", "هنادي", "ميادة",
    "حوراء", "علوية", "تماضر", "كلتوم",
    # the Maghreb and Mauritania; Kurdish, Amazigh, Persian and Turkish in Arabic letters
    "لحسن", "الطيب", "الصادق", "فاطمتو", "يطو", "بهزاد", "مسرور", "سيفاكس", "محمدرضا",
    "ناهيد", "إليف",
    # Western names as the Arabic press prints them
    "إليزا", "مارتا", "ماريان", "مارغريت", "إيلين", "إليانور", "كلارا", "مارك", "خوان",
    # Arabic names in Latin letters
    "Hoda", "Wesam", "Haidar", "Muntadhar", "Rahaf",
    # English, Irish and Biblical
    "Rafe", "Oona", "Tamsin", "Mercy", "Dale", "Meg", "Ruby", "Gus", "Síle", "Eoghan", "Dorcas",
    # French and Québécois; Iberian, Latin American and Filipino; Italian
    "Luc", "Réjean", "Gaétan", "Guylaine", "Lupe", "Marisa", "Delfina", "Rodel", "Vinícius",
    "Jacopo", "Ettore",
    # Germanic and Nordic; other European
    "Ottilie", "Solveig", "Saskia", "Reto", "Kirsi", "Helena", "Zbigniew", "Laszlo", "Ilinca",
    "Inese", "Aigerim", "Tamar", "Gevorg",
    # South Asian, Sri Lankan and Nepali
    "Devika", "Nilanthi", "Dilrukshi", "Dev", "Leena", "Anushka", "Tenzing", "Aishath",
    # African: West, East, Southern, the Horn
    "Chikondi", "Ndapewa", "Mwape", "Terkula", "Aminat", "Kouassi", "Mirembe", "Henok",
    "Faduma",
    # Southeast Asian, Pacific and East Asian
    "Iskandar", "Kyaw", "Minh", "Lupe", "Tomasi", "Mereani", "Ioane", "Sefa", "Pita", "Aiko",
    "Kaito", "Wen",
])
def test_s53_given_names_of_groups_the_lists_under_covered_are_known(word):
    assert given_names.is_given_name(word)


@pytest.mark.parametrize(("word", "known"), [
    ("Marc-André", True), ("Kerry-Ann", True), ("Marie-Ève", True), ("Pieter-Jan", True),
    ("Abdul-Razak", True), ("Mei-Ling", True),
    ("Ben-Gurion", False), ("Al-Hassan", False), ("Franco-German", False),  # a particle,
    ("Hong-Kong", False), ("Marc-andré", False), ("Jean-B", False),  # a place, a lowercase
    ("Anglo-French", False),  # part, an initial; a combining form
])
def test_a_hyphened_word_with_a_known_given_name_is_a_given_name(word, known):
    assert given_names.is_given_name(word) is known


@pytest.mark.parametrize("word", [
    # places, clubs and rivers
    "Clare", "Kerry", "Devon", "Leigh", "Selma", "Clovis", "Saida", "Sabah", "Sanaa", "Padma",
    "Rand", "Erez", "Ofra", "Gela", "Adama", "Vitoria", "Marina", "Everton", "Kong", "Ang",
    # words, acronyms, brands and titles
    "Patience", "Comfort", "Blessing", "Charity", "Akin", "Semi", "Hone", "Hung", "Wanna",
    "Till", "Ole", "Mats", "Sari", "Puja", "Fang", "Fan", "Sung", "Woo", "Gabby", "Flora",
    "Lama", "Siri", "Oscar", "Ariane", "IRA", "ESA", "VIC", "ITA", "Dato", "Emir", "Ray",
    "Grant", "Miles", "Mai", "Dee", "Nat", "Val",
    # surnames printed alone in headlines
    "Kiplagat", "Kipruto", "Maina", "Blair", "Maxwell",
    # Arabic: Western names folding into common words ("إن", "أنا", "إني", "الآن", "روى"),
    # a verb, a gene, dung, an award; a medal, generosity, carpets, rock, flowers, worship,
    # a deal's signing, "pledged"; a mountain, a marina; a city's first word
    "آن", "آنا", "آني", "ألان", "روي", "أليس", "تود", "جين", "روث", "نيك", "أوسكار", "وسام",
    "كرم", "سجاد", "صخر", "زهور", "عبادة", "إبرام", "عاهد", "شمسان", "مارينا", "إسلام",
])
def test_s53_words_left_out_with_the_new_names_stay_out(word):
    assert not given_names.is_given_name(word)


@pytest.mark.parametrize("word", ["وسام", "كرم", "Patience", "Comfort", "Blessing", "Precious"])
def test_s53_given_names_that_are_words_count_beside_other_evidence(word):
    assert given_names.word_name(word)


@pytest.mark.parametrize("word", [
    # Hausa names of the day of birth and Middle Belt (Berom, Ngas) names, as Nigeria's
    # regional dailies print their reporters'
    "Danladi", "Talatu", "Larai", "Gyang", "Dalyop", "Bitrus",
    # Bangladeshi names the South Asian list lacked
    "Shahriar", "Mahmudullah", "Tahmina",
])
def test_s57_given_names_of_groups_the_lists_lacked_are_known(word):
    assert given_names.is_given_name(word)


@pytest.mark.parametrize("word", [
    # Jamaican men's names, as the island's dailies print their readers' letters signed
    "Orville", "Garfield", "Lascelles", "Glenford", "Linval", "Audley", "Hopeton", "Neville",
    "Horace",
])
def test_s58_caribbean_given_names_the_list_lacked_are_known(word):
    assert given_names.is_given_name(word)


@pytest.mark.parametrize("word", [
    "Maartje", "Willemijn", "Noortje", "Janneke", "Sjoerd", "Jelle", "Tijmen", "Annemiek",
    "Marijke", "Sietske", "Hidde", "Gijs", "Wessel", "Maaike", "Margriet",
])
def test_s58_dutch_and_frisian_given_names_the_list_lacked_are_known(word):
    """The Dutch press's common given names: a writer's name alone on its line under the
    standfirst ("Maaike de Groot" / "Gijs Veenstra") is read as a person's."""
    assert given_names.is_given_name(word)
