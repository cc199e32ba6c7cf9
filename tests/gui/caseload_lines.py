"""The caseload list as the paralegal reads it, for the tests of its automatic-relief lines
(N47, A48, J50): the clients made, screened and stored, and each line's Best outcome and Next action."""

from __future__ import annotations

from clinic_app.eligibility import screen
from clinic_app.summary import summarize
from tests.gui.conftest import TODAY
from ui.client_view import outcome_line
from ui.models.caseload_model import COL_BEST, COL_NAME, COL_NEXT
from ui.services import screen_and_store


def load_caseload(window, repo, makers):
    """Store and screen (as of TODAY) one client of each maker, then show the window's list."""
    for make in makers:
        client = make()
        client.id = repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    window.load()
    return window.caseload


def lines(view) -> dict[str, tuple[str, str]]:
    """Name -> (Best outcome, Next action), of the lines shown."""
    return {view.proxy.index(i, COL_NAME).data(): (view.proxy.index(i, COL_BEST).data(), view.proxy.index(i, COL_NEXT).data())
            for i in range(view.proxy.rowCount())}


def row_of(view, name: str) -> int:
    """The shown row of the client named so."""
    return next(i for i in range(view.proxy.rowCount()) if view.proxy.index(i, COL_NAME).data() == name)


def header_of(make) -> str:
    """The client header's outcome line for the client `make` makes, screened as of TODAY, to
    set beside its caseload line (S160-02, S165-01)."""
    client = make()
    screening = screen(client.person, client.cases, TODAY)
    return outcome_line(summarize(client, screening, TODAY), screening, TODAY)
