"""Escaping untrusted text for the two places it is written: raw HTML and Markdown.

Scraped article text (and anything a person typed into the translation memory) is
hostile until proven otherwise. The site and the changelog both use these helpers.
"""

from __future__ import annotations

import html
import re

# Characters Python-Markdown (with the tables and attr_list extensions) or common
# extensions (strikethrough, mark, math) give a meaning to; "<", ">", "&" and quotes become
# entities instead. ":" means nothing inline with the extensions mkdocs.yml enables, and is
# common in headlines, so it is left as it is.
_MD_SPECIAL = frozenset("\\`*_{}[]()#+-.!|~=^$")
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_MD_ESCAPABLE = frozenset("\\`*_{}[]()>#+-.!|")  # Markdown.ESCAPED_CHARS + tables' "|"


# Python-Markdown marks stashed HTML with STX/ETX placeholders: such control characters
# in scraped text must never reach it (the cleaner removes them; this is the last guard).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(value) -> str:
    """Text for raw HTML: every ``& < > " '`` becomes an entity, control characters U+FFFD."""
    return html.escape(_CONTROL.sub("\ufffd", "" if value is None else str(value)), quote=True)


def md_text(value) -> str:
    """Text for Markdown inline context (table cells, list items, headings): rendered by
    Python-Markdown, it shows exactly ``value`` as plain text: no tags, links, emphasis,
    code or entities are interpreted, and line breaks become spaces."""
    out = []
    for char in _CONTROL.sub("\ufffd", " ".join(str(value).splitlines())):
        if char in _HTML_ENTITIES:
            out.append(_HTML_ENTITIES[char])
        elif char in _MD_ESCAPABLE:
            out.append("\\" + char)
        elif char in _MD_SPECIAL:
            # Not backslash-escapable in Python-Markdown: a numeric entity is inert.
            out.append(f"&#{ord(char)};")
        else:
            out.append(char)
    return "".join(out)


# What md_text writes for one character: a backslash escape or a character reference.
_ESCAPED = re.compile("\\\\[" + re.escape("".join(sorted(_MD_ESCAPABLE)))
                      + "]|&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-z]+);")


def md_text_keeping_escapes(value) -> str:
    """:func:`md_text` for text that may already hold its escapes (a changelog written with
    md_text, or by hand): those are kept as they are, everything else is escaped."""
    out, last = [], 0
    for match in _ESCAPED.finditer(value):
        out += [md_text(value[last:match.start()]), match.group()]
        last = match.end()
    return "".join([*out, md_text(value[last:])])
