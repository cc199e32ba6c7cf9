"""Smoke test of a frozen build: `python packaging/smoke_test.py dist/clinic-desk/clinic-desk`.

Runs the frozen program the way a clinic would, on a throwaway caseload, offscreen: the
demo window and its screenshot, `demo`, `list`, `rescreen` (in this process when frozen:
it must still say its progress), every public acceptance case through `screen --batch`
(the same answers as `python -m clinic_app` from this checkout: a remedy module left out of
the bundle was once skipped without a word, P32-01), `screen --format text`, a client's
handout in each language (fonts embedded) and an event's, `export` / `import` round trip,
`report`, and an encrypted caseload (SQLCipher bundled, P32-02).  Run it with the build's
Python (it uses this checkout's clinic_app); about 30 s.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "acceptance" / "cases-public.yaml"


def run(binary: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    result = subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"FAILED: {' '.join(args)}\n{result.stderr}")
    return result


def check(condition: bool, what: str) -> None:
    if not condition:
        sys.exit(f"FAILED: {what}")


def fonts_embedded(pdf: Path) -> bool:
    """Every font of the PDF embedded (pdffonts where installed, else the font files' keys)."""
    if shutil.which("pdffonts"):
        rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
        return bool(rows) and all(row.split()[-5] == "yes" for row in rows)
    return b"/FontFile2" in pdf.read_bytes()


def main() -> None:
    binary = str(Path(sys.argv[1]).resolve())
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        home = {"HOME": str(tmp / "home"), "XDG_DATA_HOME": str(tmp / "home" / "data")}  # a fresh laptop

        # The window on the demo caseload, as a first start would open it.
        shot = tmp / "demo.png"
        window_started = time.monotonic()
        run(binary, "--demo", "--screenshot", str(shot), env=home)
        window_seconds = time.monotonic() - window_started
        check(shot.stat().st_size > 10_000, "demo window screenshot too small")

        db = str(tmp / "caseload.sqlite")
        run(binary, "demo", "--db", db, "--clients", "40")
        listing = run(binary, "list", "--db", db).stdout
        check(len(listing.splitlines()) == 40, f"list: {listing}")
        rescreen = run(binary, "rescreen", "--db", db)
        check("screening: 40/40 done" in rescreen.stderr, f"rescreen said no progress: {rescreen.stderr}")
        run(binary, "--db", db, "--screenshot", str(tmp / "shot.png"))
        check((tmp / "shot.png").stat().st_size > 10_000, "screenshot too small")

        # Every public case: the frozen answers are this checkout's answers.
        requests = tmp / "requests.jsonl"
        cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))
        requests.write_text("".join(json.dumps(c["request"], default=str) + "\n" for c in cases), encoding="utf-8")
        run(binary, "screen", "--batch", str(requests), "--out", str(tmp / "frozen.jsonl"))
        subprocess.run([sys.executable, "-m", "clinic_app", "screen", "--batch", str(requests), "--out", str(tmp / "source.jsonl")],
                       cwd=ROOT, check=True, capture_output=True, timeout=240)
        frozen = (tmp / "frozen.jsonl").read_text(encoding="utf-8").splitlines()
        source = (tmp / "source.jsonl").read_text(encoding="utf-8").splitlines()
        check(len(frozen) == len(cases), "screen --batch: a result line per case")
        differ = [c["id"] for c, f, s in zip(cases, frozen, source) if json.loads(f) != json.loads(s)]
        check(differ == [], f"the frozen screening differs from the checkout's on {differ}")
        one = tmp / "one.json"
        one.write_text(json.dumps(cases[0]["request"], default=str), encoding="utf-8")
        text = run(binary, "screen", str(one), "--format", "text").stdout
        check("SCREENING, NOT LEGAL ADVICE" in text, "screen --format text")

        # Handouts: one client's in each language, fonts embedded; and a clinic event's.
        client = listing.split("\t", 1)[0]
        for lang in ("en", "es"):
            pdf = tmp / f"handout-{lang}.pdf"
            run(binary, "handout", "--db", db, "--client", client, "--lang", lang, "--out", str(pdf))
            check(pdf.read_bytes().startswith(b"%PDF") and fonts_embedded(pdf), f"handout {lang}: fonts not embedded")
        export = tmp / "all.jsonl"
        run(binary, "export", "--db", db, "--all", "--out", str(export))
        event = next(json.loads(line)["client"].get("event") for line in export.read_text(encoding="utf-8").splitlines()
                     if json.loads(line).get("client", {}).get("event"))
        run(binary, "handout", "--db", db, "--event", event, "--out", str(tmp / "event"))
        check(any((tmp / "event").glob("*.pdf")), "handout --event wrote no PDF")

        # export / import round trip, and the report.
        copy = str(tmp / "copy.sqlite")
        run(binary, "import", "--db", copy, str(export))
        run(binary, "export", "--db", copy, "--all", "--out", str(tmp / "again.jsonl"))
        check((tmp / "again.jsonl").read_bytes() == export.read_bytes(), "export / import / export changed the clients")
        report = json.loads(run(binary, "report", "--db", db, "--json").stdout)
        check(report["clients"] == 40, f"report: {report}")

        # An encrypted caseload opens (SQLCipher is in the bundle).
        secret = {"CLINIC_DESK_PASSPHRASE": "smoke test passphrase"}
        run(binary, "encrypt", "--db", copy, env=secret)
        check(len(run(binary, "list", "--db", copy, env=secret).stdout.splitlines()) == 40, "encrypted caseload: list")
    print(f"smoke test passed in {time.monotonic() - started:.1f} s (window with --demo: {window_seconds:.1f} s)")


if __name__ == "__main__":
    main()
