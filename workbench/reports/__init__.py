"""Printed reports: build_*_data functions and their reportlab renderers. No Qt.

The Reports screen and `workbench report` share `REPORTS` and `make_report`:

    make_report(session, "grants", ReportParams(project_code="IRQ-BHA-2023-02"), RenderOptions(lang="ar"), out)
"""

from workbench.reports.options import PAPERS, RenderOptions, ReportParams
from workbench.reports.registry import REPORTS, ReportKind, make_report

__all__ = ["PAPERS", "REPORTS", "RenderOptions", "ReportKind", "ReportParams", "make_report"]
