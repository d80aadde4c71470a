"""The application icon in every form a platform asks for, rendered from one SVG.

``resources/icons/crm-desktop.svg`` is the source. ``python3 packaging/build.py icons``
writes, and the repository keeps (tests/packaging/test_icons.py checks they match the SVG):

- ``packaging/linux/icons/hicolor/<N>x<N>/apps/<APP_ID>.png`` for the hicolor theme's sizes,
  and ``hicolor/scalable/apps/<APP_ID>.svg`` (the SVG itself);
- ``packaging/windows/crm-desktop.ico`` (16 to 256 pixels) for the Windows bundle;
- ``packaging/macos/crm-desktop.icns`` (16 to 1024 pixels) for the macOS bundle.

Qt's ``QSvgRenderer`` paints each size from the SVG (crisper than scaling one bitmap); Pillow
packs the sizes into ``.ico`` and ``.icns`` (Qt's own writers put one image in an ``.ico``).
Pillow is needed only here: ``pip install -e '.[packaging]'``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crm_desktop import APP_ID  # noqa: E402  (the checkout's package, not an installed one)

SVG = ROOT / "resources" / "icons" / "crm-desktop.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "crm-desktop.ico"
ICNS = ROOT / "packaging" / "macos" / "crm-desktop.icns"
# The fixed sizes of hicolor's "apps" context (its index.theme), scalable aside.
HICOLOR_SIZES = (16, 22, 24, 32, 36, 48, 64, 72, 96, 128, 192, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows Explorer's views; 256 is the largest
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 16 to 512, and each @2x


def hicolor_png(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def hicolor_svg() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def render(size: int) -> bytes:
    """The SVG painted on a transparent ``size`` x ``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:  # QPainter wants one; no window is shown
        QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        render.app = QGuiApplication(["render", "-platform", "offscreen"])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise ValueError(f"{SVG}: not an SVG Qt can read")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_hicolor() -> list[Path]:
    written = []
    for size in HICOLOR_SIZES:
        target = hicolor_png(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render(size))
        written.append(target)
    target = hicolor_svg()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, target)
    return [*written, target]


def _pillow_images(sizes: tuple[int, ...]) -> list[object]:
    from io import BytesIO

    from PIL import Image

    return [Image.open(BytesIO(render(size))).convert("RGBA") for size in sizes]


def write_ico() -> Path:
    """A Windows icon holding each of ``ICO_SIZES``, each painted at its size."""
    images = _pillow_images(ICO_SIZES)
    largest = images[-1]
    ICO.parent.mkdir(parents=True, exist_ok=True)
    largest.save(  # type: ignore[attr-defined]
        ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1]
    )
    return ICO


def write_icns() -> Path:
    """A macOS icon holding each of ``ICNS_SIZES``, each painted at its size."""
    images = _pillow_images(ICNS_SIZES)
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    images[-1].save(ICNS, format="ICNS", append_images=images[:-1])  # type: ignore[attr-defined]
    return ICNS


def write_all() -> list[Path]:
    return [*write_hicolor(), write_ico(), write_icns()]
