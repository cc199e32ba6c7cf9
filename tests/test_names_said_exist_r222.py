"""R222-01: ui/wheel.py's `caught_up` said it served `ApplicationFilters.aside`, a name that never
existed (P213-01 named it `made_aside`): whoever looked for how the client page is made out of the
filter's way found nothing by that name.  Each `Class.name` the program's modules say (in code, a
comment or a docstring), where `Class` is one of the program's own classes, names something the
class has: a method, a property, a field, or an attribute its module's code sets on `self`."""

from __future__ import annotations

import functools
import importlib
import inspect
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ui", "clinic_app", "db")
SAID = re.compile(r"\b([A-Z]\w+)\.([a-z_]\w*)\b")
CLASS = re.compile(r"^[ \t]*class ([A-Z]\w*)", re.MULTILINE)
ON_ITSELF = re.compile(r"\bself\.(\w+)")


def test_r222_01_each_class_name_said_in_the_program_is_one_the_class_has():
    # Read as text, not parsed: ast over the ~4 MB of source took 3 s of the suite.
    sources = {".".join(path.relative_to(ROOT).with_suffix("").parts): path.read_text(encoding="utf-8")
               for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))}
    defined: dict[str, list[str]] = {}
    for module, source in sources.items():
        for name in CLASS.findall(source):
            defined.setdefault(name, []).append(module)
    said = [(module, m) for module, source in sources.items() for m in SAID.finditer(source) if m[1] in defined]
    classes = {name: [cls for module in defined[name]
                      if inspect.isclass(cls := getattr(importlib.import_module(module), name, None))]
               for name in {m[1] for _, m in said}}

    @functools.cache
    def on_itself(module: str) -> frozenset[str]:
        return frozenset(ON_ITSELF.findall(sources.get(module, "")))

    def has(name: str, attribute: str) -> bool:
        # A method, property or class attribute; a field (annotated); or set on an instance.
        return any(hasattr(cls, attribute) or any(attribute in getattr(base, "__annotations__", {})
                                                  or attribute in on_itself(base.__module__)
                                                  for base in cls.__mro__)
                   for cls in classes[name])

    def where(module: str, m: re.Match) -> str:
        return f"{module.replace('.', '/')}.py:{sources[module].count(chr(10), 0, m.start()) + 1}"

    assert len({m[0] for _, m in said if classes[m[1]]}) > 100  # the rule reads enough
    assert [f"{where(module, m)}: {m[0]}" for module, m in said
            if classes[m[1]] and not has(m[1], m[2])] == []
