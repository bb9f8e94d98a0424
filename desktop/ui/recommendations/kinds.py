"""The catalogue's kinds of item, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

KINDS = ("article", "video", "course")


def kind_label(kind: str) -> str:
    labels = {
        "article": QCoreApplication.translate("RecommendationKind", "Article"),
        "video": QCoreApplication.translate("RecommendationKind", "Video"),
        "course": QCoreApplication.translate("RecommendationKind", "Course"),
    }
    return labels.get(kind, kind)


def kind_plural(kind: str) -> str:
    labels = {
        "": QCoreApplication.translate("RecommendationKind", "All"),
        "article": QCoreApplication.translate("RecommendationKind", "Articles"),
        "video": QCoreApplication.translate("RecommendationKind", "Videos"),
        "course": QCoreApplication.translate("RecommendationKind", "Courses"),
    }
    return labels.get(kind, kind)
