"""W126-03: `clinic-app screen --help` said "In YAML only a plain decimal is a number (write
0647, 010 or 459.5 in quotes, or they are read as numbers)", against its own first words and
the reader: 0647 and 010 are no plain decimal and stay text, as written (docs/screening-format.md
says so); only 459.5 is read as a number, and a section refuses it."""

from __future__ import annotations

import pytest

from clinic_app.screening_format import FormatError, parse_document, read_request
from tests.cli.test_cli import clinic_app

REQUEST = """\
as_of: 2026-11-15
person: {{dob: 1980-01-01, us_citizen: true}}
cases:
  - id: {case_id}
    outcome: convicted
    convictions:
      - {{id: A1, code: PC, section: {section}, level: misdemeanor, conviction_date: 2015-01-01}}
    sentence: {{type: no_probation, judgment_date: 2015-01-01, completed: true}}
"""


def test_w126_03_the_help_says_which_yaml_values_are_read_as_numbers_as_the_reader_reads_them():
    said = " ".join(clinic_app("screen", "--help").stdout.split())
    assert 'write a section such as 459.5 in quotes ("459.5"), or it is read as one and refused' in said
    assert "0647, 010 or 1_000 stay text, as written" in said
    # As the reader does: 0647 and 010 kept as typed ...
    request = read_request(parse_document(REQUEST.format(case_id="010", section="0647"), "yaml"))
    assert (request.cases[0].id, request.cases[0].convictions[0].section) == ("010", "0647")
    # ... 459.5 a number, refused as a section.
    with pytest.raises(FormatError, match=r'put the section in quotes: "459.5"'):
        read_request(parse_document(REQUEST.format(case_id="A", section="459.5"), "yaml"))
