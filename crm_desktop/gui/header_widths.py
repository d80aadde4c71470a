"""Column widths that show the whole column title, and the whole word of a column that holds
one of a few words (a kind, a priority, a status), in every language."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from PySide6.QtWidgets import QHeaderView

CELL_PADDING = 14  # pixels: the cell's margins and focus frame around its text

Words = Mapping[int, Callable[[], Iterable[str]]]  # column -> the words it may show, translated


def widen_to_titles(
    header: QHeaderView,
    widths: Sequence[int] = (),
    words: Words | None = None,
    eliding: Collection[int] = (),
) -> None:
    """Each section ``widths`` gives (the current width for the others), or as wide as its
    title (or the widest of its ``words``) needs where that is wider: "Προτεραιότητα" does
    not fit the 70 pixels of "Priority". Stretched sections are the layout's to size, and
    the ``eliding`` ones keep their width (their title elides: see ``elided``)."""
    metrics = header.fontMetrics()
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        width = widths[column] if column < len(widths) else header.sectionSize(column)
        needed = 0 if column in eliding else header.sectionSizeHint(column)
        if words and column in words:
            widest = max((metrics.horizontalAdvance(text) for text in words[column]()), default=0)
            needed = max(needed, widest + CELL_PADDING)
        header.resizeSection(column, max(width, needed))


def elided(header: QHeaderView) -> set[int]:
    """The sections too narrow for their whole title (it shows cut short: its tool tip says
    it whole)."""
    return {
        column
        for column in range(header.count())
        if not header.isSectionHidden(column)
        and header.sectionSize(column) < header.sectionSizeHint(column)
    }
