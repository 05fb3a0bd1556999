"""Release the built package: propose the SemVer bump, write the CHANGELOG entry, and build
``dist/hamas-syria-relations-<version>.zip`` (byte-reproducible) with its ``SHA256SUMS``.

The release works from the published package (``package/``), so it runs
on a fresh clone. It compares the package with ``releases/<last version>.json`` (see
:mod:`pipeline.versioning`), refuses when nothing changed, when the version already exists or
is not higher than the last one, and when the package fails validation. Everything is
computed in memory first; files are written only once every check has passed, and the
release record, written last, is what marks the version as released. A package with Arabic
sentences lacking current English, or with stale post-edits awaiting review, is refused
unless ``--allow-incomplete`` is given; the CHANGELOG entry and ``datapackage.json``
(``translation_coverage``) state the coverage.
"""

from __future__ import annotations

import io
import json
import mmap
import zipfile
from datetime import datetime
from pathlib import Path

from . import DESCRIPTOR, PACKAGE_DIR, ROOT, package, schemas, translate, validate, versioning
from .errors import PipelineError, Problem
from .fileio import (
    atomic_write_bytes,
    atomic_write_text,
    build_lock,
    canonical_json,
    mapped,
    sha256_bytes,
)
from .markup import md_text

RELEASES_DIR = "releases"
CHANGELOG = "CHANGELOG.md"
CHANGELOG_HEADER = (
    "# Changelog\n\n"
    "Versions of the `hamas-syria-relations` data package. Entries are written by "
    "`nox -s release` from the difference with the previous release; versions follow "
    "SemVer (major: schema changes that break readers; minor: articles added or removed, "
    "additive schema changes; patch: corrections).\n"
)
UNRELEASED = "## Unreleased\n"
#: Files shipped in every archive besides the descriptor, data and schemas.
DOCUMENTS = ("README.md", "LICENSE", "LICENSE-DATA.md", CHANGELOG)
#: Listing more ids than this in one changelog line helps nobody; the rest are counted.
MAX_IDS = 20


def archive_name(version: str) -> str:
    return f"{package.NAME}-{version}.zip"


def _ids(ids: list[str]) -> str:
    shown = ", ".join(f"`{i}`" for i in ids[:MAX_IDS])
    return shown + (f" and {len(ids) - MAX_IDS} more" if len(ids) > MAX_IDS else "")


def changelog_entry(version: str, date: str, changes: dict, bump: str, proposed: str,
                    titles: dict[str, str], totals: tuple[int, int],
                    translation_coverage: dict) -> str:
    """The CHANGELOG section for a release, generated from the snapshot diff.
    ``titles`` maps article ids (current and removed ones) to their titles; ``totals`` is
    the number of articles and sentences in the released package; the coverage is stated,
    and flagged when incomplete (a release the gate let through with --allow-incomplete)."""
    how = f"{bump} release" + (f" (proposed: {proposed})" if bump not in (proposed, "first")
                               else "")
    lines = [f"## {version} — {date}", "",
             f"{how[0].upper()}{how[1:]}: {totals[0]} articles, {totals[1]} aligned sentences.",
             "",
             f"Translation: {describe(translation_coverage)}." + (
                 "" if is_complete(translation_coverage)
                 else " **Incomplete**: released with `--allow-incomplete`."),
             ""]

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.extend([f"### {title}", "", *[f"- {item}" for item in items], ""])

    for key, title in (("articles_added", "Articles added"),
                       ("articles_removed", "Articles removed"),
                       ("articles_changed", "Articles changed")):
        # Titles are scraped text: escaped, so GitHub or any Markdown reader shows them inert.
        section(title, [f"`{i}` {md_text(titles.get(i, ''))}".rstrip() for i in changes[key]])
    section("Sentences", [
        f"{len(changes[key])} {what}: {_ids(changes[key])}"
        for key, what in (("sentences_retranslated", "retranslated"),
                          ("sentences_changed", "with changed text"),
                          ("sentences_added", "added"), ("sentences_removed", "removed"))
        if changes[key]])
    section("Sources", [f"manifest row added, removed or corrected: `{i}`"
                        for i in changes["sources_changed"]])
    section("Schema changes", [
        *[f"Breaking: {item}" for item in changes["schema_breaking"]],
        *[f"Additive: {item}" for item in changes["schema_additive"]],
        *[f"Documentation: {item}" for item in changes["schema_docs"]]])
    return "\n".join(lines)


