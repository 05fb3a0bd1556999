"""Translate stage: Arabic sentences -> English, through a reviewable translation memory.

* Sentences come from ``pipeline.segment``; English ones are kept as they are.
* ``translations/<article_id>.jsonl`` is the translation memory (TM): one JSON line per
  translated sentence (``schemas/translation.schema.json``), committed and diff-friendly.
  A file with conflicting entries for one sentence, or an entry whose ``source_sha256``
  is not its text's, is an error naming the lines, and is left as it is. A memory whose
  article is gone is reported as orphaned and kept.
* A sentence is looked up in the TM by its text's SHA-256. Only sentences with no usable
  entry reach the model, so a rebuild with unchanged text and model makes no model call.
* ``post-edited`` entries are people's work: never overwritten. When their source sentence
  changes they become ``stale``: kept, reported and shown beside the sentence
  (``stale_post_edit``), but never published as its English, which is the fresh machine
  English of the new text, or empty (status ``missing``). If the text comes back, the
  post-edit applies again. A model change retranslates ``machine`` entries only.
* Without a model the English stays empty (status ``missing``), never invented, and the
  stage reports its coverage (``coverage_summary``); ``require=True`` turns that into a
  failure.

The stage runs in four steps, pure but for reading and writing at the edges: plan
(``plan_corpus``: which distinct texts need the model), translate (a ``TextTranslator``:
in this process by default, or any other, e.g. on a cluster), apply
(``apply_translations``: sentence records and memory entries) and report
(``corpus_report``).

Translation runs the package's CTranslate2 model directly over all pending sentences of
the corpus (``decode_texts``: length-sorted, token-sized batches), with the package's own
tokenizer and Argos Translate 1.11's decoding options (see
``argostranslate.translate.apply_packaged_translation``), so each sentence gets what Argos
would give it, only faster. ``translate_per_paragraph`` is Argos's loop (one model call
per paragraph), kept for the benchmark and for tests that check both paths agree.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import ROOT, argos_model, schemas
from .cache import StageCache, key, step_version
from .errors import PipelineError, Problem
from .fileio import (
    DigestMemo,
    atomic_write_bytes,
    atomic_write_text,
    canonical_json,
    sha256_bytes,
    sha256_file,
)
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
UNKNOWN_TOKEN = "<unk>"  # CTranslate2's and SentencePiece's unknown piece
#: Most tokens (padding included) per batch of the stage's own decoding.
BATCH_TOKENS = 2048
#: Fewer tokens per batch when needed for each parallel translator (inter thread) to get
#: this many batches: a small corpus in one batch would leave all cores but one idle.
BATCHES_PER_TRANSLATOR = 4
MIN_BATCH_TOKENS = 64
#: The first decoding pass stops a batch after this many target tokens per source token
#: of its longest sentence, plus EARLY_STOP_MARGIN (see ``proven_best``).
EARLY_STOP_RATIO, EARLY_STOP_MARGIN = 1.5, 10
#: Log-probability by which a best hypothesis must beat every rival to be proven final
#: (CTranslate2's scores are float32).
SCORE_MARGIN = 1e-3

# Quality-check thresholds. Arabic->English news text runs about 1-1.5 English characters
# per Arabic one; far outside that, words were dropped or invented.
MIN_LENGTH_RATIO, MAX_LENGTH_RATIO = 0.4, 3.0
MIN_RATIO_SOURCE_CHARS = 20  # short lines ("Reuters") vary too much to judge
REPEAT_LIMITS = {1: 4, 2: 3, 3: 3, 4: 3}  # n-gram size -> consecutive copies that flag a loop


# ---------------------------------------------------------------- quality flags


def _has_repetition(text: str) -> bool:
    """Whether some n-gram (``REPEAT_LIMITS``) comes ``limit`` times in a row. ``limit``
    copies of a gram of ``size`` words are a run of ``size * (limit - 1)`` words each
    equal to the word ``size`` places on: one pass per size, not one per gram."""
    words = re.findall(r"\w+", text.lower())
    for size, limit in REPEAT_LIMITS.items():
        run = 0
        for word, later in zip(words, words[size:], strict=False):
            run = run + 1 if word == later else 0
            if run == size * (limit - 1):
                return True
    return False


def quality_flags(source: str, target: str, *, truncated: bool = False) -> list[str]:
    """Automatic checks ``target`` fails as a translation of ``source`` (schema enum order);
    ``truncated``: the model stopped at the decoding limit, not at the end of a sentence."""
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
    if truncated:
        flags.append("truncated")
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


def thread_layout(threads: int = 0) -> tuple[int, int]:
    """CTranslate2's (inter_threads, intra_threads) for ``threads`` cores (0: all cores).

    The stage hands CTranslate2 many length-sorted batches at once, so one batch per core
    in parallel (inter) beats one batch at a time split over cores (intra): a sentence's
    decoding steps are too small to share well, and batches need no coordination.
    """
    cores = threads if threads > 0 else (os.cpu_count() or 1)
    return cores, 1


def load_model(info: argos_model.ModelInfo, *, threads: int = 0,
               layout: tuple[int, int] | None = None) -> Model:
    """Load the package at ``info.path`` with ``threads`` cores (0: all), or with an
    explicit ``layout`` of CTranslate2 (inter_threads, intra_threads)."""
    import ctranslate2
    from argostranslate import package, settings

    inter_threads, intra_threads = layout or thread_layout(threads)
    pkg = package.Package(info.path)
    translator = ctranslate2.Translator(
        str(info.path / "model"),
        device=settings.device,
        inter_threads=inter_threads,
        intra_threads=intra_threads,
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
    """Decoding options for CTranslate2, but replace_unknowns (see ``decode_texts``)."""
    keys = ("beam_size", "num_hypotheses", "length_penalty", "max_decoding_length")
    return {key: model.decoding[key] for key in keys}


def _prefixes(model: Model, count: int) -> list[list[str]] | None:
    return [[model.target_prefix]] * count if model.target_prefix else None


def _detokenize(model: Model, tokens: list[str]) -> str:
    """Argos's post-processing: decode, drop the target prefix and the leading space."""
    value = model.package.tokenizer.decode(tokens)
    if model.target_prefix and value.startswith(model.target_prefix):
        value = value[len(model.target_prefix):]
    return value[1:] if value.startswith(" ") else value


