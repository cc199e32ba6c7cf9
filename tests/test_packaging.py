"""The frozen build (packaging/clinic-desk.spec) holds what the program loads by name.

PyInstaller follows `import` statements only.  A module imported by a name built at run time
(`importlib.import_module(f"clinic_app.eligibility.{key}")`) is left out unless the spec
names it, and a frozen build without the remedy modules screened 6 remedies of 18 without a
word (P32-01).  The build itself is too slow for the suite; these tests read the spec.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import resources
from clinic_app import cli, handouts
from clinic_app.eligibility import registry

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "clinic-desk.spec"
OWN = ("clinic_app", "db", "ui", "resources")


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def _collected_packages() -> set[str]:
    """The packages whose every submodule the spec hands PyInstaller (collect_submodules)."""
    tree = _spec_tree()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "OWN_PACKAGES" for t in node.targets):
            packages = set(ast.literal_eval(node.value))
            break
    else:
        packages = set()
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "collect_submodules"]
    assert calls, "the spec no longer collects the program's own modules"
    return packages


def _listed_hidden_imports() -> set[str]:
    """Module names written out in the spec's hiddenimports list, if any."""
    for node in ast.walk(_spec_tree()):
        if isinstance(node, ast.keyword) and node.arg == "hiddenimports" and isinstance(node.value, ast.List):
            return {ast.literal_eval(e) for e in node.value.elts if isinstance(e, ast.Constant)}
    return set()


def _in_bundle(module: str) -> bool:
    collected = _collected_packages()
    return module in _listed_hidden_imports() or module.split(".")[0] in collected


def _module_file_exists(module: str) -> bool:
    path = ROOT.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def lazily_imported_modules() -> list[str]:
    """Every module the program imports only by a name it builds at run time."""
    remedies = [f"clinic_app.eligibility.{key}" for key in registry.REMEDY_KEYS]
    handout_parts = [f"clinic_app.handouts.{part}" for part in sorted(set(handouts._WHERE.values()))]
    return remedies + handout_parts + list(cli.SUBCOMMAND_MODULES)


def test_every_module_imported_by_name_is_in_the_bundle():
    names = lazily_imported_modules()
    assert "clinic_app.eligibility.pc17b" in names and "clinic_app.handouts.batch" in names
    for name in names:
        assert _module_file_exists(name), name
    missing = [name for name in names if not _in_bundle(name)]
    assert missing == [], f"imported by name but not given to PyInstaller (hiddenimports): {missing}"


def test_the_spec_covers_every_own_package():
    """clinic_app, db and ui are all collected (a lazy import may come from any of them)."""
    assert {"clinic_app", "db", "ui"} <= _collected_packages()


def test_no_other_import_by_name():
    """A new `importlib.import_module` elsewhere must be added to lazily_imported_modules
    (and so checked against the spec) before it can ship."""
    known = {"clinic_app/cli.py", "clinic_app/eligibility/registry.py", "clinic_app/handouts/__init__.py"}
    found = set()
    for package in OWN:
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if re.search(r"import_module\(|__import__\(", text):
                found.add(path.relative_to(ROOT).as_posix())
    assert found == known


def test_every_resource_the_code_opens_is_bundled():
    """The spec bundles the whole resources/ folder as data, where resources.path() finds it
    frozen (sys._MEIPASS/resources); each resources.path(...) the code names exists there."""
    datas = None
    for node in ast.walk(_spec_tree()):
        if isinstance(node, ast.keyword) and node.arg == "datas":
            datas = ast.unparse(node.value)
    assert datas is not None and "(os.path.join(root, 'resources'), 'resources')" in datas, datas
    base = Path(resources.__file__).parent
    opened = []
    for package in OWN:
        for path in (ROOT / package).rglob("*.py"):
            for call in re.findall(r"resources\.path\(([^()]*)\)", path.read_text(encoding="utf-8")):
                parts = re.findall(r"\"([^\"]+)\"", call)
                if parts and len(parts) == call.count(",") + 1 and "{" not in call:  # every part a literal
                    opened.append(base.joinpath(*parts))
    assert opened, "no resources.path() call found: the search is broken"
    assert [p for p in opened if not p.exists()] == []
    # Help > Remedies at a glance reads its words from a file (G33-01): without it the
    # frozen program's reference would not open at a clinic event with no network.
    from clinic_app.remedy_guide import guide_path

    assert guide_path() in opened and guide_path().is_relative_to(base)


