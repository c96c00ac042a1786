"""Typeset a plain-text document as a PDF, the way a word processor would wrap it.

Used to check that the PDF path (pdfplumber text, page breaks, Japanese line wraps inside
words and numbers) loses nothing against the plain text of the same document.
"""

from __future__ import annotations

import html
import re
import textwrap
from pathlib import Path

_MARKUP = re.compile(r"<sup>.*?</sup>|<[^>]+>|^[ \t]*#{1,6}[ \t]+|^[ \t]*[-*+][ \t]+", re.M | re.S)


def rendered_lines(text: str, ja: bool, width: int) -> list[str]:
    """What a reader sees: markup rendered away, entities decoded, long lines wrapped."""
    text = html.unescape(_MARKUP.sub("", text))
    lines: list[str] = []
    for para in text.split("\n"):
        para = para.rstrip()
        if not para:
            lines.append("")
        elif ja:  # Japanese wraps anywhere, also inside words and numbers
            lines.extend(para[i : i + width] for i in range(0, len(para), width))
        else:
            lines.extend(textwrap.wrap(para, width) or [""])
    return lines


def typeset(text: str, out: Path, ja: bool) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "HeiseiMin-W3"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    size, lead = 10, 14
    width = 44 if ja else 95
    y = A4[1] - 60
    c.setFont(font, size)
    for line in rendered_lines(text, ja, width):
        if y < 60:
            c.showPage()
            c.setFont(font, size)
            y = A4[1] - 60
        c.drawString(50, y, line)
        y -= lead
    c.save()
    return out