def stop_length(source_tokens: int, max_length: int) -> int:
    """Where the first pass stops a batch whose longest source has ``source_tokens``."""
    return min(max_length, int(EARLY_STOP_RATIO * source_tokens) + EARLY_STOP_MARGIN)


def proven_best(hypotheses: list[list[str]], scores: list[float], stop: int,
                max_length: int, length_penalty: float) -> list[str] | None:
    """The best hypothesis of a beam search stopped after ``stop`` steps, if the search
    run on to ``max_length`` must end with the same one; otherwise None.

    ``hypotheses`` and ``scores`` are what CTranslate2 returns with num_hypotheses =
    beam_size: the best first, each score a log-probability divided by
    length ** length_penalty. With a length penalty, CTranslate2 searches on until
    beam_size hypotheses have ended, so a longer one could still win. But each beam alive
    at the stop was returned as a hypothesis of length ``stop`` (or ``stop - 1`` if it
    ended there), and its log-probability can only fall as it grows: nothing found later
    scores more than the best of them divided by max_length ** length_penalty. A beam not
    returned ranks below the last one returned, which bounds it too. The best must have
    ended before the stop and beat each rival strictly, so that no tie can reorder it.
    """
    if length_penalty <= 0 or not hypotheses or len(hypotheses[0]) > stop - 2 or max(
            scores) > 0:
        return None
    alive = [score * len(tokens) ** length_penalty
             for tokens, score in zip(hypotheses, scores, strict=True)
             if len(tokens) >= stop - 1]
    alive.append(scores[-1] * (stop - 1) ** length_penalty)
    rivals = [max(alive) / max_length ** length_penalty, *scores[1:2]]
    return hypotheses[0] if all(scores[0] > rival + SCORE_MARGIN for rival in rivals) else None


def _batches(indices: list[int], lengths: list[int], batch_tokens: int) -> list[list[int]]:
    """``indices``, sorted by length, cut into batches of at most ``batch_tokens`` tokens
    (padding included), one text at least."""
    batches: list[list[int]] = [[]]
    for index in indices:
        if batches[-1] and (len(batches[-1]) + 1) * lengths[index] > batch_tokens:
            batches.append([])
        batches[-1].append(index)
    return [batch for batch in batches if batch]


