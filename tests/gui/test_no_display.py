"""Starting the window where there is no display: one translated line and status 1, not
Qt's abort (a core dump after a page about platform plugins)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.gui.no_display import display_missing

ENGLISH = (
    "crm-desktop: no display: the window cannot be shown here; set DISPLAY (or "
    "WAYLAND_DISPLAY), or use the command line (crm-desktop --help)\n"
)


def _start_window(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", **extra)
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--db", str(tmp_path / "crm.sqlite3")],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip


def test_no_display_gives_one_line_and_status_1_and_makes_no_database(tmp_path: Path) -> None:
    result = _start_window(tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", ENGLISH)
    assert not (tmp_path / "crm.sqlite3").exists()


def test_the_no_display_line_is_in_the_language_chosen_in_preferences(tmp_path: Path) -> None:
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "CRM Desktop" / "crm-desktop.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[ui]\nlanguage=el\n")
    result = _start_window(tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("crm-desktop: δεν υπάρχει οθόνη: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "minimal"}, "freebsd14", False),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_a_display_is_missing_only_where_qt_would_need_one(
    environ: dict[str, str], platform: str, missing: bool
) -> None:
    assert display_missing(environ, platform) is missing
