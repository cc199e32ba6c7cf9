"""Y234: a survivor of trafficking with three PC 647(b) misdemeanors and a PC 148(a)(1), all from
the years she was trafficked, reads her handout.  She is marked a survivor; of her counts only
the 2014 PC 647(b) is marked a result of it so far, as after a first talk with a lawyer.  Each test opens the real PDF (pypdf text) of a
synthetic client screened by the real engine, rendered once a language for this module."""

from __future__ import annotations

from datetime import date
from functools import cache

from handout_clients import _probation
from handout_render import render_scenario, rendered_for

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Case, Client, Conviction, Person, Petition, ReliefGranted


def daniela(lang: str) -> Client:
    """Summary probation done in each case; Spanish her first language."""
    cases = [Case(id=cid, case_number=number, convictions=[Conviction(
                 id=f"{cid}1", code="PC", section=section, level="misdemeanor", conviction_date=day)],
                 sentence=_probation(day, date(day.year + 2, day.month, day.day), "completed"))
             for cid, number, section, day in (
                 ("A", "1VN01234", "647(b)", date(2011, 6, 14)),
                 ("B", "2VN05678", "647(b)", date(2012, 9, 3)),
                 ("C", "3VN04321", "148(a)(1)", date(2013, 2, 20)),
                 ("D", "4VN08765", "647(b)", date(2014, 11, 5)))]
    cases[3].convictions[0].trafficking_related = True
    # The clinic has filed her 2012 count's PC 1203.49 petition, the count not marked since.
    cases[1].petitions = [Petition("pc1203_49", date(2026, 11, 2))]
    return Client(name="Daniela Ejemplo", language=lang,
                  person=Person(dob=date(1991, 4, 22), us_citizen=True, trafficking_survivor=True), cases=cases)


@cache
def handout_text(lang: str) -> str:
    return rendered_for(daniela(lang), lang).text()


def test_y234_01_a_survivor_offered_vacatur_is_told_what_she_may_say_once_it_is_granted():
    """Page 1 offers her, on each card, to have the court cancel the conviction (PC 236.14), which
    does more than the dismissal beside it.  "What you may say" told only "If your convictions
    are not cleared" and "Once your convictions are dismissed" ("Yes, but they were dismissed
    under Penal Code 1203.4" on a license form), never what she may say once they are cancelled:
    to an employer "No." (ca-rules.md 5, Vacated).  Now each situation says it, as a sealing to
    come does (J140-01), in English and Spanish."""
    english = handout_text("en")
    for said in (
        "Once your convictions are dismissed: “No.”",
        "If the judge cancels your convictions: “No.” PC 236.14",
        "If the judge cancels your convictions: “No.” There is no conviction to report. If the form asks about "
        "arrests, it is safest to tell about the arrests and attach each court order.",
        "If the judge cancels your convictions: Tell about the arrests and attach each court order, to be safe.",
        "If the judge cancels your convictions: “No conviction.”",
    ):
        assert said in english
    # Every situation but immigration (she is a citizen): ten.
    assert english.count("If the judge cancels your convictions:") == 10
    spanish = handout_text("es")
    assert "Si el juez anula las condenas: «No». PC 236.14" in spanish
    assert "Si el juez anula las condenas: Por precaución, declare los arrestos y adjunte cada orden del tribunal." in spanish
    assert spanish.count("Si el juez anula las condenas:") == 10


def test_y234_01_a_motion_to_vacate_is_not_told_as_a_survivor_s_cancelled_conviction():
    """A motion to vacate under PC 1473.7 (an immigrant's DUI) may end in the case pleaded again,
    and then the new outcome decides what is said (ca-rules.md 5): no "If the judge cancels"."""
    text = render_scenario("non_citizen", "es").text()
    assert "Anular la condena" in text
    assert "Si el juez anula" not in text


def test_y234_02_relief_for_a_survivor_is_an_if_where_her_count_is_not_marked_a_result_of_it():
    """Her 2011 card read "Cancelling the conviction (survivors): If this conviction came from what
    someone did to you, ..." and, just below, "Relief for survivors: You qualify now. The clinic
    can file papers to ask the court to dismiss it.": settled, where the screening says whether
    this PC 647(b) came from being trafficked "is for the attorney to confirm" (PC 1203.49).  It
    now says "If this conviction came from being trafficked, ..."; her 2014 count, marked so,
    keeps "You qualify now", and her 2012 count's petition, once the clinic filed it, is said as
    filed ("The clinic filed papers"), as any petition is.  English and Spanish."""
    for lang, if_said, settled, filed in (
        ("en", "Relief for survivors: If this conviction came from being trafficked, the clinic can file papers to "
               "ask the court to dismiss it. The judge decides. You must show clearly",
         "Relief for survivors: You qualify now.",
         "Relief for survivors: You qualify now. The clinic filed papers to ask the court to dismiss it. The judge decides."),
        ("es", "Alivio para sobrevivientes: Si esta condena fue consecuencia de la trata de personas que sufrió, la "
               "clínica puede presentar los papeles para pedir al tribunal que la desestime. El juez decide.",
         "Alivio para sobrevivientes: Ya califica.",
         "Alivio para sobrevivientes: Ya califica. La clínica presentó los papeles para pedir al tribunal que la desestime."),
    ):
        text = handout_text(lang)
        # The 2011 PC 647(b) (the PC 148(a)(1) has no PC 1203.49), then the 2014 one; the 2012
        # one's filed petition is said as filed, the "if" gone.
        assert text.count(if_said) == 1, lang
        assert text.count(settled) == 2, lang
        assert text.count(filed) == 1, lang
        assert text.index(if_said) < text.index(settled), lang


