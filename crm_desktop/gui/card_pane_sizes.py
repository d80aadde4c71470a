"""Room for the card: the contact's and the account's panes (a vertical splitter of the card,
the sections hung under it after start-up, and the timeline) open with each section at its
own height and the card given what its first record needs of the rest, between a half
and two thirds, the timeline the remainder. Until the user drags a handle, a section added later
(the relationships, the deals, the files) sizes the pane again; after, their sizes stay."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget

CARD_SHARE = (0.5, 0.65)  # of what the sections leave: the card's least and most


def _content_height(card: QScrollArea) -> int:
    """The height the card's content takes at the card's width (wrapped lines counted)."""
    body = card.widget()
    if body is None:
        return 0
    width = card.viewport().width()
    layout = body.layout()
    if layout is not None and layout.hasHeightForWidth() and width > 0:
        height = layout.totalHeightForWidth(width)
    else:
        height = body.sizeHint().height()
    return height + 2 * card.frameWidth()


def fit_pane(pane: QSplitter, card: QScrollArea, timeline: QWidget | None) -> None:
    """Size ``pane``'s parts as the module says (nothing before it has a height)."""
    total = pane.height()
    if total <= 0:
        return
    sizes: list[int] = []
    shown = 0
    hidden: set[int] = set()
    for index in range(pane.count()):
        widget = pane.widget(index)
        if widget is None:
            sizes.append(0)
            continue
        if widget.isHidden():
            hidden.add(index)  # its own height kept for when it shows (0 would collapse it)
        else:
            shown += 1
        if widget is card or widget is timeline:
            sizes.append(-1)  # filled below
            grow = 1
        else:
            sizes.append(max(widget.sizeHint().height(), widget.minimumSizeHint().height()))
            grow = 0
        policy = widget.sizePolicy()
        policy.setVerticalStretch(grow)  # a taller window: the card and timeline grow
        widget.setSizePolicy(policy)
    used = sum(s for i, s in enumerate(sizes) if s > 0 and i not in hidden)
    rest = total - pane.handleWidth() * max(shown - 1, 0) - used
    if timeline is None or timeline.isHidden():
        card_height = max(rest, 0)
    else:
        needed = _content_height(card)
        least, most = (round(rest * share) for share in CARD_SHARE)
        card_height = min(max(needed, least), most)
    pane.setSizes(
        [
            card_height if s == -1 and pane.widget(i) is card else
            max(rest - card_height, 0) if s == -1 else s
            for i, s in enumerate(sizes)
        ]
    )  # fmt: skip


class FittedPane(QSplitter):
    """A card's pane that sizes itself (``fit_pane``) until the user sizes it."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[call-overload]
        self.user_sized = False
        self._fit_pending = False
        self._content_fitted = False
        self.splitterMoved.connect(self._on_splitter_moved)

    def fitted_parts(self) -> tuple[QScrollArea, QWidget | None]:
        """The card and the timeline (None while it is not made)."""
        raise NotImplementedError(type(self).__name__)

    def fit(self) -> None:
        self._fit_pending = False
        if not self.user_sized:
            fit_pane(self, *self.fitted_parts())

    def fit_soon(self) -> None:
        """Fit once the parts just added have their sizes (at the next turn of the loop)."""
        if not self._fit_pending and not self.user_sized:
            self._fit_pending = True
            QTimer.singleShot(0, self, self.fit)

    def first_content_shown(self) -> None:
        """Fit again for the first record shown (the card's room is for its content: an
        account with three lines leaves its timeline more than one with twenty)."""
        if not self._content_fitted:
            self._content_fitted = True
            self.fit_soon()

    def insertWidget(self, index: int, widget: QWidget) -> None:
        super().insertWidget(index, widget)
        self.fit_soon()

    def addWidget(self, widget: QWidget) -> None:
        super().addWidget(widget)
        self.fit_soon()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().height() <= 0:  # the first real height
            self.fit()

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self.user_sized = True
