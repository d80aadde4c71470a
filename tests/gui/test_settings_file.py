"""The settings file (CSV column mappings, database paths, layouts) is 0600 in a 0700 folder,
like the database, whatever the umask: made so at start, before anything is written to it."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from crm_desktop.app import create_application
from crm_desktop.gui.settings_file import make_settings_private, settings_path
from crm_desktop.paths import make_private_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def started(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """The application as the window starts it, under the usual umask (022: files 0644,
    folders 0755 unless made otherwise); the settings file's path."""
    before = set(qapp.findChildren(QTranslator))
    umask = os.umask(0o022)
    try:
        create_application(["crm-desktop"])
        path = settings_path()
        assert path is not None
        assert path.is_relative_to(tmp_path)  # the test's own folder, not the user's
        yield path
    finally:
        os.umask(umask)
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()


def test_a_column_mapping_saved_after_start_is_in_a_file_only_its_owner_can_read(
    started: Path,
) -> None:
    settings = QSettings()
    # A mapping's key can be the first row of a CSV: data, as private as the contacts.
    settings.setValue("columnMappings/eleni@example.com", json.dumps({"0": "email"}))
    settings.setValue("warnings/syncedFolderDismissed", ["/home/eleni/crm.sqlite3"])
    settings.sync()
    assert settings.status() == QSettings.Status.NoError
    assert "/home/eleni/crm.sqlite3" in started.read_text(encoding="utf-8")
    assert _mode(started) == 0o600
    assert _mode(started.parent) == 0o700
    assert started.parent.name == "CRM Desktop"


def test_a_settings_file_others_could_read_is_made_private_at_start(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = settings_path()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.parent.chmod(0o755)
    path.write_text("[columnMappings]\nkey=value\n", encoding="utf-8")
    path.chmod(0o644)
    before = set(qapp.findChildren(QTranslator))
    try:
        create_application(["crm-desktop"])
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
    assert (_mode(path), _mode(path.parent)) == (0o600, 0o700)
    assert path.read_text(encoding="utf-8") == "[columnMappings]\nkey=value\n"  # kept


def test_a_settings_folder_that_is_not_ours_alone_keeps_its_mode(tmp_path: Path) -> None:
    config = tmp_path / "config"  # ~/.config holds every program's settings: left as it is
    config.mkdir(exist_ok=True)
    config.chmod(0o755)
    make_private_file(config / "crm-desktop.conf", own_folder=False)
    assert _mode(config) == 0o755
    assert _mode(config / "crm-desktop.conf") == 0o600


def test_a_link_planted_as_the_settings_file_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    victim.chmod(0o644)
    folder = tmp_path / "settings"
    folder.mkdir()
    (folder / "crm-desktop.conf").symlink_to(victim)
    make_private_file(folder / "crm-desktop.conf", own_folder=True)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert _mode(victim) == 0o644  # not the link's target that is changed
    assert _mode(folder) == 0o700


def test_the_settings_stay_private_when_qt_writes_them_again(started: Path) -> None:
    for round_number in range(3):
        settings = QSettings()
        settings.setValue("mainWindow/geometry", round_number)
        settings.sync()
        del settings
        assert _mode(started) == 0o600
    started.unlink()  # removed while the app runs: Qt makes it again with the umask's mode
    settings = QSettings()
    settings.setValue("mainWindow/geometry", 9)
    settings.sync()
    assert _mode(started) == 0o644
    assert make_settings_private() == started  # what the window does as it closes
    assert _mode(started) == 0o600
