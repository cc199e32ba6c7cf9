"""Q191-05: the screening's text report lists the Prop 64 filing before the dismissal it comes
before, as the filing worksheet does (ca-rules.md 7: proposition relief first)."""

from __future__ import annotations

from datetime import date

from engine_builders import probation_case, run

from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Person


def test_q191_05_prop_64_is_filed_before_the_dismissal():
    """A 2008 HS 11360(a) felony, formal probation completed 2011: Prop 64 (CR-400) and PC 1203.4
    (CR-180) both open now.  The case's next steps read "PC 1203.4 dismissal: File form CR-180 ..."
    above Prop 64's "If not, file form CR-400", the reverse of the worksheet, so an attorney
    reading `screen --format text` filed the dismissal first."""
    case = probation_case("11360(a)", code="HS", level="felony", start="2008-07-15", end="2011-07-15", kind="formal")
    person = Person(dob=date(1974, 6, 1))
    text = render_text(run(case, as_of="2026-12-07", person=person), person, [case])
    steps = text[text.index("Next steps for case"):]
    assert steps.index("Prop 64 marijuana relief: Check the court record") < steps.index("PC 1203.4 dismissal: File form CR-180")
