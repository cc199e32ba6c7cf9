"""C70-03: once the attorney had reviewed a denied petition (D64-01), the client's handout said
"The judge said no ... A clinic lawyer looked at this decision ... Ask the clinic what you can do
next" over "Who does it: You" («Quién lo hace: Usted»), and its checklist "Ask the clinic what
you can do next about: ..." done by You, as if the next move after a denial were the client's
(K66).  After a denial what comes next is the clinic's to decide and do: the card and the step
now say "The clinic will tell you what can be done next", done by the clinic, in both languages.
A denial not yet reviewed stays a clinic lawyer's ("Wait for a clinic lawyer to review")."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.handouts.test_denial_means_said_n148 import MEANS_AFTER
from tests.test_denial_reviewed_said_d64 import _caseload, _papers

pytestmark = pytest.mark.pdf


def test_c70_03_after_the_review_of_a_denial_the_next_step_is_the_clinics(tmp_path):
    db, client_id = _caseload(tmp_path, datetime(2026, 11, 20, 18, tzinfo=timezone.utc))
    said = _papers(tmp_path, db, client_id)
    en, es = said["en"], said["es"]
    assert ("A clinic lawyer looked at this decision on November 20, 2026. The clinic will tell you what can be "
            f"done next. {MEANS_AFTER['en']} Who does it: The clinic PC 1203.4(a)(1)") in en
    assert "The clinic will tell you what can be done next about: Petty theft. The clinic" in en
    assert "Ask the clinic what you can do next" not in en
    assert ("Un abogado de la clínica revisó esta decisión el 20 de noviembre de 2026. La clínica le dirá qué se "
            f"puede hacer ahora. {MEANS_AFTER['es']} Quién lo hace: La clínica PC 1203.4(a)(1)") in es
    assert "La clínica le dirá qué se puede hacer ahora sobre: Hurto menor. La clínica" in es
    assert "Pregunte en la clínica qué puede hacer ahora" not in es


def test_c70_03_before_the_review_the_denial_is_a_clinic_lawyers(tmp_path):
    db, client_id = _caseload(tmp_path, datetime(2026, 10, 20, 18, tzinfo=timezone.utc))  # before the ruling
    said = _papers(tmp_path, db, client_id)
    assert f"A clinic lawyer will look at what can be done next. {MEANS_AFTER['en']} Who does it: A clinic lawyer" in said["en"]
    assert (f"Un abogado de la clínica verá qué se puede hacer ahora. {MEANS_AFTER['es']} "
            "Quién lo hace: Un abogado de la clínica") in said["es"]
