"""Key/value facts about the database itself (e.g. the language its sort keys were made for)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store.base import Base


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column(default="", server_default="")
