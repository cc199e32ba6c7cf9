"""K386-02: on the Record tab, a supervision end typed before the conviction (no release typed) or
a probation end before it (no start typed) was saved (K386-01 refuses it now in the record's one
check, screening_format.check_case); the refusal is said beside the field typed, in the check's
words, and in the "Cannot save" line, and nothing is stored."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Custody, Probation, Sentence
from tests.gui.test_client_record import _open, _type
from tests.gui.test_future_dates_i59 import no_sentence

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _supervision_end(sentence: Sentence) -> date | None:
    return sentence.custody.supervision_end


def _probation_end(sentence: Sentence) -> date | None:
    return sentence.probation.end


@pytest.mark.parametrize("sentence, key, ended", [
    (Sentence(type="state_prison", custody=Custody(supervision="parole")), "supervision_end", _supervision_end),
    (Sentence(type="probation", probation=Probation(kind="summary")), "probation_end", _probation_end),
])
def test_k386_02_an_end_before_the_conviction_is_refused_beside_its_field(qtbot, window, repo, sentence, key, ended):
    client = no_sentence()  # its count convicted 2024-03-01
    client.cases[0].sentence = sentence
    client_id = _open(window, repo, client)
    view = window.client_view
    row = view.record.case_form.rows[key]
    _type(qtbot, row.field, "2023-09-01")
    said = "2023-09-01 is before the conviction date 2024-03-01"
    assert row.message.text() == said and row.message.kind == "error"
    assert not view.save_button.isEnabled() and said in view.save_button.toolTip()
    assert ended(repo.get_client(client_id).cases[0].sentence) is None
    _type(qtbot, row.field, "2024-09-01")  # put right: said no more, and saved as the field is left
    assert row.message.text() == "" and ended(repo.get_client(client_id).cases[0].sentence) == date(2024, 9, 1)
