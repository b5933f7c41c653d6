"""Benchmark: an embassy batch of 350 fact sheets, as the window and `factsheet --embassy` make it.

Run: `.venv/bin/python bench/factsheets.py [--sheets N] [--plain]`.
Fills a fresh database with demo files until at least N Bangladeshi nationals are held past
their release date, gives each of them a 12-megapixel photograph (as phones take them) and every
third one a one-page court order in PDF, then times the batch for BD (cover letter, annex, the
sheets and the court orders merged in). `--plain` leaves out the photos and court orders.
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from datetime import date
from pathlib import Path

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from repatriate.services.database import Database

CHUNK = 1000


def photo() -> bytes:
    """A 12-megapixel JPEG of about the size a phone's photo is."""
    size = (4032, 3024)
    smooth = Image.radial_gradient("L").resize(size)
    grain = Image.effect_noise(size, 24)
    picture = Image.merge("RGB", (smooth, Image.blend(smooth, grain, 0.3), grain))
    stream = io.BytesIO()
    picture.save(stream, "JPEG", quality=90)
    return stream.getvalue()


def court_order() -> bytes:
    stream = io.BytesIO()
    canvas = Canvas(stream)
    canvas.drawString(72, 760, "IN THE COURT OF THE ADDITIONAL CHIEF JUDICIAL MAGISTRATE")
    canvas.drawString(72, 740, "Judgment and order of conviction (benchmark copy)")
    canvas.save()
    return stream.getvalue()


def fill_until_bangladeshis(db: Database, sheets: int, today: date) -> list[str]:
    """Demo files, a thousand at a time, until at least `sheets` Bangladeshi nationals are held
    past their release date; their refs."""
    seed = 1
    while True:
        db.demo.fill(CHUNK, seed=seed, today=today)
        seed += 1
        refs = [r.ref for r in db.overstays.overstays(today) if r.nationality == "BD"]
        if len(refs) >= sheets:
            return refs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sheets", type=int, default=350)
    parser.add_argument("--plain", action="store_true", help="no photos or court orders")
    options = parser.parse_args()
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(str(Path(folder) / "bench.sqlite3"))
        refs = fill_until_bangladeshis(db, options.sheets, today)
        if not options.plain:
            picture, order = photo(), court_order()
            for number, ref in enumerate(refs):
                db.cases.add_photo(ref, picture, taken_on=today)
                if number % 3 == 0:
                    db.cases.add_document(ref, order, kind="court order", filename="order.pdf")
        print(f"{'files in the database':<40} {db.cases.count():>8,}")
        target = Path(folder) / "bd.pdf"
        ticks: list[float] = []
        start = time.perf_counter()
        printed = db.factsheets.batch(
            "BD",
            target,
            csv_target=Path(folder) / "bd.csv",
            as_of=today,
            progress=lambda done, total: ticks.append(time.perf_counter()),
        )
        seconds = time.perf_counter() - start
        what = "plain" if options.plain else "photos, court orders"
        print(f"{'sheets in the BD batch':<40} {len(printed.refs):>8,}")
        print(f"{'left out':<40} {len(printed.left_out):>8,}")
        print(f"{'batch PDF + CSV (' + what + ')':<40} {seconds:8.2f} s")
        print(f"{'PDF size':<40} {target.stat().st_size / 1e6:8.1f} MB")
        print(f"{'progress reports':<40} {len(ticks):>8,}")
        db.close()


if __name__ == "__main__":
    main()
