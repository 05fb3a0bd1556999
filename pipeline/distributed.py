"""Clean and translate on a Dask cluster: ``--scheduler`` of ``build`` and ``translate``.

  python -m pipeline build --scheduler local:2               # 2 worker processes here
  python -m pipeline build --scheduler tcp://10.0.0.5:8786   # a running `dask scheduler`
  python -m pipeline build --scheduler scheduler.json        # its --scheduler-file

The driver (the machine running the build) does everything that reads or writes the
repository: it plans, reads the sources, merges the results and writes every output.
Workers only compute, on data the driver sends them, so they need no shared disk and no
checkout, only the same Python packages (``pip install '.[translate,distributed]'`` and
argostranslate with ``--no-deps``, see noxfile.py):

* **translate**: the driver plans exactly as ``translate.run`` does, cuts the distinct
  pending sentences, in corpus order (article after article), into chunks
  (:func:`cut_chunks`) and sends them out. The model package's files travel from the
  driver inside a worker plugin (:class:`ModelPlugin`), which checks their digest against
  the one pinned in ``translations/model-lock.json`` before loading them once per worker
  process. The driver merges the English through the translation memory, so each memory
  file has one writer and post-edits are never touched.
* **clean**: pages are cleaned on the workers in batches, against the outlets' repeated
  lines worked out beforehand on the driver, so every page sees the same boilerplate set;
  the driver writes the records.
* **segment**: the translate stage's sentence splitting, a pure function of each record,
  also runs on the workers in batches; the driver plans on the sentences they return.

A task that raises is retried once (``retries``); a task whose worker dies is run again
elsewhere, once (``allowed-failures``, a scheduler setting: this module sets it for a
local cluster; start a remote scheduler with
``DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES=1`` for the same, or it keeps Dask's 3).
A chunk that fails for good stops the build with its article ids, before the package
stage, so the last good package stays. Remote workers should also be started without
Dask's MALLOC_TRIM_THRESHOLD_ (see ``CONFIG`` and docs/scaling.md).

This module imports Dask; the build and translate commands import it only when
``--scheduler`` is given (the option itself is declared in translate_cli), so without it
Dask is never loaded.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import PipelineError, Problem

try:
    import dask
    from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker
except ImportError:
    raise PipelineError(Problem(
        "dask-missing", "--scheduler needs Dask: pip install '.[distributed]'")) from None

from . import PACKAGE_DIR, argos_model, clean, translate
from .fileio import canonical_json
from .segment import segment_article

log = logging.getLogger(__name__)

PLUGIN_NAME = "pipeline-argos-model"
CHUNK_SENTENCES = 2000  # per translation task at most: minutes of work for a real model
CHUNKS_PER_WORKER = 8  # at least, when there are fewer sentences: the load stays balanced
MIN_CHUNK_SENTENCES = 128  # at least: a chunk is sorted by length and cut into full batches
SENTENCE_COST = 40  # characters: a sentence's fixed cost in a chunk's weight, beside its length
BATCH = 100  # pages to clean or articles to segment per task: one each costs more to schedule
LOCAL_MIN = clean.PARALLEL_MIN  # fewer than this are cleaned or segmented on the driver
RETRIES = 1  # each task may fail once (an exception, or its worker dying) and run again
PROGRESS_SECONDS = 5.0
CONNECT_TIMEOUT = "20s"
WORKERS_TIMEOUT = 60.0  # seconds to wait for a first worker (a loaded one may start slowly)
LOCAL = re.compile(r"local:(\d+)")
CONFIG = {
    # A task whose worker died is run again; when it has been on a second worker that died,
    # it fails (the scheduler's setting: give it to `dask scheduler` too, see the module doc).
    "distributed.scheduler.allowed-failures": RETRIES,
    # A local worker that died is restarted by its nanny; on a loaded machine that can take
    # longer than the default 15 s after which the local cluster gives the worker up.
    "distributed.deploy.lost-worker-timeout": "120s",
    # One task per worker thread at a time: a second one queued on a busy worker could wait
    # there at the end of a run while another worker has nothing left to do.
    "distributed.scheduler.worker-saturation": 1.0,
    # Dask sets MALLOC_TRIM_THRESHOLD_ for the worker processes it starts, to hand memory
    # back to the system sooner; that also turns off glibc's adaptive mmap threshold, so
    # every large buffer CTranslate2 allocates is mapped and unmapped: a measured 3-5 times
    # slower translation. Left unset, as in the driver.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # Housekeeping that wakes every process many times a second: on 2 cores it took a
    # quarter of a core with the cluster idle (measured: 2.5 CPU-seconds per 10 s across
    # the driver, 2 workers and their nannies; 0.4 with these), and in the driver each
    # wake-up takes the GIL from the build's own work. The event-loop tick (default 20 ms)
    # only measures stalls; the profiler feeds a dashboard this module never starts.
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.worker.profile.enabled": False,
}


class ModelRefused(RuntimeError):
    """A worker holds, or was sent, a model other than the one the build pins."""


@dataclass
class Cluster:
    """A connected Dask client and where it goes."""

    client: Client
    address: str
    chunk_sentences: int = CHUNK_SENTENCES
    started: float = 0.0  # seconds it took to start or reach the cluster

    def clean_pages(self) -> Callable[[list[tuple]], list[tuple]]:
        return clean_pages(self)

    def translator(self, articles: Mapping[str, dict], **options) -> translate.TextTranslator:
        return translator(self, articles, **options)

    def segmenter(self) -> translate.Segmenter:
        return segmenter(self)


@contextmanager
def connect(address: str) -> Iterator[Cluster]:
    """A :class:`Cluster` for ``address``, closed (and a local one stopped) afterwards."""
    started = time.perf_counter()
    local = LOCAL.fullmatch(address)
    cluster = None
    with dask.config.set(CONFIG):
        try:
            if local:
                cluster = LocalCluster(
                    n_workers=int(local.group(1)), threads_per_worker=1, processes=True,
                    host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
                client = Client(cluster)
            elif "://" in address or not Path(address).is_file():
                client = Client(address, timeout=CONNECT_TIMEOUT)
            else:
                client = Client(scheduler_file=address, timeout=CONNECT_TIMEOUT)
        except (OSError, ValueError, TypeError) as error:
            if cluster is not None:
                cluster.close()
            raise PipelineError(Problem(
                "scheduler-unreachable", f"cannot start or reach the Dask scheduler: {error}",
                record=address)) from None
        try:
            try:
                client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
            except TimeoutError:
                raise PipelineError(Problem(
                    "no-workers", f"the scheduler has no worker after {WORKERS_TIMEOUT:.0f} s; "
                    "start some with `dask worker ADDRESS`", record=address)) from None
            found = Cluster(client, address, started=time.perf_counter() - started)
            log.info("dask: %s, %d worker(s), ready in %.1f s", address,
                     len(client.scheduler_info()["workers"]), found.started)
            yield found
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
            log.info("dask: %s closed", address)


# ---------------------------------------------------------------- the model on workers


def _worker_name(worker) -> str:
    return f"{worker.name} ({worker.address})" if worker.name != worker.address \
        else str(worker.address)


class ModelPlugin(WorkerPlugin):
    """The model package's files, sent from the driver; loaded once per worker process.

    ``pinned`` is the digest ``translations/model-lock.json`` pins for the package's name
    and version (the driver's own digest for a model not pinned yet).
    """

    name = PLUGIN_NAME

    def __init__(self, files: dict[str, bytes], info: argos_model.ModelInfo, pinned: str,
                 threads: int):
        self.files, self.info, self.pinned, self.threads = files, info, pinned, threads
        self.model: translate.Model | None = None

    def setup(self, worker) -> None:
        # One folder per package name (unique to its files), rewritten whole: a long-lived
        # worker keeps one copy of each model, never a refused package's leftovers.
        folder = Path(worker.local_directory) / self.info.name
        shutil.rmtree(folder, ignore_errors=True)
        for name, data in self.files.items():
            parts = PurePosixPath(name).parts
            if PurePosixPath(name).is_absolute() or ".." in parts:
                raise ModelRefused(f"worker {_worker_name(worker)} refused a package "
                                   f"member outside its folder: {name}")
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        try:  # the name and digest of the files on disk, before anything is loaded
            info = argos_model.model_info(folder, self.info.origin)
            refused = "" if info.sha256 == self.pinned else f"has sha256 {info.sha256}"
        except PipelineError as error:
            refused = f"is unreadable ({error.problems[0]})"
        if refused:
            shutil.rmtree(folder, ignore_errors=True)
            raise ModelRefused(
                f"worker {_worker_name(worker)} refused: the {self.info.name} package it "
                f"was sent {refused}, but {translate.LOCK_NAME} pins {self.pinned}")
        self.model = translate.load_model(info, threads=self.threads)
        self.files = {}  # the model is loaded; the scheduler keeps the bytes for new workers


def _translate_chunk(texts: list[str], sha256: str, batch_tokens: int
                     ) -> list[translate.Translation]:
    """``translate.translate_texts`` with the worker's model, if it is the build's."""
    worker = get_worker()
    model = getattr(worker.plugins.get(PLUGIN_NAME), "model", None)
    held = model.info.sha256 if model else "no model"
    if held != sha256:
        raise ModelRefused(f"worker {_worker_name(worker)} holds model {held}, "
                           f"not the build's {sha256}")
    return translate.translate_texts(model, texts, batch_tokens=batch_tokens)


def start_model(cluster: Cluster, info: argos_model.ModelInfo, *, lock_path: Path,
                threads: int) -> None:
    """Send the package at ``info.path`` to every worker (and any that joins later)."""
    pinned = {(e["name"], e["version"]): e["sha256"] for e in argos_model.read_lock(lock_path)}
    files = {p.relative_to(info.path).as_posix(): p.read_bytes()
             for p in sorted(Path(info.path).rglob("*")) if p.is_file()}
    register(cluster, ModelPlugin(files, info, pinned.get((info.name, info.version),
                                                          info.sha256), threads))


def register(cluster: Cluster, plugin: ModelPlugin) -> None:
    try:
        cluster.client.register_plugin(plugin)
    except ModelRefused as error:
        raise PipelineError(Problem("model-refused", str(error), record=cluster.address),
                            "translate: a worker was sent another model") from None


# ---------------------------------------------------------------- translation


def translator(cluster: Cluster, articles: Mapping[str, dict], *, lock_path: Path,
               threads: int = 0, batch_size: int = translate.BATCH_TOKENS
               ) -> translate.TextTranslator:
    """A ``translate.TextTranslator`` that translates on the cluster's workers.

    ``threads`` is each worker's CTranslate2 threads (0, the default, means 1: the worker
    processes are the parallelism); ``batch_size`` is in tokens (``--batch-size``).
    ``articles`` name the articles of a chunk that fails.
    """
    def translate_on_cluster(info: argos_model.ModelInfo, texts: list[str]
                             ) -> list[translate.Translation]:
        start_model(cluster, info, lock_path=lock_path, threads=threads or 1)
        return translate_chunks(cluster, info, texts, articles, batch_size=batch_size)
    return translate_on_cluster


def chunk_count(cluster: Cluster, texts: int) -> int:
    """How many chunks: several per worker, so that none is left idle while another finishes
    a long one, but each big enough for full length-sorted batches, and none over
    ``cluster.chunk_sentences``."""
    workers = max(1, len(cluster.client.scheduler_info()["workers"]))
    balanced = min(CHUNKS_PER_WORKER * workers, -(-texts // MIN_CHUNK_SENTENCES))
    return max(1, balanced, -(-texts // cluster.chunk_sentences))


def cut_chunks(texts: list[str], count: int, most: int) -> list[list[str]]:
    """``texts`` cut into about ``count`` runs of consecutive texts of equal weight (length
    plus a fixed cost per sentence: long sentences cluster in some articles, so equal
    numbers of sentences are not equal work), none longer than ``most`` texts."""
    weights = [len(text) + SENTENCE_COST for text in texts]
    share = sum(weights) / max(count, 1)
    chunks: list[list[str]] = [[]]
    done = 0.0
    for text, weight in zip(texts, weights, strict=True):
        if chunks[-1] and (done >= share * len(chunks) or len(chunks[-1]) >= most):
            chunks.append([])
        chunks[-1].append(text)
        done += weight
    return [chunk for chunk in chunks if chunk]


def translate_chunks(cluster: Cluster, info: argos_model.ModelInfo, texts: list[str],
                     articles: Mapping[str, dict], *,
                     batch_size: int = translate.BATCH_TOKENS
                     ) -> list[translate.Translation]:
    """Translate ``texts`` (in corpus order, article by article) in chunks on the workers,
    which hold the model already (:func:`start_model`); one Translation per text, in order.
    A chunk is a run of consecutive texts, so mostly whole articles."""
    found = cut_chunks(texts, chunk_count(cluster, len(texts)), cluster.chunk_sentences)
    log.info("translate: %d distinct sentences in %d chunk(s) on %s", len(texts),
             len(found), cluster.address)
    run_id = uuid.uuid4().hex[:12]
    futures = {cluster.client.submit(_translate_chunk, chunk, info.sha256, batch_size,
                                     key=f"translate-chunk-{index}-{run_id}",
                                     retries=RETRIES, pure=False): index
               for index, chunk in enumerate(found)}
    results = _gather(cluster, futures, Progress("translate", len(found), "sentences"),
                      dict(enumerate(map(len, found))),
                      lambda index: articles_with(articles, found[index]))
    made = {canonical_json(t.provenance) for chunk in results.values() for t in chunk}
    if len(made) > 1:
        raise PipelineError(Problem(
            "worker-settings-differ", "workers report different CTranslate2 versions "
            f"or decoding settings: {sorted(made)}", record=cluster.address))
    return [translation for index in range(len(found)) for translation in results[index]]


def articles_with(articles: Mapping[str, dict], texts: list[str]) -> str:
    """``articles ID, ...``: the articles one of ``texts`` is a sentence of (for errors)."""
    wanted = set(texts)
    return "articles " + ", ".join(
        aid for aid, article in articles.items()
        if any(s["text"] in wanted for s in segment_article(article)))


@dataclass
class Progress:
    """Tasks done out of all, and items per second, logged every PROGRESS_SECONDS."""

    what: str
    total: int
    unit: str
    started: float = field(default_factory=time.perf_counter)
    done: int = 0
    items: int = 0
    last: float = 0.0

    def update(self, items: int) -> None:
        self.done += 1
        self.items += items
        now = time.perf_counter()
        if now - self.last >= PROGRESS_SECONDS or self.done == self.total:
            self.last = now
            rate = self.items / max(now - self.started, 1e-9)
            log.info("%s: %d/%d tasks done, %d %s, %.0f %s/s", self.what, self.done,
                     self.total, self.items, self.unit, rate, self.unit)


def _gather(cluster: Cluster, futures: dict, progress: Progress, sizes: dict,
            describe: Callable[[object], str]) -> dict:
    """Each future's result as it completes; a task that failed twice raises PipelineError."""
    results = {}
    for future in as_completed(list(futures)):
        try:
            results[futures[future]] = future.result()
        except ModelRefused as error:
            cluster.client.cancel(list(futures))
            raise PipelineError(Problem("model-refused", str(error), record=cluster.address),
                                "translate: a worker has another model") from None
        except Exception as error:  # a task's own error, or KilledWorker, after its retry
            cluster.client.cancel(list(futures))
            raise PipelineError(Problem(
                "task-failed", f"failed twice on the cluster ({type(error).__name__}: "
                f"{error})", record=describe(futures[future])),
                f"{progress.what}: a task failed twice; nothing was published") from None
        progress.update(sizes[futures[future]])
    return results


