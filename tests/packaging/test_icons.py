"""The icons of every platform, rendered from resources/icons/crm-desktop.svg by
``python3 packaging/build.py icons`` and kept in the repository: still the SVG's picture."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.packaging.scripts import load

icons = load("icons")


@pytest.mark.parametrize("size", icons.HICOLOR_SIZES)
def test_each_hicolor_png_is_the_svg_rendered_at_its_size(qapp: QApplication, size: int) -> None:
    kept = QImage(str(icons.hicolor_png(size)))
    fresh = QImage.fromData(icons.render(size))
    assert (kept.width(), kept.height()) == (size, size)
    kept = kept.convertToFormat(QImage.Format.Format_ARGB32)
    fresh = fresh.convertToFormat(QImage.Format.Format_ARGB32)
    far = sum(
        1
        for y in range(size)
        for x in range(size)
        if max(
            abs(a - b)
            for a, b in zip(
                kept.pixelColor(x, y).getRgb(), fresh.pixelColor(x, y).getRgb(), strict=True
            )
        )
        > 16
    )
    assert far <= size * size // 100, "run python3 packaging/build.py icons after changing the SVG"


def test_the_scalable_icon_is_the_svg_itself() -> None:
    assert icons.hicolor_svg().read_bytes() == icons.SVG.read_bytes()


def test_the_windows_icon_holds_each_size_from_16_to_256() -> None:
    data = icons.ICO.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sizes = [(data[6 + 16 * i] or 256, data[7 + 16 * i] or 256) for i in range(count)]
    assert sorted(sizes) == [(size, size) for size in icons.ICO_SIZES]  # 0 stands for 256


def test_the_macos_icon_is_an_icns_up_to_1024() -> None:
    data = icons.ICNS.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        kinds.add(kind)
        offset += length
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds  # 128, 256, 512 and 1024 (512@2x)
