"""T167: the handout texts and the remedy guide are read by libyaml's safe loader, a tenth of
the pure-Python loader's time, into the very values yaml.safe_load gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from clinic_app import yaml_files
from clinic_app.handouts import texts
from clinic_app.remedy_guide import guide_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
def test_the_programs_yaml_is_read_by_libyamls_safe_loader(monkeypatch):
    used = []
    real = yaml.load

    def load(stream, Loader):  # noqa: N803 - yaml's name
        used.append(Loader)
        return real(stream, Loader=Loader)

    monkeypatch.setattr(yaml, "load", load)
    monkeypatch.setattr(yaml, "safe_load", lambda *_a, **_k: pytest.fail("read by the pure-Python loader"))
    texts._read("es")
    with guide_path().open(encoding="utf-8") as handle:
        yaml_files.read_yaml(handle)
    assert used == [yaml.CSafeLoader, yaml.CSafeLoader]


@pytest.mark.parametrize("path", [ROOT / "resources" / "handouts" / "en.yaml", ROOT / "resources" / "handouts" / "es.yaml",
                                  guide_path()], ids=["en", "es", "guide"])
def test_what_it_reads_is_what_the_safe_loader_reads(path):
    text = path.read_text(encoding="utf-8")
    assert yaml_files.read_yaml(text) == yaml.safe_load(text)
