"""One record, one story: what one remedy says of a fact, every other remedy and
consequence of the same screening says too (found by a cross-remedy audit of 120,000
demo screenings)."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.screening_format import read_request

from engine_builders import row


def _screen(request: dict):
    req = read_request(request)
    return screen(req.person, req.cases, req.as_of)


def _case(id, section, level, convicted, sentence, code="PC", money=None, case_number=None, relief=None, **facts):
    conv = {"id": f"{id}1", "code": code, "section": section, "level": level, "conviction_date": convicted, **facts}
    if relief:
        conv["relief_granted"] = relief
    case = {"id": id, "outcome": "convicted", "convictions": [conv], "sentence": sentence}
    if money:
        case["money"] = money
    if case_number:
        case["case_number"] = case_number
    return case


def _probation(start, end, status, kind="summary", completed=None):
    s = {"type": "probation", "judgment_date": start, "probation": {"kind": kind, "start": start, "end": end, "status": status}}
    if completed is not None:
        s["completed"] = completed
    return s


def _request(as_of, *cases):
    return {"as_of": as_of, "person": {"us_citizen": True}, "cases": list(cases)}


OLD_CASE = _case("A", "459/460(b)", "felony", "2015-03-02", _probation("2015-03-02", "2018-03-02", "completed", kind="formal"))


def test_early_termination_step_for_a_dui_says_relief_stays_discretionary():
    s = _screen(_request("2026-11-01", _case("A", "23152(a)", "misdemeanor", "2025-06-01", _probation("2025-06-01", "2028-06-01", "active"), code="VC")))
    d = row(s, "pc1203_4")
    assert d.mode == "discretionary"
    for steps in (d.next_steps, row(s, "pc1203_3", conv=None).next_steps):
        assert not any("becomes mandatory" in x for x in steps)
        assert any("stays discretionary for a VC 12810(a)-(e) offense" in x for x in steps)


def test_early_termination_step_for_an_excluded_offense_opens_no_dismissal():
    s = _screen(_request("2026-11-01", _case("A", "311.11(a)", "misdemeanor", "2025-06-01", _probation("2025-06-01", "2028-06-01", "active"))))
    assert row(s, "pc1203_4").status == "not_eligible"
    steps = row(s, "pc1203_3", conv=None).next_steps
    assert any("PC 1203.4(b) rules out a dismissal" in x for x in steps)
    assert not any("1203.4 becomes mandatory" in x or "together with the 1203.4 petition" in x for x in steps)


def test_probation_marked_active_past_its_end_elsewhere_is_a_question_not_a_block():
    stale = _case("B", "602", "misdemeanor", "2026-06-01", _probation("2026-06-01", "2027-06-01", "active"), case_number="6CJ00002")
    s = _screen(_request("2030-01-01", OLD_CASE, stale))
    d = row(s, "pc1203_4")
    assert d.status == "needs_review" and d.confidence == "M"
    assert "probation in case 6CJ00002: it is marked active, but its end date 2027-06-01 has passed" in d.reasons[0].text
    assert d.missing_facts == []  # given, checked (S27B-01)
    assert d.next_steps[0].startswith("Check the record, then screen again: Case 6CJ00002: The record marks probation active")
    assert not any("no end date" in r.text for x in s.results for r in x.reasons)


def test_a_probation_ab1950_may_have_ended_is_a_question_for_the_other_cases_too():
    # judged 2020-12-07, not final on 2021-01-01 (People v. Quinn): the cap may reach it
    capped = _case("B", "602", "misdemeanor", "2020-12-07", _probation("2020-12-07", "2023-12-07", "active"), case_number="20CJCM10687")
    s = _screen(_request("2022-06-01", _case("A", "602", "misdemeanor", "2015-03-02", _probation("2015-03-02", "2016-03-02", "completed")), capped))
    own = row(s, "pc1203_4", case="B", conv="B1")
    other = row(s, "pc1203_4")
    assert own.status == "needs_review" and "probation ended on 2021-12-07, not 2023-12-07" in own.reasons[0].text
    assert other.status == "needs_review" and other.confidence == "M"
    assert "AB 1950 caps misdemeanor probation at 1 year" in other.reasons[0].text and "2023-12-07" in other.reasons[0].text
    # Before the capped end has passed, both readings agree: a plain block until the ordered end.
    early = _screen(_request("2021-06-01", _case("A", "602", "misdemeanor", "2015-03-02", _probation("2015-03-02", "2016-03-02", "completed")), capped))
    assert row(early, "pc1203_4").status == "blocked"


def test_a_term_ordered_under_ab1950_stands_for_every_remedy():
    """Review finding: a 3-year misdemeanor probation granted in 2022 was read as possibly
    capped for 1203.4 while 1203.425 used the ordered end. ca-rules.md 2.2: use the
    record's end date.  S28-05: a later term longer than the cap with no listed exception
    showing is said (a flag, as for a pre-2021 term), the ordered end kept."""
    later = _case("A", "484(a)/488", "misdemeanor", "2022-01-10", _probation("2022-01-10", "2025-01-10", "active"))
    s = _screen(_request("2023-06-01", later))
    own = row(s, "pc1203_4")
    assert (own.status, own.date) == ("eligible_on", date(2025, 1, 11))
    assert any("AB 1950" in r.text and "The record's end date is used here" in r.text for r in own.reasons)
    assert row(s, "pc1203_425").date == date(2025, 1, 11)


def test_unpaid_fines_in_a_case_marked_completed_are_read_the_same_way_for_every_case():
    fines = _case("B", "20002", "misdemeanor", "2020-02-01", {"type": "no_probation", "judgment_date": "2020-02-01", "completed": True}, code="VC", money={"fines_ordered": 300, "fines_paid": 246}, case_number="0CJ00002")
    s = _screen(_request("2026-11-01", OLD_CASE, fines))
    assert row(s, "pc1203_425", case="B", conv="B1").status not in ("eligible", "eligible_on")
    for remedy in ("pc1203_4", "pc1203_425"):
        d = row(s, remedy)
        assert d.status == "needs_review", (remedy, d)
        assert "fines of $54 are unpaid, so the sentence may not be fully served" in " ".join(r.text for r in d.reasons)


def test_relief_granted_after_the_screening_day_is_not_granted_yet():
    rec = _case("A", "459/460(b)", "felony", "2025-06-01", {**_probation("2025-06-01", "2027-06-01", "active", kind="formal"), "imposition_suspended": True}, relief=[{"remedy": "pc17b", "date": "2028-01-15"}])
    s = _screen(_request("2026-11-01", rec))
    assert row(s, "pc17b").status in ("eligible", "eligible_on")
    firearms = [c.text for c in s.consequences if c.topic == "firearms"]
    assert any("lifetime state and federal ban" in t for t in firearms)
    later = _screen(_request("2028-02-01", rec))
    assert "already granted on 2028-01-15" in row(later, "pc17b").reasons[0].text


def test_a_vehicle_code_infraction_is_not_called_dismissible():
    rec = _case("A", "12500(a)", "infraction", "2023-12-28", _probation("2023-12-28", "2024-12-28", "completed"), code="VC")
    s = _screen(_request("2026-11-01", rec))
    assert row(s, "pc1203_4a").status == "not_eligible"
    disclosure = [c.text for c in s.consequences if c.topic == "disclosure"]
    assert disclosure and not any("as dismissed" in t for t in disclosure)


def test_17b_gate_says_an_infraction():
    s = _screen(_request("2026-11-01", _case("A", "12500(a)", "infraction", "2023-12-28", _probation("2023-12-28", "2024-12-28", "completed"), code="VC")))
    assert row(s, "pc17b").reasons[0].text == "This conviction is already an infraction; PC 17(b) reduces felonies."


def test_firearms_names_prop47_only_where_the_screening_leaves_it_open():
    # A burglary after Prop 47 took effect: Prop 47 does not reach it.
    after = _screen(_request("2026-11-01", _case("A", "459/460(b)", "felony", "2016-05-20", _probation("2016-05-20", "2019-05-20", "completed", kind="formal"), offense_date="2016-01-10")))
    assert row(after, "prop47").status in ("not_eligible", "not_applicable")
    assert not any("Prop 47" in c.text for c in after.consequences if c.topic == "firearms")
    before = _screen(_request("2026-11-01", _case("A", "11350(a)", "felony", "2012-07-11", _probation("2012-07-11", "2015-07-11", "completed", kind="formal"), code="HS")))
    assert row(before, "prop47").status not in ("not_eligible", "not_applicable")
    assert any("A Prop 47 reduction would not restore firearm rights" in c.text for c in before.consequences if c.topic == "firearms")


def test_the_anniversary_verify_note_rests_at_medium_confidence():
    # 1203.4a: judgment 2025-11-01; as_of 2026-11-01 is the anniversary, the first safe day tomorrow.
    s = _screen(_request("2026-11-01", _case("A", "415(1)", "misdemeanor", "2025-11-01", {"type": "no_probation", "judgment_date": "2025-11-01", "completed": True})))
    d = row(s, "pc1203_4a")
    assert d.status == "eligible_on" and d.date == date(2026, 11, 2)
    assert any("verify" in r.text for r in d.reasons)
    assert d.confidence == "M"
    # The engine has no clock: a screening of 2026-11-01 is not "today" (oracle finding O23-20).
    assert any(r.text == "The screening date is exactly the anniversary that ends the waiting period; some courts count it, but the first safe day is the day after it: verify." for r in d.reasons)


def test_no_anniversary_note_says_today_or_tomorrow():
    """Oracle finding O23-20: the "verify" notes of every remedy with a waiting period said
    "Today is exactly the anniversary ... tomorrow" of a screening of any day."""
    s = _screen(_request("2026-11-01", _case("A", "415(1)", "misdemeanor", "2025-11-01", {"type": "no_probation", "judgment_date": "2025-11-01", "completed": True})))
    notes = [(d.remedy, r.text) for d in s.results for r in d.reasons if "anniversary" in r.text and "verify" in r.text]
    assert notes
    assert not any("today" in t.lower() or "tomorrow" in t.lower() for _, t in notes)


def test_automatic_relief_speaks_of_the_doj_start_and_the_90_day_window_in_the_right_tense():
    done = _screen(_request("2026-11-15", _case("A", "484(a)/488", "misdemeanor", "2015-03-02", _probation("2015-03-02", "2018-03-02", "completed"))))
    d = row(done, "pc1203_425")
    texts = " ".join(r.text for r in d.reasons)
    assert d.status == "eligible"
    assert "began on 2024-10-01" in texts
    assert "90 days" not in texts  # the window to stop relief closed before the date came
    ahead = _screen(_request("2026-11-15", _case("A", "415(1)", "misdemeanor", "2026-02-10", {"type": "no_probation", "judgment_date": "2026-02-10", "completed": True})))
    d = row(ahead, "pc1203_425")
    assert d.status == "eligible_on"
    assert "no later than 90 days before the eligibility date" in " ".join(r.text for r in d.reasons)


def test_every_eligible_on_date_is_the_first_day_when_the_day_comes():
    """Screen demo clients, then screen each again on every `eligible_on` date it was given
    (the record unchanged): on that day the result is eligible, and the day before it is
    not.  The one allowed exception is a probation the record still marks active after its
    end date, which the engine rightly questions (common.stale_active_probation)."""
    from datetime import timedelta

    from clinic_app.demo import DEMO_AS_OF, generate_clients

    checked = 0
    for client in generate_clients(600, seed=11):
        first = screen(client.person, client.cases, DEMO_AS_OF)
        by_day: dict = {}
        for d in first.results:
            if d.status == "eligible_on":
                by_day.setdefault(d.date, []).append((d.case, d.conviction, d.remedy))
        for day, keys in by_day.items():
            on = {(d.case, d.conviction, d.remedy): d for d in screen(client.person, client.cases, day).results}
            before = {(d.case, d.conviction, d.remedy): d for d in screen(client.person, client.cases, day - timedelta(days=1)).results}
            for key in keys:
                checked += 1
                then = on[key]
                stale = then.status == "needs_review" and any("still active" in r.text or "marked active" in r.text for r in then.reasons)
                assert then.status == "eligible" or stale, (client.name, key, day, then.status, [r.text for r in then.reasons])
                assert before[key].status != "eligible", (client.name, key, day)
    assert checked > 300  # the demo caseload gives plenty of dated results


def test_every_blocked_until_date_lifts_the_block_when_the_day_comes():
    """As above for `blocked` with a date: screened again on that day (the record unchanged)
    the result is no longer blocked, nor put off to a later date."""
    from clinic_app.demo import DEMO_AS_OF, generate_clients

    checked = 0
    for client in generate_clients(600, seed=5):
        by_day: dict = {}
        for d in screen(client.person, client.cases, DEMO_AS_OF).results:
            if d.status == "blocked" and d.date is not None:
                by_day.setdefault(d.date, []).append((d.case, d.conviction, d.remedy))
        for day, keys in by_day.items():
            on = {(d.case, d.conviction, d.remedy): d for d in screen(client.person, client.cases, day).results}
            for key in keys:
                checked += 1
                then = on[key]
                assert then.status != "blocked", (client.name, key, day, [r.text for r in then.reasons])
                assert not (then.status == "eligible_on" and then.date > day), (client.name, key, day, then.date)
    assert checked > 200


def test_the_order_of_the_cases_changes_nothing():
    """Metamorphic finding: the reason for a new offense during probation, a new felony within
    1203.425's four years, and the certificate's later convictions named whichever case came
    first in the request; now the earliest, so any order gives the same screening."""
    from clinic_app.demo import DEMO_AS_OF, generate_clients

    def said(s):
        # Bars are listed in the order of their cases, as the clinic entered them: what is
        # said must not change, the order of the list may.
        return sorted((d.case, d.conviction or "", d.remedy, d.status, d.mode or "", str(d.date), tuple(sorted(r.text for r in d.reasons)), tuple(sorted(d.next_steps))) for d in s.results)

    compared = 0
    for client in generate_clients(800, seed=13):
        if len(client.cases) < 2:
            continue
        compared += 1
        forward = screen(client.person, client.cases, DEMO_AS_OF)
        backward = screen(client.person, list(reversed(client.cases)), DEMO_AS_OF)
        assert said(forward) == said(backward), client.name
    assert compared > 100


def test_low_confidence_is_said_only_as_needs_review():
    """FORMAT.md: an [L] point gives needs_review with the question said, never a guess.
    Audit finding: unpaid fines ([L], ca-rules 2.3) lowered an eligible or blocked answer to
    L where they decided nothing (a violation had already made the route discretionary)."""
    from clinic_app.demo import DEMO_AS_OF, generate_clients

    low = [
        (client.name, d.case, d.conviction, d.remedy, d.status)
        for client in generate_clients(1500, seed=17)
        for d in screen(client.person, client.cases, DEMO_AS_OF).results
        if d.confidence == "L" and d.status != "needs_review"
    ]
    assert low == []


def test_the_spelling_of_a_code_changes_no_answer():
    """Metamorphic finding: the AB 1950 DUI exception, the Ninth Circuit possession note and
    1203.45's traffic-infraction exception read the request's code as written, so "VEH",
    "H&S" or "vc" (spellings the catalog reads) changed answers."""
    from dataclasses import replace

    from clinic_app.demo import DEMO_AS_OF, generate_clients

    aliases = {"VC": "Veh.", "HS": "H&S", "PC": "pen", "BP": "B&P"}

    def respelled(case):
        return replace(case, convictions=[replace(v, code=aliases.get(v.code, v.code)) for v in case.convictions])

    def said(s):
        return (
            sorted((d.case, d.conviction or "", d.remedy, d.status, d.mode or "", str(d.date), d.confidence) for d in s.results),
            sorted((c.case, c.conviction or "", c.topic, c.cite) for c in s.consequences),
        )

    for as_of in (DEMO_AS_OF, date(2022, 6, 1)):
        for client in generate_clients(600, seed=21, as_of=as_of):
            cases = [respelled(c) for c in client.cases]
            assert said(screen(client.person, cases, as_of)) == said(screen(client.person, client.cases, as_of)), client.name


def test_the_text_report_of_a_screening_of_another_day_says_the_screening_date(tmp_path):
    """O23-20 through `clinic-app screen --format text`: a 2026-11-01 screening run on any day."""
    import io
    import json

    from clinic_app.screen_command import run_single

    path = tmp_path / "request.json"
    path.write_text(json.dumps(_request("2026-11-01", _case("A", "415(1)", "misdemeanor", "2025-11-01", {"type": "no_probation", "judgment_date": "2025-11-01", "completed": True}))), encoding="utf-8")
    out = io.StringIO()
    assert run_single(str(path), None, "text", out) == 0
    text = " ".join(out.getvalue().split())
    assert "The screening date is exactly the anniversary that ends the waiting period; some courts count it, but the first safe day is the day after it: verify." in text
    assert "Today is exactly" not in text and "tomorrow" not in text


def test_o23c_01_no_note_says_today_or_tomorrow_of_the_screening_date():
    """Oracle finding O23C-01 (after O23-20): the engine has no clock, yet on the exact day the
    firearm-ban note said the ban "ends on its anniversary, today", and on probation's last day
    1203.4's step said "Probation ends today" and 1203.3 "ends today", of a screening of any
    day.  Screened on those days (and the days around them), nothing says today or tomorrow."""
    from engine_builders import probation_case, run, topics

    def said(s):
        return [r.text for d in s.results for r in d.reasons] + [x for d in s.results for x in d.next_steps] + [c.text for c in s.consequences]

    # The ten-year PC 29805 ban from a 242 conviction of 2016-03-01: its anniversary.
    ban = probation_case("242", start="2016-03-01", end="2017-03-01")
    on_the_day = run(ban, as_of="2026-03-01")
    assert "The screening date is exactly the anniversary that ends the ten-year state firearm ban from the conviction date (2026-03-01); some courts count it, but the first safe day for the person to have a firearm is the day after it: verify." in " ".join(topics(on_the_day)["firearms"])
    # A 490.2 is on the list only if the property was a firearm: the same day, said on that condition.
    theft = run(probation_case("490.2", start="2019-03-02", end="2021-03-02"), as_of="2029-03-02")
    assert topics(theft)["firearms"][0].startswith(
        "PC 29805 lists this offense only if the property taken was a firearm; if so, the screening date is exactly the anniversary that ends the ten-year state firearm ban (2029-03-02); "
        "some courts count it, but the first safe day for the person to have a firearm is the day after it: verify. Otherwise no state firearm ban follows from it."
    )
    # Probation's last day: 1203.3 has nothing left to end, and 1203.4 opens the day after.
    last = run(probation_case(start="2025-06-01", end="2026-12-01", status=None), as_of="2026-12-01")
    assert "Probation in this case ends on the screening date (2026-12-01); there is no time left for the court to end it early." in said(last)
    assert any(x.startswith("Probation ends on the screening date: from the day after it, 2026-12-02, file form CR-180") for x in said(last))
    for s in (on_the_day, theft, last, run(ban, as_of="2026-02-28"), run(ban, as_of="2026-03-02")):
        assert not [t for t in said(s) if "today" in t.lower() or "tomorrow" in t.lower()]
