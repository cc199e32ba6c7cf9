"""File > Clinic details: the name, address and contact printed on every handout.

The details are caseload settings (`Repository.set_setting`, audited), so every copy of
the program that opens this caseload prints the same clinic on its handouts, and the
command line (`clinic-app handout`) uses them too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from clinic_app.handouts.command import SETTING_KEYS
from db.repository import Repository

FIELDS = [  # (field of ClinicInfo, label, placeholder)
    ("name", "Clinic &name:", "e.g. Eastside Record Clearance Clinic"),
    ("address", "&Address:", "street, city, ZIP"),
    ("phone", "&Phone:", "e.g. (213) 555-0100"),
    ("website", "&Website:", "e.g. example.org/clinic"),
    ("email", "&Email:", "e.g. help@example.org"),
    ("hours", "&Hours:", "e.g. Mon-Thu 9 am - 5 pm"),
]


class ClinicDetailsDialog(QDialog):
    """Edit the clinic's details; Save writes only what changed (each change audited)."""

    def __init__(self, repo: Repository, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.setWindowTitle("Clinic details")
        layout = QVBoxLayout(self)
        intro = QLabel("These details are printed at the foot of every handout, so clients know whom to call.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for field, title, placeholder in FIELDS:
            edit = QLineEdit(repo.get_setting(SETTING_KEYS[field]) or "")
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(title.replace("&", "").rstrip(":"))
            label = QLabel(title)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[field] = edit
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 45)

    def save(self) -> int:
        """Store the edited details; returns how many changed."""
        changed = 0
        for field, edit in self.fields.items():
            key = SETTING_KEYS[field]
            value = edit.text().strip() or None
            if value != (self.repo.get_setting(key) or None):
                self.repo.set_setting(key, value)
                changed += 1
        return changed

    def accept(self) -> None:
        self.save()
        super().accept()
