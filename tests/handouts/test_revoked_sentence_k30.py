"""K30-01: the handout of a client whose probation stands revoked, no later sentence entered
and no condition left to keep (demo client 2820's shape), never said the revocation: only
"you must finish your sentence".  It now says it, with the papers to bring, through the same
checklist line the window shows (the K28-01 words)."""

from __future__ import annotations

from handout_clients import AS_OF
from handout_render import pdf_text

from tests.test_checklist_k30 import REVOKED, revoked_client

EN = ("Case 26CJCM21066: Your probation was revoked on November 1, 2026. Bring any papers about what the court "
      "ordered after that. A clinic lawyer will tell you what you still have to do.")
ES = ("Caso 26CJCM21066: Su libertad condicional fue revocada el 1 de noviembre de 2026. Traiga los papeles que tenga "
      "sobre lo que ordenó el tribunal después. Un abogado de la clínica le dirá lo que todavía tiene que hacer.")


def test_k30_01_a_revocation_with_nothing_left_to_keep_is_said_with_the_papers_to_bring_en_and_es():
    assert AS_OF >= REVOKED
    c = revoked_client()
    en, es = pdf_text(c, "en"), pdf_text(c, "es")
    assert EN in en and ES in es
    assert "Community service" not in en.split("What you still need to do")[1]  # done: no task
