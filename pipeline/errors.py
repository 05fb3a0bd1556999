"""Structured problems, in the manner of frictionless: a code, a location and a message.

Every code a stage can report is in :data:`CODES`, with a title and a description (as
frictionless describes its error classes); :func:`codes_markdown` renders them for the
documentation. One condition has one code, whichever stage finds it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one input.

    ``file`` and ``record`` say where; ``pointer`` is a JSON pointer inside the record
    (empty for the whole record); ``code`` is a short machine-readable kind.
    """

    code: str
    message: str
    file: str = ""
    record: str = ""
    pointer: str = ""

    def __str__(self) -> str:
        """``file (record R) at /pointer: [code] message``, each part only when known."""
        where = " ".join(part for part in (
            self.file, f"(record {self.record})" if self.record else "",
            f"at {self.pointer}" if self.pointer else "") if part)
        return f"{where}: [{self.code}] {self.message}" if where else \
            f"[{self.code}] {self.message}"

    def to_dict(self) -> dict:
        return asdict(self)


class PipelineError(Exception):
    """A stage failed; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem, summary: str = ""):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.summary = summary or f"{len(self.problems)} problem(s)"
        super().__init__(self.report())

    def report(self) -> str:
        lines = [self.summary]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)


#: Problem code -> (title, description). A code ending in ``*`` is a family: the rest of
#: the code is the JSON Schema keyword or the frictionless error type that failed.
CODES: dict[str, tuple[str, str]] = {
    # Inputs in general
    "invalid-json": ("Invalid JSON", "A JSON or JSON Lines file (an article or sentence "
                     "record, a translation memory line) is not valid UTF-8 JSON."),
    "missing-input": ("Missing input", "A command's input is missing: no sources "
                      "manifest, no article records, no sentence file for an article, no "
                      "pages in the folder to evaluate; the message says what makes it."),
    "input-changed": ("Input changed during the build", "A build file checked earlier in "
                      "the build was changed before the package stage read it again."),
    "not-found": ("File not found", "A file named on the command line does not exist."),
    "os-error": ("Operating-system error", "Reading, writing or renaming a file failed (disk "
                 "full, permission denied, a file gone); the paths are named and nothing "
                 "half-written is published."),
    "locked": ("Build in progress", "Another build holds build/build.lock and did not "
               "finish within PIPELINE_LOCK_WAIT seconds."),
    "bad-setting": ("Bad setting", "A numeric environment variable "
                    "(PIPELINE_NETWORK_DEADLINE, PIPELINE_MAX_PAGE_BYTES, PIPELINE_LOCK_WAIT) "
                    "is not a number the pipeline can use."),
    # Raw sources
    "site-build-failed": ("Site build failed", "mkdocs (or Zensical) could not build the "
                          "site strictly; the message quotes its first error, and the "
                          "previous site/ is left as it was."),
    "bad-retrieved": ("Bad retrieval date", "A source's retrieval date (the manifest's "
                      "`retrieved`, which bounds the publication date) is not an ISO date."),
    "source-missing": ("Source missing", "A file listed in sources/manifest.csv, or given "
                       "to `sources add`, does not exist."),
    "source-changed": ("Source changed", "A raw source's bytes no longer match the SHA-256 "
                       "in the manifest; sources are immutable (`sources accept` records a "
                       "deliberate change)."),
    "source-exists": ("Source exists", "sources/ already holds a file of this name."),
    "source-unknown": ("Source not in the manifest", "The file is not listed in "
                       "sources/manifest.csv."),
    "too-large": ("Page too large", "A raw page is over the page-size limit "
                  "(PIPELINE_MAX_PAGE_BYTES, 5,000,000 bytes by default)."),
    "duplicate-content": ("Duplicate content", "Two sources have the same bytes and the "
                          "later is not marked duplicate_of the earlier, or a source is "
                          "marked duplicate_of one whose bytes differ."),
    # The sources manifest (sources/manifest.csv)
    "csv": ("Malformed CSV", "The manifest cannot be parsed as CSV; the line is "
            "named."),
    "header": ("Wrong manifest header", "The manifest is empty, or its first line is not "
               "exactly the columns of schemas/source.schema.json."),
    "row-length": ("Wrong number of cells", "A manifest row has more or fewer cells than "
                   "the header."),
    "unclean-text": ("Unclean metadata", "A typed field (outlet, notes) holds control, "
                     "bidi or invisible characters, a line break or stray spaces."),
    "url-scheme": ("Not a web address", "A source's url is not an http(s) address."),
    "future-date": ("Date in the future", "A source's retrieval date is after today."),
    "duplicate-id": ("Duplicate id", "An id (of a source or a sentence) appears more than "
                     "once."),
    # Decoding and cleaning a page
    "empty": ("Empty page", "The file is empty or holds only whitespace."),
    "binary": ("Binary file", "The file holds NUL or control bytes: it is not a text "
               "capture."),
    "undecodable": ("Undecodable text", "The bytes are neither UTF-8, UTF-16 with a "
                    "byte-order mark, nor Windows-1256 Arabic."),
    "invalid-utf8": ("Invalid UTF-8", "The page is UTF-8 but for some invalid bytes; it is "
                     "refused, never re-read as another encoding, and the first bad byte's "
                     "offset is named."),
    "no-article": ("No article", "No block of running text was found on the page."),
    "no-title": ("No title", "No headline-shaped line stands above the article text."),
    # The title model (pipeline/title_model.py)
    "bad-model": ("Bad title model", "pipeline/title_model.json is not a model of the "
                  "features the code computes, or holds a node that is not numbers."),
    "stale-model": ("Stale title model", "The labelled pages changed since the title model "
                    "was trained: retrain it with `nox -s title_model`."),
    "missing-extra": ("Optional extra missing", "A command needs an optional extra that is "
                      "not installed (LightGBM for training the title model)."),
    # Records against the schemas
    "schema-*": ("Schema violation", "A record breaks its JSON Schema in schemas/; the rest "
                 "of the code is the keyword that failed (type, required, pattern, enum...)."),
    "metaschema": ("Invalid schema", "A file in schemas/ is not a valid JSON Schema (Draft "
                   "2020-12) with an $id."),
    "id-mismatch": ("Id mismatch", "An id or derived field disagrees with what it is "
                    "derived from (the file name, the paragraph, the sentence's text)."),
    "unknown-reference": ("Unknown reference", "A record points to a record that does not "
                          "exist (a paragraph, an article)."),
    # Translation
    "translations-missing": ("Translations missing", "Arabic sentences have no English "
                             "while translations are required (--require-translations)."),
    "model-not-found": ("Model not found", "The .argosmodel file given does not exist."),
    "model-wrong-pair": ("Wrong language pair", "The model does not translate Arabic to "
                         "English."),
    "model-metadata": ("Unreadable package metadata", "The model package's metadata.json "
                       "cannot be read, or is not a JSON object."),
    "model-layout": ("Incomplete model package", "The model package has no "
                     "model/model.bin or no sentencepiece.model."),
    "model-unloadable": ("Model does not load", "CTranslate2 or SentencePiece cannot load "
                         "the model package, or it fails to translate the check sentence; "
                         "it is not installed (or, installed, not used)."),
    "lock-unreadable": ("Unreadable model lock", "translations/model-lock.json cannot be "
                        "read as JSON."),
    "tm-source-hash": ("Wrong source hash", "A translation-memory entry's source_sha256 is "
                       "not the SHA-256 of its source_text."),
    "tm-conflict": ("Conflicting memory entries", "Two translation-memory lines give the "
                    "same kind of English (machine, or a person's) for the same sentence "
                    "and source text."),
    "archive-corrupt": ("Corrupt archive", "The model file is not a readable zip archive, "
                        "or a member's compressed data is damaged."),
    "archive-too-many-members": ("Too many members", "The model archive holds more files "
                                 "than allowed."),
    "archive-too-large": ("Archive too large", "The model archive unpacks to more bytes "
                          "than allowed."),
    "archive-absolute-path": ("Absolute path in archive", "A member of the model archive "
                              "has an absolute path."),
    "archive-path-traversal": ("Path traversal in archive", "A member of the model archive "
                               "has '..' in its path."),
    "archive-link": ("Link in archive", "A member of the model archive is a symbolic link "
                     "or a special file."),
    "archive-layout": ("Unexpected archive layout", "The model archive is not one package "
                       "folder holding metadata.json."),
    # Dask (--scheduler)
    "dask-missing": ("Dask not installed", "--scheduler was given but the distributed "
                     "extra is not installed."),
    "scheduler-unreachable": ("Scheduler unreachable", "The Dask scheduler cannot be "
                              "started or reached at the address given."),
    "no-workers": ("No Dask workers", "The scheduler has no worker within the wait."),
    "model-refused": ("Model refused by a worker", "A Dask worker was sent a model package "
                      "whose SHA-256 is not the one translations/model-lock.json pins for "
                      "its name, or holds another model than the build's."),
    "worker-settings-differ": ("Workers differ", "Dask workers report different library "
                               "versions or decoding settings, so their English would not "
                               "be the in-process build's."),
    "task-failed": ("Task failed twice", "A chunk of work failed on the cluster, and again "
                    "on its retry; the articles or sources it held are named and nothing "
                    "is published."),
    # The package, its pages and its releases
    "frictionless-*": ("Data package error", "The official frictionless validator found "
                       "the package invalid; the rest of the code is its error type "
                       "(type-error, primary-key, foreign-key, hash-count...)."),
    "no-timestamp": ("No timestamp", "The package cannot be dated: set SOURCE_DATE_EPOCH or "
                     "commit the inputs to git."),
    "package-missing": ("No package", "There is no data package to document or release."),
    "package-inconsistent": ("Package inconsistent", "datapackage.json disagrees with the "
                             "data: a file does not match its bytes and hash, or the stated "
                             "translation coverage does not match the sentences table."),
    "package-stale": ("Package stale", "The published Table Schema differs from the one "
                      "derived from schemas/."),
    "not-generated": ("Not a generated folder", "The pages would be written into a folder "
                      "that may hold hand-written files."),
    "bad-version": ("Bad version", "A version is not SemVer, or a release version is a "
                    "pre-release."),
    "version-exists": ("Version exists", "The version has already been released."),
    "version-not-higher": ("Version not higher", "The version is not higher than the last "
                           "release's."),
    "nothing-to-release": ("Nothing to release", "The package is identical to the last "
                           "release."),
    "translations-incomplete": ("Release blocked by translations", "A release needs current "
                                "English for every Arabic sentence and no stale post-edit "
                                "awaiting review (--allow-incomplete releases anyway and "
                                "states the coverage)."),
    "missing-file": ("File missing from the release", "A file every release must ship is "
                     "missing."),
    # Evaluation of the cleaner (tests/pages)
    "no-truth": ("No truth file", "A page to evaluate has no <page>.truth.json beside it."),
    "bad-truth": ("Bad truth file", "A truth file does not have exactly the expected keys, "
                  "or a line it marks is not on the page or not inside the marked span."),
}


def describe(code: str) -> tuple[str, str] | None:
    """The title and description of ``code`` (a family's for ``schema-type`` etc.)."""
    if code in CODES:
        return CODES[code]
    family = code.split("-", 1)[0] + "-*"
    return CODES.get(family) if family != code else None


def codes_markdown() -> str:
    """The registry as a Markdown table, for the methodology page."""
    lines = ["| code | problem | meaning |", "| --- | --- | --- |"]
    lines += [f"| `{code}` | {title} | {description.replace('|', '&#124;')} |"
              for code, (title, description) in CODES.items()]
    return "\n".join(lines) + "\n"
