"""The CSV importer under hostile files: every refusal is a list of one-line problems naming
row, column and value, nothing is written on refusal, and what is accepted reads back whole."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repatriate.domain.errors import InvalidInput, RepatriateError, is_control, is_not_text
from repatriate.services.csv_format import COLUMNS
from repatriate.services.database import Database

TODAY = date(2026, 11, 22)
_HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "0001-01-01",
        "9999-12-31",
        "2023-02-30",
        "31/12/2023",
        "-1",
        "1e9",
        "99999999999999999999",
        '=HYPERLINK("http://x")',
        "'",
        "yes",
        "maybe",
        "BD",
        "Narnia",
        "stateless",
        "bn;Martian",
        "\x1b[31mred\x1b[0m",
        "nul\x00byte",
        "bell\x07",
        "line\nrow 3: name: forged: problem",
        "x" * 5000,
        "সালমা বিবি",
        "محمد",
        "serving",
        "Asylum_Seeker",
        "trial court",
    ]
)
_ROWS = st.lists(
    st.dictionaries(st.sampled_from(COLUMNS), _HOSTILE | st.text(max_size=30), max_size=12),
    min_size=1,
    max_size=4,
)


def _csv(rows: list[dict[str, str]]) -> bytes:
    columns = sorted({"name", *(c for row in rows for c in row)}, key=COLUMNS.index)
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return out.getvalue().encode("utf-8", "surrogatepass")


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=_ROWS)
def test_a_hostile_csv_is_refused_in_lines_or_imported_whole(
    db: Database, tmp_path: Path, rows: list[dict[str, str]]
) -> None:
    path = tmp_path / "hostile.csv"
    try:
        path.write_bytes(_csv(rows))
    except UnicodeEncodeError:
        return
    before = db.cases.count()
    try:
        report = db.transfer.import_csv(path, today=TODAY)
    except InvalidInput as refused:
        assert db.cases.count() == before, "a refused import wrote something"
        for line in str(refused).splitlines():
            assert line.startswith(("row ", "header")), line
            assert len(line) < 400, line
            assert "\x1b" not in line and "\x00" not in line
        return
    except RepatriateError as refused:
        assert db.cases.count() == before
        assert "\n" not in str(refused)
        return
    assert db.cases.count() == before + report.imported
    for pf in report.files:
        stored = db.cases.get(pf.ref)
        assert stored.name == pf.name
        # Joiners, direction marks and spaces of every kind are text; nothing else unprintable.
        assert not any(
            is_control(ch) or is_not_text(ch) or ch in "\n\r\t\u2028\u2029" for ch in stored.name
        )
