"""Benchmark: fact sheets against LibreOffice converting the same sheets, in one run.

Run: `.venv/bin/python bench/libreoffice.py [--sheets N] [--runs N]` (needs Debian's
`libreoffice-writer-nogui` and `fonts-noto-core`).

Fills a fresh database with demo files until at least N Bangladeshi nationals are held past
their release date (no photos: the peer gets none either), then times whole processes:

- one fact sheet, `repatriate factsheet REF -o FILE.pdf`, against `soffice --headless
  --convert-to pdf` of a flat ODT holding the same sheet: the same fields, the name and
  address in Bengali, the release-date working, and an Urdu line, in Noto fonts;
- the embassy batch, `repatriate factsheet --embassy BD`, against converting the same sheets,
  in calls of 100 files (one soffice call given a few hundred files may convert only part
  of them), the PDFs counted.

LibreOffice runs with its own profile folder, started once before timing so that the first
start's set-up is not counted.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from factsheets import fill_until_bangladeshis
from repatriate.services.database import Database
from timing import COMMAND, median_seconds

CALL = 100
URDU = "رہائی کی تاریخ گزر چکی ہے"  # "the release date has passed", as the sheets' Urdu text

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:text-properties style:font-name="Noto Sans" fo:font-size="9pt"
   style:font-name-complex="Noto Sans Bengali" style:font-name-asian="Noto Sans"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph">
  <style:text-properties style:font-name="Noto Sans" fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Urdu" style:family="paragraph">
  <style:paragraph-properties style:writing-mode="rl-tb"/>
  <style:text-properties style:font-name-complex="Noto Naskh Arabic"/>
 </style:style>
</office:styles>
<office:body><office:text>
<text:p text:style-name="Heading">{title}</text:p>
<text:p text:style-name="Standard">{subtitle}</text:p>
<table:table table:name="facts"><table:table-column table:number-columns-repeated="2"/>
{rows}
</table:table>
<text:p text:style-name="Heading">Release date</text:p>
{working}
<text:p text:style-name="Urdu">{urdu}</text:p>
</office:text></office:body></office:document>
"""

ROW = (
    "<table:table-row><table:table-cell><text:p>{}</text:p></table:table-cell>"
    "<table:table-cell><text:p>{}</text:p></table:table-cell></table:table-row>"
)


def sheet(db: Database, ref: str, as_of: date) -> str:
    """The flat ODT of one file's sheet: the same facts the fact sheet prints."""
    found = db.overstays.assess(ref, as_of)
    pf, reckoning = found.file, found.reckoning
    facts = [
        ("Name (prison record)", pf.name),
        ("Name (own script)", pf.name_native),
        ("Father's name", pf.father_name),
        ("Sex", pf.sex.value if pf.sex else ""),
        ("Date of birth", pf.birth_date),
        ("Nationality claimed", pf.claimed_nationality),
        ("Nationality recorded by the court", pf.court_nationality),
        ("Passport number", pf.passport_number),
        ("Prison", pf.prison),
        ("Prisoner number", pf.prisoner_number),
        ("Arrested", pf.arrest_date),
        ("Convicted", pf.conviction_date),
        ("Charge", pf.charge),
        ("Court and case", f"{pf.court} {pf.case_number}"),
        ("Release due", reckoning.release_due),
        ("Days past release", reckoning.overstay_days),
        ("Home address", pf.home_address),
        ("Home address (own script)", pf.home_address_native),
    ]
    rows = "\n".join(ROW.format(escape(k), escape("" if v is None else str(v))) for k, v in facts)
    working = "\n".join(
        f'<text:p text:style-name="Standard">{escape(str(step))}</text:p>'
        for step in reckoning.steps
    )
    return FODT.format(
        title=f"Fact sheet: {escape(pf.name)}",
        subtitle=f"File {escape(ref)}, as of {as_of.isoformat()}",
        rows=rows,
        working=working,
        urdu=URDU,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sheets", type=int, default=348)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("soffice not found: apt-get install libreoffice-writer-nogui")
    today = date.today()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "bench.sqlite3"
        db = Database.open(str(path))
        fill_until_bangladeshis(db, options.sheets, today)
        printed = db.factsheets.batch("BD", folder / "probe.pdf", as_of=today)
        sources = folder / "odt"
        sources.mkdir()
        for ref in printed.refs:
            (sources / f"{ref}.fodt").write_text(sheet(db, ref, today), encoding="utf-8")
        db.close()
        print(f"{'files in the database':<44} {Database.open(str(path)).cases.count():>8,}")
        print(f"{'sheets in the BD batch':<44} {len(printed.refs):>8,}")

        profile = f"-env:UserInstallation=file://{folder / 'lo-profile'}"
        out = folder / "lo-out"

        def convert(files: list[Path]) -> int:
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            for start in range(0, len(files), CALL):
                subprocess.run(
                    [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(out)]
                    + [str(f) for f in files[start : start + CALL]],
                    check=True,
                    capture_output=True,
                )
            return len(list(out.glob("*.pdf")))

        every = sorted(sources.glob("*.fodt"))
        first = sources / f"{printed.refs[0]}.fodt"
        convert([first])  # LibreOffice's first start makes its profile
        runs = options.runs

        def ours(*arguments: str) -> float:
            command = [COMMAND, "--db", str(path), "factsheet", *arguments]
            return median_seconds(
                lambda: subprocess.run(command, check=True, capture_output=True), runs
            )

        mine = ours(printed.refs[0], "-o", str(folder / "one.pdf"))
        peer = median_seconds(lambda: convert([first]), runs)
        print(
            f"{'one fact sheet, whole process':<44} {mine:7.2f} s  LibreOffice {peer:6.2f} s"
            f"  LO/us {peer / mine:4.1f}"
        )

        mine = ours("--embassy", "BD", "-o", str(folder / "batch.pdf"))
        counted: list[int] = []
        peer = median_seconds(lambda: counted.append(convert(every)), runs)
        label = f"batch of {len(printed.refs)} sheets"
        print(f"{label:<44} {mine:7.2f} s  LibreOffice {peer:6.2f} s  LO/us {peer / mine:4.1f}")
        print(f"{'PDFs LibreOffice wrote, each run':<44} {', '.join(map(str, counted))}")


if __name__ == "__main__":
    main()
