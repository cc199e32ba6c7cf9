"""C65-03: "Granted in part..." chosen here (H63: the petition made two, the counts granted one,
the others another, one filing) while another desk set the petition's hearing: the save
refused, the typing put back over their record gave their hearing to the first part only, the
part denied kept none, as if the court had heard those counts on no day.  The hearing is the
filing's: both parts have it."""

from __future__ import annotations

from datetime import date

import pytest
from clinic_app.model import Petition
from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.test_petition_counts_y55 import two_counts
from tests.gui.test_petition_granted_in_part_h63 import FILED, RULED, _choose_granted_in_part, _grant_the_burglary, _open

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

THEIR_HEARING = date(2026, 11, 20)


def test_granted_in_part_here_while_another_desk_set_the_hearing_gives_it_to_both_parts(qtbot, window, repo):
    client = two_counts("Parcial Audiencia")
    client.cases[0].petitions = [Petition("pc1203_4", FILED)]
    client_id, form = _open(window, repo, client)
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.cases[0].petitions[0].hearing_on = THEIR_HEARING
        desk_2.save_client(theirs)
    seen: list = []
    with qtbot.capture_exceptions() as raised:  # the split's save, refused, as the window says it
        _grant_the_burglary(qtbot, seen, offered=None)  # the hearing is set on the other desk only
        _choose_granted_in_part(qtbot, form.petitions.rows[0])
        qtbot.waitUntil(lambda: len(raised) == 1)
    assert isinstance(raised[0][1], ChangedElsewhere) and "what you typed put back over it: check it" in str(raised[0][1])
    assert [(r.ruling.currentData(), r.hearing.value()) for r in form.petitions.rows] == [
        ("granted", THEIR_HEARING), ("denied", THEIR_HEARING)]
    assert window.client_view.save()
    assert repo.get_client(client_id).cases[0].petitions == [
        Petition("pc1203_4", FILED, ["c1-1"], THEIR_HEARING, "granted", RULED),
        Petition("pc1203_4", FILED, ["c1-2"], THEIR_HEARING, "denied", RULED)]
