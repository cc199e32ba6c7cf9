"""Z141-02: the client's box on the Record tab read "Survivor of human trafficking", while the
screening reads it as a survivor of trafficking or of intimate partner or sexual violence
(FORMAT.md: "client reports being a trafficking / IPV survivor"; PC 236.15): an attorney with a
client an abuser forced into a drug sale left it unticked, and PC 236.14 / 236.15 vacatur was
not considered for her conviction.  The box now says "Trafficking / IPV survivor", as each
count's box says "Trafficking / IPV related", and a screen reader hears both statutes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.gui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _coerced_sale() -> Client:
    """A felony HS 11352(a) of 2019, formal probation completed; the count not marked."""
    day = date(2019, 9, 20)
    case = Case(id="C", case_number="19F00003",
                convictions=[Conviction(id="C1", code="HS", section="11352(a)", level="felony", conviction_date=day)],
                sentence=Sentence(type="probation", judgment_date=day, imposition_suspended=True, completed=True,
                                  probation=Probation(kind="formal", start=day, end=date(2022, 9, 20), status="completed")))
    return Client(name="Nadia Pruebas", person=Person(dob=date(1990, 3, 14), us_citizen=True), cases=[case])


def test_z141_02_the_survivor_box_names_partner_violence_and_ticking_it_opens_vacatur(qtbot, window, repo):
    client_id = repo.add_client(_coerced_sale())
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    box = window.client_view.record.person.trafficking
    assert "IPV" in box.text() and "trafficking" in box.text().lower()
    heard = QAccessible.queryAccessibleInterface(box)
    assert heard.text(QAccessible.Text.Name) == "Survivor of trafficking or intimate partner violence"
    assert "PC 236.14" in box.toolTip() and "PC 236.15" in box.toolTip()
    assert "intimate partner or sexual violence" in box.toolTip()
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    window.client_view.save_button.click()
    assert repo.get_client(client_id).person.trafficking_survivor is True
    # Screened again on saving: the vacatur is now weighed for her conviction.
    qtbot.waitUntil(lambda: any(d.remedy == "pc236_14" and d.status == "eligible"
                                for d in repo.latest_screening(client_id).screening.results))
