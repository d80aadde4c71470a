"""Build hook: the wheel carries the icons and translations inside the package.

``resources/`` stays at the top of the repository (icons as SVG, translations as ``.ts``
sources and ``.qm`` built by ``pyside6-lrelease``). Building the package copies its ``.svg``
and ``.qm`` files into ``crm_desktop/resources/`` of the build, where
``crm_desktop.gui.resources`` finds them in an installed wheel. An editable install and a
checkout read ``resources/`` itself (the same resolver), so nothing is copied for them.
The wheel also carries the freedesktop files of ``packaging/linux/`` as data files (the
``.desktop`` file, the AppStream metainfo, the hicolor icons), which pip installs under the
environment's ``share/``: ``pip install --user`` puts them in ``~/.local/share``, where the
desktop finds CRM Desktop's menu entry, icon and "Open with" types.
Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "resources"
LINUX = HERE / "packaging" / "linux"
# What the running program reads: the .ts sources and anything else stay out of the wheel.
SHIPPED = ("icons/*.svg", "translations/*.qm")


def _shipped() -> list[Path]:
    files = sorted(path for pattern in SHIPPED for path in SOURCE.glob(pattern))
    if not files:  # an sdist without resources/ would build a wheel that cannot start
        raise FileNotFoundError(f"no {' or '.join(SHIPPED)} in {SOURCE}")
    return files


class BuildWithResources(build_py):
    """``build_py`` that also copies ``resources/`` into ``crm_desktop/resources/``."""

    def _targets(self) -> list[tuple[Path, Path]]:
        target = Path(self.build_lib) / "crm_desktop" / "resources"
        return [(path, target / path.relative_to(SOURCE)) for path in _shipped()]

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # the checkout's resources/ is found where it is
            return
        for source, target in self._targets():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs: list[str] = super().get_outputs(include_bytecode)
        if not self.editable_mode:
            outputs.extend(str(target) for _, target in self._targets())
        return outputs


def _desktop_files() -> list[tuple[str, list[str]]]:
    """(folder under the prefix, [files]) for the .desktop file, the metainfo and the icons."""
    desktop = sorted(LINUX.glob("*.desktop"))
    metainfo = sorted(LINUX.glob("*.metainfo.xml"))
    icons = sorted(path for path in (LINUX / "icons").rglob("*") if path.is_file())
    if not (desktop and metainfo and icons):  # a wheel without them would lose "Open with"
        raise FileNotFoundError(f"no .desktop, metainfo or icons in {LINUX}")
    folders: dict[str, list[str]] = {
        "share/applications": [path.relative_to(HERE).as_posix() for path in desktop],
        "share/metainfo": [path.relative_to(HERE).as_posix() for path in metainfo],
    }
    for path in icons:
        folder = "share/" + path.parent.relative_to(LINUX).as_posix()  # share/icons/hicolor/...
        folders.setdefault(folder, []).append(path.relative_to(HERE).as_posix())
    return list(folders.items())


setup(cmdclass={"build_py": BuildWithResources}, data_files=_desktop_files())
