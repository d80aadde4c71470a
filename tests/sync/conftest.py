from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.radicale_server import Radicale


@pytest.fixture
def radicale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Radicale]:
    # No desktop keyring in the tests: passwords come from the variable (or are given).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    folder = tmp_path / "radicale"
    folder.mkdir()
    server = Radicale(folder).start()
    yield server
    server.stop()
