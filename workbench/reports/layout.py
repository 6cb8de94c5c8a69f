"""The look shared by every printed report: fonts, page header and footer, titles, tables, key figures, charts.

Arabic is drawn right to left: paragraphs are shaped, wrapped, and only then each line is put in visual
order (doing it before wrapping puts the lines of a paragraph in reverse order); tables are mirrored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import ParaLines
from reportlab.platypus.tables import _calc_pc

from workbench.db import private_output
from workbench.files import atomic_output
from workbench.reports.common import donor_words
from workbench.reports.i18n import Formatter, reorder, shape, visual
from workbench.reports.options import RenderOptions
from workbench.reports.resources import default_logo, font_path

FONT = "WorkbenchSans"
FONT_BOLD = "WorkbenchSans-Bold"
FONT_NARROW = "WorkbenchSansCondensed"
FONT_NARROW_BOLD = "WorkbenchSansCondensed-Bold"

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#0033a0")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#dde4f0")
MAX_CELL_LINES = 8  # lines of text in one table cell; a longer text is cut with "…"
MIN_HEADER_SIZE = 5.0  # points: a table header whose longest word is too wide is set smaller, down to this
ZEBRA = colors.HexColor("#f4f6f9")
TOTAL_FILL = colors.HexColor("#e8ebef")
ALERT = colors.HexColor("#b42318")
SERIES = [colors.HexColor(c) for c in ("#0033a0", "#5b9bd5", "#f4a259", "#8cb369", "#bc4b51", "#8d6a9f")]


@cache
def register_fonts() -> None:
    """DejaVu Sans (Latin and Arabic, open licence, shipped in resources/fonts) under the report's font names."""
    for name, file_name in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                            (FONT_NARROW, "DejaVuSansCondensed.ttf"),
                            (FONT_NARROW_BOLD, "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    pdfmetrics.registerFontFamily(FONT_NARROW, normal=FONT_NARROW, bold=FONT_NARROW_BOLD, italic=FONT_NARROW,
                                  boldItalic=FONT_NARROW_BOLD)


class RtlParagraph(Paragraph):
    """A paragraph of shaped Arabic, wrapped in logical order and put in visual order line by line."""

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        """Split between lines into two plain paragraphs: reportlab's own split turns the rest into markup
        fragments, which this class could not put in visual order."""
        self.wrap(availWidth, availHeight)
        lines = _plain_lines(self.blPara)
        if lines is None:
            return super().split(availWidth, availHeight)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if fits <= 0:
            return []
        if fits >= len(lines.lines):
            return [self]
        first = " ".join(" ".join(words) for _, words in lines.lines[:fits])
        rest = " ".join(" ".join(words) for _, words in lines.lines[fits:])
        return [RtlParagraph(escape(first), self.style), RtlParagraph(escape(rest), self.style)]

    def drawPara(self, debug=0):  # noqa: N802 (reportlab's name)
        original = self.blPara
        lines = _plain_lines(original)
        if lines is None:  # mixed fonts: never produced by this module for right-to-left text
            return super().drawPara(debug)
        shown = ParaLines(**lines.__dict__)
        shown.lines = [(space, reorder(" ".join(words)).split(" ")) for space, words in lines.lines]
        self.blPara = shown
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = original


def _plain_lines(lines: ParaLines) -> ParaLines | None:
    """The lines as (space left, words): reportlab keeps text with an entity ("&gt;") as fragments of one
    font, which are turned back into plain words here; None when the fragments really differ in font."""
    if lines.kind == 0:
        return lines
    frags = [frag for line in lines.lines for frag in line.words]
    if not frags or any((f.fontName, f.fontSize) != (frags[0].fontName, frags[0].fontSize) for f in frags):
        return None
    plain = [(line.extraSpace, "".join(f.text for f in line.words).split()) for line in lines.lines]
    return frags[0].clone(kind=0, lines=plain, ascent=lines.lines[0].ascent, descent=lines.lines[0].descent,
                          fontSize=frags[0].fontSize)


