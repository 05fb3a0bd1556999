"""Installing, downloading and recording Argos packages (pipeline/argos_model.py).

Every package here is genuine (pipeline/testing_model.py); broken ones are made from it by
rewriting its archive. Network tests talk to a local HTTP server on 127.0.0.1 that stops
itself; nothing here reaches the internet.
"""

from __future__ import annotations

import json
import shutil
import stat
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from corpus_fixture import article

from pipeline import argos_model, translate
from pipeline.errors import PipelineError
from pipeline.testing_model import TRAINING_LINES, build_package

ARTICLE = "012_cccccccccccccccc"  # one Arabic sentence


@pytest.fixture(scope="session")
def package_file(tmp_path_factory) -> Path:
    return build_package(tmp_path_factory.mktemp("tiny"))


@pytest.fixture
def argos_dir(tmp_path, monkeypatch) -> Path:
    """An Argos packages folder holding an unrelated package, so "unchanged" means something."""
    directory = tmp_path / "argos" / "packages"
    (directory / "translate-en_fr").mkdir(parents=True)
    (directory / "translate-en_fr" / "metadata.json").write_text(
        '{"from_code": "en", "to_code": "fr"}', encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(directory))
    for name in (argos_model.MODEL_ENV, argos_model.OFFLINE_ENV, argos_model.DEADLINE_ENV):
        monkeypatch.delenv(name, raising=False)
    return directory


def tree(directory: Path) -> dict[str, bytes | None]:
    """Every path under ``directory`` (and beside it) with its bytes: staging leftovers count."""
    return {p.relative_to(directory.parent).as_posix(): p.read_bytes() if p.is_file() else None
            for p in sorted(directory.parent.rglob("*"))}


def stage(tmp_path: Path, articles: tuple[str, ...] = (ARTICLE,),
          **options) -> translate.TranslateReport:
    """The translate stage over fixture articles (by default one Arabic article), with its
    memory and sentence files under tmp_path."""
    settings = dict(offline=True, model_path=None, require=False, threads=1,
                    translations_dir=tmp_path / "translations",
                    sentences_dir=tmp_path / "sentences", progress=False, log=lambda m: None)
    records = [article(a) for a in articles]
    return translate.run({a["id"]: a for a in records}, **{**settings, **options})


def rewrite(archive: Path, dest: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    """A copy of the package ``archive`` whose members (paths inside the package folder ->
    bytes) were changed in place by ``edit``: how the broken packages below are made."""
    with zipfile.ZipFile(archive) as source:
        top = source.namelist()[0].split("/")[0]
        members = {info.filename[len(top) + 1:]: source.read(info)
                   for info in source.infolist() if not info.is_dir()}
    edit(members)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(f"{top}/{name}", data)
    return dest


def corrupt_member_data(archive: Path, dest: Path, member: str) -> Path:
    """A copy of ``archive`` with bytes inside ``member``'s compressed data overwritten; the
    zip's directory is intact, so only reading that member fails."""
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as source:
        info = next(i for i in source.infolist() if i.filename.endswith(member))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 10:start + 60] = bytes(range(50))
    dest.write_bytes(bytes(data))
    return dest


def _without(*names: str) -> Callable[[dict[str, bytes]], None]:
    def edit(members: dict[str, bytes]) -> None:
        for name in [m for m in members if m.startswith(names)]:
            del members[name]
    return edit


def _replace(name: str, data: bytes) -> Callable[[dict[str, bytes]], None]:
    def edit(members: dict[str, bytes]) -> None:
        members[name] = data(members[name]) if callable(data) else data
    return edit


