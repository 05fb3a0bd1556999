"""The JSON Schemas in ``schemas/`` are the single source of truth for every record.

This module loads them, validates records against them (reporting every violation
with file, record id and JSON pointer), and exposes their field lists so no other
code has to copy field names by hand.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.metadata import version
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from . import ROOT
from .errors import Problem

SCHEMA_DIR = ROOT / "schemas"


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted(SCHEMA_DIR.glob("*.schema.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(contents)
        # Register each schema under its $id and its bare file name, so that relative
        # "$ref": "paragraph.schema.json" resolves both ways.
        resources += [(contents["$id"], resource), (path.name, resource)]
    return Registry().with_resources(resources)


def names() -> list[str]:
    """Record types that have a schema, e.g. ``["article", "paragraph", ...]``."""
    return sorted(p.name.removesuffix(".schema.json") for p in SCHEMA_DIR.glob("*.schema.json"))


@cache
def load(name: str) -> dict:
    """The schema document for record type ``name`` (e.g. ``"article"``)."""
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


def resolve(schema: dict) -> dict:
    """Follow a top-level ``$ref`` (to another schema file), keeping local title/description."""
    ref = schema.get("$ref")
    if not ref:
        return schema
    target = dict(load(ref.removesuffix(".schema.json")))
    target.update({k: v for k, v in schema.items() if k in ("title", "description")})
    return target


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(
        load(name),
        registry=_registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def fields(name: str) -> list[str]:
    """Field names of record type ``name`` in schema order."""
    return list(load(name)["properties"])


#: Digests of (schema, record) pairs found valid (see :func:`digest`). Validation is a pure
#: function of the record, the schemas and jsonschema, so a record seen valid once need not
#: be checked again: every stage re-reads the records the one before wrote, and jsonschema
#: costs milliseconds per article. Filled by :func:`problems`; pipeline.cache persists it.
KNOWN_VALID: set[str] = set()
#: Digests looked up or added in this process: what a build must keep for the next one.
USED: set[str] = set()


@cache
def _schemas_version() -> str:
    digest = hashlib.sha256(version("jsonschema").encode())
    for path in sorted(SCHEMA_DIR.glob("*.schema.json")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def digest(record, name: str) -> str:
    """Hash of ``record`` checked against schema ``name``, under the current schemas."""
    blob = json.dumps([_schemas_version(), name, record], ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def problems(record: dict, name: str, *, file: str = "", record_id: str = "") -> list[Problem]:
    """Every violation of schema ``name`` in ``record``, sorted by location."""
    record_digest = digest(record, name)
    USED.add(record_digest)
    if record_digest in KNOWN_VALID:
        return []
    if not record_id and isinstance(record, dict):
        record_id = str(record.get("id") or record.get("sentence_id") or "")
    found = []
    for error in validator(name).iter_errors(record):
        pointer = "/" + "/".join(str(part) for part in error.absolute_path)
        found.append(
            Problem(
                code=f"schema-{error.validator}",
                message=error.message,
                file=file,
                record=record_id,
                pointer=pointer if error.absolute_path else "",
            )
        )
    if not found:
        KNOWN_VALID.add(record_digest)
    return sorted(found, key=lambda p: (p.pointer, p.code, p.message))


def mark_valid(record, name: str) -> None:
    """Remember ``record`` as valid: it was checked by :func:`problems` in another process."""
    record_digest = digest(record, name)
    USED.add(record_digest)
    KNOWN_VALID.add(record_digest)


def check_metaschemas() -> list[Problem]:
    """Every schema file must itself be a valid Draft 2020-12 schema with an $id."""
    found = []
    for schema_name in names():
        schema = load(schema_name)
        for error in Draft202012Validator(Draft202012Validator.META_SCHEMA).iter_errors(schema):
            found.append(Problem("metaschema", error.message, file=f"schemas/{schema_name}"))
        if "$id" not in schema:
            found.append(Problem("metaschema", "schema has no $id", file=f"schemas/{schema_name}"))
    return found


def schema_path(name: str) -> Path:
    return SCHEMA_DIR / f"{name}.schema.json"
