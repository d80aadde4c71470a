"""Smart folders: a saved search and its filters, shown in the folder pane with a live count."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base


class SmartFolder(Base):
    """A named search: the text typed (``query``) and the filters (``filters``, JSON as
    ``records.contacts.ContactFilter`` writes it); what it holds is found afresh each time."""

    __tablename__ = "smart_folders"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    name_fold: Mapped[str] = mapped_column(unique=True)  # one folder per folded name
    query: Mapped[str] = mapped_column(default="", server_default="")
    filters: Mapped[str] = mapped_column(default="{}", server_default="{}")
    position: Mapped[int] = mapped_column(default=0, server_default="0")
