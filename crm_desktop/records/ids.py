"""Typed ids of the stored records (stdlib only, so light modules can use them)."""

from typing import NewType

ContactId = NewType("ContactId", int)
AccountId = NewType("AccountId", int)
ActivityId = NewType("ActivityId", int)
NoteId = NewType("NoteId", int)
CategoryId = NewType("CategoryId", int)
DealId = NewType("DealId", int)
StageId = NewType("StageId", int)
