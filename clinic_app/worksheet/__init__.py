"""The filing worksheet: one client's facts for the petitions, and what the engine says to file.

Staff copy from it into the court's forms (CR-180, CR-409, CR-400, ...), which Clinic Desk
does not have and does not fill: the worksheet names a form only where the engine's own
steps name it.  `compose` (domain, no I/O) builds a `Worksheet`; `render` lays it out as a
PDF with the handouts' fonts; `command` is `clinic-app worksheet`.
"""

from clinic_app.worksheet.compose import Worksheet, compose

__all__ = ["Worksheet", "compose"]
