"""S165-01: a theft on probation to 2027-01-10 beside a VC 2800 count, whose dismissal PC 1203.4(b)
bars, on probation to 2027-06-01: the theft's dismissal is blocked by the other case's probation.
The header said "Blocked until 2027-06-02" and the caseload "Screen again on 2027-06-02", nothing
of the engine's own step, "Ask the court to end probation early (PC 1203.3) in case 24CJCM05555",
open there now, which would lift the block (S160 scenario A).  Both now say it as "Eligible on"
does (S156-02, S160-02).

S165-02: where the probation a day waits for has an early end the court already ordered, there is
nothing left to ask, and the header says nothing of "sooner"; the list read it "probation to
<day>" as any running probation and said "PC 1203.3 now" where PC 1203.3 was open for another
case only (S160 scenario E).  Outstanding now says it "probation ends early <day>", and the
list reads as the header."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.gui.caseload_lines import header_of, lines, load_caseload, row_of
from tests.gui.test_next_action_day_kept import _shown
from tests.gui.test_read_whole_at_200_b65 import _cell_text
from ui.models.caseload_model import COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _blocked(name: str, ordered: date | None = None) -> Client:
    """Theft on probation to 2027-01-10; VC 2800 (1203.4(b) bars it) on probation to 2027-06-01,
    its early end ordered for `ordered` where given."""
    return Client(name=name, person=Person(dob=date(1980, 4, 4), us_citizen=True), cases=[
        Case(id="c1", case_number="25CJCM01234", convictions=[
            Conviction(id="c1-1", section="484(a)/488", level="misdemeanor", conviction_date=date(2025, 1, 10))],
            sentence=Sentence(type="probation", judgment_date=date(2025, 1, 10),
                              probation=Probation(kind="summary", start=date(2025, 1, 10), end=date(2027, 1, 10)))),
        Case(id="c2", case_number="24CJCM05555", convictions=[
            Conviction(id="c2-1", section="2800", code="VC", level="misdemeanor", conviction_date=date(2024, 3, 1))],
            sentence=Sentence(type="probation", judgment_date=date(2024, 3, 1),
                              probation=Probation(kind="summary", start=date(2024, 3, 1), end=date(2027, 6, 1),
                                                  early_termination=ordered)))])


def _open_there() -> Client:
    return _blocked("Bruno Bloqueado")


def _already_ordered() -> Client:
    return _blocked("Ofelia Ordenada", ordered=date(2027, 5, 1))


def _waits_on_an_ordered_end() -> Client:
    """S160's scenario E: the theft's early end ordered for 2027-01-10; the barred case's
    probation, PC 1203.3 open there, ends first (2026-12-20)."""
    client = _blocked("Elena Esperada")
    client.cases[0].sentence.probation.end = date(2028, 1, 10)
    client.cases[0].sentence.probation.early_termination = date(2027, 1, 10)
    client.cases[1].sentence.probation.end = date(2026, 12, 20)
    return client


MAKERS = (_open_there, _already_ordered, _waits_on_an_ordered_end)


def test_a_block_the_court_can_lift_now_is_said_in_the_header_and_the_list(qtbot, window, repo):
    view = load_caseload(window, repo, MAKERS)
    assert lines(view) == {
        "Bruno Bloqueado": ("Blocked until 2027-06-02", "PC 1203.3 now, or recheck 2027-06-02"),
        "Ofelia Ordenada": ("Blocked until 2027-05-02", "Screen again on 2027-05-02"),
        "Elena Esperada": ("Eligible on 2027-01-11", "File on 2027-01-11"),
    }
    tip = view.proxy.index(row_of(view, "Bruno Bloqueado"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("PC 1203.3 now, or recheck 2027-06-02, the day after the probation that blocks relief "
                          "ends: the court can be asked now to end it early, and the block lifted sooner."), tip
    assert {make().name: header_of(make) for make in MAKERS} == {"Bruno Bloqueado": "· Blocked until 2027-06-02 · Can be sooner: PC 1203.3 end probation early, open\u00a0now",
                       "Ofelia Ordenada": "· Blocked until 2027-05-02",
                       "Elena Esperada": "· Eligible on 2027-01-11: PC 1203.4 dismissal, PC 1203.425 automatic relief"}
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1200)
    assert _shown(view, "Bruno Bloqueado") == "PC 1203.3 now, or recheck 2027-06-02"
    # R166-01: where the Outstanding column is at its least (1024 wide), the early end ordered
    # keeps its day, as "probation to" does; it read "probation ends early 2027-01... +1".
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert {name: _cell_text(view, row_of(view, name))[0] for name in ("Bruno Bloqueado", "Elena Esperada")} == {
        "Bruno Bloqueado": "probation to 2027-01-10, +1 more", "Elena Esperada": "probation ends early 2027-01-10 +1"}
    window.resize(853, 560)
    qtbot.waitUntil(lambda: window.width() == 853 and view.table.viewport().width() < 853)
    assert _shown(view, "Bruno Bloqueado") == "1203.3; 2027-06-02"
