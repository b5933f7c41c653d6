"""The chain derived from movements: who holds the file, since when, how often it came back."""

from __future__ import annotations

from datetime import date

from repatriate.domain.chain import Chain, Route, Step, derive_holds, route_progress
from repatriate.domain.desks import Desk, Movement, MovementKind, Role

SENT, ACK, REPLY, RETURNED, FORWARDED, CLEARED = (
    MovementKind.SENT,
    MovementKind.ACKNOWLEDGED,
    MovementKind.REPLY,
    MovementKind.RETURNED,
    MovementKind.FORWARDED,
    MovementKind.CLEARED,
)
AS_OF = date(2026, 11, 22)


def move(desk: str, kind: MovementKind, on: str, **extra: str) -> Movement:
    return Movement(desk, kind, date.fromisoformat(on), **extra)  # type: ignore[arg-type]


def desk(code: str, role: Role, expected: int = 30) -> Desk:
    return Desk(code, code, "Org", role, expected_days=expected)


def test_a_file_can_be_held_by_several_desks_at_once() -> None:
    chain = Chain.of(
        [
            move("MHA", SENT, "2026-01-10"),
            move("MEA", SENT, "2026-01-10"),
            move("EMB", SENT, "2026-01-12"),
            move("MEA", CLEARED, "2026-02-01"),
        ],
        AS_OF,
    )
    assert [(h.desk, h.start) for h in chain.holding] == [
        ("MHA", date(2026, 1, 10)),
        ("EMB", date(2026, 1, 12)),
    ]
    assert chain.holding[0].days(AS_OF) == 316


def test_returns_and_comebacks_are_counted() -> None:
    chain = Chain.of(
        [
            move("HOME", SENT, "2026-01-01"),
            move("MHA", FORWARDED, "2026-01-20", from_desk="HOME"),
            move("MHA", RETURNED, "2026-03-01", reason="address incomplete"),
            move("HOME", SENT, "2026-03-10"),
            move("MHA", FORWARDED, "2026-04-01", from_desk="HOME"),
            move("MHA", RETURNED, "2026-05-01", reason="photo not attested"),
            move("MHA", SENT, "2026-06-01"),
        ],
        AS_OF,
    )
    assert chain.objections == 2
    # HOME took the file again on 2026-03-10, MHA on 2026-04-01 and 2026-06-01.
    assert chain.comebacks == 3
    assert [h.desk for h in chain.holding] == ["MHA"]


def test_a_forward_moves_the_file_from_one_desk_to_the_next() -> None:
    holds = derive_holds(
        [
            move("HOME", SENT, "2026-01-01"),
            move("MHA", FORWARDED, "2026-01-15", from_desk="HOME"),
        ]
    )
    assert [(h.desk, h.start, h.end, h.ended_by) for h in holds] == [
        ("HOME", date(2026, 1, 1), date(2026, 1, 15), FORWARDED),
        ("MHA", date(2026, 1, 15), None, None),
    ]


def test_acknowledgement_keeps_the_hold_and_a_reply_ends_it() -> None:
    holds = derive_holds(
        [
            move("EMB", SENT, "2026-02-01"),
            move("EMB", ACK, "2026-02-05"),
            move("EMB", REPLY, "2026-03-03"),
        ]
    )
    assert [(h.desk, h.start, h.end) for h in holds] == [
        ("EMB", date(2026, 2, 1), date(2026, 3, 3))
    ]


def test_an_acknowledgement_alone_means_the_desk_has_the_file() -> None:
    assert [h.desk for h in derive_holds([move("FRRO", ACK, "2026-02-01")])] == ["FRRO"]


def test_stalled_holds_use_each_desks_expected_time() -> None:
    chain = Chain.of([move("MHA", SENT, "2026-10-01"), move("EMB", SENT, "2026-10-01")], AS_OF)
    desks = {"MHA": desk("MHA", Role.MHA, 45), "EMB": desk("EMB", Role.EMBASSY, 60)}
    assert [(s.hold.desk, s.days, s.expected_days) for s in chain.stalls(desks)] == [
        ("MHA", 52, 45)
    ]
    assert chain.stalls({}) == [s for s in chain.stalls({}) if s.expected_days == 30]
    assert len(chain.stalls({})) == 2


def test_route_progress_counts_clearances_per_role_in_order() -> None:
    route = Route(
        "IN-BD",
        "India → Bangladesh",
        ("BD",),
        (
            Step("home", "State home", Role.STATE_HOME, 1),
            Step("mha", "MHA", Role.MHA, 2),
            Step("emb", "Embassy receives the sheet", Role.EMBASSY, 2),
            Step("unhcr", "UNHCR", Role.UNHCR, 2, only_for=("MM",)),
            Step("permit", "Embassy issues the permit", Role.EMBASSY, 3),
            Step("transfer", "Consent to transfer", Role.HOME_REPATRIATION, 3, transfer_only=True),
        ),
    )
    desks = {
        "WB-HOME": desk("WB-HOME", Role.STATE_HOME),
        "MHA": desk("MHA", Role.MHA),
        "EMB": desk("EMB", Role.EMBASSY),
    }
    moves = [move("WB-HOME", CLEARED, "2026-01-05"), move("EMB", CLEARED, "2026-02-01")]
    progress = route_progress(route, moves, desks, "BD")
    assert [s.key for s in progress.done] == ["home", "emb"]
    assert [s.key for s in progress.current] == ["mha"]
    assert [s.key for s in progress.left] == ["mha", "permit"]
    moves.append(move("EMB", CLEARED, "2026-05-01"))
    moves.append(move("MHA", CLEARED, "2026-05-02"))
    finished = route_progress(route, moves, desks, "BD")
    assert finished.current == () and finished.left == ()
    assert "unhcr" in [s.key for s in route_progress(route, [], desks, "MM").left]
    transfer = route_progress(route, [], desks, "BD", transfer=True)
    assert "transfer" in [s.key for s in transfer.left]