def test_y234_03_a_cancelled_conviction_beside_ones_still_to_cancel_is_answered_once():
    """Her 2012 PC 647(b) vacated under PC 236.14 in 2025, the others still open to it: "What you
    may say" read "For a cancelled (vacated) conviction: “No.”" and straight after it "If the
    judge cancels your convictions: “No.”", the same answer twice, the second as if for every
    conviction.  One line now speaks for both, as a dismissal granted and one to come do."""
    for lang, both, granted, to_come in (
        ("en", "For convictions the court cancelled or cancels later: “No.”",
         "For a cancelled (vacated) conviction", "If the judge cancels"),
        ("es", "Si el tribunal anuló las condenas o las anula más adelante: «No».",
         "Si la condena fue anulada (vacated)", "Si el juez anula"),
    ):
        client = daniela(lang)
        client.cases[1].petitions = []
        client.cases[1].convictions[0].relief_granted = [ReliefGranted("pc236_14", date(2025, 3, 1))]
        text = rendered_for(client, lang).text()
        assert text.count(both) == 4, lang  # a private job, a government job, a license, a home
        assert granted not in text and to_come not in text, lang


def test_g239_01_the_sf86_answer_for_her_cancelled_convictions_tells_of_each_arrest():
    """Four convictions from four arrests, and the SF-86 line for them once cancelled read "Tell
    about the arrest and charges" («Declare el arresto»): one arrest, as if only one case, where
    the same line for a police job and a license's arrests question says "the arrests" (Y234-01
    gave those their plural).  English and Spanish."""
    for lang, said, one in (
        ("en", "If the judge cancels your convictions: Tell about the arrests and charges, and explain that the "
               "court cancelled the convictions. SF-86 Section 22", "Tell about the arrest and charges"),
        ("es", "Si el juez anula las condenas: Declare los arrestos y los cargos, y explique que el tribunal anuló "
               "las condenas. SF-86 Section 22", "Declare el arresto y los cargos"),
    ):
        text = handout_text(lang)
        assert said in text, lang
        assert one not in text, lang


@cache
def beside_a_nevada_conviction(lang: str) -> str:
    """Her handout with a 2015 Nevada misdemeanor beside her four: it stays as it is, so each
    label names the four it speaks for (P61-04), long enough to be named once (L109-01)."""
    client = daniela(lang)
    client.cases.append(Case(id="N", jurisdiction="NV", case_number="NV15-0042", convictions=[Conviction(
        id="N1", code="NRS", section="484C.110", level="misdemeanor", conviction_date=date(2015, 1, 5))]))
    return rendered_for(client, lang).text()


def test_g239_02_the_same_four_named_just_above_are_not_sent_to_the_heading_she_is_under():
    """Under "Applying for a job with a private employer" she read the four to be dismissed named
    in full, and the next line "If the judge cancels your convictions (the same 4 as under
    “Applying for a job with a private employer”)": the heading she was reading, as if the list
    were somewhere else.  Named in the same situation, they are "the same 4 as just above";
    under a later situation the pointer back to the first stays."""
    for lang, above, back in (
        ("en", "If the judge cancels your convictions (the same 4 as just above): “No.” PC 236.14",
         "Once your convictions are dismissed (the same 4 as under “Applying for a job with a private employer”): "
         "“No.” Some jobs must run a check"),
        ("es", "Si el juez anula las condenas (las mismas 4 que arriba): «No». PC 236.14",
         "Cuando le desestimen las condenas (las mismas 4 que en «Al pedir trabajo en una empresa privada»): "
         "«No». Algunos puestos"),
    ):
        text = beside_a_nevada_conviction(lang)
        private_job = text[:text.index(load_texts(lang)["situations"]["government_job"]["title"])]
        assert above in private_job, lang
        assert back in text, lang
        assert "Applying for a job with a private employer”): “No.” PC 236.14" not in private_job
        assert "Al pedir trabajo en una empresa privada»): «No». PC 236.14" not in private_job


def test_r240_01_a_survivors_cancel_answers_cite_her_law_not_an_immigrants_motion():
    """Offered PC 236.14 alone (a citizen: no PC 1473.7 motion for her), every "If the judge cancels
    your convictions" line cited "PC 236.14; PC 1473.7" or "PC 1473.7; PC 236.14": a law she has
    nothing to do with, on seven answers.  Each cites her law alone now; a conviction vacated
    under PC 1473.7 still cites it, and not PC 236.14 (compose only: no PDF)."""
    from handout_render import handout_for

    for lang, to_come in (("en", "If the judge cancels your convictions: “No.” PC 236.14 "),
                          ("es", "Si el juez anula las condenas: «No». PC 236.14 ")):
        text = handout_text(lang)
        assert to_come in text and "1473.7" not in text, lang
        for granted, unsaid in (("pc1473_7", "PC 236.14"), ("pc236_14", "PC 1473.7")):
            client = daniela(lang)
            client.person.us_citizen = False
            client.cases = client.cases[2:3]  # the PC 148(a)(1): no survivor's relief offered for it
            client.cases[0].convictions[0].relief_granted = [ReliefGranted(granted, date(2025, 3, 1))]
            lines = [(guidance.key, line) for guidance in handout_for(client, lang).section("say").blocks
                     for line in guidance.lines if line.column == "vacated"]
            assert len(lines) == 11, (lang, granted)  # every situation, immigration too
            for key, line in lines:
                assert unsaid not in line.cite, (lang, granted, key)
                assert key in ("security_clearance", "housing") or \
                    f"PC {granted[2:].replace('_', '.')}" in line.cite, (lang, granted, key)
