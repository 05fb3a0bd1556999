"""Cleaning and translation on a Dask cluster give the in-process build's bytes.

Real clusters on 127.0.0.1: a ``distributed.LocalCluster`` of two worker processes shared
by most tests, ``python -m pipeline build --scheduler local:2`` in a subprocess, and a
``dask scheduler`` with two ``dask worker`` processes. The model is the tiny genuine Argos
package (pipeline/testing_model.py); the corpus is the five seed pages plus synthetic
ones (pipeline/bench.py). Every wait is bounded.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("distributed")

import cloudpickle  # comes with distributed
from distributed import WorkerPlugin
from test_incremental import snapshot  # every output of a build, file by file

from pipeline import (
    DESCRIPTOR,
    PACKAGE_DIR,
    ROOT,
    argos_model,
    bench,
    build,
    clean,
    distributed,
    sources,
    translate,
    translate_cli,
)
from pipeline.errors import PipelineError
from pipeline.testing_model import build_package, corpus_lines

# The plugins below are sent to workers that cannot import this test module.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

SYNTHETIC_PAGES = 6
CHUNK = 25  # sentences per translation task: several chunks, so several workers are used
TIMEOUT = 120  # seconds, for any process or wait
PYTHON = sys.executable


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("tiny")
    clean.run(out_dir=work / "articles", cache_dir=work / "cache", force=True)
    return build_package(work, training_lines=corpus_lines(work / "articles"), vocab_size=2000)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seed pages and synthetic ones: sources only."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(sources.SOURCES_DIR, root / "sources")
    bench.copy_site_material(root)  # the site serves the documents too
    bench.write_corpus(bench.seed_material(), root, range(SYNTHETIC_PAGES))
    return root


def environment(monkeypatch, argos_dir: Path) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(argos_dir))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", bench.EPOCH)
    monkeypatch.delenv(argos_model.MODEL_ENV, raising=False)


def repo(corpus: Path, root: Path) -> Path:
    shutil.copytree(corpus, root)
    return root


def build_args(model: Path, **options) -> argparse.Namespace:
    values = dict(force=False, offline=True, model=str(model), require_translations=True,
                  threads=1, batch_size=translate.BATCH_TOKENS, scheduler=None)
    return argparse.Namespace(**(values | options))


def run_build(root: Path, model: Path, cluster=None, **options) -> dict:
    reports: dict = {}
    build.run(build_args(model, **options), log=lambda message: None, root=root, site=False,
              reports=reports, cluster=cluster)
    return reports


@pytest.fixture(scope="module")
def reference(tmp_path_factory, corpus, model) -> dict[str, bytes]:
    """The files of the in-process build."""
    work = tmp_path_factory.mktemp("reference")
    with pytest.MonkeyPatch.context() as monkeypatch:
        environment(monkeypatch, work / "argos")
        root = repo(corpus, work / "repo")
        run_build(root, model)
    return snapshot(root)


@pytest.fixture(scope="module")
def cluster():
    with distributed.connect("local:2") as found:
        found.chunk_sentences = CHUNK
        yield found


@pytest.fixture
def on_workers(monkeypatch, tmp_path):
    """Pages are cleaned and articles segmented on the workers even in this small corpus,
    in several batches."""
    monkeypatch.setattr(distributed, "LOCAL_MIN", 2)
    monkeypatch.setattr(distributed, "BATCH", 5)
    environment(monkeypatch, tmp_path / "argos")


def worker_pids(cluster) -> set[int]:
    return set(distributed.workers(cluster).values())


# ---------------------------------------------------------------- same bytes


def test_local_cluster_build_gives_the_in_process_bytes(tmp_path, model, corpus, reference,
                                                        cluster, on_workers, caplog):
    root = repo(corpus, tmp_path / "repo")
    with caplog.at_level("INFO", logger=distributed.log.name):
        reports = run_build(root, model, cluster)
    assert snapshot(root) == reference
    assert reports["translate"].model_calls > CHUNK  # several chunks went to the workers
    done = [r.getMessage() for r in caplog.records if "tasks done" in r.getMessage()]
    pages = len(sources.read_manifest(root / "sources"))
    assert any(m.startswith(f"clean: {-(-pages // 5)}/") for m in done)
    assert any(m.startswith(f"segment: {-(-pages // 5)}/") for m in done)
    assert any(m.startswith("translate: ") for m in done)


def test_build_command_with_scheduler_local_2(tmp_path, model, corpus, reference):
    root = repo(corpus, tmp_path / "repo")
    env = dict(os.environ, PYTHONPATH=str(ROOT), ARGOS_PACKAGES_DIR=str(tmp_path / "argos"),
               SOURCE_DATE_EPOCH=bench.EPOCH)
    env.pop(argos_model.MODEL_ENV, None)
    done = subprocess.run(
        [PYTHON, "-m", "pipeline", "build", "--root", str(root), "--offline", "--model",
         str(model), "--require-translations", "--threads", "1", "--scheduler", "local:2"],
        env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, done.stderr
    assert "dask: local:2, 2 worker(s)" in done.stderr
    # The cluster is only up for clean and translate: closed before the package is made.
    assert done.stderr.index("dask: local:2 closed") < done.stderr.index("package: version")
    assert snapshot(root) == reference


def test_build_against_dask_scheduler_and_two_dask_workers(tmp_path, model, corpus,
                                                           reference, on_workers):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    address_file = tmp_path / "scheduler.json"
    dask = str(Path(PYTHON).parent / "dask")  # Dask's own command, as users start it
    commands = [[dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                 "--scheduler-file", str(address_file)]]
    commands += [[dask, "worker", "--scheduler-file", str(address_file), "--name", name,
                  "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard",
                  "--death-timeout", str(TIMEOUT)] for name in ("w1", "w2")]
    # Each in its own process group, so that a worker's own worker process is stopped too.
    processes = [subprocess.Popen(command, env=env, cwd=tmp_path, start_new_session=True,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for command in commands]
    try:
        wait_for(address_file.exists)
        address = json.loads(address_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        root = repo(corpus, tmp_path / "repo")
        with translate_cli.cluster(address) as found:
            found.client.wait_for_workers(2, timeout=TIMEOUT)
            assert sorted(w["name"] for w in found.client.scheduler_info()["workers"].values(
                )) == ["w1", "w2"]
            found.chunk_sentences = CHUNK
            run_build(root, model, found)
        assert snapshot(root) == reference
    finally:
        stop(processes)


def stop(processes: list[subprocess.Popen]) -> None:
    """Workers first, then the scheduler; killed if they do not end in time."""
    for process in reversed(processes):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
    for process in reversed(processes):
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


def wait_for(condition, seconds: float = TIMEOUT) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


# ---------------------------------------------------------------- failures


class KillOnChunk(WorkerPlugin):
    """Ends the worker process as a translation chunk starts on it: every time, or only
    the first time across the cluster (``marker``, a file only one process can create)."""

    name = "test-kill-on-chunk"

    def __init__(self, prefix: str, marker: str | None = None):
        self.prefix, self.marker = prefix, marker

    def transition(self, key, start, finish, *args, **kwargs):
        if finish != "executing" or not str(key).startswith(self.prefix):
            return
        if self.marker is not None:
            try:
                os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                return
        os._exit(1)


@pytest.fixture
def killer(cluster):
    yield lambda plugin: cluster.client.register_plugin(plugin)
    cluster.client.unregister_worker_plugin(KillOnChunk.name)
    wait_for(lambda: len(distributed.workers(cluster)) == 2)


def test_a_worker_killed_mid_chunk_changes_nothing(tmp_path, model, corpus, reference,
                                                   cluster, on_workers, killer):
    before = worker_pids(cluster)
    marker = tmp_path / "killed"
    killer(KillOnChunk("translate-chunk-", str(marker)))
    root = repo(corpus, tmp_path / "repo")
    run_build(root, model, cluster)
    assert marker.exists()  # a worker did die with a chunk in hand...
    wait_for(lambda: len(distributed.workers(cluster)) == 2)
    assert len(worker_pids(cluster) - before) == 1  # ...and was replaced by its nanny
    assert snapshot(root) == reference


def test_a_chunk_failing_twice_fails_the_build_and_keeps_the_package(
        tmp_path, model, corpus, cluster, on_workers, killer):
    root = repo(corpus, tmp_path / "repo")
    run_build(root, model)

    def published() -> dict[str, bytes]:
        return {name: data for name, data in snapshot(root).items()
                if name.startswith(f"{PACKAGE_DIR}/")}

    package = published()
    for memory in (root / "translations").glob("*.jsonl"):
        memory.unlink()  # every Arabic sentence must be translated again
    killer(KillOnChunk("translate-chunk-0-"))  # whichever worker runs the first chunk
    with pytest.raises(PipelineError) as failure:
        run_build(root, model, cluster)
    message = str(failure.value)
    assert "failed twice" in message and "KilledWorker" in message
    named = message.split("(record articles ", 1)[1].split(")", 1)[0].split(", ")
    ids = {record["id"] for record in sources.read_manifest(root / "sources")}
    assert named and set(named) <= ids
    assert published() == package
    assert not list((root / "translations").glob("*.jsonl"))  # nothing merged either


# ---------------------------------------------------------------- the model


def installed_model(archive: Path, packages: Path) -> argos_model.ModelInfo:
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
        return argos_model.install_archive(archive)


def package_files(info: argos_model.ModelInfo) -> dict[str, bytes]:
    return {p.relative_to(info.path).as_posix(): p.read_bytes()
            for p in sorted(info.path.rglob("*")) if p.is_file()}


def test_a_worker_sent_or_holding_another_model_is_refused_by_name(tmp_path, model, cluster):
    ours = installed_model(model, tmp_path / "ours")
    other = installed_model(build_package(tmp_path / "other", version="0.2-tiny"),
                            tmp_path / "theirs")
    names = distributed.workers(cluster)

    # Sent other files than the lock pins: every worker refuses them before loading.
    with pytest.raises(PipelineError) as refused:
        distributed.register(cluster, distributed.ModelPlugin(package_files(other), ours,
                                                              ours.sha256, 1))
    assert "refused" in str(refused.value) and any(w in str(refused.value) for w in names)
    assert ours.sha256 in str(refused.value) and other.sha256 in str(refused.value)

    # Workers holding another model (another build's) refuse this build's chunks.
    distributed.register(cluster, distributed.ModelPlugin(package_files(other), other,
                                                          other.sha256, 1))
    future = cluster.client.submit(distributed._translate_chunk, ["حماس"], ours.sha256, 8,
                                   pure=False)
    with pytest.raises(distributed.ModelRefused) as held:
        future.result(timeout=TIMEOUT)
    assert any(w in str(held.value) for w in names) and other.sha256 in str(held.value)


def test_a_distributed_run_never_rewrites_a_post_edit(tmp_path, model, corpus, cluster,
                                                      on_workers):
    root = repo(corpus, tmp_path / "repo")
    run_build(root, model)
    path = next(p for p in sorted((root / "translations").glob("*.jsonl")))
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    entry = json.loads(lines[0])
    target = "A reviewer's English."
    edited = json.dumps(dict(entry, status="post-edited", target=target, quality_flags=(
        translate.quality_flags(entry["source_text"], target))), ensure_ascii=False) + "\n"
    path.write_text(edited + "".join(lines[1:]), encoding="utf-8")
    # A new model version: every machine entry is translated again, on the workers.
    newer = build_package(tmp_path / "newer", version="0.2-tiny",
                          training_lines=corpus_lines(root / "build" / "articles"),
                          vocab_size=2000)
    argos_model.install_archive(newer)
    reports = run_build(root, model, cluster)
    assert reports["translate"].model.version == "0.2-tiny"
    assert reports["translate"].model_calls > CHUNK
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert edited in lines
    machine = [json.loads(line) for line in lines if line != edited]
    assert machine and {e["model_version"] for e in machine} == {"0.2-tiny"}


# ---------------------------------------------------------------- without --scheduler


def test_a_build_without_scheduler_does_not_import_dask(tmp_path, corpus):
    root = repo(corpus, tmp_path / "repo")
    program = (
        "import sys\n"
        "from pipeline.__main__ import main\n"
        f"code = main(['build', '--root', {str(root)!r}, '--offline'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'))\n"
        "print('loaded:', loaded)\n"
        "sys.exit(code)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT), ARGOS_PACKAGES_DIR=str(tmp_path / "argos"),
               SOURCE_DATE_EPOCH=bench.EPOCH)
    done = subprocess.run([PYTHON, "-c", program], env=env, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)
    assert done.returncode == 0, done.stderr
    assert "loaded: []" in done.stdout
    assert json.loads((root / PACKAGE_DIR / DESCRIPTOR).read_text(encoding="utf-8"))["resources"]


@given(st.lists(st.text(alphabet="ab ", max_size=300), max_size=200),
       st.integers(1, 20), st.integers(1, 60))
def test_chunks_keep_order_and_bounds(texts, count, most):
    """Chunks are consecutive runs that give back every text in order, none empty, none
    over ``most`` texts, and no more than ``count`` of them unless ``most`` forces it."""
    chunks = distributed.cut_chunks(texts, count, most)
    assert [text for chunk in chunks for text in chunk] == texts
    assert all(0 < len(chunk) <= most for chunk in chunks)
    assert len(chunks) <= max(count, 1) + -(-len(texts) // most)


def test_chunks_balance_length_not_count():
    """A run of long sentences gets chunks of its own with fewer sentences: each chunk's
    weight stays within one sentence of the even share."""
    texts = ["x" * 20] * 300 + ["y" * 400] * 60
    chunks = distributed.cut_chunks(texts, 4, 2000)
    weights = [sum(len(t) + distributed.SENTENCE_COST for t in chunk) for chunk in chunks]
    share = sum(weights) / 4
    assert len(chunks) == 4
    assert all(abs(weight - share) <= 440 for weight in weights)
    assert len(chunks[0]) > 3 * len(chunks[-1])
