"""G327: Spanish handouts read before they are handed to a client, by a bilingual paralegal:
three of a 200-client demo caseload and the long record (L109).  Each test reads the real PDF."""

from __future__ import annotations

from handout_render import render_scenario


def test_g327_01_nobody_does_it_says_there_is_nothing_to_do_as_spanish_says_it():
    """A conviction no relief reaches answered "Quién lo hace" with «Nadie: nada que hacer», the
    English "Nobody: nothing to do" word for word, a note's shorthand, not a sentence a client
    reads.  It says «Nadie: no hay nada que hacer»."""
    text = render_scenario("excluded", "es").text()
    assert "Quién lo hace: Nadie: no hay nada que hacer" in text
    assert "Nadie: nada que hacer" not in text
