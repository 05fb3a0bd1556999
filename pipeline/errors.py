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
    "missing-input": ("Missing input", "A stage's input is missing: no article records, or "
                      "no sentence file for an article; run the earlier stage first."),
    "not-found": ("File not found", "A file named on the command line does not exist."),
    # Raw sources
    "source-missing": ("Source missing", "A file listed in sources/manifest.csv, or given "
                       "to `sources add`, does not exist."),
    "source-changed": ("Source changed", "A raw source's bytes no longer match the SHA-256 "
                       "in the manifest; sources are immutable (`sources accept` records a "
                       "deliberate change)."),
    "source-exists": ("Source exists", "sources/ already holds a file of this name."),
    "source-unknown": ("Source not in the manifest", "The file is not listed in "
                       "sources/manifest.csv."),
    "duplicate-id": ("Duplicate id", "An id (of a source or a sentence) appears more than "
                     "once."),
    # Decoding and cleaning a page
    "empty": ("Empty page", "The file is empty or holds only whitespace."),
    "binary": ("Binary file", "The file holds NUL or control bytes: it is not a text "
               "capture."),
    "undecodable": ("Undecodable text", "The bytes are neither UTF-8, UTF-16 with a "
                    "byte-order mark, nor Windows-1256 Arabic."),
    "no-article": ("No article", "No block of running text was found on the page."),
    "no-title": ("No title", "No headline-shaped line stands above the article text."),
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
    "model-lock-mismatch": ("Model differs from its lock", "A model with the name and "
                            "version pinned in translations/model-lock.json has other "
                            "bytes."),
    "lock-unreadable": ("Unreadable model lock", "translations/model-lock.json cannot be "
                        "read as JSON."),
    "archive-not-zip": ("Not a zip archive", "The model file is not a zip archive."),
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
    # The package, its pages and its releases
    "frictionless-*": ("Data package error", "The official frictionless validator found "
                       "the package invalid; the rest of the code is its error type "
                       "(type-error, primary-key, foreign-key, hash-count...)."),
    "no-timestamp": ("No timestamp", "The package cannot be dated: set SOURCE_DATE_EPOCH or "
                     "commit the inputs to git."),
    "package-missing": ("No package", "There is no data package to document or release."),
    "package-inconsistent": ("Package inconsistent", "A data file does not match the bytes "
                             "and hash in datapackage.json."),
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
    "missing-file": ("File missing from the release", "A file every release must ship is "
                     "missing."),
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
