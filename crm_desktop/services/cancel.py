"""Cancelling a long operation (an import, an export) from another thread."""

from __future__ import annotations


class Cancelled(Exception):  # noqa: N818  (a state, not a failure)
    """The user cancelled a long operation; its transaction was rolled back."""


class CancelToken:
    """Set from any thread; long services check it between batches."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True
