"""Every flag a file can raise is seen: a badge to draw, a name to say it, a place in the
order, and a distinct letter, so that adding a flag without its look fails here, not on screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from repatriate.domain.flags import Flag
from repatriate.ui.flag_badges import ORDER, badges, flag_name


@pytest.mark.parametrize("flag", list(Flag))
def test_every_flag_has_a_badge_and_a_name(qtbot: QtBot, flag: Flag) -> None:
    assert flag in ORDER
    assert flag_name(flag).strip()
    assert badges((flag,)).width() > 1


def test_no_two_flags_share_a_name() -> None:
    names = [flag_name(flag) for flag in Flag]
    assert len(set(names)) == len(names)
