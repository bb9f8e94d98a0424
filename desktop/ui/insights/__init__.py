"""Insights (R20): the team's support in numbers, charts and tables."""
