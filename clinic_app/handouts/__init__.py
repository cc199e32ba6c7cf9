"""Client handouts: what relief does, and what the client may now truthfully say.

`compose` turns a client and their screening into a `Handout` (pure data, one language);
`render_pdf` lays it out with ReportLab; `render_event` does a whole clinic event.
Texts live in ``resources/handouts/<lang>.yaml``, fonts in ``resources/fonts/``.

The names below are loaded on first use (PEP 562): every `clinic-app` call imports the
`handout` subcommand's parser, and should not pay for importing ReportLab to list clients.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "EventResult": "batch", "render_event": "batch",
    "compose": "compose", "format_date": "compose",
    "ClinicInfo": "document", "Handout": "document",
    "render_bytes": "render", "render_pdf": "render",
    "TextsError": "texts", "available_languages": "texts", "load_texts": "texts",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