BROKEN = {
    "no-model-folder": (_without("model/"), "model-layout", "model/model.bin"),
    "no-model-bin": (_without("model/model.bin"), "model-layout", "model/model.bin"),
    "no-sentencepiece": (_without("sentencepiece.model"), "model-layout",
                         "sentencepiece.model"),
    "truncated-model-bin": (_replace("model/model.bin", lambda b: b[:len(b) // 2]),
                            "model-unloadable", "does not load"),
    "garbage-model-bin": (_replace("model/model.bin", b"not a model" * 50),
                          "model-unloadable", "does not load"),
    "garbage-sentencepiece": (_replace("sentencepiece.model", b"\x00\x01junk"),
                              "model-unloadable", "does not load"),
    "metadata-list": (_replace("metadata.json", b"[1, 2]"), "model-metadata", "not a JSON object"),
    "metadata-string": (_replace("metadata.json", b'"ar->en"'), "model-metadata",
                        "not a JSON object"),
    "metadata-not-json": (_replace("metadata.json", b"{from_code: ar"), "model-metadata",
                          "unreadable metadata.json"),
    "wrong-pair": (_replace("metadata.json", b'{"from_code": "en", "to_code": "ar"}'),
                   "model-wrong-pair", "en->ar"),
}


def assert_refused(archive: Path, argos_dir: Path, code: str, words: str) -> None:
    before = tree(argos_dir)
    with pytest.raises(PipelineError) as caught:
        argos_model.install_archive(archive)
    assert [p.code for p in caught.value.problems] == [code]
    assert words in caught.value.report() and str(archive) in caught.value.report()
    assert "nothing was installed" in caught.value.summary
    assert tree(argos_dir) == before


# ---------------------------------------------------------------- transactional install


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_package_is_refused_and_a_good_model_then_builds(tmp_path, argos_dir, package_file,
                                                                no_network, case):
    edit, code, words = BROKEN[case]
    broken = rewrite(package_file, tmp_path / f"{case}.argosmodel", edit)
    assert argos_model.archive_problems(broken) == []  # safe to unpack: the check is later
    assert_refused(broken, argos_dir, code, words)
    with pytest.raises(PipelineError, match=code):  # the stage stops with the same message
        stage(tmp_path, model_path=str(broken))
    report = stage(tmp_path, model_path=str(package_file))
    assert report.model.origin == "file" and report.coverage == 1.0


@pytest.mark.parametrize("member", ["model/model.bin", "metadata.json"])
def test_corrupt_zip_data_is_a_one_line_error(tmp_path, argos_dir, package_file, member):
    broken = corrupt_member_data(package_file, tmp_path / "corrupt.argosmodel", member)
    assert_refused(broken, argos_dir, "archive-corrupt", "corrupt zip data")
    assert stage(tmp_path, model_path=str(package_file)).coverage == 1.0


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 truncated", b"plain text", "first half"])
def test_not_a_zip_is_refused(tmp_path, argos_dir, package_file, data):
    path = tmp_path / "odd.argosmodel"
    whole = package_file.read_bytes()
    path.write_bytes(whole[:len(whole) // 2] if data == "first half" else data)
    assert_refused(path, argos_dir, "archive-corrupt", "not a readable zip archive")


def test_good_package_is_installed_whole_and_replaces_an_older_copy(tmp_path, argos_dir,
                                                                   package_file):
    first = argos_model.install_archive(package_file)
    assert first.path == argos_dir / "translate-ar_en-tiny" and first.origin == "file"
    assert first.sha256 == argos_model.tree_sha256(first.path)
    newer = argos_model.install_archive(build_package(tmp_path / "v2", version="0.2-tiny"))
    assert newer.path == first.path and newer.version == "0.2-tiny"
    assert json.loads((newer.path / "metadata.json").read_text())["package_version"] == "0.2-tiny"
    assert sorted(p.name for p in argos_dir.parent.iterdir()) == ["packages"]  # no staging left


def test_installed_package_that_fails_to_load_is_reported_never_used(tmp_path, argos_dir,
                                                                     package_file):
    stage(tmp_path, model_path=str(package_file))  # installed, used and recorded in the lock
    model_bin = argos_dir / "translate-ar_en-tiny" / "model" / "model.bin"
    model_bin.write_bytes(model_bin.read_bytes()[:1000])
    other = build_package(tmp_path / "other", version="0.2-tiny")
    before = tree(argos_dir)
    with pytest.raises(PipelineError) as caught:
        stage(tmp_path, model_path=str(other))
    report = caught.value.report()
    assert "model-unloadable" in report and "is broken and was not used" in report
    assert f"rm -r '{argos_dir / 'translate-ar_en-tiny'}'" in report and str(other) in report
    assert tree(argos_dir) == before
    shutil.rmtree(argos_dir / "translate-ar_en-tiny")  # what the message says to do
    assert stage(tmp_path, model_path=str(other)).model.version == "0.2-tiny"


def test_unpacking_streams_and_counts_the_bytes_written(tmp_path):
    archive = tmp_path / "big.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("pkg/metadata.json", "{}")
        with target.open("pkg/blob", "w") as blob:
            for _ in range(32):
                blob.write(b"\0" * (1 << 20))
    tracemalloc.start()
    try:
        folder = argos_model._unpack(archive, tmp_path / "out", argos_model.MAX_UNPACKED_BYTES)
        digest = argos_model.tree_sha256(folder)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (folder / "blob").stat().st_size == 32 << 20 and len(digest) == 64
    assert peak < 4 << 20  # a 32 MiB member never held in memory
    with pytest.raises(PipelineError, match="archive-too-large"):
        argos_model._unpack(archive, tmp_path / "again", 16 << 20)


# ---------------------------------------------------------------- untrusted archives


def _zip(path: Path, members: dict[str, bytes], links: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            if name in links:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data)
    return path


METADATA = json.dumps({"from_code": "ar", "to_code": "en", "package_version": "9"}).encode()


@pytest.mark.parametrize(("members", "links", "code"), [
    ({"pkg/metadata.json": METADATA, "pkg/../../evil.py": b"x"}, (), "archive-path-traversal"),
    ({"pkg/metadata.json": METADATA, "/etc/evil": b"x"}, (), "archive-absolute-path"),
    ({"pkg/metadata.json": METADATA, "pkg/model": b"/etc/passwd"}, ("pkg/model",),
     "archive-link"),
    ({"pkg/metadata.json": METADATA, "other/x": b"x"}, (), "archive-layout"),
    ({"pkg/model.bin": b"x"}, (), "archive-layout"),
])
def test_malicious_archive_is_refused_before_extraction(tmp_path, argos_dir, members, links,
                                                        code):
    archive = _zip(tmp_path / "evil.argosmodel", members, links)
    assert code in {p.code for p in argos_model.archive_problems(archive)}
    before = tree(argos_dir)
    with pytest.raises(PipelineError, match=code):
        argos_model.install_archive(archive)
    assert tree(argos_dir) == before
    assert not (tmp_path.parent / "evil.py").exists()


def test_declared_unpacked_size_is_bounded(tmp_path):
    archive = _zip(tmp_path / "big.argosmodel",
                   {"pkg/metadata.json": METADATA, "pkg/blob": b"\0" * 5000})
    assert argos_model.archive_problems(archive, max_bytes=10_000) == []
    assert "archive-too-large" in {
        p.code for p in argos_model.archive_problems(archive, max_bytes=4000)}


def test_too_many_members_are_refused(tmp_path, argos_dir):
    members = {"pkg/metadata.json": METADATA,
               **{f"pkg/m{i}": b"" for i in range(argos_model.MAX_MEMBERS)}}
    archive = _zip(tmp_path / "many.argosmodel", members)
    assert_refused(archive, argos_dir, "archive-too-many-members", "10001 members")


# ---------------------------------------------------------------- provenance


def test_each_package_has_its_own_name_and_the_lock_records_the_runtime(tmp_path, argos_dir,
                                                                        package_file):
    from importlib.metadata import version

    first = stage(tmp_path, model_path=str(package_file)).model
    shutil.rmtree(first.path)
    # Another genuine package claiming the same pair and version: a different model.
    other = build_package(tmp_path / "other", training_lines=[*TRAINING_LINES, "سطر آخر هنا."])
    second = stage(tmp_path, model_path=str(other)).model
    assert first.version == second.version == "0.1-tiny"
    assert first.sha256 != second.sha256 and first.name != second.name
    for model in (first, second):
        assert model.name == f"translate-ar_en-0.1-tiny-{model.sha256[:12]}"
    lock = json.loads((tmp_path / "translations" / "model-lock.json").read_text("utf-8"))
    runtime = {f"{lib}_version": version(lib) for lib in argos_model.RUNTIME}
    assert lock["models"] == sorted(
        [{"name": m.name, "version": m.version, "sha256": m.sha256, **runtime}
         for m in (first, second)], key=lambda e: e["name"])
    entries = translate.read_memory(tmp_path / "translations" / f"{ARTICLE}.jsonl")
    assert {e["model_name"] for e in entries} == {second.name}
    assert {(e["argostranslate_version"], e["ctranslate2_version"], e["sentencepiece_version"])
            for e in entries} == {tuple(runtime[f"{lib}_version"] for lib in argos_model.RUNTIME)}


def test_command_line_shows_the_refusal_without_a_traceback(tmp_path, argos_dir, package_file):
    import os
    import subprocess
    import sys

    from pipeline import ROOT
    from pipeline.fileio import canonical_json

    broken = rewrite(package_file, tmp_path / "broken.argosmodel", _without("model/model.bin"))
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / f"{ARTICLE}.json").write_text(canonical_json(article(ARTICLE)))
    before = tree(argos_dir)
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "translate", "--offline", "--model", str(broken),
         "--articles", str(tmp_path / "articles")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == (
        f"error: refusing to install {broken}; nothing was installed")
    assert "[model-layout] the package has no model/model.bin" in result.stderr
    assert tree(argos_dir) == before


# ---------------------------------------------------------------- network


TRICKLE_SECONDS = 0.25  # between two bytes: far below any per-read timeout
SERVER_BOUND = 8.0  # seconds: every answer ends by then, whatever the client does


class Routes(BaseHTTPRequestHandler):
    """Answers from ``server.routes``: path -> (behaviour, bytes). Behaviours: "full"
    (Range requests honoured), "trickle" (one byte every TRICKLE_SECONDS) and "cut" (half
    the bytes, then the connection closes; later requests are answered in full)."""

    def do_GET(self) -> None:
        self.server.requests.append((self.path, self.headers.get("Range")))
        if self.path not in self.server.routes:
            self.send_error(404)
            return
        behaviour, data = self.server.routes[self.path]
        first = sum(path == self.path for path, _ in self.server.requests) == 1
        if behaviour == "trickle":
            self._trickle(data)
        elif behaviour == "cut" and first:
            self._send(200, data, len(data) // 2)
        else:
            offset = int(self.headers["Range"][6:-1]) if self.headers.get("Range") else 0
            self._send(206 if offset else 200, data[offset:], None)

    def _send(self, status: int, data: bytes, stop: int | None) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[:stop])
        self.close_connection = True

    def _trickle(self, data: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        ends = time.monotonic() + SERVER_BOUND
        try:
            for byte in data:
                if time.monotonic() > ends:
                    break
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(TRICKLE_SECONDS)
        except OSError:  # the client gave up
            pass
        self.close_connection = True

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server(monkeypatch):
    """A local package index on 127.0.0.1 (ARGOS_PACKAGE_INDEX points at it)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Routes)
    httpd.daemon_threads = True
    httpd.routes, httpd.requests = {}, []
    httpd.base = f"http://127.0.0.1:{httpd.server_port}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    monkeypatch.setenv(argos_model.INDEX_ENV, httpd.base + "/")
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(SERVER_BOUND)


def serve_index(httpd, package: bytes, *, index: str = "full", archive: str = "full") -> None:
    entries = [{"from_code": "en", "to_code": "fr", "package_version": "1.0", "links": []},
               {"from_code": "ar", "to_code": "en", "package_version": "0.1-tiny",
                "links": [f"{httpd.base}/translate-ar_en.argosmodel"]}]
    httpd.routes["/index.json"] = (index, json.dumps(entries).encode())
    httpd.routes["/translate-ar_en.argosmodel"] = (archive, package)


def online(tmp_path: Path, **options) -> tuple[translate.TranslateReport, list[str], float]:
    messages: list[str] = []
    started = time.monotonic()
    report = stage(tmp_path, offline=False, log=messages.append, **options)
    return report, messages, time.monotonic() - started


@pytest.mark.parametrize("slow", ["index", "archive"])
def test_trickling_server_is_abandoned_at_the_one_deadline(tmp_path, argos_dir, package_file,
                                                           server, monkeypatch, slow):
    monkeypatch.setenv(argos_model.DEADLINE_ENV, "1.5")
    serve_index(server, package_file.read_bytes(), **{slow: "trickle"})
    before = tree(argos_dir)
    report, messages, seconds = online(tmp_path)
    assert report.model is None and report.coverage == 0.0
    assert 1.4 < seconds < 4.0  # the deadline and the stage's own work; the server goes on 8 s
    text = "\n".join(messages)
    url = server.base + ("/index.json" if slow == "index" else "/translate-ar_en.argosmodel")
    assert f"{url}: not complete within the 1.5 s network deadline" in text
    assert "tried to download the model via the Argos index" in text
    assert "without --offline" not in text and "retry the download" in text
    assert tree(argos_dir) == before  # no partial download left beside the packages


def test_cut_download_is_resumed_checked_and_installed(tmp_path, argos_dir, package_file, server):
    data = package_file.read_bytes()
    serve_index(server, data, archive="cut")
    report, _, _ = online(tmp_path)
    assert report.model.origin == "download" and report.coverage == 1.0
    assert report.model.sha256 == argos_model.tree_sha256(argos_dir / "translate-ar_en-tiny")
    assert server.requests == [("/index.json", None), ("/translate-ar_en.argosmodel", None),
                               ("/translate-ar_en.argosmodel", f"bytes={len(data) // 2}-")]
    assert sorted(p.name for p in argos_dir.parent.iterdir()) == ["packages"]


def test_oversized_download_is_refused_without_a_retry(tmp_path, argos_dir, package_file,
                                                       server, monkeypatch):
    monkeypatch.setattr(argos_model, "MAX_ARCHIVE_BYTES", 1000)
    serve_index(server, package_file.read_bytes())
    report, messages, _ = online(tmp_path)
    assert report.model is None
    assert f"announces {package_file.stat().st_size} bytes (limit 1000)" in "\n".join(messages)
    assert [path for path, _ in server.requests].count("/translate-ar_en.argosmodel") == 1


def test_downloaded_package_that_fails_to_load_is_not_installed(tmp_path, argos_dir, package_file,
                                                                server):
    broken = rewrite(package_file, tmp_path / "b.argosmodel",
                     _replace("model/model.bin", b"not a model"))
    serve_index(server, broken.read_bytes())
    before = tree(argos_dir)
    with pytest.raises(PipelineError, match="model-unloadable"):
        online(tmp_path)
    assert tree(argos_dir) == before


def test_no_network_when_nothing_is_pending(tmp_path, argos_dir, server):
    serve_index(server, b"")
    messages: list[str] = []
    assert argos_model.locate(offline=False, model_path=None, lock_path=tmp_path / "lock.json",
                              log=messages.append, anything_pending=lambda: False) is None
    assert server.requests == [] and "not contacted" in messages[0]


def test_stage_contacts_the_index_only_when_a_sentence_lacks_english(tmp_path, argos_dir,
                                                                    package_file, server):
    serve_index(server, package_file.read_bytes())
    shutil.rmtree(stage(tmp_path, model_path=str(package_file)).model.path)  # memory remains
    report, messages, _ = online(tmp_path)
    assert report.model is None and report.coverage == 1.0
    assert server.requests == [] and "the Argos index was not contacted" in messages[0]
    report, _, _ = online(tmp_path, articles=(ARTICLE, "010_aaaaaaaaaaaaaaaa"))
    assert report.model.origin == "download" and report.coverage == 1.0
    assert [path for path, _ in server.requests] == ["/index.json",
                                                    "/translate-ar_en.argosmodel"]


def test_messages_say_what_was_tried(tmp_path, argos_dir, server, monkeypatch):
    monkeypatch.setenv(argos_model.INDEX_ENV, server.base + "/missing/")
    report, messages, _ = online(tmp_path)
    assert report.model is None
    assert f"{server.base}/missing/index.json: HTTP Error 404" in messages[0]
    assert "retry the download" in report.messages[-1]
    assert "without --offline" not in "\n".join(messages + report.messages)
    report = stage(tmp_path, offline=True)
    assert "run without --offline" in report.messages[-1]
    assert len(server.requests) == 1  # offline: the index was not asked


def test_network_defaults_and_a_bad_deadline(monkeypatch):
    monkeypatch.delenv(argos_model.DEADLINE_ENV, raising=False)
    monkeypatch.delenv(argos_model.INDEX_ENV, raising=False)
    assert argos_model.network_deadline().seconds == 900
    assert argos_model.index_url() == (
        "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json")
    assert argos_model.MAX_ARCHIVE_BYTES == 2 << 30
    for value in ("soon", "0", "-5"):
        monkeypatch.setenv(argos_model.DEADLINE_ENV, value)
        with pytest.raises(PipelineError, match="not a positive number of seconds"):
            argos_model.network_deadline()
