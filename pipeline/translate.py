"""Translate stage: Arabic sentences -> English, through a reviewable translation memory.

* Sentences come from ``pipeline.segment``; English ones are kept as they are.
* ``translations/<article_id>.jsonl`` is the translation memory (TM): one JSON line per
  translated sentence (``schemas/translation.schema.json``), committed and diff-friendly.
* A sentence is looked up in the TM by its text's SHA-256. Only sentences with no usable
  entry reach the model, so a rebuild with unchanged text and model makes no model call.
* ``post-edited`` entries are people's work: never overwritten. When their source sentence
  changes they become ``stale`` (kept, reported, shown); if the text comes back, they apply
  again. A model change retranslates ``machine`` entries only.
* Without a model the English stays empty (status ``missing``), never invented, and the
  stage reports its coverage; ``require=True`` turns that into a failure.

Translation runs the package's CTranslate2 model directly over *all* pending sentences of
the corpus in large batches, with the package's own tokenizer and Argos Translate 1.11's
decoding options (see ``argostranslate.translate.apply_packaged_translation``), so each
sentence gets what Argos would give it, only faster. ``translate_per_paragraph`` is the
Argos-style loop (one model call per paragraph), kept for the benchmark and for tests that
check both paths agree.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import ROOT, argos_model, schemas
from .cache import StageCache, key, step_version
from .errors import PipelineError, Problem
from .fileio import atomic_write_bytes, atomic_write_text, canonical_json, sha256_bytes, sha256_file
from .segment import segment_article
from .textnorm import ARABIC_LETTER

TRANSLATIONS_DIR = ROOT / "translations"
SENTENCES_DIR = ROOT / "build" / "sentences"
LOCK_NAME = "model-lock.json"
ENGINE = "argos-translate"
SOURCE_LANGUAGE = argos_model.FROM_CODE

# Options Argos Translate 1.11 hard-codes in apply_packaged_translation (translate()
# asks for one hypothesis); the beam size comes from its ARGOS_BEAM_SIZE setting.
NUM_HYPOTHESES = 1
LENGTH_PENALTY = 0.2
REPLACE_UNKNOWNS = True
MAX_DECODING_LENGTH = 256  # CTranslate2's default, which Argos does not change

# Quality-check thresholds. Arabic->English news text runs about 1-1.5 English characters
# per Arabic one; far outside that, words were dropped or invented.
MIN_LENGTH_RATIO, MAX_LENGTH_RATIO = 0.4, 3.0
MIN_RATIO_SOURCE_CHARS = 20  # short lines ("Reuters") vary too much to judge
REPEAT_LIMITS = {1: 4, 2: 3, 3: 3, 4: 3}  # n-gram size -> consecutive copies that flag a loop


# ---------------------------------------------------------------- quality flags


def _has_repetition(text: str) -> bool:
    words = re.findall(r"\w+", text.lower())
    for size, limit in REPEAT_LIMITS.items():
        for start in range(len(words) - size * limit + 1):
            gram = words[start:start + size]
            if all(words[start + k * size:start + (k + 1) * size] == gram for k in range(limit)):
                return True
    return False


def quality_flags(source: str, target: str) -> list[str]:
    """Automatic checks ``target`` fails as a translation of ``source`` (schema enum order)."""
    flags = []
    if ARABIC_LETTER.search(target):
        flags.append("source_script_in_output")
    if _has_repetition(target):
        flags.append("repetition")
    if target.strip() and len(source) >= MIN_RATIO_SOURCE_CHARS:
        ratio = len(target) / len(source)
        if not MIN_LENGTH_RATIO <= ratio <= MAX_LENGTH_RATIO:
            flags.append("length_ratio")
    if not target.strip():
        flags.append("empty_output")
    return flags


# ---------------------------------------------------------------- the model


@dataclass
class Model:
    """A loaded Argos package: its tokenizer, CTranslate2 translator and provenance."""

    info: argos_model.ModelInfo
    package: object  # argostranslate.package.Package
    translator: object  # ctranslate2.Translator
    decoding: dict
    ctranslate2_version: str
    calls: int = 0  # sentences sent to the model

    @property
    def target_prefix(self) -> str:
        return self.package.target_prefix


def load_model(info: argos_model.ModelInfo, *, threads: int = 0) -> Model:
    """Load the package at ``info.path``; ``threads`` is CTranslate2's intra_threads (0 = auto)."""
    import ctranslate2
    from argostranslate import package, settings

    pkg = package.Package(info.path)
    translator = ctranslate2.Translator(
        str(info.path / "model"),
        device=settings.device,
        inter_threads=1,
        intra_threads=threads,
        compute_type=settings.compute_type,
    )
    decoding = {
        "beam_size": max(NUM_HYPOTHESES, settings.beam_size),
        "num_hypotheses": NUM_HYPOTHESES,
        "length_penalty": LENGTH_PENALTY,
        "replace_unknowns": REPLACE_UNKNOWNS,
        "max_decoding_length": MAX_DECODING_LENGTH,
        "target_prefix": pkg.target_prefix,
        "compute_type": translator.compute_type,
    }
    return Model(info, pkg, translator, decoding, ctranslate2.__version__)


