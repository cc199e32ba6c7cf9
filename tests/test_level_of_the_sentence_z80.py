"""Z80-01: the level a count's sentence gives it, for intake's one count."""

from clinic_app.level_on_the_day import level_of_the_sentence


def test_z80_01_a_prison_or_1170h_term_is_a_felonys_alone():
    prison = level_of_the_sentence("state_prison")
    assert prison is not None and prison.level == "felony" and "state prison" in prison.why and "PC 17(a)" in prison.why
    jail = level_of_the_sentence("county_jail_1170h")
    assert jail is not None and jail.level == "felony" and "PC 1170(h)" in jail.why


def test_z80_01_other_sentences_say_nothing_of_the_level():
    for sentence in ("probation", "no_probation", "dismissed", "no_charges_filed", None):
        assert level_of_the_sentence(sentence) is None
