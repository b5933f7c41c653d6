"""The chain derived from movements: who holds the file, since when, how often it came back."""

from __future__ import annotations

from datetime import date

from repatriate.domain.chain import (
    Chain,
    Progress,
    Route,
    Step,
    derive_holds,
    event_date_problem,
    route_progress,
)
from repatriate.domain.desks import Desk, Movement, MovementKind, Role
from repatriate.domain.errors import FieldError

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
    assert progress.current == ()
    assert [s.key for s in progress.next_steps] == ["mha"]
    assert [s.key for s in progress.left] == ["mha", "permit"]
    moves.append(move("EMB", CLEARED, "2026-05-01"))
    moves.append(move("MHA", CLEARED, "2026-05-02"))
    finished = route_progress(route, moves, desks, "BD")
    assert finished.current == () and finished.left == ()
    assert "unhcr" in [s.key for s in route_progress(route, [], desks, "MM").left]
    transfer = route_progress(route, [], desks, "BD", transfer=True)
    assert "transfer" in [s.key for s in transfer.left]


# The India → Bangladesh route as shipped, in short: stages run in order, steps of one stage
# run side by side, and the High Commission has two steps (the fact sheet, the travel permit).
BANGLADESH = Route(
    "IN-BD",
    "India → Bangladesh",
    ("BD",),
    (
        Step("prison-report", "Prison reports", Role.STATE_PRISONS, 1),
        Step("state-home", "State home sends to MHA", Role.STATE_HOME, 2),
        Step("police", "Police verify", Role.POLICE, 2),
        Step("mha", "MHA confirms", Role.MHA, 3),
        Step("mea", "MEA takes it up", Role.MEA_TERRITORIAL, 3),
        Step("embassy", "High Commission gets the sheet", Role.EMBASSY, 3),
        Step("home-mofa", "Dhaka forwards", Role.HOME_FOREIGN_MINISTRY, 4),
        Step("permit", "High Commission issues the permit", Role.EMBASSY, 5),
        Step("frro", "FRRO exit permission", Role.FRRO, 6),
    ),
)
DIRECTORY = {
    code: desk(code, role)
    for code, role in (
        ("WB-PRISONS", Role.STATE_PRISONS),
        ("WB-HOME", Role.STATE_HOME),
        ("WB-POLICE", Role.POLICE),
        ("MHA-FD", Role.MHA),
        ("MEA-BM", Role.MEA_TERRITORIAL),
        ("MEA-CPV", Role.MEA_CONSULAR),
        ("BDHC-DEL", Role.EMBASSY),
        ("BDDHC-KOL", Role.EMBASSY),
        ("BD-MOFA", Role.HOME_FOREIGN_MINISTRY),
        ("FRRO-KOL", Role.FRRO),
    )
}


def progress_of(*moves: Movement) -> Progress:
    return route_progress(BANGLADESH, moves, DIRECTORY, "BD")


def keys(steps: tuple[Step, ...]) -> list[str]:
    return [s.key for s in steps]


def test_mha_and_the_high_commission_holding_the_file_put_the_state_steps_behind_it() -> None:
    """Nothing recorded at the prison or the state: the file still reached the MHA, which only
    gets it from the state. Not "0 done, now at the prison"."""
    progress = progress_of(
        move("MHA-FD", SENT, "2026-03-04"),
        move("BDHC-DEL", SENT, "2026-03-04"),
    )
    assert keys(progress.current) == ["mha", "embassy"]
    assert keys(progress.done) == ["prison-report", "state-home", "police"]
    assert keys(progress.passed) == ["prison-report", "state-home", "police"]
    assert keys(progress.next_steps) == ["mea"]
    assert len(progress.done) + len(progress.left) == 9