def _options(model: Model) -> dict:
    keys = ("beam_size", "num_hypotheses", "length_penalty", "replace_unknowns",
            "max_decoding_length")
    return {key: model.decoding[key] for key in keys}


def _prefixes(model: Model, count: int) -> list[list[str]] | None:
    return [[model.target_prefix]] * count if model.target_prefix else None


def _detokenize(model: Model, tokens: list[str]) -> str:
    """Argos's post-processing: decode, drop the target prefix and the leading space."""
    value = model.package.tokenizer.decode(tokens)
    if model.target_prefix and value.startswith(model.target_prefix):
        value = value[len(model.target_prefix):]
    return value[1:] if value.startswith(" ") else value


def translate_corpus_batched(model: Model, texts: list[str], *, batch_size: int = 32,
                             progress: bool = True) -> list[str]:
    """Translate every text in one stream of length-sorted batches of ``batch_size``."""
    from tqdm import tqdm

    tokenized = [model.package.tokenizer.encode(text) for text in texts]
    results = model.translator.translate_iterable(
        tokenized, _prefixes(model, len(tokenized)),
        max_batch_size=batch_size, batch_type="examples", **_options(model))
    outputs = []
    with tqdm(total=len(texts), unit="sentence", desc="translate", file=sys.stderr,
              disable=not progress) as bar:
        for result in results:
            outputs.append(_detokenize(model, result.hypotheses[0]))
            bar.update(1)
    model.calls += len(texts)
    return outputs


def translate_per_paragraph(model: Model, paragraphs: list[list[str]]) -> list[list[str]]:
    """Argos's own loop: one ``translate_batch`` call per paragraph, with its batching
    options (ARGOS_BATCH_SIZE tokens). Gives the same sentences as the batched path."""
    from argostranslate import settings

    outputs = []
    for sentences in paragraphs:
        tokenized = [model.package.tokenizer.encode(text) for text in sentences]
        results = model.translator.translate_batch(
            tokenized, _prefixes(model, len(tokenized)),
            max_batch_size=settings.batch_size, batch_type="tokens", **_options(model))
        outputs.append([_detokenize(model, result.hypotheses[0]) for result in results])
        model.calls += len(sentences)
    return outputs


# ---------------------------------------------------------------- translation memory


def memory_path(translations_dir: Path, article_id: str) -> Path:
    return Path(translations_dir) / f"{article_id}.jsonl"


def read_memory(path: Path) -> list[dict]:
    """The TM entries in ``path`` (none if it does not exist), each checked against the
    schema; every bad line is reported with its line number."""
    path = Path(path)
    if not path.exists():
        return []
    entries, problems = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError as error:
            problems.append(Problem("invalid-json", f"not JSON: {error}", file=str(path),
                                    record=f"line {number}"))
            continue
        found = schemas.problems(entry, "translation", file=str(path),
                                 record_id=f"line {number}")
        problems += found
        if not found:
            entries.append(entry)
    if problems:
        raise PipelineError(problems, f"{path}: invalid translation memory")
    return entries


def dump_memory(entries: list[dict]) -> str:
    """One entry per line, fields in schema order, sorted by sentence id then source hash."""
    order = schemas.fields("translation")
    ordered = sorted(entries, key=lambda e: (e["sentence_id"], e["source_sha256"], e["status"]))
    return "".join(
        json.dumps({key: entry[key] for key in order if key in entry}, ensure_ascii=False) + "\n"
        for entry in ordered)


def machine_entry(sentence: dict, target: str, model: Model) -> dict:
    return {
        "sentence_id": sentence["id"],
        "source_text": sentence["text"],
        "source_sha256": sentence["text_sha256"],
        "target": target,
        "status": "machine",
        "engine": ENGINE,
        "model_name": model.info.name,
        "model_version": model.info.version,
        "model_sha256": model.info.sha256,
        "ctranslate2_version": model.ctranslate2_version,
        "decoding": dict(model.decoding),
        "quality_flags": quality_flags(sentence["text"], target),
    }


