"""Hostile inputs and faults (issue 12): never publish garbage, never get stuck, never a
traceback.

Each case runs on a fresh copy of a built repository (the five seed pages). A case that
must be refused asserts the exact one-line problem (file, line or byte offset, reason)
and that the published package (``package/``: ``datapackage.json`` + ``data/``) is byte
for byte what it was; a case that must be handled asserts what is published. Broken files
are made at test time from ``tests/hostile/english_page.txt`` (our own words) or a seed
page.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import ctypes
import errno
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import (
    DATA_DIR,
    DESCRIPTOR,
    PACKAGE_DIR,
    ROOT,
    bench,
    build,
    fileio,
    package,
    segment,
    sources,
    tables,
    textnorm,
    validate,
)
from pipeline.__main__ import main as cli
from pipeline.errors import PipelineError

EPOCH = "1714564800"
PAGE = (Path(__file__).parent / "hostile" / "english_page.txt").read_bytes()
SEED = "001_3f7b99a4779a30ac"


def _set_environment(monkeypatch: pytest.MonkeyPatch, work: Path) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(work / "argos-packages"))  # no model
    monkeypatch.setenv("PIPELINE_OFFLINE", "1")
    for name in ("PIPELINE_ARGOS_MODEL", fileio.FAULT_ENV, "PIPELINE_MAX_PAGE_BYTES"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def environment(tmp_path, monkeypatch):
    _set_environment(monkeypatch, tmp_path)


def _args(force: bool = False) -> argparse.Namespace:
    return argparse.Namespace(force=force, offline=True, model=None, require_translations=False,
                              threads=1, batch_size=32, scheduler=None)


def run_build(root: Path, force: bool = False) -> dict:
    reports: dict = {}
    build.run(_args(force), log=lambda message: None, root=root, site=False, reports=reports)
    return reports


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("built")
    shutil.copytree(sources.SOURCES_DIR, root / "sources")
    bench.copy_site_material(root)  # the site serves the documents too
    with pytest.MonkeyPatch.context() as monkeypatch:
        _set_environment(monkeypatch, root.parent)
        run_build(root)
    return root


@pytest.fixture
def repo(built, tmp_path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(built, root)
    return root


def published(root: Path, name: str = PACKAGE_DIR) -> dict[str, bytes]:
    """Every file of the published package (or of another package folder under ``root``),
    by its path in the package."""
    folder = root / name
    files = [folder / DESCRIPTOR, *sorted((folder / DATA_DIR).rglob("*"))]
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in files if path.is_file()}


def data_file(root: Path, name: str) -> Path:
    return root / PACKAGE_DIR / DATA_DIR / name


def leftovers(root: Path) -> list[str]:
    """What publishing may leave beside package/ when killed: staging folders, an old one."""
    return sorted(path.name for path in root.glob(".package-*"))


def valid(root: Path) -> bool:
    return validate.frictionless_problems(root / package.DESCRIPTOR_PATH, root) == []


def add_page(root: Path, name: str, data: bytes, **metadata) -> None:
    """Put a page into sources/ and the manifest as a person editing them by hand would."""
    (root / "sources" / name).write_bytes(data)
    records = sources.read_manifest(root / "sources")
    record = {"id": Path(name).stem, "file": name, "sha256": fileio.sha256_bytes(data),
              "bytes": len(data), "outlet": None, "url": None, "retrieved": None, "notes": "",
              "duplicate_of": None, **metadata}
    sources.write_manifest([*records, record], root / "sources")


def refused(root: Path, force: bool = False) -> list[str]:
    """The problem lines of a build that must fail, checking the package is untouched."""
    before = published(root)
    with pytest.raises(PipelineError) as caught:
        run_build(root, force)
    assert published(root) == before
    assert not leftovers(root)
    return [str(problem) for problem in caught.value.problems]


def cli_run(capsys, *argv: str) -> tuple[int, list[str]]:
    """The real command line, in this process: its exit code and its stderr lines."""
    code = cli(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.splitlines()


def articles(root: Path) -> dict[str, dict]:
    return {a["id"]: a for a in json.loads(data_file(root, "articles.json").read_text("utf-8"))}


# ---------------------------------------------------------------- the 13 that already worked

@pytest.mark.parametrize(("data", "line"), [
    (b"", "p.txt: [empty] the file is empty or only whitespace"),
    (b" \n\r\n\t", "p.txt: [empty] the file is empty or only whitespace"),
    (b"GIF89a\x00\x01\x02\x03binary\xff" * 40, "p.txt: [binary] the file contains NUL bytes "
                                               "(the first at byte offset 6) and is not UTF-16 "
                                               "text: it is binary, not a text capture"),
    (b"Head" + b"\x1b" * 20 + PAGE, "p.txt: [binary] 20 control characters (the first at "
                                      "character offset 4): this is binary data, not a text "
                                      "capture"),
    (codecs.BOM_UTF16_LE + "Title".encode("utf-16-le") + b"\x00\xdc" + PAGE[:2],
     "p.txt: [undecodable] starts with a UTF-16 byte-order mark but is not valid UTF-16: "
     "illegal encoding at byte offset 12"),  # a lone low surrogate after "Title"
])
def test_empty_and_binary_pages_are_refused_by_the_build(repo, data, line):
    add_page(repo, "p.txt", data)
    assert refused(repo) == [line]


def test_empty_page_is_refused_by_sources_add(tmp_path, capsys):
    page = tmp_path / "p.txt"
    page.write_bytes(b"")
    before = sources.manifest_path().read_bytes()
    assert cli_run(capsys, "sources", "add", str(page)) == (
        1, ["error: 1 problem(s)", f"  - {page}: [empty] the file is empty or only whitespace"])
    assert sources.manifest_path().read_bytes() == before


@pytest.mark.parametrize(("encode", "encoding"), [
    (lambda text: text.encode("cp1256"), "cp1256"),
    (lambda text: text.encode("utf-16"), "utf-16"),            # with its BOM
    (lambda text: text.encode("utf-16-le"), "utf-16"),         # without
    (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
    (lambda text: text.replace("\n", "\r\n").encode("utf-8"), "utf-8"),  # CRLF
])
def test_encodings_boms_and_crlf_give_the_same_article(repo, encode, encoding):
    text = (ROOT / "sources" / f"{SEED}.txt").read_text("utf-8")
    add_page(repo, "900_page.txt", encode(text))
    run_build(repo)
    article, seed = articles(repo)["900_page"], articles(repo)[SEED]
    assert article["encoding"] == encoding and "notes" not in article
    assert article["body"] and [p["text"] for p in article["body"]] == \
        [p["text"] for p in seed["body"]]


def test_bidi_controls_in_page_text_never_reach_the_package(repo):
    hostile = PAGE.replace(b"Hamas and Damascus", "Hamas \u202eand\u2066 Damascus".encode())
    add_page(repo, "900_bidi.txt", hostile)
    run_build(repo)
    assert articles(repo)["900_bidi"]["title"] == \
        "Hamas and Damascus rebuild ties after a decade apart"
    for data in published(repo).values():
        assert not any(ch in data.decode("utf-8") for ch in "\u202a\u202b\u202c\u202d\u202e"
                       "\u2066\u2067\u2068\u2069")


def test_a_changed_source_stops_the_build_with_the_command_to_accept_it(repo):
    path = repo / "sources" / f"{SEED}.txt"
    path.write_bytes(path.read_bytes() + b"\n")
    digest = fileio.sha256_file(path)
    pinned = next(r for r in sources.read_manifest(repo / "sources") if r["id"] == SEED)
    assert refused(repo) == [
        f"{path} (record {SEED}): [source-changed] raw sources are immutable, but this file's "
        f"sha256 is now {digest} (manifest: {pinned['sha256']}). If the change is deliberate, "
        f"run `python -m pipeline sources accept {SEED}.txt`; otherwise restore it with "
        f"`git checkout -- sources/{SEED}.txt`."]


def test_script_javascript_and_jinja_in_text_are_published_as_inert_text(repo):
    payload = "<script>alert(1)</script> javascript:alert(2) {{ config }} {% raw %}"
    hostile = PAGE.replace(b"Observers in the region", f"{payload} Observers".encode())
    add_page(repo, "900_markup.txt", hostile)
    run_build(repo)
    texts = [p["text"] for p in articles(repo)["900_markup"]["body"]]
    assert any(text.startswith(payload) for text in texts)  # kept as text, not interpreted


def test_corrupted_build_caches_are_rebuilt_and_change_nothing(repo):
    before = published(repo)
    for path in (repo / "build" / "cache").glob("*.json"):
        path.write_bytes(b"\xff{not json")
    (repo / "build" / "articles" / f"{SEED}.json").write_text("{", "utf-8")
    run_build(repo)
    assert published(repo) == before


def test_hand_edited_data_is_replaced_by_the_built_package(repo):
    before = published(repo)
    data_file(repo, "articles.csv").write_text("id\nforged\n", "utf-8")
    data_file(repo, "extra.csv").write_text("x\n", "utf-8")
    run_build(repo)
    assert published(repo) == before


@pytest.mark.parametrize("name", ["a b.txt", "-lead.txt", "ملف.txt"])
def test_odd_file_names_are_refused_naming_the_file(tmp_path, name):
    page = tmp_path / name
    page.write_bytes(PAGE)
    with pytest.raises(PipelineError) as caught:
        sources.add(page, sources_dir=tmp_path / "sources")
    assert [(p.code, p.pointer, p.file) for p in caught.value.problems] == [
        ("schema-pattern", "/id", str(page))]
    assert not (tmp_path / "sources" / name).exists()


# ------------------------------------------------------------------ 1. decoding never guesses

def _stray_byte(data: bytes) -> tuple[bytes, int]:
    offset = data.index("حماس".encode()) + 2  # inside an Arabic word
    return data[:offset] + b"\xa0" + data[offset:], offset


def test_mostly_valid_utf8_is_refused_by_sources_add_naming_the_byte(tmp_path, capsys):
    data, offset = _stray_byte((ROOT / "sources" / f"{SEED}.txt").read_bytes())
    page = tmp_path / "stray.txt"
    page.write_bytes(data)
    before = sources.manifest_path().read_bytes()
    assert cli_run(capsys, "sources", "add", str(page)) == (1, [
        "error: 1 problem(s)",
        f"  - {page}: [invalid-utf8] UTF-8 with 1 invalid byte(s), the first at byte offset "
        f"{offset} (invalid start byte)"])
    assert sources.manifest_path().read_bytes() == before


def test_the_build_replaces_bad_bytes_and_notes_how_many(repo):
    data, offset = _stray_byte((ROOT / "sources" / f"{SEED}.txt").read_bytes())
    add_page(repo, "900_stray.txt", data)
    run_build(repo)
    article = articles(repo)["900_stray"]
    assert article["encoding"] == "utf-8"
    assert article["notes"] == (f"UTF-8 with 1 invalid byte(s), the first at byte offset "
                                f"{offset} (invalid start byte); each replaced by U+FFFD")
    texts = "".join(p["text"] for p in article["body"] + article["removed"]) + article["title"]
    assert texts.count("\ufffd") == 1 and "ظˆ" not in texts  # no mojibake
    row = next(csv.DictReader(data_file(repo, "articles.csv").open(encoding="utf-8")))
    assert "notes" in row


def test_a_bom_then_an_invalid_byte_names_the_file_and_offset(repo):
    add_page(repo, "900_bom.txt", codecs.BOM_UTF8 + b"\xff" + PAGE)
    run_build(repo)
    assert articles(repo)["900_bom"]["notes"] == (
        "UTF-8 with 1 invalid byte(s), the first at byte offset 3 (invalid start byte); "
        "each replaced by U+FFFD")
    with pytest.raises(PipelineError) as caught:
        textnorm.decode(codecs.BOM_UTF8 + b"\xff" + PAGE, file="900_bom.txt")
    assert str(caught.value.problems[0]) == (
        "900_bom.txt: [invalid-utf8] UTF-8 with 1 invalid byte(s), the first at byte offset 3 "
        "(invalid start byte)")


def test_cp1256_only_when_the_bytes_are_not_plausibly_utf8():
    arabic = (ROOT / "sources" / f"{SEED}.txt").read_text("utf-8")
    assert textnorm.decode(arabic.encode("cp1256"))[1] == "cp1256"
    # Latin-1 bytes in English text: not Arabic, and too few to be an encoding.
    with pytest.raises(PipelineError, match=r"\[invalid-utf8\].*byte offset 5 "):
        textnorm.decode(b"Hello\xe9" + PAGE, file="p.txt")
    # Windows-1252 throughout: neither UTF-8 nor Arabic, with the first bad byte named.
    with pytest.raises(PipelineError, match=r"\[undecodable\] not valid UTF-8 \(invalid "
                                            r"continuation byte at byte offset 3\)"):
        textnorm.decode("café crème brûlée à la façon".encode("cp1252") * 3, file="p.txt")


# --------------------------------------------------------------------------- 2. never stuck

def test_a_one_megabyte_line_publishes_and_every_later_build_still_works(repo):
    sentence = "The envoy said the talks in Damascus would resume next month. "
    line = (sentence * (1_000_000 // len(sentence))).encode()
    add_page(repo, "900_long.txt", PAGE.replace(b"Observers in the region", line + b"Observers"))
    csv.field_size_limit(131_072)  # Python's default, as if frictionless were never imported
    run_build(repo)
    body = articles(repo)["900_long"]["body"]
    assert max(len(p["text"]) for p in body) > 1_000_000
    csv.field_size_limit(131_072)
    _change_notes(repo, "A later change.")
    run_build(repo)  # validating it reads the published CSV back: no field-size error
    assert "A later change." in data_file(repo, "sources.csv").read_text("utf-8")
    assert valid(repo)


def test_every_csv_read_sets_its_field_limit():
    big = "x" * 200_000
    csv.field_size_limit(131_072)
    assert tables.cells(f"a\n{big}\n") == [["a"], [big]]
    csv.field_size_limit(131_072)
    assert tables.loads(f"a\n{big}\n", {"a": {"type": "string"}}) == [{"a": big}]


def test_a_removed_source_leaves_the_build_files_and_the_package(repo):
    records = sources.read_manifest(repo / "sources")
    sources.write_manifest([r for r in records if r["id"] != SEED], repo / "sources")
    (repo / "sources" / f"{SEED}.txt").unlink()
    run_build(repo)
    assert not (repo / "build/articles" / f"{SEED}.json").exists()
    assert not (repo / "build/sentences" / f"{SEED}.json").exists()
    assert SEED not in articles(repo)
    assert SEED not in data_file(repo, "sentences.csv").read_text("utf-8")


# -------------------------------------------------------------- 3. crash-safe publishing

def _cli_build(root: Path, fault: str = "", **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), fileio.FAULT_ENV: fault, **env}
    return subprocess.run([sys.executable, "-m", "pipeline", "build", "--root", str(root),
                           "--offline"], env=environment, capture_output=True, text=True,
                          timeout=300, check=False)


def _change_notes(root: Path, text: str) -> None:
    records = sources.read_manifest(root / "sources")
    sources.write_manifest([dict(r, notes=text) if r["id"] == SEED else r for r in records],
                           root / "sources")


#: Every point of publishing a kill can hit (pipeline/package.py, publish), in order, and
#: whether package/ is already the new package there.
FAULTS = {"package:validating": False, "publish:before-fsync": False,
          "publish:after-fsync": False, "publish:after-switch": True,
          "publish:after-sync": True, "publish:removing-previous": True}


def frictionless_cli(root: Path) -> subprocess.CompletedProcess:
    """``frictionless validate package/datapackage.json``, as an outside reader runs it."""
    return subprocess.run([sys.executable, "-m", "frictionless", "validate",
                           package.DESCRIPTOR_PATH], cwd=root, capture_output=True, text=True,
                          timeout=300, check=False)


def _package_of(reference: Path, notes: str) -> dict[str, bytes]:
    """The complete package a build makes when the seed's notes are ``notes``."""
    _change_notes(reference, notes)
    run_build(reference)
    return published(reference)