def with_entry(changelog: str, entry: str) -> str:
    """``changelog`` with ``entry`` inserted above the newest release. Hand-written notes
    under an ``## Unreleased`` heading move into the entry; the heading stays, empty."""
    text = changelog or CHANGELOG_HEADER
    position = text.find("\n## ")
    head, tail = (text, "") if position < 0 else (text[:position + 1], text[position + 1:])
    unreleased = ""
    if tail.startswith(UNRELEASED):
        end = tail.find("\n## ")
        unreleased, tail = (tail, "") if end < 0 else (tail[:end + 1], tail[end + 1:])
        notes = unreleased.removeprefix(UNRELEASED).strip()
        entry = entry.rstrip("\n") + (f"\n\n### Notes\n\n{notes}" if notes else "")
        unreleased = UNRELEASED + "\n"
    return (head.rstrip("\n") + "\n\n" + unreleased + entry.rstrip("\n") + "\n"
            + ("\n" + tail if tail else ""))


def archive_members(root: Path, descriptor: dict, descriptor_bytes: bytes,
                    changelog: bytes) -> dict[str, bytes | mmap.mmap]:
    """Path in the archive -> bytes, for everything a release ships: the package's
    descriptor and data at the top, as in ``package/``, beside the documents and schemas."""
    missing = [name for name in DOCUMENTS if name != CHANGELOG and not (root / name).is_file()]
    if missing:
        raise PipelineError([Problem("missing-file", "a release must ship this file",
                                     file=name) for name in missing],
                            "refusing to release: required files are missing")
    members = {DESCRIPTOR: descriptor_bytes, CHANGELOG: changelog}
    members |= {name: (root / name).read_bytes() for name in DOCUMENTS if name != CHANGELOG}
    # Mapped: a large package's data is zipped from the page cache, not copied first.
    members |= {resource["path"]: mapped(root / PACKAGE_DIR / resource["path"])
                for resource in descriptor["resources"]}
    members |= {f"schemas/{name}.schema.json": schemas.schema_path(name).read_bytes()
                for name in schemas.names()}
    return members


def with_checksums(members: dict[str, bytes],
                   digests: dict[str, str] | None = None) -> dict[str, bytes]:
    """``members`` and the ``SHA256SUMS`` member listing them; ``digests``: the members'
    SHA-256 where the caller knows them."""
    digests = digests or {}
    sums = "".join(f"{digests.get(name) or sha256_bytes(data)}  {name}\n"
                   for name, data in sorted(members.items()))
    return {**members, "SHA256SUMS": sums.encode("utf-8")}


def archive_folder(version: str) -> str:
    """The one top folder of an archive's members."""
    return f"{package.NAME}-{version}"


def build_zip(members: dict[str, bytes], version: str, created: str, *,
              compresslevel: int = 9) -> bytes:
    """A byte-reproducible zip: sorted members under one top folder, every timestamp set to
    the package's ``created`` time, fixed permissions and compression, a SHA256SUMS file."""
    members = with_checksums(members)
    stamp = datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(f"{archive_folder(version)}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permission bits below mean the same everywhere
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name], compresslevel=compresslevel)
    return buffer.getvalue()


def _kind(previous: str | None, target: str) -> str:
    """Which bump ``target`` is from ``previous`` (the user may have overridden the proposal)."""
    if previous is None:
        return "first"
    was, now = versioning.parse(previous), versioning.parse(target)
    return next(kind for kind, a, b in zip(versioning.BUMPS, was.to_tuple()[:3],
                                           now.to_tuple()[:3], strict=True)
                if a != b or kind == "patch")


def _check_version(target: str, last: dict | None, releases_dir: Path) -> None:
    if target.endswith(versioning.DEV_SUFFIX) or "-" in target:
        raise PipelineError(Problem("bad-version", f"{target} is a pre-release version; "
                                    "a release needs MAJOR.MINOR.PATCH"))
    versioning.parse(target)
    if target in versioning.release_records(releases_dir):
        raise PipelineError(Problem(
            "version-exists", f"version {target} has already been released; released "
            "versions never change. Choose a higher version (--version) or bump (--bump).",
            file=f"{RELEASES_DIR}/{target}.json"))
    if last and versioning.parse(target) <= versioning.parse(last["version"]):
        raise PipelineError(Problem("version-not-higher", f"version {target} is not higher "
                                    f"than the last release, {last['version']}"))


def is_complete(coverage: dict) -> bool:
    """Every Arabic sentence has English for its current text, and no post-edit written
    for an earlier text awaits review (``coverage``: ``translate.coverage_summary``)."""
    return (coverage["translated"] == coverage["source_sentences"]
            and not coverage["stale_post_edits"])


def describe(coverage: dict) -> str:
    """E.g. ``0 of 56 Arabic sentences have current English (0%; 56 missing)``."""
    total, done = coverage["source_sentences"], coverage["translated"]
    share = f"{done / total:.0%}" if total else "100%"
    missing = f"; {total - done} missing" if done < total else ""
    stale = (f"; {coverage['stale_post_edits']} stale post-edit(s) awaiting review"
             if coverage["stale_post_edits"] else "")
    return f"{done} of {total} Arabic sentences have current English ({share}{missing}{stale})"


