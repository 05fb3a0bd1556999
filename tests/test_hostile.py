"""Hostile inputs and faults (issue 12): never publish garbage, never get stuck, never a
traceback.

Each case runs on a fresh copy of a built repository (the five seed pages). A case that
must be refused asserts the exact one-line problem (file, line or byte offset, reason)
and that the published package (``datapackage.json`` + ``data/``) is byte for byte what
it was; a case that must be handled asserts what is published. Broken files are made at
test time from ``tests/hostile/english_page.txt`` (our own words) or a seed page.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import (
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
                              threads=1, batch_size=32)


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


def published(root: Path) -> dict[str, bytes]:
    files = [root / package.DESCRIPTOR, *sorted((root / package.DATA_DIR).rglob("*"))]
    return {path.relative_to(root).as_posix(): path.read_bytes()
            for path in files if path.is_file()}


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
    assert not list(root.glob(f"{package.STAGING_PREFIX}*"))
    return [str(problem) for problem in caught.value.problems]


def cli_run(capsys, *argv: str) -> tuple[int, list[str]]:
    """The real command line, in this process: its exit code and its stderr lines."""
    code = cli(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.splitlines()


def articles(root: Path) -> dict[str, dict]:
    return {a["id"]: a for a in json.loads((root / "data/articles.json").read_text("utf-8"))}


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
    (repo / "data" / "articles.csv").write_text("id\nforged\n", "utf-8")
    (repo / "data" / "extra.csv").write_text("x\n", "utf-8")
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
    row = next(csv.DictReader((repo / "data/articles.csv").open(encoding="utf-8")))
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
    assert "A later change." in (repo / "data/sources.csv").read_text("utf-8")
    assert validate.frictionless_problems(repo / "datapackage.json", repo) == []


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
    assert SEED not in (repo / "data/sentences.csv").read_text("utf-8")


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


FAULTS = ["package:validating", "publish:staged", *(f"publish:after-step-{n}"
                                                    for n in range(1, 6))]


def test_a_kill_at_every_step_of_publishing_never_leaves_the_package_out_of_step(repo):
    for round_ in range(2):
        for fault in FAULTS:
            old = published(repo)
            _change_notes(repo, f"Notes of round {round_} at {fault}.")
            killed = _cli_build(repo, fault)
            assert killed.returncode == 137, killed.stderr[-2000:]
            if fault in FAULTS[:2]:  # killed before the moment of publishing
                assert not (repo / package.JOURNAL).exists() and published(repo) == old
            if not (repo / package.JOURNAL).exists():  # before it, or after all its steps
                assert validate.frictionless_problems(repo / "datapackage.json", repo) == []
            # The next run first completes what the journal records, then builds.
            package.complete_publish(repo)
            done = published(repo)
            assert validate.frictionless_problems(repo / "datapackage.json", repo) == []
            run_build(repo)  # an uninterrupted build: publishes the new package if not yet
            assert done in (old, published(repo))
            assert not list(repo.glob(f"{package.STAGING_PREFIX}*"))  # stale ones removed
            assert json.loads(published(repo)["data/articles.json"])  # never empty


def test_a_stale_staging_folder_of_a_killed_build_is_removed(repo):
    stale = repo / f"{package.STAGING_PREFIX}killed"
    (stale / "data").mkdir(parents=True)
    (stale / "data" / "big.csv").write_bytes(b"x" * 1000)
    before = published(repo)
    run_build(repo)
    assert not stale.exists() and published(repo) == before


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
    assert validate.frictionless_problems(repo / "datapackage.json", repo) == []


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
    rows = {r["id"]: r for r in csv.DictReader((repo / "data/sources.csv").open(encoding="utf-8"))}
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
    assert published(repo) == before
    assert not list(repo.glob(f"{package.STAGING_PREFIX}*"))


def test_a_permission_error_while_publishing_is_one_line_and_changes_nothing(
        repo, monkeypatch, capsys):
    _change_notes(repo, "Another change that must be published.")
    before = published(repo)
    real = os.rename

    def denied(source, target, *args, **kwargs):
        if Path(source).name == package.DATA_DIR:
            raise PermissionError(errno.EACCES, "Permission denied", str(source), None,
                                  str(target))
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "rename", denied)
    code, err = cli_run(capsys, "build", "--root", str(repo), "--offline")
    assert code == 1
    assert err[-2] == ("error: package not published: publishing stopped half-way and is "
                       "completed by the next run")
    assert err[-1].startswith(f"  - {repo}/data -> {repo}/{package.STAGING_PREFIX}")
    assert err[-1].endswith(": [os-error] Permission denied")
    assert published(repo) == before  # nothing was moved
    monkeypatch.setattr(os, "rename", real)
    run_build(repo)  # the next run completes it
    assert published(repo) != before
    assert validate.frictionless_problems(repo / "datapackage.json", repo) == []
