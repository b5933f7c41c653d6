"""The headless commands: the same services the window uses, for scripts and servers.

Errors print one line (`repatriate: error: ...`) and exit non-zero, never a traceback:
2 for bad input (arguments, CSV rows), 1 for anything else that went wrong.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from repatriate import __version__
from repatriate.domain.errors import InvalidInput, RepatriateError
from repatriate.services.database import ENVIRONMENT_VARIABLE, Database

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="repatriate",
        description="Track foreign prisoners' repatriation files. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"repatriate {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"database file or SQLAlchemy URL (default: ${ENVIRONMENT_VARIABLE}, "
        "else repatriate.sqlite3 in your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("init", help="create the database, or upgrade it to this version")

    importing = commands.add_parser("import", help="import prisoner files from CSV (all or none)")
    importing.add_argument("file", metavar="FILE.csv", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    importing.add_argument(
        "--dayfirst", action="store_true", help="also accept dates as DD/MM/YYYY and DD-MM-YYYY"
    )

    exporting = commands.add_parser("export", help="export every prisoner file to CSV")
    exporting.add_argument("file", metavar="FILE.csv", type=Path)
    exporting.add_argument(
        "--bom", action="store_true", help="start with a byte-order mark, for Excel"
    )

    demo = commands.add_parser("demo", help="add realistic synthetic files to try the app")
    demo.add_argument("--cases", type=int, default=200, metavar="N", help="how many (200)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (1)")
    return parser


def _init(db: Database, _args: argparse.Namespace, out: TextIO) -> None:
    print(f"database ready: {db.location} ({db.cases.count()} files)", file=out)


def _import(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    report = db.transfer.import_csv(args.file, dry_run=args.dry_run, dayfirst=args.dayfirst)
    generated = f" ({len(report.generated_refs)} refs generated)" if report.generated_refs else ""
    if report.dry_run:
        print(f"dry run: all {report.rows} rows are valid{generated}; nothing written", file=out)
    else:
        print(f"imported {report.imported} files into {db.location}{generated}", file=out)


def _export(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    count = db.transfer.export_csv(args.file, bom=args.bom)
    print(f"exported {count} files to {args.file}", file=out)


def _demo(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    refs = db.demo.fill(args.cases, seed=args.seed)
    print(f"added {len(refs)} demo files ({refs[0]} to {refs[-1]}) to {db.location}", file=out)


COMMANDS: dict[str, Callable[[Database, argparse.Namespace, TextIO], None]] = {
    "init": _init,
    "import": _import,
    "export": _export,
    "demo": _demo,
}


def run(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one parsed command; returns the exit code."""
    try:
        db = Database.open(args.db)
        try:
            if db.backup_made:
                print(f"upgraded the database; the old one is kept as {db.backup_made}", file=out)
            COMMANDS[args.command](db, args, out)
        finally:
            db.close()
    except InvalidInput as exc:
        for error in exc.errors:
            print(error, file=err)
        rows = {e.row for e in exc.errors if e.row is not None}
        where = f" in {len(rows)} row(s)" if rows else ""
        print(f"repatriate: error: {len(exc.errors)} problem(s){where}; nothing written", file=err)
        return EXIT_BAD_INPUT
    except RepatriateError as exc:
        print(f"repatriate: error: {exc}", file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("repatriate: interrupted; nothing written", file=err)
        return 130
    return 0


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Headless entry point: a command is required."""
    args = parse(argv)
    if args.command is None:
        build_parser().error("a command is required")
    return run(args)
