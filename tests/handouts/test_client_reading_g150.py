"""G150: the Spanish of stop 64's new handout sentences, read in the real PDF by the client who
takes it home, beside the English for the same client.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_registrant_work_with_children_x149 import GOVERNMENT_JOB, PRIVATE_JOB, WITH_CHILDREN
from test_registrant_work_with_children_x149 import _client as registrant

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize(("lang", "old"), [
    ("en", "you must tell them that"),
    ("es", "decirles que está registrado"),
])
def test_g150_01_a_registrant_reads_whom_to_tell_about_work_with_children(lang, old):
    """A registrant read under "Applying for a job with a private employer": "If a job or
    volunteer work would have you alone with children, or in charge of them, the law says you
    must tell them that you are registered."  "Them" comes just after "children": the law
    (PC 290.95) asks the client to tell the employer or the group, not the children.  The
    Spanish said it so too («debe decirles»), and spoke to a man only («lo deja a solas», «está
    registrado»), where the page speaks to anyone (es.yaml's head, H40-02).  Both now name
    whom to tell."""
    text = pdf_text(registrant(lang, True), lang)
    jobs = text[text.index(PRIVATE_JOB[lang]):text.index(GOVERNMENT_JOB[lang])]
    assert WITH_CHILDREN[lang] in jobs
    assert old not in text
    if lang == "es":
        assert "lo deja" not in text and "registrado" not in text