# ---------------------------------------------------------------- cleaning


def map_batches(cluster: Cluster, func: Callable, items: list, what: str, unit: str,
                describe: Callable[[list], str]) -> list:
    """``[func(item) for item in items]``, worked out on the cluster's workers in batches
    of ``BATCH`` (fewer than ``LOCAL_MIN`` items here, in this process); ``describe``
    names a failed batch's items."""
    if len(items) < LOCAL_MIN:
        return [func(item) for item in items]
    batches = [items[start:start + BATCH] for start in range(0, len(items), BATCH)]
    futures = {cluster.client.submit(_map_batch, func, batch, retries=RETRIES,
                                     pure=False): index
               for index, batch in enumerate(batches)}
    results = _gather(cluster, futures, Progress(what, len(batches), unit),
                      dict(enumerate(map(len, batches))),
                      lambda index: describe(batches[index]))
    return [result for index in range(len(batches)) for result in results[index]]


def _map_batch(func: Callable, batch: list) -> list:
    return [func(item) for item in batch]


def _clean_task(task: tuple) -> tuple:
    """Clean one page on a worker: its record and canonical bytes, nothing written."""
    return clean.clean_page(*task)


def clean_pages(cluster: Cluster) -> Callable[[list[tuple]], list[tuple]]:
    """``clean.run``'s page cleaner on the cluster: pages cleaned on the workers, each
    record written by the driver; results in the order of the tasks."""
    def cleaner(tasks: list[tuple]) -> list[tuple]:
        pages = map_batches(cluster, _clean_task, tasks, "clean", "pages",
                            lambda batch: "sources " + ", ".join(t[1]["id"] for t in batch))
        return [clean.write_page(page, task[3])
                for page, task in zip(pages, tasks, strict=True)]
    return cleaner