def test_parallel_mha_mea_and_embassy_after_the_state() -> None:
    progress = progress_of(
        move("WB-PRISONS", SENT, "2026-01-05"),
        move("WB-PRISONS", CLEARED, "2026-01-20"),
        move("WB-HOME", SENT, "2026-01-21"),
        move("WB-POLICE", SENT, "2026-01-21"),
        move("WB-POLICE", REPLY, "2026-02-05"),
        move("MHA-FD", FORWARDED, "2026-02-10", from_desk="WB-HOME"),
        move("MEA-BM", SENT, "2026-02-12"),
        move("BDHC-DEL", SENT, "2026-02-12"),
        move("MEA-CPV", SENT, "2026-02-12"),
    )
    # The police replied and the file went on to the MHA: their step is done, not guessed.
    assert keys(progress.done) == ["prison-report", "state-home", "police"]
    assert progress.passed == ()
    assert keys(progress.current) == ["mha", "mea", "embassy"]
    # Stage 3 is still with its desks: nothing to send on to Dhaka yet.
    assert progress.next_steps == ()
    assert keys(progress.left) == ["mha", "mea", "embassy", "home-mofa", "permit", "frro"]


def test_police_still_verifying_while_the_mha_has_the_file() -> None:
    progress = progress_of(
        move("WB-PRISONS", CLEARED, "2026-01-20"),
        move("WB-HOME", SENT, "2026-01-21"),
        move("WB-POLICE", SENT, "2026-01-21"),
        move("MHA-FD", FORWARDED, "2026-02-10", from_desk="WB-HOME"),
    )
    assert keys(progress.current) == ["police", "mha"]
    assert keys(progress.done) == ["prison-report", "state-home"]
    # MEA and the embassy are of a later stage than the police: they wait.
    assert progress.next_steps == ()


def test_a_return_with_an_objection_sends_the_file_back_a_stage() -> None:
    history = [
        move("WB-PRISONS", CLEARED, "2026-01-20"),
        move("WB-HOME", SENT, "2026-01-21"),
        move("MHA-FD", FORWARDED, "2026-02-10", from_desk="WB-HOME"),
        move("MHA-FD", RETURNED, "2026-03-10", reason="address incomplete"),
        move("WB-HOME", SENT, "2026-03-15"),
    ]
    back = progress_of(*history)
    assert keys(back.current) == ["state-home"]
    assert keys(back.done) == ["prison-report"]
    # The MHA objected: its step is open again, and so is the police check not yet recorded.
    assert "mha" in keys(back.left) and "mha" not in keys(back.done)
    assert keys(back.next_steps) == ["police"]

    history.append(move("MHA-FD", FORWARDED, "2026-04-01", from_desk="WB-HOME"))
    again = progress_of(*history)
    assert keys(again.current) == ["mha"]
    assert keys(again.done) == ["prison-report", "state-home", "police"]
    assert keys(again.passed) == ["police"]


def test_a_forward_completes_the_step_of_the_desk_that_passed_it_on() -> None:
    progress = progress_of(
        move("WB-PRISONS", SENT, "2026-01-05"),
        move("WB-HOME", FORWARDED, "2026-01-25", from_desk="WB-PRISONS"),
    )
    assert keys(progress.done) == ["prison-report"]
    assert progress.passed == ()
    assert keys(progress.current) == ["state-home"]
    assert keys(progress.next_steps) == ["police"]


def test_an_embassy_written_to_early_says_nothing_about_the_steps_before_it() -> None:
    """The clinic sends the fact sheet to the High Commission while the prison still has the
    file: the state steps are not done for that."""
    early = progress_of(
        move("WB-PRISONS", SENT, "2026-01-05"),
        move("BDHC-DEL", SENT, "2026-01-06"),
    )
    assert keys(early.current) == ["prison-report", "embassy"]
    assert early.done == ()
    assert early.next_steps == ()
    cleared = progress_of(
        move("WB-PRISONS", SENT, "2026-01-05"),
        move("BDHC-DEL", SENT, "2026-01-06"),
        move("WB-PRISONS", CLEARED, "2026-01-20"),
    )
    assert keys(cleared.done) == ["prison-report"]
    assert keys(cleared.current) == ["embassy"]
    assert keys(cleared.next_steps) == ["state-home", "police"]