def test_the_spec_refuses_to_build_without_sqlcipher():
    """The frozen program has no pip: without sqlcipher3 in the bundle a clinic's encrypted
    caseload would not open (P32-02), so the spec stops the build instead."""
    text = SPEC.read_text(encoding="utf-8")
    assert 'find_spec("sqlcipher3") is None' in text and "raise SystemExit" in text


def test_a_frozen_build_without_sqlcipher_says_so_without_pip(monkeypatch):
    """The frozen build said "not installed here: pip install 'clinic-desk[encryption]'"
    to a clinic whose program is a folder PyInstaller made, with no pip (P32-02)."""
    import sys

    import pytest

    from db import cipher
    from db.errors import EncryptionUnavailable

    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # the import fails, as in a build without it
    with pytest.raises(EncryptionUnavailable) as unpip:
        cipher.driver()
    assert "pip install" in str(unpip.value)  # from a checkout or a pip install, pip is the way
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(EncryptionUnavailable) as frozen:
        cipher.driver()
    assert "pip" not in str(frozen.value)
    assert "built without" in str(frozen.value) and "build with encryption" in str(frozen.value)


def _debian_package(soname: str) -> str:
    """Debian's package name for a shared library: libxcb-icccm.so.4 -> libxcb-icccm4,
    libxkbcommon-x11.so.0 -> libxkbcommon-x11-0 (a hyphen where the name ends in a digit)."""
    name, version = soname.split(".so.", 1)
    name = name.lower()
    return f"{name}{'-' if name[-1].isdigit() else ''}{version.split('.')[0]}"


def test_the_install_line_has_every_library_the_xcb_plugin_loads():
    """With the seven libraries the README installed, Qt's xcb plugin still lacked
    libxcb-icccm4 and libxcb-keysyms1 (P32-03): the window aborted, blaming libxcb-cursor0."""
    import shutil
    import subprocess
    import sys

    import pytest

    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        pytest.skip("reads the Linux xcb plugin with readelf")
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("this PySide6 has no xcb plugin")
    dynamic = subprocess.run(["readelf", "-d", str(plugin)], capture_output=True, text=True, check=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)
    assert "libxcb-icccm.so.4" in needed, needed  # the search reads the plugin
    shipped_or_base = ("libQt6", "libicu", "libc.", "libm.", "libstdc++", "libgcc_s", "libpthread", "libdl.", "ld-linux")
    from clinic_app.cli import WINDOW_LIBRARIES

    wanted = {_debian_package(s) for s in needed if not s.startswith(shipped_or_base)}
    assert wanted - set(WINDOW_LIBRARIES.split()) == set()


def test_a_missing_remedy_module_stops_the_program_instead_of_being_skipped(monkeypatch):
    """The registry skipped a remedy whose module it could not import ("not written yet"):
    the frozen build without the modules screened 6 remedies of 18 without a word (P32-01)."""
    import pytest

    monkeypatch.setattr(registry, "REMEDY_KEYS", registry.REMEDY_KEYS + ("pc_left_out",))
    with pytest.raises(RuntimeError, match=r"clinic_app\.eligibility\.pc_left_out is missing"):
        registry._load()
    monkeypatch.undo()
    assert [r.key for r in registry._load()] == list(registry.REMEDY_KEYS)  # all 18 are there


def test_a_crash_report_names_the_module_a_frozen_build_left_out():
    """The frozen `handout` crash report said only "ModuleNotFoundError (its message is left
    out ...)", its traceback ending in importlib: which module was missing could not be told
    (P32-01).  The module's name is code, never a client's words: it is kept."""
    import sys

    from clinic_app.crash_report import traceback_text

    try:
        import clinic_app.handouts.not_in_this_build  # noqa: F401
    except ModuleNotFoundError:
        report = traceback_text(*sys.exc_info())
    assert "ModuleNotFoundError, module clinic_app.handouts.not_in_this_build (its message is left out" in report
    client = "".join(["Mar", "ía López"])  # not in the source line the traceback quotes
    try:
        {}[client]
    except KeyError:
        report = traceback_text(*sys.exc_info())
    assert "María" not in report and "KeyError (its message is left out" in report



# What the spec leaves out of the bundle (P34-01), checked against what the program uses.


