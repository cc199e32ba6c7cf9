"""S64: what drafts.not_put_back says was typed and not put back over another desk's record."""

from clinic_app.drafts import not_put_back, typing_over
from ui.models.history_model import in_words


def _two_cases() -> dict:
    return {"client": {"notes": ""},
            "cases": [{"id": "c1", "case_number": "BA100001", "convictions": [{"id": "c1-1", "section": "459", "level": "misdemeanor"}]},
                      {"id": "c2", "case_number": "BA100002", "convictions": [{"id": "c2-1", "section": "11350", "level": "misdemeanor"},
                                                                              {"id": "c2-2", "section": "148", "level": "misdemeanor"}]}]}


def test_s64_06_a_count_taken_out_here_and_changed_there_is_named_in_its_own_case():
    """The count taken out here was kept as they changed it, and said: at the typing's place
    of its case (cases[1]) and the record's place of the count, a path of neither record;
    another desk had removed the case before it, so the warning named no case of the
    record ("Case 2") or, one added before it, another case ("Case BA100003")."""
    typed_on = _two_cases()
    typed = _two_cases()
    del typed["cases"][1]["convictions"][0]  # count 1 of BA100002 taken out here
    stored = _two_cases()
    del stored["cases"][0]  # BA100001 removed there ...
    stored["cases"][0]["convictions"][0]["level"] = "felony"  # ... and the count put right
    put = typing_over(typed_on, typed, stored)
    said = not_put_back(typed_on, typed, put)
    assert said == [("cases[0].convictions[0]", "changed there, kept")]
    assert in_words(said[0][0], put) == "Case BA100002, conviction 1"
