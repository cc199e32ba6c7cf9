"""Clinic Desk's Qt workspace: widgets, item models, dialogs, background tasks and undo.

`ui` sits on top of `db` (the repository) and `clinic_app` (the domain and the engine);
nothing below it imports Qt.  `ui.app.run` is the entry point the command line calls.
"""
