"""Package versions: what changed since the last release, and which SemVer bump that means.

Each release leaves ``releases/<version>.json`` in the repository: the version, and a
*snapshot* of the released content (a hash per article, per sentence text and translation,
per source row, and each schema's *surface*: every field path with its type, format,
requiredness and constraints). Comparing a new build's snapshot with the last one works on a
fresh clone, without the old archive.

Bump rules (from a reader's point of view):

* major: a schema change that can break readers: a field removed or renamed, its type or
  format changed, or a field that was required may now be absent;
* minor: articles added or removed, or an additive schema change (new field, changed
  constraints or enum values);
* patch: corrections: article text or metadata changed, sentences retranslated or
  re-segmented, source rows corrected, schema titles/descriptions reworded.

Between releases the package's version is the proposed next version with a ``-dev``
pre-release suffix, so a package never claims a released version it does not match.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import semver

from . import schemas
from .errors import PipelineError, Problem
from .fileio import sha256_bytes

#: Version of the first release.
INITIAL_VERSION = "1.0.0"
DEV_SUFFIX = "-dev"
BUMPS = ("major", "minor", "patch")
#: Schema keywords that constrain values; a change to one is additive (minor), not breaking.
CONSTRAINTS = ("enum", "pattern", "minimum", "maximum", "minLength", "maxLength",
               "minItems", "uniqueItems")


def parse(version: str) -> semver.Version:
    """``version`` as SemVer 2.0.0 (by the ``semver`` package): versions compare with
    pre-release precedence (``1.1.0-dev`` < ``1.1.0``), and what the specification
    forbids, such as a leading zero in a numeric pre-release part (``1.0.0-01``), is
    refused with a clear error."""
    try:
        return semver.Version.parse(version)
    except (ValueError, TypeError):
        raise PipelineError(Problem("bad-version", f"{version!r} is not a SemVer version "
                                    "(MAJOR.MINOR.PATCH[-PRERELEASE])")) from None


def bumped(version: str, bump: str) -> str:
    """``version`` with its ``bump`` part ("major", "minor" or "patch") raised."""
    return str(getattr(parse(version), f"bump_{bump}")())


#: Hex digits kept of each hash in a snapshot: 64 bits tell changed from unchanged records
#: with no practical risk of collision and keep release records small.
DIGEST_LENGTH = 16


def digest(value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return sha256_bytes(text.encode("utf-8"))[:DIGEST_LENGTH]


def surface(schema: dict, path: str = "", required: bool = True) -> dict[str, dict]:
    """Every field path of ``schema`` (following $refs and array items) with what readers
    rely on: types, format, requiredness, constraints, and a digest of its documentation."""
    schema = schemas.resolve(schema)
    kinds = schema.get("type", [])
    entry = {
        "type": sorted([kinds] if isinstance(kinds, str) else kinds),
        "format": schema.get("format"),
        "required": required,
        "constraints": {key: schema[key] for key in CONSTRAINTS if key in schema},
        "doc": digest([schema.get("title"), schema.get("description")]),
    }
    found = {path or "/": entry}
    for name, prop in schema.get("properties", {}).items():
        found |= surface(prop, f"{path}/{name}", name in schema.get("required", []))
    if isinstance(schema.get("items"), dict):
        found |= surface(schema["items"], f"{path}/[]", True)
    return found


def article_entry(article: dict) -> dict:
    """An article's entry in a snapshot."""
    return {"sha256": digest(article), "title": article["title"]}


def sentence_entry(sentence: dict) -> dict:
    """A sentence's entry in a snapshot."""
    return {"article": sentence["article_id"],
            "text": sentence["text_sha256"][:DIGEST_LENGTH],
            "translation": digest([sentence["english"], sentence["translation_status"]])}


def source_entry(source: dict) -> str:
    """A source row's entry in a snapshot."""
    return digest(source)


def schema_surfaces() -> dict:
    return {name: surface(schemas.load(name)) for name in schemas.names()}


def snapshot(articles: list[dict], sentences: list[dict], sources: list[dict]) -> dict:
    """The content of a package, reduced to what a release diff needs. (The package stage
    assembles the same from entries it keeps per article: :mod:`pipeline.blocks`.)"""
    return {
        "articles": {a["id"]: article_entry(a) for a in articles},
        "sentences": {s["id"]: sentence_entry(s) for s in sentences},
        "sources": {s["id"]: source_entry(s) for s in sources},
        "schemas": schema_surfaces(),
    }


