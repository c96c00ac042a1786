"""Ingest on hostile and awkward files: every bad file is a clear error, every odd but valid
file a normal text. All fixtures are generated here (PDFs by ``make_pdf`` in conftest)."""

from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

import pytest

from extract.ingest import IngestError, Limits, ingest

JA = "令和7年4月1日、横浜市で国際会議が開かれ、約2,000名が参加した。\n会場はパシフィコ横浜です。\n"
EN = "On 1 April 2025, about 2,000 delegates met in Yokohama, Japan.\nThe venue was Pacifico.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def error_of(path: Path, limits: Limits | None = None) -> IngestError:
    with pytest.raises(IngestError) as info:
        ingest(path, limits)
    assert info.value.message and "\n" not in info.value.message  # one line for a person
    return info.value


# --- awkward but valid: normal text --------------------------------------------------------

VALID_TEXT = [
    ("utf8.txt", JA.encode("utf-8"), JA, "utf-8"),
    ("utf8-bom.txt", b"\xef\xbb\xbf" + JA.encode("utf-8"), JA, "utf-8-sig"),
    ("sjis.txt", JA.encode("shift_jis"), JA, "cp932"),
    ("cp932-ext.txt", "①髙橋～NEC".encode("cp932") + b"\n", "①髙橋～NEC\n", "cp932"),
    ("eucjp.txt", JA.encode("euc_jp"), JA, "euc_jp"),
    ("utf16le-bom.txt", JA.encode("utf-16"), JA, "utf-16"),
    ("utf16be-bom.txt", b"\xfe\xff" + JA.encode("utf-16-be"), JA, "utf-16"),
    ("utf16le-nobom.txt", EN.encode("utf-16-le"), EN, "utf-16-le"),
    ("crlf.txt", JA.replace("\n", "\r\n").encode("utf-8"), JA, "utf-8"),
    ("cr.txt", EN.replace("\n", "\r").encode("utf-8"), EN, "utf-8"),
    ("ascii.md", EN.encode("ascii"), EN, "utf-8"),
    ("upper.TXT", EN.encode("ascii"), EN, "utf-8"),
]


@pytest.mark.parametrize("name, data, text, encoding", VALID_TEXT, ids=[v[0] for v in VALID_TEXT])
def test_awkward_text_files_decode_to_the_same_text(tmp_path, name, data, text, encoding):
    src = ingest(write(tmp_path, name, data))
    assert src.text == text
    assert src.encoding == encoding
    assert src.size == len(data)


def test_western_single_byte_text_is_read_not_refused(tmp_path):
    text = ("The Café de Flore hosted the délégation from Kōbe. " * 4).replace("ō", "o")
    src = ingest(write(tmp_path, "cp1252.txt", text.encode("cp1252")))
    assert "Café de Flore" in src.text and "délégation" in src.text


# --- bad text: errors ----------------------------------------------------------------------

BAD_TEXT = [
    ("empty.txt", b"", "empty", "empty"),
    ("spaces.txt", b"  \n\t\r\n  ", "empty", "white space"),
    ("ideographic-spaces.txt", "\u3000\u3000\n".encode(), "empty", "white space"),
    ("bom-only.txt", b"\xef\xbb\xbf\n", "empty", "white space"),
    ("nul.txt", b"Tokyo\x00\x00 2025\n" * 3, "binary", "NUL"),
    ("junk.txt", random.Random(6).randbytes(4096), "binary", "binary"),
    ("controls.txt", bytes(range(1, 32)) * 40, "binary", "control characters"),
    ("bad-utf8.txt", JA.encode()[:30] + b"\xff" + JA.encode()[30:], "undecodable", "byte 30"),
    ("cut-utf8.txt", JA.encode()[:-2], "undecodable", "truncated"),
    ("bad-bom8.txt", b"\xef\xbb\xbf" + JA.encode()[:10] + b"\xc0\xaf", "undecodable", "utf-8"),
    ("bad-utf16.txt", b"\xff\xfe" + "東京".encode("utf-16-le") + b"\x00\xd8", "undecodable", "utf-16"),
]


@pytest.mark.parametrize("name, data, code, words", BAD_TEXT, ids=[b[0] for b in BAD_TEXT])
def test_bad_text_files_are_named_errors(tmp_path, name, data, code, words):
    e = error_of(write(tmp_path, name, data))
    assert e.code == code
    assert words.lower() in e.message.lower()


# --- PDFs ----------------------------------------------------------------------------------


def test_pdf_pages_and_text(tmp_path, make_pdf):
    src = ingest(write(tmp_path, "a.pdf", make_pdf(["Yokohama, 1 April 2025", JA.strip()])))
    assert src.format == "pdf" and src.encoding is None
    assert src.text.split("\f") == ["Yokohama, 1 April 2025", JA.strip()]
    assert [src.text[a:b] for a, b in src.pages] == src.text.split("\f")


