"""Z114: a long record's handout read as the client reads it.  Each test opens the real PDF."""

from __future__ import annotations

import pytest
from test_long_record_l109 import handout as long_record

pytestmark = pytest.mark.pdf


def test_z114_01_a_joined_gun_line_over_several_convictions_speaks_in_the_plural():
    """Under "Buying or owning a gun" the long record's one joined line (the convictions not
    cleared, the 6 to be made misdemeanors and the one to change under Prop 64) read "Even after
    the change, one of these convictions may still ban guns." and, two sentences on, "Even
    after the change, this conviction may still ban guns.": one conviction, of seven named.
    The line speaks for them all, so each note is said in the plural, once."""
    for lang, heading, after, prop64, plural, singular in (
            ("en", "Buying or owning a gun If your convictions are not cleared", "This handout is general information.",
             "once your conviction is changed under Prop 64 (Possession of marijuana for sale): Do not buy or hold a gun",
             "Even after the change, one of these convictions may still ban guns.", "this conviction may still ban guns"),
            ("es", "Comprar o tener un arma de fuego Si las condenas no están limpias", "Cuando le desestimen las condenas",
             "según la Proposición 64 (Posesión de marihuana para la venta): No compre ni tenga un arma",
             "Aun después del cambio, una de estas condenas todavía puede prohibirle tener armas.",
             "esta condena todavía puede prohibirle")):
        text, _ = long_record(lang)
        start = text.index(heading)
        line = text[start:text.index(after, start)]
        assert prop64 in line, line
        assert line.count(plural) == 1, line
        assert singular not in line, line
