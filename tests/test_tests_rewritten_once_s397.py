"""S397-01: on a clean checkout each xdist worker rewrote every test module's asserts itself as
it collected (~20 s of CPU a worker).  The process that starts the run now rewrites the modules
not yet kept, its cores sharing them out (tests/rewritten_once.py), and the workers read them:
the same code pytest's own import hook makes, and nothing but the modules it rewrites."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, _rewrite_test, get_cache_dir

from tests import rewritten_once

ROOT = Path(__file__).resolve().parents[1]

# In a process of its own, as the run's first process (no Qt threads yet): the modules shared
# out between it and a second process, each saying which process wrote what.
SHARED = r"""
import sys
from _pytest.assertion import rewrite
from _pytest.config import _prepareconfig
from tests import rewritten_once
rewritten_once.FEWEST_TO_SHARE = 1
rewritten_once.cores = lambda: 2
written = rewrite._write_pyc
def said(state, code, source_hash, pyc):
    import os
    os.write(1, f"{os.getpid()} {pyc.name}\n".encode())  # one write: the two processes' lines whole
    return written(state, code, source_hash, pyc)
rewrite._write_pyc = said
print("to rewrite", rewritten_once.rewrite_the_tests_once(_prepareconfig([sys.argv[1], "-p", "no:cacheprovider"])))
"""


def _kept(module: Path) -> Path:
    """Where pytest keeps `module` rewritten: its __pycache__, or under PYTHONPYCACHEPREFIX."""
    return get_cache_dir(module) / (module.name[:-3] + PYC_TAIL)


@pytest.fixture
def folder(tmp_path, pytestconfig, monkeypatch):
    """A run's folder of three test modules, a conftest.py and a helper, given as the run's path."""
    for n in range(3):
        (tmp_path / f"test_{n}.py").write_text(f"def test_{n}():\n    x = {n}\n    assert x == {n}, 'said'\n")
    (tmp_path / "conftest.py").write_text("import pytest\n")
    (tmp_path / "helper.py").write_text("def helper():\n    assert True\n")
    monkeypatch.setattr(pytestconfig, "args", [str(tmp_path)])
    monkeypatch.setattr(rewritten_once, "cores", lambda: 1)  # no process forked from this one
    return tmp_path


def test_s397_01_the_run_s_test_modules_are_rewritten_as_pytest_rewrites_them(folder, pytestconfig):
    assert rewritten_once.rewrite_the_tests_once(pytestconfig) == 4
    for name in ("test_0.py", "test_1.py", "test_2.py", "conftest.py"):
        module = folder / name
        code = _read_pyc(module, _kept(module))
        assert code is not None, name
        assert code == _rewrite_test(module, pytestconfig)[1], name  # the code compared whole
    assert not _kept(folder / "helper.py").exists()
    # Kept and current: nothing to rewrite again; a module changed is rewritten.
    assert rewritten_once.rewrite_the_tests_once(pytestconfig) == 0
    (folder / "test_1.py").write_text("def test_1():\n    assert 1 + 1 == 2\n")
    assert rewritten_once.rewrite_the_tests_once(pytestconfig) == 1
    assert _read_pyc(folder / "test_1.py", _kept(folder / "test_1.py")) is not None


def test_s397_01_a_test_named_by_its_id_has_its_module_rewritten_alone(folder, pytestconfig, monkeypatch):
    monkeypatch.setattr(pytestconfig, "args", [f"{folder / 'test_2.py'}::test_2"])
    assert rewritten_once.rewrite_the_tests_once(pytestconfig) == 1
    assert _kept(folder / "test_2.py").exists() and not _kept(folder / "test_0.py").exists()


def test_s397_01_pytest_help_rewrites_nothing(folder, pytestconfig, monkeypatch):
    monkeypatch.setattr(pytestconfig.option, "help", True)
    assert rewritten_once.rewrite_the_tests_once(pytestconfig) == 0
    assert not any(_kept(folder / name).exists() for name in ("test_0.py", "test_1.py", "test_2.py", "conftest.py"))


def test_s397_01_two_cores_share_the_modules_out(folder):
    done = subprocess.run([sys.executable, "-c", SHARED, str(folder)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "to rewrite 4", done.stdout
    writers = {line.split()[0] for line in lines[:-1]}
    assert len(lines) == 5 and len(writers) == 2, done.stdout  # each module once, by two processes
    for name in ("test_0.py", "test_1.py", "test_2.py", "conftest.py"):
        assert _read_pyc(folder / name, _kept(folder / name)) is not None, name



def test_s397_01_the_run_s_first_process_rewrites_them_and_its_workers_do_not(pytestconfig, monkeypatch):
    """The suite's conftest asks for it where a run starts, before its workers, and not again in
    each worker: without that call the tests above passed and every worker rewrote every module."""
    from types import SimpleNamespace

    from tests import compiled_program, pdf_fonts_read_once

    conftest = next(plugin for plugin in pytestconfig.pluginmanager.get_plugins()
                    if getattr(plugin, "__file__", None) == str(ROOT / "tests" / "conftest.py"))
    asked = []
    monkeypatch.setattr(rewritten_once, "rewrite_the_tests_once", asked.append)
    monkeypatch.setattr(compiled_program, "compile_the_program_once", lambda: None)
    monkeypatch.setattr(pdf_fonts_read_once, "read_fonts_once", lambda: None)
    monkeypatch.setenv("CLINIC_DESK_TEST_RUN_LIMIT_S", "0")  # this run's own watchdog left as it is
    controller = SimpleNamespace(option=SimpleNamespace(dist="load"))
    worker = SimpleNamespace(option=SimpleNamespace(dist="load"), workerinput={"workerid": "gw0"})
    for config in (controller, worker):
        conftest.pytest_configure(config)
    assert asked == [controller]
