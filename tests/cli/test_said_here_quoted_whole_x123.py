"""X123-04: `clinic-app handout` told a paralegal at a terminal the command that sets the clinic's
details (C88-02), wrapped to the terminal's width (C112-02) between any two words, those inside
its quotes too: at some widths "Or here: clinic-app clinic --db '...' --phone "(213)" ended one
line and "555-0100" began the next, and on a caseload in a folder with a space "--db '/.../case"
above "files/day.sqlite'"; copied, the two lines were no command (R122's report saw it).  A
quoted word is kept whole on its line, as `clinic-app report` keeps its command's (R122-03:
text_report.kept_whole and KEEP); the words around it are still wrapped."""

from __future__ import annotations

import shlex

from clinic_app.handouts.command import SET_CONTACT_HERE, said_here
from clinic_app.handouts.document import NO_CONTACT

CLINIC = f"clinic-app clinic --db {shlex.quote('/home/maria/case files/day caseload.sqlite')}"


def test_x123_04_a_quoted_word_is_never_cut_at_any_width(capsys, monkeypatch):
    command = SET_CONTACT_HERE.replace("clinic-app clinic", CLINIC)
    for width in range(60, 101):
        monkeypatch.setenv("COLUMNS", str(width))
        said_here(NO_CONTACT, CLINIC)
        lines = capsys.readouterr().err.splitlines()
        assert " ".join(" ".join(lines).split()) == f"{NO_CONTACT} {command}"  # every word still said, in order
        for quoted in ('"(213) 555-0100"', '"street, city, ZIP"', shlex.quote("/home/maria/case files/day caseload.sqlite")):
            assert any(quoted in line for line in lines), (width, quoted, lines)
        assert all(len(line) <= width for line in lines), (width, lines)
