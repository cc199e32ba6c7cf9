"""K425-02: a client whose date of birth was stored as a day no court record can hold (1850 for
1950, before the record's check refused it) was exported with the warning "an import of this file
will refuse it whole, for the record of Rita Sinsentencia (id 1): date of birth: 1850-01-01 is not a
day ...", the import's own words "(it is Rita Sinsentencia's: ...)" naming no field at all, where
each case's field is named by the Record tab's label (K395).  A client's fact is named by its
label on the Record tab too: "Date of birth"."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.screening_format import client_to_request_dict
from db.export import RefusedByImport
from db.repository import Repository
from tests.gui.test_future_dates_i59 import no_sentence
from tests.stored_before_k386 import stored_before_k386


def _born_1850() -> object:
    client = no_sentence()
    client.person.dob = date(1850, 1, 1)
    return client


def test_k425_02_the_export_names_a_client_s_field_by_its_record_tab_label(tmp_path, monkeypatch):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        rita = stored_before_k386(repo, monkeypatch, _born_1850())
        refused = RefusedByImport()
        refused.checked(repo, rita, client_to_request_dict(repo.get_client(rita)))
    assert (f"for the record of Rita Sinsentencia (id {rita}): Date of birth: 1850-01-01 is not a day a court "
            "record can hold") in refused.said()


def test_k425_02_the_import_names_whose_field_it_is(tmp_path):
    from clinic_app.cli import _exported_name

    record = client_to_request_dict(_born_1850())
    assert _exported_name(record, "person.dob") == "Rita Sinsentencia's Date of birth"
    assert _exported_name(record, "client.petitions[0].remedy") == "Rita Sinsentencia's"  # no label: whose alone


@pytest.mark.usefixtures("qapp")
def test_k425_02_each_client_name_is_its_labels_text():
    """Each of `CLIENT_NAMES` is the text of the label beside its field on the Record tab."""
    from PySide6.QtWidgets import QLabel

    from clinic_app.record_said import CLIENT_NAMES
    from ui.person_form import PersonForm

    form = PersonForm()
    fields = {"person.dob": form.dob, "person.ca_resident_since": form.resident_since,
              "person.us_citizen": form.citizen, "person.on_supervision": form.supervision}
    labels = {label.buddy(): label.text().replace("&", "").rstrip(":") for label in form.findChildren(QLabel) if label.buddy()}
    assert {path: labels[fields[path]] for path in CLIENT_NAMES} == CLIENT_NAMES
