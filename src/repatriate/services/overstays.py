"""Who is held past their release date, by how much, and what else is wrong with a file."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from types import MappingProxyType

from repatriate.domain.audit import AuditAction
from repatriate.domain.chain import Chain
from repatriate.domain.errors import RepatriateError
from repatriate.domain.flags import RaisedFlag, raise_flags
from repatriate.domain.prisoner import PrisonerFile
from repatriate.domain.release import Reckoning, reckon
from repatriate.domain.transfer_agreements import DEFAULT_MIN_MONTHS_LEFT, TransferAgreement
from repatriate.resource_files import resource
from repatriate.services import audit
from repatriate.services.rti import clocks_at
from repatriate.services.settings import SettingsService
from repatriate.storage.desks import DeskRepository, MovementRepository
from repatriate.storage.files import FileRepository
from repatriate.storage.orders import OrderRepository
from repatriate.storage.rti import RtiRepository
from repatriate.storage.store import Store
from repatriate.storage.travel import TravelRepository


@cache
def transfer_agreements() -> Mapping[str, TransferAgreement]:
    """Transfer of sentenced persons agreements by country, with the term each requires left
    to serve (resources/data, editable)."""
    path = resource("data", "transfer_agreements.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        default = int(data.get("default_min_months_left", DEFAULT_MIN_MONTHS_LEFT))
        agreements = {}
        for entry in data["countries"]:
            months = int(entry.get("min_months_left", default))
            if months < 0:
                raise ValueError(f"{entry['code']}: min_months_left {months} is below 0")
            source = entry.get("min_months_left_source", data.get("default_source", ""))
            agreements[entry["code"]] = TransferAgreement(entry["code"], months, str(source))
        return MappingProxyType(agreements)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RepatriateError(f"{path}: cannot read the list of agreements ({exc})") from None


def transfer_agreement_countries() -> frozenset[str]:
    """Countries with a transfer of sentenced persons agreement."""
    return frozenset(transfer_agreements())


@dataclass(frozen=True, slots=True)
class Assessment:
    """A file with its release reckoning and the flags it raises, as of one date."""

    file: PrisonerFile
    reckoning: Reckoning
    flags: tuple[RaisedFlag, ...]


@dataclass(frozen=True, slots=True)
class OverstayRow:
    ref: str
    name: str
    nationality: str
    prison: str
    release_due: date
    overstay_days: int


class OverstayService:
    def __init__(self, store: Store, settings: SettingsService) -> None:
        self.store = store
        self.settings = settings

    def assess(self, ref: str, as_of: date | None = None) -> Assessment:
        as_of = as_of or date.today()
        with self.store.unit_of_work() as session:
            files = FileRepository(session)
            pf = files.get(ref)
            rule = files.rule
            chain = Chain.of(MovementRepository(session).of_file(ref), as_of)
            desks = {d.code: d for d in DeskRepository(session).all()}
            orders = OrderRepository(session).of_file(ref)
            rti_repository = RtiRepository(session)
            offices = rti_repository.offices()
            rti = [(a, clocks_at(a, offices)) for a in rti_repository.of_file(ref)]
            travel = TravelRepository(session)
            documents, hand_over = travel.of_file(ref), travel.hand_over(ref)
            audit.record(session, AuditAction.VIEW, ref)
        reckoning = reckon(pf, as_of, rule)
        flags = raise_flags(
            pf,
            reckoning,
            self.settings.thresholds(),
            transfer_agreements(),
            repatriation_started=chain.started,
            stalls=chain.stalls(desks),
            at_risk_groups=self.settings.at_risk_groups(),
            orders=orders,
            rti=rti,
            travel_documents=documents,
            hand_over=hand_over,
        )
        return Assessment(pf, reckoning, flags)

    def overstays(self, as_of: date | None = None, min_days: int = 1) -> list[OverstayRow]:
        """Everyone still held on `as_of` and past their release date by at least `min_days`
        (and at least one day), most days first. Someone whose whole term was already
        undergone (set off) was due on the day of sentence, and is listed from the next day."""
        as_of = as_of or date.today()
        latest_due = as_of - timedelta(days=max(min_days, 1))
        with self.store.unit_of_work() as session:
            rows = FileRepository(session).overstaying(as_of, latest_due)
        return [
            OverstayRow(
                ref=ref,
                name=name,
                nationality=verified or claimed or court or "",
                prison=prison,
                release_due=due,
                overstay_days=(as_of - due).days,
            )
            for ref, name, verified, claimed, court, prison, due in rows
            if due is not None
        ]
