"""The advocacy pack as CSV sections or a PDF with tables and bar charts."""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from repatriate.domain.advocacy import BANDS, AdvocacyPack
from repatriate.reports.fonts import LATIN, LATIN_BOLD, register

BAND_COLUMNS = ("days_le_90", "days_le_180", "days_le_365", "days_over_365")
METHOD = (
    "Held past release: still held on the as-of date (or released only after it) and past the "
    "release date recorded on the file, counted in days from the day after it. Desk figures: "
    "each time a desk had a file, from the movement that gave it the file to the one that took "
    "it away (open holds to the as-of date); the median and the 90th percentile interpolate "
    "between the nearest holds. Returns are movements of kind returned, filed under an "
    "obstacle category by the [code] their reason starts with, else by the category's label "
    "found in the reason, else under other. Quarters: people held past release on each "
    "quarter's last day (the as-of date for the quarter still running), and overstays that "
    "began within it."
)


def _figure(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def tables(pack: AdvocacyPack) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Each table's name, header and rows, as the CSV writes them."""
    named = ["name", "prisoner_number"] if pack.names else []
    return {
        "summary": (
            ["as_of", "held_past_release", "by", "names"],
            [
                [
                    pack.as_of.isoformat(),
                    str(pack.held_past_release),
                    ",".join(pack.by),
                    "yes" if pack.names else "no",
                ]
            ],
        ),
        "bands": (
            [*pack.by, *BAND_COLUMNS, "total"],
            [[*b.group, *map(str, b.counts), str(b.total)] for b in pack.bands],
        ),
        "desks": (
            ["desk", "holds", "median_days", "p90_days", "returns"],
            [
                [d.desk, str(d.holds), _figure(d.median_days), _figure(d.p90_days), str(d.returns)]
                for d in pack.desks
            ],
        ),
        "longest": (
            ["ref", "nationality", "state", "release_due", "overstay_days", "holding", *named],
            [
                [
                    c.ref,
                    c.nationality,
                    c.state,
                    c.release_due.isoformat(),
                    str(c.overstay_days),
                    c.holding,
                    *([c.name, c.prisoner_number] if pack.names else []),
                ]
                for c in pack.longest
            ],
        ),
        "obstacles": (
            ["code", "label", "returns", "files"],
            [[o.code, o.label, str(o.returns), str(o.files)] for o in pack.obstacles],
        ),
        "quarters": (
            ["quarter", "end", "past_release", "new_overstays"],
            [
                [q.label, q.end.isoformat(), str(q.past_release), str(q.new_overstays)]
                for q in pack.quarters
            ],
        ),
    }


TITLES = {
    "bands": "People held past release, by overstay band (days)",
    "desks": "Days each desk held files, and files it returned",
    "longest": "The longest cases",
    "obstacles": "Why files were returned",
    "quarters": "Trend by quarter",
}


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], small: ParagraphStyle) -> Table:
    # Short cells as plain text keep their width; long ones (names, labels) wrap.
    cells: list[list[str | Paragraph]] = [
        [Paragraph(f"<b>{escape(h.replace('_', ' '))}</b>", small) for h in header]
    ]
    cells += [
        [Paragraph(escape(cell), small) if len(cell) > 24 else cell for cell in row] for row in rows
    ]
    table = Table(cells, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 1), (-1, -1), LATIN, small.fontSize),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _bar_chart(
    labels: Sequence[str], series: Sequence[Sequence[float]], legend: Sequence[str], title: str
) -> Drawing:
    width, height = 170 * mm, 60 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 30
    chart.width, chart.height = width - 60, height - 55
    chart.data = [list(values) for values in series] or [[0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = LATIN
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    palette = (colors.HexColor("#4477aa"), colors.HexColor("#ee6677"))
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = palette[index % len(palette)]
    drawing.add(chart)
    drawing.add(String(40, height - 12, title, fontName=LATIN_BOLD, fontSize=8))
    if len(legend) > 1:
        x = 40
        for index, name in enumerate(legend):
            drawing.add(
                String(
                    x,
                    height - 22,
                    f"■ {name}",
                    fontName=LATIN,
                    fontSize=7,
                    fillColor=palette[index % len(palette)],
                )
            )
            x += 6 * len(name) + 30
    return drawing


def _desk_chart(pack: AdvocacyPack) -> Drawing:
    desks = [d for d in pack.desks if d.median_days is not None][:15]
    drawing = Drawing(170 * mm, 14 * len(desks) + 50)
    chart = HorizontalBarChart()
    chart.x, chart.y = 80, 20
    chart.width, chart.height = 170 * mm - 100, 14 * len(desks) or 14
    chart.data = [[d.median_days or 0 for d in desks][::-1], [d.p90_days or 0 for d in desks][::-1]]
    chart.categoryAxis.categoryNames = [d.desk for d in desks][::-1]
    chart.categoryAxis.labels.fontName = LATIN
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#4477aa")
    chart.bars[1].fillColor = colors.HexColor("#ee6677")
    drawing.add(chart)
    drawing.add(
        String(
            80,
            chart.y + chart.height + 12,
            "Days held, the 15 longest medians: median (blue), 90th percentile (red)",
            fontName=LATIN_BOLD,
            fontSize=8,
        )
    )
    return drawing


def pdf_bytes(pack: AdvocacyPack) -> bytes:
    """The pack as an A4 PDF: the as-of date, the method, each table and its chart."""
    register()
    body = ParagraphStyle("body", fontName=LATIN, fontSize=9, leading=12)
    small = ParagraphStyle("small", fontName=LATIN, fontSize=7.5, leading=9)
    heading = ParagraphStyle(
        "heading", fontName=LATIN_BOLD, fontSize=12, leading=16, spaceBefore=8, keepWithNext=1
    )
    title = ParagraphStyle("title", fontName=LATIN_BOLD, fontSize=16, leading=20)
    story: list = [  # type: ignore[type-arg]
        Paragraph("Foreign nationals held past release: the advocacy pack", title),
        Paragraph(
            f"As of {pack.as_of.isoformat()}: {pack.held_past_release} "
            f"{'person' if pack.held_past_release == 1 else 'people'} held past the release date. "
            + ("Names are included." if pack.names else "Anonymised: file references only."),
            body,
        ),
        Paragraph(f"<b>Method.</b> {escape(METHOD)}", small),
    ]
    data = tables(pack)
    for name in ("bands", "desks", "obstacles", "quarters", "longest"):
        header, rows = data[name]
        story += [Paragraph(TITLES[name], heading)]
        if name == "bands" and pack.bands:
            story.append(
                _bar_chart(
                    list(BANDS),
                    [[float(sum(b.counts[i] for b in pack.bands)) for i in range(len(BANDS))]],
                    ["people"],
                    "People held past release, by days past release",
                )
            )
            header = [*header[: len(pack.by)], *(f"{b} days" for b in BANDS), "total"]
        if name == "desks" and any(d.median_days is not None for d in pack.desks):
            story.append(_desk_chart(pack))
        if name == "obstacles" and any(o.returns for o in pack.obstacles):
            story.append(
                _bar_chart(
                    [o.code for o in pack.obstacles],
                    [[float(o.returns) for o in pack.obstacles]],
                    ["returns"],
                    "Returns by obstacle",
                )
            )
        if name == "quarters":
            story.append(
                _bar_chart(
                    [q.label for q in pack.quarters],
                    [
                        [float(q.past_release) for q in pack.quarters],
                        [float(q.new_overstays) for q in pack.quarters],
                    ],
                    ["past release at the quarter's end", "new overstays"],
                    "Quarters",
                )
            )
        story.append(_table(header, rows or [["(none)"] + [""] * (len(header) - 1)], small))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title="Advocacy pack",
        author="Repatriate",
    )

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont(LATIN, 7)
        canvas.drawString(
            18 * mm, 9 * mm, f"Advocacy pack as of {pack.as_of.isoformat()}, page {doc.page}"
        )

    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
