"""`clinic-app screen` against what goes wrong at a clinic: the wrong file given, a file saved in
the wrong encoding, a results file that is a symlink or a pipe, a batch stopped half way.

Each test runs the real command as a user (or a script) would: in a subprocess where standard
input, a signal or the terminal is what it tests, in this process where only the files given
and what it answers are (`screen`).
"""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.cli.ctrl_c import ctrl_c_heard
from tests.cli.program_in_process import run_in_process
from tests.eligibility.engine_builders import GOOD_REQUEST as GOOD

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_CASES = ROOT / "tests" / "acceptance" / "cases-public.yaml"

LINE = json.dumps(GOOD)


def screen(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """`clinic-app screen ARGS`; output as text (undecodable bytes escaped), exit status.

    Given files, in this process (tests/cli/program_in_process.py); given `stdin`, a process
    of its own, its standard input a pipe."""
    if stdin is None:
        done = run_in_process(["screen", *map(str, args)], env={}, cwd=cwd, text=False)
        return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8", "replace"),
                                           done.stderr.decode("utf-8", "replace"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "clinic_app", "screen", *map(str, args)], cwd=cwd, env=env, input=stdin, capture_output=True, timeout=120)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def refused(done: subprocess.CompletedProcess, *phrases: str) -> None:
    """Exit status 2, nothing on standard output, no traceback, and the phrases said."""
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    for phrase in phrases:
        assert phrase in done.stderr


