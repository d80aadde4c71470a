"""Is the database in a folder a sync client copies? (Dropbox, OneDrive, Google Drive, iCloud)

Sync clients ignore SQLite's locks and copy the database and its WAL at different moments:
conflicted copies and corruption (data-safety.md, pitfall 1). We cannot stop them; we say so,
on stderr in the command line and in a banner in the window.

Found from what the clients leave behind: Dropbox's ``info.json`` (its folder's path) and the
``.dropbox`` marker file in that folder, the ``OneDrive*`` environment variables on Windows,
macOS's ``~/Library/CloudStorage`` and ``~/Library/Mobile Documents``, and the folder names
the clients create (``Dropbox``, ``OneDrive - Company``, ``Google Drive``, ``My Drive``,
``iCloudDrive``). Pure path logic: nothing is opened but ``info.json``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

from crm_desktop.records.contacts import SyncedFolder

DROPBOX = "Dropbox"
ONEDRIVE = "OneDrive"
GOOGLE_DRIVE = "Google Drive"
ICLOUD = "iCloud Drive"


def _dropbox_roots(home: Path, environ: Mapping[str, str]) -> Iterator[Path]:
    places = [home / ".dropbox" / "info.json"]
    places += [
        Path(environ[name]) / "Dropbox" / "info.json"
        for name in ("APPDATA", "LOCALAPPDATA")
        if environ.get(name)
    ]
    for info in places:
        try:
            accounts = json.loads(info.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(accounts, dict):
            for account in accounts.values():
                if isinstance(account, dict) and isinstance(account.get("path"), str):
                    yield Path(account["path"])


def _known_roots(home: Path, environ: Mapping[str, str]) -> Iterator[tuple[str, Path]]:
    for root in _dropbox_roots(home, environ):
        yield DROPBOX, root
    for name in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        if environ.get(name):
            yield ONEDRIVE, Path(environ[name])
    yield ICLOUD, home / "Library" / "Mobile Documents"
    yield ICLOUD, home / "iCloudDrive"
    cloud_storage = home / "Library" / "CloudStorage"  # macOS File Provider folders
    if _is_dir(cloud_storage):
        for folder in _listing(cloud_storage):
            service = _service_by_name(folder.name)
            if service is not None:
                yield service, folder


def _listing(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _service_by_name(name: str) -> str | None:
    """The sync client that creates a folder of this name, if any."""
    if name == "Dropbox" or name.startswith(("Dropbox (", "Dropbox-")):
        return DROPBOX
    if name == "OneDrive" or name.startswith(("OneDrive - ", "OneDrive-")):
        return ONEDRIVE
    if name in ("Google Drive", "My Drive", "GoogleDrive") or name.startswith("GoogleDrive-"):
        return GOOGLE_DRIVE
    if name in ("iCloud Drive", "iCloudDrive", "com~apple~CloudDocs", "Mobile Documents"):
        return ICLOUD
    return None


def _resolved(path: Path) -> Path:
    """``path.resolve()``, or ``path`` made absolute where links cannot be followed."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a link loop, a folder we may not enter...
        return path.absolute()


def _exists(path: Path) -> bool:
    """``path.exists()``, False where it cannot be told (a folder we may not enter, a name
    too long): the warning is a courtesy, never a reason to fail."""
    try:
        return path.exists()
    except OSError:
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _within(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def synced_folder(
    path: Path, *, home: Path | None = None, environ: Mapping[str, str] | None = None
) -> SyncedFolder | None:
    """The synced folder ``path`` (the database) lies in, or None.

    ``home`` and ``environ`` default to the user's (tests pass their own).
    """
    home = home if home is not None else Path.home()
    environ = environ if environ is not None else os.environ
    resolved = _resolved(path.expanduser())
    for service, root in _known_roots(home, environ):
        for candidate in {root, _resolved(root.expanduser())}:
            if _within(resolved, candidate):
                return SyncedFolder(service, candidate)
    for folder in resolved.parents:
        if _exists(folder / ".dropbox") or _is_dir(folder / ".dropbox.cache"):
            return SyncedFolder(DROPBOX, folder)
    for folder in reversed(resolved.parents):  # outermost first: the sync root itself
        named = _service_by_name(folder.name)
        if named is not None:
            return SyncedFolder(named, folder)
    return None


def sync_warning(folder: SyncedFolder, db_path: Path) -> str:
    """The English warning the command line prints (the window translates its own)."""
    return (
        f"{db_path}: the database is in a folder synced by {folder.service} ({folder.root}); "
        "sync clients copy a database while it is being written and can damage it: keep it "
        "outside the synced folder (--db PATH) and put backups or exports there instead"
    )
