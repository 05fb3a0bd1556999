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
   (duplicate title, breadcrumb), next to a date or byline, and close to the body. A
   server warning, a developer's credit, a dateline credit, the site's name, a photo's
   caption or a live blog's entry is never one.
4. Dates and the byline are read only from the header zone around the title (and the
   writer's lines right after the text), so a clock widget or a related article's date
   is never taken for the publication date. Precision first: a value is asserted only
   with positive evidence; a candidate that looks like a current-date widget, a caption
   or a credit naming no person is left out, with a note saying which and why.
5. Every other non-blank line is listed in ``removed`` with the reason it went, and the
   record's ``evidence`` names the raw line and the rule behind each metadata value.

``clean_text`` is a pure function; ``run`` does the I/O for the whole corpus.
"""

from __future__ import annotations

import datetime as dt
import functools
import multiprocessing
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

import msgspec
from tqdm import tqdm

from . import ROOT, dates, given_names, schemas, sources, textnorm
from .cache import CACHE_DIR, StageCache, key
from .errors import PipelineError, Problem
from .fileio import (
    DigestMemo,
    atomic_write_bytes,
    canonical_json,
    read_verified,
    sha256_bytes,
    sha256_file,
)

# ---------------------------------------------------------------------------------------
# Cue vocabulary: generic words of web page furniture, matched on folded text as whole
# words. They are the words such furniture is built from on any Arabic or English news
# site, not lines copied from particular pages.
# A link's button between paragraphs ("… اضغط هنا"), an embedded post's "view it all": a
# widget, never a subheading.
_LINK_BUTTONS = ["اضغط هنا", "انقر هنا", "click here", "عرض المنشور", "view full post",
                 # An embedded post's link to the rest of it on its network.
                 "عرض المزيد على فيسبوك", "عرض المزيد على إنستغرام", "عرض المزيد على انستغرام",
                 "view more on facebook", "view more on instagram", "see more on facebook",
                 # A comparison widget's offers ("Compare rates from our partners").
                 "from our partners", "من شركائنا"]
# An embedded chart's label ("إنفوغراف", "Infographic"): a cue where it stands, and the
# label alone over its title between paragraphs (_labelled_embed).
_CHART_WORDS = ["إنفوجرافيك", "انفوجرافيك", "إنفوغرافيك", "infographic", "إنفوجراف", "انفوجراف",
                "إنفوغراف", "انفوغراف", "رسم بياني",
                # the Maghreb's spelling, after the French "infographie"
                "إنفوغرافيا", "انفوغرافيا", "إنفوجرافيا", "انفوجرافيا"]
_CUES = {
    "related": [
        "ذات صلة", "ذات الصلة", "ذات علاقة", "ذات العلاقة", "اقرأ أيضا", "اقرأ ايضا",
        "ذو صلة", "ذو الصلة",  # (the masculine, for the story linked: "ذو صلة: <headline>")
        "إقرأ أيضا", "اقرأ المزيد", "شاهد أيضا",
        "اقرئي أيضا", "شاهدي أيضا",  # (a women's magazine addresses its reader)
        # (a site addressing both, the feminine's ending after a slash: "اقرأ/ي أيضًا")
        "اقرأ/ي أيضا", "شاهد/ي أيضا", "طالع/ي أيضا", "تابع/ي أيضا", "اقرأ/ي المزيد",
        "طالع أيضا", "طالع ايضا", "تابع أيضا", "تابع ايضا", "تابعي أيضا",
        "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر رواجا", "الأكثر شعبية",
        "الرائج الآن", "trending now", "popular now",
        "أخبار متعلقة", "مقالات مشابهة",
        # ("related" as Egyptian and Levantine sites print it over their links' box)
        "موضوعات متعلقة", "مواضيع متعلقة", "قصص متعلقة", "روابط متعلقة", "مواد متعلقة",
        "مواضيع مشابهة", "قد يعجبك", "قد يهمك", "المزيد من", "أخبار ذات", "related", "read also",
        # (the feminine, agreeing with the plural over a box of links: "مواضيع قد تهمك")
        "مواضيع قد تهمك", "قصص قد تهمك", "أخبار قد تهمك",
        # a box of the site's latest stories under its name ("آخر أخبار من "NAME"")
        "آخر أخبار من", "أحدث أخبار من", "latest from",
        "read more", "see also", "also see", "more from", "most read", "most popular",
        "recommended", "most viewed", "most watched", "most shared", "related news",
        "related stories", "related story", "related articles",
        "you may also like", "more stories", "also read", "اخترنا لكم", "اخترنا لك",
        "more on this story", "المزيد حول", "مقالات متعلقة", "مواد ذات صلة", "read next",
        # a channel's box of other stories in brief between paragraphs ("موجز الأخبار")
        "موجز الأخبار", "news in brief",
        # a link's label naming what it links to ("قصة ذات صلة: <headline>", "خبر ذو صلة")
        "قصة ذات صلة", "قصص ذات صلة", "خبر ذو صلة", "موضوع ذو صلة", "مقال ذو صلة",
        "مقالة ذات صلة",
        # the same label over a list's worth of links, its noun plural ("مواضيع ذات صلة: …")
        "مواضيع ذات صلة", "موضوعات ذات صلة", "مقالات ذات صلة", "أخبار ذات صلة",
        # The next story run on after the article: "In other news – <headline>".
        "in other news", "also in the news", "في خبر آخر", "وفي خبر آخر", "في سياق آخر",
        # A list of the site's other stories under its heading ("أخبار أخرى", "More news").
        "أخبار أخرى", "مقالات أخرى", "more news", "other news",
        # The site's suggestions under their heading ("مواضيع مقترحة", "Suggested reading"):
        # no tags, though "مواضيع" alone heads a list of tags.
        "مواضيع مقترحة", "مقالات مقترحة", "أخبار مقترحة", "قراءات مقترحة", "suggested reading",
        "suggested stories", "suggested articles", "suggested for you", "قصص مقترحة",
        # The link to the story before or after it, over that story's headline.
        "previous article", "next article", "previous story", "next story", "previous post",
        "next post", "المقال السابق", "المقال التالي", "الخبر السابق", "الخبر التالي",
        "الموضوع السابق", "الموضوع التالي",
        # The French label a bilingual Maghreb or Lebanese site sets in its English or Arabic
        # pages, over a link to its French edition ("Lire aussi : <titre>").
        "lire aussi", "à lire aussi", "lire également", "à lire également", "voir aussi",
    ],
    "comments": [
        "التعليقات", "تعليقات", "اترك تعليقا", "أضف تعليق", "اكتب تعليق", "إلغاء الرد",
        "الاسم", "البريد الإلكتروني", "الموقع الإلكتروني", "إرسال", "comments",
        "leave a reply", "leave a comment", "cancel reply", "post comment", "add a comment",
        "add comment", "add your comment", "write a comment", "أضف تعليقا", "أضف تعليقك",
        "آراء القراء", "اراء القراء", "join the discussion", "join the conversation",
        "تعليقات القراء", "تعليقات الزوار", "readers comments", "reader comments",
        "user comments", "your comments", "discussion about this post",
        # An obituary's guest book: its readers' condolences, each a name and a day.
        "guest book", "guestbook", "sign the guest book", "سجل التعازي", "تعازي القراء",
    ],
    "tags": [
        "كلمات مفتاحية", "الكلمات المفتاحية", "الكلمات الدلالية", "الوسوم", "وسوم", "مواضيع",
        "الكلمات المفاتيح", "كلمات مفاتيح",  # (the Maghreb's: "keys" for "key words")
        "الكلمات الدالة", "كلمات دالة",  # (an Algerian daily's: "the telling words")
        "tags", "keywords", "topics", "filed under",
    ],
    "footer": [
        "©", "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر", "all rights reserved",
        "copyright", "الذهاب إلى الأعلى", "العودة إلى الأعلى", "العودة للأعلى", "back to top",
        "scroll to top", "سياسة الخصوصية", "privacy policy", "terms of use", "شروط الاستخدام",
        "cookie policy", "donate", "support us", "تبرع", "ادعمنا",
        # The link to license the article, among the tools under it.
        "rights & permissions", "rights and permissions", "reprints & permissions",
        "reprints and permissions",
    ],
    "widget": [
        "undefined", "null", "subscribe",
        "اشترك", "اشتركي", "النشرة البريدية", "newsletter", "تابعنا", "follow us", "advertisement",
        "إعلان", "إشهار",  # (the Maghreb's word for an advertisement)
        "loading", "جار التحميل", "ألبوم صور", "فيديوهات", "الصور", "استمع", "حفظ", "listen",
        "save", "bookmark", "skip to content", "تخطى إلى المحتوى", "بث مباشر", "live", "sign up",
        "اشتركوا", "تابعونا", "قناتنا", "join our",
        "سجل في النشرة", "سجل في نشرتنا",  # (the call with its other verb: "register in")
        "حجم الخط", "font size", "text size", "in english", "بالعربية", "بالعربي", "en français",
        # An ad slot's placeholder between paragraphs: never a subheading of the text.
        # (Phrases only: a single word, "Sponsored", may open a short headline.)
        "مساحة إعلانية", "مساحة اعلانية", "مساحة للإعلان", "محتوى ممول", "sponsored content",
        "إعلان ممول", "إعلان مدفوع",
        # An embedded chart's or video's label left where it stood.
        *_CHART_WORDS,
        # The link to the site's page on its standards, naming the site, by the byline
        # ("Why you can trust NAME", "لماذا يمكنك الوثوق بـ NAME"): never a headline.
        "why you can trust", "لماذا يمكنك الوثوق", "لماذا يمكنك أن تثق",
        "story continues below advertisement", "continue reading below", "article continues below",
        "story continues below this ad", "article continues below this ad",
        # (the same, short, or after "continue reading": "Story continues below", "Continue
        # reading after ad")
        "story continues below", "continue reading after ad",
        "continue reading after advertisement",
        "continued below",  # (a weekly's template, in the past participle: "Continued below...")
        # the label where the text resumes under an ad slot ("Advertisement 2" / "Article
        # content" / the next paragraph)
        "article content", "story content",
        # An expander button inside the text ("Story continues", "تابع القراءة").
        "story continues", "continue reading", "تابع القراءة", "أكمل القراءة",
        # A paywall's notice where the site cuts the text ("This article is available to
        # subscribers only", "هذا المقال متاح للمشتركين فقط").
        "subscribers only", "for subscribers only", "للمشتركين فقط",
        # ("هذا المقال مخصص للمشتركين", "This story is reserved for subscribers")
        "مخصص للمشتركين", "مخصصة للمشتركين", "حصري للمشتركين", "متاح للمشتركين",
        "reserved for subscribers", "exclusive to subscribers",
        # A table of contents' label or toggle left between paragraphs.
        "محتويات المقال", "محتوى المقال", "جدول المحتويات", "table of contents",
        # The button that copies the story's short address, beside the share bar.
        "رابط مختصر", "الرابط المختصر", "short link", "short url",
        # The link to the writer's other stories, beside the byline: never a headline.
        "more by this author", "more from this author", "more by the author",
        "more from the author", "مقالات سابقة للكاتب", "مقالات سابقة للكاتبة",
        # A link's button between paragraphs (see _LINK_BUTTONS).
        *_LINK_BUTTONS,
        # The label of the share bar's buttons ("Social Sharing").
        "social sharing",
        # The button beside the share bar that has a machine sum the story up ("Summarize
        # this article with AI", "لخّص المقال"), or its prompt to read that summary in an app
        # ("Read a summary of this article on …"): never a headline nor a paragraph.
        "summarize this article", "summarise this article", "summarize this story",
        "summarise this story", "summary of this article", "summary of this story",
        "لخص المقال", "لخص هذا المقال", "تلخيص المقال", "تلخيص هذا المقال",
        # An ad slot's label, in the languages of the sites beside the Arabic ("Publicité",
        # "Publicidad"), and the site's call to advertise ("أعلن هنا", "Anuncie aqui").
        "publicité", "publicidad", "publicidade", "advertise here", "advertise with us",
        "advertise with the",  # (the site's name after it: "Advertise with the Courier")
        "أعلن هنا", "أعلن معنا", "anuncie aqui", "anuncie aquí", "annoncez ici",
    ],
    "caption": [
        "image caption", "image source", "photo", "picture", "getty images", "صورة", "الصورة",
        "مصدر الصورة", "التعليق على الصورة", "صور", "أرشيفية", "ارشيفية",
        "file photo", "handout", "courtesy", "supplied", "مواقع التواصل", "social media", "تصوير",
        # The Algerian papers' credit "ح.م" ("حقوق محفوظة", rights reserved) under a picture.
        "ح م",
        # an illustrator's or a photographer's credit set alone ("Illustration by NAME")
        "illustration by", "illustrations by", "photograph by", "photographs by",
        # A stand-in picture's note ("Image used for illustrative purposes."): no scene's
        # caption, the picture not of the story.
        "illustrative purposes", "illustration purposes",
        # A news photo's sale button under its caption.
        "buy now", "buy this photo", "purchase this photo", "شراء الصورة",
    ],
}
_SOCIAL = [
    "فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب", "تيليجرام", "تلغرام", "تلجرام",
    "انستغرام", "الانستغرام", "انستقرام", "لينكدإن", "لينكد إن", "بينتيريست", "يوتيوب",
    "تيك توك", "البريد الإلكتروني", "طباعة", "نسخ الرابط", "facebook", "twitter", "x", "whatsapp",
    "telegram", "instagram", "linkedin", "pinterest", "tumblr", "reddit", "youtube", "tiktok",
    "email", "e-mail", "rss", "print", "copy link", "messenger", "إكس",
]
_SHARE_VERBS = ["شارك", "شاركها", "شاركوا", "مشاركة", "share", "tweet"]
# (An update's label may be printed alone over its date and run on with "تم", "on", "at":
# "تم التحديث", "Updated on": any of these words in a short label line names the update.)
_UPDATE = ["آخر تحديث", "تحديث", "التحديث", "محدث", "آخر تعديل", "updated", "last updated",
           "last update", "modified",
           # An edit's label ("عُدّل في …", "تاريخ التعديل: …", "Revised …", "Last reviewed:
           # …") and the Maghreb's French ("Mis à jour le …", "Modifié le …"): the update,
           # never the publication.
           "تعديل", "التعديل", "عدل", "عدل في", "تحديثه", "آخر مراجعة", "revised", "last reviewed",
           "last edited", "edited on", "edited at", "last changed", "refreshed", "upd",
           "corrected", "correction appended", "mis à jour", "mise à jour", "modifié"]
# A sentence saying when the article was published, printed after the text ("This article
# was published on 4 May 2026 at 12:33 BST", "نُشر هذا المقال في …"): see _publication_note.
_PUBLICATION_NOTE_LABELS = ["this article was published on", "this story was published on",
                            "this article was first published on",
                            "this story was first published on", "this article was published",
                            "this piece was published on", "this content was published on",
                            "نشر هذا المقال في",
                            "نشر هذا المقال بتاريخ", "نشرت هذه المقالة في", "نشر هذا التقرير في"]
# Labels printed before a publication date ("Published date: …"): never an author's name.
_DATE_LABEL = ["نشر", "نشر في", "نشر يوم", "تاريخ النشر", "التاريخ", "تاريخ", "بتاريخ",
               "نشر بتاريخ", "published", "posted", "date", "published on", "posted on",
               "first published", "first published on", "this story is from",
               "this article is from", *_PUBLICATION_NOTE_LABELS,
               # (a post's, in the feminine: "نُشرت في: 2026-08-03", the post or the column)
               "نشرت في", "نشرت يوم", "نشرت بتاريخ"]
# A live page's reporters, named together under its headline ("Live reporting by NAME, NAME
# and NAME"; its editor's "Edited by" line under it is no writer's): a byline, though its
# first word is a "Live" button's.
_LIVE_CREDITS = ("live reporting by", "live coverage by", "live updates by", "live text by",
                 "live blog by", "live commentary by")
_AUTHOR = ["بقلم", "كتب", "كتبت", "كتبه", "كتبها", "كتابة", "إعداد", "الكاتب", "الكاتبة", "المحرر",
           "بواسطة", "by", "author",
           "written by", "story by", "words by", "text by", "reported by", "posted by",
           # A broadcaster's report and its video's ("Report by NAME", "Video report by NAME").
           "report by",
           # The same "text by" in Arabic, its preposition glued by a tatweel ("نص بـ: NAME").
           "نص بـ",
           # A blog platform's "posted by" in Arabic, after the post ("أرسلت بواسطة NAME في …").
           "أرسلت بواسطة", "أرسل بواسطة", "نشرت بواسطة", "نشر بواسطة", "مرسلة بواسطة",
           "مرسل بواسطة",
           # The article's writer named after the text ("كاتب المقال NAME").
           "كاتب المقال", "كاتبة المقال", "كاتب المقالة", "كاتبة المقالة",
           # The same label in English ("Article author: NAME (OUTLET)").
           "article author",
           # An interview's byline credits the interviewer: "حاوره في صنعاء / …".
           "حاوره", "حاورها", "حاورته", "حاورتها", "حاورهم", "أجرى الحوار", "أجرت الحوار",
           "interview by", "interviewed by",
           # A first-person piece's writer, who took down the narrator's story ("As told to
           # NAME"), after the text or under the headline: its interviewer.
           "as told to",
           # A genre's name before "by" ("Opinion by NAME", "Analysis by NAME"; a critics'
           # roundup's "Reviews by NAME, NAME": "Review by" credits a checker, see
           # _REVIEWER_CREDIT).
           "opinion by", "analysis by", "commentary by", "reviews by",
           *_LIVE_CREDITS,
           # The same genres before the Arabic label ("تحليل بقلم NAME", "رأي بقلم NAME").
           *(f"{genre} بقلم" for genre in ("تحليل", "رأي", "تعليق", "مقال", "مقال رأي")),
           # One person credited for the text and the pictures ("Text and photos by NAME",
           # "Story and photographs by NAME"): the writer's byline, as _JOINT_CREDIT reads.
           *(f"{text} and {pictures} by" for text in ("text", "story", "words")
             for pictures in ("photos", "photographs", "pictures"))]
# An advice column's label before the expert who answers the reader ("تجيب عنها: NAME",
# "إجابة: NAME", "يرد عليها: NAME"): the column's writer, when a name follows (see
# _GENRE_CUE). ("ترد: NAME" alone is left out: a card between the letter and the answer
# would open the text after it; with the reader it answers, "ترد عليه", it credits.)
_ANSWERER = r"[يت]جيب(?:\sعنها|\sعنه|\sعليها|\sعليه)?|[يت]رد\s(?:عليها|عليه|عليكم)|إجابة|" \
    r"اجابة|الإجابة|الاجابة"
# An interview's label in English before the interviewer's name, after the text or under
# the headline ("Interview: NAME", as "حوار: NAME"): a genre's label (see _GENRE_CUE).
_INTERVIEW_GENRE = r"(?i:interview)"
# Credits that name the writer only before their colon ("تحقيق: هالة منصور", "تحرير: …"):
# each word alone opens sentences ("تحقيق التنمية": achieving development, "تحرير الأسعار").
_LABEL_CUE = re.compile(r"^(?:(?:تحقيق|تحرير|تقرير|حوار|متابعة|متابعه|تغطية|تغطيه|تحليل|من|"
                        r"[يت]كتب(?:ها|ه)?|(?i:authors|writers)|" + _ANSWERER + "|" +
                        _INTERVIEW_GENRE + r")"
                        r"\s?[:：]|[✍🖊✒]\ufe0f?)")  # ("يكتب: NAME", "he writes": a guest
# column's label, "يكتبها: NAME", "he writes it", a review's; a writing hand or a pen's
# symbol before the name: "✍️ NAME"; a plural writers' label, "Authors: NAME, NAME and
# NAME", whose list of three names reads as no place's credit)
# A genre's label (a report's, an analysis's: "تحليل: NAME، NAME") also heads a headline or
# a kicker ("تقرير: عودة بطيئة …", "تحقيق: … (2 من 3)", "تغطية: …" over a live page): it
# credits a writer only before a known given name (see _label_cue). "من:" ("from:") is read
# so too: the writer under a Gulf daily's headline ("من: NAME"), a route's or a list's start
# before anything else ("من: محطة الرمل").
# A writer's label joined to the photographer's, one person credited for both ("حوار
# وتصوير: NAME", "CITY - تقرير وتصوير: NAME", "Words and pictures: NAME"): the writer's
# credit, never a caption nor a headline.
_JOINT_CREDIT = re.compile(r"(?:^|[\s\-–—|/])(?:(?:تحقيق|تقرير|حوار|متابعة|متابعه|تغطية|تغطيه|"
                           r"نص|كتابة|إعداد|اعداد)\s+و(?:تصوير|صور)|(?i:(?:text|words|story) "
                           r"and (?:photos|photographs|pictures)))\s?[:：]")
_GENRE_CUE = re.compile(r"^(?:تحقيق|تقرير|حوار|متابعة|متابعه|تغطية|تغطيه|تحليل|من|" + _ANSWERER +
                        "|" + _INTERVIEW_GENRE + r")\s?[:：]\s*")
# A desk's credit: a role noun and its adjectives ("المحرر الاقتصادي", "الكاتب الرياضي"),
# judged whole (no person), not as the cue "المحرر" before a name.
_DESK_CREDIT = re.compile(r"^(?:المحرر|المحررة|المحرره|الكاتب)(?:\s+ال\w+){1,2}$")
# The place opening an agency's dateline, before its date: "النعمة، ", "DAKAR, ".
_DATELINE_PLACE = re.compile(r"[^\W\d_](?:[^\d,،:.!?؟\-–—()]){1,28}(?:[,،]|\s[\-–—])\s*")
# The dash, the agency's bracket or the colon after a dateline's date: "DAKAR, 3 March 2025
# (APS) –", "Tripoli, 23 June 2026: …", "KUWAIT CITY, Nov 28: …", "… 28 نوفمبر -".
_AFTER_DATELINE_DATE = re.compile(r"\s*[:\-–—(]")
# A town and its date with no mark between, the agency's short name and its dash after the
# date: "جنين 12-11-2025 البيادر- …" (the town, then the digits; the name, then the dash).
_BARE_DATELINE_PLACE = re.compile(r"[^\W\d_]{2,20} (?=\d)")
_AGENCY_AFTER_DATE = re.compile(r" [^\W\d_]{2,20}\s?[\-–—]\s")
# The town after the writer's name and dash, then "في" and the date ("… - القاهرة في"),
# and the clock after that date, before the dash ("09:15 مساءً").
_TOWN_FI = re.compile(r"[^\W\d_][^\d,،:.!?؟\-–—()]{1,20}\sفي\s+")
_DATELINE_CLOCK = re.compile(r"\s*[0-9]{1,2}:[0-9]{2}(?:\s*(?:مساءً?|صباحًا?|مساء|صباحا|[صم]))?")
# A byline's time after a mark ("By Jane Doe · 3 days ago", "NAME / 14:05"): no part of
# the name.
_TIME_TAIL = re.compile(r"\s*(?:[/|•·]|\s[\-–—]|\s(?:في|at)\s)\s*([^/|•·]*)$")
# Credits of who voiced or staged the text, paired with the writer's on broadcasters'
# pages ("كتابة: … / قراءة: …"): the newsreader or presenter is not the author, nor is a
# programme's host or guest ("المحاور: …", "الضيف: …", "Host: …").
_VOICE_CREDIT = re.compile(r"^(?:قراءة|قراءه|تقديم|إلقاء|أداء|صوت|read by|presented by|"
                           r"narrated by|presenter|narrator|voice|(?:ال)?محاورة?|(?:ال)?ضيفة?|"
                           r"(?:ضيفة?|ضيوف) الحلقة|مقدمة? (?:البرنامج|الحلقة)|hosts?|hosted by|"
                           r"guests?)\s*[:：]", re.IGNORECASE)
_ORGANISATION = ["وكالة", "صحيفة", "جريدة", "موقع", "قناة", "شبكة", "agency", "news", "times",
                 "post", "network", "press", "نيوز", "نت", "بوابة", "الإخباري", "الإخبارية",
                 "ميديا", "media", "online", "daily", "tv"]
# Credits that name no person: a role, a desk, wire services ("مراسل صوت الشام",
# "Staff & Agencies", "Reuters staff").
_NO_PERSON = ["مراسل", "مراسلنا", "مراسلو", "مراسلة", "المراسل", "محرر", "المحرر", "محررو",
              "محررة", "المحررة",
              "مراسلا", "مراسلتا", "محررا", "محررتا",  # (two writers' role, in the dual)
              # A masthead's role or desk, printed where a name would stand ("بواسطة رئيس
              # التحرير", "By Admin"): a role only, no person.
              "رئيس التحرير", "مدير التحرير", "هيئة التحرير", "أسرة التحرير", "سكرتير التحرير",
              "مدير النشر", "مديرة النشر",  # (the publication director, signing an editorial)
              "التحرير",  # (the desk credited alone under the headline: "the editors")
              "admin", "administrator", "editor-in-chief", "webmaster",
              # The site's administrator account, in Arabic ("بواسطة مدير الموقع").
              "مدير الموقع", "مديرة الموقع", "مشرف الموقع", "مشرفة الموقع", "أدمن", "الأدمن",
              # An office credited as a whole ("بواسطة: إدارة الموقع", "مكتب الإعلام"): no
              # person.
              "إدارة", "الإدارة", "مكتب", "المكتب", "office",
              "فريق", "قسم", "وكالات", "الوكالات", "staff", "agencies", "desk", "correspondent",
              "correspondents", "editor", "editors", "team", "reporters", "newsroom", "wires",
              "newsdesk",  # (the desk's name run into one word: "By NAME Newsdesk")
              "القسم",  # (a site's section credited as the writer: "تحرير: القسم الثقافي")
              "wire", "service", "reporter", "كاتب", "كاتبة", "صحفي", "صحفية", "باحث", "باحثة",
              "newswire",  # (an agency's name closing on it: "NAME Associated Newswire")
              "محلل", "محللة", "writer", "journalist", "analyst", "researcher", "columnist",
              "contributor", "officer", "مسؤول", "مسؤولة",
              "critic",  # (a reviewer's role: "NAME, Chief Film Critic")
              "bureau chief",  # (a regional office's head: "Abuja Bureau Chief")
              # An NGO's or a campus office's staff signing its news ("NAME، منسقة البرامج").
              "منسق", "منسقة",
              # A board or a unit signing as a whole ("By Editorial Board", "إعداد: وحدة
              # التحقيقات", "Data Unit").
              "board", "editorial board", "unit", "وحدة", "الوحدة",
              # A guest slot credited where the writer's name stands ("By: Guest Column"):
              # the writer is named on another line.
              "guest column", "guest columns", "guest post", "guest essay", "guest opinion",
              "guest commentary", "guest author", "guest blogger"]
# A person's name holds no prepositions: "هنية في دمشق" / "Haniyeh in Doha" is a caption.
_NOT_IN_NAMES = ["في", "من", "على", "إلى", "الى", "عن", "مع", "خلال", "أثناء", "بعد", "قبل",
                 "لدى", "at", "on", "during", "with", "from", "after", "before", "the", "of",
                 "for"]
# Wire services and picture agencies credited in datelines and captions.
_AGENCIES = ["reuters", "afp", "ap", "associated press", "agence france-presse", "getty",
             "getty images", "epa", "anadolu", "xinhua", "spa", "wam", "qna",
             "رويترز", "أ ف ب", "ا ف ب", "أ.ف.ب", "الأناضول", "سانا", "وام", "واس", "قنا", "أرشيف",
             "أرشيفية", "file",
             # the other wires of a world desk's captions, by the short names they print
             "aa", "dpa", "efe", "ansa", "kyodo", "yonhap", "tass", "upi", "د ب أ", "د.ب.أ",
             # Britain's national wire, old name and new ("By NAME with PA Media")
             "pa media", "press association"]
# A language switch names languages and nothing else ("العربية English فارسی"); the
# same words inside a headline ("الجامعة العربية") are text.
_LANGUAGE_NAMES = ["english", "arabic", "عربي", "العربية", "français", "francais", "فارسی", "فارسي",
                   "türkçe", "español", "deutsch", "عبري", "עברית", "русский", "kurdî", "کوردی",
                   "اردو"]
# ... or by their codes, set apart by a bar ("FR | ع", "EN | AR"): a code alone ("AR", "EN")
# may be a state's or a section's, two with a bar between them are a switch.
_LANGUAGE_CODES = ["en", "fr", "ar", "es", "de", "tr", "fa", "ku", "ur", "he", "ru", "ع"]
# "Views do not necessarily reflect the site's", "لا تعبر بالضرورة عن رأي الموقع".
_DISCLAIMER = ["لا تعبر بالضرورة", "لا يعبر بالضرورة", "تعبر عن آراء كتابها", "تعبر عن رأي كاتبها",
               # (its writer or writers, its authors: "… تعبّر عن رأي كاتبيها ولا تعكس
               # بالضرورة رأي الموقع")
               "تعبر عن رأي كاتبيها", "تعبر عن آراء كاتبيها", "تعبر عن رأي أصحابها",
               "تعبر عن آراء أصحابها", "تعكس بالضرورة رأي", "يعكس بالضرورة رأي",
               "تعكس بالضرورة وجهة نظر", "يعكس بالضرورة وجهة نظر",
               "الآراء الواردة", "الآراء المنشورة", "do not necessarily reflect",
               "does not necessarily reflect", "are those of the author", "the author's own",
               "views expressed", "opinions expressed",
               # A comments section's ("Disclaimer: Comments do not represent the views of
               # OUTLET.", "التعليقات لا تمثل رأي الموقع")
               "comments do not represent", "comments do not reflect", "التعليقات لا تمثل",
               "التعليقات المنشورة لا تمثل",
               # an opinion desk's note on its guest writers ("Views of guest columnists are
               # their own."), or the writer's views said to be the writer's alone
               "views of guest columnists", "views of our columnists", "the writer's own",
               "the columnist's own", "are solely those of",
               # A health page's: "not a substitute for medical advice".
               "not a substitute for", "لا تغني عن استشارة", "لا يغني عن استشارة",
               # An audio version's note: "… is generated by text-to-speech, a technology …".
               "text-to-speech", "تحويل النص إلى كلام", "تحويل النص إلى صوت",
               # A sponsored desk's note: "… receives support from … The agency is solely
               # responsible for all content."
               "solely responsible for all content", "solely responsible for the content",
               # A wire reprint's note: "(… has not been edited by … staff and is published
               # from a syndicated feed.)".
               "from a syndicated feed", "has not been edited by",
               # A wire's note that its site prints a part of its subscribers' service: "Only a
               # part of the news distributed to subscribers … is published, in summarized form",
               # "الأخبار المنشورة على الصفحة الرسمية … هي جزء مختصر من الخدمة المقدمة للمشتركين".
               "distributed to subscribers", "in summarized form", "in summarised form",
               "هي جزء مختصر من", "هو جزء مختصر من",
               # (or a summary of a part of it: "… هي ملخص لجزء من الأخبار التي تقدم
               # للمشتركين", "… are a summary of part of the news offered to subscribers")
               "هي ملخص لجزء من", "هو ملخص لجزء من", "a summary of part of the news",
               "a summary of a part of the news",
               # A broadcast transcript's note: "… transcripts are created on a rush deadline.
               # Accuracy and availability may vary. …", "This transcript may not be in its
               # final form"
               "transcripts are created", "accuracy and availability may vary",
               # A machine summary's note under its points ("AI-generated summaries may
               # contain errors. Please refer to the full article.", "قد يتضمن الملخص
               # أخطاء، يرجى الرجوع إلى النص الكامل")
               "summaries may contain errors", "summary may contain errors",
               "قد يتضمن الملخص أخطاء", "قد يحتوي الملخص على أخطاء",
               "may not be in its final form", "may not be in their final form",
               # A shopping page's affiliate note ("We may earn a commission from purchases
               # made through links on this page.", "قد نحصل على عمولة عند الشراء …").
               "may earn a commission", "earn an affiliate commission", "affiliate links",
               "نحصل على عمولة", "روابط تسويقية", "روابط الشراكة",
               # A sponsored page's note ("This is partner content produced …", "هذا المحتوى
               # مقدَّم بالشراكة مع …").
               "this is partner content", "this is sponsored content", "this content is sponsored",
               "this article is sponsored", "this content was paid for",
               "هذا المحتوى مقدم بالشراكة", "هذا المحتوى مقدم برعاية", "هذا المحتوى برعاية",
               "هذا المحتوى مدفوع", "هذا المقال برعاية", "محتوى مدفوع مقدم من",
               # An unsigned editorial's note on whose view it states ("Editorials represent
               # the view of the paper …", "تعبر الافتتاحية عن رأي الصحيفة").
               "editorials represent", "editorials reflect", "this editorial represents",
               "this editorial reflects", "editorials are written by", "تعبر الافتتاحية عن",
               "الافتتاحية تعبر عن", "الافتتاحيات تعبر عن", "تعبر الافتتاحيات عن",
               # A cookie banner's notice ("We use cookies … By continuing to browse you agree
               # …", "يستخدم موقعنا ملفات تعريف الارتباط. بمتابعة التصفح فإنك توافق …").
               "we use cookies", "site uses cookies", "website uses cookies",
               "by continuing to browse", "our use of cookies", "نستخدم ملفات تعريف الارتباط",
               "موقعنا ملفات تعريف الارتباط", "الموقع ملفات تعريف الارتباط", "نستخدم الكوكيز",
               "موقعنا الكوكيز", "الموقع الكوكيز", "بمتابعة التصفح", "بمواصلة التصفح",
               "باستمرارك في التصفح"]
# A writer's bio closing the text: "Dan Roe is a senior fellow at …".
_BIO_EN = re.compile(r"^[\W_]*(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*,?\s+"
                     r"(?:is|was|has been|serves as)\s+(?:a|an|the)\s")
_BIO_VERB = re.compile(r",?\s+(?:is|was|has been|serves as)\s")  # after the bio's name
# "The writer is a labour economist …": the bio with no name, the byline gave it (a
# review's: "The reviewer is a …", "The critic is …"), or what the writer does ("The
# reviewer teaches literature in Lahore.", "The writer lives in Muscat and writes on …"; a
# review's "The author lives in …" is the book's author's).
_WRITER_IS = re.compile(r"^(?:the|this) (?:(?:writer|author|columnist|reviewer|critic|contributor)"
                        r" (?:is|was) (?:a|an|the) |(?:writers|authors) are |"
                        r"(?:writer|columnist|reviewer|contributor) "
                        r"(?:is based |teaches |lectures |lives in |works (?:as|at|for|in) |"
                        r"writes (?:on|about|for) ))", re.IGNORECASE)
# The same note set off in brackets: "(The writer is a veena player …)", "(الكاتبة عازفة
# عود …)": the writer's, whatever the role (a review's last words on the book's author
# are not bracketed).
_BRACKETED_WRITER_NOTE = re.compile(r"\((?:(?:the|this) (?:writer|author|columnist) is |"
                                    r"الكاتب |الكاتبة )", re.IGNORECASE)
# A writer's role ("Senior Fellow", "Columnist"; "Special to OUTLET": a contributor's).
# (A trie opening with a letter, its look-behind after it: the engine skips to a role's
# first letter at C speed, where a look-behind first is tried at every position.)
_BIO_ROLE = re.compile(textnorm.alternation(
    ["fellow", "scholar", "professor", "lecturer", "director", "researcher", "analyst",
     "journalist", "writer", "author", "editor", "columnist", "correspondent", "contributor",
     "reporter", "commentator", "historian", "associate", "adviser", "advisor", "critic",
     "reviewer", "expert", "special to", "agony aunt", "agony uncle",
     # (a think tank's or a faculty's grade before the role: "Nonresident fellow, …")
     "nonresident fellow", "non resident fellow", "senior fellow", "visiting fellow",
     "research fellow", "senior research fellow", "senior researcher", "senior analyst",
     "visiting scholar", "visiting professor", "assistant professor", "senior lecturer",
     # (a doctor's, under the name on a health page: "Consultant …")
     "specialist", "consultant", "physician", "surgeon"], after_first=r"(?<!\w.)") + r"s?(?!\w)")
# The writer's unit in an institution's news office, after the name ("NAME | College of
# Agriculture", "NAME - كلية الهندسة"): no second name.
_UNIT_OF = re.compile(r"^(?:(?:college|school|faculty|department|institute|university|"
                      r"division) of |(?:كليه|كلية|قسم|معهد|عماده|عمادة|جامعه|جامعة) )")
# The last word of an institution's name printed after a guest writer's ("NAME, Appalachian
# State University", "NAME, Brookings Institution"): the writer's affiliation, no name.
_INSTITUTION_NOUNS = frozenset(("university", "college", "institute", "institution", "school",
                                "academy", "foundation", "centre", "center"))
MAX_BIO_WORDS = 60
# The farthest over the headline a writer card's name stands: alt text, name, role, bio or
# e-mail address, article count or follow button, the column's date, the column's name,
# headline.
WRITER_CARD_LINES = 6
CLOSING_SECTION_LINES = 6  # an "About …" or "Sources" heading and the lines under it, at the end
# A writer's role, indefinite, as an Arabic bio opens with it ("باحث في الشؤون …").
_ARABIC_ROLES = ["كاتب", "كاتبة", "باحث", "باحثة", "أستاذ", "أستاذة", "أكاديمي", "أكاديمية",
                 "صحفي", "صحفية", "صحافي", "صحافية", "إعلامي", "إعلامية", "روائي", "روائية",
                 "ناقد", "ناقدة", "خبير", "خبيرة",
                 # a literary page's writers: a short-story writer, a man of letters, a
                 # historian ("* قاصة وناقدة …")
                 "قاص", "قاصة", "أديب", "أديبة", "مؤرخ", "مؤرخة",
                 # a doctor's specialty under a health column's writer ("استشارية طب الأسرة",
                 # "اختصاص الطب الرياضي")
                 "استشاري", "استشارية", "طبيب", "طبيبة", "أخصائي", "أخصائية", "اختصاصي",
                 "اختصاصية", "اختصاص", "تخصص",
                 # a profession on a writer's card under the name ("مهندس تخطيط حضري وكاتب")
                 "مهندس", "مهندسة", "محامي", "محامية", "مترجم", "مترجمة", "شاعر", "شاعرة",
                 "محلل", "محللة", "صيدلاني", "صيدلانية", "مدرب", "مدربة",
                 # a religion page's writer ("* كاهن رعية …", "* واعظ في …"; not "إمام",
                 # folded as "أمام", "in front of")
                 "كاهن", "واعظ", "داعية", "مفتي",
                 # a think tank's fellow ("* NAME زميل أول في معهد …", "زميلة غير مقيمة")
                 "زميل", "زميلة",
                 # a correspondent's post under the name ("مراسلة الشؤون الخليجية في دبي")
                 "مراسل", "مراسلة"]
# The mark after a byline's name that a footnote under the text explains: an asterisk, or
# the Arabic five-pointed star ("NAME ٭" / … / "٭ كاتبة وصحافية …").
_FOOTNOTE_MARKS = ("*", "(*)", "٭")
# Calls to action of a site's promotion printed after the text: two of them make one.
_PROMO = ["click here", "found here", "fill out this form", "republish",
          "subscribe", "sign up", "signing up", "newsletter", "download our app", "اضغط هنا",
          "انقر هنا", "download the", "app for your",  # ("Download the … app for your phone")
          "news alerts",  # ("Download the … app for breaking news alerts.")
          # a newsletter's prompt under its web edition ("Was this email forwarded to you?
          # Sign up here.", "هل وصلتك هذه النشرة من صديق؟ اشترك الآن")
          "forwarded to you", "وصلتك هذه النشرة",
          # ... or its prompt to pass the edition on ("Enjoyed this issue? Forward it to a
          # colleague, or subscribe here.", "أعجبك هذا العدد؟ أرسله إلى صديق")
          "forward it to", "forward this email", "أرسله إلى صديق", "أرسلها إلى صديق",
          "اشترك", "النشرة البريدية", "حمل تطبيق", "إعادة النشر", "thanks for reading",
          "for free", "support my work", "support our work", "شكرا لقراءتك",
          # A volunteer or reader-funded site's appeal: "If you value local reporting, please
          # chip in.", "إذا كنت تقدر ما نكتبه فادعمنا بتبرع صغير".
          # ("… If you would like to support us, please donate any amount.")
          "if you value", "if you enjoy", "if you appreciate", "please chip in", "please donate",
          "consider supporting", "make a donation", "support us", "ادعمنا", "ادعمونا", "بتبرع",
          # "Join …'s WhatsApp channel and get the latest news": a channel's invitation.
          "join ", "whatsapp channel", "telegram channel", "get the latest", "انضم",
          # ... or a news channel's: "Stay updated with the latest news on …".
          "stay updated with", "stay updated on",
          # ... or its newsletter's: "Get our local newsletter, delivered free each Friday".
          "delivered free",
          "قناتنا على",
          # A newsroom's appeal for tips: "Do you have a news tip? Send it to our newsroom …",
          # "Got a story? Get in touch with our newsroom."
          "news tip", "our newsroom", "got a story", "هل لديك خبر", "راسلنا",
          # ... or a community paper's ("Do you have a story for us? Send it on WhatsApp to
          # …"; the Arabic's "هل لديك قصة لنا؟ …" asks "هل لديك" as above)
          "a story for us", "send it on whatsapp",
          # ... or an investigation desk's ("Do you have information about …? Contact our
          # investigations team.", "هل لديك معلومات عن …؟ تواصل مع فريق التحقيقات")
          "do you have information", "investigations team", "هل لديك معلومات", "فريق التحقيقات",
          # A paywall's notice ("You are reading a premium story. Subscribe for unlimited
          # access …"), an event's ("Join us at … Register now and save …"), a newsletter's
          # ("Get the … briefing in your inbox").
          "unlimited access", "register now", "your inbox", "get the ",
          # An agency's note that its public site carries part of the service its
          # subscribers get ("… المتاحة لمشتركيها. للاشتراك يرجى …", "… available to our
          # subscribers. To subscribe, please …").
          "لمشتركيها", "لمشتركينا", "للاشتراك يرجى", "للاشتراك في خدم", "to our subscribers",
          "available to subscribers", "to subscribe, please",
          # (or the service its public site shows a part of: "… جزءا من الأخبار المقدمة
          # للمشتركين عبر نظام …", "… a portion of the news offered to subscribers …")
          "المقدمة للمشتركين", "المتاحة للمشتركين", "offered to subscribers",
          # A broadcaster's sign-off ("Track latest news live on OUTLET and get news updates
          # from …"); a call to the readers' thread ("Do you have a memory of NAME to share?
          # Tell us in the comments below.").
          "track latest news", "news updates", "do you have a", "tell us in the comments",
          "in the comments below",
          # ... or a daily's ("Catch all the Business News … Download The OUTLET App to get
          # …", "Get Latest India News along with Latest News and Top Headlines from …",
          # "Don't miss out on the latest news and information.", "تابعوا آخر الأخبار وأهم
          # العناوين عبر تطبيق OUTLET")
          "catch all the", "app to get", "get latest", "latest news and", "top headlines",
          "miss out on the latest", "تابعوا آخر الأخبار", "تابع آخر الأخبار", "أهم العناوين",
          "لا تفوتك آخر", "آخر الأخبار و",
          # A letters page's call under the letter or the editorial: "Letters to the editor:
          # send your views in 250 words to …", "Please email us your letter …", "شاركونا
          # رسائلكم عبر …".
          "letters to the editor", "send your views", "your letter", "letters section",
          "letters page", "email us", "for publication", "رسائلكم", "راسلونا", "بريد القراء",
          # A call for readers' letters or tips ("The Gazette welcomes letters. Tell us what
          # you think …", "Do you work in a care home? Tell us what you are seeing.")
          "welcomes letters", "tell us what you", "do you work",
          # ("Have an opinion? Send a letter to the editor.", "هل لديك رأي؟ اكتب لنا")
          "have an opinion", "a letter to the editor", "هل لديك رأي", "اكتب لنا",
          # ("The Courier is committed to publishing a diversity of letters to the editor.
          # We'd like to hear what you think …", "… يسعدنا أن نسمع رأيكم")
          "hear what you think", "hear from you", "نسمع رأيكم", "نسمع آراءكم", "نسمع منكم",
          # An advice column's call for problems ("If you have a problem you'd like NAME to
          # consider, write through our contact page. Letters may be edited for length.").
          "contact page", "may be edited for", "صفحة تواصل معنا", "قد يتم اختصار",
          # A paid service's promotion under the text ("Want more analysis like this? NAME Pro
          # follows … Write to … to ask for a free trial.", "… اطلب نسخة تجريبية مجانية").
          "want more analysis", "more analysis like this", "free trial", "تجربة مجانية",
          "نسخة تجريبية مجانية"]
# A funding note names the journalism and its funder (see _funding_note).
_JOURNALISM = ("journalism", "reporting is", "reporting scheme", "reporting project",
               "reporting service",
               "reporting initiative", "reporting programme", "reporting program",
               # a non-profit newsroom's: "… is supported in part by grants from … Our
               # newsroom is editorially independent."
               "our newsroom", "editorially independent")
_FUNDED = ("funded by", "funded through", "funded with", "with funding from", "supported by",
           "supported in part by", "funded in part by", "grants from",
           "paid for by", "made possible by",
           # a partner newsroom's: "This story was produced by NAME, a health journalism
           # partner of OUTLET"
           "partner of", "in partnership with")
# How a site says it handles comments (see _comments_note), on a line's key.
_COMMENT_POLICY = ("moderat", "review", "guideline", "policy", "respectful", "تعبر عن",
                   "لا تعبر", "مراجعه", "لا يتحمل", "تخضع")
# Every subscription prompt names it (or its newsletter): the words looked for in each
# paragraph of the text.
_SUBSCRIBE_HINTS = ("ubscri", "اشترك", "للمشتركين", "ign up", "ewsletter", "egister now", "inbox")
# A call to subscribe opens with its verb: "اشترك في نشرتنا …", "Sign up for our …", "سجّل في
# النشرة اليومية", "Register for our newsletter" (on folded keys: ة as ه).
_SUBSCRIBE_CALLS = ("اشترك", "subscribe", "sign up", "join our", "register for", "سجل في النشره",
                    "سجل في نشرتنا")
# The call to subscribe opening a sentence of a line set in the text ("Subscribe to the
# e-Paper …", "Support local journalism. Subscribe for $1 …"): the site's, never the story's.
_SUBSCRIBE_SENTENCE = re.compile(r"(?:^|[.!؟?]\s+)(?:اشترك|subscribe\b|sign up for our\b|"
                                 r"join our\b)")
_READING_TIME = re.compile(r"\d+\s*(?:دقائق|دقيقة|د|min(?:ute)?s?(?: read)?)\b", re.IGNORECASE)
# A reading time's label around its minutes, the line's only other words ("Read Time: 3
# mins", "Reading time 4 minutes", "مدة القراءة: 3 دقائق", "قراءة لمدة 4 دقائق").
_READING_LABEL = re.compile(r"(?:(?:estimated )?read(?:ing)?(?: time)?|time to read|مدة القراءة|"
                            r"وقت القراءة|قراءة(?: لمدة)?|للقراءة|to read)?", re.IGNORECASE)
# The text's length in words beside its reading time ("4 دقائق للقراءة | 716 كلمة",
# "5 min read · 1,200 words").
_WORD_COUNT = re.compile(r"[|·•\-–—]\s*\d[\d,.]*\s*(?:كلمة|كلمات|words?)\s*$", re.IGNORECASE)

# "اقرأ أيضا: <headline>" / "Tags: a, b, c": a furniture label before a colon names the
# line however long the rest is. (Possessive: the characters it gives back to a greedy run
# are no colon, so no shorter run matches; a line with none in its head fails at once,
# where the greedy run is tried 30 times.)
_LABEL = re.compile(r"^([^:：]{1,30}+)[:：]")
# ... or before two dots, the colon of an Egyptian site's labels ("فيديو.. <its title>",
# "اقرأ أيضا.. <headline>"; a headline's ".." joins two clauses, past a label's length).
_DOTS_LABEL = re.compile(r"^([^.:：]{1,30}+)\.\.(?!\.)")
_LABEL_REASONS = ("related", "tags")
# The heading of a list of the section's other stories: "More", a section's name in
# capitals, and "News" or none ("More Court News", "More Travel", "More in States").
_MORE_SECTION = re.compile(r"More (?:in |from |on )?(?:[A-Z][\w'’&-]*)(?: [A-Z][\w'’&-]*){0,2}$")
# ... or the same heading as a label before a colon over one of its headlines, set between
# paragraphs ("MORE FARM NEWS: <headline>", "More Business News: <headline>").
_MORE_SECTION_LINK = re.compile(r"(?:More|MORE) (?:[A-Z][\w'’&-]* ){0,2}(?:News|NEWS|Stories|"
                                r"STORIES)\s?:\s*\S")
# A call to open a linked page, its label before a colon ("Get the recipe: Mole
# Coloradito", "See the full list: …"): a link, never a heading of the text.
_CALL_LINK = re.compile(r"(?:get|see|view|try|download) (?:the|our) (?:\w+ ){0,2}?\w+:",
                        re.IGNORECASE)
# The word or two before a colon that make the line a link to another story ("Read: …",
# "Don't miss: …"); alone, these words are too common in short lines ("5 min read", "a
# date not to miss") to be cues.
_LINK_LABELS = frozenset(("read", "watch", "listen", "اقرا", "شاهد", "don t miss", "لا تفوت",
                          "لا يفوتك", "تعرف علي", "discover",  # ("تعرّف على: <headline>")
                          # the links to the stories before and after it on the site
                          "previous story", "next story", "previous article", "next article",
                          "المقال السابق", "المقال التالي", "الخبر السابق", "الخبر التالي",
                          # the site's most-read story, linked between paragraphs ("Trending:
                          # <headline>", "الأكثر تداولاً: <headline>")
                          "trending", "trending now", "الرائج", "الرائج الان", "رائج الان",
                          "الاكثر تداولا", "الاكثر قراءه",
                          # a local paper's link between paragraphs, its colon glued to the
                          # headline ("More:Riverton council delays …", "المزيد: <headline>",
                          # "للمزيد: <headline>", "for more")
                          "more", "المزيد", "للمزيد",
                          # ... or its link to a story on the same subject ("More on this:
                          # <headline>", "المزيد عن هذا: <headline>")
                          "more on this", "المزيد عن هذا", "المزيد حول هذا",
                          # a broadcaster's link back to an earlier story ("Look back:
                          # <headline>")
                          "look back"))
# A link to another part of a series, under its label: "Read part one:", "اقرأ الحلقة
# الأولى:", "اقرأ الجزء السابق:", "للاطلاع على الحلقة الأولى:", "لقراءة الجزء الأول:"
# (folded; see Line.cue_words); or to another story of the same print issue ("اقرأ في
# العدد نفسه:", "Read in this issue:").
_READ_OPENINGS = ("اقرأ", "اقرا", "إقرأ", "Read", "READ", "للاطلاع", "للإطلاع", "لقراءة")
_PART_LINK_LABEL = re.compile(r"(?:اقرا|read|للاطلاع علي|لقراءه)(?: the)? (?:(?:ال)?(?:حلقه|جزء)"
                              r"(?: \S+)?|"
                              r"(?:\S+ )?(?:part|chapter|episode|instalment)(?: \S+)?)"
                              r"|(?:اقرا|read)(?: also| ايضا)? (?:في|in) "
                              r"(?:هذا العدد|العدد (?:نفسه|ذاته)|(?:this|the same) issue)")
_READ_LABELS = frozenset(("read", "اقرا"))  # "READ | <headline>" (a "Watch |" is a player's)
LINK_LABEL_CHARS = 17  # "Don't miss:", "Previous article:"
VIDEO_LABEL_CHARS = 14  # the colon after a video's or a gallery's label ("View gallery:")
# The label over an embedded video's or gallery's title ("فيديو: جولة في الميناء", "Video:
# …", "ألبوم صور: …"), or the player's name left over it ("YouTube", "Video player" / "<its
# title> | 04:12"); or the call to watch it ("Watch: …", "شاهد.. فيديو …").
_VIDEO_LABELS = frozenset(("video", "فيديو", "بالفيديو", "watch", "شاهد", "gallery", "view gallery",
                           "photo gallery", "معرض الصور", "البوم صور", "البوم الصور",
                           "photo album", "youtube", "يوتيوب",
                           "youtube video player", "video player", "مشغل الفيديو"))
# A link to the story's photo gallery set between paragraphs, on a line's key: a verb, the
# gallery ("View event gallery", "شاهد معرض الصور"), or photos of an occasion, a few words
# alone ("صور من الحفل الختامي", "Photos from the opening night").
_GALLERY_LINK = re.compile(r"^(?:view|see|browse|open|شاهد|تصفح|مشاهده)(?: \w+){0,2} (?:gallery|"
                           r"photos|pictures|album|معرض الصور|البوم الصور|الصور)$"
                           r"|^(?:صور|photos|pictures) (?:من|of|from)(?: \w+){1,4}$"
                           # a gallery's link with its count or alone: "معرض الصور (8)",
                           # "Gallery (12)", "ألبوم الصور", "Photo album"
                           r"|^(?:معرض الصور|البوم الصور|معرض صور|البوم صور|photo gallery|"
                           r"photo album|gallery|photos)(?: \d{1,3})?$")
# A link to a programme's episode between paragraphs, its title then its length, on a
# line's key: "Watch full episode: NAME, March 24 (42:30)", "شاهد الحلقة كاملة: … (47:12)".
_EPISODE_LINK = re.compile(r"^(?:watch|شاهد|شاهدوا)(?: the)?(?: full)? (?:video|episode|clip|"
                           # (a match's highlights: "شاهد ملخص المباراة | 03:45")
                           r"highlights|الفيديو|فيديو|الحلقه|ملخص|المقطع|اللقطه)(?: كامله)?"
                           r"(?: \S+){1,8} \d{1,2} \d{2}$")
# ... or to watch the programme that covers the story, its name in quotes, then the
# episode's title after two dots or a colon ("شاهد في «برنامج المساء».. عنوان الحلقة",
# "Watch on “Night Desk”: …").
_SHOW_LINK = re.compile(r"(?:شاهد|شاهدوا|شاهدي|watch)(?: (?:في|على|on|in))? [«\"“]"
                        r"[^«»\"“”]{2,40}[»\"”]\s*(?:\.\.|:|\|)\s*\S", re.IGNORECASE)
# A link to watch a film's trailer or a clip, set between paragraphs, no length printed
# (a line's key): "Watch the official trailer", "شاهد الإعلان الرسمي للفيلم"; or a
# recorded speech, a press conference, an interview ("Watch the minister's speech to the
# council", "شاهد كلمة الوزير في افتتاح المؤتمر").
_CLIP_LINK = re.compile(r"^(?:watch|شاهد|شاهدوا|شاهدي)(?: the)?(?: official| full| new)? (?:"
                        r"trailer|teaser|video|clip|الاعلان|البرومو|التريلر|الفيديو|فيديو|"
                        r"المقطع|مقطع)(?: \w+){0,6}$"
                        r"|^(?:watch|شاهد|شاهدوا|شاهدي)(?: the| our)?(?: \w+ s)? (?:speech|address|"
                        r"press conference|news conference|interview|كلمه|خطاب|المؤتمر الصحفي|"
                        r"مؤتمر صحفي|اللقاء|لقاء|الحوار|حوار|المقابله|مقابله)(?: \w+){0,6}$"
                        # a match's goals or highlights ("Watch the match highlights", "شاهد
                        # أهداف المباراة")
                        r"|^(?:watch|شاهد|شاهدوا|شاهدي)(?: the)?(?: \w+){0,2}? (?:highlights|goals|"
                        r"اهداف|ملخص|لقطات)(?: \w+){0,4}$")
# The label of a link to an interactive map or chart set between paragraphs ("Interactive
# radar: Track the storm", "Interactive map: …", "خريطة تفاعلية: …"): the embed's, not the text;
# so is a paid listing's ("Sponsored: 2-bed flat by the park, …", "إعلان ممول: …").
_INTERACTIVE_LINK = re.compile(r"^(?:interactive(?: [^\W\d_]+){0,2}|[^\W\d_]+ تفاعلي[ةه]?|sponsored"
                               r"|promoted|advertisement|[إا]علان ممول|محتوى ممول)\s*:",
                               re.IGNORECASE)
# The marks a press release or a wire's report closes its text with ("###", "-30-", "-ENDS-",
# "Enditem", an Arabic one's "-انتهى-", "it ended"), alone on the line under the text or glued
# after its last full stop (see _GLUED_END_MARK).
_END_MARK = r"(?:enditem|-?ends-?|- ?30 ?-|#(?: ?#){2}|[-/(–ـ]\s*انتهى\s*[-/)–ـ])"
_END_MARK_LINE = re.compile(_END_MARK, re.IGNORECASE)
# "In other news – <headline>", "Also Read | <headline>"
_DASH_LABEL = re.compile(r"^([^:：\-–—|]{1,30})\s[\-–—|]\s")
LABEL_HEAD_CHARS = 32  # the colon or dash of _LABEL and _DASH_LABEL stands among these
# A server's error notice printed into the page: "Warning: Undefined variable … in
# /home/site/public_html/x.php on line 12".
_SERVER_NOTICE = re.compile(r"^(?:PHP\s+)?(?:warning|notice|deprecated|fatal error|parse error|"
                            r"strict standards)\s*:.*\bon line \d+", re.IGNORECASE)
_SERVER_NOTICE_OPENINGS = "pPwWnNdDfFsSſ"  # its labels' first letters ("ſ": "s" to IGNORECASE)
# The editor's note heading an updated text: "UPDATED 2.08PM | Added comments from …",
# "تحديث 14:05 - …": an update label, its clock (its part of the day after it, "م", "مساءً",
# "عصراً"), then a mark.
_UPDATE_CLOCK_HEAD = (r"^(?:(?:last )?updated?|تحديث|آخر تحديث)(?:\s+\d{1,2}(?![.:\d]))?"
                      r"\s*[:|\-–—]?\s*\d{1,2}[.:]\d{2}\s*"
                      r"(?:[ap]\.?m\.?|ص|م|(?:صباح|ظهر|عصر|مساء|ليل)[اً]*)?")
# (or the label alone before its colon, no clock: "Update: added comments from the
# mayor.", "تحديث: أُضيفت إلى الخبر …")
_EDITOR_NOTE = re.compile(_UPDATE_CLOCK_HEAD + r"\s*[|:\-–—]|(?:update|تحديث)\s?:", re.IGNORECASE)
# The same label and clock alone on a line between paragraphs ("تحديث 02:15 م", "Update
# 3.40pm BST"): a continuous-coverage page's stamp over each addition to its text.
_UPDATE_CLOCK = re.compile(_UPDATE_CLOCK_HEAD + r"(?:\s*[A-Z]{2,4})?$", re.IGNORECASE)
_EDITOR_NOTE_OPENINGS = "uUlLتآ"  # its labels' first letters: a quick test before the pattern
# What an editor's note says an update did ("Added comments from …", "This story has been
# updated …", "أضيفت تصريحات …"); a timed entry of a breaking story ("تحديث 20:05 - أكد مصدر
# …") reports news instead, and is the text's.
_EDIT_WORDS = re.compile(r"\b(?:add(?:ed|s)?|updated?|correct(?:ed|s)?|story|article)\b|"
                         # (the passive voweled or not: "أضيفت", "أُضيفت")
                         r"(?:أ\u064f?ضيف|أضفنا|إضافة|تمت إضافة|تم تحديث|تصحيح|الخبر)",
                         re.IGNORECASE)
# The same note set in square brackets between paragraphs, its time in its words:
# "[Updated at 14:05 UTC to add comment from …]", "[تحديث الساعة 15:20: أضيفت …]".
_BRACKETED_UPDATE = re.compile(r"\[(?:updated?|تحديث|تم التحديث)\b[^\]]{0,40}?\d{1,2}[.:]\d{2}",
                               re.IGNORECASE)
EDIT_NOTE_CHARS = 40  # an editor's note says what it changed in its first words
# A live page's notice that it refreshes itself ("يتم تحديث هذه الصفحة تلقائيا", "This page
# updates automatically"): the page and "automatically" in one short line (a folded key).
_AUTO_UPDATE_NOTICE = re.compile(r"(?:\b(?:الصفحه|page)\b.*\b(?:تلقائيا|automatically)\b)|"
                                 r"(?:\b(?:تلقائيا|automatically)\b.*\b(?:الصفحه|page)\b)")
# A site's notice under its label ("Disclaimer: …", "إخلاء مسؤولية: …"), a review's or a
# recap's advisory ("Spoiler warning: …", "Content warning: …", "تنبيه: حرق للأحداث …").
# A note's label opening a box set between two paragraphs ("ملاحظة: على الطلاب إحضار …",
# "Note: the office closes at noon on Fridays."): the site's aside, not the text.
_NOTE_LABELS = ("ملاحظة:", "ملحوظة:", "تنويه:", "ملاحظة :", "Note:", "NOTE:", "Please note:",
                "Notice:", "NOTICE:",
                # a warning on what the text holds ("تنبيه: يتضمن التقرير شهادات …")
                "تنبيه:", "Warning:", "WARNING:", "تحذير:",
                # a review's warning that it tells the ending
                "Spoiler alert:", "Spoiler warning:", "SPOILER ALERT:", "تحذير حرق:",
                "ملاحظة المحرر:", "ملاحظة التحرير:", "ملحوظة المحرر:", "تنويه المحرر:",
                "Editor's note:", "Editor’s note:", "Editor's Note:", "Editor’s Note:",
                "EDITOR'S NOTE:", "EDITOR’S NOTE:",
                # a translated text's note from its translator ("ملاحظة المترجم: حُذفت …")
                "ملاحظة المترجم:", "ملاحظة المترجمة:", "ملحوظة المترجم:", "تنويه المترجم:",
                "Translator's note:", "Translator’s note:", "Translator's Note:",
                "Translator’s Note:", "TRANSLATOR'S NOTE:",
                # A methodology note on how the desk checked or counted ("كيف نعمل: …").
                "ملاحظة منهجية:", "منهجية:", "كيف نعمل:", "Methodology:", "How we did it:",
                "How we did this:", "About the data:", "About this data:",
                # (an investigation's, run on after its heading: "How we reported this
                # story: We requested …", "كيف أنجزنا هذا التحقيق: راجعنا …")
                "How we reported this story:", "How we reported this:", "كيف أنجزنا هذا التحقيق:",
                "كيف أعددنا هذا التقرير:",
                # the outlet's disclosure of a tie ("Disclosure: the writer travelled as a
                # guest of …", "إفصاح: …")
                "Disclosure:", "DISCLOSURE:", "Full disclosure:", "إفصاح:", "إفصاح :")
# A trading site's risk warning is one ("Risk warning: Trading CFDs carries …", "تحذير من
# المخاطر: …"); so is a notice in brackets ("(Disclaimer: The views … are the analysts'.)").
_NOTICE_LABEL = re.compile(r"^\(?(?:disclaimer|إخلاء\s+(?:ال)?مسؤولية|"
                           r"(?:spoiler|content|trigger)\s+(?:warning|alert)s?|(?:تنبيه|تحذير)(?=\s*[:：]\s*(?:يحرق|حرق))|"
                           r"risk\s+(?:warning|disclaimer|disclosure)|"
                           r"تحذير\s+(?:من\s+)?(?:ال)?مخاطر(?:\s+التداول)?)\s*[:：]",
                           re.IGNORECASE)
# A link to a document, its format in brackets at its end: "Annual report 2025 (PDF)",
# "نموذج الإفصاح (PDF)", "Download [pdf, 1.2 MB]".
_FILE_LINK = re.compile(r"[(\[]\s*(?:pdf|docx?|xlsx?|pptx?|zip)\b[^)\]]{0,20}[)\]]$",
                        re.IGNORECASE)
# A download button with its file's type, unbracketed ("تحميل PDF", "Download the full
# report PDF"), or the language of its edition ("Download the full report in English",
# "تنزيل التقرير الكامل بالعربية"): a key of a download verb, a few words, the type.
_DOWNLOAD_LINK = re.compile(r"^(?:تحميل|تنزيل|حمل|download)(?: \w+){0,4} (?:pdf|docx?|epub|"
                            r"in (?:english|arabic|french|spanish|russian|chinese|portuguese|"
                            r"german)|بال(?:عربيه|انجليزيه|انكليزيه|فرنسيه|اسبانيه|روسيه|"
                            r"صينيه))(?: \w+){0,2}$")
# A live blog's key events, listed over its entries: each the entry's age, then its heading
# ("2h ago Talks to restart at 2pm"): never the page's headline. (An Arabic age, "منذ 3
# ساعات …", is a relative date: no headline already.)
_ENTRY_AGE_OPENING = re.compile(r"^\d{1,3}\s?(?:[mhd]|mins?|hrs?)\s+ago\s+\S", re.IGNORECASE)
# An article's age shown over an old article: "This article is 2 years old", "This story
# is more than 5 years old", "هذا الخبر منشور منذ أكثر من عامين": never its headline.
_AGE_BANNER = re.compile(r"^this (?:article|story|post|page|content) is (?:more than |over )?"
                         r"\w+ (?:years?|months?|days?) old\W*$|^(?:هذا|هذه) (?:الخبر|المقال|"
                         r"المقالة|الموضوع|المادة|التقرير) (?:منشورة?|نشرت?) منذ "
                         r"(?:أكثر من |اكثر من )?(?:\w+ )?(?:عامين|سنتين|شهرين|يومين|"
                         r"أعوام|اعوام|سنوات|أشهر|اشهر|شهور|أيام|ايام|عام|سنة|شهر|يوم)\W*$",
                         re.IGNORECASE)
# A reading player's bar, its button, the recording's length and a link to the player's
# help ("Listen to this article · 31:04 min Learn more", "استمع إلى المقال 12:05 دقيقة اعرف
# المزيد"), on a line's key: longer than a control alone (see _CONTROLS).
_LISTEN_OPENINGS = ("listen", "استمع")
_LISTEN_BAR = re.compile(r"(?:listen|استمع)(?: \S+){0,4}(?: \d{1,2}){1,3}(?: min| mins| minutes|"
                         r" دقيقه| دقائق)?(?: learn more| اعرف المزيد)?")


def _listen_bar(key: str) -> bool:
    """Whether the key is a reading player's bar (see _LISTEN_BAR), a word of its button
    first (a quick test: most lines open with another)."""
    return key.startswith(_LISTEN_OPENINGS) and _LISTEN_BAR.fullmatch(key) is not None


# Font-size and audio controls, on a line's key: "A+ A-", "TT", "أ أ", "Listen to this
# article", "استمع للخبر", a player's "00:00 / 03:12"; the menu's and the search box's
# buttons, alone ("Menu", "القائمة الرئيسية", "ابحث هنا", "Search this site"): in a
# sentence or a subheading, "القائمة", "menu" and "البحث" are a list, a restaurant's and a
# quest ("2- البحث عن بدائل").
# A video's button with its length: "Watch video 1:45", "شاهد الفيديو", or naming what it
# plays ("شاهد التقرير", "Watch the interview"), on a line's key.
_WATCH_BUTTON = re.compile(r"(?:watch|شاهد|شاهدوا)(?: the)? (?:video|الفيديو|فيديو|report|"
                           r"التقرير|interview|المقابله|الحلقه|episode)(?: \d{1,2} \d{2})?")
_CONTROLS = re.compile(r"^(?:(?:a|ا|tt?)\s*){1,3}$|^(?:listen|استمع|الاستماع)(?:\s+\S+){0,4}$"
                       r"|^play (?:audio|video|podcast)|^\d{1,2} \d{2} \d{1,2} \d{2}$"
                       rf"|^{_WATCH_BUTTON.pattern}$"  # (see _WATCH_BUTTON)
                       # a live stream's button ("شاهد البث المباشر", "Watch live", "Watch
                       # our live coverage on TV", "تابعوا البث الحي لقناة …")
                       r"|^(?:watch|شاهد|شاهدوا|تابع|تابعوا)(?: the| our)? (?:live|livestream|"
                       r"البث|بث مباشر|مباشر)(?: stream| tv| coverage| now| المباشر| الحي| الان)?"
                       r"(?: (?:on|على|عبر) \S+(?: \S+)?| ل\S+(?: \S+)?)?$"
                       r"|^(?:main )?(?:menu|القائمه)(?: الرئيسيه)?$"
                       # the button opening a folded box of related links inside the text
                       # ("إظهار أخبار متعلقة", "Show related stories")
                       r"|^(?:اظهار|عرض|show|view) (?:(?:ال)?(?:اخبار|مقالات|مواضيع) (?:ال)?"
                       r"(?:متعلقه|ذات (?:ال)?صله)|related (?:news|stories|articles))$"
                       r"|^(?:ابحث|بحث|البحث|search)(?: \S+| في الموقع| this site)?$")
# "دمشق - سانا", "القاهرة- الأناضول", "BEIRUT (Reuters) -", "Example News - Reuters": a
# place or a site, then a wire service (a dash with a space beside it: "Hamas-Syria" is
# one word): a dateline credit, never a headline nor a person.
_DATELINE_CREDIT = re.compile(r"^(?P<a>[^:：()\-–—ـ]{2,30}?)(?:\s+[\-–—ـ]+\s*|[\-–—ـ]+\s+)"
                              r"(?P<b>[^:：()\-–—ـ]{2,30}?)\s*[:：]?$"
                              r"|^(?P<c>[^:：()\-–—ـ]{2,20}?)\s*\((?P<d>[^()]{2,25})\)\s*[\-–—ـ:：]?$")
# The dash between a credit's parts, a space beside it (see _DATELINE_CREDIT).
_CREDIT_DASH = re.compile(r"\s+[\-–—ـ]+\s*|[\-–—ـ]+\s+")
MIN_DASHED_PARTS, MAX_DASHED_PARTS = 3, 4  # "CITY - OUTLET - NAME", "CITY - OUTLET - NAME - خاص"


def _dashed_credit_parts(text: str) -> bool:
    """Whether the text is three or four parts joined by dashes with no digit, colon nor
    bracket, each of a few words or the writers' names: the place, the site or its wire,
    the writers, the desk's label ("عمان - بترا - NAME", "عدن - «OUTLET» - خاص", "CITY -
    NAME وNAME - OUTLET", "CITY – OUTLET – NAME – خاص"). A credit, never a headline: a
    headline says what happened in more words."""
    if not textnorm.contains_any(text, "-–—ـ") or textnorm.contains_any(text, ":：()"):
        return False
    parts = _CREDIT_DASH.split(text)
    return MIN_DASHED_PARTS <= len(parts) <= MAX_DASHED_PARTS and \
        _DIGIT.search(text) is None and all(
            0 < len(part.split()) <= DATELINE_CREDIT_WORDS or _listed_names(part)
            for part in parts)


# A photo-gallery counter opens a caption: "[1/2] …", "Item 1 of 2 …", "صورة 1 من 3 …",
# "1 / 6 - …" (the counter, then a dash).
_GALLERY = re.compile(r"^(?:\[\d+\s*/\s*\d+\]|\d+\s*/\s*\d+\s*[-–—]\s"
                      r"|(?:item|image|photo|picture|slide)\s+\d+\s+of\s+\d+"
                      r"|(?:ال)?صور(?:ه)?\s+\d+\s+من\s+\d+)", re.IGNORECASE)

GALLERY_HEAD_CHARS = 40
# Of the ASCII characters and the Arabic letters, those a counter opens with, folded or
# not: "[", a digit, and the first letters of "item", "image", "photo", "picture",
# "slide", alef and sad (and tatweel, which folding drops). Any other of them opens no
# counter.
_GALLERY_OPENINGS = "[iIpPsSاأإآصـ0123456789"

# A bullet, a dash, or an item's number ("1- الاتحاد : 35 نقطة", "2. …", "3) …").
_BULLET = re.compile(r"^(?:[•·▪►▸◦○●■□♦➤✓✔]\s*|[-–—*]\s+|[0-9\u0660-\u0669]{1,2}\s*[-–.)]\s+)")
# Its first characters: a test of one character before the pattern (every line is asked).
_BULLET_OPENINGS = frozenset("•·▪►▸◦○●■□♦➤✓✔-–—*0123456789٠١٢٣٤٥٦٧٨٩")
_NUMBER_OPENING = re.compile(r"^([0-9\u0660-\u0669]{1,2})\s*[-–.)]\s")  # "3. …", "٣- …"
_HOME_LINKS = ("الرئيسيه ", "الصفحه الرئيسيه ", "home ", "accueil ")  # a menu's first item
# (An arrow either way: a right-to-left site's trail points left, "الرئيسية ← أخبار ← …".)
_BREADCRUMB_MARKS = "»›>/|→←"
# (the trail's last mark may close the line, over the headline: "Home > Markets >")
_BREADCRUMB_SEPARATORS = re.compile(rf"\s[{re.escape(_BREADCRUMB_MARKS)}](?:\s|$)|»")
_GUILLEMET_QUOTE = re.compile(r"«[^«»]*»")  # «التمييز»: a quoted name, its » no separator
_ASCII_BREADCRUMB_MARKS = [mark for mark in _BREADCRUMB_MARKS if mark.isascii()]
# A breadcrumb's marks and the letters of Persian orthography: one scan of a line for any of
# them rules out two tests that most lines fail (Line.breadcrumb, Line.foreign_script).
_MARK_OR_PERSIAN_LETTER = re.compile(
    f"[{re.escape(_BREADCRUMB_MARKS)}{textnorm.PERSIAN_LETTERS}]")
# Headlines run together: "…البائد؟طلاء…", "…دمشق.استقالة…", "…the regime.Hamas…". (A
# word of two letters or more before the dot: one letter between dots is an abbreviation,
# "ش.م.ب", "ذ.م.م", a company's legal form.)
# (Each glue is one mark, looked for first; one pattern for each mark: a pattern opening
# with one character is scanned for it several times quicker than one opening with a class.)
_TICKER_GLUES = [(mark, re.compile(re.escape(mark) + r"(?=[^\s\d.!?؟\"”’)»\]…])"))
                 for mark in "?؟!"] + [(".", re.compile(
                     r"\.(?:(?<=[\u0621-\u064a]{2}\.)(?=[\u0621-\u064a])|(?<=[a-z]{2}\.)(?=[A-Z][a-z]))"))]
_CLOSERS = "\"”’»)]"  # closing quotes and brackets after a sentence's full stop
# A letter, the full stop, the note's number, glued or in square brackets ("….2", "….[2]")
_FOOTNOTE_NUMBER = re.compile(r"[^\W\d_]\.\[?\d{1,2}$")
_QUESTION_MARKS = ("?", "؟")
_OPEN_ENDS = (*_QUESTION_MARKS, "!")  # a question or an exclamation: a sentence, or a headline
# A sentence's or an introduction's last mark, closing quotes or brackets after it ("… he
# says. “Where would I go?”")
_SENTENCE_ENDS = (".", *_OPEN_ENDS, ":")
_CLAUSE = re.compile(r"[،,؛;]")
_CLAUSE_BREAK = re.compile(r"[،,؛;]\s")  # between words, not inside "$100,000"
# A series of three items or more, its last after "and" or "or" ("dehydration, anemia,
# thyroid problems, or a rhythm disorder"): a list's commas, no clause's (see _after_points).
_SERIES = re.compile(r"(?:\w[\w' -]*, ){2,}(?:and|or) ")
# ... or a short one closing a sentence, no comma before its "and" or "or" ("… a fever,
# chest tightness or body aches."): two words an item at most, no clause's verb after them.
_SHORT_SERIES_CLOSING = re.compile(r"[,،] (?:\w+ ){1,2}(?:and|or|أو) \w+(?: \w+)?[.!]$")
_WORD = re.compile(r"\w+")
# Marks that part a paragraph's words (none a word character: \w), most frequent first.
_WORD_PARTING_MARKS = ".,،:-'\"/|()؟—»«?“”–!؛•"
MIN_SPACED_KEY_CHARS = 80  # a line this long is keyed by its marks made spaces (see _key)
# (The look-behind after the first digit, "\d(?<!\d\d)" for "(?<!\d)\d": a pattern opening
# with a digit lets the engine skip to one at C speed, where one opening with an assertion
# is tried at every position of the line.)
_CLOCK = re.compile(r"\d(?<!\d\d)\d?:\d{2}(?!\d)")
# A clock printed after a date, its word and its half of the day: "الساعة 11:05 ص", "at 9:40 am".
_CLOCK_AFTER_DATE = re.compile(r"(?:\b(?:at|(?:على\s+)?(?:الساعة|الساعه))\s*)?"
                               r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
                               r"(?:\s*(?:[ap]\.?m\.?|ص|م|صباحا|مساء|مساءً|صباحاً)(?!\w))?",
                               re.IGNORECASE)
# After an update's date, the first publication's time alone: ", first published 11:30am".
_FIRST_PUBLISHED_CLOCK = re.compile(r"(?:^|[,;|·•\-–—])\s*(?:first\s+)?published\s*"
                                    r"(?:at\s*)?[:：]?\s*"
                                    r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})"
                                    r"\W*$", re.IGNORECASE)
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")  # every date has digits
_ANY_DIGIT = re.compile(r"\d")  # every gallery counter has some

BOUNDARY_REASONS = ("related", "comments", "tags", "footer")
MAX_EMBED_LABEL_WORDS = 7  # "عرض هذا المنشور على إنستغرام", "منشور مضمن من منصة إكس"
POST_LABEL_OPENING_WORDS = 4  # "منشور على منصة إكس", "Post on X from": the network's place
MAX_CUE_WORDS = 8  # furniture lines are short; a longer line mentioning "comments" is prose
MAX_SHARE_WORDS = 20  # a share bar lists many networks, but is never a paragraph long
MAX_BOILERPLATE_WORDS = 15  # only lines this short are compared across an outlet's pages
MIN_BULLET_SENTENCE_WORDS = 8
MIN_INTRO_WORDS = 10  # "… نلخص أبرزها:" before an explainer's points
MIN_STANDFIRST_WORDS = 8  # a line under the title shorter than this is a standfirst only
# when printed right under it, headline-shaped
MAX_GAP = 3  # non-prose lines allowed between two prose lines of one body
MAX_INLINE_LINKS = 4  # headlines a "read also" box inside the body may list
MAX_ITEM_WORDS = 12  # an item of a list with no bullet and no label, under its colon
MAX_LIST_ITEMS = 12  # items of a list the text introduces with a colon ("… على النحو الآتي:")
LIST_LABEL_CHARS = 60  # an item's label and its bracketed gloss, before the colon
DATELINE_CREDIT_WORDS = 3  # "مدينة غزة - وكالة الأنباء": a place, a site or an agency
MASTHEAD_WORDS = 4  # a site's name; a headline printed twice is longer
PHOTO_CREDIT_CHARS = 60
PICTURE_CREDIT_CHARS = 80  # a label's credit after a caption's sentence, two sources named
WIRE_CREDIT_CHARS = 24  # a wire's name after a caption's sentence: "… port. Reuters"
MAX_OUTLET_WORDS = 5  # "The Evening Star", "The Sunday Telegraph Magazine"
MAX_AUTO_NOTICE_WORDS = 10  # "This page will be updated automatically every minute"
MAX_CAPTION_WORDS = 15  # a picture's caption under its credit: one short sentence
CAPTION_ECHO_LETTERS = 6  # the caption's words the text under it retells (see _echoed_below)
CAPTION_ECHO_WORDS = 5
DATE_CAPTION_WORDS = 10  # the lead photo's caption between the date and the text
SIGN_OFF_CHARS = 50  # an editor's glued sign-off: "—LDG, Bayanihan News"
SITE_CREDIT_CHARS = 30  # "… in May. (Sahel)": a site's short name closing its text
AFTER_TEXT_LINES = 3  # lines after the text searched for a column's date
OPENING_DATELINE_CHARS = 120  # the start of the first paragraph, where a dateline stands
MAX_NAME_WORDS = 6  # a bare name under the title
MAX_LANGUAGE_SWITCH_WORDS = 4  # "العربية English فارسی"
MAX_SIGNATURE_WORDS = 4  # a columnist's bare name signing the text
MAX_ROLE_LINE_WORDS = 10  # a writer's role under the name: "Former … midfielder and … analyst"
CARD_LINES = 4  # a writer card's lines over its link: photo, name, bio, address
MAX_LABEL_WORDS = 3  # a label printed alone: "Last updated", "آخر تحديث"
MAX_POINTS_LABEL_WORDS = 5  # a key points box's label: "What you need to know"
MAX_POINT_WORDS = 18  # one point of that box: a short sentence with no clause
_CREDIT_PAIR = re.compile(r"[,،]\s|\s[\-–—]\s")  # "Role, Outlet", "Outlet - City"
CREDIT_BLOCK_LINES = 8  # lines a headline's date or byline is looked for in, under it
BOOK_CARD_CREDITS = 3  # a reviewed book's credits: its writer's, its translator's, its editor's
SIGNED_NOTICE_LINES = 2  # a notice under the writer's name closing the text (a funeral's)
KICKER_WORDS = 5  # "بعد 12 عاما من القطيعة" over the headline: a supertitle, not a title
MIN_DATED_HEADLINE_WORDS = 6  # words beside the dates of a headline naming its day
MAX_BYLINE_WORDS = 12  # "By Jane Doe, Senior Middle East Correspondent"
ROLE_OPENING_WORDS = 3  # a role's noun after its rank: "Senior Lecturer", "Chief Political …"
DATED_BONUS = 2  # a title candidate's score for its date or byline right under it
# The standfirst wins its +1 for standing right above the body and is 0.1 nearer: a
# headline straight above it that scores within this margin is the title.
STANDFIRST_MARGIN = 1.2
MAX_DATELINE_WORDS = 8  # words beside the dates on a dateline ("Published: …, updated: …")
MAX_RELATIVE_WORDS = 6  # "نشر منذ 3 ساعات": a relative date is read only on a line this short
MAX_CONTROL_WORDS = 5  # "Listen to this article"
PROFILE_LINES = 3  # a blog profile's name, handle and follow button over the writer's bio
POST_META_LINES = 4  # a post's date, reading time and update lines between name and title
MAX_HEADLINE_WORDS = 40  # a line longer than this is a paragraph, never a headline
MIN_TICKER_RUN_WORDS = 20  # headlines run on without a mark: no paragraph this long lacks one
MIN_LABELLED_RUN_WORDS = 30  # headlines run on with a label's colon: no paragraph this long
# A headline opening with a quotation, closed before a dash and the speaker ("'I Was …' —
# NAME Opens Up As …", "«…» - NAME …"): one headline, however long and unpunctuated; a
# ticker's headlines run on with no such mark.
_OPENING_QUOTES = "'‘\"“«"
_QUOTE_THEN_DASH = re.compile(r"['‘\"“«][^'’\"”»]{3,}['’\"”»]\s[—–-]\s")
_PUNCTUATION = ("، ", ", ", "؛", ";", ":", "!", "?", "؟", ". ")  # not "4.1"
MIN_WRAPPED_WORDS = 8  # a print column's line holds this many words at least
WRAP_WIDTH_MARGIN = 0.15  # lines of one print column differ in width by at most this share
# Cue kinds whose words are common in prose: "Comments from Damascus", "تغيير الاسم",
# "مواضيع الخلاف" are subheadings when they stand between two paragraphs.
SUBHEADING_CUES = ("comments", "tags", "widget", "related", "caption")
KEY_CACHE_SIZE = 8192  # strings whose key is kept (a few hundred kB)
EAGER_CACHE_SIZE = 8192  # short lines whose eager features are kept (a few MB)


# Cached: a page keys some strings more than once (a line, then the byline in it), and an
# outlet's menus, share bars and footers repeat on every page of it.
@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def _key(text: str) -> str:
    folded = textnorm.fold_arabic(text).lower()
    if len(folded) >= MIN_SPACED_KEY_CHARS:
        # A paragraph's marks made spaces: when all else is letters, digits and spaces
        # (str.isalnum reads a character as \w does, "_" aside), its words are the runs
        # between single spaces, found at C speed, where findall makes an object of each
        # word (several times slower on Arabic text; every paragraph's key is asked).
        spaced = folded
        for mark in _WORD_PARTING_MARKS:
            if mark in spaced:
                spaced = spaced.replace(mark, " ")
        if spaced.replace(" ", "").isalnum():
            while "  " in spaced:
                spaced = spaced.replace("  ", " ")
            return spaced.strip(" ")
    return " ".join(_WORD.findall(folded))


# An editor's initials glued after the last full stop, with the outlet's name: "—LDG,
# Bayanihan News", "–RSJ/MBL".
_SIGN_OFF = re.compile(r"[A-Z]{2,4}(?:/[A-Z]{2,4})*(?:,\s*[A-Z][\w ]{0,40})?")


def _title_cased(text: str) -> bool:
    """Whether a Latin line is set in headline case, each word of four letters or more
    capitalised ("I Kept My Mother's Account Alive. Her Followers Kept Writing to Her."):
    a headline of two sentences, never a paragraph, whose longer words are mostly in
    lower case."""
    if not text[:1].isascii():
        return False
    long_words = [word for word in text.split() if len(word) >= 4 and word[:1].isalpha()]
    return len(long_words) >= 5 and all(word[:1].isupper() for word in long_words)


# Cached: the rules ask it of a line many times (wrapped, prose, a headline, a standfirst).
@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def _ends_sentence(text: str) -> bool:
    """Ends with one full stop (not an ellipsis), closing quotes or brackets after it, or
    a footnote's number glued to it ("… arbitration.2", "… combined.[1]").
    (String methods: a regular expression anchored at the end scans the whole line.)"""
    if text.endswith(")") and ". (" in text[-SITE_CREDIT_CHARS:] and \
            text[text.rindex(". (") + 3:-1].isalpha():
        text = text[:text.rindex(" (")]  # "… القادم. (الساحل)": the site's one-word credit
    dash = max(text.rfind("—", -SIGN_OFF_CHARS), text.rfind("–", -SIGN_OFF_CHARS))
    if dash > 0 and _SIGN_OFF.fullmatch(text[dash + 1:].strip()):
        text = text[:dash].rstrip()  # "… the city engineer said.—LDG, Bayanihan News"
    text = text.rstrip(_CLOSERS)
    if text[-1:].isdigit() and _FOOTNOTE_NUMBER.search(text[-5:]):
        text = text.rstrip("0123456789").removesuffix("[")
    return text.endswith(".") and not text.endswith("..")


def _phrases(words: list[str]) -> re.Pattern:
    """Any of ``words`` (folded like a line's key) as whole words, the longest that fits.
    (No word character stands before the first one: tested after it, as the pattern must
    open with a character to be quick; the "." there is that character, never a newline.)"""
    return re.compile(textnorm.alternation({_key(w) or w for w in words},
                                           after_first=r"(?<!\w.)") + r"(?!\w)")


def _in_key(phrases: re.Pattern) -> re.Pattern:
    """The search of ``phrases`` (see _phrases) in a line's key, made for the key with a space
    put before it (``_X_IN_KEY.search(" " + key)``): the same finds, a key's words being
    joined by single spaces (no word character stands before a phrase just where a space or
    the key's start does), the engine skipping from space to space at C speed (quicker than
    the search of _phrases, which enters its alternation at each character)."""
    return re.compile(" " + phrases.pattern.replace(r"(?<!\w.)", ""))


_BIO_ROLE_IN_KEY = _in_key(_BIO_ROLE)  # (its search in a key: see _in_key)


# A copyright notice is furniture even when it names the owner at length.
# So is a developer's credit: "تصميم وتطوير: شركة … | Powered by WordPress".
_RIGHTS_WORDS = ["all rights reserved", "جميع الحقوق محفوظه", "كل الحقوق محفوظه", "powered by",
                 "developed by", "designed by", "تصميم وتطوير", "تطوير وتصميم", "برمجه وتطوير",
                 "تصميم وبرمجه", "تطوير وبرمجه", "creative commons", "المشاع الابداعي",
                 # a broadcaster's footer disclaimer ("… Not responsible for the content of
                 # external sites.")
                 "content of external sites", "content of external internet sites"]
# A rights notice's opening words: the notice under the text however long it runs on ("All
# rights reserved. This material may not be reproduced …"), with no "©".
_RIGHTS_OPENINGS = tuple(_RIGHTS_WORDS[:3])
# A credit after the text to the reporters who helped write it ("NAME contributed to this
# report", "Additional reporting by NAME", "ساهم في إعداد التقرير: NAME"): furniture too, but
# it names people, never the page's owner (see _outlet_names).
_REPORTING_CREDIT_WORDS = ["contributed to this report", "contributed reporting",
                           "additional reporting by", "ساهم في اعداد", "شارك في اعداد"]


def _after_space(words: list[str]) -> re.Pattern:
    """Any of ``words`` (folded like a line's key) as whole words, looked for after a space
    put before the key: a key is words joined by single spaces, so a phrase of it starts
    after a space, and the engine skips from space to space at C speed (a body paragraph's
    key is long, and every line under the title is searched)."""
    return re.compile(" " + textnorm.alternation({_key(w) for w in words}) + r"(?!\w)")


_RIGHTS_AFTER_SPACE = _after_space(_RIGHTS_WORDS)
_REPORTING_CREDIT_AFTER_SPACE = _after_space(_REPORTING_CREDIT_WORDS)
_UPDATE_AFTER_SPACE = _after_space(_UPDATE)  # (_UPDATE_PATTERN's search, quicker on a key)


def _rights_notice(key: str) -> bool:
    """Whether the key holds a rights notice or a developer's credit."""
    return _RIGHTS_AFTER_SPACE.search(" " + key) is not None


# A developer's credit in English words ("Designed by …", "Site powered by …"), lower-cased.
_MADE_BY = ("powered by", "developed by", "designed by")


def _rights_notice_line(line: Line) -> bool:
    """Whether the line is a rights notice or a developer's credit (see _rights_notice),
    not a sentence of the text saying who designed a thing: a developer's words under
    more than a label's running words in lower case, the line a long sentence with no
    other notice ("The actor wore a pale pink gown designed by a young label, while …")."""
    found = _RIGHTS_AFTER_SPACE.search(" " + line.key)
    if found is None:
        return False
    made_by = found.group(0).strip()
    if made_by not in _MADE_BY or line.words <= MAX_CUE_WORDS or \
            not _ends_sentence(line.text) or \
            _RIGHTS_AFTER_SPACE.search(" " + line.key, found.end()) is not None:
        return True
    head = line.text[:line.text.lower().find(made_by)].split()
    return sum(word[0].islower() for word in head) <= MAX_LABEL_WORDS


# A byline naming the writer, then the helpers ("NAME, with additional reporting by NAME",
# "By NAME; additional reporting by NAME"): the writer's credit, the helpers' cut off (see
# _OTHER_CREDIT), not a credit closing the text.
_HELPED_BYLINE = re.compile(r"(?:[^\W\d_]+ ){1,5}(?:with |and )?additional reporting by ")


def _reporting_credit(key: str) -> bool:
    """Whether the key holds a credit to the reporters who helped write the text (see
    _REPORTING_CREDIT_WORDS), or names the writers who "contributed" at its end ("Wire
    writers NAME in CITY and NAME in CITY contributed."); a byline naming its helpers
    after the writer is none (see _HELPED_BYLINE)."""
    return (_REPORTING_CREDIT_AFTER_SPACE.search(" " + key) is not None
            and not _HELPED_BYLINE.match(key)) or (
        key.endswith(" contributed") and not _CREDITED_ROLES.isdisjoint(key.split()))


_CREDITED_ROLES = frozenset(("writer", "writers", "reporter", "reporters", "correspondent",
                             "correspondents"))


_CUE_PATTERNS = {reason: _phrases(words) for reason, words in _CUES.items()}
# The photos' word as a town's name, Sur in Oman and Tyre in Lebanon ("ولاية صور",
# "صيادو صور: …", "بلدية صور"): after a word with no mark between, where no caption sets
# it ("صور: NAME", "NAME | صور: NAME", "(8 صور)", "صور من الحفل").
_TOWN_SUR = re.compile(r"[^\W\d_] صور(?!\w)")
# "Read also" labels of two words, which scraping may glue to the headline after them.
_GLUED_RELATED = tuple(_key(phrase) for phrase in _CUES["related"] if " " in phrase)
# A "read also" box's label, whose box a site sets inside the text: a list after the article
# has its own heading ("Related", "More from …", "الأكثر قراءة").
_ALSO_LABELS = frozenset(_key(label) for label in (
    "also read", "read also", "see also", "also see", "اقرأ أيضا", "طالع أيضا", "شاهد أيضا",
    "تابع أيضا", "اقرئي أيضا", "شاهدي أيضا", "تابعي أيضا", "lire aussi", "à lire aussi",
    "lire également", "voir aussi",

    # (a broadcaster's link to another clip: "WATCH MORE: Parents push for …")
    "watch more", "watch also"))
# The label of a story's topics, each a link of a word or two on its own line, set
# between the text's paragraphs ("Related topics" / "Essex" / "Birds" / the last paragraph).
_TOPICS_LABELS = frozenset(_key(label) for label in (
    "related topics", "more on these topics", "مواضيع ذات صلة", "موضوعات ذات صلة"))
# ... or the same label run on into the headline of its link with no mark ("Related article
# <headline>", "اقرأ أيضا <headline>"): a space after the label's words, or none after an
# Arabic label's closing "أيضا", which glues to no word in a sentence ("اقرأ أيضاالسنغال
# …"; "إيضاح", a clarification, is spelt the same).
_RELATED_LABEL = _key("ذات صلة")  # "related", a box's label inside the text or a list's after it
_RUN_ON_ALSO = re.compile("(?:" + "|".join(map(re.escape, _ALSO_LABELS)) + ") |(?:" + "|".join(
    label for label in _ALSO_LABELS if label.endswith(" ايضا")) + r")(?=[^\W\dح])")
# (An also-label run on is a link, never a subheading; "Related <words>" may head a section.)
_RUN_ON_LINK = re.compile(f"{_RUN_ON_ALSO.pattern}|(?:related|{re.escape(_RELATED_LABEL)}) ")
# A news agency's caption opening: "في الصورة الملتقطة يوم 4 مارس …", "Photo taken on …";
# a caption's label before its comma, however long the caption ("التعليق على الصورة، …"), a
# video's too ("التعليق على الفيديو، …", "Media caption, …"); an archive photo's caption
# saying what it shows ("This file photo shows …", "تظهر هذه الصورة الأرشيفية …").
_CAPTION_OPENING = re.compile(r"(?:في الصوره الملتقطه|photo taken on|this photo taken on|"
                              r"this (?:file|archive|handout) (?:photo|picture|image) shows|"
                              r"(?:تظهر )?هذه الصوره الارشيفيه(?: تظهر)?|"
                              r"التعليق علي الصوره|التعليق علي الفيديو|media caption)\s")
# The sentence closing a photo's caption that says what the picture is: "… at the airport.
# File photo taken on …", "… في المطار. صورة أرشيفية".
# The note of a player reading the article aloud, under its "Listen to this article": its
# voice is a machine's ("This audio is read by a computer voice and may mispronounce …"),
# its app has more ("Listen to this story. Enjoy more audio and podcasts on iOS or
# Android."), or the browser plays none ("Your browser does not support the <audio>
# element.", the player's fallback text).
_MACHINE_VOICE = _phrases(["read by a computer voice", "read by a computer generated voice",
                           "read by an automated voice", "read by an ai voice", "narrated by ai",
                           "voiced by ai", "ai generated audio", "audio generated by ai",
                           # ("This audio is generated by an AI tool.")
                           "audio is generated by", "audio was generated by",
                           "بصوت آلي", "بصوت الذكاء الاصطناعي",
                           "enjoy more audio and podcasts", "more audio and podcasts on",
                           "does not support the audio element",
                           "does not support the video element",
                           "does not support html5 audio", "does not support html5 video",
                           "متصفحك لا يدعم تشغيل", "متصفحك لا يدعم الصوت",
                           "متصفحك لا يدعم الفيديو"])


def _machine_voice_note(key: str, key_words: list[str]) -> bool:
    """Whether the line is a reading player's note: its machine's voice, its app, the
    browser's fallback (_MACHINE_VOICE)."""
    return ("voice" in key or not _MACHINE_VOICE_WORDS.isdisjoint(key_words)) and \
        bool(_MACHINE_VOICE.search(key))


_MACHINE_VOICE_WORDS = frozenset(("ai", "بصوت", "audio", "browser", "متصفحك"))  # (one set test)


_CAPTION_CLOSING = re.compile(r"(?:(?:a )?file (?:photo|picture|image)|(?:this )?photo taken on"
                              r"|صوره ارشيفيه|ارشيفيه)(?:\s|$)")
CAPTION_NOTE_CHARS = 60  # "File photo taken on September 30, 2026"
_CAPTION_NOTE_OPENINGS = "AaFfTtPpGCIصأا"


def _caption_closing(text: str) -> bool:
    """Whether the text's last sentence is a photo's note ("… at the airport. File photo
    taken on …"): the line is a caption. (A quick test first: a short last sentence opening
    with one of the note's letters.)"""
    stop = text.rfind(". ")
    tail = text[stop + 2:] if stop >= 0 else ""
    return 0 < len(tail) <= CAPTION_NOTE_CHARS and (
        (tail[0] in _CAPTION_NOTE_OPENINGS and bool(
            _CAPTION_CLOSING.match(_key(tail)) or _PICTURES_BY.fullmatch(tail)))
        or ("/" in tail and _file_photo_credit(tail))
        or (tail[-5:] == "Photo" and bool(_OUTLET_PHOTO.fullmatch(tail))))


# The outlet's own credit closing a caption, its short name before "Photo" ("… on Monday.
# Post Photo", "… in Mumbai. Express File Photo").
_OUTLET_PHOTO = re.compile(r"(?:[A-Z][\w&'’.\-]*\s){1,2}(?:File\s)?Photo")


# The word marking an archive photo beside its wire's name: "File/AFP", "Reuters/File",
# "أرشيفية/ رويترز".
_FILE_PHOTO_WORDS = frozenset(("file", "ارشيف", "ارشيفيه"))


def _file_photo_credit(tail: str) -> bool:
    """Whether a caption's last sentence is an archive photo's credit: the file word and a
    wire's name either side of a slash ("… at a trading hall in Riyadh. File/AFP")."""
    parts = [_key(part) for part in tail.split("/")]
    return len(parts) == 2 and any(
        part in _FILE_PHOTO_WORDS and _AGENCY_PATTERN.fullmatch(other) is not None
        for part, other in (parts, parts[::-1]))


# The photographer's or the chart maker's credit closing a caption, a name and nothing
# after it ("… in Ratnapura. Pix by NAME", "… five trading days. Graphic: OUTLET"): a
# sentence of the text goes on.
_PICTURES_BY = re.compile(r"(?:(?:Pix|Pics?|Photos?|Pictures?|Photograph) by|(?:Graphic|Chart|"
                          r"Photo|Image)s?:)(?: [A-Z][\w'’.\-]*){1,4}")
# A caption saying what its photo or map shows: "صورة من …", "صورة لـ …", "Photo of …" (a
# subheading using the word as a figure, "صورة المشهد الإقليمي", names no photo), an
# archive's too ("صورة أرشيفية لـ …", "File photo of …").
_PHOTO_OF = re.compile(r"^(?:صوره(?: ارشيفيه)?|(?:file )?(?:photo|picture|image))\s+"
                       r"(?:من|ل\w*|خلال|of|from)\s"
                       r"|^جانب من\s"  # "جانب من اجتماع …": a view of the meeting
                       # a reviewed book's cover: "غلاف رواية «…»", "The cover of the novel"
                       r"|^غلاف (?:ال)?(?:روايه|كتاب|مجموعه|ديوان)(?!\w)"
                       r"|^(?:the )?cover of (?:the |her |his )?(?:book|novel|collection)(?!\w)"
                       # "سموه خلال تدشين المشروع …": an honorific's pronoun for its subject,
                       # no verb, then the scene; a sentence names the person, or says
                       # what was done
                       r"|^(?:سمو|معالي|سعادت|فخامت|جلالت|سماحت|دولت)(?:ه|ها|هما)\s+"
                       r"(?:خلال|اثناء|لدي|وسط|يتوسط|تتوسط)\s"
                       # "مشهد من العرض …", "لقطة من …", "A scene from the play …": a still
                       r"|^(?:مشهد|لقطه) من\s|^(?:a )?scene from\s"
                       # "صورة توضيحية لمعصرة …", "Representative image of …": a stand-in
                       r"|^صوره (?:توضيحيه|تعبيريه)\s|^(?:representative|illustrative) "
                       r"(?:image|photo|picture)\s"
                       # a map's caption: "خريطة تبين مسار …", "Map showing the route …"
                       r"|^(?:خريطه|خارطه) (?:توضح|تبين|تظهر|ل)\w*\s|^map (?:showing|of)\s"
                       # how the picture was taken: "Satellite image of the storm …",
                       # "Aerial view of …", "صورة جوية لـ …", "صورة بالأقمار الصناعية لـ …"
                       r"|^(?:satellite|aerial|drone|radar) (?:image|photo|picture|view|"
                       r"footage|imagery) (?:of|from|shows|showing)\s"
                       r"|^صوره (?:جويه|بالاقمار الصناعيه|فضائيه|ملتقطه بطائره مسيره) "
                       r"(?:من|ل\w*|تظهر|تبين)\s")
# A caption's label opening the caption, then a comma or a colon ("Image caption, …").
_CAPTION_LABELS = frozenset(["image caption", "photo caption", "caption", "تعليق الصوره",
                             "التعليق علي الصوره",  # ("التعليق على الصورة، …")
                             "شرح الصوره"])
# (The line's key opens with the label's key when the label opens the line: its words come
# first, folded alike. A paragraph's key that opens with none is spared the label's keys.)
_CAPTION_LABEL_OPENINGS = tuple(sorted(_CAPTION_LABELS))
CAPTION_LABEL_CHARS = len("التعليق على الصورة،")  # (the longest label)
# A label that runs the next story on after the article: the text does not resume after
# it, as it does after a "read also" box inside the article.
_NEXT_STORY = _phrases(["in other news", "also in the news", "في خبر آخر", "وفي خبر آخر",
                        "في سياق آخر"])


def _first_words(words: Iterable[str]) -> frozenset[str]:
    """The first word of each of ``words``, keyed as _phrases keys them. The phrases match
    whole words, so a key holding none of these words holds none of them: one set test of
    its words rules out the scan of the pattern."""
    return frozenset(phrase.split()[0] for phrase in {_key(word) or word for word in words}
                     if phrase.split())


_CUE_FIRST_WORDS = {reason: _first_words(words) for reason, words in _CUES.items()}
# Every phrase Line.cue_words looks for in a key (cues, rights, reporting credits, networks,
# sharing): most short lines (headlines, datelines, bylines) hold none of their first words.
_FURNITURE_FIRST_WORDS = _first_words([*(word for words in _CUES.values() for word in words),
                                       *_RIGHTS_WORDS, *_REPORTING_CREDIT_WORDS, *_SOCIAL,
                                       *_SHARE_VERBS])
# The first words of a rights notice's and a reporting credit's phrases alone: "في" and
# "من" open cues' phrases, not these, and most Arabic lines hold one of the two.
_FOOTER_FIRST_WORDS = _first_words([*_RIGHTS_WORDS, *_REPORTING_CREDIT_WORDS])
_SOCIAL_PATTERN = _phrases(_SOCIAL)
_LINK_BUTTON_PATTERN = _phrases(_LINK_BUTTONS)
# Words of a site-wide statistics box printed on one line with its record day ("أكبر عدد
# للمتواجدين كان 1,204 بتاريخ …"). (Not "views" or "visits": an article's dateline may
# print its own view count.)
_SITE_STATISTICS = _phrases(["المتواجدون", "المتواجدين", "للمتواجدين", "المتصلون", "المتصلين",
                             "أكبر عدد", "أكثر عدد", "أعلى عدد", "users online", "online now",
                             "visitors online", "most ever online", "most users ever", "record"])
_SHARE_PATTERN = _phrases(_SHARE_VERBS)
# A share prompt's last words, naming whom to share with ("Share this story with your
# friends", "شارك هذا المقال مع أصدقائك"): a call to share, however long, no sentence of text.
_SHARE_AUDIENCE = re.compile(r" (?:with (?:your |a )?friends?|مع (?:اصدقائك|اصدقائكم|اصحابك|"
                             r"الاصدقاء|اصدقاءك))$")
MAX_SHARE_PROMPT_WORDS = 7
_SOCIAL_OR_SHARE_PATTERN = _phrases(_SOCIAL + _SHARE_VERBS)  # rules out most lines at once
_SOCIAL_OR_SHARE_FIRST_WORDS = _first_words(_SOCIAL + _SHARE_VERBS)  # (see _first_words)
_UPDATE_PATTERN = _phrases(_UPDATE)
_DATE_LABEL_PATTERN = _phrases(_DATE_LABEL)
_AUTHOR_PATTERN = re.compile(r"^(?:" + "|".join(re.escape(_key(w)) for w in _AUTHOR) + r")\s+")
# A byline label printed in two languages, joined by a slash ("By / Par", "Par / By",
# "بقلم / By"): one label. "par" is French's "by", printed beside it on bilingual sites.
_TWO_LANGUAGE_LABEL = re.compile(r"^(?P<first>[^\W\d_]+)\s*/\s*(?P<second>[^\W\d_]+)(?=\s)")
# A section's label of one or two words before a bar, then the writer's credit on the same
# line over the headline ("نقد | يكتبها: NAME", "Review | Written by NAME").
_SECTION_BEFORE_CREDIT = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s\|\s+")
_OTHER_LANGUAGE_CUES = frozenset({"par"})
_ORGANISATION_PATTERN = _phrases(_ORGANISATION)
_ORGANISATION_PATTERN_IN_KEY = _in_key(_ORGANISATION_PATTERN)  # (its search in a key: see _in_key)
_EMAIL_ALONE = re.compile(r"(?P<local>[\w.+\-]+)@[\w\-]+(?:\.[\w\-]+)+")
# A byline may name an agency (the schema allows it), never a paper, a site or a channel.
_AGENCY_WORDS = ("وكالة", "agency")
_AGENCY_KEYS = frozenset(_key(word) for word in _AGENCY_WORDS)  # (as keys: for _wire_name)
_PUBLICATION_PATTERN = _phrases([word for word in _ORGANISATION if word not in _AGENCY_WORDS])
_NO_PERSON_PATTERN = _phrases(_NO_PERSON)
_NO_PERSON_PATTERN_IN_KEY = _in_key(_NO_PERSON_PATTERN)  # (its search in a key: see _in_key)
# Matched against the words as printed: folded, "على" (on) reads "علي", the given name Ali.
_NOT_IN_NAMES_WORDS = frozenset(_NOT_IN_NAMES)
# A dateline holds a date, a place, a name, labels; a caption says where and when ("هنية في
# دمشق، 14 كانون الأول 2022", "Haniyeh in Damascus, 14 December 2022").
# ("at 2:05 p.m.", "في الساعة 10" only give the time.)
_CAPTION_WORDS = _phrases(["في", "من", "على", "إلى", "الى", "خلال", "أثناء", "لدى", "مع", "in",
                           "during", "with", "from"])
# A print issue's number beside its date: "العدد 12377", "Issue No. 4512", a monthly's
# "العدد 48", its number in brackets ("العدد (812)").
_ISSUE_NUMBER = re.compile(r"(?:العدد|issue(?: no\.?)?)\s*[:：]?\s*\(?[0-9\u0660-\u0669]+\b",
                           re.IGNORECASE)
# A note that the text appeared in the print issue: "صدر في العدد الورقي رقم 5120", "نشر في
# العدد 812", "Published in print issue No. 4512", "Appeared in the print edition 88"; or a
# magazine's issue named by its season or month and year ("From the Spring 2026 issue",
# "This essay appears in the May/June 2026 issue", "من عدد ربيع 2026"), on a folded key; or
# the issue's line alone, its number with its season or month ("Issue 12 · Winter 2026",
# "Autumn 2026 | Issue 7").
_PRINT_ISSUE_NOTE = re.compile(r"(?:(?:صدر|نشر|نشرت|ظهر) في (?:ال)?عدد (?:الورقي )?(?:رقم )?|"
                               r"(?:published|appeared) in (?:the )?print (?:issue|edition) "
                               r"(?:no\.? )?)[0-9\u0660-\u0669]+|"
                               r"issue (?:no\.? )?\d+ [a-z]+(?: [a-z]+)? \d{4}|"
                               r"[a-z]+(?: [a-z]+)? \d{4} issue (?:no\.? )?\d+|"
                               r"(?:from|in|this [a-z]+ appears in) the [a-z]+(?: [a-z]+)? "
                               r"\d{4}(?: print)? issue|(?:(?:صدر|نشر) في|من) عدد \S+(?: \S+)? "
                               r"\d{4}(?: الورقي)?")
# Words that open a quotation or an unnamed source after a dateline ("واشنطن - قال
# مسؤول: …", "غزة - مصادر طبية: …"), never a reporter's name.
_REPORTING_VERB = _phrases(["قال", "قالت", "أكد", "اكد", "أكدت", "اكدت", "أعلن", "اعلن",
                            "أعلنت", "اعلنت", "ذكر", "ذكرت", "أفاد", "افاد", "أفادت", "افادت",
                            "كشف", "كشفت", "أشار", "اشار", "أشارت", "اشارت", "نفى", "نفت",
                            "said", "says", "told", "مصادر", "مصدر", "مسؤول", "مسؤولون",
                            "شهود", "sources", "officials", "witnesses", "police"])
_MERIDIEM = {"am", "pm", "ص", "م", "صباحا", "مساء", "مساءا", "a", "p"}  # beside a clock
# A clock's time zone ("2025-03-05 HKT 14:32"): part of the post's timestamp, no word of a
# widget's (a widget names a weekday, a city or the weather).
_TIME_ZONES = {"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "hkt", "sgt", "jst", "kst",
               "pkt", "aest", "aedt", "est", "edt", "pst", "pdt", "wat", "eat", "ist"}
# Labels of credits that are not the writer's: a translator, an editor, a photographer, a
# source ("ترجمة: …", "Source: …").
_VIDEO_CRAFTS_AR = ("تصوير", "مونتاج", "إخراج", "اخراج", "إنتاج", "انتاج", "جرافيك")
_VIDEO_CRAFTS_EN = ("camera", "filming", "video", "editing", "montage", "production")
# A desk's crafts on a translated or edited text: its translator, editor, proofreader.
_DESK_CRAFTS_AR = ("ترجمة", "تحرير", "تدقيق", "مراجعة")
_DESK_CRAFTS_EN = ("translation", "editing", "proofreading")
_CREDIT_LABEL = _phrases(["ترجمة", "ترجمه", "تحرير", "تصوير", "صور",  # "صور: NAME" (photos)
                          "مراجعة", "مراجعه", "تدقيق", "المصدر",
                          # A health page's medical reviewer ("راجعته طبيًا: د. NAME"): a
                          # checker, not the writer.
                          "مراجعة طبية", "المراجعة الطبية", "مراجعة علمية", "تدقيق طبي",
                          "تمت المراجعة الطبية بواسطة", "تمت المراجعة بواسطة",
                          "المراجعة الطبية بواسطة", "راجعه طبيا بواسطة",
                          *(f"{verb} {how}" for verb in ("راجعه", "راجعته", "راجعها")
                            for how in ("طبيًا", "علميًا")),
                          "medically reviewed by", "clinically reviewed by", "medical review",
                          # A photographer's credit: "عدسة: …" (lens), "بعدسة …".
                          "عدسة", "بعدسة",
                          "مصدر", "المصادر", "source", "sources", "via", "translation",
                          "translated", "edited", "editing", "edited by", "translated by",
                          "illustrated by", "photo", "photos", "photography",
                          "pictures", "photographer", "photos by", "photo by", "photography by",
                          "video by", "videos by", "filmed by",
                          "photograph", "photographs", "picture", "image", "images",
                          "illustration", "graphics", "video", "note", "ملاحظة", "ملاحظه",
                          # An investigation's credits block: the supervising editor, the
                          # illustrator ("إشراف: …", "رسوم توضيحية: …").
                          "إشراف", "اشراف", "رسوم", "رسوم توضيحية", "رسم", "illustrations",
                          "supervision", "supervised by",
                          # The same supervisor's credit as a verb ("أشرف على التغطية: NAME",
                          # he supervised the coverage): a live page's editor, no writer.
                          *(f"{verb} على {work}" for verb in ("أشرف", "أشرفت", "اشرف", "اشرفت")
                            for work in ("التغطية", "التغطيه", "التحرير", "الإعداد", "الاعداد")),
                          # The editor answering for the page, under a wire's headline
                          # ("المحرر المسؤول: NAME", "Responsible editor: NAME"): no writer.
                          "المحرر المسؤول", "المحررة المسؤولة", "المحرر المسئول",
                          "المحررة المسئولة", "محرر مسؤول", "responsible editor",
                          "editor in charge", "editor-in-charge", "duty editor",
                          # A translator's "put it into Arabic" ("نقله إلى العربية: …").
                          *(f"{verb} {to}" for verb in ("نقله", "نقلها", "نقلته", "نقلتها")
                            for to in ("إلى العربية", "للعربية")),
                          # A programme's guest: a source, not its author.
                          "ضيف", "ضيفة", "ضيف الحلقة", "ضيفة الحلقة", "ضيوف الحلقة", "guest",
                          "guests", "الضيف", "الضيفة", "الضيوف",
                          # Its host ("المحاور: …", "مقدم البرنامج: …", "مقدم الحلقة: …"):
                          # no writer either.
                          "المحاور", "المحاورة", "مقدم البرنامج", "مقدمة البرنامج", "host",
                          "hosts", "presenter", "presenters", "مقدم الحلقة", "مقدمة الحلقة",
                          "المقدم", "المقدمة", "المذيع", "المذيعة", "hosted by", "presented by",
                          # A designer's credit ("تصميم الرسوم: …", "تصميم: …", "Design: …").
                          "تصميم", "تصميم الرسوم", "تصميم الرسومات", "تصميم الجرافيك",
                          "جرافيك", "design", "graphic design",
                          # A video's crew: its editing ("مونتاج: NAME"), or two crafts joined
                          # ("تصوير ومونتاج: NAME", "Camera and editing: NAME"). (The
                          # director alone, "إخراج: NAME", heads a field of a show's card,
                          # see _card_field.)
                          "مونتاج", "montage",
                          *(f"{first} و{second}" for first in _VIDEO_CRAFTS_AR
                            for second in _VIDEO_CRAFTS_AR if first != second),
                          *(f"{first} and {second}" for first in _VIDEO_CRAFTS_EN
                            for second in _VIDEO_CRAFTS_EN if first != second),
                          # The desk's crafts joined the same way ("ترجمة وتحرير: NAME",
                          # "Translation and editing: NAME"): a translator, no writer.
                          *(f"{first} و{second}" for first in _DESK_CRAFTS_AR
                            for second in _DESK_CRAFTS_AR if first != second),
                          *(f"{first} and {second}" for first in _DESK_CRAFTS_EN
                            for second in _DESK_CRAFTS_EN if first != second)])
_CREDIT_LABEL_IN_KEY = _in_key(_CREDIT_LABEL)  # (its search in a key: see _in_key)
# A release's number over its headline ("بيان صحفي رقم (7) لسنة 2025", "Press release No.
# 12/2025"): a label, not the title.
_DOCUMENT_NUMBER = re.compile(r"(?:بيان|بلاغ|تعميم|نشرة|press release|media release|"
                              r"news release|statement)(?:\s+\w+)?\s+(?:رقم|no\.?|number)"
                              r"\s*\(?[\d٠-٩]", re.IGNORECASE)
# A release's issuer line over its headline ("Press release by the Ministry for …", "بيان
# صادر عن وزارة …"): a label, like the release's number.
_DOCUMENT_ISSUER = re.compile(r"(?:(?:press|media|news)\s+release|(?:press\s+)?statement|"
                              r"بيان(?:\s+صحفي)?|بلاغ(?:\s+صحفي)?)\s+(?:issued\s+)?"
                              r"(?:by|from|صادر\s+عن|الصادر\s+عن|من)\s", re.IGNORECASE)
# A broadcaster's label over a write-up of its show: the programme's name in quotes, then
# its presenter or nothing ("برنامج «مساء القاهرة» مع الإعلامية NAME", "Programme 'Evening
# Edition' with NAME").
_PROGRAMME_LABEL = re.compile(r"(?:(?:عبر |من |في |على )?برنامج|(?:on |from )?(?:the )?"
                              r"(?:tv |talk |radio )?(?:programme|program|show))\s*"
                              r"[«\"“'][^»\"”']{1,40}[»\"”']\s*", re.IGNORECASE)
_WITH_PRESENTER = re.compile(r"(?:مع|with|تقديم|presented by|hosted by)\s+(?P<title>(?:ال)?"
                             r"(?:إعلامية?|مذيعة?)\s+|(?:presenter|host)\s+)?", re.IGNORECASE)


def _programme_label(line: Line) -> bool:
    """Whether the line is a programme's label (see _PROGRAMME_LABEL) naming nothing after
    the show but its presenter, a known given name's or one titled as a presenter: a
    headline goes on to say what the programme does ("برنامج «تكافل» يغطي …")."""
    label = _PROGRAMME_LABEL.match(line.text)
    if label is None:
        return False
    rest = line.text[label.end():]
    presenter = _WITH_PRESENTER.match(rest)
    return not rest or (presenter is not None and len(rest.split()) <= MAX_NAME_WORDS + 2 and (
        presenter["title"] is not None or given_names.opens_name(rest[presenter.end():].split())))


# A court case's number over its story or in its box ("الجناية رقم 4512 لسنة 2026 …", "رقم
# القضية: 2026/1450 …", "Criminal Case No. E1432 of 2026", "Case no. 2026/3318"), on a key.
_CASE_NUMBER = re.compile(r"(?:(?:ال)?(?:قضيه|جنايه|جنحه|دعوى|دعوي|طعن|استئناف|مخالفه)\s+رقم|"
                          r"رقم\s+(?:القضيه|الدعوى|الدعوي|الطعن|الملف|الجنايه|الجنحه)|"
                          r"(?:(?:criminal|civil|family|commercial|appeal|traffic)\s+)?"
                          r"case\s+(?:no|number|ref))\s+\w*\d")
# ... and the other fields of a case's box beside it, each a label and its colon ("Court: …",
# "Next hearing (co-accused): …", "المحكمة: …", "الجلسة المقبلة (الشركاء): …").
_CASE_FIELD = re.compile(r"(?:court|next hearing|hearing date|next court date|(?:presiding )?"
                         r"judge|charges?|verdict|sentence|المحكمه|الجلسه (?:المقبله|القادمه)|"
                         r"موعد الجلسه|الدائره|القاضي|التهمه|التهم|الحكم)\b")
# A result card's team line: the team's name (a short run of words) and its goals.
_TEAM_SCORE = re.compile(r"[^\W\d_][^\d:]{0,30}\s\d{1,2}$")
# A result card's score line: each team's name (one to four words) beside its score, the
# two scores joined by a dash or a colon ("Harbour Rovers 2 - 1 Mill Town", "TEAM 31-27 TEAM"),
# each score's shoot-out in brackets after it ("TEAM 1 (4) - 1 (2) TEAM"), a live match's
# minute or status after it ("TEAM 1 - 0 TEAM | 71'", "… 45+2'", "… (HT)", "… - FT"): the
# widget's clock, which no headline prints after a score. A tennis match's strip prints each
# set's games, a tie-break's points in brackets after it ("NAME 6-7 (4) 6-3 7-6 (5) NAME").
_SCORE_LINE = re.compile(r"[^\W\d_][\w'’.]*(?:\s[^\W\d_][\w'’.]*){0,3}\s\d{1,3}(?:\s?\(\d{1,2}\))?"
                         r"\s?[\-–—:]\s?\d{1,3}(?:\s?\(\d{1,2}\))?"
                         r"(?:\s\d[\-–]\d(?:\s\(\d{1,2}\))?){0,4}\s[^\W\d_][\w'’.]*"
                         r"(?:\s[^\W\d_][\w'’.]*){0,3}"
                         r"(?:\s*[|·•\-–—]?\s*\(?(?:\d{1,3}(?:\+\d{1,2})?['′’]|(?i:ft|ht|live)|"
                         r"مباشر|انتهت|الدقيقة \d{1,3})\)?)?")
# A period's score alone, after its label (see _MATCH_STATUS): "14 - 12", "1-0".
_PERIOD_SCORE = re.compile(r"\d{1,3}\s?[\-–—:]\s?\d{1,3}")
# A match's status before its score line: the whistle's label and a colon or a bar.
_MATCH_STATUS = re.compile(r"(?:full[- ]time|half[- ]time|(?:first|second|1st|2nd) half|ft|ht|"
                           r"final(?: score)?|result|"
                           r"النتيجة النهائية|نهاية المباراة|انتهت|انتهت المباراة|"
                           r"نهاية الشوط الأول|الشوط الأول|الشوط الثاني)\s*[:|]\s*",
                           re.IGNORECASE)
# A live match's score strip: each side's name or code and its score, the wickets after a
# slash or a dash (or first: "4/186"), a declaration, the overs in brackets or not, the sides
# joined by a bar or "v" ("PAK 186/4 (20) | NZ 151/8 (18.2)", "Harbour CC 212/9 dec v Mill
# Town 140"): a widget's, never a headline. So is an Australian football result, each
# side's goals and behinds, its points in brackets, "d" (defeated) between them
# ("Collingwood 12.9 (81) d Essendon 10.11 (71)").
_INNINGS = r"\d{1,3}(?:[/\-.]\d{1,3})?(?:\s(?:dec|d|all out))?" \
    r"(?:\s?\(\d{1,3}(?:\.\d)?(?:\s?ov(?:ers)?)?\))?"
_SIDE_SCORE = rf"[^\W\d_][\w'’.]*(?:\s[^\W\d_][\w'’.]*){{0,3}}\s{_INNINGS}"
_SCORE_STRIP = re.compile(rf"{_SIDE_SCORE}(?:\s(?:\||v|vs\.?|d|def\.?)\s{_SIDE_SCORE})+")
# A scorecard's side on its own line, both innings joined by "&" ("Harbour CC 310 & 95/3
# dec", "Mill Town 201 & 140 (48.2 ov)"), the other side on the line beside it; and the
# result under them ("Harbour CC won by 64 runs", "… beat Mill Town by 5 wickets", "Match
# drawn"): a headline reports a result in its own words, without the sides' lines.
_SIDE_INNINGS = re.compile(rf"{_SIDE_SCORE}(?:\s&\s{_INNINGS})?")
_INNINGS_CLOSE = (" dec", " d", " all out")
# (the margin in figures or in words: "won by six wickets", "beat NAME by 12 runs")
_MATCH_RESULT = re.compile(r"[^\W\d_][\w'’. ]{0,40}\s(?:won|beat\s[^\d]{1,40}?)\sby\s"
                           r"(?:an innings and\s)?(?:\d{1,3}|one|two|three|four|five|six|seven|"
                           r"eight|nine|ten)\s(?:runs?|wickets?|wkts?)|"
                           r"match (?:drawn|tied|abandoned)|no result", re.IGNORECASE)
# Words each result holds, lower-cased: a line with none is not matched against the pattern
# (quicker; "no re", not "result": the pattern's case-blind "s" takes the long "ſ" too).
_MATCH_RESULT_WORDS = ("by", "match", "no re")
# A result card's entries: a name and the minute of a goal ("NAME 23", "NAME 45+2'",
# "NAME 58 (pen)", "NAME (23)"), or of each of the scorer's goals in one bracket ("NAME (58،
# 81)", "NAME (12, 45+2')"), separated by commas, dashes or the slash between the teams: a
# comma inside the bracket separates no entries, nor one between digits ("EGP 75,000": a
# figure's).
_ENTRY_MARK = re.compile(r"(?:[،;؛]|,(?!\d)|\s[\-–—/]\s)(?![^()]*\))")
_MINUTE_MARKS = "'′’"  # after a goal's minute: "NAME 45+2'"
_MINUTE = r"\d{1,3}(?:\+\d{1,2})?['′’]?"
_MINUTE_ALONE = re.compile(_MINUTE)
_SCORED_ENTRY = re.compile(rf"[^\W\d_][^\d,،;:()]{{1,40}}?\s(?:{_MINUTE}|"
                           rf"\({_MINUTE}(?:[،,]\s?{_MINUTE})*\))(?:\s*\([^)]{{1,6}}\))?$")
# A result card's officials' field: the referee's label and its colon, alone or after the
# venue and a dash or a bar ("VENUE - الحكم: NAME", "Referee: NAME | Attendance: 41,200").
_MATCH_OFFICIAL = re.compile(r"(?:^|[\-–—|]\s*)(?:الحكم|حكم المباراة|حكم المباراه|طاقم التحكيم|"
                             r"(?i:referee|umpires?|match officials?))\s*:")
# A match's award, labelled on its result card's last line ("Player of the match: NAME (71
# off 44)", "أفضل لاعب في المباراة: NAME"): a field of the card, never a headline.
_MATCH_AWARD = re.compile(r"(?:^|[\-–—|]\s*)(?:أفضل لاعب(?: في)? المباراة|أفضل لاعب|رجل المباراة|"
                          r"نجم المباراة|(?i:(?:player|man|woman) of the (?:match|game|series)|"
                          r"mvp))\s*:")
# Labels of who issued a release or where a text came from ("From: Department for …",
# "Issued by: …", "المصدر: …"): a credit, never a headline.
_ISSUER_LABEL = _phrases(["from", "issued by", "source", "sources", "المصدر", "مصدر",
                          "صادر عن", "الصادر عن",
                          # a republished text's source ("نقلاً عن: صحيفة …", "Via: …",
                          # "Originally published in: …")
                          "نقلا عن", "نقلاً عن", "منقول عن", "منقول من", "المصدر الأصلي",
                          "via", "republished from", "originally published in",
                          "originally published by", "first published in",
                          # a release wire's label over the issuer's name ("News provided by")
                          "news provided by", "provided by", "distributed by"])
# Words that name no person, whatever the line's position says: a label of the page's
# furniture ("وقت القراءة", "Peer-Reviewed Publication", "المصدر") or an organisation
# ("شركة", "وزارة", "University"). A bare line under the title or a "place: name" line
# is a byline only when its name holds none of them (see _name_shape).
_NOT_NAME_WORDS = _phrases([
    "وقت", "القراءة", "قراءة", "تحديث", "نشر", "المصدر", "مصدر", "اعلان", "إعلان",
    "شركة", "الشركة", "وزارة", "الوزارة", "مؤسسة", "المؤسسة", "هيئة", "الهيئة", "جامعة",
    "الجامعة", "مجموعة", "المجموعة", "بنك", "مصرف", "جمعية", "منظمة", "مركز", "المركز",
    "معهد", "المعهد", "مجلس", "المجلس", "اتحاد", "الاتحاد",
    "publication", "peer-reviewed", "release", "statement", "reading", "read", "time",
    "published", "updated", "university", "institute", "college", "school", "hospital",
    "company", "inc", "ltd", "llc", "corp", "corporation", "group", "foundation", "ministry",
    "department", "council", "association", "society", "centre", "center", "laboratory",
    "bank", "holdings", "authority", "office", "official", "sponsored", "partner", "content"])
# Lowercase words a Latin name may hold between its capitalised ones ("Ludwig van Beethoven"),
# the Philippines' Spanish ones too ("Juan dela Cruz", "Ana delos Reyes", "de los Santos").
_NAME_PARTICLES = frozenset(("de", "da", "del", "della", "di", "du", "van", "von", "der", "den",
                             "la", "le", "al", "el", "bin", "ibn", "abu", "y", "dos", "das",
                             "dela", "delos", "los", "and", "&"))


def _name_particle(word: str) -> bool:
    """Whether the word of a Latin name is a particle (see _NAME_PARTICLES), glued to the
    family name by a hyphen or not ("van", "al-Kindi")."""
    return word.casefold().split("-")[0] in _NAME_PARTICLES


# Rules whose only evidence is where the line stands: the name itself must read as one.
# Nouns that make a capitalised run a place's name ("Iloilo City", "Western Province").
_PLACE_NOUNS = frozenset(["city", "province", "county", "district", "region", "state",
                          "island", "islands", "town", "village", "municipality",
                          "governorate", "valley", "capital"])
_POSITION_RULES = frozenset(("line_under_title", "place_then_name", "name_over_post_meta",
                             "after_date",
                             "byline_after_text", "signature_over_role", "before_date",
                             "name_over_role", "name_then_role", "name_over_email", "name_in_bio",
                             "name_in_more_link",
                             "opening_dateline", "name_under_writer_photo", "name_over_dateline",
                             "name_over_headline", "name_after_text", "agency_dateline_writer",
                             "name_then_outlet", "name_over_handle", "credit_in_opening",
                             "name_under_city", "name_in_post_meta", "name_in_credits",
                             "review_credit", "name_then_town", "word_name_over_date",
                             "writer_in_headline"))
# The label of the text's credit on a gallery or a feature, beside the photographer's
# ("نص: … | تصوير: …", "Words: … | Pictures: …"), or a report's alone ("Report: NAME"):
# the writer's.
_TEXT_CREDIT = _phrases(["نص", "النص", "كلمات", "text", "words", "story", "report", "reporting"])
# "Photographs by …", "Illustration by …": who made the pictures, not who wrote; "Translated
# from (the) Dari by …": who translated, the language between; "Fact checked by …", "Medically
# reviewed by …": who checked a health page.
_OTHER_CREDIT = re.compile(r"(?:photo(?:graph)?s?|photography|pictures?|images?|illustrations?|"
                           r"graphics|video|translated(?: from (?:the )?[a-z]+)?|translation|"
                           r"edited|"
                           r"(?:with )?additional reporting|with reporting|"  # (helpers')
                           r"fact[- ]?checked|(?:medically|clinically) reviewed) by ")
# ... or who checked it or reviewed it ("Reviewed by NAME, registered midwife" over a health
# page's headline, a review's "Reviewed by NAME"): a credit, never a headline nor a
# standfirst. (A roundup's "Reviews by NAME, NAME" is a byline's label: see _AUTHOR.)
_REVIEW_CREDIT = re.compile(r"review(?:ed)? by ", re.IGNORECASE)
# The outlet's label of its own story after the writer's name ("نابلس - NAME - خاص",
# "NAME | Exclusive"): no part of the name.
_EXCLUSIVE_LABEL = _phrases(["خاص", "حصري", "حصريا", "exclusive"])
# A clock's preposition beside a date: "at 9:40", "في (الساعة) 9:40", and the Maghrebi
# "على الساعة 21:40" (on "على" only with "الساعة": "على 3 مواقع" is a caption's).
# A release's place before "في" and its date ("جيبوتي في …", "دبي، في …").
_PLACE_FI = re.compile(r"(?P<place>[^\W\d_][^\d،,:()]{1,30}?)[،,]?\s+في")
# A run of days opening its line ("من 28 إلى 31 أكتوبر", "From 3 to 6 May", "Between 12 and
# 14 June"): an event's programme inside the text, never the header's stamp.
_DAY_RANGE = re.compile(r"(?:من|بين|from|between)\s+\d{1,2}\s*(?:إلى|الى|حتى|و|to|until|till|"
                        r"and|[-\u2013\u2014])\s*\d{1,2}\b", re.IGNORECASE)
_AT_TIME = re.compile(r"(?<!\w)(?:(?:at|في)\s+(?:الساعه\s+)?|علي\s+الساعه\s+)\d")
_AGENCY_PATTERN = _phrases(_AGENCIES)
_WIRES = frozenset(("agencies", "wires", "news agencies", "wire services", "وكالات", "الوكالات"))
# Their last words: a quick test of a line's end before the wire's pattern.
_WIRE_LAST_WORDS = frozenset(_key(wire).rpartition(" ")[2] for wire in (*_AGENCIES, *_WIRES))
# The writer's picture in an author box: the name follows it.
_WRITER_PHOTO = _phrases(["صورة الكاتب", "صورة الكاتبة", "صورة المحرر", "author photo",
                          "author image", "author avatar", "writer photo"])
_WRITER_PHOTO_IN_KEY = _in_key(_WRITER_PHOTO)  # (its search in a key: see _in_key)
# A picture's word in the alt text of a writer card's photo, before the name: "Headshot of
# NAME", "صورة NAME" (see _under_writer_photo).
_PHOTO_WORD = _phrases(["photo", "picture", "portrait", "headshot", "image", "avatar", "صورة",
                        "الصورة"])
_PHOTO_WORD_IN_KEY = _in_key(_PHOTO_WORD)  # (its search in a key: see _in_key)
# A label of the summary over an opinion piece or an explainer.
_SUMMARY_LABEL = _phrases(["ملخص", "الملخص", "باختصار", "بإيجاز", "summary", "in brief",
                           "in short", "in summary", "at a glance", "synopsis",
                           # a machine's summary of the article, so labelled ("AI summary",
                           # "ملخص المقال (مولّد آليًا)")
                           "ai summary", "ai generated summary", "summary generated by ai",
                           "article summary", "ملخص المقال", "ملخص الخبر",
                           "ملخص المقال مولد آليا", "ملخص الخبر مولد آليا",
                           "ملخص بالذكاء الاصطناعي"])
# The label of a box of the story's key points, each on its line, over or under the byline.
_POINTS_LABEL = _phrases(["نقاط رئيسية", "أبرز النقاط", "أهم النقاط", "النقاط الرئيسية",
                          "key points", "key takeaways", "takeaways", "main points",
                          "highlights", "key highlights", "story highlights", "tl;dr", "tldr",
                          "what you need to know", "if your time is short"])
# (One trie searched over a line's key: quicker than a substring test for each phrase.)
_DISCLAIMER_IN_KEY = re.compile(textnorm.alternation({_key(phrase) for phrase in _DISCLAIMER}))
# What follows each phrase's first word, its space first: a key holding a phrase holds this.
# (A quick test before the trie above: its first letters, "ا", "ل", "ت", stand at every
# few characters of an Arabic key; a space stands at every word.)
_DISCLAIMER_TAIL_IN_KEY = re.compile(textnorm.alternation(
    {_key(phrase)[_key(phrase).index(" "):] for phrase in _DISCLAIMER}))
_LANGUAGES = {_key(name) for name in _LANGUAGE_NAMES}
_LANGUAGES_OR_CODES = _LANGUAGES | set(_LANGUAGE_CODES)
# A photo credit closing a caption: "… during a visit. (File photo)", "… (Reuters)".
# (Two patterns, one opening with its bracket: never both match, as the label's letters
# cannot stand in the non-word tail after a bracket.) The label's colon is the tail's last
# (no colon follows it), and the label ends right before it, spaces aside.
# (Or in square brackets, as a Chinese daily's English pages print it: "… [Photo/Xinhua]".)
_BRACKETED_CREDIT = re.compile(r"[(\[]([^()\[\]]{2,50})[)\]]\W*$")
# A clip's kind in brackets closing its title ("تصريح المندوب الجهوي (صوت)", "The mayor at
# the opening (video)"): an embedded clip's or a link's title, between paragraphs; a
# headline's too ("افتتاح سوق … (صور)", "Floods hit the valley (photos)"), never a credit.
_MEDIA_KIND = r"\((?:فيديو|بالفيديو|صوت|تسجيل صوتي|صور|بالصور|video|audio|photos|watch|listen)\)"
_MEDIA_KIND_TAG = re.compile(_MEDIA_KIND + "$", re.IGNORECASE)
# ... or opening it, a space after the bracket ("(فيديو) جولة في سوق السمك", "(Video) A walk
# through the old market"): a link to a clip between paragraphs.
_MEDIA_KIND_OPENING = re.compile(_MEDIA_KIND + " ", re.IGNORECASE)
# The label may name its source's "from" or "by" before the colon ("صورة من: NAME/dpa",
# "Photo by: NAME"), glued to the caption's last word as a broadcaster's page prints it
# ("… شرق لبنانصورة من: NAME/AP"); an Arabic label with no "من" opens its word ("وتصوير:"
# after "و" too), and so does a photographer's "عدسة:" (lens): a word ending in its letters
# is a name ("جامعة المنصورة: المركز 476"). A drawing's credit is one too ("… Illustration:
# NAME").
_LABELLED_CREDIT = re.compile(r"(?:photograph|photo|picture|image|illustration|credit|"
                              r"صورة(?=\s+من)|(?<![^\W\d_])و?(?:صورة|الصورة|تصوير|عدسة))"
                              r"(?:\s+(?:من|by))?\s*:\s*([^:()]{2,40})$", re.IGNORECASE)
LONGEST_CREDIT_LABEL = len("illustration by")
_CREDIT_LABEL_ENDS = frozenset("hHoOeEtTyYnNةرن")  # the last letters of its labels, either case
# A picture's label, a pipe, then its source, the whole line: "PHOTO | RVT", "صورة | أرشيف".
_PIPE_CREDIT = re.compile(r"(?:photo(?:graph)?s?|pictures?|images?|credit|صورة|الصورة|تصوير)"
                          r"\s*\|\s*[^|:]{2,40}$", re.IGNORECASE)
# A caption's sentence, then a dash and who supplied the picture ("… George Town. - Post
# photo", "… St Elizabeth. - Contributed"): a few words, no sentence of their own, and no
# comma (a reader's letter signs "… a fight. - Anonymous, Leeds": a name and a town).
# An embedded social post's signature under its text: a dash, the account's name, its
# handle in brackets, the post's date ("— شبكة … (@EduNet) November 20, 2025"); with no
# dash, the same line is the post's head over its words ("Water Board (@CityWater) June
# 14, 2026", see _post_head), or its handle bare and a middle dot before the day, as the
# network's card prints it ("بلدية … @Handle · 1 سبتمبر 2026").
_POST_BYLINE = r"[^()]{1,60}\(@\w{1,30}\)\s*\S.{0,40}\d$"
_POST_SIGNATURE = re.compile(r"^[\-–—]\s*" + _POST_BYLINE)
_DATED_POST_HEAD = re.compile(_POST_BYLINE + r"|[^()@·]{1,60}\s@\w{1,30}\s·\s\S.{0,40}\d$")
# ... or the post's words and its signature run on one line ("The first buses left at dawn.
# — City Transit (@CityTransit) May 3, 2026"), the post's day alone after the handle (a
# sentence goes on there: "… — who posts as (@NAME) — said on May 3, 2026"); or the
# account and its handle first, the network named, a colon, the post's words in quotation
# marks and its day after a dash ("NAME (@NAME) posted on X: "…" — January 11, 2026").
_POST_DAY = r"(?:[^\W\d_]{3,9}\.?\s\d{1,2},?|\d{1,2}\s[^\W\d_]{3,9}\.?,?)\s\d{4}$"
_SIGNED_POST = re.compile(r"\S\s+[\-–—]\s*[^()]{1,60}\(@\w{1,30}\)\s*" + _POST_DAY +
                          r"|\(@\w{1,30}\)[^:：\"“«]{0,40}[:：]\s*[\"“«].{1,280}[\"”»]"
                          r"\s*[\-–—]\s*" + _POST_DAY)
_DASH_CREDIT_MARK = re.compile(r"\. [-–—]")  # (opens with two characters: a quick scan)
_DASH_CREDIT = re.compile(r"\.\s[-–—]\s*[^\s.!?؟,،]+(?:\s[^\s.!?؟,،]+){0,3}$")
# A caption's sentence, then the photographer's name, a slash and the outlet or agency,
# unbracketed ("… on November 12, 2026. Rami Saadeh / The Meridian"): two or three
# capitalised words, then one to four; no sentence of its own. Or the wire's order, the
# agency, an unspaced slash and the photographer ("… June 3, 2026. Meridian/Claire Dupont",
# "… AGENCY/NAME/File Photo").
_SLASH_CREDIT_PARTS = (r"(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}\s?/\s?[A-Z][\w&'’-]*"
                       r"(?:\s[A-Z][\w&'’-]*){0,3}|[A-Z][\w&'’-]+(?:\s[A-Z][\w&'’-]+){0,2}/"
                       r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}(?:/File Photo)?)")
_SENTENCE_SLASH_CREDIT = re.compile(rf"\.\s+{_SLASH_CREDIT_PARTS}$")
# A wire's button to buy the picture, glued after its caption's credit on one line.
_GLUED_SALE_BUTTON = " Purchase Licensing Rights"
# ... or the same credit on a line of its own under the caption ("NAME/OUTLET"), a bar
# there too as local dailies print it ("NAME | OUTLET").
_SLASH_PICTURE_CREDIT = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2} \| [A-Z][\w&'’-]*"
                                   r"(?:\s[A-Z][\w&'’-]*){0,3}|" + _SLASH_CREDIT_PARTS)
# An Arabic caption closed by a picture's credit in Latin letters, the agency or the
# photographer and the other after a slash, spaced or not ("قصر المؤتمرات في المدينة EPA
# / NAME", "… Reuters/NAME", "… AP Photo/NAME"): the switch of script ends the caption
# as a full stop ends an English one.
_ARABIC_CAPTION_SLASH_CREDIT = re.compile(r"[\u0621-\u064a]\s+[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*)"
                                          r"{0,2}\s?/\s?[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,3}$")
# A caption's sentence closed by a picture's label, then a slash, a pipe or "by" and its
# source: "… at dawn. Photo / Supplied", "… at the wharf. Photo by NAME for OUTLET",
# "… in the desert. Illustration by OUTLET; photo by NAME" (a drawing made over a photo),
# "… in Nairobi. PHOTO | NAME | OUTLET", "… at Demodara. Pic by the writer", "… Capital.
# Photo courtesy of the House", "… Photo courtesy OUTLET" (who lent it); or the picture's
# archive, in Arabic, no label's mark: "… في الميناء. صورة من أرشيف OUTLET", "… صورة
# أرشيفية", its own full stop after it at most ("… صورة من أرشيف OUTLET."; after an English
# label's source, "Photo by photo, the album grew.", a full stop closes a sentence).
_SENTENCE_PICTURE_CREDIT = re.compile(r"\.\s+(?:(?:photo(?:graph)?s?|pictures?|pics?|images?|"
                                      r"illustrations?)\s*"
                                      r"(?:[/|]|by\s|courtesy\s+(?:of\s)?)\s*[A-Z][^.!?]{1,60}|"
                                      r"(?:ال)?صورة\s+(?:من\s+)?[أا]رشيف[^.!?؟]{0,40}\.?)$",
                                      re.IGNORECASE)
# Its quick test: a label after a full stop, as printed. (One pattern opening with two
# characters: quicker than a substring test for each, which copies an ASCII phrase wider to
# search an Arabic line.)
_PICTURE_CREDIT_MARK = re.compile(r"\. (?:Photo|Pic|Image|Illustration|PHOTO|PIC|IMAGE|"
                                  r"ILLUSTRATION|صورة|الصورة)")
# The source's label opening a chart's bracket: "(المصدر: …)", "(Source: …)".
_SOURCE_LABEL = re.compile(r"(?:المصدر|مصدر|source|sources|data)\s*[:：]", re.IGNORECASE)
# A source's label over a writer's own credit: "Source: NAME, Contributor", "المصدر: NAME،
# مراسل": the name then a writer's role (a source's role, "analyst", names no writer).
_SOURCE_WRITER = re.compile(r"(?:المصدر|source)\s*[:：]\s*(?P<name>[^,،:]+)[,،]\s*(?:contributor|"
                            r"correspondent|reporter|staff writer|journalist|مراسل|مراسلة)\s*$",
                            re.IGNORECASE)
# A wire story's closing credits, each a desk's task "by" names, joined by ";" or "and":
# "Reporting by NAME; Editing by NAME and NAME", "Additional reporting by NAME"; an
# outlet's editor's credit closing a report ("Edited by NAME.").
# A print page's stamp naming the site it was printed from, its address in brackets or
# alone ("Printed from The Harbour Times (harbourtimes.example)", "Printer-friendly version
# of NAME", "طبع من موقع NAME"): no headline, no line of the text. (The English site's name
# is capitalised: "Printed from recycled plastic, …" is a headline.)
_PRINT_OPENINGS = ("Print", "PRINT", "طبع", "طُبع", "نسخة")
_PRINT_SOURCE = re.compile(
    r"(?i:print(?:ed|er[- ]friendly version|able version| version)) (?i:from|of) "
    r"(?:(?:[Tt]he )?(?:[A-Z][\w'’&.-]* ){0,4}[A-Z][\w'’&.-]*(?: \(\S+\.\S+\))?|\S+\.\w{2,}\S*)"
    r"|(?:طبع|طُبع|طبعت|طُبعت|نسخة للطباعة|نسخة الطباعة) من (?:موقع|صحيفة|جريدة|بوابة|وكالة) .{2,60}")
_WIRE_CREDIT_OPENINGS = ("Reporting", "Additional", "Editing", "Edited", "Writing", "Compiled")
_WIRE_CREDIT_OPENINGS += tuple(f"({opening}" for opening in _WIRE_CREDIT_OPENINGS)  # bracketed
_WIRE_CREDIT = r"(?:additional )?(?:reporting|editing|edited|writing|compiled) by [^;]{3,60}"
# Their reporters, when the credits open with them ("Reporting by NAME; Editing by …"):
# the story's writers, where no byline names them ("Additional reporting by" names helpers).
_WIRE_REPORTER = re.compile(r"Reporting by (?P<names>[^;]{3,60}?)\s*(?:;|\.?$)")
# The same credits of a wire's Arabic service, in brackets, the reporter's first: "(تغطية
# صحفية NAME - إعداد NAME للنشرة العربية - تحرير NAME)"; the adapter and the editor after
# it are no writers.
_WIRE_REPORTER_AR = re.compile(r"\(تغطية(?: صحفية)? (?P<names>[^-–—()]{3,60}?)\s*(?:[-–—]|\)$)")
# ... in brackets too, as a wire's English service closes the text: "(Reporting by NAME in
# CITY; additional reporting by NAME; Editing by NAME)".
_WIRE_CREDIT_RUN = rf"{_WIRE_CREDIT}(?:;\s*{_WIRE_CREDIT})*\.?"
_WIRE_CREDITS = re.compile(rf"{_WIRE_CREDIT_RUN}|\({_WIRE_CREDIT_RUN}\)", re.IGNORECASE)
# A figure's or a table's label and number opening its caption: "الشكل 1: …", "Figure 2: …".
_FIGURE_LABEL = re.compile(r"(?:الشكل|شكل|الجدول|جدول|(?:ال)?رسم(?: (?:ال)?بياني)?|figure|fig\.|"
                           r"table|chart)\s*"
                           r"(?:[0-9\u0660-\u0669]{1,2}|\([0-9\u0660-\u0669]{1,2}\))\s*[:：]",
                           re.IGNORECASE)
# An embedded chart's label and its title, with no number: "رسم بياني: حركة سعر …",
# "Infographic: …", "Chart: …", a diagram's ("شكل توضيحي: …", "Diagram: …"): the
# picture's caption, not the text.
_CHART_LABEL = re.compile(r"(?:رسم بياني|(?:ال)?(?:رسم|شكل) (?:ال)?(?:توضيحي|بياني)|(?:ال)?رسم|"
                          r"[إا]نفو[جغ]راف(?:يك|يا)?|infographic|chart|graphic|diagram|مبيان|"
                          r"المبيان|"
                          # a map's caption ("خريطة: المواقع التي …", "Map: where …")
                          r"(?:ال)?خريط[ةه]|map)\s*[:：]", re.IGNORECASE)
# The first letters of the labels of _FIGURE_LABEL, _CHART_LABEL and _SOURCE_LABEL, either
# case (and "ſ", "ı", "İ", which the case-blind patterns take for "s" and "i"): a test of one
# character before three patterns.
_FIGURE_CAPTION_OPENINGS = frozenset("اإشجرمخfFtTcCiIgGmMsSdDſıİ")
CHART_LABEL_CHARS = len("الرسم البياني 12:")  # the longest label ("infographic:" is shorter)
# A chart's maker after its data's source: "Data: …; Chart: …", "المصدر: …؛ تصميم: …".
_CHART_CREDIT = re.compile(r"[;؛]\s*(?:chart|graphic|graphics|map|رسم|الرسم|تصميم)\s*[:：]",
                           re.IGNORECASE)
# A picture's copyright, owner then photographer and no year: "© UNICEF/R. Kiptoo",
# "© الصندوق/ سامي العمري" (a site's notice names its year or its rights).
_PICTURE_COPYRIGHT = re.compile(r"©\s*[^\W\d][^/\d]{0,40}/\s*[^\W\d][^/\d]{0,30}$")
_PICTURE_LABEL = re.compile(r"(?:images?|photo(?:graph)?|picture|credit|صورة|صوره|تصوير)\s*[:：]"
                            r"|(?:بإذن من|بإذن|courtesy of|courtesy|عدسة|بعدسة)\s", re.IGNORECASE)
# ("(بإذن من …)", "(Courtesy of …)": the lender of a work pictured; "(عدسة NAME)", the
# photographer's lens, no colon after it)
# The lender's credit alone on its line under a caption, on its key ("Courtesy of COMPANY",
# "Photo courtesy of NAME", "الصورة بإذن من …"): no subheading between two paragraphs.
_COURTESY_CREDIT = re.compile(r"(?:(?:photos?|images?|pictures?|الصوره|صوره) )?"
                              r"(?:courtesy(?: of)?|باذن من|باذن) ")
# A picture's credit under its caption, its label first, then dots or a colon
# ("Credit...NAME for OUTLET", "Photo credit: NAME"); the label's first letters.
_PICTURE_CREDIT_LABEL = re.compile(r"(?:(?:photo|image|picture)\s+)?credits?\s*(?:\.{2,}|…|[:：])"
                                   r"\s*\S", re.IGNORECASE)
_PICTURE_CREDIT_OPENINGS = "CcPpIi"
# The short picture label and colon opening a caption of four words or more: "Pic: Workers
# fit the new frames near the gate". ("Photo: …" under a line is as often the credit of the
# caption over it: see _credited_below.)
_LABELLED_CAPTION = re.compile(r"Pi[cx]\s*:\s+\S+(?:\s+\S+){3}")
# The mark closing a caption whose picture stands in for the scene, not of it: "… near the
# border fence. (Illustrative)", "… (تعبيرية)". (With "photo" or "صورة" the caption's word
# names it already.)
_STAND_IN_MARKS = ("(Illustrative)", "(illustrative)", "(Illustration)", "(illustration)",
                   "(تعبيرية)", "(توضيحية)")
# The same word, or the archive's, closing a caption in guillemets as an Arabic site sets
# it in brackets: "… بدبي «أرشيفية»", "… «صورة تعبيرية»".
_GUILLEMET_PHOTO_NOTE = re.compile(r"«(?:صورة )?(?:أرشيفية|ارشيفية|أرشيف|تعبيرية|توضيحية)»$")
# A statistics box's counter: "Page views today: 9,317", "المتواجدون حالياً :" then "37".
_STATISTIC = re.compile(r"^(?:[^\d:：]{2,40}[:：]\s*)?[\d,.٬\s]+$")
COUNTER_RUN = 2  # counters right above a date: it is the box's record day
# Structured data leaked into the text (JSON-LD, a CMS's metadata object): a brace or
# bracket opening the line, a quoted key and a colon, or a quoted value and a comma. (A
# quoted line alone is a subheading quoting a speaker: body; so is a quotation headline, its
# quote and colon followed by words where a key's colon is followed by a value.)
_STRUCTURED_DATA = re.compile(r'^(?:[{}]|[\[\]]\s*(?:[,"{]|$)|"[^"]{1,60}"\s*:\s*'
                              r'(?:["{\[\d-]|(?:true|false|null)\b|$)|"[^"]{1,80}",$|'
                              # a blog's shortcode left in the text ("[caption id=…]…[/caption]")
                              # and an ad's script ("(adsbygoogle = window.adsbygoogle …")
                              r'\[(?:caption|gallery|embed|video|audio)\s[^\]]*\]|'
                              r'\(adsbygoogle\b)')
_COUNTER = re.compile(r"^(\d{1,2})\s*(?:/|of|من)\s*(\d{1,2})$")
# A live blog's entry opens with its time, alone on its line: "09.40 BST", "11:05",
# "10:20 ص", "1:15 PM IST" (a clock, then am/pm, then a time zone).
# (The zone may stand in brackets, in words: "18:55 (توقيت مكة)", "9:05 (local time)".)
# A live page's headline: its label, a colon or a dash, then four words or more, or the
# words then the label ("Live: Floods close roads in …", "… Terengganu: live updates",
# "تغطية مباشرة | …"), or the story's name and the label before the colon ("Harbour vote
# live: …"); a "Live" button or "Watch live" link holds no such headline. A rolling
# coverage's label says so too ("تغطية مستمرة: إعلان …", "تغطية متواصلة", "Rolling
# coverage: …"), its headline's words never an ad slot's label ("إعلان": announcement).
_LIVE_HEADLINE = re.compile(
    r"^(?:\S+(?:\s+\S+){0,4}\s+)?(?:live(?: updates| blog| coverage)?|مباشر|بث مباشر|"
    r"تغطية (?:مباشرة|مستمرة|متواصلة)|(?:rolling|continuing) coverage)"
    r"\s*[:|\-–—]\s*\S+(?:\s+\S+){3,}$|^\S+(?:\s+\S+){3,}\s*[:|\-–—]\s*"
    r"(?:live(?: updates| blog| coverage)?|مباشر|بث مباشر|تغطية مباشرة)$", re.IGNORECASE)


def _live_headline(text: str) -> bool:
    """Whether the line is a live page's headline (see _LIVE_HEADLINE); a line holding
    no label's word is none, unscanned (the pattern backtracks over every word)."""
    return ("مباشر" in text or "تغطية" in text or "live" in (lower := text.lower()) or
            "coverage" in lower) and _LIVE_HEADLINE.match(text) is not None


_TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|ص|م))?(?:\s*[A-Z]{2,4}|"
                        r"\s*ب?توقيت\s[^()\d]{2,20}|\s*\((?:"
                        r"ب?توقيت\s[^()]{2,20}|[^()]{2,20}\stime|[A-Z]{2,4})\))?$", re.IGNORECASE)
_OPENS_WITH_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?!\d)")
MAX_LIVE_NOTE_WORDS = 20  # a live page's note over its entries ("Follow our live updates …")
LIVE_BLOG_ENTRIES = 2  # lines opening with a time above the text: a live blog's entries
# Labels printed over a photo's caption (not "Photos", a gallery's menu item).
# Prepositions opening a circumstantial phrase, or conjunctions of a side clause ("فيما
# التمست النيابة …", "While the defence asked …"): a kicker over the headline (see _kicker).
_KICKER_OPENING = _phrases(["بعد", "قبل", "وسط", "رغم", "برغم", "على الرغم", "في ظل", "في أعقاب",
                            "في خضم", "عقب", "على وقع", "خلال", "مع", "منذ", "في", "فيما", "بينما",
                            "after", "amid", "amidst", "despite", "before", "following",
                            "ahead of", "during", "in the wake of", "since", "with", "while",
                            "whereas"])
_BIO_ROLE_AR = _phrases(_ARABIC_ROLES)
# A label over the writers' names, alone on its line (see _authors_block).
_AUTHORS_LABEL = _phrases(["authors", "author", "writers", "contributors", "الكتاب", "المؤلفون",
                           "المؤلفان", "الكاتبان", "الباحثون", "الباحثان"])
# Headings of what closes a text but is not of it (see _closing_section).
_ABOUT_HEADING = _phrases(["about", "نبذة عن", "عن الشركة", "من نحن", "عن الكاتب", "عن الكاتبة",
                            "عن المؤلف", "عن المؤلفة", "عن الكاتبين", "عن الكاتبتين", "عن الكتاب",
                            "عن المؤلفين",
                            # a release's issuer: a charity, an agency, a federation
                            "عن الجمعية", "عن المنظمة", "عن المؤسسة", "عن الوكالة", "عن الاتحاد",
                            "عن البرنامج", "عن الصندوق", "عن المفوضية", "عن الشبكة", "عن التحالف"])
# The issuer of a release, named by its kind after "About the" in its closing box ("About
# the federation"): "About the deal" heads a part of the text.
_ISSUER_KINDS = frozenset(["agency", "federation", "organisation", "organization", "foundation",
                           "society", "charity", "company", "network", "alliance", "programme",
                           "program", "fund", "council", "commission", "coalition", "association",
                           "institute", "trust"])
# The heading of a profile box closing an interview or a portrait, the life of the one
# interviewed in a few lines ("In brief" / "Amira Soliman, 41, studied …"), folded keys.
_PROFILE_HEADINGS = frozenset(_key(heading) for heading in (
    "in brief", "profile", "in profile", "biography", "في سطور", "سيرة ذاتية", "السيرة الذاتية",
    "بطاقة شخصية", "بطاقة تعريف", "سيرة قصيرة", "سيرة مختصرة", "نبذة مختصرة", "short bio",
    "fact file", "factfile"))
# An investigation's note on its method, under its heading, after its text or boxed inside it.
_METHOD_HEADINGS = ["how we reported this story", "how we reported this", "how we did it",
                    "how we did this", "methodology", "our methodology", "المنهجية",
                    "منهجية التحقيق", "كيف أنجزنا هذا التحقيق", "كيف أعددنا هذا التقرير"]
_METHOD_HEADING = _phrases(_METHOD_HEADINGS)
_NOTES_HEADING = _phrases(["notes", "footnotes", "endnotes", "references", "sources", "الهوامش",
                           "هوامش", "المراجع", "الحواشي", "مصادر", "المصادر",
                           # a press release's notes to the journalists who receive it
                           "notes to editors", "note to editors", "notes for editors",
                           "ملاحظات للمحررين", "ملاحظة للمحررين",
                           # ... and its press officers to call, under their heading
                           "media contact", "media contacts", "press contact", "press contacts",
                           "media enquiries", "media inquiries", "for media enquiries",
                           "for media inquiries", "for more information contact",
                           "for more information please contact", "for further information contact",
                           "for further information please contact", "للتواصل الإعلامي",
                           "للاستفسارات الإعلامية", "لمزيد من المعلومات يرجى التواصل مع",
                           "لمزيد من المعلومات يرجى الاتصال", "للمزيد من المعلومات يرجى التواصل مع",
                           "للمزيد من المعلومات يرجى الاتصال",
                           # (the heading alone over the names: "For more information:")
                           "for more information", "for further information",
                           "لمزيد من المعلومات", "للمزيد من المعلومات", "لمزيد المعلومات",
                           # the site's or an aggregator's disclaimer under its heading alone
                           # ("Legal Disclaimer:" / "GulfWire republishes partner content …")
                           "disclaimer", "legal disclaimer", "إخلاء مسؤولية", "إخلاء المسؤولية",
                           "إخلاء مسؤولية قانونية", "إخلاء المسؤولية القانونية",
                           # ... or its disclosures, a bank's or a market site's legal notice
                           # ("Disclosure & Policies", "Important information" / the notice)
                           "disclosure", "disclosures", "disclosure policies",
                           "disclosure and policies", "important information",
                           "important disclosures", "important notice", "legal notice",
                           "legal information", "إفصاح", "معلومات مهمة", "معلومات هامة",
                           "إشعار قانوني",
                           # a health or service page's questions and answers after its text
                           "أسئلة شائعة", "الأسئلة الشائعة", "أسئلة متكررة", "الأسئلة المتكررة",
                           "faq", "faqs", "frequently asked questions",
                           # a paper's or a commentary's citation after its text
                           "recommended citation", "suggested citation", "how to cite",
                           "cite this article",
                           # a research news page's note on the release it ran and the study
                           "story source", "journal reference", "journal references",
                           "المرجع", "مرجع الدراسة",
                           # a video page's transcript under its description
                           "transcript", "video transcript", "full transcript", "نص الفيديو",
                           *_METHOD_HEADINGS,  # (after the text)
                           # a review site's note on how it tests what it reviews
                           "how we test", "how we tested", "how we review", "how we rate",
                           "how we score", "كيف نختبر", "كيف نقيم", "منهجية الاختبار",
                           "منهجية التقييم",
                           # a health site's note on how its doctors review its articles
                           "how we reviewed this article", "how we reviewed this",
                           "our medical review process", "medical review process",
                           "our editorial process", "كيف راجعنا هذا المقال",
                           "سياسة المراجعة الطبية", "المراجعة الطبية",
                           # an obituary's box of the service and the condolences after it
                           "memorial service", "funeral service", "funeral arrangements",
                           "service details", "موعد الصلاة على الفقيد",
                           "موعد الصلاة على الفقيدة", "موعد التشييع", "موعد الدفن",
                           "مواعيد العزاء", "تفاصيل العزاء"])
# A review's verdict box after its text, headed by the critic's name or the outlet's "our"
# ("Peter Doe's verdict", "Our verdict"): its stars and listing are no part of the review.
# (A court story's "The Jury's Verdict", "Judge Hale's verdict" is a part of it: the name
# must open with a known given name.)
_VERDICT_HEADING = re.compile(r"(?:Our|(?P<name>(?:[A-Z][\w.\-]*\s){1,2}[A-Z][\w\-]*)['’]s)"
                              r"\s[Vv]erdict:?")
# A match report's record after its text: the scorers, the teams, under their heading.
_MATCH_RECORD_HEADING = _phrases(["scorers", "scoring", "teams", "the teams", "line-ups",
                                  "lineups", "match facts", "player ratings", "ratings",
                                  "تقييم اللاعبين", "الهدافون", "المسجلون", "التشكيلة",
                                  "التشكيلتان", "تشكيلة الفريقين"])
# A photo report's caption under its number: "الصورة 3: …", "صورة رقم 2 - …", "Photo 4: …".
# (A quick test before the pattern: "الصورة", "Photo"; the case-blind pattern takes "ı" and
# "İ" for "i".)
_CAPTION_FIRST = frozenset("اصPpIiıİ")
_NUMBERED_CAPTION = re.compile(r"(?:ال)?صور[ةه]\s+(?:رقم\s+)?\d{1,2}\s*[:\-–—]|"
                               r"(?:photo|image|picture|pic)\.?\s+\d{1,2}\s*[:\-–—]",
                               re.IGNORECASE)
_PHOTO_LABEL = _phrases(["أرشيفية", "ارشيفية", "صورة أرشيفية", "file photo", "getty images",
                         "image source", "image caption", "مصدر الصورة", "handout", "courtesy",
                         # (the stock libraries an illustrative picture is credited to)
                         "shutterstock", "istock", "istockphoto", "alamy", "adobe stock",
                         "شاترستوك", "شترستوك", "آيستوك", "غيتي إيماجز", "غيتي",
                         # (a gallery's button over the caption: "Open this photo in gallery:")
                         "open this photo in gallery", "open this image in gallery"])
_PHOTO_LABEL_IN_KEY = _in_key(_PHOTO_LABEL)  # (its search in a key: see _in_key)


def _share_call(key: str, words: int) -> bool:
    """Whether a line's key calls to share the story: a share verb in three words at most
    ("شارك هذا المقال"), or in a few more closed by whom to share it with ("Share this story
    with your friends", "شارك هذا المقال مع أصدقائك": see _SHARE_AUDIENCE)."""
    if words > 3 and (words > MAX_SHARE_PROMPT_WORDS or not _SHARE_AUDIENCE.search(key)):
        return False
    return bool(_SHARE_PATTERN.search(key))


def _social_heavy(key: str, key_words: list[str]) -> bool:
    """Whether a line's key is mostly the names of social networks and sharing verbs (a
    share bar). (``key_words``: the key's words, a list: set tests take it as it is.)"""
    if _SOCIAL_OR_SHARE_FIRST_WORDS.isdisjoint(key_words) or \
            not _SOCIAL_OR_SHARE_PATTERN.search(key):
        return False
    hits = len(_SOCIAL_PATTERN.findall(key)) + len(_SHARE_PATTERN.findall(key))
    return hits >= 2 and hits * 2 >= len(key_words) - hits


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


class _eager(_lazy):  # lowercase, like _lazy
    """A feature every line is tested for (by Line.furniture and Line.prose), computed when
    the line is made (Line.__post_init__): on first use, it would cost a call of the
    descriptor from C into Python, more instructions than most of these tests take."""


def _update_note(text: str) -> bool:
    """Whether the line is the editor's note on what an update changed, under its label
    ("Editor's note: this story was updated …") or in brackets ("[Updated …]")."""
    return bool((text[0] in _EDITOR_NOTE_OPENINGS and (note := _EDITOR_NOTE.match(text)) and
                 _EDIT_WORDS.search(text[note.end():note.end() + EDIT_NOTE_CHARS])) or (
        text[0] == "[" and text[-1] == "]" and (note := _BRACKETED_UPDATE.match(text)) and
        _EDIT_WORDS.search(text[note.end():note.end() + EDIT_NOTE_CHARS])))


_PUNCTUATION_BUT_COLON = tuple(mark for mark in _PUNCTUATION if mark != ":")


def _labelled_run(text: str) -> bool:
    """Whether a line runs on with no mark but the colons of headlines' labels inside it
    ("… هيئة الأرصاد: أمطار خفيفة …", "… Weather: Rain …"): headlines run on (a ticker)
    when it runs MIN_LABELLED_RUN_WORDS or more and ends on no colon nor full stop. (The
    colon first: one scan in C, where the split makes an object of each word of a paragraph,
    and Line.ticker asks every paragraph.)"""
    return ":" in text and len(text.split()) >= MIN_LABELLED_RUN_WORDS and \
        not text.rstrip(_CLOSERS).endswith((".", ":")) and \
        not textnorm.contains_any(text, _PUNCTUATION_BUT_COLON)


def _photographer_and_outlet(credit: str, before: str, square: bool = False) -> bool:
    """Whether a bracket closing a caption's sentence credits its photographer, then the
    outlet after a comma ("… on Monday. [Wilfred Kamau, Ledger]", "… الاثنين. (سامي ناصر،
    الوطن)"): a name alone (see _name_alone), then one to three capitalised words; or the
    outlet first, the name after a colon, as a broadcaster prints it ("… near the port. (Coast
    News: NAME)", "(الوطن: سامي ناصر)"); or, in square brackets (``square``), the name alone
    ("… at the port. [NAME]": a sentence of the text closes with no bracketed name)."""
    outlet, colon, name = credit.partition(": ")
    if not colon:
        name, colon, outlet = credit.replace("،", ",").partition(", ")
    if not colon and square:
        return _ends_sentence(before.rstrip()) and _name_alone(credit)
    return bool(colon) and 1 <= len(outlet.split()) <= DATELINE_CREDIT_WORDS and \
        _capitalised(outlet) and _ends_sentence(before.rstrip()) and _name_alone(name)


MIN_BARRED_FIELDS = 3  # a meta line's fields between bars: the writer, the place, the dates


def _barred_fields(line: Line) -> bool:
    """Whether a line is a header's meta line of short fields between bars: three or more,
    each no longer than a byline (MAX_BYLINE_WORDS: a date, its clock and its label) and none
    closing a sentence, with a date in one of them."""
    parts = line.text.split(" | ")
    return len(parts) >= MIN_BARRED_FIELDS and all(
        len(part.split()) <= MAX_BYLINE_WORDS and not part.rstrip().endswith((".", "!", "?", "؟"))
        for part in parts) and bool(line.dates)


@dataclass
class Line:
    """One non-blank line of the page, with the features the rules look at."""

    number: int  # 1-based line number in the decoded file
    text: str
    boilerplate: bool = False  # repeated across pages of the same outlet
    subheading: bool = False  # holds a cue word, but stands between paragraphs of the text
    wrapped: bool = False  # a line of a paragraph printed at a fixed width (_mark_wrapped)
    plain: bool = False  # printable and single-spaced, as textnorm.lines_and_plain found it

    def __post_init__(self) -> None:
        values = self.__dict__
        known = _EAGER_VALUES.get((self.text, self.plain))
        if known is not None:
            values.update(known)
            return
        # (In the order of their definitions: each reads only those defined before it, so
        # none is computed already; one read before its turn would be computed twice.)
        for name, feature in _EAGER_FEATURES:
            values[name] = feature(self)
        if self.words <= MAX_BOILERPLATE_WORDS:  # (a paragraph is not printed again)
            if len(_EAGER_VALUES) >= EAGER_CACHE_SIZE:
                _EAGER_VALUES.clear()
            _EAGER_VALUES[self.text, self.plain] = {name: values[name]
                                                    for name, _ in _EAGER_FEATURES}

    @_eager
    def key(self) -> str:
        return _key(self.text)

    @_eager
    def words(self) -> int:
        text = self.text
        # Printable text holds no whitespace but the space: with no space doubled or at an
        # end (as textnorm.lines leaves lines), words are the spaces plus one. (A count is
        # several times quicker than a split on a paragraph; a page found plain as a whole
        # spares the test of each line.)
        if self.plain or (text.isprintable() and "  " not in text and text[0] != " " != text[-1]):
            return text.count(" ") + 1
        return len(text.split())

    @_eager
    def bullet(self) -> bool:
        return self.text[0] in _BULLET_OPENINGS and bool(_BULLET.match(self.text)) and \
            self.words > 1

    @_eager
    def ticker(self) -> bool:
        # Several headlines glued together with no space after their final punctuation, or
        # run on with none at all: a paragraph as long holds a comma or a full stop.
        text = self.text
        if self.words >= 12:
            glues = 0
            for mark, glue in _TICKER_GLUES:  # (a loop: a generator costs more than its work)
                if mark in text:
                    glues += len(glue.findall(text))
            if glues >= 2:
                return True
        elif text[-1] == "%" and _market_quote(self):
            return True  # a market's quote: "Brent crude $78.92 +1.1%"
        # (run_on's bound first: most lines are shorter, and the first use of a lazy feature
        # costs a call of its descriptor)
        return self.words >= MIN_TICKER_RUN_WORDS and (self.run_on or _labelled_run(text))

    @_lazy
    def run_on(self) -> bool:
        """Runs on for MIN_TICKER_RUN_WORDS words or more with no mark at all: headlines
        run on with none between them (a ticker), or a standfirst printed with no comma
        and no full stop (see _run_on_standfirst)."""
        text = self.text
        if text.endswith("]"):  # a footnote's mark after the stop: "….[2]"
            text = text[:text.rfind("[")]
        return self.words >= MIN_TICKER_RUN_WORDS and not text.rstrip(_CLOSERS).endswith(".") \
            and not textnorm.contains_any(text, _PUNCTUATION) and not (  # (… "with all parties.")
                text[0] in _OPENING_QUOTES and _QUOTE_THEN_DASH.match(text))

    @_eager
    def glued_duplicate(self) -> bool:
        half, odd = divmod(len(self.text), 2)
        # (The first characters of the halves are compared before the halves are copied.)
        return not odd and half >= 3 and self.text[0] == self.text[half] and \
            self.text[:half] == self.text[half:]

    @_eager
    def mark_or_persian_letter(self) -> bool:
        if self.text.isascii():  # (a flag of the string: no character is read)
            return textnorm.contains_any(self.text, _ASCII_BREADCRUMB_MARKS)
        return bool(_MARK_OR_PERSIAN_LETTER.search(self.text))

    @_eager
    def foreign_script(self) -> bool:
        # (a credit line in Kurdish or Persian letters on an Arabic page names its writers:
        # "أربيل: شێرکۆ ڕەشید", see given_names.is_given_name)
        return self.mark_or_persian_letter and textnorm.is_persian_orthography(self.text) and \
            self.credit_names is None

    @_lazy
    def breadcrumb(self) -> bool:
        # "محليات | الأحد 15 ديسمبر 2024 | 11:20" is a dateline: a breadcrumb holds no date.
        # "By Jenna Ortiz | jortiz@… | Valley Courier" is a byline split into its parts.
        # "دبي في 26 نوفمبر / الاتحاد / أعلنت …" is a lead under an agency's dateline: a
        # paragraph, long and ending as a sentence does, where a breadcrumb's last part is
        # a headline at most. "مستغانم / NAME / AGENCY" is an agency's credit, its spaced
        # slashes round a reporter's name (see Line.credit_names), where a breadcrumb
        # names sections. (A Latin one may name a place a name reads: "News / Hong Kong".)
        return self.mark_or_persian_letter and \
            textnorm.contains_any(self.text, _BREADCRUMB_MARKS) and \
            len(_BREADCRUMB_SEPARATORS.findall(_GUILLEMET_QUOTE.sub("", self.text)
                                               if "«" in self.text else self.text)) >= 2 and \
            not self.dates and not self.byline_shaped and \
            not (self.words >= 20 and _ends_sentence(self.text)) and not _tally(self.text) and \
            not (" / " in self.text and textnorm.ARABIC_LETTER.search(self.text) and
                 self.credit_names is not None)

    @_eager
    def gallery_caption(self) -> bool:
        # The counter opens the line: its first words are enough (folding whole lines is slow).
        # (\d matches Arabic-Indic digits too: the head's digits need no conversion.)
        first = self.text[0]  # (tests of one character: quicker than a pattern's call)
        if (first.isascii() or "\u0621" <= first <= "\u064a") and first not in _GALLERY_OPENINGS:
            return False
        head = self.text[:GALLERY_HEAD_CHARS]
        return bool(_ANY_DIGIT.search(head)) and bool(_GALLERY.match(textnorm.fold_arabic(head)))

    @_eager
    def server_notice(self) -> bool:
        # Long notices carry a file path: they are never a headline, whatever their length.
        return self.text[0] in _SERVER_NOTICE_OPENINGS and "on line" in self.text and \
            bool(_SERVER_NOTICE.match(self.text))

    @_lazy
    def cue(self) -> str | None:
        """The furniture kind this short line belongs to, if its words say so. (The
        photographer's label makes no caption of the writer's credit before it: "نص: سالم
        الحارثي | تصوير: خميس البلوشي", "مسقط - NAME - تصوير: NAME", "NAME — صور: NAME",
        see _credit_before_other; nor a live page's word a widget of the byline naming its
        role: "By NAME, Live Reporter".)"""
        if self.subheading or (self.cue_words == "caption" and (
                _writer_credit(self) or _credit_before_other(self.text))) or (
                self.cue_words == "widget" and _writer_credit(self)):
            return None
        return self.cue_words

    @_eager
    def cue_words(self) -> str | None:
        """The furniture kind the words of this line name, wherever the line stands."""
        if self.text.startswith(_WIRE_CREDIT_OPENINGS) and _WIRE_CREDITS.fullmatch(self.text):
            return "footer"  # "Reporting by NAME; Editing by NAME", however many names
        if self.words > MAX_SHARE_WORDS:
            return None  # (a paragraph-long promotion closing the text: see _closing_lines)
        if self.words <= 3 and _END_MARK_LINE.fullmatch(self.text):
            return "footer"  # "###": a press release's text ends here
        head = self.text[:LABEL_HEAD_CHARS]  # (a label's colon, looked for once: most have none)
        colon = ":" in head or "：" in head
        if colon and _labelled_link(self.text, self.words):
            return "related"  # "READ: <headline>", "شاهد: <headline>": a link to another story
        if self.text.startswith("More ") and _MORE_SECTION.match(self.text):
            return "related"  # "More Court News", "More in States": a section's list
        if (colon and _figure_caption(self.text)) or (self.text[0] in _PICTURE_CREDIT_OPENINGS
                                          and _PICTURE_CREDIT_LABEL.match(self.text)) or \
                (self.text[-1] == ")" and self.text.endswith(_STAND_IN_MARKS)):
            return "caption"  # "الشكل 1: …", "Credit...NAME", "… (Illustrative)"
        if _embed_line(self):
            return "widget"  # an embedded video's player or post: the text goes on
        if "©" in self.text:
            # A picture's credit between paragraphs (the text goes on), or a rights notice.
            return "caption" if _PICTURE_COPYRIGHT.match(self.text) else "footer"
        # (Locals, not lazy features: every line past here needs them, and the first use of
        # a lazy feature costs a call of its descriptor.)
        key_words = self.key.split()
        if not _FOOTER_FIRST_WORDS.isdisjoint(key_words) and (
                _rights_notice_line(self) or _reporting_credit(self.key)):
            return "footer"
        if (self.words > MAX_CUE_WORDS and _DISCLAIMER_TAIL_IN_KEY.search(self.key)
                and _DISCLAIMER_IN_KEY.search(self.key)) or (
                self.words <= MAX_LANGUAGE_SWITCH_WORDS and _all_languages(self.text, key_words)):
            return "widget"  # a disclaimer or a language switch
        if _update_note(self.text) or _machine_voice_note(self.key, key_words):
            return "widget"  # the editor's note on what an update changed, a player's note
        if self.words <= MAX_AUTO_NOTICE_WORDS and ("تلقائيا" in self.key or "automatically"
                                                     in self.key) and \
                _AUTO_UPDATE_NOTICE.search(self.key):  # (a substring first: every line asks)
            return "widget"  # a live page's notice that it refreshes itself
        if _NOTICE_LABEL.match(self.text) or _page_jump(self) or (
                self.text[-1] in ")]" and _FILE_LINK.search(self.text)) or \
                (self.words <= MAX_CONTROL_WORDS + 2 and _DOWNLOAD_LINK.match(self.key)):
            return "widget"  # the site's disclaimer under its label, a link to a document
        if 2 < self.words <= MASTHEAD_WORDS + 2 and _reading_time(self):  # (its bound first)
            # "4 دقائق للقراءة | 716 كلمة": the post's reading time under its label, no
            # standfirst (bare minutes, "3 دقائق", may be a player's length)
            return "widget"
        social_heavy = _social_heavy(self.key, key_words)
        if self.words > MAX_CUE_WORDS and not social_heavy:
            label = (_LABEL.match(self.text) if colon else None) or (  # (each backtracks 30 chars)
                _DASH_LABEL.match(self.text) if textnorm.contains_any(head, "-–—|") else None)
            if label and self.words > len(label.group(1).split()):
                label_key = _key(label.group(1))
                for reason in _LABEL_REASONS:
                    if _CUE_PATTERNS[reason].fullmatch(label_key):
                        return reason
                if label_key.startswith(_GLUED_RELATED):
                    return "related"  # "اقرأ أيضافرنسا: …": the label glued to the headline
                if label_key in _READ_LABELS and label.group(0).rstrip().endswith("|"):
                    return "related"  # "READ | <headline>": a link to another story
            if _RUN_ON_LINK.match(self.key) and not _ends_sentence(self.text):
                return "related"  # "Related article <headline>": no mark after the label
            if _CAPTION_OPENING.match(self.key) or _caption_closing(self.text):
                return "caption"
            return "widget" if _listen_bar(self.key) else None  # (a reading player's bar)
        # Whether the key may hold a phrase of furniture (see _FURNITURE_FIRST_WORDS).
        furniture_word = not _FURNITURE_FIRST_WORDS.isdisjoint(key_words)
        if social_heavy or (furniture_word and _share_call(self.key, self.words)):
            return "share"
        if (self.words <= MAX_CONTROL_WORDS and _CONTROLS.match(self.key)) or self.server_notice \
                or (self.text.startswith(_PRINT_OPENINGS) and _PRINT_SOURCE.fullmatch(self.text)):
            return "widget"  # (or a print page's stamp naming its site: see _PRINT_SOURCE)
        if not furniture_word or _live_headline(self.text) or self.key.startswith(_LIVE_CREDITS):
            return None  # (a live page's headline under or over its "Live" label, its byline)
        for reason, pattern in _CUE_PATTERNS.items():
            if not _CUE_FIRST_WORDS[reason].isdisjoint(key_words) and pattern.search(self.key):
                if reason == "caption" and _caption_words_name_no_caption(self):
                    continue  # a question, a town's name: no credit
                return _footer_or_appeal(self) if reason == "footer" else reason  # ("©": above)
        return None

    @_eager
    def photo_credit(self) -> bool:
        """Closes with a picture agency's or a photo's credit: a caption however long; or
        opens with a picture's label and colon before a caption's words ("Pic: …", see
        _LABELLED_CAPTION)."""
        if self.text[0] == "P" and _LABELLED_CAPTION.match(self.text):
            return True
        # (the wire's sale button glued after the credit: "… AGENCY/NAME/File Photo
        # Purchase Licensing Rights", set aside)
        text = self.text.removesuffix(_GLUED_SALE_BUTTON)
        tail = text[-PHOTO_CREDIT_CHARS:]  # the credit closes the line
        # (A credit after a sentence opens with its full stop and a space: one test of the
        # tail spares most lines both searches below.)
        sentence_break = ". " in tail
        if sentence_break and _DASH_CREDIT_MARK.search(tail) and _DASH_CREDIT.search(tail):
            return True  # "… in Southfield, St Elizabeth. - Contributed": a credit's tail
        if sentence_break and len(closing := tail.rpartition(". ")[2]) <= WIRE_CREDIT_CHARS \
                and _wire(closing):
            return True  # "… at the port of Duqm. Reuters", "… في ميناء صلالة. رويترز"
        if " ©" in tail and _wire(tail.rpartition(" ©")[2]):
            return True  # "… for six straight weeks © Getty Images": its agency's copyright
        if "|" in tail and _PIPE_CREDIT.match(text):
            return True  # "PHOTO | RVT": a picture's label, a pipe, its source
        if "/" in tail and (_SENTENCE_SLASH_CREDIT.search(tail) or _slash_agency(self) or
                            _ARABIC_CAPTION_SLASH_CREDIT.search(tail)):
            return True  # "… Street. Rami Saadeh / The Meridian": its photographer and outlet
        wide = text[-PICTURE_CREDIT_CHARS:]  # (a label's credit may name two sources)
        if ". " in wide and _PICTURE_CREDIT_MARK.search(wide) and \
                _SENTENCE_PICTURE_CREDIT.search(wide):
            return True  # "… at dawn. Photo / Supplied", "… Photo by NAME for OUTLET"
        closed = tail[-3:]
        if closed[-1] == "»" and _GUILLEMET_PHOTO_NOTE.search(tail):
            return True  # "… بدبي «أرشيفية»": the picture's note in guillemets
        if ")" not in closed and "]" not in closed and ":" not in tail:
            return False
        credit = _BRACKETED_CREDIT.search(tail) if ")" in tail or "]" in tail else None
        if credit is None:
            colon = tail.rfind(":")
            before = tail[:colon].rstrip() if colon >= 0 else ""
            # (the label's last letter, spaces aside, stands before the colon: one test of
            # it before the pattern's search)
            label = _LABELLED_CREDIT.search(tail, max(0, len(before) - LONGEST_CREDIT_LABEL)) \
                if before[-1:] in _CREDIT_LABEL_ENDS else None
            # "Photograph: Reuters", "تصوير: …": the label says so, unless the line opens
            # with the writer's credit ("نص: … | تصوير: …", "تغطية: … - تصوير: …").
            if label is None or _writer_credit(self):
                return False
            # "صلالة - NAME - تصوير: NAME": the writer's credit, then the photographer's
            head = text[:len(text) - len(tail) + label.start()].rstrip(" -–—|/")
            return _credit_reading(head) is None and not _credit_before_other(text)
        if closed[-1] == ")" and _MEDIA_KIND_TAG.search(tail):
            return False  # "… (صور)": the kind of its media, a headline's or a clip's
        key = _key(credit.group(1))
        # "(Image: Harbourside Developments)": a picture's label and its source in brackets;
        # a chart's title with its data's source ("متوسط الإيجار الشهري في الأحياء (المصدر: …)"),
        # no sentence before the bracket.
        return bool(_AGENCY_PATTERN.search(key) or _CUE_PATTERNS["caption"].search(key)
                    or _PHOTO_LABEL.fullmatch(key)  # (a stock library's: "(شاترستوك)")
                    or _PICTURE_LABEL.match(credit.group(1))
                    or _SLASH_CREDIT.fullmatch(credit.group(1))
                    or _photographer_and_outlet(credit.group(1), text[
                        :len(text) - len(tail) + credit.start()], credit.group(0)[0] == "[")) or (
            self.words <= MAX_BYLINE_WORDS and bool(_SOURCE_LABEL.match(credit.group(1)))
            and not _ends_sentence(text[:len(text) - len(tail) + credit.start()]
                                   .rstrip()))

    @_lazy
    def dateline_credit(self) -> bool:
        """A place or site, then a wire service: "دمشق - سانا", "BEIRUT (Reuters) -"; or a
        credit in capitals, its parts between spaced slashes ("ANKARA / DAILY TIMES WITH
        AGENCIES"): a headline in capitals has no such parts."""
        if " / " in self.text and self.words <= MAX_BYLINE_WORDS and self.text.isupper() \
                and not textnorm.ARABIC_LETTER.search(self.text):
            return True
        # (its dash or bracket looked for first: quicker than the pattern's backtracking)
        match = _DATELINE_CREDIT.match(self.text) if self.words <= 6 and \
            textnorm.contains_any(self.text, "-–—ـ(") else None
        if match is None:
            return self.words <= MAX_BYLINE_WORDS and _dashed_credit_parts(self.text)
        # (a person's name after the place may run to four words with its "بن": "CITY -
        # NAME بن NAME NAME", when the credit reading reads the names: see _credit_reading)
        return all(len(part.split()) <= DATELINE_CREDIT_WORDS for part in match.groups()
                   if part) or (match.group("b") is not None and
                                len(match.group("a").split()) <= DATELINE_CREDIT_WORDS and
                                self.credit_names == match.group("b").strip())

    @_eager
    def structured_data(self) -> bool:
        return self.text[0] in "{}[]\"(" and bool(_STRUCTURED_DATA.match(self.text))

    @_lazy
    def furniture(self) -> bool:
        # (breadcrumb after its first test, already made: most lines fail it, and the first
        # use of a lazy feature costs a call of its descriptor)
        return (self.structured_data or self.boilerplate or self.ticker or self.glued_duplicate
                or self.foreign_script or (self.mark_or_persian_letter and self.breadcrumb)
                or self.gallery_caption or self.server_notice or self.photo_credit
                or self.cue is not None)

    @_lazy
    def prose(self) -> bool:
        """Reads as running text of an article: long, or sentence-shaped."""
        if self.furniture:
            return False
        if self.wrapped:
            return True
        if self.bullet:  # an explainer's points are sentences; a list of links is not
            # (nor is a headline's question; a reader's, under a column's mark, runs long)
            return self.words >= MIN_BULLET_SENTENCE_WORDS and (_ends_sentence(self.text) or (
                self.words >= 20 and self.text.rstrip(_CLOSERS).endswith(_QUESTION_MARKS)))
        if self.words >= 20 or (self.words >= MIN_INTRO_WORDS
                                and self.text.endswith((":", "："))):
            # long, or a sentence introducing a list or a quotation; not a meta line of
            # short fields between bars, however long ("Written by NAME | Dubai |
            # Published: … | Updated: …", "كتب: NAME | القاهرة | نشر في: … | آخر تحديث: …")
            return not (" | " in self.text and _barred_fields(self))
        ends_sentence = _ends_sentence(self.text)
        # ("Posted Nov 14, 2025 6:05 pm." ends like a sentence: a date line all the same; so
        # does a byline set off from its date, "By NAME | May 4, 2026 at 10:15 a.m.")
        return ((self.words >= 6 and ends_sentence) or (self.words >= 8 and bool(
            _CLAUSE.search(self.text)) and ends_sentence)) and not self.date_stamp \
            and not _title_cased(self.text) and not _byline_over_mark(self)

    @_lazy
    def date_stamp(self) -> bool:
        """Only a date, its clock and its label ("Posted Nov 14, 2025 6:05 pm.", "Last
        Updated …"): a header's line, never a sentence of the text, however it ends."""
        if not self.dates:
            return False
        # (the clock goes first, its "at" and "a.m." with it: "… 2026 at 6:05 a.m.")
        beside = " ".join(word for word in _key(_CLOCK_AFTER_DATE.sub(" ", textnorm.to_ascii_digits(
            _beside_dates(self)))).split() if not word.isdigit() and word not in _MERIDIEM)
        return not beside or bool(_DATE_LABEL_PATTERN.fullmatch(beside)
                                  or _UPDATE_PATTERN.fullmatch(beside))

    @_lazy
    def dates(self) -> list[dates.FoundDate]:
        found = dates.find_dates(self.text) if _DIGIT.search(self.text) else []
        if not found and self.words <= MAX_RELATIVE_WORDS:
            relative = dates.find_relative(self.text)  # "منذ 3 ساعات": a date line, no date
            return [relative] if relative else []
        return found

    @_lazy
    def credit_names(self) -> str | None:
        """The writers' names the line prints as a credit line of its own, as long as a byline
        at most and with no date: a reporter's credit with the city filed from or the
        reporter's role, or two writers' names listed (see _credit_reading). A byline, never
        a headline nor a standfirst (a headline's "غزة: مقتل …" names no one; a film's cast
        is a card's field, see _city_credit)."""
        return _credit_reading(self.text) if self.words <= MAX_BYLINE_WORDS and \
            not self.dates else None

    @_lazy
    def voice_credit(self) -> bool:
        """Credits the newsreader or presenter ("قراءة: …", "Presented by: …"), alone or
        after a bar beside the programme's name ("برنامج: NAME | تقديم: NAME")."""
        return self.words <= MAX_BYLINE_WORDS and (bool(_VOICE_CREDIT.match(self.text)) or (
            " | " in self.text and any(map(_VOICE_CREDIT.match, self.text.split(" | ")[1:]))))

    @_lazy
    def byline_shaped(self) -> bool:
        """Starts like a byline ("By …", "بقلم …", "تقرير وتصوير: …", see _JOINT_CREDIT) or
        says when it was updated: an update label alone ("UPDATED") or beside a date. A
        headline may name an update among its words ("تحديث جديد لواجهة هواتف …"), with no
        date."""
        if _AUTHOR_PATTERN.match(self.key + " ") or _label_cue(self.text) or \
                _one_label(self.text) is not self.text or (
                    (":" in self.text or "：" in self.text) and _JOINT_CREDIT.match(self.text)) or \
                _label_after_dash(self):
            return True
        update = _UPDATE_AFTER_SPACE.search(" " + self.key)
        return bool(update) and (self.words <= MAX_LABEL_WORDS or bool(self.dates))

    @_lazy
    def headline_shaped(self) -> bool:
        # A line ending in a colon introduces what follows (a dateline credit "Cairo- X:",
        # a label): a headline never does. Nor is a line with no letter ("2 / 2", a
        # gallery's counter; "10 - 3", a score) ever a headline.
        return (not self.furniture and not self.bullet and 3 <= self.words <= MAX_HEADLINE_WORDS
                and len(self.text) <= 300 and not self.dated_label and not self.byline_shaped
                and not self.dateline_credit and not self.voice_credit
                and not self.text.endswith((":", "：")) and any(map(str.isalpha, self.text)))

    @_lazy
    def bare_name(self) -> bool:
        """A name alone, with no label (see _bare_name, _name_alone)."""
        return not self.furniture and not self.dates and _name_alone(self.text)

    @_lazy
    def book_imprint(self) -> bool:
        """A reviewed book's imprint: its count of pages (see _BOOK_PAGES), on a line of a
        byline's length. (Tested for several headline candidates over it: computed once.)"""
        return self.words <= MAX_BYLINE_WORDS and \
            textnorm.contains_any(self.text, _BOOK_PAGES_HINTS) and \
            _BOOK_PAGES.search(self.text.casefold()) is not None

    @_lazy
    def dated_label(self) -> bool:
        """Holds dates with few words beside them: a dateline or a widget, not a headline.

        A bulletin's or an episode's headline may name its day ("… ليوم الأحد في
        08-12-2024") among many words, and no clock.
        """
        if not self.dates:
            return False
        outside = _beside_dates(self)
        beside = outside.split()
        # (the clock is asked of the text outside the dates too: glued to the year, the
        # capture having lost the space, "October 14, 20257:52 PM" holds none of its own)
        return (len(beside) < MIN_DATED_HEADLINE_WORDS and not _daily_headline(beside)) \
            or bool(_CLOCK.search(textnorm.to_ascii_digits(self.text))) \
            or (":" in outside and _CLOCK.search(textnorm.to_ascii_digits(outside)) is not None)


MIN_DAILY_HEADLINE_WORDS = 3  # a daily list's name and "today" before the day's date


MIN_CREDITED_CAPTION_WORDS = 5  # a caption's clause before its credit (a dateline's place: fewer)


def _slash_agency(line: Line) -> bool:
    """Whether the line is a caption's clause closed by a spaced slash and a wire service
    alone ("قطار في محطة … خلال تدشين خط جديد / الأناضول", "Rescuers search the rubble in
    … / Reuters"): a picture's credit. A dateline's place ("أنقرة / الأناضول") or a credit
    ("OUTLET / أ ف ب") is a few words before it."""
    head, slash, agency = line.text.rpartition(" / ")
    return bool(slash) and len(head.split()) >= MIN_CREDITED_CAPTION_WORDS and \
        _AGENCY_PATTERN.fullmatch(_key(agency)) is not None


def _daily_headline(beside: list[str]) -> bool:
    """Whether the words beside a line's date name a daily list's edition, "today" closing
    them before the date ("وفيات الأردن اليوم الخميس 23-4-2026", "أسعار الذهب اليوم …"): a
    headline of few words; a date widget prints "today" alone before it."""
    return len(beside) >= MIN_DAILY_HEADLINE_WORDS and beside[-1] in ("اليوم", "today", "Today")


_EAGER_FEATURES = [(name, feature.func) for name, feature in vars(Line).items()
                   if isinstance(feature, _eager)]
# The eager features of the short lines met before, by text (and plain): each is the text's
# alone, and an outlet's menus, share bars and footers repeat on every page of it.
_EAGER_VALUES: dict[tuple[str, bool], dict] = {}


def forget_lines() -> None:
    """Empty the caches of lines and strings met before (the eager features, _key,
    _ends_sentence, _credit_reading, _byline, given names, month names): the benchmark's
    passes over the same pages each meet them as a first crawl would."""
    _EAGER_VALUES.clear()
    for cached in (_key, _ends_sentence, _credit_reading, _byline,
                   given_names.is_given_name, dates._month):
        cached.cache_clear()


@dataclass
class _Page:
    lines: list[Line]
    reasons: dict[int, str] = field(default_factory=dict)  # index in lines -> reason

    def remove(self, index: int, reason: str) -> None:
        self.reasons.setdefault(index, reason)


# ---------------------------------------------------------------------------------------
def _labelled_link(text: str, words: int) -> bool:
    """Whether the line is a link's headline under its label ("READ: <headline>", "شاهد:
    <headline>"; "اقرأ أيضاالجزائر: <headline>", the label glued to it, see _RUN_ON_ALSO),
    under a section's "more news" label ("MORE FARM NEWS: <headline>", see
    _MORE_SECTION_LINK) or under a label naming a series' part ("اقرأ الحلقة الأولى:
    <headline>", see _PART_LINK_LABEL)."""
    if ":" in text[:LINK_LABEL_CHARS] and (label := _LABEL.match(text)) and (
            (key := _key(label.group(1))) in _LINK_LABELS or _RUN_ON_ALSO.match(key)):
        return words > 1
    if text.startswith(("More ", "MORE ")):
        return words > 3 and _MORE_SECTION_LINK.match(text) is not None
    return text.startswith(_READ_OPENINGS) and words > 3 and \
        (label := _LABEL.match(text)) is not None and \
        _PART_LINK_LABEL.fullmatch(_key(label.group(1))) is not None


def _caption_words_name_no_caption(line: Line) -> bool:
    """Whether the caption words the line holds (see _CUES) name no caption: a question
    naming a photo or social media asks, or each caption word it holds is the photos' word
    standing for the town of that name (see _TOWN_SUR), in a headline or a sentence."""
    if line.text.rstrip(_CLOSERS).endswith(_QUESTION_MARKS):
        return True
    if "صور" not in line.text:
        return False
    words = [found.group() for found in _CUE_PATTERNS["caption"].finditer(line.key)]
    return set(words) == {"صور"} and len(_TOWN_SUR.findall(line.text)) == len(words)


def _embed_line(line: Line) -> bool:
    """Whether the line is an embedded video's or post's: the video's label and title
    ("فيديو: <its title>", see _video_label), the post's signature ("— NAME (@handle)
    November 20, 2025", see _POST_SIGNATURE), its label or prompt ("Embedded post from X",
    "View this post on Instagram", "A post shared by NAME", see _EMBED_PROMPT; longer with
    the account's handle in brackets and the post's day: "A post shared by NAME (@handle) Oct
    19, 2025")."""
    # (The dash first: a substring test of ASCII characters copies them wider to search an
    # Arabic line.)
    return _video_label(line) or line.text.endswith(_OFFICIAL_CLIP_TAILS) or (
        line.text[0] in "-–—" and "(@" in line.text and _POST_SIGNATURE.match(line.text)
        is not None) or ((line.words <= MAX_EMBED_LABEL_WORDS or "(@" in line.text) and
                         _EMBED_PROMPT.fullmatch(line.key) is not None)


def _video_label(line: Line) -> bool:
    """Whether the line is an embedded video's or gallery's title under its label ("فيديو:
    جولة في الميناء", "Video: Council debate, 20 February 2026"; its label's mark may be
    two dots, see _DOTS_LABEL), or a clip's under any label, its running time closing it
    ("مقطع من الحلقة: … (01:58)", "Clip: … (2:31)")."""
    head = line.text[:LABEL_HEAD_CHARS]
    return (":" in head or ".." in head) and line.words > 1 and \
        (label := _LABEL.match(line.text) or _DOTS_LABEL.match(line.text)) is not None and (
            (label.end() <= VIDEO_LABEL_CHARS and _key(label.group(1)) in _VIDEO_LABELS)
            or (line.text.endswith(")") and line.words <= MAX_SHARE_WORDS
                and _RUNNING_TIME.search(line.text[-8:]) is not None))


# An embedded music video's or song's title on its player, as the label names it ("NAME –
# SONG (Official Audio)", "NAME - SONG (الفيديو الرسمي)"): the player's, not the text's.
_OFFICIAL_CLIP_TAILS = ("(Official Audio)", "(Official Video)", "(Official Music Video)",
                        "(Official Lyric Video)", "(Official Visualizer)", "(Official Trailer)",
                        "(الفيديو الرسمي)", "(الكليب الرسمي)", "(فيديو كليب رسمي)")
_RUNNING_TIME = re.compile(r"\(\d{1,2}:\d{2}\)$")  # a clip's minutes and seconds, bracketed


# A link to the story in another language: "اقرأ الخبر بالعربية | Read this in Arabic".
_LANGUAGE_LINK = re.compile(r"^(?:read|اقرا|اقرئي)\b.{0,30}\b(?:in (?:arabic|english|french)|"
                            r"بالعربيه|بالانجليزيه|بالانكليزيه|بالفرنسيه)\b")


def _widget_alone(line: Line) -> bool:
    """Whether a widget's line is never a subheading, wherever it stands: a call to
    subscribe ("اشترك في نشرتنا …"), a download button ("تحميل PDF"), an embedded post's
    signature, its label or a picture's placeholder naming where it came from ("فيديو من
    يوتيوب", see _EMBED_PROMPT), a link's button ("عرض المنشور كاملًا"), a link to the
    story in another language ("Read this in Arabic"), a call to follow the site whose
    networks' icons are gone ("تابعنا عبر"), a printed page's jump ("(التتمة ص 15)", see
    _page_jump), an embedded song's player title ("NAME – SONG (Official Audio)", see
    _OFFICIAL_CLIP_TAILS)."""
    return line.key in _FOLLOW_BUTTONS or line.key.startswith(_SUBSCRIBE_CALLS) or \
        line.text.endswith(_OFFICIAL_CLIP_TAILS) or \
        _page_jump(line) or bool(_DOWNLOAD_LINK.match(line.key)) or \
        bool(_POST_SIGNATURE.match(line.text)) or bool(_LINK_BUTTON_PATTERN.search(line.key)) \
        or bool(_SAVE_BUTTON.match(line.key)) or bool(_LANGUAGE_LINK.match(line.key)) or (
            line.words <= MAX_EMBED_LABEL_WORDS and _EMBED_PROMPT.fullmatch(line.key) is not None)


# A call to follow the site over its networks' icons, the icons lost with the page's
# markup: the call and its preposition alone, a button between paragraphs. ("تابعنا" alone
# opens no call: it is also "we followed", opening a sentence; "تابعونا …", "Follow us …"
# are read by _follow_prompt.)
_FOLLOW_BUTTONS = frozenset(_key(call) for call in ("تابعنا عبر", "تابعنا على", "تابعنا في"))


# A printed page's jump to where the story goes on, or from where it came, left in the
# text the web edition copies from the paper, in brackets or not: "(التتمة ص 15)", "تتمة
# على الصفحة 4", "Continued on Page 6", "(Cont'd from p. 1)" (folded keys).
_PAGE_JUMP = re.compile(r"(?:ال)?(?:تتمه|بقيه|تفاصيل)(?: (?:في|علي))? (?:ص|(?:ال)?صفحه) \d{1,3}"
                        r"|(?:continued|cont d|story continues|see) (?:on|from) (?:page|p) "
                        r"\d{1,3}")


def _page_jump(line: Line) -> bool:
    """Whether the line is a printed page's jump (see _PAGE_JUMP): a widget of the
    paper's, never a subheading. (Its last character first: a bracket or the page's digit.)"""
    return (line.text[-1] in ")]" or line.text[-1].isdigit()) and \
        line.words <= MAX_CONTROL_WORDS + 2 and _PAGE_JUMP.fullmatch(line.key) is not None


# The button that saves the article for the reader ("Bookmark this article to read later",
# "Save this story", "حفظ المقال للقراءة لاحقا"): its verb, then the article or "later".
_SAVE_BUTTON = re.compile(r"^(?:bookmark|save)(?: (?:this|the))? (?:article|story|page|for later)"
                          r"|^(?:bookmark|save) .*\b(?:read|reading) later$"
                          r"|^حفظ (?:المقال|الخبر|المقاله|الموضوع)")


def _mark_subheadings(lines: list[Line]) -> None:
    """Lines that hold a cue word but read as a subheading of the text stay text.

    "Comments from Damascus" between two paragraphs is a heading of the article; the
    comments section's heading is the cue alone ("Comments", "التعليقات (3)") and is
    followed by a form or a thread, not by the article's next paragraph.
    """
    for index, line in enumerate(lines[1:-1], 1):  # (quicker than indexing each line)
        cue = line.cue_words
        if cue not in SUBHEADING_CUES or line.words > MAX_CUE_WORDS or \
                line.text[-1] in ".!?؟" or ":" in line.text or "：" in line.text or \
                (".." in line.text[:LABEL_HEAD_CHARS] and _DOTS_LABEL.match(line.text)) or \
                _CONTROLS.match(line.key) or _SOCIAL_PATTERN.search(line.key) or \
                (cue == "caption" and (_PHOTO_OF.match(line.key)  # "صورة من توزيع …"
                                       or "©" in line.text
                                       or _OTHER_CREDIT.match(line.key)
                                       or _COURTESY_CREDIT.match(line.key)
                                       or _PICTURE_CREDIT_LABEL.match(line.text))) or \
                (cue == "widget" and _widget_alone(line)) or \
                (cue == "related" and _RUN_ON_ALSO.match(line.key)):
            continue  # (a picture's copyright or credit, "Illustration by NAME"; a call to
            # subscribe, "اشترك في نشرتنا …"; a sentence's end or a colon found by string
            # tests: quicker than a regular expression's search)
        rest = [word for word in _CUE_PATTERNS[cue].sub(" ", line.key).split()
                if not word.isdigit()]
        if rest and lines[index - 1].prose and lines[index + 1].prose:
            line.subheading = True


# A breaking-news ticker's item: the label, its mark, the headline ("عاجل | …", "خبر
# عاجل: …", "BREAKING - …", its headline maybe opening on a quote: "عاجل | «…»: …"). The
# label's first letters are looked for first.
_BREAKING_INITIALS = "عخBb"
_BREAKING_ITEM = re.compile(r"(?:(?:خبر\s)?عاجل|breaking(?:\snews)?)\s?[|:\-–—•]\s?[«\"“]?\w",
                            re.IGNORECASE)


def _mark_labelled_tickers(lines: list[Line]) -> None:
    """Two lines in a row or more, each a breaking-news item under its label ("عاجل | …" /
    "عاجل | …", "Breaking: …" / "Breaking: …"), are a ticker's headlines running across the
    top of the page, never the article's headline: one headline under that label stands
    alone."""
    run: list[Line] = []
    for line in (*lines, None):
        if line is not None and line.text[0] in _BREAKING_INITIALS and \
                _BREAKING_ITEM.match(line.text):
            run.append(line)
            continue
        if len(run) >= 2:
            for item in run:
                item.ticker = True
        run = []


def _mark_headlines_over_bylines(lines: list[Line]) -> None:
    """A line running on with no mark (see Line.run_on) right over a byline ("By NAME …") is
    the headline, as a tabloid prints one of thirty words with no comma ("Star shows off
    … as she soaks up the sun in … with …"), under a section's label or a menu's item: a
    ticker's headlines stand in the masthead's bar, never over the writer's name. (A
    standfirst printed so stands under its headline, a longer line.) Run before any
    feature reads Line.ticker."""
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if line.ticker and line.run_on and lines[index + 1].byline_shaped and \
                lines[index - 1].words <= MASTHEAD_WORDS:
            line.ticker = False


def _mark_wrapped(lines: list[Line]) -> None:
    """Lines of a paragraph broken at a fixed width (print text pasted as it was set) read
    as text: "… عقود الإيجار السكنية لدى الجهة المختصة خلال ثلاثين يوما" / "من توقيعها، …" /
    "المحددة في العقد.". Each wrapped line is long, ends no sentence, and is as wide as the
    one before it (within WRAP_WIDTH_MARGIN); the paragraph's last line ends a sentence and
    is no wider. The evidence must be more than one line's: two wrapped lines of one
    width, a line ending with a comma (a headline never does), or a next line opening in
    lower case (mid-sentence). A byline or a date line is the header's, however wide ("By
    NAME | Edited by: NAME" over "Last Updated: Aug 11, 2026, 16:20:12 IST" over the
    lead photo's caption is no paragraph).
    """
    index = 0
    while index < len(lines) - 1:
        first = lines[index]
        # (A line under it far wider, past twice the margin, neither goes on with it nor
        # closes it, whatever rounds at the margin: a quicker test first.)
        if first.words < MIN_WRAPPED_WORDS or \
                len(lines[index + 1].text) > len(first.text) * (1 + 2 * WRAP_WIDTH_MARGIN) or \
                _ends_sentence(first.text) or first.furniture:
            index += 1
            continue
        width, end = len(first.text), index + 1
        # (the width first: most lines differ in width from the line over them, a quicker test)
        while end < len(lines) and abs(len(lines[end].text) - width) <= width * WRAP_WIDTH_MARGIN \
                and not _ends_sentence(lines[end].text) and not lines[end].furniture:
            end += 1
        closing = lines[end] if end < len(lines) else None
        if closing is not None and not closing.furniture and _ends_sentence(closing.text) and \
                len(closing.text) <= width * (1 + WRAP_WIDTH_MARGIN) and \
                (end - index >= 2 or first.text.endswith(("،", ","))
                 or lines[index + 1].text[0].islower()):
            if any(map(_header_stamp, lines[index:end])):
                index += 1  # (asked of a run found only: the test reads the line's dates)
                continue
            for line in lines[index:end + 1]:
                line.wrapped = True
        index = end


def _header_stamp(line: Line) -> bool:
    """Whether the line is a byline or a date line (a date with a clock or few words
    beside it): the header's, never a wrapped line of a paragraph."""
    return line.byline_shaped or line.dated_label


# An address field's label: a comment form's, or a newsletter box's (see _newsletter_field).
_EMAIL_FIELDS = frozenset(_key(w) for w in ("البريد الإلكتروني", "بريدك الإلكتروني", "email",
                                              "e-mail", "email address", "your email"))


def _newsletter_field(lines: list[Line], index: int) -> bool:
    """Whether a comment form's field label ("البريد الإلكتروني", "Email") is a newsletter
    box's address field instead: a call to sign up stands right over or under it
    ("اشترك في نشرتنا …" / "البريد الإلكتروني" / "اشترك"). The box sits between paragraphs
    and the text goes on under it: it ends no run of the text."""
    if index + 1 >= len(lines) or lines[index].cue != "comments" or \
            lines[index].key not in _EMAIL_FIELDS:
        return False
    return any(lines[j].cue == "widget" and lines[j].key.startswith(_SUBSCRIBE_CALLS)
               for j in (index - 1, index + 1) if j >= 0)


# A screen reader's labels of a list of links, printed with it ("list of 3 items", "list 1
# of 3", "end of list"; folded keys).
_LIST_READER_LABEL = re.compile(r"list of \d+ items?|list \d+ of \d+|end of list")
# The mark alone closing a box of links between paragraphs ("نهاية", "End"; folded keys).
_BOX_END_MARKS = frozenset(("نهايه", "end"))


def _inline_related(lines: list[Line], index: int) -> int | None:
    """A "read also" box inside the article: the text goes on right after it.

    The box is a related cue, at most a few headline links (an ad slot's short label among
    them: "Advertisement"; a video's title under its label, "فيديو: …", "فيديو.. …", or
    an embedded post's prompt, "View this post on Instagram", see _embed_line; the photo's
    caption under it, "اقرأ أيضا: …" / "صورة …"),
    then at least two prose lines, or one over the text's source line; or one link, its
    label and headline on one line, over the sentence introducing the text's list, its
    items bulleted or labelled ("Also read: …" / "Police listed the following precautions:"
    / "- …" or "Zone B: Tuesday and Friday"). A related list after the article is followed
    by more lists, tags or a footer, not by paragraphs, so it still ends the body.
    """
    after = index + 1
    if _introduces_list(lines, after) and _one_line_link(lines[index]):
        return after
    links = 0  # (a screen reader's labels of the list, "list 1 of 3", and its end mark are no
    # link; nor is a picture's caption or source in the box, under its link or under its
    # list: "صورة …", "Image source, NAME" / "Image caption, …")
    while after < len(lines) and links <= MAX_INLINE_LINKS and \
            not lines[after].prose and (
                lines[after].cue in (None, "related", "share", "caption") or (
                    lines[after].cue == "widget" and (lines[after].words <= MAX_LABEL_WORDS
                                                      or _embed_line(lines[after])
                                                      or _widget_word_headline(lines, after)))):
        links += not (_LIST_READER_LABEL.fullmatch(lines[after].key)
                      or lines[after].key in _BOX_END_MARKS or lines[after].cue == "caption")
        after += 1
    if after < len(lines) and (links >= 2 or (links == 1 and _one_line_link(lines[index]))) and \
            _subheading_under_links(lines, after - 1):
        # the text resumes at its subheading under the box's headlines, or under one link,
        # its label and headline on one line ("اقرأ أيضاً: …" / "آمال بالدعم" / …)
        return after - 1
    if after < len(lines) and lines[after].prose and (after + 1 == len(lines) or any(
            line.prose for line in lines[after + 1:after + 2 + MAX_GAP])
            or _issuer_credit(lines[after + 1]) or _last_paragraph_after_link(lines, index)
            or _labelled_embed(lines, after + 1, len(lines) - 1) is not None
            or _cut_off(lines, after + 1)):
        # where the text resumes (up to the end of a page cut off there, or mid-sentence
        # under it, "… إذ كانت" / "جارٍ التحميل...", or to the source
        # line that closes an agency's or a desk's text: "Source: LCN/nr", "المصدر: وكالات";
        # or over an embedded post, under its label, between two of its paragraphs)
        return after
    return None


# The label of a box of the site's latest or top stories ("آخر الأخبار", "Latest news",
# "أهم الأخبار"): a menu's item too, so no cue; a box between paragraphs, and inside the run
# where the text does not resume under it, the heading of a list after the text, which ends
# the run (its stories' snippets under their headlines read as prose: see _find_body).
_LATEST_NEWS_LABELS = frozenset(_key(label) for label in (
    "آخر الأخبار", "أحدث الأخبار", "latest news", "latest stories",
    "أهم الأخبار", "أبرز الأخبار", "top stories", "top news"))


def _latest_news_box(lines: list[Line], index: int, last: int) -> int | None:
    """A box of the site's latest stories between paragraphs: its label alone (see
    _LATEST_NEWS_LABELS), or a screen reader's label of the list with no heading over it
    ("list of 3 items" / "list 1 of 3" / a headline / … / "end of list"), over two
    headlines or more, the text going on under them as under a "read also" box (see
    _inline_related). Returns where the text resumes."""
    key = lines[index].key
    if key not in _LATEST_NEWS_LABELS and not (
            key.startswith("list of ") and _LIST_READER_LABEL.fullmatch(key)
            and lines[index - 1].cue != "related"):  # (under its heading: a "read also" box)
        return None
    resume = _inline_related(lines, index)
    return resume if resume is not None and index + 2 < resume <= last else None


def _text_in_box(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether a line among a "read also" box's headlines is the text's own: an interview's
    question over its answer (see _answered_question), the text's subheading under the
    headlines (see _subheading_under_links) and the sentence under it introducing a list,
    or the line under the box's end mark (its
    mark before the box's label: "نهاية قصص مقترحة", "End of recommended stories")."""
    above = lines[index - 1]
    return _answered_question(lines, index, first, last) or \
        _subheading_under_links(lines, index) or \
        (above.cue == "related" and above.key.partition(" ")[0] in _BOX_END_MARKS) or \
        (_introduces_list(lines, index) and _subheading_under_links(lines, index - 1))


def _subheading_under_links(lines: list[Line], index: int) -> bool:
    """Whether the line closing a "read also" box's run of headlines is the text's own
    subheading over its next paragraph ("اقرأ المزيد" / two headlines / "فراغ قانوني" /
    …): a label's length, no cue, under a headline of more words and over a paragraph, or
    over the sentence introducing the text's list (see _introduces_list)."""
    line, above = lines[index], lines[index - 1]
    return line.words <= MAX_LABEL_WORDS and line.cue is None and not line.prose and \
        above.words > MAX_LABEL_WORDS and not above.prose and index + 1 < len(lines) and \
        (lines[index + 1].prose or _introduces_list(lines, index + 1)) and \
        not _ends_sentence(line.text) and \
        not line.text.endswith((":", "：")) and not _LIST_READER_LABEL.fullmatch(line.key) and \
        line.key not in _BOX_END_MARKS


def _introduces_list(lines: list[Line], index: int) -> bool:
    """Whether the line is the text's sentence introducing its list with a colon, its items
    bulleted or labelled under it ("Police listed the following precautions:" / "- …" or
    "Zone B: Tuesday and Friday")."""
    return index + 1 < len(lines) and lines[index].text.endswith((":", "：")) and \
        (lines[index + 1].bullet or _introduced_figure(lines, index + 1, index)) and \
        not lines[index].furniture


INTERVIEW_BOX_LINES = 6  # a box, an embed or a link between two of an interview's answers


def _question_opening(line: Line) -> str | None:
    """The mark an interview's question opens with ("●", "Q.", "The Gazette:", or nothing:
    ""), or None when the line asks nothing: a question, no furniture, under a paragraph's
    length (MAX_BYLINE_WORDS past the label)."""
    text = line.text
    if not text.rstrip(_CLOSERS).endswith(_QUESTION_MARKS) or line.furniture:
        return None
    label = _LABEL.match(text)
    if label and line.words - len(label[1].split()) <= 2 * MAX_BYLINE_WORDS:
        return label[1]
    first = text.split(" ", 1)[0]
    if line.words > 2 * MAX_BYLINE_WORDS:
        return None
    return first if not first[0].isalnum() or (len(first) <= 2 and first.endswith(".")) else ""


def _interview_resumes(lines: list[Line], start: int, index: int) -> int | None:
    """Where an interview's questions and answers resume under a box between them (a fact
    box, a "read also" link, a post's embed, an ad's note, a caption): the run of text from
    ``start`` holds a question answered by the paragraph under it, and within
    INTERVIEW_BOX_LINES under ``index`` another question with the same opening mark stands
    over its paragraph. None when no such question follows (after the interview, a list
    of other stories asks with no answer under it)."""
    for after in range(index + 1, min(index + 1 + INTERVIEW_BOX_LINES, len(lines) - 1)):
        line = lines[after]
        if line.cue in ("footer", "comments", "tags"):
            return None
        if _answered_question(lines, after, start, index - 1):
            return after
    return None


def _answered_question(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line is an interview's question over its answer's paragraph, and another
    question under the same opening mark (_question_opening) stands over its answer
    between ``first`` and ``last``."""
    opening = _question_opening(lines[index]) if lines[index + 1].prose else None
    return opening is not None and any(
        lines[j + 1].prose and _question_opening(lines[j]) == opening
        for j in range(first, last) if j != index)


def _widget_word_headline(lines: list[Line], index: int) -> bool:
    """Whether the line right under a "read also" label alone is its link's headline though
    a widget's word stands in it ("اقرأ أيضاً" / "«البلدية»: إزالة ٣٠٠ إعلان مخالف", an
    announcement's or a billboard's "إعلان"; "Also read" / "Council lifts the advertisement
    ban on harbour buses"): a headline's length, past a label's, no sentence."""
    return index > 0 and lines[index - 1].key in _ALSO_LABELS and \
        MAX_LABEL_WORDS < lines[index].words <= MAX_CAPTION_WORDS and \
        not _ends_sentence(lines[index].text)


def _last_paragraph_after_link(lines: list[Line], index: int) -> bool:
    """Whether one "read also" link, its label and headline on one line ("اقرأ أيضاً: …"),
    stands right over the text's last paragraph, the tags, the share bar, the section's
    list ("More from India") or the site's call (a tip line) under that: a list after the
    article holds more than one line, and a paragraph under its label. The print edition's
    issue line and day may stand between ("العدد 16210 - الأربعاء 11 مارس 2026"), and a
    coverage page's update stamp over the paragraph ("تحديث 04:50 م"). The label may stand
    alone over its one headline ("READ MORE" / "Judges name their favourite room") when
    the same card stands higher in the text, a paragraph under its headline, or when it
    reads "read also" (see _ALSO_LABELS: "Also read" / "Five films to see this summer"),
    its headline a video's labelled title too ("شاهد أيضا" / "فيديو: …", see _video_label)
    or holding a widget's word (see _widget_word_headline), or when the story's tags
    stand right under the paragraph ("Related" / <headline> / paragraph / "Tags"), or a
    topics label over its topics ("Related topics" / "Conservation" / "Essex", see
    _TOPICS_LABELS);
    and a short prompt may stand under the paragraph ("Watch the finale on our app."); so
    may "ذات صلة" when the paragraph under its headline goes on with "و", as the text's
    paragraphs do (a related story's teaser opens its own sentence), or a "read also"
    label over a few headlines when the paragraph under them goes on so ("اقرأ أيضا" / two
    headlines / "وسجلت …"). The label may run on into its headline with no mark ("ALSO READ
    <headline>"), and a video's link stand over the clip's length ("شاهد: …" / "00:01:45").
    The text's closing credit or copyright may stand under it too ("— Additional reporting
    by …")."""
    link = lines[index]
    topics = link.key in _TOPICS_LABELS
    alone = link.words <= MAX_LABEL_WORDS and index + 2 < len(lines) and \
        not lines[index + 1].prose and (lines[index + 1].cue is None
                                        or _video_label(lines[index + 1])
                                        or _widget_word_headline(lines, index + 1)) and \
        (link.key in _ALSO_LABELS or topics or
         any(lines[j].key == link.key and lines[j + 2].prose for j in range(index - 2))
         or (link.key == _RELATED_LABEL and lines[index + 2].text[0] == "و")
         # (or any related label over one headline when the story's tags close the
         # paragraph under it: "Related" / <headline> / paragraph / "Keywords")
         or (index + 3 < len(lines) and lines[index + 3].cue == "tags"))
    label = _LABEL.match(link.text) or (  # ("Also Read | <headline>": a bar after the label)
        _DASH_LABEL.match(link.text) if "|" in link.text[:LABEL_HEAD_CHARS] else None) or (
        _DOTS_LABEL.match(link.text)) or (  # ("اقرأ أيضا.. <headline>")
        link.cue == "related" and _RUN_ON_LINK.match(link.key))  # (no mark)
    if not (alone or (label and link.words > MAX_LABEL_WORDS)):
        return False
    paragraph = index + 1 + alone
    if alone and not lines[paragraph].prose:
        # a box of a few headlines under its label: the paragraph under them goes on with "و"
        more = paragraph + 1
        while more < min(len(lines) - 1, index + MAX_INLINE_LINKS) and \
                not lines[more].prose and lines[more].cue is None:
            more += 1
        if more < len(lines) and lines[more].prose and (lines[more].text[0] == "و" or (
                topics and all(line.words <= MAX_LABEL_WORDS for line in lines[paragraph:more]))):
            paragraph = more  # (under a topics label, its few words a line: any paragraph)
    paragraph += paragraph + 1 < len(lines) and (
        _update_clock(lines[paragraph]) or (  # (or the clip's length under a video's link)
            lines[paragraph].text[-1:].isdigit() and
            _LENGTH_ALONE.fullmatch(lines[paragraph].text) is not None))
    under = paragraph + 1
    if under + 1 < len(lines) and not _after_article(lines, under) and (
            _running_header(lines[under]) or (lines[under].cue is None and not
                                              lines[under].prose
                                              and lines[under].words <= MAX_CONTROL_WORDS)
            or _COLUMN_CALL.match(lines[under].text.casefold())  # ("لإرسال استشاراتك …")
            or _NOTICE_LABEL.match(lines[under].text)):  # ("(Disclaimer: The views …)")
        under += 1
    return under < len(lines) and lines[paragraph].prose and (
        _after_article(lines, under) or lines[under].cue == "footer"
        or _desk_initials_credit(lines[under])
        # (or a label's or a tag's few words stand under it and no sentence to the page's
        # end: untitled tags, a figures box under its label, or the story's dated line,
        # "نُشر في : 09-02-2025"; a headline right under it goes on a list of other stories)
        or ((lines[paragraph + 1].words <= MAX_LABEL_WORDS or lines[paragraph + 1].dated_label)
            and not any(line.prose for line in lines[paragraph + 1:])))


# A desk's credit closing the text: the writer's and the editor's initials, slashed, then
# the wires in brackets ("kb/rs (AFP, dpa)", "ع.ب/ م.س (د ب أ، أ ف ب)").
_DESK_INITIALS = re.compile(r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})*\.?\s*/\s*"
                            r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})*\.?\s*\(([^()]{2,40})\)")


def _desk_initials_credit(line: Line) -> bool:
    """Whether the line is a desk's closing credit, initials then wires (see
    _DESK_INITIALS), each bracketed name a wire's (see _wire_name)."""
    credit = _DESK_INITIALS.fullmatch(line.text) if line.text[-1] == ")" else None
    return credit is not None and all(
        _wire_name(part) for part in credit.group(1).replace("،", ",").split(","))


def _figures_box(lines: list[Line], index: int) -> bool:
    """Whether the line is a box's label over two labelled figures or more ("بيانات الهزة"
    / "الموعد: 01:52:18" / "خط العرض: 30.55 شمالًا"), or the first of two labelled lines
    ("Claim Review: …" / "Claimed By: …"): a data box, no link's teaser."""
    return index + 2 < len(lines) and not lines[index].prose and ((
        lines[index].words <= MAX_CUE_WORDS and _labelled_figure(lines[index + 1]) and
        _labelled_figure(lines[index + 2])) or (
        _labelled_line(lines[index]) and _labelled_line(lines[index + 1])))


def _labelled_line(line: Line) -> bool:
    """A short label, a colon and its value on a line no sentence ("Claimed By: readers")."""
    return line.words <= MAX_BYLINE_WORDS and not line.prose and bool(_LABEL.match(line.text))


# A reader poll's label alone over its question ("استطلاع الرأي", "Reader poll").
_POLL_LABELS = frozenset(_key(label) for label in (
    "استطلاع الرأي", "استطلاع رأي", "استطلاع", "شارك برأيك", "صوّت", "poll", "reader poll",
    "readers' poll", "our poll", "quick poll", "have your say", "vote"))


def _after_article(lines: list[Line], index: int) -> bool:
    """Whether the line opens what stands under an article: its tags (or a line of
    hashtags), share bar, comments, a list of other stories, a reader poll under its label,
    a data box (_figures_box), the site's call (a tip line) or its call to follow it, a
    paginated article's page counter (see _PAGE_COUNTER)."""
    line = lines[index]
    return line.cue in ("tags", "share", "comments", "related") or line.key in _POLL_LABELS \
        or _site_call(line.text.casefold()) or _follow_prompt(line) or _figures_box(lines, index) \
        or _hashtag_line(line.text) or (line.words == PAGE_COUNTER_WORDS
                                        and _PAGE_COUNTER.fullmatch(line.key) is not None)


# A paginated article's counter of its web pages under the text, over its next-page link
# ("Page 1 of 3" / "Continue reading", "الصفحة 2 من 3" / "الصفحة التالية"), on a key.
_PAGE_COUNTER = re.compile(r"(?:page|الصفحه|صفحه) \d{1,2} (?:of|من) \d{1,2}")
PAGE_COUNTER_WORDS = 4


def _hashtag_line(text: str) -> bool:
    """Whether the line holds hashtags and nothing else ("#الانتخابات_البلدية", "#Budget2026
    #Tunisia"): the tags under an article, set as a network's (not "###", an end mark)."""
    return text[0] == "#" and all(word[0] == "#" and word[1:2].isalnum() for word in text.split())


def _find_body(lines: list[Line]) -> tuple[int, int] | None:
    """Indices (first, last) of the densest prose cluster, or None when there is none."""
    best, best_mass, best_lines = None, 0, 0
    start = last = None
    mass = gap = count = 0
    box_end = -1  # the text resumes here after a "read also" box inside the body
    # No run starts under the page's last paragraph, and no box there counts: its lines
    # only close the run, which the page's end closes the same. (They are not read: the
    # boxes' tests of the share bar and the related links under the text cost much.)
    text_end = next((index for index in range(len(lines) - 1, -1, -1) if lines[index].prose), -1)
    for index, line in enumerate(lines[:text_end + 1]):
        boundary = line.cue in BOUNDARY_REASONS and not _newsletter_field(lines, index)
        if boundary and line.cue == "related" and start is not None and \
                not _NEXT_STORY.match(line.key) and \
                ((resume := _inline_related(lines, index)) is not None
                 or (resume := _interview_resumes(lines, start, index)) is not None):
            boundary, box_end = False, resume  # its lines are classified as related
        elif start is not None and index >= box_end and not line.prose and \
                (resume := _box_in_run(lines, index, start)):
            box_end = resume  # a reader poll's answers, a fact box's lines, an embedded post's:
            # no gap of the text
        elif start is not None and index >= box_end and line.key in _LATEST_NEWS_LABELS:
            boundary = True  # the heading of a list of the site's stories after the text
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
            # A list the text introduces ("… كالآتي:") is one step of the text, however long.
            # So is a run of labelled figures ("صافي الربح: 18.6 مليون دينار", "Beirut: 11
            # to 16 degrees"): a key-figures box or a forecast's list, line after line.
            gap += not ((line.bullet and (lines[index - 1].bullet
                                          or lines[index - 1].text.endswith((":", "："))))
                        or (_labelled_figure(line) and _labelled_figure(lines[index - 1]))
                        or ((_list_item(line) or _bare_item(line))
                            and _introduced_figure(lines, index, start))
                        or _sentence_item(lines, index, start)
                        or _table_row(lines, index) or _figures_table_row(lines, index)
                        or _list_heading(lines, index, start) or _recipe_list(lines, index)
                        or line.key in _AD_SLOT_LINES  # (an ad's slot, no step of the page)
                        or line.key in _PHOTO_CONTROLS  # (a photo's button, nor is it)
                        or _in_results(lines, index, start))
            if boundary or gap > MAX_GAP:
                if mass > best_mass:
                    best, best_mass, best_lines = (start, last), mass, count
                start = None
        if line.cue == "comments" and best_lines >= 2 and start is None and \
                not (line.dates or dates.find_relative(line.text)) and \
                not _header_comment_count(lines, index):
            # Readers' comments are prose too, and a thread can outweigh a short article;
            # but it comes after the article it discusses. A comment count printed in
            # the header stands before any run of two paragraphs, so it stops nothing;
            # nor does one printed beside the post's date ("1 day ago 3,412 Views 12
            # Comments"), even under an appeal of two sentences over the menu.
            break
    if start is not None and mass > best_mass:
        best = start, last  # the run over the page's last paragraph
    if best and _cut_off(lines, best[1] + 1):
        best = best[0], best[1] + 1
    elif best and best[1] + 3 == len(lines) and _pair_marks(lines, best) and \
            _cut_off(lines, best[1] + 2, asked=True):
        best = best[0], best[1] + 2  # an interview's question over its answer, cut off
    elif best and (_closing_sentence(lines, best[1] + 1) or _closing_line(lines, best[1] + 1)):
        best = best[0], best[1] + 1
    if best:
        best = best[0], _list_tail(lines, best[1])
    if not best:
        return None
    first, last = _after_header(lines, best)
    return _closing_question(lines, (first - _drop_cap(lines, first), last))


def _box_in_run(lines: list[Line], index: int, start: int) -> int | None:
    """Where the text resumes past a box opening at ``index`` inside the run that starts
    at ``start`` (a reader poll, a fact box, a donation box, a slideshow, an embedded post
    or chart, a disclaimed or newsletter box, an interview's box), or None: no gap of it."""
    last = len(lines) - 1
    return _poll(lines, index) or _fact_box(lines, index, last) or \
        _donate_box(lines, index, last) or _slideshow(lines, index, last) or \
        _post_box(lines, index, last) or _labelled_embed(lines, index, last) or \
        _disclaimed_box(lines, index, last) or _newsletter_box(lines, index, last) or \
        _latest_news_box(lines, index, last) or _interview_resumes(lines, start, index) or \
        (index + 1 if _one_line_post(lines, index - 1, last) else None)  # a post's day


def _drop_cap(lines: list[Line], first: int) -> bool:
    """Whether the line over the run's first is its drop cap, set alone: the text's first
    letter ("S" / "he was nine when …"; not "T" or "A", a font button's) or, in Arabic, its
    first word when a particle opening a sentence (see _DROP_CAP_WORDS: "منذ" / "ثلاثين
    عامًا يفتح …"), right under the header's date or byline. (An agency's short name
    stands there too: "AFP", "قنا".)"""
    if first < 2:
        return False
    cap, above = lines[first - 1], lines[first - 2]
    return (len(cap.text) == 1 or cap.key in _DROP_CAP_WORDS) and cap.text.isalpha() and \
        cap.cue is None and not cap.furniture and (above.dated_label or above.byline_shaped)


# Particles an Arabic sentence opens with, short enough for a drop cap (folded keys).
_DROP_CAP_WORDS = frozenset(_key(word) for word in (
    "لم", "لن", "لا", "في", "من", "منذ", "على", "عن", "مع", "قد", "لقد", "كان", "كانت", "حين",
    "عند", "بعد", "قبل", "إن", "أن", "ما", "هل", "لو", "كل", "رغم"))


# A call's imperative opening a short line ("Watch the final on our app.", "تابعوا البث"):
# the site's call to the reader, never the text's closing sentence.
_CALL_OPENINGS = frozenset(_key(word) for word in (
    "watch", "read", "listen", "follow", "subscribe", "sign", "click", "tap", "download",
    "share", "join", "visit", "see", "check", "get", "try", "find", "stream", "catch", "tune",
    "send", "call", "email", "contact", "shop", "buy", "book", "register", "شاهد", "شاهدوا",
    "تابع", "تابعوا", "اقرأ", "اقرأوا", "استمع", "استمعوا", "حمل", "حملوا", "اشترك", "اشتركوا",
    "شارك", "شاركوا", "اضغط", "انقر", "زوروا", "زر", "اتصل", "اتصلوا", "راسلونا", "سجل"))
MIN_CLOSING_WORDS = 2  # "The trial continues.", "والله أعلم."
MAX_CLOSING_WORDS = 5  # a sentence of six words reads as prose (see Line.prose)
MAX_SPEAKER_LOOK = 12  # lines over a transcript's last line to find its speaker's label


def _closing_sentence(lines: list[Line], index: int) -> bool:
    """Whether the short line right under the run is the text's closing sentence, too
    short to read as prose ("The trial continues.", "والله تعالى أعلم."): a sentence with
    no label, date or credit, no call to the reader, over the page's furniture (related
    links, tags, share bar, comments) or its end. A transcript's last line under a
    speaker's label the text's lines open with ("ANNA: Thank you, Tom.") is one too, over
    any furniture (a player's "Listen to this segment")."""
    if not 0 < index < len(lines) or not lines[index - 1].prose:
        return False
    line = lines[index]
    if line.cue is not None or line.furniture or line.text[-1] not in ".!" or \
            not MIN_CLOSING_WORDS <= line.words <= MAX_CLOSING_WORDS or line.dates:
        return False  # (before the speaker's label is looked for above: most lines fail)
    label = _LABEL.match(line.text) if ":" in line.text else None
    speaker = label is not None and any(above.text.startswith(label.group()) for above
                                        in lines[max(0, index - MAX_SPEAKER_LOOK):index])
    return (":" not in line.text or speaker) and \
        not line.byline_shaped and line.key.split()[0] not in _CALL_OPENINGS and \
        (index + 1 == len(lines) or lines[index + 1].cue in (*BOUNDARY_REASONS, "share")
         or (speaker and lines[index + 1].furniture)
         or _author_bio(lines[index + 1]))  # (the writer's bio under the text: "* كاهن …")


# The prayer closing a death notice or an obituary ("May she rest in peace.", "إنا لله
# وإنا إليه راجعون"): the text's last words, whatever furniture stands under them.
_CLOSING_PRAYERS = _phrases([
    "rest in peace", "may he rest in peace", "may she rest in peace", "may they rest in peace",
    "may his soul rest in peace", "may her soul rest in peace", "rip", "r i p",
    "ar dheis de go raibh a anam", "ar dheis dé go raibh a anam",
    "ar dheis de go raibh a hanam", "ar dheis dé go raibh a hanam",
    "إنا لله وإنا إليه راجعون", "رحمه الله", "رحمها الله", "الله يرحمه", "الله يرحمها",
    "تغمده الله بواسع رحمته", "تغمدها الله بواسع رحمته", "رحمه الله رحمة واسعة",
    "رحمها الله رحمة واسعة",
    # a column's closing formula, set off under its last paragraph ("والله من وراء القصد.")
    "والله من وراء القصد", "والله ولي التوفيق", "والله الموفق", "والله المستعان"])


def _closing_prayer(lines: list[Line], index: int) -> bool:
    """Whether the line right under the run is a death notice's closing prayer or a
    column's closing formula (see _CLOSING_PRAYERS), alone on its line."""
    return 0 < index < len(lines) and lines[index - 1].prose and \
        lines[index].words <= MAX_CLOSING_WORDS + 2 and \
        bool(_CLOSING_PRAYERS.fullmatch(lines[index].key))


# The short names of state news agencies, credited in brackets closing the text's last
# paragraph with no full stop before them ("… خلال الأسبوع المقبل (واج)", "(وات)", "(ومع)",
# "(TAP)"): as words some are common ("ومع" is "and with", "map"), so they are read as a
# wire only there, or between the place and the reporter of a credit line ("عمان - بترا -
# NAME", see _name_after_outlet). (Keys: "أ ش أ" is "ا ش ا", "سبأ" is "سبا".)
_CLOSING_WIRES = frozenset(("وات", "واج", "ومع", "واس", "وام", "قنا", "كونا", "بنا", "سانا",
                            "بترا", "واع", "وفا", "سبا", "ا ش ا", "tap", "aps", "map", "spa",
                            "wam", "qna", "kuna", "sana", "ina", "wafa", "mena", "petra"))


# A wire's end mark glued after the last paragraph's full stop: "… in July. Enditem",
# "… وإيران. /انتهى/", "… next week. -ENDS-".
_GLUED_END_MARK = re.compile(r"[.!?؟]\s*" + _END_MARK + "$", re.IGNORECASE)


def _wire_closed_paragraph(lines: list[Line], index: int) -> bool:
    """Whether the line right under the run is the text's last paragraph, closed by its
    agency's credit in brackets with no full stop (see _CLOSING_WIRES) or by the wire's end
    mark after its full stop (see _GLUED_END_MARK, whatever furniture "… month. -ENDS-"
    reads as): an introduction's length at least (MIN_INTRO_WORDS), over the page's
    furniture or its end. (A caption credits a picture's agency so too, but seldom at that
    length right under the text.)"""
    if not 0 < index < len(lines) or not lines[index - 1].prose:
        return False
    line = lines[index]
    if line.words < MIN_INTRO_WORDS:
        return False
    if _GLUED_END_MARK.search(line.text) is None and (
            line.furniture or line.text[-1] != ")" or "(" not in line.text or
            _key(line.text[line.text.rindex("(") + 1:-1]) not in _CLOSING_WIRES):
        return False
    return index + 1 == len(lines) or lines[index + 1].cue in (*BOUNDARY_REASONS, "share")


def _closing_line(lines: list[Line], index: int) -> bool:
    """Whether the line right under the run closes the text though it reads as no prose: a
    closing prayer or formula, or the last paragraph closed by its agency's credit."""
    return _closing_prayer(lines, index) or _wire_closed_paragraph(lines, index)


def _header_comment_count(lines: list[Line], index: int) -> bool:
    """Whether the line is a count of comments in the article's header, between its date
    and its first paragraph ("April 2, 2026" / "Gift this article" / "486 comments" / the
    text): a link to the thread, not its heading. A title and a standfirst that read as
    sentences make a run of two prose lines over it, and the text runs on right under it."""
    line = lines[index]
    return _DIGIT.match(line.text) is not None and line.words <= 3 and \
        index + 1 < len(lines) and lines[index + 1].prose and \
        any(above.dates for above in lines[max(0, index - MAX_GAP):index])


def _list_tail(lines: list[Line], last: int) -> int:
    """The text's last line, past the short closing items of a list it introduces: a
    statement's demands ("وعليه فإن المرصد:" / "- يطالب بتفعيل القانون." / "- يعلن تضامنه
    الكامل.") end where the prose run ends only because the last item is too short to be
    prose. Each item is a bullet ending a sentence; the list's first item follows a colon.
    Items with their bullets lost are short sentences under the colon (see _sentence_item)."""
    while last + 1 < len(lines) and (_sentence_item(lines, last + 1, 0) or (
            last + 2 < len(lines) and lines[last + 1].text.endswith((":", "："))
            and _sentence_item(lines, last + 2, 0))):  # (the list's colon, then its items)
        last += 1
    opening = last
    while opening > max(0, last - MAX_LIST_ITEMS) and lines[opening].bullet:
        opening -= 1
    if opening == last or not lines[opening].text.endswith((":", "：")):
        return last
    while last + 1 < len(lines) and last - opening < MAX_LIST_ITEMS and \
            lines[last + 1].bullet and not lines[last + 1].furniture and \
            _ends_sentence(lines[last + 1].text):
        last += 1
    return last


def _paywall_call(line: Line) -> bool:
    """Whether the line is a paywall's call to read on ("لمتابعة قراءة المقال اشترك …",
    "Subscribe to continue reading"): the site's call to subscribe, where the text is cut;
    or its meter's count of the free articles left over that call ("تبقى لك 3 مقالات
    مجانية هذا الشهر", "You have 2 free articles left"), or its call to read on in the
    site's app ("Read the full story in our app"): see _PAYWALL_NOTICE."""
    return line.words <= MAX_SHARE_WORDS and (
        (line.cue == "widget" and textnorm.contains_any(line.text, _SUBSCRIBE_HINTS)) or (
            textnorm.contains_any(line.key, _PAYWALL_WORDS) and
            _PAYWALL_NOTICE.search(line.key) is not None))


# A paywall's notice where the site cuts the text, on a line's key: its meter's count of
# the free articles left ("تبقى لك 3 مقالات مجانية", "بقي لك مقالان مجانيان", "2 free
# stories remaining"; "لقد قرأت كل مقالاتك المجانية", none left), or a call to read on in
# its app ("Read the full story in our app", "أكمل قراءة الخبر على تطبيقنا").
_PAYWALL_NOTICE = re.compile(r"(?:مقال|اخبار|خبر|قصص)\w* (?:ال)?مجاني|\bfree (?:articles?|"
                             r"stor(?:y|ies))\b|^(?:read|continue reading|keep reading)\b.* "
                             r"in (?:our|the) app$|^(?:اقرا|تابع|اكمل|واصل)\b.* "
                             r"(?:في|على|علي|عبر) (?:تطبيقنا|التطبيق)\b|\brequires? an? "
                             r"(?:paid )?subscription\b|(?:يتطلب|تتطلب) (?:ال)?اشتراك")
# (one of them in each notice: its quick test)
_PAYWALL_WORDS = ("مجاني", "free", " app", "تطبيق", "subscription", "اشتراك")


# An aggregator's call to read the whole story on the site that ran it ("اقرأ الخبر كاملًا
# من المصدر", "Read the full story at the source").
_READ_AT_SOURCE = _phrases(["اقرأ الخبر كاملا", "اقرأ المقال كاملا", "اقرأ التفاصيل كاملة",
                            "تابع القراءة في المصدر", "read the full story",
                            "read the full article", "read full story", "read full article",
                            "continue reading at"])


def _read_at_source(lines: list[Line], index: int) -> bool:
    """Whether the line ends on an ellipsis over a call to read the whole story at its
    source ("… وبمواجهته اعترف..." / "اقرأ الخبر كاملًا من المصدر"): an aggregator's
    excerpt, cut where the site cuts it, as a paywall's call cuts the text."""
    return lines[index].text.endswith(("...", "…")) and \
        lines[index + 1].words <= MAX_SHARE_WORDS and \
        bool(_READ_AT_SOURCE.match(lines[index + 1].key))


def _pair_marks(lines: list[Line], body: tuple[int, int]) -> bool:
    """Whether the two lines under the text's run are an interview's question and answer
    under the marks each question and each answer of the run opens with ("* …؟" / "– …"):
    a pair of the run, two different marks, repeated."""
    question = body[1] + 1
    if question + 1 >= len(lines) or not (lines[question].bullet and lines[question + 1].bullet):
        return False
    marks = lines[question].text[0], lines[question + 1].text[0]
    return marks[0] != marks[1] and any(
        (lines[j].text[0], lines[j + 1].text[0]) == marks and lines[j].bullet
        for j in range(body[0], body[1]))


def _cut_off(lines: list[Line], index: int, asked: bool = False) -> bool:
    """Whether the line is the text's last, cut off mid-sentence where the capture ends:
    the page's last line (or over the site's footer links alone: "Terms of use" / "Privacy
    policy"), right under a paragraph (or under the question it answers, when ``asked``: see
    _pair_marks), a sentence's length (MIN_INTRO_WORDS) with a clause or a conjunction's
    opening ("وتطالب السلطات …، خصوصاً بعد تسجيل"), or ending on a word no sentence ends on
    ("… works at full power in"), no furniture and no date. Over a paywall's call the text
    is cut where the site stops it, after half a sentence's length ("ويرى اقتصاديون أن الحد
    الأدنى للأجور في …"), a date in a sentence's length or not ("… بعد توحيد سعر الصرف في
    مارس 2024، لتسجل …")."""
    if not 0 < index < len(lines):
        return False
    line, paywall = lines[index], index + 1 < len(lines) and (
        _paywall_call(lines[index + 1]) or _read_at_source(lines, index))
    # (Cut before its first mark, an Arabic paragraph runs on as a ticker does: "وأشار إلى
    # أن الهيئة نشرت فرقاً … من ارتفاع".)
    return (paywall or index == len(lines) - 1 or _footer_only_after(lines, index)) and \
        (lines[index - 1].prose or asked) and \
        line.words >= (MIN_INTRO_WORDS // 2 if paywall else MIN_INTRO_WORDS) and \
        (not line.furniture or (line.run_on and line.cue is None and not line.boilerplate)) \
        and (not line.dates or (paywall and line.words >= MIN_INTRO_WORDS)) and (
            line.text.startswith("و") or bool(_CLAUSE.search(line.text))
            or line.key.rpartition(" ")[2] in _MID_SENTENCE_WORDS)


# Words no sentence of news ends on, an article, a preposition or a conjunction: a line
# ending on one with no mark is cut off mid-sentence ("… at full power in", "… ارتفاع في").
_MID_SENTENCE_WORDS = frozenset(["the", "a", "an", "of", "in", "to", "and", "for", "with", "at",
                                 "from", "by", "that", "or", "but", "than", "into", "as",
                                 "في", "من", "على", "إلى", "عن", "مع", "أن", "بين", "التي",
                                 "الذي"])
FOOTER_LINKS = 4  # the site's footer links under a text cut off where the capture ends


def _footer_only_after(lines: list[Line], index: int) -> bool:
    """Whether nothing but a few of the site's footer links ("Terms of use", "Privacy
    policy", "©") or its message that the rest is loading ("Loading…", "جاري التحميل…": a
    page captured before it had all come) follows the line to the end of the page."""
    after = lines[index + 1:]
    return 0 < len(after) <= FOOTER_LINKS and all(line.cue == "footer" or
                                                  line.key in _LOADING_MESSAGES for line in after)


# A page's message that the rest of it is loading, where a capture taken too early ends.
_LOADING_MESSAGES = frozenset(_key(message) for message in (
    "loading", "loading more", "loading please wait", "please wait", "جار التحميل",
    "جاري التحميل", "يتم التحميل", "جار التحميل يرجى الانتظار", "جاري التحميل يرجى الانتظار",
    "الرجاء الانتظار", "chargement", "chargement en cours"))


# A figure in a table's cell: "13.1", "+4.1", "1,240", "2026".
_FIGURE_CELL = re.compile(r"[+\-−]?\d[\d.,]*[%٪]?")


def _row_cells(line: Line) -> int:
    """The " | " separators of a table row as short as a byline; or, in a row with no bars,
    the figures spaced after its label, two or more (a table whose tabs the capture turned
    to spaces: "الوسط الحضري 16.9 17.2 16.8", "Inflation 3.1 2.8 2.4"); 0 for any other
    line."""
    if " | " in line.text:
        return line.text.count(" | ") if line.words <= MAX_BYLINE_WORDS else 0
    if not (line.text[-1].isdigit() or line.text[-1] in "%٪") or line.words > MAX_BYLINE_WORDS:
        return 0  # (a quick test: a spaced row ends with its last figure, or its per cent)
    words = line.text.split()
    if words[-1] in ("%", "٪"):
        words.pop()  # (a change column's sign spaced off its figure: "14.0 %")
    figures = 0
    while figures < len(words) and _FIGURE_CELL.fullmatch(words[-1 - figures]):
        figures += 1
    return figures if 2 <= figures < len(words) else 0


def _table_row(lines: list[Line], index: int) -> bool:
    """Whether the line is a row of a table set in the text: short cells between " | ", as
    many as the row over or under it holds ("المجموعة | التغير السنوي" over "النقل | 0.7%").
    A table the text prints is the text's (a run of one row is a breadcrumb or a credit)."""
    cells = _row_cells(lines[index]) if index < len(lines) else 0
    if not cells or lines[index].furniture:
        return False
    return any(0 <= other < len(lines) and lines[other].text.count(" | ") == cells
               and not lines[other].furniture for other in (index - 1, index + 1))


def _figures_table_row(lines: list[Line], index: int) -> bool:
    """Whether the line is a row of a table of figures between paragraphs, though read as
    furniture: one of three rows or more with as many " | " cells, two of them holding
    digits ("Item | August | September" over "Maize meal | R112 | R121"). It is no gap of
    the text (it is not kept either: _table_row keeps only rows that are not furniture)."""
    cells = _row_cells(lines[index]) if index < len(lines) else 0
    if not cells:
        return False
    rows = [line.text for line in lines[max(0, index - 2):index + 3] if _row_cells(line) == cells]
    return len(rows) >= 3 and sum(any(c.isdigit() for c in row) for row in rows) >= 2


def _text_table_row(lines: list[Line], index: int, first: int) -> bool:
    """Whether the line is a row of a table of figures the text sets between its paragraphs
    (see _figures_table_row), though its bars read as a breadcrumb's: the table's first row
    stands right under a paragraph ("Here is where rates stood:" / "Loan type | Rate" /
    "30-year fixed | 6.08%"). A table under an advertisement's label is the site's; a
    coverage page's stamp between its entries ("تحديث | 17:30") is no row. The head over a
    spaced table is the table's too (see _table_head)."""
    line = lines[index]
    if " | " not in line.text and not line.text[-1].isdigit() and line.text[-1] not in "%٪":
        return _text_table_head(lines, index, first)  # (most lines hold no spaced bar)
    if line.cue is not None or \
            line.boilerplate or _update_clock(line) or not _figures_table_row(lines, index):
        return False
    cells, top = _row_cells(line), index
    while top > first and _row_cells(lines[top - 1]) == cells:
        top -= 1
    above = lines[top - 1]
    return top > first and (above.prose or (above.text.endswith((":", "："))
                                            and not above.furniture) or (
        above.words <= MAX_BYLINE_WORDS and _SOURCE_LABEL.match(above.text) is not None)
        or _table_head(lines, top, first) < top)


MAX_TABLE_HEAD_LINES = 2  # a table's title, then its row of column labels


def _table_head_line(line: Line) -> bool:
    """A short line of a table's head: its title or its column labels, no sentence."""
    return not line.prose and not line.furniture and line.words <= MAX_BYLINE_WORDS and \
        not _ends_sentence(line.text) and not _row_cells(line)


def _table_head(lines: list[Line], top: int, first: int) -> int:
    """The first line of the head over a spaced table of figures whose first row is at
    ``top`` (see _row_cells): its row of column labels, which holds no figures to count, and
    the title over it or not, right under a paragraph ("… عام 2024." / "ملخص النتائج المالية
    (مليون ريال)" / "البند 2024 2025 التغير", "Results ($m)" / "Item 2024 2025 Change");
    ``top`` when no such head stands there. (A barred table's labels are a row of its own:
    a title over them heads a box.)"""
    if " | " in lines[top].text:
        return top
    head = top
    while head - 1 > first and top - head < MAX_TABLE_HEAD_LINES and \
            _table_head_line(lines[head - 1]):
        head -= 1
    return head if head < top and lines[head - 1].prose else top


def _text_table_head(lines: list[Line], index: int, first: int) -> bool:
    """Whether the line is the head of a table of figures the text sets (see _table_head),
    over its first row (see _text_table_row): the table's, which is the text's."""
    if not _table_head_line(lines[index]):
        return False
    top = next((j for j in range(index + 1, min(len(lines) - 1, index + MAX_TABLE_HEAD_LINES)
                                 + 1) if not _table_head_line(lines[j])), None)
    return top is not None and _table_head(lines, top, first) <= index and \
        _text_table_row(lines, top, first)


def _list_item(line: Line) -> bool:
    """A label, a colon and its value on a short line of its own ("المنطقة الأولى (وسط
    البلد): السبت والثلاثاء", "Zone B (the harbour): Tuesday and Friday"): an item of a
    list, when a sentence ending in a colon introduces the run (see _introduced_figure)."""
    colon = line.text.find(":") if ":" in line.text else line.text.find("：")
    return 0 < colon <= LIST_LABEL_CHARS and colon < len(line.text) - 1 and \
        line.words <= MAX_BYLINE_WORDS and not line.prose and not line.furniture


def _figure_caption(text: str) -> bool:
    """Whether the line is a figure's or a chart's caption under its label ("الشكل 1: …",
    "شكل (2): …", "رسم بياني: …", "مبيان: …"), or the chart's credit ("Data: …; Chart: …"):
    a caption of its own, of no line above it."""
    return ":" in text[:CHART_LABEL_CHARS] and text[0] in _FIGURE_CAPTION_OPENINGS and bool(
        _FIGURE_LABEL.match(text) or _CHART_LABEL.match(text)
        or (_SOURCE_LABEL.match(text) and _CHART_CREDIT.search(text)))


def _bare_item(line: Line) -> bool:
    """A few words on a line of their own, no sentence and no label ("Moycullen village",
    "حي النصر", "Handling stolen property, contrary to section 322"): an item of a list,
    when a sentence of the text ending in a colon introduces the run (see
    _introduced_figure)."""
    return line.words <= MAX_ITEM_WORDS and not line.prose and not line.furniture and \
        not line.cue and not line.text.endswith((".", "!", "?", "؟", ":", "：")) and \
        not line.date_stamp  # (an item may name its date: "Subsidy extended until March 2028")


def _sentence_item(lines: list[Line], index: int, first: int) -> bool:
    """Whether the short sentence on a line of its own is an item of a list the text
    introduces with a colon, its bullets lost with the page's markup ("… للفئات الآتية:" /
    "الحوامل في جميع مراحل الحمل." / "مرضى السكري والربو."; "… should stay indoors:" /
    "People over 65." / "Anyone with asthma."): the items above it short sentences too,
    the first of them, of a paragraph's length or not, right under the colon."""
    line = lines[index]
    if line.prose or line.words > MAX_ITEM_WORDS or line.cue or line.furniture or \
            not _ends_sentence(line.text):
        return False
    above = index - 1
    while above > max(first, index - MAX_LIST_ITEMS) and \
            lines[above].words <= MAX_ITEM_WORDS and not lines[above].furniture and \
            _ends_sentence(lines[above].text):
        above -= 1
    intro = lines[above]  # a sentence of the text, not a label ("Symptoms:")
    return intro.text.endswith((":", "：")) and (intro.prose or (
        intro.words > MAX_NAME_WORDS and not intro.furniture and not intro.cue))


def _labelled_figure(line: Line) -> bool:
    """A short label, a colon and a figure: one line of a box of key figures or of a list
    of readings ("ربحية السهم: 9.4 فلس")."""
    return line.words <= MAX_DATELINE_WORDS and not line.prose and \
        bool(_DIGIT.search(line.text)) and bool(_LABEL.match(line.text))


# A post's reaction bar under its text ("Like" / "Comment" / "Share"); a reader poll's
# answers ("Like" / "Dislike") are no bar.
_REACTION_BUTTONS = frozenset(_key(button) for button in ("like", "أعجبني", "إعجاب"))
_POST_BUTTONS = frozenset(_key(button) for button in ("comment", "تعليق", "share", "مشاركة"))
_BAR_BUTTONS = _REACTION_BUTTONS | _POST_BUTTONS


def _reaction_bar(lines: list[Line], index: int) -> bool:
    """Whether the line opens a post's reaction bar (see _REACTION_BUTTONS)."""
    return index + 1 < len(lines) and lines[index].key in _REACTION_BUTTONS and \
        lines[index + 1].key in _POST_BUTTONS


def _buttons_line(line: Line) -> bool:
    """Whether the short line is a post's reaction bar on one line ("Like · Comment ·
    Share", "أعجبني · تعليق · مشاركة"): two of its buttons or more, nothing else."""
    buttons = line.key.split()
    return 2 <= len(buttons) <= len(_BAR_BUTTONS) and _BAR_BUTTONS.issuperset(buttons)


# A sentence's opening word that ties it to the paragraph above ("كما تطرح الحلقة سؤال …؟",
# "But will the plan work?"): no headline's, no poll question's.
_GOING_ON = frozenset(_key(word) for word in ("كما", "لكن", "ولكن", "فهل", "وهل", "and", "but",
                                              "yet",
                                              # a question drawn from the paragraph: "فلماذا
                                              # لا …؟", "So why …?"
                                              "فلماذا", "ولماذا", "فكيف", "وكيف", "فمتى", "ومتى",
                                              "so",
                                              # the question left open: "ويبقى السؤال: …؟",
                                              # "وفي الحلقة المقبلة نسأل: …؟"
                                              "يبقى", "ويبقى", "وفي", "وهنا"))
MIN_PROSE_QUESTION_WORDS = 6  # as many as a sentence (see Line.prose)


def _closing_question(lines: list[Line], body: tuple[int, int]) -> tuple[int, int]:
    """The body with the question or exclamation that closes it ("فهل تصمد هذه التفاهمات؟").

    A short line ending with "?" or "!" is not prose (headlines end so too), but right
    after the last paragraph, and closed by the page's furniture, a date or a byline (or
    the page's end), it is the text's last sentence. (Followed by anything else, it may
    open a list of related headlines or a poll's question and its answers; unless a word
    ties it to the paragraph above: "كما تطرح الحلقة سؤال الأسعار: هل …؟", _GOING_ON.)
    A pull quote, wholly quoted, may stand between the paragraph and a question so tied.
    """
    first, last = body
    # (a pull quote, wholly quoted, may stand between the last paragraph and the question)
    quote = last + 2 < len(lines) and lines[last + 1].text[0] in "«“" and \
        lines[last + 1].text[-1] in "»”" and not lines[last + 1].prose
    after = lines[last + 1 + quote:last + 3 + quote]
    if after and not after[0].furniture and after[0].words >= 3 and \
            after[0].text.rstrip(_CLOSERS).endswith(_OPEN_ENDS) and (
                (not quote and (len(after) == 1 or after[1].furniture or after[1].byline_shaped
                                or bool(after[1].dates) or _signature(lines, last + 2)
                                or _reaction_bar(lines, last + 2))) or (
                    after[0].words >= MIN_PROSE_QUESTION_WORDS and
                    after[0].key.split()[0] in _GOING_ON)):
        return first, last + 1 + quote
    return body


# The print edition's words beside an issue number: its page, its edition.
_EDITION_WORDS = _phrases(["الصفحة", "صفحة", "النسخة الورقية", "الطبعة", "page", "print edition",
                           "edition"])


def _running_header(line: Line) -> bool:
    """Whether the line is a print edition's running header: the paper's issue number
    beside its date ("صحيفة النيلين اليوم | العدد 4127 | الأحد 9 فبراير 2025م | الصفحة 3")
    or its page or edition ("النسخة الورقية - العدد 5123 - الصفحة 12"), or the page's
    number beside the issue's date with no issue number ("CITY Edition | Sunday, March 15,
    2026 | Page 4", "الطبعة الأولى - الأحد 9 فبراير 2025 - الصفحة 3", see _PAGE_NUMBER),
    printed again over each page an e-paper's text runs on to. No headline, no header
    line of the article's own."""
    # (the issue's word looked for first, "العدد" or the "ue" of "issue": substring tests,
    # where the dates are read and the edition's words searched for)
    if "العدد" in line.text or "ue" in line.text.lower():
        return (bool(line.dates) or bool(_EDITION_WORDS.search(line.key))) and \
            bool(_ISSUE_NUMBER.search(line.text))
    return textnorm.contains_any(line.text, "|-–—•·") and bool(line.dates) and \
        _PAGE_NUMBER.search(_beside_dates(line)) is not None


def _menu_over_label(lines: list[Line], index: int) -> bool:
    """Whether the line is the site's menu run on with no marks between its items
    ("الرئيسية وطنية مجتمع اقتصاد ثقافة رياضة"): it opens with the home page's link, as
    menus do, and the section's label printed alone right under it is one of its words.
    (A headline may hold a badge printed under it: "… live: …" over "Live".)"""
    below = lines[index + 1] if index + 1 < len(lines) else None
    return below is not None and below.words == 1 and not below.dates and \
        lines[index].key.startswith(_HOME_LINKS) and f" {below.key} " in f" {lines[index].key} "


def _update_clock(line: Line) -> bool:
    """Whether the line is an update's label and clock alone (see _UPDATE_CLOCK), the
    update's number, a bar or a dash between them or not ("Update 2 | 4:05 PM": two words
    more)."""
    return line.words <= MAX_LABEL_WORDS + 2 and line.text[0] in _EDITOR_NOTE_OPENINGS and \
        _UPDATE_CLOCK.match(line.text) is not None


def _entry_age(line: Line) -> bool:
    """Whether the line is a relative time alone ("38 min ago", "1 hr 5 min ago", "منذ 40
    دقيقة"), as a live page prints over each entry for its age."""
    return line.words <= MAX_RELATIVE_WORDS and not line.prose and \
        dates.find_relative(line.text) is not None


def _coverage_stamp(line: Line) -> bool:
    """Whether the line stamps a continuous-coverage page's addition: an update's clock (see
    _update_clock) or an entry's age (see _entry_age)."""
    return _update_clock(line) or _entry_age(line)


def _coverage_stamps(lines: list[Line], first: int, last: int) -> bool:
    """Whether the run is a continuous-coverage page's text: two stamps or more between its
    paragraphs (see _coverage_stamp: "… 500 metres." / "تحديث 12:40 م" / "…" / "تحديث 02:15
    م", a live page's "38 min ago" / "…" / "1 hr 5 min ago"), each over the text's addition,
    none a header's date."""
    return sum(map(_coverage_stamp, lines[first + 1:last])) >= LIVE_BLOG_ENTRIES


# A briefing's note over the text on whose words it sums up: "This is a summary of what was
# said by NAME – to whom quoted text may be attributed – at today's press briefing …", "هذا
# ملخص لما قاله NAME - الذي يمكن أن يُنسب إليه النص المقتبس - في المؤتمر الصحفي …".
_BRIEFING_NOTE = re.compile(r"(?:this is a summary of what (?:was said|.{1,80}? said) by|"
                            r"هذا ملخص لما (?:قاله|قالته|قيل|صرح به|صرحت به)) ", re.IGNORECASE)


def _desk_note_over_text(line: Line) -> bool:
    """Whether the line over the text is the desk's note, not its first paragraph: a short
    one under its label ("ملاحظة المحرر: تُنشر هذه الزاوية كل اثنين."), one on where the
    piece first ran in its other language, labelled ("Editor's note: This column first
    appeared in Arabic …", however long) or short ("This article was originally published in
    French.", "نُشر هذا المقال أولاً بالفرنسية."), a note on how the piece was made (see
    _making_note), or one on its corrections and first appearance (see _ARTICLE_NOTE), or
    a briefing's note on whose words it sums up (see _BRIEFING_NOTE)."""
    labelled, short = line.text.startswith(_NOTE_LABELS), line.words <= MAX_SHARE_WORDS
    return (labelled and short) or ((labelled or short) and _edition_note(line)) or \
        _making_note(line) or _BRIEFING_NOTE.match(line.text) is not None or (
            line.text[:ARTICLE_NOTE_HEAD].casefold().startswith(_ARTICLE_NOTE_OPENINGS) and
            _ARTICLE_NOTE.match(line.text.casefold()) is not None)


def _header_credit(line: Line, second: bool) -> bool:
    """Whether a line among the run's first is the header's date or byline, or, the run's
    ``second`` line, under a standfirst read as its first, a desk's or a role's credit
    alone, each of its few words one (see _NO_PERSON): "Staff Writer", "Staff Reporter",
    "فريق التحرير", printed with no label where a byline stands; a date's label alone, its
    date lost in the capture ("Published" / "on", "تاريخ النشر:"); or, the second line, the
    story's short link alone, a web address and nothing else ("https://p.site.example/p/4Fq9X"),
    as a broadcaster's site prints it between the standfirst and the lead photo; or, the second
    line, a site's or a wire's dateline with a slash alone on its line ("OUTLET نيوز/ البصرة",
    see _wire_dateline): the text opens under it, the summary over it is the standfirst."""
    return line.dated_label or line.byline_shaped or (
        line.words <= MAX_LABEL_WORDS and (bool(_DATE_LABEL_PATTERN.fullmatch(line.key)) or (
            second and all(_NO_PERSON_PATTERN.fullmatch(word) for word in line.key.split())))) or (
        second and line.words == 1 and line.text.startswith(("https://", "http://"))) or (
        second and _slash_credit(line) and _wire_dateline(line.text))


def _after_header(lines: list[Line], body: tuple[int, int]) -> tuple[int, int]:
    """The body without the header lines its first lines hold. A standfirst that ends with
    a full stop reads as prose, so the run can start above the byline and the date. The body
    starts after the last of those; the prose above them goes back to the header (standfirst),
    and so does a dek pointing to the story under them (_dek_under_credits). A coverage page's
    update stamps stay in the text (_coverage_stamps); an embedded post's account and date there
    are the post's (_post_box). A list's short intro over the run opens the text (_list_intro),
    and a live page's summary (_summary_over_entries). No header line stands under the text's
    "read also" link: a subheading there may end on a span ("أحياء بلا ضخ منذ أسبوع")."""
    first, last = body
    # a box among the first lines (an embedded post, a fact or a statement's box): its date
    # is not the header's
    # (a share's quote box: "Saudi Aramco (2222.SR)" / "SAR 25.62" / "At close: March 4, 2026")
    start = post_end = first
    for index, line in enumerate(lines[first:min(last, first + MAX_GAP + 2) + 1], first):
        if index >= post_end and index > first and not line.prose and (end := (
                _post_box(lines, index, last) or _labelled_embed(lines, index, last)
                or _fact_box(lines, index, last) or _statement_box(lines, index, last))):
            post_end = end
        if line.cue == "related":
            break
        if index < post_end:
            continue
        if not line.prose and not line.furniture and _header_credit(line, index == first + 1) and \
                not (_coverage_stamp(line) and _coverage_stamps(lines, first, last)) and \
                not _running_header(line) and not _post_footer(line) and \
                not _caption_under_dateline(lines, first, index) and \
                not _during_caption(line.text) and not _in_data_box(lines, first, index) and \
                not _DAY_RANGE.match(textnorm.to_ascii_digits(line.text)) and \
                not (line.dated_label and _introduced_figure(lines, index, first)) and \
                not _event_field(line) and not _footed_post(lines, index - 1, last):
            # (a coverage page's stamp, the run's stamps counted only for a clock; a print
            # page's header, mid-article; an embedded post's footer, under its words or not;
            # a dated item of the text's list under its colon: "… كما يلي:" / "بدء الدراسة:
            # 20 سبتمبر"; the day of an event the text announces, on its card: "When: …")
            start = next((j for j in range(index + 1, last + 1) if lines[j].prose), start)
        elif _photo_story_opening(lines, start if start < index else first, index):
            # a photo essay's first picture: the text under its caption (the run's first
            # line asked is the text's under the header's lines: an intro under the date)
            start = next((j for j in range(index + 1, last + 1) if lines[j].prose
                          and not _caption_under_copyright(lines, j)), start)
    start = _after_points(lines, start + _dek_under_credits(lines, start, last), last)
    start = _opening_section_start(lines, _after_claim_card(lines, start, last), last)
    if start < last and start and _summary_label(lines, start - 1, last) and \
            not _summary_over_entries(lines, start, last):
        # the summary under its label is the standfirst; the share bar or a label under it
        # ("Share:" / "FULL STORY") opens no text
        start += 1
        text = next((j for j in range(start, min(last, start + MAX_GAP) + 1) if lines[j].prose),
                    start)
        if all(lines[j].cue or lines[j].words <= MAX_LABEL_WORDS for j in range(start, text)):
            start = text
        start = _next_step_point(lines, start, last)
    if start and (_question_over_text(lines, start - 1, last)
                  or _interview_first_question(lines, start - 1, last)):
        start -= 1  # an explainer's first question heading, a column's opening question,
        # an interview's first question
    start = _first_live_entry(lines, start, last)
    if start < last and (_desk_note_over_text(lines[start]) or _bio_under_heading(lines, start)):
        # (a photo's caption or the parts of a series listed may stand between; a reader's
        # question over its answer is the text's)
        start = next((j for j in range(start + 1, min(last, start + MAX_GAP) + 1)
                      if lines[j].prose or _question_opening(lines[j]) is not None), start)
    start = _past_lead_caption(lines, start, last)
    if start == first and start and _salutation(lines[start - 1]):
        return start - 1, last  # a letter's salutation over its first paragraph
    return _list_intro(lines, start) if start == first else start, last


def _past_lead_caption(lines: list[Line], start: int, last: int) -> int:
    """Where the text starts past the lead photo's caption opening the run at ``start``, if
    one does. The caption reads as a sentence; its credit or sale button under it, then the
    text, say it is one ("… since 2022." / "Buy Now" / "Sentinel file photo"); so does its
    shape (see _lead_caption, _over_dateline_lead), or its printing twice (see
    _caption_printed_twice)."""
    after = start + 1
    # (A caption of its own captions no line above it: labelled, closed by its credit (see
    # _captioned_credit: "… stop. Photo: NAME"), or a copyright with its caption under it.)
    while after <= last and after - start <= 2 and _caption_or_credit(lines[after]) and \
            not _CAPTION_OPENING.match(lines[after].key) and \
            not _figure_caption(lines[after].text) and not _captioned_credit(lines[after]) \
            and not (after < last and _caption_under_copyright(lines, after + 1)):
        after += 1
    if after > start + 1 and after <= last and lines[after].prose:
        return after
    if _lead_caption(lines, start, last) or _over_dateline_lead(lines, start, last):
        return start + 1
    return start + 2 if _caption_printed_twice(lines, start, last) else start


def _caption_printed_twice(lines: list[Line], index: int, last: int) -> bool:
    """Whether the run's first line, right under the byline or the date, is printed twice
    in a row, a caption's length (the lead photo's alt text, then its caption: "صيادون
    يفرغون شباكهم في ميناء صور (OUTLET)." twice), the text going on under it: no
    paragraph of the text is printed twice."""
    return 0 < index and index + 2 <= last and lines[index + 1].text == lines[index].text and \
        lines[index].words <= MAX_CAPTION_WORDS and (
            lines[index - 1].byline_shaped or bool(lines[index - 1].dates))


def _bio_under_heading(lines: list[Line], index: int) -> bool:
    """Whether the line over the text is the writer's bio under its box's heading (see
    _ABOUT_WRITER: "عن الكاتب" / "NAME مستشار في …", "About the writer" / "NAME is …"),
    between the header and the text: the text opens under it."""
    return index > 0 and lines[index - 1].key in _ABOUT_WRITER


def _caption_or_credit(line: Line) -> bool:
    """Whether the line under the lead photo's caption is a caption's by its words ("Buy
    Now", "Sentinel file photo"), or a picture's credit alone: its label and a name or a
    source of a signature's length ("Image: FILE", "عدسة: NAME"), no caption of its own
    ("Pic: A crane lifts …")."""
    return line.cue == "caption" or (line.photo_credit and line.words <= MAX_SIGNATURE_WORDS + 1)


# A letter's salutation opening its text ("Dear Editor,", "Sir,", "حضرة رئيس المجلس
# المحترم،", "عزيزي المحرر،").
_SALUTATION = _phrases(["dear", "sir", "madam", "dear sir", "dear madam", "to the editor",
                        "حضرة", "حضرات", "سعادة", "معالي", "عزيزي", "عزيزتي", "السادة",
                        "إلى حضرة", "الى حضرة"])


def _salutation(line: Line) -> bool:
    """Whether the short line is a letter's salutation: a salutation's words opening it
    (see _SALUTATION), a comma closing it, no furniture."""
    return line.text[-1] in ",،" and line.words <= MAX_BYLINE_WORDS and not line.prose and \
        line.cue is None and bool(_SALUTATION.match(line.key))


# A death notices' list's intro (folded keys): "انتقل إلى رحمة الله تعالى", "توفي إلى
# رحمة الله", "We regret to announce the deaths of".
_OBITUARY_INTRO = re.compile(r"(?:انتقل|انتقلت|انتقلوا|توفي|توفيت|توفاه|توفاها) (?:الي|الى) "
                             r"رحمه الله|regret to announce the deaths? of")


def _list_intro(lines: list[Line], start: int) -> int:
    """Where the text starts when the run opens with a list's entries under the text's own
    short lines ending in a colon: its sentence introducing the list, of three words or
    more but too short for prose, then the label of the list's first group ("انتقل إلى
    رحمة الله تعالى كل من:" / "الرجال:" / the entries; "The winners are:" / "Fiction:" /
    …). A header's line (a date, a byline, furniture) or a box's label is none of them; a
    dateline's credit ending in a colon over the lead has no group's label under it."""
    def colon_line(line: Line) -> bool:
        return line.text.endswith((":", "：")) and not line.furniture and not line.dates and \
            not line.byline_shaped
    above = start
    while above > 0 and colon_line(lines[above - 1]) and lines[above - 1].words <= MAX_LABEL_WORDS:
        above -= 1
    # (no group's label: no list, unless the intro names the dead, each entry under it a
    # sentence: "انتقل إلى رحمة الله تعالى كل من:" / "NAME، 78 عاما، شيعت. …")
    intro = lines[above - 1] if 0 < above < start or (
        above == start > 0 and _OBITUARY_INTRO.search(lines[start - 1].key)
        and lines[start].prose) else None
    if intro is None or not colon_line(intro) or not 3 <= intro.words < MIN_INTRO_WORDS or \
            _POINTS_LABEL.match(intro.key) or _SUMMARY_LABEL.match(intro.key):
        return start
    return above - 1


# The place in capitals opening an English lead, then a colon, a dash or the agency's
# bracket: "RIYADH: …", "NEW DELHI — …", "LAGOS (Reuters) - …", "KUALA LUMPUR, March 19
# (Bernama) -- …" (the day after the place, a wire's double hyphen).
_CAPS_DATELINE = re.compile(r"([A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3})"
                            r"(?:, [A-Z][\w.]+(?: \d{1,2})?)?"
                            r"\s?(?:\([^()]{2,25}\)\s?)?(?:--|[:\-–—])\s")
# Labels printed in capitals over a paragraph, no place: "UPDATE: …", "EDITOR'S NOTE: …".
_CAPS_LABELS = frozenset(["update", "updated", "breaking", "breaking news", "watch", "read",
                          "listen", "editor's note", "editor’s note", "note", "correction",
                          "clarification", "exclusive", "analysis", "opinion", "comment",
                          "video", "photos", "live", "also", "related", "see also", "factbox",
                          "explainer", "timeline", "source", "sources", "disclaimer", "warning"])


def _over_dateline_lead(lines: list[Line], index: int, last: int) -> bool:
    """Whether the first line of the run is one sentence (a caption's length, or twice
    that with no second sentence) over a paragraph opening with its place in capitals ("A
    saxophonist performs on the open-air stage." over "RIYADH: A winter series …"): the
    dateline opens the story, so the line over it is the lead photo's caption, wherever
    the header left it (under a short link's box)."""
    line = lines[index]
    place = _CAPS_DATELINE.match(lines[index + 1].text) if 0 < index < last and \
        lines[index + 1].text[:1].isupper() else None
    return place is not None and (line.words <= MAX_CAPTION_WORDS or (
        line.words <= 2 * MAX_CAPTION_WORDS and ". " not in line.text)) and \
        _ends_sentence(line.text) and lines[index + 1].prose and \
        place.group(1).lower() not in _CAPS_LABELS


def _caption_under_dateline(lines: list[Line], first: int, index: int) -> bool:
    """Whether the dated line inside the run's first lines is a photo's caption, not the
    header's date: the run already starts right under a dateline, and the line is longer
    than any byline ("Students sit the exam in a school hall on Saturday 16 May 2026").
    The paragraphs above it are the text, not a standfirst. A comment count or a share bar
    may stand between the dateline and the text ("May 18, 2026" / "2 Comments"), and so may
    the update's clock alone ("آخر تحديث: 09:35")."""
    above = first - 1
    while above > 0 and first - above < MAX_GAP and not lines[above].dates and \
            (lines[above].cue or _update_clock(lines[above])):
        above -= 1
    above = lines[above] if first else None
    return (above is not None and bool(above.dates) and not above.prose and index > first
            and (lines[index].words > MAX_BYLINE_WORDS or _caption_of_text(lines, first, index))) \
        or _dated_before_header(lines, first, index)


def _dated_caption(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line between two paragraphs is a photo's caption closing on the day it
    was taken ("Families sleep outside their homes, Wednesday 9 September 2026"): words of
    a scene (more than a label's), then the date ending the line, no byline and no label."""
    line = lines[index]
    return bool(line.dates) and first < index < last and lines[index - 1].prose and \
        lines[index + 1].prose and line.dates[-1].end >= len(line.text) - 1 and \
        len(line.text[:line.dates[0].start].split()) > MAX_LABEL_WORDS and _unlabelled(line)


def _unlabelled(line: Line) -> bool:
    """Whether the dated line is neither a byline nor under a date's or an update's label."""
    return not line.byline_shaped and not _DATE_LABEL_PATTERN.search(line.key) and \
        not _UPDATE_PATTERN.search(line.key)


def _caption_of_text(lines: list[Line], first: int, index: int) -> bool:
    """Whether the dated line, no byline and no label, stands under two paragraphs of the
    run or more, a standfirst being one: a photo's caption in the text ("Families sleep
    outside their homes, Wednesday 9 September 2026"), however short."""
    return _paragraphs_over(lines, first, index) and _unlabelled(lines[index])


def _in_data_box(lines: list[Line], first: int, index: int) -> bool:
    """Whether the line is one of a data box's labelled figures under the box's label, the
    label under two paragraphs of the run or more ("بيانات المناقصة" / "رقم المناقصة: 14/2026"
    / "آخر موعد للتقديم: 21 أبريل 2026"): a deadline in the box, no header's date."""
    label = index
    while label > first and _labelled_figure(lines[label]):
        label -= 1
    return label < index and _paragraphs_over(lines, first, label) and \
        not lines[label].byline_shaped and not lines[label].dates and _figures_box(lines, label)


def _paragraphs_over(lines: list[Line], first: int, index: int) -> bool:
    """Whether two paragraphs of the run or more, and nothing else, stand over the line: the
    text's (a standfirst is one). The gallery's label or link right over its counter is the
    gallery's ("معرض الصور" / "1 / 9", "Photo gallery" / "1 of 12")."""
    label = lines[index - 1].key
    end = index - 1 if label in _VIDEO_LABELS or _GALLERY_LINK.match(label) else index
    return end - first >= 2 and all(above.prose for above in lines[first:end])


def _photo_story_opening(lines: list[Line], first: int, index: int) -> bool:
    """Whether the line of the run's first lines is the first counter of a photo story's
    gallery (none above it) under its standfirst alone, not under the text's paragraphs
    (see _paragraphs_over). A standfirst stands over the header's date and byline: a line
    right under them opens the text, over the counter too ("الاثنين 4 مايو 2026" / "افتتحت
    البلدية …" / "صورة 1 من 6"; "Words by NAME" / "January 18, 2026" / "Long before …" /
    "1 / 4", the standfirst over them in the run)."""
    return _gallery_counter(lines[index]) and not _paragraphs_over(lines, first, index) and \
        not (first > 0 and (lines[first - 1].dated_label or lines[first - 1].byline_shaped)) \
        and not any(map(_gallery_counter, lines[:index]))


def _dated_before_header(lines: list[Line], first: int, index: int) -> bool:
    """Whether the dated line inside the run's first lines names an earlier day than the
    header's date over the run (a photo report's "14 شباط 2026" / a caption / the text /
    "جمهور يملأ القاعة مساء الخميس 12 شباط 2026"): an update is never older than what it
    updates, so the line is a caption's or the text's day, not the header's. (A dateline
    under its label or with its clock, or a byline, may print the first publication under
    an update: asked only of a line with neither.)"""
    line = lines[index]
    if line.byline_shaped or _DATE_LABEL_PATTERN.search(line.key) or \
            _UPDATE_PATTERN.search(line.key) or _CLOCK.search(textnorm.to_ascii_digits(line.text)):
        return False
    above = first - 1
    while above > 0 and first - above <= MAX_GAP and not lines[above].prose and \
            not lines[above].dates:
        above -= 1
    days = [found.value["date"] for found in line.dates if found.value.get("precision") == "day"]
    header = [found.value["date"] for found in lines[above].dates
              if found.value.get("precision") == "day"] if first and index > first else []
    return bool(days and header) and not lines[above].prose and max(days) < min(header)


def _after_points(lines: list[Line], start: int, last: int) -> int:
    """Where the text starts when its run opens with a key points box's sentences under
    the box's label ("TL;DR", "Key points", a summary's "In short" over two points or
    more / "Depositors would recover …" / "Larger …"): at the first line longer than a
    point (MAX_POINT_WORDS) or holding a clause, each point one short sentence with no
    comma (a lead runs on: "Parliament on Monday passed …, the first …"), past the lead
    photo's credited caption under the box."""
    if not start or lines[start - 1].words > MAX_POINTS_LABEL_WORDS:
        return start
    summary = bool(_SUMMARY_LABEL.fullmatch(lines[start - 1].key))  # "In short:" over points
    if not summary and not _POINTS_LABEL.fullmatch(lines[start - 1].key):
        return start
    point = start
    while point < last and lines[point].words <= MAX_POINT_WORDS and \
            _ends_sentence(lines[point].text) and not _CLAUSE_BREAK.search(lines[point].text):
        point += 1
    if point == start or (summary and point < last and not lines[point].prose
                          and not lines[point].furniture):
        # (points with clauses, or a summary's second label under its points: "What's next?";
        # a machine summary's note under them is furniture, passed below)
        point = _clause_points_end(lines, start, last, labelled=summary)
    elif not summary and _SERIES.search(lines[point].text):
        # a later point's commas may list a series' items ("… dehydration, anemia, or …")
        point = max(point, _clause_points_end(lines, start, last))
    elif not summary and point < last and lines[point].words <= MAX_POINT_WORDS and \
            ". " not in lines[point].text and _SHORT_SERIES_CLOSING.search(lines[point].text) \
            and lines[point + 1].prose and lines[point + 1].words > MAX_POINT_WORDS:
        point += 1  # the box's last point, its comma a short series' closing its sentence
        # ("Rest if you have a fever, chest tightness or body aches."), the lead under it
        # longer than a point
    if summary and point - start < 2:
        return start  # one sentence under a summary's label: the standfirst (_after_header)
    if point > start and point < last and lines[point].furniture and lines[point + 1].prose:
        point += 1  # the lead photo's credited caption under the box
    # (the text may open with its first heading under the box: "Introduction")
    return point if point > start and (lines[point].prose or
                                       _heading_over_paragraph(lines, point)) else start


MAX_CLAUSE_POINT_WORDS = 24  # a point of a box whose points run on with their clauses


def _clause_points_end(lines: list[Line], start: int, last: int, labelled: bool = False) -> int:
    """Where a key points box ends whose first point holds a clause ("Key takeaways" /
    "Screens delay sleep a little, but less than claimed." / …): POINTS_OF_A_BOX points or
    more, each one sentence of MAX_CLAUSE_POINT_WORDS words at most, the text's lead under
    them longer than any of them (a run of short paragraphs goes on as long). A summary's
    box (``labelled``: "In short:") holds a second label among its points ("What's next?",
    a question or a label's colon closing a line of a few words), as a summary's one
    sentence over the text never does. Returns ``start`` when no such box ends there."""
    point, labels = start, 0
    while point < last:
        line = lines[point]
        if labelled and point > start and _box_second_label(line):
            labels += 1  # (the box's second label, "What's next?", over its own points)
        elif line.words > MAX_CLAUSE_POINT_WORDS or not _ends_sentence(line.text) or \
                ". " in line.text:
            break
        point += 1
    # The text's first heading under the points closes the box: two points make one then.
    lead = point + _heading_over_paragraph(lines, point)
    # (the lead photo's credited caption under the box: the lead is under it, see _after_points)
    under = lead + (lead == point < last and lines[point].furniture and lines[point + 1].prose)
    if point - start - labels < POINTS_OF_A_BOX - (lead > point) or (labelled and not labels) or \
            lines[under].words <= max(line.words for line in lines[start:point]):
        return start
    return point


# The heading of a report's first section ("Introduction", "مقدمة"), numbered or not
# ("1. Introduction", "I. Introduction", "أولاً: مقدمة"), on a folded key. ("Background"
# and "Overview" label a box over the text as often: its points are no section.)
_OPENING_SECTION = re.compile(r"(?:(?:\d{1,2}|[ivx]{1,4}|اولا) )?(?:" + "|".join(
    _key(word) for word in ("introduction", "مقدمة", "المقدمة", "تمهيد", "مدخل")) + ")")


def _opening_section(line: Line) -> bool:
    """Whether the line is a report's first section heading alone (see _OPENING_SECTION),
    no furniture: the text's first line, not the header's."""
    return line.words <= MAX_LABEL_WORDS and not line.prose and not line.furniture and \
        _OPENING_SECTION.fullmatch(line.key) is not None


def _opening_section_start(lines: list[Line], start: int, last: int) -> int:
    """Where the text starts by a report's first section heading (see _opening_section):
    the heading over the first paragraph, or under the line ``start`` when that line is a
    paper's abstract under the date or the byline (the standfirst: "14 مارس 2025" /
    "تتناول الورقة …" / "مقدمة"), else ``start``."""
    if 0 < start < last - 2 and _opening_section(lines[start + 1]) and \
            (lines[start - 1].dates or lines[start - 1].byline_shaped):
        return start + 1
    return start - 1 if start and _opening_section(lines[start - 1]) else start


def _heading_over_paragraph(lines: list[Line], index: int) -> bool:
    """Whether the line is a short heading of the text over its paragraph ("Introduction",
    "Reserves and their limits", "الإطار القانوني"): a few words, no sentence's or label's
    mark closing them, no date, credit or furniture."""
    line = lines[index]
    return line.words <= MAX_POINTS_LABEL_WORDS and line.text[-1] not in ".:!?؟" and \
        index + 1 < len(lines) and lines[index + 1].prose and not line.prose and \
        line.cue is None and not line.furniture and not line.dates and not line.byline_shaped


def _question_heading(lines: list[Line], index: int, last: int) -> bool:
    """Whether the short question over the text's first paragraph, under the header's date
    or byline, is the first of the text's question headings (an explainer's "ما الذي
    تقترحه التعديلات؟" … "لماذا الآن؟"): another short question heads a later paragraph."""
    def question(line: Line) -> bool:
        return not line.prose and not line.furniture and line.words <= MAX_CAPTION_WORDS \
            and line.text.rstrip(_CLOSERS).endswith(_QUESTION_MARKS)
    return index > 0 and question(lines[index]) and \
        bool(lines[index - 1].dates or lines[index - 1].byline_shaped) and any(
            question(lines[j]) and lines[j + 1].prose for j in range(index + 2, last))


def _question_over_text(lines: list[Line], index: int, last: int) -> bool:
    """Whether the line over the text's first paragraph, right under the header's date or
    byline, is the text's: an explainer's first question heading (see _question_heading),
    or a column's opening question, no paragraph (no full stop) but a sentence's length,
    its clauses parted by a comma (see _clause_question)."""
    line = lines[index]
    return index > 0 and ((line.words >= MIN_STANDFIRST_WORDS and not line.prose and
                           not line.furniture and _clause_question(line.text) and
                           bool(lines[index - 1].dates or lines[index - 1].byline_shaped))
                          or _question_heading(lines, index, last))


def _interview_first_question(lines: list[Line], index: int, last: int) -> bool:
    """Whether the line over the text's first paragraph is an interview's first question
    (see _question_opening: "How did the project start?", "س: كيف بدأ …؟") under the lead
    photo's caption, itself under the header's date or byline: the paragraph under it is its
    answer, and another question with the same opening mark stands over its answer lower
    in the run. (The caption, a line with no question, stays out of the text.)"""
    return index > 1 and lines[index + 1].prose and not lines[index - 1].prose and \
        not lines[index - 1].furniture and \
        bool(lines[index - 2].dates or lines[index - 2].byline_shaped) and \
        _answered_question(lines, index, index + 2, last)


# A photographer's label in a header line ("Photos by NAME", "تصوير: NAME"), folded.
_PHOTOS_BY = ("photos by", "photo by", "photographs by", "pictures by", "تصوير", "عدسه")


def _photos_credited(lines: list[Line], index: int) -> bool:
    """Whether a header line close over the line credits the pictures ("By NAME and NAME |
    Photos by NAME"): the page prints a photo, and its caption may stand over the lead."""
    return any(textnorm.contains_any(line.key, _PHOTOS_BY)
               for line in lines[max(0, index - CREDIT_BLOCK_LINES):index])


# The header's count of the article's shares, under its date: "Shares 214", "1.2K shares",
# "مشاركة 214" (a folded key).
_SHARE_COUNT = re.compile(r"(?:shares|مشاركه|مشاركات) \d[\d ]*k?|"
                          r"\d[\d ]*k? (?:shares|مشاركه|مشاركات)")


def _lead_caption(lines: list[Line], index: int, last: int) -> bool:
    """Whether the first line under the byline and the date (or the photographer's credit
    or the reading time under them, or a short credit line under the date: "Posted on: …" /
    "From: Press Office") is the lead photo's caption with no credit of its own:
    one short sentence over a lead at least twice its length (half as long again when it
    dates its photo in full, or when the header credits the pictures: see
    _photos_credited), or with no full stop when it names its day (see _day_caption). In
    English,
    a caption's words: no comma (but the one before the place's region: "… in Lekki,
    Lagos."), quotation, colon, auxiliary or reporting verb, as a lead holds ("Flooded
    rice fields along the creek on Friday."). An Arabic lead opens with its verb, which no
    list tells from a caption's noun; but it runs on past a caption's length: a sentence
    of DATE_CAPTION_WORDS at most, with no comma, quotation, colon or conjunction, is the
    caption ("بيوت محمية في إحدى المزارع شمال البلاد."). A line opening with a call's
    imperative ("تابعوا النشرة كاملة …", "Watch …") is a programme page's text, no caption."""
    line = lines[index]
    if not (0 < index < last and 2 * lines[index + 1].words >= 3 * line.words):
        return False  # (shorter than the lead under it by a third at least, as asked below:
        # a quicker test than the caption's day)
    verbless = _verbless_day_caption(line)
    # (A caption dating its photo in full, "… at the opening on 9 May 2026.", as the wires
    # write it: a lead under the page's date gives no year. Its dates are found last, only
    # for a lead too short for an undated caption: most lines fail the tests before.)
    if not (0 < index < last and (line.words <= MAX_CAPTION_WORDS or verbless)
            and (_ends_sentence(line.text) or _day_caption(line.key))
            and lines[index + 1].prose
            and (2 * lines[index + 1].words >= 4 * line.words or (
                2 * lines[index + 1].words >= 3 * line.words and (
                    verbless or _photos_credited(lines, index) or
                    any(found.value.get("precision") == "day" for found in line.dates))))
            and (lines[index - 1].dates or lines[index - 1].byline_shaped
                 or lines[index - 1].cue == "caption"  # (or the photographer's credit,
                 or _SHARE_COUNT.fullmatch(lines[index - 1].key)  # the shares counted,
                 or (lines[index - 1].cue == "widget"  # or the header's reading time,
                     and _reading_time(lines[index - 1]))
                 or (index > 1 and lines[index - 2].dates and not lines[index - 1].prose
                     # or a short credit line under the date: "From: Press Office")
                     and lines[index - 1].words <= MAX_BYLINE_WORDS))
            and line.key.split()[0] not in _CALL_OPENINGS):  # (a call: "تابعوا …")
        return False
    if textnorm.ARABIC_LETTER.search(line.text):
        return line.words <= DATE_CAPTION_WORDS and line.text[0] not in "وف" and \
            not re.search(r"[،,:«»\"“”]", line.text)
    return verbless or (not re.search(r"[,;\"“”:]", _PLACE_REGION.sub(".", line.text)) and
                        (not _FINITE_VERB.search(line.key) or _echoed_below(lines, index, last)))


def _verbless_day_caption(line: Line) -> bool:
    """Whether the English sentence is a scene's caption naming its day (see _day_caption)
    with no verb a lead holds, no auxiliary nor reporting verb (_FINITE_VERB): "Mourners at
    the home of the late NAME in Othaya, Nyeri County, on Friday." Its town and region may
    stand between commas, the names in it run it to twice a caption's length."""
    return line.words <= 2 * MAX_CAPTION_WORDS and _ends_sentence(line.text) and \
        _day_caption(line.key) and not textnorm.ARABIC_LETTER.search(line.text) and \
        not _FINITE_VERB.search(line.key) and not re.search(r"[;\"“”:]", line.text)


# A caption's day, in the present tense of a picture's caption: "… on Sunday night", or the
# day's event the scene is from: "… during Wednesday's meeting" (a key: "wednesday s").
_ON_WEEKDAY = re.compile(r"\b(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|during "
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day s\b)")
_PAST_WORD = re.compile(r"[a-z]{3,}ed\b")


def _day_caption(key: str) -> bool:
    """Whether a sentence with no full stop reads as a caption all the same: it names the
    day its picture was taken ("on Sunday") with no verb in the past tense ("Dancers
    perform at the theatre on Sunday night"), as captions tell what the picture shows; a
    standfirst tells the news that day in the past ("… opened on Sunday")."""
    return bool(_ON_WEEKDAY.search(key)) and not _PAST_WORD.search(key)


def _echoed_below(lines: list[Line], index: int, last: int) -> bool:
    """Whether the long words of a short sentence over the lead come back in the text's
    first paragraphs under it, three in four of them at least: a caption retells what the
    text tells ("Workers who arrived on … were housed in overcrowded flats …" over "Dozens
    of workers who arrived on …"); a lead's sentence tells it first and the next ones go on."""
    own = {word for word in lines[index].key.split() if len(word) >= CAPTION_ECHO_LETTERS}
    if len(own) < CAPTION_ECHO_WORDS:
        return False
    below = set(" ".join(line.key for line in lines[index + 1:min(last, index + 3) + 1]).split())
    return 4 * len(own & below) >= 3 * len(own)


# A caption's place and its region closing it: "…, Lagos.", ", Co Donegal.", the day or
# the month its picture was taken after them: "…, Kiambu County, in May 2025.", ", Lagos,
# on 3 March 2026.", ", Ohio, on March 3, 2026." (a file picture, older than the text).
_PLACE_REGION = re.compile(r", (?:[A-Z][\w'’-]+ ){0,1}[A-Z][\w'’-]+"
                           r"(?:, (?:in|on) (?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2},)? \d{4})?\.$")


def _first_live_entry(lines: list[Line], start: int, last: int) -> int:
    """Where a live page's text starts: the first entry's first paragraph, when the line
    opening the run is the page's note over its entries ("Follow our live updates …" /
    "11:20 am" / "Power restored …" / "The lines company says …"), each entry under its
    bare time. A page with one time line is no live page; a paragraph longer than a note
    ("نتابع معكم لحظة بلحظة إطلاق القمر … من قاعدة …", a sentence of facts) is the text's
    lead; so is a line under the header's credits when the page's note is printed over them,
    the standfirst under the headline (see _standfirst_over_credits)."""
    if lines[start].words > MAX_LIVE_NOTE_WORDS:
        return start
    stamp = next((j for j in range(start + 1, min(last, start + 2) + 1)
                  if _TIMESTAMP.match(lines[j].text)), None)
    if stamp is None or any(_TIMESTAMP.match(line.text) for line in lines[max(0, start - 2):start]):
        return start  # (a first entry's paragraph stands under its time and heading)
    if stamp == start + 2 and lines[start + 1].prose and _ends_sentence(lines[start].text):
        return start  # two sentences over the first entry: the page's summary, its text's lead
    if _standfirst_over_credits(lines, start):
        return start
    times = 0
    for index in range(stamp, last + 1):
        times += bool(_TIMESTAMP.match(lines[index].text))
        if times == LIVE_BLOG_ENTRIES:
            return next((j for j in range(stamp + 1, last + 1) if lines[j].prose), start)
    return start


LIVE_HEADER_CREDITS = 3  # a live page's header lines over its text: update, byline, desk


def _standfirst_over_credits(lines: list[Line], start: int) -> bool:
    """Whether the header's credits right over the run's first line (its update line, its
    byline, a desk's credit: see _header_credit) stand under two lines of a standfirst's
    length or more, the headline and its standfirst ("مباشر | …" / "تابعوا معنا لحظة بلحظة
    …" / "آخر تحديث: منذ 5 دقائق" / "فريق التحرير"): the page's note is printed, the line
    under the credits is the text's. (Under the headline alone, it is the page's summary.)"""
    above = start - 1
    while above > 1 and start - above <= LIVE_HEADER_CREDITS and _header_credit(lines[above], True):
        above -= 1
    return above < start - 1 and all(
        lines[j].words >= MIN_STANDFIRST_WORDS and lines[j].cue is None and not lines[j].furniture
        and not lines[j].dates for j in (above - 1, above))


def _credited_below(lines: list[Line], index: int) -> bool:
    """Whether a picture's credit follows the line ("© UN Children's Agency/S.K."): a
    caption; or a live page's first entry time: the page's note over its entries (a
    clip's length over its player's buttons is no entry's time: see _over_player). A
    photographer's credit over the writer's ("تصوير: NAME" over "CITY - NAME", "Photos:
    NAME" over "By NAME") opens the story's credits: the line over them is no caption; nor
    is it over a caption of its own closed by its credit (see _captioned_credit). A
    picture's credit alone right over the line, printed before its caption ("صورة: أرشيف" /
    CAPTION, "Photo: NAME" / CAPTION), marks a caption as well. A copyright closing a
    caption's clause of its own under the line (see _captioned_credit) captions no line
    over it: the line over it is a standfirst as often; nor does the text's source under
    its label over the date ("المصدر: وكالة … (د ب أ)", "Source: AFP" / the date)."""
    above = lines[index - 1] if index else None
    if above is not None and above.words <= MAX_BYLINE_WORDS and above.photo_credit and \
            not _captioned_credit(above):
        return True
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is None or below.words > MAX_BYLINE_WORDS:
        return False
    if ("©" in below.text and not _captioned_credit(below)) or (
            _TIMESTAMP.match(below.text) and not _over_player(lines, index)):
        return True
    writer = lines[index + 2] if index + 2 < len(lines) else None
    return below.photo_credit and not _captioned_credit(below) and not (writer is not None and (
        writer.credit_names is not None or writer.byline_shaped) and not writer.dates) and \
        not (writer is not None and writer.dates and _SOURCE_LABEL.match(below.text))


def _over_player(lines: list[Line], index: int) -> bool:
    """Whether the line stands over a video's player: the clip's length alone, then a
    button of the player's ("2:48" / "Play video", "03:12" / "شاهد الفيديو", see
    _CONTROLS), as a video page prints it under the dek."""
    return index + 2 < len(lines) and lines[index + 1].text[-1:].isdigit() and \
        _LENGTH_ALONE.fullmatch(lines[index + 1].text) is not None and \
        lines[index + 2].words <= MAX_CONTROL_WORDS and \
        _CONTROLS.match(lines[index + 2].key) is not None


def _captioned_credit(line: Line) -> bool:
    """Whether a picture's credit closes a caption's clause of its own on its line, after a
    spaced slash and its wire ("CLAUSE / AGENCY", see _slash_agency) or glued to its
    label ("CLAUSEصورة من: NAME/AGENCY", "CLAUSE Photo: NAME"), or in brackets after it
    ("CLAUSE (صورة: أرشيف)", "CLAUSE (Photo: NAME)"), or a copyright after it ("CLAUSE
    (صورة أرشيفية). © OUTLET"): the photo's caption, not the credit of the line over it.
    A credit in brackets alone on its line ("(تصوير: NAME)") is a picture's printed with
    no caption (a caption carries it on its own line): nor is it the credit of the line
    over it. Nor is a caption's clause closed by its wire alone in
    brackets ("… جنوب غربي السعودية (واس)", "… near the port (Reuters)")."""
    if _slash_agency(line):
        return True
    text = line.text
    if text[-1] == ")" and (opening := text.rfind(" (")) > 0 and _wire(text[opening + 2:-1]):
        return len(text[:opening].split()) >= MIN_CREDITED_CAPTION_WORDS
    tail = text[-PHOTO_CREDIT_CHARS:]
    if "©" in tail:  # "CLAUSE (صورة أرشيفية). © OUTLET", "CLAUSE. © NAME/AGENCY"
        return len(text[:text.rindex("©")].split()) >= MIN_CREDITED_CAPTION_WORDS
    if ":" not in tail:  # ("CLAUSE. [NAME, OUTLET]": see _photographer_and_outlet)
        bracket = _BRACKETED_CREDIT.search(tail) if tail[-1:] in ")]" else None
        return bracket is not None and _photographer_and_outlet(
            bracket.group(1), text[:len(text) - len(tail) + bracket.start()],
            bracket.group(0)[0] == "[")
    label = _LABELLED_CREDIT.search(tail)
    bracket = None
    if label is None and ")" in tail[-3:]:
        label = bracket = _BRACKETED_CREDIT.search(tail)
        if bracket is None or not _PICTURE_LABEL.match(bracket.group(1)):
            return False
    if label is None:
        return False
    words = len(line.text[:len(line.text) - len(tail) + label.start()].split())
    return words >= MIN_CREDITED_CAPTION_WORDS or (bracket is not None and not words)


def _box_second_label(line: Line) -> bool:
    """Whether the line is a summary box's second label among its points ("What's next?",
    "ماذا بعد؟": a question or a label's colon closing a line of a few words)."""
    return line.words <= MAX_POINTS_LABEL_WORDS and line.text.endswith(("?", "؟", ":"))


def _next_step_point(lines: list[Line], start: int, last: int) -> int:
    """Where the text starts under a summary box whose last point stands under its own
    label on what comes next ("In short:" / a point / a point / "What's next?" / a point /
    the text): past that point, each point above it one short sentence. ``start`` when no
    such label stands among the box's POINTS_OF_A_BOX first lines."""
    for label in range(start, min(last - 1, start + POINTS_OF_A_BOX) + 1):
        line = lines[label]
        if not line.prose:
            return label + 2 if _box_second_label(line) and not lines[label + 1].furniture and \
                _ends_sentence(lines[label + 1].text) and \
                lines[label + 1].words <= MAX_CLAUSE_POINT_WORDS else start
        if line.words > MAX_CLAUSE_POINT_WORDS:
            return start
    return start


def _summary_over_entries(lines: list[Line], start: int, last: int) -> bool:
    """Whether the summary under its label, two sentences or more, stands right over a
    live page's first entry time, LIVE_BLOG_ENTRIES bare times or more under it ("Summary"
    / two sentences / "08:42" / …): the page's lead, its text's opening, not a standfirst."""
    stamp = next((j for j in range(start + 2, min(last, start + MAX_GAP + 1) + 1)
                  if _TIMESTAMP.match(lines[j].text)), None)
    return stamp is not None and all(lines[j].prose for j in range(start, stamp)) and \
        sum(1 for j in range(stamp, last + 1)
            if _TIMESTAMP.match(lines[j].text)) >= LIVE_BLOG_ENTRIES


def _summary_label(lines: list[Line], index: int, last: int) -> bool:
    """Whether the line labels the summary printed under it ("ملخص" / one sentence, or
    a standfirst's length with no full stop), over the text and under the header. Under
    the label, a second line unstopped as the first makes a list of points, a summary box
    and no standfirst ("Summary" / point / point / the byline). A key points box's label
    (see _POINTS_LABEL) over one sentence alone, the writer's credit right under it ("What
    you need to know:" / one sentence / "By NAME & NAME"), labels a summary too."""
    line = lines[index]
    if line.words > MAX_POINTS_LABEL_WORDS or index + 1 >= last:
        return False
    under = lines[index + 1]
    if line.words <= MAX_LABEL_WORDS and _SUMMARY_LABEL.fullmatch(line.key):
        return under.prose or (_unstopped_summary(under) and not (
            index + 2 < last and _unstopped_summary(lines[index + 2])))
    return under.prose and index + 2 < last and bool(_POINTS_LABEL.fullmatch(line.key)) and \
        _credit_after_points(lines[index + 2])


def _unstopped_summary(line: Line) -> bool:
    """Whether the line may be a summary printed with no full stop: a standfirst's length,
    neither a sentence nor furniture."""
    return line.words >= MIN_STANDFIRST_WORDS and not line.prose and not line.furniture


def _labelled_summary(page: _Page, header: _Header, index: int) -> bool:
    """Whether the line is the summary with its label before a colon on the line ("Summary:
    a quake struck …", "ملخص: يرصد التقرير …", see _SUMMARY_LABEL), a standfirst's length
    after it, with no standfirst read yet: it is taken, label and all, wherever it stands
    under the title, over a live page's first entry time too, where a line unlabelled is
    the page's note (see _credited_below)."""
    line = page.lines[index]
    label = _LABEL.match(line.text) if ":" in line.text[:LINK_LABEL_CHARS] else None
    if label is None or "standfirst" in header.values or \
            not _SUMMARY_LABEL.fullmatch(_key(label[1])) or \
            len(line.text[label.end():].split()) < MIN_STANDFIRST_WORDS:
        return False
    header.take("standfirst", line.text, index, "summary_label")
    page.remove(index, "standfirst")
    return True


def _no_headline(lines: list[Line], index: int, captions: set[int], live_blog: bool) -> bool:
    """Whether the line above the text is no headline however it scores: not shaped as one,
    or a site's name, a line of its bar over the menu (a tagline, a live stream's button:
    see _over_menu_run), a photo's caption, a live blog's entry, a credit (the site's own and
    a wire service's too: see _outlet_and_agency; its desk's after the places filed from:
    see _places_then_own_outlet), a promo, a print
    edition's running header ("… | العدد 4127 | الأحد 9 فبراير 2025م | …"), a record of
    labelled fields ("الشركة: … | الرمز: …"), a match's result card, an event's time under
    its label ("Kick-off: 19:45 at …") or its place ("المكان: …"), a listing's entry ("TEAM ×
    TEAM - 10:00 م - CHANNEL"), a profile's headline over its followers, a release's wire, a
    sponsor's line, a post's reading time ("Read Time: 3 mins"), its count of views alone
    ("1.2 ألف مشاهدة", see _view_count), a campaign's donation
    widget (see _in_donation_widget), a button to follow a writer
    ("+Get alerts for NAME"), a court case's number or its box's field, a writer's card (the
    photo's alt text, the name and the role under it), the lead photo's alt text and caption
    under the headline and its standfirst, a list of earlier columns with their dates, a
    magazine's issue line ("From the Spring 2026 issue", see _PRINT_ISSUE_NOTE), a review's
    rating in stars (see _RATING_STARS), the issuer's
    name under its label alone ("News provided by" / COMPANY, see _ISSUER_LABEL), a live
    blog's key event ("2h ago HEADING", see _ENTRY_AGE_OPENING), a date's long label alone,
    its date on the line under it ("This content was published on" / "12 June 2026 - 14:20")."""
    line = lines[index]
    return bool(
        index in captions or not line.headline_shaped or _masthead(lines, index) or
        textnorm.contains_any(line.text, _RATING_STARS) or (
            index and lines[index - 1].words <= MAX_LABEL_WORDS and
            _summary_label(lines, index - 1, len(lines))) or (
            live_blog and index and _TIMESTAMP.match(lines[index - 1].text)) or
        _credit_line(lines, index) or _credit_under_headline(lines, index) or (
            line.words <= MAX_LABEL_WORDS and _ISSUER_LABEL.fullmatch(line.key)) or (
            index and lines[index - 1].words <= MAX_LABEL_WORDS and
            _ISSUER_LABEL.fullmatch(lines[index - 1].key)) or
        _own_outlet_credit(lines, index) or _outlet_and_agency(lines, index) or
        _places_then_own_outlet(lines, index) or _event_field(line) or
        (":" in line.text and _numbered_field(line)) or
        _city_credit(lines, index) or _venue_credit(line) or _press_office(line) or
        _profile_bio(lines, index) or
        (index <= MASTHEAD_BAR_LINES and _over_menu_run(lines, index)) or
        _name_then_town_by_case(lines, index) or _photo_printed_twice(lines, index) or
        (_signature(lines, index) and _signing_name(line)) or  # (its word count first)
        _AGE_BANNER.match(line.text) or (
            line.text[0].isdigit() and _ENTRY_AGE_OPENING.match(line.text)) or
        _promotion(line) or _running_header(line) or
        _menu_over_label(lines, index) or _reading_time(line) or _view_count(line) or
        _dossier_name(lines, index) or
        (_card_line(lines, index) and not _result_headline(lines, index)) or
        _follow_writer(line) or
        _over_follower_count(lines, index) or _carrier_line(line) or
        _REVIEW_CREDIT.match(line.text) or
        _case_record(lines, index) or _writer_card_line(lines, index) or
        _book_card_line(lines, index) or _price_strip(line) or
        (line.dates and _in_dated_list(lines, index)) or _in_donation_widget(lines, index) or
        (("issue" in line.key or "عدد" in line.key) and
         _PRINT_ISSUE_NOTE.fullmatch(line.key) is not None) or
        ("published" in line.key and _DATE_LABEL_PATTERN.fullmatch(line.key) is not None))


def _result_headline(lines: list[Line], index: int) -> bool:
    """Whether a match's result, its status opening it, is the page's headline ("FINAL:
    Tigers 64, Hornets 59"): a team's own recap prints it under its sport's label in
    capitals and right over the date line, where a card's result stands by the scores."""
    line = lines[index]
    return 0 < index < len(lines) - 1 and lines[index + 1].dated_label and \
        lines[index - 1].words <= MAX_LABEL_WORDS and lines[index - 1].text.isupper() and \
        _MATCH_STATUS.match(line.text) is not None


def _find_title(lines: list[Line], body_start: int) -> tuple[int, str] | None:
    """Index of the most headline-like line above the body, and the rule that chose it."""
    best, best_score = None, float("-inf")
    scores: dict[int, float] = {}
    rules: dict[int, str] = {}
    # (the lines above the body only: no rule here reads the body's)
    texts = ["" if line.structured_data else line.text for line in lines[:body_start]]
    joined = "\n".join(texts)  # (counted in first, at C speed: most lines are printed once)
    points = _points_box(lines, body_start)
    captions = _captions_above(lines, body_start) | points
    points |= {index - 1 for index in points}  # (with the box's label)
    live_blog = sum(map(bool, map(_OPENS_WITH_TIME.match, texts))) >= LIVE_BLOG_ENTRIES
    headline_above = False  # a candidate that is not a sentence stands above this line
    claimed: set[int] = set()  # date lines right under a headline above
    headline_dates: set[int] = set()  # ... a long one's: a line right under them is a caption
    dated: set[int] = set()  # candidates with a date or a byline under them (_dated_below)
    unclaimed: list[int] = []  # ... whose date lines are not gathered yet (_dates_under)
    for index in range(body_start):
        line = lines[index]
        if _no_headline(lines, index, captions, live_blog):
            continue
        if _ends_sentence(line.text) and headline_above and _sentence_under(lines, texts, index):
            continue  # a headline ends with no full stop (or is set in headline case): a
            # claim or a standfirst under it
        # (A claimed line holds dates, and only the two lines over this one are asked
        # whether they are claimed: the date lines are gathered when one of those holds
        # dates, quicker where most candidates stand over their date.)
        if unclaimed and any(lines[j].dates for j in range(max(0, index - 2), index)):
            for head in unclaimed:
                dates = _dates_under(lines, head, body_start, points)
                claimed.update(dates)
                if lines[head].words > MASTHEAD_WORDS:  # (a label's, "الجهة المعلنة",
                    headline_dates.update(dates)  # claims no caption)
            unclaimed.clear()
        if _caption_pair_under_header(lines, index, claimed) or _under_byline(lines, index) \
                or _under_credit_block(lines, index) or _under_dates(lines, index, headline_dates) \
                or _view_under_headline(lines, index, body_start) \
                or (index + 1 == body_start and _caption_under_headline_block(lines, index)) \
                or _name_over_date(lines, index) or _name_over_text(lines, index, body_start) \
                or (_site_name_over_date(lines, index) and _name_over_date(lines, index - 1)) \
                or _name_printed_twice(lines, index):
            continue
        headline_above = headline_above or not _ends_sentence(line.text)
        score, rule = 0.0, "nearest_headline"
        if _dated_below(lines, index, body_start, captions):
            dated.add(index)
            unclaimed.append(index)
            score, rule = score + DATED_BONUS, "above_dateline"  # followed by its date or byline
        elif any(lines[j].dated_label and not lines[j].byline_shaped and j not in claimed
                 for j in range(max(0, index - 2), index)):
            # ... or, on some sites, preceded by it; a byline with its dates ("By - Nov 05,
            # 2024 - …") closes the headline above it and opens nothing below, and so does
            # a date printed within two lines under a headline above is that headline's
            # (what follows it is a caption, a contact line, a credit).
            score, rule = score + 1, "below_date"
        # A name quoted in leaked metadata ("centers": ["…"]) is no second printing of it,
        # nor is a name inside a longer line (an issuer's in the headline of its release),
        # nor a section's label the menu printed first (a headline is longer than a label),
        # nor, under a headline over its date or byline (and over none itself), the lead
        # photo's caption printed twice in a row (its picture's text, then the caption).
        if line.words > MASTHEAD_WORDS and joined.count(line.text) > bool(texts[index]) and \
                any(line.text in other and f'"{line.text}"' not in other
                    and 2 * len(line.text) >= len(other)
                    for j, other in enumerate(texts)
                    if j != index and (index in dated or not dated or abs(j - index) > 1)):
            score, rule = score + 3, "printed_twice"  # a duplicate title or a page title
        score += 1 if line.words >= 5 else 0  # one- to four-word lines are mostly labels
        if index + 1 == body_start:
            score += 1
        cue_above = next((j for j in range(index - 1, max(-1, index - 6), -1) if lines[j].cue),
                         None)
        if cue_above is not None and lines[cue_above].cue == "related" and \
                not _in_menu_run(lines, cue_above):
            score -= 2  # an item of a related-articles list
        score -= 0.1 * (body_start - index - 1)
        scores[index], rules[index] = score, rule
        if score > best_score:
            best, best_score = index, score
    return _settled_title(lines, best, scores, rules[best], body_start, dated) \
        if best is not None else None


def _sentence_under(lines: list[Line], texts: list[str], index: int) -> bool:
    """Whether the line ending a sentence under a headline-shaped line is no headline (a
    claim or a standfirst): not one set in headline case, nor one between the section's
    label the menu printed first and its byline ("Farm & Ranch" / "Elevators are closing.
    Farmers …" / "By NAME & NAME"), a headline of two sentences. (``texts``: the lines'
    over the text, as _find_title reads them.)"""
    return not _title_cased(lines[index].text) and not (
        lines[index + 1].byline_shaped and lines[index - 1].words <= MAX_LABEL_WORDS and
        texts.index(texts[index - 1]) < index - 1)


def _under_dates(lines: list[Line], index: int, headline_dates: set[int]) -> bool:
    """Whether the line stands right under the date lines a long headline claims, or under a
    tool line under them (a post's meta line, then "Comments" or a share bar): the lead
    photo's caption, no headline."""
    return index - 1 in headline_dates or (
        index - 2 in headline_dates and lines[index - 1].furniture)


def _settled_title(lines: list[Line], best: int, scores: dict[int, float], rule: str,
                   body_start: int, dated: set[int]) -> tuple[int, str]:
    """The title and its rule from the best-scoring line: the headline under a series'
    label, over its standfirst or over its summary points when the best is one of those
    lines (a reviewed work's title under its artist's name too, see _work_under_artist),
    else the best itself. (``dated``: the candidates _dated_below found dated.)"""
    if (under := _headline_under_series(lines, best, scores)) is not None:
        return under, rule if under == best else "under_series_label"
    if best > 1 and best - 1 not in scores and _work_under_artist(lines, best - 1, best):
        return best - 1, "above_standfirst"  # "NAME" / "Lowland Hymns" / its standfirst
    if best and best - 1 not in scores and lines[best - 1].words < 3 and \
            not lines[best - 1].furniture and \
            _marked_short_over_arabic_dek(lines[best - 1], lines[best]):
        return best - 1, "above_standfirst"  # "«الغريب»" / its standfirst: too short a
        # headline to be a candidate (see Line.headline_shaped)
    if (above := _title_over_standfirst(lines, best, scores, body_start, dated)) is not None:
        return above, "above_standfirst"
    if (work := _work_over_score(lines, best, body_start)) is not None:
        return work, "work_over_score"
    if (top := _headline_over_points(lines, best, body_start)) != best and \
            not _card_line(lines, top):  # (a match's result over the headline: no headline)
        return top, "over_summary_points"
    return best, rule


# The site's label over a newsletter's name on its web edition ("Newsletters" / "Gulf
# Morning Brief" / the edition's date / the headline), folded keys.
_NEWSLETTERS_LABELS = frozenset(_key(label) for label in (
    "newsletters", "newsletter", "النشرات البريدية", "النشرات الإخبارية", "النشرات",
    "النشرة البريدية", "النشرة الإخبارية"))


def _headline_under_series(lines: list[Line], best: int, scores: dict[int, float]) -> int | None:
    """The headline right under a series' label (see _series_label) when the chosen line is
    the label, the headline (kept, with no standfirst read over it) or the standfirst under
    it, or None. The label may be longer than
    a short headline ("سلسلة: NAME (2 من 3)" over "الأسواق تعود قبل الدولة"), and the
    standfirst under the headline stands nearer the date: neither is the title. So is a
    newsletter's standing name under the site's "Newsletters" label (see
    _NEWSLETTERS_LABELS), over its edition's date: the headline is under the date."""
    label = next((j for j in range(best, max(-1, best - 3), -1) if _series_label(lines[j])),
                 None)
    if label is None and 0 < best and lines[best - 1].key in _NEWSLETTERS_LABELS and \
            best + 2 in scores and lines[best + 1].dates:
        return best + 2  # "Newsletters" / its name / its edition's date / the headline
    return label + 1 if label is not None and label + 1 in scores else None


def _photo_printed_twice(lines: list[Line], index: int) -> bool:
    """Whether the line is printed twice in a row (the lead photo's alt text, then its
    caption) under two headline-shaped lines, a headline and its standfirst, or under one
    headline longer than it: the photo's words, never a headline (a headline printed twice
    stands over its standfirst, and a kicker over it is shorter than it)."""
    line = lines[index]
    top = index - 1 if index and lines[index - 1].text == line.text else index
    if top == index and (index + 1 >= len(lines) or lines[index + 1].text != line.text):
        return False
    return top >= 1 and lines[top - 1].headline_shaped and lines[top - 1].words >= KICKER_WORDS \
        and (lines[top - 1].words > line.words or (
            top >= 2 and lines[top - 2].headline_shaped and lines[top - 2].words >= KICKER_WORDS))


# A reviewed book's count of pages, a part of its own between marks on its card's line of
# publisher and price ("Harebell Press, 96pp, £12.99", "Riverhead. 384 pp. $28", "دار
# الساقي، 240 صفحة"), on a casefolded line (a headline's "… runs to 400 pages …" is no part).
_BOOK_PAGES = re.compile(r"(?:^|[,،.;|]\s*)\d{2,4}\s?(?:pp|pages|صفحة|صفحه|صفحات)\.?"
                         r"(?=\s*(?:$|[,،;|£$€]))")
_BOOK_PAGES_HINTS = ("pp", "pages", "صفح")  # (a quick test before the pattern)
LONGEST_PAGE_COUNT = len("1200 صفحات.")  # a book's count of pages alone, "312 pages"


# A reviewed book's translator's credit on its card, between its writer's and its imprint
# ("Translated by NAME", "Translated from the Urdu by NAME", "ترجمة: NAME"), as a key.
_TRANSLATOR_CREDIT = re.compile(r"(?:translated|translation)(?: from (?:the )?\w+)?(?: by)? \w|"
                                r"(?:ترجمه|ترجمها|نقله|نقلها) (?:\w+ )?")


def _imprint_below(lines: list[Line], index: int) -> int | None:
    """The index of the book's imprint (see Line.book_imprint) under ``index``, right under it
    or under the other credits of a book's card (its translator's, its editor's: see
    _TRANSLATOR_CREDIT, _credit_of_another), BOOK_CARD_CREDITS - 1 lines at most; None when
    there is none. (The imprint is looked for first: most lines stand over none.)"""
    last = min(len(lines), index + 1 + BOOK_CARD_CREDITS)
    imprint = next((below for below in range(index + 1, last) if lines[below].book_imprint),
                   None)
    return imprint if imprint is not None and all(
        lines[credit].words <= MAX_BYLINE_WORDS and (
            _TRANSLATOR_CREDIT.match(lines[credit].key) or _credit_of_another(lines[credit]))
        for credit in range(index + 1, imprint)) else None


def _book_card_line(lines: list[Line], index: int) -> bool:
    """Whether the line belongs to a reviewed book's card, never the review's headline: the
    imprint (see Line.book_imprint), the line over it ("Salt Year by NAME", or the credits
    between: see _imprint_below), or the book's title over its writer's credit over them
    ("The Salt Road" / "By NAME" / "Translated by NAME" / "Riverhead. 384 pp.")."""
    # (a quick test first, in C: no imprint from the line down to the last one _imprint_below
    # reads for the line under it, as on most pages; the same lines are read)
    if not any(map(attrgetter("book_imprint"), lines[index:index + 2 + BOOK_CARD_CREDITS])):
        return False
    return _imprint_below(lines, index) is not None or lines[index].book_imprint or (
        index + 1 < len(lines) and _imprint_below(lines, index + 1) is not None and (
            lines[index + 1].byline_shaped or _bare_name(lines[index + 1])))


# A product's price strip over its launch story's headline: the price's label, a colon and
# the price alone ("Veltra 5G Price in India: Rs 16,999 onwards", "سعر الهاتف في مصر: 15,999
# جنيه"), on a casefolded line; a headline says more after its colon.
_PRICE_STRIP = re.compile(r"[^:]{0,60}\b(?:price|prices|سعر|السعر|أسعار|اسعار)\b[^:]{0,30}:\s*"
                          r"(?:(?:starts? at|starting at|from|من)\s+)?"
                          r"(?:rs\.?|inr|₹|\$|£|€|usd|aed|sar|egp|kwd|qar)?\s*[\d,.٬]+\s*"
                          r"(?:ريال|ريالا|جنيه|جنيها|درهم|درهما|دينار|دينارا|دولار|دولارا|rupees)?"
                          r"\s*(?:onwards|upwards|and above|فما فوق)?")


# A fundraising box's button: "تبرع الآن", "Donate now".
def _price_strip(line: Line) -> bool:
    """Whether the line is a product's price strip (see _PRICE_STRIP), never a headline."""
    return ":" in line.text and line.words <= MAX_BYLINE_WORDS and _DIGIT.search(line.text) \
        is not None and _PRICE_STRIP.fullmatch(line.text.casefold()) is not None


def _case_record(lines: list[Line], index: int) -> bool:
    """Whether the line is a court case's record, never its headline nor its standfirst: the
    case's number (see _CASE_NUMBER) on a line of a label's length with no full stop, or a
    labelled field of its box (see _CASE_FIELD: "Court: NAME") within two lines of that
    number (alone, "Court: …" may open a headline)."""
    line = lines[index]
    if line.words > 2 * KICKER_WORDS + 2 or _ends_sentence(line.text):
        return False
    if _CASE_NUMBER.match(line.key):
        return True
    return ":" in line.text[:LABEL_HEAD_CHARS] and bool(_CASE_FIELD.match(line.key)) and any(
        _CASE_NUMBER.match(lines[j].key) and lines[j].words <= 2 * KICKER_WORDS + 2
        for j in range(max(0, index - 2), min(len(lines), index + 3)) if j != index)


def _writer_card_line(lines: list[Line], index: int) -> bool:
    """Whether the line belongs to a writer's card, its name under the photo's alt text
    (see _under_writer_photo): the alt text itself, or the writer's role under the name
    ("مهندس تخطيط حضري وكاتب", "Urban planner and writer") or the bio's sentence or two
    with a role in it. No headline. (A name printed
    twice is no alt text here: the second may stand over the headline itself.) With no
    photo, the name and the role under it, under the headline or the standfirst (see
    _role_under_name). The card's link to the writer's other columns (see _archive_link)
    closes it, and the line right over that link is the writer's bio ("The writer is …",
    "Professor of …, writes on …") when the card shows above it (see _card_over_bio)."""
    if _role_under_name(lines, index) or _role_under_name(lines, index + 1):
        return True
    line = lines[index]
    if _in_archive_card(lines, index):
        return True
    if index + 1 < len(lines) and line.key != lines[index + 1].key and \
            _under_writer_photo(lines, index + 1):
        return True
    # (a role alone, or the bio's sentence or two with a role in it: "Former … reporter.
    # Now writing on my own."; a headline ends with no full stop; or a role's line with no
    # verb of news, see _card_role)
    return index >= 2 and (line.words <= MAX_NAME_WORDS or (
        line.words <= MAX_BIO_WORDS and _ends_sentence(line.text)) or _card_role(line)) and bool(
        _BIO_ROLE_AR.match(line.key) or _BIO_ROLE.search(line.key)) and \
        lines[index - 2].key != lines[index - 1].key and _under_writer_photo(lines, index - 1)


# The opening of a writer card's link to the writer's other columns, a name, the writer's
# word or nothing after it: "كل مقالات الكاتبة", "جميع مقالات NAME", "All stories by NAME",
# "More by this author", "Read all articles" (the words of line keys: folded, lower case).
_ARCHIVE_LINK = re.compile(
    r"(?:(?:see|read|view|browse) )?(?:all|more) (?:articles|stories|columns|posts|pieces|"
    r"opinions) (?:by|from) |(?:(?:see|read|view|browse) )?all (?:articles|columns)$|"
    r"more (?:by|from) |(?:كل|جميع|المزيد من|مزيد من) (?:مقالات|المقالات|اعمده|كتابات)(?: |$)")
_ARCHIVE_LINK_OPENINGS = ("all ", "more ", "see ", "read ", "view ", "browse ", "كل ", "جميع ",
                          "المزيد ", "مزيد ")
# A word of a logo's alt text standing for the writer's photo on an unsigned card ("The
# Courier logo", "شعار صحيفة …").
_LOGO_WORD = _phrases(["logo", "شعار"])
_LOGO_WORD_IN_KEY = _in_key(_LOGO_WORD)  # (its search in a key: see _in_key)


def _archive_link(line: Line) -> bool:
    """Whether the line is a writer card's link to the writer's other columns (see
    _ARCHIVE_LINK): its opening, then at most a name's words with no digit."""
    if line.words > MAX_NAME_WORDS + 4 or not line.key.startswith(_ARCHIVE_LINK_OPENINGS):
        return False  # (a quick test: most lines are longer or open otherwise)
    found = _ARCHIVE_LINK.match(line.key)
    return found is not None and len(line.key[found.end():].split()) <= MAX_NAME_WORDS and \
        not _DIGIT.search(line.text)


def _in_archive_card(lines: list[Line], index: int) -> bool:
    """Whether the line is a writer card's link to the writer's other columns (see
    _archive_link) or stands in the card closed by that link, up to CARD_LINES lines over
    it: from the card's top (see _card_top) down, the photo's alt text, the name, the bio
    ("The writer is …", "Professor of …, writes on …"), the writer's address."""
    for link in range(index, min(len(lines), index + CARD_LINES + 1)):
        # (its opening tested first: quicker than a call for each line)
        if lines[link].key.startswith(_ARCHIVE_LINK_OPENINGS) and _archive_link(lines[link]):
            return link == index or _card_top(lines, link) <= index
    return False


def _card_top(lines: list[Line], link: int) -> int:
    """The first line of the writer card closed by the link at ``link``, the nearest within
    CARD_LINES lines over it showing the card: the photo's or the logo's alt text ("Photo
    of NAME", "صورة NAME", "The Courier logo"), the name printed twice (the alt text, a
    word or two before it or none, then the name: "الكاتب NAME" / NAME), or the name the
    link itself prints ("NAME" … "All stories by NAME"); the
    topmost of these (a logo over the name the link prints), the link itself when none
    shows."""
    named, top = lines[link].key, link
    for j in range(link - 1, max(0, link - CARD_LINES - 1), -1):
        line = lines[j]
        spaced = " " + line.key
        if line.words <= MAX_NAME_WORDS + 2 and (
                _PHOTO_WORD_IN_KEY.search(spaced) or _LOGO_WORD_IN_KEY.search(spaced)):
            top = j
        elif j and line.words >= 2 and lines[j - 1].key.endswith(line.key) and \
                lines[j - 1].words <= line.words + MAX_LABEL_WORDS:
            top = j - 1
        elif line.words >= 2 and named.endswith(" " + line.key):
            top = j
    return top


def _role_under_name(lines: list[Line], index: int) -> bool:
    """Whether the line is the writer's role under the name, the headline or the standfirst
    over the name: a role opening the line in Arabic ("باحث في اقتصاديات …", see
    _BIO_ROLE_AR) or closing it in English ("Former league midfielder and club analyst", see
    _BIO_ROLE), under a name alone, its title aside ("د. NAME", "Dr NAME"; a Latin one
    capitalised). A kicker over a headline may have a name's shape: the headline under it
    says its news with a verb ("Court Report" / "Former bank analyst is jailed"), and an
    Arabic kicker opens with the article ("الدوري السعودي"), a name does not. The writer's
    e-mail address alone may stand between a byline or a name and the role ("بقلم: NAME" /
    "name@outlet.com" / "كاتب وأكاديمي …"). Over the headline, a section's label over it, the
    name opens with a person's title ("مقالات" / "الدكتور NAME" / "أستاذ الأدب …", "Opinion"
    / "Dr NAME" / "Professor of …"): a kicker has none."""
    if 3 <= index < len(lines) and "@" in lines[index - 1].text and \
            lines[index - 1].words == 1 and _card_role(lines[index]) and \
            (lines[index - 2].byline_shaped or _bare_name(lines[index - 2])):
        return True
    if not 2 <= index < len(lines) or (lines[index - 2].words <= MASTHEAD_WORDS and not (
            lines[index - 1].text[:1] in _TITLE_OPENINGS and
            _TITLES.match(lines[index - 1].text))) or not _card_role(lines[index]):
        return False
    name = lines[index - 1]
    bare = _without_title(name.text)
    return not name.dates and _name_shaped(bare) and not bare.startswith("ال") and \
        (not name.text.isascii() or _capitalised(name.text))


# The post a correspondent's role names after it, a place of one to three words ("… Correspondent
# in Nairobi", "Bureau chief based in Hong Kong", "… editor at large"), on a line's key.
_ROLE_POST = re.compile(r" (?:based )?(?:in|at) [a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}$")


def _card_role(line: Line) -> bool:
    """Whether the line is a writer's role as a card prints it by the name: a role opening
    it in Arabic ("كاتبة مهتمة بالتعليم", see _BIO_ROLE_AR) or closing it in English
    ("Former league midfielder and club analyst", see _BIO_ROLE), the post after it or not
    ("Africa Correspondent in Nairobi", see _ROLE_POST), no verb of news."""
    if line.words > MAX_ROLE_LINE_WORDS:
        return False
    role = line.key
    if " in " in role or " at " in role:  # (a quick test before the post's pattern)
        role = _ROLE_POST.sub("", role)
    return bool(_BIO_ROLE_AR.match(role) or _BIO_ROLE.fullmatch(role.rpartition(" ")[2])) and \
        not _FINITE_VERB.search(role)


def _card_line(lines: list[Line], index: int) -> bool:
    """Whether the line belongs to a card or a listing, never a headline: a record of
    labelled fields (see _field_record), a match's result card, an event's time under its
    label, a field among fields (see _in_field_run), a listing's entry, a match's award
    under its card (see _award_under_card), a player's length and count of views (see
    _player_meta), or a meta row's items each closed by a bar or a dot, the last one too
    ("NAME · OUTLET ·", "NAME |"): a headline ends on a word or its own mark."""
    line = lines[index]
    return line.text[-1] in "|·•" or _field_record(line.text) or _result_card(lines, index) or \
        _timed_field(line) or _in_field_run(lines, index) or _player_meta(line) or \
        (":" in line.text and (_LISTING_ENTRY.search(line.text) is not None or
                               _award_under_card(lines, index)))


def _reading_time(line: Line) -> bool:
    """Whether the line is a post's reading time alone: its minutes and their label ("Read
    Time: 3 mins", "5 min read"), the text's count of words after a mark or not ("4 دقائق
    للقراءة | 716 كلمة"); a headline has other words ("5 minutes that changed …")."""
    if line.words > MASTHEAD_WORDS + 2 or not _DIGIT.search(line.text):
        return False  # (a quick test: most lines are longer or hold no digit)
    lowered = line.text.lower()  # (a letter of the minutes or of the words first: one of each)
    if "د" not in lowered and "m" not in lowered and "كلم" not in lowered and "word" not in lowered:
        return False
    rest = _READING_TIME.sub("", _WORD_COUNT.sub("", line.text), count=1)
    return rest != line.text and \
        _READING_LABEL.fullmatch(rest.strip(" -–—|:،,•·").casefold()) is not None


def _name_then_town_by_case(lines: list[Line], index: int) -> bool:
    """Whether the line reads "NAME | Town" in Latin letters, every word capitalised, under a
    headline-shaped line in sentence case within two lines ("Lady Reading Hospital opens
    …" over "Sana Gul Khattak | Peshawar"): a page prints its headlines in one case, so the
    line is a credit, not a second headline, even when no known given name says whose."""
    text = lines[index].text
    if " | " not in text or not text.isascii():
        return False  # (a quick test: most lines hold no spaced bar)
    head, _, town = text.partition(" | ")
    return _name_shaped(head) and _capitalised(head) and 1 <= len(town.split()) <= 2 and \
        _capitalised(town) and all(_NAME_WORD.fullmatch(word) for word in town.split()) and \
        any(lines[j].headline_shaped and any(word.islower() for word in lines[j].text.split()[1:])
            for j in range(max(0, index - 2), index))


def _view_under_headline(lines: list[Line], index: int, body_start: int) -> bool:
    """Whether the line opens as a view of the scene (see _PHOTO_OF: "مشهد من العرض …",
    "جانب من الاجتماع …") under a headline-shaped line or right over the text, with no
    colon (a headline's "مشهد من غزة: …" has one): the lead photo's caption, not a second
    headline (under the byline and the desk's credit too)."""
    return index > 0 and (lines[index - 1].headline_shaped or index == body_start - 1) and \
        ":" not in lines[index].text and bool(_PHOTO_OF.match(lines[index].key))


def _under_byline(lines: list[Line], index: int) -> bool:
    """Whether the line stands under a headline's bare byline ("NAME" under "الجزائر ترفع
    …") or its desk's credit alone ("التحرير", "Staff"): the headline is above its byline,
    and a line under it is the photo's caption or a standfirst, however near the text. So
    is a line under the name over the writer's role alone ("NAME" / "Reporter", see
    _role_below), the name not the line's over it (a writer's card, "Headshot of NAME" /
    NAME / role, stands over the headline), nor over it a section's label with its kind's
    after a bar ("OPINION | Cricket" / NAME / role / the headline: a column's card, see
    _bar_label), or under the photographer's labelled credit
    under the name ("NAME" / "تصوير: NAME", "Photo: NAME", see _credit_of_another)."""
    if index >= 3 and lines[index - 3].headline_shaped and _bare_name(lines[index - 2]) and \
            (_role_below(lines, index - 2) or _credit_of_another(lines[index - 1])) and \
            lines[index - 2].key not in lines[index - 3].key and not _bar_label(lines, index - 3):
        return True
    if index < 2 or not lines[index - 2].headline_shaped or _card_role(lines[index - 2]):
        return False  # (a writer's card prints the role over the name: a headline under them)
    credit = lines[index - 1]
    # (a card's name over the writer's role, "Dr NAME" / "Columnist", is no headline over
    # its credit: the headline stands under them)
    return (_bare_name(credit) or (credit.words <= MAX_LABEL_WORDS and not credit.dates and
                                   bool(_NO_PERSON_PATTERN.fullmatch(credit.key)))) and \
        not (_bare_name(lines[index - 2]) or _titled_name(lines[index - 2]))


def _under_credit_block(lines: list[Line], index: int) -> bool:
    """Whether the line stands under a labelled byline over the date alone ("كتب: NAME" /
    "الاثنين 15 يونيو 2026", "By NAME" / "June 15, 2026") with a headline-shaped line of
    five words or more, no sentence, within four lines over the byline (a review's card of
    rating and price may stand between): the headline closed by its credits, and the
    line under them the lead photo's caption or a standfirst, however near the text."""
    if index < 3 or not lines[index - 1].dates or not lines[index - 2].byline_shaped or \
            not _only_labels_beside_dates(lines[index - 1]):
        return False
    return any(lines[j].headline_shaped and lines[j].words >= 5 and not lines[j].dates and
               not _ends_sentence(lines[j].text) and not lines[j].byline_shaped
               for j in range(max(0, index - 6), index - 2))


def _word_name_over_date(lines: list[Line], index: int) -> bool:
    """Whether the line is a name opening with a given name that is a common word (see
    given_names.word_name) between a headline-shaped line and the date under it, as
    _name_over_date reads a known one ("زينة عبود" over "الثلاثاء 3 شباط 2026"); its
    family name carries no article unless it is one of origin ("هلال البوسعيدي", not "أمل
    الشباب": a phrase). Or two names joined there, one opening with a known given name
    (see _names_joined_alone): the other's is a name beside it."""
    words = lines[index].text.split()
    if len(words) > 3:  # two names joined, one given name not known: "NAME and NAME"
        return _names_joined_alone(lines[index]) and _name_over_date(lines, index) and \
            not _listed_names(lines[index].text)  # (each known: the line's own reading)
    return 0 < index < len(lines) - 1 and 2 <= len(words) and \
        bool(lines[index + 1].dates) and \
        (given_names.word_name(words[0]) or _name_over_stamp(lines, index, words)) and \
        lines[index - 1].headline_shaped and not lines[index - 1].dates and \
        _name_shaped(lines[index].text) and not lines[index].furniture and \
        (not words[-1].startswith("ال") or given_names.family_of_origin(words[-1]))


def _name_over_stamp(lines: list[Line], index: int, words: list[str]) -> bool:
    """Whether a name in Latin letters whose given name is not known ("Tavita Fonoti", a
    Pacific or West African name) stands over a post's time stamp, its date and its clock
    ("3 February 2026, 2:20PM"): each word capitalised, none a function word, a label's, a
    place noun's ("Ashanti Region") or a desk's ("Business Report")."""
    stamp = lines[index + 1]
    return words[0][0].isupper() and words[0].isascii() and _capitalised(lines[index].text) \
        and not given_names.is_given_name(words[0]) and stamp.words <= MAX_LABEL_WORDS * 3 \
        and not any(map(str.isalpha, stamp.text[:stamp.dates[0].start])) and \
        bool(_CLOCK.search(textnorm.to_ascii_digits(stamp.text))) and \
        _NOT_IN_NAMES_WORDS.isdisjoint(lines[index].key.split()) and \
        _PLACE_NOUNS.isdisjoint(lines[index].key.split()) and not any(
            pattern.search(lines[index].key) for pattern in
            (_NOT_NAME_WORDS, _NO_PERSON_PATTERN, _TEXT_CREDIT))  # ("Business Report": a desk)


def _name_over_date(lines: list[Line], index: int) -> bool:
    """Whether the line is a bare name (see _bare_name) or a name after a person's title
    ("د. NAME", see _titled_name) between a headline-shaped line and the date ("الخبز قبل
    السياسة" / NAME / "الثلاثاء، 17 نوفمبر، 2026"), or two writers'
    names or more listed there, after the place filed from or alone (see
    _place_then_writers, _names_joined_alone: "NAME بن NAME وNAME", longer than one name
    may be), or a name with the writer's role after it and no mark between under a
    headline-shaped line, over the date or the standfirst ("NAME Deputy political editor",
    see _name_then_glued_role): the byline under the headline, not a headline over its
    date. The site's name may stand between the name and the date, as a line above the
    headline printed it ("NAME and NAME" / "The Ledger" / "Published …": see
    _site_name_over_date)."""
    return 0 < index < len(lines) - 1 and lines[index - 1].headline_shaped and \
        not lines[index - 1].dates and (
            ((bool(lines[index + 1].dates) or _site_name_over_date(lines, index + 1)) and (
                _bare_name(lines[index]) or _titled_name(lines[index]) or
                _place_then_writers(lines[index]) or _names_joined_alone(lines[index]) or
                _name_then_news_desk(lines[index].text))) or
            _name_then_glued_role(lines[index]))


def _name_then_news_desk(text: str) -> bool:
    """Whether the line reads a known name, a spaced middle dot or bullet, then a news desk's
    name of two or three words closing on "News" ("Jane Doe · ABC News", "NAME • Metro
    Radio News"): the byline with its desk, under the headline and over the date."""
    if "·" not in text and "•" not in text:
        return False  # (a quick test: most lines hold neither mark)
    name, mark, desk = _PLACE_MARK.partition(text)
    words = desk.split()
    return mark.strip() in ("·", "•") and 2 <= len(words) <= 3 and \
        words[-1].casefold() == "news" and _name_alone(name)


def _site_name_over_date(lines: list[Line], index: int) -> bool:
    """Whether the line is the site's name over the date, a short line with no date that a
    line above the headline printed first (the masthead under a menu's top bar): the credit
    under a byline, a city daily's ("NAME" / "The Ledger" / "Published 6:42 a.m. …")."""
    line = lines[index]
    return index + 1 < len(lines) and bool(lines[index + 1].dates) and \
        line.words <= MASTHEAD_WORDS and not line.dates and \
        any(above.text == line.text for above in lines[:index - 2])


def _name_printed_twice(lines: list[Line], index: int) -> bool:
    """Whether the line is a bare name (see _bare_name) printed twice in a row (a writer
    card's photo alt text, then the name) under a longer headline-shaped line within
    CREDIT_BLOCK_LINES over the pair ("HEADLINE" / "المصدر: …" / NAME / NAME): the byline,
    not a headline (a headline printed twice is longer than the lines over it)."""
    line = lines[index]
    top = index - 1 if index and lines[index - 1].text == line.text else index
    if top == index and (index + 1 >= len(lines) or lines[index + 1].text != line.text):
        return False  # (a quick test: most lines are printed once)
    return _bare_name(line) and any(
        above.headline_shaped and above.words > line.words and not _bare_name(above)
        for above in lines[max(0, top - CREDIT_BLOCK_LINES):top])


def _names_joined_alone(line: Line) -> bool:
    """Whether the line is two writers' names or more, alone, joined or listed ("NAME and
    NAME", "NAME، NAME"; see _writers_joined)."""
    if line.words > 2 * MAX_SIGNATURE_WORDS + 1 or line.furniture or line.dates or \
            not _LISTED_NAMES.search(line.text):
        return False  # (a quick test first: most lines are longer, or join nothing)
    # (each name's shift on a live page aside: "NAME (now) and NAME (earlier)")
    return _writers_joined(_LIVE_SHIFT.sub("", line.text) if line.text[-1] == ")" else line.text)


# A writer's rank opening a role in capitals ("Senior Business Reporter"): a closed list.
_ROLE_RANKS = frozenset(["senior", "chief", "deputy", "assistant", "associate", "staff",
                         "special", "lead", "principal", "executive", "managing",
                         "contributing", "acting", "junior"])


def _name_then_glued_role(line: Line) -> bool:
    """Whether the line is a name (see _name_alone) and the writer's role glued after it
    with no mark ("Eleanor Hart Environment correspondent", see _name_before_role), or
    opening with a rank after a name of two ("Jane Doe Senior Business Reporter", see
    _ROLE_RANKS): a credit, not a headline, even where it is unclear where the name ends
    (no author is read from it then)."""
    if line.furniture or line.dates or line.words > MAX_BYLINE_WORDS or \
            not line.text.isascii():
        return False  # (a quick test: most headline-shaped lines are longer)
    words = line.text.split()
    name = _name_before_role(line.text) or (
        " ".join(words[:2]) if len(words) > 3 and words[2].casefold() in _ROLE_RANKS and
        all(word[:1].isupper() for word in words) and
        _NO_PERSON_PATTERN.fullmatch(_key(words[-1])) else None)
    return name is not None and _name_alone(name)


def _name_over_text(lines: list[Line], index: int, body_start: int) -> bool:
    """Whether the line is a bare name (see _bare_name) right over the text, under a longer
    headline-shaped line (a headline or its standfirst over "NAME" over the first
    paragraph, or over the desk's note under its label over it): the byline, not a
    headline. A column's short headline ("ما بعد الوظيفة الأولى" over a name of three words)
    is longer than the name and no name itself."""
    gap = body_start - 1 - index
    over_text = gap == 0 or (gap == 1 and lines[index + 1].text.startswith(_NOTE_LABELS))
    above = lines[index - 1] if 0 < index and over_text else None
    return above is not None and above.headline_shaped and _bare_name(lines[index]) and (
        above.words > MAX_SIGNATURE_WORDS or (above.words > lines[index].words and
                                              not _name_alone(above.text)))


def _headline_over_points(lines: list[Line], index: int, body_start: int) -> int:
    """The headline over the summary points a tabloid prints under it, when the chosen
    line is the last of them ("Council bans barbecues …" over "Disposable grills will be
    banned …", "Fines of up to £100 …"): else ``index`` itself."""
    top = index
    while top > 0 and _point_shaped(lines, top - 1, body_start):
        top -= 1
    if top < index and index in _summary_points(lines, top, body_start):
        return top  # (the points stand under their headline: none under ``index`` itself)
    if index < 2 or index + 1 >= body_start or not _opens_credits(lines[index + 1]) or (
            index < POINTS_OF_A_BOX and
            not _repeat_headline_words(lines, range(index - 1, index + 1))):
        return index  # (a quick test: a box of points ends over the byline or the date)
    # A box of three points or more, not each about the first paragraphs, or two that each
    # tell a word of the headline again (see _points_about_text): its headline is the
    # highest line of the run that has them (a story's link may stand over it).
    top = index
    while top > 0 and _point_shaped(lines, top - 1, body_start, about_text=False):
        top -= 1
    return next((head for head in range(top, index - 1)
                 if (head < index - 2 or _repeat_headline_words(lines, range(head + 1, index + 1)))
                 and index in _summary_points(lines, head, body_start)), index)


def _point_shaped(lines: list[Line], index: int, body_start: int, about_text: bool = True) -> bool:
    """Whether the line reads as a headline or a summary point of the text below it: a
    headline-shaped line of five words or more, no sentence, sharing (when ``about_text``)
    two words of four letters or more with the text's first paragraphs (a list of other
    stories does not). A
    credit is no point: a reporter's name and the ground reported from ("NAME at Villa
    Park"), a city credit (see Line.credit_names), a name then the site's own name ("NAME -
    OUTLET - CITY", see _own_outlet_credit) or places then its quoted name ("CITY - CITY:
    «OUTLET»", see _places_then_own_outlet), a name then its role ("NAME (مبعوثنا …)", see
    _name_then_role), a source's label and what it names ("المصدر: المكتب الإعلامي لـ…",
    "Source: NAME's press office", a release's issuer)."""
    line = lines[index]
    if not line.headline_shaped or line.furniture or line.words < 5 or \
            _ends_sentence(line.text) or line.dates or line.byline_shaped or \
            _SOURCE_LABEL.match(line.text):
        return False
    if not about_text:
        return not _venue_credit(line) and line.credit_names is None and \
            not _own_outlet_credit(lines, index) and not _name_then_role(line) and \
            not _places_then_own_outlet(lines, index)
    own = {f" {word} " for word in line.key.split() if len(word) >= 4}  # (spaced: see below)
    if len(own) < 2:
        return False  # (before the words of the text are gathered, once for each line asked)
    # (Each long word looked for in the text's keys, words between single spaces: substring
    # tests in C, where a split of the paragraphs makes an object of each of their words.)
    text = f' {" ".join(map(_LINE_KEY, lines[body_start:body_start + 4]))} '
    return sum(map(text.__contains__, own)) >= 2 and \
        not _venue_credit(line) and line.credit_names is None and \
        not _own_outlet_credit(lines, index) and not _name_then_role(line) and \
        not _places_then_own_outlet(lines, index)


def _opens_credits(line: Line) -> bool:
    """Whether the line opens the header's credits under a headline's points: the byline,
    the date, the writers' label alone over the name ("Author" / "NAME"), or a name then
    its role ("NAME, Senior Reporter": see _name_then_role)."""
    return bool(line.dates) or line.byline_shaped or bool(_AUTHORS_LABEL.fullmatch(line.key)) \
        or _name_then_role(line)


def _summary_points(lines: list[Line], title: int, body_start: int) -> range:
    """The summary points under a headline: two or more lines in a row right under it,
    shaped as points (see _point_shaped and _points_about_text), the last over the byline,
    the date or the writers' label (see _opens_credits); the headline itself about the text
    too. Empty when the lines under it are not such. The first of three or more, twice as
    long as any other, is the standfirst over them, no point."""
    end = title + 1
    while end < body_start and _point_shaped(lines, end, body_start, about_text=False):
        end += 1
    if end - title - 1 < 2 or end >= body_start or not _opens_credits(lines[end]) or \
            not _point_shaped(lines, title, body_start) or _kicker(lines[title], lines[title + 1]) \
            or not _points_about_text(lines, range(title + 1, end), body_start,
                                      bool(_AUTHORS_LABEL.fullmatch(lines[end].key))):
        return range(0)  # (a kicker over a headline and its standfirst: no points)
    first = title + 1
    if end - first >= POINTS_OF_A_BOX and \
            lines[first].words >= 2 * max(lines[j].words for j in range(first + 1, end)):
        first += 1
    return range(first, end)


POINTS_OF_A_BOX = 3  # a tabloid's box of points: a standfirst and a credit line are two


def _points_about_text(lines: list[Line], points: range, body_start: int,
                       over_label: bool = False) -> bool:
    """Whether the lines under a headline are about the text: each shares its words with
    the text's first paragraphs, or, three or more of them, one does (a point may tell what
    the text tells only further down: "She has now taken a break from social media"); or
    two over the writers' label alone (``over_label``: "Author" / "NAME"), one of them: no
    credit line stands between them and that box, and a standfirst is one line. Two that
    each tell again a word of four letters or more of the headline over them are points
    too ("Surrey spinner takes five wickets …" over "Teenager claimed five for 31 …",
    "Somerset lost their last seven wickets …"): a point may tell what the text tells only
    further down."""
    about = [_point_shaped(lines, j, body_start) for j in points]
    if all(about) or ((over_label or len(points) >= POINTS_OF_A_BOX) and any(about)):
        return True
    return len(points) == 2 and _repeat_headline_words(lines, points)


def _repeat_headline_words(lines: list[Line], points: range) -> bool:
    """Whether each line of ``points`` tells again a word of four letters or more of the
    headline right over them (a quick test, before the text's words are gathered)."""
    headline = {word for word in lines[points.start - 1].key.split() if len(word) >= 4}
    return all(headline.intersection(lines[j].key.split()) for j in points)


def _caption_pair_under_header(lines: list[Line], index: int, claimed: set[int]) -> bool:
    """Whether the line, printed again on the line next to it, stands under the date a
    headline above claims ("الأحد 29-11-2026 21:15", then "محافظ … خلال افتتاح …" twice):
    the lead photo's alt text and its caption, between the header and the text. A headline
    printed twice stands over its byline and date, not under another headline's."""
    first = index - 1 if index and lines[index - 1].text == lines[index].text else index
    if first == index and (index + 1 >= len(lines) or lines[index + 1].text != lines[index].text):
        return False
    return first - 1 in claimed


def _caption_under_headline_block(lines: list[Line], index: int) -> bool:
    """Whether the line, right over the text, is the third headline-shaped line of three in
    a row, with no date nor credit under the first two (the header's date, "13 June 2026 -
    12:30", over them or none; the headline, its standfirst, "A night bus at the airport's
    gate", the text), or stands under the standfirst under the headline's bare byline (see
    _under_byline): the lead photo's caption. A header with no credit between it and the
    text closes with the standfirst (neither of the two a kicker's few words). (Asked of
    the line right over the text only.)"""
    if index < 3:
        return False
    return (not lines[index - 3].headline_shaped and all(
        lines[j].headline_shaped and lines[j].words > KICKER_WORDS and not lines[j].dates
        for j in (index - 2, index - 1))) or (
            lines[index - 1].headline_shaped and _under_byline(lines, index - 1))


def _dates_under(lines: list[Line], index: int, body_start: int, points: set[int]) -> set[int]:
    """The date lines a headline at ``index`` claims: within two lines under it, or in the
    run of byline and date lines right under it ("كتبت: …", "منذ 4 ساعات", then the date;
    a writer's role under the name, "مراسل …"), a box of key points (``points``, its label
    with them) or its standfirst over that run or not: a line under them is a caption or a
    standfirst, not a headline below its date."""
    claimed = {j for j in range(index + 1, min(body_start, index + 3)) if lines[j].dates}
    credited = False  # a byline, a bare name or a city and a name ("الرياض - NAME"): a
    # short line under it is its role, or a photographer's or a translator's credit ("Sports
    # Writer", "تصوير: …", "ترجمة: NAME", however headline-shaped)
    for j in range(index + 1, min(body_start, index + 1 + CREDIT_BLOCK_LINES)):
        if lines[j].furniture or j in points:
            continue  # a player's button between the headline and its byline ("Listen • 4:12")
        if lines[j].byline_shaped or _bare_name(lines[j]) or (
                not credited and lines[j].credit_names is not None) or \
                _REVIEW_CREDIT.match(lines[j].text) or _titled_name(lines[j]):
            credited = True  # ("الرياض - NAME": a city credit; "Reviewed by NAME"; "Dr NAME")
        elif not (lines[j].dates or (credited and (
                not lines[j].headline_shaped or _credit_of_another(lines[j]) or
                _labelled_credit(lines[j]) or _writer_role(lines[j]) or
                _desk_line(lines[j]))) or (
                j == index + 1 and j + 1 < body_start and (
                    lines[j + 1].byline_shaped or lines[j + 1].credit_names is not None or
                    _bare_name(lines[j + 1])))):
            break  # (the line right under the headline, over a byline: its standfirst)
        if lines[j].dates:
            claimed.add(j)
    return claimed


def _desk_line(line: Line) -> bool:
    """Whether the line names a desk or a service alone, under a writer's name ("Local
    Democracy Reporting Service", "Newsroom Staff"): a few words, a desk's word among
    them (see _NO_PERSON_PATTERN), no date and no sentence."""
    return line.words <= MAX_NAME_WORDS and not line.dates and not line.prose and \
        _NO_PERSON_PATTERN_IN_KEY.search(" " + line.key) is not None


def _writer_role(line: Line) -> bool:
    """Whether the line is a writer's role alone, under the byline ("مراسل OUTLET",
    "Senior Correspondent", "أستاذ الجغرافيا بجامعة …"): a reporter's word or a role
    opening a few words, no date, no sentence."""
    return line.words <= MAX_NAME_WORDS and not line.dates and not line.prose and (
        bool(_REPORTER_ROLE.match(line.key)) or _role_line(line))


def _labelled_credit(line: Line) -> bool:
    """Whether the line is another person's credit by its label, under the byline
    ("عدسة: NAME", "Translation: NAME"): a credit's label (see _CREDIT_LABEL) before its
    colon, a few words. (Alone, with no byline above, see _credit_of_another: the name
    must then be known.)"""
    return line.words <= MAX_BYLINE_WORDS and _labelled_credit_text(line.text)


def _labelled_credit_text(text: str) -> bool:
    """Whether ``text`` opens with another person's credit label before its colon (see
    _labelled_credit)."""
    label = _LABEL.match(text)
    return label is not None and bool(_CREDIT_LABEL.fullmatch(_key(label[1])))


_OPEN_CREDIT_DASHES = (" -", " –", " —", " ـ")  # a credit's dash with its text to follow


def _dated_below(lines: list[Line], index: int, body_start: int, boxed: set[int]) -> bool:
    """Whether a date or a byline follows the line within three lines; the short lines of
    a credit block ("Nadia Saleh", "Senior Reporter", "Authors"), a review's card of
    labelled fields ("Rating: 4/5", "Director: NAME"), a match's result card (the
    scorers), its kick-off line (see _timed_field), a photo report's numbered captions,
    another's labelled credit (a translator's "ترجمة: NAME", see _credit_of_another), the
    note of what the piece is translated from or who carries it (see _carrier_line) and
    the lines ``boxed`` (a key points box's, a caption's: see _find_title) are not
    counted. A credit left open by a dash at its end ("NAME -", "CITY -": the text runs on
    from it, as some portals print the reporter's name) is a byline too."""
    long_line = lines[index].words > MASTHEAD_WORDS  # (a city credit counts under one)
    dated = next((j for j in range(index + 1, min(body_start, index + 1 + CREDIT_BLOCK_LINES))
                  if lines[j].dates or lines[j].byline_shaped or
                  (long_line and _city_credit(lines, j)) or (
                      lines[j].text.endswith(_OPEN_CREDIT_DASHES) and
                      lines[j].words <= MAX_BYLINE_WORDS)), None)
    # (The date or byline found first: the lines over it are counted only when three of them
    # stand between, quicker where most dates stand right under the line.)
    if dated is None or dated - index <= 3:
        return dated is not None
    counted = 0
    for j in range(index + 1, dated):
        other = lines[j]
        counted += not other.furniture and (other.words > 2 or other.headline_shaped) and \
            j not in boxed and not (":" in other.text and (
                _in_field_card(lines, j) or _timed_field(other) or _in_field_run(lines, j))) \
            and not _result_card(lines, j) and not (
                other.text[0] in _CAPTION_FIRST and _NUMBERED_CAPTION.match(other.text)) \
            and not _credit_of_another(other) and not _carrier_line(other)
        if counted == 3:
            return False
    return True


# An office's word opening the part beside a name ("وزير الصحة - NAME", "Mayor - NAME"): an
# official's caption, never a place filed from (see _credit_reading).
_OFFICE = _phrases(["وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "محافظ", "محافظة",
                    "سفير", "سفيرة", "نائب", "نائبة", "الناطق", "المتحدث", "المتحدثة", "أمين",
                    "عميد", "الوزير", "الرئيس", "المدير", "المحافظ", "السفير", "minister",
                    "president", "mayor", "director", "governor", "ambassador", "spokesman",
                    "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief", "head"])


# An exclusive's or a genre's label opening a credit line before a bar or a dash ("تقرير
# خاص | CITY - NAME", "خاص - NAME", "Exclusive | NAME"): no part of the place nor the name.
_GENRE_LABEL_MARK = re.compile(r"(?:(?:(?:تقرير|حوار|تحقيق|متابعة|تغطية)\s+)?(?:خاص|خاصة|حصري|"
                               r"حصريا)|(?i:exclusive|special report))\s*[|\-–—]\s+")
_GENRE_LABEL_FIRST = frozenset("تحمخEeSs")
# The label of an exclusive between a credit's place and its names: "المكلا – خاص – NAME",
# or with the outlet's name after it, a few words ("رام الله - خاص OUTLET - NAME").
_EXCLUSIVE_BETWEEN = re.compile(r"\s[\-–—|]\s*(?:خاص|خاصة|حصري|حصريا)(?:\s+[^\W\d_]+){0,3}"
                                r"(?=\s*[\-–—|]\s)")


# Cached: every rule meeting a credit line reads it (Line.credit_names, _byline, …).
@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def _credit_reading(text: str) -> str | None:
    """The writers' names a credit line prints, or None when the line is no such credit.

    One reading of a credit line, for every rule that meets one: a place, a role or a
    label, a mark, then the names ("دبي | NAME", "بيروت — NAME", "بنغازي/ NAME", "مسقط -
    NAME", "الشارقة: NAME، NAME", "مراسل القناة في البصرة: NAME"); or the names first, then
    the city filed from ("NAME | New Delhi", "كلير دوبوا / تونس"), a reporter's role and
    the outlet's short name before them ("مراسل OUTLET NAME - CITY"); or the names alone,
    two or more listed with commas or joined ("NAME، NAME", "NAME & NAME", "NAME وNAME").
    Each name is name-shaped, opens with a given name (given_names.opens_name) and holds no
    function word; the other part opens with none, holds no digit and is a place of a few words, or
    after a colon a place of one word before one name (a quotation's speaker, "وزير الصحة:
    …", has more) or of a few before two names or more, or a role ("مراسل …"). An
    outlet's quoted name between the place and the names is no part of either ("عدن –
    «OUTLET» – NAME"). A photographer's, a translator's or a source's label makes
    another's credit: after the writer's, it is cut off (see _before_other_credit)."""
    if not textnorm.contains_any(text, _CREDIT_MARKS) and " and " not in text and \
            " و " not in text:
        # (no mark, comma or spaced joiner: a quick test, most lines fail it) Two writers
        # joined by a glued "و" alone on a short line ("NAME بن NAME ونبيل NAME"), each
        # name-shaped and opening with a given name (see _names).
        return text if text.count(" ") < 2 * MAX_SIGNATURE_WORDS and " و" in text and \
            len(_names(text)) == 2 and _listed_names(text) else None
    printed = _before_other_credit(text)
    text = _without_wires(printed)  # ("CITY - NAME + وكالات")
    if "(" in text:  # "CITY (WIRE) - NAME", "CITY - NAME (WIRE)": the wire in brackets
        text = _BRACKETED.sub(_unless_wire, text)
    if text[:1] in _GENRE_LABEL_FIRST and (label := _GENRE_LABEL_MARK.match(text)):
        text = text[label.end():]  # "تقرير خاص | CITY - NAME": the label over the credit
    if "«" in text or "“" in text:  # "CITY – «OUTLET» – NAME": the outlet's quoted name
        text = _QUOTED_OUTLET.sub(" ", text, count=1)
    if "خاص" in text or "حصري" in text:  # "CITY – خاص – NAME": no part of place or names
        text = _EXCLUSIVE_BETWEEN.sub("", text, count=1)
    head, mark, tail = _CREDIT_MARK.partition(text)
    if not mark and text.startswith(_REPORTER_OPENINGS):
        return _name_after_role_comma(text)
    if not mark:  # (a title before a name: "د. NAME، NAME", "Dr. NAME and NAME")
        named = _FILED_IN.sub("", text) if text != printed else ""
        if _name_alone(named):  # one writer, the staff or the wires joined after ("NAME in
            return named  # Istanbul and Chronicle staff in Tehran", "NAME ووكالات")
        return text if _LISTED_NAMES.search(text) and _listed_names(_without_title(text)) \
            else None
    if "/" in mark and "/" in tail:  # "أنقرة/ NAME/ الأناضول": the wire after the names
        names, _, wire = tail.rpartition("/")
        tail = names.strip() if _wire_after_names(wire) else tail
    places = 1
    if ":" in tail and mark.strip()[:1] in "-–—ـ":  # "لندن - واشنطن: NAME و NAME", "CITY -
        others, colon, names = tail.partition(":")  # CITY - CITY: NAME": the places filed
        # from, one word each, joined by dashes
        others = _PLACE_DASH.pattern.split(others.strip())
        if all(len(other.split()) == 1 for other in others):
            head, mark, tail, places = " ".join([head, *others]), colon, names.strip(), \
                1 + len(others)
    if _listed_names(tail) and _listed_names(head):
        return text  # "NAME / NAME": two writers
    reported = _name_after_reporter_role(tail) if tail.startswith(_REPORTER_OPENINGS) else None
    # "مراسل OUTLET NAME - CITY": the role and the outlet before the name, the city after it
    reporter = _name_after_reporter_role(head) if head.startswith(_REPORTER_OPENINGS) else None
    for names, other in ((reported or tail, head), (reporter or head, tail)):
        if not _listed_names(_without_title(names)) and not (
                other is head and ":" in mark and _word_given_name(names.split())):
            continue  # ("كانو: د. NAME": a title before it; "أبوظبي: NAME", a given name
            # that is a common word opening it, see _word_given_name)
        words = textnorm.fold_arabic(other).split()  # (marks dropped: "عمّان")
        if len(words) > 1 and words[0] == "من":
            words = words[1:]  # "من الرباط: NAME": the place filed from, after "from"
        if not words or _DIGIT.search(other) or given_names.opens_name(words) or \
                _CREDIT_LABEL.fullmatch(_key(other)) or (
                    ":" in mark and _MATCH_OFFICIAL.fullmatch(other.strip() + ":")):
            continue  # (a match card's referee, "الحكم: NAME", "Referee: NAME": no place)
        role = bool(_REPORTER_ROLE.match(_key(other))) and len(words) <= MAX_NAME_WORDS
        # (a speaker before a colon names no list of people: a place of a few words there
        # before two names or more, "مكة المكرمة: NAME، NAME")
        one_word = ":" in mark and len(_names(names)) < 2
        place = len(words) <= (places if one_word else max(places, DATELINE_CREDIT_WORDS)) and \
            all(_NAME_WORD.fullmatch(word) for word in words) and _capitalised(other) and \
            not _OFFICE.match(_key(other))  # ("وزير الصحة - NAME": an official's caption)
        if role or place:
            return names
    return None


_REPORTER_OPENINGS = ("مراسل", "موفد", "مبعوث", "من م")  # (a quick test before _REPORTER_ROLE)


def _wire_after_names(part: str) -> bool:
    """Whether the part closing a slashed credit after the place and the names is a wire's
    or the site's short name ("إسطنبول/ NAME/ الأناضول", "ANKARA / NAME / Anadolu"): a few
    words, capitalised, no digit and no given name opening them (two writers' slash,
    "CITY/ NAME/ NAME", is no wire's)."""
    words = textnorm.fold_arabic(part).split()
    return 0 < len(words) <= DATELINE_CREDIT_WORDS and not _DIGIT.search(part) and \
        _capitalised(part) and not given_names.opens_name(words)


def _name_after_reporter_role(text: str) -> str | None:
    """The name after a reporter's role and the outlet's short name, as a place's credit
    prints them after the place ("مراسل OUTLET - NAME", "موفد «OUTLET»: NAME", "مراسل
    OUTLET NAME" with no mark: the name is the words from the first given name on, see
    _name_alone), or None."""
    if not _REPORTER_ROLE.match(_key(text)):
        return None
    if (credited := _credit_reading(text)) is not None:
        return credited
    words = text.split()
    return next((" ".join(words[start:]) for start in range(1, min(4, len(words) - 1))
                 if _name_alone(" ".join(words[start:]))), None)


def _name_after_role_comma(text: str) -> str | None:
    """The names after a reporter's role and the place filed from, a comma between them
    ("مراسلتنا في تونس، NAME", "مراسل الإذاعة في بيروت، NAME"), or None."""
    role, comma, names = text.replace(",", "،").partition("،")
    names = names.strip()
    return names if comma and len(role.split()) <= MAX_NAME_WORDS + 1 and \
        _REPORTER_ROLE.match(_key(role)) and _listed_names(names) else None


def _before_other_credit(text: str) -> str:
    """``text`` before another person's labelled credit printed after a mark ("NAME — صور:
    NAME", "CITY - NAME - تصوير: NAME", "كتب - NAME | تصوير - NAME") or after a space as
    "… by" ("By NAME edited by NAME", "NAME photographs by NAME"), or before the desk's
    editor's ("Reporter: NAME | Editor: NAME", see _EDITOR_AFTER_MARK); or ``text`` itself."""
    lowered = text.lower()
    if "itor" in lowered or "yunting" in lowered:  # (a quick test before the regex)
        if editor := _EDITOR_AFTER_MARK.search(lowered):
            return text[:editor.start()]  # "Reporter: NAME | Editor: NAME": the desk's editor
    other = _OTHER_CREDIT.search(lowered) if " by " in lowered else None
    if other and other.start() and text[other.start() - 1] == " ":
        return text[:other.start()].rstrip(" -–—|/·•,،:;")  # ("NAME | Photos by NAME")
    # (quick tests: most lines hold no mark of _CREDIT_PARTS, or no such label)
    if not textnorm.contains_any(text, _CREDIT_PART_MARKS) or \
            not _CREDIT_LABEL_IN_KEY.search(" " + _key(text)):
        return text
    for mark in _CREDIT_PARTS.finditer(text):
        rest = text[mark.end():]
        label = _LABEL.match(rest)
        part = _CREDIT_PARTS.split(rest, maxsplit=1)[0]
        if _CREDIT_LABEL.fullmatch(_key(label[1] if label else part)) or \
                (not label and _unmarked_other_credit(part)):
            return text[:mark.start()]
    return text


# The desk's editor credited after a mark, behind the reporter's credit, as Indonesian and
# Malaysian agencies print it ("Reporter: NAME | Editor: NAME", "Pewarta: NAME | Penyunting:
# NAME"): another's credit. (Alone, "Editor: NAME" is read as _LABEL_CUE reads "تحرير:".)
_EDITOR_AFTER_MARK = re.compile(r"\s*[|/·•,،\-–—]\s*(?:editor|penyunting)\s*[:：]")


def _unmarked_other_credit(part: str) -> bool:
    """Whether a credit's part is another person's credit with no colon after its label:
    a word of _CREDIT_LABEL, then a name of two to four words ("تصوير بندر الظفيري" after
    "كتب NAME ·", "عدسة NAME"), no function word among them."""
    label, _, name = part.partition(" ")
    return bool(_CREDIT_LABEL.fullmatch(_key(label))) and _name_shaped(name) and \
        _NOT_IN_NAMES_WORDS.isdisjoint(name.lower().split()) and \
        not _NOT_NAME_WORDS.search(_key(name))


def _credit_before_other(text: str) -> bool:
    """Whether a writer's credit, a credit line's names (see _credit_reading) or names
    alone (see _listed_names: no caption's preposition among them), stands before another
    person's labelled credit on the line ("مسقط - NAME - تصوير: NAME", "NAME — صور: NAME";
    see _before_other_credit); after a place and a dash, a name opening with a given name
    that is a common word (see _word_given_name), or a writer's label ("الرباط- حاورها:
    NAME – تصوير: NAME"), does too."""
    head = _before_other_credit(text)
    if head is text:
        return False
    place, dash, name = _PLACE_DASH.partition(head)  # "مسقط - أمل الحراصي | تصوير: NAME"
    return _credit_reading(head) is not None or _listed_names(head) or (
        bool(dash) and len(place.split()) <= DATELINE_CREDIT_WORDS and (
            _word_given_name(name.split()) or _label_cue(name) is not None or
            bool(_AUTHOR_PATTERN.match(_key(name) + " "))))


def _listed_names(text: str, each_opens: bool = True) -> bool:
    """Whether ``text`` is one name or several listed with commas or joined ("A & B", "A and
    B", "A و B", "A وB": see _names), each name-shaped (see _name_shaped), with no function
    word or label's word, each opening with a given name or with an initial and its dot
    before one or two words ("ل. بوزيد", "J. Okafor", as Maghrebi dailies sign). Not
    ``each_opens``: two names or more, one of them opening so ("أمل حسن و محمد عثمان": a
    given name that is a common word, "أمل", opens the other; see given_names.word_name).
    Where each opens, a name opening with such a word ("تركي", "Hope") counts beside another
    opening with a known given name ("تركي الدوسري و نايف العنزي"): joined to a name, it is
    one too."""
    names = _names(text)
    opening = ((given_names.opens_name(name.split()) or (  # (a lookup first: most lines fail)
        _INITIAL.match(name) is not None and 2 <= len(name.split()) <= 3)) for name in names)
    return ((all(opening) if each_opens else len(names) >= 2 and any(opening)) or (
        each_opens and len(names) >= 2 and _word_names_beside_names(names))) and \
        all(_name_shaped(textnorm.fold_arabic(name)) and
            _NOT_IN_NAMES_WORDS.isdisjoint(name.lower().split()) and
            not _NOT_NAME_WORDS.search(_key(name)) for name in names)


def _place_then_writers(line: Line) -> bool:
    """Whether the line is the place filed from, a credit's mark, then two writers or more,
    one at least with a given name the lists lack (see _writers_joined): "بيروت - NAME
    و NAME" under the headline and over its date. A place has a few words and no given name,
    digit or credit's label."""
    if line.dates or line.words > MAX_BYLINE_WORDS or not textnorm.contains_any(
            line.text, _CREDIT_MARKS):
        return False  # (a quick test: most lines hold no mark)
    place, mark, names = _CREDIT_MARK.partition(line.text)
    words = place.split()
    return bool(mark) and 1 <= len(words) <= DATELINE_CREDIT_WORDS and \
        not _DIGIT.search(place) and _capitalised(place) and \
        not given_names.opens_name(words) and not _CREDIT_LABEL.fullmatch(_key(place)) and \
        _writers_joined(names)


def _writers_joined(text: str) -> bool:
    """Whether ``text`` lists two writers or more, one at least opening with a known given
    name (see _listed_names), each other one a given name and a family name: two or three
    words, the first with no article, each Latin word but the joiner capitalised. The lists
    may lack the other's given name ("NAME and NAME", "بيروت - NAME و NAME"); a noun phrase
    opens with an article ("الشارقة: NAME، المعرض الدولي"; "تقرير: NAME يعود و الجمهور يحتفل",
    a headline's two clauses)."""
    names = _names(text)
    return len(names) >= 2 and _capitalised(" ".join(
        word for word in text.split() if word not in _NAME_JOINERS)) and \
        _listed_names(text, each_opens=False) and all(
            given_names.opens_name(words) or (
                2 <= len(words) <= 3 and not textnorm.fold_arabic(words[0]).startswith("ال"))
            for words in map(str.split, names))


def _word_names_beside_names(names: list[str]) -> bool:
    """Whether each of the listed names opens with a known given name or with one that is
    a common word (see given_names.word_name), and one at least with a known one."""
    words = [name.split() for name in names]
    return all(words) and any(map(given_names.opens_name, words)) and all(
        given_names.opens_name(name) or given_names.word_name(name[0]) for name in words)


def _names(text: str) -> list[str]:
    """The names of a credit's list: split at its commas and spaced joiners (see
    _LISTED_NAMES), and at a "و" glued to a known given name after a name of two words at
    least ("أحمد عبد الراضي وعمرو الحجاجي", see _persons)."""
    names = []
    for part in _LISTED_NAMES.split(text.strip()):
        words = part.split()
        cut = next((at for at in range(2, len(words)) if words[at].startswith("و") and
                    given_names.is_given_name(words[at][1:])), None)
        names += [" ".join(words[:cut]), " ".join([words[cut][1:], *words[cut + 1:]])] \
            if cut else [part]
    return names


def _profile_bio(lines: list[Line], index: int) -> bool:
    """Whether the line is the writer's bio in a blogging platform's profile: a role among
    its first words ("صحفية مستقلة، أكتب عن …", "Freelance reporter covering …") under a
    bare name or a byline, with at most the handle and the follow button (a word or two
    each) between, and over the post's date with the post's title under that. (A headline
    under a columnist's name may open with a role, "Analysts warn …": its text, not
    another title, follows its date.)"""
    line = lines[index]
    if _bio_under_own_name(lines, index) or _bio_over_date(lines, index):
        return True
    # (the key's first three words: a split stopping there, not one of the whole key)
    if not (_BIO_ROLE_AR.match(line.key) or _BIO_ROLE.search(" ".join(line.key.split(" ", 3)[:3]))):
        return False
    named = False
    for above in range(index - 1, max(-1, index - 1 - PROFILE_LINES), -1):
        if _bare_name(lines[above]) or (lines[above].byline_shaped and not lines[above].dates):
            named = True
            break
        if lines[above].words > 2:
            return False
    dated = next((j for j in range(index + 1, min(len(lines), index + 1 + POST_META_LINES))
                  if lines[j].dates), None)
    return named and dated is not None and any(
        lines[j].headline_shaped and not lines[j].prose
        for j in range(dated + 1, min(len(lines), dated + 3)))


def _bio_over_date(lines: list[Line], index: int) -> bool:
    """Whether the line is a columnist's bio printed in the header, right over the date in
    the byline's place: a name opening with a known given name, then "is a" and a role (see
    _author_bio, _bio_name: "NAME is an urban planner and a columnist for OUTLET" /
    "March 22, 2026"). The header's only credit: the name is the writer's."""
    # (the bio's opening asked first: the next line's dates are read on first use)
    return _BIO_EN.match(lines[index].text) is not None and index + 1 < len(lines) and \
        bool(lines[index + 1].dates) and _author_bio(lines[index]) and \
        _bio_name(lines[index].text) is not None


# What a writer's card says of the writer after the name ("NAME covers …", "NAME is …").
_BIO_VERBS = frozenset(["is", "covers", "writes", "reports", "has", "joined", "was", "leads",
                        "edits", "translates", "teaches", "lives", "researches", "studies",
                        "works", "heads", "contributes"])


def _bio_under_own_name(lines: list[Line], index: int, listed: bool = True) -> bool:
    """Whether the line is the writer's card's bio: one sentence opening with the bare name
    printed right above it and a verb of what the writer does ("NAME" over "NAME covers
    shipping for the Herald."). A headline under a name it opens with ends with no full
    stop. Not ``listed``, the name above need only have a name's shape (its given name may
    be missing from the list: the bio's repeating it says it is a name)."""
    if index == 0 or not _ends_sentence(lines[index].text) or \
            not lines[index].text.startswith(lines[index - 1].text + " "):
        return False
    rest = lines[index].text[len(lines[index - 1].text) + 1:].split(maxsplit=1)
    return bool(rest) and rest[0] in _BIO_VERBS and (
        _bare_name(lines[index - 1]) if listed else _name_shaped(lines[index - 1].text))


# An issuing body's press office credited as a whole, alone on its line under a release's
# headline ("Office of Media and Public Relations", "Press Office, Ministry of Health",
# "Corporate Communications Department", "المكتب الإعلامي لوزارة الصحة", "إدارة الإعلام
# والعلاقات العامة"), on a line's key: the issuer's desk, no headline and no person.
_PRESS_OFFICE_WORK = (r"(?:the )?(?:media|press|news|information|marketing|corporate "
                      r"communications?|communications?|public (?:relations|affairs|information))")
# ... the body it speaks for, named after it ("… of the Ministry of Health", "… لوزارة الصحة
# والسكان", its words each with the article or "and"): a headline's words after an office's
# name go on with a verb ("Press office of NAME quits …").
_ISSUER = (r"(?:ministry|university|council|authority|embassy|college|hospital|municipality|"
           r"commission|government|institute|foundation|agency|company|bank|court|school|club)")
_PRESS_OFFICE_WORK_AR = r"(?:ال)?(?:اعلام|اعلامي|اعلاميه|علاقات العامه|اتصال(?: المؤسسي)?|اخبار)"
_PRESS_OFFICE = re.compile(
    rf"(?:the )?(?:(?:office|department|directorate|division|unit|bureau|centre|center) "
    rf"(?:of|for) {_PRESS_OFFICE_WORK}(?: (?:and|&) {_PRESS_OFFICE_WORK})?|"
    rf"{_PRESS_OFFICE_WORK}(?: (?:and|&) {_PRESS_OFFICE_WORK})? (?:office|department|unit|team|"
    rf"directorate|section|division|centre|center))(?:(?: (?:of|at|for)(?: the)?)? {_ISSUER}"
    rf"(?: \w+){{0,4}})?|"
    rf"(?:ال)?(?:مكتب|اداره|دائره|مديريه|قسم|مركز|وحده|شعبه) {_PRESS_OFFICE_WORK_AR}"
    rf"(?: و{_PRESS_OFFICE_WORK_AR})?(?: (?:ل|ب)\S+(?: (?:ال|و)\S+){{0,3}})?")


# The words a press office's name opens with (see _PRESS_OFFICE): a quick test first.
_PRESS_OFFICE_OPENERS = frozenset({
    "the", "office", "department", "directorate", "division", "unit", "bureau", "centre",
    "center", "media", "press", "news", "information", "marketing", "corporate",
    "communication", "communications", "public", "مكتب", "المكتب", "اداره", "الاداره", "دائره",
    "الدائره", "مديريه", "المديريه", "قسم", "القسم", "مركز", "المركز", "وحده", "الوحده", "شعبه",
    "الشعبه"})


def _press_office(line: Line) -> bool:
    """Whether the line is an issuing body's press office alone (see _PRESS_OFFICE), as a
    ministry's, a university's or a company's news page prints it under the headline where
    a byline would stand: a credit, never a headline."""
    return line.words <= MAX_BYLINE_WORDS and \
        line.key.partition(" ")[0] in _PRESS_OFFICE_OPENERS and \
        _PRESS_OFFICE.fullmatch(line.key) is not None


def _venue_credit(line: Line) -> bool:
    """A reporter's name and the ground, hall or city reported from ("Thandi Mokoena at
    Loftus Versfeld", "Jane Doe in Nairobi"): a bare name before "at" or "in" and a
    capitalised place of a few words after it. A headline has more before it than a name
    ("Storm damage at Port Elizabeth"). Two reporters' credits joined by "and", each with
    its own place, are one ("NAME in London and NAME in Shanghai": see _FILED_IN), one name
    at least opening with a known given name (see _listed_names)."""
    if line.words > 2 * (MAX_SIGNATURE_WORDS + 5):
        return False
    if line.words <= MAX_SIGNATURE_WORDS + 5:
        name, joint, venue = line.text.partition(" at ")
        if not joint:
            name, joint, venue = line.text.partition(" in ")
        venue = venue.removeprefix("the ")  # ("at the Emirates Stadium")
        words = [word for word in venue.split() if word not in _NAME_PARTICLES]  # ("Jassim
        # bin Hamad Stadium", "Stade de la Licorne": a name's particle between its words)
        if joint and 1 <= len(words) <= 4 and all(word[:1].isupper() for word in words) \
                and venue[:1].isupper() and _bare_name(Line(line.number, name)):
            return True
    if " and " not in line.text or (" in " not in line.text and " at " not in line.text):
        return False  # (a quick test: most lines join no two credits)
    names, places = _FILED_IN.subn("", line.text)
    return places == 2 and _listed_names(names, each_opens=False)


def _city_credit(lines: list[Line], index: int) -> bool:
    """Whether the line is a city credit (see Line.credit_names): a byline, never a
    headline. In a card of labelled fields beside it ("الكتاب: …" over "المؤلف: NAME",
    "إخراج: NAME" over "بطولة: …, …") the label is a field's, not a city. (A second
    reporter's city credit beside it names one person; a cast lists several; an event's time,
    "موعد المباراة: 9:00 مساءً", is a match card's field, not a book's.) Only a line
    labelled as a field is one: "CITY - NAME" under a standfirst "ORGAN: …" is a credit, and
    so is "CITY: NAME" under a standfirst quoting its unnamed source ("مسؤولون غربيون: …",
    "Officials: …"): a card's field names no speaker."""
    if lines[index].credit_names is None:
        return False
    return not _card_field(lines[index]) or not any(
        _card_field(other) and not _timed_field(other) and not _video_label(other) and
        not (other.credit_names is not None and _persons(other.text) == 1) and
        not _REPORTING_VERB.match(other.key)
        for other in lines[max(0, index - 1):index + 2] if other is not lines[index])


def _card_field(line: Line) -> bool:
    """Whether the line is a labelled field of a card ("Publisher: …", "الناشر: …", "بطولة:
    …"): a label and its value, no date, the label no credit's ("تصوير:", "Source:")."""
    label = _LABEL.match(line.text) if ":" in line.text or "：" in line.text else None
    return label is not None and not line.dates and not _CREDIT_LABEL.fullmatch(_key(label[1]))


def _in_field_card(lines: list[Line], index: int) -> bool:
    """Whether the labelled line stands in a card of such fields, two of them within two
    lines of it: a book's or a film's card in a review ("Book:", "Author: NAME",
    "Publisher:", "Pages:", "Cast: NAME, NAME, NAME", "Director: NAME"), whose author is
    the work's, not the article's."""
    return _short_field(lines[index]) and sum(
        _short_field(lines[other]) for other in range(max(0, index - 2), index + 3)
        if other != index and other < len(lines)) >= 2


FIELD_RUN = 3  # labelled lines in a row: a card's fields or a list's entries
MAX_RUN_FIELD_WORDS = 8  # a field's label and value (a headline with a colon says more)


def _in_field_run(lines: list[Line], index: int) -> bool:
    """Whether the labelled line (see _card_field) stands in a run of three or more such
    lines in a row, however long each: a card of fields ("القوة: …", "العمق: …",
    "المركز: …") or a list under its labels ("SIGNAL NO. 3: TOWN, TOWN", "SIGNAL NO. 2:
    …"), never a headline, which prints one label at most over lines of none, and says
    more than a field (a headline with a colon over its credits, "تقديم: …", "نص: …")."""
    if lines[index].words > MAX_RUN_FIELD_WORDS or \
            ":" not in lines[index].text[:LABEL_HEAD_CHARS] or not _run_field(lines[index]):
        return False  # (a quick test: most lines hold no colon near their start)
    low = index
    while low > 0 and index - low < FIELD_RUN - 1 and _run_field(lines[low - 1]):
        low -= 1
    high = index
    while high + 1 < len(lines) and high - low + 1 < FIELD_RUN and _run_field(lines[high + 1]):
        high += 1
    return high - low + 1 >= FIELD_RUN


def _run_field(line: Line) -> bool:
    """A field of a run (see _in_field_run): a card's field, no credit ("كتابة: NAME", a
    byline's label under a headline with a colon)."""
    return _card_field(line) and not line.byline_shaped


def _short_field(line: Line) -> bool:
    """A card's field as short as a name (a headline with a colon is longer), not a clock's
    colon ("استمع 01:12"), or a field listing names ("Cast: NAME, NAME, NAME": a credit
    line's reading, see Line.credit_names, and more than one person)."""
    return _card_field(line) and not _CLOCK.search(line.text) and (
        line.words <= MAX_NAME_WORDS or (textnorm.contains_any(line.text, ",،") and
                                         line.credit_names is not None and
                                         _persons(line.text) > 1))


# A schedule's entry: a clock alone between spaced dashes or bars ("TEAM × TEAM - 10:00 م -
# CHANNEL", "Film title | 21:30 | Screen 2"), the event before it, where or on what after.
_LISTING_ENTRY = re.compile(r"\s[\-–—|]\s+\d{1,2}[:.]\d{2}"
                            r"(?:\s*(?:am|pm|[صم]|مساء[ًا]?|صباحا|صباحًا))?\s+[\-–—|]\s",
                            re.IGNORECASE)


_FOLLOWER_COUNT = re.compile(r"[\d,.]+\s?[kKmM]?\s+"
                             r"(?:followers|connections|متابع|متابعين|متابعون)$")


def _over_follower_count(lines: list[Line], index: int) -> bool:
    """Whether the line stands right over a count of followers ("1,240 followers", "3 آلاف
    متابع" has words: not read): a writer's profile headline under the name ("Consultant |
    Founder of …"), as a professional network prints it, never the article's title."""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    return below[:1].isdigit() and bool(_FOLLOWER_COUNT.fullmatch(below))


def _numbered_field(line: Line) -> bool:
    """Whether the line is a labelled field whose value is a number alone, the page's
    record's ("رمز الخبر: ١٩٨٧٦٥٤", "News ID: 512348", "رقم العدد: 17234"): never a headline,
    whose label ("عاجل: …") is followed by words."""
    label = _LABEL.match(line.text) if ":" in line.text[:LABEL_HEAD_CHARS] else None
    return label is not None and not any(map(str.isalpha, line.text[label.end():]))


def _timed_field(line: Line) -> bool:
    """Whether the line is a labelled field whose value opens with a clock ("موعد المباراة:
    9:00 مساءً …", "Kick-off: 19:45, Anfield"): an event's card, never a headline (a
    headline's label, "عاجل: …", is followed by words)."""
    label = _LABEL.match(line.text) if ":" in line.text[:LABEL_HEAD_CHARS] else None
    return label is not None and bool(_OPENS_WITH_TIME.match(line.text[label.end():].lstrip()))


# The labels of an event's card: where and when it is held ("المكان: المدينة القديمة",
# "Venue: Town Hall"), and what getting in costs ("Tickets: free, but …", "الدخول: مجاني");
# a headline's label ("عاجل: …") says none of them.
_EVENT_FIELD_LABELS = frozenset({"المكان", "مكان الانعقاد", "الزمان", "الموعد", "التوقيت",
                                 "venue", "where", "when", "location",
                                 "tickets", "ticket", "admission", "entry", "entrance", "cost",
                                 "التذاكر", "الدخول", "رسوم الدخول", "سعر التذكرة", "الرسوم"})


def _event_field(line: Line) -> bool:
    """Whether the line is a field of an event's card, its label one of where or when it is
    held (see _EVENT_FIELD_LABELS) and its value after the colon, or a programme's time on
    the air, a broadcast's label before a day or a clock ("Aired:
    Tuesday, 9pm", "بُثّت: الأحد 21:00", see _BROADCAST_LABELS): never a headline."""
    label = _LABEL.match(line.text) if ":" in line.text[:LABEL_HEAD_CHARS] else None
    if label is None:
        return False
    key = _key(label[1])
    return key in _EVENT_FIELD_LABELS or (key in _BROADCAST_LABELS and
                                          _DIGIT.search(line.text, label.end()) is not None)


def _field_record(text: str) -> bool:
    """Whether the line is a record of labelled fields joined by pipes ("الشركة: … |
    الرمز: MTAK", "Category: … | Tags: …") or by middle dots ("Genre: Jazz · Label: …"):
    each part opens with its label and a colon, as
    a listing's or a disclosure's header prints them. A headline holds one colon at most,
    and a pipe in it ends a site's name, with no label after it."""
    # (a colon looked for before the split: a masthead's bar stands with none)
    mark = "|" if "|" in text else "·" if "·" in text else None
    parts = text.split(mark) if mark and (":" in text or "：" in text) else ()
    return len(parts) >= 2 and all(_LABEL.match(part.strip()) for part in parts)


def _result_card(lines: list[Line], index: int) -> bool:
    """Whether the line is part of a match's result card: a team's line with its goals
    beside another's ("Forest Stars 2" over "Tema Harbour 1"), both on one line ("Forest
    Stars 2 - 1 Tema Harbour", see _SCORE_LINE), or the list of scorers; or a live match's
    score strip (see _SCORE_STRIP), or a period's score under its label ("First half: 15 -
    13", see _PERIOD_SCORE)."""
    text = lines[index].text
    last = text[-1]
    # (the score's dash or colon looked for first: the pattern backtracks over the teams)
    if not last.isdigit() and lines[index].words <= 12 and \
            textnorm.contains_any(text, "-–—:") and _SCORE_LINE.fullmatch(
            _without_match_status(text)):
        return True
    if index and lines[index].words <= 12 and \
            textnorm.contains_any(text.lower(), _MATCH_RESULT_WORDS) and \
            _MATCH_RESULT.fullmatch(text) and \
            _side_line(lines, index - 1):
        return True
    if not (last.isdigit() or last in _MINUTE_MARKS or last == ")" or
            text.endswith(_INNINGS_CLOSE)):
        return False  # (a quick test: each ends with a number, a minute's mark or "(pen)")
    if lines[index].words <= 12 and (_SCORE_STRIP.fullmatch(text) or (
            textnorm.contains_any(text, ":|") and
            (period := _without_match_status(text)) is not text and
            _PERIOD_SCORE.fullmatch(period))):
        return True  # (a period's score under its label: "الشوط الأول: 14 - 12", "HT: 1-0")
    if _side_line(lines, index):
        return any(0 <= j < len(lines) and _side_line(lines, j) for j in (index - 1, index + 1))
    return _scorers_line(text)


def _introduced_results(lines: list[Line], index: int, first: int) -> bool:
    """Whether the score line is one of a list of results the text introduces, under the
    sentence closing on a colon ("وجاءت نتائج الجولة الأخيرة على النحو التالي:", "The
    other results were:") or under a heading of its own that names them ("نتائج الجولة",
    "Friday's results", see _results_heading): the text's, no result card."""
    above = index - 1
    while above > max(first, index - MAX_LIST_ITEMS) and _result_row(lines, above):
        above -= 1
    return above >= first and ((lines[above].text.endswith((":", "：")) and
                                not lines[above].furniture and
                                lines[above].words > MAX_NAME_WORDS) or
                               _results_heading(lines[above]))


# The word of a results list's heading, a folded key's: "نتائج الجولة", "Friday's results".
_RESULTS_WORDS = ("نتائج", "result")
# A result's line with no mark between the sides, each side's name then its score ("Al Ain 1
# Kalba 2", "Sharjah 3 Ajman 0"): a result under its list's heading only (see _result_row).
_SIDES_SCORES = re.compile(r"[^\W\d_][^\d]{0,30}\s\d{1,3}\s[^\W\d_][^\d]{0,30}\s\d{1,3}")


def _results_heading(line: Line) -> bool:
    """Whether the short line heads a list of results in the text ("نتائج الجولة", "Friday's
    results", "Other results"): a label's length, no sentence, naming results."""
    return line.words <= KICKER_WORDS and not line.prose and not line.furniture and \
        textnorm.contains_any(line.key, _RESULTS_WORDS) and not _ends_sentence(line.text)


def _result_row(lines: list[Line], index: int) -> bool:
    """Whether the line is a result of a list of results: a result card's line (see
    _result_card), or each side's name and score with no mark between them (see
    _SIDES_SCORES) under the list's heading or another result."""
    if _result_card(lines, index):
        return True
    text = lines[index].text
    return text[-1].isdigit() and index > 0 and _SIDES_SCORES.fullmatch(text) is not None and (
        _results_heading(lines[index - 1]) or _result_row(lines, index - 1))


def _in_results(lines: list[Line], index: int, first: int) -> bool:
    """Whether the line is a list of results' heading over its first result, or a result of
    a list the text introduces (see _introduced_results): a step of the text, no gap."""
    if _results_heading(lines[index]):
        return index + 1 < len(lines) and _result_row(lines, index + 1)
    return _DIGIT.search(lines[index].text) is not None and _result_row(lines, index) and \
        _introduced_results(lines, index, first)


def _side_line(lines: list[Line], index: int) -> bool:
    """Whether the line is one side's line of a result card: the team and its goals ("Forest
    Stars 2", see _TEAM_SCORE) or its innings (see _SIDE_INNINGS)."""
    text = lines[index].text
    return bool(_TEAM_SCORE.match(text)) or (
        lines[index].words <= 12 and _SIDE_INNINGS.fullmatch(text) is not None)


def _without_match_status(text: str) -> str:
    """The score line without the match's status before it ("Full-time: TEAM 2 - 1 TEAM",
    "FT | …", "نهاية المباراة: …", see _MATCH_STATUS)."""
    status = _MATCH_STATUS.match(text) if ":" in text or "|" in text else None
    return text[status.end():] if status else text


def _scorers_line(text: str) -> bool:
    """Whether the line is a result card's list of scorers, each name with the minute of
    its goal ("الأهداف: NAME 23، NAME 71 - NAME 58", "Goals: NAME 12, NAME 45+2'"), a
    scorer's other goals after it (see _SCORED_ENTRY; under a label, a minute alone): under
    a label, two such entries; with none, three (a score headline pairs two: "Lakers 110,
    Celtics 105"), or any number when each entry marks its minute ("NAME 81' - NAME
    90+3'", "NAME 34'": a score has no such mark)."""
    label = _LABEL.match(text)
    entries = [entry.strip() for entry in
               _ENTRY_MARK.split(text[label.end():] if label else text)]
    minutes = text[-1] in _MINUTE_MARKS and all(entry[-1:] in _MINUTE_MARKS
                                                for entry in entries)
    # (under a label, a minute alone after a scorer's entry is another goal of that scorer:
    # "Goals: NAME 12, 77; NAME 60")
    return len(entries) >= (1 if minutes else 2 if label else 3) and \
        bool(_SCORED_ENTRY.match(entries[0])) and all(
            _SCORED_ENTRY.match(entry) or (label and _MINUTE_ALONE.fullmatch(entry))
            for entry in entries[1:])


def _issuer_credit(line: Line) -> bool:
    """Whether the line opens with the label of who issued the text ("From: Department for
    …", "المصدر: …"): neither a headline nor a standfirst."""
    # (its colon first: most lines hold none, and the pattern reads up to 30 characters)
    label = _LABEL.match(line.text) if ":" in line.text or "：" in line.text else None
    return bool(label and _ISSUER_LABEL.fullmatch(_key(label[1])))


# "Reporting from Port Moresby, Papua New Guinea", "Reporting from Erbil and Sulaimaniyah,
# Iraq": where the writers filed from, under them (the places joined by "and", "&").
_REPORTING_FROM = re.compile(r"Report(?:ing|ed) from (?:(?:[A-Z][\w'’.\-]*|and|&),? ){0,6}"
                             r"[A-Z][\w'’.\-]*$")


def _reporting_from(text: str) -> bool:
    """Whether the line says where the writers reported from and nothing else ("Reporting
    from CITY, COUNTRY"): a credit's line, never a headline. (A headline "Reporting from
    the front line …" goes on in lower case.)"""
    return text[:6] == "Report" and bool(_REPORTING_FROM.match(text))


# Between a desk's name and the wire service credited with it: "Business Desk, Reuters",
# "Staff & Agencies", "المحرر الاقتصادي - وكالات" (a space may stand before the comma).
_DESK_WIRE_JOINT = re.compile(r"\s*[,،]\s*|\s+[\-–—|/]\s+|\s+(?:and|&|with|و)\s+")


def _desk_and_wire_credit(line: Line) -> bool:
    """Whether the line credits a desk and wire services and no person ("Business Desk ,
    Reuters", "Economy Desk with Reuters and AFP", "فريق التحرير - وكالات"): short parts,
    the first a desk's name (see _desk_name), the last a wire service (see _AGENCIES,
    _WIRES), any between either. A headline names what happened: a verb, more words, never
    a wire alone at its end."""
    if line.words > MAX_DATELINE_WORDS or line.key.rpartition(" ")[2] not in _WIRE_LAST_WORDS:
        return False
    desk, *parts = _DESK_WIRE_JOINT.split(line.text)
    return bool(parts) and _wire(parts[-1]) and _desk_name(desk) and \
        all(_wire(part) or _desk_name(part) for part in parts[:-1])


def _desk_name(text: str) -> bool:
    """Whether the text names a desk or a role, opening or closing with its word (see
    _NO_PERSON: "Business Desk", "Staff", "المحرر الاقتصادي"), a few words: "Hospital
    staff strike over pay" names it among its words."""
    key = _key(text)
    return len(key.split()) <= MAX_OUTLET_WORDS and any(
        found.start() == 0 or found.end() == len(key) for found in _NO_PERSON_PATTERN.finditer(key))


def _wire(text: str) -> bool:
    """Whether the text names a wire service alone ("Reuters", "أ ف ب") or wires as a
    whole ("agencies", "وكالات")."""
    key = _key(text)
    return key in _WIRES or _AGENCY_PATTERN.fullmatch(key) is not None


# The fields of an article information card, labelled in English on every language's
# edition, over the text ("Author, NAME" / "Role, OUTLET - CITY").
_AUTHOR_FIELD, _ROLE_FIELD = ("Author, ", "Author: "), ("Role, ", "Role: ")


def _credit_line(lines: list[Line], index: int) -> bool:
    """Whether the line is part of a credit, never a headline: the site's own role or desk
    standing for the writer ("محرر الصعيد اليوم" on الصعيد اليوم), or a role paired with an
    outlet under a byline or a bare name ("Senior Fellow, Middle East Program" under
    "Leila Farouk"; an article information card's "Role, …" field under its "Author, …",
    whatever outlet it names: see _ROLE_FIELD), or a
    field of a review's card ("Title: …" over "Author: …", "Publisher: …"), or another
    person's labelled credit (a guest's, a photographer's: see _credit_of_another), or a
    line opening with a person's role under a name of three words at most ("كاتبة وباحثة
    في …" under "سلمى عبد الرحيم"; a desk's word opens headlines: "Staff shortages …") or
    under a byline ("أستاذ الاقتصاد بجامعة …" under "يكتب: NAME").
    The line saying where the writers reported from ("Reporting from CITY, COUNTRY") is a
    credit's too, and so is a desk's credited with a wire service ("Business Desk, Reuters",
    see _desk_and_wire_credit).
    (A headline may open with a role word, "Staff shortages hit hospitals", or name an
    outlet: only the site's name after the role, or the pairing, says credit.)"""
    line = lines[index]
    if index and line.text.startswith(_ROLE_FIELD) and \
            lines[index - 1].text.startswith(_AUTHOR_FIELD):
        return True  # the article information card's fields ("Author, NAME" / "Role, …")
    if _issuer_credit(line) or _in_field_card(lines, index) or _credit_of_another(line) or \
            _reporting_from(line.text) or _credit_before_other(line.text) or \
            _desk_and_wire_credit(line) or (":" in line.text and _JOINT_CREDIT.search(line.text)):
        # "NAME — صور: NAME": the writer's, then another's; "CITY - تقرير وتصوير: NAME"
        return True
    role = _NO_PERSON_PATTERN.match(line.key) if line.words <= MAX_NAME_WORDS else None
    if (role and line.key[role.end():].strip() in lines[0].key) or _name_then_role(line):
        return True
    if line.words > MAX_DATELINE_WORDS:
        return False  # (before the name above is read: most headlines are longer)
    above = lines[index - 1] if index > 1 else None  # (the first line: the site's name)
    personal = role is not None and bool(_BIO_ROLE.match(line.key) or _BIO_ROLE_AR.match(line.key))
    named = above is not None and not above.dates and not above.furniture and (
        above.byline_shaped or ((not above.headline_shaped or (
            above.words <= MAX_LABEL_WORDS and (personal or _TITLES.match(above.text))))
            and _byline(above.text) is not None))  # (a titled name: "Dr NAME", "د. NAME")
    if not named or _menu_item_again(lines, index - 1, index - 1):
        # (a section's label the menu printed first, "كرة السلة", names no writer: a
        # headline under it may open with a team named as a desk is, "الوحدة يهزم …")
        return False  # (before the role's patterns: most headlines stand under no name)
    opens_role = bool(_BIO_ROLE_AR.match(line.key) or _BIO_ROLE.match(line.key))
    paired = bool(_CREDIT_PAIR.search(line.text) or _NO_PERSON_PATTERN.match(line.key)) and bool(
        _NO_PERSON_PATTERN_IN_KEY.search(" " + line.key) or _BIO_ROLE_IN_KEY.search(" " + line.key)
        or _ORGANISATION_PATTERN_IN_KEY.search(" " + line.key))
    return opens_role or paired


def _credit_of_another(line: Line) -> bool:
    """Whether the line credits a person other than the writer by a label and a name
    ("ضيف الحلقة: NAME، خبير عقاري", "تصوير: NAME"): the label is a credit's, and the
    name after it opens with a known given name or a person's title ("الضيف: الأستاذ
    NAME، وزير …", "Guest: Dr NAME"; "Photography: a life in pictures" is a headline); or
    a photographer's, an editor's, a translator's "… by" before such a name ("Photography
    by NAME", see _OTHER_CREDIT); or a supervisor's (see _supervised_by)."""
    if line.words > MAX_BYLINE_WORDS:
        return False
    # (a colon's test before the label's pattern: most lines hold none)
    label = _LABEL.match(line.text) if ":" in line.text or "：" in line.text else None
    other = _OTHER_CREDIT.match(line.text.lower()) if label is None else None
    name = line.text[(label or other).end():].strip() if label or other else ""
    if not name and textnorm.contains_any(line.text, ("إشراف", "upervis")):
        return _supervised_by(line.text)
    return bool(name) and (other is not None or bool(_CREDIT_LABEL.fullmatch(_key(label[1])))) \
        and (given_names.is_given_name(name.split()[0]) or _TITLES.match(name) is not None)


# A supervisor's credit, two words for the work before it or fewer: "الوصفة بإشراف الشيف
# NAME", "تحت إشراف د. NAME", "أُعدت الأطباق تحت إشراف الشيف NAME", "Supervised by Chef
# NAME", "Dishes prepared under the supervision of chef NAME".
_SUPERVISED_BY = re.compile(r"(?:\S+ ){0,2}?(?:بإشراف|باشراف|تحت إشراف|تحت اشراف|supervised by|"
                            r"under the supervision of) ", re.IGNORECASE)


def _supervised_by(text: str) -> bool:
    """Whether the line credits who supervised the work (see _SUPERVISED_BY): a person, a
    known given name or a title opening the name, or a known given name after a word of
    the trade ("الشيف NAME", "Chef NAME"); a body's name ("بإشراف وزارة الثقافة") is a
    headline's or a caption's."""
    found = _SUPERVISED_BY.match(text)
    words = text[found.end():].split() if found else []
    return bool(words) and len(words) <= MAX_NAME_WORDS and (
        given_names.is_given_name(words[0]) or _TITLES.match(" ".join(words)) is not None or
        (len(words) > 2 and given_names.is_given_name(words[1])))


def _name_then_role(line: Line) -> bool:
    """"سارة الحربي، محررة الشؤون المصرفية": a name, a comma, a pipe or a dot ("NAME |
    محررة …", "NAME · Senior Writer"), then the writer's role opening the rest. (A
    headline's clause after a comma opens with no role word, and its words before the
    comma are no name: "Oil prices fall, analyst says".) After a dash ("NAME — باحثة في
    …"), where a place also stands ("مكة المكرمة - مراسل الموقع"), the name must open
    with a known given name; the role after a given name may then run past a bare name's
    length. A role in brackets after a name alone ("NAME (مبعوثنا الخاص إلى …)", "NAME
    (Special Correspondent)") is read by _name_then_bracketed_role."""
    if line.text[-1] == ")" and _name_then_bracketed_role(line.text):
        return True
    # (the dash's search only when no other mark is found: quicker on a headline's comma)
    marked = textnorm.contains_any(line.text, "،,|·•")
    dash = "" if marked else _PLACE_DASH.partition(line.text)[1]
    if not marked and not dash:
        return False
    words = _words_without_marks(line)
    if words > MAX_BYLINE_WORDS:
        return False  # (too long after any name: a headline's clause, before the name's tests)
    # (a title before the name, "د. NAME - أكاديمي وباحث …"; a footnote's star before a
    # signature after the text, "* NAME - صحفية …")
    text = _without_title(line.text.lstrip("*").lstrip())
    given = given_names.is_given_name(text.split()[0])
    if words > (MAX_BYLINE_WORDS if given else MAX_NAME_WORDS) or (not given and (
            dash or (marked and _PLACE_DASH.partition(line.text)[1]))):
        return False
    # The role's words stand somewhere in the line when they stand after the name (a cut
    # between words keeps them whole): one search of the key is quicker than the cut.
    key = line.key if text == line.text else _key(text)
    if not _NO_PERSON_PATTERN_IN_KEY.search(" " + key) and not (
            given and (_BIO_ROLE_AR.search(key) or _BIO_ROLE_IN_KEY.search(" " + key))):
        return given and marked and _name_then_institution(text)
    name = _without_role(text)
    rest = _key(text[len(name):])
    # The role may follow the desk's name ("Daniel Armstrong, Local Democracy Reporting
    # Service", "…, Mid Wales reporting team"): after a known given name, or closing the
    # line with the desk's noun (a headline's clause ends with its verb: "…, analyst says").
    # After a known given name, a writer's role as a bio opens with it ("NAME - صحفية
    # متخصصة في …", "NAME - Professor of …") does too.
    return name != text and _no_name_shape(name, "line_under_title") is None and \
        bool(_NO_PERSON_PATTERN.match(rest) or (_NO_PERSON_PATTERN_IN_KEY.search(" " + rest) and (
            given or _NO_PERSON_PATTERN.fullmatch(rest.split()[-1]))) or (
            given and (_BIO_ROLE_AR.match(rest) or _BIO_ROLE.match(rest))))


def _name_then_institution(text: str) -> bool:
    """Whether ``text`` is a name alone (see _name_shaped), a comma, then the writer's
    institution alone, its unit opening it or its noun closing it in capitals ("NAME,
    University of Leeds", "NAME, Appalachian State University", "NAME، جامعة القاهرة"): a
    guest academic's credit. (A headline's clause after a comma runs on in lower case.)"""
    name, comma, rest = text.partition("،" if "،" in text else ",")
    words = rest.split()
    if not comma or not 2 <= len(words) <= MAX_OUTLET_WORDS or \
            textnorm.contains_any(rest, ",،") or not _name_shaped(name):
        return False
    if _UNIT_OF.match(_key(rest)):
        return all(word[:1].isupper() or word in ("of", "the") or not word.isascii()
                   for word in words)
    return words[-1].lower() in _INSTITUTION_NOUNS and all(word[:1].isupper() for word in words)


def _name_then_bracketed_role(text: str) -> bool:
    """Whether ``text`` is a name alone (see _name_alone) then, in brackets, the writer's
    role: a reporter's ("مبعوثنا الخاص إلى القاهرة", "Special Correspondent", see
    _REPORTER_ROLE) or another writer's (see _NO_PERSON_PATTERN). A headline's brackets
    hold a place, a score or a quoted word, after more than a name."""
    name, bracket, role = text[:-1].partition(" (")
    key = _key(role)
    return bool(bracket) and _name_alone(name) and "(" not in role and bool(
        _REPORTER_ROLE.match(key) or _NO_PERSON_PATTERN.match(key) or
        _REPORTER_ROLE.search(key))


# A publication named in quotation marks after a writer's name and a dash, its kind before
# it and its country after it or not ("«فورين بوليسي»", "صحيفة «لوموند» الفرنسية"), as a
# translated article credits its first writer: "NAME - «OUTLET» الكولومبية". The marks may
# be typed straight ('مجلة "…" الفرنسية'); the country is an adjective with the article
# ("الفرنسية"): a book's title then its writer's name ("«…» لجمانة خوري") is no publication.
_PUBLICATION_KIND = r"(?:صحيفة|صحيفه|جريدة|جريده|مجلة|مجله|موقع)"  # a paper, a magazine, a site
_QUOTED_PUBLICATION = re.compile(rf"(?:{_PUBLICATION_KIND}\s+)?"
                                 r"[«“\"][^«»“”\"\d]{2,30}[»”\"](?:\s+ال[^\W\d_]+){0,2}")


# ... or unquoted, named by its kind and closed by its country's adjective ("صحيفة لو
# كورييه الفرنسية", "موقع NAME البريطاني"), as a translations page credits its source.
_NATIONAL_PUBLICATION = re.compile(_PUBLICATION_KIND + r"(?:\s+[^\W\d_]+){1,4}\s+ال[^\W\d_]+ي[ةه]?")
# ... or, after "نقلا عن" (a reprint's "carried from"), named by its kind alone ("نقلا عن
# صحيفة النيل الأزرق").
_NAMED_PUBLICATION = re.compile(_PUBLICATION_KIND + r"(?:\s+[^\W\d_]+){1,4}")


def _name_then_quoted_outlet(line: Line) -> bool:
    """Whether the line credits a name, a dash, then a publication in quotation marks (see
    _QUOTED_PUBLICATION): the writer for that outlet, as a translations page credits the
    text's first writer (the name then need not open with a known given name: "خوليان
    أرانغو - «…» الكولومبية")."""
    name, dash, outlet = _PLACE_DASH.partition(line.text)
    return bool(dash) and outlet[:1] in "«“\"صجمو" and bool(_QUOTED_PUBLICATION.fullmatch(outlet)) \
        and _name_shaped(textnorm.fold_arabic(name))


def _name_then_masthead(lines: list[Line], index: int) -> bool:
    """Whether the line credits a Latin name, a dash or a bar, then the site's own name as
    the top of the page prints it ("Rosa Dimaano - The Visayan Tribune", "NAME | The
    Gulf Ledger"): the writer for the outlet. The site's name tops the page, or stands
    on a short line of its own above the credit, of two words or more (under the bars
    of prayer times, weather and today's date; a section's name of one word is no
    outlet's). A place before the outlet's name is a dateline ("ILOILO CITY - …", "Iloilo
    City - …", "Port Moresby - …" over a story set there): the name must be in mixed case,
    hold no place noun, and appear nowhere under it (a reporter's name is not in the
    text; a dateline's place mostly is)."""
    text = lines[index].text
    name, dash, outlet = _PLACE_DASH.partition(text)
    if not dash and " | " in text:
        name, dash, outlet = text.partition(" | ")
    words = name.split()
    if not dash or not 2 <= len(words) <= 4 or textnorm.ARABIC_LETTER.search(name) or \
            any(not word[:1].isupper() or word.isupper() for word in words) or \
            not _PLACE_NOUNS.isdisjoint(_key(name).split()):
        return False
    site = _key(outlet)
    if not (_masthead(lines, 0) and site == lines[0].key) and (
            not 2 <= len(site.split()) <= MASTHEAD_WORDS or
            not any(line.key == site for line in lines[:index])):
        return False
    key = _key(name)
    return not any(key in line.key for line in lines[index + 1:])


# A word of marks alone, no letter nor digit ("|", "--", "…"): \w is a letter, a digit or "_".
_MARKS_WORD = re.compile(r"(?<!\S)(?:[^\w\s]|_)+(?!\S)")
# ... on a plain line (single spaces, see Line.plain) with a space put before it: each such
# word after its space, the engine skipping from space to space (quicker than the test of
# _MARKS_WORD's lookbehind at each character).
_MARKS_WORD_AFTER_SPACE = re.compile(r" (?:[^\w\s]|_)+(?!\S)")


def _words_without_marks(line: Line) -> int:
    """The line's words, not counting a mark standing alone between them ("NAME | role").
    (A pattern's count: quicker than a test of each word.)"""
    if line.plain:
        return line.words - len(_MARKS_WORD_AFTER_SPACE.findall(" " + line.text))
    return line.words - len(_MARKS_WORD.findall(line.text))


def _credit_under_headline(lines: list[Line], index: int) -> bool:
    """Whether the line is a further credit in the block under a headline two lines up:
    a reviewer's or an editor's under the byline ("مراجعة طبية: د. …" under "كتبت: …",
    "Reviewed by …" under "By …"), or a desk's between the standfirst and the date
    ("BDI Web Team New Delhi"). The headline stands above its credits, never among them."""
    line = lines[index]
    if index < 2 or line.words > MAX_BYLINE_WORDS or not lines[index - 2].headline_shaped:
        return False
    above = lines[index - 1]
    if above.byline_shaped and not above.dates:
        label = _LABEL.match(line.text)
        return bool(label and len(label.group(1).split()) <= 3) or \
            " by " in " ".join(line.key.split()[:3]) + " "
    below = lines[index + 1] if index + 1 < len(lines) else None
    return _ends_sentence(above.text) and below is not None and bool(below.dates) and \
        line.words <= MAX_NAME_WORDS and bool(_NO_PERSON_PATTERN_IN_KEY.search(" " + line.key))


def _masthead(lines: list[Line], index: int) -> bool:
    """Whether the line is the site's name, as the page's first line prints it."""
    first = lines[0]
    return first.words <= MASTHEAD_WORDS and not first.byline_shaped and \
        lines[index].text == first.text


# A caption's closing mark that its picture is an archive one, after a spaced dash or a
# bar or in brackets: "مصلون في … - أرشيف", "… (صورة أرشيفية)", "… | File photo". A headline
# says what happened, never where its picture comes from.
_ARCHIVE_TAIL = re.compile(r"(?:\s[-–—|/]\s*|\(\s*)(?:صورة\s+)?(?:[أا]رشيف(?:ية)?|"
                           r"file(?:\s+(?:photo|picture|image))?|archive(?:\s+photo)?)\s*\)?$",
                           re.IGNORECASE)
ARCHIVE_TAIL_CHARS = 24
_ARCHIVE_TAIL_LAST = frozenset("فةeEoO)")  # the last letters of those marks


def _archive_tail(text: str) -> bool:
    """Whether the line closes with its picture's archive mark (see _ARCHIVE_TAIL: "… -
    أرشيف", "… (File photo)"): a caption, never a headline nor a standfirst."""
    return text[-1] in _ARCHIVE_TAIL_LAST and \
        _ARCHIVE_TAIL.search(text[-ARCHIVE_TAIL_CHARS:]) is not None


def _captions_above(lines: list[Line], body_start: int) -> set[int]:
    """Lines under a photo label ("أرشيفية", "File photo") or a gallery's counter ("1 / 5"),
    and their repeats, a line over a picture's credit ("Image: NAME/AGENCY") under a
    headline-shaped line of its own, a photo report's numbered captions ("الصورة 2:
    …", "Photo 3 - …"), a line ending with its picture's archive mark ("… - أرشيف",
    "… (File photo)"): captions."""
    found = {index for index in range(body_start) if (
        lines[index].text[:1] in _CAPTION_FIRST and _NUMBERED_CAPTION.match(lines[index].text))
        or _archive_tail(lines[index].text)
        or (lines[index].text[-1] == ")" and _own_photo_source(lines, index))}
    # (One search of the labels' keys joined first, at C speed: most pages print no photo
    # label, and no phrase of it spans two keys.)
    labelled = body_start > 1 and _PHOTO_LABEL_IN_KEY.search(
        " " + "\n ".join([line.key for line in lines[:body_start - 1]])) is not None
    for index in range(1, body_start):
        label = lines[index - 1]
        if lines[index].photo_credit and index >= 2 and label.headline_shaped and \
                lines[index - 2].headline_shaped:
            found.add(index - 1)  # headline (and standfirst) over the caption and its credit
        if ((labelled and _PHOTO_LABEL_IN_KEY.search(" " + label.key)) or (
                _gallery_counter(label) and not (index >= 2 and _dossier_name(lines, index - 2)))) \
                and not lines[index].furniture:
            found.add(index)
            after = index + 1
            while after < body_start and lines[after].text == lines[index].text:
                found.add(after)
                after += 1
    return found


def _own_photo_source(lines: list[Line], index: int) -> bool:
    """Whether the line closes with the site's own name in brackets, as the page's first
    line prints it, after a few words ("عناصر أمن عند نقطة تفتيش … (OUTLET)", "Children
    play in the new park (OUTLET)"): the picture's source closing its caption. A headline
    names no source of its own."""
    text = lines[index].text
    opening = text.rfind("(")
    return opening > 0 and len(text[:opening].split()) >= KICKER_WORDS and \
        _masthead(lines, 0) and _key(text[opening:]) == lines[0].key


def _points_box(lines: list[Line], body_start: int) -> set[int]:
    """The lines of a key points box over the text: under its label ("نقاط رئيسية", "Key
    takeaways", "Highlights"; or a summary's, "Summary", over two points or more, as a
    wire prints its bullets under the headline), up to a date, a byline or a line that is
    no point. Never the title."""
    found: set[int] = set()
    for index in range(1, body_start):
        label = lines[index - 1]
        if label.words > MAX_LABEL_WORDS or not (_POINTS_LABEL.fullmatch(label.key) or (
                _SUMMARY_LABEL.fullmatch(label.key) and index + 1 < body_start and
                all(lines[j].headline_shaped and not lines[j].prose for j in (index, index + 1))
                and not _credit_after_points(lines[index + 1]))):
            continue
        point = index
        while point < body_start and lines[point].headline_shaped and not lines[point].dates \
                and not _credit_after_points(lines[point]):
            found.add(point)
            point += 1
    return found


def _credit_after_points(line: Line) -> bool:
    """Whether the line under a points box is the writer's credit that closes it: "By …",
    a name alone, a name then the role ("Sara Mansour, Senior Reporter", "NAME صحافية" with
    no mark: see _name_before_role)."""
    return line.byline_shaped or _bare_name(line) or _name_then_role(line) or \
        _name_before_role(line.text) is not None


def _title_inside_run(lines: list[Line], body: tuple[int, int]) -> tuple[int, int] | None:
    """A headline inside the first lines of the text run: (title, first body line).

    A page that opens with its site name and a prose disclaimer makes the run start
    above the headline; the headline is then the first headline-shaped line of the run
    that paragraphs follow.
    """
    first, last = body
    for index in range(first + 1, min(last, first + MAX_GAP + 2)):
        if lines[index].headline_shaped and not lines[index].prose and \
                not _video_length(lines, index):
            start = next((j for j in range(index + 1, last + 1) if lines[j].prose), None)
            if start is not None and start < last:
                return index, start
    return None


def _title_over_standfirst(lines: list[Line], index: int, scores: dict[int, float],
                           body_start: int, dated: set[int]) -> int | None:
    """The headline just above the chosen line when that line is the headline's standfirst
    (a tool's line or a credit may stand between: see _between_headline_and_standfirst),
    or None.

    Title and standfirst are both headline-shaped, and the standfirst is nearer the date
    and the body, so it wins on proximity. A lone headline-shaped line straight above it,
    scoring about as well and not itself under another headline (a list of links), is the
    title, and so is a short one under its label (see _headline_between_label_and_dek). A
    title repeated on the page (+3) is trusted as it is. (``dated``: the candidates dated
    below, see _find_title.) A video report's labelled headline ("فيديو.. …") too."""
    above = index - 1
    if above >= 0 and lines[above].cue_words == "widget" and _video_label(lines[above]) and \
            _ends_sentence(lines[index].text):
        return above
    above = _headline_line_over(lines, above, scores)
    if above >= 1 and lines[index].words >= MIN_LONG_DEK_WORDS and \
            _headline_between_label_and_dek(lines, above, index):
        return above
    if above < 0 or above not in scores or _too_short_a_headline(lines[above], lines[index]):
        return None
    if index + 1 < body_start and lines[index + 1].prose:
        return None  # a paragraph under it, over the credits: the headline's standfirst
    if _kicker(lines[above], lines[index]) and not (
            above and _byline_over_headline(lines[above - 1])) and \
            not (index + 1 < body_start and _book_card_line(lines, index + 1)):
        # A kicker over a headline: a standfirst is printed under it, never over. (A
        # review's short headline over its standfirst stands over the book's card.)
        return None
    if lines[above].text[0] in _BREAKING_INITIALS and _BREAKING_ITEM.match(lines[above].text) \
            and lines[index].words < lines[above].words:
        # A breaking-news ticker's item over a shorter headline ("عاجل: …", "Breaking: …"):
        # a standfirst says more than its headline, never less.
        return None

    # The date or the byline under a standfirst as long as the line over it or longer (a
    # headline says it in fewer words, or as many), or under the lead photo printed twice
    # under both (see _photo_printed_twice), or under a release's issuer's label ("News
    # provided by" / COMPANY / date: a release's headline is long), closes the headline's
    # block: its bonus is the headline's as much as the standfirst's.
    block = DATED_BONUS if (lines[index].words >= lines[above].words or
                            _photo_printed_twice(lines, index + 1) or
                            _ISSUER_LABEL.fullmatch(lines[index + 1].key)) and index in dated \
        else 0
    # Printed again, not repeated by a paragraph of the text, it is a title; but not when
    # the pair is printed twice. (One count of the joined lines first, at C speed.)
    text = lines[index].text
    if scores[above] + block < scores[index] - STANDFIRST_MARGIN or (
            len(text) >= 12 and "\n".join(map(_LINE_TEXT, lines)).count(text) > 1 and any(
            text in other.text and not other.prose and
            not (j and lines[j - 1].text == lines[above].text)
            for j, other in enumerate(lines) if j != index)):
        return None
    # (Nor under a related list's label or the link to the previous story: its headline. A
    # circumstantial kicker or a breadcrumb's step over it is the headline's: "في ذكرى رحيله
    # …" over "NAME.. شاعر …", "Markets › Stock Market News"; a short line over it may be
    # the masthead, "SITE | الرئيسية", over a one-line menu; a price card's time stamp or a
    # sponsor's line over it is no headline either, see _clock_stamp and _carrier_line, nor
    # a match's result ("TEAM won by six wickets", see _result_card), a writer card's role
    # or bio under the name over the headline, see _card_role_line, a print edition's running
    # header, see _running_header, a section's label and its series' after a bar, see
    # _bar_label. The line over the headline may be the writer's role or bio under the name,
    # see _rule_above_title: no headline.)
    if above and (_BIO_ROLE_AR.match(lines[above].key) or _BIO_ROLE.match(lines[above].key)) \
            and _rule_above_title(lines, above - 1, index) == "name_over_role":
        return None
    return above if above == 0 or not ((lines[above - 1].headline_shaped and
                                        lines[above - 1].words >= 5 and
                                        not _one_step_breadcrumb(lines[above - 1]) and
                                        not _clock_stamp(lines[above - 1]) and
                                        not _running_header(lines[above - 1]) and
                                        not _bar_label(lines, above - 1) and
                                        not _carrier_line(lines[above - 1]) and
                                        not _result_card(lines, above - 1) and
                                        not (_KICKER_OPENING.match(lines[above - 1].key) and
                                             _kicker(lines[above - 1], lines[above])) and
                                        not _card_role_line(lines, above - 1)) or
                                       (lines[above - 1].cue == "related" and
                                        not _lead_video_title(lines, above - 1))) else None


def _lead_video_title(lines: list[Line], index: int) -> bool:
    """Whether the line is the lead video's title under its label, right under the player's
    label and length ("Video 2:14" / "Watch: Crews clear the flooded underpass"), over the
    headline: the player's, no link of a related list ("Watch: …" reads as one)."""
    return index > 0 and _video_label(lines[index]) and \
        _video_label_and_length(lines[index - 1].text)


def _work_under_artist(lines: list[Line], index: int, under: int) -> bool:
    """Whether the line is the title of the work a review is of, under its artist's name
    and over the review's standfirst ("Maren Oduya" / "Lowland Hymns" / "The songwriter's
    third album is …"): a headline of a few capitalised words, too short for a headline's
    shape (see Line.headline_shaped); the artist's name is capitalised too, and the
    standfirst a sentence (a headline under its kicker is none, see _kicker)."""
    line, artist = lines[index], lines[index - 1]
    return 2 <= line.words <= MAX_LABEL_WORDS + 1 and _ends_sentence(lines[under].text) and \
        not line.furniture and not line.dates and _capitalised(line.text) and \
        any(map(str.isalpha, line.text)) and not _ends_sentence(line.text) and \
        not _BIO_ROLE_IN_KEY.search(" " + line.key) and not artist.furniture and \
        _name_shaped(artist.text) and _capitalised(artist.text) and \
        not _kicker(line, lines[under])


MIN_LONG_DEK_WORDS = 20  # a Latin headline is rarely as long: a standfirst's length
# A review's score alone on its line, out of ten or not ("8.4", "7/10").
_SCORE_ALONE = re.compile(r"\d{1,2}(?:\.\d)?(?:/10)?")


def _work_over_score(lines: list[Line], best: int, body_start: int) -> int | None:
    """The title of the work a review is of, under the chosen line, when it stands under its
    artist's name in capitals and over the review's score alone ("JUNO PARRISH" / "Salt
    Lamps" / "7.9"), too short for a headline's shape (see Line.headline_shaped); or None."""
    for index in range(best + 2, body_start - 1):
        line, artist = lines[index], lines[index - 1]
        if line.words <= MAX_LABEL_WORDS + 1 and _SCORE_ALONE.fullmatch(lines[index + 1].text) \
                and artist.text.isupper() and _name_shaped(artist.text.title()) and \
                _capitalised(line.text) and not line.furniture and not line.dates:
            return index
    return None


def _headline_line_over(lines: list[Line], above: int, scores: dict[int, float]) -> int:
    """The line where the headline over a standfirst may stand, ``above`` the line right
    over the standfirst: the line over that one when that one is no candidate (see
    ``scores``) and may stand between the two (see _between_headline_and_standfirst), or
    names the writer with a title, and the line over a language switch set on two lines
    ("English" / "Arabic") too."""
    if above > 0 and ((above not in scores and _between_headline_and_standfirst(lines[above]))
                      or _titled_name(lines[above])):
        above -= 1  # "Listen to this article", "5 min read", a credit line between the two
        if above > 0 and _language_switch(lines[above]) and _language_switch(lines[above + 1]):
            above -= 1  # "English" / "Arabic"
    return above


def _too_short_a_headline(line: Line, under: Line) -> bool:
    """Whether the line over the chosen one is too short (four words or fewer) to be its
    headline, a kicker's length, with no mark of a short headline (see _short_headline,
    _short_over_long_dek, _marked_short_over_arabic_dek)."""
    return line.words < 5 and not _short_headline(line) and \
        not _short_over_long_dek(line, under) and not _marked_short_over_arabic_dek(line, under)


def _short_over_long_dek(line: Line, under: Line) -> bool:
    """Whether a short line (three or four words) over a Latin line of a standfirst's length
    (MIN_LONG_DEK_WORDS or more) in sentence case is the headline over its standfirst
    ("Counting the Night Parrot" over "In the Channel Country, a bird presumed extinct
    …"), not a kicker over a long headline: the headline is in headline case, each longer
    word capitalised, and the line under it is no headline under a kicker (see _kicker)."""
    if under.words < MIN_LONG_DEK_WORDS or (not under.text.isascii() and
                                            textnorm.ARABIC_LETTER.search(under.text)):
        return False
    long_words = [word for word in line.text.split() if len(word) >= 4]
    return len(long_words) >= 2 and all(word[0].isupper() for word in long_words) and \
        not _title_cased(under.text) and not _kicker(line, under)


def _headline_between_label_and_dek(lines: list[Line], index: int, dek: int) -> bool:
    """Whether a line of one to four words, under a label of a few words ("TRAVEL",
    "Human interest", "REVIEW") and over a Latin line of a standfirst's length in sentence
    case, is the headline over its standfirst ("FILM" / "Tidewater" / "A slow, tender drama
    about …"; "SPORT" / "Why Lagos?" / …): a magazine's, a review's (the work's name alone),
    a report's few words. A kicker is no label's neighbour and no line under a label: it
    stands alone over its headline, and a headline is rarely a standfirst's length. (Not a
    line in capitals, a second label, nor a bare name: a writer's under a role.)"""
    line, label = lines[index], lines[index - 1]
    if line.words >= KICKER_WORDS or line.furniture or line.dates or line.text.isupper() or \
            label.words > MAX_LABEL_WORDS or label.furniture or label.dates or \
            label.text.endswith((".", ":", "?", "!")) or line.text.endswith(":") or \
            (index >= 2 and _menu_items_over(lines, index)):
        return False
    dek = lines[dek]
    return not (not dek.text.isascii() and textnorm.ARABIC_LETTER.search(dek.text)) and \
        not _title_cased(dek.text) and not line.byline_shaped and \
        any(map(str.isalpha, line.text))


def _menu_items_over(lines: list[Line], index: int) -> bool:
    """Whether the two lines over the line are a menu's items printed one a line, a word or
    two each, the upper not in capitals (a kicker's label is: "WEEKEND" / "Books"): the
    line under them is the menu's last item ("News" / "Sport" / "Culture" over a long
    headline), no headline."""
    upper, label = lines[index - 2], lines[index - 1]
    return upper.words <= 2 and label.words <= 2 and not upper.text.isupper()


# The marks of a short Arabic headline a kicker never bears (see
# _marked_short_over_arabic_dek): a call to someone ("شكراً يا كابتن"), between words.
_VOCATIVE = " يا "


def _marked_short_over_arabic_dek(line: Line, under: Line) -> bool:
    """Whether a short line (four words at most) over an Arabic line of a standfirst's
    length (MIN_LONG_DEK_WORDS or more) is the headline over its standfirst, not a kicker
    over a long headline: the short line exclaims ("موسم استثنائي!"), is a name or a saying
    quoted whole ("«الغريب»"), or calls someone ("شكراً يا كابتن"), as a label never does,
    and the line under it reads as a standfirst, clauses after commas and no full stop
    (a line of such length with a full stop is prose, see _kicker)."""
    text = line.text
    if under.words < MIN_LONG_DEK_WORDS or not (
            text.endswith("!") or (text[0] in "«“\"" and text[-1] in "»”\"") or
            _VOCATIVE in text):
        return False
    return bool(textnorm.ARABIC_LETTER.search(under.text)) and \
        _CLAUSE_BREAK.search(under.text) is not None and not _ends_sentence(under.text)


def _bar_label(lines: list[Line], index: int) -> bool:
    """Whether the line is a section's label and its series' or its kind's after a bar
    ("Middle East & Africa | The Ledger explains", "اقتصاد | تحليل", "Opinion | The Big
    Read"): two or three parts, each a label's few words (MAX_LABEL_WORDS + 1 at most). A
    label over the headline: no headline of a list of links over it. (Not the page's first
    line nor one naming the home page: the masthead, "SITE | الرئيسية", over a menu.)"""
    line = lines[index]
    if "|" not in line.text or not index or \
            textnorm.contains_any(line.key + " ", _HOME_LINKS):
        return False
    parts = line.text.split("|")
    return len(parts) <= 3 and all(0 < len(part.split()) <= MAX_LABEL_WORDS + 1 for part in parts)


def _card_role_line(lines: list[Line], index: int) -> bool:
    """Whether the line is a writer card's role or bio under the name (see _credit_line and
    _writer_card_line), a role's word in it (asked first: a quicker test)."""
    key = lines[index].key
    return bool(_BIO_ROLE_AR.match(key) or _BIO_ROLE_IN_KEY.search(" " + key)) and (
        _credit_line(lines, index) or _writer_card_line(lines, index))


# (mapped over the lines in C: quicker than a comprehension)
_LINE_TEXT, _LINE_KEY = attrgetter("text"), attrgetter("key")


def _titled_name(line: Line) -> bool:
    """Whether the line is a name alone after a person's title ("د. NAME", "Dr NAME", see
    _HONORIFIC): the writer's credit, however headline-shaped, between a headline and its
    standfirst."""
    return line.words <= MAX_SIGNATURE_WORDS + 2 and _titled(line.text)


def _titled(text: str) -> bool:
    """Whether the text is a name after a person's title (see _titled_name), whatever its
    width: the test of the name alone, for a credit inside a longer line. A compound given
    name counts as one word ("عبد المقصود", "حسام الدين": see _COMPOUND_NAME_SPACE)."""
    return _HONORIFIC.match(text) is not None and \
        _name_shaped(_COMPOUND_NAME_SPACE.sub("", _without_title(text)))


# The space inside an Arabic compound given name, after "عبد" or before "الدين" ("عبد
# المقصود", "حسام الدين"): one name of two words.
_COMPOUND_NAME_SPACE = re.compile(r"(?<=\bعبد) (?=\w)|(?<=\w) (?=الدين(?!\w))")


def _clock_stamp(line: Line) -> bool:
    """Whether the line is a short one stamped with a time of day ("Rates as of 9:00 AM, Oct
    10" under a rate card, "الأسعار حتى الساعة 10:30"): a box's or a widget's, never a
    headline, which names no clock among so few words."""
    return ":" in line.text and line.words <= MAX_DATELINE_WORDS and \
        _CLOCK.search(textnorm.to_ascii_digits(line.text)) is not None


def _byline_over_headline(line: Line) -> bool:
    """Whether the line is a byline with no date ("بقلم NAME", "By NAME"): an opinion page
    prints it over the headline, the headline right under it, never a kicker between."""
    return not line.dates and _AUTHOR_PATTERN.match(line.key + " ") is not None


def _dated_item(line: Line) -> bool:
    """Whether the line is a headline closed by its day's date ("… 14-04-2026")."""
    last = line.dates[-1] if line.dates else None
    return last is not None and last.start > 0 and last.value["precision"] == "day" and \
        not line.text[last.end:].strip()


def _in_dated_list(lines: list[Line], index: int) -> bool:
    """Whether the line is an item of a list of headlines each closed by its day's date, a
    writer's earlier columns over the headline ("مقالات الكاتب:" / "… 14-04-2026" / "…
    07-04-2026"): the line over or under it is another such item. No title: a headline
    prints its date on a line of its own."""
    return _dated_item(lines[index]) and (
        (index > 0 and _dated_item(lines[index - 1])) or
        (index + 1 < len(lines) and _dated_item(lines[index + 1])))


def _one_step_breadcrumb(line: Line) -> bool:
    """Whether the line is a breadcrumb of two steps joined by an arrow ("Markets › Stock
    Market News", "اقتصاد » أسواق"): one separator, no bar (a masthead's "SITE | Home" is
    joined by a bar; see Line.breadcrumb for two separators or more)."""
    return line.mark_or_persian_letter and "|" not in line.text and not line.dates and \
        len(_BREADCRUMB_SEPARATORS.findall(line.text)) == 1


# A review's rating in stars, on a line of its own or after the venue ("Crucible Studio,
# Sheffield ★★★★☆"): no headline, and it may stand between the headline and its standfirst.
_RATING_STARS = ("★", "☆")


def _between_headline_and_standfirst(line: Line) -> bool:
    """Whether the line may stand between a headline and its standfirst: a widget's or a
    tool's line ("Listen to this article"), a reading time, the summary's label, a review's
    stars or an obituary's life span (see _passed_under_headline), or a
    writer's credit ("By NAME", "من موفدنا إلى CITY: NAME", "Source: NAME", "NAME Deputy
    business editor") or a desk's ("CITY - OUTLET - خاص", see Line.dateline_credit)."""
    return line.furniture or _reading_time(line) or bool(_SUMMARY_LABEL.fullmatch(line.key)) \
        or _passed_under_headline(line) is not None \
        or line.byline_shaped or line.credit_names is not None or line.dateline_credit or \
        _source_writer(line.text) is not None or _name_then_glued_role(line)


# A series' part closing its name over the headline ("… Part 2 of 3", "… (2 من 3)", "… (3 of 4)",
# "… الحلقة الثانية"), on a line's key (Arabic letters folded, marks gone).
_SERIES_PART = re.compile(r"(?:\b(?:part|chapter|episode|instalment|installment) (?:\d+|one|two|"
                          r"three|four|five|six)(?: of (?:\d+|two|three|four|five|six|seven))?|"
                          r"(?:^|\s)\d+ (?:من|of) \d+|(?:الحلقه|الجزء|الفصل) (?:\d+|الاولى?|"
                          r"الثانيه?|الثالثه?|الرابعه?|الخامسه?|الاخيره?)(?: من \S+)?)$")
# Words each series' part holds: a key with none is not searched (quicker: the pattern,
# opening with an assertion, is tried at every position of the key).
_SERIES_PART_WORDS = ("part", "chapter", "episode", "instal", " of ", " من ", "الحلقه", "الجزء",
                      "الفصل")
# ... or its fraction after a bar, a colon or in brackets ("Special Series: NAME (2/3)",
# "NAME | 2/5"), on the line's text (the key drops the slash).
_SERIES_FRACTION = re.compile(r"(?:[(\[]|[|:]\s*)\d{1,2}\s*/\s*\d{1,2}[)\]]?$")
# ... or alone on its line under the name ("1/3", "(2/5)").
_PART_FRACTION = re.compile(r"[(\[]?\d{1,2}\s*/\s*\d{1,2}[)\]]?")


def _series_label(line: Line) -> bool:
    """Whether the line is a series' label: its name and the part this story is ("سلسلة:
    NAME (2 من 3)", "NAME | Chapter 2 of 4", "Special Series: NAME (2/3)"), no longer than
    two kickers; the line under it is the part's headline, however short."""
    return line.words <= 2 * KICKER_WORDS and not _ends_sentence(line.text) and (
        _series_part(line.key) or ("/" in line.text and bool(_SERIES_FRACTION.search(line.text))))


def _part_counter(line: Line) -> bool:
    """Whether the line is a series' or a dossier's part counter alone ("1/3", "(2/5)",
    "Part 2 of 3", "الحلقة الثانية", "(1 من 3)"), a few words at most."""
    return line.words <= MAX_LABEL_WORDS and (
        ("/" in line.text and _PART_FRACTION.fullmatch(line.text) is not None) or
        _series_part(line.key))


def _dossier_name(lines: list[Line], index: int) -> bool:
    """Whether the line is a dossier's or a series' name over its part counter alone, the
    part's headline under the counter, over its byline, its date or both ("ملف: NAME" /
    "1/3" / "HEADLINE" / "NAME", "The water question" / "Part 2 of 3" / "HEADLINE" / "May
    4, 2026"): the series' label, never the part's headline (see _series_label for the name
    and the part on one line); the counter is no gallery's, the headline no caption. The
    name is a label, shorter than the headline; a gallery's caption under its counter
    is shorter than the headline over it or a sentence ("HEADLINE" / "1 / 4" / "CAPTION."
    / "NAME")."""
    if index + 3 >= len(lines) or not _part_counter(lines[index + 1]):
        return False
    name, headline = lines[index], lines[index + 2]
    return name.headline_shaped and headline.headline_shaped and name.words < headline.words \
        and not _ends_sentence(headline.text) and any(
            credit.byline_shaped or credit.dates or _bare_name(credit)
            for credit in lines[index + 3:index + 5])  # (the byline, the date under it)


def _series_part(key: str) -> bool:
    """Whether the key closes with a series' part (see _SERIES_PART)."""
    return textnorm.contains_any(key, _SERIES_PART_WORDS) and _SERIES_PART.search(key) is not None


# A full stop between two sentences inside a line, after a word of lower-case letters (no
# title's abbreviation: "Dr.", "Mrs.") or of two Arabic letters (no initial's: "د.").
_SENTENCE_INSIDE = re.compile(r"(?:[a-z]{3}|[\u0621-\u064a]{2})\. +[A-Z\u0621-\u064a]")


def _kicker(line: Line, headline: Line) -> bool:
    """Whether ``line``, straight above ``headline``, is a kicker (a supertitle) over it.

    A kicker is a label: a few words over a longer headline ("بعد 12 عاما من القطيعة"),
    or, however long, a bare circumstantial phrase ("في ظل تراجع الإيرادات وارتفاع
    الأسعار", "After three years of empty shop windows"): it opens with a preposition and
    holds no clause after it (no comma, colon or two dots), so it says nothing happened.
    A headline over a standfirst says what happened. The headline under a kicker is not
    a sentence ending with a full stop, nor two sentences ("… on the edge of Cairo. The
    journey is shrinking, and …"), nor a line of three kickers' length or more with a
    clause after a comma ("A day on the line …, and the people who keep it running"), as a
    standfirst may be.
    """
    if _ends_sentence(headline.text) or (headline.words > 2 * KICKER_WORDS and
                                         ". " in headline.text and  # (its stop: quicker)
                                         _SENTENCE_INSIDE.search(headline.text) is not None) or (
            headline.words >= 3 * KICKER_WORDS and _CLAUSE.search(headline.text)):
        return False
    if _DOCUMENT_NUMBER.match(line.text) or _DOCUMENT_ISSUER.match(line.text) or \
            _programme_label(line):
        return True  # "بيان صحفي رقم (7) لسنة 2025", "Press release by the Ministry …",
        # "برنامج «…» مع الإعلامية NAME": a label
    if line.words < min(headline.words, 2 * KICKER_WORDS) and _series_part(line.key):
        return True  # "The water question: Part 2 of 3", "ملف المياه (الحلقة الثانية)"
    return (line.words <= KICKER_WORDS < headline.words and not _short_headline(line)) or (
        bool(_KICKER_OPENING.match(line.key)) and not _CLAUSE.search(line.text)
        and ".." not in line.text and ":" not in line.text)


def _short_headline(line: Line) -> bool:
    """Whether a line of three to five words says something as a headline does, two parts
    joined by a comma ("Smog season, again", an editorial's headline over its subline), a
    subject facing something (see _FACES), or a question ("أوروبا تشيخ.. ومن سيدفع
    المعاشات؟", "Who pays for the pensions?"), or names the person an obituary is of ("Jane
    Doe obituary"), or says what a named person does (see _name_then_verb): a kicker is a
    label or a phrase, with no clause after it, and asks nothing."""
    return (3 <= line.words <= KICKER_WORDS and (
        (bool(_CLAUSE.search(line.text)) and not _ends_sentence(line.text)) or
        line.text.rstrip(_CLOSERS).endswith(("?", "؟")) or _name_then_verb(line) or
        _FACES.match(line.text) is not None)) or bool(_OBITUARY_HEADLINE.fullmatch(line.text))


# A noun under its article, then "أمام" and what it faces ("الدينار أمام امتحان السوق
# الموازية"): a sentence with no verb, saying where things stand, as a headline does; a
# kicker names a topic ("الحرب في السودان").
_FACES = re.compile(r"ال[^\W\d_]+ أمام ")


def _name_then_verb(line: Line) -> bool:
    """Whether a short line opens with a person's given and family names, then a verb in
    the present ("NAME يرسم الصحراء بالأزرق", "NAME تعود إلى المسرح", "Jane Doe paints the
    sea"): a sentence, a headline's, where a kicker names the person alone ("NAME" over
    "…") or a phrase after the name ("Jane Doe at 80")."""
    words = line.text.split()
    if len(words) < 4 or not given_names.opens_name(words):
        return False
    verb = words[2]
    if textnorm.ARABIC_LETTER.match(verb):
        return verb[0] in "يت" and len(verb) >= 4  # (the present's prefix: يرسم، تعود)
    return verb.isalpha() and verb.islower() and verb.endswith("s") and not verb.endswith("ss")


# An obituary's headline, the name and the genre's word after it or before a colon ("Jane
# Doe obituary", "Obituary: Jane Doe"), over its subline.
_OBITUARY_HEADLINE = re.compile(r"(?:[A-Z][\w'’.\-]*\s+){1,4}obituary|"
                                r"Obituary:\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,4}")


# The marks between a byline's label and the name: a colon, a comma, a bar, a slash, or a
# run of dashes or of tatweel ("كتب ــ NAME", "By -- NAME", "كتب / NAME").
_AFTER_LABEL = " -–—ـ|:،,/"


# The language a writer's label says the text was written in, one word before the colon
# ("كتبه بالإسبانية: NAME", a translator's credit after it): no part of the name.
_LANGUAGE_WRITTEN = re.compile(r"^بال[^\W\d_]+\s*[:：]\s*")


# "Our" reporter, correspondent or envoy before the name, no mark between ("عمّان - مراسلنا
# NAME", "دمشق - من مراسلتنا NAME", "موفدنا الخاص NAME").
_OUR_REPORTER = re.compile(r"(?:من\s+)?(?:مراسل|موفد|مبعوث)(?:نا|تنا)(?:\s+(?:الخاص|الخاصة))?"
                           r"\s+(?P<name>\S.*)")


def _name_after_our_reporter(text: str) -> str:
    """The name after "our" reporter's role (see _OUR_REPORTER), when it is a name alone
    opening with a known given name (see _name_alone); else ``text``."""
    found = _OUR_REPORTER.fullmatch(text)
    return found["name"] if found and _name_alone(found["name"]) else text


# The writer's social handle or e-mail address after the name ("By NAME @handle", "NAME
# jdoe@outlet.com", a local daily's byline): a contact, no word of the name.
_HANDLE_TAIL = re.compile(r"\s*[|/·•]?\s*(?<![^\s|/·•])(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|"
                          r"@[A-Za-z0-9_.]{2,30})$")


# A title printed with a slash before the name, as Egyptian, Sudanese and Eritrean sites
# print it: "الأستاذ/ NAME", "المهندس/ NAME", "د/ NAME", "أ/ NAME".
_SLASHED_TITLE = re.compile(r"(?<!\S)(الأستاذ|الاستاذ|الأستاذة|الاستاذة|الدكتور|الدكتورة|"
                            r"المهندس|المهندسة|أ\.?\s?د|د|م|أ)\s?/\s*")


def _title_without_slash(found: re.Match) -> str:
    """The slashed title as _TITLES reads it: a word, then a space; a letter, its dot."""
    title = found[1]
    return f"{title}. " if len(title) == 1 or title[-2] in ". " else f"{title} "


# A date's label closing a labelled byline, no mark before it: "By NAME published 14 May
# 2026", "By NAME posted on …", "كتب NAME نشر في …" (the date itself is cut off before).
_DATE_LABEL_TAIL = re.compile(r"\s+(?:(?:first\s+)?(?:published|posted)(?:\s+on)?|"
                              r"نشر(?:\s+(?:في|بتاريخ|يوم))?)$", re.IGNORECASE)


# What joins wire services to the writer's name: "NAME with agencies", "NAME مع وكالات",
# "NAME + وكالات", "NAME and AFP", "NAME و وكالات", and the "و" written onto the wire's
# word ("NAME ووكالات", "NAME ورويترز"); in a byline in capitals, "NAME WITH AA". The
# joiner's last match is read, so a "و" opening the name's own last word is only cut when
# the rest of that word names a wire.
_WITH_WIRES = (" with ", " WITH ", " مع ", " + ", " and ", " و ", " و")


# The site's staff or its desk joined after a writer's name: "By NAME and KXVT Staff",
# "NAME with staff reports", "NAME وفريق التحرير" (a key; the outlet's name may open it).
_JOINED_STAFF = re.compile(r"(?:the )?(?:\w+ ){0,2}staff(?: reports?)?|"
                           r"(?:فريق|اسره|هيئه) التحرير")
_STAFF_LAST_WORDS = frozenset(["staff", "report", "reports", "التحرير"])


def _without_wires(text: str) -> str:
    """``text`` without the wires or the site's staff joined after the names ("By NAME
    with AFP", "NAME ووكالات", "CITY - NAME + وكالات", "NAME, with agencies", "NAME and
    KXVT Staff"): they helped, they are no writer; the comma ahead of the joiner goes with
    them, and so does the place the staff filed from ("NAME in Istanbul and Chronicle staff
    in Tehran", "NAME ووكالات من بيروت")."""
    printed = text
    last = _key(text.rpartition(" ")[2])
    if last not in _WIRE_LAST_WORDS and last[1:] not in _WIRE_LAST_WORDS and \
            last not in _STAFF_LAST_WORDS:
        if " in " not in text and " من " not in text:
            return text  # (a quick test: most credits close with a name)
        text = _FILED_IN.sub("", text)
        last = _key(text.rpartition(" ")[2])
        if text == printed or (last not in _WIRE_LAST_WORDS and last[1:] not in _WIRE_LAST_WORDS
                               and last not in _STAFF_LAST_WORDS):
            return printed
    placed = text
    for joiner in _WITH_WIRES:
        name, joined, wire = text.rpartition(joiner)
        text = name.rstrip(" ,،") if joined and (
            _wire(wire) or ("," not in wire and _JOINED_STAFF.fullmatch(_key(wire)))) else text
    return printed if text == placed != printed else text


_BRACKETED = re.compile(r"\s*\(([^()]{1,30})\)")  # a bracketed part of a credit: "(Reuters)"
# A live page's writers marked by their shift, in brackets after each name ("NAME (now) and
# NAME (earlier)", "NAME (الآن) وNAME (سابقاً)"): the names alone.
_LIVE_SHIFT = re.compile(r"\s*\((?:now|earlier|later|الآن|سابقا|سابقاً|سابقًا)\)", re.IGNORECASE)


def _unless_wire(found: re.Match) -> str:
    """The bracketed part (see _BRACKETED) as printed, or nothing when it names a wire or a
    live page's writer's shift (see _LIVE_SHIFT)."""
    return "" if _wire(found[1]) or _LIVE_SHIFT.fullmatch(found[0]) else found[0]


# Cached: a line under a headline is read as a byline by several rules (_Header.author, …).
@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def _byline(text: str, masthead: str | None = None) -> str | None:
    """The author named in a byline fragment, or None when it does not look like one
    (``masthead``: the site's name, a part of the credit after the name)."""
    # "*", "٭": a footnote's mark; "/", "•", "·": the mark between the name and its date.
    text = _label_after_place(_without_time_tail(_READING_TIME.sub("", _one_label(text)).strip(
        " -–—|:،,*٭/•·")))
    if "@" in text:  # the writer's handle or address after the name (see _HANDLE_TAIL)
        text = _HANDLE_TAIL.sub("", text)
    if "/" in text:  # "الأستاذ/ NAME", "د/ NAME": the title's slash is no mark between parts
        text = _SLASHED_TITLE.sub(_title_without_slash, text)
    if text[-1:] == ")" and _name_then_bracketed_role(text := _LIVE_SHIFT.sub("", text)):
        text = text.partition(" (")[0]  # "NAME (مبعوثنا الخاص إلى …)": the name, its role
    key = _key(text)
    if _UPDATE_PATTERN.search(key) or _DATE_LABEL_PATTERN.fullmatch(key):
        return None
    label_cue = _label_cue(text)
    match = None if _desk_credit(text, label_cue) else _AUTHOR_PATTERN.match(key + " ") or \
        label_cue or _from_writer(text)
    if match:  # (the writer's credit alone: "By NAME edited by NAME"; see _DATE_LABEL_TAIL)
        text = _DATE_LABEL_TAIL.sub("", _before_other_credit(
            text[label_cue.end():].strip(_AFTER_LABEL) if label_cue else _LANGUAGE_WRITTEN.sub(
                "", " ".join(text.split()[len(match.group(0).split()):])).strip(_AFTER_LABEL)))
    text = _without_wires(text)
    if match and len(text.split()) > 3:  # (the place filed from before the role's reading)
        text = _FILED_IN.sub("", text)
    text = _without_role(_IN_QUOTED_OUTLET.sub("", _name_before_no_name(
        _FILED_AT.sub("", _name_after_role(text)))) if match else text, masthead)
    if match and text.endswith(".") and len(text.split()[-1]) > 3:
        text = text[:-1]  # a labelled byline's closing full stop ("By NAME."), no initial's
    # "دبي | NAME", "مراسل القناة في البصرة: NAME", "سلمى حداد - واشنطن": the names alone.
    credited = _credit_reading(text)
    text = credited or text
    own = None if match or credited else _name_before_own_outlet(text, masthead)
    text = own or text
    place, dash, name = _PLACE_DASH.partition(text) if not (match or credited or own) \
        else (None, None, None)
    if dash and (len(place.split()) <= DATELINE_CREDIT_WORDS or _outlet_before_name(place, name)
                 or _dated_wire_place(place, name)) and not _OFFICE.match(_key(place)):
        if _AUTHOR_PATTERN.match(_key(name) + " "):  # "OUTLET ـ بقلم الكاتبة NAME"
            return _byline(name, masthead)
        # "الرياض - خالد العنزي": place, then name (a photographer's credit after it); "NAME
        # - «OUTLET»": the writer, then the paper a translated text first appeared in;
        # "OUTLET _ NAME _ CITY": the town filed from after the name (see _credit_reading;
        # a name after a second part, "CITY - OUTLET - NAME", is judged whole below)
        named = _name_after_outlet(name, masthead)
        reading = _credit_reading(named)
        named = reading if reading and named.startswith(reading) else named
        text = place if _QUOTED_PUBLICATION.fullmatch(name) else _without_role(named, masthead)
    text = _name_after_our_reporter(text) if "نا " in text else text
    # One word is a label ("Listen", "Save") unless a cue said "By …": names have two.
    untitled = _initial_apart(_without_title(text))  # (the names counted without their titles)
    if not text or any(map(str.isdigit, text)) or \
            not (1 if match else 2) <= len(untitled.split()) <= \
            MAX_NAME_WORDS * _labelled_persons(untitled, match is not None):
        return None
    if re.search(r"[.!?؟]", _MIDDLE_INITIAL.sub("", _FAMILY_INITIAL.sub("", _INITIAL.sub(
            "", untitled)))):
        # "د. منى العطار", "نوال ح.", "سمير. ب": a title, or an initial with its dot, in a name
        # "ع. الحسناوي": a title or an initial with its dot opens a name
        return None
    # "Ragip Soylu in Ankara", "فهد العتيبي وسارة المطيري من الرياض": bylines add where the
    # reporters filed from.
    text = _FILED_IN.sub("", text) if len(text.split()) > 3 else text
    if match and " في " in text:  # "بقلم NAME في عمّان، الأردن": after a label only
        text = _FILED_IN_LABELLED.sub("", text)
    place, mark, name = _PLACE_MARK.partition(text) if not credited else (text, "", "")
    mark = mark.strip()
    if not mark:
        return text
    if mark != ":" and given_names.opens_name(place.split()):
        if len(name.split()) >= 2 and given_names.opens_name(name.split()):
            return text  # "مريم العلوي / أنس بنجلون": two writers, as printed
        if len(name.split()) <= 2 and _capitalised(name):
            return place  # "كلير دوبوا / تونس", "NAME • باريس": the name, then the city
    if mark not in (":", "/"):
        return text  # "NAME | The Harbour Times": judged whole
    # "رام الله: كفاح زبون" / "Beirut: Jane Doe" / "في صنعاء / …": place, then name
    if _CREDIT_LABEL.fullmatch(_key(place)):
        return None  # "تصوير: …", "ترجمة: …", "Photo: …": a photographer, a translator
    return name if len(place.split()) <= 3 and 2 <= len(name.split()) <= 5 else None


def _label_after_place(text: str) -> str:
    """A byline without the place it was filed from and a comma before the writer's label
    ("Beirut, by NAME", "بيروت، بقلم NAME": see _PLACE_BEFORE_LABEL); else ``text``."""
    placed = _PLACE_BEFORE_LABEL.match(text) if textnorm.contains_any(text, ",،") else None
    return text[placed.end():] if placed and \
        _AUTHOR_PATTERN.match(_key(text[placed.end():]) + " ") and \
        not given_names.opens_name(text[:placed.end()].strip(" ,،").split()) else text


def _desk_credit(text: str, label_cue: re.Match | None) -> bool:
    """Whether a byline cue's first word opens a desk's credit, judged whole: a role noun
    and its adjectives ("المحرر الاقتصادي", see _DESK_CREDIT), or the editor answering for
    the page before a colon ("المحرر المسؤول: NAME", another's credit: see _CREDIT_LABEL);
    a writer's label before its colon ("تحرير: NAME") is read as _LABEL_CUE says."""
    return bool(_DESK_CREDIT.match(text)) or (
        not label_cue and ":" in text and _labelled_credit_text(text))


# The last word of a role or a trade after a labelled byline's name: "Programme
# Coordinator", "Field Officer", "Data Journalist", "Research Assistant", "Legal Trainee".
_ROLE_WORD_END = re.compile(r"[A-Za-z][a-z]+(?:or|er|ist|ant|ent|ian|ive|ary|ee)")


def _name_before_no_name(text: str) -> str:
    """"Jane Doe, Programme Coordinator, Kerala", "Jane Doe, 200L Mass Communication": the
    name alone, when a labelled byline's name (two to four words opening with a known
    given name, after a title if any: "Dr Jane Doe, clinical psychologist") is followed
    after a comma by parts that are each no name: none opens with a given name (a second
    writer's does: "Jane Doe, John Smith"), and each holds a digit
    (a student's level or year), a lowercase word ("Dept. of …", "… and Language Arts") or
    closes with a role's or a trade's word ("Coordinator", "Officer"); "and" joins names
    ("Jane Doe, Ana Cruz and Li Wei"). After such a part, one to three capitalised words
    are the country or the region the role serves ("Jane Doe, Country Director, South
    Sudan", as aid agencies sign their staff's posts). ``text`` itself
    otherwise (judged whole by _without_role)."""
    if "," not in text:
        return text  # (a quick test: most bylines print no comma)
    name, *rest = [part.strip() for part in text.split(",")]
    named = _without_title(name).split()  # (the name judged without its title: "Dr NAME")
    if not (2 <= len(named) <= 4 and given_names.opens_name(named)) or not all(rest):
        return text
    role_before = False  # a part before this one named a role: a place may follow it
    for part in rest:
        words = part.split()
        if given_names.opens_name(words):
            return text
        if _DIGIT.search(part) or any(word.islower() and word != "and" for word in words) or \
                (len(words) >= 2 and _ROLE_WORD_END.fullmatch(words[-1])):
            role_before = True
        elif not (role_before and len(words) <= DATELINE_CREDIT_WORDS and _capitalised(part)):
            return text
    return name


# "From NAME, Town", "From NAME in Town": a regional reporter's credit, the town filed from
# after the comma or "in".
_FROM_WRITER = re.compile(r"From\s(?=[A-Z][\w'’\-]+\s[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?"
                          r"(?:,\s[A-Z][a-z'\-]+|\sin\s[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+)?)$)")


def _from_writer(text: str) -> re.Match | None:
    """"From" opening a reporter's credit ("From NAME, Kano", as Nigerian dailies print
    it; "From NAME in Arusha", as East African ones do): a known given name, one or two
    more capitalised words, then a comma and one capitalised word, or "in" and one or two,
    the town; or None ("From the archives", "From Lagos, a …")."""
    found = _FROM_WRITER.match(text) if text[:5] == "From " else None
    return found if found and given_names.is_given_name(text.split()[1]) else None


def _name_after_role(text: str) -> str:
    """The name after a byline's role printed before it in lower case ("science reporter
    NAME", "political correspondent NAME"), its beat's one or two capitalised words before
    it or not ("Pacific affairs reporter NAME", "Middle East correspondent NAME"): the role
    closes with a role's word and the name's words are capitalised, two to four, or the
    names of a list ("… reporter NAME and NAME", see _listed_names); in Arabic, a role's
    words carry the article (see _name_after_arabic_role). Else ``text``."""
    words = text.split()
    if (official := _name_after_office(words)) is not None:
        return official
    if textnorm.ARABIC_LETTER.search(text):
        return _name_after_arabic_role(words) or text
    beat = 0
    while beat < min(2, len(words)) and words[beat][:1].isupper():
        beat += 1
    run = beat
    while run < len(words) and words[run].islower():
        run += 1
    name = " ".join(words[run:])
    if run == beat or not _NO_PERSON_PATTERN.fullmatch(_key(words[run - 1])) or \
            not all(word[:1].isupper() for word in name.split() if word not in _NAME_JOINERS):
        return text
    return name if 2 <= len(words) - run <= 4 or _listed_names(name, each_opens=False) \
        else text


MAX_OFFICE_WORDS = 6  # "الأمين العام لحزب الأفق الوطني", "UN Secretary-General"


def _name_after_office(words: list[str]) -> str | None:
    """The official's name after the office a labelled byline names first ("بقلم وزير
    الخارجية NAME", "بقلم الأمين العام للحزب د. NAME", "By UN Secretary-General NAME"): the
    words before it name an office (see _OFFICE, its words' article dropped; a secretary)
    in two words or more, the first no given name ("الأمين" alone, "محمد الأمين" open names),
    the words from the first that opens a name alone to the end, a title before it or not
    (the title is cut off with the author's); or None."""
    if given_names.opens_name(words[:1]):
        return None
    for start in range(2, min(len(words) - 1, MAX_OFFICE_WORDS + 1)):
        name = " ".join(words[start:])
        if _name_alone(_without_title(name)):
            office = " ".join(word.removeprefix("ال") for word in _key(" ".join(
                words[:start])).split())
            return name if _OFFICE.search(office) or "secretary" in office else None
    return None


def _name_after_arabic_role(words: list[str]) -> str | None:
    """"الحكم الدولي السابق NAME", "الخبير الاقتصادي NAME", "اللواء المتقاعد NAME": the name
    after a labelled byline's role, or None. The role's words each carry the article, two
    or more (a noun and its adjective), or one writer's role ("الباحث NAME", see
    _ARABIC_ROLES): a given name may carry it too, alone before the next name ("الأمين حسن
    الطيب", "الطاهر …": nothing is cut); the name after them is a name alone (see
    _name_alone); or a writer's role without it before its field's word with it ("خبيرة
    التجميل NAME", "أستاذ القانون الدولي NAME": the role names its field)."""
    field_role = len(words) > 3 and words[1][:2] == "ال" and \
        bool(_BIO_ROLE_AR.fullmatch(_key(words[0])))
    run = int(field_role)
    while run < len(words) and words[run].startswith("ال") and \
            not given_names.opens_name(words[run:]):
        run += 1
    name = " ".join(words[run:])
    return name if (run > 1 or (run and _BIO_ROLE_AR.fullmatch(_key(words[0][2:])))) and \
        _name_alone(name) else None


def _own_outlet_credit(lines: list[Line], index: int) -> bool:
    """Whether the line credits a writer for the site whose name tops the page ("NAME -
    OUTLET - CITY", "NAME · OUTLET ·", see _name_before_own_outlet; "OUTLET ـ بقلم NAME" is
    a byline, see _label_after_dash; a Latin name, a dash or a bar and the site's name, see
    _name_then_masthead): a byline, never a headline."""
    text = lines[index].text
    return (textnorm.contains_any(text, "-·•") and _masthead(lines, 0) and
            _name_before_own_outlet(text, lines[0].text) is not None) or (
                textnorm.contains_any(text, "-–—ـ_|") and _name_then_masthead(lines, index))


# The outlet's name in quotation marks, alone after a desk's credit's colon.
_QUOTED_NAME = re.compile(r"[«“][^«»“”\d]{2,30}[»”]")


def _places_then_own_outlet(lines: list[Line], index: int) -> bool:
    """Whether the line credits the site's own desk after the places filed from: one place
    or more, one word each, joined by dashes, a colon, then the outlet's quoted name, as a
    line over the headline prints it ("CITY - CITY - CITY: «OUTLET»", a story several
    bureaus filed): a credit, never a headline. A headline's quotation after its place
    ("CITY: «…»") quotes no name the top of the page prints."""
    text = lines[index].text
    if text[-1] not in "»”" or lines[index].words > MAX_BYLINE_WORDS:
        return False  # (a quick test: most lines close with no quotation mark)
    places, colon, name = text.rpartition(":")
    if not colon or _QUOTED_NAME.fullmatch(name.strip()) is None or \
            not all(len(place.split()) == 1 for place in _PLACE_DASH.pattern.split(places)):
        return False
    outlet = _key(name)
    return any(outlet in line.key for line in lines[:index] if line.words <= MASTHEAD_WORDS)


def _outlet_and_agency(lines: list[Line], index: int) -> bool:
    """Whether the line credits the site whose name tops the page, whole or by its own
    words ("الضفتين" of "قناة الضفتين الدولية"), and a wire service, and nothing else
    ("أوروبا 24 / أ ف ب", "The Courier | Reuters", "الضفتين / أ ف ب"): a desk's credit over
    the date, never a headline."""
    line = lines[index]
    if line.words > 2 * MASTHEAD_WORDS or not textnorm.contains_any(line.text, "/|-–—") or \
            not _masthead(lines, 0):
        return False
    keys = [_key(part) for part in _CREDIT_PARTS.split(line.text)]
    site = [key for key in keys if key and f" {key} " in f" {lines[0].key} "]
    return len(keys) >= 2 and len(site) == 1 and \
        all(key == site[0] or _AGENCY_PATTERN.fullmatch(key) for key in keys)


def _source_writer(text: str) -> str | None:
    """The writer's name a source's label credits with a writer's role after it ("Source:
    NAME, Contributor", see _SOURCE_WRITER), the name a known one (see _name_alone); or
    "Source:" before a Latin name alone and capitalised ("Source: Kwame Boateng-Owusu", as
    West African portals credit a contributor): an agency, a ministry or a site opens with
    no given name, and an Arabic paper's name may ("المصدر: نداء الوطن"), so not there."""
    match = _SOURCE_WRITER.match(text) if ":" in text or "：" in text else None
    name = match["name"].strip() if match else ""
    if not name and text[:7].lower() == "source:":
        name = text[7:].strip()
        if not name.isascii() or not all(word[:1].isupper() for word in name.split()):
            return None
    return name if name and _name_alone(name) else None


# An agency's dateline before its reporter's name: the place, the day and the month it was
# filed, the wire in brackets ("عمّان 4 آذار (بترا) - NAME", "AMMAN, March 4 (Petra) - NAME").
_DATED_WIRE_PLACE = re.compile(r"^[^\d()]{2,30}?\s+(?:\d{1,2}\s+[^\W\d_]+|[^\W\d_]+\.?\s+\d{1,2})"
                               r"\s*\((?P<wire>[^()]{2,25})\)$")


def _dated_wire_place(place: str, name: str) -> bool:
    """Whether the part before a credit's dash is an agency's dateline with its day and
    month (see _DATED_WIRE_PLACE), the bracket naming a wire or a state agency's short name
    (see _CLOSING_WIRES), over its reporter's name: a known given name opens the part after
    the dash (a wire's dateline opens its text so too: "AMMAN, March 4 (Reuters) - Jordan
    said …")."""
    found = _DATED_WIRE_PLACE.match(place) if place[-1:] == ")" else None
    return found is not None and (_wire(found["wire"]) or _key(found["wire"]) in _CLOSING_WIRES) \
        and given_names.opens_name(name.split())


def _outlet_before_name(outlet: str, name: str) -> bool:
    """Whether the part before a credit's dash is an outlet's full name, over its reporter's
    ("Beirut Pulse News Agency – NAME"): a masthead's length, an organisation's word among
    it (see _ORGANISATION), and a known given name opening the name after the dash."""
    return len(outlet.split()) <= MASTHEAD_WORDS and \
        _ORGANISATION_PATTERN.search(_key(outlet)) is not None and \
        given_names.opens_name(name.split())


def _name_before_own_outlet(text: str, masthead: str | None) -> str | None:
    """The writer's name of a credit "NAME - OUTLET - CITY" or "NAME - OUTLET" (or with
    middle dots, "NAME · OUTLET ·"), the outlet the site's own name as its top prints it
    (``masthead``), or its end ("الوادي" under "جريدة الوادي"), and the name a known one
    (see _name_alone); else None."""
    name, dash, rest = _OUTLET_MARK.partition(text) if masthead else ("", "", "")
    outlet = _OUTLET_MARK.partition(rest)[0] if dash else ""
    key = _key(outlet)
    return name if key and f" {_key(masthead)}".endswith(f" {key}") and _name_alone(name) \
        else None


def _name_after_outlet(text: str, masthead: str | None) -> str:
    """The reporter's name after the agency's short name and a dash, the city cut off
    before ("بغداد - الوطنية - NAME": "الوطنية - NAME"): the agency is a wire service, a
    state agency's short name (see _CLOSING_WIRES: "عمان - بترا - NAME", "الرباط - ومع -
    NAME") or words of the masthead's own name ("وكالة الأنباء العراقية الوطنية"). Else
    ``text``."""
    outlet, dash, name = _PLACE_DASH.partition(text)
    key = _key(outlet)
    if not dash or len(name.split()) < 2 or (len(outlet.split()) > 2 and key not in _CLOSING_WIRES):
        return text
    if _AGENCY_PATTERN.fullmatch(key) or key in _CLOSING_WIRES or (
            masthead is not None and set(key.split()) <= set(_key(masthead).split())):
        return name
    return text


_NAME_JOINERS = frozenset({"و", "and", "&", "/"})  # between two writers' names, spaced
# An outlet's name in quotation marks between the place and the names of a credit line.
_QUOTED_OUTLET = re.compile(r"\s[\-–—|]\s*[«“][^«»“”\d]{2,30}[»”](?=\s*[\-–—|]\s)")
_LISTED_NAMES = re.compile(r"\s*[،,]\s*|\s+(?:و|and|AND|&)\s+")  # "منى الكعبي، خالد الزعابي"


_TANWEEN = re.compile("[\u064b-\u064d]")


def _persons(text: str) -> int:
    """How many people a credit names: two when "و" (and), glued or spaced, or "and" or "&"
    joins a known given name ("محمود سيد عبد الله وأحمد فتحي الشريف": Egyptian names run to
    four words each; "هالة سعيد الشافعي و ريم محمود النجار"), or a comma lists one
    ("منى الكعبي، خالد الزعابي")."""
    words = text.split()
    # (A word with tanween, "ورشًا", is an indefinite noun's case ending: a name as printed
    # never carries one. Printed without it, a glued "و" still joins a second name only
    # with a name's words at most on either side: "المعرض يستمر أسبوعين ويضم ورشا يومية
    # للناشئة في خط الثلث" is a sentence.)
    return 2 if any((word.startswith("و") and not _TANWEEN.search(word) and
                     index <= MAX_NAME_WORDS >= len(words) - index and
                     given_names.is_given_name(word[1:])) or (
        (word in _NAME_JOINERS or word.endswith(("،", ","))) and given_names.is_given_name(after))
        for index, (word, after) in enumerate(zip(words[1:], [*words[2:], ""], strict=False), 1)
    ) else 1


def _labelled_persons(text: str, labelled: bool) -> int:
    """How many people a credit names (see _persons); after a writer's label ("By …") also
    the names of a list one of which opens with a known given name (see _listed_names: "By
    Jane Roe and Sofia de la Cruz", the second given name not a known one)."""
    persons = _persons(text)
    if labelled and persons == 1 and _LISTED_NAMES.search(text) and \
            _listed_names(text, each_opens=False):
        return len(_names(text))
    return persons


# Another's credit opening a line ("Medically reviewed by …", "Photos by …", see
# _OTHER_CREDIT), in any case, and the spaced mark setting the next credit off after it.
_OTHER_CREDIT_OPENING = re.compile(_OTHER_CREDIT.pattern, re.IGNORECASE)
_NEXT_CREDIT_MARK = re.compile(r"\s[—–|·•]\s")


def _one_label(text: str) -> str:
    """``text`` with a byline label printed in two languages ("By / Par NAME") read as its
    one label ("By NAME"), or the credit alone after a section's label and a bar ("نقد |
    يكتبها: NAME": the kicker crediting the critic, never a headline), or the writer's
    labelled credit after another's opening the line ("Medically reviewed by NAME, MD —
    Written by NAME", as health sites print the checker first), or a label glued to the
    name it credits, the capture having lost the space ("ByAnna Brody": "By Anna Brody");
    ``text`` itself when it opens with none of them."""
    if text[:2] == "By" and text[2:3].isupper() and text[3:4].islower() and \
            _name_alone(text[2:]):
        return "By " + text[2:]
    if " by " in text and _OTHER_CREDIT_OPENING.match(text):
        return next((text[mark.end():] for mark in _NEXT_CREDIT_MARK.finditer(text)
                     if _AUTHOR_PATTERN.match(_key(text[mark.end():]) + " ")
                     or _label_cue(text[mark.end():])), text)
    section = _SECTION_BEFORE_CREDIT.match(text) if "|" in text else None
    if section is not None:
        credit = text[section.end():]
        return credit if _AUTHOR_PATTERN.match(_key(credit) + " ") or _label_cue(credit) \
            else text
    pair = _TWO_LANGUAGE_LABEL.match(text) if "/" in text else None  # (its slash first)
    if pair is None:
        return text
    words = [_key(pair["first"]), _key(pair["second"])]
    cues = [word for word in words if _AUTHOR_PATTERN.match(word + " ")]
    if not cues or not all(word in cues or word in _OTHER_LANGUAGE_CUES for word in words):
        return text  # "غزة / أحمد محمود": a place, then the name
    return cues[0] + text[pair.end():]


def _label_cue(text: str) -> re.Match | None:
    """The credit label opening ``text`` before its colon ("تحرير: …"), or None; a genre's
    label ("تقرير: …") only when a name follows it: a known given name, or a word with no
    article before a family name of origin ("متابعة: نجلاء الزليتني"), and no more words
    than a name holds."""
    cue = _LABEL_CUE.match(text)
    genre = _GENRE_CUE.match(text) if cue else None
    if genre is None:
        return cue
    # A name is short ("حوار: محمد صلاح يتحدث عن …" is a headline); another's credit may
    # follow it on the line ("تغطية: NAME - تصوير: NAME").
    # Two writers may be listed ("تقرير: NAME و NAME"), each after the first opening with a
    # given name or with a word under the article before one (the father's: "الطيب آدم").
    rest = _CREDIT_PARTS.split(_without_title(text[genre.end():]), maxsplit=1)[0]
    first, *others = [name.split() for name in (
        _names(rest) if _LISTED_NAMES.search(rest) else [rest])]
    named = 2 <= len(first) <= MAX_SIGNATURE_WORDS and (given_names.is_given_name(first[0]) or (
        not first[0].startswith("ال") and given_names.family_of_origin(first[-1])))
    return cue if named and len(others) <= 2 and all(
        2 <= len(name) <= MAX_SIGNATURE_WORDS and (given_names.opens_name(name) or (
            name[0].startswith("ال") and given_names.is_given_name(name[1])))
        for name in others) else None


def _without_time_tail(text: str) -> str:
    """``text`` without a date, a clock or a relative time printed after a mark at its end
    ("Andreas Christou • 3 days ago" -> "Andreas Christou")."""
    tail = _TIME_TAIL.search(text) if _DIGIT.search(text) or "ago" in text or "منذ" in text \
        else None
    if tail is None or tail.start() == 0:
        return text
    part = tail[1]
    if dates.find_relative(part) or (_DIGIT.search(part) and (
            dates.find_dates(part) or _CLOCK.search(textnorm.to_ascii_digits(part))
            or _SHORT_AGE.fullmatch(part.strip()))):
        return text[:tail.start()]
    return text


# An aggregator's age of a story in one unit's letter ("Story by NAME • 1d", "• 3h", "• 2w").
_SHORT_AGE = re.compile(r"\d{1,2}\s?(?:s|m|min|h|hr|d|w|mo|y)")


def _label_after_dash(line: Line) -> bool:
    """Whether a byline's label follows a place's or the outlet's name and a dash ("OUTLET ـ
    بقلم الكاتبة NAME", "CITY - By NAME"): a byline, when the label credits names opening
    with known given names (see _listed_names: "Budget - By the numbers" is a headline)."""
    if line.words > MAX_BYLINE_WORDS or not textnorm.contains_any(line.text, "-–—ـ"):
        return False
    place, dash, rest = _PLACE_DASH.partition(line.text)
    if not dash or len(place.split()) > DATELINE_CREDIT_WORDS or \
            not _AUTHOR_PATTERN.match(_key(rest) + " "):
        return False
    name = _byline(rest)
    return name is not None and _listed_names(_without_title(name))


class _Partition:
    """``str.partition`` on the first match of a pattern, which holds one of ``marks``."""

    def __init__(self, pattern: str, marks: str):
        self.pattern, self.marks = re.compile(pattern), marks

    def partition(self, text: str) -> tuple[str, str, str]:
        # (a text with none of the marks is not searched: substring tests are quicker than
        # a pattern tried at every position)
        found = self.pattern.search(text) if textnorm.contains_any(text, self.marks) else None
        if found is None:
            return text, "", ""
        return text[:found.start()].strip(), found.group(), text[found.end():].strip()


_PLACE_DASH = _Partition(r"\s+[\-–—ـ_]+\s*|[\-–—ـ_]+\s+", "-–—ـ_")
# A dash, or a spaced middle dot or bullet, between a writer's name and the outlet's.
_OUTLET_MARK = _Partition(r"\s+[\-–—ـ_]+\s*|[\-–—ـ_]+\s+|\s+[·•](?:\s+|$)", "-–—ـ_·•")
# A place and a name either side of a colon or a spaced slash, bullet, middle dot or bar
# ("CITY: NAME", "NAME / CITY", "NAME • CITY").
_PLACE_MARK = _Partition(r":|\s[/•·|]\s", ":/•·|")
# The role of a reporter credited before the name ("مراسل القناة في البصرة: NAME"), an
# envoy's too, "from" before it ("من مبعوثنا الخاص إلى CITY: NAME", "من موفدنا إلى …", as
# Maghrebi dailies credit a reporter sent abroad: "our" envoy, a UN envoy is none; "From our
# correspondent in CITY: NAME"); a masthead's roles ("رئيس التحرير: NAME") credit its staff
# box, not the article.
_REPORTER_ROLE = _phrases(["مراسل", "مراسلة", "المراسل", "المراسلة", "مراسلنا", "مراسلتنا",
                           "موفد", "موفدة", "موفدنا", "موفدتنا", "مبعوثنا",
                           "مبعوثتنا", "من مراسلنا", "من مراسلتنا", "من موفدنا", "من موفدتنا",
                           "من مبعوثنا", "من مبعوثتنا", "correspondent", "reporter",
                           "our correspondent", "from our correspondent", "our reporter",
                           "from our reporter", "our special correspondent",
                           "from our special correspondent",
                           # the outlet's envoy named by its kind ("مبعوث الموقع إلى CITY:
                           # NAME"): a UN envoy's title names the UN
                           *(f"{envoy} {outlet}" for envoy in ("مبعوث", "مبعوثة")
                             for outlet in ("الموقع", "الجريدة", "الصحيفة", "القناة",
                                            "المجلة", "الوكالة"))])
# The mark between a credit line's parts (see _credit_reading): a colon or a pipe, or a
# slash or a dash spaced on one side at least ("بنغازي/ NAME"; a name's hyphen has none).
_CREDIT_MARKS = ":：|/-–—ـ_،,&"  # the marks of _CREDIT_MARK, the commas and "&" of _LISTED_NAMES
_CREDIT_MARK = _Partition(r"\s*[:：|]\s*|\s+[/\-–—ـ_]+\s*|[/\-–—ـ_]+\s+", ":：|/-–—ـ_")
# An agency's dateline naming its writer after "من" ("from") or "by", between dashes:
# "عمان 3 شباط (نبأ) - من لبنى الخصاونة -".
_AGENCY_WRITER = re.compile(r"\([^()]{2,30}\)\s*[\-–—ـ]+\s*(?:من|[Bb]y)\s+"
                            r"(?P<name>[^\-–—ـ()،,:.\d]{3,40}?)\s*[\-–—ـ]")
# A word of a name: letters, joined by a hyphen or an apostrophe, or an initial.
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
# "فهد الزهراني (جدة)": the city the reporter filed from, in brackets after the name, or
# the writer's station, its number after it ("NAME (Daugava Radio 1)", "NAME (City FM 2)").
_FILED_FROM = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<place>[^()\d]{2,25}|"
                         r"[^()\d]{0,18}(?:[Rr]adio|TV|FM) \d{1,3})\)$")
# A CMS account shown as the byline ("بواسطة admin", "By editor"): a login, not a person.
# A writer's name with the outlet in brackets after it: the outlet is no part of the name.
_NAME_THEN_OUTLET = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<outlet>[^()]+)\)$")
_FILED_FROM_NOT = _phrases([*_AGENCIES, *_ORGANISATION, "يمين", "يسار", "وسط", "الوسط",
                             "left", "right", "centre", "center"])
# The place filed from, one or two words, and a comma before the writer's label opening a
# byline: "Beirut, by NAME", "بيروت، بقلم NAME" (a name there, "NAME, author of …", is
# the writer's own).
_PLACE_BEFORE_LABEL = re.compile(r"[^\W\d_][^\s\d,،]*(?:\s[^\W\d_][^\s\d,،]*)?\s*[,،]\s+")
# "By Jane Doe, Tamale": after a label, one capitalised word after a comma is the town
# filed from (a second writer's name has two words: "By Jane Doe, John Smith"; for a town
# of two, see _town_after_byline).
_FILED_AT = re.compile(r",\s*[A-Z][a-z'-]+$")
# A reprint's byline names the outlet the writer wrote in, quoted, after the name: "كتب
# NAME في «OUTLET»:", "By NAME in “OUTLET”".
_IN_QUOTED_OUTLET = re.compile(r"\s+(?:في|in|for)\s+[«“\"][^«»“”\"]{2,40}[»”\"]$")
# The place a writer filed from, after the name: "in Nairobi", "at Kings Park", "reporting
# from Cork", "at the Stade de la Beaujoire", "at Jassim bin Hamad Stadium", "من عمّان", "من
# رام الله"; before "and" when the next name has its own ("NAME in London and NAME in Paris").
_FILED_IN = re.compile(r"\s+(?:(?:in|at|reporting from)\s+(?:the\s+)?"
                       r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
                       r"(?:(?:\s+(?:bin|ibn|de|la|del|of))+\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?"
                       r"(?:$|(?=\s+and\s+(?:[A-Z][\w'-]+\s+){1,3}(?:in|at)\s+[A-Z]))"
                       r"|من\s+[^\W\d_]\S*(?:\s[^\W\d_]\S*)?$)")
# After a writer's label, "في" and the place of one or two words, a country after a comma:
# "بقلم NAME في عمّان، الأردن" (unlabelled, "NAME في CITY" is a caption's).
_FILED_IN_LABELLED = re.compile(r"\s+في\s+[^\W\d_]\S*(?:\s[^\W\d_]\S*)?"
                                r"(?:\s*[،,]\s*[^\W\d_]\S*(?:\s[^\W\d_]\S*)?)?$")
# A review's writer signing after its text: "Reviewed by NAME". (Under a byline, "Medically
# reviewed by …" or "Reviewed by …" credits a checker: only after the text, with no byline
# read, is it the writer's.)
_REVIEWER_CREDIT = re.compile(r"(?:reviewed|review) by\s+", re.IGNORECASE)
# The same credit in Arabic, "مراجعة: NAME" (a review: NAME): elsewhere a desk's proofreader
# (see _DESK_CRAFTS_AR), so read only where the page shows it is a review (see _read_reviewer).
_REVIEWER_CREDIT_AR = re.compile(r"مراجع[ةه]\s?[:：]\s*")
# A headline naming its genre, a review: "Album review: …", "Review: …", "… – review" (not
# "Council orders a review of bus fares").
_REVIEW_WORD = re.compile(r"^review\b|\breview(?:\s?[:\-–—|]|$)", re.IGNORECASE)
# A dash before a name after the text signs it off: "— رنا قبيسي".
_DASH_SIGN_OFF = re.compile(r"^[\-–—]\s*")
# A letter's sign-off: the name, a comma, the writer's town of one or two words.
# (or after a dash: "NAME - الجهراء"; or in brackets: "NAME (مراكش)", "NAME (Kisumu)")
_SIGNED_TOWN = re.compile(r"(?:\s*[,،]|\s[\-–—]|\s(\())\s*(?P<town>[^\W\d_][\w'’\-]*"
                          r"(?:\s+[^\W\d_][\w'’\-]*)?)(?(1)\))$")
# A reader's town and county on the line under the name signing a letter ("Church Stretton,
# Shropshire"), each word capitalised.
_TOWN_LINE = re.compile(r"[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2},\s[A-Z][\w'’\-]*"
                        r"(?:\s[A-Z][\w'’\-]*)?")
# A clock between the writer's name and the date: "Litia Vunisei | 5:14 pm | October 23",
# or after a space, the date after its comma ("NAME 05:00, Sep 22 2026").
_CLOCK_TAIL = re.compile(r"\s*[|·•]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[|·•]\s*$"
                         r"|\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*,\s*$", re.IGNORECASE)
# A date's label closing the words before the date, after a mark: "NAME · Posted: …",
# "NAME / AGENCY / Updated: …".
_LABELLED_TAIL = re.compile(r"(?:^|[·|•]|\s/\s)[^·|•/]*[:：]\s*$")
# The word between a writer's name and the outlet written for: "NAME FOR SITE".
_FOR_OUTLET = _Partition(r"\s+(?i:for)\s+", "fF")
# The parts of a credit: "Name, Role", "Name | Outlet", "Name - Reporter / @handle",
# "Name/Staff Reporter", "Name · Outlet"; the site's name and a wire service's ("OUTLET /
# AFP", "OUTLET | رويترز", "OUTLET - أ ف ب").
_CREDIT_PARTS = re.compile(r"\s*[,،|/·•]\s*|\s+[\-–—]\s+")
_CREDIT_PART_MARKS = ",،|/·•-–—"  # one of them stands in each part's mark
_LOGIN_HANDLE = re.compile(r"[a-z][a-z0-9_.\-]*")
_HANDLE = re.compile(r"@[A-Za-z0-9_.]{2,30}")  # an account's handle alone: "@salma_o"
# An initial with its dot before a surname: "ع. الحسناوي", "J. Okafor"; or a given name's
# customary short form with its dot ("Ma." for Maria in the Philippines, "Wm.", "Jas.").
_INITIAL = re.compile(r"^(?:[^\W\d_]|Ma|Wm|Jas|Jos|Chas|Thos|Geo)\.\s+(?=[^\W\d_]{2})")
# The family name's initial closing a name, its dot after it or after the given name
# ("نوال ح.", "سمير. ب"), as Maghrebi dailies sign their reporters.
_FAMILY_INITIAL = re.compile(r"(?<=[^\W\d_]{2})(?:\s[^\W\d_]\.|\.\s[^\W\d_])$")
# A middle name's initial between a given name and a family name: "Jane M. Doe".
_MIDDLE_INITIAL = re.compile(r"(?<=[^\W\d_]{2}\s)[A-Z]\.(?=\s[A-Z][^\W\d_])")
# The family name's initial glued to the given name by its dot, closing the credit
# ("حسان.ع"): Algerian dailies sign so, with no space.
_GLUED_INITIAL = re.compile(r"(?<=[^\W\d_]{2})\.(?=[^\W\d_]$)")


def _initial_apart(name: str) -> str:
    """The name with a glued family initial set apart ("حسان.ع" -> "حسان. ع", see
    _GLUED_INITIAL), counted and judged as two words, as "سمير. ب" is."""
    return _GLUED_INITIAL.sub(". ", name) if "." in name else name
# Titles printed before a name: "د. منى العطار", "Dr. Jane Doe".
_HONORIFIC = re.compile(r"^(?:أ\.\s?د\.|د\.|dr\.?|prof\.?|الدكتور|الدكتوره|الدكتورة|البروفيسور|"
                        r"البروفيسورة|البروفسور|البروفسورة)\s*",
                        re.IGNORECASE)
# Titles stripped from the value ("د. عبدالرحمن الشهري" -> "عبدالرحمن الشهري"), a trade's
# word too ("الكاتب الصحفي NAME": the journalist), the Maghreb's "ذ." (الأستاذ: a lawyer's or
# a teacher's), a cleric's ("الأب", "القس"; "Rev.") and the honorific before a sheikh's
# ("فضيلة الشيخ", "سماحة الشيخ"); a title word must end in a dot or a space, so that "Drew"
# or "Msimang" stay whole.
_TITLES = re.compile(r"^(?:(?:أ\.\s?د\.|د\.|أ\.|ذ\.|(?:dr|prof|mr|mrs|ms|rev|fr)\.|(?:dr|prof|mr|"
                     r"mrs|ms|revd|rev|sheikh|shaikh|الأب|الاب|القس|القسيس|المطران|"
                     r"(?:فضيلة|سماحة)\sالشيخ|الدكتور|الدكتوره|الدكتورة|الشيخ|الأستاذ|الاستاذ|المهندس|"
                     r"المهندسة|الصحفي|الصحفية|الصحافي|الصحافية|الإعلامي|الإعلامية|الاعلامي|"
                     r"الاعلامية|الكاتب|الكاتبة|الأستاذة|الاستاذة|البروفيسور|البروفيسورة|البروفسور|"
                     r"البروفسورة|professor)(?=\s))\s*)+", re.IGNORECASE)
# The characters a title of _TITLES opens with (in any case: "ſ" is an "s" to the pattern).
_TITLE_OPENINGS = frozenset("DFMPRSdfmprsſأادذسف")
# A title after the joiner of a second name: "د. NAME ود. NAME", "Dr. NAME and Prof. NAME".
_JOINED_TITLE = re.compile(r"(?:(?<=\sو)|(?<=\sو\s)|(?<=، )|(?<= and )|(?<= & )|(?<=, ))"
                           r"(?:أ\.\s?د\.|د\.|(?:dr|prof)\.)\s?", re.IGNORECASE)
# An engineer's title, "م.", before a name of two words or more opening with a known given
# name ("م. أحمد الصاوي"); before a family name alone it is an initial ("م. بوزيد").
_ENGINEER = re.compile(r"م\.\s?")


def _without_title(name: str) -> str:
    """``name`` without the titles printed before it ("د. منى العطار" -> "منى العطار"). A
    title that is also a given name before a family name stays: it is the name's first
    word ("الشيخ ولد أحمدو", see given_names.title_is_name)."""
    if "." in name:  # a second writer's title after the joiner ("د. NAME ود. NAME")
        name = _JOINED_TITLE.sub("", name)
    if name[:2] == "م." and len(name.split()) >= 3 and \
            given_names.opens_name(_ENGINEER.sub("", name, count=1).split()):
        return _ENGINEER.sub("", name, count=1)
    if name[:1] not in _TITLE_OPENINGS:
        return name  # (no title opens it: one test, quicker than the given names and the pattern)
    return name if given_names.title_is_name(name.split()) else _TITLES.sub("", name)


def _without_role(name: str, masthead: str | None = None,
                  outlet: Callable[[str], bool] = lambda part: False) -> str:
    """"Jane Doe, Middle East correspondent" / "محمد علي - مراسل الموقع": the name alone.

    A byline may add the writer's role after a comma or a dash, or the city filed from
    in brackets ("فهد الزهراني (جدة)"); the part before it is the name when the role
    part is the one naming a role or a desk's code, or names the outlet (``outlet``: the
    page prints it elsewhere, "Priya Nair | The Harbour Times" under a date bar), and
    when the bracket names neither a wire service ("BEIRUT (Reuters)" stays whole) nor a
    position in a photo ("(left)"). Otherwise the credit is kept whole, and judged as a
    whole.
    """
    filed = _FILED_FROM.match(name) if name[-1:] == ")" else None  # (its closing bracket first)
    if filed and len(filed["place"].split()) <= DATELINE_CREDIT_WORDS and not \
            _FILED_FROM_NOT.search(_key(filed["place"])):
        name = filed["name"]
    name = _name_before_for_outlet(name, masthead)
    words = name.split()
    for size in (2, 1):  # "ALI NASSER and SAMIRA HADDAD Associated Press": the wire after
        tail = " ".join(words[-size:])  # (in brackets, "Jane Doe (Reuters)" is judged whole)
        if len(words) > size + 1 and "(" not in tail and _AGENCY_PATTERN.fullmatch(_key(tail)):
            # (with the mark before the wire: "CITY/ NAME/ الأناضول" is a slashed credit)
            name = " ".join(words[:-size]).rstrip(" /|").removesuffix(" The")  # ("… The AP")
            break
    parts = [part.strip() for part in _CREDIT_PARTS.split(name)]
    if len(parts) > 2:  # "A, B and C, Outlet": the names listed first, the last two joined
        parts = _listed_first(name, parts)
    size = len(parts[0].split()) if len(parts) > 1 else 0
    # (two writers joined before their shared role: "NAME & NAME, Staff Reporters")
    if 2 <= size and (size <= 5 or size <= 5 * _persons(parts[0])) and \
            not _NO_PERSON_PATTERN.search(_key(parts[0])) and not outlet(parts[0]) and \
            _other_parts(parts, masthead, outlet):
        return parts[0]
    return _name_before_role(name) or _capitals_before_role(name) or \
        _name_before_glued_outlet(name, outlet, masthead) or name


# Two names joined in a byline's part: "and", "&", "و" spaced or glued to the second.
_NAMES_JOINED = re.compile(r"\s(?:and|&|و)\s|\sو(?=[^\W\d_])")


def _listed_first(name: str, parts: list[str]) -> list[str]:
    """A byline's parts with the names listed first made one ("Jane Doe, John Roe and Ana
    Cruz, The Daily Star": "Jane Doe, John Roe and Ana Cruz", then "The Daily Star"): the
    parts up to the first that joins two names with "and", "&" or "و" (see _NAMES_JOINED),
    all of them names (see _listed_names), a part after them; else ``parts``."""
    for at in range(1, len(parts) - 1):
        if _NAMES_JOINED.search(parts[at]):
            listed = name[:name.index(parts[at], len(parts[0])) + len(parts[at])]
            return [listed, *parts[at + 1:]] if _listed_names(listed) else parts
    return parts



def _capitals_before_role(name: str) -> str | None:
    """"DANA MERCER AP Sports Writer": the name in capitals before a role in mixed case
    printed on the same line with no mark (a wire's "AP Sports Writer", "Associated Press
    Writer"), told from it by case; a wire's code in capitals opening the role ("AP") is
    the role's. None unless the name has two to four words and the rest names a role."""
    words = name.split()
    caps = 0
    while caps < len(words) and words[caps].isupper():
        caps += 1
    while caps > 2 and _AGENCY_PATTERN.fullmatch(_key(words[caps - 1])):
        caps -= 1  # (the wire's code before its role)
    role = " ".join(words[caps:])
    if not 2 <= caps <= 4 or caps == len(words) or role.isupper() or \
            not (_NO_PERSON_PATTERN.search(_key(role)) or _BIO_ROLE.search(_key(role))):
        return None
    return " ".join(words[:caps])


def _name_before_for_outlet(name: str, masthead: str | None) -> str:
    """"CIARAN HOLT FOR THE DAILY BUGLE ONLINE": the name alone, when the words after "for"
    are the site's own name as its masthead prints it (in any case), a wire service's, or
    another outlet's, each word capitalised ("Jane Doe for The Evening Star", a freelance's
    credit), after a Latin name of two to four capitalised words. Any other "for" ("… for
    the council") stays in the credit, judged whole."""
    name_part, sep, outlet = _FOR_OUTLET.partition(name)
    if not sep:
        return name
    outlet_key = _key(outlet)
    if (masthead and outlet_key == _key(masthead)) or _AGENCY_PATTERN.fullmatch(outlet_key):
        return name_part
    if 2 <= len(name_part.split()) <= 4 and len(outlet.split()) <= MAX_OUTLET_WORDS and all(
            word[:1].isupper() and word[:1].isascii() for word in name.split()
            if word.casefold() != "for"):
        return name_part
    return name


# A unit of the newsroom, not one person's role: the words before it name the unit.
_COLLECTIVE_CREDIT = re.compile(r"desk|team|staff|newsroom|bureau|wires?|agencies|service|"
                                r"office|unit|board")


# The first word of a region's name of two opening a writer's role ("Middle East", "South
# Asia", "Latin America", "Central Europe"): never a name's last word there.
_REGION_OPENERS = frozenset(["north", "south", "east", "west", "middle", "central", "latin",
                             "northern", "southern", "eastern", "western", "southeast",
                             "northeast", "southwest", "northwest", "far"])


def _name_before_role(name: str) -> str | None:
    """"Eleanor Hart Environment correspondent": the name before a role printed on the
    same line with no mark between them, or None. The role is told from the name by its
    case: a sentence-case role ("Environment correspondent") starts at the capitalised
    word before its lowercase run; a capitalised role is one word, after a name of two
    ("Jane Doe Reporter"). The role names one ("correspondent", "editor", "reporter"). An
    Arabic name takes one role word after it ("NAME صحافية", see _BIO_ROLE_AR), the name
    two or three words opening with a known given name."""
    words = name.split()
    if textnorm.ARABIC_LETTER.search(name):
        return " ".join(words[:-1]) if 3 <= len(words) <= 4 and \
            _BIO_ROLE_AR.fullmatch(_key(words[-1])) and given_names.opens_name(words[:-1]) \
            else None
    tail = len(words)
    while tail > 0 and words[tail - 1].islower():
        tail -= 1
    role_start = tail - 1 if tail < len(words) else len(words) - 1
    if role_start == 3 and tail < len(words) and words[2].casefold() in _REGION_OPENERS:
        role_start = 2  # "NAME Middle East correspondent": a region of two words opens it
    head, role = words[:role_start], " ".join(words[role_start:])
    if _COLLECTIVE_CREDIT.fullmatch(_key(role)):
        return None  # "City Web Desk", "Metro News Team": the words before it name a unit
    if (len(head) == 2 or (tail < len(words) and len(head) == 3)) and \
            all(word[:1].isupper() for word in head) and \
            _NO_PERSON_PATTERN.search(_key(role)) and \
            not _NO_PERSON_PATTERN.search(_key(" ".join(head))):
        return " ".join(head)
    return None


# The words opening an outlet's or a wire's full name glued after a writer's with no mark
# ("By NAME The Canadian Press", "بقلم NAME وكالة الأنباء …"): see _name_before_glued_outlet.
_GLUED_OUTLET_OPENERS = frozenset(["The", "وكالة", "صحيفة", "جريدة", "موقع", "قناة", "شبكة"])


def _name_before_glued_outlet(name: str, outlet: Callable[[str], bool],
                              masthead: str | None = None) -> str | None:
    """"Nadia Karam Arab Courier Staff": the name before the outlet's own name glued after
    it with no mark (``outlet``: the page prints it elsewhere, see _without_role), or
    before another outlet's or a wire's full name, opened by "The" or an organisation's
    word and naming one (see _ORGANISATION: "Jane Doe The Canadian Press"), a
    newsroom unit's word ("Staff", "Desk") or a role's ("Reporter") after that or not; or
    the name before the word opening the site's name at the top (``masthead``) and a role's
    or a unit's word ("NAME Vitalwire Reporter" under "Vitalwire Health Desk"); or None. The
    name is the first two or three words, opening with a given name, with no joiner among
    them ("A and B" lists two writers: a cut there would keep half of them, when the other's
    name is printed on its own above the headline, as a columnist's is)."""
    words = name.split()
    if len(words) < 4 or not _NAME_JOINERS.isdisjoint(word.lower() for word in words):
        return None  # (a name of two words and an outlet's of two, at least)
    last = _key(words[-1])
    outlet_words = words[:-1] if _COLLECTIVE_CREDIT.fullmatch(last) or \
        _NO_PERSON_PATTERN.fullmatch(last) else words
    for size in (2, 3):
        rest = " ".join(outlet_words[size:])
        if len(outlet_words) - size >= 2 and given_names.opens_name(words[:size]) and (
                outlet(rest) or (outlet_words[size] in _GLUED_OUTLET_OPENERS and
                                 len(outlet_words) - size <= MASTHEAD_WORDS and
                                 _ORGANISATION_PATTERN.search(_key(rest)) is not None)):
            return " ".join(words[:size]).rstrip(",،")  # ("NAME, OUTLET, County")
    if masthead and len(outlet_words) == 3 < len(words) and \
            masthead.split()[0] == outlet_words[2] and given_names.opens_name(words[:2]):
        return " ".join(words[:2])
    return None


def _other_parts(parts: list[str], masthead: str | None, outlet: Callable[[str], bool]) -> bool:
    """Whether every part of a byline after the name (``parts[0]``) is no name: a role, a
    code, an outlet (see _credit_part), the town filed from (see _dateline_town), or a
    credit's label standing alone with the name it credits after it ("NAME | تصوير -
    NAME": the photographer's), or the outlet the writer's e-mail address names."""
    labelled = False  # the part before was a credit's label alone: this one is its name
    for at, part in enumerate(parts[1:], 1):
        if not labelled and _CREDIT_LABEL.fullmatch(_key(part)):
            labelled = True
            continue
        if not (labelled or _credit_part(part, masthead) or outlet(part) or
                _dateline_town(part, parts[0]) or _mail_domain_name(part, parts) or
                _town_after_role(parts, at, masthead)):
            return False
        labelled = False
    return True


def _town_after_role(parts: list[str], at: int, masthead: str | None) -> bool:
    """Whether the byline's last part is the town filed from, after the writer's role
    ("Jane Doe, Gulf Correspondent, Dubai", "NAME، مراسلة الشؤون الخليجية، الدوحة"): a word
    or three, each Latin one capitalised, no digit, no known given name opening it (a second
    writer's name), the part before it a role (see _credit_part) after the name."""
    words = parts[at].split()
    return at == len(parts) - 1 >= 2 and 1 <= len(words) <= DATELINE_CREDIT_WORDS and \
        _capitalised(parts[at]) and not _DIGIT.search(parts[at]) and \
        not given_names.opens_name(words) and _credit_part(parts[at - 1], masthead)


def _mail_domain_name(part: str, parts: list[str]) -> bool:
    """Whether a part of a byline is the outlet that the writer's e-mail address, another
    part, names in its domain ("NAME | jdoe@harbourtimes.com | Harbour Times"): a few
    capitalised words whose letters, "The" left out, run in the domain."""
    words = [word for word in part.split() if word != "The"]
    if not 1 <= len(words) <= MAX_OUTLET_WORDS or not all(word[:1].isupper() for word in words):
        return False
    joined = "".join(words).casefold()
    return any(joined in other.partition("@")[2].casefold() for other in parts if "@" in other)


def _dateline_town(part: str, name: str) -> bool:
    """Whether a part of a byline after a name in mixed case is the town filed from in
    capitals, as a dateline prints it ("Jane Doe, KISUMU", "Jane Doe, FORT PORTAL"): a
    word or three, all capitals, no Roman numeral ("III"). A name printed in capitals
    itself tells no town from a second writer ("JANE DOE, JOHN OKELLO")."""
    words = part.split()
    return 1 <= len(words) <= DATELINE_CREDIT_WORDS and part.isupper() and \
        not name.isupper() and not _SECTION_NUMERAL.match(part)


# A reader's home after the name signing a letter: "NAME - من سكان حي …", "NAME, resident
# of …" (one of its residents, its people): where the writer lives, no second name.
_READER_HOME = _phrases(["من سكان", "من أهالي", "من اهالي", "من أبناء", "من ابناء",
                         "من مواطني", "resident of", "a resident of", "a reader from"])
# A desk's or a wire's code after the name, in capitals: "NAME | TNS", "NAME / PTI".
_DESK_CODE = re.compile(r"[A-Z]{2,5}")


def _credit_part(part: str, masthead: str | None) -> bool:
    """Whether a part of a byline after the name is no name: a role ("Staff Reporter",
    "Chief Reporter"), a desk's code ("TNS"), the label of an exclusive ("خاص"), a wire
    service, the reader's home ("من سكان …", see _READER_HOME), the writer's unit
    ("College of …", see _UNIT_OF) or institution ("… State University", see
    _INSTITUTION_NOUNS), the outlet ("MPB News", the masthead's name, a
    publication's capitalised name opening with "The": a person's never does; a unit's,
    closing with "Bureau", "Desk": "DL Bureau"; its site's address: "Marketwire.com"), the
    writer's handle, or the credit of a translator or photographer ("ترجمة: …")."""
    key = _key(part)
    # "ترجمة: مروان الحسيني", "Photo: …": another's credit (a colon's test first: quicker)
    label = _LABEL.match(part) if ":" in part or "：" in part else None
    words = part.split()
    return "@" in part or ("." in part and _SITE_ADDRESS.fullmatch(part) is not None) or bool(
        # (a handle or an e-mail address; the site's address: "NAME, MarketWire.com")
        (label and _CREDIT_LABEL.fullmatch(_key(label.group(1)))) or _OTHER_CREDIT.match(key) or
        _NO_PERSON_PATTERN.search(key) or _AGENCY_PATTERN.search(key) or _DESK_CODE.fullmatch(part)
        or _EXCLUSIVE_LABEL.fullmatch(key) or _UNIT_OF.match(key) or _READER_HOME.match(key)
        or _BIO_ROLE.search(key) or _BIO_ROLE_AR.match(key) or _ORGANISATION_PATTERN.search(key)
        or part == masthead
        or (2 <= len(words) <= MAX_OUTLET_WORDS and all(word[:1].isupper() for word in words)
            and (words[0] == "The" or bool(_COLLECTIVE_CREDIT.fullmatch(words[-1].lower()))
                 or words[-1].lower() in _INSTITUTION_NOUNS)))


def _not_a_person(name: str, line: Line) -> str | None:
    """Why a byline-shaped credit names no author, or None when it may."""
    key = _key(name)
    if _LOGIN_HANDLE.fullmatch(name):
        return "a single lowercase Latin word is a CMS login handle, not a person's name"
    if _NO_PERSON_PATTERN.search(key):
        return "it names a role, a desk or wire services, not a person"
    if textnorm.contains_any(name, "«»\"“”"):  # (quicker than a search by pattern text)
        return "a name in quotation marks is a publication's"
    if _PUBLICATION_PATTERN.search(key) or (" " in key and key.split()[-1] in _LANGUAGES):
        return "it names a publication, a site, a channel or its language service " \
               "(\"سبوتنيك عربي\"), not a person"
    if (line.dateline_credit and _ORGANISATION_PATTERN.search(key)) or \
            _AGENCY_PATTERN.search(key) or "(" in name:
        return "it is a dateline credit (a place or a site, then a wire service)"
    if not _NOT_IN_NAMES_WORDS.isdisjoint(name.lower().split()):
        # (after a cue too: "كتب جديدة في معرض الكتاب" opens with "books", not "wrote"; the
        # city filed from, "in Gaza", "من بيروت", is cut off before this test)
        return "it holds a preposition, as a photo caption does, not a name"
    if line.cue_words == "caption" and not _writer_credit(line) and \
            not _credit_before_other(line.text):
        return "it reads as a photo caption"
    if line.voice_credit:
        return "it credits who read or presented the text, not who wrote it"
    return None


def _no_name_shape(name: str, rule: str) -> str | None:
    """Why ``name`` does not read as a person's name, or None when it may.

    Under any rule, a label's or an organisation's word rules it out. Under a rule whose
    only evidence is the line's position, a Latin name is capitalised word by word (but
    for particles: "van", "al-"; a mark between two names, "/", is no word), and an Arabic
    one holds no word opening with "لل" ("نخلة للطاقة": what a company does)."""
    key = _key(name)
    found = _NOT_NAME_WORDS.search(key)
    if found:
        return f"{found.group()!r} is a word of a label or an organisation, not of a name"
    if rule not in _POSITION_RULES:
        return None
    if not textnorm.ARABIC_LETTER.search(name) and any(
            word[:1].isalpha() and not word[:1].isupper() and not _name_particle(word)
            for word in name.split()):
        return "a line that no byline label introduces, and whose words are not " \
               "capitalised, is no Latin name"
    if any(word.startswith("لل") for word in key.split()):
        return "a word opening with لل names what a company does, not a person"
    return None


def _byline_label(text: str) -> bool:
    """Whether ``text`` opens with a label that says a writer is credited ("By", "بقلم",
    "كتب", "Story by", "تحقيق:", "نص:"; a genre's, "متابعة:", before a name: see
    _label_cue; a writer's joined to the photographer's, "تحقيق وتصوير:", see
    _JOINT_CREDIT), not only an update label or a position. An exclusive's label may
    stand before it ("خاص - كتبت NAME", see _GENRE_LABEL_MARK)."""
    if text[:1] in _GENRE_LABEL_FIRST and (genre := _GENRE_LABEL_MARK.match(text)):
        text = text[genre.end():]
    colon = ":" in text or "：" in text  # (tested before the patterns needing it: quicker)
    label = _LABEL.match(text) if colon else None
    return bool(_AUTHOR_PATTERN.match(_key(_one_label(text)) + " ")
                or _label_cue(text) is not None or (colon and _JOINT_CREDIT.match(text) is not None)
                or (label and _TEXT_CREDIT.fullmatch(_key(label.group(1)))))


# A person's name printed run together, each part capitalised, as a site's user name stands
# for the writer ("Written By: SalemAlMabrouk"): a known given name, then one to three parts.
_RUN_TOGETHER_NAME = re.compile(r"([A-Z][a-z]+)(?:[A-Z][a-z]+){1,3}")


def _run_together_name(word: str) -> bool:
    """Whether the one word is a name run together (see _RUN_TOGETHER_NAME), its first part
    a given name: a person's credit, however printed."""
    run = _RUN_TOGETHER_NAME.fullmatch(word)
    return run is not None and given_names.is_given_name(run[1])


def _no_person_evidence(name: str, text: str, rule: str) -> str | None:
    """Why ``name`` is not asserted to be a person, or None when it may be.

    Without a byline label, a position or a shape is no evidence: labels ("تم التحديث"),
    places ("South Sudan") and site names stand where names stand. A name is taken only
    when it opens, after a title, with a given name (given_names.opens_name: a set
    lookup). With a label, the value must at least hold a letter. A news agency's credit
    keeps today's reading.
    One word, even after "By", names an agency, a desk or a site ("By Petra", a state
    wire's short name): a person's byline prints a given name and a family name."""
    bare = _initial_apart(_without_title(name))
    if len(bare.split()) < 2 and not _run_together_name(bare):
        return "a credit of one word names an agency, a desk or a site, not a person: a " \
               "person's byline prints a given name and a family name"
    if (rule in ("byline_cue", "byline_after_text", "place_then_name", "before_date") and
            _byline_label(text.strip())) or rule == "review_label":
        # (a label where a place stands: "تحقيق وتصوير: NAME"; "Reviewed by" under a
        # review's headline, see _read_reviewer)
        return None if re.search(r"[^\W\d_]", bare) else "it holds no letter of a name"
    if rule in ("name_over_role", "name_then_role", "name_over_email", "name_then_outlet",
                "name_in_more_link", "name_in_bio", "name_in_post_meta", "name_then_town",
                "word_name_over_date") or (
            rule == "name_under_writer_photo" and _name_shaped(textnorm.fold_arabic(bare))):
        # a role beside it, the writer's own address under it, the outlet written for,
        # the link to the writer's other stories naming it, a bio after the text opening
        # with it, a post's meta row, or the name alone under the writer's photo ("صورة
        # الكاتب"): a person's credit
        return None
    if rule == "place_then_name" and _CREDIT_LABEL.fullmatch(_key(_PLACE_DASH.partition(text)[0])):
        # "ترجمة - NAME", "عدسة - NAME": a translator's or a photographer's label where a
        # place stands (see _credit_like)
        return "it credits a translator, a photographer or an editor, not the writer"
    if rule == "place_then_name" and _listed_names(bare, each_opens=False):
        return None  # "الخرطوم: NAME و NAME": a place, then two writers, one a known name
    words = bare.split()
    if rule == "place_then_name" and (_word_given_name(words) or _article_given_name(words)):
        return None  # "مسقط - هلال البوسعيدي", "تقرير – إخلاص عبد الله", "CITY ــ الصادق عمر"
    if rule == "name_after_text" and _word_given_name(words):
        return None  # "أمل عبدالكريم - كسلا" signing the text: the town after it (_signed_name)
    if words and (given_names.opens_name([words[0].rstrip("."), *words[1:]])  # "سمير. ب"
                  or _key(words[0]) == "وكاله"
                  or (_INITIAL.match(bare) and len(words) >= 2)
                  or _AGENCY_PATTERN.search(_key(bare))):  # a news agency's credit ("وكالة ثقة")
        return None
    if len(_names(bare)) >= 2 and _listed_names(bare):
        return None  # "تركي الدوسري و نايف العنزي": a common word's given name joined to a name
    return "no given name and no byline label"


def _article_given_name(words: list[str]) -> bool:
    """Whether the words are a name opening with a known given name under the article, as
    Sudanese and Maghrebi names print it ("الصادق عمر", "الهادي يوسف"), the father's given
    name after it: a phrase with the article ("الأمين العام") has no given name second."""
    return len(words) >= 2 and words[0].startswith("ال") and \
        given_names.is_given_name(words[0][2:]) and given_names.is_given_name(words[1])


def _word_given_name(words: list[str]) -> bool:
    """Whether the words are a name opening with a given name that is a common word (see
    given_names.word_name), then a family name of origin or the father's "عبد" name ("هلال
    البوسعيدي", "إخلاص عبد الله", "أمل عبدالكريم"), or the father's known given name and a
    family name of origin ("سلامة محمد الظاهري"): a name after the place filed from or a
    genre's label, or before the town signed from ("NAME - CITY", see _signed_name)."""
    return bool(words) and given_names.word_name(words[0]) and (
        (len(words) == 2 and (given_names.family_of_origin(words[1]) or _glued_abd(words[1])))
        or (len(words) == 3 and (textnorm.fold_arabic(words[1]) == "عبد" or (
            given_names.is_given_name(words[1]) and given_names.family_of_origin(words[2])))))


def _glued_abd(word: str) -> bool:
    """Whether the word is the father's "عبد" name printed as one word ("عبدالرحيم")."""
    return len(word) >= 6 and textnorm.fold_arabic(word).startswith("عبدال")


@dataclass
class _Header:
    """What the lines around the title say, each value with the line and rule behind it."""

    latest: tuple  # (date, what it is): no publication date can be later
    masthead: str | None  # the site's name printed at the top: a credit, not an author
    title: int  # index of the headline: a date under it is the article's own
    text_end: int = 0  # index of the text's last line: a person the text names is no writer
    outlet_names: tuple = ()  # keys of lines that may print the outlet's name (_outlet_names)
    day_first: bool = False  # the headline is in Arabic (or the site has an Arabic edition,
    # see _arabic_edition): its numeric dates are day first
    values: dict = field(default_factory=dict)
    evidence: dict = field(default_factory=dict)  # field -> (index, rule)
    notes: dict = field(default_factory=dict)  # field -> why a candidate was not taken
    widget: int | None = None  # a date above the title refused as a current-date widget
    lines_taken: dict = field(default_factory=dict)  # field -> raw line number
    line_notes: dict = field(default_factory=dict)  # line number -> the same, for the audit

    def take(self, name: str, value, index: int, rule: str) -> None:
        self.values[name], self.evidence[name] = value, (index, rule)

    def refuse(self, name: str, line: Line, why: str) -> None:
        """Record why ``line`` was not taken for field ``name`` (on the line and the field)."""
        self.notes.setdefault(name, f"line {line.number} ({line.text[:60]!r}): {why}")
        self.line_notes.setdefault(line.number, why)

    def author(self, line: Line, text: str, index: int, rule: str) -> str | None:
        """Take the author named in ``text`` when it is a person's byline.

        Returns the reason the line is removed for: byline, or caption when it reads as one.
        """
        name = _byline(text, self.masthead) or _source_writer(text)
        if name is None and "author" not in self.values and \
                (label := _LABEL.match(text)) and _CREDIT_LABEL.fullmatch(_key(label[1])):
            self.refuse("author", line, f"{text.strip()!r} is not taken as the author: "
                        f"{label[1]!r} credits a photographer, a translator or a source")
        if name is None or ("author" in self.values and not self.outranked(rule)):
            return None
        name = _without_role(_name_after_printed_outlet(name, line, self.outlet_names),
                             self.masthead, lambda part: _outlet_name(
                                 part, line, self.outlet_names) is not None)
        bracket = _NAME_THEN_OUTLET.match(name)  # "Ayu Prameswari (The Archipelago Times)"
        if bracket and given_names.is_given_name(bracket["name"].split()[0]) and \
                _outlet_name(bracket["outlet"], line, self.outlet_names):
            name = bracket["name"]
        if rule == "line_under_title" and name == line.text:
            name = _name_before_town(line)
        why = "it is the site's name, printed at the top of the page" \
            if self.masthead in (name, line.text) else _outlet_name(name, line, self.outlet_names) \
            or _not_a_person(name, line)
        why = why or _no_name_shape(name, rule) or _no_person_evidence(name, text, rule)
        name = _without_title(name)
        if why is None and rule in ("line_under_title", "name_over_role") and \
                name.startswith("ال") and not given_names.title_is_name(name.split()) and \
                not given_names.is_given_name(name.split()[0]):
            # (a title that is a given name before a patronym is one: "الشيخ ولد …"; a
            # Maghrebi given name carries the article: "الحسين …", "المنجي …")
            why = "a bare line opening with the article ال is a label (\"الأخبار العاجلة\"): " \
                  "a given name rarely carries it"
        if why:
            self.refuse("author", line, f"{name!r} is not taken as the author: {why}")
            return "caption" if "caption" in why else "byline"
        if "author" in self.values:  # a bare line under the title ("ورقة سياسات") gives way
            self.line_notes[self.lines_taken["author"]] = (
                f"not taken as the author: the byline on line {line.number} names one")
        self.take("author", name, index, rule)
        self.lines_taken["author"] = line.number
        return "byline"

    def outranked(self, rule: str) -> bool:
        """Whether the author read so far, from a bare line under the title, gives way to a
        byline that says so ("By …", "بقلم …") or a name with a title ("د. نوال الخطيب")."""
        taken, taken_rule = self.evidence["author"]
        return (taken_rule == "line_under_title" and rule in ("byline_cue", "name_with_title")) \
            or (rule == "review_credit" and taken < self.title)


def _outlet_names(lines: list[Line], title: int, outlet: str | None) -> tuple:
    """(line number, key) of the lines that may print the outlet's own name: the short
    lines above the headline (the masthead, a site title after language links; no name in
    a menu's list of writers, see _in_writers_menu), the name
    of the site's address printed alone above it (one word and a dot: "dhofarweekly." of
    "dhofarweekly.om", see _SITE_ADDRESS), a copyright notice naming the owner ("جميع
    الحقوق محفوظة لموقع …", "© … 2025"), an agency's short name in brackets after its name
    (see _AGENCY_SHORT_NAME), and the manifest's outlet (line 0). (A credit to
    the reporters after the text names people, never the owner: see _reporting_credit.)"""
    names = [(line.number, line.key) for index, line in enumerate(lines[:title])
             if line.words <= MASTHEAD_WORDS and not line.byline_shaped and not line.dates
             and not _under_writer_photo(lines, index + 1)  # (a writer card's alt text,
             and not _WRITER_PHOTO_IN_KEY.search(" " + line.key)  # its name lower or not)
             and not _in_writers_menu(lines, index)]
    names += [(line.number, address["name"].replace("-", "").casefold() + ".")
              for line in lines[:title] if line.words <= 2 and "." in line.text and
              (address := _SITE_ADDRESS.fullmatch(line.text))]  # ("dhofarweekly.", its dot
    # setting it apart from a line's key: a handle, "@priyaraman", spells a person's name)
    names += [(line.number, line.key) for line in lines[title:]
              if "©" in line.text or _rights_notice(line.key)]
    names += [(line.number, _key(short[1])) for line in lines[title:]
              if "(" in line.text and ("وكال" in line.text or "gency" in line.text) and
              (short := _AGENCY_SHORT_NAME.search(line.text))]
    return tuple(names) + (((0, _key(outlet)),) if outlet else ())


# A news agency's short name in brackets after its name, as the text or a notice defines it
# ("لوكالة أنباء الرافدين (رنا)", "Iraqi News Agency (INA)"): the name a credit line may print
# between the town and the reporter ("بغداد - رنا - NAME").
_AGENCY_SHORT_NAME = re.compile(r"(?:وكالة|[Aa]gency)(?:\s+[^\s()\d،,.:]+){0,4}\s*"
                                r"\(([^()\d]{2,12})\)")


def _in_writers_menu(lines: list[Line], index: int) -> bool:
    """Whether the line above the headline is a name in a menu's list of the site's
    writers, one a line (see _bare_name): a bare name beside another, a columnist's, never
    the site's own name."""
    return lines[index].bare_name and (
        (index > 0 and lines[index - 1].bare_name) or lines[index + 1].bare_name)


# A site's address alone on its line, a reader mode's first line: its name, then its
# domain's ending ("dhofarweekly.om", "www.gulf-ledger.co.uk").
_SITE_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?(?P<name>[a-z0-9-]{3,})"
                           r"(?:\.[a-z]{2,7}){1,2}/?", re.IGNORECASE)


def _name_after_printed_outlet(name: str, line: Line, outlet_names: tuple) -> str:
    """The names after the outlet's short name and a dash ("الميثاق - NAME" of "عمان -
    الميثاق - NAME"), when the page prints that name as a line of its own above the
    headline or in its copyright notice (see _outlet_names: a masthead read among the
    menu's items); else ``name``. (An unknown word before the dash keeps the credit whole.)"""
    outlet, dash, names = _PLACE_DASH.partition(name)
    if not dash or len(outlet.split()) > 2 or len(names.split()) < 2:
        return name
    key = _key(outlet)
    return names if any(found == key for number, found in outlet_names
                        if number != line.number) else name


def _outlet_name(name: str, line: Line, outlet_names: tuple) -> str | None:
    """Why ``name`` is the outlet's own name, or None: a credit of two words or more that
    the page prints on another line as its site title or copyright owner ("مادبا – نور
    المشرق" under "موقع نور المشرق"; "SITE - وكالات"), or as its address's name ("Dhofar
    Weekly" under "dhofarweekly.om"), or that holds such a name of two words or more,
    credits the site, not a person. (A wire agency's own credit, "وكالة
    ثقة" on its site, names an author the schema allows.)"""
    key = _key(name)
    if len(key.split()) < 2 or _AGENCY_PATTERN.search(key) or \
            not _AGENCY_KEYS.isdisjoint(key.split()):
        return None
    for number, found in outlet_names:
        if number != line.number and (f" {key} " in f" {found} " or (
                len(found.split()) >= 2 and f" {found} " in f" {key} ") or
                found == key.replace(" ", "") + ".") and \
                not _personal_blog(found, key) and \
                not _writers_own_copyright(found, key, outlet_names):
            return f"it is the outlet's own name, printed elsewhere on the page ({found!r})"
    return None


def _writers_own_copyright(found: str, key: str, outlet_names: tuple) -> bool:
    """Whether the line naming the credit (a key) is a copyright held by the writer alone,
    a person's name and its year ("© 2026 NAME" under a newsletter's text), that no line
    printing the site's name repeats: a writer's own newsletter or site, the name a
    person's (it opens with a given name)."""
    words = [word for word in found.split() if not word.isdigit()]
    return len(words) < len(found.split()) and words == key.split() and \
        given_names.opens_name(words) and all(other != key for _, other in outlet_names)


# What a personal blog's name adds to its writer's ("مدونة NAME", "NAME's Blog", "The Blog
# of NAME"), on line keys: the blog's word, and the little words around it.
_BLOG_NOUNS = frozenset(_key(word) for word in ("مدونة", "blog", "weblog"))
_BLOG_WORDS = _BLOG_NOUNS | frozenset(("s", "the", "of"))


def _personal_blog(outlet: str, name: str) -> bool:
    """Whether the outlet's name (a key) is the blog of the name (a key) and nothing more:
    the writer's own blog, the name a person's."""
    rest = set(f" {outlet} ".replace(f" {name} ", " ").split())
    return not rest.isdisjoint(_BLOG_NOUNS) and rest <= _BLOG_WORDS


def _beside_dates(line: Line) -> str:
    """The line's text with its dates cut out."""
    outside = line.text
    for found in reversed(line.dates):
        outside = outside[:found.start] + " " + outside[found.end:]
    return outside


def _read_after_text(page: _Page, header: _Header, last: int) -> None:
    """A date or a byline right after the text, when the header printed none.

    Opinion columns and explainers print the date ("نشر بتاريخ 2024-12-06") and the
    writer ("إعداد: ليلى منصور") under the text, before any list or footer. A date
    there must stand alone on its line, or after a publication label.
    """
    if last + 1 < len(page.lines):
        _read_beat_bio(page, header, last + 1, last)
    for index in range(last + 1, min(len(page.lines), last + 1 + AFTER_TEXT_LINES)):
        line = page.lines[index]
        if index == last + 1 and line.text.startswith(("Reporting by ", "(تغطية")) and \
                (wire := _WIRE_REPORTER.match(line.text) or _WIRE_REPORTER_AR.match(line.text)):
            header.author(line, f"By {wire['names']}" if line.text[0] == "R" else
                          wire["names"], index, "byline_after_text")
            return  # a wire's closing credits: the reporters, not the editors
        if index == last + 1 and line.cue == "tags" and ":" in line.text:
            continue  # the tags after their label, over the date ("الوسوم: …" / "تاريخ النشر: …")
        if line.key in _AD_SLOT_LINES:
            continue  # an ad's slot under the text, over the date ("إعلان" / "نشر بتاريخ …")
        if index == last + 1 and not line.key:
            continue  # a rule drawn under the text, over its byline ("ـــــــ", "* * *")
        if index == last + 1 and line.words <= 2 and "author" not in header.values and \
                _writer_box_after_text(page, header, index):
            return
        if line.cue in BOUNDARY_REASONS or line.furniture or \
                _NOTES_HEADING.fullmatch(line.key) or \
                (line.prose and not _author_bio(line)) or \
                (line.headline_shaped and line.words >= 5 and not _published_in_note(line)
                 and not (index == last + 1 and (_name_then_role(line) or
                                                 _byline_label(line.text) or (
                                                     ":" in line.text and
                                                     _name_colon_role(line))))
                 and not _outlet_name(line.text, line, header.outlet_names)
                 and not (line.dates and _only_labels_beside_dates(line))):
            return  # past the writer's lines (a bio among them): a list, a related headline,
            # a closing section's heading (a release's "Media contact:" over its officers)
        published = header.values.get("published")
        if line.dates and (published is None or published["date"] is None) and \
                (_only_labels_beside_dates(line) or _published_in_note(line)
                 or _place_and_date(line)
                 or all(map(dates.WEEKDAY_NAME.fullmatch, _key(_beside_dates(line)).split()))):
            _read_dateline(header, line, index)
            if header.evidence.get("published", (None,))[0] == index:
                header.evidence["published"] = (index, "date_after_text")
            page.remove(index, "dateline")
        elif not line.dates and (why := _no_writer_after_text(line)):
            header.refuse("author", line, why)
            page.remove(index, "byline")
        elif not line.dates and (line.byline_shaped or _place_then_name(line) or
                                 _byline_label(line.text)) and \
                (reason := header.author(line, line.text, index, "byline_after_text")):
            page.remove(index, reason)
        elif _read_reviewer(page, header, index):
            continue
        elif _signature(page.lines, index) and \
                (reason := header.author(line, line.text, index, "signature_over_role")):
            page.remove(index, reason)
            page.remove(index + 1, "byline")  # the writer's role
        elif index == last + 1 and _name_then_role(line) and not _named_in_text(
                page.lines, _without_role(line.text), header.title, last) and \
                (reason := header.author(line, line.text, index, "name_then_role")):
            page.remove(index, reason)  # "NAME، مسؤولة التواصل في …" signing the text
        elif index == last + 1 and "author" not in header.values and ":" in line.text and \
                (name := _name_colon_role(line)) and \
                not _named_in_text(page.lines, name, header.title, last) and \
                (reason := header.author(line, name, index, "name_then_role")):
            page.remove(index, reason)  # "NAME: كاتب فرنسي …" signing a translated column
        elif (index == last + 1 and (_closes_text(page.lines, index) or (
                _SIGNED_TOWN.search(line.text) and line.words <= MAX_NAME_WORDS) or
                _over_short_label(page.lines, index))) or \
                _under_source_paper(page.lines, index, last):
            _take_bare_name(page, header, index, last, "name_after_text",  # a signature
                            _closing_credit(line) if index == last + 1 else None)


def _writer_box_after_text(page: _Page, header: _Header, index: int) -> bool:
    """The writer's box right after the text under its label alone ("الكاتب", "Author"):
    the name under it, or under the photo's alt text under it (see _under_writer_photo:
    "صورة NAME"), opening with a known given name (see _name_alone), the writer's role
    under it left to the furniture. Whether the author was taken from it."""
    line = page.lines[index]
    if not (_AUTHOR_PATTERN.fullmatch(line.key + " ") or _AUTHORS_LABEL.fullmatch(line.key)):
        return False
    for name_at in range(index + 1, min(index + 3, len(page.lines))):
        name = page.lines[name_at]
        if (name_at == index + 1 or _under_writer_photo(page.lines, name_at)) and \
                _name_alone(name.text) and \
                (reason := header.author(name, name.text, name_at, "name_under_writer_photo")):
            page.remove(index, "byline")
            page.remove(name_at, reason)
            return True
    return False


# A writer's address in brackets after the signature: "NAME (name@outlet.example)".
_ADDRESS_IN_BRACKETS = re.compile(r"\s*\([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\)$")


def _closing_credit(line: Line) -> str | None:
    """The writer's names a short credit line signing the text prints (see _credit_reading:
    "القاهرة - NAME", "NAME - القاهرة"), or the name alone in brackets ("(NAME)") or before
    the writer's address in brackets; None when the line is no such credit."""
    if line.words > MAX_NAME_WORDS + 2 or line.dates:
        return None
    text = line.text[1:-1] if line.text[:1] == "(" and line.text[-1:] == ")" else line.text
    text = _ADDRESS_IN_BRACKETS.sub("", text) if "@" in text else text
    return _credit_reading(text) or (text if text != line.text and _name_alone(text) else None)


def _under_source_paper(lines: list[Line], index: int, last: int) -> bool:
    """Whether the line stands right under the name of the paper a reprinted story came
    from, alone on the first line after the text ("صحيفة …", "جريدة …": see
    _PUBLICATION_PATTERN): the reporter's name signs there, over the desk's initials."""
    paper = lines[last + 1]
    return index == last + 2 and paper.words <= MASTHEAD_WORDS and not paper.dates and \
        _PUBLICATION_PATTERN.match(paper.key) is not None


def _desk_editor(line: Line) -> bool:
    """Whether the line credits the editor alone under an editor's label (see
    _EDITOR_LABELS: "تحرير: NAME", "المحرر: NAME", "Editor: NAME"): after the text, the
    desk that edited the item signs so; the label credits the writer only over the text, as
    the one credit printed under the headline."""
    label = _LABEL.match(line.text) if ":" in line.text[:LABEL_HEAD_CHARS] else None
    return label is not None and _key(label[1]) in _EDITOR_LABELS and \
        line.words <= MAX_NAME_WORDS


def _no_writer_after_text(line: Line) -> str | None:
    """Why a credit after the text names no writer (the desk's editor's, see _desk_editor,
    or a programme's director's, see _director_credit), or None."""
    if _desk_editor(line):
        return ("after the text, an editor's label ('تحرير:', 'المحرر:', 'Editor:') credits "
                "the desk's editor of the item, not its writer")
    if _director_credit(line):
        return ("after the text, a director's label ('إخراج:', 'Director:') credits a "
                "programme's crew, not the writer")
    return None


def _director_credit(line: Line) -> bool:
    """Whether the line credits the director alone under a director's label (see
    _DIRECTOR_LABELS: "إخراج: NAME", "Directed by: NAME"): after the text, a programme's
    or a video's crew signs so ("تقديم: NAME" / "إعداد: فريق البرنامج" / "إخراج: NAME"),
    never its writer."""
    label = _LABEL.match(line.text) if ":" in line.text[:LABEL_HEAD_CHARS] else None
    return label is not None and _key(label[1]) in _DIRECTOR_LABELS and \
        line.words <= MAX_NAME_WORDS


def _book_card_on_one_line(line: Line) -> bool:
    """Whether the line is a reviewed book's card printed on one line, its fields joined by
    bars and its count of pages last ("Title: The Quiet Year | Publisher: Harbour Press |
    288 pages", "الكتاب: … | الناشر: … | 312 صفحة"): the imprint's part of the card alone is
    asked (see Line.book_imprint, which no line of the card's length is)."""
    if "|" not in line.text:
        return False
    last = line.text.rsplit("|", 1)[1].strip()
    return len(last) <= LONGEST_PAGE_COUNT and _BOOK_PAGES.fullmatch(last.casefold()) is not None


def _read_reviewer(page: _Page, header: _Header, index: int,
                   rule: str = "reviewer_after_text") -> bool:
    """"Reviewed by NAME" after a review's text, when no byline was read: the reviewer
    wrote the page (a book card's "Author:" names the book's). Under the headline (``rule``
    "review_credit"), "Review by NAME" outranks a "By NAME" read above the headline: that
    one is the reviewed book's card ("The Salt Road" / "By NAME" / "Riverhead. 384 pp."),
    as a medical page's "Reviewed by" under its byline is no writer's credit. With no
    byline read, "Reviewed by NAME" under a headline that says it is a review ("Album
    review: …") names the critic; under another (a medical page's) it names a checker. So
    does "مراجعة: NAME" over the book's card, read only there (see _REVIEWER_CREDIT_AR).
    Returns whether it was read; the name needs a known given name."""
    line = page.lines[index]
    if rule == "review_credit" and "author" not in header.values and (
            _REVIEW_WORD.search(page.lines[header.title].text) or any(
                _imprint_below(page.lines, card) is not None or
                _book_card_on_one_line(page.lines[card])
                for card in range(index + 1, min(len(page.lines), index + 3)))):
        rule = "review_label"  # (the label is the evidence, as a byline's is, or the
        # reviewed book's card under it: "Reviewed by NAME" / title / "By NAME" / imprint)
    may = "author" not in header.values if rule in ("reviewer_after_text", "review_label") \
        else "author" in header.values and header.outranked(rule) and \
        not line.key.startswith("reviewed")
    credit = (_REVIEWER_CREDIT_AR if rule == "review_label" and line.text[0] == "م" else
              _REVIEWER_CREDIT).match(line.text) if may and \
        line.words <= MAX_SIGNATURE_WORDS + 2 else None
    reason = credit and header.author(line, line.text[credit.end():], index, rule)
    if reason:
        page.remove(index, reason)
    return bool(reason)


def _bare_name(line: Line) -> bool:
    """Whether the line is a name alone, with no label (see _name_alone). (Line.bare_name:
    the header's rules ask it of the same lines many times, each a fold of the line.)"""
    return line.bare_name


def _signing_name(line: Line) -> bool:
    """Whether the line is a name alone (see _bare_name), its title aside ("Dr. NAME", "د.
    NAME"): over the writer's role, a signature or a writer's card, never a headline."""
    return _bare_name(line) or (line.text[:1] in _TITLE_OPENINGS and not line.furniture and
                                _name_alone(_without_title(line.text)))


def _name_alone(text: str) -> bool:
    """Whether ``text`` is a name alone (see _name_shaped), opening with a given name
    ("Siobhán Kiernan", "سنية الهمامي", "سلطان العتيبي": see given_names.opens_name)."""
    return _name_shaped(text) and given_names.opens_name(text.split())


def _name_shaped(text: str) -> bool:
    """Whether ``text`` has a name's shape: two to four words of letters (a name's hyphen,
    apostrophe or initial's full stop aside, and the vowel marks, shadda or tatweel an
    Arabic name may carry: "أسماء باعبّاد"), no digit, no other mark."""
    words = textnorm.fold_arabic(text).split()
    return 2 <= len(words) <= MAX_SIGNATURE_WORDS and \
        all(_NAME_WORD.fullmatch(word) for word in words)


def _signed_name(line: Line) -> str | None:
    """The name a bare line signs with: the whole line (see _bare_name), after a dash
    ("— NAME"), or the name before a comma and the writer's town, as a reader's letter is
    signed ("Ravi Shankar Iyer, Bengaluru", "سامي الحداد، إربد"); a role or an outlet after
    the comma is no town. An initial then the family name ("س. المنصوري", "K. Mensah")
    signs as a name does, with no given name to look up. A dash may stand for the comma
    ("محمد العنزي - الجهراء"); before the town, a given name that is a common word opens a
    name too (see _word_given_name: "أمل عبدالكريم - كسلا")."""
    if line.furniture or line.dates:
        return None
    text = _DASH_SIGN_OFF.sub("", line.text) if line.bullet else line.text
    town = _SIGNED_TOWN.search(text) if textnorm.contains_any(text, ",،-–—(") else None
    name = text[:town.start()] if town else text
    if town and (_credit_part(town["town"], None) or not all(
            word[0].isupper() or not word[0].isascii() for word in town["town"].split())):
        return None
    return name if _name_alone(name) or (_INITIAL.match(name) and _name_shaped(name)) or (
        town and _name_shaped(name) and _word_given_name(name.split())) else None


def _name_before_town(line: Line) -> str:
    """The name of a bare byline "NAME, Town" under the headline ("Ravi Iyer, Pune",
    "سامي الحداد، إربد"; see _signed_name): the town it was filed from, one word, is no
    part of the name; two words after the comma may be a second name ("NAME, Mark Brown")
    and keep the line whole."""
    signed = _signed_name(line)
    town = line.text[len(signed):].strip(" ,،").split() \
        if signed and line.text.startswith(signed) else ()
    return signed if len(town) == 1 and not given_names.opens_name(town) else line.text


# The particles of an Arabic family name, as folded keys: "بن علي", "أبو زيد", "آل سعود",
# "بو عزيز" (a family name's last word alone may be a common word: "علي", "على" folded).
_FAMILY_PARTICLES = frozenset(_key(word) for word in ("بن", "ابن", "بنت", "أبو", "بو", "آل"))


def _named_in_text(lines: list[Line], name: str, title: int, last: int) -> bool:
    """Whether the headline or the text names the person (by the family name, with the
    particle before it: "بن علي", "أبو زيد"): a person the story names is its subject or a
    source, never the writer credited by position.
    (Only a candidate's name is looked for, in the lines of one article; a line holding the
    name alone is its credit, and a writer's bio opening with it, "NAME is a lecturer …",
    closes the text, nor is the writer's email address alone under the byline, "Email:" /
    "ciaran.duignan@…": neither is the story naming the person.)"""
    words = name.split()
    family, whole = _key(" ".join(words[-2:]) if len(words) > 2 and
                         _key(words[-2]) in _FAMILY_PARTICLES else words[-1]), _key(name)
    return any(family in line.key and line.key != whole and not (
        line.text.startswith(name) and (_author_bio(line) or _bio_of(line, name))) and not (
            line.words == 1 and "@" in line.text) for line in lines[title:last + 1])


def _over_short_label(lines: list[Line], index: int) -> bool:
    """Whether the line, a bare name (see _bare_name), stands over a call to follow the
    site ("تابعوا أخبار SITE على تلغرام", see _follow_prompt) or a box's heading over its
    entries ("برنامج السهرات القادمة" over the dated programme): under the writer's name
    signing the text. (A related item's headline is longer than a label; a place under
    the name over the page's furniture is no box's heading.)"""
    if index + 2 >= len(lines) or not _bare_name(lines[index]):
        return False
    label, entry = lines[index + 1], lines[index + 2]
    return _follow_prompt(label) or (
        label.words <= MAX_LABEL_WORDS and not label.prose and not label.dates and
        not label.furniture and not entry.furniture and not _bare_name(label))


def _closes_text(lines: list[Line], index: int) -> bool:
    """Whether nothing but the page's furniture (or its end) follows the line, the print
    issue's number alone on its line aside ("العدد 5120", "Issue 812": see _ISSUE_NUMBER),
    or a note that the text appeared in it (see _PRINT_ISSUE_NOTE), or the translator's
    credit under a translated essay's writer ("ترجمة: NAME", see _TRANSLATOR_CREDIT), or
    the article's address under its label (see _ARTICLE_ADDRESS)."""
    after = index + 1
    if after < len(lines) and lines[after].words <= 8 and (
            _ISSUE_NUMBER.fullmatch(lines[after].key) or
            _PRINT_ISSUE_NOTE.fullmatch(lines[after].key) or
            _TRANSLATOR_CREDIT.match(lines[after].key) or
            _ARTICLE_ADDRESS.fullmatch(lines[after].text)):
        after += 1
    return after >= len(lines) or lines[after].furniture


# The article's own address under its label, as a print version prints it under the text
# ("رابط المقال: https://…", "رابط الخبر: site.example/?p=9917", "URL: https://…").
_ARTICLE_ADDRESS = re.compile(r"(?:رابط (?:المقال|المقالة|الخبر|الموضوع|المادة)|"
                              r"(?:article |story )?(?:link|url)|permalink)\s*[:：]\s*\S+\.\S+",
                              re.IGNORECASE)


# A column's name under its label, printed under the columnist's name over the headline.
_COLUMN_LABEL = re.compile(r"(?:زاوية|زاويه|عمود|column)\s*[:：]", re.IGNORECASE)
_COLUMN_FIRST = frozenset("زعCc")


# The label of a columnist's list of earlier columns, printed in the writer's box between
# the name and the headline ("مقالات الكاتب:", "More from this author:").
_WRITER_LIST_LABEL = _phrases(["مقالات الكاتب", "مقالات الكاتبة", "مقالات سابقة",
                               "مقالات أخرى للكاتب", "مقالات أخرى للكاتبة",
                               "more by this author", "more from this author",
                               "more by the author", "more from the author",
                               "previous columns", "recent columns", "earlier columns"])
WRITER_LIST_ITEMS = 6  # the earlier columns such a box lists, each with its date


def _over_writer_list(lines: list[Line], index: int) -> int:
    """The line over a writer's list of earlier columns that ends on line ``index`` (its
    label, then items each printing its date: "مقالات الكاتب:" / "HEADLINE 14-04-2026"),
    or ``index`` when no such list ends there."""
    top = index
    while top > max(1, index - WRITER_LIST_ITEMS) and lines[top].dates and not lines[top].prose:
        top -= 1
    if top < index and lines[top].words <= MAX_LABEL_WORDS + 2 and \
            _WRITER_LIST_LABEL.fullmatch(lines[top].key):
        return top - 1
    return index


def _column_name_under_name(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` is a column's name printed unlabelled under its writer's name
    ("Opinion" / "NAME" / "The Long View" / headline): a label's few words opening with
    no lower-case letter, no date, no name itself, under a bare name under a line of no
    prose."""
    line = lines[index]
    return index > 2 and line.words <= MAX_LABEL_WORDS and not line.dates and \
        not line.prose and not line.text[:1].islower() and not _bare_name(line) and \
        _bare_name(lines[index - 1]) and not lines[index - 2].prose


def _read_name_over_headline(page: _Page, header: _Header, title: int, last: int) -> None:
    """A correspondent's name printed alone right over the headline, under the section's
    label ("اقتصاد" / "حسن البقالي" / headline), as some papers print it. A kicker naming
    the story's subject stands there too: the name is taken only when the headline and
    the text never name that person; and the last of a list of names (a columnists' box)
    is not taken. The column's name under its label may stand between the name and the
    headline ("NAME" / "زاوية: …" / headline), or unlabelled (see _column_name_under_name),
    or over the name, unlabelled ("على الخط" / "NAME" / headline); so may the writer's list
    of earlier columns (see _over_writer_list)."""
    index = _over_writer_list(page.lines, title - 1)
    if index > 1 and ((page.lines[index].text[:1] in _COLUMN_FIRST and _COLUMN_LABEL.match(
            page.lines[index].text)) or _column_name_under_name(page.lines, index)):
        index -= 1  # the column's title under the writer's name ("زاوية: …", "Column: …")
    if "author" in header.values or index < 1 or index in page.reasons:
        return
    above = page.lines[index - 1]
    if not above.prose and not above.dates and not (
            _bare_name(above) and _NOT_IN_NAMES_WORDS.isdisjoint(above.text.split())):
        # (a column's name holding a preposition over the name is no columnist's: "على
        # الخط", "من بعيد", "في الصميم"; "على" folds as the name "علي")
        _take_bare_name(page, header, index, last, "name_over_headline")


# A column's headline naming its writer before the verb "writes" and a colon ("NAME تكتب:
# …", "NAME يكتب: …"), as Sudanese and Egyptian sites print columns with no byline.
_WRITES_IN_HEADLINE = re.compile(r"^(?P<name>[^:：]{5,40}?)\s+(?:يكتب|تكتب)\s*[:：]\s*\S")


# A column's headline closed by its byline after a dash, a bar or two dots ("… من يسمع؟ –
# بقلم: NAME", "… – By NAME", "… .. بقلم: د. NAME"), as some sites print an opinion's
# headline line.
_BYLINE_CLOSING_HEADLINE = re.compile(r"\s(?:[-–—|]|\.\.)\s+(?P<credit>[^-–—|]{5,60})$")


def _read_writer_in_headline(page: _Page, header: _Header, title: int) -> None:
    """The writer a column's headline names before "يكتب:"/"تكتب:", when no byline named
    one: the name must open with a known given name, once a title before it is set aside
    ("د. NAME تكتب: …"; a position's rule, see _no_person_evidence); or the byline closing
    the headline after a dash, a bar or two dots, its label saying a writer follows and a
    known given name opening the name once a title is set aside ("بقلم: د. NAME"; see
    _BYLINE_CLOSING_HEADLINE; "Lagos - By road, rail and river" names none). The headline
    stays the title, whole."""
    if "author" in header.values:
        return
    line = page.lines[title]
    found = _WRITES_IN_HEADLINE.match(line.text) if "كتب" in line.text else None
    if found and _listed_names(_without_title(found["name"])):
        header.author(line, found["name"], title, "writer_in_headline")
    elif found is None and (closing := _BYLINE_CLOSING_HEADLINE.search(line.text)) and \
            _AUTHOR_PATTERN.match(_key(closing["credit"]) + " ") and \
            (name := _byline(closing["credit"])) and \
            given_names.opens_name(_without_title(name).split()):
        header.author(line, closing["credit"], title, "byline_cue")


def _take_bare_name(page: _Page, header: _Header, index: int, last: int, rule: str,
                    name: str | None = None) -> None:
    """The bare name on line ``index`` (see _bare_name), or ``name`` read there, as the
    author, unless the headline or the text names that person: then a note says why it
    was not taken."""
    line = page.lines[index]
    name = name or _signed_name(line)
    if name is None:
        return
    if _named_in_text(page.lines, name, header.title, last):
        header.refuse("author", line, f"{name!r} is not taken as the author: the "
                      "headline or the text names that person (a subject or a source)")
    elif reason := header.author(line, name, index, rule):
        page.remove(index, reason)


def _signature(lines: list[Line], index: int) -> bool:
    """Whether the line signs a column after its text: a bare name ("خالد بن عمران") with
    the writer's role opening the line under it ("أستاذ الاقتصاد بجامعة طرابلس",
    "Professor of economics at …"). (A bare short line alone says nothing of a person.)"""
    if index + 1 >= len(lines):
        return False
    line, role = lines[index], lines[index + 1]
    return 2 <= line.words <= MAX_SIGNATURE_WORDS and not line.furniture and not line.prose \
        and not line.dates and not role.furniture and not role.prose and \
        role.words <= MAX_BYLINE_WORDS and bool(
            _BIO_ROLE.match(role.key) or _BIO_ROLE_AR.match(role.key)
            or _NO_PERSON_PATTERN.match(role.key)) and _byline(line.text) is not None


def _place_then_name(line: Line) -> bool:
    """"دنقلا: عوض الكريم بابكر" closing a report: the city filed from, then the reporter.
    A credit's label before the colon ("ترجمة:", "Source:", "تصوير:") names a translator,
    a source or a photographer, not a place; a name in Latin script is capitalised
    ("Disclaimer: views are personal" is a notice). Each name listed after it may hold
    MAX_NAME_WORDS words."""
    place, colon, name = _PLACE_MARK.partition(line.text)
    return colon.strip() in (":", "/") and line.words <= MAX_NAME_WORDS * _persons(name) and \
        len(place.split()) == 1 and \
        not _CREDIT_LABEL.fullmatch(_key(place)) and _capitalised(name)


def _capitalised(text: str) -> bool:
    """Whether each word of ``text`` in Latin letters opens with a capital, as a name's or a
    place's do ("Port Harcourt", not "Harbour district"); Arabic has no case."""
    return all(word[0].isupper() or not word[0].isascii() for word in text.split())


def _read_post_meta(page: _Page, header: _Header, title: int) -> None:
    """A blog post's header over its title: the writer's bare name, then the post's meta
    lines, its date and its reading time ("ليلى العبيدي" / "22 مايو" / "قراءة لمدة 4 دقائق"
    / "تم التحديث: 23 مايو"). The reading time says it is a post's header: a menu item
    over a date widget has none."""
    if "author" in header.values:
        return
    lines, reading = page.lines, False
    for index in range(title - 1, max(-1, title - 1 - POST_META_LINES), -1):
        line = lines[index]
        if _READING_TIME.search(line.text):
            reading = True
        elif not (line.dates or (line.words <= 4 and _DIGIT.search(line.text))):
            name, rule = _profile_name(lines, index), "name_over_handle"
            if name is None:
                name, rule = index, "name_over_post_meta"
            if reading and index < title - 1 and not lines[name].furniture and \
                    header.author(lines[name], lines[name].text, name, rule):
                page.remove(name, "byline")
            return


def _profile_name(lines: list[Line], index: int) -> int | None:
    """The index of a blog post's profile name over the post's meta lines: the line over
    the account's handle ("سلمى العبيدي" over "@salma_o", then a follow button and a
    one-line bio), the handle within PROFILE_LINES over ``index``; None when none."""
    for handle in range(index, max(0, index - PROFILE_LINES), -1):
        if lines[handle].text[0] == "@" and _HANDLE.fullmatch(lines[handle].text):
            return handle - 1
    return None


def _read_opening_dateline(page: _Page, header: _Header, first: int) -> None:
    """The reporter named in the dateline opening the text, when the header named none:
    "الرياض _ فهد المطيري : قلب فريق …" (a place, a dash, a name, a colon), or a city, its
    colon and a patronymic name fused to the text (see _patronym_after_city). The line stays
    text. A reporting verb after the dash ("واشنطن - قال مسؤول: …") opens a quotation; an
    agency or a publication there is the dateline's credit, no person."""
    if "author" in header.values or _read_opening_credit(page, header, first):
        return
    line = page.lines[first]
    opening = line.text[:OPENING_DATELINE_CHARS]
    writer = _AGENCY_WRITER.search(opening) if "(" in opening else None
    if writer:  # "عمان 3 شباط (نبأ) - من لبنى الخصاونة - …": the agency's own writer
        header.author(line, writer["name"], first, "agency_dateline_writer")
        return
    if (name := _name_place_before_date(line) or _name_in_dashed_dateline(opening) or
            _patronym_after_city(page, header, first)) is not None:
        header.author(line, name, first, "opening_dateline")
        return
    head, colon, _ = opening.partition(":")
    if not colon:
        return
    place, dash, name = _PLACE_DASH.partition(head)
    name = _name_after_our_reporter(name) if "نا " in name else name  # ("من موفدنا NAME")
    if dash and 1 <= len(place.split()) <= 2 and 2 <= len(name.split()) <= 3 and \
            not name.startswith("ال") and not _REPORTING_VERB.search(_key(name)) and \
            not _ORGANISATION_PATTERN.search(_key(name)):  # ("الوكالة الوطنية": no name)
        header.author(line, head, first, "opening_dateline")  # (an agency: "وكالة الأنباء")


def _name_place_before_date(line: Line) -> str | None:
    """The reporter's name opening the text before the city and the date it was filed,
    as aggregators glue them to the first paragraph ("NAME - القاهرة في الثلاثاء 24 فبراير
    2026 … - قرر …"): a name of two to four words opening with a known given name, a dash,
    a place of one or two words, "في" or nothing, then the line's first date; with no date
    there, a second dash after the place ("NAME - دبي - أعلنت …"); or None."""
    found = line.dates[0] if line.dates else None
    if found is not None and 0 < found.start < OPENING_DATELINE_CHARS:
        name, dash, place = _PLACE_DASH.partition(
            _DATE_PREPOSITION.sub("", line.text[:found.start]))
    else:
        name, dash, rest = _PLACE_DASH.partition(line.text[:OPENING_DATELINE_CHARS])
        place, closed, _ = _PLACE_DASH.partition(rest)
        dash = dash if closed else ""
    words = name.split()
    return name if dash and 1 <= len(place.split()) <= 2 and 2 <= len(words) <= 4 and \
        given_names.opens_name(words) and _name_shaped(textnorm.fold_arabic(name)) and \
        not given_names.opens_name(place.split()) else None


# A city, its colon, then a patronymic name opening the text with no mark before it
# ("بللسمر: سعيد بن محمد العمري بدأ …"): a given name, "بن" and a name once or twice, then
# the family name (its test, a nisba: see _patronym_after_city).
_CITY_THEN_PATRONYM = re.compile(r"(?P<place>[^\W\d]+(?: [^\W\d]+)?): (?P<name>[^\W\d]+"
                                 r"(?: (?:بن|ابن|بنت) [^\W\d]+){1,2} [^\W\d]+) ")


def _patronym_after_city(page: _Page, header: _Header, first: int) -> str | None:
    """The reporter's name after the city filed from and its colon, fused to the first
    paragraph with no mark ("بللسمر: سعيد بن محمد العمري بدأ مزارعو …", as Saudi papers
    print the credit): a known given name, "بن" and a name once or twice, then a family
    name of origin closing it (a nisba, see given_names.family_of_origin), under a city
    opening with no given name; a name the headline or the text names again is its
    subject, no writer (see _named_in_text); or None."""
    found = _CITY_THEN_PATRONYM.match(page.lines[first].text[:OPENING_DATELINE_CHARS])
    if found is None:
        return None
    words = found["name"].split()
    return found["name"] if given_names.opens_name(words) and \
        given_names.family_of_origin(words[-1]) and \
        not given_names.opens_name(found["place"].split()) and \
        not _named_in_text(page.lines, found["name"], first + 1, header.text_end) and \
        not _named_in_text(page.lines, found["name"], header.title, header.title) else None


def _name_in_dashed_dateline(opening: str) -> str | None:
    """The reporter's name in a dateline of dashed parts opening the text: the outlet, the
    place, then the name, a dash before the text ("نبأ الشمال - إربد - NAME - باشرت …"), or
    the place and the name alone ("الرياض - NAME - أعلنت …"): a name of two to four words
    opening with a known given name, under an outlet of three words at most and a place of
    one or two opening with none; or None."""
    first, dash, rest = _PLACE_DASH.partition(opening)
    if not dash or len(first.split()) > DATELINE_CREDIT_WORDS:
        return None
    second, dash, after = _PLACE_DASH.partition(rest)
    if not dash:
        return None
    if 1 <= len(first.split()) <= 2 and not given_names.opens_name(first.split()) and \
            _dateline_name(second):
        return second  # (no outlet: the place first, the name after it)
    if not 1 <= len(second.split()) <= 2 or given_names.opens_name(second.split()):
        return None
    name, dash, _ = _PLACE_DASH.partition(after)
    return name if dash and _dateline_name(name) else None


def _dateline_name(part: str) -> bool:
    """Whether a dashed dateline's part is a name: two to four words, a known given name
    opening them."""
    words = part.split()
    return 2 <= len(words) <= 4 and given_names.opens_name(words) and \
        _name_shaped(textnorm.fold_arabic(part))


def _read_opening_credit(page: _Page, header: _Header, first: int) -> bool:
    """A writer's labelled credit among the text's opening lines, before its second
    paragraph ("نص: NAME" under a photo essay's standfirst, beside "صور: NAME"): the
    author, when its name opens with a known given name. Returns whether it was read."""
    paragraphs = 0
    for index in range(first, min(len(page.lines), first + CREDIT_BLOCK_LINES)):
        line = page.lines[index]
        paragraphs += line.prose
        if paragraphs > 1:
            return False
        if not line.prose and not line.dates and (line.byline_shaped or _writer_credit(line)) \
                and (reason := header.author(line, line.text, index, "credit_in_opening")):
            page.remove(index, reason)
            return True
    return False


def _date_header(line: Line) -> bool:
    """Whether the line is a blog platform's date header: the date alone, its weekday
    beside it at most, no clock ("الثلاثاء، 14 مايو 2024", "Friday, May 14, 2024")."""
    return bool(line.dates) and not _CLOCK.search(textnorm.to_ascii_digits(line.text)) and \
        len(_beside_dates(line).split()) <= 1


def _post_time_after(lines: list[Line], last: int) -> bool:
    """Whether the post's time is printed with no day within AFTER_TEXT_LINES lines after
    the text at ``last`` ("نشر بواسطة … في 10:42 ص", "Posted by NAME at 9:15 PM")."""
    return any(_CLOCK.search(textnorm.to_ascii_digits(after.text)) and not after.dates
               for after in lines[last + 1:last + 1 + AFTER_TEXT_LINES])


def _post_under_date_header(lines: list[Line], title: int, body: tuple[int, int]) -> int | None:
    """The post's title under a blog's date header (see _date_header) right over the text,
    when the line chosen is the page's second, the blog's description under its name over
    that header, and the post's time is printed after the text with no day (see
    _post_time_after): a headline's date with a caption under it prints no such time; or
    None."""
    if title != 1 or body[0] != 4:
        return None  # (a quick test: most titles stand elsewhere)
    post = lines[3]
    return 3 if _date_header(lines[2]) and post.headline_shaped and not post.dates and \
        not _ends_sentence(post.text) and _post_time_after(lines, body[1]) else None


def _confirmed_header_date(page: _Page, header: _Header, body: tuple[int, int]) -> None:
    """The date above the headline, refused as a current-date widget, when the page
    prints no other publication date and the date is confirmed: the text's opening
    dateline gives the same day ("ABU DHABI, UAE, April 9, 2024 /PRNewswire/ --"), or
    it stands right above the headline with nothing but its weekday to suspect, and the
    post's time is printed after the text with no day (a blog platform's post-date
    header "الثلاثاء، 14 مايو 2024" over the title, "نشر بواسطة … في 10:42 ص" under it),
    or the page is a print version (see _print_version: "نسخة للطباعة" / SITE / "الأحد 12
    أفريل 2026" / SECTION / HEADLINE).
    """
    first, last = body
    index = header.widget
    if index is None or "published" in header.values:
        return
    line = page.lines[index]
    # (a day printed in its two calendars, "الخميس 1447/10/14 هـ الموافق 2026/04/02 م
    # 11:48", is one day: its Gregorian, see _issue_day)
    day = line.dates[0].value if len(line.dates) == 1 else _issue_day(line)
    value = dates.plausible(day, *header.latest) if day else None
    if value is None or value["date"] is None:
        return
    opening = dates.find_dates(page.lines[first].text[:OPENING_DATELINE_CHARS])
    if any(found.value["date"] == value["date"] for found in opening):
        rule = "confirmed_in_text"
    elif index == header.title - 1 and "°" not in line.text and _date_header(line) and \
            _post_time_after(page.lines, last):
        rule = "date_over_title"
    elif _print_version(page.lines, index):
        rule = "print_version_date"
    else:
        return
    header.take("published", value, index, rule)
    header.notes.pop("published", None)
    header.line_notes.pop(line.number, None)
    page.reasons[index] = "dateline"


def _print_version(lines: list[Line], index: int) -> bool:
    """Whether a print version's label (see _PRINT_VERSION_LABELS) stands alone on one of
    the page's first lines (PRINT_VERSION_LINES), above line ``index``, or its two links,
    to print it and to close it, open the page (see _PRINT_VIEW_LINKS: "طباعة" / "إغلاق",
    "Print | Close"): the page a reader printed, which leaves the site's bars out and
    prints the article's own date."""
    top = lines[:min(index, PRINT_VERSION_LINES)]
    return any(line.key in _PRINT_VERSION_LABELS for line in top) or \
        " ".join(line.key for line in top) in _PRINT_VIEW_LINKS or \
        (bool(top) and top[0].key in _PRINT_VIEW_LINKS)


def _print_issue_date(page: _Page, header: _Header, body: tuple[int, int]) -> None:
    """The day of a print page's running header, when the page prints no other date and
    the header is printed again under the text: an e-paper's text capture repeats the
    page's header as its footer ("PAPER | العدد 3217 | الثلاثاء 25 تشرين الثاني 2025 |
    محليات"), and a daily's page carries that day's articles. A site's today bar is
    printed once, over its menu; it names the article's issue when the opening paragraph
    counts back from that day by weekday ("أول أمس الثلاثاء" in Thursday's issue: see
    dates.names_day_before), as the issue's text does."""
    if "published" in header.values:
        return
    first, last = body
    lines = page.lines
    index = next((i for i in range(header.title) if (_running_header(lines[i]) and lines[i].dates)
                  or _issue_date_under_number(lines, i)
                  or _print_page_header(lines, i)), None)  # (the day may be under it)
    day = _issue_day(lines[index]) if index is not None else None
    if day is None:
        return
    rule = "print_issue_date"
    if _print_page_header(lines, index):
        rule = "print_page_header"
    elif not any(after.text == lines[index].text or _page_footer_of(
            after, lines[index]) for after in lines[last + 1:]):
        rule = "issue_day_counted_back"
        if not (day["date"] and dates.names_day_before(
                lines[first].text, dt.date.fromisoformat(day["date"]))):
            # A site's bar names its current issue, often the morning after the article's.
            header.notes["published"] = header.line_notes[lines[index].number] = (
                f"the print issue's date over the page ({day['original']}) "
                "names the site's current issue, a daily's next morning as often as the "
                "article's day: not taken")
            return
    value = dates.plausible(day, *header.latest)
    if value["date"] is not None:
        header.take("published", value, index, rule)
        header.notes.pop("published", None)
        header.line_notes.pop(lines[index].number, None)
        page.reasons[index] = "dateline"


# A print page's number in its header, between marks ("العدد 21873 | الصفحة 14 | الرأي",
# "الصفحة 7 - محليات", "Chennai Edition | Sunday, March 15, 2026 | Page 4").
_PAGE_OF_ISSUE = re.compile(r"(?:^|[\s|\-–—])(?:الصفحة|صفحة|page)\s*[0-9\u0660-\u0669]{1,3}"
                            r"\s*(?:$|[|\-–—])", re.IGNORECASE)
PRINT_HEADER_LINES = 3  # "العدد 14562" / "الصفحة 7 - محليات" / "الاثنين 9 فبراير 2026م"


def _print_page_header(lines: list[Line], index: int) -> bool:
    """Whether the date line above the headline closes a print page's header that names the
    page's number (see _PAGE_OF_ISSUE, on the date's line or on the lines right above it):
    the text of one page of that day's issue. A site's bar of today's issue, printed over
    any article, names no page."""
    block = range(max(0, index - PRINT_HEADER_LINES + 1), index + 1)
    return bool(lines[index].dates) and any(
        "ص" in lines[at].text or "age" in lines[at].text for at in block) and any(
        _PAGE_OF_ISSUE.search(lines[at].text) for at in block)


def _issue_day(line: Line) -> dict | None:
    """The day a print issue's line (or a date bar) names: its one date, or the Gregorian
    one of a day printed in both calendars ("العدد N - الأحد 26 أبريل 2026 الموافق 9 ذو
    القعدة 1447هـ", see _one_day_two_calendars); None for a month's or a year's issue."""
    found = [date.value for date in line.dates]
    if _one_day_two_calendars(line):
        found = [value for value in found if value["calendar"] == dates.CALENDAR_GREGORIAN]
    return found[0] if len(found) == 1 and found[0].get("precision") == "day" else None


def _issue_date_under_number(lines: list[Line], index: int) -> bool:
    """Whether the line is a print page's header split over lines: a date alone under the
    issue's number ("العدد 4187 - السنة الثانية عشرة" / "الأحد 22 مارس 2026"), the day
    printed in both calendars or not ("… 2026 الموافق 24 محرم 1448 هـ")."""
    line = lines[index]
    return 0 < index and bool(line.dates) and not lines[index - 1].dates and \
        bool(_ISSUE_NUMBER.search(lines[index - 1].text)) and (
            (len(line.dates) == 1 and _only_labels_beside_dates(line)) or
            (_one_day_two_calendars(line) and len(_beside_dates(line).split()) <= 1))


def _page_footer_of(line: Line, issue: Line) -> bool:
    """Whether the line after the text is the print page's footer: the issue's day again
    beside the page's number ("PAPER - الأحد 22 مارس 2026 - ص 9", "… | Page 4", "PAPER -
    الصفحة 3 - الخميس 26 فبراير 2026")."""
    return len(line.dates) == 1 and line.words <= MAX_BYLINE_WORDS and \
        line.dates[0].value.get("date") == issue.dates[0].value.get("date") and \
        bool(_PAGE_NUMBER.search(_beside_dates(line)))


# A print page's number: "ص 9", "الصفحة 12", "Page 4", "P. 4", closing what stands beside
# the dates, or before the day, the mark between them left ("PAPER - الصفحة 3 - DATE").
_PAGE_NUMBER = re.compile(r"(?:^|[\s|-])(?:ص|الصفحة|صفحة|page|p\.)\s*[0-9\u0660-\u0669]+"
                          r"\s*(?:[|\-–—•·]\s*)?$", re.IGNORECASE)


def _opening_dateline_date(page: _Page, header: _Header, first: int) -> None:
    """The date of the dateline opening the text, when the header printed none: a place, a
    comma, the date, then a dash, a bracket or a colon ("النعمة، 02/12/2024 - أشرف …",
    "DAKAR, 3 March 2025 (APS) –", "Tripoli, 23 June 2026: …"). An agency's dateline
    dates its copy; the line stays text. A header's date whose order alone was in doubt
    ("Published: 12/05/2026") gives way to the dateline's that spells one of its two
    readings ("RIYADH, 12 May 2026 –")."""
    held = header.values.get("published")
    if held is not None and held["note"] != dates.AMBIGUOUS:
        return
    if _date_then_place(page, header, first):
        return
    text = page.lines[first].text
    bare = _BARE_DATELINE_PLACE.match(text)
    place = _DATELINE_PLACE.match(text) or bare
    if place is None:
        return
    city_end = place.end()  # (the date's weekday may read as a second place: "JENIN,
    # Tuesday, June 16, 2026 (BNA) –", the date from the weekday on)
    place = _DATELINE_PLACE.match(text, place.end()) or place  # ("RIYADH, Saudi Arabia, …")
    found = dates.find_dates(text[:OPENING_DATELINE_CHARS])
    town = _TOWN_FI.match(text, place.end())  # "NAME - القاهرة في DATE CLOCK مساءً - …"
    clock = _DATELINE_CLOCK.match(textnorm.to_ascii_digits(text), found[0].end) \
        if found and town else None
    if not found or found[0].start not in ((town or place).end(), city_end) or \
            not (_AGENCY_AFTER_DATE if place is bare else _AFTER_DATELINE_DATE).match(
                text, clock.end() if clock else found[0].end):
        return
    value = dates.plausible(found[0].value, *header.latest)
    if value["date"] is not None and (held is None or value["date"] in (
            dates.read_day_first(held)["date"], dates.read_month_first(held)["date"])):
        header.take("published", value, first, "opening_dateline")
        header.notes.pop("published", None)


# The place in brackets after the date opening the text, then its dash: "October 29, 2025
# (PORT SUDAN) –", "29 أكتوبر 2025 (بورتسودان) -".
_PLACE_AFTER_DATE = re.compile(r"\s*\([^\W\d_][^\d()]{1,28}\)\s*[\-–—]")


def _date_then_place(page: _Page, header: _Header, first: int) -> bool:
    """Whether the text opens with a dateline's date, the place after it in brackets (see
    _PLACE_AFTER_DATE); its date is taken when the header printed none: it dates the copy.
    The line stays text."""
    line = page.lines[first]
    found = line.dates[0] if line.dates and line.text[0].isalnum() else None
    if found is None or found.start or not _PLACE_AFTER_DATE.match(line.text, found.end):
        return False
    value = dates.plausible(found.value, *header.latest)
    if value["date"] is not None and "published" not in header.values:
        header.take("published", value, first, "opening_dateline")
        header.notes.pop("published", None)
    return True


WIDGET_DATELINE_DAYS = 2  # a daily's dateline names the day of its text or one just before


def _dateline_under_widget(page: _Page, header: _Header, first: int) -> None:
    """The day of the dateline opening the text with no year ("KUWAIT CITY, Nov 28: …"),
    when the page prints no other date and its current-date widget over the headline
    ("Saturday , November 29 2025", refused as the article's date) shows the same day or
    one at most WIDGET_DATELINE_DAYS after it: the page was shown that day, so the text
    ran on the last such day before it. Its note names the widget's line. Further back
    the year is never guessed: an article a year old looks the same."""
    if "published" in header.values:
        return
    index = header.widget if header.widget is not None else next(
        (i for i in range(header.title) if page.lines[i].dates and "current-date widget" in (
            _widget_or_caption(page.lines, i, header.title) or "")), None)
    if index is None:
        return
    widget = page.lines[index]
    shown = dates.plausible(widget.dates[0].value, *header.latest)
    text = page.lines[first].text
    place = _DATELINE_PLACE.match(text)
    if len(widget.dates) > 1 or shown["date"] is None or shown["precision"] != "day" or \
            place is None:
        return
    found = dates.month_day_before(text[place.end():], dt.date.fromisoformat(shown["date"]),
                                   WIDGET_DATELINE_DAYS)
    if found is None or not _AFTER_DATELINE_DATE.match(text, place.end() + found.end):
        return
    value = {**found.value, "note": f"the dateline prints no year: it is the year of the "
             f"current-date widget on line {widget.number} ({shown['original']!r}), which "
             "shows the same day or one just after it"}
    header.take("published", value, first, "dateline_under_widget")
    header.notes.pop("published", None)


# A print note closing the text, the paper's name (its section or supplement too) and the
# day it ran: "Published in The Daily Ledger, March 3rd, 2026", "Published in The Daily
# Ledger, Sunday Magazine, March 1st, 2026" (the date cut out, its comma stays).
_PUBLISHED_IN = re.compile(r"(?:published|printed) in [^,]{2,40},(?: [^,]{2,30},)?",
                           re.IGNORECASE)


# A signed statement's place and date under its text: "تونس في 12 جانفي 2026", "بيروت، في
# 3 آذار 2026", "Geneva, 12 January 2026": one or two words of letters, then "في" or a comma.
_PLACE_AND_DATE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?(?:،? في|[,،])")


def _place_and_date(line: Line) -> bool:
    """Whether the line is a place and one date alone (see _PLACE_AND_DATE); an update's
    label is no place ("Last updated, 3 March 2026")."""
    return line.words <= MAX_NAME_WORDS + 3 and len(line.dates) == 1 and \
        bool(_PLACE_AND_DATE.fullmatch(" ".join(_beside_dates(line).split()))) and \
        not _UPDATE_PATTERN.search(line.key)


def _published_in_note(line: Line) -> bool:
    """Whether the line is a print note: "Published in OUTLET, DATE" and nothing else, its
    full stop after the date or not."""
    return line.words <= MAX_BYLINE_WORDS and len(line.dates) == 1 and \
        bool(_PUBLISHED_IN.fullmatch(_beside_dates(line).strip(" .")))


# The item's count of views or reads closing a date line after a bar, labelled ("… |
# المشاهدات: 3,410", "… | عدد القراءات : 842", "… | Views: 1,204") or after its count ("… |
# 842 قراءة", "… | 1,204 views"): the page's counter, no word of a caption. Alone on its
# line under the headline ("Views: 1,024", "المشاهدات: 3,410"), it stands between the
# headline and the standfirst (see _passed_over).
_VIEW_COUNTER = r"(?:(?:عدد |number of )?(?:المشاهدات|مشاهدات|القراءات|قراءات|الزيارات|views|" \
    r"reads|hits)\s?[:：]\s*[\d.,]+|[\d.,]+\s*(?:مشاهدة|مشاهدات|قراءة|قراءات|views|reads|hits))"
_VIEWS_AFTER_BAR = re.compile(r"\|\s*" + _VIEW_COUNTER + r"\s*$", re.IGNORECASE)
_VIEW_COUNTER_ALONE = re.compile(_VIEW_COUNTER, re.IGNORECASE)


def _only_labels_beside_dates(line: Line) -> bool:
    """Whether the line holds its dates with at most a publication label and the clock
    after the date, its time zone too ("تاريخ النشر: 29 نوفمبر 2026 الساعة 11:05 ص",
    "First published on: 06-03-2026 at 18:40 IST"), and the item's count of views after a
    bar ("نشر في: 28-07-2026 | المشاهدات: 3,410")."""
    beside = textnorm.to_ascii_digits(_beside_dates(line))
    beside = _VIEWS_AFTER_BAR.sub(" ", beside) if "|" in beside else beside
    key = _key(_CLOCK_AFTER_DATE.sub(" ", beside))
    key = " ".join(word for word in key.split() if word not in _TIME_ZONES)
    return not key or bool(_DATE_LABEL_PATTERN.fullmatch(key))


# What a writer's beat line says after the family name: "Kent covers music for …".
_BEAT_VERB = re.compile(r"(?:covers|writes (?:about|on|for)|reports (?:on|for|from)|is (?:a|an|the)"
                        r"|was (?:a|an|the)|reported from) ")
# Between two writers of a byline: "DANIEL ORTIZ and MEGAN FLYNN", "NAME, NAME".
_WRITERS_SPLIT = re.compile(r",| and | & ")


def _family_name_beat(lowered: str, author: str) -> bool:
    """Whether the closing line (casefolded) is the byline's writer's beat or bio under the
    family name alone, as a wire's or a paper's closing line prints it ("Kent covers music
    and culture for …", "Okafor is a health reporter …"), or where each of two writers
    reported from ("Ortiz reported from El Paso and Flynn from Phoenix."); or under the
    full name of one of two writers ("Ana Ruiz is a former judge. Tom Lee is …")."""
    for name in _WRITERS_SPLIT.split(author):
        family = name.split()[-1].casefold() if name.strip() else ""
        for opening in (family, name.strip().casefold()):
            if len(opening) > 2 and lowered.startswith(opening + " ") and \
                    _BEAT_VERB.match(lowered, len(opening) + 1):
                return True
    return False


# A reporter's beat closing the text, the name first and the outlet or the address after:
# "NAME covers schools for The Ledger.", "NAME reports on health for …", "NAME is a staff
# writer at The Courier. Reach her at …", "NAME is the Chronicle's health correspondent.",
# "NAME can be reached at ADDRESS" (a trade's role, "is a professor", names a source as often
# as the writer: see _read_beat_bio).
_BEAT_BIO = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|(?:de|van|von|da|bin|al|"
                       r"el|la|le|du|der|del)(?=\s))){1,3}) (?:covers|writes (?:about|on|for)|"
                       r"reports (?:on|for|from)|(?:can|may) be reached (?:at|by)|is (?:a|an|the) "
                       r"(?:[\w'’-]+ ){0,3}(?:reporter|writer|correspondent|journalist|columnist)s?"
                       r"(?= (?:for|at|with) |[.,]))")
# The outlet written for after the name, its capitalised name closing the clause: "for The
# Ledger.", "at the Courier,", "the Chronicle's"; or the writer's address.
_BEAT_OUTLET = re.compile(r"\b(?:for|at|with) (?:the )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)*"
                          r"(?:[.,;]|$)|@|\b[A-Z][\w-]*['’]s\b")


def _read_beat_bio(page: _Page, header: _Header, index: int, last: int) -> None:
    """The writer a reporter's beat names on the line closing the text or right after it
    (see _BEAT_BIO; ``last``: the text's line above it), or a writer's bio there ("— NAME
    is a fellow at …", see _author_bio and _bio_name), when no byline was read: the name
    opens with a known given name, the beat has the outlet written for or the writer's
    address after it, nobody is quoted ("… covers the fees for Year 7 pupils, the charity
    said") and no other line of the article names that person."""
    line = page.lines[index]
    if "author" in header.values or (not line.text[:1].isupper() and line.text[:1] not in
                                     "—–-*") or line.words > MAX_BIO_WORDS or \
            _REPORTING_VERB.search(line.key):
        return
    found = _BEAT_BIO.match(line.text)
    name = found["name"] if found and _BEAT_OUTLET.search(line.text, found.end("name")) \
        else _bio_name(line.text) if _BIO_EN.match(line.text) and _author_bio(line) else None
    if name and _name_alone(name) and \
            not _named_in_text(page.lines, name, header.title, last) and \
            (reason := header.author(line, name, index, "name_in_bio")):
        page.remove(index, reason)


# A memorial site's call closing an obituary: "To plant trees in memory, please visit the
# Sympathy Store.", "To send flowers to the family, visit our floral store." (lowered).
_MEMORIAL_CALL = re.compile(r"to (?:plant (?:a |memorial )?trees?|send flowers|order flowers|"
                            r"send a sympathy gift)\b.{0,80}\b(?:visit|go to|see)\b")
# A site's acknowledgement of country closing its pages: "OUTLET acknowledges Aboriginal and
# Torres Strait Islander peoples as …", "We acknowledge the Traditional Owners of …".
_COUNTRY_ACKNOWLEDGEMENT = re.compile(r"\backnowledges? (?:the )?(?:aboriginal|traditional "
                                      r"(?:owners|custodians)|first nations|first peoples)")


def _closing_lines(page: _Page, kept: list[tuple[int, str]], header: _Header) -> None:
    """The writer's credit, bio and the site's notices that close the text leave it.

    A review's "Reviewed by NAME" names its writer (see _read_reviewer), and so does the
    writer's given name alone (a newsletter signed under its farewell: "That's it for
    today." / "Omar"). "Karim Nassar is a political analyst …" starts with the author's
    name (or, when the byline printed it otherwise, with a name and a role: "— Dan Roe is
    a fellow at …"); a site's promotion
    ("… republish … fill out this form …") or disclaimer ("… do not necessarily reflect
    …") may run to a paragraph, but its words give it away. (Only the closing
    lines are tested: substring tests on every paragraph of every page cost too much.)
    """
    if len(kept) > 1 and _published_run(page, header, kept[0][0]):
        page.remove(kept.pop(0)[0], "dateline")  # a paid notice's run over the text, too
    if "author" not in header.values:
        _read_about_writer(page, kept, header)
    _closing_section(page, kept)
    _signature_over_notice(page, kept, header)
    if len(kept) > 1:
        _read_beat_bio(page, header, kept[-1][0], kept[-2][0])
    while len(kept) > 1:
        line, author = page.lines[kept[-1][0]], header.values.get("author")
        lowered = line.text.casefold()
        if _read_reviewer(page, header, kept[-1][0]):
            kept.pop()  # "Reviewed by NAME" over the reviewer's bio
        elif len(kept) > 2 and _bio_under_name(page.lines, kept[-2][0], kept[-1][0]):
            page.remove(kept.pop()[0], "byline")
            page.remove(kept.pop()[0], "byline")
        elif (author and (lowered == author.casefold() or lowered.startswith(
                author.casefold() + " ") or _family_name_beat(lowered, author)
                          or lowered == author.split(maxsplit=1)[0].casefold()
                          or _name_colon_bio(line, author) or _co_writer_bio(lowered, author))) \
                or _author_bio(line) or _ANSWER_CREDIT.match(lowered) or (
                line.words <= MAX_LABEL_WORDS and _BIO_ROLE.fullmatch(line.key)) or \
                _bio_of_credited(page.lines, kept[-1][0], kept[0][0]) or _about_writer_line(line):
            page.remove(kept.pop()[0], "byline")
        elif _site_call(lowered) or _COLUMN_CALL.match(lowered) or \
                _phrases_held(lowered, _DISCLAIMER_BY_SCRIPT) or _funding_note(line, lowered) \
                or (_AGENCY_TAGLINE.match(lowered) and line.dates) or _print_note(line, lowered) \
                or _ARTICLE_NOTE.match(lowered.lstrip("•·* ")) or _edition_note(line) \
                or _making_note(line) or ("©" in line.text and _rights_notice(line.key)) \
                or _AGGREGATOR_SIGN_OFF.match(lowered) or _AGGREGATOR_WISH in lowered \
                or _farewell(line, lowered) or line.key.startswith(_RIGHTS_OPENINGS) \
                or _caveat_note(line, lowered) or _desk_note(line, lowered) \
                or line.text.startswith(_NOTE_LABELS) or _feedback_prompt(line) \
                or (line.words <= MAX_BYLINE_WORDS and _SOURCE_LABEL.match(line.text)) \
                or _NUTRITION_LABEL.match(lowered) or _question_call(line) \
                or _REVIEWED_AT.match(lowered) or _MEMORIAL_CALL.match(lowered) \
                or ("acknowledg" in lowered and _COUNTRY_ACKNOWLEDGEMENT.search(lowered)) \
                or (line.words <= MAX_BYLINE_WORDS and _SHOW_RUN.match(lowered)) \
                or (line.words <= MAX_CAPTION_WORDS and _SHOW_TIMES.match(lowered)) \
                or (": " in lowered and len(_CREDITS_LABEL.findall(lowered)) >= 2) \
                or _self_description(line, header.masthead) or _paywall_call(line) \
                or (_paywall_call(page.lines[kept[-1][0] - 1]) and  # (its offer under it:
                    _phrases_held(lowered, _PROMO_BY_SCRIPT)) \
                or _house_ad(page.lines, kept[-1][0], header.masthead) \
                or ("; died " in lowered and _LIFE_RECORD.match(line.text)) \
                or not any(map(str.isalnum, line.text)):  # (a rule line, "___", over a note)
            page.remove(kept.pop()[0], "widget")
        elif _publication_note(page, header, kept[-1][0]) or \
                _published_run(page, header, kept[-1][0]) or _ARRANGEMENTS.match(lowered):
            page.remove(kept.pop()[0], "dateline")
        elif _comments_note(page.lines, kept[-1][0]):
            page.remove(kept.pop()[0], "comments")
        elif _teaser_under_share(page.lines, kept[-1][0], kept[-2][0]):
            page.remove(kept.pop()[0], "related")
        elif line.text[0] in _ENDNOTE_OPENERS and _ENDNOTE.match(line.text):
            page.remove(kept.pop()[0], "footer")  # the text's notes, under no heading
        elif author is None and line.byline_shaped and not line.prose and not line.dates and \
                (reason := header.author(line, line.text, kept[-1][0], "byline_after_text")):
            page.remove(kept.pop()[0], reason)  # "Reported by NAME" over the site's note
        elif kept[-1][1] == "subheading" and _clause_question(line.text):
            kept[-1] = (kept[-1][0], "paragraph")  # a column's closing question: its text
            return
        elif kept[-1][1] == "subheading":
            # kept for the paragraph under it, a note that went: it heads nothing (a
            # letter's "Town, County" under the reader's name, over the letters call)
            page.remove(kept.pop()[0], "footer")
        else:
            return


# A link to the rest of another story under its teaser ("اقرأ المزيد", "Read more").
_READ_MORE_LINKS = frozenset(_key(label) for label in (
    "اقرأ المزيد", "إقرأ المزيد", "المزيد", "التفاصيل", "read more", "more", "continue reading",
    "lire la suite", "lire plus"))


def _teaser_under_share(lines: list[Line], index: int, above: int) -> bool:
    """Whether the text's last line is another story's teaser under the share bar: cut off
    by an ellipsis over its link to the rest ("… مع بداية موسم البرد..." / "اقرأ المزيد", see
    _READ_MORE_LINKS), a share bar between it and the paragraph ``above``."""
    return lines[index].text.endswith(("...", "…")) and index + 1 < len(lines) and \
        lines[index + 1].key in _READ_MORE_LINKS and \
        any(lines[j].cue == "share" for j in range(above + 1, index))


# Where and when a bio's person was born: "… من مواليد حمص عام 1979 …", "… born in Homs …".
_BORN_AFTER_SPACE = _after_space(["من مواليد", "ولد عام", "ولد في", "ولدت عام", "ولدت في",
                                  "born in", "born on"])


def _bio_under_name(lines: list[Line], name: int, bio: int) -> bool:
    """Whether the two closing lines are a writer's box: the name alone, then a bio of a
    sentence opening with its given name ("Lena Park" / "Lena has covered consumer tech
    since 2019.", "Lena is our senior reviewer …"), as the writer's box under the text
    prints it, whatever the byline; or an interviewee's box, the name alone over a bio
    that tells where or when the person was born ("NAME" / "عازف عود ومؤلف موسيقي من مواليد
    حمص عام 1979 …"). (A paragraph naming a person twice calls them by the family name:
    "Park said …".)"""
    given = lines[name].text.split(" ", 1)[0]
    return lines[bio].words <= MAX_BIO_WORDS and (
        lines[bio].text.startswith(given + " ")
        or _BORN_AFTER_SPACE.search(" " + lines[bio].key) is not None) and \
        _ends_sentence(lines[bio].text) and _bare_name(lines[name])


def _about_writer_line(line: Line) -> bool:
    """Whether the closing line is a bio box's heading and the bio on one line ("About the
    author: NAME writes on …", "عن الكاتب: NAME …"; see _ABOUT_WRITER)."""
    label = _LABEL.match(line.text)
    return label is not None and _key(label[1]) in _ABOUT_WRITER


# A note's number opening an endnote after the text: a superscript figure or a bracketed
# one ("¹ Terms of the deal were not published.", "[2] Ministry figures, 2024.").
_ENDNOTE_OPENERS = "¹²³⁴⁵⁶⁷⁸⁹["
_ENDNOTE = re.compile(r"(?:[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?|\[\d{1,2}\])\s")


def _co_writer_bio(lowered: str, author: str) -> bool:
    """Whether a closing line (``lowered``) is the bio of one of the writers a joined byline
    credits ("NAME and NAME"): that writer's name, then a verb of what the writer does
    ("NAME joined the Post in 2019 and covers …", see _BIO_VERBS)."""
    names = _names(author) if " " in author else ()
    return len(names) > 1 and any(
        lowered.startswith(name.casefold() + " ") and
        lowered[len(name) + 1:].partition(" ")[0] in _BIO_VERBS for name in names)


def _name_colon_bio(line: Line, author: str) -> bool:
    """Whether the closing line is the writer's bio after the writer's name and a colon
    ("NAME: أستاذ التمويل …", "NAME: مراسلة «OUTLET» في …"), or one writer's of several
    credited (see _names), with the title the byline left out or not ("د. NAME: أستاذ …",
    "Dr NAME: …"): a role opens what follows the colon. (A transcript's speaker under the
    same name says something else: "NAME: Thank you.")"""
    name, colon, rest = line.text.partition(":")
    if not colon:
        return False
    name = _TITLES.sub("", name.strip(), count=1).casefold()
    if name != author.casefold() and name not in (one.casefold() for one in _names(author)):
        return False
    return _role_opens(rest)


def _role_opens(rest: str) -> bool:
    """Whether a writer's role opens ``rest``, the part after a name and a colon."""
    key = _key(rest)
    return bool(_BIO_ROLE_AR.match(key) or _REPORTER_ROLE.match(key) or _BIO_ROLE.match(key))


def _name_colon_role(line: Line) -> str | None:
    """The name signing the text right after it before a colon and the writer's role
    ("NAME: كاتب فرنسي وباحث في …", "NAME: Professor of …"), as a translated column credits
    its writer there, a known given name opening it (see _name_alone); None otherwise."""
    name, colon, rest = line.text.partition(":")
    name = _TITLES.sub("", name.strip(), count=1)
    return name if colon and _name_alone(name) and _role_opens(rest) else None


# A recipe's nutrition facts under its label, closing it ("Nutrition (per serving): 390
# calories, …", "القيمة الغذائية للحصة: 320 سعرة حرارية").
_NUTRITION_LABEL = re.compile(r"(?:nutrition(?:al)?(?: facts| information| info)?|calories|"
                              r"القيمة الغذائية|القيم الغذائية|السعرات الحرارية)[^:.]{0,30}:")


# A film review's credits block under its text: where and when the critic saw the film
# ("Reviewed at Venice Film Festival (Competition), Sept. 2, 2026. Running time: …"), then
# the credits under their labels, two or more on a line ("Production: … Producers: …").
_REVIEWED_AT = re.compile(r"reviewed (?:at|in|on) .{3,80}?\b(?:19|20)\d\d\b")
# A review's line closing it with where the show or the exhibition runs and until when,
# no verb: "At the Almeida, London, until 4 March.", "على مسرح الجمهورية حتى 30 مايو." (the
# text's sentence, "The play runs until …", says it with one).
_RUN_DAY = r"(?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|" \
    r"apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)"
_SHOW_RUN = re.compile(rf"at [^.;:]{{3,60}}?,? (?:until|till|to|through) {_RUN_DAY}|"
                       r"(?:على (?:خشبة )?مسرح|في (?:قاعة|غاليري|جاليري|صالة|متحف|مسرح)) "
                       r"[^.،]{2,50}?،? (?:حتى|لغاية) [\d٠-٩]")
# A review's box on when the show plays and what a seat costs, closing it: "Performances
# Thursday to Sunday at 8:30 pm. Tickets from …", "العروض يوميًا الساعة 9 مساءً، والتذاكر بـ…".
_SHOW_TIMES = re.compile(r"(?:performances|screenings|shows|العروض|عروض) [^;]{0,80}?"
                         r"(?:tickets?|التذاكر|تذاكر|والتذاكر|سعر التذكرة)\b")
_CREDITS_LABEL = re.compile(r"(?:^|\. )(?:production|producers?|executive producers?|crew|cast|"
                            r"with|director|screenplay|camera|editor|music|running time|"
                            r"sales|distribution)s?: ")


# A site's caveat on what the page lists, closing it: "المواعيد قابلة للتغيير وفق …", "All
# times are subject to change.", "هذه المعلومات مصدرها تقارير …" (the page's information).
# An advice column's caveat that its answer is no professional's advice: "This is general
# information only …", "… does not constitute legal advice.", "ما يرد في هذه الزاوية لأغراض
# توعوية ولا يمثل توصية استثمارية".
_CAVEAT_NOTE = re.compile(r"^(?:هذه المعلومات|المعلومات الواردة|this information|the information "
                          r"(?:above|in this))\b|قابلة للتغيير|قابل للتغيير|عرضة للتغيير|"
                          r"subject to change|"
                          # a shopping page's on its prices ("الأسعار تقريبية …", "Prices
                          # correct at time of publication.")
                          r"^(?:all )?(?:الأسعار|prices) (?:تقريبية|(?:are )?approximate|"
                          r"(?:are )?correct at|may vary|قد تختلف)|general information only|"
                          r"for general information\b|"
                          r"does not constitute (?:\w+ ){0,2}advice|لأغراض توعوية|لاغراض توعوية|"
                          r"لا (?:يمثل|تمثل|يعد|تعد) (?:توصية|نصيحة|استشارة)")
# An advice column's call for the readers' questions or letters, closing it: "Have a
# question for NAME? Send it …", "Got a problem? Write to …", "Send your legal questions to
# …", "هل لديك استشارة؟ …", "أرسلوا أسئلتكم إلى …"; or a signpost to support under a hard
# subject ("If you have been affected by …, support is available …"); or an opinion page's
# call for the readers' own columns ("Guest columns of up to 650 words may be submitted
# …", "يمكن إرسال مقالات الرأي إلى …", "ترحب الصحيفة بمقالات القراء …").
_COLUMN_CALL = re.compile(r"^(?:guest columns?|op-eds?|opinion (?:pieces|columns|articles)|"
                          r"letters(?: to the editor)?|commentaries|submissions)\b[^.]{0,60}? "
                          r"(?:may|can|should) be (?:submitted|sent|e-?mailed)\b|"
                          r"^(?:يمكن|يرجى) (?:إرسال|ارسال) (?:مقالات|المقالات|مساهمات|رسائل)|"
                          r"^(?:تستقبل|ترحب) (?:الصحيفة|الجريدة|المجلة|الموقع|صفحة الرأي) "
                          r"ب?(?:مقالات|المقالات|مساهمات)|"
                          r"^(?:have|got|do you have) (?:a|an|any) (?:[\w'’-]+ ){0,3}?(?:question|"
                          r"problem|dilemma|query|worry)s?\b|^(?:send|email|e-mail|write|submit) "
                          r"(?:in |us )?your (?:[\w'’-]+ ){0,2}?(?:questions?|letters?|queries|"
                          r"problems?|dilemmas?) (?:to|via|at)\b|^if you(?: or someone you know)? "
                          r"(?:have|has|are|were) (?:been )?affected by\b|"
                          r"^(?:هل )?(?:لديك|لديكِ|لديكم|عندك) (?:سؤال|استشارة|مشكلة|استفسار)|"
                          r"^(?:أرسل|ارسل|أرسلي|ارسلي|أرسلوا|ارسلوا|ابعث|ابعثي|ابعثوا) "
                          r"(?:\S+ ){0,2}?"
                          r"(?:أسئلتكم|اسئلتكم|سؤالك|استشاراتكم|استشارتك|رسائلكم|رسالتك|"
                          r"استفساراتكم|مشكلتك)|^لإرسال (?:أسئلتكم|أسئلتك|استشاراتكم|استشاراتك|"
                          r"رسائلكم|رسالتك)\b")
# An advice column's credit to whoever answered, closing it: "Answered by NAME, ROLE",
# "أجاب عنها: NAME".
_ANSWER_CREDIT = re.compile(r"^(?:answered by|answer by|reply by|replies by) \w|"
                            r"^(?:أجاب|أجابت|يجيب|تجيب) (?:عنها|عنه|عن السؤال|عن الاستشارة)\s*:")
_REPORTED = re.compile(r"\b(?:said|says|told)\b")
# An obituary's record under its text: the full name, the roles, the birth and the death
# ("Ruth Mary Penhaligon, novelist and teacher, born 3 March 1938; died 2 July 2026").
_LIFE_RECORD = re.compile(r"[A-Z][^;.]{2,80}, born [^;]{4,80}; died [^;]{4,80}$")


# A closing note that the text holds its writer's views alone, on the line's key: "المقال
# يعبر عن رأي كاتبته ولا يلزم الجريدة", "الرسائل المنشورة تعبر عن آراء أصحابها" (the
# possessive writer's or sender's word; see _DISCLAIMER for the longer notes).
_OWN_VIEWS = re.compile(r"(?:يعبر|تعبر) عن (?:راي|اراء|وجهه نظر) (?:كاتب|كتاب|صاحب|اصحاب|"
                        r"مرسل)(?:ه|ها|ته|هم)\b|\b(?:و?لا) (?:يلزم|تلزم) (?:ال)?(?:جريده|صحيفه|"
                        r"موقع|مجله)\b")


def _caveat_note(line: Line, lowered: str) -> bool:
    """Whether the closing line is the site's caveat (see _CAVEAT_NOTE): a short line, no
    sentence of the report ("و…" going on with it, "…, the minister said")."""
    return line.words <= MAX_CAPTION_WORDS and not line.text.startswith("و") and \
        bool(_CAVEAT_NOTE.search(lowered)) and not _REPORTED.search(lowered)


# A review's note on where the work is to be had, closing it: "Low Tide Radio is out now
# via Driftwood Records.", "The Salt Road is in cinemas from Friday."
_RELEASE_NOTE = re.compile(r"^[^.!?]{2,80}? (?:is|are) (?:out now|(?:now )?(?:showing )?in "
                           r"(?:cinemas|theatres|theaters|bookshops|bookstores))\b[^!?]{0,60}$")


def _desk_note(line: Line, lowered: str) -> bool:
    """Whether a short closing line is a note of the desk's (see _OWN_VIEWS,
    _RELEASE_NOTE), not the text's last sentence."""
    return line.words <= MAX_CAPTION_WORDS and (
        ("عن" in line.key and bool(_OWN_VIEWS.search(line.key)))
        or ((" now" in lowered or " in " in lowered) and bool(_RELEASE_NOTE.match(lowered))))


# A news aggregator's sign-off closing the copied item: "كانت هذه تفاصيل خبر … لهذا اليوم
# نرجو أن نكون قد وفقنا بإعطائك التفاصيل …", "These were the details of the news …".
# (Its openings matched at the start, its wish looked for as a substring: a pattern with an
# unanchored branch is tried at every character of a closing paragraph.)
_AGGREGATOR_SIGN_OFF = re.compile(r"كانت هذه تفاصيل |these were the details of |"
                                  # a blog's feed footer: "The post <headline> appeared
                                  # first on <site>."
                                  r"the post .{3,200} appeared first on ")
_AGGREGATOR_WISH = "نرجو أن نكون قد وفقنا"
# A newsletter's farewell to its readers closing the edition's text: "That is all for this
# week. See you next Tuesday.", "That's it for today.", "Until next week,", "هذا كل شيء لهذا
# الأسبوع، نلقاكم الثلاثاء المقبل", "إلى اللقاء في العدد المقبل".
_FAREWELL = re.compile(r"(?:that is|that's|that’s|and that's|and that’s) (?:all|it) for (?:this "
                       r"(?:week|issue|edition|time)|today|now)\b|see you (?:next|tomorrow|again)"
                       r"\b|until next (?:week|time|issue)\b|هذا كل (?:شيء|ما لدينا) (?:لهذا|لهذه|"
                       r"اليوم)|(?:نلقاكم|نلتقي|إلى اللقاء|الى اللقاء) (?:في العدد|الأسبوع|"
                       r"الاسبوع|غدا)")


def _farewell(line: Line, lowered: str) -> bool:
    """Whether the closing line is a newsletter's farewell to its readers (see _FAREWELL):
    a short line opening with it, no sentence of the report ("'See you next week,' she
    said")."""
    return line.words <= MAX_CAPTION_WORDS and bool(_FAREWELL.match(lowered)) and \
        not _REPORTED.search(lowered)


# A wire story's tagline closing the text: "This report by The Canadian Press was first
# published Nov. 14, 2025." (the closing line only, with its date).
_AGENCY_TAGLINE = re.compile(r"this (?:report|story|article) by .{2,60}? was first "
                             r"published\b.{0,30}$")


# The outlet's note on the article itself: its correction ("This article was amended on 9
# October 2025. An earlier version said …"; a think tank's "This comment was updated on 8
# July 2026 to correct …", "تم تصحيح هذا التحليل …") or where it ran first ("This article
# first appeared in The Weekly Ledger, June 22 edition.", "A version of this story first
# appeared on OUTLET's Spanish site.").
# So is a correction under its label that names the earlier version ("تصحيح: ذكرت نسخة
# سابقة من هذا التقرير …", "Correction: An earlier version of this story …"), and an
# interview's note that it was cut ("This interview has been edited for length …", "This
# interview has been edited and condensed.", "تم تحرير هذا الحوار واختصاره").
# A correction's note may open with the correction itself, dated ("A correction was made
# on May 2, 2026: …", "تم تصحيح هذا التقرير في …"), or with the earlier version it
# corrects ("An earlier version of this obituary misstated …", "A previous version of this
# story misstated …").
_ARTICLE_NOTE = re.compile(r"(?:a version of )?this (?:article|story|report|piece|post|comment|"
                           r"commentary|analysis|column|essay) (?:(?:was|has been) "
                           r"(?:amended|corrected|updated) (?:on|with|to)\b|(?:was )?(?:first|"
                           r"originally) (?:appeared|published|posted) (?:in|on|by)\b)|"
                           r"^(?:corrections?|"
                           # (its day in brackets may stand before the colon: "تصحيح (4
                           # نوفمبر 2026): ذكرت نسخة سابقة …"; a site's label may be plural:
                           # "Corrections: …", "تصحيحات: …")
                           r"clarifications?|تصحيح|تصحيحات|توضيح)\s?(?:\([^()]{4,30}\)\s?)?:.{0,40}?"
                           r"(?:earlier|previous|"
                           r"سابقة|سابق)|^(?:an? )?(?:correction|clarification) (?:was|has been)"
                           r" (?:made|appended|added) (?:on|to)\b|"
                           r"^(?:an earlier|a previous|a prior) version of this "
                           r"[a-z]+ (?:misstated|misspelled|misidentified|incorrectly|wrongly|"
                           r"said|stated|gave|referred)\b|^(?:تم|تمّ|جرى) تصحيح هذا (?:المقال|"
                           r"التقرير|الخبر|التحليل|التعليق)|"
                           r"^(?:this|the) (?:interview|conversation|transcript) "
                           r"(?:has been|was) (?:lightly )?(?:edited|condensed)(?: and "
                           r"(?:edited|condensed))?(?: for (?:length|clarity|brevity)|\.$)|"
                           r"^(?:تم|تمّ|جرى) (?:تحرير|اختصار) (?:هذه |هذا )?(?:المقابلة|الحوار|"
                           r"اللقاء)|"
                           # "This article was produced by the Local News Service.": a
                           # reporting scheme's or a partner's note, its name alone after.
                           r"^this (?:article|story|piece|content) (?:was|is) (?:produced|written|"
                           r"supplied) (?:by|as part of|through|under|in partnership with|"
                           r"on behalf of) "
                           r"(?:the |a |an )?[^.,;]{3,60}\.?$")


# What every note of _ARTICLE_NOTE opens with, casefolded: looked for in the casefolded
# head of a line before the whole line is casefolded (a paragraph's casefold costs much,
# an Arabic one most), the longest opening within ARTICLE_NOTE_HEAD characters.
_ARTICLE_NOTE_OPENINGS = ("this ", "the ", "a ", "an ", "correction", "clarification", "تصحيح",
                          "توضيح", "تم", "جرى")
ARTICLE_NOTE_HEAD = 13
_INTERVIEW_NOTE_OPENINGS = ("This interview", "The interview", "This conversation",
                            "The conversation", "This transcript")


# The note that the article was translated, or ran in another language's edition: "نُشرت
# نسخة من هذا التقرير بالإنجليزية …", "This article was translated from Arabic": it names
# the article and a language (see _edition_note).
_THIS_ARTICLE = _phrases(["هذا التقرير", "هذا المقال", "هذه المقالة", "هذه المادة", "هذا الموضوع",
                          "this article", "this story", "this report", "this piece",
                          "هذا العمود", "هذه الزاوية", "this column", "this op-ed",
                          "this essay", "this commentary"])
_EDITION_LANGUAGE = _phrases(["بالإنجليزية", "بالإنكليزية", "بالعربية", "بالفرنسية", "مترجم",
                              "مترجمة", "ترجم", "تُرجم", "ترجمة", "in english", "in arabic",
                              "in french", "translated", "translation",
                              # "… أولًا باللغة الألمانية", "… first ran in German"
                              "باللغة", "بالألمانية", "in german",
                              # the other languages the region's press translates from
                              "بالعبرية", "بالفارسية", "بالتركية", "بالكردية", "بالإسبانية",
                              "بالروسية", "in hebrew", "in persian", "in farsi", "in turkish",
                              "in kurdish", "in spanish", "in russian"])


# A paid notice's run closing it: "Published by OUTLET from Oct. 31 to Nov. 2, 2026." (the
# first day's year is the last's), "Published in OUTLET on March 3, 2026".
_PUBLISHED_RUN = re.compile(r"(?:published|printed|appeared) (?:by|in|on) .{2,60}? from "
                            r"(?P<first>[^\W\d_]+\.? \d{1,2}|\d{1,2} [^\W\d_]+\.?)"
                            r"(?:,? \d{4})?,? (?:to|through|until|-|–) ", re.IGNORECASE)
MAX_RUN_DAYS = 31  # a paid notice runs a few days to a month
MAX_PUBLICATION_NOTE_WORDS = 16  # "This article was first published on DAY DATE at CLOCK ZONE"
# The funeral home's credit under an obituary: "Arrangements under the direction of NAME."
# In Arabic, the funeral's notice under its heading: where and when the prayer is said over
# the dead and the condolences received ("الصلاة والعزاء" / "يصلى على الفقيد بعد …").
_ARRANGEMENTS = re.compile(r"(?:funeral )?arrangements (?:are )?(?:by|with|entrusted to|handled "
                           r"by|under the (?:care|direction) of) "
                           r"|و?(?:سي|ي)صلى على (?:الفقيد|الفقيدة|جثمان|المرحوم)"
                           r"|(?:الصلاة و|مواعيد )?العزاء$")


_PUBLICATION_NOTE_KEYS = frozenset(map(_key, _PUBLICATION_NOTE_LABELS))
_PUBLICATION_NOTE_OPENINGS = tuple({key.split()[0] + " " for key in _PUBLICATION_NOTE_KEYS})


def _publication_note(page: _Page, header: _Header, index: int) -> bool:
    """Whether the closing line is the article's publication note, its date with nothing
    but its clock and zone after it (see _PUBLICATION_NOTE_LABELS); the date is the
    publication date when the page printed none. (Over the writer's bio, it stood in the
    text when the lines right after it were read.)"""
    line = page.lines[index]
    # (its length and its opening words first: a closing paragraph's dates cost more)
    if line.words > MAX_PUBLICATION_NOTE_WORDS or \
            not line.key.startswith(_PUBLICATION_NOTE_OPENINGS) or not line.dates or \
            _key(line.text[:line.dates[0].start]) not in _PUBLICATION_NOTE_KEYS or \
            not _only_labels_beside_dates(line):
        return False
    published = header.values.get("published")
    if published is None or published["date"] is None:
        _read_dateline(header, line, index)
        if header.evidence.get("published", (None,))[0] == index:
            header.evidence["published"] = (index, "publication_note")
            header.notes.pop("published", None)
    return True


def _published_run(page: _Page, header: _Header, index: int) -> bool:
    """Whether the closing line, or the first over the text (an obituary's under the life
    dates under its name), is a paid notice's run (see _PUBLISHED_RUN); its first day is
    the publication date when the page printed none."""
    line = page.lines[index]
    # (its length before its dates: a closing paragraph's cost more than the test)
    match = _PUBLISHED_RUN.match(line.text) if line.words <= MAX_PUBLICATION_NOTE_WORDS and \
        line.dates else None
    if match is None:
        return False
    last = line.dates[-1].value
    published = header.values.get("published")
    if last["date"] and (published is None or published["date"] is None):
        found = dates.month_day_before(match["first"], dt.date.fromisoformat(last["date"]),
                                       MAX_RUN_DAYS)
        if found is not None:
            value = dates.plausible({**found.value, "note": f"the first day of the run "
                                     f"{line.text[match.start('first'):line.dates[-1].end]!r}"
                                     f", in the year of its last"}, *header.latest)
            header.take("published", value, index, "published_run")
            header.notes.pop("published", None)
    return True


# A note on how the article was made, opening or closing it: a partner, a grant, a series
# it belongs to, a colleague's help, names changed ("أُنجز هذا التحقيق بدعم من …", "هذا
# التقرير جزء من سلسلة …", "ساهم في هذا التقرير …", "This story was co-published with …",
# "This report was produced with the support of …",
# "Names have been changed to protect …"), on the line's key.
_MAKING_NOTE = re.compile(
    r"^(?:(?:انجز|انجزت|اعد|اعدت|انتج|انتجت|نشر|نشرت|ساهم|ساهمت|شارك|شاركت)"
    # (a broadcaster's text made from its episode: "أعد هذا النص انطلاقا من الحلقة …")
    # (a version of it first run elsewhere: "نُشرت نسخة من هذا المقال أولاً على موقع …")
    r"(?: في(?: اعداد)?)? (?:نسخه من )?(?:(?:هذا|هذه) (?:ال)?(?:تحقيق|تقرير|مقال|مقاله|ماده|"
    r"سلسله|قصه|نص)|المقال)"
    r"|(?:هذا|هذه) (?:ال)?(?:تحقيق|تقرير|مقال|مقاله|ماده|قصه|نص) (?:جزء من|ضمن|انجز|اعد|نشر"
    # (a citizen reporter's story, and who checked it: "هذه القصة أرسلها مراسل مواطن
    # وراجعها فريق التحقق", "This story was sent by a reader and checked by our team")
    r"|(?:ارسل|راجع|دقق)(?:ه|ها|ت|تها)?)"
    r"|(?:تم تغيير|غيرت|جري تغيير) (?:بعض )?(?:ال)?اسماء"
    # ("تم إنتاج هذا التقرير بدعم من …")
    r"|(?:تم|جري) (?:انجاز|اعداد|انتاج|نشر|تمويل) (?:هذا|هذه) (?:ال)?(?:تحقيق|تقرير|مقال|مقاله|"
    r"ماده|سلسله|قصه)"
    r"|(?:this|the) (?:article|story|investigation|report|piece|text|transcript) (?:was|is) "
    r"(?:co ?published|"
    # ("This text was adapted from an episode of …, which you can hear in full on …")
    r"adapted from (?:a|an|the|our) (?:[\w ]{0,30} )?(?:episode|broadcast|programme|program|"
    r"podcast)|"
    r"co ?produced|(?:produced|published|reported) (?:in partnership|in collaboration|jointly)|"
    # (a grant's: "This report was produced with the support of …")
    r"(?:produced|prepared|made|written|published|reported) with (?:the )?(?:support|help|"
    r"assistance|funding|backing) (?:of|from)|"
    r"(?:sent|submitted|contributed) by (?:a|an|one of our) (?:citizen|community|reader|"
    r"volunteer)|"
    r"part of (?:a|an|the|our) (?:[\w ]{0,30} )?(?:series|investigation|project))"
    r"|(?:some )?names(?: of [\w ]{1,30})? (?:have|has) been changed"
    # (a broadcaster's text under its player: "The following is an edited transcript of
    # the report aired on …", "النص التالي تفريغ للحلقة …")
    r"|(?:the following|what follows|below) is (?:an? |the )?(?:[\w ]{0,30} )?transcript of"
    r"|(?:النص التالي|ما يلي|فيما يلي) (?:هو )?تفريغ)\b")


# What follows the site's name in its description of itself under the text: "is", or
# what it is ("… is an independent station broadcasting …", "… هي منصة إخبارية مستقلة …",
# "… موقع إخباري مستقل يغطي …"; folded keys).
_SELF_DESCRIBED_AS = re.compile(r"(?:is an?|is the|هو|هي|موقع|اذاعه|صحيفه|منصه|وكاله|قناه|مجله|"
                                r"شبكه|مؤسسه) ")


def _self_description(line: Line, masthead: str | None) -> bool:
    """Whether a closing line is the site's description of itself: a sentence opening with
    the site's name printed at the top of the page, then what it is (see
    _SELF_DESCRIBED_AS)."""
    if masthead is None:
        return False
    name = _key(masthead)
    return line.key.startswith(f"{name} ") and \
        _SELF_DESCRIBED_AS.match(line.key, len(name) + 1) is not None


# An ad's button alone under the site's promotion of its own product after the text ("Before
# it's here, it's on the NAME Terminal." / "LEARN MORE"), on folded keys.
_AD_BUTTONS = frozenset(_key(button) for button in (
    "learn more", "find out more", "discover more", "try it free", "try it now",
    "start your free trial", "start free trial", "اعرف المزيد", "اعرف أكثر", "اكتشف المزيد",
    "جربه مجانا", "جربها مجانا"))
# Words of a masthead that name no site of their own ("The", "Daily", "صحيفة"), on keys.
_MASTHEAD_COMMON = frozenset(["the", "al", *(_key(word) for word in _ORGANISATION)])


def _house_ad(lines: list[Line], index: int, masthead: str | None) -> bool:
    """Whether the closing line is the site's ad for its own product over the ad's button
    alone (see _AD_BUTTONS): a short line naming the site by a word of its masthead that
    is its own (see _MASTHEAD_COMMON)."""
    if masthead is None or index + 1 >= len(lines) or lines[index + 1].key not in _AD_BUTTONS \
            or lines[index].words > MAX_CAPTION_WORDS:
        return False
    words = lines[index].key.split()
    return any(word in words for word in _key(masthead).split()
               if word not in _MASTHEAD_COMMON and len(word) > 2)


# ... or that it is carried here from a partner, after a sentence on the partner at most
# ("تصدر مجلة «…» عن مؤسسة …، ويعاد نشر هذه المادة باتفاق بين الطرفين.", "OUTLET is an
# independent quarterly. This article is republished under a content-sharing agreement.",
# "Republished with permission from OUTLET."; keys).
_REPUBLISHED_NOTE = re.compile(r"(?:^|(?:^|\s)(?:this|the) (?:article|story|piece|report|essay|"
                               r"column|investigation|feature) (?:is|was|has been) )(?:republished|"
                               r"reprinted)\b|(?:^|\s)و?(?:يعاد|اعيد|تعيد|نعيد) نشر (?:هذا|هذه) "
                               r"(?:ال)?(?:تحقيق|تقرير|مقال|مقاله|ماده|قصه|نص)\b")
_REPUBLISHED_HINTS = ("نشر", "publish", "reprint")


def _making_note(line: Line) -> bool:
    """Whether the line notes how the article was made (see _MAKING_NOTE) or that it is
    republished (see _REPUBLISHED_NOTE), with nobody quoted, a short paragraph at most."""
    return line.words <= MAX_SHARE_WORDS * 2 and (bool(_MAKING_NOTE.match(line.key)) or (
        textnorm.contains_any(line.key, _REPUBLISHED_HINTS) and
        _REPUBLISHED_NOTE.search(line.key) is not None)) and \
        not _REPORTING_VERB.search(line.key)


def _edition_note(line: Line) -> bool:
    """Whether a closing line notes the article's translation or its other language's
    edition, with nobody quoted (a text telling of a report's translation quotes its
    issuer)."""
    # (The first words' letters looked for first: "هذا", "هذه" and "this" open every phrase
    # of _THIS_ARTICLE, whose trie is tried at every "ه" of a closing paragraph.)
    return ("هذ" in line.key or "this" in line.key) and bool(_THIS_ARTICLE.search(line.key)) \
        and bool(_EDITION_LANGUAGE.search(line.key)) and not _REPORTING_VERB.search(line.key)


# A writer's bio naming the writer's own latest work, after the name and "'s" ("NAME's most
# recent collection is …", "NAME's new novel, …, is out in May").
_OWN_WORK_BIO = re.compile(r"((?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w-]*)['’]s (?:(?:most )?(?:recent|"
                           r"latest|new|newest|forthcoming|previous|debut|first) )?(?:book|novel|"
                           r"collection|memoir|biography|study|history|pamphlet|play)\b")


def _bio_of_credited(lines: list[Line], index: int, first: int) -> bool:
    """Whether a closing line is the bio of a writer the header credits, whether or not the
    byline was read: the name printed over the text, then an Arabic role ("سهام الإدريسي
    صحافية مقيمة في باريس …"; see _author_bio for one with no name); or the name printed
    alone or in a byline over the text, then the writer's own latest work ("NAME's most
    recent collection is …", see _OWN_WORK_BIO: a review names its book's author in the
    book's card, never alone); or the name of one the header credits by a credit's line,
    then a verb of what the writer does ("Translated from the Arabic by NAME" … "NAME
    translates from Arabic and French.", see _BIO_VERBS)."""
    line = lines[index]
    if line.words > MAX_BIO_WORDS:
        return False
    words = line.text.split(maxsplit=4)  # (the first four words, the rest not split)
    if line.text[0].isupper():
        if own := _OWN_WORK_BIO.match(line.text):
            return any(above.text == own[1] or (above.byline_shaped and own[1] in above.text)
                       for above in lines[:first])
        return any(words[count] in _BIO_VERBS and any(
            (above.byline_shaped or " by " in above.text) and
            above.text.endswith(" ".join(words[:count])) for above in lines[:first])
            for count in (2, 3) if count < len(words))
    return any(_BIO_ROLE_AR.fullmatch(_key(words[count]))
               and any(" ".join(words[:count]) in above.text for above in lines[:first])
               for count in (2, 3) if count < len(words))


# The note that the article ran in the printed paper: "A version of this article appeared
# in the print edition of … on …", "نُشر هذا المقال في النسخة الورقية …".
# The article may name itself and the issue it runs in ("This story appears in the May
# 2026 issue of OUTLET.", "This review appears in the March 2026 print edition …"); a
# study "appears in the latest issue of" a journal in the text.
_PRINT_NOTE = re.compile(r"(?:appeared|appears|(?:was )?published|ran) in (?:the |our )?print "
                         r"(?:edition|on )|نُ?شِ?ر .{0,30}في النسخة الورقية|"
                         r"^(?:a version of )?this (?:article|story|piece|review|essay|feature|"
                         r"interview) (?:originally )?(?:appeared|appears|ran|was published) in "
                         r"(?:the |our )?(?:\S+ ){0,3}?(?:print (?:edition|issue)|issue of |"
                         r"\S+ no\. ?\d)")
_PRINT_NOTE_HINTS = ("in print", "print edition", "print on", "الورقية", " issue", "appears in",
                     "appeared in")


def _print_note(line: Line, lowered: str) -> bool:
    """Whether a line over or under the text notes that the article ran in the printed
    paper or in an issue of the magazine (see _PRINT_NOTE), or names the paper and the day
    it ran in ("Published in The Daily Ledger, November 19th, 2026.": see
    _published_in_note)."""
    if lowered.startswith(("published in", "printed in")) and _published_in_note(line):
        return True
    return _holds_phrase(lowered, _PRINT_NOTE_BY_SCRIPT) and \
        bool(_PRINT_NOTE.search(lowered))


# Every character whose casefold holds an "i", as each Latin hint of _PRINT_NOTE_HINTS does.
_FOLDING_TO_I = "Iiİﬁﬃ"
PRINT_NOTE_HEAD = 12  # "published in"


def _opening_print_note(line: Line) -> bool:
    """_print_note of the text's first line, casefolded only where it may hold a note: its
    head casefolded opens as one, or it holds a hint's Arabic word or a letter folding to
    the "i" of each Latin one (a paragraph's casefold costs much, an Arabic one most)."""
    text = line.text
    return (text[:PRINT_NOTE_HEAD].casefold().startswith(("published in", "printed in"))
            or any(map(text.__contains__, _PRINT_NOTE_BY_SCRIPT[1]))
            or any(map(text.__contains__, _FOLDING_TO_I))) and _print_note(line, text.casefold())


def _funding_note(line: Line, lowered: str) -> bool:
    """Whether a closing line says who funds the reporting ("Local Democracy Reporting is
    public interest journalism funded through …", "This story was produced through the …
    Reporting scheme, paid for by …"): the journalism named with its funder
    and nobody quoted, a note of the scheme, not of the story ("The union said journalism
    courses are funded by …" is the story's)."""
    return _holds_phrase(lowered, _JOURNALISM_BY_SCRIPT) and \
        textnorm.contains_any(lowered, _FUNDED) and not _REPORTING_VERB.search(line.key)


def _comments_note(lines: list[Line], index: int) -> bool:
    """Whether the line is the comments section's note, printed over its form ("Comments
    are moderated …" / "Leave a comment"): it opens with the comments cue, says how
    comments are handled, and the comments section follows it, or the page's furniture
    when the form is not printed ("… if they are on-topic." / "Latest"), nobody reported
    saying it. ("Comments from residents
    were mixed, the council said" closing a text is the text's.) In the site's own voice
    ("We welcome comments that are respectful …", "نرحب بالتعليقات …") it may stand over
    any of the page's furniture."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and line.words <= MAX_SHARE_WORDS and \
        textnorm.contains_any(line.key, _COMMENT_POLICY) and (
            ((following.cue == "comments" or (
                not following.prose and not _REPORTING_VERB.search(line.key))) and
             _CUE_PATTERNS["comments"].match(line.key) is not None)
            or (following.cue in BOUNDARY_REASONS and line.key.startswith(_SITE_VOICE)
                and textnorm.contains_any(line.key, ("comment", "تعليق"))))


# The site speaking to its readers of their comments: "We welcome …", "نرحب بـ…" (keys).
_SITE_VOICE = ("we welcome ", "we moderate ", "we review ", "we ask ", "نرحب ", "نرجو ")


def _signature_over_notice(page: _Page, kept: list[tuple[int, str]], header: _Header) -> None:
    """The writer's bare name signing the text with a notice after it (an obituary's
    "جورج الخوري" over the funeral's time and place, a letter's over the page's call for
    letters): when no byline was read, a bare name among the last lines of the text (see
    _reader_signature: a reader's town may follow it), that no other line of the article
    names, is the writer's; it and what follows leave the text."""
    if "author" in header.values or len(kept) < 2 + SIGNED_NOTICE_LINES:
        return
    for position in range(len(kept) - 2, len(kept) - 2 - SIGNED_NOTICE_LINES, -1):
        signed = _reader_signature(page.lines, kept[position][0])
        if signed is None or kept[position - 1][0] != signed[0] - 1 or \
                not page.lines[signed[0] - 1].prose:
            continue  # (right under the text's last paragraph)
        index, name = signed
        line = page.lines[index]
        if _named_in_text(page.lines, name, header.title, index - 1) or \
                _named_in_text(page.lines, name, index + 1, kept[-1][0]):
            header.refuse("author", line, f"{name!r} is not taken as the author: the "
                          "headline or the text names that person (a subject or a source)")
        elif header.author(line, name, index, "name_after_text"):
            page.reasons[index] = "byline"  # (a name alone read as a caption before)
            for after, _ in kept[position:]:
                page.remove(after, "after_body")  # the town, the notice under the signature
            del kept[position:]
        return


def _reader_signature(lines: list[Line], index: int) -> tuple[int, str] | None:
    """(the line, the name) signing a text at ``index``: a name alone or before the
    writer's town (see _signed_name), or a Latin name alone right over the line of the
    town and county at ``index`` ("Margaret Doe" / "Church Stretton, Shropshire"), as a
    reader's letter is signed; else None."""
    line = lines[index]
    name = _signed_name(line) if line.words <= MAX_BYLINE_WORDS else None
    if name is not None:
        return index, name
    if index and line.text.isascii() and _TOWN_LINE.fullmatch(line.text) and \
            _bare_name(lines[index - 1]):
        return index - 1, lines[index - 1].text
    return None
# A bio box's heading naming the writer's role: "About the author", "عن الكاتب".
_ABOUT_WRITER = frozenset(_key(heading) for heading in (
    "About the author", "About the writer", "About the columnist", "عن الكاتب", "عن الكاتبة",
    "نبذة عن الكاتب", "نبذة عن الكاتبة", "عن المؤلف", "عن المؤلفة"))


def _bio_name(text: str) -> str | None:
    """The name opening a writer's bio: before "is a …" ("NAME is a journalist …", see
    _BIO_EN) or, in Arabic, two or three words before a role's word ("NAME كاتب …"); a
    name alone opening with a known given name (see _name_alone), or None."""
    if _BIO_EN.match(text):
        name = text[:_BIO_VERB.search(text).start()].lstrip("-–—*•·_ ")  # ("— NAME is a …")
        return name if _name_alone(name) else None
    words = text.split()
    return next((" ".join(words[:count]) for count in (2, 3) if count < len(words) and
                 _BIO_ROLE_AR.fullmatch(_key(words[count].strip("،,")))
                 and _name_alone(" ".join(words[:count]).rstrip("،,"))), None)


def _read_about_writer(page: _Page, kept: list[tuple[int, str]], header: _Header) -> None:
    """The writer a bio box names under its heading among the text's last lines ("About the
    author" / "NAME is a journalist …", "عن الكاتب" / "NAME كاتب …"), when no byline was
    read: the heading says whose bio it is (see _bio_name). A writer card may stand there
    instead: the name alone, opening with a known given name, or under the writer's photo
    ("صورة NAME" / NAME / role, see _under_writer_photo), over the role or the bio; or a
    name over a bio opening with it (see _bio_under_own_name: "NAME" / "NAME covers …")."""
    lines = page.lines
    if not kept:
        return
    first = kept[max(0, len(kept) - CLOSING_SECTION_LINES)][0]
    heading = next((index for index in range(max(0, first - 1), kept[-1][0])
                    if lines[index].key in _ABOUT_WRITER), None)
    if heading is None:
        return
    for card in range(heading + 1, min(len(lines), heading + 3)):  # (a photo's alt text first)
        line = lines[card]
        name = line.text if _bare_name(line) or (
            card > heading + 1 and _under_writer_photo(lines, card)) or (
            card + 1 < len(lines) and _bio_under_own_name(lines, card + 1, listed=False)) \
            else _bio_name(line.text)
        if name:
            header.author(line, name, card, "name_in_bio")
            return


def _closing_section(page: _Page, kept: list[tuple[int, str]]) -> None:
    """An "About …" or notes section closing the text leaves it, heading and all.

    A press release ends with its issuer's boilerplate under "About Desert Solar" / "نبذة
    عن الشركة"; a paper, with numbered notes under "Notes" / "الهوامش". The heading is
    kept as a subheading (a paragraph follows it), or as a paragraph when a colon closes
    it ("For more information, contact:" over a release's press officers); standing among
    the last lines, it opens no part of the article. So is one left out already (a
    caption's reason: no paragraph under it, "أسئلة شائعة" over a question): the lines
    under it go too.
    """
    _method_box(page, kept)
    for position in range(max(1, len(kept) - CLOSING_SECTION_LINES), len(kept)):
        index, kind = kept[position]
        if ((kind == "subheading" or page.lines[index].text[-1] in ":：") and
                _closing_heading(page.lines[index])) or (
                index - 1 > kept[position - 1][0] and _closing_heading(page.lines[index - 1])) \
                or _verdict_box(page.lines, kept, position) or _team_sheet(page.lines[index]) or \
                (position == len(kept) - 1 and _over_site_addresses(page.lines, index)):
            for index, _ in kept[position:]:
                page.remove(index, "footer")
            del kept[position:]
            return


# A side's line-up under its label after a match report's text ("تشكيل TEAM: NAME، NAME،
# …", "Line-up TEAM: …"), as folded keys open.
_TEAM_SHEET_LABELS = ("تشكيل", "lineup", "line-up")
_TEAM_SHEET_COMMAS = re.compile(r"[،,;]")
MIN_TEAM_SHEET_NAMES = 9  # a side's eleven, or all but two of it
MAX_TEAM_SHEET_NAME_WORDS = 3  # "عبد الله السعيد": a player's name, no clause


def _team_sheet(line: Line) -> bool:
    """Whether the line is a side's line-up after a match report's text, under its label:
    MIN_TEAM_SHEET_NAMES names or more after the colon, commas between them, each of a
    name's few words ("تشكيل الوحدة: NAME، NAME، …"): the match's record, no sentence of the
    report; it closes the text (see _closing_section)."""
    if not line.key.startswith(_TEAM_SHEET_LABELS) or (label := _LABEL.match(line.text)) is None:
        return False
    names = _TEAM_SHEET_COMMAS.split(line.text[label.end():].rstrip(". "))
    return len(names) >= MIN_TEAM_SHEET_NAMES and \
        all(0 < len(name.split()) <= MAX_TEAM_SHEET_NAME_WORDS for name in names)


def _over_site_addresses(lines: list[Line], index: int) -> bool:
    """Whether the text's last line is a notice whose colon introduces the site's own web
    addresses under it, each alone on its line (see _SITE_ADDRESS: "Our website can also be
    accessed at the following addresses:" / "www.outlet.tv"): the site's, not the text's."""
    return lines[index].text[-1] in ":：" and index + 1 < len(lines) and \
        "." in lines[index + 1].text and _SITE_ADDRESS.fullmatch(lines[index + 1].text) is not None


def _method_box(page: _Page, kept: list[tuple[int, str]]) -> None:
    """An investigation's box on its method inside the text leaves it: its heading (see
    _METHOD_HEADING: "How we reported this", "كيف أنجزنا هذا التحقيق") over one paragraph,
    the text going on under them for two paragraphs or more. (Under its heading at the
    text's end, the note goes with the closing section.)"""
    lines = page.lines
    for position in range(1, len(kept) - 3):
        index, kind = kept[position]
        if kind == "subheading" and lines[index].words <= MAX_LABEL_WORDS + 1 and \
                _METHOD_HEADING.fullmatch(lines[index].key) and \
                kept[position + 1][0] == index + 1 and lines[index + 1].prose and \
                all(under == "paragraph" for _, under in kept[position + 1:position + 4]):
            page.remove(index, "widget")
            page.remove(index + 1, "widget")
            del kept[position:position + 2]
            return


# A fact-check's verdict label, alone or over its rating ("VERDICT", "النتيجة: مضلل").
_CHECK_VERDICT = frozenset(_key(label) for label in (
    "verdict", "the verdict", "rating", "our rating", "النتيجة", "الحكم", "التصنيف", "التقييم"))
VERDICT_BOX_LINES = 3  # the label, the verdict's sentence, the desk's note under it


# A fact check's label of the claim it checks, over the verdict's (see _after_claim_card).
_CHECK_CLAIM = frozenset(_key(label) for label in (
    "claim", "the claim", "الادعاء", "الإدعاء", "ادعاء", "الزعم"))


def _after_claim_card(lines: list[Line], start: int, last: int) -> int:
    """Where the text starts under a fact check's claim card opening the run: the claim's
    label and colon ("Claim: …", "الادعاء: …") over the verdict's ("Verdict: FALSE. The
    …", "الحكم: زائف", see _CHECK_VERDICT), and a short label under them ("Full Text"):
    the card sums the check up, the text opens under it."""
    if start + 2 > last or ":" not in lines[start].text[:LINK_LABEL_CHARS] or \
            ":" not in lines[start + 1].text[:LINK_LABEL_CHARS]:
        return start  # (a quick test: both lines open with a label's colon)
    claim, verdict = _LABEL.match(lines[start].text), _LABEL.match(lines[start + 1].text)
    if not (claim and verdict and _key(claim[1]) in _CHECK_CLAIM and
            _key(verdict[1]) in _CHECK_VERDICT):
        return start
    after = start + 2
    if after < last and not lines[after].prose and lines[after].words <= MAX_LABEL_WORDS:
        after += 1  # the text's label under the card ("Full Text", "التفاصيل")
    return after if lines[after].prose else start


def _verdict_box(lines: list[Line], kept: list[tuple[int, str]], position: int) -> bool:
    """Whether the kept line is a fact-check's verdict label closing the text ("VERDICT" /
    "Altered. The image …", "النتيجة: مضلل" / one sentence): the verdict's box, not the
    text, when no line of the text above opens with the label (a roundup's verdict under
    each claim, "التصنيف: زائف", is its text)."""
    line = lines[kept[position][0]]
    if len(kept) - position > VERDICT_BOX_LINES or line.words > MAX_LABEL_WORDS:
        return False  # (before the label's pattern: every closing paragraph is asked)
    label = _LABEL.match(line.text)
    key = _key(label.group(1)) if label else line.key
    return key in _CHECK_VERDICT and not any(lines[index].key.startswith(key)
                                             for index, _ in kept[:position])


# A release's distribution line over its headline: the wire that carries it and the
# issuer it acts for ("Distributed by WIRE on behalf of COMPANY.", "وزعت بواسطة WIRE نيابة
# عن الشركة", "تم توزيع هذا البيان عبر WIRE بالنيابة عن …"; Arabic letters folded).
_DISTRIBUTION = re.compile(r"(?:(?:this )?(?:press |news )?release (?:was |is )?)?(?:distributed|"
                           r"issued|released|disseminated|sent)\s+(?:by|via|through)\b|"
                           r"(?:تم\s+)?(?:توزيع|وزع|نشر|اصدار|صدر)\S*\s+(?:(?:\S+\s+){0,2}?"
                           r"(?:بواسطه|عبر|من\s+قبل)|(?:هذا\s+)?(?:البيان|الخبر))\s")
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\b|(?:بال)?نيابه\s+عن")


# A sponsor's or a partner's line over the headline ("In partnership with NAME", "محتوى
# برعاية NAME", "This story was produced in partnership with NAME"): phrases only (a
# headline may open "برعاية الوزير.. …", "Supported by allies, …").
_SPONSOR_OPENING = _phrases(["sponsored by", "in partnership with", "in association with",
                             "presented by", "brought to you by", "supported by", "paid content",
                             "paid post", "partner content", "promoted by",
                             "this story was produced", "this article was produced",
                             "this report was produced",
                             "produced in partnership with", "محتوى برعاية", "محتوى مدفوع",
                             "محتوى ممول", "محتوى مدعوم", "بالشراكة مع", "بالتعاون مع",
                             "تم انتاج هذا التقرير",
                             "تم اعداد هذا التقرير", "انتج هذا التقرير",
                             # (a partner's note: "ينشر بالتعاون مع مجلة «…»"; a
                             # republication's, "يُعاد نشر هذا التحقيق بالاتفاق مع …",
                             # "Republished in partnership with …", is _REPUBLISHED_NOTE's)
                             "published in partnership with", "published in collaboration with",
                             "ينشر بالتعاون مع", "ينشر بالشراكة مع", "ينشر بالاتفاق مع",
                             "تنشر بالتعاون مع", "تنشر بالشراكة مع", "تنشر بالاتفاق مع"])
# ... or the sponsor's label before a colon ("برعاية: NAME", "Sponsored by: NAME", "Sponsor:
# NAME"): the colon makes a label of a word that may open a headline ("برعاية الوزير.. …").
_SPONSOR_LABELS = frozenset(_key(label) for label in (
    "sponsor", "sponsors", "sponsored by", "presented by", "in partnership with",
    "in association with", "supported by", "powered by", "promoted by", "partner",
    "برعاية", "رعاية", "الراعي", "الراعي الرسمي", "الرعاة", "بدعم من", "بالشراكة مع",
    "بالتعاون مع", "محتوى برعاية", "محتوى مقدم من"))


# A note that the text is a translation ("This article was translated from Arabic", "هذا
# المقال مترجم عن صحيفة …"): phrases only, opening the line.
_TRANSLATION_NOTE = _phrases(["this article was translated", "this article has been translated",
                              "this story was translated", "this story has been translated",
                              "translated from", "machine translated", "originally published in",
                              # a reprint's note ("This story was originally published by
                              # OUTLET."), what the text is carried from
                              "originally published by", "this story was originally published",
                              "this article was originally published",
                              # (… or first published elsewhere, and carried here: "This
                              # article first appeared in …", "نُشر هذا المقال أولًا في …")
                              "this article first appeared", "this story first appeared",
                              "نشر هذا المقال اولا", "نشر هذا المقال لاول مره",
                              "نشرت هذه المقاله اولا", "نشر هذا التقرير اولا",
                              "هذا المقال مترجم", "هذا التقرير مترجم", "مقال مترجم",
                              "تقرير مترجم", "مترجم عن", "مترجم من", "ترجمة عن", "ترجمة من"])


def _carrier_line(line: Line) -> bool:
    """Whether the line names who carries or pays for the piece, or what it is translated
    from, never a headline: a press release's distribution line (see _DISTRIBUTION),
    opening with the distribution's verb and its agent and naming the issuer acted for (a
    headline "Aid distributed by …" opens with its subject), a sponsor's line (see
    _SPONSOR_OPENING), a republication's note (see _REPUBLISHED_NOTE) or a translation note
    (see _translation_note) of a few words with no clause after the name it gives (no comma,
    colon or two dots), or a sponsor's label (see _sponsor_label)."""
    if line.words > MAX_BYLINE_WORDS + 4:
        return False
    if _DISTRIBUTION.match(line.key):
        return bool(_ON_BEHALF.search(line.key))
    return (line.words <= MAX_BYLINE_WORDS and bool(
        _SPONSOR_OPENING.match(line.key) or _REPUBLISHED_NOTE.match(line.key)) and
            not textnorm.contains_any(line.text, ",،:") and ".." not in line.text) or \
        _sponsor_label(line) or _translation_note(line)


def _sponsor_label(line: Line) -> bool:
    """Whether the line is a sponsor's label, its colon and the sponsor's name (see
    _SPONSOR_LABELS), with no clause after the name (no comma, colon or two dots)."""
    label, colon, name = line.text.partition(":")
    return bool(colon) and line.words <= MAX_BYLINE_WORDS and _key(label) in _SPONSOR_LABELS \
        and bool(name.strip()) and not textnorm.contains_any(name, ",،:") and ".." not in name


def _translation_note(line: Line) -> bool:
    """Whether the line is a note that the text is a translation (see _TRANSLATION_NOTE),
    a dozen words at most with no clause after the source it names, or a translations
    page's credit of its source alone: "from", then the publication in quotation marks
    (see _QUOTED_PUBLICATION: "عن صحيفة «…» النرويجية", "نقلاً عن «…»") or named with its
    country (see _NATIONAL_PUBLICATION: "عن صحيفة NAME الفرنسية")."""
    if line.words > MAX_BYLINE_WORDS:
        return False
    if line.text.startswith(_FROM_SOURCE):
        source = line.text.split("عن", 1)[1].lstrip(": ")  # (its label's colon or none)
        return _QUOTED_PUBLICATION.fullmatch(source) is not None or \
            (_NAMED_PUBLICATION if line.text[0] == "ن" else _NATIONAL_PUBLICATION).fullmatch(
                source) is not None
    return bool(_TRANSLATION_NOTE.match(line.key)) and \
        not textnorm.contains_any(line.text, ",،") and ".." not in line.text


_FROM_SOURCE = ("عن ", "نقلا عن ", "نقلاً عن ",  # a translated text's source opens with "from"
                "عن:", "نقلا عن:", "نقلاً عن:")  # (or with it as a label: "عن: مجلة «…»")
# A newsroom's appeal for tips opens by asking the reader ("Do you have a news tip?", "Do
# you have information about …?", "هل لديك معلومات عن …؟"; see _PROMO).
_TIP_APPEAL = re.compile(r"\b[Dd]o you have (?:a news tip|any information|information)|"
                         r"هل لديك (?:خبر|معلومات)")
# Its quick test: the words each of its two forms holds (substring tests, where the pattern
# is tried at each character of a paragraph).
_TIP_APPEAL_WORDS = ("o you have ", "هل لديك ")


def _promotion(line: Line) -> bool:
    """Whether a paragraph is the site's call to subscribe ("Thanks for reading …!
    Subscribe for free …"): it names the subscription and another call to action, or
    opens with the call after a newsletter's name ("The Morning Brief: Sign up to get …"),
    or closes with a call to follow the site ("Stay informed. Follow us on Google News."),
    or opens a sentence with the call (see _SUBSCRIBE_SENTENCE)."""
    # (its sentences' break first: one search, where the hints are three; "Stay informed
    # and ahead! Follow OUTLET on WhatsApp …" breaks at its exclamation mark)
    if (". " in line.text or "! " in line.text) and \
            _holds_phrase(line.text, _FOLLOW_BY_SCRIPT) and _follow_prompt(_last_sentence(line)):
        return True
    if not _holds_phrase(line.text, _SUBSCRIBE_BY_SCRIPT):
        # (or a newsroom's appeal for tips, set between paragraphs: "Do you have information
        # about …? Contact our investigations team.")
        return textnorm.contains_any(line.text, _TIP_APPEAL_WORDS) and \
            _TIP_APPEAL.search(line.text) is not None and _site_call(line.text.casefold())
    label = _LABEL.match(line.text)
    lowered = line.text.casefold()
    return _site_call(lowered) or bool(_SUBSCRIBE_SENTENCE.search(lowered)) or (
        label is not None and _key(line.text[label.end():]).startswith(_SUBSCRIBE_CALLS)) or (
        lowered.endswith(_LINK_ENDS) and _SUBSCRIBER_PLUG.match(lowered) is not None)


def _last_sentence(line: Line) -> Line:
    """The line's last sentence, after its last full stop or exclamation mark."""
    text = line.text.rstrip(". ")
    cut = max(text.rfind(". "), text.rfind("! "))
    return Line(line.number, text[cut + 2:] if cut >= 0 else text)


# A plug of what the site's subscribers get, its link on its last word ("Premium subscribers
# can read our weekly rates analysis here.", "يمكن للمشتركين قراءة التحليل الكامل هنا."): a
# call, never the story's sentence.
_SUBSCRIBER_PLUG = re.compile(r"(?:(?:premium|paying|paid|digital|pro) )?subscribers (?:can|may) |"
                              r"(?:يمكن|بإمكان|بامكان) للمشتركين ")
_LINK_ENDS = (" here.", " هنا.", " here", " هنا")


# The site's question on whether the reader liked the page, over its buttons or its
# stars, closing the text ("Was this article helpful?", "هل أعجبك الخبر؟", "هل كان هذا
# المقال مفيدًا؟"; folded keys).
_FEEDBACK_PROMPT = re.compile(r"(?:(?:was|is) this (?:article|story|page|post) (?:helpful|useful)|"
                              r"did you (?:find this (?:article|story|page) (?:helpful|useful)|"
                              r"(?:like|enjoy) this (?:article|story|post))|"
                              r"هل (?:اعجبك|اعجبتك|وجدت|كان) (?:هذا )?(?:الخبر|المقال|الموضوع)"
                              r"(?: مفيدا)?)")


def _feedback_prompt(line: Line) -> bool:
    """Whether the line is the site's question on the page (see _FEEDBACK_PROMPT), closing
    the text or set between its paragraphs over its buttons."""
    return line.text[-1] in "?؟" and line.words <= MAX_DATELINE_WORDS and \
        _FEEDBACK_PROMPT.fullmatch(line.key) is not None


# A call for the readers' own questions: a short question asked of them, then a call to
# send it to the site's channel ("Got a money question? Email our columnist at …", "هل
# لديك سؤال؟ أرسله عبر صفحة تواصل معنا"; folded keys).
_SEND_VERB = re.compile(r"(?:send|email|e-mail|write|submit|tag|ارسل|اكتب|راسل|شارك)")
# (a recipe's "Made this recipe? Tag @OUTLET …": the site's handle is a channel too)
_SITE_CHANNEL = ("contact", "email", "e-mail", "@", "inbox", "form", "بريد", "صفحة", "صفحه",
                 "تواصل", "واتساب", "whatsapp")
QUESTION_CALL_CHARS = 40  # the question asked of the readers ends among these
MAX_ASKED_WORDS = 6  # "Have a question about your garden?"


def _question_call(line: Line) -> bool:
    """Whether the line opens with a short question to the readers (MAX_ASKED_WORDS), then
    calls them to send theirs to the site (see _SEND_VERB, _SITE_CHANNEL): an advice
    column's call, between or under its paragraphs. (Its question mark is looked for
    first: most paragraphs open with none.)"""
    text = line.text
    mark = text.find("?", 0, QUESTION_CALL_CHARS)
    if mark < 0:
        mark = text.find("؟", 0, QUESTION_CALL_CHARS)
    if mark < 0 or len(text[:mark].split()) > MAX_ASKED_WORDS:
        return False
    call = text[mark + 1:]
    return bool(_SEND_VERB.match(_key(call))) and \
        textnorm.contains_any(call.casefold(), _SITE_CHANNEL)


def _site_call(lowered: str) -> bool:
    """Whether a line (casefolded) makes two of the site's calls (see _PROMO): to
    subscribe, to download, to send a tip ("هل لديك خبر عن شركتك؟ راسلنا")."""
    return _phrases_held(lowered, _PROMO_BY_SCRIPT) >= 2


_LATIN_LOWER = re.compile("[a-z]")


def _by_script(phrases: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """``phrases`` (lower case) split into those in ASCII holding a Latin letter, and the
    others (see _holds_phrase); then a few Latin letters one of which each of the first
    holds (the commonest first): a line holding none of them holds none of those phrases."""
    latin = tuple(phrase for phrase in phrases if phrase.isascii() and _LATIN_LOWER.search(phrase))
    letters, left = "", latin
    while left:
        letter = max("abcdefghijklmnopqrstuvwxyz",
                     key=lambda c: sum(c in phrase for phrase in left))
        letters += letter
        left = tuple(phrase for phrase in left if letter not in phrase)
    return latin, tuple(phrase for phrase in phrases if phrase not in latin), letters


# Phrases under anchors: each group's anchor, and the phrases that hold it (see _anchored).
_Anchored = tuple[tuple[str, tuple[str, ...]], ...]
MIN_ANCHOR_CHARS = 4  # an anchor shorter than this ("in", "عن") is in most lines


def _anchored(phrases: tuple[str, ...]) -> _Anchored:
    """``phrases`` grouped under anchors: a word of MIN_ANCHOR_CHARS or more, the one that
    most of them hold (greedily; a phrase of shorter words anchors itself). A line holding
    no group's anchor holds none of its phrases: one test spares it theirs."""
    groups, left = [], phrases
    while left:
        words = [word for phrase in left for word in phrase.split()
                 if len(word) >= MIN_ANCHOR_CHARS] or [left[0]]
        anchor = max(words, key=lambda word: (sum(word in phrase for phrase in left), len(word)))
        groups.append((anchor, tuple(phrase for phrase in left if anchor in phrase)))
        left = tuple(phrase for phrase in left if anchor not in phrase)
    return tuple(groups)


def _anchored_by_script(phrases: Iterable[str]) -> tuple[_Anchored, _Anchored, str]:
    """The phrases split by _by_script, each part grouped under anchors (see _anchored)."""
    latin, other, letters = _by_script(phrases)
    return _anchored(latin), _anchored(other), letters


def _phrases_held(lowered: str, split: tuple[_Anchored, _Anchored, str]) -> int:
    """How many of the phrases split by _anchored_by_script the line (casefolded) holds. A
    line with no Latin letter, as most Arabic paragraphs are, is spared the substring tests
    of the Latin phrases: each copies its phrase to the line's width before it scans the
    line. (The letters covering them are looked for first: a search for one character runs
    at memchr speed, quicker than a regular expression's scan for any Latin letter; then
    the anchors: fewer scans than the phrases.)"""
    latin, other, letters = split
    groups = other + latin if any(map(lowered.__contains__, letters)) else other
    return sum(sum(map(lowered.__contains__, phrases)) for anchor, phrases in groups
               if anchor in lowered)


def _holds_phrase(text: str, split: tuple[tuple[str, ...], tuple[str, ...], str]) -> bool:
    """Whether the line holds any of the phrases split by _by_script: the Latin ones looked
    for only where a letter covering them is (see _phrases_held)."""
    latin, other, letters = split
    # (textnorm.contains_any's loops written out: a call of it costs more than a test)
    return any(map(text.__contains__, other)) or (any(map(text.__contains__, letters))
                                                   and any(map(text.__contains__, latin)))


_PROMO_BY_SCRIPT = _anchored_by_script(_PROMO)
_DISCLAIMER_BY_SCRIPT = _anchored_by_script(_DISCLAIMER)
_SUBSCRIBE_BY_SCRIPT = _by_script(_SUBSCRIBE_HINTS)
_JOURNALISM_BY_SCRIPT = _by_script(_JOURNALISM)
_PRINT_NOTE_BY_SCRIPT = _by_script(_PRINT_NOTE_HINTS)


def _closing_heading(line: Line) -> bool:
    """"About <Name>" (each word capitalised: "About the deal" heads a part of the text),
    "About the federation" (see _ISSUER_KINDS), "نبذة عن الشركة", "Notes", "الهوامش",
    "Legal Disclaimer", an interview's profile box of the one interviewed ("In brief", "في
    سطور"), a match's "Scorers", a review's "NAME's verdict" (see _VERDICT_HEADING): a
    heading of what closes a text, not of it."""
    about = _ABOUT_HEADING.match(line.key)
    if about and about.group() == "about":
        # ("About the author": a bio box's heading)
        rest = line.key.split()[1:]
        return all(word[:1].isupper() for word in line.text.split()[1:]) or (
            rest[:1] == ["the"] and (bool(_AUTHORS_LABEL.fullmatch(" ".join(rest[1:]))) or
                                     " ".join(rest[1:]) in _ISSUER_KINDS))
    return bool(about or _NOTES_HEADING.fullmatch(line.key) or line.key in _PROFILE_HEADINGS
                or _MATCH_RECORD_HEADING.fullmatch(line.key)
                or (line.text[-1] in "t:" and _verdict_heading(line.text)))


def _verdict_heading(text: str) -> bool:
    """Whether the line heads a review's verdict box (see _VERDICT_HEADING)."""
    verdict = _VERDICT_HEADING.fullmatch(text)
    return verdict is not None and (verdict["name"] is None or
                                    given_names.opens_name(verdict["name"].split()))


def _author_bio(line: Line) -> bool:
    """Whether a closing line is a writer's bio: a name, then "is a" and a role; "The
    writer is …" with an address to reach the writer at, whatever the role (a review's "The
    writer is a master of suspense" gives none); a role
    first ("كاتب وباحث فلسطيني …", the name left to the byline); a note on the writer in
    brackets (see _BRACKETED_WRITER_NOTE); or a footnote under the mark the byline's name
    carries ("سامر الحلبي*" … "* أستاذ الإدارة العامة …") that names a role.

    (A role word after a few words, "وقال أستاذ …", opens ordinary closing paragraphs
    too: it is not enough.)
    """
    if line.words > MAX_BIO_WORDS:
        return False
    if line.text.endswith(")") and _BRACKETED_WRITER_NOTE.match(line.text):
        return True
    if _WRITER_IS.match(line.text) and "@" in line.text:
        return True  # "The writer is a Karachi-based planner. She can be reached at …@…"
    if _BIO_EN.match(line.text) or _WRITER_IS.match(line.text):
        return bool(_BIO_ROLE.search(line.key))
    if line.text.startswith(_FOOTNOTE_MARKS):
        return bool(_BIO_ROLE_AR.search(line.key) or _BIO_ROLE.search(line.key))
    if line.key.startswith(("الكات", "الكتاب ")) and (found := _WRITERS_NOTE_AR.match(line.key)):
        return bool(_BIO_ROLE_AR.match(found["role"]))  # "الكتّاب باحثون في …"
    return bool(_BIO_ROLE_AR.match(line.key))


# The note on the writer, or the writers, with no name, before the role (its plural's
# ending aside): "الكاتبة باحثة في …", "الكتّاب باحثون في …", "الكاتبان أستاذان …".
_WRITERS_NOTE_AR = re.compile(r"(?:الكاتب|الكاتبه|الكتاب|الكاتبان|الكاتبتان) "
                              r"(?P<role>\S+?)(?:ون|ين|ان)?(?: |$)")


def _date_under_writer(lines: list[Line], index: int, title: int) -> bool:
    """Whether a date right above the headline stands under the writer's credit: a byline,
    or a role under a name ("د. NAME" / "استشارية …" / "الأربعاء 26 ربيع الآخر 1448هـ",
    "Dr NAME" / "Senior Fellow" / "Monday 4 May 2026"): a columnist's block, printed over
    the headline, never the masthead's current-date widget, whatever its day or calendar.
    So is a date under a writer card's link to the writer's other columns (see
    _archive_link, _card_top), the column's standing name between it and the headline or
    none ("صورة NAME" / NAME / bio / "جميع مقالات NAME" / date / "كلام في الصميم.." /
    headline); the headline's first printing counts as the headline (see _first_printing)."""
    title = _first_printing(lines, title)
    if index < 2 or not title - 2 <= index < title:
        return False
    if _archive_link(lines[index - 1]) and _card_top(lines, index - 1) < index - 1:
        return True
    if index != title - 1:
        return False
    role, name = lines[index - 1], lines[index - 2]
    return role.byline_shaped or (_writer_role(role) and not name.dates and (
        name.byline_shaped or _bare_name(name) or (
            name.words <= MAX_NAME_WORDS and _TITLES.match(name.text) is not None and
            _byline(name.text) is not None)))


# An agency item's number under its label ("رمز الخبر: ١٩٨٧٦٥٤", "رقم الخبر: …", "News ID:
# 3146721", "News Code: …"): the item's own record, as a site's widget never is.
_NEWS_CODE = re.compile(r"(?:(?:رمز|رقم|كود) الخبر|news (?:id|code))\s*[:：]\s*\d{3,}",
                        re.IGNORECASE)
_NEWS_CODE_OPENINGS = "ركnN"


def _beside_news_code(lines: list[Line], index: int) -> bool:
    """Whether the date's line opens with the item's number (see _NEWS_CODE) or stands right
    under or over the line that prints it: the date of the agency's item, however many
    calendars and clocks beside it ("رمز الخبر: N" / "١٣ حزيران ٢٠٢٦ - ٢٣ خرداد ١٤٠٥ -
    ١٢:٣٠"), never the masthead's current-date widget."""
    return any(line.text[0] in _NEWS_CODE_OPENINGS and _NEWS_CODE.match(line.text)
               for line in lines[max(0, index - 1):index + 2])


def _over_update_stamp(lines: list[Line], index: int, title: int) -> bool:
    """Whether the date line stands right over the update's, its label opening it, both
    above the headline ("Monday, 12 May 2026, 08:15" / "Last update: about 3 hours ago"):
    the post's date and its update, a pair no current-date widget prints."""
    return index + 1 < title and _UPDATE_PATTERN.match(lines[index + 1].key) is not None


def _in_counter_run(lines: list[Line], index: int) -> bool:
    """Whether the lines right above are a statistics box's counters ("Guests online: 48").

    Such a box ends with its record day ("في تاريخ : 2023-10-09"): a date of the site's
    traffic, never the article's, however it is labelled.
    """
    above = lines[max(0, index - COUNTER_RUN):index]
    return len(above) == COUNTER_RUN and all(
        _STATISTIC.match(textnorm.to_ascii_digits(line.text)) for line in above)


def _widget_or_caption(lines: list[Line], index: int, title: int) -> str | None:
    """Why a line holding a date is not the article's dateline, or None when it is."""
    line = lines[index]
    if index and _opens_date_pair(lines[index - 1]):
        return _widget_or_caption(lines, index - 1, title)  # judged with its first half
    if _in_counter_run(lines, index) or (_SITE_STATISTICS.search(line.key) and not (
            " by " in line.text and _section_then_writer(line))):  # (a desk's "by Record …")
        return "a date under a run of counters or beside a count of users online or a " \
               "record count is the statistics widget's day, not the publication date"
    if _ISSUE_NUMBER.search(line.text) and all(
            found.value.get("precision") != "day" for found in line.dates):
        return "a print issue's number beside a month or a year (a monthly's \"العدد 48 | " \
               "تشرين الثاني 2025\") dates the issue's cover, not the article"
    if _life_span(line):
        return "two dates joined by a dash (or by \"born\" and \"died\") are a life span " \
            "or a run of days, not the day the article was published"
    if why := _event_day(line, lines[title]):
        return why
    labelled = line.byline_shaped or _DATE_LABEL_PATTERN.search(line.key) or (
        (" by " in line.text or "بواسطة" in line.text) and _section_then_writer(line)) or (
        index > title and _print_edition_day(line))
    if index < title and not labelled and not _post_date_line(lines, index, title) and \
            not _date_under_writer(lines, index, title) and \
            not (index == title - 1 and _section_of_date(lines, index)) and \
            not _beside_news_code(lines, index) and not _over_update_stamp(lines, index, title) \
            and (
            len(line.dates) > 1 or dates.WEEKDAY_NAME.search(textnorm.fold_arabic(line.text))
            or _CLOCK.search(textnorm.to_ascii_digits(line.text)) or "°" in line.text):
        return "a date above the headline with a weekday, a clock, the weather or two " \
               "calendars looks like the current-date widget"
    beside = _AT_TIME.sub(" ", _key(_beside_dates(line)))
    # (A clock's figures and its "AM" are no words: "Sat Oct 31, 2026 12:00 AM Last
    # update on: Sat Oct 31, 2026 01:14 AM" holds three.)
    words = [word for word in beside.split() if not word.isdigit() and word not in _MERIDIEM]
    if not labelled and not _release_dateline(line) and (
            len(words) > MAX_DATELINE_WORDS or line.photo_credit
                         or line.cue_words == "caption" or _CAPTION_WORDS.search(beside)) and \
            words != ["في"] and not _date_in_section(lines, title, beside):
        # ("في 9 جوان 2026": "on" alone before the date is a dateline's, no caption's)
        return "a date in a line that reads as a caption (a preposition, a credit or many " \
               "words beside it) is not the publication date"
    return None


# The print edition's label alone before its issue's day ("من النسخة المطبوعة - عدد
# الخميس …", "From the print edition: Thursday, …", "الطبعة الورقية | …"), as a key.
_PRINT_EDITION_HEAD = re.compile(r"(?:from (?:the |our )?|in (?:the |our )?)?print(?:ed)? "
                                 r"edition(?: issue(?: of)?)?|(?:من |في )?(?:النسخه|الطبعه) "
                                 r"(?:المطبوعه|الورقيه)(?: (?:عدد|العدد|ليوم|يوم))?")


def _print_edition_day(line: Line) -> bool:
    """Whether the line under the headline is the print edition's label and the day of the
    issue the text ran in (see _PRINT_EDITION_HEAD): the paper's own word on the article's
    day, no caption's date."""
    head = line.text[:line.dates[0].start]
    return ("print" in head.lower() or "ال" in head) and \
        _PRINT_EDITION_HEAD.fullmatch(_key(head)) is not None


# An event's label before its day ("Hearing: …", "Deadline: …", "موعد المباراة: …"): the
# day of the hearing, the match or the deadline, not of the article.
_EVENT_LABEL = _phrases(["hearing", "trial", "court", "deadline", "event", "match", "game",
                         "kick-off", "kickoff", "fixture", "final", "concert", "premiere",
                         "exhibition", "festival", "ceremony", "summit", "conference", "meeting",
                         "launch", "opening", "opener", "election", "polls", "vote", "voting",
                         "exam", "results", "session", "starts", "opens", "close", "closes",
                         "ends", "until", "when", "venue", "matchday", "gameweek", "effective",
                         "recorded", "sentencing", "verdict", "ruling", "adjourned",
                         "postponed", "scheduled", "funeral", "memorial", "auction", "wedding",
                         "tournament", "marathon", "parade", "الجنازة", "التشييع", "العزاء",
                         "المزاد", "الزفاف", "البطولة", "الماراثون", "الجولة", "حتى",
                         "تاريخ الاستحقاق",
                         "تاريخ السريان", "النطق بالحكم", "تأجيل", "إرجاء",
                         "موعد", "الموعد", "جلسة", "الجلسة", "مباراة", "المباراة", "النهائي",
                         "الفعالية", "الحدث", "الحفل", "المعرض", "المهرجان", "القمة", "المؤتمر",
                         "الندوة", "الاجتماع", "الانتخابات", "الاقتراع", "التصويت", "الامتحان",
                         "الامتحانات", "النتائج", "المهلة", "ينطلق", "تنطلق", "يبدأ", "تبدأ",
                         "يختتم", "تختتم", "الافتتاح", "الختام",
                         # a day the label names as another's: a life's ends, a closing or an
                         # expiry, a forecast's day, a ticket sale, a broadcast to come
                         "closing date", "expiry date", "due date",
                         "start date", "end date", "date of birth", "born", "died",
                         "polling day", "election day", "match day", "tickets", "on sale",
                         "forecast", "valid until", "expires", "airs", "ko", "تاريخ الميلاد",
                         "تاريخ الوفاة", "تاريخ الانتهاء", "تاريخ البدء", "تاريخ الانطلاق",
                         "تاريخ الإغلاق", "ولد", "توفي", "صالح حتى"])
MAX_EVENT_LABEL_WORDS = 4
_BARE_DATE_LABELS = frozenset(["date", "تاريخ", "التاريخ"])
# The first day of a run of days right before the date ("10–12 March", "10 to 12 March"), or
# a preposition of the day something is set for or put off to ("set for April 2, 2026",
# "adjourned until …", "تأجيل الجلسة إلى …"): no publication label ends with one.
_DAYS_UP_TO = re.compile(r"(?:(?<![\d/.:])\d{1,2}\s?(?:[-–—]|to|until|إلى|الى|حتى)|"
                         r"(?<!\w)(?:for|until|till|to|إلى|الى|حتى|لغاية|بحلول))\s?$",
                         re.IGNORECASE)
# A match's score between two sides' names ("Rovers 2-1 City", "الأهلي 2-1 الزمالك").
_SCORE = re.compile(r"[^\W\d_]\s+\d{1,2}\s?[-–]\s?\d{1,2}\s+[^\W\d_]")
# A headline recalling a day in history ("On this day in 1986: …", "في مثل هذا اليوم …").
_ANNIVERSARY = _phrases(["on this day", "this day in history", "today in history", "on this date",
                         "في مثل هذا اليوم", "حدث في مثل هذا اليوم"])


# A section's name before "of" and the day, right over the headline ("General News of
# Thursday, 9 July 2026"): the story's day in its category's kicker (the key before it).
_SECTION_OF = re.compile(r"(?:[^\W\d_]+ ){1,3}of")


def _section_of_date(lines: list[Line], index: int) -> bool:
    """Whether the line is a section's name, "of" and the date (see _SECTION_OF), or the
    name alone before the date of a section the menu above prints, no temperature beside
    it ("Economy 30 January 2026 10:12 (UTC +04:00)" under the menu's "Economy"): a kicker
    dating its story; a
    current-date widget prints no section. The weather's ("Weather news of …") stands in
    the widget's bar, beside the temperatures."""
    line = lines[index]
    head = line.text[:line.dates[0].start]
    key = _key(head)
    if not key or "weather" in key:
        return False
    if " of " in f"{head} ":
        return _SECTION_OF.fullmatch(key) is not None
    # (the weather in the widget's bar may follow a town the menu names too: "Dubai 4 May
    # 2026 10:30 | 28°C" is the widget's, whatever the menu prints)
    return len(key.split()) <= 3 and "°" not in line.text and \
        any(above.key == key for above in lines[:index])


# A blog theme's date line naming the post's section: "on March 14, 2026 in Nollywood",
# "Posted on … in Sport" (the key of the words beside the date).
_DATE_IN_SECTION = re.compile(r"(?:(?:posted|published) )?(?:on )?in ((?:\w+ ){0,2}\w+)")


def _date_in_section(lines: list[Line], title: int, beside: str) -> bool:
    """Whether the words beside a date are "in" and the post's section ("on March 14, 2026
    in Nollywood"), a section the menu over the headline prints: the post's date line, its
    "in" no caption's."""
    found = _DATE_IN_SECTION.fullmatch(beside) if " in " in f" {beside}" else None
    return found is not None and any(line.key == found[1] for line in lines[:title])


def _event_day(line: Line, title: Line) -> str | None:
    """Why the line's date is an event's day, not the publication's: an event's label
    before it ("Hearing: Tuesday, 10 March 2026", "موعد الجلسة: …"; under a live page's
    headline, the event covered as it happens, its day the page's), a match's score
    beside it ("Rovers 2-1 City | League One | Sat 7 Mar 2026"), or the year of the day a
    headline recalling history names ("On this day in 1986: …" over "March 3, 1986")."""
    head = line.text[:line.dates[0].start]
    if _DAYS_UP_TO.search(head):
        return "a date closing a run of days (\"10–12 March 2026\") or after \"for\", " \
               "\"until\" or \"إلى\" dates an event, not the article"
    beside = _key(_beside_dates(line))
    head_key = _key(head)  # (a post's own label before it holds: "Posted on … | Match report";
    # a bare "Date:" labels an event's box as well: "Date: … | Venue: …")
    if beside and len(beside.split()) <= MAX_EVENT_LABEL_WORDS and _EVENT_LABEL.search(beside) \
            and (head_key in _BARE_DATE_LABELS or not _DATE_LABEL_PATTERN.fullmatch(head_key)) \
            and not _live_headline(title.text):  # (a live page's event is on as it is written:
        # "مباشر: …" over "الاثنين 23 نوفمبر 2026 - انطلاق المباراة 19:30" dates the page)
        return "a date under an event's label (a hearing, a match, a deadline) is the " \
               "event's day, not the publication date"
    if _DIGIT.search(line.text) and _SCORE.search(_beside_dates(line)):
        return "a date beside a match's score dates the match, not the article"
    year = (line.dates[0].value["date"] or "")[:4]
    if year and year in title.text and _ANNIVERSARY.search(title.key):
        return "a headline recalling a day in history names this date's year: the day " \
               "recalled, not the publication date"
    return None


# What may join the two dates of a life span, and the words that may label them: a dash,
# "born"/"died" ("b."/"d."), "ولد"/"توفي".
_SPAN_WORDS = re.compile(r"[\s\-\u2010-\u2015()|,.]*(?:(?:born|died|b|d|ولد|توفي|تاريخ الميلاد|"
                         r"تاريخ الوفاة)\b[\s:.]*)?[\s\-\u2010-\u2015()|,.]*", re.IGNORECASE)


def _life_span(line: Line) -> bool:
    """Whether the line is nothing but two full dates of different years joined by a dash
    or labelled born and died ("March 2, 1941 – October 28, 2026"): a life span."""
    if len(line.dates) != 2 or line.words > 12:
        return False
    first, second = line.dates
    if first.value.get("precision") != "day" or second.value.get("precision") != "day" or \
            first.value["date"] is None or second.value["date"] is None or \
            first.value["date"][:4] >= second.value["date"][:4]:
        return False
    parts = (line.text[:first.start], line.text[first.end:second.start], line.text[second.end:])
    joined = line.text[first.end:second.start]
    return all(_SPAN_WORDS.fullmatch(part) for part in parts) and (
        any(ch in joined for ch in "-\u2010\u2011\u2012\u2013\u2014\u2015") or
        any(ch.isalpha() for ch in joined))


def _release_dateline(line: Line) -> bool:
    """Whether the line is a release's dateline: a place, "في" and a full date, nothing
    else ("جيبوتي في 17 مارس 2026"). A caption's "في" before a date follows who or what
    it shows ("في الصورة …", "الوزير في 17 مارس"), with a given name or more words."""
    if len(line.dates) != 1 or line.dates[0].value.get("precision") != "day":
        return False
    found = line.dates[0]
    place = _PLACE_FI.fullmatch(line.text[:found.start].strip())
    if place is None or line.text[found.end:].strip(" .،,"):
        return False
    words = place["place"].split()
    return len(words) <= 2 and not given_names.is_given_name(words[0]) and \
        not _CAPTION_WORDS.search(_key(place["place"])) and \
        not _NO_PERSON_PATTERN.search(_key(place["place"]))


# Words that join a section's label to its date on one line ("Business News of …").
_SECTION_JOINERS = frozenset(("news", "of"))


_GLUED_MERIDIEM = re.compile(r"(\d)([ap]m)\b")  # "12:00AM" (folded keys: "12 00am")


def _post_date_line(lines: list[Line], index: int, title: int) -> bool:
    """Whether a date above the headline is the post's own, on positive evidence: beside
    its one date and clock stands nothing but the article's section, a label the page's
    menu prints ("بلادنا الثلاثاء ١٤/مارس/٢٠٢٣ ١٩:٤٠ م"), or, right above the headline,
    nothing at all but its weekday when its clock gives the half of the day ("2025/12/14 -
    11:00 صباحًا", "الأحد 12 أكتوبر 2025 - 11:05 ص"); or it stands between
    that label, printed alone, and the headline ("مجتمع" / "الأربعاء 9 أفريل 2025، 16:30" /
    headline), the menu printing it in one line or alone on its own line; or it is a
    newsletter's edition date under its name (see _NEWSLETTERS_LABELS). A current-date
    widget names the day of the week, a city or the weather, never a section of the site,
    and stands above the site's menu, not under it; nor does a post's line list times
    (prayer times: "الثلاثاء 3 مارس 2026 | الفجر 05:01 | الظهر 12:10") or give the Hijri
    day alone, as a widget does."""
    line = lines[index]
    pair = lines[index + 1] if _opens_date_pair(line) else None
    if _ISSUE_NUMBER.search(line.text) or (pair is not None and
                                           _ISSUE_NUMBER.search(pair.text)):
        return True  # a print issue's date line, reposted with the item it printed
    if (len(line.dates) > 1 and not _calendar_pair(line)) or "°" in line.text or \
            len(_CLOCK.findall(textnorm.to_ascii_digits(line.text))) > 1 or (
                len(line.dates) == 1 and line.dates[0].value["calendar"] == dates.CALENDAR_HIJRI):
        return False  # (times listed: a prayer-times widget's; a Hijri day alone: a widget's)
    key = _key(_beside_dates(line))
    # (a clock's half of the day glued to its figures, "12:00AM EDT", set apart: no word)
    words = (_GLUED_MERIDIEM.sub(r"\1 \2", key) if "m" in key else key).split()
    beside = [word for word in words
              if not word.isdigit() and word not in _MERIDIEM and word not in _TIME_ZONES]
    if index == title - 1 and index > 1 and (_section_label(lines, index - 1) or
                                             _menu_item_again(lines, index - 1, index - 1)) \
            and all(word in _PAIR_WORDS or dates.WEEKDAY_NAME.fullmatch(word) for word in beside):
        # the label under a menu of items on one line or one item a line, over a date with
        # nothing beside it but its day's name (a kicker or a ticker says more: "طقس …")
        return True
    if index == title - 2 and _menu_item_again(lines, index + 1, index) and \
            all(dates.WEEKDAY_NAME.fullmatch(word) for word in beside):
        return True  # the date, the section label a menu item above it prints, the headline
    if index == title - 1 and index > 1 and lines[index - 2].key in _NEWSLETTERS_LABELS and \
            all(dates.WEEKDAY_NAME.fullmatch(word) for word in beside):
        return True  # "Newsletters" / the newsletter's name / its edition's date / headline
    if index == title - 1 and _under_menu_run(lines, index) and not _CLOCK.search(
            textnorm.to_ascii_digits(line.text)) and all(map(dates.WEEKDAY_NAME.fullmatch,
                                                            beside)):
        return True  # the menu's items one a line, the date and its day's name, the headline
    if not beside:  # (a widget's clock beside its weekday counts the hours to 24)
        return index == title - 1 and (not dates.WEEKDAY_NAME.search(
            textnorm.fold_arabic(line.text)) or not _MERIDIEM.isdisjoint(words))
    while len(beside) > 1 and beside[-1] in _SECTION_JOINERS:
        beside.pop()  # "Business News of Thursday, 14 May 2026": the section, then its date
    section = " ".join(beside)
    return any(other.key == section for other in lines[1:index])


MENU_RUN_ITEMS = 4  # a menu printed one item a line: "الرئيسية" / "أخبار" / "اقتصاد" / …


def _under_menu_run(lines: list[Line], index: int) -> bool:
    """Whether the line stands right under the site's menu printed one item a line: the
    MENU_RUN_ITEMS lines above it (see _menu_run_from; a current-date widget stands above
    the menu, in the masthead's bar)."""
    return index > MENU_RUN_ITEMS and _menu_run_from(lines, index - MENU_RUN_ITEMS)


def _menu_run_from(lines: list[Line], start: int) -> bool:
    """Whether the MENU_RUN_ITEMS lines from ``start`` are the site's menu printed one item a
    line, each one or two words with no digit."""
    # (the first line's length first: most lines are longer, and the generator costs more)
    return start + MENU_RUN_ITEMS <= len(lines) and lines[start].words <= 2 and all(
        lines[j].words <= 2 and not _DIGIT.search(lines[j].text)
        for j in range(start, start + MENU_RUN_ITEMS))


MASTHEAD_BAR_LINES = 2  # the site's name and its issue's or date's bar over the menu
# A site's tagline saying what it publishes and for whom or where, as a key ("Community
# news from …", "Independent journalism for …", "News and views from …", "موقع إخباري
# مستقل …"). (The words before the noun are a tagline's: "Good news for …" is a headline.)
_SITE_TAGLINE = re.compile(
    r"(?:(?:your|the|latest|community|local|independent|daily|regional|national|trusted) ){0,2}"
    r"(?:news|stories|notes|voices|journalism|reporting|updates|analysis|commentary)"
    r"(?: and \w+)?(?: (?:site|website|blog|magazine|network|service))? "
    r"(?:from|of|for|on|about|across|in) "
    r"|(?:موقع|صحيفه|جريده|منصه|شبكه|بوابه|مجله) (?:\w+ )?(?:اخباري|اخباريه)(?!\w)")


def _over_menu_run(lines: list[Line], index: int) -> bool:
    """Whether the line stands in the masthead's bar, under the site's name at the page's
    top, over its menu (printed one item a line, see _menu_run_from, or on one line between
    bars, see Line.breadcrumb) right under it or under the bar's date: the site's tagline
    ("Opinion, analysis and voices from …"), its live stream's button, the weather, a
    ticker. Never the headline: one printed there is printed again under the menu. (A
    row of tools, "Bookmark" / "Share" over the writer's name and role or "Share |
    Facebook | X" on one line, is no menu: its words name furniture.) A tagline saying what
    the site is (see _SITE_TAGLINE) stands right under its name with no menu under it too."""
    if not 0 < index <= MASTHEAD_BAR_LINES:
        return False
    if index == 1 and _SITE_TAGLINE.match(lines[1].key) and _masthead(lines, 0):
        return True
    under = index + 1  # the menu, or the bar's date between the line and the menu
    # (the menu's test first: the date's costs more, and most lines stand over neither)
    if _menu_starts(lines, under):
        return not lines[under].dated_label or _menu_starts(lines, under + 1)
    return _menu_starts(lines, under + 1) and lines[under].dated_label


def _menu_starts(lines: list[Line], index: int) -> bool:
    """Whether the site's menu starts at the line: one item a line (see _menu_run_from) or
    on one line between bars (see Line.breadcrumb)."""
    return index < len(lines) and lines[index].cue is None and (
        _menu_run_from(lines, index) or lines[index].breadcrumb)


def _in_menu_run(lines: list[Line], index: int) -> bool:
    """Whether the line is an item of the site's menu printed one item a line, a short line
    of one or two words with no digit right over and right under it ("الأكثر قراءة" between
    "أحدث التدوينات" and "سجّل مدونتك"): the menu's link to a list, heading no list here."""
    return 0 < index < len(lines) - 1 and all(
        lines[j].words <= 2 and not _DIGIT.search(lines[j].text) for j in (index - 1, index + 1))


# What may join one day's two calendars on a line: "الموافق", "AH", "CE".
_PAIR_WORDS = frozenset(["الموافق", "الموافق ل", "ah", "ce", "ad", "هـ", "ه", "م"])
MAX_PAIR_DAYS = 2  # a Hijri day printed by sighting may run a day or two off Umm al-Qura's


def _calendar_pair(line: Line) -> bool:
    """Whether the line's two dates are one day in its two calendars, Hijri and Gregorian,
    with nothing beside them but their weekday and what joins them ("الإثنين 6 صفر 1448هـ -
    20 يوليو 2026م"): one date, printed twice. (Two days of one calendar are a range.)"""
    if line.words > MAX_DATELINE_WORDS + 4 or not _one_day_two_calendars(line):
        return False
    beside = _key(_beside_dates(line)).split()
    return all(word in _PAIR_WORDS or dates.WEEKDAY_NAME.fullmatch(word) for word in beside)


def _one_day_two_calendars(line: Line) -> bool:
    """Whether the line's two dates are days of the two calendars, Hijri and Gregorian,
    MAX_PAIR_DAYS apart at most: one day, printed twice."""
    if len(line.dates) != 2:
        return False
    first, second = (found.value for found in line.dates)
    if first["date"] is None or second["date"] is None or first["precision"] != "day" or \
            second["precision"] != "day" or \
            {first["calendar"], second["calendar"]} != {dates.CALENDAR_HIJRI,
                                                        dates.CALENDAR_GREGORIAN}:
        return False
    apart = abs(dt.date.fromisoformat(first["date"]) - dt.date.fromisoformat(second["date"]))
    return apart.days <= MAX_PAIR_DAYS


def _menu_item_again(lines: list[Line], index: int, above: int) -> bool:
    """Whether the line is a section's label (one or two words, no digit) that a menu item
    printed alone on its line above line ``above`` names ("محليات" … date / "محليات")."""
    line = lines[index]
    return line.words <= 2 and not _DIGIT.search(line.text) and \
        any(other.key == line.key for other in lines[1:above])


def _section_label(lines: list[Line], index: int) -> bool:
    """Whether the line is the article's section label alone (one or two words, no digit)
    that a longer line above it, the site's menu, prints among its items ("مجتمع" under
    "الرئيسية وطنية مجتمع اقتصاد" or "… | مجتمع | …")."""
    line = lines[index]
    return line.words <= 2 and not _DIGIT.search(line.text) and any(
        other.words > line.words and f" {line.key} " in f" {other.key} " for other in lines[:index])


def _opens_date_pair(line: Line) -> bool:
    """Whether the line's date goes on, in the other calendar, on the next line
    ("السبت 25 فبراير 2023 الموافق" / "5 شعبان 1444هـ")."""
    return line.key.endswith(("الموافق", "الموافق ل")) and bool(line.dates)


def _label_above(lines: list[Line], index: int) -> str:
    """The line above, when it is nothing but a date label ("UPDATED", "PUBLISHED"), or a
    short line naming an update ("تم التحديث", "Updated on"): never a publication's."""
    above = lines[index - 1] if index else None
    if above is None or above.dates or above.words > 3:
        return ""
    key = above.key
    return above.text if _UPDATE_PATTERN.search(key) or _DATE_LABEL_PATTERN.fullmatch(key) \
        else ""


# "حُدِّث في" ("updated on"), the whole label before its date: folded, the word also reads
# "happened", so it names the update only alone before the date, never among other words.
_UPDATED_ALONE = frozenset(["حدث", "حدث في"])


def _says_updated(label: str) -> bool:
    """Whether the words before a date ("… | Updated: ") call it an update: the last label."""
    key = _key(label)
    if key in _UPDATED_ALONE:
        return True
    update = [match.end() for match in _UPDATE_PATTERN.finditer(key)]
    published = [match.end() for match in _DATE_LABEL_PATTERN.finditer(key)]
    return bool(update) and (not published or update[-1] > published[-1])


# The preposition closing a byline before its date: "في" ("in", on a day), "on" (or "On", in
# a blog theme's capitals: "By NAME On Oct 3, 2026").
_DATE_PREPOSITION = re.compile(r"(?<=\S)\s+(?:في|بتاريخ|[Oo]n)\s*$")
# A date's label after a mark closing the byline before the date: "By NAME, Staff Writer |
# Updated May 5, …", "NAME • Published …", "كتب: NAME | آخر تحديث …".
_MARKED_DATE_LABEL = re.compile(r"\s*[|·•/—–]\s*(?:" + "|".join(
    re.escape(label) for label in sorted(_UPDATE + _DATE_LABEL, key=len, reverse=True)) +
    r")(?:\s+(?:on|at|في))?\s*$", re.IGNORECASE)


# A clock, then an American time zone after a date ("11/03/2026 07:12 PM EST", "… 9:05
# a.m. ET"): the site writes the American way, its numeric dates month first.
_AMERICAN_ZONE = re.compile(r"[\s,]*(?:at\s+)?[0-9]{1,2}:[0-9]{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
                            r"(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\b")
# A clock past noon on the 24-hour dial right after a date ("02/03/2026 - 17:45", "…, 18h10"),
# or any clock written the French way, an "h" between hours and minutes ("12/11/2026 at
# 09h45", "… à 08h30"), no meridiem after it: the site does not write the American way, its
# numeric dates day first.
_AFTERNOON_24H = re.compile(r"\s*[-–—|,]?\s*(?:at\s+|à\s+)?(?:(?:1[3-9]|2[0-3])[:.]|"
                            r"(?:[01]?[0-9]|2[0-3])h)[0-5][0-9](?![0-9])"
                            r"(?!\s*[AaPp]\.?[Mm]\b)")


# An update's label in brackets right after its date ("21/6/2026 م (آخر تحديث)", "May 4, 2026
# (updated)"); the same day may come first in the other calendar, joined to it by a dash or
# "الموافق" ("6/1/1448 هـ - الموافق 21/6/2026 م (آخر تحديث)"): both dates are the update's.
_BRACKET_AFTER_DATE = re.compile(r"\s*(?:م|هـ|ه|AD)?\s*[(\[]([^()\[\]\d]{1,24})[)\]]")
_SAME_DAY_JOIN = re.compile(r"\s*(?:م|هـ|ه|AH)?\s*[-–—|/،,]?\s*(?:الموافق(?:\s+ل)?|corresponding "
                            r"to)?\s*")


def _bracketed_updates(line: Line) -> int:
    """How many of the line's first dates a bracketed update label after them names: 0 when
    no label follows a date."""
    text, found = line.text, line.dates
    for number, date in enumerate(found):
        label = _BRACKET_AFTER_DATE.match(text, date.end)
        if label and _says_updated(label.group(1)):
            first = number
            while first and _SAME_DAY_JOIN.fullmatch(text, found[first - 1].end,
                                                     found[first].start):
                first -= 1
            return number + 1 if first == 0 else 0
    return 0


def _read_dateline(header: _Header, line: Line, index: int, label: str = "") -> None:
    """The dates of one line, each named by the words before it, or, for a line that opens
    with its date, by ``label``: a date label printed alone on the line above
    ("UPDATED" / "Mar 13, 2025" / "PUBLISHED" / "Mar 12, 2025"), or by a bracketed update
    label after it ("21/6/2026 (آخر تحديث)")."""
    cursor, previous = 0, None
    bracketed = _bracketed_updates(line) if "(" in line.text or "[" in line.text else 0
    for number, found in enumerate(line.dates):
        between = line.text[cursor:found.start]
        if previous is not None and not any(ch.isalpha() for ch in between) and \
                previous[0] != found.value["calendar"]:
            # "آخر تحديث: 14 شوال 1447هـ - 2 أبريل 2026م": the same day in the other
            # calendar keeps the label of the first.
            between = previous[1]
        previous = (found.value["calendar"], between)
        if cursor == 0:
            # "نشرت في: …" labels the date; "Emma Whitfield · MPB News · Posted: …" names
            # the writer before the label.
            # "بواسطة NAME في 12 يوليوز …", "By NAME on May 4, …", "كتبها NAME بتاريخ …": the
            # date's preposition or label too.
            byline = _LABELLED_TAIL.sub("", between) if between.rstrip().endswith((":", "：")) \
                else _DATE_PREPOSITION.sub("", _CLOCK_TAIL.sub("", _MARKED_DATE_LABEL.sub(
                    "", between)))
            byline = _author_field(byline) if " | " in byline else byline
            if byline.strip():
                header.author(line, byline, index, "before_date")
            between = between if between.strip() else label
        value = dates.read_day_first(found.value) \
            if header.day_first else found.value
        if "T" in line.text and _AMERICAN_ZONE.match(line.text, found.end):
            value = dates.read_month_first(value)  # ("11/03/2026 07:12 PM EST")
        elif value["date"] is None and _AFTERNOON_24H.match(line.text, found.end):
            value = dates.read_day_first(value)  # ("02/03/2026 - 17:45")
        value = dates.plausible(value, *header.latest)
        taken = header.evidence.get("published", (None,))[0]
        if number < bracketed or _says_updated(between):
            # Even when no publication date came first: "Updated: …" alone says when the
            # text last changed, not when it was published.
            if _better(header.values.get("updated"), value,
                       same_line=header.evidence.get("updated", (None,))[0] == index):
                header.take("updated", value, index, "update_label")
            if found is line.dates[-1] and value["date"] and \
                    _FIRST_PUBLISHED_CLOCK.search(line.text[found.end:]) and \
                    _better(header.values.get("published"), value):
                # "Updated November 3 2025 - 4:15pm, first published 11:30am": a clock
                # with no date of its own is a time of the updated date's day.
                header.take("published", dict(value, note="first published the day of the "
                            "update: the page prints only its clock"), index,
                            "first_published_clock")
        else:
            _read_published(header, value, index, between, taken)
        cursor = found.end
    if index > header.title and "author" not in header.values:
        _read_credit_after_date(header, line, index)


# A broadcast's label before its day ("Aired Oct 14, 2026 …", "Broadcast on …", "بُثّت في:
# …", "عُرضت الحلقة: …", "تاريخ البث: …"): the day the programme went on the air, not
# always the day its page went up (a recap is posted the morning after).
_BROADCAST_LABELS = frozenset(_key(label) for label in (
    "aired", "aired on", "first aired", "originally aired", "broadcast", "broadcast on",
    "first broadcast", "originally broadcast", "broadcast date", "air date", "airdate",
    "screened", "first shown", "عرضت", "عرضت الحلقة", "عرضت في", "عرض في", "تاريخ العرض", "بثت",
    "بثت في", "بث في", "بثت الحلقة", "تاريخ البث", "أذيعت", "أذيعت في", "أذيع في",
    "تاريخ الإذاعة"))
BROADCAST_LABEL_WORDS = 2  # the longest of them
# The first publication's own label ("First published on …"), alone before its date: the
# day the page first went up, whatever stamp is printed over it (a live page's last update).
_FIRST_PUBLISHED = frozenset(_key(label) for label in (
    "first published", "first published on", "first posted", "first posted on",
    "originally published", "originally published on", "نشر لأول مرة", "نشر لأول مرة في",
    "نشر للمرة الأولى", "نشر للمرة الأولى في"))


# A print version's label ("Printer-friendly version", "نسخة للطباعة"): alone at the top of
# the page, it heads the page a reader printed (see _print_version).
_PRINT_VERSION_LABELS = frozenset(_key(label) for label in (
    "printable version", "print version", "printer friendly version", "print friendly version",
    "نسخة للطباعة", "نسخة الطباعة", "نسخة قابلة للطباعة"))
PRINT_VERSION_LINES = 2  # the label, under the site's name or over it
# A print view's two links over the page, to print it and to close its window, on two
# lines or one ("Print" / "Close", "طباعة | إغلاق"; keys).
_PRINT_VIEW_LINKS = frozenset(_key(f"{first} {second}") for pair in (
    ("print", "close"), ("print this page", "close window"), ("print", "close window"),
    ("imprimer", "fermer"), ("طباعة", "إغلاق"), ("اطبع", "أغلق"), ("طباعة", "إغلاق النافذة"),
    ("طباعة الصفحة", "إغلاق")) for first, second in (pair, pair[::-1]))
# A print or a retrieval stamp's label before its day ("Printable version | Mar 17, 2026
# 9:48 PM", "Printed on …", "طُبع في …", "تاريخ الطباعة: …", "Retrieved …"): when a reader
# printed or saved the page, never the day it was published.
_PRINT_STAMP_LABELS = _PRINT_VERSION_LABELS | frozenset(_key(label) for label in (
    "printed", "printed on", "printed at", "print date", "date printed", "printed from",
    "retrieved", "retrieved on", "accessed", "accessed on", "downloaded on", "طبع", "طبع في",
    "طبع بتاريخ", "تاريخ الطباعة", "تاريخ الطبع", "وقت الطباعة", "النسخة المطبوعة",
    "تاريخ الاسترجاع"))
PRINT_STAMP_LABEL_WORDS = 3  # the longest of them


def _closing_label(key: str, labels: frozenset[str], most_words: int) -> bool:
    """Whether the words before a date (a line's key) close on one of ``labels``, of at
    most ``most_words`` words: the label right before the date ("… | Aired", not "By
    NAME, Broadcast journalist | …")."""
    words = key.split()
    return any(" ".join(words[-count:]) in labels
               for count in range(1, min(len(words), most_words) + 1))


def _broadcast_day(key: str) -> bool:
    """Whether the words before a date close on a broadcast's label (see
    _BROADCAST_LABELS)."""
    return _closing_label(key, _BROADCAST_LABELS, BROADCAST_LABEL_WORDS)


def _read_published(header: _Header, value: dict, index: int, between: str,
                    taken: int | None) -> None:
    """The publication date one date of a header line gives, named by the words before it
    (``between``): a first publication's label takes it over any stamp read before (that
    stamp, later, is the last update: "Fri 8 May 2026 03.12 BST" / "First published on Thu
    7 May 2026 21.58 BST"); a broadcast's day (see _broadcast_day) is taken only while no
    other date is, with a note, and gives way to any later dateline that is not one ("عُرضت
    الحلقة: الخميس 19 شباط" / "نُشر في: الجمعة 20 شباط"); else the first date read holds
    (see _better)."""
    key = _key(between)
    previous, rule = header.values.get("published"), header.evidence.get("published", (0, ""))[1]
    if key in _FIRST_PUBLISHED and value["date"] and rule != "first_published":
        if previous and (previous["date"] or "") > value["date"] and \
                "updated" not in header.values:
            header.take("updated", previous, header.evidence["published"][0],
                        "over_first_published")
        header.take("published", value, index, "first_published")
    elif _closing_label(key, _PRINT_STAMP_LABELS, PRINT_STAMP_LABEL_WORDS):
        if previous is None:
            header.notes["published"] = (f"the date after '{between.strip(' |:')}' is when the "
                                         "page was printed or saved: not taken")
    elif _broadcast_day(key):
        if previous is None:
            header.take("published", dict(value, note="the day of the broadcast its label "
                                          "names: the page prints no publication date"),
                        index, "broadcast_day")
    elif (rule == "broadcast_day" and value["date"]) or _better(
            previous, value, same_line=taken == index,
            under_title=taken is not None and taken < header.title < index):
        header.take("published", value, index, "dateline")


def _author_field(text: str) -> str:
    """The writer's field of a meta line of labelled fields joined by bars ("القسم: ثقافة |
    الكاتب: NAME", "Section: Arts | Author: NAME"): the one its byline's label opens, when
    each other field is labelled too; else ``text``."""
    parts = [part.strip() for part in text.split(" | ") if part.strip()]
    credits = [part for part in parts if _AUTHOR_PATTERN.match(_key(part) + " ")]
    return credits[0] if len(credits) == 1 and len(parts) > 1 and all(
        part in credits or _LABEL.match(part) for part in parts) else text


# A place's word closing a name-shaped run after a date ("Grace Point", "Victoria Falls"):
# a dateline's place, printed where an unlabelled writer's name would stand.
_PLACE_FEATURES = _PLACE_NOUNS | {"point", "falls", "bay", "beach", "park", "hills", "heights",
                                  "springs", "harbour", "harbor", "lake", "river", "creek",
                                  "coast", "port", "mount", "bridge", "square", "street"}
# The mark setting a credit off after the date and its clock: "May 4, 2026 | NAME",
# "3 مايو 2026 · كتب: NAME", "4 May 2026 10:15 am — By NAME", "MAY 4TH, 2026 - BY: NAME".
_AFTER_DATE_CREDIT = re.compile(r"(?:\s*[-–—,،|·•]?\s*" + _CLOCK_AFTER_DATE.pattern +
                                r")?\s*(?P<mark>[|·•—–/-]?)\s*(?P<credit>[^\W\d_].*)",
                                re.IGNORECASE)


# A blog's post meta names the section between the date and the writer: "On May 4, 2026
# 10:12 pm In News by NAME", "… في أخبار محلية بواسطة NAME".
_IN_SECTION = re.compile(r"^(?:(?i:in)\s+[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*)?\s+(?=by\s)|"
                         r"في\s+\S+(?:\s+\S+)?\s+(?=بواسطة\s))")


def _section_then_writer(line: Line) -> bool:
    """Whether a section's name and a writer's label follow the line's last date (see
    _IN_SECTION): a post's meta line, its "In" no caption's preposition."""
    found = _AFTER_DATE_CREDIT.fullmatch(line.text, line.dates[-1].end) if line.dates else None
    credit = found["credit"].strip() if found else ""
    return bool(credit) and bool(_IN_SECTION.match(credit)) and \
        _byline_label(_IN_SECTION.sub("", credit, count=1))


def _read_credit_after_date(header: _Header, line: Line, index: int) -> None:
    """The writer credited after the date under the headline (see _AFTER_DATE_CREDIT):
    after a writer's label ("… 2026 by NAME", "| كتب: NAME", a section's name before it:
    "… In News by NAME", see _IN_SECTION), or past a mark a Latin name
    alone opening with a known given name and no place's word (an Arabic one may be a
    section's or a province's name, "صلاح الدين", printed there), or a name after a
    person's title with no mark ("… 11:20 ص د. NAME", see _titled); or a credit line's place
    or outlet, its mark, then the name ("… 18:47:05 OUTLET/ NAME", "… عدن/ NAME": see
    _credit_reading), the part before the mark saying a credit follows. An editor's label
    there on a line a source's label opens ("Source: AGENCY| DATE |Editor: NAME", "المصدر:
    وكالة | DATE | المحرر: NAME") credits the desk that posted the wire's story, no writer."""
    found = _AFTER_DATE_CREDIT.fullmatch(line.text, line.dates[-1].end)
    credit = _IN_SECTION.sub("", found["credit"].strip(), count=1) if found else ""
    if credit and _SOURCE_LABEL.match(line.text) and (label := _LABEL.match(credit)) and \
            _key(label[1]) in _EDITOR_LABELS:
        header.refuse("author", line, "an editor's label after a source's and the date "
                      "credits the desk that posted the agency's story, not its writer")
    elif credit and _byline_label(credit):
        header.author(line, credit, index, "byline_cue")  # the label says a writer follows
    elif credit and found["mark"] and credit.isascii() and _name_alone(credit) and \
            _PLACE_FEATURES.isdisjoint(_key(credit).split()):
        header.author(line, credit, index, "after_date")
    elif credit and (names := _credit_reading(credit)) is not None and names != credit:
        header.author(line, credit, index, "after_date")
    elif credit and len(credit.split()) <= MAX_SIGNATURE_WORDS + 2 and _titled(credit):
        header.author(line, credit, index, "after_date")  # "… 11:20 ص د. NAME": a person


# The joiner opening a second writer's line under a byline: "and NAME", "& NAME", "وNAME".
_SECOND_WRITER = re.compile(r"(?:and|&)\s+(?P<name>\S.*)|و\s?(?P<arabic>\S.*)")


def _second_writer_line(page: _Page, header: _Header, first: int) -> None:
    """A byline run on to the line under it, a second writer joined there ("By NAME" / "and
    NAME", "كتب: NAME" / "وNAME"): that name is a known name alone (see _name_alone) and
    joins the author as printed. Printed with no joiner ("إعداد: NAME" / "NAME"), the name
    alone joins with "و" or "and" when the text does not name that person (a caption's
    subject is named in the story) and the text (line ``first``) or another's credit
    ("تصوير: NAME") follows it."""
    index, rule = header.evidence.get("author", (None, None))
    if rule != "byline_cue" or index + 2 >= len(page.lines):
        return
    line = page.lines[index + 1]
    found = _SECOND_WRITER.fullmatch(line.text) if line.text[:1] in "a&و" else None
    name = found and (found["name"] or found["arabic"])
    # (the line's dates last: a paragraph's are searched for only when its shape asks)
    if name and _name_alone(name) and not line.dates:
        header.values["author"] = f"{header.values['author']} {line.text}"
        page.reasons[index + 1] = "byline"
    elif not found and _name_alone(line.text) and not line.dates and not line.furniture and (
            index + 2 == first or _labelled_credit(page.lines[index + 2])) and \
            not _named_in_text(page.lines, line.text, header.title, header.text_end):
        joiner = " و" if textnorm.ARABIC_LETTER.search(line.text) else " and "
        header.values["author"] = f"{header.values['author']}{joiner}{line.text}"
        page.reasons[index + 1] = "byline"


# Two or three capitalised words after a byline's last comma: the town filed from ("By
# Jane Doe, Abu Dhabi") or a second writer ("By Jane Doe, John Smith").
_TOWN_AFTER_COMMA = re.compile(r",\s(?P<town>[A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+){1,2})$")


def _town_after_byline(page: _Page, header: _Header) -> None:
    """A labelled byline's part after its last comma, two or three capitalised words (see
    _TOWN_AFTER_COMMA), is the town filed from when it opens with no known given name and
    the headline, the standfirst or the text names it ("By Jane Doe, Abu Dhabi" over a
    story on "the Abu Dhabi grade"): the author is the name before the comma. A story
    seldom names its second writer (a name unknown to the lists and to the text, "By Noa
    Barak, Tamar Levi", stays whole)."""
    index, rule = header.evidence.get("author", (None, None))
    author = header.values.get("author") or ""
    found = _TOWN_AFTER_COMMA.search(author) if rule == "byline_cue" and "," in author else None
    if found is None or given_names.opens_name(found["town"].split()):
        return
    if _named_in_story(page, header, found["town"], index):
        header.values["author"] = author[:found.start()]


def _named_in_story(page: _Page, header: _Header, text: str, index: int) -> bool:
    """Whether the headline, the standfirst or the text names ``text`` on a line other than
    line ``index``: a place filed from, printed beside a byline, as a story names it; a
    story seldom names its own writer."""
    key = _key(text)
    return any(key in line.key for line in page.lines[header.title:header.text_end + 1]
               if line is not page.lines[index])


def _source_under_caption(page: _Page, header: _Header) -> None:
    """A "Source: NAME" credit (see _source_writer) right under a photo's caption credits the
    picture, not the text: the author read from it is dropped, with a note."""
    index, rule = header.evidence.get("author", (None, None))
    if rule == "place_then_name" and page.lines[index].text[:7].lower() == "source:" and \
            page.reasons.get(index - 1) == "caption":
        del header.values["author"], header.evidence["author"]
        header.lines_taken.pop("author", None)
        header.refuse("author", page.lines[index], f"{page.lines[index].text!r} is not taken "
                      "as the author: under a photo's caption, it credits the picture")
        page.reasons[index] = "caption"


def _byline_over_mark(line: Line) -> bool:
    """Whether the line opens with a byline (see Line.byline_shaped) set off from its date by
    a mark ("By NAME | May 4, 2026 at 10:15 a.m."); a sentence opening with "By" runs on to
    its date ("By May 4 the works will …")."""
    return bool(line.dates) and line.text[:line.dates[0].start].rstrip()[-1:] in ("|", "·", "•") \
        and line.byline_shaped


def _better(current: dict | None, candidate: dict, same_line: bool = False,
            under_title: bool = False) -> bool:
    """Whether ``candidate`` replaces the date read so far.

    The first date read holds, unless it could not be established and the candidate
    could, or it stood above the headline and the candidate under it (a print issue's
    date or a site banner's sits above; the article's own dateline sits under the title
    and byline). On one line printing both calendars, the Gregorian date holds (the
    printed Hijri day may differ from Umm al-Qura's).
    """
    if current is None or (current["date"] is None and candidate["date"] is not None):
        return True
    if under_title and candidate["date"] is not None:
        return True
    return same_line and candidate["date"] is not None and \
        current["calendar"] == dates.CALENDAR_HIJRI != candidate["calendar"]


def _arabic_edition(lines: list[Line], title: int) -> bool:
    """Whether a language switch over the headline names Arabic in its own script ("عربي",
    "العربية | Français"): an English page of a site that writes in Arabic, whose numeric
    dates are day first as its Arabic pages' are (see dates.read_day_first)."""
    return any(_language_switch(line) and textnorm.ARABIC_LETTER.search(line.text)
               for line in lines[:title])


def _language_switch(line: Line) -> bool:
    """Whether the line names languages alone ("English", "العربية | Français"): a switch
    to the page's other editions."""
    return line.words <= MAX_LANGUAGE_SWITCH_WORDS and _all_languages(line.text, line.key.split())


def _all_languages(text: str, key_words: list[str]) -> bool:
    """Whether a line's words (its key's) are languages' names, or their codes set apart by
    a bar ("FR | ع")."""
    return _LANGUAGES.issuperset(key_words) or (
        "|" in text and len(key_words) > 1 and _LANGUAGES_OR_CODES.issuperset(key_words))


# A press release's label over its date, over the headline ("FOR IMMEDIATE RELEASE" /
# "March 3, 2026" / "Media Contact: …"), as keys.
_RELEASE_LABELS = frozenset(_key(label) for label in (
    "for immediate release", "immediate release", "للنشر الفوري", "للنشر فورا", "للنشر فوراً",
    "pour diffusion immédiate", "pour publication immédiate"))


def _header_start(lines: list[Line], title: int) -> int:
    """The first line read around the title: two lines over it, or three when a column's
    writer box stands over it with the column's date under the role (see _over_role_slot),
    or the writer's bare name over the post's meta lines (see _over_post_meta), or a
    release's date under its label ("FOR IMMEDIATE RELEASE" / DATE, see _RELEASE_LABELS)
    over the media contact's lines, POST_META_LINES at most over the headline; over the
    headline's first printing when the title is its second, right under it."""
    if title >= 3 and _over_role_slot(lines, title - 3, title) and \
            _rule_above_title(lines, title - 3, title) == "name_over_role":
        return title - 3
    for name in range(title - 4, max(-1, title - 4 - POST_META_LINES), -1):
        if _over_post_meta(lines, name, title) and _bare_name(lines[name]):
            return name  # a writer's name over the post's meta lines (see _over_post_meta)
    start = max(0, _first_printing(lines, title) - 2)
    return next((label + 1 for label in range(max(0, title - POST_META_LINES - 1), start - 1)
                 if lines[label].key in _RELEASE_LABELS and lines[label + 1].dates), start)


def _first_printing(lines: list[Line], title: int) -> int:
    """The index of the headline's first printing: the line right over the title when it
    prints the same words (a daily's header prints the headline twice), else the title's."""
    return title - 1 if title and lines[title - 1].text == lines[title].text else title


def _read_header(page: _Page, title: int, body: tuple[int, int], latest: tuple,
                 outlet: str | None = None) -> _Header:
    """Dates, author and standfirst from the lines around the title; marks them removed."""
    lines, body_start = page.lines, body[0]
    header = _Header(latest, lines[0].text if _masthead(lines, 0) else None, title,
                     outlet_names=_outlet_names(lines, title, outlet),
                     day_first=bool(textnorm.ARABIC_LETTER.search(lines[title].text)) or
                     _arabic_edition(lines, title),
                     text_end=body[1])
    section, first_after_title = None, True
    box = _points_box(lines, body_start)  # with its label: no line of it is the byline
    points = set(_summary_points(lines, title, body_start)) | box | {i - 1 for i in box}
    for index in (i for i in range(_header_start(lines, title), body_start) if i != title):
        line = lines[index]
        if index == title + 1 and section == "related":
            section = None  # a related box above the title ends where the article starts
        if line.text == lines[title].text:
            page.remove(index, "duplicate_title")
            section = None  # the page's own header starts again (a related box came first)
            continue
        if index > title and _summary_label(lines, index, body_start):
            # (the one sentence under it, or every line of a box of points: see _after_points)
            end = max(index + 2, _after_points(lines, index + 1, body_start))
            for j in range(index, end):
                page.remove(j, "standfirst")
            if "standfirst" not in header.values and end == index + 2:
                header.take("standfirst", lines[index + 1].text, index + 1, "summary_label")
            continue
        if index > title and _labelled_summary(page, header, index):
            continue
        if index > title and page.reasons.get(index) == "standfirst":
            continue  # the summary under its label
        if index in points:  # a tabloid's points under its headline: no one standfirst
            page.remove(index, "standfirst")
            continue
        # A date printed in the bar of the article's tools ("2025:01:15.10:24 حجم الخط:
        # اطبع", "Share | Print | …") or beside its comment count ("2025/11/24 | 6 تعليقات")
        # under the title is the article's own.
        tools = index > title and line.cue in ("widget", "share", "comments") and \
            bool(line.dates) and not _video_label(line)  # (a video's title dates the video)
        if line.cue and not tools:
            # (A writer card's link to the writer's other columns, "More from NAME", closes
            # the card over the date: it opens no related box.)
            section = None if line.cue == "related" and _archive_link(line) and \
                _card_top(lines, index) < index else line.cue
            page.remove(index, line.cue)
            continue
        if section == "related" and index > title:
            page.remove(index, "related")
            continue
        if line.dates and (tools or not line.furniture):
            why = _widget_or_caption(lines, index, title)
            if why:
                header.refuse("published", line, why)
                if index < title and "current-date widget" in why:
                    header.widget = index  # its date may yet be confirmed (_confirmed_header_date)
                if index == title + 1 and _dated_standfirst(line):
                    header.take("standfirst", line.text, index, "under_title")
                    page.remove(index, "standfirst")
                    continue
                page.remove(index, "widget" if index < title else "caption")
                continue
            _read_dateline(header, line, index, _label_above(lines, index))
            page.remove(index, "dateline")
            continue
        if index < title:
            rule = _rule_above_title(lines, index, title)
            if rule and (reason := header.author(line, line.text, index, rule)):
                page.remove(index, reason)
                if rule in ("name_over_role", "name_over_handle", "name_over_email"):
                    page.remove(index + 1, "byline")  # the writer's role, account or address
            continue  # other lines above the title are classified with the rest of the top
        # The byline may follow the standfirst as it follows a title (or its second printing).
        again = lines[index - 1].text == lines[title].text
        first_after_title = _read_under_title(page, header, index, first_after_title or again,
                                              index == title + 1 or again)
    _standfirst_under_first_printing(page, header, title)
    _writer_card(page, header, title)
    _credits_beside(page, header, title, body_start)
    return header


def _standfirst_under_first_printing(page: _Page, header: _Header, title: int) -> None:
    """With no standfirst under the title, the one right under the headline's first printing
    when the title is its second: a page's top block prints the headline, the standfirst
    and the photo, then the article's block the headline again, the byline and the date.
    It is read as a standfirst under the title is (a sentence's length, or a headline's
    right under it; no caption, credit or widget: see _no_standfirst). A first printing
    under another headline's length is an item of a list of stories, the next one under it."""
    lines = page.lines
    if "standfirst" in header.values or lines[title].words <= MASTHEAD_WORDS:
        return
    first = next((j for j in range(title - 2, -1, -1) if lines[j].text == lines[title].text),
                 None)
    if first is None or (first and lines[first - 1].words > MASTHEAD_WORDS):
        return
    line = lines[first + 1]
    if not line.furniture and not line.dates and not line.byline_shaped and \
            (line.words >= MIN_STANDFIRST_WORDS or (line.headline_shaped and line.words >= 5)) and \
            not _no_standfirst(page, header, first + 1, False, True):
        header.take("standfirst", line.text, first + 1, "under_first_printing")
        page.remove(first + 1, "standfirst")


def _dated_standfirst(line: Line) -> bool:
    """Whether the line right under the title, holding a date that is not the article's
    (a past event's month or year, "… lost off Green Cape in April 1996."), is the
    standfirst rather than a caption: prose longer than a caption's one short sentence,
    with no photo credit, no caption's label and no day (a caption dates its photo to
    the day: "Traders at the market on March 20, 2025. …")."""
    return line.prose and line.words > MAX_CAPTION_WORDS and not line.photo_credit and \
        line.cue_words != "caption" and \
        all(found.value.get("precision") != "day" for found in line.dates)


# The rules that read one writer's name on a line of its own under the headline: a second
# writer may be credited the same way on the line beside it.
_LISTED_CREDIT_RULES = frozenset(("line_under_title", "name_over_role", "place_then_name",
                                  "name_in_credits"))


def _without_headline_subjects(page: _Page, header: _Header,
                               listed: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names listed beside the byline (see _credits_beside) but those the headline
    names: a photo's caption repeating its subject under the headline ("NAME تودع جمهورها
    …" / NAME / NAME / the writer's name), not a writer. When the byline read was one of
    them, the first other name is taken in its place."""
    headline = page.lines[header.title].key
    others = [(index, name) for index, name in listed if _key(name) not in headline]
    if not others or len(others) == len(listed):
        return listed
    for index, name in listed:
        if (index, name) not in others:
            page.remove(index, "caption")
            header.refuse("author", page.lines[index], f"{name!r} is not taken as the author: "
                          "the headline names that person (its subject)")
    if _key(header.values["author"]) in headline:
        header.take("author", others[0][1], others[0][0], "listed_credits")
        page.remove(others[0][0], "byline")
    return others


def _credits_beside(page: _Page, header: _Header, title: int, body_start: int) -> None:
    """Writers credited on lines of their own, one over the other, in the shape of the
    byline read ("Maya Ortiz" / "Tomás Reyes", "NAME — CITY" twice, a name over its role
    twice): all of them are the author, joined as one byline joins them. A line of that
    shape whose name has no known given name (a place's first word is one there: "Sofia
    Andreou", see given_names.place_name) leaves the byline unsure: null with a note
    naming the candidate rather than half of it (unless the byline joins its writers on
    its line: it names them all, the other line is the place filed from). A name read
    alone on its line by another rule ("By" / "Priya Raman" / "Omar Al Suwaidi") is joined
    by the names beside it that open with a given name; a line that does not ends the
    list, and unsettles nothing. So is a titled name alone ("Dr. NAME" / its role / NAME /
    its role, a think tank's writers), and so is a byline over its writer's role ("By NAME" /
    "Health Reporter" / NAME / "Data Journalist") or over a second byline ("By NAME" / "By
    NAME", see _credit_like)."""
    taken = header.evidence.get("author")
    if taken is None or (taken[1] not in _LISTED_CREDIT_RULES and
                         _without_title(page.lines[taken[0]].text) != header.values["author"] and
                         not (taken[1] == "byline_cue" and taken[0] + 1 < body_start and
                              (_role_line(page.lines[taken[0] + 1]) or
                               _same_label(page.lines[taken[0]], page.lines[taken[0] + 1])))):
        return
    index, rule = taken
    listed = [(index, header.values["author"])]
    for direction in (-1, 1):
        other = index + direction
        while title < other < body_start:
            if rule != "place_then_name" and _role_line(page.lines[other]):
                other += direction  # a name's role under it: "Senior Fellow, …"
                continue
            if (name := _credit_like(page.lines, index, other, rule)) is None:
                break
            listed.insert(0 if direction < 0 else len(listed), (other, name))
            other += direction
    # A line beside it with no known given name, naming what the story names, is the place
    # filed from ("NAME" / "Abu Dhabi", see _named_in_story), no second writer; naming the
    # outlet (see _outlet_name), it is the site's ("Dhofar Weekly" / NAME).
    listed = [(other, name) for other, name in _without_headline_subjects(page, header, listed)
              if other == index or given_names.opens_name(name.split()) or
              not (_named_in_story(page, header, name, other) or
                   _outlet_name(name, page.lines[other], header.outlet_names))]
    unsure = [(other, name) for other, name in listed if other != index and
              not (given_names.opens_name(name.split()) or given_names.place_name(name.split()[0]))]
    if unsure and _persons(header.values["author"]) > 1:
        return  # a byline joining its writers names them all: the line beside it with no
        # known given name is the place filed from ("NAME and NAME" / "New Delhi")
    if unsure:
        line = page.lines[unsure[0][0]]
        why = f"{unsure[0][1]!r}, credited beside {header.values['author']!r} in the same " \
              "shape, has no known given name: neither is taken as the author, rather " \
              "than half of the byline"
        del header.values["author"], header.evidence["author"]
        header.notes["author"] = f"line {line.number} ({line.text[:60]!r}): {why}"
        header.line_notes[line.number] = why
    elif len(names := list(dict.fromkeys(name for _, name in listed))) > 1:
        # (a name printed twice, a profile's link and its heading, is one writer's)
        header.take("author", _joined_names(names), listed[0][0], "listed_credits")
        for other, _ in listed:
            page.remove(other, "byline")


def _role_line(line: Line) -> bool:
    """Whether the line is a writer's role alone ("Senior Fellow, Middle East Program"), an
    Arabic one opening with it ("باحث مساعد", "باحثة أولى في برنامج …", see _BIO_ROLE_AR),
    as long as a card's role line ("باحث غير مقيم في برنامج الشرق الأوسط")."""
    return line.words <= MAX_ROLE_LINE_WORDS and not line.dates and not line.prose and \
        bool(_BIO_ROLE.search(line.key) or _BIO_ROLE_AR.match(line.key))


def _credit_like(lines: list[Line], index: int, other: int, rule: str) -> str | None:
    """The name credited on line ``other`` when it has the shape of the byline read on
    line ``index`` by ``rule`` (see _credits_beside), else None. A bare Arabic line is a
    label as often as a name: it needs a known given name; so does any line beside a name
    read by a rule that lists no credits (a cue's, see _LISTED_CREDIT_RULES)."""
    line, taken = lines[other], lines[index]
    if line.furniture or line.dates or line.prose or _NO_PERSON_PATTERN.search(line.key) or \
            _timed_field(line) or (":" in line.text and _in_field_card(lines, other) and
                                   not _reviewer_field(line)):
        return None  # ("موعد المباراة: 9:00 مساءً - VENUE": a match card's time and ground;
        # "Publisher: NAME" over a review's "Reviewed by: NAME": the work's card)
    if rule == "place_then_name":
        mark = _PLACE_DASH if _PLACE_DASH.partition(taken.text)[1] else _PLACE_MARK
        place, found, _ = mark.partition(taken.text)
        parts = mark.partition(line.text)
        if not parts[1] or parts[1].strip() != found.strip() or \
                _CREDIT_LABEL.fullmatch(_key(parts[0])):
            return None  # ("عدسة - NAME" under "CITY - NAME": the photographer's credit)
        text = parts[0] if _byline(taken.text) == place else parts[2]
    elif rule == "byline_cue" and _same_label(taken, line):
        text = _byline(line.text) or line.text  # "By NAME" under "By NAME": the name
    else:
        text = line.text
    if not _name_shaped(text) or _not_a_person(text, line) or \
            _no_name_shape(text, rule) or not _PLACE_NOUNS.isdisjoint(_key(text).split()) or \
            _dateline_town(text, taken.text):
        return None  # ("The Gulf Ledger": an outlet's; "Kuwait City", "NEW DELHI" under a
        # name in mixed case: the place filed from)
    if textnorm.ARABIC_LETTER.search(text) or rule not in _LISTED_CREDIT_RULES:
        return text if rule == "place_then_name" or given_names.opens_name(text.split()) \
            else None  # (the city beside it says it is a credit)
    return text if all(word[0].isupper() or _name_particle(word) for word in text.split()) \
        else None  # ("Tareq al-Kindi": a particle opens in lowercase)


def _same_label(byline: Line, line: Line) -> bool:
    """Whether the line is a byline opening with the byline's own label ("By NAME" under "By
    NAME"); another label ("تحرير: NAME" under "بقلم: NAME") credits another's work."""
    return line.byline_shaped and line.text.split(maxsplit=1)[0] == byline.text.split()[0]


def _rule_above_title(lines: list[Line], index: int, title: int) -> str | None:
    """The evidence rule of a writer's credit above the headline, or None: "By …" printed
    just above it, a columnist's name with a title ("د. منى العطار") right above it, a
    name under the writer's photo, or a column's writer box: a bare name (a known given
    name) over the writer's role alone ("كاتب وصحافي", "Columnist", see below) or a bio
    opening with the role ("كاتب وباحث في اقتصاديات المياه، عمل مستشاراً …"), account
    alone ("@m_saleh"), e-mail address alone or date alone right over the headline, as
    opinion pages print them (a name the text names is its subject, not its writer), or a
    city credit with its colon right over it ("أبوظبي: NAME", see Line.credit_names)."""
    line = lines[index]
    if line.byline_shaped:
        return "byline_cue"
    if index == title - 1 and _HONORIFIC.match(line.text):
        return "name_above_title"
    if _under_writer_photo(lines, index):
        return "name_under_writer_photo"
    if index == title - 1 and line.credit_names is not None and ":" in line.text and \
            line.words <= MAX_NAME_WORDS:
        return "place_then_name"  # "أبوظبي: NAME" right over the headline, as arts pages print it
    role = lines[index + 1]
    if _over_role_slot(lines, index, title) and role.words <= MAX_BIO_WORDS and \
            (_BIO_ROLE_AR.match(role.key) or _BIO_ROLE.match(role.key)) and \
            not line.furniture and not line.dates and _name_alone(_without_title(line.text)) and \
            not role.dates and (
            role.words <= MAX_LABEL_WORDS or not _named_in_text(
                lines, _without_title(line.text), title, len(lines) - 1)):  # (its bio: "NAME is …")
        return "name_over_role"  # (a longer role, "أستاذة الأدب الشعبي بجامعة …", may
        # describe a kicker's subject: the name is taken when the page never names it)
    if index == title - 2 and role.text[0] == "@" and _HANDLE.fullmatch(role.text) and \
            _bare_name(line):
        return "name_over_handle"  # the writer's account under the name: "@m_saleh"
    if index == title - 2 and "@" in role.text and _EMAIL_ALONE.fullmatch(role.text.strip()) and \
            _bare_name(line):
        return "name_over_email"  # the columnist's address under the name: "f.name@paper.com"
    if ((index == title - 2 and role.dates and _only_labels_beside_dates(role)) or
            _over_post_meta(lines, index, title)) and \
            _bare_name(line) and not _named_in_text(lines, line.text, title, len(lines) - 1):
        return "name_over_dateline"  # the column's writer over its date, over the headline
    return None


def _over_post_meta(lines: list[Line], index: int, title: int) -> bool:
    """Whether the line stands over its post's meta lines right over the headline (or its
    first printing): one date alone with its label ("Updated 16 April 2026", see
    Line.date_stamp) among buttons of a word or two with no digit ("Short Url", "Follow",
    "نسخ الرابط"), POST_META_LINES at most."""
    end = title - 1 if lines[title - 1].text == lines[title].text else title
    if not 2 <= end - index - 1 <= POST_META_LINES:
        return False  # (one line alone: the date right over the headline, read above)
    between = lines[index + 1:end]
    return sum(1 for line in between if line.dates) == 1 and all(
        line.date_stamp if line.dates else line.words <= 2 and not _DIGIT.search(line.text)
        for line in between)


def _under_writer_photo(lines: list[Line], index: int) -> bool:
    """Whether the line is a name under the writer's photo: its alt text naming the
    writer's photo ("صورة الكاتبة", "author photo"; when the text names the writer after
    it, that name, right under it or under the column's standing name), or the picture
    and the name ("Headshot
    of NAME", "NAME headshot", "صورة NAME"), or the name after the writer's title (see
    _TITLES: "الكاتب NAME", the picture's alt text), or the same name alone (a name then opening
    with a known given name, as a menu's repeated label would not)."""
    if not index:
        return False
    alt, line = lines[index - 1], lines[index]
    if (photo := _WRITER_PHOTO_IN_KEY.search(" " + alt.key)) is not None:
        return _photo_alt_names(alt.key[photo.end():], line.key)
    if line.dates or line.furniture:
        return False
    if not (alt.key.endswith(line.key) or alt.key.startswith(line.key)):
        # the column's standing name between the photo and its writer's name: "صورة
        # الكاتب NAME" / "نقطة نظام" / NAME (the name's end first: quicker than the search)
        card = lines[index - 2].key if index >= 2 and line.key else ""
        return card.endswith(" " + line.key) and \
            (photo := _WRITER_PHOTO_IN_KEY.search(" " + card)) is not None and \
            _photo_alt_names(card[photo.end():], line.key)
    words = alt.key.replace(line.key, " ", 1).split()
    return _name_alone(line.text) if not words else len(words) <= MAX_LABEL_WORDS and (
        bool(_PHOTO_WORD.search(" ".join(words))) or (alt.text.endswith(line.text) and bool(
            _TITLES.fullmatch(alt.text[:-len(line.text)])))) and _name_shaped(line.text)


def _photo_alt_names(named: str, key: str) -> bool:
    """Whether the words after a writer photo's phrase in its alt text (``named``) name no
    one, or end with the name's key (after a title or a role: "صورة الكاتب: د. NAME",
    "صورة الكاتب الصحفي NAME")."""
    named = named.strip()
    return not named or named == key or named.endswith(" " + key)


def _writer_card(page: _Page, header: _Header, title: int) -> None:
    """A writer card standing higher over the headline than the lines read around it (see
    _header_start): the photo's alt text and the name under it (see _under_writer_photo),
    then the writer's role, bio, article count or follow button, up to WRITER_CARD_LINES
    lines over the headline, or from the top of a card whose link to the writer's other
    columns stands that near (see _card_top). Read when no other credit was."""
    if "author" in header.values:
        return
    first = max(1, title - WRITER_CARD_LINES)
    link = next((j for j in range(title - 1, first - 1, -1) if _archive_link(page.lines[j])),
                None)
    if link is not None:
        first = max(1, min(first, _card_top(page.lines, link)))
    for index in range(first, _header_start(page.lines, title)):
        line = page.lines[index]
        if _under_writer_photo(page.lines, index) and \
                (reason := header.author(line, line.text, index, "name_under_writer_photo")):
            page.remove(index, reason)
            return


def _over_role_slot(lines: list[Line], index: int, title: int) -> bool:
    """Whether a writer's name at ``index`` stands where a column's writer box puts it over
    the headline: two lines above it (the role between), or three with the column's date
    alone between the role and the headline ("د. NAME" / "استشارية …" / "الأربعاء 26 ربيع
    الآخر 1448هـ" / headline), or the writer's account alone ("NAME" / role / "@handle" /
    headline)."""
    between = lines[title - 1]
    return index == title - 2 or (index == title - 3 and (
        (bool(between.dates) and _only_labels_beside_dates(between)) or
        (between.text[0] == "@" and bool(_HANDLE.fullmatch(between.text)))))


def _text_credit(line: Line) -> bool:
    """Whether the line opens with the label of the text's credit ("نص:", "Words:")."""
    label = _LABEL.match(line.text)
    return bool(label and _TEXT_CREDIT.fullmatch(_key(label.group(1))))


def _writer_credit(line: Line) -> bool:
    """Whether the line opens with the label of the writer's credit, the text's ("نص:"), a
    byline's ("كتبت: NAME", "By NAME") or a genre's before a name ("تغطية: NAME"), or holds
    a writer's label joined to the photographer's ("تقرير وتصوير: NAME"): a photographer's
    credit after it on the line ("… / تصوير: NAME") makes no caption of it."""
    return _text_credit(line) or _label_cue(line.text) is not None or \
        bool(_AUTHOR_PATTERN.match(line.key + " ") or _JOINT_CREDIT.search(line.text))


def _role_below(lines: list[Line], index: int) -> bool:
    """Whether a writer's role alone stands on the line under this one ("Journalist",
    "Senior Reporter"), or the wire or outlet written for, each word capitalised ("The
    Canadian Press"): a byline's second line, the evidence that the bare Latin name over
    it is a person's. (An Arabic line's words are not capitalised: a section's label, "أخبار
    محلية", reads as a name would; there a known given name stays the evidence, or a
    reporter's role opening the line under a name's shape, a given name with no article
    then a family name with it: "NAME الأسعد" over "مراسلة الموقع في CITY"; a label, "أخبار
    محلية", has no such family name; or a given name that is a common word, see
    given_names.word_name, then one with none: "وعد شاكر" over "مراسلة الشؤون الثقافية".)"""
    role = lines[index + 1] if index + 1 < len(lines) else None
    if role is None or role.dates or role.prose or role.furniture:
        return False
    if textnorm.ARABIC_LETTER.search(lines[index].text):
        words = lines[index].text.split()
        return role.words <= MAX_NAME_WORDS and bool(_REPORTER_ROLE.match(role.key)) and \
            _name_shaped(lines[index].text) and not words[0].startswith("ال") and \
            len(words) <= 3 and (words[-1].startswith("ال") or given_names.word_name(words[0])) \
            and not _NOT_NAME_WORDS.search(lines[index].key)
    return role.words <= MAX_LABEL_WORDS and bool(
        _NO_PERSON_PATTERN.search(role.key) or _BIO_ROLE.match(role.key) or (
            _ORGANISATION_PATTERN.search(role.key) and _capitalised(role.text)
            and _name_shaped(lines[index].text)))


# The link to a writer's other stories, the name after it: "المزيد من مقالات NAME", "More
# articles by NAME", "All stories by NAME".
_MORE_BY = re.compile(r"(?:المزيد من (?:مقالات|اخبار|أخبار|مواضيع)|(?:كل|جميع) (?:مقالات|اخبار|"
                      r"أخبار)|مقالات اخرى ل|مقالات أخرى ل|(?:more|all) (?:articles|stories|"
                      r"posts|news) (?:by|from)|more (?:by|from)) ?")


def _more_by_link(lines: list[Line], index: int) -> bool:
    """Whether a line under this one is the link to the writer's other stories naming this
    line's words (see _MORE_BY): the bare line under the headline is that writer's name,
    whether or not its given name is a known one."""
    name = lines[index].key
    if not _name_shaped(lines[index].text):
        return False
    return any(line.key.endswith(name) and (found := _MORE_BY.match(line.key)) is not None
               and found.end() + len(name) == len(line.key)
               for line in lines[index + 1:])


def _own_address_below(lines: list[Line], index: int) -> bool:
    """Whether the line under this one is an e-mail address alone whose local part spells a
    word of this line's name ("ria.baptiste@…" under "Ria Baptiste-Charles"): the writer's
    contact, the evidence that the bare line over it is a person's name."""
    below = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    address = _EMAIL_ALONE.fullmatch(below) if "@" in below else None
    if address is None:
        return False
    local = set(re.split(r"[._+\-]", address["local"].casefold()))
    name = set(re.split(r"[\s\-'’]+", lines[index].text.casefold()))
    return bool({word for word in name if len(word) > 2} & local)


def _bio_opens_with(lines: list[Line], index: int) -> bool:
    """Whether a writer's bio further down opens with this line's whole text, then the
    role ("… is a writer on cities …", "… كاتبة وباحثة في …"): the evidence that the bare
    line is the writer's name. (A name opening a paragraph is no bio: "… said".)"""
    name = lines[index].text
    return any(_bio_of(other, name) for other in lines[index + 2:])


# An English bio's verb after the writer's name, on its key ("NAME is a reporter …").
_BIO_IS_A = re.compile(r"(?:is|was) (?:an?|the) ")
# ... or, after the name, the beat the writer covers ("NAME has covered county cricket
# since 1998", "NAME writes about food"): a writer's verb, no subject's (keys' openings).
_BIO_BEAT_VERBS = ("covers ", "has covered ", "writes about ", "writes on ", "has written about ",
                   "reports on ", "has reported on ")


def _bio_of(line: Line, name: str) -> bool:
    """Whether the line is the bio of the writer ``name``: the name, then the role (see
    _bio_opens_with) or the beat covered (see _BIO_BEAT_VERBS)."""
    if line.text.startswith(name + " ") and line.words <= MAX_BIO_WORDS:
        rest = _key(line.text[len(name):])
        return bool(_BIO_ROLE_AR.match(rest) or rest.startswith(_BIO_BEAT_VERBS) or (
            _BIO_IS_A.match(rest) and _BIO_ROLE.search(" ".join(rest.split()[:6]))))
    return False


# A beat's reporter after a name and a dash: "Agriculture Reporter", "Health Correspondent",
# "Political Editor" (a staff's or a bureau's role, "Staff Reporter", credits a place too).
_BEAT_ROLE = re.compile(r"(?:[A-Z][a-z]+\s){1,2}(?:reporter|correspondent|editor|writer)",
                        re.IGNORECASE)
_NO_BEAT = frozenset(["staff", "our", "special", "senior", "chief", "deputy", "news", "own"])


def _name_dash_beat(lines: list[Line], index: int) -> bool:
    """Whether the line is a Latin name, a spaced dash, then a beat's reporter ("NAME —
    Agriculture Reporter", see _BEAT_ROLE): a person's credit with no known given name,
    when the name's words are capitalised and the text never names it (a place filed from
    is named where the story happens)."""
    line = lines[index]
    name, dash, role = _PLACE_DASH.partition(line.text)
    return bool(dash) and not textnorm.ARABIC_LETTER.search(line.text) and \
        bool(_BEAT_ROLE.fullmatch(role)) and role.split()[0].lower() not in _NO_BEAT and \
        _name_shaped(name) and _capitalised(name) and \
        _NOT_IN_NAMES_WORDS.isdisjoint(name.lower().split()) and \
        _PLACE_NOUNS.isdisjoint(name.lower().split()) and \
        not _named_in_text(lines, name, index + 1, len(lines) - 1)


def _byline_rule(line: Line) -> str:
    """The evidence rule of a byline under the title: a cue, a place and a name, a name and
    the venue or city it was filed from, or neither."""
    if line.byline_shaped or _text_credit(line):
        return "byline_cue"
    if _HONORIFIC.match(line.text):
        return "name_with_title"
    if ":" in line.text or _PLACE_DASH.partition(line.text)[1] or \
            line.credit_names not in (None, line.text):  # "دبي | NAME", "بنغازي/ NAME"
        return "place_then_name"
    if _venue_credit(line):
        return "name_at_place"
    return "line_under_title"


def _over_date_line(lines: list[Line], index: int) -> bool:
    """Whether a date line, as short as a byline, follows the line: a place's credit right
    over it closes the header as one over the text does, after a photographer's credit or
    a caption ("تصوير: NAME" / "CITY - NAME" / date)."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and bool(following.dates) and \
        following.words <= MAX_BYLINE_WORDS


def _may_be_byline(header: _Header, line: Line, first: bool, rule: str,
                   over_text_or_date: bool) -> bool:
    """Whether a line under the title is read for a byline: the first one, or one that
    says so, or a name with a title, or a name then its venue ("NAME at Kings Park", under
    a score line), or a place then a name, with a colon or right over the text or the date
    line ("طنجة - سعيد الوزاني"; see _read_under_title), or a name under the writer's
    photo (see _under_writer_photo). Two names joined by "و" or
    "and" hold twice a name's words; a credit line's names alone are counted (see
    Line.credit_names: a reporter's role before them, "موفد الموقع إلى وادان: NAME"). A
    line opening with a preposition before a work's quoted title ("عن «…» لـNAME", a
    review's standfirst naming the book) names no writer."""
    if rule == "line_under_title" and textnorm.contains_any(line.text, "«\"“") and \
            line.text.split()[0].lower() in _NOT_IN_NAMES_WORDS:
        return False
    names = line.credit_names if rule == "place_then_name" else None
    words = len(names.split()) if names else _words_before_other_credit(line)
    if words > MAX_BYLINE_WORDS and rule == "byline_cue":
        words = _words_before_role(line.text) or words
    return not line.furniture and ("author" not in header.values or header.outranked(rule)) \
        and words <= (MAX_BYLINE_WORDS if rule in ("byline_cue", "name_then_role", "name_at_place")
                      else MAX_NAME_WORDS * _persons(_without_title(names or line.text))) and (
            first or rule in ("byline_cue", "name_with_title", "name_at_place",
                              "name_under_writer_photo")
            or ":" in line.text.rstrip(":")
            or (rule == "place_then_name" and over_text_or_date))


def _words_before_role(text: str) -> int | None:
    """The words of a labelled byline before the writer's role after a comma or, with
    none, a dash ("By Dr. NAME, Professor of Economics at the University of …", "بقلم: د.
    NAME، أستاذ الاقتصاد بجامعة …", "بقلم: الدكتور NAME - أستاذ التاريخ بجامعة …"): a
    guest writer's chair and institution run past a byline's length, the name before them
    does not. None when no role opens the part after the first comma or dash (its first
    ROLE_OPENING_WORDS words: "Senior Lecturer in …")."""
    head, comma, role = text.partition("،" if "،" in text else ",")
    if not comma:
        head, comma, role = _PLACE_DASH.partition(text)
    role = " ".join(_key(role).split()[:ROLE_OPENING_WORDS])
    return len(head.split()) if comma and (_BIO_ROLE.search(role) or _BIO_ROLE_AR.match(role)) \
        else None


def _words_before_other_credit(line: Line) -> int:
    """The line's words (see _words_without_marks) before another person's labelled credit
    after the writer's (see _before_other_credit): a photographer's name adds no words to
    the byline's."""
    head = _before_other_credit(line.text)
    return _words_without_marks(line) if head is line.text else len(head.split())


def _gallery_counter(line: Line) -> bool:
    """Whether the line is a photo gallery's counter ("1 / 5", "2 من 4"), or the counter
    alone after its label ("الصورة 1 من 4", "Photo 2 of 5", see Line.gallery_caption)."""
    counter = line.text[0].isdigit() and _COUNTER.match(line.text)
    return (bool(counter) and _counts(counter)) or \
        (line.words <= MAX_LABEL_WORDS + 1 and line.gallery_caption)


def _counts(count: re.Match) -> bool:
    """Whether a gallery's count (its groups: the picture's place, the total) counts a
    picture: "2/8"; "0/0" or "5/3" counts nothing."""
    return 1 <= int(count[1]) <= int(count[2])


# A gallery's caption opening with its picture's count, no label: "2/8 فرقة … خلال العرض",
# "(2 من 12) جماهير …", "(3 of 9) Fans …".
_COUNTED_CAPTION = re.compile(r"\(?(\d{1,2})\s?(?:/|من|of)\s?(\d{1,2})\)?\s+[^\W\d_]")


def _counted_caption(lines: list[Line], index: int) -> bool:
    """Whether the line is one of a gallery's captions, each opening with its count out of
    the same total ("1/8 …", "2/8 …", "(1 من 12) …"): the count before or after its own
    opens a line close by. (A date opening a line, "3/5 …", has no such neighbour.)"""
    first = lines[index].text[0]
    count = _COUNTED_CAPTION.match(lines[index].text) if first.isdigit() or first == "(" \
        else None
    if count is None or not _counts(count):
        return False
    near = range(max(0, index - MAX_GAP), min(len(lines), index + MAX_GAP + 1))
    return any((other := _COUNTED_CAPTION.match(lines[j].text)) and other[2] == count[2]
               and abs(int(other[1]) - int(count[1])) == 1 for j in near if j != index)


def _caption_opening(line: Line) -> bool:
    """Whether the line opens as a photo's caption: its label and a comma or a colon
    ("Image caption, The reservoir …", "تعليق الصورة: …"), its number in a photo report
    ("الصورة 2: …"), or a view of the scene ("جانب من اجتماع …", "Photo of the …", "سموه
    خلال …"). Never a standfirst."""
    if line.text[0] in _CAPTION_FIRST and _NUMBERED_CAPTION.match(line.text):
        return True
    return _caption_label(line.text) or bool(_PHOTO_OF.match(line.key))


def _caption_label(text: str) -> bool:
    """Whether the text opens with a caption's label and a comma or a colon ("Image
    caption, …", "تعليق الصورة: …", see _CAPTION_LABELS): a picture's caption, whatever
    its length."""
    head = text[:CAPTION_LABEL_CHARS + 1]
    for mark in (",", ":", "،"):
        label, found, _ = head.partition(mark)
        if found and _key(label) in _CAPTION_LABELS:
            return True
    return False


def _passed_over(lines: list[Line], index: int) -> str | None:
    """Why a line under the title leaves the next line first under it: "caption" for a
    photo gallery's counter or the caption under it, "dateline" for a date's label alone
    over its date ("Published" / "4 hours ago"), "widget" for a court case's box (see
    _case_record) or a match's scores, their label too ("Live scores" / "TEAM 1 - 0 TEAM |
    71'", see _result_card), between the headline and the writer's card, or a newsletter
    edition's contents under their label (see _edition_contents), or a summary's label
    alone over the standfirst ("ملخص" / the summary / NAME) or the page's count of views
    alone ("Views: 1,024", see _VIEW_COUNTER), "share" for a social network's
    or a news app's name alone (a follow bar's links, one a line: "Follow us on" /
    "whatsapp" / "google-news" / NAME), or bare minutes under the date
    line (the post's reading time: "نشرت في: …" / "3 دقائق" / the standfirst), "ticker" for a
    market box's label over its quotes ("بورصة البحرين" / "المؤشر العام 1,968.42 ▲ 0.31%");
    else None."""
    if _gallery_counter(lines[index]) or _gallery_counter(lines[index - 1]):
        return "caption"
    if _player_length(lines, index) or lines[index].key in _CONTENTS_LABELS or \
            _edition_contents(lines, index):
        return "widget"  # (a clip's length; a newsletter edition's contents and their label)
    if lines[index].words <= 2 and _SUMMARY_LABEL.fullmatch(lines[index].key):
        return "widget"  # a summary's label alone ("ملخص", "In brief") over the standfirst
    if lines[index].words <= 4 and _VIEW_COUNTER_ALONE.fullmatch(
            textnorm.to_ascii_digits(lines[index].text)):
        return "widget"  # the page's counter of views alone ("Views: 1,024") over the dek
    if lines[index].words <= 2 and (_SOCIAL_PATTERN.fullmatch(lines[index].key) or
                                    _NEWS_APPS.fullmatch(lines[index].key)):
        return "share"  # a follow bar's network, one a line ("whatsapp", "google-news")
    if lines[index].words <= 2 and lines[index - 1].dates and _reading_time(lines[index]):
        return "widget"  # bare minutes right under the date line ("3 دقائق", "4 min"): the
        # post's reading time, no player's length
    if _case_record(lines, index) or _result_card(lines, index) or _scores_label(lines, index) \
            or _officials_under_card(lines, index) or _award_under_card(lines, index):
        return "widget"
    if index + 1 < len(lines) and lines[index + 1].ticker and \
            lines[index].words <= MAX_LABEL_WORDS and not _bare_name(lines[index]):
        return "ticker"  # (a name right over a strip of quotes is still a byline)
    # (The label's tests first, its words counted before: most lines under a title are
    # no label, and the next line's dates are then never asked.)
    return "dateline" if index + 1 < len(lines) and lines[index].words <= 3 and \
        _label_above(lines, index + 1) and lines[index + 1].dates else None


def _player_length(lines: list[Line], index: int) -> bool:
    """Whether the line is a clip's length alone ("03:42", see _PLAYER_PART) right under
    an audio or video player's button (see _CONTROLS: "استمع", "Listen"): the player's,
    between the headline and the byline under it, which is still the first line under the
    title."""
    text = lines[index].text
    return len(text) <= 8 and text[0].isdigit() and _PLAYER_PART.fullmatch(text) is not None \
        and lines[index - 1].words <= MAX_CONTROL_WORDS and \
        _CONTROLS.match(lines[index - 1].key) is not None


def _officials_under_card(lines: list[Line], index: int) -> bool:
    """Whether the line names a match's officials (see _MATCH_OFFICIAL: "VENUE - الحكم:
    NAME", "Referee: NAME") right under its result card (see _result_card): the card's last
    field, whose name is the referee's, not the writer's."""
    return ":" in lines[index].text and index > 0 and \
        _MATCH_OFFICIAL.search(lines[index].text) is not None and _result_card(lines, index - 1)


def _award_under_card(lines: list[Line], index: int) -> bool:
    """Whether the line names a match's award (see _MATCH_AWARD: "Player of the match:
    NAME") right under its result card (see _result_card): the card's last field, however
    a headline's place, over the byline and the date, it takes."""
    return ":" in lines[index].text and index > 0 and \
        _MATCH_AWARD.match(lines[index].text) is not None and _result_card(lines, index - 1)


def _scores_label(lines: list[Line], index: int) -> bool:
    """Whether the short line labels a match's scores under it ("Live scores", "مباريات
    جارية" over "TEAM 1 - 0 TEAM | 71'", see _result_card): no byline, nor a name alone
    opening with a given name (a writer's credit may stand right over a result card)."""
    line = lines[index]
    return index + 1 < len(lines) and line.words <= KICKER_WORDS and not line.dates and \
        _result_card(lines, index + 1) and not line.byline_shaped and not _bare_name(line)


# An obituary's life span in years alone under the name ("1938 – 2025", "(1941-2026)").
_LIFE_YEARS = re.compile(r"\(?(1[6-9]\d\d|20\d\d) ?[-–—] ?(1[6-9]\d\d|20\d\d)\)?")


def _passed_under_headline(line: Line) -> str | None:
    """Why the line right under the headline leaves the line under it the first under the
    headline (its standfirst): "widget" for a review's stars (see _RATING_STARS, "Lyric
    Hall, Belfast ★★★☆☆"), "dateline" for an obituary's life span in years alone (see
    _LIFE_YEARS, "1921 – 2026"); else None."""
    if textnorm.contains_any(line.text, _RATING_STARS):
        return "widget"
    span = _LIFE_YEARS.fullmatch(line.text) if line.words <= 3 else None
    return "dateline" if span and span[1] < span[2] else None


def _read_under_title(page: _Page, header: _Header, index: int, first: bool,
                      right_under: bool) -> bool:
    """A line between the title and the body: byline, standfirst or furniture.

    A byline is the first line under the title, or, further down the header, a line
    that says so ("By …", "بقلم …") or names a place then a name ("بيروت: …"). A short
    standfirst is taken only when it is printed right under the title. Returns whether
    the next line still counts as the first under the title.
    """
    line = page.lines[index]
    if passed := _passed_over(page.lines, index):
        page.remove(index, passed)  # the byline under a gallery's counter and caption, or
        return first  # under a date's label and the date, is still the first under the title
    if right_under and (passed := _passed_under_headline(line)):
        page.remove(index, passed)  # (the standfirst under it still the first line under
        return first  # the headline)
    if "author" not in header.values and _AUTHORS_LABEL.fullmatch(line.key):
        _authors_block(page, header, index)
        page.remove(index, "byline")
        return False
    if "author" not in header.values and _AUTHOR_PATTERN.fullmatch(line.key + " ") and \
            index + 1 < len(page.lines):  # "By" alone: the name on the next line, a role under it
        following = page.lines[index + 1]
        page.remove(index, "byline")
        if not following.furniture and (reason := header.author(
                following, f"{line.text} {following.text}", index + 1, "byline_cue")):
            page.remove(index + 1, reason)
        return False
    if _second_city_credit(page, header, index) or _from_credit(page, header, index) or \
            _read_reviewer(page, header, index, "review_credit") or \
            _name_then_town_credit(page, header, index):
        return False
    if (card := _field_or_editor(page, header, index)) is not None:
        return first and card
    if "author" not in header.values and _bio_over_date(page.lines, index) and \
            (reason := header.author(line, _bio_name(line.text), index, "name_in_bio")):
        page.remove(index, reason)  # (the columnist's bio in the byline's place)
        return False
    rule = _byline_rule(line)
    if rule == "line_under_title" and _role_below(page.lines, index):
        rule = "name_over_role"
    elif rule == "line_under_title" and _own_address_below(page.lines, index):
        rule = "name_over_email"  # "Ria Baptiste-Charles" over "ria.baptiste@…"
    elif rule == "line_under_title" and _more_by_link(page.lines, index):
        rule = "name_in_more_link"  # "جاد الحاج" / … / "المزيد من مقالات جاد الحاج"
    elif rule == "line_under_title" and _bio_opens_with(page.lines, index):
        rule = "name_in_bio"  # "Leena Qureshi" over the text, "Leena Qureshi is a writer …"
    elif rule in ("line_under_title", "place_then_name", "name_with_title") and (
            _name_then_role(line) or _name_dash_beat(page.lines, index)):
        rule = "name_then_role"  # "Gwenllian Pryce, Mid Wales reporting team"
    elif rule in ("place_then_name", "line_under_title") and (
            _name_then_masthead(page.lines, index) or _name_then_quoted_outlet(line)):
        rule = "name_then_outlet"  # "Rosa Dimaano - The Visayan Tribune", "NAME - «OUTLET»"
    elif rule == "line_under_title" and _name_in_post_meta(page.lines, index, header.title):
        rule = "name_in_post_meta"  # "مارس 19, 2026" / NAME / "2 تعليقات"
    elif rule == "line_under_title" and _word_name_over_date(page.lines, index):
        rule = "word_name_over_date"  # standfirst / "زينة عبود" / "الثلاثاء 3 شباط 2026"
    elif rule == "line_under_title" and _under_writer_photo(page.lines, index):
        rule = "name_under_writer_photo"  # a writer card under the standfirst, as over it
    if not first and _name_in_credits(page, header, index, rule):
        return False
    over_text = index + 1 < len(page.lines) and page.lines[index + 1].prose
    if _may_be_byline(header, line, first, rule,
                      over_text or _over_date_line(page.lines, index)) and \
            (reason := header.author(line, _FILED_IN.sub("", line.text) if rule == "name_at_place"
                                     else line.text, index, rule)):  # (the name alone)
        return _after_byline_read(page, header, index, reason, first, right_under, over_text)
    elif _may_be_standfirst(page, header, index, first, right_under, over_text):
        header.take("standfirst", line.text, index, "under_title")
        page.remove(index, "standfirst")
        return True
    else:
        promotion = _promotion_or_note(line)
        page.remove(index, _furniture_reason(line) or ("widget" if promotion else
                    "dateline" if line.dateline_credit else "caption"))
        # A photo's caption or a newsletter prompt stands between title and byline.
        return first and (line.furniture or promotion)
    return False


# The label of a newsletter edition's contents under its headline ("In today's edition:"
# / its items, one a line / the writers), folded keys.
_CONTENTS_LABELS = frozenset(_key(label) for label in (
    "in today's edition", "in this edition", "in this issue", "inside this issue",
    "in today's newsletter", "في عدد اليوم", "في هذا العدد", "في نشرة اليوم",
    # ... and a live blog's key events, each an entry's age and heading (see
    # _ENTRY_AGE_OPENING), over the reporters' names
    "key events"))
MAX_CONTENTS_ITEMS = 8  # the items a newsletter's contents list under its headline


def _edition_contents(lines: list[Line], index: int) -> bool:
    """Whether the line is an item of a newsletter edition's contents under its headline:
    short lines, no sentence among them, under the contents' label (see _CONTENTS_LABELS).
    The writers' credit under the list is still the first line read for the byline (see
    _passed_over)."""
    # (the label looked for first, by its key alone: most lines under a title have none
    # over them)
    label = next((above for above in range(index - 1, max(-1, index - MAX_CONTENTS_ITEMS - 1), -1)
                  if lines[above].key in _CONTENTS_LABELS), None)
    return label is not None and not any(
        line.words > MAX_POINTS_LABEL_WORDS * 2 or _ends_sentence(line.text) or
        line.credit_names is not None  # (a sentence, or the writers' names: no item)
        for line in lines[label + 1:index + 1])


def _after_byline_read(page: _Page, header: _Header, index: int, reason: str, first: bool,
                       right_under: bool, over_text: bool) -> bool:
    """Remove a line read for the byline (``reason``: see _Header.author); returns whether
    the next line still counts as the first under the title. A credit refused as no
    person's (a partner outlet's name) leaves a name right under it first in line: "The
    Gulf Ledger" / "Hannah Whitcombe". A line right under the headline refused as no
    name, over the writer's labelled byline, is the standfirst when it has a standfirst's
    shape ("الفرص تشمل قطاعات التعليم والصحة والبلديات" / "كتب - NAME"): the credit under
    it is the writer's, so the line over it is none. (Over a bare name, a short line is
    as often the lead photo's caption: "أعضاء اللجنة خلال الاجتماع" / NAME.)"""
    line = page.lines[index]
    following = page.lines[index + 1] if index + 1 < len(page.lines) else None
    credit_below = "author" not in header.values and following is not None and \
        not following.furniture and _byline(following.text) is not None
    if credit_below and right_under and following.byline_shaped and \
            _may_be_standfirst(page, header, index, first, right_under, over_text):
        header.line_notes.pop(line.number, None)
        if header.notes.get("author", "").startswith(f"line {line.number} ("):
            del header.notes["author"]  # (the refusal named the standfirst's line)
        header.take("standfirst", line.text, index, "under_title")
        page.remove(index, "standfirst")
        return True
    page.remove(index, reason)
    return first and credit_below


def _may_be_standfirst(page: _Page, header: _Header, index: int, first: bool,
                       right_under: bool, over_text: bool) -> bool:
    """Whether a line under the title, read for no byline, is taken as the standfirst:
    the first under it, or one after the credits (see _standfirst_after_credits) or over
    a paper's first section heading ("Introduction", "مقدمة": its abstract), not
    furniture (a run-on line right under it, or under its date line, may be: see
    _run_on_standfirst), a standfirst's length (a headline's shape right under it may be
    shorter), and nothing else a line there may be (see _no_standfirst)."""
    line = page.lines[index]
    return (first or _standfirst_after_credits(page.lines, header, index, over_text) or (
        index + 1 < len(page.lines) and _opening_section(page.lines[index + 1]))) and \
        "standfirst" not in header.values and (
            not line.furniture or ((right_under or _under_title_dateline(page, header, index))
                                   and _run_on_standfirst(line))) and (
            line.words >= MIN_STANDFIRST_WORDS or (right_under and line.words >= 5 and
                                                  line.headline_shaped)
            or (right_under and line.text[-1] == "." and _elided_teaser(line))) \
        and not _no_standfirst(page, header, index, over_text, right_under)


def _under_title_dateline(page: _Page, header: _Header, index: int) -> bool:
    """Whether the line stands right under the headline's date line with the writer's name
    before the date ("NAME , Tuesday 21 Apr 2026"), and does not quote the headline: as
    right under the headline, a run-on line there is the standfirst (see
    _run_on_standfirst). (An aggregator's intro under its date alone quotes the headline:
    "نعرض لكم زوارنا أهم وأحدث تفاصيل خبر HEADLINE …".)"""
    above = page.lines[index - 1]
    return index == header.title + 2 and bool(above.dates) and above.dates[0].start > 0 and \
        page.lines[header.title].text not in page.lines[index].text


MIN_TEASER_WORDS = 3  # "في تصريح لمراسلنا..": a phrase, no label


def _elided_teaser(line: Line) -> bool:
    """Whether a short line right under the headline is a wire's teaser, a phrase trailing
    off in two dots ("ضمن خطة لخفض الانبعاثات..", "في تصريح لمراسلنا..", "Ahead of the
    storm.."), as agencies' Arabic services print it: the standfirst, however short."""
    return line.words >= MIN_TEASER_WORDS and line.text.endswith("..")


def _no_standfirst(page: _Page, header: _Header, index: int, over_text: bool,
                   right_under: bool) -> bool:
    """Whether a line under the title that could be its standfirst is something else: a
    newsletter prompt (it sells), a photo's caption (its credit under it; a photographer's
    labelled credit under the line right under the headline credits the story's pictures,
    "تصوير: NAME", and the line is the standfirst: see _credit_of_another), a match's
    scorers (its result card's), a credit line (its writer's, for the site or not: see
    _own_outlet_credit; its presenter's or a guest's, after a bar too: "برنامج: NAME |
    تقديم: NAME", see Line.voice_credit), a clip's length and count of views (see
    _player_meta), a sponsor's line (see _carrier_line), another's labelled credit (a
    supervising editor's "إشراف: NAME", see _credit_of_another; a titled name after a place,
    "CITY: د. NAME", is a credit line), a show's listing (see _show_listing), a
    programme's airing schedule (see _airing_schedule), the lead
    photo's caption under the byline (one
    short sentence of a caption's words) or printed twice under the headline (see
    _photo_printed_twice), or the headline printed again with the site's
    name after a dash or a bar (see _title_with_site), or a writer's credit whose name was
    not read: a byline's shape ("حاوره: NAME | تصوير: NAME"), a titled name then the role
    (see _titled_name_then_role), a checker's or a reviewer's (see _REVIEW_CREDIT); or
    any line under a box of key points (see _points_over); or a caption closing on its
    picture's credit in brackets ("… (Photo courtesy of …)", "… (صورة أرشيفية)") or on its
    archive mark after a dash ("… - أرشيف", see _archive_tail); or a bulleted line over
    another ("• …" / "• …"): a list of points, no one standfirst."""
    line, lines = page.lines[index], page.lines
    return _promotion_or_note(line) or (_credited_below(lines, index) and not (
        right_under and index + 1 < len(lines) and _credit_of_another(lines[index + 1]))) or \
        _issuer_credit(line) or _result_card(lines, index) or _caption_opening(line) or \
        _in_card(lines, index) or line.credit_names is not None or line.voice_credit or \
        _dash_record(line) or _own_outlet_credit(lines, index) or \
        _player_meta(line) or _carrier_line(line) or _credit_of_another(line) or \
        (not right_under and (over_text or (index + 1 < len(lines) and lines[
            index + 1].byline_shaped)) and _caption_under_date(lines, index)) or \
        (over_text and _lead_caption(lines, index, header.text_end)) or \
        _title_with_site(line, lines[header.title]) or \
        (line.byline_shaped and not _sentence_about_writer(line)) or \
        _titled_name_then_role(line) or _show_listing(line) or _airing_schedule(line) or \
        _REVIEW_CREDIT.match(line.text) is not None or _points_over(page, header, index) or \
        _photo_printed_twice(lines, index) or \
        (line.text[-1] == ")" and _closing_picture_credit(line.text)) or \
        _archive_tail(line.text) or (
            line.text[0] in _BULLET_OPENINGS and index + 1 < len(lines) and
            bool(_BULLET.match(line.text) and _BULLET.match(lines[index + 1].text)))


# The labels of _AUTHOR that are nouns as well, a sentence's subject: "الكاتبة تستعيد …".
_WRITER_NOUN_LABELS = ("الكاتب ", "الكاتبة ", "المحرر ", "المحررة ")


def _sentence_about_writer(line: Line) -> bool:
    """Whether a line byline-shaped by its first word, a writer's noun (see
    _WRITER_NOUN_LABELS), is a sentence about the writer longer than any byline, with no
    label's colon: a standfirst ("الكاتب يروي سيرة عائلته بين القدس وبيروت في ستينيات القرن
    الماضي"), not "الكاتب: NAME"."""
    return line.words > MAX_BYLINE_WORDS and line.text.startswith(_WRITER_NOUN_LABELS) and \
        ":" not in line.text


# A picture's credit in brackets closing its caption, its first words: "(Photo courtesy of
# …)", "(File/AFP)", "(Image: …)", "(صورة: …)", "(تصوير: …)", "(أرشيفية)" (folded keys).
_BRACKETED_PICTURE_CREDIT = re.compile(r"(?:photos?|images?|pictures?|file|courtesy|credit|"
                                       r"صوره|الصوره|صور|تصوير|ارشيفيه|ارشيف|بعدسه)\b")


def _closing_picture_credit(text: str) -> bool:
    """Whether the line closes on a picture's credit in brackets (see
    _BRACKETED_PICTURE_CREDIT): a caption's, never a standfirst's."""
    return bool(_BRACKETED_PICTURE_CREDIT.match(_key(text[text.rfind("(") + 1:])))


def _bracketed_caption(line: Line) -> bool:
    """Whether the line is a caption in brackets whole, its picture's label and a colon
    opening it ("(الصورة: عبوتان …)", "(Photo: volunteers fill …)", see
    _closing_picture_credit), however long: no paragraph of the text."""
    return line.text[0] == "(" and ":" in line.text[:CAPTION_LABEL_CHARS] and \
        _closing_picture_credit(line.text)


def _points_over(page: _Page, header: _Header, index: int) -> bool:
    """Whether a box of key points stands between the title and the line (its lines left
    as a standfirst's, and none taken: see _read_header): the box summarises the story in
    the standfirst's place, and a line under it is the photo's caption."""
    return "standfirst" not in header.values and any(
        page.reasons.get(j) == "standfirst" for j in range(header.title + 1, index))


# A show's time in its listing ("4.45pm", "19:30", "8 مساءً") and the last day of its run
# ("until 31 August", "حتى 30 أبريل"), each a part of the line between commas.
_SHOW_TIME = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?|مساء[ًا]?|صباحا|صباحًا|م|ص)?",
                        re.IGNORECASE)
_RUN_UNTIL = re.compile(r"(?:runs?\s+)?(?:until|till|to|through|حتى|لغاية)\s+\S", re.IGNORECASE)


def _show_listing(line: Line) -> bool:
    """Whether the line is a review's listing of the show: parts between commas, one its
    time alone, one the last day of its run ("Venue (Venue 12), 7.30pm, until 30 August",
    "مسرح المدينة، 8 مساءً، حتى 30 أبريل"), the venue's the rest; never a standfirst."""
    if line.words > MAX_BYLINE_WORDS or not _DIGIT.search(line.text):
        return False  # (a quick test: most lines are longer or hold no digit)
    parts = [part.strip() for part in re.split(r"[،,]", line.text)]
    return len(parts) >= 3 and any(_SHOW_TIME.fullmatch(part) for part in parts) and \
        any(_RUN_UNTIL.match(part) for part in parts)


# A programme's airing schedule under its episode's headline, on a line's key: the verb,
# then its recurrence ("يعرض كل ثلاثاء الساعة 8:00 مساءً", "Airs every Sunday at 9pm").
_AIRING_SCHEDULE = re.compile(r"(?:يعرض|تعرض|يبث|تبث|airs|broadcasts|is shown)(?: البرنامج)? "
                              r"(?:كل|every|يوميا|daily|weekly|اسبوعيا)\b")
_AIRING_VERBS = ("يعرض", "تعرض", "يبث", "تبث", "airs", "broadcasts", "is shown")


def _airing_schedule(line: Line) -> bool:
    """Whether the line is a programme's airing schedule (see _AIRING_SCHEDULE): a short
    line under an episode's headline saying when the show airs, never a standfirst."""
    return line.words <= MAX_BYLINE_WORDS and line.key.startswith(_AIRING_VERBS) and \
        _AIRING_SCHEDULE.match(line.key) is not None


def _titled_name_then_role(line: Line) -> bool:
    """Whether the line is a titled name, a dash and the writer's role ("د. NAME - أكاديمي
    وباحث في …", "Dr NAME – consultant …"), or a comma between them after a label of a
    few words ("تجيب عنها: الدكتورة NAME، أخصائية …", "Answered by: Dr NAME, consultant
    …", an advice column's expert): the writer's credit, even when its name is not read
    for the byline, never a standfirst."""
    if line.words > MAX_BYLINE_WORDS:
        return False
    text = line.text
    label = _LABEL.match(text) if ":" in text[:LABEL_HEAD_CHARS] else None
    if label and len(label.group(1).split()) <= MAX_LABEL_WORDS:
        text = text[label.end():].lstrip()
    if not _HONORIFIC.match(text):
        return False
    bare = _without_title(text)
    name, dash, role = _PLACE_DASH.partition(bare)
    if not dash and label:
        name, dash, role = bare.partition("،" if "،" in bare else ",")
    role = _key(role)
    return bool(dash) and _name_shaped(name) and len(name.split()) <= MAX_SIGNATURE_WORDS and (
        bool(_BIO_ROLE_AR.match(role) or _BIO_ROLE.match(role) or _NO_PERSON_PATTERN.match(role)))


# A part of a video's or a podcast's meta line: its length ("01:52", "1:04:10") or its count
# of views or plays ("12.4 ألف مشاهدة", "3.2K views", "850 plays").
_PLAYER_PART = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}|\d[\d.,]*\s*(?:ألف|مليون|[kKmM])?\s*(?:"
                          r"مشاهدة|مشاهدات|مشاهده|استماع|views?|plays?|listens?|watching)")
_PLAYER_MARKS = re.compile(r"\s*[|·•]\s*")


def _player_meta(line: Line) -> bool:
    """Whether the line is a player's meta line alone: a clip's length and its count of
    views, parts joined by a bar or a dot ("01:52 | 12.4 ألف مشاهدة", "3.2K views · 4:05"),
    never a standfirst."""
    text = textnorm.to_ascii_digits(line.text) if line.text[:1].isdigit() else ""
    parts = _PLAYER_MARKS.split(text) if text else ()
    return len(parts) >= 2 and all(_PLAYER_PART.fullmatch(part) for part in parts)


def _view_count(line: Line) -> bool:
    """Whether the line is a count of views or plays alone ("12.4K مشاهدة", "3,204 views"):
    an embedded clip's or channel post's counter under it, never text (a clip's length
    alone, "02:14", ends with its digit: not read here)."""
    return line.words <= MAX_LABEL_WORDS and line.text[:1].isdigit() and \
        not line.text[-1].isdigit() and _PLAYER_PART.fullmatch(line.text) is not None


# A blog theme's leaked image meta after the headline: the picture's width and height, then
# the user who posted it or nothing ("HEADLINE 150 150 admin").
_IMAGE_META_TAIL = re.compile(r"\s+\d{2,4}\s\d{2,4}(?:\s[^\W\d]\w{0,19})?")


def _title_with_site(line: Line, title: Line) -> bool:
    """Whether the line is the headline (or its opening words, four at least) and a site's
    name after a dash or a bar, as a browser's title prints it ("HEADLINE - Outlet"), or
    the whole headline and a theme's image meta after it (see _IMAGE_META_TAIL)."""
    if line.text.startswith(title.text) and \
            _IMAGE_META_TAIL.fullmatch(line.text, len(title.text)):
        return True
    head, mark, _ = line.text.rpartition(" | " if " | " in line.text else " - ")
    return bool(mark) and len(head.split()) >= 4 and title.key.startswith(_key(head))


def _promotion_or_note(line: Line) -> bool:
    """Whether a line under the title is the site's promotion (see _promotion) or the desk's
    note under its label ("ملاحظة المحرر: …", "Editor's note: …") or a briefing's note on
    whose words it sums up (see _BRIEFING_NOTE): never a standfirst."""
    return line.text.startswith(_NOTE_LABELS) or _promotion(line) or \
        _translation_note(line) or _BRIEFING_NOTE.match(line.text) is not None


def _field_or_editor(page: _Page, header: _Header, index: int) -> bool | None:
    """A line under the title that names no writer, read: an event's time under its label
    (see _timed_field), an editor's credit under an agency's (see _editor_under_agency), a
    field of a work's card ("Author: NAME", "Director: NAME", see _in_field_card). Returns
    whether the line under it may still be the first under the title (False after the
    editor's credit), or None when the line is none of these."""
    line = page.lines[index]
    if _timed_field(line):
        page.remove(index, "caption")  # an event's time and venue under the headline
        return True
    if _editor_under_agency(page, index):
        header.refuse("author", line, f"{line.text!r} is not taken as the author: an editor's "
                      "label beside a wire's or a reporter's credit (a dateline credit, a "
                      "source naming wires, a wire's dateline opening the text) names who "
                      "posted the story, not who wrote it")
        page.remove(index, "byline")
        return False
    if line.byline_shaped and _imprint_below(page.lines, index) is not None:
        header.refuse("author", line, f"{line.text!r} is not taken as the author: the credit "
                      "over a book's imprint (its translator's credit between or not) is the "
                      "reviewed book's card, naming the book's author")
        page.remove(index, "caption")
        return True
    if _in_field_card(page.lines, index) and not _script_credit(page.lines, index) and \
            not _reviewer_field(line):
        header.refuse("author", line, f"{line.text!r} is not taken as the author: the line "
                      "is a field of a card of labelled fields (a book's or a film's), naming "
                      "the work's author, not the article's")
        page.remove(index, "caption")
        return True
    return None


def _name_then_town_credit(page: _Page, header: _Header, index: int) -> bool:
    """"Hope Adaeze Okoro | Enugu" under the headline (see _name_then_town_by_case), its
    given name one that is a common word or an acronym (see given_names.word_name): the
    name before the bar is the writer's, when no byline was read. (A known given name is
    read by the credit reading; one of neither kind leaves null.) Returns whether read."""
    line = page.lines[index]
    name = line.text.partition(" | ")[0]
    reason = "author" not in header.values and given_names.word_name(name.split()[0]) and \
        _name_then_town_by_case(page.lines, index) and \
        header.author(line, name, index, "name_then_town")
    if reason:
        page.remove(index, reason)
    return bool(reason)


# (With "تحرير", editing: alone under the headline it credits the writer, "تحرير: NAME";
# under a dateline credit, the agency's or the reporter's, the desk that edited the item.)
# A director's label ("إخراج: NAME", "Director: NAME"): a crew's credit after the text.
_DIRECTOR_LABELS = frozenset(_key(label) for label in (
    "إخراج", "اخراج", "director", "directed by", "المخرج", "المخرجة"))
_EDITOR_LABELS = frozenset(("المحرر", "المحرره", "محرر", "محرره", "تحرير", "التحرير", "editor",
                            "حرر بواسطه"))  # ("حرر بواسطة: NAME": edited by)
# A dateline credit with a slash for its dash: "بغداد/ واع", "غزة / NAME" (see
# _editor_under_agency); a photo's credit in brackets, "(Emma Whitfield/MPB)".
_SLASH_CREDIT = re.compile(r"[^\W\d_][^/:：\d]{1,29}?\s?/\s?[^\W\d_][^/:：\d]{1,29}")


# A writer's label that says "wrote" ("كتبت: NAME", "Written by: NAME"), not "author".
_WROTE_LABELS = frozenset(_key(label) for label in (
    "كتب", "كتبت", "كتبه", "كتبها", "بقلم", "by", "written by", "words by", "story by"))


# A news writer's label, never a work's credit ("تأليف:", "Author:", "Director:" are):
# "كتبت: NAME", "Reviewed by: NAME" in a film's or a book's card credit the review.
_REVIEWER_LABELS = frozenset(_key(label) for label in (
    "كتب", "كتبت", "كتبه", "كتبها", "بقلم", "reviewed by", "review by", "reviewer", "الناقد",
    "الناقدة"))


def _reviewer_field(line: Line) -> bool:
    """Whether a card's field credits the review's writer with a news writer's label (see
    _REVIEWER_LABELS), not the work's author."""
    label = _LABEL.match(line.text)
    return label is not None and _key(label[1]) in _REVIEWER_LABELS


def _script_credit(lines: list[Line], index: int) -> bool:
    """Whether the line credits the text ("نص: NAME", "Words: NAME", "كتبت: NAME") in an
    episode's card that credits its voices on a line beside it ("تقديم: NAME و NAME",
    "Presented by: …"): the hosts read what the credited writer wrote for this page, the
    card is no book's (whose "Author:" names the work's)."""
    label = _LABEL.match(lines[index].text)
    return (_text_credit(lines[index]) or bool(label and _key(label[1]) in _WROTE_LABELS)) and any(
        lines[other].voice_credit for other in range(max(0, index - 2), index + 3)
        if other != index and other < len(lines))


def _editor_under_agency(page: _Page, index: int) -> bool:
    """Whether the line is an editor's credit ("المحرر: NAME", "Editor: NAME") under a
    dateline credit just above it ("نينوى - واع", "BEIRUT (Reuters) -", a place and a
    reporter) or a source's label ("المصدر: وكالات", "المصدر: شبكة …"), or over a wire's
    dateline, opening the text or alone on its line (see _wire_text_below): the agency or
    the reporter wrote the story, the editor posted it. (Alone under the headline, over the
    site's own text, the editor's label may credit the writer.)"""
    line = page.lines[index]
    label = _LABEL.match(line.text) if ":" in line.text[:LABEL_HEAD_CHARS] else None
    return label is not None and _key(label[1]) in _EDITOR_LABELS and (any(
        above.dateline_credit or _slash_credit(above) or _source_credit(above)
        for above in page.lines[max(0, index - 2):index]) or _wire_text_below(page.lines, index))


def _source_credit(line: Line) -> bool:
    """Whether the line credits a source alone under a source's label: wires ("المصدر:
    وكالات", "Source: Reuters", "المصدر: بترا") or a network or outlet ("المصدر: شبكة …")."""
    return line.words <= DATELINE_CREDIT_WORDS + 1 and _SOURCE_LABEL.match(line.text) is not None


def _wire_name(text: str) -> bool:
    """Whether the text names a wire alone (see _wire), a state agency's short name (see
    _CLOSING_WIRES) or a news agency ("وكالة …", "… News Agency")."""
    key = _key(text)
    return _wire(text) or key in _CLOSING_WIRES or (
        len(key.split()) <= DATELINE_CREDIT_WORDS + 1 and
        not _AGENCY_KEYS.isdisjoint(key.split()))


def _wire_text_below(lines: list[Line], index: int) -> bool:
    """Whether the first paragraph under the line, within the credit block, opens with a
    wire's dateline (see _wire_dateline), or a wire's dateline alone on its line stands
    over it ("القاهرة (أ ش أ)", "CAIRO (MENA)"), or opens with the site's own dateline,
    the place and in brackets the name the page's first line prints ("أربيل (OUTLET)-",
    "LEEDS (OUTLET) -"): the outlet credits its desk as an agency does."""
    below = next((line for line in lines[index + 1:index + CREDIT_BLOCK_LINES]
                  if line.prose or line.dateline_credit), None)
    if below is None:
        return False
    if _wire_dateline(below.text):
        return True
    bracket = _BRACKETED_WIRE.match(below.text[:OPENING_DATELINE_CHARS]) \
        if "(" in below.text[:OPENING_DATELINE_CHARS] else None
    return bracket is not None and _masthead(lines, 0) and _key(bracket[1]) == lines[0].key


# A dateline opening the text with its wire's credit: the place, then the wire in brackets
# ("ليما - (رويترز) -", "BEIRUT (Reuters) -"), or a slash between the place and the wire,
# either first ("بغداد/ واع:", "الرافدين نيوز/ بغداد-"), before the dash or colon; or the
# wire alone before its slash, the text run on after it ("آشتي نيوز/ أعلنت …").
_BRACKETED_WIRE = re.compile(r"^[^\W\d_][^()\-–—:/]{1,30}?\s*[\-–—]?\s*\(([^()]{2,25})\)")
_SLASHED_WIRE = re.compile(r"^([^\W\d_][^()\-–—:/]{1,30}?)\s*/\s*"
                           r"(?:([^()\-–—:/]{2,30}?)\s*[\-–—:])?")


def _wire_dateline(text: str) -> bool:
    """Whether the text opens with a wire's dateline (see _BRACKETED_WIRE, _SLASHED_WIRE):
    the bracket or one side of the slash names a wire or a news outlet (see _wire_name;
    "نيوز", "News" of an agency's site name)."""
    opening = text[:OPENING_DATELINE_CHARS]
    if "(" in opening and (bracket := _BRACKETED_WIRE.match(opening)):
        return _wire_name(bracket[1])
    slashed = _SLASHED_WIRE.match(opening) if "/" in opening else None
    return slashed is not None and any(
        _wire_name(part) or _ORGANISATION_PATTERN.search(_key(part)) is not None
        for part in slashed.groups() if part)


def _slash_credit(line: Line) -> bool:
    """Whether the line is a dateline credit with a slash (see _SLASH_CREDIT), each part
    of DATELINE_CREDIT_WORDS at most."""
    return "/" in line.text and line.words <= 2 * DATELINE_CREDIT_WORDS + 1 and \
        _SLASH_CREDIT.fullmatch(line.text) is not None and all(
            len(part.split()) <= DATELINE_CREDIT_WORDS for part in line.text.split("/"))


_SPACED_DASH = re.compile(r"\s[\-–—]\s")
RECORD_PART_WORDS = 4  # one field of a record of short parts joined by dashes


def _dash_record(line: Line) -> bool:
    """Whether the line is a record of three short parts or more joined by spaced dashes
    ("الجلسة الحادية والعشرون - دور الانعقاد الثالث - الفصل التشريعي السادس", "Round 4 -
    Group B - Matchday 2"): a sitting's or a fixture's reference, no standfirst (a
    standfirst says something in a clause)."""
    parts = _SPACED_DASH.split(line.text) if " - " in line.text or "– " in line.text or \
        "— " in line.text else ()
    return len(parts) >= 3 and all(len(part.split()) <= RECORD_PART_WORDS for part in parts)


def _run_on_standfirst(line: Line) -> bool:
    """Whether the line right under the headline is furniture only as a ticker's run of
    headlines with no mark (see Line.run_on): a standfirst of twenty words printed with no
    comma and no full stop reads the same. Right under the headline it is the standfirst
    (a ticker runs across the top of the page, over the menu). Headlines glued by their
    marks, a cue's line, a caption or a menu stay furniture."""
    return line.run_on and _furniture_reason(line) == "ticker" and not (
        line.foreign_script or line.glued_duplicate or line.gallery_caption or
        line.photo_credit or line.structured_data or line.server_notice or line.cue) and \
        not any(mark in line.text and glue.search(line.text) for mark, glue in _TICKER_GLUES)


def _caption_under_date(lines: list[Line], index: int) -> bool:
    """Whether the line between the headline's date line and the text is the lead photo's
    caption: a few words naming what the picture shows, no sentence ("آليات أمانة بغداد
    خلال العمل في منطقة الكرادة" under "2026-11-21 10:44 | المشاهدات: 1873"), a tool's line
    or two between the date and it or none ("Listen", "استمع", a share bar: furniture). A
    standfirst under the date is longer than that, or a sentence. Under a post's meta line
    and its tool line ("On DATE In News by NAME" / "Comments" / the caption / the byline),
    the featured photo's caption may run to a credited caption's length: a blog's
    standfirst stands over its meta line, not under its comments link."""
    line = lines[index]
    above = index - 1
    while above > max(0, index - 3) and lines[above].furniture and not lines[above].dates:
        above -= 1  # (the audio player's button or the share bar under the date)
    return bool(lines[above].dates) and line.words <= (
        DATE_CAPTION_WORDS if above == index - 1 else MAX_CAPTION_WORDS) and \
        ". " not in line.text and not _ends_sentence(line.text) and \
        not line.text.rstrip(_CLOSERS).endswith(_OPEN_ENDS)


def _name_in_credits(page: _Page, header: _Header, index: int, rule: str) -> bool:
    """A name alone on its line (see _bare_name) further down the lines between the title
    and the text, under a label ("Contributor"), a video's duration ("فيديو | 02:14") or a
    standfirst: the writer's credit, whatever stands beside it, unless the headline or the
    text names that person (a portrait's caption names its subject) other than in a bio
    opening with the name (``rule`` "name_in_bio"). Returns whether it was read. (The
    first line under the title is read as a byline anyway.)"""
    line = page.lines[index]
    if rule not in ("line_under_title", "name_in_bio") or "author" in header.values or \
            not _bare_name(line):
        return False
    if rule == "name_in_bio" and (reason := header.author(line, line.text, index, rule)):
        page.remove(index, reason)
    elif rule == "line_under_title":
        _take_bare_name(page, header, index, header.text_end, "name_in_credits")
    return "author" in header.values


def _clause_question(text: str) -> bool:
    """Whether the line is a question whose clauses a comma parts ("In every camp I
    visited, one question came back: how long?"), or one that a clause of more words than
    a name's reports before a colon ("تلقت الدار سؤالا من أحد المتابعين يقول فيه: هل
    يجوز …؟"): a sentence of a column's text, as its opening or its close; a headline's or
    a hook's question is one clause."""
    if not text.endswith(_QUESTION_MARKS):
        return False
    head, colon, _ = text.partition(": ")
    return _CLAUSE_BREAK.search(text) is not None or (
        bool(colon) and head.count(" ") >= MAX_NAME_WORDS)  # (more words than a name's)


# A dek's closing sentence pointing to the story under it, on its casefolded text ("Here
# is what replaced them, and …", "Here's why it matters", "إليكم ما نعرفه").
_SIGNPOST = re.compile(r"(?:here is|here's|here’s) (?:what|why|how) |(?:إليكم|إليك) (?:ما|كيف|"
                       r"لماذا|أبرز) ")


def _signpost_dek(line: Line) -> bool:
    """Whether the line is a dek of two sentences whose second points to the story under
    it (see _SIGNPOST: "The state buyer has skipped three tenders since February. Here is
    what replaced them."): the standfirst, under the byline as over it; a paragraph of the
    text tells, it does not point."""
    return line.words <= MAX_HEADLINE_WORDS and line.text.count(". ") == 1 and \
        _SIGNPOST.match(line.text.partition(". ")[2].casefold()) is not None


def _dek_under_credits(lines: list[Line], index: int, last: int) -> bool:
    """Whether the run's line, under the byline or the date and over the text, is a dek
    pointing to the story (see _signpost_dek), or one with no mark closing it, no longer
    than a headline (a paragraph's sentence ends): the header's standfirst, not the text.
    The writer's name over the role (see _role_below) closes the credits as a byline does
    ("NAME" / "Senior Fellow" / dek). A share bar may stand between the dek and the text
    ("NAME , Tuesday 3 Mar 2026" / dek / "Share/Bookmark" / the text)."""
    below = index + 1
    if below < last and lines[below].cue == "share":
        below += 1  # (the share bar between the dek and the text: "Share/Bookmark")
    if not (0 < index < last and lines[below].prose and (
            lines[index - 1].byline_shaped or bool(lines[index - 1].dates) or (
                index > 1 and _bare_name(lines[index - 2]) and _role_below(lines, index - 2)))):
        return False
    line = lines[index]
    return _signpost_dek(line) or (
        line.words <= MAX_HEADLINE_WORDS and ". " not in line.text and
        line.text.rstrip(_NOTE_TAIL)[-1:] not in _SENTENCE_ENDS)


# What may follow a sentence's last mark: closing quotes and brackets, a footnote's number
# ("….[1]", "….(1)", "….2").
_NOTE_TAIL = _CLOSERS + "([0123456789"


def _standfirst_after_credits(lines: list[Line], header: _Header, index: int,
                              over_text: bool) -> bool:
    """Whether a standfirst may stand here, under the byline and the date rather than right
    under the headline: a line longer than a caption (more than MAX_CAPTION_WORDS words)
    with no full stop, right over the text, once the writer has been read above it; or,
    headline-shaped and of a standfirst's length, under the writer's name alone right
    under the headline, no date between (a magazine's "TITLE" / "د. NAME" / standfirst).
    (A caption there ends its sentence before the picture's credit: "… cancelled. PHOTO
    FROM MIAA"; a caption stands under the date.) A question whose clauses a comma parts
    (see _clause_question) is the text's opening sentence there, as a column opens: a
    standfirst's question is a short hook. A dek whose second sentence points to the
    story (see _signpost_dek) is one there, full stops and all. So is a dek set as one
    bullet point ("• Plastics account for nearly half of exports"), of a standfirst's length
    with no full stop, over the lead photo's caption too: a summary's points are two or
    more. So is a video page's dek over its player (see _over_player), longer than a
    caption, full stops and all."""
    line = lines[index]
    if over_text and "author" in header.values and _signpost_dek(line):
        return True
    if line.bullet and "author" in header.values and line.words >= MIN_STANDFIRST_WORDS and \
            ". " not in line.text and not _ends_sentence(line.text) and \
            not lines[index - 1].bullet and \
            not (index + 1 < len(lines) and lines[index + 1].bullet):
        return True
    if "author" in header.values and line.words > MAX_CAPTION_WORDS and \
            _over_player(lines, index):
        return True  # a video page's dek over its player, full stops and all
    if not over_text or "author" not in header.values or ". " in line.text or \
            _ends_sentence(line.text) or _clause_question(line.text):
        return False
    return line.words > MAX_CAPTION_WORDS or (
        line.headline_shaped and line.words >= MIN_STANDFIRST_WORDS and
        "published" not in header.values
        and header.evidence["author"][0] == index - 1 == header.title + 1)


def _in_card(lines: list[Line], index: int) -> bool:
    """Whether the line belongs to a card of labelled fields under the title, not the
    article's standfirst: it opens one, a short label, a colon and its text ("الادعاء: …",
    "Claim: …") over a card's short field ("الحكم: زائف", "Verdict: False"), as a fact check
    prints the claim it checks and its verdict; or it closes one with a date and no label,
    right under a field of a work's card (see _in_field_card), as a show's card prints its
    run ("Until 25 October, Thursdays to Saturdays" under "Cast: NAME, NAME"). A standfirst
    quoting its unnamed source ("مسؤولون غربيون: …", "Officials: …") over a city credit
    ("CITY: NAME") opens no card: a card's label names no speaker, nor does a speaker's
    role before words longer than a name ("وزير الإعلام: لن نوقع على …", "Transport minister:
    …"; a work's card prints "Director: NAME")."""
    label = _LABEL.match(lines[index].text)
    if label is None:
        return index > 0 and bool(_DIGIT.search(lines[index].text)) and \
            _in_field_card(lines, index - 1) and dates.holds_month_day(lines[index].text)
    label_words = len(label[1].split())
    if lines[index].words - label_words > MAX_NAME_WORDS and \
            _SPEAKER_ROLE.search(_key(label[1])) is not None:
        return False
    return label_words <= 2 and index + 1 < len(lines) and \
        _short_field(lines[index + 1]) and not lines[index + 1].byline_shaped and \
        not _REPORTING_VERB.match(lines[index].key)


def _authors_block(page: _Page, header: _Header, label: int) -> None:
    """The writers listed under an "Authors" label, each name on its line, a role line
    under each ("Leila Farouk" / "Senior Fellow, Middle East Program" / "Daniel Ortiz" /
    "Research Associate"): the names, joined as one byline joins them."""
    names, first = [], None
    for index in range(label + 1, min(len(page.lines), label + 1 + CREDIT_BLOCK_LINES)):
        line = page.lines[index]
        if line.dates or line.prose or line.furniture:
            break
        if _NO_PERSON_PATTERN.search(line.key) or _BIO_ROLE.search(line.key):
            page.remove(index, "byline")  # the role of the name above it
            continue
        name = _byline(line.text)
        if name is None or _not_a_person(name, line):
            break
        names.append(_without_title(name))  # (its title aside: "Dr NAME" / role / NAME)
        first = index if first is None else first
        page.remove(index, "byline")
    if names:
        header.take("author", _joined_names(names), first, "authors_block")


def _joined_names(names: list[str]) -> str:
    """Writers' names credited on lines of their own, joined as one byline joins them: in
    Arabic "و" attached to the next name, as the language writes it ("A وB"); in English
    "A and B", "A, B and C". (The page prints no joiner there: this is the one form.)"""
    if textnorm.ARABIC_LETTER.search(names[0]):
        return " و".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def _from_credit(page: _Page, header: _Header, index: int) -> bool:
    """"من NAME" under the line of the city the report was filed from ("جدة" / "من سلمان
    الحربي"), as Saudi dailies print it: "من" ("from") credits the reporter, and is no
    preposition of a caption there. The city is one or two words of letters alone on its
    line, right under the headline or its date; the name needs a known given name. Right
    under the headline, an agency's Arabic service credits its writers so ("من NAME
    وNAME", over its date): two names or more, each opening with a known given name (see
    _listed_names; one name alone there may open a caption). Returns whether it was read."""
    line = page.lines[index]
    if "author" in header.values or not line.text.startswith("من ") or index <= header.title:
        return False
    name = line.text[3:].strip()
    if index - 1 == header.title:
        reason = header.author(line, name, index, "from_credit") if \
            len(_names(name)) >= 2 and _listed_names(name) else None
        if reason:
            page.remove(index, reason)
        return bool(reason)
    city = page.lines[index - 1]
    if city.words > 2 or city.dates or city.furniture or _DIGIT.search(city.text) or \
            not _name_alone(name):
        return False
    reason = header.author(line, name, index, "name_under_city")
    if reason:
        page.remove(index, reason)
        page.remove(index - 1, "dateline")  # the city filed from
    return bool(reason)


def _name_in_post_meta(lines: list[Line], index: int, title: int) -> bool:
    """Whether the bare line stands in a post's meta row under the headline, between the
    post's date and its comments count ("مارس 19, 2026" / NAME / "2 تعليقات"), where
    WordPress themes print the author's name; the line has a name's shape. A category
    printed there is the menu's: a line printed above the headline too is no name."""
    if index + 1 >= len(lines) or index - 1 <= title:
        return False
    date, line, count = lines[index - 1], lines[index], lines[index + 1]
    return date.date_stamp and count.cue == "comments" and count.words <= MAX_LABEL_WORDS \
        and bool(_DIGIT.search(count.text)) and _name_shaped(line.text) and \
        not line.key.startswith("ال") and all(other.key != line.key for other in lines[:title])


def _second_city_credit(page: _Page, header: _Header, index: int) -> bool:
    """A second reporter's city credit right under the first ("الرياض: NAME" over "لندن:
    NAME"), or a second writer's name and role right under the first's ("NAME - أستاذة
    …" over "NAME - باحث …", "NAME, Senior Correspondent" over "NAME, Staff Writer"), or
    a second name alone two lines under the first, each over its town (see
    _names_over_towns): both names are the author, joined; returns whether it was read."""
    taken = header.evidence.get("author")
    if taken is None or (taken[0] != index - 1 and not (
            taken[0] == index - 2 and taken[1] == "line_under_title" and
            _names_over_towns(page.lines, index))):
        return False
    if taken[0] == index - 1 and not (
            (_name_then_role(page.lines[index]) and not page.lines[index].dates)
            if taken[1] == "name_then_role" else
            (_city_credit(page.lines, index - 1) and _city_credit(page.lines, index))):
        return False  # (two lines under the first: the names over towns, asked above)
    name = _byline(page.lines[index].text, header.masthead)
    if name is None or _not_a_person(name, page.lines[index]):
        return False
    header.take("author", _joined_names([header.values["author"], name]), taken[0],
                "city_credits")
    if taken[0] == index - 2:
        page.reasons[index - 1] = "dateline"  # (the first's town filed from, whatever it
        # was read as before the second name was: a caption)
    page.remove(index, "byline")
    return True


def _names_over_towns(lines: list[Line], index: int) -> bool:
    """Whether the line is a name alone two lines under the first writer's, each name over
    a line of one or two words of letters, no name (the town each filed from: "NAME" /
    "أبشة" / "NAME" / "أنجمينا", "NAME" / "Kisumu" / "NAME" / "Eldoret")."""
    return index + 1 < len(lines) and _bare_name(lines[index]) and \
        _bare_name(lines[index - 2]) and all(
            lines[j].words <= 2 and not lines[j].dates and not lines[j].furniture and
            not _bare_name(lines[j]) and all(map(_NAME_WORD.fullmatch, lines[j].text.split()))
            for j in (index - 1, index + 1))


def _removed(line: Line, reason: str, notes: dict[int, str]) -> dict:
    """The audit record of a removed line; a note when it was a candidate not taken."""
    record = {"line": line.number, "text": line.text, "reason": reason}
    if line.number in notes:
        record["note"] = notes[line.number]
    return record


def _header_values(header: _Header) -> dict:
    """The header's values, null ones with the note saying which candidate was refused."""
    values = dict(header.values)
    values.setdefault("author", None)
    values.setdefault("standfirst", None)
    updated = values.get("updated")
    if "published" not in values:
        values["published"] = dates.empty(header.notes.get("published") or (
            f"the page prints only an update date ({updated['original']}), no publication "
            "date" if updated else "the page prints no publication date near its title"))
    values.setdefault("updated", dates.empty("the page prints no update date"))
    published, updated = values["published"], values["updated"]
    if published["date"] and updated["date"] and published["precision"] == "day" == \
            updated["precision"] and published["date"] > updated["date"]:
        # (a numeric date read day first that an American page wrote month first, …)
        values["published"] = dates.empty(
            f"the date read for the publication ({published['original']}) is later than the "
            f"update's ({updated['original']}): one of them is misread")
    return values


# One part of a tally, its label and its figure ("الموافقون: 98", "Against: 9").
_TALLY_PART = re.compile(r"\s*[^|:：\d]{1,30}[:：]\s*[\d\u0660-\u0669][\d\u0660-\u0669,.%٫]*\s*")


def _tally(text: str) -> bool:
    """Whether the line is a tally of labelled figures between bars ("Present: 112 | For:
    98 | Against: 9"): the text's record of a count, no breadcrumb."""
    return (":" in text or "：" in text) and \
        all(_TALLY_PART.fullmatch(part) for part in text.split("|"))


def _furniture_reason(line: Line) -> str | None:
    if line.boilerplate:
        return "repeated_boilerplate"
    if line.ticker:
        return "ticker"
    if line.foreign_script:
        return "foreign_script"
    if line.mark_or_persian_letter and line.breadcrumb:  # (its first test, made: see furniture)
        return "breadcrumb"
    if line.glued_duplicate:
        return "menu"
    if line.gallery_caption or line.photo_credit:
        return "caption"
    if line.structured_data:
        return "widget"
    return line.cue


def _outlet_from_page(lines: list[Line], title: int, author: str | None) -> str | None:
    """The outlet as the page names itself: a site-title line, a glued site name, an agency."""
    for line in lines[:title]:
        if line.glued_duplicate:
            return line.text[: len(line.text) // 2].strip()
        parts = re.split(r"\s[|]\s", line.text)
        if line.dates:
            continue  # "Tuesday, 5 March 2024 | 11:42" is a clock, not "Site | Slogan"
        if len(parts) == 2 and all(1 <= len(p.split()) <= 6 for p in parts) and \
                not _language_switch(line):  # ("FR | ع": a switch, no "Site | Slogan")
            return parts[0].strip()
    if author and _ORGANISATION_PATTERN.search(_key(author)):
        return author
    return None


# A fact box's line between paragraphs: a label, a colon, a figure and its unit ("متوسط
# سعر البيع: 1,150 دينار", "Length: 42 km", "Cost: TSh 96 billion"): data, no heading
# of the text.
_FACT_BOX_FIGURE = re.compile(r"[^\d:：]{2,60}[:：]\s*(?:[$€£]|[^\W\d_]{1,4}\s)?\d[\d,.٬]*%?"
                              r"(?:\s+[^\W\d_]+){0,2}$")
# A box's opening hours between paragraphs, on a line's key: "يوميًا عدا الثلاثاء من 9 صباحًا
# حتى 7 مساءً", "Open daily from 10am to 6pm": the days, then from one hour to another.
_OPENING_HOURS = re.compile(r"\b(?:يوميا|daily|every day)\b.{0,30}\b(?:من|from) \d{1,2}"
                            r"(?: \d{2})?\s?\S* (?:حتي|الي|to|until) \d{1,2}")


# A caption saying how its picture shows a thing ("واجهة المنصة كما تظهر على الحاسوب",
# "The new bridge, pictured from the north bank"): no heading of the text.
# "Follow The Coastal Chronicle channel on WhatsApp", "تابعوا الموقع على تيليغرام": the
# site's call to follow it on a network, between paragraphs, is no subheading of the text.
# A box sending the reader to another site between paragraphs: "Check the latest supply
# updates for your area on the utility's website", "Visit our app" (a call, no sentence).
# The site's prompt to scroll to an embed or to the rest of the page, on a line's key
# ("Scroll down for video", "Scroll to continue reading", "مرر إلى الأسفل لمشاهدة الفيديو").
_SCROLL_PROMPT = re.compile(r"(?:scroll|swipe)(?: down| up)? (?:for|to) \S+"
                            r"|(?:مرر|اسحب)(?: الي)? (?:للاسفل|الاسفل|لاسفل) \S+")
# So is its call to sign up for its alerts ("Get breaking news alerts from OUTLET",
# "احصل على تنبيهات الأخبار العاجلة من OUTLET", "فعّل الإشعارات").
_SITE_CALL = re.compile(r"(?:check|visit|see|find|go to|head to|click|tap) .*\b(?:website|site|"
                        r"page|app|here)$|(?:get|receive|turn on|sign up for) (?:\S+ ){0,2}?"
                        r"(?:alerts|notifications)\b|(?:احصل علي|فعل|فعلوا|اشترك في) (?:خدمه )?"
                        r"(?:ال)?(?:تنبيهات|اشعارات)\b")
# A box giving a number to call, the number closing it: "للإبلاغ عن … اتصل بالرقم المجاني
# 9090", "To report a leak, call the free hotline 0800 123".
_NUMBER_CALL = re.compile(r"\b(?:اتصل|اتصلوا|call)\s(?:\S+\s){0,3}[\d ]{3,}$"
                          # or a hotline's number after its name: "Need help? … hotline:
                          # 033 846 8000", "الخط الساخن للطوارئ: 1070"
                          r"|\b(?:hotline|helpline|الخط الساخن|خط المساعده)\s(?:\S+\s){0,2}"
                          r"[\d ]{3,}$"
                          # or a word to text to a short number: "أرسل كلمة وقف إلى 4455 …"
                          r"|\b(?:ارسل|ارسلوا|text|sms)\s(?:\S+\s){0,3}(?:الي|الى|to)\s\d{3,6}\b")
_FOLLOW_VERB = _phrases(["follow", "join", "تابعوا", "تابعونا", "تابع", "تابعي", "انضم", "انضموا"])


# A market's quote: a name, its price, then its signed change in percent ("Brent crude
# $78.92 +1.1%", "FTSE 100 9,284.61 -0.8%", "برنت 78.92 دولار ▲ 1.1%"): a ticker's line, never
# a headline (a headline's rise is a verb's: "Shares jump 5%").
_MARKET_QUOTE = re.compile(r"\d[\d,.]*\s*[^\s\d]{0,6}\s+[+\-−▲▼]\s?\d+(?:[.,]\d+)?\s?%$")


def _market_quote(line: Line) -> bool:
    """Whether the line is a market's quote (see _MARKET_QUOTE), eight words at most."""
    return line.words <= 8 and _MARKET_QUOTE.search(line.text) is not None


# A button to follow one writer, with its plus or not: "+Get alerts for NAME", "Follow
# NAME", "تابع NAME": the byline's tool, never a headline nor a standfirst.
_FOLLOW_WRITER = re.compile(r"^\+?\s*(?:get (?:email )?alerts (?:for|from)|follow|تابع|تابعي)"
                            r"\s+(?P<name>.+)$", re.IGNORECASE)
_FOLLOW_WRITER_OPENINGS = ("+", "get ", "follow ", "تابع ", "تابعي ")


def _follow_writer(line: Line) -> bool:
    """Whether the line is a button to follow one writer (see _FOLLOW_WRITER): the call,
    then a name that opens with a given name (given_names.opens_name) and nothing else."""
    if line.words > MAX_SIGNATURE_WORDS + 4 or \
            not line.text.casefold().startswith(_FOLLOW_WRITER_OPENINGS):
        return False  # (a quick test: most lines are longer or open otherwise)
    match = _FOLLOW_WRITER.match(line.text)
    name = match.group("name").strip() if match else ""
    return _name_shaped(name) and given_names.opens_name(name.split())


def _follow_prompt(line: Line) -> bool:
    """Whether the line opens with a call to follow or join and names a social network,
    or opens with "follow us" ("تابعونا على تطبيق …": only the site asks to be followed)."""
    return bool(_FOLLOW_VERB.match(line.key)) and (
        bool(_SOCIAL_PATTERN.search(line.key)) or line.key.startswith(_FOLLOW_US)
        or bool(_NEWS_APPS.search(line.key)))


_FOLLOW_US = ("تابعونا ", "follow us ")
# A news app a site asks to be followed on, no social network ("Follow OUTLET on Google
# News", "تابعوا OUTLET على أخبار جوجل").
_NEWS_APPS = _phrases(["google news", "apple news", "أخبار جوجل", "أخبار غوغل", "جوجل نيوز",
                       "غوغل نيوز"])
_FOLLOW_HINTS = ("ollow", "تابعو", "oin us")  # (a quick test for a closing call to follow)
_FOLLOW_BY_SCRIPT = _by_script(_FOLLOW_HINTS)


# A picture's caption names who is in it, a plural of people (a sound plural of six
# letters or more, no article), then where they are or what they do: "متطوعون يعملون على
# طلاء فصل", "مشاركون في ورشة تدريب" (a subheading names a topic: "تحديات التسويق").
# The plural may stand before whom they belong to, its nun dropped: "فنيو الوزارة خلال
# أعمال صيانة", "موظفو البلدية في …" (not a verb's "يبدو", nor a loanword's "فيديو").
_PEOPLE_CAPTION = re.compile(r"^(?!ال)(?:[^\W\d_]{4,}ون|(?![يت]|(?:فيديو|راديو|سيناريو|"
                             r"ستوديو|استوديو)\s)[^\W\d_]{3,}و\s+ال[^\W\d_]+)\s+(?:(?:في|"
                             r"على|أمام|خلال|أثناء|داخل|قرب|عند|لدى|مع|قبل|بعد)\s|ي[^\W\d_]+ون(?:\s|$))"
                             # (a plural of five letters, then its verb, marked or not:
                             # "فنيون يركّبون عدادات …")
                             r"|^(?!ال)[^\W\d_]{3}ون\s+ي(?:[^\W\d_]|[\u064b-\u0652])+ون(?:\s|$)")
# Or it names who or what is in it, then "during" the event it shows: "آليات البلدية خلال
# المباشرة بأعمال التأهيل", "محافظ المنيا خلال افتتاح الكوبري", a title before the name
# ("الدكتورة NAME خلال لقائها …", read without the title: see _TITLES) (a subheading's
# "during" names a period: "الإيرادات خلال الربع الأول"); or who, then in their own place
# of work, as a portrait shows them: "القحطاني في مرسمه بحي …", "الحرفي في ورشته", "Nasser
# Qahtani in his studio in Abha" (a subheading names no one's studio).
_DURING_CAPTION = re.compile(r"^(?!ال)[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s(?:خلال|أثناء)\s(?!(?:ال)?"
                             r"(?:عام|أعوام|سنة|سنوات|أشهر|شهر|أسبوع|أسابيع|أيام|يوم|ربع|فترة|"
                             r"موسم)(?:\s|$))"
                             r"|^[^\W\d_]+(?:\s[^\W\d_]+){0,2}\sفي\s(?:مرسم|ورشت|مكتب|منزل|بيت|"
                             r"محل|متجر|دكان|عيادت|مختبر|معمل|مشغل|مزرعت|مطبخ|استوديو)(?:ه|ها|هم)"
                             r"(?:\s|$)|^(?:[A-Z][\w'’.-]*\s){1,3}(?:in|at) (?:his|her|their) "
                             r"(?:studio|workshop|office|home|shop|clinic|lab|laboratory|kitchen|"
                             r"farm|garage|study)\b"
                             # or the building it shows, no verb: "مقر بورصة قطر في الدوحة",
                             # "مبنى البنك المركزي", "The headquarters of the bourse in Doha"
                             r"|^(?:مقر|مبنى|مبني|واجهة|مدخل)\s(?:ال)?[^\W\d_]+(?:\s[^\W\d_]+){0,5}$"
                             r"|^(?i:the )?(?i:headquarters|head office|offices|building|entrance|"
                             r"facade|façade) of (?:the )?[A-Z]")


def _during_caption(text: str) -> bool:
    """Whether the line is a picture's caption naming who is in it, then "during" the event
    it shows, a title before the name or none (see _DURING_CAPTION): "الروائية NAME خلال
    الأمسية"."""
    return _DURING_CAPTION.match(_TITLES.sub("", text, count=1)) is not None


# Verbs a lead holds and a picture's caption, a noun's phrase, does not.
_FINITE_VERB = _phrases(["is", "are", "was", "were", "has", "have", "had", "will", "would",
                         "can", "could", "did", "does", "said", "says", "say", "told"])
_SHOWN_AS = _phrases(["كما تظهر", "كما يظهر", "كما بدت", "كما بدا", "كما تبدو", "كما يبدو",
                      "pictured", "as seen from", "as seen on", "as it appears",
                      # (what the picture shows on display: "قطع فضية … معروضة في أحد محال
                      # السوق", "Hand-made rings on display at a stall in the souk")
                      "معروضة في", "معروض في", "معروضات في", "on display at", "on display in",
                      # (a screenshot's: "Screenshot of the post", "لقطة شاشة من المنشور")
                      "screenshot of", "screenshot from", "screengrab of", "screengrab from",
                      "لقطة شاشة", "لقطة الشاشة", "صورة شاشة"])
# The side of the picture a caption names in brackets, as one caption names two pictures set
# side by side ("The post (left) and the original (right)", "المتداولة (يمين) والأصلية (يسار)").
_PICTURE_SIDE = re.compile(r"\((?:left|right|above|below|top|bottom|يمين|يسار|اليمين|اليسار|"
                           r"على اليمين|على اليسار|أعلى|أسفل)\)", re.IGNORECASE)


def _picture_words(line: Line) -> bool:
    """Whether the short line says what a picture shows (see _SHOWN_AS: "… pictured …",
    "Screenshot of …") or, closing on a bracket, where each of two pictures side by side
    stands (see _PICTURE_SIDE), or closes on its source's label after a full stop ("EUR/USD
    4-hour chart with its levels. Source: NAME", "… الأسبوعي. المصدر: …"): a caption, no
    subheading."""
    stop = line.text.rfind(". ")
    return _SHOWN_AS.search(line.key) is not None or (
        line.text[-1] == ")" and _PICTURE_SIDE.search(line.text) is not None) or (
        stop > 0 and _SOURCE_LABEL.match(line.text, stop + 2) is not None)


def _caption_under_copyright(lines: list[Line], index: int) -> bool:
    """Whether the line is the short caption under a picture's copyright inside the text
    ("© المفوضية/ هاوكار محمد" / "سوزان تعمل على ماكينة الخياطة في الورشة."), or under a
    gallery's counter ("3 / 6" / "أطفال يساعدون أسرهم في نقل المحصول."), but for a
    numbered list's item under its heading, its picture's counter between them (see
    _numbered_slide); or under the note that the text goes on after the pictures (see
    _PICTURES_NOTE), no sentence."""
    above = lines[index - 1] if index else None
    return above is not None and lines[index].words <= MAX_CAPTION_WORDS and (
        (above.cue_words == "caption" and bool(_PICTURE_COPYRIGHT.match(above.text)))
        or (_gallery_counter(above) and not _numbered_slide(lines, index - 1))
        or (above.words <= MAX_CONTROL_WORDS + 2 and not lines[index].prose
            and _PICTURES_NOTE.match(above.key) is not None))


# A site's note that the text goes on under the pictures set in it ("تتمة الخبر بعد
# الصور", "Story continues after the photos"; folded keys): the lines under it are their
# captions, no subheading.
_PICTURES_NOTE = re.compile(r"(?:تتمه|باقي|بقيه) (?:ال)?(?:خبر|مقال|تقرير|موضوع) (?:بعد|اسفل|تحت) "
                            r"(?:ال)?(?:صور|صوره|فيديو)$|(?:the )?(?:story|article|text) "
                            r"continues (?:after|below) (?:the )?(?:photos?|pictures?|images?|"
                            r"gallery|video)$")


def _numbered_slide(lines: list[Line], counter: int) -> bool:
    """Whether the gallery's counter stands under a numbered list's heading of the same
    number ("2. The river walk" / "Picture 2 of 6", "٣- السوق القديم" / "صورة 3 من 6"): a list
    told in pictures, the item's text under its picture, no caption."""
    number = _NUMBER_OPENING.match(lines[counter - 1].text) if counter else None
    return number is not None and \
        textnorm.to_ascii_digits(number[1]) == _FIRST_NUMBER.search(
            textnorm.to_ascii_digits(lines[counter].text))[0]


CREDITED_CAPTION_WORDS = 30  # a caption of a sentence or two over its picture's credit


def _caption_over_credit(lines: list[Line], index: int, last: int) -> bool:
    """Whether the line is a picture's caption, a sentence or two, over the picture's
    credit under its label inside the text ("Pickers at work on the lower slopes." /
    "Credit...NAME for OUTLET"; see _PICTURE_CREDIT_LABEL), or over the photographer's
    name and the outlet after a slash, or the agency's and the name, on a line of its own,
    the text going on under it ("Herders guide buffalo … in March." / "NAME/OUTLET" or
    "NAME | OUTLET" / the next paragraph; see _SLASH_PICTURE_CREDIT: a closing credit names
    the writer), or over the picture's copyright ("© AGENCY/NAME", see _PICTURE_COPYRIGHT),
    a short sentence, unless a caption's sentence stands under the copyright (see
    _caption_under_copyright). A numbered list's item is none."""
    under = lines[index + 1].text if index < last else ""
    if lines[index].words > CREDITED_CAPTION_WORDS:
        return False
    if under[:1] in _PICTURE_CREDIT_OPENINGS and _PICTURE_CREDIT_LABEL.match(under):
        # (but for the last item of the text's numbered list, the item before it right over
        # it: "2. …" / "3. Collection deals with …" / "Image Credits: …")
        return not (index and _numbered_subheading(lines, index, index - 1, index - 1))
    if under[:1] == "©" and lines[index].words <= MAX_CAPTION_WORDS and \
            _PICTURE_COPYRIGHT.match(under) and _ends_sentence(lines[index].text) and not (
                index + 2 <= last and _ends_sentence(lines[index + 2].text)
                and _caption_under_copyright(lines, index + 2)):
        # "… at her workshop." / "© AGENCY/NAME" / a paragraph or a widget's label, no
        # caption's sentence under the credit
        return True
    return index + 1 < last and ("/" in under or "|" in under) and \
        lines[index + 1].words <= MAX_BYLINE_WORDS \
        and _ends_sentence(lines[index].text) and lines[index + 2].prose and \
        _SLASH_PICTURE_CREDIT.fullmatch(under) is not None and \
        not ("|" in under and _BIO_ROLE.search(_key(under.partition("|")[2])))  # (a writer's
    # role after the bar, "NAME | Staff Writer", signs the text: no picture's credit)


CAPTION_PHRASE_WORDS = 6  # an Arabic subheading names its part in five words at most
# A verb of the present, of "they" ("يتجولون", "يلعبون"), after a caption's first word, a noun
# with no article ("زوار", "أطفال"): what people in the picture do. A subheading names a
# topic with nouns, or its people with the article ("المستأجرون يبحثون عن بدائل").
_PRESENT_PLURAL = re.compile(r"ي[\u0621-\u064a]{3,}ون")


def _caption_in_chain(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether a short Arabic line between two paragraphs is a picture's caption: the
    paragraph under it goes on with "و" as the text's paragraphs do, and it breaks that
    chain with words of its own, no conjunction, comma, colon or quotation, under a
    paragraph that closed its sentence. Either a sentence of DATE_CAPTION_WORDS at most,
    both paragraphs a sentence's length twice its own at least ("ممرضات خلال التدريب على
    الأجهزة."), or no sentence, of CAPTION_PHRASE_WORDS or more: who or what is in the
    picture, where, what they do ("الزوار يتابعون دخول أشعة الشمس إلى …", "قوارب صيد
    راسية في مرفأ …"), or shorter, no article opening it, naming the town or the quarter
    where it is ("مخبز قديم في حي الميدان"). A subheading names a part of the text in a few
    words ("تحديات التسويق", "من المطبخ إلى السوق"). A widget's line between the paragraph
    and the caption (an ad's label, a newsletter's call, a gallery's label) breaks no chain:
    the paragraph over it is the one the caption stands under."""
    line = lines[index]
    if not first < index < last or line.words > MAX_CAPTION_WORDS or \
            not lines[index + 1].text.startswith("و"):
        return False
    above, below = lines[index - 1], lines[index + 1]
    if above.furniture and index - 2 >= first:
        above = lines[index - 2]  # (an ad's label, a newsletter's call, a gallery's label)
    if line.text[0] in "وف" or not textnorm.ARABIC_LETTER.match(line.text) or \
            re.search(r"[،,:«»\"“”؟?!]|\. ", line.text) or not (above.prose and below.prose) \
            or not _ends_sentence(above.text):  # (two sentences: a box's appeal)
        return False
    if line.text.endswith("."):
        return line.words <= DATE_CAPTION_WORDS and \
            min(above.words, below.words) >= 2 * line.words
    return line.words >= CAPTION_PHRASE_WORDS or (  # "زوار يتجولون بين …": who, doing what
        line.words >= 4 and not line.text.startswith("ال")
        and (bool(_PRESENT_PLURAL.fullmatch(line.text.split()[1]))
             # ("مخبز قديم في حي الميدان": what, in which place)
             or _PLACE_AFTER_IN.search(line.key) is not None))


# A place named after "في" in a caption ("… في بلدة …", "… في مخيم …"; folded keys).
_PLACE_AFTER_IN = re.compile(r" في (?:بلده|قريه|مدينه|مخيم|حي|منطقه|محافظه|ساحه|شارع|سوق|"
                             r"ميناء|مرفا) \S")


def _portrait_caption(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether a short line between two paragraphs is a portrait's caption: a person's name,
    a role word before it or none ("المحامي فيصل الرشيدي", "Dr Amal Nasser"), that the
    paragraph under it prints whole; or two or three role words before a name that a
    paragraph just above prints. A subheading names a part of the text, no person; a bare
    name under the paragraph naming it signs the text or stands over a notice."""
    line = lines[index]
    if not first < index < last or line.prose or line.words > MAX_SIGNATURE_WORDS + 2 or \
            not (lines[index - 1].prose and lines[index + 1].prose):
        return False
    words = line.text.split()
    if line.words <= MAX_SIGNATURE_WORDS and line.text in lines[index + 1].text and \
            (_name_alone(line.text) or _name_alone(" ".join(words[1:]))):
        return True
    # Two or three role words before the name ("الفنانة الراحلة NAME", "The late actor NAME"),
    # after a paragraph that names the person (a credit's "Reviewed by NAME" is over the bio).
    name = next((" ".join(words[k:]) for k in (2, 3) if len(words) - k >= 2
                 and _name_alone(" ".join(words[k:]))), None)
    return name is not None and not line.byline_shaped and any(
        name in lines[j].text for j in range(max(first, index - PULL_QUOTE_LINES), index))


# An embedded post's prompt ("View this post on Instagram") or label ("Embedded post from
# X", "منشور مضمن من منصة إكس", "تغريدة مدمجة"): the line under it is the post's caption or
# account, not a subheading of the text; the label is no headline.
_EMBED_PROMPT = re.compile(r"view (?:this|the) (?:post|video|photo) on (?:instagram|facebook|"
                           r"x|twitter|tiktok|threads|youtube)"
                           # (in Arabic, folded: "عرض هذا المنشور على إنستغرام")
                           r"|(?:عرض|شاهد) (?:هذا|هذه) (?:المنشور|الصوره|الفيديو) علي \S+"
                           r"|(?:embedded (?:post|tweet|content|video)|(?:منشور|تغريده|تدوينه|"
                           r"محتوي|فيديو) (?:مضمن|مدمج)ه?)(?: (?:from|من) (?:منصه |موقع )?\S+)?"
                           # the post's label alone over it: "منشور على X", "Post on Facebook"
                           r"|(?:منشور|تغريده|تدوينه) (?:علي|عبر) (?:منصه )?\S+"
                           r"|(?:post|tweet) on \S+(?: from \S+(?: \S+){0,4})?"  # "… from ACCOUNT"
                           # Instagram's line under the post: "A post shared by NAME",
                           # "منشور مشترك من صفحة NAME"
                           r"|(?:a )?post shared by .+|منشور (?:مشترك|تمت مشاركته) (?:من|بواسطه)"
                           r"(?: قبل)? .+"
                           # (its Arabic with the verb first: "تمت مشاركة منشور بواسطة NAME")
                           r"|تمت? مشارك(?:ه|تها) (?:منشور|المنشور|صوره|فيديو) (?:من|بواسطه)"
                           r"(?: قبل)? .+"
                           # a picture's or a video's placeholder naming only where it came
                           # from: "فيديو من يوتيوب", "الصورة من الإنترنت", "Video from YouTube",
                           # the page or account's name after it or not ("Image via
                           # Facebook/PAGE"), its word alone ("image", "صورة") or naming the
                           # slot it fills ("Post image", "Featured image")
                           r"|(?:(?:فيديو|الفيديو|مقطع فيديو|صوره|الصوره) (?:من|عبر) (?:منصه )?"
                           r"(?:يوتيوب|اليوتيوب|الانترنت|انترنت|الشبكه|فيسبوك|انستغرام|تيك توك)"
                           r"|(?:video|image|photo|picture) (?:from|via) (?:the internet|the web|"
                           r"youtube|facebook|instagram|tiktok))(?: \S+){0,3}"
                           r"|image|photo|صوره|الصوره|image placeholder"
                           r"|(?:post|featured|article|lead|main|hero|header|cover) image")
PULL_QUOTE_LINES = 3  # a pull quote stands near the paragraph it repeats
# ... a run of its words, in their order, may stand a few paragraphs before or after it
PULL_PHRASE_LINES = 4
MIN_PULL_QUOTE_WORDS = 10  # a quote this long may repeat its paragraph's words loosely
MIN_UNQUOTED_PULL_WORDS = 6  # an unquoted pull quote: a sentence's length (see Line.prose)
# A single quotation closing inside the line, a clause's mark before it ("‘…,’ she says.
# ‘…’"): the paragraph the pull quote repeats (a lone "’" inside is an apostrophe).
_SINGLE_QUOTE_CLOSINGS = (",’", ".’", "?’", "!’")


def _pull_quote(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line, wholly inside quotation marks (double or single: ‘…’), repeats
    words of a paragraph near it, all of them (a magazine's pull quote: "The river keeps
    its own hours," he says … printed again, set large, as “The river keeps its own
    hours.”), with its full stop or without it; or, when the quote is a sentence long
    (MIN_PULL_QUOTE_WORDS), four words of five, the paragraph reporting it ("We aim to
    carry 15 million tonnes a year" over "He said the firm aims to carry 15 million tonnes
    a year, …"). (Asked of lines longer than a label: a quoted subheading is a few words.)
    A pull quote printed with no quotation marks, or with one of them only, is a sentence
    long at least (MIN_UNQUOTED_PULL_WORDS) and repeats its paragraph's words in their
    order, a phrase of a longer paragraph within PULL_PHRASE_LINES of it ("Nobody asked for
    the gap. It opened one cut at a time" inside "… Nobody asked for the gap. It opened one
    cut at a time."), or the whole paragraph right over it printed again: a subheading
    names what follows in fewer words, never a run of another paragraph's. A line whose
    quotation closes before its end, the speaker named between two quotes ("…," she says.
    "…"; "‘…,’ she says. ‘…’"), is the paragraph the pull quote repeats. So is a quote
    under its speaker's name (see _speaker_pull_quote)."""
    text = lines[index].text
    if ":" in text[:LABEL_HEAD_CHARS] and _speaker_pull_quote(lines, index, first, last):
        return True
    if text[:1] not in "“«\"‘" or text[-1:] not in "”»\"’":
        if lines[index].words < MIN_UNQUOTED_PULL_WORDS:
            return False
        key = lines[index].key
        if index > first and lines[index - 1].key == key:
            return True  # the whole paragraph right over it, printed again
        phrase = f" {key} "
        longer = len(phrase)
        # (the bare key's substring test first: quicker than padding each nearby key; a
        # loop over the slice: quicker than a generator or indexing, asked of every paragraph)
        for other in lines[max(first, index - PULL_PHRASE_LINES):
                           min(last, index + PULL_PHRASE_LINES) + 1]:
            other_key = other.key
            if len(other_key) > longer and key in other_key and phrase in f" {other_key} ":
                return True
        return False
    if textnorm.contains_any(text[1:-1], "”»\"") or (
            text[0] == "‘" and textnorm.contains_any(text[1:-1], _SINGLE_QUOTE_CLOSINGS)):
        return False
    nearby = [other for other in range(max(first, index - PULL_QUOTE_LINES),
                                       min(last, index + PULL_QUOTE_LINES) + 1) if other != index]
    words = set(lines[index].key.split())
    needed = len(words) * 4 // 5 if len(words) >= MIN_PULL_QUOTE_WORDS else len(words)
    return any(len(words & set(lines[other].key.split())) >= needed for other in nearby)


MIN_SPEAKER_QUOTE_WORDS = 3  # "NAME: Results are promising"
MAX_SPEAKER_ROLE_WORDS = 4  # "رئيسة جمعية أصدقاء الكتاب: …", "The head of the union: …"


def _speaker_pull_quote(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line is a pull quote under its speaker's name and a colon ("NAME:
    النتائج واعدة لكنها غير حاسمة", "NAME: “We are not done yet”"): a name alone before the
    colon (or a role, a few words, that the paragraph names the speaker by too), and every
    word of the quote in one paragraph near it, the one reporting it. (A
    subheading's label is no name; an interview's answer under its speaker's name is its
    own words, printed once; a transcript opens each of its lines with its speaker's name,
    and its short lines may repeat the words of the lines around them.)"""
    speaker, _, quote = lines[index].text.partition(":")
    named = _name_alone(speaker.strip())  # (the short label first: a paragraph's key costs more)
    words = set(_key(quote).split())
    if len(words) < MIN_SPEAKER_QUOTE_WORDS or (
            not named and len(speaker.split()) > MAX_SPEAKER_ROLE_WORDS):
        return False
    # (a speaker named by a role, "رئيسة الجمعية: …", "The mayor: …", is named by it in the
    # paragraph reporting the quote too)
    role = f" {_key(speaker)} "
    return any(words <= set(lines[other].key.split()) and (named or role in f" {lines[other].key} ")
               for other in range(max(first, index - PULL_QUOTE_LINES),
                                  min(last, index + PULL_QUOTE_LINES) + 1)
               if other != index and lines[other].prose) and \
        not any(":" in lines[other].text[:LABEL_HEAD_CHARS] and
                _name_alone(lines[other].text.partition(":")[0].strip())
                for other in range(first, last + 1) if other != index)


# A picture's credit in brackets after its caption's full stop: "… line. (Nile Gazette
# Online)", "… on Monday. (Reuters)": one to five capitalised words.
_BRACKET_CREDIT = re.compile(r"\.\s*\(((?:[A-Z][\w'’&.-]*\s?){1,5})\)$")


def _credited_caption(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether an English line between paragraphs is a picture's or a map's caption over
    no line of its own: one short sentence with no comma, quotation, auxiliary or reporting
    verb (a caption names what the picture shows), its credit in brackets after the full
    stop ("A map of the line's first phase. (Nile Gazette Online)"). (An Arabic sentence
    opens with its verb, which no list tells from a caption's noun.)"""
    text = lines[index].text
    credit = _BRACKET_CREDIT.search(text) if text.endswith(")") else None
    caption = text[:credit.start()] if credit else ""
    return credit is not None and first < index < last and caption.isascii() and \
        len(caption.split()) <= MAX_CAPTION_WORDS and not re.search(r"[,;\"“”:]", caption) \
        and not _FINITE_VERB.search(_key(caption))


# The words of a sentence a caption of a scene never holds: a person spoken of, a negation,
# a conjunction opening a thought (folded keys' words).
_NO_SCENE_WORDS = frozenset("i we he she they you it not no but yet so this that".split())
# ... and the articles a name of a place or a paper may open with ("The Harbour Times"): no
# name of the text's.
_CAPITALISED_ARTICLES = frozenset(("the", "a", "an"))
# A verb in the past tense (see _PAST_WORD), not a participle after an article that makes it
# an adjective of the scene ("the renovated steps", "a flooded street").
_SCENE_PAST_WORD = re.compile(r"\b(?<!\bthe )(?<!\ban )(?<!\ba )" + _PAST_WORD.pattern)


def _scene_caption(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether a short sentence in Latin letters between two paragraphs is a photo's
    caption with no credit: one sentence, no verb a sentence of the text holds (see
    _FINITE_VERB, no past tense), no pronoun nor negation (see _NO_SCENE_WORDS), one comma
    at most, and a name of the text's beside it, capitalised past its first word (no
    article), in the two paragraphs over or under it ("Samuel Otieno at work on a matatu
    in his Nairobi garage.", "Passengers waiting at Karaköy pier in the early hours."): a
    picture of what the text tells. With no full stop it names the day of its picture (see
    _ON_WEEKDAY: "The debutant celebrates one of his wickets at The Oval on Sunday"), a name
    of the text's anywhere over it."""
    line = lines[index]
    text = line.text
    stop = text[-1] == "."
    if not (first < index < last and line.words >= 5 and text[0].isupper() and
            lines[index - 1].prose and lines[index + 1].prose and
            (stop or ("day" in line.key and _ON_WEEKDAY.search(line.key)))) or \
            text.count(",") > 1 or ". " in text or re.search(r"[;\"“”:?!]", text[:-1]) or \
            textnorm.ARABIC_LETTER.search(text) or _FINITE_VERB.search(line.key) or \
            _SCENE_PAST_WORD.search(line.key) or not _NO_SCENE_WORDS.isdisjoint(line.key.split()):
        return False
    names = {word.strip(".,'’") for word in text.split()[1:]
             if word[0].isupper() and word.casefold() not in _CAPITALISED_ARTICLES}
    around = " ".join(lines[j].text for j in range(max(first, index - 2) if stop else first,
                                                   min(last, index + 2) + 1) if j != index)
    return bool(names) and any(re.search(rf"\b{re.escape(name)}\b", around) for name in names)


# What a newsletter's box promises under its call to sign up: "Get the best of … in your
# inbox every Friday", "أهم الأخبار في بريدك الإلكتروني كل صباح".
_INBOX = _phrases(["your inbox", "in your inbox", "to your inbox", "your email", "بريدك",
                   "بريدك الإلكتروني", "صندوق بريدك"])


# A newsletter box's heading names it ("Get our weekly family newsletter", "اشترك في
# نشرتنا الأسبوعية").
_NEWSLETTER = _phrases(["newsletter", "النشرة البريدية", "النشرة الإخبارية", "نشرتنا"])


# When a newsletter comes, as its promise says ("every Friday", "each morning", "كل
# أسبوع", "يومياً"), on folded keys.
_NEWSLETTER_SCHEDULE = _phrases([
    *(f"{each} {day}" for each in ("every", "each") for day in (
        "day", "morning", "evening", "week", "weekday", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday")),
    "daily", "weekly", "twice a week", "once a week", "كل يوم", "كل صباح", "كل مساء",
    "كل أسبوع", "كل اثنين", "كل ثلاثاء", "كل أربعاء", "كل خميس", "كل جمعة", "كل سبت", "كل أحد",
    "يوميا", "أسبوعيا", "مرة في الأسبوع", "مرتين في الأسبوع"])


def _signup_call(lines: list[Line], index: int) -> bool:
    """Whether the line is a newsletter box's button (see _SUBSCRIBE_CALLS)."""
    return 0 <= index < len(lines) and lines[index].cue == "widget" and \
        lines[index].key.startswith(_SUBSCRIBE_CALLS)


def _newsletter_pitch(lines: list[Line], index: int) -> bool:
    """Whether the line is a newsletter box's promise beside its call to sign up ("Sign up
    to our weekly newsletter" / "Get the best of … in your inbox every Friday."): it names
    the reader's inbox, and the line over or under it opens with the call. Or the box's
    heading naming the newsletter, over a short promise over the call, or that promise
    ("Get our weekly newsletter" / "Recipes and weekend ideas, every Thursday." / "Sign
    up"); or the promise naming its schedule (see _NEWSLETTER_SCHEDULE) under a call that
    names the newsletter ("Sign up for our weekly newsletter" / "The week's news, every
    Friday.")."""
    line = lines[index]
    if line.words > MAX_SHARE_WORDS:
        return False
    if _signup_call(lines, index - 1) or _signup_call(lines, index + 1):
        return bool(_INBOX.search(line.key)) or (
            _signup_call(lines, index + 1) and lines[index - 1].words <= MAX_CUE_WORDS
            and bool(_NEWSLETTER.search(lines[index - 1].key))) or (
            _signup_call(lines, index - 1) and bool(_NEWSLETTER.search(lines[index - 1].key))
            and bool(_NEWSLETTER_SCHEDULE.search(line.key)))
    return line.words <= MAX_CUE_WORDS and _signup_call(lines, index + 2) and \
        lines[index + 1].words <= MAX_SHARE_WORDS and bool(_NEWSLETTER.search(line.key))


NEWSLETTER_FORM_LINES = 4  # heading, promise, a second promise or a note, then the address field


def _address_field(line: Line) -> bool:
    """Whether the line is a form's address field ("Your email address", "أدخل بريدك
    الإلكتروني"): a label's few words naming the mail."""
    return ("mail" in line.key or "بريد" in line.key) and line.words <= MAX_LABEL_WORDS + 1


def _form_call(lines: list[Line], index: int) -> bool:
    """Whether the line is a newsletter form's call over its address field, a sentence
    naming the newsletter or not ("Sign up for Morning Brief, our guide to …" / "Enter
    your email"; see _SUBSCRIBE_CALLS)."""
    return index + 1 < len(lines) and lines[index].key.startswith(_SUBSCRIBE_CALLS) and \
        _address_field(lines[index + 1])


def _newsletter_box(lines: list[Line], index: int, last: int) -> int | None:
    """A newsletter's sign-up form set between paragraphs: short lines (its heading, its
    promise) down to the address field ("Your email address", "أدخل بريدك الإلكتروني"),
    one of them naming the newsletter, the inbox or the call to sign up; then its button
    ("Sign me up", "اشترك الآن") and any note on consent (see _CONSENT_WORDS), the text going
    on under them. Returns where the text resumes, or None when the line opens no form.
    (The field and the button make it a form: a subheading over a paragraph has neither.)
    A promotion with no form opens with its call ("Sign up to Field Notes", "اشترك في
    نشرة …"): see _newsletter_promotion."""
    field = next((at for at in range(index, min(last, index + NEWSLETTER_FORM_LINES) + 1)
                  if _address_field(lines[at])), None)
    if field is None and _signup_call(lines, index):
        return _newsletter_promotion(lines, index, last)
    if field is None or any(line.words > MAX_SHARE_WORDS for line in lines[index:field]) or \
            not any(_INBOX.search(line.key) or _NEWSLETTER.search(line.key)
                    or line.key.startswith(_SUBSCRIBE_CALLS) for line in lines[index:field + 1]):
        return None
    after = field + 1
    if after > last or lines[after].words > MAX_LABEL_WORDS or not (
            lines[after].key in _FORM_BUTTONS or lines[after].key.startswith(_SUBSCRIBE_CALLS)):
        return None
    after += 1
    while after <= last and lines[after].words <= MAX_SHARE_WORDS and \
            _CONSENT_WORDS.search(lines[after].key):
        after += 1
    return after if after <= last and lines[after].prose else None


def _newsletter_promotion(lines: list[Line], index: int, last: int) -> int | None:
    """Where the text resumes past a newsletter's promotion set between paragraphs with no
    form: its call to sign up, then short lines (its kind, its promise, the promotion's end
    marker: "Sign up to Field Notes" / "Free weekly newsletter" / "The week's stories, every
    Thursday" / "after newsletter promotion"), one under the call naming the newsletter or
    when it comes (see _NEWSLETTER_SCHEDULE), then a paragraph; None when it is not such (a
    call alone over an interview's question or a subheading: those are the text's)."""
    after = index + 1
    while after <= min(last, index + NEWSLETTER_FORM_LINES) and not lines[after].prose and \
            lines[after].words <= MAX_SHARE_WORDS:
        after += 1
    return after if after <= last and lines[after].prose and any(
        _NEWSLETTER.search(line.key) or _NEWSLETTER_SCHEDULE.search(line.key)
        for line in lines[index + 1:after]) else None


# A newsletter box's note on the reader's consent under its button ("We use your sign-up to
# provide content in ways you've consented to …", "By subscribing you agree to our privacy
# policy", "بالاشتراك توافق على سياسة الخصوصية").
_CONSENT_WORDS = _phrases(["consent", "consented", "privacy", "privacy policy", "privacy notice",
                           "unsubscribe", "you agree", "الخصوصية", "سياسة الخصوصية", "توافق على",
                           "موافقتك", "إلغاء الاشتراك"])


def _signup_consent(lines: list[Line], index: int) -> bool:
    """Whether the line under a newsletter box's call to sign up (see _SUBSCRIBE_CALLS) is
    the box's note on consent or privacy (_CONSENT_WORDS), sentence or not."""
    above = lines[index - 1]
    return above.cue == "widget" and above.key.startswith(_SUBSCRIBE_CALLS) and \
        bool(_CONSENT_WORDS.search(lines[index].key))


# A box of conditions or steps set in one line between paragraphs: a short label, a
# colon, then three items or more between spaced dashes ("شروط الحجز: ألا يقل … - ألا
# يملك … - …", "Eligibility: over 21 - no home of your own - …"), no sentence.
_DASHED_ITEMS = re.compile(r"\s[-–—]\s")
MIN_BOX_ITEMS = 3


def _one_line_box(line: Line) -> bool:
    """Whether the line is a box's list set in one line (see _DASHED_ITEMS)."""
    label, colon, items = line.text.partition(":")
    return bool(colon) and 0 < len(label.split()) <= MAX_LABEL_WORDS and \
        len(_DASHED_ITEMS.split(items)) >= MIN_BOX_ITEMS and \
        not line.text.rstrip(_CLOSERS).endswith((".", *_OPEN_ENDS))


def _embedded_post(lines: list[Line], index: int) -> bool:
    """Whether the line is an embedded social post's text, its signature under it (see
    _POST_SIGNATURE) or closing it on the same line (see _SIGNED_POST), or its handle
    opening it (see _HANDLE_THEN_POST): the post is quoted beside the text, not written for
    it."""
    text = lines[index].text
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    # (the "@" first: a search for one character runs at memchr speed; a signature on the
    # line closes it with the post's day)
    return ("@" in below and "(@" in below and bool(_POST_SIGNATURE.match(below))) or (
        text[-1].isdigit() and "(@" in text and _SIGNED_POST.search(text) is not None) or (
        text[0] == "@" and _HANDLE_THEN_POST.match(text) is not None)


# An embedded post quoted on one line, its account's handle and a colon before its words
# ("@CityWater: Crews restored …", "@SCZone_Egypt: انطلاق …"), between the paragraphs.
_HANDLE_THEN_POST = re.compile(r"@[A-Za-z0-9_.]{2,30}\s?[:：]\s")


# An embedded post's footer: its date, a dot, its count of reactions ("6 فبراير 2026 · 2.1
# ألف إعجاب", "Feb 6, 2026 · 340 likes"). (Not views: a header may print its own.)
_REACTION_COUNT = re.compile(r"[·•|]\s*\d[\d.,]*\s*(?:ألف|مليون|[kKmM])?\s*(?:إعجابا?|إعجابات|"
                             r"تعليقا?|تعليقات|مشاركة|مشاركات|likes?|comments?|shares?|"
                             r"retweets?|reposts?)(?!\w)")
# A social account's handle printed alone: a dot or an underscore inside, no space.
_POST_HANDLE = re.compile(r"@?[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)+_?")
POST_TEXT_LINES = 3  # an embedded post's text between its account's name and its footer
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")  # a post's "🎉", "🏆", "✨"


POST_CHARS = 280  # the longest post a network shows in full


def _named_handle(line: Line, bracketed: bool = False) -> bool:
    """Whether the short line is an account's name, then its handle ("Water Board
    @CityWaterBoard"), or with ``bracketed`` its handle in brackets ("Water Board
    (@CityWaterBoard)", as an Instagram post's "shared by" line closes it too): an
    embedded post's head, no sentence of the text. A call to follow the site there
    ("Follow The Ledger on Instagram @ledger") is the site's prompt; a writer's role there
    ("صحافي @NAME", see _role_alone), the writer's card."""
    if (" @" not in line.text and not (bracketed and " (@" in line.text)) or \
            not 1 < line.words <= MAX_CUE_WORDS:
        return False  # (a quick test: most lines hold no handle)
    name, _, handle = line.text.rpartition(" ")
    if bracketed and handle.startswith("(@") and handle.endswith((")", "):")):
        handle = handle[1:handle.rindex(")")]  # (its colon too, over a quoted post's words)
    return not line.prose and "@" not in name and not _follow_prompt(line) and \
        handle.startswith("@") and bool(_HANDLE.fullmatch(handle)) and not _role_alone(name)


def _role_alone(text: str) -> bool:
    """Whether ``text`` is a writer's role and nothing else ("صحافي", "Senior Reporter",
    see _BIO_ROLE_AR, _BIO_ROLE): before a handle under the writer's name ("صحافي
    @NAME"), the writer's card, no account's name heading an embedded post."""
    key = _key(text)
    return bool(_BIO_ROLE_AR.fullmatch(key) or _BIO_ROLE.fullmatch(key.rpartition(" ")[2]))


def _dated_post_head(line: Line) -> bool:
    """Whether the short line is an embedded post's head closed by the post's own day, its
    handle in brackets ("Water Board (@CityWater) June 14, 2026") or bare before a middle
    dot ("Water Board @CityWater · June 14, 2026", see _DATED_POST_HEAD)."""
    return (" (@" in line.text or (" @" in line.text and "·" in line.text)) and \
        not line.prose and line.text[0] not in "-–—" and \
        bool(_DATED_POST_HEAD.match(line.text)) and bool(line.dates)


def _post_head(lines: list[Line], index: int, last: int) -> int | None:
    """Where an embedded post's words start when the line opens the post's head: its
    account's handle (see _named_handle) or its handle and the post's day (see
    _dated_post_head), or its account's name on a short line over the handle alone
    ("Water Board" / "@CityWaterBoard"). None when the line opens no head."""
    line = lines[index]
    if _named_handle(line, bracketed=True) or (line.text[0] == "@" and
                                               _HANDLE.fullmatch(line.text)) or \
            _dated_post_head(line):
        return index + 1
    return index + 2 if index < last and lines[index + 1].text[0] == "@" and \
        _HANDLE.fullmatch(lines[index + 1].text) and _account_name(line) else None


# An embedded post's link to itself on its network, closing it ("عرض على فيسبوك", "View
# on Instagram", "See this post on X", "See more on Facebook"; folded keys).
_VIEW_ON_NETWORK = re.compile(r"(?:view|see|open|عرض|شاهد|مشاهده)(?: (?:this|هذا|هذه))?"
                              r"(?: (?:post|tweet|more|المنشور|التغريده|المزيد))? (?:on|علي) "
                              r"(?P<network>"
                              r"\S+(?: \S+)?)")


# The same link naming no network ("View post", "Ver publicación" on a Latin American
# community site, "Voir la publication" on a francophone one).
_VIEW_POST = frozenset(_key(label) for label in (
    "view post", "view the post", "see post", "عرض المنشور", "مشاهدة المنشور", "ver publicación",
    "ver publicação", "ver post", "voir la publication"))


def _view_on_network(line: Line) -> bool:
    """Whether the line is an embedded post's link to itself on its network (see
    _VIEW_ON_NETWORK, _VIEW_POST): a button, the post's last line."""
    if line.key in _VIEW_POST:
        return True
    found = _VIEW_ON_NETWORK.fullmatch(line.key) if line.words <= MAX_CONTROL_WORDS else None
    return found is not None and bool(_SOCIAL_PATTERN.fullmatch(found.group("network")))


def _post_date(line: Line) -> bool:
    """Whether the line is an embedded post's date under its words, alone or with its
    clock ("9:48 PM · Jan 18, 2026", "May 13, 2026"): no sentence, no label."""
    return bool(line.dates) and not line.prose and line.words <= MAX_DATELINE_WORDS and \
        line.date_stamp and _unlabelled(line)


def _headed_post(lines: list[Line], index: int, last: int) -> int | None:
    """An embedded post under its account's head (see _post_head): its words, as long as
    the network shows, on POST_TEXT_LINES lines at most, closed by the post's date or its
    link to its network ("Water Board" / "@CityWaterBoard" / "Crews restored …" / "9:48 PM
    · Jan 18, 2026"), or with no footer one line of words under the name over the handle
    alone. Returns where the text resumes, or None."""
    words = _post_head(lines, index, last)
    if words is None:
        return None
    for footer in range(words + 1, min(last, words + POST_TEXT_LINES) + 1):
        if len(lines[footer - 1].text) > POST_CHARS:
            return None
        if _post_date(lines[footer]) or _view_on_network(lines[footer]):
            return footer + 1
    # no footer: under the account's name over its handle alone, or under a head closed by
    # the post's day, one line of words, as long as the network shows (a live page's post
    # between entries, "NAME" / "@handle" / "…" / "15:20 GMT")
    return words + 1 if (words == index + 2 or _dated_post_head(lines[index])) and \
        words < last and len(lines[words].text) <= POST_CHARS and \
        not lines[words].furniture else None


# A post's reactions, each button's word then its count ("أعجبني 1.2 ألف · تعليق 340 ·
# مشاركة 95", "Like 1.2K · Comment 340") or each count then its word ("312 إعجاب · 45
# تعليق", "1.2K likes · 340 comments"): two of them under the post's words.
_REACTION_TALLY = re.compile(r"(?:أعجبني|إعجاب|تعليق|مشاركة|likes?|comments?|shares?)\s*\d|"
                             r"\d\s*(?:ألف|[kKmM])?\s*(?:إعجابا?|إعجابات|تعليقا?|تعليقات|"
                             r"مشاركة|مشاركات|likes?|comments?|shares?)(?!\w)", re.IGNORECASE)


def _reaction_tally(line: Line) -> bool:
    """Whether the line counts a post's reactions (see _REACTION_TALLY), nothing else."""
    return not line.prose and line.words <= MAX_DATELINE_WORDS + 2 and \
        len(_REACTION_TALLY.findall(line.text)) >= 2


def _post_handle(text: str) -> bool:
    """Whether the line is a social account's handle alone: "@name", a dot or an underscore
    inside ("layla.haddad_official"), or one lower-case Latin word ("cityparksclub")."""
    return bool(_POST_HANDLE.fullmatch(text) or _HANDLE.fullmatch(text)) or (
        len(text) >= MIN_HANDLE_CHARS and text.isascii() and text.isalnum() and text.islower())


MIN_HANDLE_CHARS = 6  # a bare lower-case handle runs on ("cityparksclub"; not "video")


def _post_footer(line: Line) -> bool:
    """Whether the line is an embedded post's footer (see _REACTION_COUNT), its day with or
    without its year (a network prints none for the current year: "26 شباط · 412 تعليقاً").
    (Its marks are looked for first: the dates of a line cost more.)"""
    text = line.text
    return ("·" in text or "•" in text or "|" in text) and line.words <= MAX_DATELINE_WORDS + 2 \
        and bool(_REACTION_COUNT.search(text)) and (bool(line.dates)
                                                    or dates.holds_month_day(text))


# A post's clock, then a dot, then its day: the footer X prints under a post's words
# ("7:45 PM · Jun 24, 2026", "12:40 م · 17 أغسطس 2026"). A header puts its date first.
_CLOCK_DOT_DAY = re.compile(r"\d{1,2}:\d{2}[^·\d]{0,8}·")


def _network_post_footer(line: Line) -> bool:
    """Whether the line is an embedded post's network or its account's handle, a dot and
    the post's day ("Facebook · 13 July 2026", "فيسبوك · 13 جويلية 2026", "@NAME · 8 سبتمبر
    2026"): the footer a network prints under a post's words. (Its dot is looked for first:
    the dates of a line cost more.)"""
    network, dot, _ = line.text.partition("·")
    return bool(dot) and line.words <= MAX_DATELINE_WORDS and (
        bool(_SOCIAL_PATTERN.fullmatch(_key(network))) or
        (network[:1] == "@" and bool(_HANDLE.fullmatch(network.strip())))) and bool(line.dates)


def _timed_post_footer(lines: list[Line], index: int, head: int) -> bool:
    """Whether the line is an embedded post's clock and day (see _CLOCK_DOT_DAY) under the
    post's words, a sentence or a hashtag (a writer's role line over a header's date is
    neither), or any words under the post's label heading the box (``head``: "منشور على
    منصة إكس" / the account / «…» / "7:05 م · 24 أكتوبر 2026"; see _embed_line)."""
    line, words = lines[index], lines[index - 1].text
    return "·" in line.text and bool(_CLOCK_DOT_DAY.match(textnorm.to_ascii_digits(line.text))) \
        and _post_date(line) and (words.rstrip(_CLOSERS).endswith((".", *_OPEN_ENDS))
                                  or "#" in words or bool(_EMOJI.search(words))
                                  or _embed_line(lines[head]))


def _post_box(lines: list[Line], index: int, last: int) -> int | None:
    """An embedded post inside the text: its account's name on a short line, its text, its
    footer (see _post_footer, _timed_post_footer), its counted reactions with no day (see
    _reaction_tally: "324 likes · 57 comments"), its link to itself on its network (see
    _view_on_network) or its "Posted by ACCOUNT on DAY" (see _posted_by_account) within
    POST_TEXT_LINES under it ("المؤسسة الوطنية للنفط" / "بلغ
    إجمالي الإنتاج …" / "6 فبراير 2026 · 2.1 ألف إعجاب"), or its bare day under one line
    of its words (see _day_closed_post). Returns where the text resumes, or None when the
    line opens no post. An Instagram post opens with its
    account's handle alone ("layla.haddad_official") over its one line with a hashtag; an
    X post with its "@handle" alone over its one line, any words (no text sets such a
    handle alone); either may have its day under that line; a Facebook post opens with
    its account's name over its date (see _dated_post)."""
    line = lines[index]
    if line.words > MAX_CUE_WORDS:  # (every head below is a short line, but one closed by
        # the post's day after a dot, a long name over it: a quick test for a paragraph)
        return index + 2 if _one_line_post(lines, index, last) else \
            _headed_post(lines, index, last) if "·" in line.text else None
    # (the network's prompt may stand between the handle and the words, "View this post on
    # Instagram", and its line naming the account under them: "A post shared by NAME")
    words = index + 1 + (index + 2 < last and _post_handle(line.text) and
                         _embed_line(lines[index + 1]))
    if words <= last and lines[words].words <= MAX_CAPTION_WORDS and \
            _post_handle(line.text) and ("#" in lines[words].text
                                         or _EMOJI.search(lines[words].text)
                                         or (line.text[0] == "@" and words + 1 <= last)):
        end = words + 1 + (words + 1 < last and _embed_line(lines[words + 1]))
        return end + (end < last and _post_date(lines[end]))  # its day too
    if (end := _headed_post(lines, index, last)) is not None:
        return end
    if index + 2 <= last and _named_handle(line) and \
            len(lines[index + 1].text) <= POST_CHARS and lines[index + 2].prose:
        return index + 2  # "Water Board @CityWaterBoard" over its post, the text under it
    if index + 3 <= last and _dated_post(lines, index):
        return index + 4 if _view_on_network(lines[index + 3]) or \
            _reaction_tally(lines[index + 3]) else index + 3
    if line.prose or line.text.rstrip(_CLOSERS).endswith((".", ":", *_OPEN_ENDS)) or line.dates:
        return None
    end = min(last, index + 1 + POST_TEXT_LINES)
    # a post's words hold none of the page's furniture, and an advertisement's label is no
    # account's name: a list's item or that label over a paragraph and a video's "Watch on
    # YouTube" is the text's run, no post; nor is the site's call to follow it ("Follow us
    # on Telegram") over the paragraph introducing a post
    if line.key in _AD_LABELS or _follow_prompt(line):
        return None
    end = next((words for words in range(index + 1, end) if lines[words].furniture), end)
    if _day_closed_post(lines, index, last):
        return index + 3
    if _introduced_hashtag_post(lines, index, last):
        return index + 2
    return next((footer + 1 for footer in range(index + 2, end + 1)
                 if _post_footer(lines[footer]) or _timed_post_footer(lines, footer, index)
                 or ("·" in lines[footer].text and _network_post_footer(lines[footer]))
                 or _view_on_network(lines[footer]) or _reaction_tally(lines[footer])
                 or (lines[footer].words <= len(_BAR_BUTTONS) and _buttons_line(lines[footer]))
                 or _posted_by_account(lines[footer], line)),
                None)


def _posted_by_account(line: Line, account: Line) -> bool:
    """Whether the line is an embedded Facebook post's footer naming the account whose name
    heads the post ("Tripoli Council" / its words / "Posted by Tripoli Council on Sunday,
    July 19, 2026", see _POSTED_BY): a blog's "Posted by NAME on DAY" in a header names no
    account over it. (The words are looked for first: the pattern costs more.)"""
    return line.key.startswith("posted by ") and bool(_POSTED_BY.match(line.text)) and \
        line.key.startswith(f"posted by {account.key} on ")


def _footed_post(lines: list[Line], index: int, last: int) -> bool:
    """Whether the paragraph is an embedded Facebook post printed with no account's name
    over it: its words, no longer than the network shows, over its footer "Posted by
    ACCOUNT on DAY" (see _POSTED_BY), between two paragraphs of the text (a blog's "Posted
    by NAME on DAY" closes its own post: no text goes on under it). (The footer's words
    are looked for first: the pattern costs more.)"""
    return 0 < index <= last - 2 and lines[index + 1].key.startswith("posted by ") and \
        len(lines[index].text) <= POST_CHARS and lines[index + 2].prose and \
        lines[index - 1].prose and bool(_POSTED_BY.match(lines[index + 1].text))


def _day_closed_post(lines: list[Line], index: int, last: int) -> bool:
    """Whether the line is an embedded post's account name over one line of its words and
    its bare day, the text going on under it ("مؤسسة ميناء المدينة" / "… الجديدة. أهلًا
    بضيوفنا" / "24 جوان 2026" / the text): the post's words hold a sentence (a writer's
    name over a town or a role, then the header's date, holds none; nor is a writer's bio
    opening with the name over it one: "NAME" / "NAME is a researcher …", see _bio_of)."""
    if index + 3 > last or not lines[index + 3].prose or not _account_name(lines[index]):
        return False
    words = lines[index + 1]
    return not words.furniture and len(words.text) <= POST_CHARS and \
        (". " in words.text or words.text.rstrip(_CLOSERS).endswith((".", *_OPEN_ENDS))) and \
        _post_date(lines[index + 2]) and not _bio_of(words, lines[index].text)


def _introduced_hashtag_post(lines: list[Line], index: int, last: int) -> bool:
    """Whether the line is an embedded post's account name under the paragraph introducing
    the post with a colon, over one line of its words holding a hashtag, the text going
    on under it ("… ونشرت البلدية على حسابها في إنستغرام:" / "بلدية الزرقاء" / "«شوارع
    أنظف لأطفالنا» #الزرقاء" / the text). (A quoted line under a colon with no account
    over it, and no hashtag, is the text's.)"""
    if not 0 < index <= last - 2 or not lines[index - 1].text.endswith((":", "：")) or \
            "#" not in lines[index + 1].text:
        return False  # (a quick test: few lines stand under a colon over a hashtag)
    return _account_name(lines[index]) and len(lines[index + 1].text) <= POST_CHARS and \
        not lines[index + 1].prose and lines[index + 2].prose


def _one_line_post(lines: list[Line], index: int, last: int) -> bool:
    """Whether the line is an embedded post printed on one line between paragraphs: its
    account's name, a colon, then its words, as long as the network shows ("Harbour
    Authority: Ferries resume at dawn. #storm", "بلدية المدينة: …"), over its bare day (see
    _post_date), the text going on under it. The account's name has two words or more and
    no digit, each Latin one capitalised (a speaker in a transcript, "Q:", has one; a
    sentence's clause before a colon runs in lower case)."""
    if not 0 < index <= last - 2 or ":" not in lines[index].text or \
            not lines[index + 1].dates or not lines[index + 2].prose or \
            not lines[index - 1].prose:
        return False  # (a quick test: most lines hold no colon over a date's line)
    line = lines[index]
    name, _, _ = line.text.partition(":")
    return len(line.text) <= POST_CHARS and 2 <= len(name.split()) <= MAX_NAME_WORDS and \
        _capitalised(name) and not _DIGIT.search(name) and _post_date(lines[index + 1])


def _dated_post(lines: list[Line], index: int) -> bool:
    """Whether the line is an embedded post's account name over the post's day and clock
    ("Harbour Rowing Club" / "2 May at 8:15 PM", no year / "Back on the water! 🚣"): its
    words with a hashtag or an emoji, no longer than the network shows, the text going on
    under them. Its link to its network or its counted reactions closing it say so too,
    under any words and a bare day ("نقابة المعلمين - فرع حلب" / "3 آذار 2026" / "…" / "عرض
    على فيسبوك"; "Harbour Rowing Club" / "2 May 2026" / "…" / "312 likes · 45 comments")."""
    name, date, words = lines[index], lines[index + 1], lines[index + 2]
    if name.prose or name.words > MAX_NAME_WORDS or date.prose or \
            date.words > MAX_DATELINE_WORDS or len(words.text) > POST_CHARS:
        return False
    # (the link and the hashtag first, the dates last: a line's dates cost more)
    closer = lines[index + 3]
    return (((_view_on_network(closer) or _reaction_tally(closer)) and bool(date.dates)) or (
        ("#" in words.text or bool(_EMOJI.search(words.text))) and
        _CLOCK.search(textnorm.to_ascii_digits(date.text)) is not None and
        closer.prose)) and not name.dates


# The label of an embedded post, before its colon and its words: the post, whose it is,
# the network ("منشور محافظة الإسكندرية على فيسبوك: …", "Tweet by the ministry on X: …",
# "Embedded post from X").
_POST_WORD = _phrases(["منشور", "تغريدة", "تدوينة", "post", "tweet", "embedded post",
                       "embedded tweet"])
# ... or naming the account it comes from, no network ("تدوينة من حساب NAME - DAY",
# "منشور من صفحة NAME"): a post's label too (folded keys).
_POST_OF_ACCOUNT = re.compile(r"(?:منشور|تغريده|تدوينه) من (?:حساب|صفحه) |(?:post|tweet) from "
                              # ... or saying it is embedded, alone: "منشور مدمج"
                              r"|(?:(?:منشور|تغريده|تدوينه) (?:مضمن|مدمج)ه?|"
                              r"embedded (?:post|tweet))$")


# An embedded chart's label alone on its line ("إنفوغراف", "Infographic"), over its title.
_MEDIA_LABELS = frozenset(_key(label) for label in _CHART_WORDS)


# The label over an issuer's statement quoted whole in a box between paragraphs.
_STATEMENT_LABELS = frozenset(_key(label) for label in (
    "نص البيان", "البيان", "نص التصريح", "نص الرسالة", "نص القرار", "statement",
    "full statement", "the statement", "statement in full", "read the statement"))
STATEMENT_BOX_QUOTES = 3  # the quoted paragraphs of a statement's box, at most
# The words an issuer's line opens with (see _DOCUMENT_ISSUER), on a folded key: a quick test.
_ISSUER_OPENINGS = ("press", "media", "news", "statement", "بيان", "بلاغ")


def _statement_box(lines: list[Line], index: int, last: int) -> int | None:
    """A statement's box between paragraphs: its label alone ("نص البيان", "Statement")
    or its issuer's line ("Statement from the ministry", "بيان صادر عن الوزارة", see
    _DOCUMENT_ISSUER), the statement's words in quotation marks (a paragraph or a few),
    and its source's labelled line closing it ("المصدر: المكتب الإعلامي لـ …", "Source: …")
    or its bare day ("November 25, 2026"), the text going on under them. A subheading over
    the text's own quotation has no source's line under it. Returns where the text
    resumes."""
    label = lines[index]
    if label.words > MAX_LABEL_WORDS or label.key not in _STATEMENT_LABELS:
        if label.words > MAX_CAPTION_WORDS or label.prose or \
                not label.key.startswith(_ISSUER_OPENINGS) or \
                not _DOCUMENT_ISSUER.match(label.text):
            return None
    end = index + 1
    while end < last and end - index <= STATEMENT_BOX_QUOTES and \
            lines[end].text[:1] in _OPENING_QUOTES:
        end += 1
    source = lines[end]
    return end + 1 if end > index + 1 and end < last and source.words <= MAX_BYLINE_WORDS and \
        (_SOURCE_LABEL.match(source.text) or _post_date(source)) and lines[end + 1].prose \
        else None


def _account_on_network(line: Line) -> bool:
    """Whether the line names an account, then its network after "on" and a colon, over
    the account's post ("KHDA on X:", "الوزارة على إكس:", "NAME on Instagram:")."""
    words = line.key.split()
    return 3 <= len(words) <= MAX_CONTROL_WORDS and words[-2] in ("on", "علي", "عبر") and \
        _SOCIAL_PATTERN.fullmatch(words[-1]) is not None


def _post_label_network(lines: list[Line], index: int) -> bool:
    """Whether a post's label (opening with _POST_WORD) names the network: anywhere in a
    short label ("منشور على فيسبوك"); in a longer one, naming the page or the account too,
    at its end ("منشور من صفحة NAME على فيسبوك") or in its opening words, the account after
    it ("منشور على منصة إكس من حساب NAME", "Post on X from the account of NAME") when the
    post's day stands under its words or closes the label ("منشور على فيسبوك - NAME - 15
    أوت 2026", over no paragraph carrying on the text: "وطالب …") (such a label right over
    the text shows no words)."""
    line = lines[index]
    if line.words <= MAX_CONTROL_WORDS:
        return bool(_SOCIAL_PATTERN.search(line.key))
    words = line.key.split()
    return bool(_SOCIAL_PATTERN.search(" ".join(words[-2:])) or (
        _SOCIAL_PATTERN.search(" ".join(words[:POST_LABEL_OPENING_WORDS])) and
        (_post_date(lines[index + 2]) or (line.dates and line.dates[-1].end == len(line.text)
                                          and not lines[index + 1].text.startswith("و")))))


def _labelled_embed(lines: list[Line], index: int, last: int) -> int | None:
    """An embedded chart or post between paragraphs, its label alone on a line ("إنفوغراف",
    "منشور على فيسبوك", "Post from Instagram") over one short line, its title or the
    post's words (a post's as long as the network shows), the text going on under them. A
    post's label naming whose page it is runs longer, up to the network's name closing it
    ("منشور من صفحة جمعية … على فيسبوك"), or naming the account and the post's day with no
    network ("تدوينة من حساب NAME - DAY", "Post from NAME", see _POST_OF_ACCOUNT), or
    saying it is embedded ("منشور مدمج"). A post's account may
    stand first: its name and handle on a line ("NAME @handle") over the post's words and
    the post's day, or its name alone on a short line ("منشور على إكس" / "نادي الشباب" /
    "…"), the post's counted reactions under its words (see _reaction_tally); a paragraph
    carrying on the one above the box (see _CARRIES_ON) is the text's, the post's words
    not shown; or its name alone over the label ("NAME" / "منشور على فيسبوك" / …). Returns
    where the text resumes: a paragraph, or under a post a live page's next entry's time."""
    line = lines[index]
    if index < last and _POST_WORD.match(lines[index + 1].key) and _account_name(line) and \
            lines[index + 1].words <= MAX_CONTROL_WORDS and _post_label_network(lines, index + 1):
        return _labelled_embed(lines, index + 1, last)  # the account's name over the label
    if line.text[-1] == ":" and index + 3 <= last and _account_on_network(line) and \
            len(lines[index + 1].text) <= POST_CHARS and _post_date(lines[index + 2]):
        return index + 3 if lines[index + 3].prose else None  # "NAME on X:" / words / its day
    if line.words > MAX_CAPTION_WORDS or ":" in line.text or index + 2 > last or \
            line.prose or not (line.key in _MEDIA_LABELS or (
                _POST_WORD.match(line.key) and (_post_label_network(lines, index) or
                                                _POST_OF_ACCOUNT.match(line.key)))):
        return None
    shown = lines[index + 1]  # (a post's words may run to the network's length)
    if shown.words <= len(_BAR_BUTTONS) and _buttons_line(shown):
        return index + 2 if lines[index + 2].prose else None  # its buttons, its words not shown
    if _named_handle(shown) and index + 3 <= last and len(lines[index + 2].text) <= POST_CHARS:
        end = index + 3
        end += end < last and not lines[end].prose and lines[end].date_stamp  # the post's day
        return end if lines[end].prose else None
    if line.key not in _MEDIA_LABELS and index + 3 <= last and \
            len(lines[index + 2].text) <= POST_CHARS:
        end = index + 3
        if _account_name(shown) and not _CARRIES_ON.match(lines[index + 2].key):
            # the post's reactions, counted, or its day ("25 آذار 2026")
            end += end < last and (_reaction_tally(lines[end]) or _post_date(lines[end]))
            if lines[end].prose:
                return end
        elif end < last and not shown.prose and shown.words <= MAX_CAPTION_WORDS and \
                _post_date(lines[end]) and lines[end + 1].prose:
            return end + 1  # the account named with its role ("NAME - ROLE"), the post's day
    end = index + 2
    if line.key not in _MEDIA_LABELS:
        end += end < last and _post_date(lines[end])  # the post's day under its words
    return end if (shown.words <= MAX_CAPTION_WORDS or (
        line.key not in _MEDIA_LABELS and len(shown.text) <= POST_CHARS)) and \
        not shown.furniture and (lines[end].prose or (  # (a live page's next entry's time)
            line.key not in _MEDIA_LABELS and _TIMESTAMP.match(lines[end].text))) else None


# A contrast's word opening a paragraph, which carries on the one above it ("غير أن
# السهرة …", "However, …"): the text's, never an embedded post's words, which open its own.
_CARRIES_ON = _phrases(["غير ان", "الا ان", "بيد ان", "لكن", "ولكن", "however", "but",
                        "nevertheless"])


def _account_name(line: Line) -> bool:
    """Whether the short line may be a social account's name over its post: no sentence,
    no date, no mark closing it, no hashtag or emoji (the post's own words)."""
    return line.words <= MAX_NAME_WORDS and not line.prose and not line.dates and \
        not line.furniture and not line.text.rstrip(_CLOSERS).endswith((".", ":", *_OPEN_ENDS)) \
        and "#" not in line.text and not _EMOJI.search(line.text)


def _post_label(line: Line) -> bool:
    """Whether the line opens with an embedded post's label (see _POST_WORD): the text quotes
    a post in its own words, never under such a label."""
    label, colon, _ = line.text.partition(":")
    return bool(colon) and len(label.split()) <= MAX_CUE_WORDS and \
        bool(_POST_WORD.match(line.key)) and bool(_SOCIAL_PATTERN.search(_key(label)))


# A box's call between paragraphs, the last sentence of its line: to sign up for the
# newsletter ("… in your inbox. Sign up here."), to support or join the site ("… لا يتلقى
# تمويلاً من أي جهة. ادعمنا باشتراك شهري"), or to support the kind of journalism it does
# ("… depends on readers like you. Support independent news from …", "ادعم الصحافة المستقلة").
_APPEAL_CALL = _phrases(["sign up", "subscribe", "support us", "donate", "become a member",
                         "support our", "support independent", "اشترك", "اشتركوا", "ادعمنا",
                         "ادعموا", "تبرع", "انضم", "ادعم الصحافة", "ادعم صحافة"])
MAX_CALL_WORDS = 6


# A radio station's promo for its own show between paragraphs, its frequency in it ("Listen
# to STATION on 99.1 FM every weekday from 6am", "استمعوا إلى … على 88.5 FM").
_ON_AIR_PROMO = re.compile(r"(?:listen|tune in|استمع)\w*\s[^.!?؟]{0,60}?\d{2,3}[.,]\d\s?FM\b",
                           re.IGNORECASE)
# A support box's label between paragraphs: "ادعم عملنا", "Support our work", "Donate".
_SUPPORT_LABEL = re.compile(r"(?:ادعم|ادعموا|ادعمنا|تبرع|تبرعوا|support|donate|give)(?: \w+){0,2}$")


def _support_appeal(lines: list[Line], index: int) -> bool:
    """Whether the line, no paragraph, is a support box's appeal under its label ("ادعم
    عملنا" / "كل 10 دولارات تساعدنا على زراعة شتلة"): it names an amount (a digit), and
    the short line over it calls to support or give."""
    return bool(_DIGIT.search(lines[index].text)) and lines[index - 1].words <= MAX_LABEL_WORDS \
        and bool(_SUPPORT_LABEL.match(lines[index - 1].key))


# The label of a link to the desk's other format on the story, before a colon and its
# headline: "Explainer: Why …?", "Timeline: …", "تسلسل زمني: …" (folded keys). (Over a
# headline it labels the article itself: read only between paragraphs.)
_FORMAT_LINK_LABELS = frozenset(_key(label) for label in (
    "explainer", "factbox", "fact box", "timeline", "interactive", "in pictures", "q&a",
    "تسلسل زمني", "خط زمني", "أسئلة وأجوبة"))


def _format_link(lines: list[Line], index: int) -> bool:
    """Whether the short line between two paragraphs is a link to the desk's explainer,
    timeline or fact box on the story (see _FORMAT_LINK_LABELS), its headline after the
    label ("Explainer: Why have … not voted since 2006?"), no sentence closing it."""
    line = lines[index]
    label = _LABEL.match(line.text)
    return label is not None and _key(label.group(1)) in _FORMAT_LINK_LABELS and \
        not line.text.endswith(".") and lines[index - 1].prose and lines[index + 1].prose


def _support_box_label(lines: list[Line], index: int) -> bool:
    """Whether the short line is a support box's label ("Support independent journalism",
    "ادعم الصحافة المستقلة"), or its short call closed by an exclamation ("Enjoying
    this?!", "لا تتوقف هنا!"), over the box's appeal (see _appeal_box: "Our reporting is
    funded by readers. Become a member today."), no subheading of the text."""
    line, below = lines[index], lines[index + 1]
    return line.words <= MAX_LABEL_WORDS and not line.prose and (
        line.text[-1] == "!" or bool(_SUPPORT_LABEL.match(line.key))) and \
        below.words <= MAX_SHARE_WORDS and \
        ". " in below.text and _appeal_box(below)


# An app's prompt set between paragraphs: its stores' badges named together ("Download on
# the App Store | Get it on Google Play", "متوفر على App Store و Google Play"), or a call to
# download the site's app ("Download the NAME app for breaking news alerts", "حمّل تطبيق NAME
# …"), on folded keys.
_APP_STORE_BADGES = ("App Store", "Google Play")
_APP_CALL = re.compile(r"(?:download|get|install) (?:the|our) (?:\S+ ){0,4}app\b|"
                       r"(?:حمل|نزل|حملوا|نزلوا) تطبيق ")


def _app_prompt(line: Line) -> bool:
    """Whether the short line, no sentence, is an app's prompt between paragraphs (see
    _APP_STORE_BADGES, _APP_CALL): "Install the Valley Courier app for live scores", "Get
    it on Google Play · App Store"."""
    if "Play" in line.text and all(badge in line.text for badge in _APP_STORE_BADGES):
        return not _ends_sentence(line.text)
    return ("app" in line.key or "تطبيق" in line.key) and bool(_APP_CALL.match(line.key)) \
        and not _ends_sentence(line.text)


def _footer_or_appeal(line: Line) -> str:
    """The footer's cue of a short line, or a widget's when the line is a box's appeal (see
    _appeal_box) whose call is the footer's word ("The Valley Post is funded by its readers.
    Donate today."): set between paragraphs, the text goes on under it."""
    return "widget" if ". " in line.text and _appeal_box(line) else "footer"


def _appeal_box(line: Line) -> bool:
    """Whether the line, a short one (MAX_SHARE_WORDS at most: asked only then), is a box's
    appeal set between paragraphs: a sentence or two about the site, its last sentence a
    short call to sign up or support (see _APPEAL_CALL)."""
    _, stop, call = line.text.rstrip(".!").rpartition(". ")
    return bool(stop) and len(call.split()) <= MAX_CALL_WORDS and \
        bool(_APPEAL_CALL.match(_key(call)))


# A section's number alone between parts of a long read ("II", "III"): a break, no heading.
_SECTION_NUMERAL = re.compile(r"^(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})$")


def _inset(lines: list[Line], index: int, first: int, last: int) -> str | None:
    """Why a line set in the text is no part of it (display text beside the text, a
    caption, a box), or None when nothing says so. (Cheap marks are asked first: every
    line of every body passes here.)"""
    line = lines[index]
    # (The tests of short lines asked of them alone, in one bound: a paragraph is spared
    # their calls.)
    short = line.words <= MAX_CAPTION_WORDS
    # (a caption under its label, however long: "Image caption, …"; a caption under a
    # copyright, a gallery counter or a photo's button, sentence or not: "ملعب الأطفال في
    # الحديقة" under "2 / 3" is no subheading; the button is no text either; the lead
    # video's caption under its length over the text, "Duration: 1 minute 40 seconds" /
    # "Crews …", see _video_length)
    if (line.key.startswith(_CAPTION_LABEL_OPENINGS) and _caption_label(line.text)) or (
            short and (line.key in _PHOTO_CONTROLS
                   or (index > first and lines[index - 1].key in _PHOTO_CONTROLS)
                   or _caption_under_copyright(lines, index)
                   or _caption_in_chain(lines, index, first, last)
                   or _scene_caption(lines, index, first, last)
                   or _portrait_caption(lines, index, first, last)
                   or (index == first > 0 and _video_length(lines, index - 1)))) or \
            _caption_over_credit(lines, index, last) or \
            (short and index > first and ("/" in line.text or "|" in line.text) and
             _caption_over_credit(lines, index - 1, last)) or \
            (line.words > MAX_LABEL_WORDS and _pull_quote(lines, index, first, last)) or (
            line.text[-1:] in "”»\")" and (_set_quote(lines, index, first, last)
                                          or _bracketed_caption(line)
                                          or _credited_caption(lines, index, first, last)
                                          or _work_caption(lines, index, first, last)
                                          or _credited_pull_quote(lines, index, first, last))) \
            or (short and index > first and lines[index - 1].text[-1:] in "”»\"" and
                _credited_pull_quote(lines, index - 1, first, last)):
        return "caption"
    if ":" in line.text[:LABEL_HEAD_CHARS] and (
            (_CALL_LINK.match(line.text) and line.words <= MAX_CUE_WORDS)
            or (short and first < index < last and _format_link(lines, index))):
        return "related"
    if (index > first and ":" in line.text and _one_line_box(line)) or \
            _signup_consent(lines, index) or _embedded_post(lines, index) or \
            (":" in line.text and _post_label(line)) or \
            (line.words <= MAX_SHARE_WORDS and (_newsletter_pitch(lines, index) or (
                ". " in line.text and _appeal_box(line)))) or \
            (line.words == 1 and _SECTION_NUMERAL.match(line.text)) or \
            (index > first and not line.prose and _support_appeal(lines, index)) or \
            (index < last and _support_box_label(lines, index)) or \
            (short and _paid_teaser(lines, index, first, last)) or \
            (short and "FM" in line.text and _ON_AIR_PROMO.match(line.text)) or \
            (short and index > first and (_app_prompt(line) or _breaking_strip(line))) or \
            (first < index < last and (_sponsor_message(lines[index], alone=False) or
                                       _sponsor_message(lines[index - 1]))):
        return "widget"  # (a sponsor's message between paragraphs: its label, its text)
    if index == first and _opening_bio(lines, index, first):
        return "byline"
    if (index == first and _opening_print_note(line)) or (index < last and (
            (lines[index + 1].key in _DONATE_BUTTONS and _site_appeal(line))
            or _question_call(line) or _gift_box_line(lines, index, last))):
        # the issue the article runs in, noted over it; the site's appeal over its donate
        # button; an advice column's call for questions between its paragraphs; a charity's
        # donation box
        return "widget"
    return "caption" if short and _numbered_caption(lines, index, first) else None


# The label over a sponsor's message set between a newsletter's items ("A message from
# NAME" / its text / the next item), folded keys of its opening.
_SPONSOR_MESSAGE_OPENINGS = tuple(_key(label) + " " for label in (
    "a message from", "a word from", "رسالة من الراعي", "رسالة من راعينا", "رسالة من شريكنا",
    "رسالة إعلانية من"))
MAX_SPONSOR_LABEL_WORDS = 8  # "A message from NAME": the sponsor's name, a few words
# ... or a sentence naming the edition's sponsor ("This issue is supported by NAME.", "هذا
# العدد برعاية NAME."), on folded keys.
_SPONSORED_ISSUE = re.compile(r"(?:this|today s|this week s) (?:issue|edition|newsletter|email|"
                              r"briefing) (?:is|was) (?:supported|sponsored|brought to you|"
                              r"presented|powered|made possible) by |(?:هذا العدد|هذه النشره|"
                              r"عدد اليوم|نشره اليوم) (?:برعايه|بدعم من|مقدم من|مقدمه من) ")


def _sponsor_message(line: Line, alone: bool = True) -> bool:
    """Whether the line is the label of a sponsor's message between paragraphs (see
    _SPONSOR_MESSAGE_OPENINGS): a few words, no sentence; or a short sentence naming the
    edition's sponsor (see _SPONSORED_ISSUE). The line under it is the sponsor's text, a
    paragraph however shaped. Not ``alone``, the sentence naming the sponsor may run on
    into the sponsor's text on its line ("This issue is supported by NAME. Move containers
    … Learn more"), as the label may, after its colon ("A MESSAGE FROM NAME: …"): the
    message whole, however long (the line under it is not asked)."""
    if line.key.startswith(_SPONSOR_MESSAGE_OPENINGS):
        return not _ends_sentence(line.text) if line.words <= MAX_SPONSOR_LABEL_WORDS else \
            not alone and ":" in line.text[:LABEL_HEAD_CHARS]
    return (line.words <= MAX_BYLINE_WORDS or not alone) and \
        line.key.startswith(("this ", "today ", "هذا ", "هذه ", "عدد ", "نشره ")) and \
        _SPONSORED_ISSUE.match(line.key) is not None


def _paid_teaser(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line is a paid box's teaser between paragraphs: one line, longer than a
    subheading, no sentence, under the box's label alone (see _PAID_LABELS), the text going
    on under it (the label / the advertiser's offer, no full stop / the next paragraph:
    "إشهار" / "عروض …: … مع وكالة …"; "Partner content" / "Discover … with … from …")."""
    return first < index < last and lines[index].words > MAX_LABEL_WORDS and \
        not lines[index].prose and lines[index - 1].key in _PAID_LABELS and \
        lines[index + 1].prose and not _ends_sentence(lines[index].text)


_BRACKETED_NUMBER = re.compile(r"\([0-9\u0660-\u0669]{1,2}\)\s")  # "(2) …", "(٣) …"


def _numbered_caption(lines: list[Line], index: int, first: int) -> bool:
    """Whether the short numbered sentence inside the text ("2. Salt crusts on the fields
    near the creek.") is a photo essay's caption: the header credits the pictures (see
    _photos_credited), and a paragraph stands over the first of the numbers, not ending in
    a colon (which introduces them as a list: "Pack these:" / "1. A torch."). A number in
    brackets marks a caption, sentence or not ("(2) أطفال قرب النافورة")."""
    line = lines[index]
    if not (index > first and line.words <= MAX_CAPTION_WORDS and (
            (_NUMBER_OPENING.match(line.text) and _ends_sentence(line.text))
            or (line.text[0] == "(" and _BRACKETED_NUMBER.match(line.text)))):
        return False
    opening = index
    while opening > first and _NUMBER_OPENING.match(lines[opening - 1].text):
        opening -= 1
    return lines[opening - 1].prose and not lines[opening - 1].text.endswith((":", "：")) and \
        _photos_credited(lines, first)


def _opening_bio(lines: list[Line], index: int, first: int) -> bool:
    """Whether the line opening the text is the writer's bio set over it ("Thandiwe
    Mokoena is a researcher …" under "By Thandiwe Mokoena | 11 Sep 2025"): the name a
    line above printed, then "is a" and a role (see _author_bio). A lead about a person
    names no one the byline credits."""
    bio = _BIO_EN.match(lines[index].text)
    name = _BIO_VERB.split(bio.group(), maxsplit=1)[0].lstrip("—–-* ") if bio else ""
    return bio is not None and lines[index].words <= MAX_BIO_WORDS and \
        bool(_BIO_ROLE.search(lines[index].key)) and \
        any(name in line.text for line in lines[max(0, first - CREDIT_BLOCK_LINES):first])


MAX_POLL_OPTIONS = 5  # a reader poll's answers under its question


def _poll(lines: list[Line], index: int) -> int | None:
    """A reader poll inside the text: its question over two to MAX_POLL_OPTIONS short
    answers ("هل تؤيد …؟" / "نعم" / "لا" / "لا أعرف"), the text going on under them.
    Returns where the text resumes, or None when the line opens no poll. (A question the
    text answers is followed by its answer's sentences, not by bare short lines; a table
    of contents lists headings, its question a short one, that the text prints again.)"""
    if index + 1 >= len(lines) or lines[index].words <= MAX_LABEL_WORDS or \
            not lines[index].text.rstrip(_CLOSERS).endswith(_QUESTION_MARKS):
        return None
    after = index + 1
    while after < len(lines) and after - index <= MAX_POLL_OPTIONS and \
            lines[after].words <= MAX_LABEL_WORDS and not lines[after].prose and \
            lines[after].cue is None and not lines[after].dates:
        after += 1
    options = {line.text for line in lines[index + 1:after]}
    return after if len(options) >= 2 and after < len(lines) and lines[after].prose and \
        not any(line.text in options for line in lines[after:]) else None


# The label of a fact box set between paragraphs ("حقائق عن قلعة نزوى", "Key facts",
# "بالأرقام"): the short lines under it are the box's, not the text's.
_FACT_BOX_LABEL = _phrases(["حقائق عن", "حقائق", "أرقام وحقائق", "بالأرقام", "في أرقام", "في سطور",
                            "facts about", "key facts", "fast facts", "fact box", "factbox",
                            "at a glance", "by the numbers", "in numbers", "key figures",
                            "key numbers", "أبرز الأرقام", "أرقام رئيسية",
                            # a box of numbers to call: "أرقام مفيدة", "Emergency numbers"
                            "أرقام مفيدة", "أرقام مهمة", "أرقام تهمك", "أرقام الطوارئ",
                            "useful numbers", "emergency numbers", "important numbers",
                            "helplines", "hotlines",
                            # an investigation's box of its findings: "What we found"
                            "what we found", "key findings", "our findings", "main findings",
                            "the findings", "ماذا وجدنا", "ما وجدناه", "أبرز النتائج",
                            "أهم النتائج", "النتائج الرئيسية", "أبرز ما وجدناه",
                            # a review's card of the work reviewed (its title, maker,
                            # publisher, pages or running time): "بطاقة الكتاب", "Book details"
                            "بطاقة الكتاب", "بطاقة الفيلم", "بطاقة العمل", "بطاقة العرض",
                            "البطاقة الفنية", "بطاقة فنية", "بطاقة تعريفية", "معلومات الكتاب",
                            "بطاقة كتاب", "book details", "book info", "book facts",
                            "about the book", "film details", "fact file", "factfile",
                            "fact sheet",
                            # a sale's card between paragraphs, the listing or the offer it
                            # promotes, its price, a call ("عقار الأسبوع" / "شقة غرفتين - …"
                            # / "السعر: …" / "تواصل مع الوسيط"; "Featured listing")
                            "عقار الأسبوع", "عقار اليوم", "عقار مميز", "عقارات مميزة",
                            "عرض الأسبوع", "عرض اليوم", "عروض الأسبوع", "عرض مميز", "عروض مميزة",
                            "سيارة الأسبوع", "صفقة الأسبوع", "صفقة اليوم", "featured listing",
                            "featured listings", "featured property", "featured properties",
                            "featured home", "featured homes", "featured offer", "featured deal",
                            "property of the week", "home of the week", "listing of the week",
                            "offer of the week", "deal of the week", "deal of the day",
                            "car of the week",
                            # a review's box of the product's strengths or weaknesses, set
                            # between paragraphs ("نقاط القوة" / "مدى يتجاوز 600 كيلومتر" / …)
                            "نقاط القوة", "نقاط الضعف", "الإيجابيات", "السلبيات", "المزايا",
                            "العيوب", "ما أعجبنا", "ما لم يعجبنا", "pros", "cons",
                            "pros and cons", "strengths", "weaknesses", "what we like",
                            "what we liked", "what we don't like", "what we didn't like",
                            # a folded guide's box, its label over its question ("Quick
                            # guide" / "How do I get score alerts?")
                            "quick guide", "دليل سريع"])
# "أرقام" over the one noun it counts ("أرقام الحملة", "أرقام الموسم"), or over a noun and
# its adjective ("أرقام العام الدراسي", "أرقام الموازنة الجديدة"): the figures of the
# campaign or the season, a box's label in two or three words (a key, folded: "ارقام
# الحمله"); or the word alone ("أرقام", "Figures") as the box's whole label; or what it
# counts before "in numbers" ("The school year in numbers"), or what it sums up before "في
# سطور", "في أرقام" ("الإرشاد الأسري في سطور").
_FIGURES_OF = re.compile(r"ارقام(?: ال\w+){0,2}|figures|numbers|(?:[\w'’-]+ ){1,3}in "
                         r"(?:numbers|figures)|(?:\w+ ){1,3}(?:في سطور|في ارقام|بالارقام)")


# A listed company's ticker symbol in brackets closing its name, on an exchange or not:
# "Saudi Aramco (2222.SR)", "Apple (NASDAQ: AAPL)", "أرامكو السعودية (تداول: 2222)".
_TICKER_SYMBOL = re.compile(r"\((?:[^\W\d_]{2,10}:\s?)?(?:[A-Z]{1,5}|\d{4})(?:\.[A-Z]{1,2})?\)$")
_SHARE_PRICE = re.compile(r"\d[.,]\d\d(?!\d)")  # "SAR 25.62", "25,62 ريال", "$187.20"


def _share_quote(lines: list[Line], index: int) -> bool:
    """Whether the line opens a share's quote box: the company's name and its ticker symbol
    (see _TICKER_SYMBOL) over a short line giving its price ("Saudi Aramco (2222.SR)" /
    "SAR 25.62" / "+0.18 (+0.71%)" / "At close: March 4, 2026")."""
    return lines[index].text[-1] == ")" and index + 1 < len(lines) and \
        lines[index + 1].words <= MAX_LABEL_WORDS and \
        bool(_TICKER_SYMBOL.search(lines[index].text)) and \
        bool(_SHARE_PRICE.search(lines[index + 1].text))


def _fact_box(lines: list[Line], index: int, last: int) -> int | None:
    """A fact box inside the text: its label (_FACT_BOX_LABEL, _FIGURES_OF) or a share's
    name over its quote (_share_quote), then one to MAX_LIST_ITEMS short lines that are no
    paragraph, the text going on under them. A label's words ending in a colon ("Key
    figures for the quarter:") are the text's own, introducing its list. Returns where the
    text resumes, or None when the line opens no box."""
    line = lines[index]
    if line.prose or line.words > MAX_CUE_WORDS or line.text.endswith((":", "：")) or not (
            _FACT_BOX_LABEL.match(line.key) or _FIGURES_OF.fullmatch(line.key)
            or _share_quote(lines, index)):
        return None
    after = index + 1
    # (a box of short sentences, "حقائق" / "نحو 80% من الأمراض النادرة منشؤها وراثي." / …,
    # two or more, each no longer than a point: the text resumes with a longer paragraph)
    sentences = after <= last and lines[after].prose
    while after <= last and after - index <= MAX_LIST_ITEMS and (
            not lines[after].prose or (sentences and lines[after].words <= MAX_POINT_WORDS)) \
            and not _heads_paragraph(lines, after, last):
        after += 1
    return after if index + 1 + sentences < after <= last and (
        lines[after].prose or _heads_paragraph(lines, after, last)) else None


def _heads_paragraph(lines: list[Line], index: int, last: int) -> bool:
    """Whether the short line is the text's own heading over its next paragraph, where a
    box above it ends: a numbered subheading ("2- البحث عن بدائل") or an interview's
    question ("The Gazette: Do owners ever stay overnight?")."""
    return index < last and lines[index + 1].prose and (
        _numbered_subheading(lines, index, 0, last) or _answered_question(lines, index, 0, last))


def _disclaimed_box(lines: list[Line], index: int, last: int) -> int | None:
    """A box inside the text closed by its disclaimer (see _NOTICE_LABEL): its label, a
    short line, then one to MAX_LIST_ITEMS lines that are no paragraph, the last of them
    the disclaimer, the text going on under it ("Analysts' picks" / "Buy … | Target …" /
    "Disclaimer: the views are the analysts' own." / the next paragraph). Returns where the
    text resumes, or None when the line opens no such box."""
    line = lines[index]
    if line.prose or line.words > MAX_CUE_WORDS or line.text.endswith((":", "：")):
        return None
    after = index + 1
    while after <= last and after - index <= MAX_LIST_ITEMS and not lines[after].prose:
        after += 1
    return after if index + 2 < after <= last and lines[after].prose and \
        _NOTICE_LABEL.match(lines[after - 1].text) else None


# The label of a tip box set between paragraphs or closing the text ("Top tip", "Try it
# at home", "نصيحة طبيب"): the line or two under it are the box's advice, not the text.
_TIP_BOX_LABELS = frozenset(_key(label) for label in (
    "tip", "top tip", "quick tip", "pro tip", "expert tip", "doctor's tip", "try it at home",
    "try this at home", "نصيحة", "نصيحة طبيب", "نصيحة الطبيب", "نصيحة اليوم", "نصيحة الخبير",
    "جربها في البيت", "جربها في المنزل"))
# A travel piece's practical box closing the text ("Getting there", "If you go"): a
# subheading when paragraphs follow it, so only over one last line with a figure.
_CLOSING_BOX_LABELS = frozenset(_key(label) for label in (
    "getting there", "if you go", "need to know", "the details", "كيف تصل", "معلومات مفيدة"))
TIP_BOX_LINES = 2  # a tip box holds one or two lines of advice


def _tip_box(lines: list[Line], index: int, last: int) -> int | None:
    """A tip box inside or closing the text: its label alone (_TIP_BOX_LABELS), then one
    or TIP_BOX_LINES lines of advice, the text going on under them or ending with them; a
    practical box's label (_CLOSING_BOX_LABELS) only over the text's last line, which
    gives a figure (a distance, a fare, an hour).
    Returns where the text resumes (past ``last`` when the box closes it), or None."""
    key = lines[index].key
    if lines[index].prose:
        return None
    if key in _CLOSING_BOX_LABELS:
        return last + 1 if index + 1 == last and _DIGIT.search(lines[last].text) else None
    if key not in _TIP_BOX_LABELS:
        return None
    for after in range(index + 2, min(index + 2 + TIP_BOX_LINES, last + 2)):
        if after > last or lines[after].prose:
            return after
    return None


# The label of an aside set between paragraphs over one fact ("Did you know?", "هل تعلم؟",
# "معلومة تهمك", "About the study"): no heading of the text, which goes on under the fact.
_ASIDE_LABELS = frozenset(_key(label) for label in (
    "did you know", "did you know that", "good to know", "worth knowing", "quick fact",
    "fun fact", "about the study", "about this study", "about the research",
    "about the survey", "هل تعلم", "هل تعلمين", "هل تعلم أن", "هل تعرف", "هل تعرفين",
    "هل كنت تعلم", "معلومة", "معلومة تهمك", "معلومة مهمة", "معلومة سريعة", "معلومة مفيدة",
    "معلومة صحية", "عن الدراسة", "حول الدراسة", "عن البحث"))


def _aside_box(lines: list[Line], index: int, last: int) -> int | None:
    """An aside of one fact inside or closing the text: its label alone (_ASIDE_LABELS, a
    fact box's (see _FACT_BOX_LABEL, then a fact with no clause: a point) or a glossary's
    (_GLOSSARY_LABELS): one fact or term in it), then one sentence of a point's words at
    most, the text going on under it (its paragraph, or its subheading over one) or ending
    with it. A label ending in a colon
    ("أبرز النتائج:") is the text's own, introducing its list. Returns where the text
    resumes (past ``last`` when the aside closes it), or None."""
    label = lines[index]
    if label.prose or label.words > MAX_CUE_WORDS or index == last or \
            label.text.endswith((":", "：")):
        return None
    named = label.key in _ASIDE_LABELS or label.key in _GLOSSARY_LABELS
    if not named and not _FACT_BOX_LABEL.match(label.key):
        return None
    fact = lines[index + 1]
    if fact.words > MAX_POINT_WORDS or not _ends_sentence(fact.text) or \
            (not named and _CLAUSE_BREAK.search(fact.text)):
        return None  # (under a box's label shared with a report's heading, "Key findings",
        # one sentence with its clauses is the section's paragraph: a box's fact is a point)
    after = index + 2
    return after if after > last or lines[after].prose or (
        after < last and not lines[after].furniture and lines[after + 1].prose) else None


# The label of a glossary box set between paragraphs or closing the text ("Glossary", "Key
# terms", "مصطلحات"): each line under it a term, its colon, its definition.
_GLOSSARY_LABELS = frozenset(_key(label) for label in (
    "glossary", "key terms", "terms", "terms to know", "jargon buster", "jargon explained",
    "what the terms mean", "مصطلحات", "المصطلحات", "مصطلحات علمية", "مصطلحات تهمك", "مسرد",
    "مسرد المصطلحات", "قاموس", "قاموس المصطلحات"))
GLOSSARY_TERM_WORDS = 3  # a term before its colon: "Orbital plane", "الإلكتروليت الصلب"


def _glossary_box(lines: list[Line], index: int, last: int) -> int | None:
    """A glossary box inside or closing the text: its label alone (_GLOSSARY_LABELS), then
    two terms or more, each opening its line before a colon, its definition after it
    ("Scrub: the cancellation of a launch attempt."); the text goes on under the last of
    them (its paragraph or its heading) or ends with them. Returns where the text resumes
    (past ``last`` when the box closes it), or None."""
    if lines[index].key not in _GLOSSARY_LABELS or lines[index].prose:
        return None
    after = index + 1
    while after <= min(last, index + MAX_LIST_ITEMS) and \
            (term := _LABEL.match(lines[after].text)) and \
            len(term.group(1).split()) <= GLOSSARY_TERM_WORDS and \
            lines[after].words > len(term.group(1).split()):
        after += 1
    return after if after - index > 2 else None


# A donation box's button, which closes the box ("تبرع الآن", "Donate now").
_DONATE_BUTTONS = frozenset(_key(button) for button in (
    "تبرع", "تبرع الان", "تبرع الآن", "تبرع اليوم", "تبرعوا الآن", "ساهم الآن", "ادعمنا",
    "ادعمونا", "ادعمنا الآن", "donate",
    "donate now", "donate today", "give now", "give today", "support us", "support us today",
    "make a donation", "make a gift"))


# The site's own work, named by its appeal for support ("… supports our reporters in the
# field", "ادعموا صحافتنا المستقلة"); a charity's campaign in the text names its own.
_SITE_WORK = ("journalism", "independent reporting", "our reporting", "our reporters",
              "our newsroom", "صحافتنا", "الصحافة المستقلة", "صحافة مستقلة", "صحفيينا", "مراسلينا",
              # ... or the reader's gift it asks for ("Your donation can help us …", "تبرعك
              # يساعدنا …"): a charity's news speaks of no "you"
              "your donation", "your gift", "تبرعك", "تبرعكم")


def _site_appeal(line: Line) -> bool:
    """Whether the line over a donate button is the site's appeal: it names the site's
    work or the reader's gift (see _SITE_WORK). A paragraph of a charity's news may stand
    there too."""
    return textnorm.contains_any(line.text.casefold(), _SITE_WORK)


# A gift's worth in a charity's donation box: a sum, then what it does ("£25 can provide
# clean water …", "$50 buys a tarpaulin …", "100 ريال تكفي لإطعام …").
_GIFT_WORTH = re.compile(r"(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:ريال|درهم|دينار|جنيه|دولار|دولارات|"
                         r"يورو|euros?|dollars?|pounds?))\s+(?:can|could|will|would|buys?|"
                         r"provides?|pays?|feeds?|gives?|helps?|تكفي|يكفي|توفر|يوفر|تؤمن|يؤمن|"
                         r"تساعد|يساعد|تشتري|يشتري)\s")


def _gift_box_line(lines: list[Line], index: int, last: int) -> bool:
    """Whether the line belongs to a charity's donation box between paragraphs, over its
    donate button (see _DONATE_BUTTONS): the gift's worth right over it (see _GIFT_WORTH),
    sentence-shaped as it is, or the box's call, no paragraph, over that ("Help families
    arriving at the border" / "£25 can provide …" / "Donate today")."""
    if index + 1 < last and lines[index + 1].key in _DONATE_BUTTONS:
        return _GIFT_WORTH.match(lines[index].text) is not None
    return index + 2 < last and lines[index + 2].key in _DONATE_BUTTONS and \
        not lines[index].prose and _GIFT_WORTH.match(lines[index + 1].text) is not None


DONATION_WIDGET_LINES = 6  # a campaign's name, the sum raised, the target, the share, the button


def _in_donation_widget(lines: list[Line], index: int) -> bool:
    """Whether the line belongs to a campaign's donation widget over its donate button (see
    _DONATE_BUTTONS), as a charity's appeal prints it under the headline: its name, the sum
    raised, the target and the share reached ("تم جمع 14,250,000 ريال" / "الهدف: …" / "71%"),
    short lines and no sentence down to the button, two of them figures or more."""
    after, figures = index, 0
    while after < min(len(lines), index + DONATION_WIDGET_LINES) and \
            lines[after].words <= MAX_NAME_WORDS and not lines[after].prose:
        if lines[after].key in _DONATE_BUTTONS:
            return figures >= 2
        figures += _DIGIT.search(lines[after].text) is not None
        after += 1
    return False


def _text_under_button(lines: list[Line], index: int) -> int | None:
    """Where the text resumes under a donate button set between its paragraphs (a charity's
    campaign, the site's appeal): a paragraph right under it or under one short line (a
    share prompt), another paragraph within MAX_GAP lines under that. The button closing
    the article stands over the site's lists and footer instead."""
    for after in range(index + 1, min(index + 3, len(lines) - 1)):
        if lines[after].prose:
            return after if any(line.prose for line in lines[after + 1:after + 2 + MAX_GAP]) \
                else None
        if lines[after].words > MAX_CUE_WORDS or lines[after].cue in ("related", "tags"):
            return None
    return None


def _donate_box(lines: list[Line], index: int, last: int) -> int | None:
    """A donation box inside a charity's text: short lines that are no paragraph, among
    them two amounts or more ("50 ريال", "£10"), down to the donate button ("تبرع"), the
    text going on under it; or the button alone (see _text_under_button). Returns where the
    text resumes, or None."""
    if lines[index].key in _DONATE_BUTTONS:
        return _text_under_button(lines, index)
    after, amounts = index, 0
    while after < min(last, index + MAX_LIST_ITEMS) and not lines[after].prose and \
            lines[after].words <= MAX_NAME_WORDS:
        if lines[after].key in _DONATE_BUTTONS:
            return after + 1 if amounts >= 2 and lines[after + 1].prose else None
        amounts += lines[after].words <= 2 and bool(_DIGIT.search(lines[after].text))
        after += 1
    return None


# A work's caption: its kind, its quoted title, its year in brackets ("لوحة «جسر عند
# الغروب» (2025)", "Painting “Harbour at Dusk” (2019)").
_WORK_CAPTION = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)? [«“\"][^«»“”\"]{2,60}[»”\"] "
                           r"\((?:1[89]|20)\d\d\)")


def _work_caption(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line between paragraphs is a picture's caption naming the work it shows
    (see _WORK_CAPTION), the only such line: a list of works the text runs through heads
    each part so, a caption stands alone."""
    return first < index < last and bool(_WORK_CAPTION.fullmatch(lines[index].text)) and \
        not any(_WORK_CAPTION.fullmatch(lines[j].text) for j in range(first, last + 1)
                if j != index)


def _set_quote(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line between two paragraphs, wholly inside quotation marks, is a pull
    quote set alone: a spoken sentence of two clauses or more that no mark closes
    («الأسرة التي لا تجد الطعام …، وهذا ما نحاول تغييره»), or of one under a paragraph
    that ended its sentence, no colon introducing it («الراي صار لغة يتكلمها الشباب …»).
    The text quotes with its speaker named and its sentence closed, or under the line
    that names the speaker and introduces the quotation with a colon ("وقال المدرب:" /
    "\"…، …\""); a quoted subheading is a few words."""
    text = lines[index].text
    return first < index < last and text[:1] in "“«\"" and text[-1:] in "”»\"" and \
        lines[index].words > MAX_SIGNATURE_WORDS and not re.search(r"[.!?؟…]", text) and \
        not lines[index - 1].text.endswith((":", "：")) and (
            bool(_CLAUSE.search(text)) or (lines[index - 1].prose and _ends_sentence(
                lines[index - 1].text)))


# The speaker's role under a pull quote ("Jordanian energy official", "وزير الطاقة"): a
# writer's or an expert's (see _BIO_ROLE, _ARABIC_ROLES), or one the news quotes.
_SPEAKER_ROLE = _phrases([
    "official", "officials", "minister", "spokesperson", "spokesman", "spokeswoman", "president",
    "chairman", "chairwoman", "chair", "head", "chief", "director", "manager", "mayor",
    "governor", "ambassador", "diplomat", "economist", "resident", "farmer", "activist",
    "lawyer", "doctor", "owner", "founder", "member", "مسؤول", "مسؤولة", "وزير", "وزيرة",
    "متحدث", "متحدثة", "الناطق", "ناطق", "رئيس", "رئيسة", "مدير", "مديرة", "محافظ", "سفير",
    "عضو", "مواطن", "مواطنة", "مزارع", "ناشط", "ناشطة", "صاحب", "صاحبة", "مؤسس", "مؤسسة",
    *_ARABIC_ROLES])


def _credited_pull_quote(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line between two paragraphs, wholly inside quotation marks, is a pull
    quote over its speaker's credit: a short line, no sentence, naming the speaker or the
    speaker's role, a dash before it or none ("“…”" / "Jordanian energy official", «…» /
    "— NAME"), or the speaker titled, a short role after a comma ("Prof NAME, study
    author"), the text going on under it. A paragraph quoting its speaker names them in
    its sentence ("…," he said), and a subheading under a quotation names no speaker."""
    text = lines[index].text
    if not (first < index and index + 2 <= last and text[:1] in "“«\"" and text[-1] in "”»\"" and
            lines[index].words > MAX_SIGNATURE_WORDS and lines[index - 1].prose and
            lines[index + 2].prose):
        return False
    credit = lines[index + 1]
    if credit.prose or credit.words > MAX_NAME_WORDS or credit.text[-1] in ".:：" or \
            textnorm.contains_any(text[1:-1], "”»\""):
        return False
    name = credit.text.lstrip("-–— ")
    # (the name may carry its title and its role after a comma: "Dr NAME, project lead")
    head = name.split(",", 1)[0].split("،", 1)[0]
    return _name_alone(name) or _SPEAKER_ROLE.search(credit.key) is not None or \
        _BIO_ROLE.search(credit.key) is not None or _name_alone(_without_title(head))


SLIDE_LINES = 2  # a slide's lines under its counter: its caption, the next slide's button
SLIDE_RESUME_LINES = 8  # the text between two slides of one show: a few paragraphs
_FIRST_NUMBER = re.compile(r"\d+")


def _slideshow(lines: list[Line], index: int, last: int) -> int | None:
    """A slideshow set between paragraphs: slides, each its counter ("1/8", "Photo 2 of 8")
    over one or two short lines (its caption, a "next photo" button), the text going on
    under the last (or a gap's length under it). Returns where the slides end, or None when
    no counter opens them. The show opens at its first picture ("1 / 8", "Photo 1 of 6"),
    or goes on from its picture before, within SLIDE_RESUME_LINES above, a paragraph of
    the text between them, not under a counter ("3 / 5" / caption / "…" / "4 / 5")."""
    if lines[index].prose or not _gallery_counter(lines[index]):
        return None
    number = int(_FIRST_NUMBER.search(textnorm.to_ascii_digits(lines[index].text))[0])
    if number != 1 and not any(
            _gallery_counter(lines[j]) and int(_FIRST_NUMBER.search(
                textnorm.to_ascii_digits(lines[j].text))[0]) == number - 1 and
            any(lines[k].prose and not _gallery_counter(lines[k - 1]) for k in range(j + 2, index))
            for j in range(max(0, index - SLIDE_RESUME_LINES), index)):
        return None
    after, under, most = index + 1, 0, SLIDE_LINES
    while after <= last and not lines[after].prose:
        if _gallery_counter(lines[after]):
            most, under = min(most, max(under, 1)), 0  # (each slide holds as many lines)
        elif under == most:
            break  # (a line past the last slide's: the text's gap, "Update 10:40am")
        else:
            under += 1
        after += 1
    return after if any(lines[j].prose for j in range(after, min(last, after + MAX_GAP) + 1)) \
        else None


def _box_end(lines: list[Line], index: int, first: int, last: int) -> int | None:
    """Where a box opening at ``index`` inside the text ends: a reader poll, an embedded
    post, a fact, tip or glossary box, an embed under its label, a donation box (None:
    none opens)."""
    end = _poll(lines, index)
    if end is not None or index == first:
        return end
    if lines[index].prose and lines[index].words > 1:
        # (no box below opens on a paragraph, but a post's handle alone, wrapped, a post
        # on one line, or a post's words over its footer)
        return index + 2 if _one_line_post(lines, index, last) or \
            _footed_post(lines, index, last) else None
    for box in (_post_box, _fact_box, _tip_box, _glossary_box, _aside_box, _labelled_embed,
                _disclaimed_box, _newsletter_box, _statement_box, _latest_news_box):
        if (end := box(lines, index, last)) is not None:
            return end
    # (No paragraph opens a donation box: the cheap test spares most lines the look.)
    return None if lines[index].prose else _donate_box(lines, index, last)


# A link's call opening a sentence: "Click here to view an archive of the post.", "اضغط هنا
# لمشاهدة …" (folded keys).
_CLICK_OPENINGS = ("click here", "tap here", "اضغط هنا", "انقر هنا")
# ... or an interactive box's call to click one of its items to see more ("اضغط على اسم
# البلدية لعرض التفاصيل", "Tap on a district to see its results"), on a line's key.
_CLICK_VERBS = ("click ", "tap ", "اضغط ", "انقر ")
_CLICK_TO_VIEW = re.compile(r"(?:click|tap|اضغط|انقر) (?:on |علي |على )?(?:\S+ ){1,4}?"
                            r"(?:to (?:see|view|show|expand|enlarge|zoom)\b|"
                            r"ل(?:عرض|مشاهده|تكبير|الاطلاع|معرفه))")


# A button's call on a sponsored page: to book, to register, to call now ("Register your
# interest", "احجز موعدًا لزيارة …", "شقق … – اتصل الآن"); a file's link with its type and size.
_BUTTON_CALL = _phrases(["احجز موعدا", "احجز الان", "احجز وحدتك", "سجل اهتمامك", "سجل الان",
                         "اتصل الان", "اتصلوا الان", "register your interest", "register now",
                         "book a viewing", "book now", "enquire now", "call now",
                         # an event's button under its time ("Add to calendar")
                         "add to calendar", "add to my calendar", "add to your calendar",
                         "أضف إلى التقويم", "أضف الى التقويم", "إضافة إلى التقويم",
                         "إضافة الى التقويم",
                         # a shopping page's button under a product, a recipe's print button
                         "shop now", "shop the look", "تسوق الآن", "تسوقي الآن", "اشتري الآن",
                         "print recipe", "print this recipe", "print the recipe", "اطبع الوصفة",
                         "اطبعي الوصفة", "طباعة الوصفة",
                         # a blog's call to save the post on Pinterest ("Pin this for later")
                         "pin it", "pin it for later", "pin this", "pin this for later",
                         "pin for later",
                         # a radio's or a channel's call to hear or see a whole interview in
                         # its programme ("استمعوا إلى التصريح كاملا في برنامج «…»", "Listen to
                         # the full interview on …")
                         *(f"{verb} {what}" for verb in ("استمع إلى", "استمعوا إلى", "شاهد",
                                                         "شاهدوا")
                           for what in ("التصريح كاملا", "المقابلة كاملة", "الحوار كاملا",
                                        "اللقاء كاملا")),
                         *(f"{verb} the full {what}" for verb in ("listen to", "watch")
                           for what in ("interview", "statement"))])
# A shopping guide's button under a product: its price at a shop ("$29 at Walmart", "From £19
# at Argos", "€25 at Decathlon").
_PRICE_AT_SHOP = re.compile(r"(?:from )?[$£€]\s?\d[\d,.]*\s+at\s+\S+(?: \S+){0,2}$", re.I)
_FILE_SIZE = re.compile(r"\((?:pdf|docx?|xlsx?|pptx?|zip)[,،]?\s*[\d.,]+\s?(?:kb|mb)\)$"
                        # or the file's kind alone: "(PDF)", "(ملف PDF)", "(PDF file)"
                        r"|\((?:ملف |file: )?(?:pdf|docx?|xlsx?|pptx?)(?: file)?\)$", re.I)


# A form's button alone on its line, under a newsletter's email field ("بريدك الإلكتروني" /
# "اشتراك", "Your email" / "Submit"), on a line's key.
_FORM_BUTTONS = frozenset(_key(label) for label in (
    "اشتراك", "إرسال", "أرسل", "تسجيل", "submit", "send",
    # a newsletter form's ("Sign me up", "سجلني")
    "sign me up", "join now", "سجلني",
    # a login wall's, set between paragraphs, its buttons on one line between bars
    # ("تسجيل | لدي حساب", "Sign in | Create an account")
    "تسجيل الدخول", "دخول", "لدي حساب", "لدي حساب بالفعل", "إنشاء حساب", "sign in", "log in",
    "register", "create account", "create an account", "i have an account"))


def _button_call(line: Line) -> bool:
    """Whether the short line between paragraphs is a button (see _BUTTON_CALL,
    _FORM_BUTTONS, _PRICE_AT_SHOP), a login wall's buttons between bars, or a file's
    download link with its type and size ("Download the notice (PDF, 1.2 MB)")."""
    return line.words <= MAX_SHARE_WORDS and not line.prose and (
        line.key in _FORM_BUTTONS or bool(_BUTTON_CALL.search(line.key))
        or (" | " in line.text and all(_key(button) in _FORM_BUTTONS
                                       for button in line.text.split(" | ")))
        or (line.text.endswith(")") and bool(_FILE_SIZE.search(line.text)))
        or (line.text[0] in "$£€Ff" and bool(_PRICE_AT_SHOP.match(line.text))))


def _click_call(line: Line) -> bool:
    """Whether the line between paragraphs is a link's call in a sentence ("Click here to
    …"), an interactive box's call (see _CLICK_TO_VIEW), or a short line's last sentence
    is ("Get the latest news on WhatsApp. Click here to join.", "تابعونا على تلغرام. اضغط
    هنا للاشتراك"): the site's button, not the text."""
    return line.words <= MAX_SHARE_WORDS and (line.key.startswith(_CLICK_OPENINGS) or (
        line.key.startswith(_CLICK_VERBS) and _CLICK_TO_VIEW.match(line.key) is not None) or (
        line.words <= MAX_CAPTION_WORDS and ". " in line.text and
        line.text.rstrip(". ").rpartition(". ")[2].casefold().startswith(_CLICK_OPENINGS)))


# A caption closing on its picture's source after a spaced dash ("خريطة التحويلة … -
# المصدر: أشغال", "Map of the diversion – Source: Roads Authority"), or on its
# photographer's under a Gulf paper's "عدسة" (lens: "… - عدسة: NAME"; alone on its line,
# the label credits a gallery's photographer in the header).
_SOURCE_TAIL = re.compile(r"\s[-–—|]\s*(?:المصدر|مصدر الصورة|source|image source|عدسة)\s*[:：]"
                          r"\s*[^:：.]{1,30}$", re.IGNORECASE)
# ... or on its photographer's after the word for shooting it, no colon ("ساحة … بعد الترميم
# - تصوير المدونة", "… - بعدسة NAME", "The harbour at dawn – photo by NAME").
_SHOT_BY_TAIL = re.compile(r"\s[-–—|]\s*(?:تصوير|بعدسة|photos? by|pictures? by)\s+[^:：.]{1,30}$",
                           re.IGNORECASE)
_SHOT_BY_HINTS = ("تصوير", "بعدسة", " by ")  # (a quick test before the pattern)


def _chart_note(lines: list[Line], index: int, first: int) -> bool:
    """Whether the short line between paragraphs is a chart's note or source under its
    caption ("Chart: …" / "Note: Includes signed projects only." / "Source: …", "الشكل 1:
    …" / "ملاحظة: …"), or a source under the chart's unlabelled title and measure, two
    short lines of no sentence ("Choppy waters" / "Freight rates, $ per tonne" / "Source:
    …"): the chart's, none of the text."""
    def note(line: Line) -> bool:
        return line.words <= MAX_BYLINE_WORDS and (
            line.text.startswith(_NOTE_LABELS) or bool(_SOURCE_LABEL.match(line.text)))
    return index - 1 > first and note(lines[index]) and (
        _figure_caption(lines[index - 1].text) or (
            note(lines[index - 1]) and _figure_caption(lines[index - 2].text)) or (
            index - 2 > first and bool(_SOURCE_LABEL.match(lines[index].text)) and all(
                not lines[j].prose and lines[j].words <= MAX_CAPTION_WORDS and
                not _ends_sentence(lines[j].text) for j in (index - 2, index - 1))))


def _own_outlet_caption(lines: list[Line], index: int, last: int) -> bool:
    """Whether the short line between paragraphs is a picture's caption credited to the site
    whose name tops the page, after a dash ("بائع في سوق المدينة - OUTLET", "Traders at the
    market – OUTLET") or in brackets ("قوارب في الميناء (OUTLET)", as an agency's credit
    stands), or credited to a state agency by its short name in brackets over a paragraph
    ("محطة الخيران الشمسية (كونا)", see _CLOSING_WIRES: closing the text, the name credits
    its last paragraph): a few words and no sentence before it."""
    line, outlet = lines[index], lines[0].text
    bracketed = line.text[-1] == ")"
    text = line.text[:-1] if bracketed else line.text
    if bracketed and index < last and "(" in text and line.words <= MAX_CUE_WORDS * 2:
        before, _, wire = text.rpartition("(")
        if _key(wire) in _CLOSING_WIRES:
            return len(before) > 1 and not _ends_sentence(before.rstrip()) and \
                not line.prose and lines[index + 1].prose
    if not text.endswith(outlet) or line.prose or line.words > MAX_CUE_WORDS * 2:
        return False
    before = text[:-len(outlet)].rstrip()
    return before[-1:] in (("(",) if bracketed else ("-", "–", "—", "|")) and \
        len(before) > 1 and not _ends_sentence(before[:-1].rstrip()) and _masthead(lines, 0)


# A camera's or a picture's sign opening a photo story's caption: "📷 …", "📸 …", "🖼 …".
_PICTURE_SIGNS = frozenset("\U0001F4F7\U0001F4F8\U0001F5BC")


def _marked_caption(line: Line) -> bool:
    """Whether the short line between paragraphs is a picture's caption by its marks: it
    opens with a photo label ("أرشيفية - (PLACE)", "File photo: …": _PHOTO_LABEL) or a
    camera's sign (see _PICTURE_SIGNS), or closes on its source after a dash
    (_SOURCE_TAIL) or on its photographer's (_SHOT_BY_TAIL)."""
    return line.words <= MAX_CUE_WORDS * 2 and not line.prose and (
        line.text[0] in _PICTURE_SIGNS or bool(_PHOTO_LABEL.match(line.key))
        or (":" in line.text and bool(_SOURCE_TAIL.search(line.text)))
        or (textnorm.contains_any(line.text, _SHOT_BY_HINTS)
            and bool(_SHOT_BY_TAIL.search(line.text))))


# A painting's or a sculpture's medium in its caption, on a key with a space put before it:
# "«كثيب رقم 7»، أكريليك على قماش، 2025", "Blue Dune, oil on canvas, 2026".
_ARTWORK_MEDIUM_AFTER_SPACE = _after_space([
    "على قماش", "على ورق", "على خشب", "على كانفاس", "وسائط متعددة", "وسائط مختلطة",
    "on canvas", "on linen", "on paper", "on panel", "on board", "mixed media", "bronze",
    "watercolour", "watercolor", "gouache"])


_ARTWORK_YEAR = re.compile(r"\((?:19|20)\d\d\)|(?:19|20)\d\d\W*$")  # "(2024)", "…, 2025"


def _artwork_caption(line: Line) -> bool:
    """Whether the short line between paragraphs is an artwork's caption: its title, its
    medium (see _ARTWORK_MEDIUM_AFTER_SPACE) and the year it was made, closing it or in
    brackets ("«ليل الكثبان 3»، زيت على قماش، 2026", "Night Dune (2025), acrylic on canvas");
    or the work and its artist opening it, no sentence (see _WORK_BY: "لوحة للفنانة NAME من
    معرضها الأخير", "A painting by NAME, 2024")."""
    return line.words <= MAX_CAPTION_WORDS and ((
        _ARTWORK_MEDIUM_AFTER_SPACE.search(" " + line.key) is not None and
        _ARTWORK_YEAR.search(line.text) is not None) or (
            not line.prose and _WORK_BY.match(line.key) is not None))


# An artwork's caption opening on the work and its artist (folded keys): "لوحة للفنانة …",
# "من أعمال الفنان …", "A painting by …", "Installation by …".
_WORK_BY = re.compile(r"(?:(?:لوحه|عمل|منحوته|جداريه|صوره) (?:للفنان|للفنانه|للمصور|للمصوره)|"
                      r"من اعمال (?:الفنان|الفنانه)|(?:an? )?(?:painting|work|sculpture|mural|"
                      r"installation|drawing|print|photograph) by) ")


MIN_CAPTION_CLAUSE_WORDS = 8  # what a tabloid's caption says after its label: a clause


def _labelled_caption(line: Line) -> bool:
    """Whether the line reads as a tabloid's caption: a label of a few words, a colon, then
    a clause of MIN_CAPTION_CLAUSE_WORDS words or more with no full stop and no figure
    ("Sun-kissed: NAME showed off her glow in a white swimsuit in Marbella"). A list's item
    or a key figure ("Revenue: SAR 412 million …") holds fewer words or a figure."""
    if ":" not in line.text or line.prose or line.words > MAX_CUE_WORDS * 2 or \
            _DIGIT.search(line.text) or _ends_sentence(line.text):
        return False
    label = _LABEL.match(line.text)
    return label is not None and len(label.group(1).split()) <= MAX_LABEL_WORDS and \
        len(line.text[label.end():].split()) >= MIN_CAPTION_CLAUSE_WORDS


def _caption_pair(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line between paragraphs is one of two tabloid captions in a row (see
    _labelled_caption), each its picture's: alone, such a line may be a subheading."""
    return _labelled_caption(lines[index]) and any(
        _labelled_caption(lines[j]) for j in (index - 1, index + 1) if first <= j <= last)


def _table_source(lines: list[Line], index: int, first: int) -> bool:
    """Whether the short line between paragraphs gives the source of the table right above
    it ("المصدر: …", "Source: …" under the table's last row): the table's caption, none of
    the text."""
    above = lines[index - 1]
    return index > first and lines[index].words <= MAX_BYLINE_WORDS and \
        bool(_SOURCE_LABEL.match(lines[index].text)) and \
        _row_cells(above) > 0


# A genre's label before a pipe and another story's headline, set between paragraphs
# ("تحليل | ماذا تعني …؟", "Analysis | What the deal means …"): a link to that story.
# (Asked of the text's lines only: the page's own headline may open with the label.)
_GENRE_LINK_LABELS = frozenset(_key(label) for label in (
    "تحليل", "رأي", "مقال رأي", "تقرير خاص", "analysis", "opinion", "explainer", "comment",
    "fact check"))


def _genre_link(line: Line) -> bool:
    """Whether the line is a link to another story under its genre's label (see
    _GENRE_LINK_LABELS): the label, a pipe, the headline, no sentence's full stop; or to a
    live page's coverage, its headline closing on what it covered ("Live: TEAM v TEAM, second
    test – as it happened", "مباشر: … لحظة بلحظة", see _LIVE_LINK_ENDS)."""
    if line.key.endswith(_LIVE_LINK_ENDS):
        return not line.text.rstrip(_CLOSERS).endswith(".")
    label, pipe, headline = line.text.partition(" | ")
    return bool(pipe) and _key(label) in _GENRE_LINK_LABELS and \
        not headline.rstrip(_CLOSERS).endswith(".")


_LIVE_LINK_ENDS = (" as it happened", " لحظه بلحظه")  # (on keys)


def _breaking_strip(line: Line) -> bool:
    """Whether the line, no sentence, is a breaking-news strip set between paragraphs: one
    item under its label (see _BREAKING_ITEM: "Breaking | Airport reopens after storm
    closure"), the site's latest headline, not the text."""
    return line.text[0] in _BREAKING_INITIALS and bool(_BREAKING_ITEM.match(line.text)) and \
        not _ends_sentence(line.text)


# A call to read the site's own review or guide of what the text names, set between its
# paragraphs ("Read our full review of the …", "See our guide to the best …", "اقرأ
# مراجعتنا الكاملة لـ…"), on a line's key: a link, with no colon to say so.
_OWN_REVIEW_OPENINGS = ("read our", "see our", "check out our", "اقرا ", "اطلع على ")
_OWN_REVIEW_LINK = re.compile(r"(?:read|see|check out) our (?:\w+ ){0,3}?(?:review|guide|"
                              r"roundup|round up|verdict|hands on|comparison|picks|ranking)s?\b"
                              r"|(?:اقرا|اطلع على) (?:\w+ )?(?:مراجعتنا|تقييمنا|دليلنا|تجربتنا)")


def _own_review_link(line: Line) -> bool:
    """Whether the short line is a call to read the site's own review (see _OWN_REVIEW_LINK)."""
    return line.words <= MAX_ITEM_WORDS and line.key.startswith(_OWN_REVIEW_OPENINGS) and \
        _OWN_REVIEW_LINK.match(line.key) is not None


# An illustrator's credit under its label alone ("Illustration: NAME", "Artwork: NAME"), a
# charity's registration ("Registered charity no. 1187342") set in a donation box.
_ILLUSTRATION_CREDIT = re.compile(r"(?:illustrations?|artwork)\s*[:：]\s*\S", re.IGNORECASE)
_CHARITY_NUMBER = re.compile(r"(?:registered )?charity (?:no\.?|number|reg(?:istration)?\.? "
                             r"(?:no\.?|number))\s*:?\s*\d", re.IGNORECASE)


def _media_title(line: Line) -> bool:
    """Whether the line is an embedded chart's label, a pipe and its title ("إنفوجرافيك |
    يوم الحج بالأرقام", "Infographic | The flood in numbers"; see _MEDIA_LABELS), or a
    clip's title closing or opening on its kind (see _MEDIA_KIND_TAG)."""
    if line.text[-1] == ")":
        return line.words <= MAX_CAPTION_WORDS and bool(_MEDIA_KIND_TAG.search(line.text))
    if line.text[0] == "(" and line.words <= MAX_CAPTION_WORDS and \
            _MEDIA_KIND_OPENING.match(line.text):
        return True
    label, pipe, _ = line.text.partition(" | ")
    return bool(pipe) and _key(label) in _MEDIA_LABELS


def _inner_furniture(lines: list[Line], index: int, first: int, last: int) -> str | None:
    """Why a line of the run that is no paragraph is the site's, or None.

    A newsletter prompt between paragraphs, sentence or not, is the site's. So is a print
    page's running header over the text's next page, an embed's label or its player's name
    alone ("Video", "YouTube" under the video's title), its length ("Duration: 2:14"), a
    prompt to scroll to it ("Scroll down for video"), the site's question on the page ("Was
    this page helpful?", see _feedback_prompt), and a live page's entry time between
    its entries (or its update stamp: "تحديث 02:15 م"), a match's result card ("TEAM 3 - 1
    TEAM", see _result_card); a caption printed twice (the
    picture's text and its caption), or one that opens as a view of the scene ("جانب من
    حفل …", but not as a list's item: "- صور من …" under "- …"), or closes on its day, or
    a picture's counter, or one of two tabloid captions in a row (see _caption_pair)."""
    line = lines[index]
    if line.bullet and line.cue in ("caption", "widget") and _ends_sentence(line.text) and \
            any(lines[j].bullet for j in (index - 1, index + 1) if first <= j <= last):
        # "- صور من إحسان السلف." under "- …", "- إعلان سعر … قبل الشراء." over "- …" (an
        # announcement, no advertisement's label): a list's item
        return None
    return _furniture_reason(line) or (
        "related" if _genre_link(line) or _own_review_link(line) else None) or (
        "widget" if _promotion(line) or _video_player(line) or (
            # (an interview's question under a video's button is the text's: "المذيعة: …؟")
            _video_title(lines, index) and not _answered_question(lines, index, first, last))
        or line.key in _VIDEO_LABELS or line.key in _AD_LABELS or _click_call(line)
        or _developing_note(line)
        or _feedback_prompt(line) or _newsletter_promise(line) or _paywall_call(line)
        or _form_call(lines, index)
        or ("·" in line.text and line.words <= MAX_DATELINE_WORDS + 2
            and _REACTION_COUNT.search(line.text))  # an embedded post's counts, no date
        or _video_length(lines, index)
        or (line.text[:1].isdigit() and _player_chapter(lines, index, first))
        or _over_video_length(lines, index, last)
        or _view_count(line)
        or (line.words <= MAX_CONTROL_WORDS + 2 and _SCROLL_PROMPT.match(line.key))
        or _button_call(line)
        or (line.cue_words == "widget" and line.words <= MAX_CONTROL_WORDS
            and line.key.partition(" ")[0] in _AD_LABELS)  # "Advertisement · Scroll to …"
        or _GALLERY_LINK.match(line.key) or _INTERACTIVE_LINK.match(line.text)
        or (line.words <= MAX_CUE_WORDS * 2 and _SHOW_LINK.match(line.text))
        or _EPISODE_LINK.match(line.key) or _CLIP_LINK.match(line.key) or _media_title(line)
        or (line.words <= MAX_NAME_WORDS and _CHARITY_NUMBER.match(line.text))
        else None) or (
        "dateline" if _running_header(line) or _TIMESTAMP.match(line.text)
        or _coverage_stamp(line) else None) or (
        # (after the clocks: "UPDATE 1:45 PM" has a score line's shape)
        "widget" if _result_card(lines, index) and not _introduced_results(lines, index, first)
        else None) or (
        "caption" if any(lines[j].text == line.text
                         for j in (index - 1, index + 1) if first <= j <= last)
        or (line.words <= MAX_CUE_WORDS * 2 and _PHOTO_OF.match(line.key))
        or (line.words <= MAX_CAPTION_WORDS and _still_of_named_actor(line))
        or _marked_caption(line) or _artwork_caption(line)
        or _table_source(lines, index, first)
        or (line.words <= MAX_NAME_WORDS and _ILLUSTRATION_CREDIT.match(line.text))
        or _own_outlet_caption(lines, index, last)
        or (line.words <= MAX_BYLINE_WORDS and _chart_note(lines, index, first))
        or _gallery_counter(line) or _counted_caption(lines, index)
        or _under_picture_source(lines, index, first)
        or _caption_pair(lines, index, first, last)
        or _dated_caption(lines, index, first, last)
        or (index < last and _speaker_caption(lines, index)) else None)


def _speaker_caption(lines: list[Line], index: int) -> bool:
    """Whether the short line is a video's caption naming who speaks, a name then a comma
    and the speaker's role, over the speaker's words in quotation marks ("Awa Ndoye, port
    spokesperson" / "“No one will lose …”", "سامي الحداد، صياد" / "«…»"): the screen's,
    no subheading of the transcript. (The quotation mark is looked for first.)"""
    line = lines[index]
    if lines[index + 1].text[:1] not in _OPENING_QUOTES or line.words > MAX_CAPTION_WORDS:
        return False
    name, comma, role = line.text.replace("،", ",").partition(",")
    return bool(comma) and bool(role.strip()) and _name_shaped(name) and \
        given_names.opens_name(name.split())


# An embedded Facebook post's footer between paragraphs: "Posted by NAME on Tuesday, March
# 10, 2026" (the account's name may carry the page's direction marks).
_POSTED_BY = re.compile(r"posted by \S.{0,80} on \S.{0,40}\d$", re.IGNORECASE)


# A breaking story's note that the text is still being written, the site's under or over
# the text ("This is a developing story and will be updated.", "الخبر قيد التحديث").
_DEVELOPING_NOTES = frozenset(_key(note) for note in (
    "this is a developing story", "this is a developing story and will be updated",
    "this is a developing story and it will be updated", "this is a developing news story",
    "this is a breaking news story and will be updated", "this story is developing",
    "this story is developing and will be updated", "this story will be updated",
    "this story will be updated as more information becomes available",
    "this article will be updated", "more to follow", "check back for updates",
    "الخبر قيد التحديث", "هذا الخبر قيد التحديث", "خبر عاجل قيد التحديث", "جار تحديث الخبر",
    "جاري تحديث الخبر", "يجري تحديث الخبر", "سيتم تحديث الخبر", "سيتم تحديث هذا الخبر",
    "هذا خبر عاجل وسيتم تحديثه", "التفاصيل لاحقا", "المزيد من التفاصيل لاحقا"))


_NOTE_SENTENCES = re.compile(r"(?<=[.!])\s+")


def _developing_note(line: Line) -> bool:
    """Whether the line is a breaking story's note (see _DEVELOPING_NOTES), or two of them
    in a row on one line ("This is a developing story. Check back for updates.")."""
    return line.key in _DEVELOPING_NOTES or (
        line.words <= MAX_CAPTION_WORDS and ". " in line.text and
        all(_key(part) in _DEVELOPING_NOTES for part in _NOTE_SENTENCES.split(line.text)))


# The imperative opening a site's call to follow it ("Join …", "تابعونا …"); "تابع" and
# "انضم" open a report's sentences too ("تابع الوزير …", "انضم اللاعب إلى …").
_FOLLOW_CALL_WORDS = frozenset(("follow", "join", "تابعوا", "تابعونا", "انضموا"))


def _follow_call(line: Line) -> bool:
    """Whether the short sentence is the site's call to follow or join it on a network or
    an app (see _follow_prompt: "Join The Courier's WhatsApp channel for breaking news.",
    "تابعوا آخر الأخبار عبر قناتنا على تلغرام.")."""
    return line.words <= MAX_CAPTION_WORDS and \
        line.key.split(" ", 1)[0] in _FOLLOW_CALL_WORDS and _follow_prompt(line)


def _newsletter_promise(line: Line) -> bool:
    """Whether the short sentence is a newsletter's promise with no button by it: the
    reader's inbox and when the letter comes (see _INBOX, _NEWSLETTER_SCHEDULE: "Get The
    Courier in your inbox every Friday.", "أهم أخبار المدينة في بريدك الإلكتروني كل صباح.").
    (Its words are looked for first: the patterns cost more.)"""
    return line.words <= MAX_CAPTION_WORDS and ("your" in line.key or "بريدك" in line.key) \
        and bool(_INBOX.search(line.key)) and bool(_NEWSLETTER_SCHEDULE.search(line.key))


# A film's or a play's still, after the actor's name ("NAME في مشهد من فيلم «…»"), as
# printed (see _still_of_named_actor).
_IN_SCENE_FROM = (" في مشهد من ", " في لقطة من ")


def _still_of_named_actor(line: Line) -> bool:
    """Whether the line, of a caption's few words (MAX_CAPTION_WORDS at most, asked by the
    caller), is a still's caption: a person's given and family names, then "في مشهد من" (in
    a scene from) and the work ("NAME في مشهد من مسرحية «…»"), with no full stop: a sentence
    of the text says what the actor does."""
    text = line.text
    # (two substring tests first, at C speed: asked of every short line between paragraphs;
    # the caller asks the length)
    scene = _IN_SCENE_FROM[0] if _IN_SCENE_FROM[0] in text else \
        _IN_SCENE_FROM[1] if _IN_SCENE_FROM[1] in text else None
    if scene is None or text.endswith("."):
        return False
    head = text[:text.find(scene)].split()
    return 2 <= len(head) <= MAX_NAME_WORDS and given_names.opens_name(head)


def _sites_sentence(lines: list[Line], index: int, last: int) -> bool:
    """Whether a line of a paragraph's shape is the site's: a promotion, a video player's
    line or its caption over the clip's length, a link's call, a breaking story's note, a
    picture's caption opening as one, a sentence or not (see _PHOTO_OF: "Satellite image of
    the storm on Thursday.")."""
    line = lines[index]
    # (The tests of short lines asked under their bounds: a paragraph is spared their calls.)
    return _promotion(line) or _video_player(line) or _form_call(lines, index) or \
        _developing_note(line) or (line.words <= MAX_SHARE_WORDS and (
            _click_call(line) or (line.words <= MAX_CAPTION_WORDS and (
                _follow_call(line) or _newsletter_promise(line) or
                _over_video_length(lines, index, last) or _PHOTO_OF.match(line.key) is not None
                or _paywall_call(line)))))


def _classify_body(page: _Page, first: int, last: int, title: str) -> list[tuple[int, str]]:
    """Body lines as (index, kind); furniture and the headline again (``title``) removed."""
    lines = page.lines
    kept: list[tuple[int, str]] = []
    in_related = False  # inside a "read also" box that interrupts the text
    poll_end = slides_end = first  # a reader poll, a post, a fact box, a slideshow end here
    for index in range(first, last + 1):
        line = lines[index]
        if index >= poll_end and (resume := _box_end(lines, index, first, last)) is not None:
            poll_end = resume  # (a reader poll, an embedded post, a fact or tip box: not the text)
        if index < poll_end or line.text == title:  # (an aggregator's alt text: the headline)
            page.remove(index, "widget" if index < poll_end else "duplicate_title")
            continue
        if index >= slides_end and (resume := _slideshow(lines, index, last)) is not None:
            slides_end = resume
        if index < slides_end:
            page.remove(index, "caption")  # a slide's counter, caption or button
            continue
        if not line.furniture and (reason := _inset(lines, index, first, last)):
            page.remove(index, reason)
            continue
        if line.text.startswith(_INTERVIEW_NOTE_OPENINGS) and \
                _ARTICLE_NOTE.match(line.text.casefold()):
            page.remove(index, "widget")  # "This interview has been edited …", under the intro
            continue
        if line.text.startswith(_NOTE_LABELS) and first < index < last and \
                lines[index - 1].prose and lines[index + 1].prose:
            page.remove(index, "widget")  # "ملاحظة: …": a note box set between paragraphs
            continue
        if (line.prose or (index == last and line.run_on and _cut_off(lines, index))
                or (index == last and _closing_line(lines, index))
                or _text_table_row(lines, index, first) or _in_results(lines, index, first)) and \
                not _sites_sentence(lines, index, last) \
                and (line.words > MAX_BYLINE_WORDS or not _chart_note(lines, index, first)):
            kept.append((index, "paragraph"))
            in_related = False
            continue
        if reason := _inner_furniture(lines, index, first, last):
            page.remove(index, reason)
            # (A box's label opens a box; a link with its headline after the label is one.)
            in_related = in_related or (reason == "related" and line.words <= MAX_CUE_WORDS
                                        and not _one_line_link(line))
            continue
        if in_related and not (index < last and _text_in_box(lines, index, first, last)):
            page.remove(index, "related")  # a headline link of the box
            continue
        neighbours = [lines[j] for j in (index - 1, index + 1) if first <= j <= last]
        if line.bullet and _numbered_subheading(lines, index, first, last):
            kept.append((index, "subheading"))
        elif line.bullet and _interview_question(lines, index, first, last):
            kept.append((index, "paragraph"))
        elif line.bullet and _lone_bullet_link(lines, index, last, neighbours):
            page.remove(index, "related")  # a lone bullet link between paragraphs
        elif line.bullet:
            kept.append((index, "paragraph"))  # a real list inside the article
        elif _SITE_CALL.match(line.key) or _NUMBER_CALL.search(line.key) or \
                _follow_prompt(line):  # (the site's call to follow it, amid a list too)
            page.remove(index, "widget")
        elif index < last and _heads_text(lines, index, last) and line.words <= 15 \
                and not _last_box_item(lines, index, first, kept) \
                and not _ends_sentence(line.text) and not _picture_words(line) \
                and not (index > first and _EMBED_PROMPT.fullmatch(lines[index - 1].key)) \
                and not _follow_prompt(line) and not _PEOPLE_CAPTION.match(line.text) \
                and not _during_caption(line.text) and not _table_row(lines, index) \
                and not _FACT_BOX_FIGURE.match(textnorm.to_ascii_digits(line.text)) \
                and not _POSTED_BY.match(line.text) and not _archive_tail(line.text) \
                and not _OPENING_HOURS.search(line.key) and not _bracketed_note(line.text) \
                and not _FIGURES_NOTE.search(line.key):
            kept.append((index, "subheading"))
        elif (line.words >= 3 and line.text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)) or \
                _introduced_figure(lines, index, first) or _table_row(lines, index) or \
                _figures_in_text(lines, index, first, last) or _recipe_list(lines, index) or \
                _list_heading(lines, index, first) or _schedule(lines, index, first, last) or \
                _sentence_item(lines, index, first) or _reader_question(lines, index, last) or \
                _answer_in_lines(lines, index, first, last) or _quote_intro(lines, index, last) or \
                _verse_line(line) or (index == last and _cut_off(lines, index)):
            kept.append((index, "paragraph"))
        else:
            page.remove(index, "caption")
    return kept


def _under_picture_source(lines: list[Line], index: int, first: int) -> bool:
    """Whether the line, no paragraph, stands right under a picture's source alone between
    paragraphs, a wire's or a picture agency's name ("Reuters", "Getty Images", "رويترز":
    see _AGENCIES): the picture's caption under its credit, as a broadcaster prints them,
    no subheading."""
    above = lines[index - 1]
    return index > first and above.words <= 3 and \
        _AGENCY_PATTERN.fullmatch(above.key) is not None


# A note under a table or a chart on its figures or on how to view it, never a subheading:
# "الأسعار تتغير على مدار اليوم وهي للاسترشاد فقط", "Rates are indicative only", "Charts are
# interactive on desktop; tap to view on mobile".
_FIGURES_NOTE = _phrases(["للاسترشاد فقط", "استرشادية فقط", "استرشادي فقط", "for guidance only",
                          "indicative only", "for reference only", "tap to view",
                          "interactive on desktop", "best viewed on desktop"])


def _bracketed_note(text: str) -> bool:
    """Whether the line is all inside square brackets: a transcript's note of what the
    broadcast ran there ("[موسيقى]", "[فاصل إعلاني]", "[Video clip]"), never a subheading."""
    return text[0] == "[" and text[-1] == "]"


# The break between an Arabic verse's two halves, printed on one line ("يا بحرَ … تذكرني
# ... طفلًا …"): three dots or stars between spaces.
_HEMISTICH_BREAK = re.compile(r"\s(?:\.{3}|…|\*{1,3})\s")
HEMISTICH_WORDS = (3, 8)  # the words of a verse's half, fewest and most
HEMISTICH_SKEW = 2  # a verse's halves differ by this many words at most: one metre


def _verse_line(line: Line) -> bool:
    """Whether the line is a verse of Arabic poetry the text quotes, its two halves on one
    line (see _HEMISTICH_BREAK), of as many words give or take HEMISTICH_SKEW, no figure in
    them: text, no caption (which names what a picture shows in one run of words)."""
    halves = _HEMISTICH_BREAK.split(line.text)
    if len(halves) != 2 or _DIGIT.search(line.text) or not "\u0621" <= line.text[0] <= "\u064a":
        return False
    shortest, longest = sorted(len(half.split()) for half in halves)
    return HEMISTICH_WORDS[0] <= shortest and longest <= HEMISTICH_WORDS[1] and \
        longest - shortest <= HEMISTICH_SKEW


# A reader's question and the column's answer under their labels ("Q: …? — NAME, Town" /
# "A: …", "س: …؟ (NAME - المدينة)" / "ج: …"), on the line's text.
_QUESTION_LABEL = re.compile(r"(?:q|question|س|سؤال|السؤال)\s?[:.：]", re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"(?:a|answer|ج|جواب|الجواب|الإجابة|الاجابة)\s?[:.：]", re.IGNORECASE)


def _reader_question(lines: list[Line], index: int, last: int) -> bool:
    """Whether the short line is a reader's question under its label, the answer's
    paragraph under its own label right below it: the question is text however short, and
    the reader's name and town may close it after the question mark, so it ends no
    sentence."""
    text = lines[index].text
    return index < last and ("?" in text or "؟" in text) and \
        bool(_QUESTION_LABEL.match(text)) and lines[index + 1].prose and \
        bool(_ANSWER_LABEL.match(lines[index + 1].text))


def _quote_intro(lines: list[Line], index: int, last: int) -> bool:
    """Whether the short line introduces, with its colon, the verse or the quotation set on
    the line under it ("قال تعالى:" / "﴿…﴾", "As the psalmist wrote:" / "“…”"): the text's
    own words, however short."""
    text = lines[index].text
    return index < last and text.endswith((":", "：")) and \
        lines[index + 1].text[:1] in "﴿«“\"" and not lines[index].furniture and \
        not lines[index].cue


def _answer_in_lines(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the short line answers an interview's question right over it, in lines of
    their own (verse, a list: "هل تقرأ لنا مقطعاً منه؟" / "يا بحرُ، …" / "…"): the question
    stands at most MAX_GAP lines up, only such lines between, and another question under
    the same opening mark (see _question_opening) is answered by a paragraph in the text."""
    asked = index - 1
    while asked > first and index - asked <= MAX_GAP and not lines[asked].prose and \
            not lines[asked].furniture and _question_opening(lines[asked]) is None:
        asked -= 1
    opening = _question_opening(lines[asked])
    return opening is not None and index - asked <= MAX_GAP and any(
        lines[other + 1].prose and _question_opening(lines[other]) == opening
        for other in range(first, last) if other != asked)


MIN_LIST_INTRO_WORDS = 5  # "The authority listed three phases:", shorter than prose


MAX_ECHOED_SUBHEADING_WORDS = 5  # a dashed subheading: a few words, the dash among them


def _lone_bullet_link(lines: list[Line], index: int, last: int, neighbours: list[Line]) -> bool:
    """Whether the bulleted line, no bullet beside it (``neighbours``: the lines either side
    inside the text), is a link to another story's headline; not a subheading whose words
    the paragraph under it repeats ("- الرحلة الخامسة" / "وتعد هذه الرحلة الخامسة …", a
    wire's subheadings opening with a dash). With bullets beside it, see _dashed_links."""
    if any(neighbour.bullet for neighbour in neighbours):
        return _dashed_links(lines, index, last)
    line = lines[index]
    words = _key(_BULLET.sub("", line.text, count=1))
    return not (index < last and line.words <= MAX_ECHOED_SUBHEADING_WORDS and bool(words) and
                lines[index + 1].prose and f" {words} " in f" {lines[index + 1].key} ")


MAX_DASHED_LINKS = 4  # other stories' headlines, dashed, set between two paragraphs
LINK_WORDS = (4, 15)  # a headline's words, fewest and most


def _dashed_links(lines: list[Line], index: int, last: int) -> bool:
    """Whether the bulleted line is one of a few other stories' headlines, each after a dash,
    set between two paragraphs ("- Shabab Al Ahli extend unbeaten run …" / "- UAE squad named
    for …"): the paragraph over them closes its sentence, introducing no list, and none of
    them is a sentence nor numbered: links, no list of the text's."""
    top = end = index
    while top > 1 and lines[top - 1].bullet:
        top -= 1
    while end < last and lines[end + 1].bullet:
        end += 1
    return end < last and end - top < MAX_DASHED_LINKS and lines[top - 1].prose and \
        _ends_sentence(lines[top - 1].text) and lines[end + 1].prose and all(
            lines[j].text[0] in "-–—" and not _ends_sentence(lines[j].text) and
            LINK_WORDS[0] <= lines[j].words - 1 <= LINK_WORDS[1] for j in range(top, end + 1))


def _heads_text(lines: list[Line], short: int, last: int) -> bool:
    """Whether the line under a short line (past an ad slot's label: see _over_ad_slot)
    makes that a subheading: a paragraph, or a sentence too short for prose introducing a
    list, its first item bulleted or labelled under it ("وأوضحت الوزارة أن الخطة تشمل
    ثلاث مراحل:" / "المرحلة الأولى: …"; "The council listed three changes:" / "- …"), or
    its first two items short sentences, their bullets lost, under a label's few words
    ("شروط التمويل" / "… أبرزها:" / "ألا يتجاوز القسط 40 في المئة من الراتب." / "ألا تزيد
    المدة على 15 سنة."; a caption names what its picture shows in more), the short line
    under a paragraph or a link.
    A byline's or a date's colon is none; a speaker's words under the colon are no list
    (a portrait's caption may head them), and a post's words under its label head none; nor
    does a paywall meter's count of the free articles left (see _paywall_call) under its
    greeting ("Hello reader," / "You have 1 free article left this month.")."""
    index = _over_ad_slot(lines, short, last)
    line = lines[index]
    if line.prose:
        return not (lines[short].text[-1] in ",،" and _paywall_call(line))
    if line.bullet and index < last and lines[index + 1].bullet and lines[short - 1].prose and \
            lines[index + 1].text[0] == line.text[0]:
        return True  # the heading of a bulleted list ("Q4 highlights" / "- …" / "- …")
    return line.text[-1] in ":：" and line.words >= MIN_LIST_INTRO_WORDS and \
        index + 1 < len(lines) and not line.furniture and not line.byline_shaped and \
        not line.dates and (lines[index + 1].bullet or bool(_LABEL.match(lines[index + 1].text))
                            or _label_over_sentence_items(lines, short, index)) \
        and (lines[short - 1].prose or lines[short - 1].cue == "related"
             or _subheading_under_links(lines, short))  # (under a box's headline link)


def _label_over_sentence_items(lines: list[Line], short: int, intro: int) -> bool:
    """Whether the short line is a label's few words and the two lines under its list's
    colon (at ``intro``) short sentences, no cue: a list's items, their bullets lost."""
    return lines[short].words <= MAX_LABEL_WORDS and intro + 2 < len(lines) and all(
        item.words <= MAX_ITEM_WORDS and _ends_sentence(item.text) and not item.cue
        and not item.furniture for item in lines[intro + 1:intro + 3])


def _over_ad_slot(lines: list[Line], index: int, last: int) -> int:
    """The line a short line stands over, past an ad slot's label ("إعلان", "Advertisement")
    between it and the paragraph it heads: a subheading over its paragraph still."""
    under = index + 1
    return under + 1 if under < last and lines[under].key in _AD_LABELS else under


# An ad slot's label alone on its line, where the text goes on under it.
_AD_LABELS = frozenset(_key(label) for label in (
    "إعلان", "اعلان", "إشهار", "advertisement", "advert", "ad", "sponsored",
    "الإعلان", "الاعلان", "الإشهار",  # (with the article, as a Gulf site prints it)
    # (the plural a blog platform prints over its ad: "إعلانات", "Advertisements")
    "إعلانات", "اعلانات", "إشهارات", "advertisements", "ads",
    # (a francophone or a Latin American site's: "Publicité", "Publicidad")
    "publicité", "publicidad", "publicidade",
    # (an American cable site's button under each ad and video ad: "Ad Feedback")
    "ad feedback", "video ad feedback", "advertisement feedback",
    # (the slot's placeholder a Levantine site's template leaves in the text: "إضافة
    # اعلان", "add an advertisement")
    "إضافة إعلان", "إضافة اعلان",
    # (an American public radio's, over its underwriter's spot: "Sponsor Message")
    "sponsor message", "رسالة الراعي",
    # (the slot's placeholder an Egyptian site leaves, "advertising space", in a list too)
    "مساحة إعلانية", "مساحة اعلانية", "مساحة للإعلان", "advertising space", "ad space"))
# The same, or the note that the text goes on under the ad ("Story continues below"):
# the ad's slot between two paragraphs, however many lines it takes, no gap of the text.
_AD_SLOT_LINES = _AD_LABELS | frozenset(_key(label) for label in (
    "story continues below", "story continues below advertisement", "article continues below",
    "article continues below advertisement", "continue reading below", "story continues after "
    "advertisement", "article continues after advertisement", "story continues below this ad",
    "article continues below this ad"))
# A photo's button printed between paragraphs beside its caption ("Enlarge this image",
# "toggle caption", "تكبير الصورة"): the viewer's control, no step of the text; the line
# under it is the photo's caption or credit.
_PHOTO_CONTROLS = frozenset(_key(label) for label in (
    "enlarge this image", "toggle caption", "hide caption", "show caption", "expand image",
    "enlarge image", "view larger image", "تكبير الصورة", "اضغط لتكبير الصورة",
    "انقر لتكبير الصورة", "إخفاء التعليق", "إظهار التعليق"))
# The label of a paid box between paragraphs, alone on its line ("محتوى مدفوع", "Partner
# content"): the line under it is the advertiser's teaser. (An ad's slot, "Advertisement",
# may stand over the text's subheading: see _AD_SLOT_LINES.)
_PAID_LABELS = frozenset(_key(label) for label in (
    "محتوى مدفوع", "محتوى ممول", "محتوى مموَّل", "محتوى برعاية", "محتوى إعلاني", "partner content",
    "sponsored content", "paid content", "paid post", "paid partnership", "promoted content",
    "promoted",
    # (an ad slot's label alone may head a paid teaser too: "Sponsored" / "Discover …")
    "sponsored", "sponsored post", "advertorial", "إعلان ممول", "ممول"))


def _last_box_item(lines: list[Line], index: int, first: int,
                   kept: list[tuple[int, str]]) -> bool:
    """Whether a "label: value" line stands right under a line of a box the text left out
    (another "label: value", a run of days, a labelled chart or video: "متطلب الإعالة: …"
    under "لمّ الشمل: …", "Source: the central bank" under "Infographic: …"): the box's last
    item over the text, no subheading (nor a section's heading under its ordinal: see
    _ordinal_subheading)."""
    above = lines[index - 1]
    return index > first and (not kept or kept[-1][0] != index - 1) and \
        _list_item(lines[index]) and ((_list_item(above) and not _TIMESTAMP.match(above.text)) or (
            above.dates and _DAY_RANGE.match(textnorm.to_ascii_digits(above.text))) or (
            above.cue is not None and bool(_LABEL.match(above.text))
            and not _RUNNING_TIME.search(above.text))) and \
        not _ordinal_subheading(lines, index, first)
    # (a clip's "(00:38)": no label's colon; a section's ordinal, "ثالثاً:", no box's label)


# The ordinals that number a report's sections in Arabic ("أولاً: مقدمة", "ثانياً: …"),
# folded keys in their order.
_ARABIC_ORDINALS = tuple(_key(word) for word in (
    "أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً",
    "عاشراً"))


def _ordinal_subheading(lines: list[Line], index: int, first: int) -> bool:
    """Whether the "label: value" line is a section heading numbered by its ordinal
    ("ثالثاً: حدود التهدئة"): the ordinal before it heads a line above in the text, however
    far (a table's or a figure's caption may stand over it)."""
    label = _LABEL.match(lines[index].text)
    key = _key(label[1]) if label else ""
    if key not in _ARABIC_ORDINALS[1:]:
        return False
    before = _ARABIC_ORDINALS[_ARABIC_ORDINALS.index(key) - 1]
    return any(lines[j].key.startswith(before + " ") for j in range(first, index))


MIN_TEXT_FIGURES = 3  # labelled figures right under a paragraph that make a list of the text


def _figures_in_text(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line is one of MIN_TEXT_FIGURES labelled figures or more set right between
    two paragraphs, under no box's label ("… in its monthly list." / "Grade A: +2.20
    dollars" / "Grade B: …" / "Grade C: …" / "Refiners said …"): the text's own list of
    the figures. Two such lines are a price box beside the text."""
    above = below = index
    while above >= first and _labelled_figure(lines[above]):
        above -= 1
    while below <= last and _labelled_figure(lines[below]):
        below += 1
    return first <= above and below <= last and below - above > MIN_TEXT_FIGURES and \
        lines[above].prose and lines[below].prose


# A schedule's entry: a day (a day's number in its label) then its event, no figure in the
# value ("السبت 17 يناير: اللغة العربية", "Monday 12 January: English"), on ASCII digits.
_SCHEDULE_ENTRY = re.compile(r"[^:：\d]{0,20}\d{1,2}[^:：\d]{0,20}[:：]\s*\D+$")


def _schedule_entry(line: Line) -> bool:
    """Whether the short line is a schedule's entry (see _SCHEDULE_ENTRY)."""
    return not line.prose and line.words <= MAX_DATELINE_WORDS and \
        bool(_SCHEDULE_ENTRY.fullmatch(textnorm.to_ascii_digits(line.text)))


def _schedule(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the line is one of MIN_TEXT_FIGURES schedule entries or more in a row (an
    exam timetable's "السبت 17 يناير: اللغة العربية" …), or the short heading right over
    them under a paragraph ("التفاصيل"): the text's own list. A data box's values are
    figures ("Closing date: 12 June 2026"), its labels no day's number."""
    top = index
    if not _schedule_entry(lines[index]):
        if not (first < index < last and lines[index - 1].prose and
                lines[index].words <= MAX_LABEL_WORDS):
            return False
        top = index + 1
    while top > first and _schedule_entry(lines[top - 1]):
        top -= 1
    end = top
    while end <= last and _schedule_entry(lines[end]):
        end += 1
    return end - top >= MIN_TEXT_FIGURES


def _introduced_figure(lines: list[Line], index: int, first: int) -> bool:
    """Whether the line is one of the labelled figures or items the text introduces ("…
    على النحو الآتي:" over "بيروت: بين 11 و16 درجة", or a schedule's "المنطقة الأولى (…):
    السبت والثلاثاء", …): a list of the text. A key-figures box under its own title ("أبرز
    النتائج") repeats the text's figures beside it."""
    above, bare = index, False
    while above > max(first, index - MAX_LIST_ITEMS):
        if lines[above].key in _AD_SLOT_LINES:  # an ad's slot under the introducing clause
            above -= 1
            continue
        if not (_labelled_figure(lines[above]) or _list_item(lines[above])):
            if not _bare_item(lines[above]):
                break
            bare = True
        above -= 1
    # Bare items ("Moycullen village") follow a sentence of the text, not a short label:
    # a long one, or a short clause of two words or more right under a paragraph ("… on
    # Monday." / "The closed roads were:", "Stations affected:"), an advertisement's slot
    # or the text's subheading between them or not ("… allows." / "Where to take your
    # waste" / "Residents can use:").
    paragraph = above - 1
    while paragraph > first and lines[paragraph].furniture:
        paragraph -= 1
    heading = lines[paragraph]
    if paragraph > first and not heading.prose and lines[paragraph - 1].prose and \
            heading.headline_shaped and heading.text[-1] not in ".:!?؟" and \
            heading.cue is None and not heading.dates:
        paragraph -= 1  # (the subheading over the list's short clause)
    return above < index and lines[above].text.endswith((":", "：")) and \
        not lines[above].furniture and (lines[above].words > MAX_NAME_WORDS or not bare or (
            above > first and lines[paragraph].prose and lines[above].words >= 2))


# A recipe's two section labels: its ingredients, then its steps.
_RECIPE_LABELS = frozenset(_key(label) for label in (
    "المقادير", "المكونات", "مقادير", "مكونات", "طريقة التحضير", "طريقة العمل", "التحضير",
    "Ingredients", "Method", "Directions", "Preparation", "Instructions"))
# The ingredients label's word opening a longer label: the servings or the part of the dish
# ("المقادير لـ6 أشخاص:", "مقادير العجينة:", "Ingredients (serves 4)", "Ingredients for the
# sauce:").
_INGREDIENTS_WORDS = frozenset(_key(word) for word in (
    "المقادير", "المكونات", "مقادير", "مكونات", "Ingredients"))
MAX_RECIPE_LABEL_WORDS = 6  # "Ingredients for 4 to 6 people:"


def _recipe_label(line: Line) -> bool:
    """A recipe's section label (see _RECIPE_LABELS, _INGREDIENTS_WORDS), no sentence."""
    return line.key in _RECIPE_LABELS or (
        line.words <= MAX_RECIPE_LABEL_WORDS and line.key.split(" ", 1)[0] in _INGREDIENTS_WORDS
        and not line.text.endswith((".", "!", "?", "؟")))


def _recipe_list(lines: list[Line], index: int) -> bool:
    """Whether the line is a recipe's label ("المقادير", "Ingredients") or one of the
    short items under it ("2 cups of water"): the recipe's part of the text, its items
    no gap however many."""
    above = min(index, len(lines) - 1)  # (not the sentinel line closing the last run)
    while above > max(0, index - MAX_LIST_ITEMS) and _bare_item(lines[above]) and \
            not _recipe_label(lines[above]):
        above -= 1
    return _recipe_label(lines[above]) and not lines[above].furniture


def _list_heading(lines: list[Line], index: int, first: int) -> bool:
    """Whether the line is the heading of one group of a list the text runs through (a
    schedule's "الدوري الإنجليزي:" over "ليفربول × أستون فيلا - 5:00 م - …", a price
    list's "Economy class:" over its fares): a short label ending in a colon, over the
    group's first item (see _list_item, _labelled_figure); or a short lead-in over a
    bulleted list ("وتشمل البرامج:" / "- …", "Options include:" / "• …"), or over bare
    items under a paragraph of the run that starts at ``first`` ("المراكز المشمولة:" /
    "مركز البرشاء الصحي", see _introduced_figure)."""
    line = lines[index] if index + 1 < len(lines) else None
    return line is not None and line.text.endswith((":", "：")) and \
        line.words <= MAX_ITEM_WORDS and not line.prose and not line.furniture and \
        not line.cue and (lines[index + 1].bullet or _list_item(lines[index + 1])
                          or _labelled_figure(lines[index + 1])
                          or _introduced_figure(lines, index + 1, first))


def _numbered_subheading(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the numbered line between paragraphs is one of a list article's numbered
    subheadings ("1. ابدئي بالتمر واللبن" … "5. …"): the number before or after its own
    opens another line of the text. A lone link between paragraphs carries no count."""
    number = _NUMBER_OPENING.match(lines[index].text)
    if number is None:
        return False
    count = int(number[1])
    return any((other := _NUMBER_OPENING.match(lines[j].text)) and
               abs(int(other[1]) - count) == 1 for j in range(first, last + 1) if j != index)


def _interview_question(lines: list[Line], index: int, first: int, last: int) -> bool:
    """Whether the bulleted line between paragraphs is an interview's question ("- ما
    مشروعك القادم؟" over the answer): it asks, a paragraph answers it, and another
    question under the same mark is answered so in the text. A lone link between
    paragraphs, a question or not, has no such twin."""
    def asked(j: int) -> bool:
        return lines[j].bullet and lines[j].text.endswith(_QUESTION_MARKS) and \
            lines[j].text[0] == lines[index].text[0] and lines[j + 1].prose
    return index < last and asked(index) and any(
        asked(j) for j in range(first, last) if j != index)


def _one_line_link(line: Line) -> bool:
    """"اقرئي أيضاً: أفضل الأقنعة المنزلية": a link's label and its headline on one line."""
    label = _LABEL.match(line.text)
    return label is not None and len(line.text[label.end():].split()) > 1


def _video_title(lines: list[Line], index: int) -> bool:
    """Whether the line, between paragraphs, is an embedded video's title under its label
    alone or with the clip's length ("فيديو" / "جولة في سوق الجملة", "فيديو | 02:14" / "نازحون
    في مخيم على الحدود"), under its button ("شاهد الفيديو", "Watch the report": see
    _WATCH_BUTTON), or under a player's line opening with the label, its length closing
    it ("Video Ad Feedback" / "How the port reopened 02:47"), or under the label and the
    clip's length on a line of its own ("فيديو" / "03:12" / TITLE): a few words, no sentence."""
    line = lines[index]
    if line.words > MAX_ITEM_WORDS or _ends_sentence(line.text):
        return False
    above = lines[index - 1].key
    return above in _VIDEO_LABELS or _WATCH_BUTTON.fullmatch(above) is not None or (
        line.text[-3:-2] == ":" and _CLIP_LENGTH.search(line.text[-7:]) is not None and
        above.partition(" ")[0] in _VIDEO_LABELS) or \
        _video_label_and_length(lines[index - 1].text) or (
            index > 1 and lines[index - 1].text[-1:].isdigit() and
            _LENGTH_ALONE.fullmatch(lines[index - 1].text) is not None and
            lines[index - 2].key in _VIDEO_LABELS)


_CLIP_LENGTH = re.compile(r"\s\d{1,2}:\d{2}$")  # a clip's minutes and seconds after its title
# A video's label and the clip's length alone, a bar, a dot or a dash between or none:
# "فيديو | 02:14", "Video · 1:05:10".
_LABEL_AND_LENGTH = re.compile(r"(?P<label>[^\d|·•\-–—]{2,30}?)\s*[|·•\-–—]?\s*"
                               r"\d{1,2}:\d{2}(?::\d{2})?")


def _video_label_and_length(text: str) -> bool:
    """Whether the line is a video's label and its clip's length alone (see
    _LABEL_AND_LENGTH), the player's line over the clip's title."""
    found = _LABEL_AND_LENGTH.fullmatch(text) if text[-1:].isdigit() else None
    return found is not None and _key(found["label"]) in _VIDEO_LABELS


# An embedded video's length under its title ("مدة الفيديو: 00:48", "Duration: 2:14", the
# colon left out too: "مدة المقطع 01:12"), or
# in words as a player reads it out ("Duration: 1 minute 12 seconds", "المدة: دقيقتان و5 ثوان");
# or an audio file's, its minutes and seconds marked ("مدة الملف ٣'١٢\"", "File length 3'12\"").
_VIDEO_LENGTH = re.compile(r"(?:(?:مدة الملف|مدة التسجيل|file length|audio length)\s*[:：]?\s*"
                           r"\d{1,2}['′]\d{2}[\"″]?|(?:مدة الفيديو|مدة المقطع|المدة|video length|"
                           r"video duration|duration|"
                           r"length)\s*[:：]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?|(?:(?:و\s*)?\d*\s*"
                           r"(?:hours?|minutes?|mins?|seconds?|secs?|ساعة|ساعتان|ساعات|دقيقة|"
                           r"دقيقتان|دقائق|ثانية|ثانيتان|ثوان|ثواني)\s*){1,3}))$", re.IGNORECASE)
MAX_LENGTH_WORDS = 7  # a video's length in words: "Duration: 1 hour 2 minutes 5 seconds"
_LENGTH_ALONE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")  # "00:02:41", "2:14", with no label


def _video_length(lines: list[Line], index: int) -> bool:
    """Whether the line is an embedded video's length under its label (see _VIDEO_LENGTH),
    or the clip's length alone right under the video's title (see _video_title: "فيديو" /
    "جولة في السوق القديمة" / "00:02:41"): the player's, no paragraph of the text."""
    line = lines[index]
    if line.text[-1:].isdigit() and _LENGTH_ALONE.fullmatch(line.text):
        return index > 1 and _video_title(lines, index - 1)
    return line.words <= MAX_LENGTH_WORDS and _VIDEO_LENGTH.match(line.text) is not None


# A chapter's mark in a video's player between paragraphs: its offset into the clip, then
# its title ("00:45 جولة داخل المحطة", "1:20 The mayor's speech").
_CHAPTER_MARK = re.compile(r"(\d{1,2}(?::\d{2}){1,2}) [^\W\d]")


def _player_chapter(lines: list[Line], index: int, first: int) -> bool:
    """Whether the line is a chapter's mark of the story's video (see _CHAPTER_MARK), a few
    words and no sentence, its offset short of the clip's length printed alone over the
    text ("02:36"), within MAX_GAP lines: the player's, no subheading. (A live page's
    entry time stands under no clip's length.)"""
    line = lines[index]
    if line.words > MAX_ITEM_WORDS or _ends_sentence(line.text) or \
            (mark := _CHAPTER_MARK.match(line.text)) is None:
        return False
    length = next((lines[j].text for j in range(first - 1, max(-1, first - MAX_GAP - 1), -1)
                   if lines[j].text[-1:].isdigit() and _LENGTH_ALONE.fullmatch(lines[j].text)),
                  None)
    return length is not None and _seconds(mark.group(1)) < _seconds(length)


def _seconds(clock: str) -> int:
    """The seconds a clip's length or offset counts ("02:36": 156, "1:04:10": 3850)."""
    total = 0
    for part in clock.split(":"):
        total = total * 60 + int(part)
    return total


def _over_video_length(lines: list[Line], index: int, last: int) -> bool:
    """Whether the line is an embedded video's caption over the clip's length (see
    _VIDEO_LENGTH), a sentence or not: the player's, no paragraph of the text. (The next
    line's width is looked at first: a paragraph stands over a paragraph.)"""
    return index < last and lines[index + 1].words <= MAX_LENGTH_WORDS and \
        lines[index].words <= MAX_CAPTION_WORDS and \
        _VIDEO_LENGTH.match(lines[index + 1].text) is not None


def _video_player(line: Line) -> bool:
    """Whether the line, between paragraphs, is an embedded video's player: its label, a
    pipe, then its title ("فيديو | كيف تستخرج …"), or any label's when the clip's running
    time closes it ("Clip | … (1:45)", see _RUNNING_TIME). (Over the text the same line
    heads a video story: only the body's lines are asked.)"""
    pipe = line.text.find("|", 0, LINK_LABEL_CHARS + 2)  # (no copy of the head: quicker)
    return pipe >= 0 and line.words > 2 and (
        _key(line.text[:pipe]) in _VIDEO_LABELS or (
            line.text[-1] == ")" and line.words <= MAX_SHARE_WORDS
            and _RUNNING_TIME.search(line.text[-8:]) is not None))


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


@functools.cache
def evidence_fields() -> tuple[str, ...]:
    """The fields whose evidence an article records, as the schema lists them (read on
    first use, not at import: a command that never cleans needs no schemas)."""
    return tuple(schemas.load("article")["properties"]["evidence"]["required"])


def _latest_date(retrieved: str | None, today: dt.date | None,
                 where: dict) -> tuple[dt.date, str]:
    """The last day a publication date can fall on, and what that day is."""
    if retrieved:
        try:
            day = dt.date.fromisoformat(retrieved[:10])
        except ValueError:
            raise PipelineError(Problem("bad-retrieved", f"retrieval date {retrieved!r} is not "
                                        "an ISO date (YYYY-MM-DD)", **where)) from None
        return day, f"the capture's retrieval date ({day})"
    # Not printed in the note: a record must not change with the day it was made on.
    return today or dt.date.today(), "the day the page was cleaned"


def _evidence(lines: list[Line], header: _Header, values: dict) -> dict:
    """Per field of evidence_fields(): the raw line and rule it came from; null when null."""
    found = {}
    for name in evidence_fields():
        value = values[name]
        asserted = value["date"] if isinstance(value, dict) else value
        index, rule = header.evidence.get(name, (None, None))
        found[name] = {"line": lines[index].number, "rule": rule} \
            if asserted is not None and index is not None else None
    return found


def _dated_list_headline(lines: list[Line], body_start: int) -> int | None:
    """The headline of a daily list that names its day, when no other line above the text
    is headline-shaped: a topic's word or two and the date alone, no clock ("وفيات الأربعاء
    22 رمضان 1447هـ", "Deaths: Wednesday, March 11, 2026"), no date's label ("نشر", "Updated")
    beside it, over the credit or the date within two lines; the nearest such line to the
    text, or None (a date line with no topic word is the header's date)."""
    for index in range(body_start - 1, max(-1, body_start - MAX_GAP - 4), -1):
        line = lines[index]
        topic = _key(_beside_dates(line)) if line.dates and not line.furniture else ""
        if topic and len(topic.split()) <= MAX_LABEL_WORDS - 1 and \
                not _CLOCK.search(textnorm.to_ascii_digits(line.text)) and \
                not _DATE_LABEL_PATTERN.search(topic) and not _UPDATE_PATTERN.search(topic) and \
                any(lines[j].dates or lines[j].byline_shaped or _writer_credit(lines[j])
                    for j in range(index + 1, min(body_start, index + 3))):
            return index
    return None


def _run_on_headline(lines: list[Line], body_start: int) -> int | None:
    """A long headline printed with no mark at all, taken for a ticker's run of headlines
    (see Line.run_on): an official agency's, its titles of honour running on ("صاحب السمو
    … يترأس اجتماع … بحضور صاحب السمو …"), right over its date alone over the text, when no
    other line above the text is headline-shaped; or None. A ticker is never the one line
    between the header and the date right over the text, nor printed under another run."""
    index = body_start - 2
    if index < 1 or not lines[body_start - 1].dated_label:
        return None
    line = lines[index]
    if not MIN_TICKER_RUN_WORDS <= line.words <= MAX_HEADLINE_WORDS or not line.run_on or \
            line.boilerplate or line.dates or line.cue is not None or lines[index - 1].run_on:
        return None
    return index


def _short_headline_under_card(lines: list[Line], body_start: int) -> int | None:
    """A column's headline of two or three words, too short to be headline-shaped
    ("أمهات «الجروب»", "Mothers' group chats"), over the date alone right over the text,
    under a writer card's link to the writer's other columns (see _archive_link) within
    CARD_LINES lines, when no other line above the text is headline-shaped; or None. A
    bare name (see _name_shaped) stands there too, the writer's: no headline."""
    index = body_start - 2
    if index < 1 or not lines[body_start - 1].dated_label:
        return None
    line = lines[index]
    if not 2 <= line.words <= MAX_LABEL_WORDS or line.dates or line.furniture or \
            _name_shaped(line.text):
        return None
    return index if any(_archive_link(lines[j])
                        for j in range(max(0, index - CARD_LINES), index)) else None


def _video_headline(lines: list[Line], body_start: int) -> int | None:
    """A video report's headline under its label ("بالفيديو: …", "VIDEO: …"), read as an
    embedded video's title (see _video_label), over its date or its byline (see
    _dated_below) or the writer's bare name right under it, when no other line above the
    text is headline-shaped; or None. An embed stands under the header's date or between
    paragraphs, never over them."""
    return next((index for index in range(body_start - 1) if _video_label(lines[index]) and (
        _dated_below(lines, index, body_start, set()) or _bare_name(lines[index + 1]))), None)


def _title_and_body(lines: list[Line], where: dict) -> tuple[tuple[int, str], tuple[int, int]]:
    """(title index, rule) and (first, last) body indices; a PipelineError when none."""
    body = _find_body(lines)
    if body is None:
        raise PipelineError(Problem("no-article", f"no block of running text found among "
                                    f"{len(lines)} non-blank lines: this page holds no "
                                    "recognisable article", **where))
    title = _find_title(lines, body[0])
    if title is not None and (post := _post_under_date_header(lines, title[0], body)) is not None:
        title = post, "under_date_header"
    if title is None and (inside := _title_inside_run(lines, body)):
        return (inside[0], "headline_inside_run"), (inside[1], body[1])
    if title is None and (dated := _dated_list_headline(lines, body[0])) is not None:
        return (dated, "dated_list_headline"), body
    if title is None and (short := _short_headline_under_card(lines, body[0])) is not None:
        return (short, "short_headline_under_card"), body
    if title is None and (run_on := _run_on_headline(lines, body[0])) is not None:
        return (run_on, "run_on_headline"), body
    if title is None and (video := _video_headline(lines, body[0])) is not None:
        return (video, "video_headline"), body
    if title is None:
        raise PipelineError(Problem("no-title", "no headline-shaped line stands above the "
                                    f"article text (which starts at line "
                                    f"{lines[body[0]].number})", **where))
    return title, body


def clean_text(text: str, *, article_id: str, source_file: str = "", source_sha256: str = "",
               encoding: str = "utf-8", outlet: str | None = None,
               boilerplate: frozenset[str] = frozenset(), retrieved: str | None = None,
               today: dt.date | None = None) -> dict:
    """Turn the decoded text of one page into an article record (schemas/article.schema.json).

    ``boilerplate`` holds line keys seen on other pages of the same outlet
    (see :func:`repeated_lines`); they are never taken for article text. No date after
    ``retrieved`` (the capture's ISO retrieval date) or, when that is unknown, after
    ``today`` is taken for a publication date.
    Raises :class:`PipelineError` when the page holds no recognisable article.
    """
    texts, plain = textnorm.lines_and_plain(text)
    lines = [Line(number, content, plain=plain) for number, content in enumerate(texts, 1)
             if content]
    if boilerplate:
        for line in lines:
            line.boilerplate = line.words <= MAX_BOILERPLATE_WORDS and line.key in boilerplate
    _mark_labelled_tickers(lines)
    _mark_headlines_over_bylines(lines)
    _mark_subheadings(lines)
    _mark_wrapped(lines)
    where = {"file": source_file or article_id, "record": article_id}
    (title, title_rule), body = _title_and_body(lines, where)
    page = _Page(lines)
    page.remove(title, "title")
    header = _read_header(page, title, body, _latest_date(retrieved, today, where), outlet)
    _second_writer_line(page, header, body[0])
    _town_after_byline(page, header)
    _source_under_caption(page, header)
    header.take("title", lines[title].text, title, title_rule)
    _read_after_text(page, header, body[1])
    _read_opening_dateline(page, header, body[0])
    _read_post_meta(page, header, title)
    _read_name_over_headline(page, header, title, body[1])
    _read_writer_in_headline(page, header, title)
    _confirmed_header_date(page, header, body)
    _print_issue_date(page, header, body)
    _opening_dateline_date(page, header, body[0])
    _dateline_under_widget(page, header, body[0])
    kept = _classify_body(page, *body, lines[title].text)
    _closing_lines(page, kept, header)
    if not kept:
        raise PipelineError(Problem("no-article", f"the run of text at lines "
                                    f"{lines[body[0]].number}-{lines[body[1]].number} holds "
                                    "nothing but page furniture (captions, links, credits)",
                                    **where))
    _classify_outside(page, title, *body)
    language, languages = textnorm.languages([lines[i].text for i, _ in kept])
    language = language or "ar"
    paragraphs = [
        {
            "id": f"{article_id}-p{n:03d}",
            "article_id": article_id,
            "index": n,
            "kind": kind,
            "language": own or language,
            "text": lines[i].text,
        }
        for n, ((i, kind), own) in enumerate(zip(kept, languages, strict=True))
    ]
    values = _header_values(header)
    return {
        "id": article_id,
        "source_file": source_file,
        "source_sha256": source_sha256,
        "encoding": encoding,
        "title": values["title"],
        "standfirst": values["standfirst"],
        "outlet": outlet or _outlet_from_page(lines, title, values["author"]),
        "author": values["author"],
        "language": language,
        "published": values["published"],
        "updated": values["updated"],
        "evidence": _evidence(lines, header, values),
        "body": paragraphs,
        "removed": [_removed(lines[i], reason, header.line_notes)
                    for i, reason in sorted(page.reasons.items())],
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
    text, encoding, decoding_note = textnorm.decode_replacing(data, file=source["file"])
    article = clean_text(text, article_id=source["id"], source_file=source["file"],
                         source_sha256=source["sha256"], encoding=encoding,
                         outlet=source.get("outlet"), boilerplate=boilerplate,
                         retrieved=source.get("retrieved"))
    return article | ({"notes": decoding_note} if decoding_note else {})


def adhoc_source(path: Path) -> dict:
    """A manifest-shaped record for a page that is not (yet) in sources/."""
    return {"id": re.sub(r"[^A-Za-z0-9_.-]", "_", path.stem) or "page", "file": path.name,
            "sha256": sha256_file(path), "outlet": None}


# ---------------------------------------------------------------------------------------
ARTICLES_DIR = ROOT / "build" / "articles"


class ArticleRecords(Mapping):
    """The clean stage's article records by id, in manifest order, each read from its file
    when first asked for: a build that changed a few articles of a large corpus needs few
    records whole (the translate stage reads those it redoes), and reading and decoding
    tens of thousands costs seconds. A file changed since the stage hashed it stops the
    build (``input-changed``) rather than mixing two versions of one record."""

    def __init__(self, out_dir: Path, digests: dict[str, str], made: dict[str, dict]):
        self._out_dir, self._digests, self._read = Path(out_dir), digests, dict(made)

    def __getitem__(self, article_id: str) -> dict:
        if article_id not in self._read:
            name = f"{article_id}.json"
            self._read[article_id] = msgspec.json.decode(read_verified(
                self._out_dir / name, self._digests[article_id], name))
        return self._read[article_id]

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._digests  # Mapping's own would read the record

    def __iter__(self) -> Iterator[str]:
        return iter(self._digests)

    def __len__(self) -> int:
        return len(self._digests)


@dataclass
class CleanReport:
    articles: ArticleRecords
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


def clean_page(data: bytes, record: dict, repeated: frozenset[str], output: str
               ) -> tuple[dict | None, list[Problem], bytes | None]:
    """Clean one page and check its record against the schema, writing nothing (on a
    Dask worker, pipeline/distributed.py). Returns the record, its problems and its bytes."""
    try:
        article = clean_source(data, source=record, boilerplate=repeated)
    except PipelineError as error:
        return None, error.problems, None
    found = schemas.problems(article, "article", file=output)
    return article, found, None if found else canonical_json(article).encode("utf-8")


def write_page(page: tuple[dict | None, list[Problem], bytes | None], output: str
               ) -> tuple[dict | None, list[Problem], str | None]:
    """Write a cleaned page's record; returns it, its problems and the file's SHA-256."""
    article, found, text = page
    if text is None:
        return article, found, None
    # Rebuilt from the sources whenever lost: no fsync (see atomic_write_bytes).
    atomic_write_bytes(Path(output), text, durable=False)
    return article, found, sha256_bytes(text)


def _clean_checked(task: tuple[bytes, dict, frozenset[str], str]
                   ) -> tuple[dict | None, list[Problem], str | None]:
    """Clean one page, check its record against the schema and write it (in a worker)."""
    return write_page(clean_page(*task), task[3])


@contextmanager
def _parallel(allowed: bool = True) -> Iterator[Callable]:
    """``map``, over worker processes (one per core) for a call with enough items to pay
    for them (``PARALLEL_MIN``): the processes start at the first such call, so a build
    that cleans one page starts none."""
    workers = os.cpu_count() or 1
    with ExitStack() as stack:
        pool: list[ProcessPoolExecutor] = []

        def mapper(func: Callable, args: list) -> Iterable:
            if not allowed or workers < 2 or len(args) < PARALLEL_MIN:
                return map(func, args)
            if not pool:
                # Forked workers start at once with the rules compiled; spawned ones
                # would import everything again (seconds).
                fork = "fork" in multiprocessing.get_all_start_methods()
                pool.append(stack.enter_context(ProcessPoolExecutor(
                    workers, mp_context=multiprocessing.get_context("fork" if fork else None))))
            return pool[0].map(func, args, chunksize=max(1, len(args) // (workers * 8)))
        yield mapper


def run(*, sources_dir: Path = sources.SOURCES_DIR, out_dir: Path = ARTICLES_DIR,
        cache_dir: Path = CACHE_DIR, force: bool = False,
        clean_pages: Callable[[list[tuple]], Iterable[tuple]] | None = None) -> CleanReport:
    """Clean every source in the manifest into ``out_dir/<id>.json``.

    A source that fails is reported and skipped; the others are still written. When
    any failed, a :class:`PipelineError` listing every failure is raised at the end.
    ``clean_pages`` (a Dask cluster's, pipeline/distributed.py) cleans the pages' tasks
    in place of this machine's worker processes, giving what ``_clean_checked`` gives.
    """
    records = sources.read_manifest(sources_dir)
    # A forced build hashes every page again; others trust a page whose stat is unchanged.
    sources.verify(records, sources_dir, memo_dir=None if force else cache_dir)
    records = sources.originals(records)  # a marked duplicate is not a second article
    stage_cache = StageCache("clean", cache_dir, force=force)
    version = stage_cache.step
    outlets_cache = StageCache("clean-outlets", cache_dir, force=force)
    # An unchanged article's file is trusted while its stat is unchanged (not read).
    digests = None if force else DigestMemo(cache_dir, "clean")
    out_dir = Path(out_dir)
    made, built, problems, pending = {}, {}, [], []
    # With a cluster, the outlets' lines are worked out here, in this process.
    with _parallel(allowed=clean_pages is None) as mapper:
        boilerplate, outlet_entries = _outlet_boilerplate(records, sources_dir, version,
                                                          outlets_cache, mapper)
        lines_keys: dict[frozenset[str], str] = {}  # an outlet's pages share its lines
        for record in records:
            repeated = boilerplate.get(record["id"], frozenset())
            if repeated not in lines_keys:
                lines_keys[repeated] = key(sorted(repeated))
            item_key = key(version, record, lines_keys[repeated])
            output = out_dir / f"{record['id']}.json"
            if stage_cache.fresh(record["id"], item_key, output, digests):
                built[record["id"]] = stage_cache.entries[record["id"]]
            else:
                pending.append((record, item_key, output, repeated))
        tasks = [((Path(sources_dir) / record["file"]).read_bytes(), record, repeated,
                  str(output)) for record, _, output, repeated in pending]
        done = clean_pages(tasks) if clean_pages else mapper(_clean_checked, tasks)
        results = tqdm(done, total=len(tasks), desc="clean",
                       unit="article", disable=None)
        for (record, item_key, _, _), (article, found, written) in zip(pending, results,
                                                                       strict=True):
            if found:
                problems += found
                continue
            made[record["id"]] = article
            built[record["id"]] = {"key": item_key, "sha256": written}
    sources.prune_build_files(records, out_dir)  # a removed source must not reach the package
    stage_cache.save(built)
    outlets_cache.save(outlet_entries)
    if digests:
        digests.save()
    if problems:
        raise PipelineError(problems, f"clean: {len({p.record or p.file for p in problems})} of "
                            f"{len(records)} sources failed; the others were written")
    written = {record["id"]: built[record["id"]]["sha256"] for record in records
               if record["id"] in built}
    return CleanReport(ArticleRecords(out_dir, written, made), len(made),
                       len(records) - len(pending), written)
