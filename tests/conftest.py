"""Fixtures shared by every test: private data folders and a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.services.database import Database, open_database
from tests.paths import CORPUS


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, settings or database."""
    monkeypatch.delenv("CRM_DESKTOP_DB", raising=False)
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("HOME", "home"),
    ):
        (tmp_path / folder).mkdir(exist_ok=True)
        monkeypatch.setenv(variable, str(tmp_path / folder))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new, empty database sorted for English."""
    database = open_database(tmp_path / "db" / "crm.sqlite3", "en_GB")
    yield database
    database.close()


@pytest.fixture
def corpus() -> Path:
    """../shared/corpus (real exports of every client); skipped only where it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return CORPUS