def segmenter(cluster: Cluster) -> translate.Segmenter:
    """The translate stage's sentence splitting on the cluster's workers: the driver
    plans on their sentences (pure functions of the records it sends)."""
    def segment(articles: list[dict]) -> list[list[dict]]:
        return map_batches(cluster, segment_article, articles, "segment", "articles",
                           lambda batch: "articles " + ", ".join(a["id"] for a in batch))
    return segment


def workers(cluster: Cluster) -> dict[str, int]:
    """Worker address -> process id (the tests stop one; the bench counts them)."""
    return cluster.client.run(os.getpid)


# ---------------------------------------------------------------- benchmark


def _rate(count: int, seconds: float) -> float:
    return round(count / seconds, 1) if seconds else 0.0


def bench_translation(root: Path, model: Path, workers: tuple[int, ...]) -> dict:
    """Sentences per second translating every distinct Arabic sentence of the cleaned
    corpus at ``root``: in this process (1 and 0 = all CTranslate2 threads) and on local
    clusters of each size in ``workers`` (one thread per worker), with their start times."""
    articles = {path.stem: json.loads(path.read_text(encoding="utf-8"))
                for path in sorted((root / "build" / "articles").glob("*.json"))}
    lock_path = root / "translations" / translate.LOCK_NAME
    info = argos_model.locate(offline=True, model_path=str(model), lock_path=lock_path,
                              log=lambda message: None)
    segmented = {aid: segment_article(article) for aid, article in articles.items()}
    plans = translate.plan_corpus(segmented, {aid: [] for aid in segmented}, {}, info.sha256)
    texts = list(translate.pending_texts(plans).values())
    result: dict = {"articles": len(articles), "sentences": len(texts), "in_process": {}}
    english = None
    for threads in (1, 0):
        loaded = translate.load_model(info, threads=threads)
        started = time.perf_counter()
        made = [t.english for t in translate.translate_texts(loaded, texts)]
        result["in_process"][f"threads_{threads}"] = _rate(len(texts),
                                                           time.perf_counter() - started)
        english = english or made
    for count in workers:
        started = time.perf_counter()
        with connect(f"local:{count}") as cluster:
            ready = time.perf_counter()
            start_model(cluster, info, lock_path=lock_path, threads=1)
            loaded = time.perf_counter()
            made = translate_chunks(cluster, info, texts, articles)
            done = time.perf_counter()
        result[f"workers_{count}"] = {
            "cluster_start_seconds": round(ready - started, 2),
            "model_to_workers_seconds": round(loaded - ready, 2),
            "sentences_per_second": _rate(len(texts), done - loaded),
            "same_english": [t.english for t in made] == english,
        }
    return result