def test_a_reply_completes_a_step_only_once_the_file_goes_on() -> None:
    history = [
        move("WB-PRISONS", CLEARED, "2026-01-20"),
        move("WB-HOME", CLEARED, "2026-02-01"),
        move("WB-POLICE", CLEARED, "2026-02-01"),
        move("MHA-FD", SENT, "2026-02-05"),
        move("MHA-FD", REPLY, "2026-03-01"),
    ]
    replied = progress_of(*history)
    assert replied.current == ()
    assert keys(replied.next_steps) == ["mha", "mea", "embassy"]
    history += [
        move("MEA-BM", CLEARED, "2026-03-05"),
        move("BDHC-DEL", CLEARED, "2026-03-05"),
        move("BD-MOFA", SENT, "2026-03-10"),
    ]
    passed_on = progress_of(*history)
    assert keys(passed_on.done) == [
        "prison-report",
        "state-home",
        "police",
        "mha",
        "mea",
        "embassy",
    ]
    assert passed_on.passed == ()
    assert keys(passed_on.current) == ["home-mofa"]


def test_the_second_high_commission_step_takes_the_later_visits() -> None:
    progress = progress_of(
        move("WB-PRISONS", CLEARED, "2026-01-20"),
        move("WB-HOME", CLEARED, "2026-02-01"),
        move("WB-POLICE", CLEARED, "2026-02-01"),
        move("MHA-FD", CLEARED, "2026-03-01"),
        move("MEA-BM", CLEARED, "2026-03-01"),
        move("BDHC-DEL", SENT, "2026-02-05"),
        move("BDHC-DEL", CLEARED, "2026-03-02"),
        move("BD-MOFA", CLEARED, "2026-05-01"),
        move("BDDHC-KOL", SENT, "2026-05-10"),
        move("BDDHC-KOL", RETURNED, "2026-05-20", reason="photo too old"),
        move("BDDHC-KOL", SENT, "2026-06-01"),
    )
    assert "embassy" in keys(progress.done)
    assert keys(progress.current) == ["permit"]
    assert keys(progress.left) == ["permit", "frro"]


def test_a_chain_as_of_a_day_leaves_out_later_movements() -> None:
    history = [
        move("WB-HOME", SENT, "2026-01-21"),
        move("MHA-FD", FORWARDED, "2026-02-10", from_desk="WB-HOME"),
        move("MHA-FD", CLEARED, "2026-03-10"),
    ]
    before = Chain.of(history, date(2026, 2, 1))
    assert [h.desk for h in before.holding] == ["WB-HOME"]
    assert len(before.movements) == 1
    on_the_day = Chain.of(history, date(2026, 2, 10))
    assert [h.desk for h in on_the_day.holding] == ["MHA-FD"]
    assert Chain.of(history, date(2026, 3, 10)).holding == ()


def test_a_movement_or_activity_date_lies_between_the_arrest_and_today() -> None:
    arrest, today = date(2024, 5, 2), date(2026, 11, 22)
    assert event_date_problem("date", date(2024, 5, 2), arrest, today) is None
    assert event_date_problem("date", date(2026, 11, 22), arrest, today) is None
    assert event_date_problem("date", date(2024, 5, 1), arrest, today) == FieldError(
        "date", "2024-05-01", "before the arrest on 2024-05-02"
    )
    assert event_date_problem("date", date(2026, 11, 23), arrest, today) == FieldError(
        "date", "2026-11-23", "in the future"
    )
    assert event_date_problem("date", date(1990, 1, 1), None, today) is None


def test_unhcr_is_never_taken_as_asked_because_the_file_went_on() -> None:
    route = Route(
        "IN-ANY",
        "India → any country",
        (),
        (
            Step("state-home", "State home sends to MHA", Role.STATE_HOME, 1),
            Step("unhcr", "UNHCR asked about asylum", Role.UNHCR, 1, only_for=("AF", "MM")),
            Step("mha", "MHA confirms", Role.MHA, 2),
            Step("mea", "MEA takes it up", Role.MEA_TERRITORIAL, 2),
        ),
    )
    directory = DIRECTORY | {"MEA-PAI": desk("MEA-PAI", Role.MEA_TERRITORIAL)}
    history = [
        move("WB-HOME", SENT, "2026-01-10"),
        move("MHA-FD", FORWARDED, "2026-02-01", from_desk="WB-HOME"),
    ]
    afghan = route_progress(route, history, directory, "AF")
    assert keys(afghan.done) == ["state-home"]
    assert keys(afghan.next_steps) == ["unhcr", "mea"]