def _spec_exclusions() -> dict:
    """The spec's UNUSED_* names and its unused_qt_file(), run as the spec defines them."""
    tree = _spec_tree()
    kept = [node for node in tree.body
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id.startswith("UNUSED_") for t in node.targets)
            or isinstance(node, ast.FunctionDef) and node.name == "unused_qt_file"]
    namespace: dict = {}
    exec(compile(ast.Module(body=kept, type_ignores=[]), str(SPEC), "exec"), namespace)
    assert {"UNUSED_MODULES", "UNUSED_QT_PLUGINS", "UNUSED_QT_LIBRARIES", "UNUSED_QT_TRANSLATIONS", "unused_qt_file"} <= set(namespace)
    return namespace


@functools.cache
def _own_code() -> str:
    """The program's source, all of it (read, not parsed: parsing 1.9 MB took 0.6 s)."""
    return "\n".join(path.read_text(encoding="utf-8") for package in OWN for path in sorted((ROOT / package).rglob("*.py")))


_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]*)|import[ \t]+([^\n#]+))", re.M)


def _imported_modules() -> set[str]:
    """Every module the code imports, and module.name for each name it takes from one."""
    found = set()
    for source, names, plain in _IMPORT.findall(_own_code()):
        if plain:
            found |= {part.split(" as ")[0].strip() for part in plain.split(",")}
        else:
            found.add(source)
            found |= {f"{source}.{part.split(' as ')[0].strip()}" for part in names.strip("()").split(",") if part.strip()}
    return found


def test_no_module_left_out_of_the_bundle_is_imported_by_the_program():
    """An excluded module the code imports would crash the frozen program where it is
    imported (the window, a handout), never in the checkout the tests run."""
    unused = _spec_exclusions()["UNUSED_MODULES"]
    imported = _imported_modules() | set(lazily_imported_modules())
    assert {"PySide6.QtPrintSupport", "PySide6.QtWidgets.QApplication", "reportlab.platypus", "yaml"} <= imported  # the search works
    wrong = sorted(module for module in imported if any(module == name or module.startswith(name + ".") for name in unused))
    assert wrong == [], f"left out of the bundle (UNUSED_MODULES) but imported: {wrong}"


# The plugin folders PyInstaller's hooks bundle for QtGui, QtWidgets and QtPrintSupport.
BUNDLED_QT_PLUGINS = ("egldeviceintegrations", "generic", "iconengines", "imageformats", "platforminputcontexts", "platforms",
                      "platformthemes", "printsupport", "wayland-decoration-client", "wayland-graphics-integration-client",
                      "wayland-shell-integration", "xcbglintegrations")


def test_no_qt_library_left_out_is_needed_by_what_stays():
    """libQt6Network and the EGL screens' libraries go: the program imports no binding of them
    (PySide6.QtNetwork), and neither the Qt modules it imports nor the plugins that stay link
    them, directly or through another Qt library."""
    import sys

    import PySide6

    spec = _spec_exclusions()
    imported = _imported_modules()
    for library in spec["UNUSED_QT_LIBRARIES"]:
        assert f"PySide6.{library.replace('Qt6', 'Qt', 1)}" not in imported, library
    if not sys.platform.startswith("linux"):
        return  # the Linux wheel's file names below
    package = Path(PySide6.__file__).parent
    qt_lib = package / "Qt" / "lib"

    def qt_libraries(path: Path) -> set[str]:
        """The Qt libraries a binary links: each is named in it (DT_NEEDED), reading the bytes is enough."""
        return {name.decode() for name in re.findall(rb"libQt6\w+\.so\.6", path.read_bytes())} - {path.name}

    qt_modules = {name.split(".")[1] for name in imported if name.startswith("PySide6.Qt")}
    roots = [package / f"{module}.abi3.so" for module in sorted(qt_modules)]
    # PyInstaller bundles a plugin of these folders when every Qt library it links is installed
    # (this wheel's virtual keyboard plugin needs one it lacks); the spec then drops its own.
    roots += [path for folder in BUNDLED_QT_PLUGINS for path in (package / "Qt" / "plugins" / folder).glob("*.so")
              if not spec["unused_qt_file"](path.relative_to(package.parent).as_posix())
              and all((qt_lib / name).exists() for name in qt_libraries(path))]
    assert any(path.name == "libqxcb.so" for path in roots) and any(path.name == "QtWidgets.abi3.so" for path in roots)
    needs: dict[str, set[str]] = {}
    todo, seen = list(roots), set()
    while todo:
        path = todo.pop()
        if path in seen or not path.exists():
            continue
        seen.add(path)
        for name in qt_libraries(path):
            needs.setdefault(name, set()).add(path.name)
            todo.append(qt_lib / name)
    assert "libQt6DBus.so.6" in needs and "libQt6XcbQpa.so.6" in needs  # the search follows the links
    wrong = {f"lib{library}.so.6": sorted(needs[f"lib{library}.so.6"]) for library in spec["UNUSED_QT_LIBRARIES"]
             if f"lib{library}.so.6" in needs}
    assert wrong == {}, f"left out of the bundle (UNUSED_QT_LIBRARIES) but needed by: {wrong}"


def test_the_qt_plugins_left_out_are_none_the_program_asks_for():
    """The platforms the window runs on stay, and so does every picture format the code or its
    resources name (the screenshot's PNG is built into Qt; SVG for the icon theme's icons).
    Qt's translations go only while the program installs no QTranslator."""
    spec = _spec_exclusions()
    code = _own_code()
    platforms = spec["UNUSED_QT_PLUGINS"]["platforms"]
    assert not {"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen"} & set(platforms)
    quoted = {text.lower() for text in re.findall(r"[\"']([\w.:/-]{2,60})[\"']", code)}
    assert "offscreen" in quoted and "png" in quoted  # the search reads the code (QT_QPA_PLATFORM, the screenshot)
    named_platforms = {text.split(":")[0] for text in quoted}
    assert {name.removeprefix("q") for name in platforms} & named_platforms == set()
    pictures = spec["UNUSED_QT_PLUGINS"]["imageformats"]
    assert "qsvg" not in pictures and "iconengines" not in spec["UNUSED_QT_PLUGINS"]
    formats = {text.rsplit(".", 1)[-1] for text in quoted} | {path.suffix.lower().lstrip(".") for path in (ROOT / "resources").rglob("*")}
    formats |= {"jpeg"} if "jpg" in formats else set()
    assert {name.removeprefix("q") for name in pictures} & formats == set()
    if spec["UNUSED_QT_TRANSLATIONS"]:
        assert not re.search(r"\b(QTranslator|QLibraryInfo)\b", code)


def test_unused_qt_file_picks_only_the_files_named():
    """The spec's filter, on the bundle's paths as PyInstaller writes them on each system."""
    unused = _spec_exclusions()["unused_qt_file"]
    for left_out in ("PySide6/Qt/translations/qtbase_es.qm", "PySide6/translations/qt_de.qm",
                     "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/plugins/platforms/qvnc.dll",
                     "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
                     "PySide6/Qt/lib/libQt6Network.so.6", "libQt6Network.so.6", "PySide6/Qt6Network.dll"):
        assert unused(left_out), left_out
    for stays in ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/plugins/platforms/qwindows.dll",
                  "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
                  "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "PySide6/Qt/lib/libQt6Gui.so.6",
                  "PySide6/Qt/lib/libQt6DBus.so.6", "PySide6/QtNetwork.abi3.so", "resources/fonts/NotoSans-Regular.ttf",
                  "libqvnc.so", "translations/clinic.qm"):
        assert not unused(stays), stays


def test_the_spec_strips_the_libraries_on_linux_only():
    """Wheels ship libpython, SQLCipher and PyYAML with symbol tables only a debugger reads
    (23, 21 and 3 MB; 6, 8 and 0.4 stripped).  PyInstaller advises against strip on Windows,
    and on macOS it would break the signatures (P34-02)."""
    tree = _spec_tree()
    collect = next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "COLLECT")
    assert ast.unparse(next(k.value for k in collect.keywords if k.arg == "strip")) == "STRIP_LIBRARIES"
    rule = next(n for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "STRIP_LIBRARIES")
    strips = {platform: eval(compile(ast.Expression(rule.value), str(SPEC), "eval"), {"sys": type("sys", (), {"platform": platform})})
              for platform in ("linux", "win32", "darwin")}
    assert strips == {"linux": True, "win32": False, "darwin": False}


def test_the_frozen_program_s_about_box_can_say_its_version():
    """Help > About reads the version from the installed package's metadata (program_version),
    which PyInstaller bundles only where the spec asks for it (copy_metadata in its datas):
    without it the frozen program said "Version not installed (a source folder)" (R301-03)."""
    asked = re.findall(r"metadata\.version\(\"([^\"]+)\"\)", _own_code())
    datas = next(node.value for node in ast.walk(_spec_tree()) if isinstance(node, ast.keyword) and node.arg == "datas")
    copied = [ast.literal_eval(call.args[0]) for call in ast.walk(datas)
              if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "copy_metadata"]
    assert asked and set(asked) <= set(copied), (asked, copied)
