"""The R3 features in the user's language: the service sends keys and values, we word them."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.ui.text.spans import Spans

# The order of the comparison (R3's table); keys the service does not send are skipped.
FEATURE_ORDER = (
    "support_channels_24_7",
    "response_target_minutes",
    "implementation_consultation_hours",
    "quarterly_feature_emails",
    "quarterly_trend_review",
    "member_email_support_24_7",
    "live_webinars",
)


class FeatureText(QObject):
    def name(self, key: str) -> str:
        names = {
            "support_channels_24_7": self.tr("Support by phone, e-mail or chat"),
            "response_target_minutes": self.tr("Response time target"),
            "implementation_consultation_hours": self.tr("Implementation consultation"),
            "quarterly_feature_emails": self.tr(
                "Quarterly e-mail on 3 unused or under-used features"
            ),
            "quarterly_trend_review": self.tr("Root-cause / trend meeting"),
            "member_email_support_24_7": self.tr("E-mail support for team members"),
            "live_webinars": self.tr("Live webinars"),
        }
        return names.get(key, key)

    def value(self, key: str, value: str | bool | int) -> str:
        if key == "response_target_minutes" and isinstance(value, int):
            return Spans().within(value)
        if key == "implementation_consultation_hours" and isinstance(value, int):
            return self.tr("%n 1-hour session(s)", "", value)
        if key == "quarterly_trend_review":
            return (
                self.tr("Quarterly meeting reviewing support trends")
                if value
                else self.tr("Not included")
            )
        if key in ("support_channels_24_7", "member_email_support_24_7"):
            return self.tr("24/7") if value else self.tr("Not included")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("Not included")
        return str(value)

    def tier(self, tier: str) -> str:
        return {"basic": self.tr("Basic"), "enhanced": self.tr("Enhanced")}.get(tier, tier)