def batch_file(tmp_path: Path, lines: list[str], name: str = "in.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def request_with(change) -> str:
    doc = json.loads(LINE)
    change(doc)
    return json.dumps(doc)


# ---- 1. --out may not be the batch file -------------------------------------------------


@pytest.mark.parametrize("spelling", ["same", "other spelling", "symlink", "hard link"])
def test_out_that_is_the_batch_file_is_refused_before_any_work(tmp_path, spelling):
    src = batch_file(tmp_path, [LINE, LINE])
    before = src.read_bytes()
    (tmp_path / "sub").mkdir()
    out = {
        "same": src,
        "other spelling": tmp_path / "sub" / ".." / "in.jsonl",
        "symlink": tmp_path / "link.jsonl",
        "hard link": tmp_path / "hard.jsonl",
    }[spelling]
    if spelling == "symlink":
        out.symlink_to(src)
    if spelling == "hard link":
        os.link(src, out)
    done = screen("--batch", src, "--out", out)
    refused(done, "is the batch file", "choose another --out")
    assert "checking" not in done.stderr and "screening" not in done.stderr
    assert src.read_bytes() == before


def test_out_given_relative_to_the_folder_is_still_the_batch_file(tmp_path):
    src = batch_file(tmp_path, [LINE])
    refused(screen("--batch", src, "--out", "./in.jsonl", cwd=tmp_path), "is the batch file")
    assert src.read_text(encoding="utf-8") == LINE + "\n"


# ---- 2-5. what a request file may not get past -------------------------------------------


def test_a_key_given_twice_exits_2_naming_it(tmp_path):
    (tmp_path / "r.json").write_text(LINE.replace('"us_citizen": true', '"us_citizen": true, "us_citizen": false'), encoding="utf-8")
    refused(screen(tmp_path / "r.json"), "person.us_citizen: the key is given twice")
    (tmp_path / "r.yaml").write_text("person: {registrant_290: false, registrant_290: true}\ncases: []\n", encoding="utf-8")
    refused(screen(tmp_path / "r.yaml"), "person.registrant_290: the key is given twice")


# --as-of is typed by a person: read as the window's date boxes read a day (K293-01: a RAP
# sheet's "20261115" too), and date.fromisoformat's week and ordinal days still refused.
@pytest.mark.parametrize("written", ["2026-W46-7", "2026-319"])
def test_as_of_must_be_written_yyyy_mm_dd(tmp_path, written):
    (tmp_path / "r.json").write_text(LINE, encoding="utf-8")
    refused(screen(tmp_path / "r.json", "--as-of", written), "--as-of: Not a date: write it as 2026-12-31, 12/31/2026 or \"December 31 2026\"")


def test_an_impossible_yaml_date_exits_2_with_its_path_not_a_traceback(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("as_of: 2026-11-15\nperson: {dob: 1985-02-30}\ncases: []\n", encoding="utf-8")
    done = screen(path)
    refused(done, "person.dob: no such day: '1985-02-30' (February 1985 has 28 days)")
    assert len(done.stderr.splitlines()) == 1


def test_a_yaml_date_with_a_time_asks_for_a_date_without_one(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("as_of: 2026-11-15T09:00:00\nperson: {}\ncases: []\n", encoding="utf-8")
    refused(screen(path), "as_of:", "a date without a time (YYYY-MM-DD)")


LATIN1 = json.dumps({**GOOD, "client": {"name": "José Peña"}}, ensure_ascii=False).encode("latin-1")


def test_a_file_not_in_utf8_exits_2(tmp_path):
    (tmp_path / "r.json").write_bytes(LATIN1)
    refused(screen(tmp_path / "r.json"), "r.json: not UTF-8 text")
    refused(screen("-", stdin=LATIN1), "standard input: not UTF-8 text")


def test_a_batch_line_not_in_utf8_is_named_by_its_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(LINE.encode() + b"\n" + LATIN1 + b"\n")
    refused(screen("--batch", src), f"{src}:2: not UTF-8 text")


def test_a_byte_order_mark_is_accepted_on_standard_input_and_a_batch(tmp_path):
    bom = b"\xef\xbb\xbf"
    assert screen("-", stdin=bom + LINE.encode()).returncode == 0
    assert screen("-", stdin=bom + b"person: {us_citizen: true}\ncases: []\n").returncode == 0
    src = tmp_path / "in.jsonl"
    src.write_bytes(bom + LINE.encode() + b"\n" + LINE.encode() + b"\n")
    done = screen("--batch", src)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2


def test_a_number_too_long_to_read_is_one_line_not_a_traceback(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(LINE.replace('"as_of"', f'"money": {"9" * 5000}, "as_of"'), encoding="utf-8")
    done = screen(path)
    refused(done, "money: a number of 5,000 digits is too long to read")
    assert len(done.stderr.splitlines()) == 1


def test_an_empty_file_says_so(tmp_path):
    for name in ("e.json", "e.yaml"):
        (tmp_path / name).write_text("", encoding="utf-8")
        refused(screen(tmp_path / name), f"{name}: the file is empty")
    refused(screen("-", stdin=b""), "standard input: it is empty")


def test_a_yaml_alias_bomb_fails_fast_with_a_short_message(tmp_path):
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\nperson: *a8\n", encoding="utf-8")
    started = time.monotonic()
    done = screen(path)
    refused(done, "aliases expand to more than 100,000 values")
    assert len(done.stderr) < 200 and time.monotonic() - started < 30


def test_a_whole_cases_file_given_as_a_request_gets_a_short_message():
    done = screen(PUBLIC_CASES)
    refused(done, "a request is a mapping")
    assert len(done.stderr) < 300


def test_a_json_error_in_a_batch_line_says_where_once(tmp_path):
    src = batch_file(tmp_path, [LINE, '{"person": "a\tb"}'])
    done = screen("--batch", src)
    refused(done, f"{src}:2: not valid JSON: Invalid control character at column 14")
    assert "at at" not in done.stderr


# ---- 6. --out: checked first, symlinks followed, pipes written, private -------------------


def test_out_in_a_folder_that_does_not_exist_is_refused_before_screening(tmp_path):
    src = batch_file(tmp_path, [LINE])
    done = screen("--batch", src, "--out", "nodir/sub/results.jsonl", cwd=tmp_path)
    # Said as export --out and handout --out say it, with the way on (B105-01).
    refused(done, "--out nodir/sub/results.jsonl: folder nodir/sub does not exist; make it first, or choose another")
    assert ".screen-" not in done.stderr and "screening" not in done.stderr and "checking" not in done.stderr


def test_out_that_is_a_folder_or_under_a_file_is_refused(tmp_path):
    src = batch_file(tmp_path, [LINE])
    refused(screen("--batch", src, "--out", tmp_path), "is a folder; give a file name")
    refused(screen("--batch", src, "--out", src / "results.jsonl"), "is not a folder")


def test_out_that_is_a_symlink_writes_its_target_and_the_link_stays(tmp_path):
    src = batch_file(tmp_path, [LINE, LINE])
    real = tmp_path / "kept" / "results.jsonl"
    real.parent.mkdir()
    real.write_text("old results\n", encoding="utf-8")
    link = tmp_path / "results-link.jsonl"
    link.symlink_to(real)
    done = screen("--batch", src, "--out", link)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(real.read_text(encoding="utf-8").splitlines()) == 2
    assert [p.name for p in real.parent.iterdir()] == ["results.jsonl"]


def test_out_that_is_a_named_pipe_is_written_directly(tmp_path):
    src = batch_file(tmp_path, [LINE, LINE, LINE])
    fifo = tmp_path / "results.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = screen("--batch", src, "--out", fifo)
    reader.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert fifo.is_fifo()
    assert received and len(received[0].splitlines()) == 3


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_device_that_cannot_take_the_results_is_said_in_one_line():
    src_lines = [LINE] * 40  # more than one buffer's worth, so the write itself fails
    done = screen("--batch", "-", "--out", "/dev/full", stdin=("\n".join(src_lines) + "\n").encode())
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "clinic-app screen: cannot write the results: No space left on device" in done.stderr
    assert Path("/dev/full").is_char_device()  # written to, not replaced by a file


def test_the_results_file_is_readable_by_its_owner_only(tmp_path):
    src = batch_file(tmp_path, [LINE])
    out = tmp_path / "results.jsonl"
    assert screen("--batch", src, "--out", out).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o600


# ---- 7. Ctrl-C and SIGTERM during a batch -------------------------------------------------


class Running:
    """A batch running with standard error on a terminal (a pty), as a paralegal sees it."""

    def __init__(self, tmp_path: Path, *args: str):
        master, slave = pty.openpty()
        self.master = master
        self.stdout_path = tmp_path / "stdout.txt"
        self.stdout = open(self.stdout_path, "wb")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        with ctrl_c_heard():
            self.process = subprocess.Popen([sys.executable, "-m", "clinic_app", "screen", *map(str, args)], cwd=ROOT, env=env, stdout=self.stdout, stderr=slave)
        os.close(slave)
        self.seen = b""

    def wait_for(self, text: bytes, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            assert time.monotonic() < deadline, self.seen[-500:]
            self._read(0.1)

    def finish(self) -> tuple[int, str]:
        status = self.process.wait(timeout=60)
        while self._read(0.2):
            pass
        os.close(self.master)
        self.stdout.close()
        return status, self.seen.decode("utf-8", "replace")

    def _read(self, wait: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], wait)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # the child has gone and closed the terminal
            return False
        self.seen += chunk
        return bool(chunk)


@pytest.fixture(scope="module")
def long_batch(tmp_path_factory) -> Path:
    """Enough requests to be stopped half way (several seconds of screening)."""
    return batch_file(tmp_path_factory.mktemp("long"), [LINE] * 8000)


@pytest.mark.parametrize("sent,status,said", [(signal.SIGTERM, 143, "stopped (SIGTERM)"), (signal.SIGINT, 130, "interrupted")])
def test_a_stopped_batch_keeps_the_previous_results_file(tmp_path, long_batch, sent, status, said):
    out = tmp_path / "results.jsonl"
    out.write_text("yesterday's results\n", encoding="utf-8")
    running = Running(tmp_path, "--batch", long_batch, "--out", out)
    running.wait_for(b"screening [")
    running.process.send_signal(sent)
    code, stderr = running.finish()
    assert code == status, stderr
    before, _, message = stderr.partition(f"clinic-app screen: {said}")
    assert message, stderr
    assert before.endswith("\n")  # on a line of its own, not after the progress bar
    assert f"{out} is as it was" in message
    assert out.read_text(encoding="utf-8") == "yesterday's results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.jsonl", "stdout.txt"]  # no temporary file


def test_a_batch_stopped_while_writing_to_standard_output_says_how_many_were_written(tmp_path, long_batch):
    running = Running(tmp_path, "--batch", long_batch)
    running.wait_for(b"screening [")
    running.process.send_signal(signal.SIGTERM)
    code, stderr = running.finish()
    assert code == 143, stderr
    written = len(running.stdout_path.read_text(encoding="utf-8").splitlines())
    assert 0 < written < 8000
    assert f"{written:,} results had been written to standard output" in stderr


def test_ctrl_c_while_a_slow_reader_takes_the_results_leaves_no_half_line(tmp_path):
    """C31-01: `screen --batch big.jsonl | slow-program`, stopped with Ctrl-C while a result was
    going into the full pipe, left the first 4,096 bytes of that result as the last line (not
    JSON) and said one result fewer than had gone through.  The line being written is finished
    first: every line out is a whole result, and the count said is theirs."""
    src = batch_file(tmp_path, [LINE] * 3000)
    said = tmp_path / "stderr.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open(said, "wb") as stderr:
        with ctrl_c_heard():
            process = subprocess.Popen([sys.executable, "-m", "clinic_app", "screen", "--batch", str(src)], cwd=ROOT, env=env,
                                       stdout=subprocess.PIPE, stderr=stderr)
        deadline = time.monotonic() + 60
        while b"lines done" not in said.read_bytes():
            assert time.monotonic() < deadline and process.poll() is None, said.read_bytes()
            time.sleep(0.05)
        time.sleep(1)  # the pipe is full: writing the next result waits for the reader
        taken = os.read(process.stdout.fileno(), 5000)  # the reader takes a little: part of it goes through
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        taken += process.stdout.read()
        status = process.wait(timeout=60)
    stderr_text = said.read_text(encoding="utf-8")
    assert status == 130, stderr_text
    assert taken.endswith(b"\n")
    lines = taken.decode("utf-8").splitlines()
    assert all(json.loads(line)["as_of"] == "2026-11-15" for line in lines)
    assert f"interrupted after {len(lines):,} of 3,000 requests: {len(lines):,} results had been written to standard output" in stderr_text
    assert "Traceback" not in stderr_text


# ---- 8-10. progress, standard input, many bad lines ---------------------------------------



def test_a_killed_batchs_temporary_results_go_at_the_next_batch_into_that_folder(tmp_path):
    """V27-03: a batch killed outright (SIGKILL, a battery, a power cut: no cleanup runs) left
    its hidden temporary file of screening results in the --out folder for good: its name is
    random, so no later batch replaced it.  The next batch there removes one last written over
    an hour ago; a newer one may be another batch's still being written, and stays."""
    killed = tmp_path / ".screen-k1ll3d.jsonl.tmp"
    killed.write_text('{"cases": "a client\'s record"}\n', encoding="utf-8")
    hours_ago = time.time() - 2 * 3600
    os.utime(killed, (hours_ago, hours_ago))
    running = tmp_path / ".screen-runn1ng.jsonl.tmp"
    running.write_text("", encoding="utf-8")
    mine = tmp_path / ".screen-notes.txt"  # not a batch's name: the user's, never touched
    mine.write_text("x", encoding="utf-8")
    os.utime(mine, (hours_ago, hours_ago))
    done = screen("--batch", batch_file(tmp_path, [LINE]), "--out", tmp_path / "out.jsonl")
    assert done.returncode == 0, done.stderr
    assert not killed.exists()
    assert running.exists() and mine.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".screen-notes.txt", ".screen-runn1ng.jsonl.tmp", "in.jsonl", "out.jsonl"]

def test_progress_in_a_log_is_plain_lines(tmp_path):
    src = batch_file(tmp_path, [LINE, "", LINE])
    done = screen("--batch", src)
    assert done.returncode == 0, done.stderr
    assert "\r" not in done.stderr
    assert "checking: 3/3 lines done" in done.stderr
    assert "screening: 2/2 done" in done.stderr


def test_progress_in_a_log_ends_with_one_line_not_a_100_percent_line_and_a_done_line(monkeypatch):
    """L32-01: a batch slow enough to write its last tenth to a log wrote "screening: 10/10
    (100%, 1/s)" and then, at once, "screening: 10/10 done in 20.0 s": one line too many.
    The real bar, on a clock that moves two seconds a request (no subprocess: a real batch's
    pace cannot be set)."""
    import io

    from clinic_app import screen_command

    clock = iter(range(0, 1000, 2))
    monkeypatch.setattr(screen_command.time, "monotonic", lambda: next(clock))
    log = io.StringIO()
    bar = screen_command.ProgressBar(10, log)
    for done in range(1, 11):
        bar.update(done)
    bar.finish()
    lines = log.getvalue().splitlines()
    assert lines[-2].startswith("screening: 9/10 (90%"), lines
    assert lines[-1].startswith("screening: 10/10 done in "), lines
    assert len(lines) == 10, lines


def test_progress_at_a_terminal_is_redrawn_and_ends_its_line(tmp_path):
    src = batch_file(tmp_path, [LINE, LINE])
    running = Running(tmp_path, "--batch", src, "--out", tmp_path / "results.jsonl")
    code, stderr = running.finish()
    assert code == 0, stderr
    assert "\rchecking [" in stderr and "\rscreening [" in stderr and "2/2" in stderr
    assert stderr.endswith("\n")


def test_an_empty_batch_says_it_has_no_requests(tmp_path):
    src = batch_file(tmp_path, ["", "  "])
    out = tmp_path / "results.jsonl"
    done = screen("--batch", src, "--out", out)
    assert done.returncode == 0, done.stderr
    assert "no requests in" in done.stderr and "1/1" not in done.stderr
    assert out.read_text(encoding="utf-8") == ""


def test_a_batch_from_standard_input(tmp_path):
    done = screen("--batch", "-", stdin=(LINE + "\n\n" + LINE + "\n").encode())
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["as_of"] for x in done.stdout.splitlines()] == ["2026-11-15", "2026-11-15"]
    refused(screen("--batch", "-", stdin=(LINE + "\n{oops\n").encode()), "standard input:2: the line ends early")  # H100-01


def test_a_batch_from_a_pipe_is_read_once_and_screened_whole():
    # A pipe cannot be read twice (once to check, once to screen): it is copied to a temporary file first.
    done = screen("--batch", "/dev/stdin", stdin=(LINE + "\n" + LINE + "\n").encode())
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2


def test_a_batch_from_standard_input_is_kept_on_disk_not_in_memory(monkeypatch):
    """L32-03: `screen --batch -` read all of standard input into memory, as it is read twice
    (checked, then screened): 57 MB held for 20,000 requests piped from another program.  It
    is now copied a chunk at a time into a temporary file with no name on disk, readable by
    this user only, gone once closed (or the process ends, even killed).  In-process, with
    standard input a real pipe, so that tracemalloc counts what reading the batch holds (the
    screening, which a file's batch does as well, is left out: it is slow under tracemalloc)."""
    import io
    import tracemalloc

    from clinic_app import screen_command
    from clinic_app.demo import generate_clients
    from clinic_app.screening_format import client_to_request_dict

    piped = b"".join(json.dumps(client_to_request_dict(c), ensure_ascii=False).encode() + b"\n"
                     for c in generate_clients(3_000, seed=32))
    assert len(piped) > 8_000_000
    reading, writing = os.pipe()
    writer = threading.Thread(target=lambda: (os.write(writing, piped) and None, os.close(writing)))
    writer.start()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(open(reading, "rb"), encoding="utf-8"))
    tracemalloc.start()
    try:
        batch = screen_command.Batch.open("-")
        counted = batch.count_lines()
        checked = sum(1 for _ in batch.lines())
        screened = sum(1 for _ in batch.lines())
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        writer.join()
    assert counted == checked == screened == 3_000
    assert peak < len(piped) / 3, (peak, len(piped))
    kept = os.fstat(batch.spool.fileno())
    assert (kept.st_mode & 0o777, kept.st_nlink, kept.st_size) == (0o600, 0, len(piped))  # private, no name to leave behind
    batch.close()
    assert batch.spool.closed


