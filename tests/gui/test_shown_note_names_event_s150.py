"""S150-03: with the caseload's Event filter on "First Saturday", Caseload > Handouts for the N
clients shown said "(Review needed, or clinic-app list --review, lists them)": typed at a
terminal, that listed the whole caseload's queue, another event's client with the one counted
(B148).  The batch knows the event (it names its folder, B148-03): its commands now name it, as
`clinic-app handout --event` and Print event handouts do (M58-05), and list the one counted."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

from clinic_app import cli
from tests.cli.test_help_width_j59 import words
from tests.gui.conftest import batch_question_asked
from tests.gui.test_opened_from_review_queue_u93 import _eligible_then_to_review
from tests.gui.test_review_count_unscreened_c112 import _event_with_one_never_screened


def test_s150_03_the_clients_shown_of_an_event_name_it_in_the_commands_they_say(qtbot, window, repo):
    other = _eligible_then_to_review("Olga Otra")
    other.event = "Second Saturday"
    other_id = repo.add_client(other)
    window.load()
    window.open_client(other_id)  # on the queue too, of another event
    assert window.show_caseload()
    _event_with_one_never_screened(window, repo)
    view = window.caseload
    view.event.setCurrentIndex(view.event.findData("First Saturday"))
    seen = batch_question_asked(qtbot)
    window.shown_handouts_action.trigger()
    said = words(seen[0][1])
    assert "1 client still awaits an attorney's review" in said, said
    command = f"clinic-app list --db {repo.path} --review --event 'First Saturday'"
    assert f"(Review needed, or {command}, lists them)" in said, said
    assert f"clinic-app list --db {repo.path} --outcome not_screened --event 'First Saturday'" in said, said

    # The command said lists the one client counted, not Olga of the other event.
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(["list", "--db", str(repo.path), "--review", "--event", "First Saturday"]) == 0
    listed = [line.split("\t")[1] for line in out.getvalue().splitlines() if line.strip()]
    assert listed == ["Alejandra Orozco"], out.getvalue()
