"""M191-03: the final CI run of stop 68 began at 23:57 and crossed midnight: four merge-dialog
tests failed, their expected day read once as the module was collected while the dialog rightly
said the new day (mended in 3f44ec8f).  A test asks the day when it compares it: no clock is
read where its value is kept for later tests, at a module's or a class's top level, in a
decorator or a default argument, in a module-, class-, package- or session-scoped fixture,
or in a cached helper.  Direct reads only (date.today(), datetime.now(), time.time(), Qt's
current date); a clock read inside the program such a place calls is not seen here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).parent
CLOCK = re.compile(r"\b(date\.today|datetime\.(now|today|utcnow)|time\.time|QDate\.currentDate|QDateTime\.currentDateTime)\s*\(")
CALLED = re.compile(r"(.*\.)?(date\.today|datetime\.(now|today|utcnow)|time\.time|QDate\.currentDate|QDateTime\.currentDateTime)")
HELD = {"module", "class", "package", "session"}


def _held_for_later(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether `function`'s body runs once for many tests: a wider fixture, or a cached helper."""
    for decorator in function.decorator_list:
        called = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = ast.unparse(called)
        if name.endswith(("cache", "lru_cache", "cached_property")):
            return True
        if name.endswith("fixture") and isinstance(decorator, ast.Call):
            scope = next((k.value for k in decorator.keywords if k.arg == "scope"), None)
            if isinstance(scope, ast.Constant) and scope.value in HELD:
                return True
    return False


def _kept_places(body: list[ast.stmt]):
    """The parts of a module's or class's statements that run once, as it is imported."""
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield from node.decorator_list
            yield from node.args.defaults
            yield from (d for d in node.args.kw_defaults if d is not None)
            if _held_for_later(node):
                yield node
        elif isinstance(node, ast.ClassDef):
            yield from node.decorator_list
            yield from _kept_places(node.body)
        else:
            yield node


def clock_kept(path: Path, root: Path = TESTS.parent) -> list[str]:
    """Where `path` reads the clock and keeps the day for tests that run later, "file:line"."""
    text = path.read_text(encoding="utf-8")
    if not CLOCK.search(text):  # most files: not parsed at all
        return []
    lines = {call.lineno for place in _kept_places(ast.parse(text).body) for call in ast.walk(place)
             if isinstance(call, ast.Call) and CALLED.fullmatch(ast.unparse(call.func))}
    return [f"{path.relative_to(root)}:{line}" for line in sorted(lines)]


def test_m191_03_no_test_keeps_the_day_it_read_for_later():
    kept = [where for path in sorted(TESTS.rglob("*.py")) for where in clock_kept(path)]
    assert kept == [], "the day read once and compared later (ask it when it is compared, as 3f44ec8f did): " + ", ".join(kept)


def test_m191_03_the_day_read_as_stop_68s_merge_tests_read_it_is_found(tmp_path):
    """The check itself, on the lines 3f44ec8f mended and the other places a day is kept."""
    kept = tmp_path / "test_kept.py"
    kept.write_text(
        "import functools, time\n"
        "from datetime import date, datetime\n"
        "import pytest\n"
        "TODAY = datetime.now().astimezone().date().isoformat()\n"
        "@pytest.fixture(scope='module')\n"
        "def day():\n"
        "    return date.today()\n"
        "@functools.cache\n"
        "def stamp():\n"
        "    return time.time()\n"
        "def test_asked(day=date.today()):\n"
        "    assert datetime.now()\n"
        "class TestHeld:\n"
        "    DAY = date.today()\n"
        "@pytest.fixture\n"
        "def asked_each_test():\n"
        "    return date.today()\n", encoding="utf-8")
    assert [where.rsplit(":", 1)[1] for where in clock_kept(kept, tmp_path)] == ["4", "7", "10", "11", "14"]

