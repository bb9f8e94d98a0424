"""An empty list says why, and offers the next thing to do where there is one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage


def page_in_state(qtbot: QtBot, scope: str, state: str) -> TicketListPage:
    page = TicketListPage(TaskRunner(lambda error: None), scope)
    qtbot.addWidget(page)
    page._state = state  # noqa: SLF001 - as a sync leaves it
    page.retranslate_ui()
    page.show()
    return page


def test_no_tickets_yet_offers_contact_support_to_an_admin(qtbot: QtBot) -> None:
    page = page_in_state(qtbot, "mine", "ready")
    assert page.empty_state.label.text() == "You have no tickets yet."
    assert not page.empty_state.action.isVisible()  # not an admin: nothing to offer (R13)

    page.new_ticket_button.show()  # an admin (the window shows it, R13)
    page.retranslate_ui()
    action = page.empty_state.action
    assert action.isVisible() and action.text() == "Contact support…"
    clicked: list[bool] = []
    page.new_ticket_button.clicked.connect(lambda: clicked.append(True))
    action.click()
    assert clicked == [True]


def test_no_match_offers_to_clear_the_filters(qtbot: QtBot) -> None:
    page = page_in_state(qtbot, "team", "ready")
    page.filters.status.setCurrentIndex(2)
    page.retranslate_ui()
    assert page.empty_state.label.text() == "No tickets match these filters."
    assert page.empty_state.action.text() == "Clear filters"
    assert not page.empty_state.second_action.isVisible()  # no search to clear
    page.empty_state.action.click()
    assert not page.filters.active()
    assert page.empty_state.label.text() == "Your team members have no recent tickets."
    assert not page.empty_state.action.isVisible()  # the team's: nothing to do from here


def test_a_search_alone_offers_to_clear_the_search(qtbot: QtBot) -> None:
    """A search with no hits and no filter set: "Clear search", not "Clear filters"
    (a newcomer looked for the filters it meant)."""
    page = page_in_state(qtbot, "team", "ready")
    page.filters.search.setText("nothing like this")
    page.retranslate_ui()
    action = page.empty_state.action
    assert action.isVisible() and action.text() == "Clear search"
    assert not page.empty_state.second_action.isVisible()
    action.click()
    assert page.filters.values()["q"] == "" and not page.filters.active()
    assert page.empty_state.label.text() == "Your team members have no recent tickets."


def test_a_search_under_a_filter_offers_to_clear_either(qtbot: QtBot) -> None:
    page = page_in_state(qtbot, "team", "ready")
    page.filters.status.setCurrentIndex(2)
    page.filters.search.setText("nothing like this")
    page.retranslate_ui()
    # A search also says where messages are searched (threads are kept once opened).
    assert page.empty_state.label.text() == (
        "No tickets match these filters. "
        "Messages are searched in the conversations opened on this computer."
    )
    search, filters = page.empty_state.action, page.empty_state.second_action
    assert search.isVisible() and search.text() == "Clear search"
    assert filters.isVisible() and filters.text() == "Clear filters"
    status = page.filters.values()["status"]
    filters.click()  # the filters go, the search stays
    assert page.filters.values() == {
        "q": "nothing like this",
        "status": "",
        "product": "",
        "category": "",
    }
    assert search.isVisible() and search.text() == "Clear search"
    assert not filters.isVisible()

    page.filters.status.setCurrentIndex(2)
    page.retranslate_ui()
    search.click()  # the search goes, the filter stays
    assert page.filters.values() == {"q": "", "status": status, "product": "", "category": ""}
    assert search.text() == "Clear filters" and not filters.isVisible()


def test_a_failed_load_offers_to_try_again(qtbot: QtBot) -> None:
    page = page_in_state(qtbot, "mine", "failed")
    assert page.empty_state.action.isVisible()
    assert page.empty_state.action.text() == "Try again"
