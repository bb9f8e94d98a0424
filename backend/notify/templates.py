"""The notification e-mails, in the recipient's language (en, ja, nl)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


# Placeholders: {name} recipient, {number} ticket number, {subject} ticket subject,
# {author} who wrote, {excerpt} the start of the message, {phone} callback number,
# {submitter} who submitted the ticket.
TEMPLATES: dict[str, dict[str, Template]] = {
    "colleague_reply": {
        "en": Template(
            "A colleague replied to your ticket #{number}",
            "Hello {name},\n\nA colleague on your team replied to your support ticket "
            "#{number} “{subject}”:\n\n{excerpt}\n\nThe reply is shown as from “Colleague” "
            "in the ticket.\n\n— Premium Support",
        ),
        "ja": Template(
            "チケット #{number} に同僚が返信しました",
            "{name} 様\n\nチームの同僚がサポート チケット #{number}「{subject}」に返信しました。"
            "\n\n{excerpt}\n\nこの返信はチケットに「同僚」からの返信として表示されます。"
            "\n\n— プレミアム サポート",
        ),
        "nl": Template(
            "Een collega heeft gereageerd op je ticket #{number}",
            "Hallo {name},\n\nEen collega uit je team heeft gereageerd op je supportticket "
            "#{number} ‘{subject}’:\n\n{excerpt}\n\nIn het ticket staat de reactie als "
            "afkomstig van ‘Collega’.\n\n— Premium Support",
        ),
    },
    "colleague_solved": {
        "en": Template(
            "{author} marked your ticket #{number} solved",
            "Hello {name},\n\n{author}, an admin on your team, marked your support ticket "
            "#{number} “{subject}” solved.\n\nRate the answer in Premium Support Desk. "
            "If it is not solved for you, reopen it there.\n\n— Premium Support",
        ),
        "ja": Template(
            "{author} さんがチケット #{number} を解決済みにしました",
            "{name} 様\n\nチームの管理者 {author} さんがサポート チケット #{number}「{subject}」を"
            "解決済みにしました。\n\nPremium Support Desk で回答を評価してください。"
            "まだ解決していない場合は、そこで再オープンしてください。\n\n— プレミアム サポート",
        ),
        "nl": Template(
            "{author} heeft je ticket #{number} als opgelost gemarkeerd",
            "Hallo {name},\n\n{author}, een beheerder in je team, heeft je supportticket "
            "#{number} ‘{subject}’ als opgelost gemarkeerd.\n\nBeoordeel het antwoord in Premium "
            "Support Desk. Is het voor jou niet opgelost, heropen het daar dan."
            "\n\n— Premium Support",
        ),
    },
    "colleague_reopened": {
        "en": Template(
            "{author} reopened your ticket #{number}",
            "Hello {name},\n\n{author}, an admin on your team, reopened your support ticket "
            "#{number} “{subject}”.\n\nFollow it in Premium Support Desk.\n\n— Premium Support",
        ),
        "ja": Template(
            "{author} さんがチケット #{number} を再オープンしました",
            "{name} 様\n\nチームの管理者 {author} さんがサポート チケット #{number}「{subject}」を"
            "再オープンしました。\n\nPremium Support Desk で経過をご確認ください。"
            "\n\n— プレミアム サポート",
        ),
        "nl": Template(
            "{author} heeft je ticket #{number} heropend",
            "Hallo {name},\n\n{author}, een beheerder in je team, heeft je supportticket "
            "#{number} ‘{subject}’ heropend.\n\nVolg het in Premium Support Desk."
            "\n\n— Premium Support",
        ),
    },
    "agent_answer": {
        "en": Template(
            "Support answered your ticket #{number}",
            "Hello {name},\n\n{author} from Premium Support answered your ticket "
            "#{number} “{subject}”:\n\n{excerpt}\n\nReply in Premium Support Desk to continue."
            "\n\n— Premium Support",
        ),
        "ja": Template(
            "チケット #{number} にサポートが回答しました",
            "{name} 様\n\nプレミアム サポートの {author} がチケット #{number}「{subject}」に"
            "回答しました。\n\n{excerpt}\n\n続きは Premium Support Desk から返信してください。"
            "\n\n— プレミアム サポート",
        ),
        "nl": Template(
            "Support heeft je ticket #{number} beantwoord",
            "Hallo {name},\n\n{author} van Premium Support heeft je ticket #{number} "
            "‘{subject}’ beantwoord:\n\n{excerpt}\n\nReageer in Premium Support Desk om verder "
            "te gaan.\n\n— Premium Support",
        ),
    },
    "follower_answer": {
        "en": Template(
            "Support answered ticket #{number}, which you follow",
            "Hello {name},\n\n{author} from Premium Support answered ticket #{number} "
            "“{subject}” of {submitter}, which an admin on your team asked you to follow:"
            "\n\n{excerpt}\n\n— Premium Support",
        ),
        "ja": Template(
            "フォロー中のチケット #{number} にサポートが回答しました",
            "{name} 様\n\nプレミアム サポートの {author} が、{submitter} さんのチケット "
            "#{number}「{subject}」に回答しました。このチケットはチームの管理者によって"
            "フォロワーに追加されています。\n\n{excerpt}\n\n— プレミアム サポート",
        ),
        "nl": Template(
            "Support heeft ticket #{number} beantwoord dat je volgt",
            "Hallo {name},\n\n{author} van Premium Support heeft ticket #{number} "
            "‘{subject}’ van {submitter} beantwoord, dat een beheerder in je team je heeft "
            "laten volgen:\n\n{excerpt}\n\n— Premium Support",
        ),
    },
    # A member follows by e-mail only (R6: no Premium Support pages): no link to the app,
    # and where to turn instead.
    "follower_answer_member": {
        "en": Template(
            "Support answered ticket #{number}, which you follow",
            "Hello {name},\n\n{author} from Premium Support answered ticket #{number} "
            "“{subject}” of {submitter}, which an admin on your team asked you to follow:"
            "\n\n{excerpt}\n\nTo add to it, ask {submitter} or an admin on your team; for a "
            "question of your own, use Get help.\n\n— Premium Support",
        ),
        "ja": Template(
            "フォロー中のチケット #{number} にサポートが回答しました",
            "{name} 様\n\nプレミアム サポートの {author} が、{submitter} さんのチケット "
            "#{number}「{subject}」に回答しました。このチケットはチームの管理者によって"
            "フォロワーに追加されています。\n\n{excerpt}\n\n追記がある場合は {submitter} さんか"
            "チームの管理者にお伝えください。ご自身のご質問は「ヘルプを受ける」からどうぞ。"
            "\n\n— プレミアム サポート",
        ),
        "nl": Template(
            "Support heeft ticket #{number} beantwoord dat je volgt",
            "Hallo {name},\n\n{author} van Premium Support heeft ticket #{number} "
            "‘{subject}’ van {submitter} beantwoord, dat een beheerder in je team je heeft "
            "laten volgen:\n\n{excerpt}\n\nWil je iets toevoegen, vraag het dan aan "
            "{submitter} of een beheerder in je team; voor een eigen vraag gebruik je Hulp "
            "krijgen.\n\n— Premium Support",
        ),
    },
    "callback_completed": {
        "en": Template(
            "Your callback for ticket #{number} is done",
            "Hello {name},\n\nWe called you on {phone} about ticket #{number} “{subject}”. "
            "A summary of the call is in the ticket.\n\n— Premium Support",
        ),
        "ja": Template(
            "チケット #{number} の折り返し電話が完了しました",
            "{name} 様\n\nチケット #{number}「{subject}」について {phone} にお電話しました。"
            "通話の概要はチケットに記載しています。\n\n— プレミアム サポート",
        ),
        "nl": Template(
            "Het terugbelverzoek voor ticket #{number} is afgerond",
            "Hallo {name},\n\nWe hebben je gebeld op {phone} over ticket #{number} "
            "‘{subject}’. Een samenvatting van het gesprek staat in het ticket."
            "\n\n— Premium Support",
        ),
    },
    "callback_failed": {
        "en": Template(
            "We could not reach you for ticket #{number}",
            "Hello {name},\n\nWe called {phone} about ticket #{number} “{subject}” but could "
            "not reach you. Request a new call or continue in writing in the ticket."
            "\n\n— Premium Support",
        ),
        "ja": Template(
            "チケット #{number} の件でお電話がつながりませんでした",
            "{name} 様\n\nチケット #{number}「{subject}」の件で {phone} にお電話しましたが、"
            "つながりませんでした。もう一度お電話をリクエストいただくか、チケットに書面で"
            "ご返信ください。\n\n— プレミアム サポート",
        ),
        "nl": Template(
            "We konden je niet bereiken voor ticket #{number}",
            "Hallo {name},\n\nWe hebben {phone} gebeld over ticket #{number} ‘{subject}’, "
            "maar konden je niet bereiken. Vraag een nieuw gesprek aan of ga schriftelijk "
            "verder in het ticket.\n\n— Premium Support",
        ),
    },
}

EXCERPT_CHARS = 500

# The desktop app opens a ticket from this link (its installers register the scheme; the
# client's desktop/ui/tickets/links/link_format.py reads it). Every mail names one ticket.
TICKET_LINK = "premium-support-desk://ticket/{number}"
OPEN_IN_APP = {
    "en": "Open the ticket in Premium Support Desk: {link}",
    "ja": "Premium Support Desk でチケットを開く: {link}",
    "nl": "Open het ticket in Premium Support Desk: {link}",
}
SIGNATURE = "\n\n— "
# Mails to people who cannot open the ticket in the app go without the link.
WITHOUT_LINK = frozenset({"follower_answer_member"})


def render(kind: str, locale: str, **params: str) -> Template:
    by_locale = TEMPLATES[kind]
    template = by_locale.get(locale, by_locale["en"])
    excerpt = params.get("excerpt", "")
    if len(excerpt) > EXCERPT_CHARS:
        params["excerpt"] = excerpt[: EXCERPT_CHARS - 1].rstrip() + "…"
    body = template.body.format(**params)
    if "number" in params and kind not in WITHOUT_LINK:
        # Beside the mail's own wording, above the signature: the link straight to the ticket.
        link = OPEN_IN_APP.get(locale, OPEN_IN_APP["en"]).format(
            link=TICKET_LINK.format(number=params["number"])
        )
        text, signature, sign_off = body.rpartition(SIGNATURE)
        body = f"{text}\n\n{link}{signature}{sign_off}" if signature else f"{body}\n\n{link}"
    return Template(template.subject.format(**params), body)
