"""The shipped directory and routes: true to the case study, and covering the demo's prisons."""

from __future__ import annotations

import json

import pytest

from repatriate.domain.chain import choose_route
from repatriate.domain.desks import Role
from repatriate.resource_files import resource
from repatriate.services.desks import routes, starting_directory

STATE_DESKS = (Role.STATE_PRISONS, Role.STATE_HOME, Role.POLICE)


def demo_prison_states() -> list[str]:
    people = json.loads(resource("demo", "people.json").read_text(encoding="utf-8"))
    return sorted(
        {prison[0] for country in people["countries"].values() for prison in country["prisons"]}
    )


@pytest.mark.parametrize("state", demo_prison_states())
def test_every_state_the_demo_holds_prisoners_in_has_its_prison_home_and_police_desks(
    state: str,
) -> None:
    desks = [d for d in starting_directory() if d.state == state]
    missing = [role.value for role in STATE_DESKS if not any(d.role is role for d in desks)]
    assert missing == [], f"{state} has no {', '.join(missing)} desk in desks.json"
    assert all(d.source for d in desks)


def test_the_mha_confirms_and_the_state_effects_the_repatriation() -> None:
    """The case study: in 2014 the MHA delegated the power to effect repatriation to the state
    home departments; states still wait for the MHA's confirmation."""
    for route in routes():
        steps = {s.key: s for s in route.steps}
        mha = steps["mha"]
        assert "confirmation" in mha.title and "orders" not in mha.title, route.code
        assert "2014" in mha.note
        order = steps["state-order"]
        assert order.role is Role.STATE_HOME and order.source == "case study"
        assert "effects the repatriation" in order.title
        assert order.stage > mha.stage


def test_nepal_has_its_own_route_with_the_unnamed_steps_marked() -> None:
    route = choose_route(routes(), "NP")
    assert route is not None and route.code == "IN-NP"
    by_key = {s.key: s for s in route.steps}
    assert "travel-documents" not in by_key and "frro" not in by_key
    assert by_key["hand-over"].role is Role.BORDER
    assert {by_key[k].source for k in ("identity-letter", "escort", "hand-over")} == {"assumption"}
    assert "1950" in route.source and "passport" in route.source
    assert all(s.source in ("case study", "assumption") for r in routes() for s in r.steps)


def test_missions_the_case_study_speaks_of_carry_its_words() -> None:
    notes = {d.code: d.notes for d in starting_directory()}
    for code in ("EMB-PS", "EMB-AF"):
        assert "take complete ownership of the process" in notes[code]
    assert "1950" in notes["EMB-NP"]
    assert "2014" in notes["MHA-FD"]
