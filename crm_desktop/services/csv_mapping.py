"""A saved CSV column mapping (``import --mapping FILE``), read and checked before anything
is imported: a field name we do not know is refused, listing the ones we do."""

from __future__ import annotations

import json
from pathlib import Path

from crm_desktop.errors import MappingFileError
from crm_desktop.interop.csv_columns import FIELD_NAMES, is_field


def read_mapping_file(path: Path) -> dict[str, str]:
    """Column name (or "Name#2" for the second column of that name) -> field.

    Raises ``MappingFileError`` for a file that cannot be read, is not a JSON object of
    names to names, or names a field that does not exist.
    """
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise MappingFileError(path, str(exc)) from exc
    if not isinstance(loaded, dict) or not all(isinstance(v, str) for v in loaded.values()):
        raise MappingFileError(path, "not a JSON object of column names to fields")
    mapping = {str(column): field.strip() for column, field in loaded.items()}
    for column, field in mapping.items():
        if not is_field(field):
            raise MappingFileError(
                path,
                f'unknown field "{field}" for the column "{column}"; the fields are: {FIELD_NAMES}',
            )
    return mapping
