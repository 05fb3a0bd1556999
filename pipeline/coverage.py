"""Translation coverage: which Arabic sentences have current English, counted one way for
the release gate and ``datapackage.json`` (and fit for the translate stage's report).

English is current when a sentence record's ``english`` is set and its
``translation_status`` says the English translates the sentence as it now stands:
``machine`` or ``post-edited``. Every other status of an Arabic sentence (``missing``,
``stale``, or any status added later) counts as not translated, so a new status can only
make a release stricter until it is listed here.
"""

from __future__ import annotations

from collections import Counter

from .argos_model import FROM_CODE as SOURCE_LANGUAGE

CURRENT_STATUSES = ("machine", "post-edited")


def has_current_english(sentence: dict) -> bool:
    return sentence["english"] is not None and sentence["translation_status"] in CURRENT_STATUSES


def translation_coverage(sentences: list[dict]) -> dict:
    """Counts over the Arabic ``sentences`` (sentence records): how many there are, how
    many have current English, and the others by status (sorted, so the result is stable)."""
    source = [s for s in sentences if s["language"] == SOURCE_LANGUAGE]
    lacking = Counter(s["translation_status"] for s in source if not has_current_english(s))
    return {"language": SOURCE_LANGUAGE, "sentences": len(source),
            "current_english": len(source) - sum(lacking.values()),
            "without_current_english": dict(sorted(lacking.items()))}


def describe(coverage: dict) -> str:
    """``"0 of 56 Arabic sentences have current English (0%; 56 missing)"``."""
    total, done = coverage["sentences"], coverage["current_english"]
    share = f"{done / total:.0%}" if total else "100%"
    others = "".join(f"; {count} {status}"
                     for status, count in coverage["without_current_english"].items())
    return f"{done} of {total} Arabic sentences have current English ({share}{others})"
