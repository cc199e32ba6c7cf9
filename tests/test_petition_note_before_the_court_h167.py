"""H167-03: the attorney covering a client's two hearings on one morning, one case in Dept. 30
and the other in Dept. 31, had typed each department in its petition's Note (the field's own
hint: "e.g. CR-180, Dept. 30"), and the filing worksheet, printed the night before, said
"Petition already filed ...; hearing 2026-12-07. Not to file again." under each case and not
where: a petition's note was said only once the court had denied it (N148-01).  A petition
still before the court now says its note too; a grant or a withdrawal does not."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.court import petition_said
from clinic_app.eligibility import screen
from clinic_app.model import Petition
from clinic_app.worksheet import compose
from tests.automatic_relief import to_file

AS_OF = date(2026, 12, 6)
HEARING = date(2026, 12, 7)


def test_h167_03_each_case_s_petition_before_the_court_says_its_note():
    client = to_file("Hector Dos Salas")
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "b", "LA100300"
    client.cases.append(second)
    for case, dept in zip(client.cases, ("Dept. 30", "Dept. 31")):
        case.petitions = [Petition("pc1203_4", date(2026, 10, 20), hearing_on=HEARING, note=dept)]
    sheet = compose(client, screen(client.person, client.cases, AS_OF))
    said = [f.court for case in sheet.cases for g in case.to_ask_for for f in g.filings if f.court is not None]
    assert said == [f"Petition already filed 2026-10-20; hearing {HEARING.isoformat()}. Not to file again. "
                    f"Its note: \u201c{dept}\u201d." for dept in ("Dept. 30", "Dept. 31")]


def test_h167_03_a_grant_or_a_withdrawal_does_not_say_its_note():
    client = to_file("Gracia Concedida")
    d = next(d for d in screen(client.person, client.cases, AS_OF).results if d.remedy == "pc1203_4")
    for ruling in ("granted", "withdrawn"):
        p = Petition("pc1203_4", date(2026, 10, 20), hearing_on=HEARING, ruling=ruling, ruling_on=HEARING, note="Dept. 30")
        assert "Dept. 30" not in petition_said([p], d, date(2026, 12, 8))


def test_k177_03_a_note_ending_its_own_sentence_takes_no_second_stop():
    """A note typed as a sentence ("Dept. 30; DA to object, file proof then.") printed
    "…then.”." on the worksheet and the Eligibility tab, both from `petition_said`: no doubled
    stop now, for a petition's own note and a denial's before it; a note with none keeps its stop."""
    client = to_file("Nota Punto")
    d = next(d for d in screen(client.person, client.cases, AS_OF).results if d.remedy == "pc1203_4")
    ended = "Dept. 30; DA to object, file proof then."
    before = Petition("pc1203_4", date(2026, 3, 2), ruling="denied", ruling_on=date(2026, 5, 4), note="No proof of restitution?")
    again = Petition("pc1203_4", date(2026, 10, 20), hearing_on=HEARING, note=ended)
    assert petition_said([before, again], d, AS_OF) == (
        f"Petition already filed 2026-10-20; hearing {HEARING.isoformat()}. Not to file again. Its note: \u201c{ended}\u201d "
        "Filed again after the one filed 2026-03-02 was denied 2026-05-04: \u201cNo proof of restitution?\u201d")
    client.cases[0].petitions = [before, again]
    sheet = compose(client, screen(client.person, client.cases, AS_OF))
    said = [f.court for case in sheet.cases for g in case.to_ask_for for f in g.filings if f.court is not None]
    assert said and all("\u201d." not in court for court in said), said
