"""File > Clinic details: the name, address and contact printed on every handout.

The details are caseload settings (`Repository.set_setting`, audited), so every copy of
the program that opens this caseload prints the same clinic on its handouts, and the
command line (`clinic-app handout`) uses them too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from clinic_app.handouts.command import SETTING_KEYS, details_to_store
from db.repository import Repository
from ui import screen_fit
from ui.composing import finish_composing
from ui.forms import stay_or_discard
from ui.page_scroll import dialog_part

FIELDS = [  # (field of ClinicInfo, label, placeholder)
    ("name", "Clinic &name:", "e.g. Eastside Record Clearance Clinic"),
    ("address", "&Address:", "street, city, ZIP"),
    ("phone", "&Phone:", "e.g. (213) 555-0100"),
    ("website", "&Website:", "e.g. example.org/clinic"),
    ("email", "&Email:", "e.g. help@example.org"),
    ("hours", "&Hours:", "e.g. Mon-Thu 9 am - 5 pm"),
    # Spanish handouts print these; left empty, they print the English hours (H40-01).
    ("hours_es", "Hours (Span&ish):", "e.g. lun. a jue., de 9 a. m. a 5 p. m."),
]


def ask_discard_details(parent: QWidget) -> bool:
    """Ask before the details typed are lost; True to discard them.  Staying is the
    default (Enter, Escape): nothing is lost by a key pressed too fast."""
    return stay_or_discard(parent, "Clinic details not saved", "The clinic details you typed are not saved.\n\n"
                           "Stay and press Save, or discard them.", "&Stay", "&Discard")


class ClinicDetailsDialog(QDialog):
    """Edit the clinic's details; Save writes only what changed (each change audited)."""

    def __init__(self, repo: Repository, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.setWindowTitle("Clinic details")
        layout = QVBoxLayout(self)
        # The name heads the report too since C131-03, which the words here never said (W141-02):
        # a coordinator left it blank, the handouts' foot being all it was asked for.
        # In as few words as before: at 200% on a laptop the dialog has no line to spare (S104-02).
        intro = QLabel("Printed at the foot of every handout, so clients know whom to call; the name heads the report too.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # The fields scroll under the words over them where the screen is short: at 200% with
        # 15 pt text the dialog was 398 pixels high on a laptop's 344, Save and Cancel under the
        # screen's edge (S104-02).  Where there is room nothing scrolls and it looks as it did.
        fields, form = dialog_part(QFormLayout)
        # No taller than the fields: the room the dialog has over that goes where it went before.
        fields.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.fields: dict[str, QLineEdit] = {}
        for field, title, placeholder in FIELDS:
            edit = QLineEdit(repo.get_setting(SETTING_KEYS[field]) or "")
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(title.replace("&", "").rstrip(":"))
            label = QLabel(title)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[field] = edit
        layout.addWidget(fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(screen_fit.across_at_most(self, self.fontMetrics().horizontalAdvance("M") * 45))
        screen_fit.no_taller_than_the_screen(self)

    def _changed(self) -> list[tuple[str, str | None]]:
        """The (setting key, value typed) of each field that differs from what is stored."""
        return details_to_store({field: edit.text() for field, edit in self.fields.items()}, self.repo.get_setting)

    def save(self) -> int:
        """Store the edited details; returns how many changed."""
        changed = self._changed()
        for key, value in changed:
            self.repo.set_setting(key, value)
        return len(changed)

    def accept(self) -> None:
        finish_composing()  # a letter still composed in a field (Enter, Alt+S): saved with it (H97-01)
        self.save()
        super().accept()

    def reject(self) -> None:
        """Escape, Cancel and the close button: the details typed are asked about first
        (W22-05: one Escape dropped a whole address typed from a letterhead without a word)."""
        if self.isVisible() and self._changed() and not ask_discard_details(self):
            return
        super().reject()
