"""Shared test helpers: hand-made PDFs, so that no binary fixture needs committing.

``pdf_bytes`` writes a small but well-formed PDF (catalog, pages, fonts, content streams and
a correct cross-reference table). Latin lines use the standard Helvetica font; other lines
use a Type0 font with a ToUnicode map, so pdfminer reads Japanese back as Unicode. Options
make the hostile variants: compressed streams, encryption (RC4, 40-bit, as PDF 1.3 writers
did), image-only pages, or raw content for decompression bombs.
"""

from __future__ import annotations

import hashlib
import struct
import zlib

import pytest

_PAD = bytes.fromhex(
    "28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A"
)
_ID0 = hashlib.md5(b"extract-test-pdf").digest()
_P = -44  # permissions: print and copy denied, the usual "restricted" PDF


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _literal(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _latin(line: str) -> bool:
    try:
        line.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _page_content(lines: list[str]) -> bytes:
    ops = [b"BT /F1 11 Tf 15 TL 50 800 Td"]
    for line in lines:
        if _latin(line):
            ops.append(b"/F1 11 Tf " + _literal(line) + b" Tj T*")
        else:
            codes = "".join(f"{ord(c):04X}" for c in line)
            ops.append(b"/F2 11 Tf <" + codes.encode() + b"> Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops) + b"\n"


def _to_unicode(chars: set[str]) -> bytes:
    body = [
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        b"/CMapName /Test-UCS def /CMapType 2 def",
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    ordered = sorted(chars)
    for i in range(0, len(ordered), 100):
        chunk = ordered[i : i + 100]
        body.append(f"{len(chunk)} beginbfchar".encode())
        body.extend(f"<{ord(c):04X}> <{ord(c):04X}>".encode() for c in chunk)
        body.append(b"endbfchar")
    body.append(b"endcmap CMapName currentdict /CMap defineresource pop end end")
    return b"\n".join(body) + b"\n"


def pdf_bytes(
    pages: list[str] | None = None,
    *,
    compress: bool = False,
    encrypt: str | None = None,
    image_only: bool = False,
    raw_content: bytes | None = None,
    raw_filter: str | None = None,
) -> bytes:
    """A PDF with one page per string in ``pages`` (lines split on ``\\n``).

    ``encrypt="restricted"``: encrypted with an empty user password (opens anywhere, like
    most "secured" government PDFs); ``encrypt="password"``: needs the password ``secret``.
    ``image_only``: pages carry a grey image and no text (a scan). ``raw_content``: the
    first page's content stream bytes as given, with ``raw_filter`` as its /Filter.
    """
    pages = pages if pages is not None else ["Hello"]
    objects: dict[int, tuple[bytes, bytes | None]] = {}  # num -> (dict, stream data)
    cjk = {c for p in pages for line in p.split("\n") if not _latin(line) for c in line}
    objects[3] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", None)
    objects[4] = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /Identity-H"
        b" /DescendantFonts [5 0 R] /ToUnicode 6 0 R >>",
        None,
    )
    objects[5] = (
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KozMinPr6N-Regular"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /DW 1000 /CIDToGIDMap /Identity /FontDescriptor 7 0 R >>",
        None,
    )
    objects[6] = (b"<< >>", _to_unicode(cjk or {"\u3042"}))
    objects[7] = (
        b"<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4"
        b" /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120"
        b" /CapHeight 700 /StemV 80 >>",
        None,
    )
    objects[8] = (
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 >>",
        bytes(range(0, 256, 4)),
    )
    kids = []
    num = 9
    for i, text in enumerate(pages):
        page_num, content_num = num, num + 1
        num += 2
        kids.append(f"{page_num} 0 R".encode())
        extra = b""
        if raw_content is not None and i == 0:
            content = raw_content
            if raw_filter:
                extra = b" /Filter /" + raw_filter.encode()
        elif image_only:
            content = b"q 400 0 0 500 100 200 cm /Im1 Do Q\n"
        else:
            content = _page_content(text.split("\n"))
        if compress and raw_content is None:
            content = zlib.compress(content)
            extra = b" /Filter /FlateDecode"
        objects[page_num] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R"
            b" /F2 4 0 R >> /XObject << /Im1 8 0 R >> >> /Contents "
            + f"{content_num} 0 R".encode()
            + b" >>",
            None,
        )
        objects[content_num] = (extra, content)
    objects[1] = (b"<< /Type /Catalog /Pages 2 0 R >>", None)
    objects[2] = (
        b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count " + str(len(pages)).encode() + b" >>",
        None,
    )

    key = None
    trailer_extra = b""
    if encrypt:
        owner = hashlib.md5(b"owner").digest() * 2
        password = b"" if encrypt == "restricted" else b"secret"
        padded = (password + _PAD)[:32]
        key = hashlib.md5(padded + owner + struct.pack("<i", _P) + _ID0).digest()[:5]
        user = _rc4(key, _PAD)
        enc_num = num
        objects[enc_num] = (
            b"<< /Filter /Standard /V 1 /R 2 /O <" + owner.hex().encode() + b"> /U <"
            + user.hex().encode() + b"> /P " + str(_P).encode() + b" >>",
            None,
        )
        trailer_extra = (
            f" /Encrypt {enc_num} 0 R /ID [<{_ID0.hex()}> <{_ID0.hex()}>]".encode()
        )

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for n in sorted(objects):
        head, stream = objects[n]
        offsets[n] = len(out)
        out += f"{n} 0 obj\n".encode()
        if stream is None:
            out += head
        else:
            if key is not None and not (encrypt and n == num):
                obj_key = hashlib.md5(key + n.to_bytes(3, "little") + b"\0\0").digest()[:10]
                stream = _rc4(obj_key, stream)
            inner = head[2:-2] if head.startswith(b"<<") else head
            out += b"<< /Length " + str(len(stream)).encode() + b" " + inner + b" >>\nstream\n"
            out += stream + b"\nendstream"
        out += b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for n in range(1, size):
        if n in offsets:
            out += f"{offsets[n]:010d} 00000 n \n".encode()
        else:
            out += b"0000000000 65535 f \n"
    out += f"trailer\n<< /Size {size} /Root 1 0 R".encode() + trailer_extra + b" >>\n"
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@pytest.fixture
def make_pdf():
    """The PDF generator as a fixture: ``make_pdf(["page one", "page two"], compress=True)``."""
    return pdf_bytes