def _decode_pass(model: Model, tokenized: list[list[str]], indices: list[int],
                 batch_tokens: int, hypotheses: list[list[str]], *, early_stop: bool,
                 replace_unknowns: bool = False, bar=None) -> list[int]:
    """Decode the texts at ``indices`` (sorted by length) into ``hypotheses``, every batch
    queued at once so that each parallel translator takes the next. With ``early_stop``
    each batch stops at ``stop_length``, and only the texts whose best hypothesis is
    ``proven_best`` are filled: the others are returned, to be decoded in full."""
    limit, penalty = model.decoding["max_decoding_length"], model.decoding["length_penalty"]
    lengths = [len(tokens) for tokens in tokenized]
    jobs = []
    for batch in _batches(indices, lengths, batch_tokens):
        stop = stop_length(lengths[batch[-1]], limit) if early_stop else limit
        options = dict(_options(model), max_decoding_length=stop)
        if stop < limit:
            options.update(num_hypotheses=options["beam_size"], return_scores=True)
        jobs.append((batch, stop, model.translator.translate_batch(
            [tokenized[i] for i in batch], _prefixes(model, len(batch)), asynchronous=True,
            replace_unknowns=replace_unknowns, **options)))
    unproven = []
    for batch, stop, results in jobs:
        for index, pending in zip(batch, results, strict=True):
            result = pending.result()
            best = (result.hypotheses[0] if stop == limit else
                    proven_best(result.hypotheses, result.scores, stop, limit, penalty))
            if best is None:
                unproven.append(index)
            else:
                hypotheses[index] = best
        if bar is not None:
            bar.update(len(batch))
    return unproven


def decode_texts(model: Model, texts: list[str], *, batch_tokens: int = BATCH_TOKENS,
                 progress: bool = False) -> list[list[str]]:
    """The best hypothesis (target tokens) for each text, as Argos's decoding gives it.

    Texts are sorted by length and cut into batches of at most ``batch_tokens`` tokens, so
    little of a batch is padding, and at least BATCHES_PER_TRANSLATOR per parallel
    translator. Three passes give each text exactly Argos's best hypothesis, for less work:

    * Each batch first stops at ``stop_length``, where a translation has long ended but
      Argos's beam search may not have (it goes on until beam_size hypotheses end); a
      text keeps that pass's best hypothesis only if it is ``proven_best``.
    * The other texts are decoded up to the full length.
    * Replacing unknown tokens (Argos's replace_unknowns) makes CTranslate2 keep every
      hypothesis's attention, which is costly and changes nothing but the ``<unk>``
      tokens of the final hypothesis (each becomes the source token it attends to most;
      the search is the same). So the passes above run without it, and only the texts
      whose best hypothesis holds ``<unk>`` are decoded again, in full, with it.

    A package with a target prefix is decoded in full at once (its prefix would shift
    the lengths ``proven_best`` reasons about).
    """
    from tqdm import tqdm

    tokenized = [model.package.tokenizer.encode(text) for text in texts]
    order = sorted(range(len(texts)), key=lambda i: len(tokenized[i]))
    share = -(-sum(map(len, tokenized)) // (model.translator.num_translators
                                            * BATCHES_PER_TRANSLATOR))
    batch_tokens = max(MIN_BATCH_TOKENS, min(batch_tokens, share))
    hypotheses: list[list[str]] = [[] for _ in texts]
    with tqdm(total=len(texts), unit="sentence", desc="translate", file=sys.stderr,
              disable=not progress) as bar:
        unproven = _decode_pass(model, tokenized, order, batch_tokens, hypotheses,
                                early_stop=not model.target_prefix)
        bar.update(len(texts) - len(unproven))
        _decode_pass(model, tokenized, unproven, batch_tokens, hypotheses, early_stop=False,
                     bar=bar)
    unknown = [i for i in order if UNKNOWN_TOKEN in hypotheses[i]]
    _decode_pass(model, tokenized, unknown, batch_tokens, hypotheses, early_stop=False,
                 replace_unknowns=True)
    model.calls += len(texts)
    return hypotheses


def translate_per_paragraph(model: Model, paragraphs: list[list[str]]) -> list[list[str]]:
    """Argos's own loop (``apply_packaged_translation``): one ``translate_batch`` call per
    paragraph, with replace_unknowns and its batching (ARGOS_BATCH_SIZE tokens). For the
    benchmark and for tests that check the stage gives the same sentences."""
    from argostranslate import settings

    outputs = []
    for sentences in paragraphs:
        tokenized = [model.package.tokenizer.encode(text) for text in sentences]
        results = model.translator.translate_batch(
            tokenized, _prefixes(model, len(tokenized)), max_batch_size=settings.batch_size,
            batch_type="tokens", replace_unknowns=True, return_scores=True, **_options(model))
        outputs.append([_detokenize(model, result.hypotheses[0]) for result in results])
        model.calls += len(sentences)
    return outputs


