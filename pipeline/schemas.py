"""The JSON Schemas in ``schemas/`` are the single source of truth for every record.

This module loads them, validates records against them (reporting every violation
with file, record id and JSON pointer), and exposes their field lists so no other
code has to copy field names by hand.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema_rs

from . import ROOT
from .errors import Problem

SCHEMA_DIR = ROOT / "schemas"


@cache
def _registry() -> jsonschema_rs.Registry:
    resources = []
    for path in sorted(SCHEMA_DIR.glob("*.schema.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        # Register each schema under its $id and its bare file name, so that relative
        # "$ref": "paragraph.schema.json" resolves both ways.
        resources += [(contents["$id"], contents), (path.name, contents)]
    return jsonschema_rs.Registry(resources)


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
def validator(name: str):
    """A compiled validator for record type ``name``.

    Records are checked with jsonschema-rs: it reports the same violations as the
    reference implementation about a hundred times faster, which matters when every
    stage of a 10,000-article build checks every record. Formats are enforced, and a
    format it does not know is an error here rather than silently skipped.
    """
    return jsonschema_rs.validator_for(load(name), registry=_registry(), validate_formats=True,
                                       ignore_unknown_formats=False)


def fields(name: str) -> list[str]:
    """Field names of record type ``name`` in schema order."""
    return list(load(name)["properties"])


def problems(record: dict, name: str, *, file: str = "", record_id: str = "") -> list[Problem]:
    """Every violation of schema ``name`` in ``record``, sorted by location."""
    if not record_id and isinstance(record, dict):
        record_id = str(record.get("id") or record.get("sentence_id") or "")
    found = []
    for error in validator(name).iter_errors(record):
        # JSON Pointer (RFC 6901): "~" and "/" inside a key are escaped.
        pointer = "".join("/" + str(part).replace("~", "~0").replace("/", "~1")
                          for part in error.instance_path)
        message = error.message
        if error.kind.name == "enum":  # jsonschema-rs names only two of the allowed values
            message = (f"{json.dumps(error.instance, ensure_ascii=False)} is not one of "
                       + ", ".join(json.dumps(option, ensure_ascii=False)
                                   for option in error.kind.options))
        found.append(Problem(code=f"schema-{error.kind.name}", message=message, file=file,
                             record=record_id, pointer=pointer))
    return sorted(found, key=lambda p: (p.pointer, p.code, p.message))


def check_metaschemas() -> list[Problem]:
    """Every schema file must itself be a valid Draft 2020-12 schema with an $id.

    The reference implementation lists every violation of the metaschema, where
    jsonschema-rs would stop at the first.
    """
    from jsonschema import Draft202012Validator  # half a second to import; seldom needed

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