def test_many_bad_lines_are_named_up_to_ten_then_counted(tmp_path):
    bad = request_with(lambda d: d["person"].__setitem__("dob", 5))
    src = batch_file(tmp_path, [LINE] + [bad] * 12 + [LINE])
    out = tmp_path / "results.jsonl"
    done = screen("--batch", src, "--out", out)
    refused(done, f"12 bad lines in {src}; nothing was screened or written", "and 2 more bad lines")
    named = [line for line in done.stderr.splitlines() if line.startswith(f"{src}:")]
    assert named == [f"{src}:{n}: person.dob: not a date: 5" for n in range(2, 12)]
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


# ---- 11. the contract in --help ---------------------------------------------------------


def test_help_states_the_contract():
    done = screen("--help")
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    for phrase in (
        "Exit status: 0 done",
        "2 a bad request",
        "143 stopped (SIGTERM)",
        "Blank lines are skipped: result N is the result of the N-th non-blank line",
        "nothing at all is written",
        "readable and writable by you only (mode 0600)",
    ):
        assert phrase in text, phrase


# ---- 12. a missing fact is not guessed ---------------------------------------------------


def test_a_conviction_without_a_level_exits_2_naming_it(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(request_with(lambda d: d["cases"][0]["convictions"][0].pop("level")), encoding="utf-8")
    refused(screen(path), "cases[0].convictions[0].level: missing")


def test_citizenship_left_out_gives_the_immigration_warnings(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(request_with(lambda d: d["person"].pop("us_citizen")), encoding="utf-8")
    done = screen(path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert "immigration" in {c["topic"] for c in result["consequences"]}
    assert next(r["status"] for r in result["results"] if r["remedy"] == "pc1473_7") == "needs_review"


def test_an_empty_as_of_option_is_a_bad_date_not_no_option(tmp_path):
    request = tmp_path / "r.json"
    request.write_text(LINE, encoding="utf-8")
    refused(screen(request, "--as-of", ""), "--as-of: Not a date: write it as")


def test_a_batch_line_with_a_date_no_record_holds_is_named_and_nothing_is_screened(tmp_path):
    """Fuzzing finding: 9999-12-31 passed the checking pass, crashed the engine on line 2
    after line 1's result was written, and named no line."""
    bad = json.loads(LINE)
    bad["cases"][0]["sentence"]["probation"]["end"] = "9999-12-31"
    batch = tmp_path / "b.jsonl"
    batch.write_text("\n".join([LINE, json.dumps(bad), LINE]) + "\n", encoding="utf-8")
    refused(screen("--batch", batch), f"{batch}:2: cases[0].sentence.probation.end: 9999-12-31 is not a day a court record can hold")


def test_a_batch_line_of_only_a_byte_order_mark_or_unicode_spaces_is_blank(tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_bytes(LINE.encode() + b"\n\xef\xbb\xbf\n\xc2\xa0 \n" + LINE.encode() + b"\n")
    done = screen("--batch", batch)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2



def test_blank_lines_that_shift_the_results_are_said(tmp_path):
    """C31-02: a batch of 50,000 exported requests with one blank line at line 1,001 gave
    49,999 results, exit 0 and not a word: joined back to the file line for line (results
    carry no id of their own), every result after it went to the wrong person.  The blank
    lines that shift the results are said on standard error; blank lines at the end shift
    nothing and are not."""
    other = request_with(lambda d: d.__setitem__("as_of", "2020-01-01"))
    src = batch_file(tmp_path, [LINE, "", other, " ", "", LINE, "", ""])
    done = screen("--batch", src)
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["as_of"] for x in done.stdout.splitlines()] == ["2026-11-15", "2020-01-01", "2026-11-15"]
    assert (f"3 blank lines in {src} (lines 2, 4, 5) have no result: from line 3 on, the results do not "
            "line up with the file's lines (result N is the N-th non-blank line's)") in done.stderr
    quiet = screen("--batch", batch_file(tmp_path, [LINE, LINE, "", ""], name="end.jsonl"))
    assert quiet.returncode == 0 and "blank" not in quiet.stderr


def test_a_json_document_given_as_a_batch_is_said_to_be_one(tmp_path):
    """C31-06: an indented request file (or the JSON list a case-management system exports)
    given to --batch gave "384 bad lines ... line 2: not valid JSON: Extra data at column 11"
    and so on, or "a request is a mapping, not [{...": nothing said that --batch wants one
    request a line, nor how to screen what was given."""
    indented = tmp_path / "request.json"
    indented.write_text(json.dumps(GOOD, indent=2) + "\n", encoding="utf-8")
    done = screen("--batch", indented)
    refused(done, f"{indented} is one JSON document written over many lines, not one request a line",
            f"clinic-app screen {indented}", f"{indented}:1: not valid JSON")
    listed = batch_file(tmp_path, ["[" + ", ".join([LINE] * 3) + "]"], name="list.json")
    refused(screen("--batch", listed), f"{listed}:1: a request is a mapping",
            "line 1 is a list of 3 requests, not one request: --batch wants one request a line")

# ---- a request to screen must be finished -----------------------------------------------


def test_a_convicted_case_with_no_conviction_is_screened_as_needing_them(tmp_path):
    """Fuzzing finding F1: the text report said "Nothing to file" at H for a case the record
    calls convicted but lists no count of, so it was refused.  S27-03: FORMAT.md asks for
    convictions only of a convicted case and names a missing fact rather than refusing it;
    the engine answers such a case needs_review asking for its convictions (O23B-01), so it
    is screened, single requests and batch lines alike."""
    doc = json.loads(LINE)
    doc["cases"][0]["convictions"] = []
    (tmp_path / "r.json").write_text(json.dumps(doc), encoding="utf-8")
    done = screen(tmp_path / "r.json", "--format", "text")
    assert done.returncode == 0, done.stderr
    assert "Nothing to file" not in done.stdout
    assert "What was the person convicted of" in done.stdout
    done = screen(tmp_path / "r.json")
    rows = [r for r in json.loads(done.stdout)["results"] if r["case"] == doc["cases"][0]["id"]]
    assert rows and {r["status"] for r in rows} == {"needs_review"}
    assert all(r["missing_facts"] == [f"cases[{doc['cases'][0]['id']}].convictions"] for r in rows)
    path = batch_file(tmp_path, [LINE, json.dumps(doc)])
    done = screen("--batch", path, "--out", tmp_path / "out.jsonl")
    assert done.returncode == 0, done.stderr
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_out_that_is_a_caseload_or_other_binary_file_is_refused_and_kept(tmp_path):
    # Storage check D21-15: `--out caseload.sqlite` replaced the caseload by the results.
    from clinic_app.model import Client
    from db.repository import Repository

    src = batch_file(tmp_path, [LINE])
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(Client(name="Kept Client"))
    before = caseload.read_bytes()
    refused(screen("--batch", src, "--out", caseload), "is not a results file (it holds binary data", "it is left as it is")
    assert caseload.read_bytes() == before
    encrypted_looking = tmp_path / "secret.sqlite"
    encrypted_looking.write_bytes(bytes(range(256)) * 16)
    refused(screen("--batch", src, "--out", encrypted_looking), "is not a results file")
    earlier = tmp_path / "results.jsonl"
    earlier.write_text("résultats d'hier\n", encoding="utf-8")  # earlier results, in any text: replaced
    assert screen("--batch", src, "--out", earlier).returncode == 0
    assert len(earlier.read_text(encoding="utf-8").splitlines()) == 1


# ---- 8. The text report at a terminal -----------------------------------------------------


def test_t37_03_the_text_report_at_an_80_column_terminal_is_wrapped_to_it(tmp_path):
    """T37-03: `screen --format text` at an 80-column terminal wrote lines of up to 100
    columns, which the terminal broke mid-word.  At a terminal (a pty 80 columns wide, in
    process: no subprocess) it now wraps to the terminal's width; to a file it keeps 100."""
    import fcntl
    import struct
    import termios

    from clinic_app.eligibility.text_report import NOTICE
    from clinic_app.screen_command import run_single

    src = tmp_path / "request.json"
    src.write_text(json.dumps(GOOD), encoding="utf-8")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = bytearray()

    def read() -> None:  # the terminal's side, read as it comes (a pty holds only a few KB)
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the other end closed
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    with open(slave, "w", encoding="utf-8", closefd=True) as terminal:
        assert run_single(str(src), None, "text", out=terminal) == 0
    reader.join(10)
    os.close(master)
    lines = seen.decode("utf-8").replace("\r\n", "\n").splitlines()
    assert " ".join(lines[-2:]) == NOTICE  # all of it came, wrapped to the terminal too
    assert max(map(len, lines)) <= 80, [x for x in lines if len(x) > 80]
    to_file = tmp_path / "report.txt"
    with open(to_file, "w", encoding="utf-8") as out:
        assert run_single(str(src), None, "text", out=out) == 0
    assert max(map(len, to_file.read_text(encoding="utf-8").splitlines())) > 80


def test_columns_set_by_the_user_are_the_width_to_a_file_or_pipe_too(tmp_path, monkeypatch):
    """`COLUMNS=80 clinic-app screen R --format text | less` (or `> report.txt` to print on a
    narrow page) kept the report's 100 columns: the width a person set by hand was ignored off
    a terminal.  An exported COLUMNS is now the width wherever the report goes (between 60 and
    100, as a terminal's is); without it a file keeps 100."""
    from clinic_app.screen_command import run_single

    src = tmp_path / "request.json"
    src.write_text(json.dumps(GOOD), encoding="utf-8")
    widths = {}
    for columns in ("80", "", "not a number"):
        if columns:
            monkeypatch.setenv("COLUMNS", columns)
        else:
            monkeypatch.delenv("COLUMNS", raising=False)
        to_file = tmp_path / f"report-{len(widths)}.txt"
        with open(to_file, "w", encoding="utf-8") as out:
            assert run_single(str(src), None, "text", out=out) == 0
        widths[columns] = max(map(len, to_file.read_text(encoding="utf-8").splitlines()))
    assert widths["80"] <= 80
    assert widths[""] > 80 and widths["not a number"] == widths[""]