@dataclass
class Translation:
    """One text's machine English, its quality flags (``quality_flags``) and its
    provenance: the translation-memory fields ``engine``, ``model_name``,
    ``model_version``, ``model_sha256``, ``ctranslate2_version`` and ``decoding``.
    Plain values only, so it can cross process and machine boundaries."""

    english: str
    quality_flags: list[str]
    provenance: dict


#: What the stage calls to translate: ``(model info, distinct Arabic texts) -> one
#: Translation per text, in order``. The in-process default (``in_process_translator``)
#: loads the package once and runs ``translate_texts``; a distributed one may split the
#: texts over workers that each load ``info.path`` and run ``translate_texts``, as long
#: as it returns every text's Translation in the order given.
TextTranslator = Callable[[argos_model.ModelInfo, list[str]], list[Translation]]
#: The sentences of each article, in order (``segment_here``; a cluster's, on its workers).
Segmenter = Callable[[list[dict]], list[list[dict]]]


def segment_here(articles: list[dict]) -> list[list[dict]]:
    return [segment_article(article) for article in articles]


def provenance(model: Model) -> dict:
    """The translation-memory fields that say which model and settings made an entry."""
    return {"engine": ENGINE, "model_name": model.info.name,
            "model_version": model.info.version, "model_sha256": model.info.sha256,
            "ctranslate2_version": model.ctranslate2_version,
            "argostranslate_version": model.info.runtime.get("argostranslate", ""),
            "sentencepiece_version": model.info.runtime.get("sentencepiece", ""),
            "decoding": dict(model.decoding)}


def translate_texts(model: Model, texts: list[str], *, batch_tokens: int = BATCH_TOKENS,
                    progress: bool = False) -> list[Translation]:
    """Translate distinct Arabic ``texts`` with a loaded ``model``: one Translation each,
    in order, exactly as Argos Translate would translate each text as one sentence. An
    output that reached the decoding limit is flagged ``truncated``."""
    made = provenance(model)
    hypotheses = decode_texts(model, texts, batch_tokens=batch_tokens, progress=progress)
    translations = []
    for text, tokens in zip(texts, hypotheses, strict=True):
        english = _detokenize(model, tokens)
        truncated = len(tokens) >= model.decoding["max_decoding_length"]
        translations.append(Translation(english, quality_flags(text, english,
                                                               truncated=truncated), made))
    return translations


# ---------------------------------------------------------------- translation memory


def memory_path(translations_dir: Path, article_id: str) -> Path:
    return Path(translations_dir) / f"{article_id}.jsonl"


def read_memory(path: Path) -> list[dict]:
    """The TM entries in ``path`` (none if it does not exist), each checked against the
    schema and against the others (``memory_problems``); every bad line is reported with
    its line number, and nothing is written: the file stays as its author left it."""
    path = Path(path)
    if not path.exists():
        return []
    numbered, problems = [], []
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
            numbered.append((number, entry))
    problems += memory_problems(numbered, str(path))
    if problems:
        raise PipelineError(problems, f"{path}: invalid translation memory")
    return [entry for _, entry in numbered]


def memory_problems(numbered: list[tuple[int, dict]], file: str) -> list[Problem]:
    """Schema-valid entries (with their line numbers) that cannot be trusted together.

    * ``source_sha256`` must be the hash of ``source_text``: it is what matches an entry
      to a sentence, so a wrong one would give English to another text.
    * One sentence (id and source text) has at most one machine entry and at most one
      person's entry (post-edited or stale): two would leave the stage to pick one
      without a word. A person's entry next to a machine one supersedes it.
    """
    problems, seen = [], {}
    for number, entry in numbered:
        record = f"line {number}"
        actual = sha256_bytes(entry["source_text"].encode("utf-8"))
        if actual != entry["source_sha256"]:
            problems.append(Problem(
                "tm-source-hash", f"source_sha256 is not the SHA-256 of source_text "
                f"({actual}); correct it, or restore the source_text it was made for",
                file=file, record=record))
            continue
        kind = "machine" if entry["status"] == "machine" else "post-edited or stale"
        key = (entry["sentence_id"], entry["source_sha256"], kind)
        if key in seen:
            problems.append(Problem(
                "tm-conflict", f"lines {seen[key]} and {number} are both {kind} entries "
                f"for sentence {entry['sentence_id']} with the same source text; keep one",
                file=file, record=record))
        seen.setdefault(key, number)
    return problems


