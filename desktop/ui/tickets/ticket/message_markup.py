"""A message's text as rich text: a safe subset of Markdown, and links that can be clicked.

Agents write **bold**, *italics*, `code`, lists, fenced code blocks and links; admins paste
addresses. Nothing of a message is ever read as HTML: the whole text is escaped first and
only the tags made here (b, i, code, pre, ul, ol, li, a, br, p) are added, so
``<img src=x onerror=…>`` shows as those characters. A link is made only for http, https
and mailto addresses; ``[x](javascript:…)`` stays text.
"""

from __future__ import annotations

import html
import re

SAFE_SCHEMES = ("http://", "https://", "mailto:")

_CODE = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
# Up to a space or an escaped bracket or quote (the text is escaped before links are found).
_URL_CHAR = r"(?:(?!&(?:lt|gt|quot|#x27);)[^\s<>\"'])"
_BARE_URL = re.compile(rf"(?<![\"'=>\w])(https?://{_URL_CHAR}*[^\s<>\"'.,;:!?)\]&])")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?![\w*])")
_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(.*)$")
_PLACEHOLDER = "\x00{}\x00"


def is_safe_link(url: str) -> bool:
    return url.lower().startswith(SAFE_SCHEMES)


def _inline(text: str) -> str:
    """One line, already escaped: code spans kept aside, then links, bold and italics."""
    kept: list[str] = []

    def keep(fragment: str) -> str:
        kept.append(fragment)
        return _PLACEHOLDER.format(len(kept) - 1)

    text = _CODE.sub(lambda m: keep(f"<code>{m.group(1)}</code>"), text)

    def link(match: re.Match[str]) -> str:
        label, url = match.group(1), match.group(2)
        if not is_safe_link(html.unescape(url)):
            return match.group(0)
        return keep(f'<a href="{url}">{label}</a>')

    text = _LINK.sub(link, text)
    text = _BARE_URL.sub(lambda m: keep(f'<a href="{m.group(1)}">{m.group(1)}</a>'), text)
    text = _BOLD.sub(r"<b>\1</b>", text)
    text = _ITALIC.sub(r"<i>\1</i>", text)
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)


# Around a search's hit while the text is made HTML, then a highlight's span (control
# characters no message text holds, left alone by escaping and by the Markdown rules).
_HIT_OPEN, _HIT_CLOSE = "\x02", "\x03"
_TAG = re.compile(r"<[^>]*>")


def to_html(
    text: str,
    hits: tuple[tuple[int, int], ...] = (),
    colours: tuple[str, str] = ("", ""),
) -> str:
    """The message as the subset of HTML a QLabel shows; every character of it escaped.

    ``hits``: (start, end) in ``text`` marked with a background of ``colours`` (background,
    text: names of colours), as a search's words in an opened thread."""
    if hits:
        text = text.replace(_HIT_OPEN, "").replace(_HIT_CLOSE, "")
        pieces: list[str] = []
        last = 0
        for start, end in hits:
            pieces += [text[last:start], _HIT_OPEN, text[start:end], _HIT_CLOSE]
            last = end
        pieces.append(text[last:])
        return _marked(_to_html("".join(pieces)), colours)
    return _to_html(text)


def _marked(made: str, colours: tuple[str, str]) -> str:
    """The hits' marks as spans; none inside a tag (a link's address holding the word)."""
    made = _TAG.sub(lambda m: m.group(0).replace(_HIT_OPEN, "").replace(_HIT_CLOSE, ""), made)
    fill, ink = colours
    span = f'<span style="background-color:{fill}; color:{ink}">'
    return made.replace(_HIT_OPEN, span).replace(_HIT_CLOSE, "</span>")


def _to_html(text: str) -> str:
    lines = html.escape(text, quote=True).splitlines()
    out: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_tag = ""
    code: list[str] | None = None

    def flush_paragraph() -> None:
        if paragraph:
            out.append("<p>" + "<br>".join(_inline(line) for line in paragraph) + "</p>")
            paragraph.clear()

    def flush_list() -> None:
        nonlocal list_tag
        if items:
            out.append(f"<{list_tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{list_tag}>")
            items.clear()
        list_tag = ""

    for line in lines:
        if line.strip().startswith("```"):
            if code is None:
                flush_paragraph()
                flush_list()
                code = []
            else:
                out.append("<pre>" + "\n".join(code) + "</pre>")
                code = None
            continue
        if code is not None:
            code.append(line)
            continue
        bullet, numbered = _BULLET.match(line), _NUMBERED.match(line)
        if bullet or numbered:
            flush_paragraph()
            tag = "ul" if bullet else "ol"
            if list_tag and list_tag != tag:
                flush_list()
            list_tag = tag
            items.append(_inline((bullet or numbered).group(1)))  # type: ignore[union-attr]
            continue
        flush_list()
        if line.strip():
            paragraph.append(line)
        else:
            flush_paragraph()
    if code is not None:  # a fence never closed: its lines as they were written
        out.append("<pre>" + "\n".join(code) + "</pre>")
    flush_paragraph()
    flush_list()
    return "".join(out)


def open_link(url: str) -> None:
    """A link clicked in a message: opened by the system's browser or mail app, if safe."""
    if is_safe_link(url):
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))
