"""File-name-safe forms of a client's or an event's name: letters and digits only, accents
taken off ("José Núñez" -> "Jose-Nunez"), so a name prints the same on any disk."""

from __future__ import annotations

import re

from clinic_app.plain_letters import in_plain_letters


def slug(name: str, limit: int = 40) -> str:
    """A lower-case form for the event batch's file names: "José Núñez" -> "jose-nunez"."""
    text = re.sub(r"[^a-z0-9]+", "-", in_plain_letters(name).lower()).strip("-")
    return text[:limit].rstrip("-") or "client"


def safe_name(text: str, limit: int = 40) -> str:
    """The name as typed, for a file the user names or a print job: "José Núñez" -> "Jose-Nunez".

    Its letters had gone with their accents, and María Pérez's handout was saved as
    "Mar-a-P-rez" (finding H25-04)."""
    return re.sub(r"[^A-Za-z0-9]+", "-", in_plain_letters(text)).strip("-")[:limit] or "client"
