"""Ingest: bytes on disk to decoded text with page boundaries, or a clear error.

Every failure is an :class:`IngestError` with a stable ``code`` so that an archivist can
sort a batch's failures without reading tracebacks (the codes are listed in the README).
Nothing here trusts the input: special files are never opened for reading, sizes are
checked before reading, and every decoder runs strictly — a damaged file is reported, not
turned into mojibake.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED = {".txt": "txt", ".md": "md", ".markdown": "md", ".pdf": "pdf"}

# A PDF page whose text is mostly these is a broken font mapping, not text.
_GARBAGE = re.compile(r"[\ufffd\ue000-\uf8ff]|\(cid:\d+\)")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACE = re.compile(r"\s+")
# Control characters that never occur in text (tab, line feed and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_NON_ASCII = re.compile(r"[^\x00-\x7f\s]")
_NON_ASCII_VALID = re.compile(r"[^\x00-\x7f\s\ufffd]")
_LETTER = re.compile(r"[A-Za-z\u00c0-\u00ff]")
_LATIN = re.compile(r"[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac\u2122]")
_JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e]")
PAGE_BREAK = "\f"

# What a file named .pdf really is, when it is not a PDF (first bytes → description).
_MAGIC = [
    (b"PK\x03\x04", "a ZIP archive (perhaps a Word, Excel or PowerPoint file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc, .xls or .ppt)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
]


class IngestError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Limits:
    """Per-document limits; size here, time and memory in the batch runner's workers."""

    max_bytes: int = 200 * 1024 * 1024
    max_chars: int = 20_000_000
    max_pages: int = 5000
    seconds: float = 300.0
    memory_mb: int = 2048


@dataclass
class Ingested:
    path: Path
    format: str
    sha256: str
    size: int
    text: str
    encoding: str | None = None
    pages: list[tuple[int, int]] = field(default_factory=list)  # [start, end) per page


def sha256_file(path: Path) -> str:
    """SHA-256 of a regular file, read in blocks; OSError for anything else (never blocks)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with open(fd, "rb", closefd=True) as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        h = hashlib.sha256()
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_path(path: Path, limits: Limits | None = None) -> str:
    """The format of a regular, supported file within the size limit, or why it is not one.

    Only ``stat`` calls: a named pipe or a device is never opened, so it cannot block.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise IngestError("bad_link", "a dangling symlink: the file it points to does not exist") from None
        raise IngestError("not_found", "file not found (deleted or moved during the run?)") from None
    except PermissionError:
        raise IngestError("unreadable", "permission denied: the file cannot be reached") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise IngestError("bad_link", "a symlink loop: the link points (via other links) back to itself") from None
        raise IngestError("unreadable", f"the file cannot be examined: {e.strerror or e}") from None
    if not stat.S_ISREG(st.st_mode):
        raise IngestError("not_a_file", f"not a regular file but {_kind(st.st_mode)}")
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(
            "unsupported_format",
            f"unsupported file type '{path.suffix or '(no extension)'}'; supported: .txt, .md, .markdown, .pdf",
        )
    limits = limits or Limits()
    if st.st_size > limits.max_bytes:
        raise IngestError("too_large", _too_large(st.st_size, limits.max_bytes))
    return fmt


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _too_large(size: int, limit: int) -> str:
    return f"the file is {size / 1048576:,.1f} MB, over the limit of {limit / 1048576:,.1f} MB (--max-mb)"