def check_coverage(descriptor: dict, sentences: list[dict], allow_incomplete: bool) -> dict:
    """The package's translation coverage, from its sentences table. Refuses a package with
    Arabic sentences lacking current English or with stale post-edits unless
    ``allow_incomplete``, and one whose ``datapackage.json`` states another coverage than
    its table shows."""
    found = translate.coverage_summary(sentences)
    if not is_complete(found) and not allow_incomplete:
        raise PipelineError(Problem(
            "translations-incomplete",
            f"{describe(found)}; a release needs current English for every Arabic "
            "sentence. Translate them "
            "(`nox -s build` with a model; see README, Getting the model), or release anyway "
            "with --allow-incomplete, which states the coverage in the CHANGELOG entry and "
            "datapackage.json", file=package.DESCRIPTOR_PATH))
    if descriptor.get("translation_coverage") != found:
        raise PipelineError(Problem(
            "package-inconsistent", "translation_coverage does not match the sentences table "
            f"({describe(found)}); rebuild the package (`nox -s build`)",
            file=package.DESCRIPTOR_PATH))
    return found


def run(*, root: Path = ROOT, version: str | None = None, bump: str | None = None,
        dry_run: bool = False, dist_dir: Path | None = None,
        allow_incomplete: bool = False) -> dict:
    """Propose (``dry_run``) or make a release of the package published under ``root``.
    A package with untranslated or stale Arabic sentences is refused unless
    ``allow_incomplete`` (see :func:`check_coverage`). Holds the build lock, so no build
    publishes another package between reading this one and writing its descriptor."""
    root = Path(root)
    with build_lock(root / "build"):
        return _release(root, version, bump, dry_run, Path(dist_dir or root / "dist"),
                        allow_incomplete)


def _release(root: Path, version: str | None, bump: str | None, dry_run: bool,
             dist_dir: Path, allow_incomplete: bool) -> dict:
    releases_dir, folder = root / RELEASES_DIR, root / PACKAGE_DIR
    if not (folder / DESCRIPTOR).exists():
        raise PipelineError(Problem("package-missing", "no package to release; run "
                                    "`nox -s build` first", file=package.DESCRIPTOR_PATH))
    found = validate.check_package(folder, root)
    if found:
        raise PipelineError(found, "refusing to release: the package fails validation")
    articles, sentences, sources = package.package_records(folder)
    descriptor = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
    translation_coverage = check_coverage(descriptor, sentences, allow_incomplete)
    current = versioning.snapshot(articles, sentences, sources)
    last = versioning.last_release(releases_dir)
    changes = versioning.diff(last and last["snapshot"], current)
    proposed = versioning.proposed_bump(changes)
    if version:
        _check_version(version, last, releases_dir)
    if proposed is None:
        raise PipelineError(Problem("nothing-to-release", f"the package is identical to "
                                    f"release {last['version']}; nothing to release"))
    target = version or versioning.next_version(last, bump or proposed)
    _check_version(target, last, releases_dir)
    titles = {**{i: a["title"] for i, a in (last or {"snapshot": {"articles": {}}})
                 ["snapshot"]["articles"].items()},
              **{a["id"]: a["title"] for a in articles}}
    chosen = _kind(last and last["version"], target)
    entry = changelog_entry(target, descriptor["created"][:10], changes, chosen, proposed, titles,
                            (len(articles), len(sentences)), translation_coverage)
    summary = {"version": target, "previous": last and last["version"], "proposed": proposed,
               "changes": changes, "changelog": entry, "coverage": translation_coverage}
    if dry_run:
        return summary
    descriptor["version"] = target
    descriptor_bytes = canonical_json(descriptor).encode("utf-8")
    changelog_path = root / CHANGELOG
    changelog = with_entry(changelog_path.read_text(encoding="utf-8")
                           if changelog_path.exists() else "", entry)
    members = archive_members(root, descriptor, descriptor_bytes, changelog.encode("utf-8"))
    archive = build_zip(members, target, descriptor["created"])
    archive_path = dist_dir / archive_name(target)
    atomic_write_bytes(archive_path, archive)
    atomic_write_bytes(folder / DESCRIPTOR, descriptor_bytes)  # the data is unchanged
    atomic_write_text(changelog_path, changelog)
    record = {"version": target, "created": descriptor["created"],
              "archive": archive_name(target), "archive_sha256": sha256_bytes(archive),
              "snapshot": current}
    atomic_write_text(releases_dir / f"{target}.json", canonical_json(record))
    return {**summary, "archive": str(archive_path), "archive_sha256": record["archive_sha256"]}
