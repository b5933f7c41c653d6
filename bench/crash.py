"""Crash test: `kill -9` at random moments during imports, moves, logs, backups and demo.

Run: `.venv/bin/python bench/crash.py [--kills N] [--databases D] [--slots S]`.
Each of D small databases gets one command at a time, in a process forked from this one (the
program is loaded once, so a command starts in milliseconds); S run at once. Each command is
killed with SIGKILL at a random moment of its usual run time, or finishes first. Afterwards
every database must pass SQLite's `PRAGMA integrity_check`, hold every change a command
reported as done (exit 0), hold each import wholly or not at all, each demo run wholly or not
at all, and every backup reported made must be a sound copy. Prints the counts; exits 1 on
any failure.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from repatriate import cli

IMPORT_ROWS = 40
DEMO_CASES = 150
DESKS = ("BD-MOFA", "DL-HOME", "AS-POLICE", "BDHC-DEL")
KINDS = ("import", "move", "log", "backup", "demo")


@dataclass
class Command:
    kind: str
    token: str
    argv: list[str]


@dataclass
class Slot:
    database: Path
    refs: list[str]
    pid: int = 0
    deadline: float = 0.0
    command: Command | None = None
    acknowledged: list[Command] = field(default_factory=list)


@dataclass
class Counts:
    kills: int = 0
    finished: int = 0
    refused: int = 0
    failed: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in KINDS})


def run_in_child(argv: list[str], log: Path) -> int:
    """Fork; the child runs the command with its output in `log` and exits with its code."""
    pid = os.fork()
    if pid:
        return pid
    try:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        code = cli.run(cli.parse(argv), sys.stdout, sys.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        code = 99
    os._exit(code)


def run_to_end(argv: list[str], log: Path) -> None:
    pid = run_in_child(argv, log)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"setup failed: repatriate {' '.join(argv)} (see {log})")


def import_csv(folder: Path, token: str) -> Path:
    path = folder / f"{token}.csv"
    rows = [f"{token}-{n:03d},Prisoner {token} {n},BD" for n in range(IMPORT_ROWS)]
    path.write_text("ref,name,claimed_nationality\n" + "\n".join(rows) + "\n")
    return path


def command(
    slot: Slot, token: str, rng: random.Random, folder: Path, kind: str | None = None
) -> Command:
    kind = kind or rng.choice(KINDS)
    db = ["--db", str(slot.database)]
    if kind == "import":
        argv = [*db, "import", str(import_csv(folder, token))]
    elif kind == "move":
        argv = [*db, "move", rng.choice(slot.refs), "--to", rng.choice(DESKS), "--letter", token]
    elif kind == "log":
        argv = [*db, "log", rng.choice(slot.refs), "--kind", "call", "--outcome", token]
    elif kind == "backup":
        argv = [*db, "backup", "--to", str(slot.database.parent / f"{token}.sqlite3")]
    else:
        argv = [*db, "demo", "--cases", str(DEMO_CASES), "--seed", token[1:]]
        argv.append("--into-real-database")
    return Command(kind, token, argv)


def verify(slot: Slot) -> list[str]:
    problems: list[str] = []
    name = slot.database.name
    connection = sqlite3.connect(slot.database)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            return [f"{name}: integrity_check: {result[:3]}"]
        refs = [r for (r,) in connection.execute("SELECT ref FROM prisoner_file")]
        letters = {r for (r,) in connection.execute("SELECT letter_ref FROM movement")}
        outcomes = {r for (r,) in connection.execute("SELECT outcome FROM activity")}
    finally:
        connection.close()
    imported: dict[str, int] = {}
    for ref in refs:
        if ref.startswith("K"):
            token = ref.split("-")[0]
            imported[token] = imported.get(token, 0) + 1
    for token, count in imported.items():
        if count != IMPORT_ROWS:
            problems.append(f"{name}: import {token} is half there ({count} of {IMPORT_ROWS})")
    demo = sum(1 for ref in refs if ref.startswith("DEMO-"))
    if demo % DEMO_CASES:
        problems.append(f"{name}: {demo} demo files, not a whole number of runs")
    for done in slot.acknowledged:
        found = {
            "import": done.token in imported,
            "move": done.token in letters,
            "log": done.token in outcomes,
            "backup": _sound(slot.database.parent / f"{done.token}.sqlite3"),
            "demo": True,
        }[done.kind]
        if not found:
            problems.append(f"{name}: {done.kind} {done.token} reported done but is missing")
    demo_done = sum(1 for done in slot.acknowledged if done.kind == "demo")
    if demo < DEMO_CASES * (demo_done + 1):
        problems.append(f"{name}: {demo} demo files, fewer than the {demo_done} runs reported")
    for copy in slot.database.parent.glob("K*.sqlite3"):
        if not _sound(copy):
            problems.append(f"{name}: backup {copy.name} is not sound")
    return problems


def _sound(path: Path) -> bool:
    if not path.exists():
        return False
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--databases", type=int, default=6)
    parser.add_argument("--slots", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="repatriate-crash-") as temporary:
        folder = Path(temporary)
        log = folder / "commands.log"
        slots: list[Slot] = []
        for n in range(args.databases):
            (folder / f"db{n}").mkdir()
            database = folder / f"db{n}" / "clinic.sqlite3"
            run_to_end(["--db", str(database), "init"], log)
            run_to_end(["--db", str(database), "demo", "--cases", str(DEMO_CASES)], log)
            refs = [f"DEMO-{i:06d}" for i in range(1, DEMO_CASES + 1)]
            slots.append(Slot(database, refs))
        usual = {kind: 0.0 for kind in KINDS}
        for kind in KINDS:
            begun = time.perf_counter()
            run_to_end(command(slots[0], f"T{KINDS.index(kind)}", rng, folder, kind).argv, log)
            usual[kind] = time.perf_counter() - begun
        counts = Counts()
        print(f"set up {len(slots)} databases in {time.perf_counter() - started:.0f} s")
        serial = 0
        idle = list(range(len(slots)))
        running: list[Slot] = []
        while counts.kills < args.kills or running:
            while idle and len(running) < args.slots and counts.kills < args.kills:
                slot = slots[idle.pop(rng.randrange(len(idle)))]
                serial += 1
                slot.command = command(slot, f"K{serial:06d}", rng, folder)
                slot.pid = run_in_child(slot.command.argv, log)
                slot.deadline = time.perf_counter() + rng.uniform(0, 2 * usual[slot.command.kind])
                running.append(slot)
            time.sleep(0.002)
            for slot in list(running):
                assert slot.command is not None
                pid, status = os.waitpid(slot.pid, os.WNOHANG)
                if pid == 0 and time.perf_counter() < slot.deadline:
                    continue
                tally = counts.by_kind[slot.command.kind]
                # The kill window follows the commands' run time here and now (two cores
                # shared): it grows after a kill and shrinks after a finish, so that about
                # half the commands are killed, at moments spread over their whole run.
                usual[slot.command.kind] *= 1.03 if pid == 0 else 0.97
                if pid == 0:
                    os.kill(slot.pid, signal.SIGKILL)
                    os.waitpid(slot.pid, 0)
                    counts.kills += 1
                    tally[0] += 1
                elif os.waitstatus_to_exitcode(status) == 0:
                    counts.finished += 1
                    tally[1] += 1
                    slot.acknowledged.append(slot.command)
                elif os.waitstatus_to_exitcode(status) == cli.EXIT_BAD_INPUT:
                    # Refused before writing (a movement the file's chain does not allow).
                    counts.refused += 1
                else:
                    counts.failed += 1
                    print(f"failed: repatriate {' '.join(slot.command.argv)}", file=sys.stderr)
                running.remove(slot)
                idle.append(slots.index(slot))
        problems = [p for slot in slots for p in verify(slot)]
        leftovers = len(list(folder.rglob(".backup-*.part")))
        if counts.failed or problems:
            print(log.read_text()[-3000:], file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(
        f"{counts.kills} kills, {counts.finished} commands finished, {counts.refused} refused "
        f"as bad input, {counts.failed} failed, "
        f"on {len(slots)} databases in {elapsed:.0f} s"
    )
    for kind, (killed, finished) in counts.by_kind.items():
        print(f"  {kind:7} killed {killed:5}  finished {finished:5}")
    print(f"integrity_check ok on all {len(slots)} databases" if not problems else "PROBLEMS:")
    for problem in problems:
        print(f"  {problem}")
    print(f"{leftovers} unfinished backup copies (.part) left by kills")
    return 1 if problems or counts.failed else 0


if __name__ == "__main__":
    sys.exit(main())