def dump_memory(entries: list[dict]) -> str:
    """One entry per line, fields in schema order, sorted by sentence id then source hash."""
    order = schemas.fields("translation")
    ordered = sorted(entries, key=lambda e: (e["sentence_id"], e["source_sha256"], e["status"]))
    return "".join(
        json.dumps({key: entry[key] for key in order if key in entry}, ensure_ascii=False) + "\n"
        for entry in ordered)


def machine_entry(sentence: dict, translation: Translation) -> dict:
    return {
        "sentence_id": sentence["id"],
        "source_text": sentence["text"],
        "source_sha256": sentence["text_sha256"],
        "target": translation.english,
        "status": "machine",
        **translation.provenance,
        "quality_flags": list(translation.quality_flags),
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
    #: Text hashes of the sentences that other articles' memories decide (English or not):
    #: no person's English and no entry of their own.
    pooled: list[str] = field(default_factory=list)


MachinePool = dict[str, tuple[str, dict]]  # text hash -> (holder article id, its entry)


def usable_machine(entry: dict, model_sha256: str | None) -> bool:
    """A machine entry is usable when no model is available (it is the best real output
    there is) or when it came from the current model."""
    return entry["status"] == "machine" and (model_sha256 is None
                                             or entry["model_sha256"] == model_sha256)


def plan_article(sentences: list[dict], entries: list[dict], machine_pool: MachinePool,
                 model_sha256: str | None) -> Plan:
    """Match an article's sentences against its TM (and other articles' machine entries).

    A sentence's own machine entry comes first; else ``machine_pool``'s for its text.
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
    own = {(e["sentence_id"], e["source_sha256"]): e for e in entries
           if usable_machine(e, model_sha256)}
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
        text = sentence["text_sha256"]
        best = own.get((sentence["id"], text))
        if best is None:
            plan.pooled.append(text)
            best = machine_pool.get(text, (None, None))[1]
        if best:
            plan.use[sentence["id"]] = dict(best, sentence_id=sentence["id"])
        else:
            plan.pending.append(sentence)
    return plan


def entry_flags(entry: dict) -> list[str]:
    """A TM entry's quality flags, checked again (thresholds may have changed); whether
    the model was cut short is known only from when it ran, and only for its output."""
    return quality_flags(entry["source_text"], entry["target"],
                         truncated=entry["status"] == "machine"
                         and "truncated" in entry["quality_flags"])


def sentence_record(sentence: dict, entry: dict | None, stale: dict | None) -> dict:
    """The sentence record (schemas/sentence.schema.json) for one sentence.

    ``entry`` is its TM entry for its current text (None when untranslated): its English
    is published. ``stale`` is a post-edit made for an earlier text of the same sentence
    id: it describes other words, so it is never the sentence's English; it is shown
    beside it (``stale_post_edit``) until someone reviews it.
    """
    values = dict(sentence, stale_post_edit=None)
    if sentence["language"] != SOURCE_LANGUAGE:
        values.update(english=sentence["text"], translation_status="original",
                      translation_model=None, translation_model_version=None, quality_flags=[])
        return {key: values[key] for key in schemas.fields("sentence")}
    if stale is not None:
        values["stale_post_edit"] = stale["target"]
    if entry is None:
        values.update(english=None, translation_status="missing", translation_model=None,
                      translation_model_version=None, quality_flags=[])
    else:
        values.update(english=entry["target"], translation_status=entry["status"],
                      translation_model=entry["model_name"],
                      translation_model_version=entry["model_version"],
                      quality_flags=entry_flags(entry))
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
    orphaned: list[str] = field(default_factory=list)  # memory files of articles now gone
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
        if self.orphaned:
            lines.append(f"translate: {len(self.orphaned)} orphaned translation memory "
                         "file(s), whose article is gone, kept (delete them if it was removed "
                         "for good): " + ", ".join(self.orphaned))
        return "\n".join(lines + self.messages)


def _log_stderr(message: str) -> None:
    print(message, file=sys.stderr)


#: Hex digits of a sentence text's SHA-256 kept in the stage cache, per article, for the
#: machine English its memory holds: enough to find which memories to read, not to trust.
INDEX_DIGITS = 16


def coverage_summary(records: list[dict]) -> dict:
    """Coverage of sentence records (schemas/sentence.schema.json), e.g. for a release gate.

    ``source_sentences``: Arabic sentences, the ones that need English; ``translated``:
    those with English for their current text (machine or post-edited: a stale post-edit
    never counts); ``stale_post_edits``: those with a person's English for an earlier
    text awaiting review; ``flagged``: those whose English has a quality flag;
    ``statuses``: every record by translation_status. Pure: records in, counts out.
    """
    statuses: dict[str, int] = {}
    summary = {"sentences": len(records), "source_sentences": 0, "translated": 0,
               "stale_post_edits": 0, "flagged": 0}
    for record in records:
        statuses[record["translation_status"]] = statuses.get(record["translation_status"],
                                                              0) + 1
        if record["language"] == SOURCE_LANGUAGE:
            summary["source_sentences"] += 1
            summary["translated"] += record["english"] is not None
            summary["stale_post_edits"] += record["stale_post_edit"] is not None
            summary["flagged"] += bool(record["quality_flags"])
    return dict(summary, statuses=dict(sorted(statuses.items())))


def _article_summary(records: list[dict], stale: list[str]) -> dict:
    """One article's share of the report, kept in the stage cache for unchanged articles."""
    return dict(coverage_summary(records), stale=stale)


SUMMARY_FIELDS = set(_article_summary([], []))


def _reusable(ids: Iterable[str], stage_cache: StageCache | None,
              item_key: Callable[[str], str], sentences_dir: Path,
              digests: DigestMemo | None) -> dict[str, dict]:
    """Cache entries of the articles that need no work: fully translated when last done,
    and record, memory, model, code and sentence file all as they were then."""
    done = {}
    for aid in ids:
        entry = stage_cache.entries.get(aid, {}) if stage_cache else {}
        complete = SUMMARY_FIELDS <= entry.keys() and entry["translated"] == entry[
            "source_sentences"]
        if complete and stage_cache.fresh(aid, item_key(aid), sentences_dir / f"{aid}.json",
                                          digests):
            done[aid] = entry
    return done


# Stage 1, plan (pure): which sentences need the model.


def plan_corpus(segmented: dict[str, list[dict]], memories: dict[str, list[dict]],
                other_memories: dict[str, list[dict]], model_sha256: str | None
                ) -> dict[str, Plan]:
    """Plan every article of ``segmented`` (id -> sentences) against its own memory in
    ``memories``; machine English found in any memory (``other_memories`` too: unchanged
    articles') is reused for the same sentence text (see ``plan_article``)."""
    pool = machine_pool({**other_memories, **memories}, model_sha256)
    return {aid: plan_article(sentences, memories[aid], pool, model_sha256)
            for aid, sentences in segmented.items()}


def machine_pool(memories: dict[str, list[dict]], model_sha256: str | None) -> MachinePool:
    """For each text hash, the usable machine entry of ``memories`` (article id -> entries)
    in the memory of the lowest article id, then of the lowest sentence id. So an
    incremental build need not read every memory that holds a text, only those of lower
    ids than the first holder found (``holders_to_read``)."""
    pool: MachinePool = {}
    for holder, entries in memories.items():
        for entry in entries:
            if usable_machine(entry, model_sha256):
                rival = pool.get(entry["source_sha256"])
                if rival is None or (holder, entry["sentence_id"]) < (
                        rival[0], rival[1]["sentence_id"]):
                    pool[entry["source_sha256"]] = (holder, entry)
    return pool


def holders_to_read(plans: dict[str, Plan], memories: dict[str, list[dict]],
                    done: dict[str, dict], model_sha256: str | None,
                    memory_of: Callable[[str], list[dict]]) -> dict[str, list[dict]]:
    """The memories of unchanged articles (``done``) that ``plan_article``'s rule needs for
    ``plans`` (made with the planned articles' own ``memories`` alone): for each text the
    pool decides (``Plan.pooled``), the unchanged articles the cache's index names for it
    (by the first ``INDEX_DIGITS`` of its hash), read in id order up to the first that holds
    usable English for it, and never past a lower id among the planned articles' memories."""
    pool = machine_pool(memories, model_sha256)
    # text hash -> the lowest planned article holding its English, None where none does
    wanted = {text: pool[text][0] if text in pool else None
              for plan in plans.values() for text in plan.pooled}
    index: dict[str, list[str]] = {}
    for aid, entry in sorted(done.items()):
        for prefix in entry["machine"]:
            index.setdefault(prefix, []).append(aid)
    read: dict[str, list[dict]] = {}
    for text, first in wanted.items():
        for aid in index.get(text[:INDEX_DIGITS], ()):
            if first is not None and aid > first:
                break
            if aid not in read:
                read[aid] = memory_of(aid)
            if any(e["source_sha256"] == text and usable_machine(e, model_sha256)
                   for e in read[aid]):
                break
    return read


def pending_texts(plans: dict[str, Plan]) -> dict[str, str]:
    """The distinct texts the model must translate, by text hash, in corpus order."""
    return {s["text_sha256"]: s["text"] for plan in plans.values() for s in plan.pending}


# Stage 2, translate: the only model call. Any TextTranslator will do (see Translation).


def in_process_translator(*, threads: int = 0, batch_size: int = BATCH_TOKENS,
                          progress: bool = True) -> TextTranslator:
    """The default TextTranslator: loads the package here and runs ``translate_texts``."""
    def translate_here(info: argos_model.ModelInfo, texts: list[str]) -> list[Translation]:
        return translate_texts(load_model(info, threads=threads), texts,
                               batch_tokens=batch_size, progress=progress)
    return translate_here


# Stage 3, apply (pure): sentence records and memory entries.


@dataclass
class ArticleOutcome:
    """One article after translation: what to write and its share of the report."""

    records: list[dict]  # sentence records (schemas/sentence.schema.json)
    memory: list[dict]  # its translation memory: people's entries, then machine ones
    summary: dict  # _article_summary plus the index of machine text hashes


def apply_translations(plan: Plan, translations: dict[str, Translation]) -> ArticleOutcome:
    """Give each pending sentence of ``plan`` its new machine English (by text hash)."""
    use = dict(plan.use)
    for sentence in plan.pending:
        if sentence["text_sha256"] in translations:
            use[sentence["id"]] = machine_entry(sentence, translations[sentence["text_sha256"]])
    stale_by_id = {e["sentence_id"]: e for e in plan.human if e["status"] == "stale"}
    records = [sentence_record(s, use.get(s["id"]), stale_by_id.get(s["id"]))
               for s in plan.sentences]
    machine = [e for e in use.values() if e["status"] == "machine"]
    summary = dict(_article_summary(records, sorted(stale_by_id)),
                   machine=sorted({e["source_sha256"][:INDEX_DIGITS] for e in machine}))
    return ArticleOutcome(records, plan.human + machine, summary)


# Stage 4, report (pure).


def corpus_report(ids: list[str], summaries: dict[str, dict],
                  info: argos_model.ModelInfo | None, model_calls: int, *,
                  offline: bool) -> TranslateReport:
    """The stage's report from each article's summary (cached or new); ``offline`` as
    given to the stage, for the advice on getting a model."""
    report = TranslateReport(model=info, model_calls=model_calls, articles=len(ids))
    for aid in ids:
        summary = summaries[aid]
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
            "English (left empty, status 'missing'). " + argos_model.how_to_provide(offline))
    return report