def bench_builds(root: Path, model: Path, threads: int, scheduler: str) -> dict:
    """Seconds of a forced full build (no site) of copies of ``root``'s sources, in all and
    per stage: in this process with ``threads`` CTranslate2 threads, and on the
    ``scheduler`` cluster (its start and stop included, as ``cluster``); the two must give
    the same files."""
    from . import build

    seconds, stages, outputs = {}, {}, {}
    for name in ("in_process", "distributed"):
        copy = root.parent / f"{root.name}-{name}"
        shutil.copytree(root / "sources", copy / "sources")
        args = argparse.Namespace(force=True, offline=True, model=str(model),
                                  require_translations=True, batch_size=translate.BATCH_TOKENS,
                                  threads=threads if name == "in_process" else 1,
                                  scheduler=scheduler if name == "distributed" else None)
        started = time.perf_counter()
        stages[name] = {stage: round(seconds, 1) for stage, seconds in build.run(
            args, log=lambda message: None, root=copy, site=False).items()}
        seconds[name] = round(time.perf_counter() - started, 1)
        outputs[name] = {path.relative_to(copy).as_posix(): path.read_bytes()
                         for folder in (PACKAGE_DIR, "translations", "build/sentences")
                         for path in sorted((copy / folder).rglob("*")) if path.is_file()}
    return dict(seconds, stages=stages,
                same_files=outputs["in_process"] == outputs["distributed"],
                in_process_threads=threads, scheduler=scheduler)