def read_file(path: Path, limits: Limits) -> bytes:
    """The file's bytes, never more than the size limit, failing cleanly on any read error."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except PermissionError:
        raise IngestError("unreadable", "permission denied: the file cannot be read") from None
    except FileNotFoundError:
        raise IngestError("not_found", "file not found (deleted or moved during the run?)") from None
    except OSError as e:
        raise IngestError("unreadable", f"the file cannot be opened: {e.strerror or e}") from None
    with open(fd, "rb", closefd=True) as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # replaced by a pipe since it was checked
            raise IngestError("not_a_file", "not a regular file")
        try:
            # Sized by the file, not the limit (a read buffer of the limit would be allocated);
            # a file that grows while being read is still cut at the limit.
            chunks = [f.read(min(st.st_size, limits.max_bytes) + 1)]
            total = len(chunks[0])
            while chunks[-1] and total <= limits.max_bytes:
                chunks.append(f.read(min(1 << 20, limits.max_bytes + 1 - total)))
                total += len(chunks[-1])
        except OSError as e:
            raise IngestError("unreadable", f"the file cannot be read: {e.strerror or e}") from None
    data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    if len(data) > limits.max_bytes:
        raise IngestError("too_large", _too_large(len(data), limits.max_bytes))
    return data


def ingest(path: Path, limits: Limits | None = None) -> Ingested:
    limits = limits or Limits()
    fmt = check_path(path, limits)
    data = read_file(path, limits)
    digest = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        text, pages = read_pdf(data, limits)
        return Ingested(path, fmt, digest, len(data), text, None, pages)
    text, encoding = decode(data)
    if len(text) > limits.max_chars:
        raise IngestError(
            "too_large", f"the text has {len(text):,} characters, over the limit of {limits.max_chars:,}"
        )
    return Ingested(path, fmt, digest, len(data), text, encoding, [])


# --- text ----------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes, detecting the encoding; line ends become ``\\n``."""
    if not data.strip():
        raise IngestError("empty", "the file is empty" if not data else "the file holds only white space")
    text, encoding = _decode(data)
    if not text.strip():
        raise IngestError("empty", "the file holds only white space")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = sum(1 for _ in _CONTROL.finditer(text))
    if "\x00" in text or bad > max(8, len(text) // 100):
        raise IngestError(
            "binary", f"the file looks binary, not text: {bad:,} control characters in {len(text):,}"
        )
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _strict(data, "utf-32", "utf-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", "utf-16")
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec:
            return _strict(data, codec, codec)
        raise IngestError(
            "binary",
            f"the file contains {data.count(0):,} NUL byte(s), the first at byte {data.index(0):,}: "
            "it is binary, not text",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        first_bad = e.start
    if _mostly_utf8(data):
        where = "at the very end: the file looks truncated" if first_bad >= len(data) - 3 else f"at byte {first_bad:,}"
        raise IngestError(
            "undecodable", f"the file is UTF-8 text with invalid bytes ({where}); it is damaged"
        )
    # Japanese legacy encodings: take the one that decodes and reads most like Japanese.
    best: tuple[float, str, str] | None = None
    for enc in ("cp932", "euc_jp"):
        try:
            t = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _japanese_score(t)
        if best is None or score > best[0]:
            best = (score, t, enc)
    if best is not None and best[0] > 0.3:
        return best[1], best[2]
    # Western single-byte text (an English release with "Café" or curly quotes in cp1252):
    # mostly ASCII, its few other characters accented letters and typographic punctuation.
    try:
        t = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if _western(t):
            return t, "cp1252"
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None or match.encoding is None:
        raise IngestError(
            "undecodable",
            "the text encoding could not be recognised (not UTF-8, UTF-16, Shift_JIS, EUC-JP or a common single-byte encoding)",
        )
    return str(match), match.encoding


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as e:
        raise IngestError("undecodable", f"invalid {name} text at byte {e.start:,}; the file is damaged") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte order mark: mostly-ASCII text has its NULs all on one side."""
    if len(data) % 2 or data.count(0) < len(data) // 4:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd and not even:
        return "utf-16-le"
    if even and not odd:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (damaged), as opposed to another encoding altogether."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for _ in _NON_ASCII_VALID.finditer(text))
    return good >= 4 and good >= 2 * bad


def _western(text: str) -> bool:
    letters = sum(1 for _ in _LETTER.finditer(text))
    other = sum(1 for _ in _NON_ASCII.finditer(text))
    latin = sum(1 for _ in _LATIN.finditer(text))
    return 0 < other <= 0.3 * max(letters, 1) and latin >= 0.9 * other


def _japanese_score(text: str) -> float:
    """Share of non-ASCII letters that are common Japanese script (kana, kanji, CJK punctuation)."""
    letters = sum(1 for _ in _NON_ASCII.finditer(text))
    if not letters:
        return 1.0 if text.isascii() else 0.0
    return sum(1 for _ in _JA.finditer(text)) / letters


# --- PDF -----------------------------------------------------------------------------------


def read_pdf(data: bytes, limits: Limits) -> tuple[str, list[tuple[int, int]]]:
    """Page texts joined by form feeds; pages whose text layer is garbage count as empty."""
    if b"%PDF-" not in data[:1024]:
        what = next((d for magic, d in _MAGIC if data.startswith(magic)), None)
        if what is None and data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
            what = "an HTML page"
        raise IngestError(
            "not_pdf", f"named .pdf but is {what}" if what else "named .pdf but is not a PDF (no %PDF header)"
        )
    if b"%%EOF" not in data[-2048:]:
        raise IngestError(
            "truncated_pdf", "the PDF is cut off (no end-of-file marker): an incomplete download or copy"
        )
    import pdfplumber

    parts: list[str] = []
    chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = pdf.pages
            if not pages:
                raise IngestError("corrupt_pdf", "the PDF is damaged: it has no pages that can be read")
            if len(pages) > limits.max_pages:
                raise IngestError(
                    "too_large", f"the PDF has {len(pages):,} pages, over the limit of {limits.max_pages:,}"
                )
            for page in pages:
                part = clean_page_text(page.extract_text() or "")
                chars += len(part) + 1
                if chars > limits.max_chars:
                    raise IngestError(
                        "too_large", f"the PDF's text is over the limit of {limits.max_chars:,} characters"
                    )
                parts.append(part)
                page.flush_cache()
    except IngestError:
        raise
    except Exception as e:  # pdfminer raises many types for damaged files; pdfplumber wraps them
        raise _pdf_error(e) from None
    if not any(p.strip() for p in parts):
        raise IngestError(
            "needs_ocr",
            f"no text layer on any of its {len(parts)} page(s): a scanned or image-only PDF that needs OCR",
        )
    pages_at: list[tuple[int, int]] = []
    pos = 0
    for i, part in enumerate(parts):
        if i:
            pos += len(PAGE_BREAK)
        pages_at.append((pos, pos + len(part)))
        pos += len(part)
    return PAGE_BREAK.join(parts), pages_at


def _pdf_error(e: Exception) -> BaseException:
    """The IngestError for a parser exception; resource errors pass through unchanged."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    inner = e
    while (
        type(inner).__name__ == "PdfminerException"
        and inner.args
        and isinstance(inner.args[0], BaseException)
    ):
        inner = inner.args[0]
    if isinstance(inner, MemoryError | RecursionError):
        return inner
    if isinstance(inner, PDFPasswordIncorrect):
        return IngestError("encrypted", "the PDF is encrypted and needs a password to open")
    if isinstance(inner, PDFEncryptionError) or "Encrypt" in type(inner).__name__:
        return IngestError("encrypted", f"the PDF is encrypted in a way that cannot be opened ({inner})"[:300])
    detail = f"{type(inner).__name__}: {inner}" if str(inner) else type(inner).__name__
    return IngestError("corrupt_pdf", f"the PDF is damaged and cannot be read ({detail})"[:300])


def clean_page_text(text: str) -> str:
    """Blank a page whose text is mostly undecodable glyphs (broken ToUnicode maps)."""
    text = _SURROGATE.sub("\ufffd", text)
    visible = len(_SPACE.sub("", text))
    if visible == 0:
        return ""
    garbage = sum(len(m.group()) for m in _GARBAGE.finditer(text))
    return "" if garbage > 0.2 * visible else text
