"""W141-03: intake's case line after a jail or prison term shows "Release day:" and "Supervision
until:" in place of "Until:", and since K129-01 stores a PC 1170(h) jail term with a supervision
end as a split sentence ending in mandatory supervision; the README's intake bullet named Alt+U
"the probation's end" alone, and neither the release day's Alt+Y nor what the supervision's day
does to the term.  It says both, as intake labels them and stores the case."""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import TODAY

README = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())


def test_w141_03_the_readme_says_intake_s_supervision_until_as_intake_shows_it(qtbot, repo):
    from ui.intake import IntakeDialog

    bullet = README.split("**Intake at a clinic event.**", 1)[1].split(" - **", 1)[0]
    assert ('after a jail or prison term, Alt+Y the release day, and Alt+U, "Supervision until:", the day its '
            "supervision ends: after a PC 1170(h) jail term, mandatory supervision's, the term stored as a split "
            "sentence; blank for a straight term") in bullet
    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    for kind in ("county_jail_1170h", "state_prison"):
        dialog.sentence.setCurrentIndex(dialog.sentence.findData(kind))
        assert dialog.ends_label.text().replace("&", "") == "Supervision until:"
        assert dialog.ends_label.buddy() is dialog.probation_end
        assert not dialog.released.isHidden()
        # The field's own tip says the split sentence of a 1170(h) term (K129-01), as the README now does.
        assert ("split sentence" in dialog.probation_end.toolTip()) == (kind == "county_jail_1170h")
