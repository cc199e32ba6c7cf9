"""N148-02: a client whose PC 1203.4 petition the judge denied read on the handout "The judge
said no on May 10, 2025. A clinic lawyer will look at what can be done next.", and nothing of
what the "no" means for them meanwhile (the conviction not dismissed, to be answered as the
page's "What you may say" tells them) nor whether it is the end.  The card now says it, kindly
and without promising a second try, in English and Spanish, before and after the lawyer's
review."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from clinic_app import cli
from clinic_app.model import Petition, Violation
from clinic_app.review import answer_key
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client

pytestmark = pytest.mark.pdf

RULED = date(2025, 5, 10)
# What the card says after the day of the "no" and the lawyer's look, whichever is said.
MEANS_AFTER = {
    # "That “no”", and where "What you may say" is (G150-02).
    "en": ("That \u201cno\u201d means the judge did not make this change. Answer questions about it as \u201cWhat you may "
           "say\u201d below tells you. A \u201cno\u201d is not always the last word: the clinic may be able to ask again."),
    "es": ("Ese «no» quiere decir que el juez no hizo este cambio. Conteste las preguntas sobre esto como dice "
           "«Qué puede decir», abajo. Un «no» no siempre es la última palabra: tal vez la clínica pueda pedirlo otra vez."),
}
MEANS = {
    "en": f"The judge said no on May 10, 2025. A clinic lawyer will look at what can be done next. {MEANS_AFTER['en']}",
    "es": f"El juez dijo que no el 10 de mayo de 2025. Un abogado de la clínica verá qué se puede hacer ahora. {MEANS_AFTER['es']}",
}


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def _handouts(tmp_path, client, review: str | None = None) -> dict[str, str]:
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db) as repo:
        client_id = repo.add_client(client)
        rescreen_caseload(repo, TODAY, workers=1)
        if review is not None:
            stored = repo.latest_screening(client_id)
            denied = [d for d in stored.screening.results if d.remedy == review]
            repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d)) for d in denied],
                                "Refile with a declaration", facts_hash=stored.facts_hash,
                                at=datetime(2026, 11, 20, 18, tzinfo=timezone.utc))  # before the handout's day
    said = {}
    for lang in ("en", "es"):
        out = tmp_path / f"{lang}.pdf"
        assert cli.main(["handout", "--db", db, "--client", str(client_id), "--lang", lang, "--out", str(out),
                         "--as-of", TODAY.isoformat()]) == 0
        said[lang] = _text(out)
    return said


def _denied_dismissal():
    # A petty theft, probation revoked and reinstated once (the judge's discretion, and no
    # automatic relief under PC 1203.425): a dismissal its only relief.
    client = probation_client("Ana Denegada", section="488")
    client.cases[0].sentence.probation.violations = [Violation(date(2022, 1, 10), "reinstated")]
    client.cases[0].petitions = [Petition("pc1203_4", date(2025, 3, 1), ruling="denied", ruling_on=RULED)]
    return client


def test_n148_02_a_denial_says_what_it_means_and_that_it_may_not_be_the_end(tmp_path):
    said = _handouts(tmp_path, _denied_dismissal())
    assert MEANS["en"] in said["en"]
    assert MEANS["es"] in said["es"]


def test_n148_02_said_too_once_the_lawyer_has_reviewed_the_denial(tmp_path):
    said = _handouts(tmp_path, _denied_dismissal(), review="pc1203_4")
    assert f"The clinic will tell you what can be done next. {MEANS_AFTER['en']}" in said["en"]
    assert f"La clínica le dirá qué se puede hacer ahora. {MEANS_AFTER['es']}" in said["es"]

