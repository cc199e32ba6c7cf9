"""Client handouts: what relief does, and what the client may now truthfully say.

`compose` turns a client and their screening into a `Handout` (pure data, one language);
`render_pdf` lays it out with ReportLab; `render_event` does a whole clinic event.
Texts live in ``resources/handouts/<lang>.yaml``, fonts in ``resources/fonts/``.

The names below are loaded on first use (PEP 562): every `clinic-app` call imports the
`handout` subcommand's parser, and should not pay for importing ReportLab to list clients.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_WHERE = {
    "EventResult": "batch", "estimated_pages": "batch", "render_event": "batch",
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


class _Handouts(types.ModuleType):
    """This package, keeping its names the functions they name.

    The submodule `compose` shares its name with the function: loaded first by another
    submodule (`render_event`'s, a saved event's handouts), Python set this package's
    `compose` to the module, and every handout after it, printed for the event or previewed
    for one client, failed with "'module' object is not callable" (F30-03)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and name in _WHERE and value.__name__ == f"{__name__}.{name}":
            return  # the submodule stays in sys.modules; the name is the function's (__getattr__)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Handouts
