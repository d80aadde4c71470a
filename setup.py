"""Build hook: the wheel carries the icons and translations inside the package.

``resources/`` stays at the top of the repository (icons as SVG, translations as ``.ts``
sources and ``.qm`` built by ``pyside6-lrelease``). Building the package copies its ``.svg``
and ``.qm`` files into ``crm_desktop/resources/`` of the build, where
``crm_desktop.gui.resources`` finds them in an installed wheel. An editable install and a
checkout read ``resources/`` itself (the same resolver), so nothing is copied for them.
Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCE = Path(__file__).resolve().parent / "resources"
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


setup(cmdclass={"build_py": BuildWithResources})
