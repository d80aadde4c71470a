"""Reading a photo the user picked: never more than ``MAX_PHOTO_BYTES`` read into memory."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.errors import InputTooLargeError
from crm_desktop.interop.limits import MAX_PHOTO_BYTES as MAX_PHOTO_BYTES


def read_photo_file(path: Path) -> bytes:
    """The bytes of the image file at ``path``.

    Raises ``InputTooLargeError`` (nothing read) when it is over 20 MB, by its size on disk
    or, for a file that grows or a device, by what reading it gives; ``OSError`` if it
    cannot be read.
    """
    if path.stat().st_size > MAX_PHOTO_BYTES:
        raise InputTooLargeError(path, "photo", MAX_PHOTO_BYTES)
    with path.open("rb") as handle:
        data = handle.read(MAX_PHOTO_BYTES + 1)
    if len(data) > MAX_PHOTO_BYTES:
        raise InputTooLargeError(path, "photo", MAX_PHOTO_BYTES)
    return data