# ---------------------------------------------------------------- planning (pure)

HUMAN = ("post-edited", "stale")


@dataclass
class Plan:
    """What each sentence of one article gets, before any model call."""

    sentences: list[dict]
    use: dict[str, dict] = field(default_factory=dict)  # sentence id -> TM entry
    pending: list[dict] = field(default_factory=list)  # sentences the model must translate
    human: list[dict] = field(default_factory=list)  # post-edited/stale entries, status updated


def plan_article(sentences: list[dict], entries: list[dict], machine_pool: dict[str, list[dict]],
                 model_sha256: str | None) -> Plan:
    """Match an article's sentences against its TM (and other articles' machine entries).

    A machine entry is usable when no model is available (it is the best real output
    there is) or when it came from the current model.
    """
    plan = Plan(sentences)
    current = {s["text_sha256"] for s in sentences if s["language"] == SOURCE_LANGUAGE}
    # A person's entry is post-edited while its source text is in the article, else stale.
    for entry in entries:
        if entry["status"] in HUMAN:
            status = "post-edited" if entry["source_sha256"] in current else "stale"
            plan.human.append(dict(entry, status=status,
                                   quality_flags=quality_flags(entry["source_text"],
                                                               entry["target"])))
    human_by_hash: dict[str, list[dict]] = {}
    for entry in plan.human:
        human_by_hash.setdefault(entry["source_sha256"], []).append(entry)
    for sentence in sentences:
        if sentence["language"] != SOURCE_LANGUAGE:
            continue
        candidates = human_by_hash.get(sentence["text_sha256"], [])
        if candidates:
            plan.use[sentence["id"]] = min(candidates, key=lambda e: (
                e["sentence_id"] != sentence["id"], e["sentence_id"]))
            continue
        usable = [e for e in machine_pool.get(sentence["text_sha256"], [])
                  if model_sha256 is None or e["model_sha256"] == model_sha256]
        if usable:
            best = min(usable, key=lambda e: (e["sentence_id"] != sentence["id"],
                                              e["sentence_id"]))
            plan.use[sentence["id"]] = dict(best, sentence_id=sentence["id"])
        else:
            plan.pending.append(sentence)
    return plan


def sentence_record(sentence: dict, entry: dict | None, stale: dict | None) -> dict:
    """The sentence record (schemas/sentence.schema.json) for one sentence.

    ``entry`` is its TM entry (None when untranslated); ``stale`` is a stale post-edit
    made for the same sentence id, which is shown (flagged stale) in preference to a
    machine translation so the reviewer's work stays visible until it is reviewed.
    """
    values = dict(sentence)
    if sentence["language"] != SOURCE_LANGUAGE:
        values.update(english=sentence["text"], translation_status="original",
                      translation_model=None, translation_model_version=None, quality_flags=[])
        return {key: values[key] for key in schemas.fields("sentence")}
    shown = entry if entry is not None and entry["status"] == "post-edited" else stale or entry
    if shown is None:
        values.update(english=None, translation_status="missing", translation_model=None,
                      translation_model_version=None, quality_flags=[])
    else:
        values.update(english=shown["target"], translation_status=shown["status"],
                      translation_model=shown["model_name"],
                      translation_model_version=shown["model_version"],
                      quality_flags=quality_flags(shown["source_text"], shown["target"]))
    return {key: values[key] for key in schemas.fields("sentence")}


# ---------------------------------------------------------------- the stage


@dataclass
class TranslateReport:
    """What the stage did: coverage, statuses, model calls and stale post-edits."""

    sentences: int = 0
    source_sentences: int = 0  # Arabic sentences, the ones that need English
    translated: int = 0  # Arabic sentences that have English (any status)
    statuses: dict[str, int] = field(default_factory=dict)
    flagged: int = 0  # Arabic sentences whose English has at least one quality flag
    model: argos_model.ModelInfo | None = None
    model_calls: int = 0
    stale: list[str] = field(default_factory=list)  # sentence ids of stale post-edits
    articles: int = 0
    reused: int = 0  # articles skipped: record, memory, model and code all unchanged
    changed: int = 0  # articles whose sentence records differ from the last build's
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        return self.translated / self.source_sentences if self.source_sentences else 1.0

    def summary(self) -> str:
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items()))
        model = (f"{self.model.name} {self.model.version} (sha256 {self.model.sha256[:12]}…)"
                 if self.model else "none")
        lines = [
            f"translate: coverage {self.translated}/{self.source_sentences} Arabic sentences "
            f"({self.coverage:.0%}); {self.sentences} sentences in all ({statuses})",
            f"translate: model {model}; {self.model_calls} sentences sent to the model "
            f"in {self.seconds:.1f} s; {self.flagged} with quality flags",
            f"translate: {self.changed} of {self.articles} article(s) with new or changed "
            "sentences" if self.changed else f"translate: nothing changed ({self.articles} "
            f"article(s), {self.articles - self.reused} looked at again: English missing, "
            "or the code changed)",
        ]
        if self.stale:
            lines.append(f"translate: {len(self.stale)} stale post-edit(s) to review: "
                         + ", ".join(self.stale))
        return "\n".join(lines + self.messages)


