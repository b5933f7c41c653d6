"""Orders of courts and commissions: recorded with an audit entry, raising `order-overdue` the
day after the date to comply by (in the same transaction as the change that makes it so),
chased in the week's agenda and its calendar, and refused when a field is wrong."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
import vobject

from repatriate.domain.errors import InvalidInput, NotFound
from repatriate.domain.followups import FollowUpKind
from repatriate.domain.orders import Authority, Order, authority_of
from repatriate.domain.prisoner import PrisonerFile, Status
from repatriate.services.database import Database
from repatriate.services.followups import week_of
from repatriate.storage.files import FileRepository
from repatriate.storage.standings import StandingRepository, StoredStanding

TODAY = date.today()


def stored(db: Database, ref: str) -> StoredStanding:
    with db.store.reading() as session:
        file_id = FileRepository(session).ids([ref])[ref]
        return StandingRepository(session).stored([file_id])[file_id]


def writ(comply_by: date, **changes: object) -> Order:
    values: dict[str, object] = {
        "by": "High Court of Calcutta",
        "on": comply_by - timedelta(days=30),
        "directs": "repatriate the petitioner to Bangladesh",
        "comply_by": comply_by,
        "desk": "WB-HOME",
    }
    return Order(**(values | changes))  # type: ignore[arg-type]


@pytest.fixture
def clinic(db: Database) -> Database:
    db.cases.add(
        PrisonerFile(
            ref="K-1", name="Salma Bibi", claimed_nationality="BD", status=Status.UNDER_TRIAL
        )
    )
    return db


def test_an_order_is_overdue_the_day_after_its_date_not_on_it(clinic: Database) -> None:
    order = clinic.orders.add("K-1", writ(TODAY))
    assert "order-overdue" not in stored(clinic, "K-1").flags
    # The day after the date to comply by, time alone makes it overdue.
    assert stored(clinic, "K-1").fresh_until == TODAY + timedelta(days=1)
    assert clinic.standings.refresh(TODAY + timedelta(days=1)) == 1
    standing = stored(clinic, "K-1")
    assert standing.flags == ("order-overdue",)
    assert standing.reasons[0] == (
        f"High Court of Calcutta's order of {order.on} against WB-HOME was to be complied with "
        f"by {TODAY}: not complied with 1 day later; file a contempt petition before the court "
        "(Contempt of Courts Act 1971, s.2(b) and s.12)"
    )


def test_an_overdue_order_flags_at_once_and_compliance_clears_it(clinic: Database) -> None:
    order = clinic.orders.add("K-1", writ(TODAY - timedelta(days=1)))
    assert stored(clinic, "K-1").flags == ("order-overdue",)
    ref, complied = clinic.orders.complied(order.id or 0, TODAY)
    assert (ref, complied.complied_on) == ("K-1", TODAY)
    assert stored(clinic, "K-1").flags == ()
    clinic.orders.correct("K-1", replace(complied, complied_on=None))
    assert stored(clinic, "K-1").flags == ("order-overdue",)
    clinic.orders.delete("K-1", order.id or 0)
    assert stored(clinic, "K-1").flags == ()
    assert clinic.orders.orders("K-1") == []
    details = [e.detail for e in clinic.audit.entries("K-1") if e.action == "order"]
    assert details == [
        f"added {order.id} WB-HOME",
        f"complied {order.id}",
        f"corrected {order.id}",
        f"deleted {order.id}",
    ]


def test_a_commissions_order_suggests_a_reminder_not_contempt(clinic: Database) -> None:
    clinic.orders.add("K-1", writ(TODAY - timedelta(days=3), by="NHRC", desk=""))
    (reason,) = stored(clinic, "K-1").reasons
    assert "not complied with 3 days later" in reason
    assert "reminder to the commission" in reason and "contempt" not in reason
    assert authority_of("West Bengal Human Rights Commission") is Authority.SHRC
    assert authority_of("National Human Rights Commission") is Authority.NHRC
    assert authority_of("Supreme Court of India") is Authority.COURT


def test_the_week_lists_orders_due_and_overdue_with_the_desk(
    clinic: Database, tmp_path: Path
) -> None:
    week = week_of(TODAY)
    clinic.orders.add("K-1", writ(week.sunday))
    clinic.orders.add("K-1", writ(TODAY - timedelta(days=10), by="NHRC", desk="MHA-FD"))
    clinic.orders.add("K-1", writ(week.sunday + timedelta(days=1)))  # next week
    complied = clinic.orders.add("K-1", writ(TODAY - timedelta(days=2)))
    clinic.orders.complied(complied.id or 0, TODAY)
    items = [i for i in clinic.followups.agenda(week) if i.kind is FollowUpKind.ORDER]
    assert [(i.desk, i.due, i.overdue_days) for i in items] == [
        ("MHA-FD", TODAY - timedelta(days=10), 10),
        ("WB-HOME", week.sunday, 0),
    ]
    assert "reminder to the commission" in items[0].title
    path = tmp_path / "week.ics"
    assert clinic.followups.write_ics(items, path) == 2
    events = vobject.readOne(path.read_text(encoding="utf-8")).vevent_list
    assert sorted((e.summary.value, e.dtstart.value) for e in events) == [
        ("Order due K-1 with MHA-FD", TODAY - timedelta(days=10)),
        ("Order due K-1 with WB-HOME", week.sunday),
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"on": date(1, 1, 1)}, "on: 0001-01-01: not a date from 1900 to 2100"),
        ({"comply_by": date(9999, 12, 31)}, "by-date: 9999-12-31: not a date from 1900 to 2100"),
        ({"by": "  "}, "by:   : name the court or the commission"),
        ({"directs": ""}, "directs: : say what the order directs"),
        ({"on": TODAY + timedelta(days=1)}, f"on: {TODAY + timedelta(days=1)}: in the future"),
        (
            {"comply_by": TODAY - timedelta(days=40)},
            f"by-date: {TODAY - timedelta(days=40)}: before the order ({TODAY - timedelta(30)})",
        ),
    ],
)
def test_a_bad_field_is_named_and_nothing_is_written(
    clinic: Database, changes: dict[str, object], expected: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        clinic.orders.add("K-1", replace(writ(TODAY), **changes))  # type: ignore[arg-type]
    assert expected in [str(e) for e in refused.value.errors]
    assert clinic.orders.orders("K-1") == []


def test_an_unknown_desk_or_order_is_refused(clinic: Database) -> None:
    with pytest.raises(NotFound, match="desk: NO-SUCH: no desk has this code or name"):
        clinic.orders.add("K-1", writ(TODAY, desk="NO-SUCH"))
    with pytest.raises(NotFound, match="order: 99: no such order"):
        clinic.orders.complied(99, TODAY)
    assert clinic.orders.orders("K-1") == []
