"""S66-04: "Granted in part..." chosen here (H63: one filing made two petitions, the counts granted
and the counts denied) while another desk put right the petition's day filed (the clerk's stamp)
and set its hearing.  The save was refused and the typing put back over their record: the part
paired with the filing got their day and hearing, the part denied kept the day as it was and no
hearing, one filing on two days, with not a word (C65-03 gives the hearing to each part only when
the day is the same on both sides).  Each part now has their day and their hearing."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.test_petition_counts_y55 import two_counts
from tests.gui.test_petition_granted_in_part_h63 import FILED, RULED, _choose_granted_in_part, _grant_the_burglary, _open

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

STAMPED = date(2026, 9, 2)
THEIR_HEARING = date(2026, 11, 20)


def test_granted_in_part_here_while_another_desk_put_right_the_day_filed_gives_each_part_their_day_and_hearing(qtbot, window, repo):
    client = two_counts("Parcial Dia")
    client.cases[0].petitions = [Petition("pc1203_4", FILED)]
    client_id, form = _open(window, repo, client)
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.cases[0].petitions[0].filed_on = STAMPED
        theirs.cases[0].petitions[0].hearing_on = THEIR_HEARING
        desk_2.save_client(theirs)
    seen: list = []
    with qtbot.capture_exceptions() as raised:  # the split's save, refused, as the window says it
        _grant_the_burglary(qtbot, seen, offered=None)  # the hearing is set on the other desk only
        _choose_granted_in_part(qtbot, form.petitions.rows[0])
        qtbot.waitUntil(lambda: len(raised) == 1)
    assert isinstance(raised[0][1], ChangedElsewhere), raised
    assert [(r.filed.value(), r.ruling.currentData(), r.hearing.value()) for r in form.petitions.rows] == [
        (STAMPED, "granted", THEIR_HEARING), (STAMPED, "denied", THEIR_HEARING)]
    assert window.client_view.save()
    assert repo.get_client(client_id).cases[0].petitions == [
        Petition("pc1203_4", STAMPED, ["c1-1"], THEIR_HEARING, "granted", RULED),
        Petition("pc1203_4", STAMPED, ["c1-2"], THEIR_HEARING, "denied", RULED)]