def _schema_changes(old: dict, new: dict) -> dict[str, list[str]]:
    changes = {"breaking": [], "additive": [], "docs": []}
    for name in sorted(set(old) | set(new)):
        before, after = old.get(name, {}), new.get(name, {})
        for path in sorted(set(before) | set(after)):
            where = f"{name}{path if path != '/' else ''}"
            if path not in after:
                changes["breaking"].append(f"{where}: removed")
                continue
            if path not in before:
                changes["additive"].append(f"{where}: added")
                continue
            was, now = before[path], after[path]
            for key in ("type", "format"):
                if was[key] != now[key]:
                    changes["breaking"].append(f"{where}: {key} {was[key]} -> {now[key]}")
            if was["required"] and not now["required"]:
                changes["breaking"].append(f"{where}: no longer required")
            elif now["required"] and not was["required"]:
                changes["additive"].append(f"{where}: now required")
            if was["constraints"] != now["constraints"]:
                changes["additive"].append(f"{where}: constraints changed")
            if was["doc"] != now["doc"]:
                changes["docs"].append(f"{where}: title or description reworded")
    return changes


def diff(old: dict | None, new: dict) -> dict[str, list[str]]:
    """What changed between two snapshots; every list sorted. ``old`` None: first release."""
    old = old or {"articles": {}, "sentences": {}, "sources": {}, "schemas": {}}
    a_old, a_new = old["articles"], new["articles"]
    s_old, s_new = old["sentences"], new["sentences"]
    common = sorted(set(s_old) & set(s_new))
    added, removed = sorted(set(a_new) - set(a_old)), sorted(set(a_old) - set(a_new))
    # Sentences and source rows of added or removed articles are part of that change.
    whole = set(added) | set(removed)
    schema = _schema_changes(old["schemas"], new["schemas"]) if old["schemas"] else {
        "breaking": [], "additive": [], "docs": []}
    return {
        "articles_added": added,
        "articles_removed": removed,
        "articles_changed": sorted(i for i in set(a_old) & set(a_new)
                                   if a_old[i]["sha256"] != a_new[i]["sha256"]),
        "sentences_added": sorted(i for i in set(s_new) - set(s_old)
                                  if s_new[i]["article"] not in whole),
        "sentences_removed": sorted(i for i in set(s_old) - set(s_new)
                                    if s_old[i]["article"] not in whole),
        "sentences_changed": [i for i in common if s_old[i]["text"] != s_new[i]["text"]],
        "sentences_retranslated": [i for i in common if s_old[i]["text"] == s_new[i]["text"]
                                   and s_old[i]["translation"] != s_new[i]["translation"]],
        "sources_changed": sorted(i for i in set(old["sources"]) | set(new["sources"])
                                  if old["sources"].get(i) != new["sources"].get(i)
                                  and i not in whole),
        "schema_breaking": schema["breaking"],
        "schema_additive": schema["additive"],
        "schema_docs": schema["docs"],
    }


def proposed_bump(changes: dict[str, list[str]]) -> str | None:
    """The SemVer bump a diff calls for, or None when nothing changed."""
    if changes["schema_breaking"]:
        return "major"
    if changes["articles_added"] or changes["articles_removed"] or changes["schema_additive"]:
        return "minor"
    if any(changes.values()):
        return "patch"
    return None


def release_records(releases_dir: Path) -> dict[str, Path]:
    """Released version -> its record file, for every ``releases/<version>.json``."""
    found = {}
    for path in Path(releases_dir).glob("*.json"):
        if semver.Version.is_valid(path.stem):
            found[path.stem] = path
    return found


def last_release(releases_dir: Path) -> dict | None:
    """The record of the highest released version, or None before the first release."""
    records = release_records(releases_dir)
    if not records:
        return None
    latest = max(records, key=parse)
    return json.loads(records[latest].read_text(encoding="utf-8"))


def next_version(last: dict | None, bump: str) -> str:
    return bumped(last["version"], bump) if last else INITIAL_VERSION


def pending_version(releases_dir: Path, current: Callable[[], dict]) -> str:
    """The version a freshly built package carries: the last release's when the content is
    unchanged, otherwise the proposed next version marked as a pre-release. ``current``
    makes the package's snapshot, needed only when there is a release to compare it with
    (before the first, every package is the first release's pre-release)."""
    last = last_release(releases_dir)
    if last is None:
        return INITIAL_VERSION + DEV_SUFFIX
    bump = proposed_bump(diff(last["snapshot"], current()))
    if bump is None:
        return last["version"]
    return next_version(last, bump) + DEV_SUFFIX
