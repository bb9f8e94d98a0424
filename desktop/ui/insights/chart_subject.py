"""What a chart shows, in the user's words: for the name a saved file is offered under
and for the caption a saved PNG carries.

A newcomer's saved chart was offered as "top_issues" (the card's object name: English in a
Japanese session, an underscore, nothing of the period or whose tickets), and the PNG
itself said neither: once out of the app, nobody could tell what it counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QObject

from desktop.ui.insights.table_model import cell_text
from desktop.ui.text.formatting import date_and_time


@dataclass(frozen=True)
class ChartSubject:
    """The period and the tickets a chart counts, as named on the page."""

    period: str  # the period's name as offered: "Last 12 weeks", "Open now", "Custom…"
    first: date | None  # its days; None: open now (whenever opened)
    last: date | None
    scope: str  # whose tickets as offered: "Whole team", "Mine"
    custom: bool = False  # days chosen: named by their dates, not "Custom…"


class ChartTexts(QObject):
    # A QObject for its tr(): one context for the saved chart's words.

    def file_stem(self, chart: str, subject: ChartSubject | None) -> str:
        """ "Top issues - Last 12 weeks - Whole team": the chart, the period and whose
        tickets (export_stamp.dated_name adds the date and makes it safe for a file)."""
        if subject is None:
            return chart
        period = subject.period
        if subject.custom and subject.first is not None and subject.last is not None:
            # ISO days: "Custom…" says nothing, and no locale's order (nor "/") in a name.
            period = f"{subject.first.isoformat()}–{subject.last.isoformat()}"
        # The comment tells translators: a file's name, so no slashes or colons.
        pattern = self.tr("{chart} - {period} - {scope}", "a saved chart's file name")
        return pattern.format(chart=chart, period=period, scope=subject.scope)

    def caption_lines(self, chart: str, subject: ChartSubject | None, as_of: datetime) -> list[str]:
        """The title, the period with its days, whose tickets and as of when: what the PNG
        says above the chart, so that it stands alone."""
        lines = [chart]
        if subject is not None:
            first, last = subject.first, subject.last
            period = "" if subject.custom else subject.period
            if first is None or last is None:
                lines.append(self.tr("Period: {period}").format(period=subject.period))
            elif first == last:
                lines.append(
                    self.tr("Period: {period}, {day}").format(period=period, day=cell_text(first))
                    if period
                    else self.tr("Period: {day}").format(day=cell_text(first))
                )
            elif period:
                lines.append(
                    self.tr("Period: {period}, {first} to {last}").format(
                        period=period, first=cell_text(first), last=cell_text(last)
                    )
                )
            else:
                lines.append(
                    self.tr("Period: {first} to {last}").format(
                        first=cell_text(first), last=cell_text(last)
                    )
                )
            lines.append(self.tr("Tickets: {scope}").format(scope=subject.scope))
        lines.append(self.tr("As of {time}").format(time=date_and_time(as_of)))
        return [line.strip() for line in lines if line.strip()]
