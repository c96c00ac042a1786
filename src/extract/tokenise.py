"""Tokenise: a real spaCy ``Doc`` per document, from blank languages only (no model download).

Japanese goes through fugashi + unidic-lite wrapped as a spaCy tokenizer (as
``spacy/lang/ja`` wraps SudachiPy): every token carries UniDic's part of speech in ``tag_``
(``名詞-固有名詞-地名-一般``), a coarse UD ``pos_``, the lemma, and the reading in ``morph``.
English uses spaCy's own rule-based English tokenizer.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
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
    """Callable spaCy tokenizer over fugashi (MeCab) with the unidic-lite dictionary."""

    def __init__(self, vocab: Vocab):
        import fugashi

        self.vocab = vocab
        self.tagger = fugashi.Tagger()

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        lemmas: list[str] = []
        readings: list[str] = []
        pos = 0
        for line_start, line in _lines(text):
            for node in self.tagger(line):
                surface = node.surface
                at = text.find(surface, pos)
                if at < 0:  # MeCab never invents text; keep going defensively
                    continue
                if at > pos:
                    _gap(text[pos:at], words, spaces, tags, lemmas, readings)
                f = node.feature
                words.append(surface)
                spaces.append(False)
                tags.append("-".join(p for p in (f.pos1, f.pos2, f.pos3, f.pos4) if p and p != "*"))
                lemma = getattr(f, "lemma", None)
                lemmas.append(lemma if lemma and lemma != "*" else surface)
                kana = getattr(f, "kana", None)
                readings.append(kana if kana and kana != "*" else "")
                pos = at + len(surface)
        if pos < len(text):
            _gap(text[pos:], words, spaces, tags, lemmas, readings)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for tok, tag, lemma, reading in zip(doc, tags, lemmas, readings, strict=True):
            tok.tag_ = tag
            tok.pos_ = "SPACE" if tag == "空白" else _UD.get(tag.split("-", 1)[0], "X")
            tok.lemma_ = lemma
            if reading:
                tok.set_morph(f"Reading={reading}")
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


def _gap(gap: str, words, spaces, tags, lemmas, readings) -> None:
    """Text MeCab skipped is white space: a trailing space, or a whitespace token."""
    if gap == " " and words and not spaces[-1]:
        spaces[-1] = True
        return
    if words and not spaces[-1] and gap.startswith(" "):
        spaces[-1] = True
        gap = gap[1:]
        if not gap:
            return
    words.append(gap)
    spaces.append(False)
    tags.append("空白")
    lemmas.append(gap)
    readings.append("")


@registry.tokenizers("extract.fugashi_tokenizer.v1")
def create_fugashi_tokenizer():
    def create(nlp):
        return FugashiTokenizer(nlp.vocab)

    return create


@lru_cache(maxsize=None)
def nlp_for(lang: str) -> spacy.language.Language:
    """One blank pipeline per language and process."""
    if lang == "ja":
        return spacy.blank(
            "ja", config={"nlp": {"tokenizer": {"@tokenizers": "extract.fugashi_tokenizer.v1"}}}
        )
    return spacy.blank("en")


def tokenise(text: str, lang: str) -> Doc:
    return nlp_for(lang).make_doc(text)