def test_many_page_pdf_keeps_every_page(tmp_path, make_pdf):
    pages = [f"Page {i} of the Kyoto report" for i in range(1, 401)]
    src = ingest(write(tmp_path, "long.pdf", make_pdf(pages, compress=True)))
    assert len(src.pages) == 400
    assert src.text[slice(*src.pages[399])] == "Page 400 of the Kyoto report"


def test_pdf_with_empty_user_password_opens_like_any_viewer(tmp_path, make_pdf):
    src = ingest(write(tmp_path, "restricted.pdf", make_pdf([JA.strip()], encrypt="restricted")))
    assert src.text == JA.strip()


def test_pdf_header_after_leading_junk_is_still_a_pdf(tmp_path, make_pdf):
    src = ingest(write(tmp_path, "junk-first.pdf", b"\r\n  " + make_pdf(["Osaka"])))
    assert src.text == "Osaka"


def _zip_bytes(tmp_path: Path) -> bytes:
    z = tmp_path / "x.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("word/document.xml", "<w:document/>")
    return z.read_bytes()


def test_bad_pdfs_are_named_errors(tmp_path, make_pdf):
    good = make_pdf(["Hello Nagoya"] * 3)
    cases = {
        "password.pdf": (make_pdf(["Secret"], encrypt="password"), "encrypted", "password"),
        "scan.pdf": (make_pdf(["", ""], image_only=True), "needs_ocr", "OCR"),
        "half.pdf": (good[: len(good) // 2], "truncated_pdf", "cut off"),
        "no-eof.pdf": (good[:-7], "truncated_pdf", "cut off"),
        "junk-inside.pdf": (
            b"%PDF-1.4\n" + random.Random(1).randbytes(3000) + b"\n%%EOF\n", "corrupt_pdf", "damaged",
        ),
        "no-pages.pdf": (
            b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            b"trailer << /Root 1 0 R >>\n%%EOF\n",
            "corrupt_pdf", "no pages",
        ),
        "text.pdf": (EN.encode(), "not_pdf", "not a PDF"),
        "docx.pdf": (_zip_bytes(tmp_path), "not_pdf", "ZIP"),
        "image.pdf": (b"\x89PNG\r\n\x1a\n" + bytes(100), "not_pdf", "PNG"),
        "empty.pdf": (b"", "not_pdf", "not a PDF"),
    }
    for name, (data, code, words) in cases.items():
        e = error_of(write(tmp_path, name, data))
        assert (name, e.code) == (name, code), e.message
        assert words.lower() in e.message.lower(), (name, e.message)


# --- limits and paths ----------------------------------------------------------------------


def test_size_and_page_limits(tmp_path, make_pdf):
    big = write(tmp_path, "big.txt", b"Tokyo " * 1000)
    e = error_of(big, Limits(max_bytes=1000))
    assert e.code == "too_large" and "--max-mb" in e.message
    pdf = write(tmp_path, "pages.pdf", make_pdf(["a"] * 5))
    assert error_of(pdf, Limits(max_pages=4)).code == "too_large"
    assert error_of(big, Limits(max_chars=100)).code == "too_large"
    assert ingest(big, Limits(max_bytes=6000)).text.startswith("Tokyo")  # at the limit: fine


def test_paths_that_are_not_readable_documents(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")  # must not block
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "loop-b.txt", tmp_path / "loop-a.txt")
    os.symlink(tmp_path / "loop-a.txt", tmp_path / "loop-b.txt")
    write(tmp_path, "report.docx", b"PK\x03\x04")
    write(tmp_path, "noext", b"Tokyo")
    expected = {
        "folder.txt": ("not_a_file", "folder"),
        "pipe.txt": ("not_a_file", "pipe"),
        "dangling.txt": ("bad_link", "dangling"),
        "loop-a.txt": ("bad_link", "loop"),
        "report.docx": ("unsupported_format", ".docx"),
        "noext": ("unsupported_format", "no extension"),
        "absent.txt": ("not_found", "not found"),
    }
    for name, (code, words) in expected.items():
        e = error_of(tmp_path / name)
        assert (name, e.code) == (name, code)
        assert words in e.message


def test_symlink_to_a_good_file_is_followed(tmp_path):
    target = write(tmp_path, "real.txt", EN.encode())
    os.symlink(target, tmp_path / "link.txt")
    assert ingest(tmp_path / "link.txt").text == EN


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    p = write(tmp_path, "secret.txt", EN.encode())
    p.chmod(0)
    try:
        assert error_of(p).code == "unreadable"
    finally:
        p.chmod(0o644)