class OnePassLongTable(LongTable):
    """reportlab's LongTable, its row heights worked out once, and only the rows near the page laid out.

    reportlab 5.1 finds each row whose height is still unknown with `None in H` and `H.index(None)` from
    the top of the table, and adds up the heights so far after each row, never stopping early (its long-table
    shortcut only applies when cells span rows): quadratic in the rows, and done twice (wrap, then split),
    seconds for a register of 10,000 grants. Here the same heights come from the same per-cell calls
    (`_cellListProcess`, `_listCellGeom`, leading times lines, paddings), once each; the pieces of a split
    inherit them as they inherit reportlab's. Then, as reportlab's long-table shortcut meant to, the row
    positions are worked out only as far as the page could reach, not for the thousands of rows still to
    come on every page. Tables with spans or minimum row heights, or with a cell too wide for its column,
    are left to reportlab's own loop (and its errors).
    """

    _heights_known = False
    _keep_with_totals = 0  # the totals rows at the table's end (doc.table sets it)

    def _calc_height(self, availHeight, availWidth, H=None, W=None):  # noqa: N803 (reportlab's names)
        if self._spanCmds or self._minRowHeights:
            return super()._calc_height(availHeight, availWidth, H, W)
        if not self._heights_known:
            if None in self._argH:
                heights = self._heights(W or _calc_pc(self._argW, availWidth))
                if heights is None:
                    return super()._calc_height(availHeight, availWidth, H, W)
                self._argH = self._rowHeights = heights
            self._heights_known = True
        heights = self._argH
        # Row positions from the bottom of the rows laid out (reportlab's compensated sum, as it does it).
        # A table taller than the page is split, never drawn, whatever the height returned; the margin keeps
        # any table the frame could still take whole (within its fuzz) laid out whole.
        hmax = len(heights)
        if self._longTableOptimize:
            reach, total = 2 * availHeight + 72, 0
            for i, h in enumerate(heights):
                total += h
                if total > reach:
                    hmax = i + 1
                    break
        self._rowpositions = positions = []
        height = c = 0
        for i in range(hmax - 1, -1, -1):
            positions.append(height)
            y = heights[i] - c
            t = height + y
            c = (t - height) - y
            height = t
        positions.append(height)
        self._height = height
        positions.reverse()
        self._hmax = hmax

    def _getFirstPossibleSplitRowPosition(self, availHeight, ignoreSpans=0):  # noqa: N802, N803 (reportlab's)
        """Where reportlab would split, moved up so that the totals never start a page alone: the last body row
        goes over with them."""
        n = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        keep, rows = self._keep_with_totals, len(self._rowHeights)
        if keep and rows - keep - 1 < n < rows:
            n = rows - keep - 1
        return n

    def _splitRows(self, availHeight, doInRowSplit=0):  # noqa: N803 (reportlab's names)
        parts = super()._splitRows(availHeight, doInRowSplit)
        for part in parts:
            if part is not self and None not in part._argH:
                part._heights_known = True
            part._keep_with_totals = self._keep_with_totals if part is parts[-1] else 0
        return parts

    def _heights(self, widths: list) -> list[float] | None:
        if None in widths or len(widths) != self._ncols:
            return None
        canv = getattr(self, "canv", None)
        saved = (canv._fontname, canv._fontsize, canv._leading) if canv else None
        known = self._argH
        heights = []
        for i, (values, styles) in enumerate(zip(self._cellvalues, self._cellStyles)):
            if known[i] is not None:
                heights.append(known[i])
                continue
            h = 0
            for j, (v, s, w) in enumerate(zip(values, styles, widths)):
                if isinstance(v, (tuple, list, Flowable)):
                    v = values[j] = self._cellListProcess(v, w, None)
                    if canv:
                        canv._fontname, canv._fontsize, canv._leading = (s.fontname, s.fontsize,
                                                                          s.leading or 1.2 * s.fontsize)
                    used, t = self._listCellGeom(v, w, s)
                    if canv:
                        canv._fontname, canv._fontsize, canv._leading = saved
                    if used + s.leftPadding + s.rightPadding > w:
                        return None  # reportlab's loop reports (or tolerates) it as it always has
                else:
                    t = (s.leading or 1.2 * s.fontsize) * ((v is not None and str(v) or "").count("\n") + 1)
                t += s.bottomPadding + s.topPadding
                if t > h:
                    h = t
            heights.append(h)
        return heights


