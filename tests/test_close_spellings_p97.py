"""P97-02: a client calls and gives a surname the paralegal spells as heard: "Hakobian" for
Hakobyan, "Hernandes" for Hernández, "OBrian" for O'Brien found nobody, and the list said only
"No client matches"; the paralegal went through the H's by hand.  `close_spellings` finds the
names of the caseload spelled close to what was typed."""

from __future__ import annotations

from clinic_app.matching import close_spellings

NAMES = ["Keisha Hakobyan", "James Hakobyan", "Darnell O'Brien", "María Hernández", "Guadalupe Hernández Gómez",
         "Ana Díaz", "Rosa Paz"]


def test_p97_02_a_surname_spelled_as_heard_is_offered_as_the_caseload_spells_it():
    assert close_spellings("Hakobian", NAMES) == ["Hakobyan"]
    assert close_spellings("hernandes", NAMES) == ["Hernández"]
    assert close_spellings("OBrian", NAMES) == ["O'Brien"]


def test_p97_02_a_first_name_typed_right_is_kept_beside_the_surname_put_right():
    assert close_spellings("Darnell OBrian", NAMES) == ["Darnell O'Brien"]
    assert close_spellings("Mar Hernandes", NAMES) == ["Mar Hernández"]  # "Mar", the start of María, found as it is


def test_p97_02_nothing_offered_where_nothing_is_close_or_it_is_no_name():
    assert close_spellings("Zzyzx", NAMES) == []
    assert close_spellings("BA123456", NAMES) == []  # a case number
    assert close_spellings("3/2/85", NAMES) == []  # a date of birth
    assert close_spellings("Paz", NAMES) == []  # found as typed: nothing to put right


def test_r100_02_a_hyphenated_surname_spelled_as_heard_is_put_right_word_by_word():
    # R100-02: the caseload's words are a hyphenated name's parts, and the word typed was asked
    # whole ("garsialopez"), close to no part: a hyphenated surname spelled as heard had no offer.
    names = NAMES + ["María José García-López", "José Ángel Núñez-Ortega"]
    assert close_spellings("Garsia-Lopez", names) == ["García-Lopez"]  # "Lopez" found as typed
    assert close_spellings("Nunes-Ortega", names) == ["Núñez-Ortega"]
    assert close_spellings("Jose Nunes-Ortega", names) == ["Jose Núñez-Ortega"]
    assert close_spellings("Garcia-Lopes", names) == ["Garcia-López"]
    assert close_spellings("García-López", names) == []  # found as typed
