"""Y141-04: a PC 290 registrant whose 2005 prison term no dismissal reaches came asking for a
certificate of rehabilitation.  The table said "Certificate of rehabilitation (PC 4852.01): Eligible
now" and the handout "You qualify now", but the client's header said "· Nothing available": a
certificate is a referral, not relief, to the caseload's best outcome (clinic_app.summary).  The
header now names it after those words: "· Nothing available · Referral open now: Certificate of
rehabilitation"; a client with relief open keeps the header he had."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence
from tests.gui.conftest import open_on_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _prison(section: str, *, registrant: bool) -> Client:
    person = Person(dob=date(1970, 6, 1), us_citizen=True, registrant_290=registrant, ca_resident_since=date(1990, 1, 1),
                    on_supervision="none")
    case = Case(id="c1", case_number="BA200003",
                convictions=[Conviction(id="c1-1", section=section, level="felony", conviction_date=date(2005, 2, 10))],
                sentence=Sentence(type="state_prison", judgment_date=date(2005, 3, 15), completed=True,
                                  custody=Custody(release_date=date(2011, 1, 10), supervision="parole", supervision_end=date(2014, 1, 10))))
    return Client(name="Carl Pruebaregistro", person=person, cases=[case])


def _header(window) -> str:
    return window.client_view.outcome.text().replace("\u00a0", " ")


def test_y141_04_a_certificate_alone_is_named_beside_nothing_available(qtbot, window, repo):
    open_on_record(window, repo, _prison("261(a)(2)", registrant=True))
    qtbot.waitUntil(lambda: "Nothing available" in _header(window))
    assert _header(window) == "· Nothing available · Referral open now: Certificate of rehabilitation"


def test_y141_04_relief_open_keeps_its_header(qtbot, window, repo):
    open_on_record(window, repo, _prison("211", registrant=False))
    qtbot.waitUntil(lambda: "Eligible now" in _header(window))
    assert "Referral" not in _header(window)
