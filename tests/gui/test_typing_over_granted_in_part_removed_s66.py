"""S66-03: "Granted in part..." chosen here (H63: the petition made two, the counts granted one, the
others another, one filing) while another desk removed the petition (entered on the wrong
client, say).  The save was refused and the typing put back over their record: the part paired
with the filing was said removed there and not put back, but the part denied, a petition added
here alone, was put back, unsaid: half the ruling stood, a denial of the other count on a
petition they had taken off.  The parts are one filing: neither is put back, and each is said."""

from __future__ import annotations

import pytest

from clinic_app.model import Petition
from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.test_petition_counts_y55 import two_counts
from tests.gui.test_petition_granted_in_part_h63 import FILED, _choose_granted_in_part, _grant_the_burglary, _open

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_granted_in_part_here_while_another_desk_removed_the_petition_puts_back_neither_part(qtbot, window, repo):
    client = two_counts("Parcial Quitada")
    client.cases[0].petitions = [Petition("pc1203_4", FILED)]
    client_id, form = _open(window, repo, client)
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.cases[0].petitions = []
        desk_2.save_client(theirs)
    seen: list = []
    with qtbot.capture_exceptions() as raised:  # the split's save, refused, as the window says it
        _grant_the_burglary(qtbot, seen, offered=None)  # the hearing is set on the other desk only
        _choose_granted_in_part(qtbot, form.petitions.rows[0])
        qtbot.waitUntil(lambda: len(raised) == 1)
    said = str(raised[0][1])
    assert isinstance(raised[0][1], ChangedElsewhere), said
    removed = ("Case BA100001, the PC 1203.4 dismissal petition filed 2026-09-01: removed in another window or on another "
               "desk, so what was typed in it is not put back: ")
    assert removed + 'convictions: ["c1-1"]; ruling: “granted”; ruled on: “2026-11-20”' in said, said
    assert removed + 'convictions: ["c1-2"]; ruling: “denied”; ruled on: “2026-11-20”' in said, said
    assert "typed1" not in said, said
    assert form.petitions.rows == []
    window.client_view.save()
    assert repo.get_client(client_id).cases[0].petitions == []
