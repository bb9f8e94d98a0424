"""Teams and people of the demo world (DEMO.md), exact."""

from __future__ import annotations

from dataclasses import dataclass

DEMO_PASSWORD = "demo-password"


@dataclass(frozen=True)
class DemoTeam:
    key: str
    name: str
    licences: int
    payment_method: str
    products: tuple[str, ...]


@dataclass(frozen=True)
class DemoPerson:
    email: str
    name: str
    team: str | None  # DemoTeam.key; None for the vendor's agent
    role: str
    locale: str
    champion: str | None = None


TEAMS = (
    DemoTeam("northwind", "Northwind Traders", 25, "card", ("dropbox", "dash")),
    DemoTeam("tiny", "Tiny Studio", 5, "card", ("dropbox",)),
    DemoTeam("invoice", "Invoice Corp", 40, "invoice", ("dropbox",)),
)

PEOPLE = (
    DemoPerson("ava@northwind.example", "Ava Jansen", "northwind", "admin", "en"),
    DemoPerson("noah@northwind.example", "Noah de Vries", "northwind", "admin", "nl"),
    DemoPerson("yuki@northwind.example", "Yuki Tanaka", "northwind", "admin", "ja"),
    DemoPerson("mia@northwind.example", "Mia Bakker", "northwind", "member", "en", "epic"),
    DemoPerson("liam@northwind.example", "Liam Smit", "northwind", "member", "nl"),
    DemoPerson("tia@tiny.example", "Tia Moreau", "tiny", "admin", "en"),
    DemoPerson("ivan@invoice.example", "Ivan Petrov", "invoice", "admin", "en"),
    DemoPerson("agent@vendor.example", "Sam Agent", None, "agent", "en"),
)