@dataclass(frozen=True)
class Column:
    """One column of a report table: its header, its share of the width and how its cells are laid out."""

    header: str
    width: float                  # relative; the table fills the frame's width
    numeric: bool = False         # right-aligned in every language, so that digits line up
    wrap: bool = True             # long text wraps inside the cell instead of running over the next one


class ReportDoc:
    """One report being printed: its language, paper, styles, and the parts every report is made of."""

    def __init__(self, options: RenderOptions, title: str, subject: str, landscape_pages: bool = False,
                 fmt: Formatter | None = None):
        register_fonts()
        self.options = options
        self.fmt = fmt or Formatter(options.lang)
        self.tr = self.fmt.tr
        self.rtl = self.fmt.rtl
        self.title = title
        self.subject = subject
        size = A4 if options.paper == "a4" else LETTER
        self.pagesize = landscape(size) if landscape_pages else size
        self.margin = 14 * mm
        self.width = self.pagesize[0] - 2 * self.margin
        self.align = TA_RIGHT if self.rtl else TA_LEFT
        self._rtl_styles: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}
        self._fitted_styles: dict[tuple, ParagraphStyle] = {}
        base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5, textColor=INK, alignment=self.align)
        self.styles = {
            "body": base,
            "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
            "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21,
                                    textColor=ACCENT, spaceAfter=2 * mm),
            "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=14, textColor=ACCENT,
                                 spaceBefore=4 * mm, spaceAfter=1.5 * mm),
            "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12,
                                 spaceBefore=2.5 * mm, spaceAfter=1 * mm),
            "label": ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11),
            "cell": ParagraphStyle("cell", parent=base, fontName=FONT_NARROW, fontSize=7.5, leading=9),
            "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_NARROW_BOLD, fontSize=7.5, leading=9),
            "figure": ParagraphStyle("figure", parent=base, fontName=FONT_BOLD, fontSize=14, leading=17,
                                     alignment=TA_CENTER, textColor=ACCENT),
            "figure_label": ParagraphStyle("figure_label", parent=base, fontSize=7.5, leading=9.5,
                                           alignment=TA_CENTER),
        }

    # --- text ------------------------------------------------------------------------------------

    def p(self, text: str, style: str = "body", align: int | None = None) -> Paragraph:
        """A paragraph of plain text (never markup), right to left in Arabic."""
        st = self.styles[style]
        if align is not None and align != st.alignment:
            st = ParagraphStyle(f"{st.name}-{align}", parent=st, alignment=align)
        if self.rtl:
            return RtlParagraph(escape(shape(text)), st)
        return Paragraph(escape(text), st)

    def line(self, text: str) -> str:
        """A one-line text for a table cell or a chart label, in drawing order."""
        return visual(text) if self.rtl else text

    def heading(self, text: str, level: int = 2) -> Paragraph:
        return self.p(text, "h2" if level == 2 else "h3")

    def section(self, text: str, *flowables, level: int = 2) -> list[Flowable]:
        """A heading kept on the same page as what follows it."""
        return [CondPageBreak(30 * mm), self.heading(text, level), *flowables]

    def note(self, text: str) -> Paragraph:
        return self.p(text, "small")

    # --- blocks ----------------------------------------------------------------------------------

    def scope(self, project) -> str:
        """What a report covers: 'CODE – title' of its project, or the whole office."""
        return f"{project.code} – {project.title}" if project else self.tr("All projects of the office")

    def project_fields(self, project, date_from, date_to) -> list[tuple[str, str]]:
        """The title block's project, donor (when there is a project) and period lines."""
        fields = [(self.tr("Project"), self.scope(project))]
        if project:
            fields.append((self.tr("Donor"), donor_words(project.donor_name, project.donor_code)))
        fields.append((self.tr("Period"), self.fmt.period(date_from, date_to)))
        return fields

    def opening(self, title: str, subject: str, project, date_from, date_to,
                more: Sequence[tuple[str, str]] = ()) -> list[Flowable]:
        """A register's title block: sets the PDF's title and subject (`subject` is the English text with
        {scope} and {period}, translated here), then project, donor, period, `more` lines and the date."""
        self.title = self.tr(title)
        self.subject = self.tr(subject, scope=self.scope(project), period=self.fmt.period(date_from, date_to))
        fields = [*self.project_fields(project, date_from, date_to), *more,
                  (self.tr("Date"), self.fmt.date(self.options.printed_on))]
        return self.title_block(self.title, fields)

    def title_block(self, title: str, fields: Sequence[tuple[str, str]]) -> list[Flowable]:
        """The report's title and its label/value lines (project, donor, period, date)."""
        rows = [[self.p(label, "label"), self.p(value)] for label, value in fields]
        widths = [0.22 * self.width, 0.78 * self.width]
        if self.rtl:
            rows = [row[::-1] for row in rows]
            widths = widths[::-1]
        table = Table(rows, colWidths=widths, hAlign="RIGHT" if self.rtl else "LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
        ]))
        return [self.p(title, "title"), table, Spacer(1, 3 * mm)]

    def key_figures(self, figures: Sequence[tuple[str, str]], per_row: int = 4) -> Flowable:
        """Big numbers with a caption ("18,500 / people supported to leave sites"), in boxes."""
        cells = [[self._figure(value, self.width / per_row - 12), self.p(label, "figure_label")]
                 for value, label in figures]
        while len(cells) % per_row:
            cells.append("")
        rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
        if self.rtl:
            rows = [row[::-1] for row in rows]
        table = Table(rows, colWidths=[self.width / per_row] * per_row)
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell != "":
                    commands += [("BOX", (c, r), (c, r), 0.6, RULE), ("BACKGROUND", (c, r), (c, r), ZEBRA)]
        table.setStyle(TableStyle(commands))
        return table

    def approval(self) -> list[Flowable]:
        """The approval block a donor or a ministry expects at the end of a report: who prepared it, who reviewed
        and who approved it, each with a date and room to sign, kept together on one page."""
        heads = [self.tr("Name"), self.tr("Function"), self.tr("Date"), self.tr("Signature")]
        steps = [self.tr("Prepared by"), self.tr("Reviewed by"), self.tr("Approved by")]
        rows = [["", *[self.p(h, "label") for h in heads]]]
        rows += [[self.p(step, "label"), "", "", "", ""] for step in steps]
        widths = [0.18 * self.width, 0.26 * self.width, 0.2 * self.width, 0.14 * self.width, 0.22 * self.width]
        if self.rtl:
            rows = [row[::-1] for row in rows]
            widths = widths[::-1]
        table = Table(rows, colWidths=widths, rowHeights=[None] + [13 * mm] * len(steps))
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        return [CondPageBreak(60 * mm), KeepTogether([self.heading(self.tr("Approval"), 3), table])]

    def _figure(self, value: str, room: float) -> Paragraph:
        """A key figure on one line: a long amount ("12,000,000 USD") gets a smaller font rather than a break."""
        style = self.styles["figure"]
        size = style.fontSize
        while size > 8 and pdfmetrics.stringWidth(value, style.fontName, size) > room:
            size -= 1
        if size != style.fontSize:
            style = ParagraphStyle(f"figure-{size}", parent=style, fontSize=size, leading=size * 1.2)
        if self.rtl:
            return RtlParagraph(escape(shape(value)), style)
        return Paragraph(escape(value), style)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence], totals: Sequence[Sequence] = (),
              highlight_rows: Sequence[int] = (), font_size: float = 7.5) -> Flowable:
        """A table that repeats its header on every page and ends with its totals rows.

        Cells are text already formatted for the language; a long text is wrapped only when it does not
        fit, which keeps a register of 10,000 grants fast.
        """
        total_width = sum(c.width for c in columns)
        widths = [self.width * c.width / total_width for c in columns]
        cell = ParagraphStyle("cellx", parent=self.styles["cell"], fontSize=font_size, leading=font_size * 1.2)
        bold = ParagraphStyle("cellb", parent=cell, fontName=FONT_NARROW_BOLD)
        pad = 3

        line = self._line_memo()
        # A highlighted row is red in its wrapped cells too: TEXTCOLOR reaches only the one-line ones.
        alert = ParagraphStyle("cella", parent=cell, textColor=ALERT)
        right = {st.name: ParagraphStyle(st.name + "-right", parent=st, alignment=TA_RIGHT)
                 for st in (cell, bold, alert)}
        fits: dict[tuple, bool] = {}  # does a text fit its column on one line (a register repeats most texts)

        def lay_out(row: Sequence, style: ParagraphStyle) -> list:
            out = []
            for column, width, value in zip(columns, widths, row):
                text = "" if value is None else str(value)
                if column.numeric or not column.wrap:
                    # A figure wider than its column (a register's total of 65,809,180.00 USD) would run into
                    # the next one: set smaller. Short texts surely fit (0.8 em a character) and are not measured.
                    if len(text) > (width - 2 * pad) / (0.8 * style.fontSize) and (
                            pdfmetrics.stringWidth(shape(text) if self.rtl else text, style.fontName, style.fontSize)
                            > width - 2 * pad):
                        out.append(self._fitted_cell(text, right[style.name] if column.numeric else style,
                                                     width - 2 * pad))
                        continue
                    out.append(line(text))
                    continue
                key = (text, width, style.fontName, style.fontSize)
                one_line = fits.get(key)
                if one_line is None:
                    measured = shape(text) if self.rtl else text
                    one_line = fits[key] = (pdfmetrics.stringWidth(measured, style.fontName, style.fontSize)
                                            <= width - 2 * pad)
                if not one_line and " " not in text and "\n" not in text:
                    # One unbreakable unit (a date, its spaces non-breaking): set smaller rather than cut.
                    out.append(self._fitted_cell(text, style, width - 2 * pad))
                    continue
                out.append(line(text) if one_line else self._wrapped_cell(text, style, width - 2 * pad))
            return out

        def header_style(column: Column, width: float) -> ParagraphStyle:
            """Bold; smaller when the header's longest word is wider than its column ("Avancement" in French
            would otherwise be cut into "Avancem" and "ent")."""
            style = ParagraphStyle("head", parent=bold, alignment=TA_RIGHT if column.numeric or self.rtl else TA_LEFT)
            # Split at plain spaces only: a date's non-breaking spaces hold it together as one word.
            words = (shape(column.header) if self.rtl else column.header).split(" ")
            widest = max((pdfmetrics.stringWidth(w, bold.fontName, bold.fontSize) for w in words), default=0)
            room = width - 2 * pad - 1  # a point spare: reportlab wraps a word exactly as wide as the room
            if widest > room:
                size = max(MIN_HEADER_SIZE, bold.fontSize * room / widest)
                style = ParagraphStyle("head-small", parent=style, fontSize=size, leading=size * 1.2)
            return style

        header = [self._cell_paragraph(c.header, header_style(c, w)) for c, w in zip(columns, widths)]
        marked = set(highlight_rows)
        body = [lay_out(r, alert if i in marked else cell) for i, r in enumerate(rows)]
        foot = [lay_out(r, bold) for r in totals]
        data = [header, *body, *foot]
        aligns = ["RIGHT" if c.numeric or self.rtl else "LEFT" for c in columns]
        if self.rtl:
            data = [row[::-1] for row in data]
            widths = widths[::-1]
            aligns = aligns[::-1]
        n = len(data)
        commands = [
            ("FONT", (0, 0), (-1, -1), FONT_NARROW, font_size, font_size * 1.2),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
        for i, align in enumerate(aligns):
            commands.append(("ALIGN", (i, 0), (i, -1), align))
        if len(body) > 3:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, len(body)), [colors.white, ZEBRA]))
        if foot:
            first = 1 + len(body)
            commands += [("FONT", (0, first), (-1, n - 1), FONT_NARROW_BOLD, font_size, font_size * 1.2),
                         ("BACKGROUND", (0, first), (-1, n - 1), TOTAL_FILL),
                         ("LINEABOVE", (0, first), (-1, first), 0.8, INK)]
        for r in highlight_rows:
            commands.append(("TEXTCOLOR", (0, 1 + r), (-1, 1 + r), ALERT))
        table = OnePassLongTable(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
        table._keep_with_totals = len(foot)
        table.setStyle(TableStyle(commands))
        return table

    def _line_memo(self) -> Callable[[str], str]:
        """`line` remembering its answers: a table of thousands of rows repeats most of its texts."""
        if not self.rtl:
            return lambda text: text
        memo: dict[str, str] = {}

        def line(text: str) -> str:
            shown = memo.get(text)
            if shown is None:
                shown = memo[text] = self.line(text)
            return shown

        return line

    def _wrapped_cell(self, text: str, style: ParagraphStyle, room: float) -> Paragraph:
        """A cell's text wrapped in its column; a text longer than MAX_CELL_LINES lines (a name pasted a hundred
        times) is cut there with "…": a table row cannot break across pages, and one taller than a page would stop
        the whole report."""
        paragraph = self._cell_paragraph(text, style)
        limit = style.leading * MAX_CELL_LINES + 0.5

        def height(p: Paragraph) -> float:
            return p.wrap(room, 1e6)[1]

        if height(paragraph) <= limit:
            return paragraph
        shortest, longest = 1, len(text)  # the longest beginning of the text that fits, found by halving
        while shortest < longest:
            middle = (shortest + longest + 1) // 2
            if height(self._cell_paragraph(_short(text, middle), style)) <= limit:
                shortest = middle
            else:
                longest = middle - 1
        return self._cell_paragraph(_short(text, shortest), style)

    def _fitted_cell(self, text: str, style: ParagraphStyle, room: float) -> Paragraph:
        """A text that must stay on one line, its font made smaller to fit its column (down to 5 points)."""
        measured = shape(text) if self.rtl else text
        width = pdfmetrics.stringWidth(measured, style.fontName, style.fontSize)
        size = round(max(5.0, style.fontSize * (room - 1) / width), 2) if width > room else style.fontSize
        key = (style.fontName, style.fontSize, style.leading, str(style.textColor), style.alignment, size)
        fitted = self._fitted_styles.get(key)
        if fitted is None:  # a register's thousands of dates share a few sizes
            fitted = self._fitted_styles[key] = ParagraphStyle(
                f"{style.name}-{size}", parent=style, fontSize=size, leading=style.leading)
        return self._cell_paragraph(text, fitted)

    def _cell_paragraph(self, text: str, style: ParagraphStyle) -> Paragraph:
        if self.rtl:
            rtl_style = self._rtl_styles.get(id(style))
            if rtl_style is None or rtl_style[0] is not style:
                rtl_style = self._rtl_styles[id(style)] = (
                    style, ParagraphStyle(style.name + "-rtl", parent=style, alignment=TA_RIGHT))
            return RtlParagraph(escape(shape(text)), rtl_style[1])
        return Paragraph(escape(text), style)

    # --- charts ----------------------------------------------------------------------------------

    def bar_chart(self, title: str, categories: Sequence[str], series: Sequence[Sequence[float]],
                  series_names: Sequence[str] = (), label: Callable[[float], str] | None = None,
                  height: float = 55 * mm, horizontal: bool = False, value_max: float | None = None) -> Flowable:
        """A bar chart with its title above; values printed on the bars; mirrored in Arabic.

        Right to left, a vertical chart runs its categories from the right, and within a category its first
        series is the rightmost bar, as the legend reads from the right; a horizontal chart puts its labels on
        the right and grows its bars leftwards from there."""
        categories = list(categories)
        series = [list(s) for s in series]
        colours = [SERIES[i % len(SERIES)] for i in range(len(series))]
        # The legend reads as the page does: its first name on the right in Arabic.
        pairs = [(colour, self.line(name)) for colour, name in zip(colours, series_names)]
        if self.rtl:
            pairs = pairs[::-1]
        if self.rtl and not horizontal:
            categories = categories[::-1]
            # Each category's bars reversed too: its first series is the rightmost bar, under its legend entry.
            series = [s[::-1] for s in series][::-1]
            colours = colours[::-1]
        width = self.width
        drawing = Drawing(width, height)
        chart = HorizontalBarChart() if horizontal else VerticalBarChart()
        legend_space = 14 if len(series) > 1 else 0
        if horizontal:
            chart.x = 0.08 * width if self.rtl else 0.32 * width
            chart.y = 8
            chart.width, chart.height = 0.6 * width, height - 16 - legend_space
        else:
            chart.x, chart.y = 30, 26
            chart.width, chart.height = width - 40, height - 34 - legend_space
        chart.data = series
        chart.categoryAxis.categoryNames = [self.line(chart_label(c, 34 if horizontal else 22, self.rtl))
                                            for c in categories]
        for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
            axis.fontName, axis.fontSize, axis.fillColor = FONT_NARROW, 7, INK
        if horizontal:
            chart.categoryAxis.reverseDirection = 1  # first category on top, as in the table
            if self.rtl:
                chart.valueAxis.reverseDirection = 1   # bars grow from the right
                chart.categoryAxis.joinAxisMode = "right"
                chart.categoryAxis.labels.textAnchor = "start"
                chart.categoryAxis.labels.boxAnchor = "w"
                chart.categoryAxis.labels.dx = 5
        elif len(categories) > 6:
            chart.categoryAxis.labels.angle = 30
            chart.categoryAxis.labels.boxAnchor = "ne"
            chart.categoryAxis.labels.dy = -2
            chart.y += 14
            chart.height -= 14
        chart.valueAxis.valueMin = 0
        top = max((v for s in series for v in s), default=0)
        if value_max is not None:
            chart.valueAxis.valueMax = max(value_max, top * 1.12)
        elif top > 0:
            chart.valueAxis.valueMax = top * 1.15
        if 0 < top < 8 and value_max is None:
            chart.valueAxis.valueStep = 1  # counts of a few households: whole ticks, not 0, 0, 1, 1
        chart.valueAxis.labelTextFormat = lambda v: self.fmt.number(v)
        chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
        chart.valueAxis.visibleGrid = 1
        chart.barLabelFormat = (lambda v: self.line(label(v))) if label else (lambda v: self.fmt.number(v))
        chart.barLabels.fontName, chart.barLabels.fontSize = FONT_NARROW, 6.5
        chart.barLabels.nudge = 6 if not horizontal else 14
        chart.bars.strokeColor = None
        for i, colour in enumerate(colours):
            chart.bars[i].fillColor = colour
        drawing.add(chart)
        if len(series) > 1 and pairs:
            legend = Legend()
            legend.fontName, legend.fontSize = FONT_NARROW, 7
            legend.alignment = "right"
            legend.x, legend.y = (width - 12 if self.rtl else chart.x + 4), height - 4
            legend.boxAnchor = "ne" if self.rtl else "nw"
            legend.columnMaximum = 1
            legend.deltax = 90
            legend.dx, legend.dy = 7, 7
            legend.colorNamePairs = pairs
            drawing.add(legend)
        return KeepTogether([self.heading(title, 3), drawing])

    def line_chart(self, title: str, categories: Sequence[str], series: Sequence[Sequence[float]],
                   series_names: Sequence[str], height: float = 50 * mm) -> Flowable:
        """Values over time (population counts); time runs right to left in Arabic, as the table does."""
        categories = list(categories)
        series = [list(s) for s in series]
        if self.rtl:
            categories = categories[::-1]
            series = [s[::-1] for s in series]
        width = self.width
        drawing = Drawing(width, height)
        chart = HorizontalLineChart()
        chart.x, chart.y = 34, 30
        chart.width, chart.height = width - 46, height - 48
        chart.data = series
        # One label in `step`: 75 counts' dates at 7 points would print over each other; the last is kept.
        step = max(1, -(-len(categories) // max(1, int(chart.width // 42))))
        chart.categoryAxis.categoryNames = [self.line(c) if (len(categories) - 1 - i) % step == 0 else ""
                                            for i, c in enumerate(categories)]
        for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
            axis.fontName, axis.fontSize, axis.fillColor = FONT_NARROW, 7, INK
        if len(categories) > 6:
            chart.categoryAxis.labels.angle = 30
            chart.categoryAxis.labels.boxAnchor = "ne"
        chart.valueAxis.valueMin = 0
        top = max((v for s in series for v in s), default=0)
        if top > 0:
            chart.valueAxis.valueMax = top * 1.15
        chart.valueAxis.labelTextFormat = lambda v: self.fmt.number(v)
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
        for i in range(len(series)):
            chart.lines[i].strokeColor = SERIES[i % len(SERIES)]
            chart.lines[i].strokeWidth = 1.6
        drawing.add(chart)
        legend = Legend()
        legend.fontName, legend.fontSize = FONT_NARROW, 7
        legend.x, legend.y = (width - 12 if self.rtl else chart.x + 4), height - 2
        legend.boxAnchor = "ne" if self.rtl else "nw"
        legend.columnMaximum = 1
        legend.deltax = 110
        legend.dx, legend.dy = 7, 7
        legend.colorNamePairs = [(SERIES[i % len(SERIES)], self.line(n)) for i, n in enumerate(series_names)]
        drawing.add(legend)
        return KeepTogether([self.heading(title, 3), drawing])

    # --- the document ----------------------------------------------------------------------------

    def build(self, story: list[Flowable], path: Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(path) as partial:  # a failed print leaves the file that was there
            self._build(story, partial)
        return path

    def _build(self, story: list[Flowable], path: Path) -> None:
        author = self.options.author or self.options.office_name
        doc = SimpleDocTemplate(
            str(private_output(path)), pagesize=self.pagesize, leftMargin=self.margin, rightMargin=self.margin,
            topMargin=self.margin + 14 * mm, bottomMargin=self.margin + 6 * mm,
            title=self.title, author=author, subject=self.subject, creator="Programme workbench",
            lang={"en": "en-GB", "fr": "fr-CD", "ar": "ar-IQ"}[self.fmt.lang],
        )
        doc.build(story, onFirstPage=self._header, onLaterPages=self._header,
                  canvasmaker=_numbered_canvas(self._footer))

    def _header(self, canvas: Canvas, doc) -> None:
        width, height = self.pagesize
        top = height - self.margin
        logo = self.options.logo_path or default_logo()
        canvas.saveState()
        size = 11 * mm
        text_x = self.margin
        if logo and Path(logo).exists():
            x = width - self.margin - size if self.rtl else self.margin
            canvas.drawImage(str(logo), x, top - size, size, size, preserveAspectRatio=True, mask="auto")
            text_x = self.margin + size + 3 * mm
        office = self.line(self.options.office_name)
        title = self.line(self.title)
        canvas.setFillColor(INK)
        if self.rtl:
            right = width - self.margin - (size + 3 * mm if logo else 0)
            canvas.setFont(FONT_BOLD, 10.5)
            canvas.drawRightString(right, top - 4.5 * mm, office)
            canvas.setFont(FONT, 8)
            canvas.drawRightString(right, top - 9 * mm, title)
        else:
            canvas.setFont(FONT_BOLD, 10.5)
            canvas.drawString(text_x, top - 4.5 * mm, office)
            canvas.setFont(FONT, 8)
            canvas.drawString(text_x, top - 9 * mm, title)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(self.margin, top - size - 1.5 * mm, width - self.margin, top - size - 1.5 * mm)
        canvas.restoreState()

    def _footer(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _ = self.pagesize
        y = self.margin
        printed = self.tr("Printed on {date}", date=self.fmt.date(self.options.printed_on))
        if self.options.database_name:
            printed = self.tr("{printed} · database {name}", printed=printed, name=self.options.database_name)
        numbers = self.tr("Page {page} of {pages}", page=page, pages=pages)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(self.margin, y + 4 * mm, width - self.margin, y + 4 * mm)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(INK)
        # The page number sits where the eye ends a line: right in English and French, left in Arabic.
        if self.rtl:
            canvas.drawRightString(width - self.margin, y, self.line(printed))
            canvas.drawString(self.margin, y, self.line(numbers))
        else:
            canvas.drawString(self.margin, y, printed)
            canvas.drawRightString(width - self.margin, y, numbers)
        canvas.restoreState()


def _numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each footer can say "page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def chart_label(text: str, limit: int, rtl: bool = False) -> str:
    """A chart's category label of at most `limit` characters, cut at a word's end with "…" (never mid-word);
    a first word longer than the limit is kept whole. Arabic labels are not cut: a cut Arabic word loses its
    joined final form, and the label's words read from the right."""
    if rtl or len(text) <= limit:
        return text
    words, kept = text.split(), []
    for word in words:
        if len(" ".join([*kept, word])) > limit - 1:
            break
        kept.append(word)
    return (" ".join(kept) if kept else words[0]) + "…"

