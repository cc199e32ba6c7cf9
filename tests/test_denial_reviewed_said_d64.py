"""D64-01: once the attorney had reviewed a denied petition (the caseload line "Denied <day>:
reviewed by the attorney <day>", H63-04; the report "denied, reviewed by attorney", L63-02), the
staff filing worksheet still said "an attorney reviews before it is filed again", and the
client's handout "A clinic lawyer will look at what can be done next" with "Wait for a clinic
lawyer to review" on its list.  Each now says the review is done, on its day, and what the
record shows next: nothing filed again yet, only as the review says (the worksheet); that the
clinic will tell them what can be done next (the handout, English and Spanish; C70-03).  One function decides whether
a denial is reviewed (`court.denial_reviewed_on`), as the line's `denial_reviewed` does.  A
review made before the ruling's day is not of the denial: the old words stay."""

from __future__ import annotations

import io
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from clinic_app import cli
from clinic_app.court import denial_reviewed_on, petition_said
from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Person, Petition, Probation, Sentence
from clinic_app.review import answer_key
from clinic_app.worksheet import compose
from clinic_app.court import FILE_ONCE_AFTER_REVIEW, FILE_ONCE_AS_REVIEWED
from clinic_app.worksheet.render import render_bytes
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file

pytestmark = pytest.mark.pdf

RULED = date(2026, 11, 1)
OLD_STAFF = "an attorney reviews before it is filed again"


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def _caseload(tmp_path, reviewed_at: datetime) -> tuple[str, int]:
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db) as repo:
        client = to_file("Dora Denegada")
        client.event = "Pomona 2026-11"
        client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 2), ruling="denied", ruling_on=RULED)]
        client_id = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
        stored = repo.latest_screening(client_id)
        d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
        repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], "Refile once restitution is paid",
                            facts_hash=stored.facts_hash, at=reviewed_at)
    return db, client_id


def _papers(tmp_path, db: str, client_id: int, as_of: date = AS_OF) -> dict[str, str]:
    texts = {}
    for kind, lang in (("worksheet", None), ("handout", "en"), ("handout", "es")):
        out = tmp_path / f"{kind}-{lang}.pdf"
        args = [kind, "--db", db, "--client", str(client_id), "--out", str(out), "--as-of", as_of.isoformat()]
        assert cli.main(args + (["--lang", lang] if lang else [])) == 0
        texts[lang or kind] = _text(out)
    return texts


def test_d64_01_a_reviewed_denial_reads_reviewed_on_the_worksheet_and_the_handout(tmp_path):
    db, client_id = _caseload(tmp_path, datetime(2026, 11, 20, 18, tzinfo=timezone.utc))
    said = _papers(tmp_path, db, client_id)
    assert ("Petition filed 2026-09-02, denied 2026-11-01; reviewed by the attorney 2026-11-20: "
            "file again only as the review says.") in said["worksheet"]
    assert OLD_STAFF not in said["worksheet"]
    assert ("The judge said no on November 1, 2026. A clinic lawyer looked at this decision on November 20, 2026. "
            "The clinic will tell you what can be done next.") in said["en"]  # the clinic's (C70-03)
    assert "The clinic will tell you what can be done next about: Petty theft." in said["en"]
    assert "will look at what can be done next" not in said["en"] and "Wait for a clinic lawyer to review" not in said["en"]
    assert ("El juez dijo que no el 1 de noviembre de 2026. Un abogado de la clínica revisó esta decisión el "
            "20 de noviembre de 2026. La clínica le dirá qué se puede hacer ahora.") in said["es"]
    assert "La clínica le dirá qué se puede hacer ahora sobre: Hurto menor." in said["es"]
    assert "verá qué se puede hacer ahora" not in said["es"] and "Espere a que un abogado" not in said["es"]


