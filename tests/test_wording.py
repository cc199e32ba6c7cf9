"""Counts in messages: singular for exactly one."""

from clinic_app.wording import count


def test_one_is_singular_and_every_other_count_plural():
    assert count(1, "client") == "1 client"
    assert count(0, "client") == "0 clients"
    assert count(2, "page") == "2 pages"
    assert count(12345, "handout") == "12,345 handouts"


def test_an_irregular_plural_is_given():
    assert count(1, "person", "people") == "1 person"
    assert count(3, "person", "people") == "3 people"


def test_a_list_is_said_with_and_before_its_last_item():
    from clinic_app.wording import listed

    assert [listed(["A1"]), listed(["A1", "B1"]), listed(["A1", "B1", "C1"])] == ["A1", "A1 and B1", "A1, B1 and C1"]
