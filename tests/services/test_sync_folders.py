"""Warning about databases kept in folders that Dropbox, OneDrive, Google Drive or iCloud sync."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.records.contacts import SyncedFolder
from crm_desktop.services.sync_folders import synced_folder


def test_dropbox_is_found_from_its_info_json(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)
    root = tmp_path / "elsewhere" / "Work files"
    (home / ".dropbox" / "info.json").write_text(json.dumps({"business": {"path": str(root)}}))
    found = synced_folder(root / "crm" / "crm.sqlite3", home=home, environ={})
    assert found == SyncedFolder("Dropbox", root)


def test_dropbox_is_found_from_its_marker_file(tmp_path: Path) -> None:
    root = tmp_path / "Sync"
    (root / "crm").mkdir(parents=True)
    (root / ".dropbox").write_text("{}")
    assert synced_folder(root / "crm" / "crm.sqlite3", home=tmp_path, environ={}) == (
        SyncedFolder("Dropbox", root)
    )


def test_onedrive_is_found_from_its_environment_variable(tmp_path: Path) -> None:
    root = tmp_path / "Company Files"
    found = synced_folder(
        root / "crm.sqlite3", home=tmp_path, environ={"OneDriveCommercial": str(root)}
    )
    assert found == SyncedFolder("OneDrive", root)


@pytest.mark.parametrize(
    ("parts", "service"),
    [
        (("Library", "Mobile Documents", "com~apple~CloudDocs", "CRM"), "iCloud Drive"),
        (("Library", "CloudStorage", "GoogleDrive-ana@example.com", "My Drive"), "Google Drive"),
        (("Library", "CloudStorage", "OneDrive-Personal"), "OneDrive"),
        (("OneDrive - Aegean Foods", "Documents"), "OneDrive"),
        (("Dropbox",), "Dropbox"),
        (("Google Drive",), "Google Drive"),
    ],
)
def test_the_folders_sync_clients_create_are_recognized(
    tmp_path: Path, parts: tuple[str, ...], service: str
) -> None:
    home = tmp_path / "home"
    folder = home.joinpath(*parts)
    folder.mkdir(parents=True)
    found = synced_folder(folder / "crm.sqlite3", home=home, environ={})
    assert found is not None and found.service == service
    assert folder == found.root or found.root in folder.parents


def test_a_database_in_an_ordinary_folder_gets_no_warning(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".local" / "share" / "crm-desktop").mkdir(parents=True)
    path = home / ".local" / "share" / "crm-desktop" / "crm.sqlite3"
    assert synced_folder(path, home=home, environ={"OneDrive": str(tmp_path / "od")}) is None
