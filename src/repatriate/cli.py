"""The headless commands: the same services the window uses, for scripts and servers.

Errors print one line (`repatriate: error: ...`) and exit non-zero, never a traceback:
2 for bad input (arguments, CSV rows), 1 for anything else that went wrong.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO, cast

from repatriate import __version__
from repatriate.domain.desks import MovementKind, Via
from repatriate.domain.errors import (
    FieldError,
    InvalidInput,
    NotFound,
    NothingMatched,
    RepatriateError,
    printable,
    quoted,
)
from repatriate.domain.followups import ActivityKind, Lever
from repatriate.domain.travel import TravelDocumentKind
from repatriate.domain.wording import counted
from repatriate.services.environment import ENVIRONMENT_VARIABLE
from repatriate.services.output_files import is_standard_output

if TYPE_CHECKING:
    from repatriate.services.database import Database
    from repatriate.services.factsheets import LeftOut

# `--version` and `--help` import nothing heavy: SQLAlchemy, pycountry and the services are
# imported by the commands that use them.

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse quotes a refused value whole ("invalid choice: '…'"): a pasted page of
        # text would fill the terminal, and control characters in it would reach it raw.
        quoted_values = _ARGPARSE_QUOTE.sub(lambda m: f"'{quoted(m.group(1))}'", message)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {quoted_values} (see {self.prog} --help)\n")


_ARGPARSE_QUOTE = re.compile(r"(?<=invalid choice: )'(.*)'(?= \(choose from)", re.DOTALL)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="repatriate",
        description="Track foreign prisoners' repatriation files. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"repatriate {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="on an unexpected failure, print the traceback"
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"database file or SQLAlchemy URL (default: ${ENVIRONMENT_VARIABLE}, "
        "else repatriate.sqlite3 in your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("init", help="create the database, or upgrade it to this version")

    importing = commands.add_parser(
        "import", help="import prisoner files from CSV, or a whole bundle (all or none)"
    )
    source = importing.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", metavar="FILE.csv", type=Path)
    source.add_argument(
        "--bundle", type=Path, metavar="FILE.repatriate", help="a bundle made by export --bundle"
    )
    importing.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    importing.add_argument(
        "--check-duplicates",
        action="store_true",
        help="list the rows that are likely people already on file (or another row), across "
        "scripts and spellings; write nothing",
    )
    importing.add_argument(
        "--dayfirst", action="store_true", help="also accept dates as DD/MM/YYYY and DD-MM-YYYY"
    )
    importing.add_argument(
        "--rename-prefix",
        metavar="P",
        help="with --bundle: put P before each incoming ref (when refs are already taken)",
    )

    exporting = commands.add_parser(
        "export", help="export every prisoner file to CSV, or everything to a bundle"
    )
    target = exporting.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "file", nargs="?", metavar="FILE.csv", type=Path, help="- for standard output"
    )
    target.add_argument(
        "--bundle",
        type=Path,
        metavar="FILE.repatriate",
        help="every file with family, photos, documents, movements, activities, follow-ups, "
        "desks and settings: to move the data to a new computer",
    )
    exporting.add_argument(
        "--bom", action="store_true", help="start with a byte-order mark, for Excel"
    )

    demo = commands.add_parser("demo", help="add realistic synthetic files to try the app")
    demo.add_argument(
        "--cases", type=_counter(MAX_DEMO_CASES), default=200, metavar="N", help="how many (200)"
    )
    demo.add_argument(
        "--seed", type=_counter(2**32 - 1), default=1, metavar="S", help="random seed (1)"
    )
    demo.add_argument(
        "--into-real-database",
        action="store_true",
        help="add them even though the database holds files not made by demo",
    )

    overstays = commands.add_parser(
        "overstays", help="everyone still held past their release date, most days first"
    )
    overstays.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="default: today")
    overstays.add_argument(
        "--min-days",
        type=_counter(MAX_DAYS),
        default=1,
        metavar="N",
        help="at least N days past (1)",
    )
    overstays.add_argument("--format", choices=("table", "csv", "json"), default="table")

    show = commands.add_parser("show", help="one file, its release-date working and its flags")
    show.add_argument("ref", metavar="REF")
    show.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="default: today")

    settings = commands.add_parser(
        "settings",
        help="show the flag thresholds and the release-date rule, or set one: settings NAME VALUE",
    )
    settings.add_argument("name", nargs="?", metavar="NAME")
    settings.add_argument("value", nargs="?", metavar="VALUE")

    move = commands.add_parser("move", help="record a file's movement to or from a desk")
    move.add_argument("ref", metavar="REF")
    move.add_argument("--to", required=True, metavar="DESK", help="desk code or unique name")
    move.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="default: today")
    move.add_argument(
        "--kind", choices=[k.value for k in MovementKind], default=MovementKind.SENT.value
    )
    move.add_argument("--note", default="", metavar="TEXT", help="for a return: the objection")
    move.add_argument("--letter", default="", metavar="REF", help="letter or e-mail reference")
    move.add_argument("--via", choices=[v.value for v in Via], help="how it was sent")
    move.add_argument("--from", dest="from_desk", metavar="DESK", help="for a forward: from")

    where = commands.add_parser("where", help="where a file is: route, desks holding it, history")
    where.add_argument("ref", metavar="REF")
    where.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="default: today")

    desks = commands.add_parser("desks", help="the desk directory, or how long desks hold files")
    desks.add_argument("--stats", action="store_true", help="dwell statistics per desk")
    desks.add_argument("--format", choices=("table", "csv", "json"), default="table")
    desks.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="default: today")
    desks.add_argument(
        "--nationality", type=_country, metavar="CC", help="with --stats: files of one country"
    )
    desks.add_argument("--state", metavar="STATE", help="with --stats: prisons of one state")
    desks.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="holds begun from")
    desks.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="holds begun until")

    followups = commands.add_parser(
        "followups",
        help="who needs an action this week: people past release nobody chases, then the "
        "follow-ups, overdue first, grouped by desk",
    )
    when = followups.add_mutually_exclusive_group()
    when.add_argument(
        "--week", type=_week, metavar="YYYY-Www", help="an ISO week (default: this week)"
    )
    when.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="the week of this day")
    followups.add_argument("--format", choices=("table", "csv", "json"), default="table")
    followups.add_argument(
        "--ics",
        type=Path,
        metavar="FILE.ics",
        help="also write a calendar (-: only the calendar, to standard output)",
    )
    followups.add_argument(
        "--ics-names", action="store_true", help="put names in the calendar, not just refs"
    )

    log = commands.add_parser("log", help="log an activity on a file (a call, a visit, a reply)")
    log.add_argument("ref", metavar="REF")
    log.add_argument(
        "--kind",
        required=True,
        choices=[k.value for k in ActivityKind if k.logged_by_hand],
    )
    log.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="default: today")
    log.add_argument("--desk", metavar="DESK", help="the desk concerned (code or unique name)")
    log.add_argument("--outcome", default="", metavar="TEXT")
    log.add_argument("--next", dest="next_step", default="", metavar="TEXT", help="next step")
    log.add_argument("--reply", action="store_true", help="the desk replied")
    log.add_argument("--lever", choices=[lv.value for lv in Lever], help="for an escalation")

    order = commands.add_parser(
        "order", help="orders of courts and human rights commissions: record, list, comply"
    )
    order_commands = order.add_subparsers(
        dest="order_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    order_add = order_commands.add_parser("add", help="record an order on a file")
    order_add.add_argument("ref", metavar="REF")
    order_add.add_argument(
        "--by", required=True, metavar="TEXT", help='the court or commission ("NHRC", "SHRC")'
    )
    order_add.add_argument("--on", required=True, type=_date, metavar="YYYY-MM-DD")
    order_add.add_argument("--directs", required=True, metavar="TEXT", help="what it directs")
    order_add.add_argument(
        "--by-date", required=True, type=_date, metavar="YYYY-MM-DD", help="comply by this day"
    )
    order_add.add_argument("--desk", metavar="DESK", help="the desk it is against")
    order_add.add_argument("--note", default="", metavar="TEXT")
    order_list = order_commands.add_parser(
        "list", help="a file's orders, or every order not complied with"
    )
    order_list.add_argument("ref", nargs="?", metavar="REF")
    order_complied = order_commands.add_parser(
        "complied", help="record the day an order was complied with"
    )
    order_complied.add_argument("id", type=int, metavar="ID")
    order_complied.add_argument("--on", required=True, type=_date, metavar="YYYY-MM-DD")
    order_delete = order_commands.add_parser("delete", help="delete an order recorded by mistake")
    order_delete.add_argument("ref", metavar="REF")
    order_delete.add_argument("id", type=int, metavar="ID")

    rti = commands.add_parser(
        "rti", help="RTI applications on a file and their statutory due dates"
    )
    rti_commands = rti.add_subparsers(
        dest="rti_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    rti_add = rti_commands.add_parser("add", help="record an RTI application on a file")
    rti_add.add_argument("ref", metavar="REF")
    rti_add.add_argument("--desk", required=True, metavar="DESK", help="the public authority")
    rti_add.add_argument("--filed", required=True, type=_date, metavar="YYYY-MM-DD")
    rti_add.add_argument("--subject", required=True, metavar="TEXT", help="information sought")
    rti_add.add_argument("--pio", default="", metavar="TEXT", help="Public Information Officer")
    rti_add.add_argument("--life-or-liberty", action="store_true", help="reply within 48 hours")
    rti_update = rti_commands.add_parser(
        "update", help="record the receipt, the reply, an appeal or its decision"
    )
    rti_update.add_argument("ref", metavar="REF")
    rti_update.add_argument("id", type=int, metavar="ID")
    for rti_parser in (rti_add, rti_update):
        rti_parser.add_argument(
            "--received", type=_date, metavar="YYYY-MM-DD", help="the day the PIO received it"
        )
        rti_parser.add_argument("--note", metavar="TEXT")
    rti_update.add_argument("--reply", type=_date, metavar="YYYY-MM-DD")
    rti_update.add_argument("--first-appeal", type=_date, metavar="YYYY-MM-DD")
    rti_update.add_argument("--decided", type=_date, metavar="YYYY-MM-DD", help="first appeal")
    rti_update.add_argument("--second-appeal", type=_date, metavar="YYYY-MM-DD")
    rti_list = rti_commands.add_parser("list", help="a file's applications and the working")
    rti_list.add_argument("ref", metavar="REF")
    rti_delete = rti_commands.add_parser("delete", help="delete an application recorded by mistake")
    rti_delete.add_argument("ref", metavar="REF")
    rti_delete.add_argument("id", type=int, metavar="ID")

    travel = commands.add_parser(
        "travel", help="a file's travel documents and the planned hand-over"
    )
    travel_commands = travel.add_subparsers(
        dest="travel_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    travel_add = travel_commands.add_parser("add", help="record a travel document")
    travel_add.add_argument("ref", metavar="REF")
    travel_add.add_argument("--kind", required=True, choices=[k.value for k in TravelDocumentKind])
    travel_add.add_argument("--number", default="", metavar="TEXT")
    travel_add.add_argument("--issued", type=_date, metavar="YYYY-MM-DD")
    travel_add.add_argument("--expires", type=_date, metavar="YYYY-MM-DD")
    travel_add.add_argument("--desk", metavar="DESK", help="the desk that issued it")
    travel_list = travel_commands.add_parser("list", help="a file's travel documents")
    travel_list.add_argument("ref", metavar="REF")
    travel_plan = travel_commands.add_parser("hand-over", help="plan the day of the hand-over")
    travel_plan.add_argument("ref", metavar="REF")
    planned = travel_plan.add_mutually_exclusive_group(required=True)
    planned.add_argument("--on", type=_date, metavar="YYYY-MM-DD")
    planned.add_argument("--clear", action="store_true", help="no hand-over date planned")
    travel_delete = travel_commands.add_parser("delete", help="delete a travel document")
    travel_delete.add_argument("ref", metavar="REF")
    travel_delete.add_argument("id", type=int, metavar="ID")

    backup = commands.add_parser("backup", help="make a verified backup of the database now")
    backup.add_argument(
        "--to", type=Path, metavar="PATH", help="write it here (default: the backups folder)"
    )
    commands.add_parser("backups", help="list the backups kept beside the database")
    restore = commands.add_parser(
        "restore", help="put a backup in place of the database (the current one is kept)"
    )
    restore.add_argument("backup", metavar="BACKUP", type=Path)
    commands.add_parser(
        "reassess",
        help="work out every file's flags, holding desks and next follow-up again (maintenance)",
    )
    check = commands.add_parser("check", help="check the database for damage")
    check.add_argument(
        "--salvage", type=Path, metavar="NEW.sqlite3", help="copy what can be read into a new file"
    )
    audit = commands.add_parser(
        "audit", help="who viewed, printed, exported or changed which file, and when"
    )
    audit.add_argument("--ref", metavar="REF", help="only the entries of one file")
    audit.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="from this day (UTC)")
    audit.add_argument("--format", choices=("table", "csv", "json"), default="table")
    audit.add_argument(
        "--verify", action="store_true", help="check that no entry was edited, added or removed"
    )
    copy = commands.add_parser(
        "copy", help="copy the whole database into an empty one (to move a clinic to a server)"
    )
    copy.add_argument(
        "--to",
        required=True,
        metavar="FILE|URL",
        help="the empty target: a SQLite file or a PostgreSQL URL "
        "(postgresql://USER:PASSWORD@HOST/DATABASE)",
    )
    users = commands.add_parser(
        "users", help="the clinic's users and their roles (on a PostgreSQL server)"
    )
    users_commands = users.add_subparsers(dest="users_command", required=True)
    users_commands.add_parser(
        "setup", help="create or update the roles, grants and row policies on the server"
    )
    users_add = users_commands.add_parser(
        "add", help=f"a new user who signs in as NAME (password asked, or from ${NEW_PASSWORD})"
    )
    users_add.add_argument("name", metavar="NAME")
    users_add.add_argument(
        "--role", required=True, choices=("caseworker", "supervisor", "read-only")
    )
    users_commands.add_parser("list", help="the users and their roles")
    assign = commands.add_parser("assign", help="let a caseworker work on a file")
    assign.add_argument("ref", metavar="REF")
    assign.add_argument("--to", required=True, metavar="USER")
    delete = commands.add_parser("delete", help="delete files with everything attached to them")
    delete.add_argument("refs", nargs="+", metavar="REF")

    commands.add_parser(
        "encrypt", help=f"encrypt the database with a passphrase (read from ${PASSPHRASE_FILE})"
    )
    commands.add_parser("decrypt", help="store the encrypted database in plain SQLite again")
    commands.add_parser(
        "change-passphrase",
        help=f"change the database's passphrase (the new one from ${NEW_PASSPHRASE_FILE})",
    )

    letter = commands.add_parser(
        "letter", help="a chaser, an RTI application or an NHRC complaint about one file"
    )
    letter.add_argument("kind", choices=("chaser", "rti", "nhrc"), help="which letter")
    letter.add_argument("ref", metavar="REF")
    letter.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.docx")
    letter.add_argument("--to", metavar="DESK", help="default: the desk that holds the file")
    letter.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="default: today")
    report = commands.add_parser(
        "report", help="the advocacy pack: who is held past release, where files stall, why"
    )
    report.add_argument(
        "--by",
        default="nationality,state,desk",
        metavar="LIST",
        help="group people past release by nationality, state and/or desk (all three)",
    )
    report.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="default: today")
    report.add_argument("--format", choices=("csv", "pdf"), default="csv")
    report.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: the screen")
    report.add_argument(
        "--names",
        action="store_true",
        help="name people and give prisoner numbers (not anonymised)",
    )

    factsheet = commands.add_parser(
        "factsheet", help="fact sheets for an embassy, as PDF: one file's, or an embassy's batch"
    )
    which = factsheet.add_mutually_exclusive_group(required=True)
    which.add_argument("ref", nargs="?", metavar="REF", help="one file's sheet")
    which.add_argument(
        "--embassy", type=_country, metavar="CC", help="the batch for one embassy: country code"
    )
    factsheet.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    factsheet.add_argument("--csv", type=Path, metavar="FILE.csv", help="with --embassy: annex")
    factsheet.add_argument(
        "--letter-language",
        metavar="CODE",
        help="with --embassy: the cover letter in this language (bn, ne: resources/letters)",
    )
    scope = factsheet.add_mutually_exclusive_group()
    scope.add_argument(
        "--all", dest="everyone", action="store_true", help="with --embassy: everyone held"
    )
    scope.add_argument(
        "--overstaying", action="store_true", help="with --embassy: only those past release"
    )
    factsheet.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="default: today")
    factsheet.add_argument("--request", metavar="TEXT", help="what to ask of the embassy")
    factsheet.add_argument("--to", metavar="DESK", help="address it to this desk instead")
    factsheet.add_argument(
        "--override-risk",
        metavar="REASON",
        help="with REF: record why it may go to this one desk (--to, else the usual) despite risk",
    )
    factsheet.add_argument(
        "--no-documents", action="store_true", help="leave out the attached documents"
    )
    return parser


EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)
MAX_DAYS = 36_500
"""A hundred years: no one is held longer, and days past it would leave the calendar."""
MAX_DEMO_CASES = 10_000


def _date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{quoted(text)}: not a date (YYYY-MM-DD)") from None
    if not EARLIEST <= day <= LATEST:
        raise argparse.ArgumentTypeError(f"{text}: not a date from 1900 to 2100")
    return day


def _counter(most: int) -> Callable[[str], int]:
    def count(text: str) -> int:
        if not (text.isascii() and text.isdigit()) or int(text) > most:
            raise argparse.ArgumentTypeError(f"{quoted(text)}: not a whole number from 0 to {most}")
        return int(text)

    return count


def _country(text: str) -> str:
    from repatriate.services.codes import country_code

    try:
        return country_code(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{quoted(text)}: {exc}") from None


def _week(text: str) -> str:
    from repatriate.services.followups import parse_week

    try:
        week = parse_week(text, date.today())
    except InvalidInput:
        week = None
    if week is None or not EARLIEST <= week.monday <= LATEST:
        raise argparse.ArgumentTypeError(
            f"{quoted(text)}: not an ISO week from 1900 to 2100, such as 2026-W48"
        )
    return text


def _init(db: Database, _args: argparse.Namespace, out: TextIO) -> None:
    print(f"database ready: {db.location} ({db.cases.count()} files)", file=out)


def _import(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    if args.bundle is not None:
        _import_bundle(db, args, out)
        return
    if args.rename_prefix is not None:
        raise InvalidInput(
            [FieldError("--rename-prefix", args.rename_prefix, "goes with --bundle")]
        )
    if args.check_duplicates:
        _check_duplicates(db, args, out)
        return
    report = db.transfer.import_csv(args.file, dry_run=args.dry_run, dayfirst=args.dayfirst)
    generated = f" ({len(report.generated_refs)} refs generated)" if report.generated_refs else ""
    if report.dry_run:
        print(f"dry run: all {report.rows} rows are valid{generated}; nothing written", file=out)
    else:
        print(f"imported {report.imported} files into {db.location}{generated}", file=out)


def _check_duplicates(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    found = db.duplicates.in_csv(args.file, dayfirst=args.dayfirst)
    for duplicate in found:
        alike = duplicate.likeness
        other = alike.second.ref if duplicate.other_row is None else f"row {duplicate.other_row}"
        print(
            f"row {duplicate.row}: {alike.first.name} is likely {other} {alike.second.name} "
            f"({alike.score}%): {'; '.join(alike.reasons)}",
            file=out,
        )
    print(f"likely duplicates: {len(found)}; nothing written", file=out)


def _import_bundle(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    misplaced = [
        FieldError(option, "given", "goes with FILE.csv, not --bundle")
        for option, given in (
            ("--dry-run", args.dry_run),
            ("--dayfirst", args.dayfirst),
            ("--check-duplicates", args.check_duplicates),
        )
        if given
    ]
    if misplaced:
        raise InvalidInput(misplaced)
    report = db.bundles.import_bundle(args.bundle, rename_prefix=args.rename_prefix)
    renamed = f", their refs prefixed with {report.renamed}" if report.renamed else ""
    print(f"imported {report.files} files from {args.bundle} into {db.location}{renamed}", file=out)
    if report.into_empty:
        print("the database had no files: its desks and settings are now the bundle's", file=out)
    for code in report.desks_kept:
        print(f"desk {code}: already here with other details; this database's kept", file=out)
    if report.desks_added:
        print(f"desks added: {', '.join(report.desks_added)}", file=out)
    if report.settings_kept:
        print("settings: this database's kept (it already had files)", file=out)
    if report.backup is not None:
        print(f"the database as it was is kept as {report.backup.path}", file=out)


def _export(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    if args.bundle is not None:
        if args.bom:
            raise InvalidInput([FieldError("--bom", "given", "goes with FILE.csv, not --bundle")])
        made = db.bundles.export_bundle(args.bundle)
        print(
            f"exported {made.counts['prisoner_file']} files with {made.attachments} "
            f"attachments to {made.path}",
            file=out,
        )
        return
    count = db.transfer.export_csv(args.file, bom=args.bom)
    if not is_standard_output(args.file):
        print(f"exported {count} files to {args.file}", file=out)


def _demo(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    refs = db.demo.fill(args.cases, seed=args.seed, into_real_database=args.into_real_database)
    print(f"added {len(refs)} demo files ({refs[0]} to {refs[-1]}) to {db.location}", file=out)


def _backup(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.services.backup import describe_size

    made = db.backups.backup(args.to)
    files = "" if made.files is None else f", {made.files} files"
    print(f"backup written and verified: {made.path} ({describe_size(made.size)}{files})", file=out)


def _backups(db: Database, _args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.services.backup import describe_size

    found = db.backups.all()
    if not found:
        print(f"no backups yet in {db.backups.folder}", file=out)
        return
    for b in found:
        files = "?" if b.files is None else str(b.files)
        print(
            f"{b.made_at:%Y-%m-%d %H:%M:%S}  {describe_size(b.size):>9}  {files:>7} files  "
            f"{b.reason:<15} {b.path}",
            file=out,
        )


def _restore(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    kept = db.backups.restore(args.backup)
    print(f"restored {args.backup} into {db.location}", file=out)
    print(f"the database as it was is kept as {kept.path}", file=out)


def _check(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    report = db.backups.check()
    if report.sound:
        print(f"{report.database}: no damage found", file=out)
    else:
        for problem in report.problems[:20]:
            print(f"{report.database}: {problem}", file=out)
    if args.salvage is not None:
        saved, losses = db.backups.salvage(args.salvage)
        print(f"salvaged {saved} rows into {args.salvage}", file=out)
        for loss in losses:
            print(f"lost: {loss}", file=out)
    if report.sound:
        return
    newest = report.newest_good
    offer = (
        f"the newest sound backup is {newest.path} ({newest.made_at:%Y-%m-%d %H:%M}): "
        f"`repatriate restore {newest.path}`"
        if newest
        else "no sound backup was found"
    )
    raise RepatriateError(
        f"{report.database} is damaged ({counted(len(report.problems), 'problem')}); {offer}; "
        "or copy what "
        "can be read with `check --salvage NEW.sqlite3`"
    )


def _copy(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.services.moving import copy_database

    location, copied = copy_database(db.store, args.to)
    for table in copied:
        print(f"{table.name}: {table.rows} rows, sha256 {table.checksum[:16]}", file=out)
    print(f"copied {db.location} into {location}; counts and checksums match", file=out)


NEW_PASSWORD = "REPATRIATE_NEW_PASSWORD"
"""The new user's password for scripts; otherwise it is asked for twice."""