def _anything_pending(articles: list[dict], translations_dir: Path) -> bool:
    """Asked only before a download (no model at hand): does any sentence lack English in
    every memory? The whole corpus is planned, without the stage cache."""
    segmented = {a["id"]: segment_article(a) for a in articles}
    memories = {aid: read_memory(memory_path(translations_dir, aid)) for aid in segmented}
    return bool(pending_texts(plan_corpus(segmented, memories, {}, None)))


def _plan_redo(redo: list[dict], done: dict[str, dict], translations_dir: Path,
               model_sha256: str | None, segment: Segmenter) -> dict[str, Plan]:
    """Plans of the articles to redo. Unchanged articles' memories are read only where
    ``plan_article``'s rule may need them (``holders_to_read``)."""
    def memory_of(aid: str) -> list[dict]:
        return read_memory(memory_path(translations_dir, aid))

    segmented = dict(zip((a["id"] for a in redo), segment(redo), strict=True))
    memories = {aid: memory_of(aid) for aid in segmented}
    plans = plan_corpus(segmented, memories, {}, model_sha256)
    others = holders_to_read(plans, memories, done, model_sha256, memory_of)
    return plan_corpus(segmented, memories, others, model_sha256) if others else plans


def run(articles: Mapping[str, dict], *, offline: bool, model_path: str | None, require: bool,
        threads: int = 0, batch_size: int = BATCH_TOKENS,
        translations_dir: Path = TRANSLATIONS_DIR,
        sentences_dir: Path = SENTENCES_DIR, cache_dir: Path | None = None,
        force: bool = False, article_digests: dict[str, str] | None = None,
        progress: bool = True, log: Callable[[str], None] = _log_stderr,
        translate_pending: TextTranslator | None = None,
        segment: Segmenter = segment_here) -> TranslateReport:
    """Translate ``articles`` (article records by id), update the TM and write sentence
    records. Only the records of the articles to redo are read from ``articles`` (the
    clean stage's :class:`pipeline.clean.ArticleRecords` reads them on demand).

    Writes ``translations_dir/<id>.jsonl`` (only when its content changes),
    ``translations_dir/model-lock.json`` and ``sentences_dir/<id>.json``. Raises
    PipelineError when ``require`` and some Arabic sentence has no English.

    With ``cache_dir``, an article is skipped when its record, its TM file, the model and
    this stage's code are all as they were when it was last done (``force`` redoes all).
    An article left with untranslated sentences is always redone: another article's
    memory, or a model, may have its English by now. ``article_digests`` (id -> a hash
    of the record, e.g. of its file as the clean stage wrote it) saves hashing the records.

    ``translate_pending`` (see ``TextTranslator``) translates the distinct pending texts;
    by default ``in_process_translator`` with ``threads`` (cores, 0: all), ``batch_size``
    (tokens per model batch) and ``progress``. ``segment`` splits the articles to redo
    into sentences (a cluster's segments them on its workers).
    """
    started = time.perf_counter()
    translations_dir, sentences_dir = Path(translations_dir), Path(sentences_dir)
    lock_path = translations_dir / LOCK_NAME

    info = argos_model.locate(
        offline=offline, model_path=model_path, lock_path=lock_path, log=log,
        anything_pending=lambda: _anything_pending(list(articles.values()), translations_dir))
    model_sha256 = info.sha256 if info else None

    stage_cache = StageCache("translate", cache_dir, force=force) if cache_dir else None
    # Memories and sentence files whose stat is unchanged are not read to be hashed again.
    digests = DigestMemo(cache_dir, "translate") if stage_cache and not force else None
    item_key = _item_keys(article_digests or {aid: key(a) for aid, a in articles.items()},
                          translations_dir, model_sha256, digests)
    done = _reusable(articles, stage_cache, item_key, sentences_dir, digests)
    reused = len(done)
    plans = _plan_redo([articles[aid] for aid in articles if aid not in done], done,
                       translations_dir, model_sha256, segment)

    pending = pending_texts(plans)
    translations: dict[str, Translation] = {}
    if pending and info is not None:
        translator = translate_pending or in_process_translator(
            threads=threads, batch_size=batch_size, progress=progress)
        translations = dict(zip(pending, translator(info, list(pending.values())),
                                strict=True))
    if info is not None:
        argos_model.record_lock(lock_path, info)

    outcomes = {aid: apply_translations(plan, translations) for aid, plan in plans.items()}
    for aid, outcome in outcomes.items():
        _write_memory(memory_path(translations_dir, aid), outcome.memory)
    written, changed = _write_sentences(sentences_dir,
                                        {aid: o.records for aid, o in outcomes.items()})
    for aid, outcome in outcomes.items():  # keys hash the memory files just written
        done[aid] = dict(outcome.summary, key=item_key(aid), sha256=written[aid])
    if stage_cache:
        stage_cache.save(done)
    if digests:
        digests.save()

    report = corpus_report(list(articles), done, info, len(translations), offline=offline)
    report.reused, report.changed = reused, changed
    report.orphaned = _orphaned_memories(articles, translations_dir)
    report.seconds = time.perf_counter() - started
    log(report.summary())
    if require:
        _require_complete(report, offline=offline)
    return report


