"""Where labels go on their sheet (records.label_sheets): each common sheet's grid at the
manufacturer's margins and pitches, the start position on a partly used sheet, a custom grid
and its checks, and the envelopes' address blocks."""

from __future__ import annotations

import pytest

from crm_desktop.records.label_sheets import (
    ENVELOPES,
    POINTS_PER_MM,
    SHEETS,
    LabelPlace,
    custom_sheet,
    envelope,
    label_places,
    sheet,
)

IN = 25.4


@pytest.mark.parametrize(
    ("key", "page", "per_page", "first", "second", "next_row", "last"),
    [
        # Avery L7160: A4, 3 x 7 of 63.5 x 38.1 mm, 7.21 mm side and 15.15 mm top margins.
        ("L7160", "A4", 21, (7.21, 15.15), (73.25, 15.15), (7.21, 53.25), (139.29, 243.75)),
        # Avery 5160: Letter, 3 x 10 of 2 5/8 x 1 in, 3/16 in side and 1/2 in top margins.
        ("5160", "Letter", 30, (0.1875 * IN, 0.5 * IN), (2.9375 * IN, 0.5 * IN),
         (0.1875 * IN, 1.5 * IN), (5.6875 * IN, 9.5 * IN)),
        # Avery L7163: A4, 2 x 7 of 99.1 x 38.1 mm, 4.65 mm side margins, 101.6 mm across.
        ("L7163", "A4", 14, (4.65, 15.15), (106.25, 15.15), (4.65, 53.25), (106.25, 243.75)),
        # Avery 5163: Letter, 2 x 5 of 4 x 2 in, 5/32 in side margins, 4 3/16 in across.
        ("5163", "Letter", 10, (0.15625 * IN, 0.5 * IN), (4.34375 * IN, 0.5 * IN),
         (0.15625 * IN, 2.5 * IN), (4.34375 * IN, 8.5 * IN)),
    ],
)  # fmt: skip
def test_each_common_sheet_places_its_labels_at_the_makers_positions(
    key: str,
    page: str,
    per_page: int,
    first: tuple[float, float],
    second: tuple[float, float],
    next_row: tuple[float, float],
    last: tuple[float, float],
) -> None:
    grid = sheet(key)
    assert grid.page == page and grid.per_page == per_page and grid.problem() == ""
    places = label_places(grid, per_page + 1)
    for place, (x, y) in zip(
        (places[0], places[1], places[grid.columns], places[per_page - 1]),
        (first, second, next_row, last),
        strict=True,
    ):
        assert place.page == 0
        assert place.x == pytest.approx(x, abs=0.01) and place.y == pytest.approx(y, abs=0.01)
    # The next label starts the next sheet, top left.
    assert (places[-1].page, places[-1].x, places[-1].y) == (1, places[0].x, places[0].y)
    # The last label ends inside the page, as far from its edges as the first from the others.
    right = places[per_page - 1].x + grid.label_width
    bottom = places[per_page - 1].y + grid.label_height
    assert grid.page_width - right == pytest.approx(grid.left, abs=0.01)
    assert grid.page_height - bottom == pytest.approx(grid.top, abs=0.01)


def test_positions_in_points_for_the_pdf() -> None:
    """5160's second label, in PDF points (1/72 in) from the top left corner."""
    place = label_places(sheet("5160"), 2)[1]
    assert place.x * POINTS_PER_MM == pytest.approx(211.5)  # 2 15/16 in
    assert place.y * POINTS_PER_MM == pytest.approx(36.0)  # 1/2 in
    assert place.width * POINTS_PER_MM == pytest.approx(189.0)  # 2 5/8 in


def test_the_start_position_skips_the_labels_already_used() -> None:
    grid = sheet("L7160")
    places = label_places(grid, 3, start=5)  # row 2, column 2
    assert places[0] == LabelPlace(0, 73.25, 53.25, 63.5, 38.1)
    assert places[1] == LabelPlace(0, 139.29, 53.25, 63.5, 38.1)
    assert places[2] == LabelPlace(0, 7.21, 91.35, 63.5, 38.1)
    last_on_sheet = label_places(grid, 2, start=21)
    assert [(p.page, p.x, p.y) for p in last_on_sheet] == [(0, 139.29, 243.75), (1, 7.21, 15.15)]


def test_a_custom_grid_places_its_labels_and_says_when_it_does_not_fit() -> None:
    grid = custom_sheet(
        "A4", columns=2, rows=3, label_width=90, label_height=50, top=20, left=10,
        column_pitch=100, row_pitch=60,
    )  # fmt: skip
    assert grid.problem() == ""
    assert [(p.x, p.y) for p in label_places(grid, 4)] == [(10, 20), (110, 20), (10, 80), (110, 80)]
    too_wide = custom_sheet(
        "A4", columns=3, rows=3, label_width=90, label_height=50, top=20, left=10,
        column_pitch=100, row_pitch=60,
    )  # fmt: skip
    assert too_wide.problem() == "across"
    overlapping = custom_sheet(
        "Letter", columns=2, rows=3, label_width=90, label_height=50, top=20, left=10,
        column_pitch=80, row_pitch=60,
    )  # fmt: skip
    assert overlapping.problem() == "overlap" and overlapping.page_width == pytest.approx(215.9)
    too_tall = custom_sheet(
        "A4", columns=1, rows=5, label_width=90, label_height=50, top=20, left=10,
        column_pitch=100, row_pitch=60,
    )  # fmt: skip
    assert too_tall.problem() == "down"


def test_every_sheet_fits_its_page() -> None:
    assert [s.key for s in SHEETS] == ["L7160", "5160", "L7163", "5163"]
    assert all(s.problem() == "" for s in SHEETS)


def test_envelopes_keep_the_address_clear_of_the_stamp_and_the_sorting_band() -> None:
    assert [e.key for e in ENVELOPES] == ["DL", "C5", "#10"]
    dl = envelope("DL")
    assert (dl.width, dl.height) == (220.0, 110.0)
    ten = envelope("#10")
    assert (ten.width, ten.height) == pytest.approx((241.3, 104.775))
    for e in ENVELOPES:
        assert e.recipient_x > e.width * 0.4  # the right half, after the sender's block
        assert e.height - e.margin - e.recipient_y >= 30  # room for six lines
        assert e.sender_x < e.recipient_x and e.sender_y < e.recipient_y