def test_a_kill_at_every_step_of_publishing_leaves_the_old_or_the_new_package_whole(
        repo, tmp_path):
    reference = tmp_path / "reference"  # the same repository, built without kills
    shutil.copytree(repo, reference)
    for fault, switched in FAULTS.items():
        for kill in range(2):  # twice in a row, with no other run in between
            notes = f"Notes of kill {kill} at {fault}."
            old, new = published(repo), _package_of(reference, notes)
            _change_notes(repo, notes)
            killed = _cli_build(repo, fault)
            assert killed.returncode == 137, killed.stderr[-2000:]
            # What a reader sees right after the kill, nothing of the pipeline run since:
            assert published(repo) == (new if switched else old), (fault, kill)
            checked = frictionless_cli(repo)
            assert checked.returncode == 0, (fault, kill, checked.stdout[-2000:])
        # The second run removed the first one's staging folder; its own is left.
        [left] = leftovers(repo)
        assert left.startswith(package.STAGING_PREFIX)
        run_build(repo)  # the next build publishes the new package and removes the rest
        assert published(repo) == new and not leftovers(repo)


def test_a_kill_during_the_first_publishing_leaves_no_package_or_a_whole_one(repo):
    shutil.rmtree(repo / PACKAGE_DIR)
    for fault, switched in [("publish:after-fsync", False), ("publish:after-switch", True)]:
        killed = _cli_build(repo, fault)
        assert killed.returncode == 137, killed.stderr[-2000:]
        assert (repo / PACKAGE_DIR).exists() is switched
        assert not switched or frictionless_cli(repo).returncode == 0
    before = published(repo)
    run_build(repo)
    assert published(repo) == before and not leftovers(repo)


