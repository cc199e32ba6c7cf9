"""R90b-03: H89-02 said one piece of gun advice once under two labels.  Where those two were the
situation's only lines, the joined line was left alone under "Buying or owning a gun", and a
line alone whose kind is "not cleared" is printed without its label (the whole record is then
not cleared: nothing to tell apart).  Client 59 of `clinic-app demo --clients 3000 --seed 86`
(two convictions the clinic can ask to have made misdemeanors, a PC 273.5 among them) read
"Do not buy or hold a gun until a lawyer says you may. A felony means no guns for life. ...
Even after the change, one of these convictions may still ban guns." with no word of which
change: "If your convictions are not cleared, and once your convictions are made
misdemeanors — ..." was dropped (40 of the 3,000 handouts, in English or Spanish).  The
joined label is printed."""

from __future__ import annotations

from test_said_once_h89 import handout_pdf


def test_r90b_03_a_joined_gun_label_alone_in_its_situation_is_printed():
    english, _ = handout_pdf(59, "en")
    assert ("Buying or owning a gun If your convictions are not cleared, and once your convictions are made"
            " misdemeanors — Corporal injury to a spouse, partner or dating partner; Possessing a prohibited"
            " weapon (old law): Do not buy or hold a gun until a lawyer says you may.") in english
    assert english.count("Do not buy or hold a gun until a lawyer says you may.") == 1
    spanish, _ = handout_pdf(59, "es")
    # The PC 12020 name ends «(ley anterior)» (E155-03): the names joined after a dash, as in English.
    assert ("Si las condenas no están limpias y cuando le reduzcan las condenas a delito menor — Lesiones corporales a la"
            " pareja o expareja; Tener un arma prohibida (ley anterior): No compre ni tenga un arma hasta que un abogado"
            " le diga que puede.") in spanish
