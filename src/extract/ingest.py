"""Ingest: bytes on disk to decoded text with page boundaries, or a clear error.

Every failure is an :class:`IngestError` with a stable ``code`` so that an archivist can
sort a batch's failures without reading tracebacks.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED = {".txt": "txt", ".md": "md", ".markdown": "md", ".pdf": "pdf"}

# A PDF page whose text is mostly these is a broken font mapping, not text.
_GARBAGE = re.compile(r"[\ufffd\ue000-\uf8ff]|\(cid:\d+\)")
PAGE_BREAK = "\f"


class IngestError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Limits:
    """Per-document limits; enforced here (size) and by the batch runner (time, memory)."""

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
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_path(path: Path) -> str:
    """Return the format of a readable regular file, or raise why it cannot be read."""
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except (FileNotFoundError, RuntimeError, OSError) as e:
            kind = "a symlink loop" if isinstance(e, RuntimeError) or "loop" in str(e).lower() else "a dangling symlink"
            raise IngestError("bad_link", f"{kind}; the link target cannot be opened") from None
    if not path.exists():
        raise IngestError("not_found", "file not found")
    if not path.is_file():
        raise IngestError("not_a_file", "not a regular file")
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(
            "unsupported_format",
            f"unsupported file type '{path.suffix or '(none)'}'; supported: .txt, .md, .pdf",
        )
    if not os.access(path, os.R_OK):
        raise IngestError("unreadable", "permission denied: the file cannot be read")
    return fmt


def ingest(path: Path, limits: Limits | None = None) -> Ingested:
    limits = limits or Limits()
    fmt = check_path(path)
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise IngestError(
            "too_large", f"file is {size:,} bytes, over the limit of {limits.max_bytes:,}"
        )
    try:
        data = path.read_bytes()
    except PermissionError:
        raise IngestError("unreadable", "permission denied: the file cannot be read") from None
    except OSError as e:
        raise IngestError("unreadable", f"the file cannot be read: {e.strerror or e}") from None
    digest = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        text, pages = read_pdf(path, data, limits)
        return Ingested(path, fmt, digest, size, text, None, pages)
    text, encoding = decode(data)
    if len(text) > limits.max_chars:
        raise IngestError(
            "too_large", f"text has {len(text):,} characters, over the limit of {limits.max_chars:,}"
        )
    return Ingested(path, fmt, digest, size, text, encoding, [])


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes, detecting the encoding; line ends become ``\\n``."""
    if not data.strip():
        raise IngestError("empty", "the file is empty" if not data else "the file holds only white space")
    text, encoding = _decode(data)
    if not text.strip():
        raise IngestError("empty", "the file holds only white space")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = sum(1 for c in text if (c < " " and c not in "\n\t\f") or c == "\ufffd")
    if "\x00" in text or bad > max(8, len(text) // 100):
        raise IngestError(
            "binary", "the file looks binary (control characters or NUL bytes), not text"
        )
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", "utf-16")
    if b"\x00" in data:
        raise IngestError("binary", "the file contains NUL bytes: it is binary, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
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
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None or match.encoding is None:
        raise IngestError(
            "undecodable", "the text encoding could not be detected (not UTF-8, Shift_JIS or EUC-JP)"
        )
    return str(match), match.encoding


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as e:
        raise IngestError("undecodable", f"invalid {name} text at byte {e.start}") from None


_JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]")


def _japanese_score(text: str) -> float:
    """Share of characters that are common Japanese script (kana, kanji, CJK punctuation)."""
    letters = [c for c in text if not c.isspace() and not c.isascii()]
    if not letters:
        return 1.0 if text.isascii() else 0.0
    return len(_JA.findall("".join(letters))) / len(letters)


def read_pdf(path: Path, data: bytes, limits: Limits) -> tuple[str, list[tuple[int, int]]]:
    """Page texts joined by form feeds; pages whose text layer is garbage count as empty."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise IngestError("not_pdf", "named .pdf but is not a PDF (no %PDF header)")
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    parts: list[str] = []
    try:
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) > limits.max_pages:
                raise IngestError(
                    "too_large", f"{len(pdf.pages)} pages, over the limit of {limits.max_pages}"
                )
            for page in pdf.pages:
                parts.append(clean_page_text(page.extract_text() or ""))
                page.flush_cache()
    except IngestError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise IngestError("encrypted", "the PDF is encrypted and needs a password") from None
    except PDFSyntaxError as e:
        raise IngestError("corrupt_pdf", f"the PDF is damaged and cannot be parsed ({e})") from None
    except Exception as e:  # pdfminer raises many types for damaged files
        name = type(e).__name__
        if "Password" in name or "Encrypt" in name:
            raise IngestError("encrypted", "the PDF is encrypted and needs a password") from None
        raise IngestError(
            "corrupt_pdf", f"the PDF is damaged and cannot be read ({name}: {e})"[:300]
        ) from None
    if not any(p.strip() for p in parts):
        raise IngestError(
            "needs_ocr",
            f"no usable text layer on any of {len(parts)} page(s): a scanned or image-only PDF that needs OCR",
        )
    pages: list[tuple[int, int]] = []
    pos = 0
    for i, part in enumerate(parts):
        if i:
            pos += len(PAGE_BREAK)
        pages.append((pos, pos + len(part)))
        pos += len(part)
    return PAGE_BREAK.join(parts), pages


def clean_page_text(text: str) -> str:
    """Blank a page whose text is mostly undecodable glyphs (broken ToUnicode maps)."""
    visible = len(text) - sum(c.isspace() for c in text)
    if visible == 0:
        return ""
    garbage = sum(len(m.group()) for m in _GARBAGE.finditer(text))
    return "" if garbage > 0.2 * visible else text