def _item_keys(article_keys: dict[str, str], translations_dir: Path, model_sha256: str | None,
               digests: DigestMemo | None) -> Callable[[str], str]:
    """An article's key in the stage cache: this step's version, its record, its memory
    file and the model."""
    version = step_version("translate")

    def item_key(aid: str) -> str:
        memory = memory_path(translations_dir, aid)
        if not memory.exists():
            return key(version, article_keys[aid], None, model_sha256)
        return key(version, article_keys[aid],
                   digests.digest(memory) if digests else sha256_file(memory), model_sha256)
    return item_key


def _require_complete(report: TranslateReport, *, offline: bool) -> None:
    if report.translated < report.source_sentences:
        raise PipelineError(Problem(
            "translations-missing",
            f"{report.source_sentences - report.translated} of {report.source_sentences} "
            "Arabic sentences have no English for their current text and "
            "--require-translations is set. " + argos_model.how_to_provide(offline)))


def _orphaned_memories(articles: Mapping[str, dict], translations_dir: Path) -> list[str]:
    """Memory files whose article is not among ``articles``: people's work, kept and listed.
    (Sentence files of removed sources are pruned with the other build files, by
    ``sources.prune_build_files``, where the whole manifest is known.)"""
    return [path.name for path in sorted(translations_dir.glob("*.jsonl"))
            if path.stem not in articles]


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
