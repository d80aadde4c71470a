#!/usr/bin/env python3
"""The README's two commands: run CRM Desktop, or run every check and test.

    python3 packaging/bootstrap.py run [crm-desktop arguments...]
    python3 packaging/bootstrap.py test [pytest arguments...]

Standard library only. Creates ``.venv`` beside ``pyproject.toml`` on first use and installs
(or updates) what ``pyproject.toml`` asks for whenever it changed, then runs.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _say(text: str) -> None:
    print(f"[bootstrap] {text}", flush=True)


def _ensure_venv(extra: str) -> None:
    """A virtual environment holding the project (and ``extra``), up to date with pyproject."""
    if not PYTHON.exists():
        _say(f"creating the virtual environment in {VENV}")
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except (OSError, subprocess.CalledProcessError) as exc:
            sys.exit(
                f"Could not create {VENV} ({exc}). On Debian or Ubuntu: "
                "sudo apt-get install python3-venv"
            )
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = VENV / f".installed-{extra or 'app'}"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == digest:
        return
    _say("installing CRM Desktop and its dependencies (first run, or pyproject.toml changed)")
    target = f".[{extra}]" if extra else "."
    quiet = ["--quiet", "--disable-pip-version-check"]
    subprocess.run(
        [str(PYTHON), "-m", "pip", "install", *quiet, "-e", target], cwd=ROOT, check=True
    )
    stamp.write_text(digest, encoding="utf-8")


def _run(arguments: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.run(arguments, cwd=ROOT, env=env).returncode


def run_app(arguments: list[str]) -> int:
    _ensure_venv("")
    return _run([str(BIN / "crm-desktop"), *arguments])


def run_tests(arguments: list[str]) -> int:
    _ensure_venv("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    env.pop("CRM_DESKTOP_DB", None)
    checks = [
        ("ruff lint", [str(BIN / "ruff"), "check", "."]),
        ("ruff format", [str(BIN / "ruff"), "format", "--check", "."]),
        ("mypy --strict", [str(BIN / "mypy")]),
        ("import-linter", [str(BIN / "lint-imports"), "--no-cache"]),
    ]
    failed = []
    for name, command in checks:
        _say(f"{name}: {Path(command[0]).name} {' '.join(command[1:])}")
        if _run(command, env) != 0:
            failed.append(name)
    if failed:
        _say(f"FAILED: {', '.join(failed)} (pytest runs anyway)")
    # pytest last, so that its summary is the last line printed.
    status = _run([str(PYTHON), "-m", "pytest", *arguments], env)
    return status or (1 if failed else 0)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        print(__doc__)
        return 2
    command, arguments = sys.argv[1], sys.argv[2:]
    return run_app(arguments) if command == "run" else run_tests(arguments)


if __name__ == "__main__":
    sys.exit(main())
