"""K209-01: a client with one class meeting left read «Le faltan 1 de 8»: for one, Spanish wants
«Le falta 1 de 8» (and «Le falta 1 de 40 horas»).  The line now agrees with its number; English's
"You have 1 of 8 left to do" already does.  Composed only: the words, no PDF needed."""

from __future__ import annotations

import pytest
from handout_render import handout_for
from test_condition_tasks_name_their_case_t122 import two_grants

ONE_LEFT = {
    "en": ["You have 1 of 8 left to do.", "You have 1 of 40 hours left to do.",
           "You have 26 of 52 left to do.", "You have 30 of 40 hours left to do."],
    "es": ["Le falta 1 de 8.", "Le falta 1 de 40 horas.", "Le faltan 26 de 52.", "Le faltan 30 de 40 horas."],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k209_01_one_left_agrees_with_its_number(lang):
    client = two_grants(lang)
    theft_class, hours = client.cases[1].conditions
    theft_class.done, hours.done = 7, 39
    tasks = [block.text for section in handout_for(client, lang).sections if section.key == "checklist"
             for block in section.blocks if hasattr(block, "who")]
    for words in ONE_LEFT[lang]:
        assert any(words in text for text in tasks), (words, tasks)
    assert not any("Le faltan 1 " in text for text in tasks), tasks