def bench(sizes: list[int], workdir: Path, *, workers: tuple[int, ...] = (1, 2),
          builds: bool = True, rates: bool = True,
          log: Callable[[str], None] = print) -> list[dict]:
    """The distributed benchmark (``python -m pipeline bench-distributed``) at each size,
    on synthetic corpora (pipeline/bench.py) in ``workdir``."""
    from . import bench as corpora
    from .testing_model import build_package, corpus_lines

    os.environ["SOURCE_DATE_EPOCH"] = corpora.EPOCH
    os.environ["ARGOS_PACKAGES_DIR"] = str(workdir / "argos-packages")
    material = corpora.seed_material()
    clean.run(out_dir=workdir / "seed-articles", cache_dir=workdir / "seed-cache", force=True)
    model = build_package(workdir / "model", training_lines=corpus_lines(
        workdir / "seed-articles"), vocab_size=2000)
    results = []
    for size in sizes:
        root = workdir / f"corpus-{size}"
        corpora.write_corpus(material, root, range(size))
        clean.run(sources_dir=root / "sources", out_dir=root / "build" / "articles",
                  cache_dir=root / "build" / "cache", force=True)
        result: dict = {"size": size}
        if rates:
            result["translation"] = bench_translation(root, model, workers)
            log(f"{size} articles: {json.dumps(result['translation'])}")
        if builds:
            measured = result.get("translation", {}).get("in_process", {"threads_0": 1})
            best = max((0, 1), key=lambda threads: measured.get(f"threads_{threads}", 0))
            result["builds"] = bench_builds(root, model, best, f"local:{max(workers)}")
            log(f"{size} articles: {json.dumps(result['builds'])}")
        results.append(result)
    return results
