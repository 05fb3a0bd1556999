"""CSV tables whose columns and types come from a JSON Schema.

Cells are written with a fixed dialect (comma, double quote, LF line endings, UTF-8,
no BOM) so files are byte-stable; null is an empty cell, arrays and objects are JSON.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable

from . import schemas

DIALECT = {"delimiter": ",", "quoteChar": '"', "lineTerminator": "\n", "header": True}


def _types(prop: dict) -> list[str]:
    kind = prop.get("type", "string")
    return [kind] if isinstance(kind, str) else list(kind)


# One encoder for every list or object cell (json.dumps with options builds one per call).
_CELL_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def to_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return _CELL_JSON.encode(value)
    return str(value)


_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def from_cell(text: str, prop: dict):
    """The typed value of a cell; raises ValueError for a cell that is not of its type
    (``int`` alone would take " 1_0" for 10)."""
    types = [t for t in _types(prop) if t != "null"]
    if text == "" and ("null" in _types(prop) or types != ["string"]):
        return None
    kind = types[0] if types else "string"
    if kind == "integer":
        if not _INTEGER.fullmatch(text):
            raise ValueError(text)
        return int(text)
    if kind == "number":
        if not _NUMBER.fullmatch(text):
            raise ValueError(text)
        return float(text)
    if kind == "boolean":
        if text not in ("true", "false"):
            raise ValueError(text)
        return text == "true"
    if kind in ("array", "object"):
        return json.loads(text)
    return text


def dumps_cells(rows: Iterable[list[str]]) -> str:
    """Rows of cell texts (the header first) as CSV text in the package's dialect."""
    buffer = io.StringIO()
    minimal = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    # csv quotes only characters of the line terminator ("\n"); a bare "\r" must be quoted
    # too or the file cannot be read back, so such rows are written fully quoted.
    quoted = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for cells in rows:
        (quoted if any("\r" in cell for cell in cells) else minimal).writerow(cells)
    return buffer.getvalue()


def dumps(rows: list[dict], columns: list[str]) -> str:
    return dumps_cells([columns, *([to_cell(row.get(column)) for column in columns]
                                   for row in rows)])


#: Largest cell read, in characters. Python's csv module stops at 131,072 by default (a
#: page with a one-megabyte line); the limit is set here, where every CSV is read, not
#: left to the side effect of importing some library.
FIELD_LIMIT = 2**31 - 1


def set_field_limit() -> None:
    csv.field_size_limit(FIELD_LIMIT)


def cells(text: str) -> list[list[str]]:
    """CSV text as rows of cell texts, the header first."""
    set_field_limit()
    return list(csv.reader(io.StringIO(text, newline="")))


def loads(text: str, properties: dict) -> list[dict]:
    """Parse CSV text into typed records, using ``properties`` (a schema's) for types."""
    set_field_limit()
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return [
        {key: from_cell(value or "", properties.get(key, {})) for key, value in row.items()}
        for row in reader
    ]


def dumps_records(rows: list[dict], schema_name: str) -> str:
    return dumps(rows, schemas.fields(schema_name))


def loads_records(text: str, schema_name: str) -> list[dict]:
    return loads(text, schemas.load(schema_name)["properties"])
