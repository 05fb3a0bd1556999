"""CSV tables whose columns and types come from a JSON Schema.

Cells are written with a fixed dialect (comma, double quote, LF line endings, UTF-8,
no BOM) so files are byte-stable; null is an empty cell, arrays and objects are JSON.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable

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


def _integer(text: str) -> int:
    if not _INTEGER.fullmatch(text):
        raise ValueError(text)
    return int(text)


def _number(text: str) -> float:
    if not _NUMBER.fullmatch(text):
        raise ValueError(text)
    return float(text)


def _boolean(text: str) -> bool:
    if text not in ("true", "false"):
        raise ValueError(text)
    return text == "true"


#: Distinct texts of an array column whose values are remembered while it is read.
ARRAYS_REMEMBERED = 256


def _arrays() -> Callable[[str], object]:
    """json.loads for one column of arrays: a column such as quality_flags holds a few
    distinct texts in thousands of rows, each decoded once (every row gets its own list)."""
    known: dict[str, list] = {}

    def parse(text: str):
        found = known.get(text)
        if found is not None:
            return list(found)
        value = json.loads(text)
        if len(known) < ARRAYS_REMEMBERED and isinstance(value, list) and all(
                isinstance(item, str | int | float | bool) or item is None for item in value):
            known[text] = list(value)  # items immutable: a shallow copy is a copy
        return value
    return parse


_PARSERS: dict[str, Callable[[], Callable[[str], object]]] = {
    "integer": lambda: _integer, "number": lambda: _number, "boolean": lambda: _boolean,
    "array": _arrays, "object": lambda: json.loads}


def converter(prop: dict) -> Callable[[str], object] | None:
    """The function from a cell's text to its typed value for a field of schema ``prop``
    (raising ValueError for a cell not of its type: ``int`` alone would take " 1_0" for
    10); None where the text is the value (a string that may be empty). Made once per
    column, not once per cell."""
    types = [t for t in _types(prop) if t != "null"]
    make = _PARSERS.get(types[0] if types else "string")
    if make is None:
        if types == ["string"] and "null" not in _types(prop):
            return None
        return _string_or_null
    parse = make()
    return lambda text: parse(text) if text else None


def _string_or_null(text: str) -> str | None:
    return text or None


def from_cell(text: str, prop: dict):
    """The typed value of a cell (see :func:`converter`)."""
    convert = converter(prop)
    return text if convert is None else convert(text)


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
    """Parse CSV text into typed records, using ``properties`` (a schema's) for types;
    blank lines are skipped, as :class:`csv.DictReader` skips them."""
    header, *rows = cells(text) or [[]]
    rows = [row for row in rows if row]
    width = len(header)
    # Column by column: each column's converter is looked up once and mapped over it.
    columns = [list(column) for column in zip(
        *(row for row in rows if len(row) == width), strict=True)]
    for index, name in enumerate(header):
        convert = converter(properties.get(name, {}))
        if convert is not None and columns:
            columns[index] = list(map(convert, columns[index]))
    typed = (dict(zip(header, values, strict=True)) for values in zip(*columns, strict=True))
    return [next(typed) if len(row) == width else _ragged(header, row, properties)
            for row in rows]


def _ragged(header: list[str], row: list[str], properties: dict) -> dict:
    """A row with more or fewer cells than the header, read as DictReader reads it: missing
    cells empty, extra cells as a list under the key None."""
    record = {name: from_cell(value, properties.get(name, {}))
              for name, value in zip(
                  header, row + [""] * (len(header) - len(row)), strict=False)}
    if len(row) > len(header):
        record[None] = row[len(header):]
    return record


def dumps_records(rows: list[dict], schema_name: str) -> str:
    return dumps(rows, schemas.fields(schema_name))


def loads_records(text: str, schema_name: str) -> list[dict]:
    return loads(text, schemas.load(schema_name)["properties"])