def test_d64_01_an_events_batch_says_it_as_the_clients_own_paper(tmp_path):
    """`clinic-app handout --event` and `worksheet --event` (the window's batches write through
    the same `render_event` and `write_worksheets`, given the reviews the same way)."""
    db, _client_id = _caseload(tmp_path, datetime(2026, 11, 20, 18, tzinfo=timezone.utc))
    for kind, words in (("handout", "A clinic lawyer looked at this decision on November 20, 2026."),
                        ("worksheet", "reviewed by the attorney 2026-11-20")):
        out = tmp_path / kind
        assert cli.main([kind, "--db", db, "--event", "Pomona 2026-11", "--out", str(out), "--as-of", AS_OF.isoformat()]) == 0
        (paper,) = out.glob("*.pdf")
        assert words in _text(paper)


def test_d64_01_a_review_of_before_the_ruling_leaves_the_denial_to_review(tmp_path):
    db, client_id = _caseload(tmp_path, datetime(2026, 10, 20, 18, tzinfo=timezone.utc))
    said = _papers(tmp_path, db, client_id)
    assert f"Petition filed 2026-09-02, denied 2026-11-01: {OLD_STAFF}." in said["worksheet"]
    assert "A clinic lawyer will look at what can be done next." in said["en"]
    assert "Wait for a clinic lawyer to review: Petty theft." in said["en"]
    assert "Un abogado de la clínica verá qué se puede hacer ahora." in said["es"]


def test_d64_01_one_function_decides_for_each_result():
    client = to_file()
    petition = Petition("pc1203_4", date(2026, 9, 2), ruling="denied", ruling_on=RULED)
    d = next(d for d in screen(client.person, client.cases, AS_OF).results if d.remedy == "pc1203_4")
    key = answer_key(d)
    assert denial_reviewed_on(petition, d, [(key, date(2026, 10, 31))], AS_OF) is None  # before the ruling
    assert denial_reviewed_on(petition, d, [("another answer", RULED)], AS_OF) is None
    assert denial_reviewed_on(petition, d, [(key, RULED), (key, date(2026, 11, 3))], AS_OF) == date(2026, 11, 3)
    assert denial_reviewed_on(Petition("pc1203_4", date(2026, 9, 2), ruling="denied"), d, [(key, RULED)], AS_OF) is None  # no day
    assert petition_said([petition], d, AS_OF, [(key, RULED)]).startswith(
        "Petition filed 2026-09-02, denied 2026-11-01; reviewed by the attorney 2026-11-01: file again only as the review says.")
    assert petition_said([petition], d, AS_OF).endswith(OLD_STAFF + ".")


def test_d64_01_the_file_once_block_says_the_denial_reviewed():
    """L63-01's block over 1203.4 and 17(b) on one CR-180, both denied: "only after an attorney
    has reviewed the denial" until each denial is reviewed since the ruling."""
    count = Conviction(id="c1-1", section="459/460(b)", level="felony", conviction_date=date(2018, 1, 1))
    case = Case(id="c1", case_number="BA700702", disposition_date=date(2018, 1, 1), convictions=[count],
                sentence=Sentence(type="probation", imposition_suspended=True, completed=True,
                                  probation=Probation(kind="formal", start=date(2018, 1, 1), end=date(2020, 1, 1))),
                petitions=[Petition("pc1203_4", date(2026, 9, 2), ruling="denied", ruling_on=RULED),
                           Petition("pc17b", date(2026, 9, 2), ruling="denied", ruling_on=RULED)])
    client = Client("Ramona Archivada", Person(dob=date(1980, 1, 1)), [case], id=641)
    screening = screen(client.person, client.cases, date(2026, 12, 3))
    keys = [answer_key(d) for d in screening.results if d.remedy in ("pc1203_4", "pc17b")]

    def text(reviews) -> str:
        reader = PdfReader(io.BytesIO(render_bytes(compose(client, screening, reviews))))
        return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)

    assert FILE_ONCE_AFTER_REVIEW in text([(keys[0], RULED)])  # one of the two reviewed
    both = text([(key, date(2026, 11, 5)) for key in keys])
    assert FILE_ONCE_AS_REVIEWED in both and FILE_ONCE_AFTER_REVIEW not in both
    assert "reviewed by the attorney 2026-11-05" in both and OLD_STAFF not in both
