"""K377: intake's refusals carry the fact they are about (`clinic_app.refusal.Refusal`), and are
shown under their field's line, the keyboard in it, by that fact, not by their first words."""

from __future__ import annotations

import pytest

from tests.gui.conftest import type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

# A bad value in each field of the sentence's line: the sentence, the field, what is typed there,
# the conviction date, and the fact the refusal is about.
LINE = [
    ("probation", "probation_end", "13/45/2020", "1/5/2018", "sentence.probation.end"),
    ("state_prison", "probation_end", "13/45/2020", "1/5/2018", "sentence.custody.supervision_end"),
    ("state_prison", "released", "2/30/2020", "1/5/2018", "sentence.custody.release_date"),
    ("probation", "fines", "lots", "1/5/2018", "money.fines_ordered"),
    ("probation", "fines_paid", "some", "1/5/2018", "money.fines_paid"),
    ("probation", "restitution", "-5", "1/5/2018", "money.restitution_ordered"),
    ("probation", "jurisdiction", "LA Superior Court", "1/5/2018", "jurisdiction"),
    ("county_jail_1170h", "sentence", None, "1/5/1994", "sentence"),
]


def _refused(qtbot, dialog, sentence, name, typed, convicted):
    """Case BA1 typed with `typed` in the field `name` under `sentence`, Enter in the case number."""
    from PySide6.QtCore import Qt

    from ui.forms import set_combo

    set_combo(dialog.sentence, sentence)
    type_intake_case(qtbot, dialog, "BA1", convicted, offense="11377", enter=False)
    if typed is not None:
        field = getattr(dialog, name)
        field.setFocus()
        qtbot.keyClicks(field, typed)
    dialog.case_number.setFocus()
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.client.cases == []


@pytest.mark.parametrize(("sentence", "name", "typed", "convicted", "fact"), LINE)
def test_k377_01_a_line_s_refusal_says_its_fact_and_is_shown_by_it(qtbot, started_intake, sentence, name, typed,
                                                                   convicted, fact):
    """Placed by its first words ("Release day: ..."), a refusal reworded landed under the Case
    number, out of sight of its field, or under another line; it now says which fact it is of."""
    dialog = started_intake
    _refused(qtbot, dialog, sentence, name, typed, convicted)
    problem = dialog.case_problem()
    assert problem.about == fact
    assert dialog.line_words.text() == problem == dialog.case_message.text()
    assert dialog.case_message.seen_in() is dialog.line_words and not dialog.case_message.isVisible()
    assert getattr(dialog, name).hasFocus()


def test_k377_01_placed_by_its_fact_not_its_words(qtbot, started_intake, monkeypatch):
    """A refusal of the sentence in other words than "Sentence: ..." is still shown under the
    sentence's line, the keyboard on the sentence; words of no fact stay under the Case number."""
    from clinic_app.refusal import Refusal
    from ui.intake import IntakeDialog

    dialog = started_intake
    said = "Realignment began 2011-10-01, after this 1994 conviction: choose another sentence"
    monkeypatch.setattr(IntakeDialog, "_jail_before_realignment", lambda self: Refusal(said, "sentence"))
    _refused(qtbot, dialog, "county_jail_1170h", "sentence", None, "1/5/1994")
    assert dialog.line_words.text() == said and dialog.sentence.hasFocus()
    monkeypatch.setattr(IntakeDialog, "_jail_before_realignment", lambda self: "Sentence: not a fact's refusal")
    _refused(qtbot, dialog, "county_jail_1170h", "sentence", None, "")
    assert dialog.case_message.isVisible() and dialog.line_words.isHidden()


def test_k377_01_said_again_as_the_fines_change_it_stays_under_its_line(qtbot, started_intake):
    """"Fines paid: “in full” is no amount: type 450 ..." said again as the fines ordered are
    typed over (J216-03) is the same refusal of the same field: still under the line, not moved
    under the Case number."""
    from PySide6.QtCore import Qt

    from tests.gui.conftest import type_over

    dialog = started_intake
    type_intake_case(qtbot, dialog, "BA1", "06-02-2019", offense="PC 484(a)", enter=False)
    type_over(qtbot, dialog.fines, "450")
    type_over(qtbot, dialog.fines_paid, "in full")
    qtbot.keyClick(dialog.fines_paid, Qt.Key.Key_Return)
    type_over(qtbot, dialog.fines, "600")
    said = "Fines paid: “in full” is no amount: type 600, the sum ordered, if all of it was paid"
    assert dialog.case_message.text() == said and dialog.line_words.text() == said
    assert dialog.line_words.isVisible() and not dialog.case_message.isVisible()


@pytest.mark.parametrize(("sentence", "typed", "said"), [
    ("probation", "lots", "“lots” is no amount: type it in dollars (300), or leave it blank if it is not known"),
    ("dismissed", "300", "an arrest without a conviction has none; clear it, or choose the sentence"),
])
def test_k377_02_fines_ordered_refused_by_its_own_name(qtbot, started_intake, sentence, typed, said):
    """"Fines: ..." named a field intake labels "Fines ordered $:", a screen reader hears as
    "Fines ordered", and the Record tab labels and refuses as "Fines ordered"; no field is
    "Fines".  Named as they name it now, as a bad Until: is (R373-01)."""
    from datetime import date

    from ui.case_form import CaseForm

    dialog = started_intake
    _refused(qtbot, dialog, sentence, "fines", typed, "1/5/2018")
    assert dialog.fines.accessibleName() == "Fines ordered"
    assert dialog.case_message.text() == f"Fines ordered: {said}" == dialog.line_words.text()
    if sentence == "probation":  # the Record tab's words of the same sum
        form = CaseForm()
        form.today = lambda: date(2026, 12, 5)
        qtbot.addWidget(form)
        form.fines_ordered.setText(typed)
        assert f"Fines ordered: {said}" in form.validate()


@pytest.mark.parametrize(("sentence", "name", "typed", "convicted", "fact"), LINE)
def test_k377_03_a_line_s_refusal_names_its_field_as_its_label_reads(qtbot, started_intake, sentence, name, typed,
                                                                     convicted, fact):
    """Each refusal wrote its field's name again ("Release day", "Restitution", "Fines"), apart
    from the label: "Fines:" had drifted from "Fines ordered $:" (K377-02).  Named now from the
    label as it reads, Until:, which names no field, by its name for a screen reader (R373-01);
    a label reworded, its refusals follow."""
    dialog = started_intake
    field = getattr(dialog, name)
    label = dialog._labels[field]
    if name != "probation_end":
        label.setText(label.text().replace(":", " (K377):"))
    _refused(qtbot, dialog, sentence, name, typed, convicted)
    shown = label.text().replace("&", "").removesuffix(":").removesuffix("$").strip()
    named = field.accessibleName() if name == "probation_end" else shown
    assert dialog.case_message.text().startswith(f"{named}: ")
    if name != "probation_end":
        assert named.endswith("(K377)")
