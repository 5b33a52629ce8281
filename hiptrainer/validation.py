"""Turning msgspec validation failures into one line that names the field.

msgspec reports ``Expected `array | null`, got `str` - at `$.dosage.hold_s```. A person
editing a TOML file needs ``dosage.hold_s: expected a list of two whole numbers …, got "20"``:
the field path, what the schema wants (from the ``description`` in the struct's ``Meta``) and
the value actually found in the file. Imported only when a file is invalid.
"""

from __future__ import annotations

import json
import re
from typing import Any

import msgspec
import msgspec.inspect as mi

_AT = re.compile(r"^(?P<msg>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)
_TOKEN = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|(\[\.\.\.\])")
_ANY_KEY = "[...]"
_UNKNOWN = re.compile(r"^Object contains unknown field `(?P<name>[^`]+)`$")
_MISSING = re.compile(r"^Object missing required field `(?P<name>[^`]+)`$")

_PLAIN_TYPES: dict[type[Any], str] = {
    mi.StrType: "a string",
    mi.IntType: "a whole number",
    mi.FloatType: "a number",
    mi.BoolType: "true or false",
    mi.ListType: "a list",
    mi.TupleType: "a list",
    mi.StructType: "a table",
    mi.DictType: "a table",
}


def _parse_path(path: str) -> list[str | int]:
    return [
        name if name else (_ANY_KEY if wildcard else int(index))
        for name, index, wildcard in _TOKEN.findall(path)
    ]


def _resolve_keys(parts: list[str | int], schema: type, data: Any) -> list[str | int]:
    """msgspec writes a table key as ``[...]``; find which key's value is the invalid one."""
    resolved: list[str | int] = []
    node: mi.Type | None = mi.type_info(schema)
    for part in parts:
        value = _value_at(data, resolved)
        if part == _ANY_KEY and isinstance(value, dict) and node is not None:
            bare, _ = _unwrap(node)
            item = _unwrap(bare.value_type)[0] if isinstance(bare, mi.DictType) else None
            key = None
            if isinstance(item, mi.StructType):
                for candidate, entry in value.items():
                    try:
                        msgspec.convert(entry, item.cls)
                    except msgspec.ValidationError:
                        key = candidate
                        break
            if key is None:
                return [*resolved, *parts[len(resolved) :]]
            resolved.append(str(key))
            node = bare.value_type if isinstance(bare, mi.DictType) else None
            continue
        resolved.append(part)
        node = _child(node, part) if node is not None else None
    return resolved


def _path_text(parts: list[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _unwrap(t: mi.Type) -> tuple[mi.Type, str | None]:
    """Strip Metadata and ``| None``; return the bare type and any description found."""
    description = None
    while True:
        if isinstance(t, mi.Metadata):
            description = (t.extra_json_schema or {}).get("description", description)
            t = t.type
        elif isinstance(t, mi.UnionType):
            others = [member for member in t.types if not isinstance(member, mi.NoneType)]
            if len(others) != 1:
                return t, description
            t = others[0]
        else:
            return t, description


def _describe(t: mi.Type) -> str:
    bare, description = _unwrap(t)
    if isinstance(bare, mi.LiteralType):
        shown = [json.dumps(v) for v in bare.values]
        choices = "one of " + ", ".join(shown)
        if description and any(value in description for value in shown):
            return description  # the description already names the choices
        return f"{description} ({choices})" if description else choices
    return description or _PLAIN_TYPES.get(type(bare), "a valid value")


def _child(t: mi.Type, part: str | int) -> mi.Type | None:
    bare, _ = _unwrap(t)
    if isinstance(part, str) and isinstance(bare, mi.StructType):
        for field in bare.fields:
            if field.encode_name == part:
                return field.type
    if isinstance(part, str) and isinstance(bare, mi.DictType):
        return bare.value_type
    if isinstance(part, int):
        if isinstance(bare, mi.ListType):
            return bare.item_type
        if isinstance(bare, mi.TupleType) and part < len(bare.item_types):
            return bare.item_types[part]
    return None


def _value_at(data: Any, parts: list[str | int]) -> Any:
    for part in parts:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _show(value: Any, limit: int = 60) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _field_names(t: mi.Type) -> list[str]:
    bare, _ = _unwrap(t)
    if isinstance(bare, mi.StructType):
        return [field.encode_name for field in bare.fields]
    return []


def error_path(error: msgspec.ValidationError) -> list[str | int]:
    """The field path msgspec names in ``error``: ``["sessions", 3, "started_at"]``."""
    match = _AT.match(str(error))
    assert match is not None  # the pattern accepts every string
    return _parse_path(match["path"] or "")


def explain(error: msgspec.ValidationError, schema: type, data: Any) -> str:
    """One line ``field.path: what is wrong`` for a validation error against ``schema``."""
    match = _AT.match(str(error))
    assert match is not None  # the pattern accepts every string
    message, parts = match["msg"], _parse_path(match["path"] or "")
    if _ANY_KEY in parts:
        parts = _resolve_keys(parts, schema, data)

    # Walk the schema along the path, remembering the deepest point that has a description,
    # so an error inside a range reports the whole range: "hold_s: expected a list of two…".
    node: mi.Type | None = mi.type_info(schema)
    report_at, report_type = parts, node
    for depth, part in enumerate(parts):
        node = _child(node, part) if node is not None else None
        if node is None:
            break
        if _unwrap(node)[1] is not None:
            report_at, report_type = parts[: depth + 1], node

    if unknown := _UNKNOWN.match(message):
        names = ", ".join(_field_names(node) if node is not None else [])
        where = _path_text([*parts, unknown["name"]])
        return f"{where}: unknown field" + (f" (expected one of: {names})" if names else "")
    if missing := _MISSING.match(message):
        return f"{_path_text([*parts, missing['name']])}: missing required field"
    if message.startswith(("Expected", "Invalid enum value")) and report_type is not None:
        value = _value_at(data, report_at)
        sized = "of length" in message and isinstance(value, list)
        got = f"{len(value)} items" if sized else _show(value)
        return f"{_path_text(report_at) or 'file'}: expected {_describe(report_type)}, got {got}"
    # A rule checked in __post_init__: "field: what is wrong", raised inside the struct at path.
    field, sep, rest = message.partition(": ")
    if sep and re.fullmatch(r"[a-z_]+", field):
        return f"{_path_text([*parts, field])}: {rest}"
    return f"{_path_text(parts) or 'file'}: {message}"