#: The pipeline's command line where the file system cannot exchange two folders: libc's
#: renameat2 fails with EINVAL, as on a file system without RENAME_EXCHANGE.
NO_EXCHANGE = """
import ctypes, errno, sys
from pipeline import fileio

def renameat2(*args):
    ctypes.set_errno(errno.EINVAL)
    return -1

fileio._renameat2 = lambda: renameat2
from pipeline.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _cli_build_without_exchange(root: Path, fault: str = "") -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), fileio.FAULT_ENV: fault}
    return subprocess.run([sys.executable, "-c", NO_EXCHANGE, "build", "--root", str(root),
                           "--offline"], env=environment, capture_output=True, text=True,
                          timeout=300, check=False)


def test_without_the_exchange_the_package_is_whole_or_missing_and_put_back(repo, tmp_path):
    reference = tmp_path / "reference"
    shutil.copytree(repo, reference)
    old, new = published(repo), _package_of(reference, "Published by two renames.")
    _change_notes(repo, "Published by two renames.")
    killed = _cli_build_without_exchange(repo, "publish:previous-aside")
    assert killed.returncode == 137, killed.stderr[-2000:]
    assert killed.stderr.count("cannot exchange two folders atomically") == 1
    # Between the two renames package/ is missing, never half old and half new.
    assert not (repo / PACKAGE_DIR).exists()
    assert published(repo, package.PREVIOUS) == old
    [staging] = [name for name in leftovers(repo) if name.startswith(package.STAGING_PREFIX)]
    assert package.recover(repo) == [staging]  # the next run's first step
    assert published(repo) == old and not leftovers(repo)
    killed = _cli_build_without_exchange(repo, "publish:after-switch")
    assert killed.returncode == 137, killed.stderr[-2000:]
    assert published(repo) == new and frictionless_cli(repo).returncode == 0
    assert leftovers(repo) == [package.PREVIOUS]
    _change_notes(repo, "Published by two renames, again.")
    done = _cli_build_without_exchange(repo)
    assert done.returncode == 0, done.stderr[-2000:]
    assert published(repo) == _package_of(reference, "Published by two renames, again.")
    assert not leftovers(repo)


def test_a_stale_staging_folder_of_a_killed_build_is_removed(repo):
    stale = repo / f"{package.STAGING_PREFIX}killed"
    (stale / "data").mkdir(parents=True)
    (stale / "data" / "big.csv").write_bytes(b"x" * 1000)
    before = published(repo)
    run_build(repo)
    assert not stale.exists() and published(repo) == before


def test_exchange_swaps_two_folders_in_one_step(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "f").write_text("one", "utf-8")
    (second / "s").write_text("two", "utf-8")
    assert fileio.exchange(first, second) is True
    assert [p.name for p in first.iterdir()] == ["s"]
    assert [p.name for p in second.iterdir()] == ["f"]
    with pytest.raises(FileNotFoundError) as caught:
        fileio.exchange(first, tmp_path / "gone")
    assert (caught.value.filename, caught.value.filename2) == (str(first), str(tmp_path / "gone"))
    for code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        def renameat2(*args, code=code):
            ctypes.set_errno(code)
            return -1
        monkeypatch.setattr(fileio, "_renameat2", lambda renameat2=renameat2: renameat2)
        assert fileio.exchange(first, second) is False
    assert [p.name for p in first.iterdir()] == ["s"]  # unchanged


# ------------------------------------------------------------------------ 4. a build lock

def test_two_concurrent_builds_both_end_cleanly(repo):
    _change_notes(repo, "Two builds at once.")
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "pipeline", "build", "--root", str(repo), "--offline"]
    runs = [subprocess.Popen(command, env=environment, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    for run in runs:
        run.stderr.close()
    assert [code for code, _ in results] == [0, 0], results
    assert not any("Traceback" in err for _, err in results)
    assert valid(repo)


def test_a_held_lock_names_its_holder_and_a_dead_holder_is_taken_over(repo):
    with fileio.build_lock(repo / "build"):
        result = _cli_build(repo, PIPELINE_LOCK_WAIT="0")
    lock = (repo / "build" / fileio.LOCK_NAME).resolve()
    assert result.returncode == 1 and result.stderr.splitlines()[-1] == (
        f"  - {lock}: [locked] another build (pid {os.getpid()}) holds the lock; waited 0 s "
        "(PIPELINE_LOCK_WAIT sets how long)")
    lock.write_text("999999999\n", "ascii")  # the lock file of a build killed long ago
    assert _cli_build(repo, PIPELINE_LOCK_WAIT="0").returncode == 0


@pytest.mark.parametrize(("name", "value", "kind"), [
    ("PIPELINE_LOCK_WAIT", "soon", "a non-negative number of seconds"),
    ("PIPELINE_LOCK_WAIT", "-1", "a non-negative number of seconds"),
    ("PIPELINE_MAX_PAGE_BYTES", "5MB", "a positive number of bytes"),
    ("PIPELINE_MAX_PAGE_BYTES", "inf", "a positive number of bytes"),
])
def test_a_bad_setting_is_one_line_naming_it(repo, monkeypatch, capsys, name, value, kind):
    before = published(repo)
    monkeypatch.setenv(name, value)
    code, err = cli_run(capsys, "build", "--root", str(repo), "--offline")
    assert (code, err[-2:]) == (1, ["error: 1 problem(s)",
                                    f"  - [bad-setting] {name}={value!r} is not {kind}"])
    assert published(repo) == before


# ------------------------------------------------------------------------- 5. duplicates

def test_the_same_bytes_are_refused_by_sources_add_naming_both_files(tmp_path):
    first, second = tmp_path / "in" / "first.txt", tmp_path / "in" / "second.txt"
    first.parent.mkdir()
    first.write_bytes(PAGE)
    second.write_bytes(PAGE)
    target = tmp_path / "sources"
    sources.add(first, sources_dir=target)
    with pytest.raises(PipelineError) as caught:
        sources.add(second, sources_dir=target)
    assert [str(p) for p in caught.value.problems] == [
        f"{second}: [duplicate-content] the same bytes as first.txt, already in sources/ "
        f"(sha256 {fileio.sha256_bytes(PAGE)[:12]}…); --force adds it marked as a duplicate "
        "of first"]
    assert sources.add(second, force=True, sources_dir=target)["duplicate_of"] == "first"
    assert [r["duplicate_of"] for r in sources.read_manifest(target)] == [None, "first"]


def test_the_build_refuses_an_unmarked_duplicate_and_publishes_a_marked_one_once(repo):
    seed = (repo / "sources" / f"{SEED}.txt").read_bytes()
    add_page(repo, "900_copy.txt", seed, outlet="صحيفة وطن")
    assert refused(repo) == [
        f"manifest.csv (record 900_copy): [duplicate-content] 900_copy.txt has the same bytes "
        f"as {SEED}.txt (sha256 {fileio.sha256_bytes(seed)[:12]}…); remove one, or keep both "
        f"with duplicate_of = {SEED}"]
    manifest = repo / "sources" / "manifest.csv"
    rows = tables.loads_records(manifest.read_text("utf-8"), "source")  # not checked
    sources.write_manifest([dict(r, duplicate_of=SEED) if r["id"] == "900_copy" else r
                            for r in rows], repo / "sources")
    run_build(repo)
    assert "900_copy" not in articles(repo) and SEED in articles(repo)
    with data_file(repo, "sources.csv").open(encoding="utf-8") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert rows["900_copy"]["duplicate_of"] == SEED


# ------------------------------------------------------------------------- 6. the manifest

HEADER = ",".join(sources.schemas.fields("source"))


def _manifest_problems(repo: Path, text: str, encoding: str = "utf-8") -> list[str]:
    (repo / "sources" / "manifest.csv").write_bytes(text.encode(encoding))
    return refused(repo)


FIRST = "000_d8b36e309c33177f"  # the manifest's first row


def _edited(repo: Path, edit) -> str:
    """The manifest with its header and first row changed by ``edit(header, row)``."""
    header, row = tables.cells((repo / "sources" / "manifest.csv").read_text("utf-8"))[:2]
    return tables.dumps_cells(edit(header, row))


def test_a_manifest_saved_with_a_bom_and_crlf_is_read(repo):
    before = published(repo)
    text = (repo / "sources" / "manifest.csv").read_text("utf-8").replace("\n", "\r\n")
    (repo / "sources" / "manifest.csv").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    run_build(repo)
    assert published(repo) == before


PATTERN = f'"{sources.schemas.load("source")["properties"]["file"]["pattern"]}"'


def _set(row: list[str], field: str, value: str) -> list[str]:
    return [value if name == field else cell
            for name, cell in zip(sources.schemas.fields("source"), row, strict=True)]


@pytest.mark.parametrize(("edit", "line"), [
    (lambda header, row: [[*header, "extra"], [*row, ""]],
     "manifest.csv line 1: [header] the header must be exactly " + HEADER + "; found "
     + HEADER + ",extra"),
    (lambda header, row: [header[:-1], row[:-1]],
     "manifest.csv line 1: [header] the header must be exactly " + HEADER + "; found "
     + HEADER.rsplit(",", 1)[0]),
    (lambda header, row: [header, row[:6]],
     "manifest.csv line 2: [row-length] 6 cells where the header has 9"),
    (lambda header, row: [header, _set(row, "bytes", "9 kB")],
     "manifest.csv line 2 at /bytes: [schema-type] '9 kB' is not of type integer"),
    (lambda header, row: [header, _set(row, "file", ".")],
     f"manifest.csv line 2 (record {FIRST}) at /file: [schema-pattern] \".\" does not match "
     + PATTERN),
    (lambda header, row: [header, _set(row, "file", "../x.txt")],
     f"manifest.csv line 2 (record {FIRST}) at /file: [schema-pattern] \"../x.txt\" does not "
     "match " + PATTERN),
    (lambda header, row: [header, _set(row, "url", "javascript:alert(1)")],
     f"manifest.csv line 2 (record {FIRST}) at /url: [url-scheme] 'javascript:alert(1)' is not "
     "an http(s) address"),
    (lambda header, row: [header, _set(row, "outlet", "Daily\u202eTimes")],
     f"manifest.csv line 2 (record {FIRST}) at /outlet: [unclean-text] holds control, bidi or "
     "invisible characters, a line break or stray spaces"),
])
def test_a_bad_manifest_is_refused_naming_the_line(repo, edit, line):
    articles_before = sorted((repo / "build/articles").iterdir())
    assert _manifest_problems(repo, _edited(repo, edit)) == [line]
    assert sorted((repo / "build/articles").iterdir()) == articles_before


def test_a_retrieval_date_in_the_future_is_refused(repo):
    text = _edited(repo, lambda header, row: [header, _set(row, "retrieved", "2999-01-01")])
    [line] = _manifest_problems(repo, text)
    assert line.startswith(f"manifest.csv line 2 (record {FIRST}) at /retrieved: [future-date] "
                           "retrieval date 2999-01-01 is after today (")


def test_a_missing_manifest_is_an_error_and_empties_nothing(repo):
    (repo / "sources" / "manifest.csv").unlink()
    built_articles = sorted((repo / "build/articles").iterdir())
    assert refused(repo) == [f"{repo / 'sources' / 'manifest.csv'}: [missing-input] there "
                             "is no sources manifest; add pages with `python -m pipeline "
                             "sources add`"]
    assert sorted((repo / "build/articles").iterdir()) == built_articles


def test_metadata_from_the_command_line_is_cleaned_like_page_text(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE)
    record = sources.add(page, outlet="Daily\u202e Times\x07 \n", notes="\u2066seen\tonline\r\n",
                         sources_dir=tmp_path / "sources")
    assert (record["outlet"], record["notes"]) == ("Daily Times", "seen online")
    with pytest.raises(PipelineError) as caught:
        sources.add(page, url="javascript:alert(1)", retrieved="2999-01-01",
                    sources_dir=tmp_path / "other")
    assert [(p.code, p.pointer) for p in caught.value.problems] == [
        ("url-scheme", "/url"), ("future-date", "/retrieved")]
    with pytest.raises(PipelineError) as caught:
        sources.add(page, url="https://news.example.org/\u202eartsim", sources_dir=tmp_path)
    assert [(p.code, p.pointer) for p in caught.value.problems] == [("schema-format", "/url")]


# ---------------------------------------------------------------------------- 7. schemas

def test_values_without_a_natural_bound_are_bounded_and_languages_are_iso_639_1():
    from pipeline import schemas

    assert schemas.load("article")["properties"]["title"]["maxLength"] == 1000
    for name in ("article", "paragraph", "sentence"):
        enum = schemas.load(name)["properties"]["language"]["enum"]
        assert len(enum) == 183 and {"ar", "en", "fa", "he"} <= set(enum)
        assert "xx" not in enum and "ara" not in enum
    for name, field in (("source", "outlet"), ("source", "url"), ("source", "notes"),
                        ("article", "author"), ("article", "outlet"), ("sentence", "text")):
        assert schemas.load(name)["properties"][field]["maxLength"] > 0


def test_a_two_megabyte_title_and_a_made_up_language_fail_validation(repo):
    path = repo / "build/articles" / f"{SEED}.json"
    article = json.loads(path.read_text("utf-8"))
    article["title"], article["language"] = "ح" * 2_000_000, "xx"
    path.write_text(json.dumps(article, ensure_ascii=False), "utf-8")
    before = published(repo)
    with pytest.raises(PipelineError) as caught:
        validate.run(root=repo, check_built_package=False)
    found = {(p.pointer, p.code) for p in caught.value.problems}
    assert {("/title", "schema-maxLength"), ("/language", "schema-enum")} <= found
    assert published(repo) == before


# ----------------------------------------------------------------------------- 8. limits

def test_a_page_over_the_size_limit_is_refused_at_add_and_in_the_build(repo, tmp_path,
                                                                        monkeypatch):
    big = PAGE + b"x" * (sources.MAX_PAGE_BYTES + 1)
    page = tmp_path / "big.txt"
    page.write_bytes(big)
    with pytest.raises(PipelineError) as caught:
        sources.add(page, sources_dir=tmp_path / "sources")
    assert str(caught.value.problems[0]) == (
        f"{page}: [too-large] {len(big):,} bytes, over the page-size limit of 5,000,000 bytes "
        "(PIPELINE_MAX_PAGE_BYTES sets it)")
    monkeypatch.setenv("PIPELINE_MAX_PAGE_BYTES", "20000")  # the seeds are smaller
    add_page(repo, "900_page.txt", PAGE * 30)
    path = repo / "sources" / "900_page.txt"
    assert refused(repo) == [f"{path} (record 900_page): [too-large] {len(PAGE) * 30:,} bytes, "
                             "over the page-size limit of 20,000 bytes (PIPELINE_MAX_PAGE_BYTES "
                             "sets it)"]


def test_english_sentence_splitting_is_linear():
    import time

    sentence = "Mr. Smith met the envoy in Damascus on Monday. "
    small, large = sentence * 400, sentence * 8000
    started = time.perf_counter()
    assert len(segment.split_english(small)) == 400
    small_seconds = time.perf_counter() - started
    started = time.perf_counter()
    found = segment.split_english(large)
    assert len(found) == 8000 and set(found) == {sentence.strip()}
    assert time.perf_counter() - started < 40 * small_seconds + 1  # 20x the text: ~20x the time


# ------------------------------------------------------------ 9. operating-system errors

def test_a_full_disk_while_writing_the_package_is_one_line_and_changes_nothing(
        repo, monkeypatch, capsys):
    _change_notes(repo, "A change that must be published.")
    before = published(repo)
    real = Path.write_bytes

    def full_disk(self, data):
        if package.STAGING_PREFIX in str(self):
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    code, err = cli_run(capsys, "build", "--root", str(repo), "--offline")
    assert code == 1 and err[-2] == "error: package not published: the previous package is " \
        "unchanged"
    assert err[-1].startswith(f"  - {repo}/{package.STAGING_PREFIX}")
    assert err[-1].endswith(": [os-error] No space left on device")
    assert published(repo) == before and not leftovers(repo)


def test_a_real_write_error_names_the_file_and_changes_nothing(repo):
    """Not a patched error: past the file-size limit (RLIMIT_FSIZE) a write fails with
    EFBIG, as on a full disk, and the error of a write carries no file name of its own."""
    _change_notes(repo, "A change too large to write.")
    before = published(repo)
    limit = len(before["data/articles.json"]) - 1024

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run([sys.executable, "-m", "pipeline", "build", "--root", str(repo),
                             "--offline"], env={**os.environ, "PYTHONPATH": str(ROOT)},
                            preexec_fn=limited, capture_output=True, text=True, timeout=300,
                            check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-2] == ("error: package not published: the previous "
                                              "package is unchanged")
    assert re.fullmatch(rf"  - {re.escape(str(repo))}/{package.STAGING_PREFIX}\w+/data/"
                        r"articles\.json: \[os-error\] File too large",
                        result.stderr.splitlines()[-1]), result.stderr[-500:]
    assert published(repo) == before and not leftovers(repo)


def test_a_permission_error_while_publishing_is_one_line_and_changes_nothing(
        repo, monkeypatch, capsys):
    _change_notes(repo, "Another change that must be published.")
    before = published(repo)

    def denied(first, second):
        raise PermissionError(errno.EACCES, "Permission denied", str(first), None, str(second))

    monkeypatch.setattr(package, "exchange", denied)
    code, err = cli_run(capsys, "build", "--root", str(repo), "--offline")
    assert code == 1
    assert err[-2] == "error: package not published: the previous package is unchanged"
    assert err[-1].startswith(f"  - {repo}/{package.STAGING_PREFIX}")
    assert err[-1].endswith(f" -> {repo}/{PACKAGE_DIR}: [os-error] Permission denied")
    assert published(repo) == before and not leftovers(repo)
    monkeypatch.setattr(package, "exchange", fileio.exchange)
    run_build(repo)  # the next run publishes it
    assert published(repo) != before and valid(repo)


def test_a_child_of_a_killed_build_dies_with_it(tmp_path):
    """The site build runs MkDocs in a child process (website.run_builder); when the build
    is killed with -9, the child must not live on writing into .site-versions/."""
    pid_file = tmp_path / "child.pid"
    parent = subprocess.Popen([sys.executable, "-c", (
        "import subprocess, sys\n"
        "from pipeline.fileio import die_with_parent\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'],\n"
        "                         preexec_fn=die_with_parent)\n"
        f"open({str(pid_file)!r}, 'w').write(str(child.pid))\n"
        "child.wait()\n")], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        for _ in range(300):
            if pid_file.exists() and pid_file.read_text():
                break
            time.sleep(0.05)
        child = int(pid_file.read_text())
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        for _ in range(200):
            if not Path(f"/proc/{child}").exists() or "Z" in Path(
                    f"/proc/{child}/stat").read_text().split()[2]:
                break
            time.sleep(0.05)
        else:
            os.kill(child, signal.SIGKILL)
            pytest.fail("the child outlived its killed parent")
    finally:
        parent.kill()
