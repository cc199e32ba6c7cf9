"""K188: a Ctrl-C while the open made the caseload list's lines again (L181: a caseload an older
Clinic Desk screened, up to 40 s at 100,000 clients) said main's "interrupted; nothing more was
written.", and a `kill` or the terminal closed ended it unsaid, where the lines made are kept, no
client's record is changed and the next open makes the rest.  Each run is stopped at a chosen
point (tests/db/stopped_child.py) on L181's caseload of two clients."""

from __future__ import annotations

import signal
import sys

import pytest

from clinic_app.summary import LINES_WORDING
from db.lines import LINES_SAID
from db.repository import Repository
from tests.cli.test_stopped_runs_c171 import stopped
from tests.db.test_lines_made_again_l181 import NEW_WORDS, screened_by_an_older_program

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM and SIGHUP")

STOPPED_SAID = "while making the caseload list's lines again for this version of Clinic Desk"


def test_k188_01_a_kill_as_the_lines_are_begun_says_none_changed_and_the_next_open_makes_them(tmp_path):
    path = tmp_path / "caseload.sqlite"
    old, _changed = screened_by_an_older_program(path)
    # Stopped once "updating the caseload list's lines ..." is said, before any is made.
    done = stopped(signal.SIGTERM, "clinic_app.cli:_say", "after", 1, "list", "--db", str(path))
    assert (f"clinic-app: stopped (SIGTERM) {STOPPED_SAID}: none of 2 made yet; no client's record was changed, "
            "and the command did not begin. The rest are made the next time the caseload is opened: run the command "
            "again.") in done.stderr
    assert "Old Words" not in done.stdout  # nothing listed
    told: list[str] = []
    with Repository.open(path, user="paralegal-1", progress=lambda _done, _total, text: told.append(text)) as repo:
        assert LINES_SAID in told  # as said: made at the next open
        assert repo.client_rows([old])[0].outstanding == NEW_WORDS


def test_k188_01_a_ctrl_c_as_a_range_is_written_waits_for_it_and_says_it_made(tmp_path):
    path = tmp_path / "caseload.sqlite"
    old, changed = screened_by_an_older_program(path)
    # Stopped as the range's lines are being made: the range is written whole, then it stops.
    done = stopped(signal.SIGINT, "db.lines:_range_made_again", "before", 1, "list", "--db", str(path))
    assert "nothing more was written" not in done.stderr
    assert (f"clinic-app: interrupted {STOPPED_SAID}, once all 2 were made: no client's record was changed, and the "
            "command did not begin: run it again.") in done.stderr
    with Repository(Repository.open(path, make_lines_again=False).db) as repo:
        assert repo.client_rows([old])[0].outstanding == NEW_WORDS  # made, as said
        assert repo.client_rows([changed])[0].outstanding == ["probation to 2027-01-10"]  # its facts changed since
        assert repo.get_setting("caseload_lines_wording") in (None, str(LINES_WORDING))
