"""Tokenise: a real spaCy ``Doc`` per document, from blank languages only (no model download).

Japanese goes through fugashi + unidic-lite wrapped as a spaCy tokenizer (as
``spacy/lang/ja`` wraps SudachiPy): every token carries UniDic's part of speech in ``tag_``
(``名詞-固有名詞-地名-一般``), a coarse UD ``pos_``, the lemma, and the reading in ``morph``.
English uses spaCy's own rule-based English tokenizer.
"""

from __future__ import annotations

from functools import cache

import numpy
import spacy
from spacy.attrs import LEMMA, MORPH, ORTH, POS, TAG
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

# UniDic pos1 (and pos2 where it matters) to Universal Dependencies tags.
_UD = {
    "名詞": "NOUN",
    "代名詞": "PRON",
    "動詞": "VERB",
    "形容詞": "ADJ",
    "形状詞": "ADJ",
    "連体詞": "DET",
    "副詞": "ADV",
    "接続詞": "CCONJ",
    "感動詞": "INTJ",
    "助詞": "ADP",
    "助動詞": "AUX",
    "接頭辞": "NOUN",
    "接尾辞": "NOUN",
    "補助記号": "PUNCT",
    "記号": "SYM",
    "空白": "SPACE",
}


class FugashiTokenizer:
    """Callable spaCy tokenizer over fugashi (MeCab) with the unidic-lite dictionary.

    The analysis of a dictionary entry (tag, UD pos, lemma, reading) is computed once per
    distinct MeCab feature string and kept as StringStore hashes, so each token costs a dict
    lookup; the attributes are written into the Doc in one ``from_array`` call.
    """

    def __init__(self, vocab: Vocab):
        import fugashi

        self.vocab = vocab
        self.tagger = fugashi.Tagger()
        self._entries: dict[str, tuple[int, int, int, int]] = {}
        self._space = self._entry("空白", "SPACE", None, "")

    def _entry(self, tag: str, pos: str, lemma: str | None, reading: str) -> tuple[int, int, int, int]:
        strings = self.vocab.strings
        morph = self.vocab.morphology.add(f"Reading={reading}") if reading else 0
        return (strings.add(tag), IDS[pos], strings.add(lemma) if lemma else 0, morph)

    def _analyse(self, node) -> tuple[int, int, int, int]:
        raw = node.feature_raw
        entry = self._entries.get(raw)
        if entry is None:
            f = node.feature
            tag = "-".join(p for p in (f.pos1, f.pos2, f.pos3, f.pos4) if p and p != "*")
            lemma = getattr(f, "lemma", None)
            if lemma and "-" in lemma and lemma.split("-", 1)[1].isascii():
                lemma = lemma.split("-", 1)[0]  # UniDic glosses: アジア-Asia
            kana = getattr(f, "kana", None)
            entry = self._entry(
                tag,
                "SPACE" if tag == "空白" else _UD.get(tag.split("-", 1)[0], "X"),
                lemma if lemma and lemma != "*" else None,
                kana if kana and kana != "*" else "",
            )
            self._entries[raw] = entry
        return entry

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        rows: list[tuple[int, int, int, int]] = []
        pos = 0
        for line_start, line in _lines(text):
            if line_start > pos:
                _gap(text[pos:line_start], words, spaces, rows, self._space)
            at = line_start
            for node in self.tagger(line):
                surface = node.surface
                if not text.startswith(surface, at):  # white space MeCab skipped (or anything it did not echo)
                    found = text.find(surface, at)
                    if found < 0:
                        continue
                    _gap(text[at:found], words, spaces, rows, self._space)
                    at = found
                words.append(surface)
                spaces.append(False)
                rows.append(self._analyse(node))
                at += len(surface)
            pos = at
        if pos < len(text):
            _gap(text[pos:], words, spaces, rows, self._space)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if rows:
            arr = numpy.array(rows, dtype="uint64")
            lemma = arr[:, 2]
            missing = lemma == 0  # unknown words: the lemma is the word itself
            if missing.any():
                orth = doc.to_array([ORTH])
                lemma[missing] = orth[missing]
            doc.from_array([TAG, POS, LEMMA, MORPH], arr)
        return doc

    def to_disk(self, path, **kwargs):  # pragma: no cover - spaCy serialisation protocol
        pass

    def from_disk(self, path, **kwargs):  # pragma: no cover
        return self


def _lines(text: str):
    """MeCab works line by line; yield each line with its offset."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, line
        start += len(line) + 1


def _gap(gap: str, words, spaces, rows, space_entry) -> None:
    """Text MeCab skipped is white space: a trailing space, or a whitespace token."""
    if words and not spaces[-1] and gap.startswith(" "):
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
        rows.append(space_entry)


@registry.tokenizers("extract.fugashi_tokenizer.v1")
def create_fugashi_tokenizer():
    def create(nlp):
        return FugashiTokenizer(nlp.vocab)

    return create


@cache
def nlp_for(lang: str) -> spacy.language.Language:
    """One blank pipeline per language and process."""
    if lang == "ja":
        return spacy.blank(
            "ja", config={"nlp": {"tokenizer": {"@tokenizers": "extract.fugashi_tokenizer.v1"}}}
        )
    return spacy.blank("en")


def tokenise(text: str, lang: str) -> Doc:
    return nlp_for(lang).make_doc(text)
