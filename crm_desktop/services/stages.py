"""The pipeline's stages (user-editable, ordered, each with a default probability) and the
list of deal sources. Each change is one transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.errors import InvalidValueError, NotFoundError
from crm_desktop.records.ids import StageId
from crm_desktop.records.sales import Stage
from crm_desktop.services.database import Database
from crm_desktop.store import deal_queries as queries
from crm_desktop.store.base import utc_now
from crm_desktop.store.models import Deal, DealSource, DealStage, DealStageChange


def list_stages(db: Database) -> list[Stage]:
    """The stages, in the pipeline's order."""
    with db.raw_reading() as connection:
        rows = queries.stage_rows(connection)
    return [
        Stage(StageId(i), name, probability, position) for i, name, probability, position in rows
    ]


def _name(session: Session, name: str, other_than: int | None) -> str:
    clean = name.strip()
    if not clean:
        raise InvalidValueError("stage", name, "a stage name")
    taken = session.scalars(select(DealStage.id).where(DealStage.name == clean)).first()
    if taken is not None and taken != other_than:
        raise InvalidValueError("stage", name, "a name no other stage has")
    return clean


def _probability(value: int) -> int:
    if not 0 <= value <= 100:
        raise InvalidValueError("probability", str(value), "a probability from 0 to 100")
    return value


def _renumber(session: Session, order: Sequence[DealStage]) -> None:
    for position, stage in enumerate(order):
        stage.position = position


def _ordered(session: Session) -> list[DealStage]:
    return list(session.scalars(select(DealStage).order_by(DealStage.position, DealStage.id)))


def add_stage(db: Database, name: str, probability: int, position: int | None = None) -> Stage:
    """A new stage at ``position`` (0 first; None: last)."""
    with db.writing() as session:
        stage = DealStage(
            name=_name(session, name, None), probability=_probability(probability), position=0
        )
        order = _ordered(session)
        order.insert(len(order) if position is None else max(0, position), stage)
        session.add(stage)
        _renumber(session, order)
        session.flush()
        stage_id = stage.id
    return next(s for s in list_stages(db) if s.id == stage_id)


def edit_stage(db: Database, stage_id: int, name: str, probability: int) -> Stage:
    """Rename a stage or change its default probability (deals keep their own probability;
    their history keeps the names as they were)."""
    with db.writing() as session:
        stage = session.get(DealStage, stage_id)
        if stage is None:
            raise NotFoundError("stage", stage_id)
        stage.name = _name(session, name, stage_id)
        stage.probability = _probability(probability)
    return next(s for s in list_stages(db) if s.id == stage_id)


def remove_stage(db: Database, stage_id: int, move_to: int | None = None) -> list[Stage]:
    """Remove a stage. Its deals (in or out of the Trash) go to ``move_to``, each move
    recorded; refused while it holds deals and no ``move_to`` is given, and for the last
    stage. The stages left, in order."""
    with db.writing() as session:
        stage = session.get(DealStage, stage_id)
        if stage is None:
            raise NotFoundError("stage", stage_id)
        order = _ordered(session)
        if len(order) == 1:
            raise InvalidValueError("stage", stage.name, "a stage other than the last one")
        deals = list(session.scalars(select(Deal).where(Deal.stage_id == stage_id)))
        if deals:
            target = None if move_to is None else session.get(DealStage, move_to)
            if target is None or target.id == stage_id:
                raise InvalidValueError(
                    "stage", stage.name, "a stage without deals (or name where they go)"
                )
            now = utc_now()
            for deal in deals:
                deal.stage_id = target.id
                deal.stage_since = now
                if not deal.probability_manual:
                    deal.probability = target.probability
                session.add(
                    DealStageChange(
                        deal_id=deal.id,
                        changed_at=now,
                        from_stage=stage.name,
                        to_stage=target.name,
                        status=deal.status,
                        amount_minor=deal.amount_minor,
                        currency=deal.currency,
                        probability=deal.probability,
                    )
                )
            session.flush()
        session.delete(stage)
        _renumber(session, [s for s in order if s.id != stage_id])
    return list_stages(db)


def reorder_stages(db: Database, ids: Sequence[int]) -> list[Stage]:
    """Put the stages in this order (``ids``: every stage's id, once)."""
    with db.writing() as session:
        order = _ordered(session)
        if sorted(ids) != sorted(s.id for s in order):
            raise InvalidValueError("stages", ", ".join(map(str, ids)), "every stage, each once")
        by_id = {s.id: s for s in order}
        _renumber(session, [by_id[i] for i in ids])
    return list_stages(db)


def list_sources(db: Database) -> list[str]:
    """Where deals come from, as offered (the user's list)."""
    with db.raw_reading() as connection:
        return queries.source_names(connection)


def set_sources(db: Database, names: Sequence[str]) -> list[str]:
    """The whole list of sources, in this order (blank and repeated names dropped); deals
    keep the source text they have."""
    clean: list[str] = []
    for name in names:
        if name.strip() and name.strip() not in clean:
            clean.append(name.strip())
    with db.writing() as session:
        existing = {s.name: s for s in session.scalars(select(DealSource))}
        for name, source in existing.items():
            if name not in clean:
                session.delete(source)
        session.flush()
        for position, name in enumerate(clean):
            if name in existing:
                existing[name].position = position
            else:
                session.add(DealSource(name=name, position=position))
    return list_sources(db)
