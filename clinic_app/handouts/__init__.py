"""Client handouts: what relief does, and what the client may now truthfully say.

`compose` turns a client and their screening into a `Handout` (pure data, one language);
`render_pdf` lays it out with ReportLab; `render_event` does a whole clinic event.
Texts live in ``resources/handouts/<lang>.yaml``, fonts in ``resources/fonts/``.
"""

from clinic_app.handouts.batch import EventResult, render_event
from clinic_app.handouts.compose import compose, format_date
from clinic_app.handouts.document import ClinicInfo, Handout
from clinic_app.handouts.render import render_bytes, render_pdf
from clinic_app.handouts.texts import TextsError, available_languages, load_texts

__all__ = [
    "ClinicInfo", "EventResult", "Handout", "TextsError", "available_languages", "compose",
    "format_date", "load_texts", "render_bytes", "render_event", "render_pdf",
]
