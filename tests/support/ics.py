"""Reading an iCalendar file (RFC 5545) as strictly as calendar apps do: no package needed."""

from __future__ import annotations

import re


def parse_ics(text: str) -> list[tuple[str, dict[str, str]]]:
    """A small RFC 5545 reader, strict where calendars are: CRLF line ends, lines of at
    most 75 octets, unfolding, balanced BEGIN/END. Returns (component path, properties)
    for every component, values as written (TEXT ones go through unescape)."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    raw = text[:-2].split("\r\n")
    for line in raw:
        assert len(line.encode("utf-8")) <= 75, line
    lines: list[str] = []
    for line in raw:
        if line.startswith((" ", "\t")):
            lines[-1] += line[1:]  # unfold
        else:
            lines.append(line)
    found: list[tuple[str, dict[str, str]]] = []
    stack: list[tuple[str, dict[str, str]]] = []
    for line in lines:
        name, sep, value = line.partition(":")
        assert sep and re.fullmatch(r"[A-Z-]+", name), line
        if name == "BEGIN":
            stack.append((value, {}))
        elif name == "END":
            component, props = stack.pop()
            assert component == value
            path = "/".join([c for c, _ in stack] + [component])
            found.append((path, props))
        else:
            assert stack, line
            props = stack[-1][1]
            assert name not in props, f"{name} twice"
            props[name] = value
    assert not stack
    return found


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)
