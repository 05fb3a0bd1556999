"""CSV tables whose columns and types come from a JSON Schema.

Cells are written with a fixed dialect (comma, double quote, LF line endings, UTF-8,
no BOM) so files are byte-stable; null is an empty cell, arrays and objects are JSON.
"""

from __future__ import annotations

import csv
import io
import json
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


def from_cell(text: str, prop: dict):
    types = [t for t in _types(prop) if t != "null"]
    if text == "" and ("null" in _types(prop) or types != ["string"]):
        return None
    kind = types[0] if types else "string"
    if kind == "integer":
        return int(text)
    if kind == "number":
        return float(text)
    if kind == "boolean":
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


def cells(text: str) -> list[list[str]]:
    """CSV text as rows of cell texts, the header first."""
    return list(csv.reader(io.StringIO(text, newline="")))


def loads(text: str, properties: dict) -> list[dict]:
    """Parse CSV text into typed records, using ``properties`` (a schema's) for types."""
    reader = csv.DictReader(io.StringIO(text))
    return [
        {key: from_cell(value or "", properties.get(key, {})) for key, value in row.items()}
        for row in reader
    ]


def dumps_records(rows: list[dict], schema_name: str) -> str:
    return dumps(rows, schemas.fields(schema_name))


def loads_records(text: str, schema_name: str) -> list[dict]:
    return loads(text, schemas.load(schema_name)["properties"])