def _log_stderr(message: str) -> None:
    print(message, file=sys.stderr)


#: Hex digits of a sentence text's SHA-256 kept in the stage cache, per article, for the
#: machine English its memory holds: enough to find which memories to read, not to trust.
INDEX_DIGITS = 16
def _article_summary(records: list[dict], stale: list[str]) -> dict:
    """One article's share of the report, kept in the stage cache for unchanged articles."""
    statuses: dict[str, int] = {}
    summary = {"sentences": len(records), "source_sentences": 0, "translated": 0, "flagged": 0}
    for record in records:
        statuses[record["translation_status"]] = statuses.get(record["translation_status"],
                                                              0) + 1
        if record["language"] == SOURCE_LANGUAGE:
            summary["source_sentences"] += 1
            summary["translated"] += record["english"] is not None
            summary["flagged"] += bool(record["quality_flags"])
    return dict(summary, statuses=dict(sorted(statuses.items())), stale=stale)


SUMMARY_FIELDS = set(_article_summary([], []))


def run(articles: list[dict], *, offline: bool, model_path: str | None, require: bool,
        threads: int = 0, batch_size: int = 32, translations_dir: Path = TRANSLATIONS_DIR,
        sentences_dir: Path = SENTENCES_DIR, cache_dir: Path | None = None,
        force: bool = False, article_digests: dict[str, str] | None = None,
        progress: bool = True, log: Callable[[str], None] = _log_stderr) -> TranslateReport:
    """Translate ``articles`` (article records), update the TM and write sentence records.

    Writes ``translations_dir/<id>.jsonl`` (only when its content changes),
    ``translations_dir/model-lock.json`` and ``sentences_dir/<id>.json``. Raises
    PipelineError when ``require`` and some Arabic sentence has no English.

    With ``cache_dir``, an article is skipped when its record, its TM file, the model and
    this stage's code are all as they were when it was last done (``force`` redoes all).
    An article left with untranslated sentences is always redone: another article's
    memory, or a model, may have its English by now. ``article_digests`` (id -> a hash
    of the record, e.g. of its file as the clean stage wrote it) saves hashing the records.
    """
    started = time.perf_counter()
    translations_dir, sentences_dir = Path(translations_dir), Path(sentences_dir)
    lock_path = translations_dir / LOCK_NAME
    report = TranslateReport()
    info = argos_model.locate(offline=offline, model_path=model_path, lock_path=lock_path,
                              log=log)
    report.model = info
    model_sha256 = info.sha256 if info else None

    stage_cache = StageCache("translate", cache_dir, force=force) if cache_dir else None
    version = step_version("translate")
    article_keys = article_digests or {a["id"]: key(a) for a in articles}

    def item_key(aid: str) -> str:
        memory = memory_path(translations_dir, aid)
        return key(version, article_keys[aid], sha256_file(memory) if memory.exists() else None,
                   model_sha256)

    done: dict[str, dict] = {}  # article id -> cache entry (key and summary)
    redo = []
    for article in articles:
        aid = article["id"]
        entry = stage_cache.entries.get(aid, {}) if stage_cache else {}
        complete = SUMMARY_FIELDS <= entry.keys() and entry["translated"] == entry[
            "source_sentences"]
        if complete and stage_cache.fresh(aid, item_key(aid), sentences_dir / f"{aid}.json"):
            done[aid] = entry
        else:
            redo.append(article)

    report.articles, report.reused = len(articles), len(done)
    segmented = {a["id"]: segment_article(a) for a in redo}
    memories = {aid: read_memory(memory_path(translations_dir, aid)) for aid in segmented}

    def plans_with(pool_memories: dict[str, list[dict]]) -> dict[str, Plan]:
        machine_pool: dict[str, list[dict]] = {}
        for entries in pool_memories.values():
            for entry in entries:
                if entry["status"] == "machine":
                    machine_pool.setdefault(entry["source_sha256"], []).append(entry)
        return {aid: plan_article(sentences, memories[aid], machine_pool, model_sha256)
                for aid, sentences in segmented.items()}

    plans = plans_with(memories)
    wanted = {s["text_sha256"][:INDEX_DIGITS] for plan in plans.values() for s in plan.pending}
    holders = [aid for aid, entry in done.items()
               if wanted and ("machine" not in entry or wanted & set(entry["machine"]))]
    if holders:
        # Sentences the redone articles' memories lack may be in an unchanged article's:
        # the cache says which memories hold machine English for which sentence texts.
        memories_of_done = {aid: read_memory(memory_path(translations_dir, aid))
                            for aid in holders}
        plans = plans_with({**memories_of_done, **memories})

    pending = [s for plan in plans.values() for s in plan.pending]
    new_entries: dict[str, dict] = {}  # text hash -> machine entry for the first sentence
    if pending and info is not None:
        model = load_model(info, threads=threads)
        unique = list({s["text_sha256"]: s for s in pending}.values())
        targets = translate_corpus_batched(model, [s["text"] for s in unique],
                                           batch_size=batch_size, progress=progress)
        new_entries = {s["text_sha256"]: machine_entry(s, t, model)
                       for s, t in zip(unique, targets, strict=True)}
        report.model_calls = model.calls
    if info is not None:
        argos_model.record_lock(lock_path, info)

    records: dict[str, list[dict]] = {}
    for aid, plan in plans.items():
        for sentence in plan.pending:
            if sentence["text_sha256"] in new_entries:
                plan.use[sentence["id"]] = dict(new_entries[sentence["text_sha256"]],
                                                sentence_id=sentence["id"])
        stale_by_id = {e["sentence_id"]: e for e in plan.human if e["status"] == "stale"}
        records[aid] = [sentence_record(s, plan.use.get(s["id"]), stale_by_id.get(s["id"]))
                        for s in plan.sentences]
        machine = [e for e in plan.use.values() if e["status"] == "machine"]
        _write_memory(memory_path(translations_dir, aid), plan.human + machine)
        done[aid] = dict(_article_summary(records[aid], sorted(stale_by_id)),
                         machine=sorted({e["source_sha256"][:INDEX_DIGITS] for e in machine}))
    written, report.changed = _write_sentences(sentences_dir, records)
    for aid in records:
        done[aid].update(key=item_key(aid), sha256=written[aid])
    if stage_cache:
        stage_cache.save(done)

    for article in articles:
        summary = done[article["id"]]
        report.sentences += summary["sentences"]
        report.source_sentences += summary["source_sentences"]
        report.translated += summary["translated"]
        report.flagged += summary["flagged"]
        report.stale += summary["stale"]
        for status, count in summary["statuses"].items():
            report.statuses[status] = report.statuses.get(status, 0) + count
    if info is None and report.translated < report.source_sentences:
        report.messages.append(
            "translate: NO TRANSLATION MODEL: "
            f"{report.source_sentences - report.translated} Arabic sentence(s) have no "
            "English (left empty, status 'missing'). " + argos_model.HOW_TO_PROVIDE)
    report.seconds = time.perf_counter() - started
    log(report.summary())

    if require and report.translated < report.source_sentences:
        raise PipelineError(Problem(
            "translations-missing",
            f"{report.source_sentences - report.translated} of {report.source_sentences} "
            "Arabic sentences have no English and --require-translations is set. "
            + argos_model.HOW_TO_PROVIDE))
    return report


def _write_memory(path: Path, entries: list[dict]) -> None:
    if not entries:
        path.unlink(missing_ok=True)
        return
    text = dump_memory(entries)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        atomic_write_text(path, text)


def _write_sentences(sentences_dir: Path, records: dict[str, list[dict]],
                     ) -> tuple[dict[str, str], int]:
    """Write each article's sentence records; returns the SHA-256 of each file and how
    many files differed from the ones there (those only are written)."""
    problems = [problem for aid, items in records.items() for record in items
                for problem in schemas.problems(record, "sentence", file=f"{aid}.json")]
    if problems:
        raise PipelineError(problems, "sentence records do not match schemas/sentence.schema.json")
    written, changed = {}, 0
    for aid, items in records.items():
        path, data = sentences_dir / f"{aid}.json", canonical_json(items).encode("utf-8")
        # Unchanged files are left alone: a rebuild of a large corpus rewrites nothing.
        if not path.exists() or path.read_bytes() != data:
            atomic_write_bytes(path, data, durable=False)  # rebuilt whenever lost
            changed += 1
        written[aid] = sha256_bytes(data)
    return written, changed
