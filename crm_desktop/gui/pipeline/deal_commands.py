"""Undoable changes to deals, on the main window's undo stack: a move to another stage, won,
lost, an edit, a new deal, the Trash. Each stores the deal's id and what it was, calls the
services, and tells ``changed`` which deals changed (the board and the lists read those
again). An error of ours is reported, never thrown into Qt's event loop."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from crm_desktop.errors import CrmError
from crm_desktop.records.ids import AccountId, DealId
from crm_desktop.records.sales import Deal, DealChanges, DealDraft, DealStatus
from crm_desktop.services.database import Database
from crm_desktop.services.deals import (
    create_deal,
    deal_draft,
    lose_deal,
    move_deal,
    reopen_deal,
    restore_deals,
    trash_deals,
    update_deal,
    win_deal,
)

Report = Callable[[CrmError], None]
Changed = Callable[[DealChanges], None]


class DealCommands(QObject):
    """Undo texts that hold a count (lupdate finds plural forms only in ``tr``)."""

    def delete_deals(self, n: int) -> str:
        return self.tr("Delete %Ln deal(s)", "", n)


class _DealCommand(QUndoCommand):
    def __init__(self, db: Database, changed: Changed, report: Report, text: str) -> None:
        super().__init__(text)
        self._db = db
        self._changed = changed
        self._report = report

    def _call(self, action: Callable[[], Deal | DealChanges]) -> bool:
        """Run ``action``; False (and the error told, the command dropped) when it failed."""
        try:
            result = action()
        except CrmError as error:
            self.setObsolete(True)
            self._report(error)
            return False
        self._changed(
            result if isinstance(result, DealChanges) else DealChanges(changed=(result.id,))
        )
        return True


class MoveDealCommand(_DealCommand):
    """A deal dragged to another stage; undo takes it back with the probability it had."""

    def __init__(
        self, db: Database, deal: Deal, stage: str, changed: Changed, report: Report
    ) -> None:
        text = (
            QCoreApplication.translate("DealCommands", "Move “%1” to %2")
            .replace("%1", deal.title)
            .replace("%2", stage)
        )
        super().__init__(db, changed, report, text)
        self._id = deal.id
        self._before = deal.stage
        self._probability = deal.probability if deal.probability_manual else None
        self._after = stage

    def redo(self) -> None:
        self._call(lambda: move_deal(self._db, self._id, self._after))

    def undo(self) -> None:
        self._call(lambda: move_deal(self._db, self._id, self._before, self._probability))


class CloseDealCommand(_DealCommand):
    """A deal won or lost (with the reason, and for a lost one the competitor); undo opens it
    again in the stage it closed from."""

    def __init__(
        self,
        db: Database,
        deal: Deal,
        *,
        won: bool,
        reason: str,
        competitor: AccountId | None,
        changed: Changed,
        report: Report,
    ) -> None:
        text = (
            QCoreApplication.translate("DealCommands", "Won: “%1”")
            if won
            else QCoreApplication.translate("DealCommands", "Lost: “%1”")
        )
        super().__init__(db, changed, report, text.replace("%1", deal.title))
        self._id = deal.id
        self._won = won
        self._reason = reason
        self._competitor = competitor

    def redo(self) -> None:
        if self._won:
            self._call(lambda: win_deal(self._db, self._id, reason=self._reason))
        else:
            self._call(
                lambda: lose_deal(self._db, self._id, self._reason, competitor_id=self._competitor)
            )

    def undo(self) -> None:
        self._call(lambda: reopen_deal(self._db, self._id))


class ReopenDealCommand(_DealCommand):
    """A won or lost deal opened again; undo closes it as it was (day, reason, competitor)."""

    def __init__(self, db: Database, deal: Deal, changed: Changed, report: Report) -> None:
        super().__init__(
            db,
            changed,
            report,
            QCoreApplication.translate("DealCommands", "Reopen “%1”").replace("%1", deal.title),
        )
        self._deal = deal

    def redo(self) -> None:
        self._call(lambda: reopen_deal(self._db, self._deal.id))

    def undo(self) -> None:
        d = self._deal
        if d.status == DealStatus.WON:
            self._call(lambda: win_deal(self._db, d.id, d.closed_on, d.close_reason))
        else:
            self._call(
                lambda: lose_deal(self._db, d.id, d.close_reason, d.competitor_id, d.closed_on)
            )


class EditDealCommand(_DealCommand):
    """A deal's fields changed in its editor; undo puts back what they were."""

    def __init__(
        self, db: Database, deal_id: DealId, draft: DealDraft, changed: Changed, report: Report
    ) -> None:
        super().__init__(
            db,
            changed,
            report,
            QCoreApplication.translate("DealCommands", "Edit deal “%1”").replace("%1", draft.title),
        )
        self._id = deal_id
        self._after = draft
        self._before: DealDraft | None = None

    def redo(self) -> None:
        def edit() -> Deal:
            if self._before is None:
                self._before = deal_draft(self._db, self._id)
            return update_deal(self._db, self._id, self._after)

        self._call(edit)

    def undo(self) -> None:
        before = self._before
        if before is not None:
            self._call(lambda: update_deal(self._db, self._id, before))


class CreateDealCommand(_DealCommand):
    """A new deal; undo moves it to the Trash, redo brings the same one back."""

    def __init__(self, db: Database, draft: DealDraft, changed: Changed, report: Report) -> None:
        super().__init__(
            db,
            changed,
            report,
            QCoreApplication.translate("DealCommands", "New deal “%1”").replace("%1", draft.title),
        )
        self._draft = draft
        self.deal_id: DealId | None = None

    def redo(self) -> None:
        if self.deal_id is None:

            def create() -> DealChanges:
                deal = create_deal(self._db, self._draft)
                self.deal_id = deal.id
                return DealChanges(added=(deal.id,))

            self._call(create)
        else:
            deal_id = self.deal_id
            self._call(lambda: restore_deals(self._db, [deal_id]))

    def undo(self) -> None:
        if self.deal_id is not None:
            deal_id = self.deal_id
            self._call(lambda: trash_deals(self._db, [deal_id]))


class TrashDealsCommand(_DealCommand):
    """Deals to the Trash; undo restores them."""

    def __init__(
        self, db: Database, ids: Sequence[DealId], changed: Changed, report: Report
    ) -> None:
        text = (
            DealCommands().delete_deals(len(ids))
            if len(ids) != 1
            else QCoreApplication.translate("DealCommands", "Delete deal")
        )
        super().__init__(db, changed, report, text)
        self._ids = list(ids)

    def redo(self) -> None:
        self._call(lambda: trash_deals(self._db, self._ids))

    def undo(self) -> None:
        self._call(lambda: restore_deals(self._db, self._ids))