def _users(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    if args.users_command == "setup":
        db.users.setup()
        print(f"users set up on {db.location}: roles caseworker, supervisor, read-only", file=out)
    elif args.users_command == "add":
        db.users.list()
        db.users.add(args.name, args.role, _new_password())
        print(f"added {args.name} ({args.role}); they sign in as {args.name}", file=out)
    else:
        from repatriate.terminal import print_table

        listed = db.users.list()
        print_table(
            out,
            ["name", "role", "can_log_in"],
            [[u.name, u.role, "yes" if u.can_log_in else "no"] for u in listed],
        )


def _new_password() -> str:
    given = os.environ.get(NEW_PASSWORD)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise RepatriateError(f"password: none given; set ${NEW_PASSWORD} or run in a terminal")
    import getpass

    first = getpass.getpass("Password for the new user: ")
    if first != getpass.getpass("Again: "):
        raise RepatriateError("password: the two entries differ; nothing written")
    return first


def _assign(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    if db.users.assign(args.ref, args.to):
        print(f"assigned {args.ref} to {args.to}", file=out)
    else:
        print(f"{args.to} could already work on {args.ref}", file=out)


def _delete(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    refs = list(dict.fromkeys(args.refs))
    kept = db.cases.delete_many(refs)
    print(f"deleted {counted(len(refs), 'file')}: {', '.join(refs)}", file=out)
    if kept is not None:
        print(f"the database as it was is kept as {kept.path}", file=out)


def _audit(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    if args.verify:
        if args.ref is not None or args.since is not None:
            raise RepatriateError("--verify checks the whole log: leave out --ref and --since")
        verification = db.audit.verify()
        if verification.broken is not None:
            raise RepatriateError(str(verification.broken))
        print(f"audit log intact: {verification.entries} entries", file=out)
        return
    records = [
        {
            "number": e.number,
            "at": e.at,
            "os_user": e.os_user,
            "app_user": e.app_user,
            "action": e.action,
            "ref": e.ref,
            "detail": e.detail,
            "hash": e.hash,
        }
        for e in db.audit.entries(args.ref, args.since)
    ]
    if args.format == "table" and not records:
        print("no entries in the audit log" + (f" for {args.ref}" if args.ref else ""), file=out)
        return
    _write_records(out, args.format, AUDIT_COLUMNS, records)


def _overstays(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    as_of = args.as_of or date.today()
    rows = db.overstays.overstays(as_of, args.min_days)
    records = [
        {
            "ref": r.ref,
            "name": r.name,
            "nationality": r.nationality,
            "prison": r.prison,
            "release_due": r.release_due.isoformat(),
            "overstay_days": r.overstay_days,
        }
        for r in rows
    ]
    if args.format == "table" and not records:
        print(f"nobody is held past their release date as of {as_of}", file=out)
        return
    _write_records(out, args.format, OVERSTAY_COLUMNS, records)
    if args.format == "table":
        print(f"{len(records)} held past their release date as of {as_of}", file=out)


def _show(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.terminal import describe_assessment

    assessment = db.overstays.assess(args.ref, args.as_of or date.today())
    out.write(describe_assessment(assessment))


def _settings(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    if args.name is not None and args.value is None:
        raise RepatriateError(
            f"settings: {quoted(args.name)}: give a value too (settings NAME VALUE)"
        )
    if args.name is not None:
        db.settings.set(args.name, args.value)
    for name, value in db.settings.shown():
        print(f"{name} = {value}", file=out)


def _move(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    movement = db.movements.move(
        args.ref,
        args.to,
        kind=MovementKind(args.kind),
        on=args.date,
        note=args.note,
        letter_ref=args.letter,
        via=Via(args.via) if args.via else None,
        from_desk=args.from_desk,
    )
    where = db.movements.where(args.ref)
    holders = ", ".join(h.desk for h in where.chain.holding) or "nobody (the ball is with you)"
    print(f"{args.ref}: {movement.kind.value} {movement.desk} on {movement.on}", file=out)
    print(f"held now by: {holders}", file=out)


def _report(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.domain.advocacy import parse_dimensions
    from repatriate.services.advocacy import AdvocacyService, csv_text

    try:
        by = parse_dimensions(args.by)
    except ValueError as exc:
        word, _, reason = str(exc).partition(": ")
        raise InvalidInput([FieldError("--by", word, reason)]) from None
    standard = args.output is None or is_standard_output(args.output)
    if args.format == "pdf" and standard:
        raise InvalidInput([FieldError("--output", "-", "a PDF needs a file: -o FILE.pdf")])
    service = AdvocacyService(db.store, db.desks)
    pack = service.pack(args.as_of or date.today(), by, names=args.names)
    if args.format == "csv" and standard:
        service.exported(pack, "CSV")
        out.write(csv_text(pack))
        return
    service.save(pack, args.output, pdf=args.format == "pdf")
    named = "with names" if args.names else "anonymised"
    print(f"wrote {args.output}: the advocacy pack as of {pack.as_of} ({named})", file=out)


def _where(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.terminal import describe_whereabouts

    out.write(describe_whereabouts(db.movements.where(args.ref, args.as_of or date.today())))


def _desks(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    if args.stats:
        names = {
            d.code: d.name if d.organisation in d.name else f"{d.organisation}, {d.name}"
            for d in db.desks.directory()
        }
        rows = db.desks.dwell(
            args.as_of or date.today(),
            nationality=args.nationality,
            state=args.state,
            since=args.since,
            until=args.until,
        )
        records = [
            {
                "code": r.desk,
                "name": names.get(r.desk, ""),
                "holds": r.holds,
                "median_days": _figure(r.median_days),
                "p90_days": _figure(r.p90_days),
                "returns": r.returns,
                "comebacks": r.comebacks,
                "held_now": r.held_now,
                "stalled_now": r.stalled_now,
            }
            for r in rows
        ]
        columns: Sequence[str] = DWELL_COLUMNS
    else:
        if any((args.nationality, args.state, args.since, args.until)):
            raise RepatriateError("--nationality, --state, --since and --until go with --stats")
        records = [
            {
                "code": d.code,
                "name": d.name,
                "organisation": d.organisation,
                "role": d.role.value,
                "country": d.country,
                "serves": ";".join(d.serves),
                "state": d.state,
                "city": d.city,
                "address": d.address,
                "phone": d.phone,
                "email": d.email,
                "expected_days": d.expected_days,
            }
            for d in db.desks.directory()
        ]
        columns = DESK_COLUMNS
    _write_records(out, args.format, columns, records)


def _factsheet(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.services.factsheets import NobodyToPrint

    batch_only = {
        "--csv": args.csv,
        "--all": args.everyone,
        "--overstaying": args.overstaying,
        "--letter-language": args.letter_language,
    }
    misplaced = [
        FieldError(option, str(value), "goes with --embassy")
        for option, value in batch_only.items()
        if value and args.embassy is None
    ]
    if args.override_risk is not None and args.embassy is not None:
        misplaced.append(FieldError("--override-risk", args.override_risk, "goes with REF"))
    if misplaced:
        raise InvalidInput(misplaced)
    options = {
        "as_of": args.as_of,
        "request": args.request,
        "to": args.to,
        "documents": not args.no_documents,
    }
    if args.embassy is None:
        if args.override_risk is not None:
            override = db.factsheets.override_risk(
                args.ref, args.override_risk, args.to, args.as_of
            )
            print(
                f"{args.ref}: risk override recorded for {override.desk}: {override.reason}",
                file=out,
            )
        printed = db.factsheets.sheet(args.ref, args.output, **options)
        print(f"wrote {args.output}: the fact sheet of {args.ref}", file=out)
    else:
        try:
            printed = db.factsheets.batch(
                args.embassy,
                args.output,
                csv_target=args.csv,
                overstaying=not args.everyone,
                letter_language=args.letter_language or "en",
                **options,
            )
        except NobodyToPrint as exc:
            _list_left_out(exc.left_out)
            raise
        _list_left_out(printed.left_out)
        also = f" and {args.csv}" if args.csv else ""
        count = len(printed.refs)
        print(f"wrote {args.output}{also}: {count} fact sheet{'s' * (count != 1)}", file=out)
    print(f"addressed to: {printed.embassy.organisation}", file=out)


def _letter(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.services.letters import letter_kind

    kind = letter_kind(args.kind)
    written = db.letters.write(kind, args.ref, args.output, to=args.to, as_of=args.as_of)
    about = "about" if kind.value == "nhrc" else "to"
    print(f"wrote {args.output}: {kind.heading} {about} {written.desk.code}", file=out)
    print(f"our reference: {written.letter.reference}", file=out)


def _list_left_out(left_out: Sequence[LeftOut]) -> None:
    """Files kept off a batch go to stderr, one line each, for the caseworker to look at."""
    for item in left_out:
        print(f"left out: {item.ref}: {item.reason}", file=sys.stderr)


def _figure(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == int(value) else round(value, 1)


def _write_records(
    out: TextIO, form: str, columns: Sequence[str], records: Sequence[Mapping[str, object]]
) -> None:
    import csv
    import json

    from repatriate.services.csv_format import defanged_column
    from repatriate.terminal import print_table

    if form == "json":
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif form == "csv":
        # Rows are written a few thousand at a time: one write per row costs more than the
        # query on a long list (the output stream drops control characters on each write).
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for start in range(0, len(records), 2_000):
            chunk = records[start : start + 2_000]
            writer.writerows(
                zip(*(defanged_column([r[c] for r in chunk]) for c in columns), strict=True)
            )
            out.write(buffer.getvalue())
            buffer.seek(0)
            buffer.truncate()
        out.write(buffer.getvalue())
    else:
        hidden = ("address", "phone", "email", "serves", "app_user", "hash")
        shown = [c for c in columns if c not in hidden]
        print_table(
            out, shown, [["" if r[c] is None else str(r[c]) for c in shown] for r in records]
        )


def _followups(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.services.followups import parse_week, week_of
    from repatriate.terminal import describe_agenda

    today = date.today()
    week = parse_week(args.week, today) if args.week else week_of(args.as_of or today)
    items = db.followups.agenda(week)
    if args.ics:
        events = db.followups.write_ics(items, args.ics, with_names=args.ics_names)
        if is_standard_output(args.ics):
            return
    if args.format != "table":
        records = [
            {
                "ref": i.ref,
                "name": i.name,
                "desk": i.desk,
                "due": i.due.isoformat(),
                "overdue_days": i.overdue_days,
                "kind": i.kind.value,
            }
            for i in items
        ]
        _write_records(out, args.format, FOLLOW_UP_COLUMNS, records)
        return
    out.write(describe_agenda(items, week.label, week.as_of))
    if args.ics:
        print(f"calendar written: {args.ics} ({events} events)", file=out)


def _log(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    activity = db.followups.log(
        args.ref,
        ActivityKind(args.kind),
        on=args.date,
        desk=args.desk,
        outcome=args.outcome,
        next_step=args.next_step,
        reply=args.reply,
        lever=Lever(args.lever) if args.lever else None,
    )
    desk = f" with {activity.desk}" if activity.desk else ""
    print(f"{args.ref}: logged {activity.kind.value}{desk} on {activity.on}", file=out)
    if activity.reply:
        print(f"the weekly follow-up with {activity.desk} stops until the file moves on", file=out)
    if activity.reply_due:
        print(f"reply due by {activity.reply_due}: added to the follow-ups", file=out)


def _order(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.domain.orders import Order
    from repatriate.terminal import describe_order

    today = date.today()
    if args.order_command == "add":
        added = db.orders.add(
            args.ref,
            Order(
                by=args.by,
                on=args.on,
                directs=args.directs,
                comply_by=args.by_date,
                desk=args.desk or "",
                note=args.note,
            ),
        )
        due = added.comply_by
        print(f"{args.ref}: order {added.id} recorded, to comply with by {due}", file=out)
    elif args.order_command == "complied":
        ref, complied = db.orders.complied(args.id, args.on)
        print(f"{ref}: order {complied.id} complied with on {complied.complied_on}", file=out)
    elif args.order_command == "delete":
        gone = db.orders.delete(args.ref, args.id)
        print(f"{args.ref}: order {gone.id} deleted", file=out)
    elif args.ref:
        orders = db.orders.orders(args.ref)
        if not orders:
            print(f"{args.ref}: no orders recorded", file=out)
        for each in orders:
            out.write(describe_order(args.ref, each, today))
    else:
        open_orders = db.orders.open_orders()
        if not open_orders:
            print("no order waits to be complied with", file=out)
        for ref, _, each in open_orders:
            out.write(describe_order(ref, each, today))


def _rti(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from dataclasses import replace

    from repatriate.domain.rti import RtiApplication
    from repatriate.terminal import describe_rti

    if args.rti_command == "add":
        added = db.rti.add(
            args.ref,
            RtiApplication(
                desk=args.desk,
                filed_on=args.filed,
                subject=args.subject,
                pio=args.pio,
                received_on=args.received,
                life_or_liberty=args.life_or_liberty,
                note=args.note or "",
            ),
        )
        reply = added.clocks.reply.due
        print(f"{args.ref}: RTI {added.application.id} recorded, reply due {reply}", file=out)
    elif args.rti_command == "update":
        found = {s.application.id: s.application for s in db.rti.applications(args.ref)}
        if args.id not in found:
            raise NotFound(f"rti: {args.id}: no such RTI application on {args.ref}")
        changes = {
            "received_on": args.received,
            "reply_on": args.reply,
            "first_appeal_on": args.first_appeal,
            "first_appeal_decided_on": args.decided,
            "second_appeal_on": args.second_appeal,
            "note": args.note,
        }
        given = {name: value for name, value in changes.items() if value is not None}
        updated = db.rti.correct(args.ref, replace(found[args.id], **given))
        out.write(describe_rti(args.ref, updated.application, updated.clocks, date.today()))
    elif args.rti_command == "delete":
        db.rti.delete(args.ref, args.id)
        print(f"{args.ref}: RTI {args.id} deleted", file=out)
    else:
        standings = db.rti.applications(args.ref)
        if not standings:
            print(f"{args.ref}: no RTI applications recorded", file=out)
        for each in standings:
            out.write(describe_rti(args.ref, each.application, each.clocks, date.today()))


def _travel(db: Database, args: argparse.Namespace, out: TextIO) -> None:
    from repatriate.domain.travel import TravelDocument

    if args.travel_command == "add":
        added = db.travel.add(
            args.ref,
            TravelDocument(
                kind=TravelDocumentKind(args.kind),
                number=args.number,
                issued_on=args.issued,
                expires_on=args.expires,
                desk=args.desk or "",
            ),
        )
        print(f"{args.ref}: travel document {added.id} recorded: {added.label}", file=out)
    elif args.travel_command == "hand-over":
        db.travel.plan_hand_over(args.ref, None if args.clear else args.on)
        planned = "no hand-over date planned" if args.clear else f"hand-over planned for {args.on}"
        print(f"{args.ref}: {planned}", file=out)
    elif args.travel_command == "delete":
        db.travel.delete(args.ref, args.id)
        print(f"{args.ref}: travel document {args.id} deleted", file=out)
    else:
        hand_over = db.travel.hand_over(args.ref)
        planned = f"hand-over planned for {hand_over}" if hand_over else "no hand-over date planned"
        print(f"{args.ref}: {planned}", file=out)
        for d in db.travel.documents(args.ref):
            issued = f" issued {d.issued_on}" if d.issued_on else ""
            by = f" by {d.desk}" if d.desk else ""
            expires = f", expires {d.expires_on}" if d.expires_on else ""
            print(f"  {d.id}  {d.label}{issued}{by}{expires}", file=out)


PASSPHRASE_FILE = "REPATRIATE_PASSPHRASE_FILE"
NEW_PASSPHRASE_FILE = "REPATRIATE_NEW_PASSPHRASE_FILE"
"""Files holding the passphrase (and the new one for `change-passphrase`): the passphrase is
never an argument, which any user of the machine could read in the process list."""


def _passphrase(variable: str, prompt: str, *, confirm: bool = False) -> str:
    """The passphrase from the file named by `variable` (its first line), else typed at a
    prompt without echo (twice with `confirm`)."""
    import getpass

    named = os.environ.get(variable)
    if named:
        try:
            with Path(named).open(encoding="utf-8") as handle:
                passphrase = handle.readline().rstrip("\r\n")
        except OSError as exc:
            raise RepatriateError(f"{variable}: {named}: cannot read ({exc.strerror})") from None
        if not passphrase:
            raise RepatriateError(f"{variable}: {named}: empty; write the passphrase in it")
        return passphrase
    if not sys.stdin.isatty():
        raise RepatriateError(
            f"no passphrase: type it in a terminal, or name a file holding it in ${variable}"
        )
    passphrase = getpass.getpass(prompt)
    if confirm and getpass.getpass("again: ") != passphrase:
        raise RepatriateError("passphrase: the two typed differ; nothing changed")
    return passphrase


def _unlock(option: str | None) -> None:
    """Ask for the passphrase of an encrypted database file before opening it."""
    from repatriate.services.database import encrypted_file
    from repatriate.services.encryption import unlock

    path = encrypted_file(option)
    if path is not None:
        unlock(path, _passphrase(PASSPHRASE_FILE, f"passphrase for {path}: "))


def _encrypt(db: Database, _args: argparse.Namespace, out: TextIO) -> None:
    db.encryption.require_file()
    passphrase = _passphrase(PASSPHRASE_FILE, "new passphrase: ", confirm=True)
    made = db.encryption.encrypt(passphrase)
    print(f"encrypted {db.location}; its copies in {db.backups.folder} too", file=out)
    print(f"backup made first: {made.path} (encrypted)", file=out)


def _decrypt(db: Database, _args: argparse.Namespace, out: TextIO) -> None:
    made = db.encryption.decrypt()
    print(f"decrypted {db.location}; its copies in {db.backups.folder} too", file=out)
    print(f"backup made first: {made.path}", file=out)


def _change_passphrase(db: Database, _args: argparse.Namespace, out: TextIO) -> None:
    db.encryption.require_file()
    passphrase = _passphrase(NEW_PASSPHRASE_FILE, "new passphrase: ", confirm=True)
    made = db.encryption.change_passphrase(passphrase)
    print(f"changed the passphrase of {db.location} and its copies", file=out)
    print(f"backup made first: {made.path}", file=out)


def _reassess(db: Database, _args: argparse.Namespace, out: TextIO) -> None:
    changed = db.standings.reassess()
    print(f"reassessed {counted(db.cases.count(), 'file')}; {changed:,} changed", file=out)


COMMANDS: dict[str, Callable[[Database, argparse.Namespace, TextIO], None]] = {
    "init": _init,
    "import": _import,
    "export": _export,
    "demo": _demo,
    "overstays": _overstays,
    "show": _show,
    "settings": _settings,
    "move": _move,
    "where": _where,
    "desks": _desks,
    "report": _report,
    "factsheet": _factsheet,
    "letter": _letter,
    "backup": _backup,
    "backups": _backups,
    "restore": _restore,
    "check": _check,
    "reassess": _reassess,
    "copy": _copy,
    "users": _users,
    "assign": _assign,
    "delete": _delete,
    "audit": _audit,
    "followups": _followups,
    "log": _log,
    "order": _order,
    "rti": _rti,
    "travel": _travel,
    "encrypt": _encrypt,
    "decrypt": _decrypt,
    "change-passphrase": _change_passphrase,
}
AUDIT_COLUMNS = ("number", "at", "os_user", "app_user", "action", "ref", "detail", "hash")
FOLLOW_UP_COLUMNS = ("ref", "name", "desk", "due", "overdue_days", "kind")
OVERSTAY_COLUMNS = ("ref", "name", "nationality", "prison", "release_due", "overstay_days")
DESK_COLUMNS = (
    "code",
    "name",
    "organisation",
    "role",
    "country",
    "serves",
    "state",
    "city",
    "address",
    "phone",
    "email",
    "expected_days",
)
DWELL_COLUMNS = (
    "code",
    "name",
    "holds",
    "median_days",
    "p90_days",
    "returns",
    "comebacks",
    "held_now",
    "stalled_now",
)


BACKED_UP_AFTER = frozenset(
    {"import", "move", "log", "order", "rti", "travel", "settings", "factsheet", "letter"}
)
"""Commands that may change the database: after them a backup is made if the newest is over
half an hour old and the database changed since."""


def _automatic_backup(db: Database, err: TextIO) -> None:
    try:
        db.backups.automatic()
    except RepatriateError as exc:
        # The command itself succeeded; a backup that could not be made must not undo that.
        print(f"repatriate: warning: no automatic backup made: {exc}", file=err)


def run(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one parsed command; returns the exit code."""
    from repatriate.services.database import Database

    out, err = cast(TextIO, _Printable(out)), cast(TextIO, _Printable(err))
    try:
        # Only `init` makes a database: any other command on a mistyped path would otherwise
        # answer from a new empty one ("nobody is held past their release date"). `check`
        # reads the file as it is, without the schema: it may be damaged.
        _unlock(args.db)
        if args.command == "check":
            db = Database.inspect(args.db)
        else:
            db = Database.open(args.db, create=args.command == "init")
        try:
            if db.backup_made:
                print(f"upgraded the database; the old one is kept as {db.backup_made}", file=out)
            COMMANDS[args.command](db, args, out)
            if args.command in BACKED_UP_AFTER:
                _automatic_backup(db, err)
        finally:
            db.close()
    except InvalidInput as exc:
        for error in exc.errors:
            print(error, file=err)
        rows = {e.row for e in exc.errors if e.row is not None}
        where = f" in {counted(len(rows), 'row')}" if rows else ""
        problems = counted(len(exc.errors), "problem")
        print(f"repatriate: error: {problems}{where}; nothing written", file=err)
        return EXIT_BAD_INPUT
    except NothingMatched as exc:
        print(f"repatriate: error: {exc}", file=err)
        return EXIT_BAD_INPUT
    except RepatriateError as exc:
        print(f"repatriate: error: {exc}", file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("repatriate: interrupted; nothing written", file=err)
        return 130
    except BrokenPipeError:
        # The reader (`| head`) has gone; Python would complain again when flushing stdout.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as exc:
        # Whatever was not foreseen still ends in one line; the traceback only with --debug,
        # for a report to the maintainers.
        if getattr(args, "debug", False):
            import traceback

            traceback.print_exc(file=err)
        print(
            f"repatriate: error: unexpected failure ({type(exc).__name__}: {quoted(str(exc))}); "
            "nothing more was done (--debug shows where)",
            file=err,
        )
        return EXIT_FAILED
    return 0


class _Printable(io.TextIOBase):
    """Standard output or error with control characters (ESC, NUL, BEL...) dropped, for
    values stored before they were refused: a name must not drive the terminal."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Headless entry point: a command is required."""
    args = parse(argv)
    if args.command is None:
        build_parser().error("a command is required")
    return run(args)
