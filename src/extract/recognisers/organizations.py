"""Organisations: ministries, bureaus, international bodies, networks, companies, universities.

One mechanism for both languages; only the language data differ (``data/ja|en/
organizations.json``). The text is cut into *units* — UniDic tokens for Japanese, words for
English and for Latin script inside Japanese — and the units into *parts*: runs of name-like
units, cut at job titles (市長, CEO) and at coordination between two names. A part names a
body when it holds a *head* (省, 課, 銀行, Foundation, Ministry of …) with a naming word
before it or a complement after it. Heads come in tiers: some accept any naming word
(国際局, Clean Energy Task Force), some need a proper name (函館事務所, 清水建設), and weak
ones (…センター, … Partners) need corroboration. An event, programme, prize or venue word
after a head means the body is only part of another name (WRI Ross Center Prize). Well-known
bodies (``data/organizations.json``) are matched whole and carry their canonical English name.

What belongs to a name: a legal form before or after it (一般社団法人○○, ○○(株), (株)○○△△工場
— a branch head continues a company), a location prefix of a division (本庁観光課), a nested
"X of the Y" (Board of Governors of the Asian Development Bank), a lowercase brand word before
a head (the carbonn Center). Associations are also named by a genitive (くらしき防災士の会) or
a clause (倉敷の未来を応援する会; …を祝う会 is a gathering). Names coordinated before one
shared head (市内5大学（A・B・C大学）) are that many bodies, each given as written.

The document is then read as a whole: an acronym or English name in brackets after a name is
linked to it and recognised elsewhere (アジア開発銀行（ADB）); weak and head-less names are
confirmed by what the document says around them — a label (主催：, 提案団体：, Organised by,
Contact:), a context cue (○○に入社, ○○の社長, 対○○戦, CEO of …), an apposition (``Neology is
a clean technology startup``), a bracketed acronym, a known body inside them, a list of bodies
around them or an affiliation line (``Jane Doe, Piedmont Natural Gas``). An acronym before a
report or index names its maker (the EIU Global Liveability Index).

Speed: per-process tables (rules, prefix sets of the word tables, token classes) are built
once; Japanese units come from the token arrays, not from spaCy Token objects; labels are
looked for only where one can end; chunks of common nouns without a head word are skipped.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..document import Candidate, Document
from ..normalise import view_spelling, wrap_width
from ..resources import load_json, load_words
from . import line_opening, register
from .counts import LATIN_WORD, title_case_words, title_small_words
from .numbers import words as number_words

NAME, CONN, COORD, SPLIT, BREAK = range(5)

_KATA = "\u30a1-\u30fa\u30fc\u30fd\u30fe"
_LATIN = "A-Za-z0-9\u00c0-\u024f"
_JA_LETTER = re.compile(r"[\u30a1-\u30ff\u3400-\u9fff]")
_LATIN_CH = re.compile(rf"[{_LATIN}]")
_KATA_CH = re.compile(rf"[{_KATA}]")
_KANJI_EDGE = re.compile(r"[\u3400-\u9fff]")
_IS_KATA = re.compile(rf"[{_KATA}・]+")
_IS_LATIN = re.compile(rf"[{_LATIN}][{_LATIN}.&'’-]*")
_EN_TOKEN = re.compile(
    rf"(?P<word>(?:[A-Za-z]\.){{2,}}(?:-[{_LATIN}]+)*|[{_LATIN}]+(?:[-'’&][{_LATIN}]+)*\.?)"
    r"|(?P<amp>&)|(?P<comma>,)|(?P<slash>/)|(?P<nl>\n)|(?P<other>\S)"
)
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&.'’ -]*")
_HOLDER_AFTER_BODY = re.compile(r"\b([A-Z][a-z]+) ((?:[A-Z][a-zà-ÿ'’-]+ )?[A-Z][a-zà-ÿ'’-]+ [A-Z][a-zà-ÿ'’-]+)")
_HOLDER_AFTER_PLURAL = re.compile(r"\b([A-Z][a-z]+s) ((?:[A-Z][a-zà-ÿ'’-]+ ){1,2}[A-Z][a-zà-ÿ'’-]+)")
_HYPHEN_ACRONYM = re.compile(r"-[A-Z][A-Z0-9]{1,9}(?![A-Za-z0-9-])")
_LATIN_STRETCH = re.compile(rf"[{_LATIN}][{_LATIN} \t\n'’.,&/-]*")
_BRACKET = re.compile(r"[ \t]?[(（][ \t]*([^()（）\n]{1,80}?)[ \t]*[)）]")
_BRACKET_PART = re.compile(r"[:：;；、]|[ \t]+[–—-][ \t]+")  # (ECAFE – renamed as ESCAP in 1974)
_ACRONYMISH = re.compile(rf"[{_LATIN}][{_LATIN}&.' -]*")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&-]{1,11}")
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&-]{1,11})\s?[(（]$")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_NUMBERED = re.compile(r"[ \t]?([0-9]{1,3})[ \t]*[(（][ \t]*[A-Z][A-Za-z&-]{1,10}?\1[ \t]*[)）]")
_ACRONYM_COUNTRY = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z]{1,9})[ \t]?[(（]([^()（）\n]{1,30})[)）]")
_HEADING = re.compile(r"^[ \t]*[(（]([^()（）\n]{1,40})[)）][ \t]*$", re.M)
_CODE_AFTER = re.compile(r"[-_/][0-9]")
_CODE_BEFORE = re.compile(r"[0-9][-_/]$")
_CONTINUED = re.compile(r"[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?[A-Z]")
_KANA_WORD_AFTER = re.compile(r"([\u30a1-\u30fa\u30fc]{2,}(?:・[\u30a1-\u30fa\u30fc]{2,})*)(?=[\u3041-\u3093、。,.\s)）」』・]|$)")
_NUMBER = re.compile(r"[0-9〇一二三四五六七八九十百千]+")
_PART_LETTER = re.compile(r"[A-ZⅠ-Ⅻ]{1,3}")  # 第Ⅱ部, 第T部: a part numbered by a Roman numeral
_KANJI_NUMERAL = re.compile(r"[一二三四五六七八九十百]{2,}")  # (五銀行: five banks)
_DIGITS = re.compile(r"[0-9]+")  # (十勝, 九都県市, 六大学: kanji numerals open names)
_MARKUP_INSIDE = re.compile(r"<[A-Za-z/][^<>]*>")
_CONTINUED_LINE = re.compile(r"[ \t]*(?:of|for|on)[ \t]+(?:the[ \t]+)?[A-Z]")
_LIST_BREAK = re.compile(r"[.;:!?。\n]")
_PERSON_BRACKET = re.compile(
    r"(?<![A-Za-z])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s){1,2}(?:Mc|Mac|O['’]|De|Van|Le)?[A-Z][a-z][A-Za-z'’-]*)"
    r"[ \t]?\(([A-Z][\w&.'’-]*(?:[ \t][A-Z][\w&.'’-]*){0,4})\)"
)
_PERSON = re.compile(
    r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.\s)?(?:[A-Z]\.\s)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z]\.)?"
    r"\s(?:Mc|Mac|O['’]|De|Van|Le)?[A-Z][a-z][A-Za-z'’-]*,[ \t]"
)
_SEP = {
    "en": re.compile(
        r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+|['’]s\s+)(?:the\s+)?"
        r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s+)?"
    ),
    "ja": re.compile(r"\s*(?:[(（][^()（）\n]{0,80}[)）]\s*)?(?:、|,|，|・|および|及び|や|と|並びに|ならびに)\s*"),
}


@dataclass(slots=True)
class Unit:
    text: str
    start: int
    end: int
    kind: int
    proper: bool = False
    place: bool = False
    person: bool = False
    suffix: bool = False  # a Japanese suffix (接尾辞): 化, 生, 的 after a head end the body
    known: int = -1  # index into the known bodies, or -1
    poss: bool = False  # an English possessive followed: the part ends here
    legal: bool = False  # a legal form written as one unit: (株), ㈱
    brand: bool = False  # a lowercase brand-like word before a head: the carbonn Center
    glued: bool = False  # the view split a glued word here (CityNet → City Net)
    tag: str = ""  # UniDic part of speech (Japanese tokens)


@dataclass(slots=True)
class Name:
    """A name proposed from one part: ``ok``, ``weak`` (needs corroboration) or ``plain``
    (no head at all: an organisation only if the document says so)."""

    start: int
    end: int
    status: str
    rule: str


@dataclass(slots=True)
class Org:
    start: int
    end: int
    rule: str
    canonical: str | None = None
    acronym: str | None = None
    priority: int = 0


# The letters of a Japanese or Chinese name read on the text (schools, Chinese companies).
_JA_LETTERS = rf"\u3400-\u9fff々〆ヵヶ{_KATA}"


def _han_company_rx(d: dict) -> re.Pattern:
    """The run of letters (and bracketed words) from a break up to a Chinese legal form."""
    heads = _alternatives(d["heads"])
    return re.compile(rf"(?<![{_JA_LETTERS}])(?:[{_JA_LETTERS}]|{d['inner_bracket']}){{2,40}}?(?:{heads})")


def _forum_body_rx(d: dict) -> re.Pattern:
    """A post or organ, "of", then a capitalised name ending in a forum word: the forum is a body."""
    posts, heads = _alternatives(d["posts"]), _alternatives(d["heads"])
    return re.compile(rf"\b(?:{posts})[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][\w&'’.-]*[ \t]+){{1,5}}(?:{heads}))\b")


@dataclass(frozen=True)
class SchoolNames:
    """Full school heads (小学校, 高校) and what may stand before them: see ja/organizations.json."""

    rx: re.Pattern  # a run of kanji (and katakana) ending in a school head
    modifier: re.Pattern  # a run that names a school alone (南, 東部)
    leads: frozenset  # a direction before the proper name is part of it (南クリル)
    generic_ends: tuple  # 県立, 市内: a run ending so is no name

    @classmethod
    def of(cls, d: dict) -> SchoolNames:
        return cls(
            re.compile(rf"(?<![{_JA_LETTERS}])([{_JA_LETTERS}]{{1,12}}?)(?:{_alternatives(d['heads'])})(?!{d['not_after']})"),
            re.compile(d["modifier"]),
            frozenset(d.get("lead_modifiers", [])),
            tuple(d.get("generic_ends", [])),
        )


@dataclass(frozen=True)
class Rules:
    lang: str
    joiner: str
    heads: dict
    max_head: int
    inner_heads: tuple
    titles: frozenset
    stops: frozenset
    stop_endings: tuple
    generic: frozenset
    deictic: frozenset
    local_deictic: frozenset  # 県, 市: the prefecture or city the text is about (県酒造組合)
    role_words: frozenset
    facility_after: tuple
    origin_marks: frozenset  # 産: X産食品 is produce of X, not a company
    uppercase_keep: frozenset  # IT: an opening word in capitals that is an acronym, not a stripped word (It)
    relation_nouns: frozenset  # 加盟, 協定: ISEP加盟大学 is a member university, no body's name
    relation_heads: frozenset  # 大学, 校, 団体: the heads a relation noun makes a kind of (not 日中友好協会)
    campus_heads: tuple  # University of Missouri – St. Louis: a campus city after a dash
    royal_titles: frozenset  # King Edward Grammar School: a sovereign's title inside a body's name
    branch_after_acronym: re.Pattern | None  # 国際協力機構(JICA)筑波国際センター: an office after the acronym
    campus_ends: tuple  # California State University, Long Beach: a name whose campus city follows a comma
    concurrent_mark: str  # 兼: a post held together with the next (副会長兼…委員長)
    school_heads: tuple  # schools are named after places UniDic may read as surnames (安東大学校)
    named_kinds: tuple  # 国立大学, 女子大学: kinds of body that a proper word before makes a name
    governance_words: frozenset  # Executive Committee, Management Board: a standing organ by its role
    governance_heads: frozenset
    country_described: frozenset  # heads a country before a foreign name describes (英国ケンブリッジ大学)
    council_heads: frozenset
    council_posts: tuple
    kind_quoted: tuple
    city_event_heads: tuple
    anniversary_event: re.Pattern | None
    strip: frozenset
    non_heads: tuple
    territory_posts: re.Pattern | None
    portfolio_heads: frozenset
    apposition_after_words: tuple
    topic_connectors: frozenset
    town_after_heads: frozenset
    mission_heads: tuple
    field_labels: frozenset
    party_heads: frozenset
    visited_heads: frozenset  # 博物館, 美術館: a body, unless the text visits it (_visited)
    visited_after: re.Pattern
    visited_words: re.Pattern
    visited_before: re.Pattern
    place_heads: frozenset
    connectors: frozenset
    complement: frozenset
    complement_stop: frozenset
    coordinators: frozenset
    splitters: frozenset
    qualifiers: frozenset
    jurisdictions: frozenset
    legal_forms: tuple
    name_pos: tuple
    proper_pos: tuple
    place_pos: tuple
    person_pos: tuple
    break_words: frozenset
    host_words: frozenset  # 主催, 後援: a body hosts or supports what follows; the name ends before
    session_counters: frozenset
    group_words: tuple
    date_counters: frozenset
    legal_forms_set: frozenset
    legal_prefixes: frozenset
    legal_any: re.Pattern
    lead_forms: frozenset
    lead_form_particles: frozenset
    supporters_of: tuple
    duration_counters: tuple
    arm_suffixes: tuple
    acronym_kana_generic: frozenset
    compass_words: tuple
    landform_of_words: frozenset
    national_prefixes: frozenset
    topic_sections: tuple
    seat_heads: tuple
    seat_after: re.Pattern | None
    school_short: re.Pattern | None
    school_owners: tuple[str, ...]  # 県立, 市立: who runs a school, written before its name
    school_names: SchoolNames | None
    han_companies: re.Pattern | None
    quoted_names: dict | None
    forum_bodies: re.Pattern | None
    lower_councils: re.Pattern | None  # Oxford city council
    office_city_min_population: int  # JETRO Chicago: a known body's office in a city this large
    abbreviated_heads: frozenset
    station_heads: frozenset  # 局: a station where a broadcasting word stands before it
    programme_words: tuple  # 事業: a programme, whose funding body before it is named there
    area_words: frozenset  # District, Area: "Caerphilly and District" is one place in a name
    industry_heads: frozenset  # 産業: a company's head only after a proper name (岩谷産業, not IT産業)
    kind_heads: frozenset  # 協同組合: after common words only, a kind of body (農業協同組合)
    station_words: frozenset  # 放送, ラジオ, FM: the words that make 局 a station
    head_rx: re.Pattern
    label_non_items: frozenset
    people_nouns: tuple
    han_surnames: frozenset  # 朴, 崔: one-kanji surnames UniDic reads as common nouns
    legal_space: re.Pattern | None
    label_boundary: str
    label_triggers: re.Pattern | None
    label_phrases: dict
    label_phrase_end: re.Pattern | None
    short_heads: tuple
    context_suffixes: frozenset
    title_modifiers: frozenset
    known_generic_after: tuple
    compound_words: dict
    pair_body_words: tuple
    adverbial_name_words: frozenset
    honorifics: frozenset
    post_offices: frozenset
    city_gov_heads: frozenset
    city_gov_words: frozenset
    title_cue: re.Pattern | None
    post_of_cue: re.Pattern | None  # President of the …: a post, then the body it is held in
    function_ends: frozenset  # Affairs, Relations: words of what a post of a function (not of a body) is in charge of
    pair_network: tuple[str, re.Pattern] | None  # Sister Cities: a town's group, or a tie between towns
    head_title_cue: re.Pattern | None  # Director of X Division: X is a body when it has a head
    apposition_after: re.Pattern | None
    apposition_before: re.Pattern | None
    list_intro: re.Pattern | None  # "companies such as": every item of the list after it is a body
    list_outro: re.Pattern | None  # "… and other companies": every item of the list before it is
    legal_unit: re.Pattern | None
    kana_noun: re.Pattern | None  # がん: a noun in kana UniDic splits into a particle and a filler
    resplits: frozenset  # (大学, 院長): two tokens whose boundary moves one character right
    resplits_left: frozenset  # (党衆, 議院): two tokens whose boundary moves one character left
    status_marks: frozenset
    region_names: frozenset
    region_and_the: tuple  # Asia and the Pacific: regions whose name holds "and the"
    short_known_followers: tuple  # 議員, 教授: words a short known name (衆院, 東大) may be glued to
    carrier_leads: tuple  # Air: a word that names a carrier with a place's name (Air Canada)
    ticker: re.Pattern | None  # (NYSE: PFE): a listed company's ticker in brackets after its name
    bracket_roles: frozenset  # (Optical Dispenser): a job's last word in brackets after a person
    head_not_before: dict  # Metro -> station, mayor: followers that make a headed name no body
    forum_names: frozenset
    office_heads: str
    university_ends: tuple  # 大学: a university, which a faculty written after a space belongs to
    faculty_ends: tuple  # 学科: a department of a faculty, after it with a space
    venue_endings: tuple
    closing_words: tuple  # International: a word that closes a body's name after its own words
    common_acronyms: frozenset  # MOU, CEO: acronyms of English that name no body
    acronym_kind_nouns: frozenset  # standard, treaty: a common noun after an acronym that names a thing
    region_words: frozenset
    portfolio_heads_en: frozenset
    state_heads: frozenset
    of_not_naming: frozenset  # Centre of Town, Center of Excellence: "of" after these names nothing
    academic_heads_en: frozenset
    attributive_participles: frozenset
    word_coordinators: frozenset
    association_heads: frozenset  # 協会, 連盟: a name of two common words or more before them is a name
    loanword_heads: frozenset  # スクール: heads that common loanwords precede (サマースクール)
    place_named_heads: frozenset  # 鉄道: a place's name before it names the company
    association_kinds: frozenset  # 国際, 交流: words that name what any association does, not which
    legal_gathering_names: frozenset  # フォーラム: a gathering's word that closes a legal person's name
    territory_suffixes: str
    listed_place_suffixes: str  # 県, 市: places so written before ・ and a body of their own town
    genitive_heads: dict
    distributive: frozenset
    labels: re.Pattern | None
    field_lines: frozenset  # Date, Venue: a line of one field's name, never a wrapped name's end
    labels_spaced: re.Pattern | None
    heading_labels: re.Pattern | None  # 協賛 alone on its line, the block of names below it
    heading_block_stop: re.Pattern | None  # a line of prose or fields that ends such a block
    cue_after: re.Pattern | None
    credit_after: re.Pattern | None
    photo_credit: re.Pattern | None
    contact_label: re.Pattern | None
    cue_before: re.Pattern | None
    item_stop: re.Pattern | None
    org_nouns: tuple
    clause_heads: frozenset
    clause_particles: frozenset
    event_verbs: frozenset
    event_after: tuple
    katakana_heads: frozenset
    possessive_words: frozenset  # People's Government: a possessive inside a name
    saint_words: frozenset  # St., Saint: a saint's possessive after them stays inside a name
    office_holders: frozenset  # Mayor's Office of …: a post whose office is a body
    kind_of_school: re.Pattern | None  # the Korean School, Sunday School: a kind, no name
    plain_blockers: frozenset  # of, for, on: no plain name holds one
    country_pair: re.Pattern | None  # 日仏, 日中: countries of a friendship body
    faint_heads: frozenset
    suffix_ok: frozenset
    ordinal_heads: frozenset
    placed_ordinal_heads: frozenset  # 団: 茨城県第23団 under its place, never 第2団 alone
    numeral_name_heads: frozenset
    lowercase_suffixes: tuple
    common_words: frozenset  # ordinary words: never a brand before a head (a strong Council)
    report_words: tuple
    network_members: frozenset
    member_titles: frozenset
    treaties: frozenset
    description_before: re.Pattern | None
    end_followers: frozenset
    distributive_before: frozenset
    name_particles: frozenset
    caps_min_letters: int
    caps_short_min_letters: int
    caps_short_cue_after: re.Pattern | None
    section_heads: tuple
    quoted_event: re.Pattern | None
    gathering_words: tuple
    company_heads: tuple
    kind_adjectives: frozenset
    visit_verb_before: frozenset  # to, will: "Visit" after them is the verb, not Visit Seattle
    coined_heads: frozenset
    pair_named_heads: frozenset
    pair_kinds: frozenset
    tourism_stop: tuple
    arm_regions: frozenset
    edition_words: tuple
    gathering_heads: tuple
    post_room: str
    press_heads: frozenset  # a newspaper's last word: its name keeps "The" (The Denver Post)
    press_known_ends: tuple  # 毎日新聞: a known paper's name that a region's paper holds (信濃毎日新聞)
    press_followers: frozenset  # words after "… Press" that make it no paper (Press Release)
    press_heading_words: frozenset  # Latest News, City News: a page's heading, no paper
    press_body_words: frozenset  # WA Government News: a body's news page
    ministry_ends: str  # last characters of national ministries and agencies (省, 庁, 府)
    abbreviation: re.Pattern  # a word whose dot is its own (Inc., St., Ind.), no sentence end
    sentence_opens: re.Pattern  # a sentence's first word after such a dot: the dot ends it too
    closing_legal_forms: frozenset  # Ltd., Inc.: a company's name ends there
    abbreviations: frozenset  # Mr, Dr, Co: words written with a full stop
    listed_legal: re.Pattern | None  # Kone Oyj, Haleon plc: a legal form after a listed company's name
    name_particle: re.Pattern | None  # da Vinci: a person's name particle before a listed name
    possessive_name: re.Pattern | None  # Sotheby's has announced: a name whose 's no noun follows
    contraction_stems: frozenset  # It's, That's: a contraction, never a name's 's
    caps_cue_after: re.Pattern | None
    caps_cue_before: re.Pattern | None


@lru_cache(maxsize=2)
def rules(lang: str) -> Rules:
    """The language data, compiled once per process."""
    d = load_json(f"{lang}/organizations.json")
    heads: dict[str, str] = {}
    for tier, words in d["heads"].items():
        for w in words:
            heads.setdefault(w, tier)
    for w in d.get("section_heads", []):
        heads.setdefault(w, "weak")  # 部会: a body only as the section of one (see _validate)
    joiner = "" if lang == "ja" else " "
    org_nouns = "|".join(re.escape(w) for w in sorted(d.get("org_nouns", []), key=len, reverse=True))
    if d.get("sector_nouns"):
        sectors = "|".join(re.escape(w) for w in sorted(d["sector_nouns"], key=len, reverse=True))
        org_nouns = rf"(?!(?:the|a|an|and|or|of)\s)[a-z][\w-]*\s+(?:{sectors})|{org_nouns}"
    title_cue = head_title_cue = after = before = list_intro = list_outro = None
    ticker = _ticker_rx(d["stock_exchanges"]) if d.get("stock_exchanges") else None
    post_of_cue = None
    if lang == "en":
        titles = "|".join(re.escape(t) for t in sorted(d["org_titles"], key=len, reverse=True))
        title_cue = re.compile(rf"(?<![A-Za-z])(?:{titles})\s+(?:of|at)\s+(?:the\s+)?")
        head_titles = "|".join(re.escape(t) for t in sorted(d.get("head_titles", []), key=len, reverse=True))
        head_title_cue = re.compile(rf"(?<![A-Za-z])(?:{head_titles})\s+of\s+(?:the\s+)?") if head_titles else None
        posts = "|".join(re.escape(t) for t in sorted(d.get("post_of_titles", []), key=len, reverse=True))
        post_of_cue = re.compile(rf"(?<![A-Za-z-])(?:{posts})[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z0-9])") if posts else None
        n = int(d.get("appositive_max_words", 6))
        # (the words between describe the body: no verb or preposition runs through them, as
        # in "Thursday, the mayors meet with local authorities")
        after = re.compile(
            rf"(?:,\s+|\s+(?:is|was|has been|remains)\s+)(?:a|an|the)\s+"
            rf"(?:(?!(?:with|to|of|for|in|on|at|by|from|and|or|that|which|who|will|would|is|are|was|were|meet|met)\b)[\w’'-]+\s+){{0,{n}}}?"
            rf"(?:{org_nouns})\b"
        )
        before = re.compile(rf"(?<![A-Za-z])(?:{org_nouns})(?:[ \t]+|(?P<list>\s+(?:such as|including|like)\s+))$")
        # companies such as …; Exhibitors of the 2019 edition are …; Sponsors include …
        # (partners and members may be cities: only "such as" makes their list one of bodies)
        staff = "|".join(re.escape(w) for w in d.get("staff_of_bodies", []))
        such = "|".join(re.escape(w) for w in d.get("such_as_nouns", []))
        list_intro = re.compile(
            rf"(?<![A-Za-z])(?:(?i:{org_nouns}|{such}|exhibitors|sponsors|partners|members)(?:\s*[,–—-])?\s+"
            rf"(?:such as|including|like|among them|notably)|(?i:{org_nouns}|exhibitors|sponsors)"
            rf"\b[^.:;\n]{{0,40}}?\s(?:are|include|included|were)|(?i:{staff})\s+(?:from|of|at)"
            rf"|(?:(?i:{org_nouns}|exhibitors|sponsors)\b[^.:;\n]{{0,40}}?\s)?the likes of)\s*:?\s+(?:the\s+)?$"
        )
        # American Airlines, Cathay Bank, Trammell Crow and other companies: a list that closes so
        # …, East Riding Farm Services and Garth Partnership, companies working in …: so does an
        # apposition that names their kind
        list_outro = re.compile(
            rf",?\s+(?:and|or)\s+(?:many\s+|several\s+|some\s+)?other\s+(?i:{org_nouns})\b"
            rf"|,\s+(?:all\s+|both\s+)?(?i:{org_nouns})\s+(?:working|based|operating|that|which|who|from|in|with)\b"
        )
    elif d.get("appositive"):
        glue = "|".join(re.escape(w) for w in d["appositive"])
        before = re.compile(rf"(?:{org_nouns})(?:{glue})$")
    out = Rules(
        lang=lang,
        joiner=joiner,
        heads=heads,
        max_head=max((len(h.split()) if joiner else len(h)) for h in heads) if joiner else 4,
        inner_heads=tuple(sorted((h for h in heads if len(h) >= 2), key=len, reverse=True)) if lang == "ja" else (),
        titles=frozenset(d["titles"]),
        stops=frozenset(d["stop_words"]),
        stop_endings=tuple(w for w in d["stop_words"] if len(w) >= 2) if lang == "ja" else (),
        generic=frozenset(d["generic"]),
        deictic=frozenset(d.get("deictic", [])),
        local_deictic=frozenset(d.get("local_deictic", [])),
        role_words=frozenset(d.get("role_words", [])),
        facility_after=tuple(d.get("facility_after", [])),
        origin_marks=frozenset(d.get("origin_marks", [])),
        uppercase_keep=frozenset(d.get("uppercase_keep", [])),
        relation_nouns=frozenset(d.get("relation_nouns", [])),
        relation_heads=frozenset(d.get("relation_heads", [])),
        campus_heads=tuple(d.get("campus_heads", [])),
        royal_titles=frozenset(d.get("royal_titles", [])),
        branch_after_acronym=re.compile(
            r"(?:[(（][A-Za-z][A-Za-z&\-]{1,9}[)）]|[(（][ァ-ヿ]{2,8}[)）])"
            r"(?P<office>[一-鿿ァ-ヿー]{0,10}?(?:" + "|".join(map(re.escape, sorted(d["branch_offices"], key=len, reverse=True))) + r"))"
            r"(?![一-鿿ァ-ヿー])"
        )
        if d.get("branch_offices")
        else None,
        campus_ends=tuple(d.get("campus_ends", [])),
        concurrent_mark=d.get("concurrent_mark", ""),
        school_heads=tuple(d.get("school_heads", [])),
        named_kinds=tuple(sorted(d.get("named_kinds", []), key=len, reverse=True)),
        governance_words=frozenset(d.get("governance", {}).get("words", [])),
        governance_heads=frozenset(d.get("governance", {}).get("heads", [])),
        country_described=frozenset(d.get("country_described", [])),
        council_heads=frozenset(d.get("council_heads", [])),
        council_posts=tuple(d.get("council_posts", [])),
        kind_quoted=tuple(d.get("kind_quoted", [])),
        city_event_heads=tuple(d.get("city_event_heads", [])),
        anniversary_event=re.compile(d["anniversary_event"]) if d.get("anniversary_event") else None,
        strip=frozenset(d["strip_leading"]),
        non_heads=tuple(sorted(d.get("non_heads", []), key=len, reverse=True)),
        territory_posts=re.compile(d["territory_posts"]) if d.get("territory_posts") else None,
        portfolio_heads=frozenset(d.get("portfolio_heads", [])),
        apposition_after_words=tuple(d.get("apposition_after_words", [])),
        topic_connectors=frozenset(d.get("topic_connectors", [])),
        town_after_heads=frozenset(d.get("town_after_heads", [])),
        mission_heads=tuple(d.get("mission_heads", [])),
        field_labels=frozenset(d.get("field_labels", [])),
        party_heads=frozenset(d.get("party_heads", [])),
        visited_heads=frozenset(d.get("visited", {}).get("heads", [])),
        visited_after=re.compile(d.get("visited", {}).get("after", "(?!)")),
        visited_words=re.compile(d.get("visited", {}).get("words", "(?!)")),
        visited_before=re.compile(d.get("visited", {}).get("before", "(?!)")),
        place_heads=frozenset(d.get("place_heads", [])),
        connectors=frozenset(d["connectors"]),
        complement=frozenset(d.get("complement", [])),
        complement_stop=frozenset(d.get("complement_stop", [])),
        coordinators=frozenset(d.get("coordinators", [])),
        splitters=frozenset(d["splitters"]),
        qualifiers=frozenset(d.get("qualifiers", [])),
        jurisdictions=frozenset(d.get("jurisdictions", [])),
        legal_forms=tuple(sorted(d.get("legal_forms", []), key=len, reverse=True)),
        name_pos=tuple(d.get("name_pos", [])),
        proper_pos=tuple(d.get("proper_pos", [])),
        place_pos=tuple(d.get("place_pos", [])),
        person_pos=tuple(d.get("person_pos", [])),
        break_words=frozenset(d.get("break_words", [])),
        host_words=frozenset(d.get("host_words", [])),
        session_counters=frozenset(d.get("session_counters", [])),
        group_words=tuple(d.get("group_words", [])),
        date_counters=frozenset(d.get("date_counters", [])),
        legal_forms_set=frozenset(d.get("legal_forms", []) + d.get("lead_forms", [])),
        legal_prefixes=frozenset(f[:k] for f in d.get("legal_forms", []) + d.get("lead_forms", []) for k in range(len(f))),
        legal_any=_alternation(d.get("legal_forms", []) + d.get("lead_forms", [])) or re.compile(r"(?!)"),
        lead_forms=frozenset(d.get("lead_forms", [])),
        lead_form_particles=frozenset(d.get("lead_form_particles", [])),
        supporters_of=tuple(d.get("supporters_of", [])),
        duration_counters=tuple(d.get("duration_counters", [])),
        arm_suffixes=tuple(d.get("arm_suffixes", [])),
        acronym_kana_generic=frozenset(d.get("acronym_kana_generic", [])),
        compass_words=tuple(d.get("compass_words", [])),
        landform_of_words=frozenset(d.get("landform_of_words", [])),
        national_prefixes=frozenset(d.get("national_prefixes", [])),
        topic_sections=tuple(d.get("topic_sections", [])),
        seat_heads=tuple(d.get("seat_heads", [])),
        seat_after=re.compile(d["seat_after"]) if d.get("seat_after") else None,
        school_owners=tuple(d.get("school_short", {}).get("owners", [])),
        school_short=(
            re.compile(d["school_short"]["modifier"] + d["school_short"]["heads"] + d["school_short"]["cue"])
            if d.get("school_short")
            else None
        ),
        school_names=SchoolNames.of(d["school_names"]) if d.get("school_names") else None,
        han_companies=_han_company_rx(d["han_companies"]) if d.get("han_companies") else None,
        quoted_names=d.get("quoted_names"),
        forum_bodies=_forum_body_rx(d["forum_bodies"]) if d.get("forum_bodies") else None,
        lower_councils=_lower_council_rx(d["lower_councils"]) if d.get("lower_councils") else None,
        office_city_min_population=d.get("office_city_min_population", 0),
        abbreviated_heads=frozenset(d.get("abbreviated_heads", [])),
        station_heads=frozenset(d.get("station_heads", [])),
        programme_words=tuple(d.get("programme_words", [])),
        area_words=frozenset(d.get("area_words", [])),
        industry_heads=frozenset(d.get("industry_heads", [])),
        kind_heads=frozenset(d.get("kind_heads", [])),
        station_words=frozenset(d.get("station_words", [])),
        short_heads=tuple(h for h in heads if len(h) <= 3),
        label_non_items=frozenset(d.get("label_non_items", [])),
        people_nouns=tuple(d.get("people_nouns", [])),
        han_surnames=frozenset(d.get("han_surnames", [])),
        legal_space=re.compile("(?:" + "|".join(re.escape(f) for f in sorted(d["legal_forms"], key=len, reverse=True)) + r")([ \t])(?=[^\s、。,()（）])")
        if lang == "ja" and d.get("legal_forms") else None,
        label_boundary=d.get("label_boundary", "word"),
        label_triggers=re.compile(f"[{re.escape(d['label_triggers'])}]") if d.get("label_triggers") else None,
        label_phrases=_phrases_by_last_word(d.get("label_phrases", [])),
        label_phrase_end=_phrase_end(d.get("label_phrases", [])),
        head_rx=_alternation(list(heads) + d.get("legal_forms", []) + d.get("lead_forms", [])) or re.compile(r"(?!)"),
        context_suffixes=frozenset(d.get("context_suffixes", [])),
        title_modifiers=frozenset(d.get("title_modifiers", [])),
        known_generic_after=tuple(sorted(d.get("known_generic_after", []), key=len, reverse=True)),
        compound_words={k: tuple(v) for k, v in d.get("compound_words", {}).items()},
        pair_body_words=tuple(d.get("pair_body_words", [])),
        adverbial_name_words=frozenset(d.get("adverbial_name_words", [])),
        honorifics=frozenset(d.get("honorifics", [])),
        post_offices=frozenset(d.get("post_offices", [])),
        city_gov_heads=frozenset(d.get("city_government", {}).get("heads", [])),
        city_gov_words=frozenset(d.get("city_government", {}).get("words", [])),
        title_cue=title_cue,
        post_of_cue=post_of_cue,
        function_ends=frozenset(d.get("function_ends", [])),
        head_title_cue=head_title_cue,
        pair_network=(d["pair_network"]["head"], re.compile(d["pair_network"]["not_after"])) if "pair_network" in d else None,
        apposition_after=after,
        apposition_before=before,
        list_intro=list_intro,
        list_outro=list_outro,
        legal_unit=_alternation(d.get("legal_units", [])),
        kana_noun=re.compile(rf"(?<![\u3041-\u309f])(?:{_alternatives(d['kana_nouns'])})(?=[\u30a1-\u30fa\u3400-\u9fff])")
        if d.get("kana_nouns")
        else None,
        resplits=frozenset(tuple(p) for p in d.get("resplits", [])),
        resplits_left=frozenset(tuple(p) for p in d.get("resplits_left", [])),
        status_marks=frozenset(d.get("status_marks", [])),
        region_names=frozenset(d.get("region_names", [])),
        region_and_the=tuple(x for x in d.get("region_names", []) if " and the " in x),
        short_known_followers=tuple(d.get("short_known_followers", [])),
        carrier_leads=tuple(d.get("carrier_leads", [])),
        bracket_roles=frozenset(d.get("bracket_roles", [])),
        head_not_before={k: frozenset(v) for k, v in d.get("head_not_before", {}).items()},
        forum_names=frozenset(d.get("forum_names", [])),
        office_heads=d.get("office_heads", ""),
        university_ends=tuple(d.get("university_ends", [])),
        faculty_ends=tuple(d.get("faculty_ends", [])),
        venue_endings=tuple(d.get("venue_endings", [])),
        closing_words=tuple(d.get("closing_words", [])),
        common_acronyms=frozenset(d.get("common_acronyms", [])),
        acronym_kind_nouns=frozenset(d.get("acronym_kind_nouns", [])),
        region_words=frozenset(d.get("region_words", [])),
        portfolio_heads_en=frozenset(d.get("portfolio_heads", [])) if lang == "en" else frozenset(),
        state_heads=frozenset(d.get("state_heads", [])),
        of_not_naming=frozenset(d.get("of_not_naming", [])),
        academic_heads_en=frozenset(d.get("academic_heads", [])) if lang == "en" else frozenset(),
        attributive_participles=frozenset(d.get("attributive_participles", [])),
        word_coordinators=frozenset(d.get("word_coordinators", [])),
        association_heads=frozenset(d.get("association_heads", [])),
        loanword_heads=frozenset(d.get("loanword_heads", [])),
        place_named_heads=frozenset(d.get("place_named_heads", [])),
        association_kinds=frozenset(d.get("association_kinds", [])),
        legal_gathering_names=frozenset(d.get("legal_gathering_names", [])),
        territory_suffixes=d.get("territory_suffixes", ""),
        listed_place_suffixes=d.get("listed_place_suffixes", ""),
        genitive_heads={k: frozenset(v) for k, v in d.get("genitive_heads", {}).items()},
        distributive=frozenset(d.get("distributive_heads", [])),
        labels=_compile(d.get("labels")),
        field_lines=frozenset(d.get("field_lines", [])),
        labels_spaced=re.compile(d["labels_spaced"], re.M) if d.get("labels_spaced") else None,
        heading_labels=re.compile(d["heading_labels"], re.M) if d.get("heading_labels") else None,
        heading_block_stop=_compile(d.get("heading_block_stop")),
        cue_after=_compile([*d.get("cues_after", []), *([ticker.pattern] if ticker else [])]),
        ticker=ticker,
        credit_after=re.compile(d["credit_after"]) if d.get("credit_after") else None,
        photo_credit=re.compile(d["photo_credit"]) if d.get("photo_credit") else None,
        contact_label=re.compile(d["contact_label"]) if d.get("contact_label") else None,
        cue_before=_compile(d.get("cues_before"), suffix="$"),
        item_stop=_compile(d.get("item_stop")),
        org_nouns=tuple(sorted(d.get("org_nouns", []), key=len, reverse=True)),
        company_heads=tuple(d.get("company_heads", [])),
        kind_adjectives=frozenset(d.get("kind_adjectives", [])),
        visit_verb_before=frozenset(d.get("visit_verb_before", [])),
        coined_heads=frozenset(d.get("coined_heads", [])),
        pair_named_heads=frozenset(d.get("pair_named_heads", [])),
        pair_kinds=frozenset(d.get("pair_kinds", [])),
        tourism_stop=tuple(d.get("tourism_stop", [])),
        arm_regions=frozenset(d.get("arm_regions", [])),
        edition_words=tuple(d.get("edition_words", [])),
        gathering_heads=tuple(d.get("gathering_heads", [])),
        post_room=d.get("post_room", ""),
        press_heads=frozenset(d.get("press_heads", [])),
        press_known_ends=tuple(d.get("press_known_ends", [])),
        press_followers=frozenset(d.get("press_followers", [])),
        press_heading_words=frozenset(d.get("press_heading_words", [])),
        press_body_words=frozenset(d.get("press_body_words", [])),
        ministry_ends="".join(d.get("ministry_ends", [])),
        abbreviation=re.compile(
            r"(?:[A-Za-z]\.){1,}|(?:" + _alternatives(d.get("abbreviations", [])) + r")\."
        ),
        closing_legal_forms=frozenset(d.get("closing_legal_forms", [])),
        abbreviations=frozenset(d.get("abbreviations", [])),
        listed_legal=re.compile(
            rf",?[ \t]+(?:{_alternatives(d['closing_legal_forms'] + d['listed_legal_forms'])})(?![\w-])"
        ) if d.get("listed_legal_forms") else None,
        name_particle=re.compile(rf"(?<![\w])(?:{_alternatives(d['name_particles'])})[ \t]+\Z") if d.get("name_particles") else None,
        possessive_name=re.compile(
            rf"(?<![\w’'.&-])((?:[A-Z][\w&.-]*[\w&-][ \t]){{0,2}}[A-Z][\w&.-]*[\w&-])[’']s"
            rf"(?=[ \t]+(?:{_alternatives(d['possessive_name_verbs'])})\b)"
        ) if d.get("possessive_name_verbs") else None,
        contraction_stems=frozenset(d.get("contraction_stems", [])),
        sentence_opens=re.compile(
            r"[ \t]+(?:" + _alternatives(d.get("sentence_openers", ["The"])) + r")\b"
        ),
        clause_heads=frozenset(d.get("clause", {}).get("heads", [])),
        clause_particles=frozenset(d.get("clause", {}).get("particles", [])),
        event_verbs=frozenset(d.get("clause", {}).get("event_verbs", [])),
        event_after=tuple(d.get("clause", {}).get("event_after", [])),
        katakana_heads=frozenset(d.get("katakana_heads", [])),
        possessive_words=frozenset(d.get("possessive_words", [])),
        saint_words=frozenset(d.get("saint_words", [])),
        office_holders=frozenset(d.get("office_holders", [])),
        kind_of_school=_kind_of_school_rx(d["kind_of_school"]) if d.get("kind_of_school") else None,
        plain_blockers=frozenset(d.get("plain_blockers", [])),
        country_pair=re.compile(f"[{d['country_pair_chars']}]{{2,3}}") if d.get("country_pair_chars") else None,
        faint_heads=frozenset(d.get("faint_heads", [])),
        suffix_ok=frozenset(d.get("suffix_after_name", [])),
        ordinal_heads=frozenset(d.get("ordinal_heads", [])),
        placed_ordinal_heads=frozenset(d.get("placed_ordinal_heads", [])),
        numeral_name_heads=frozenset(d.get("numeral_name_heads", [])),
        lowercase_suffixes=tuple(d.get("lowercase_suffixes", [])),
        common_words=load_words(d["common_words"]) if d.get("common_words") else frozenset(),
        report_words=tuple(d.get("report_words", [])),
        network_members=frozenset(d.get("network_members", [])),
        member_titles=frozenset(d.get("member_titles", [])),
        treaties=frozenset(d.get("treaty_acronyms", [])),
        description_before=_compile(d.get("description_before"), suffix="$"),
        end_followers=frozenset(d.get("end_followers", [])),
        distributive_before=frozenset(d.get("distributive_before", [])),
        name_particles=frozenset(d.get("name_particles", [])),
        caps_min_letters=int(d.get("caps_min_letters", 0)),
        caps_short_min_letters=int(d.get("caps_short_min_letters", 0)),
        caps_short_cue_after=_compile(d.get("caps_short_cues_after")),
        section_heads=tuple(d.get("section_heads", [])),
        quoted_event=_quoted_event_rx(d.get("quoted_event_words", [])),
        gathering_words=tuple(d.get("gathering_words", [])),
        caps_cue_after=_compile(d.get("caps_cues_after")),
        caps_cue_before=_compile(d.get("caps_cues_before"), suffix="$"),
    )
    for table in (out.heads, out.titles, out.strip):
        _prefixes(table, out.joiner)  # built here, not on the first document
    return out


def _gathering(word: str, r: Rules) -> bool:
    """An event word whose host may be named right before it (全国市長会総会, UCLG World
    Congress); not a publication's or a programme's (the … Network Newsletter)."""
    return any(word.endswith(w) for w in r.gathering_words)


def _quoted_event_rx(words: list[str]) -> re.Pattern | None:
    """「…世界大会」, 『…総会2025』: a quoted name that closes with an event word."""
    alt = _alternation(words)
    if alt is None:
        return None
    return re.compile(rf"[「『]([^「」『』\n]{{1,80}}?)(?:{alt.pattern})[ \t]*(?:[0-9]{{1,4}}年?)?[」』]")


def _quoted_events(text: str) -> list[tuple[int, int]]:
    """(start, end) of the part of each quoted event name before its event word."""
    rx = rules("ja").quoted_event
    if rx is None or ("「" not in text and "『" not in text):
        return []
    return [m.span(1) for m in rx.finditer(text)]


def _phrases_by_last_word(phrases: list[str]) -> dict[str, tuple[str, ...]]:
    """"hosted by" → {"by": ("hosted",)}: the words before a phrase's last word, longest first."""
    out: dict[str, list[str]] = {}
    for p in phrases:
        head, _, last = p.rpartition(" ")
        out.setdefault(last, []).append(head)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _phrase_end(phrases: list[str]) -> re.Pattern | None:
    lasts = sorted({p.rpartition(" ")[2] for p in phrases})
    if not lasts:
        return None
    return re.compile("(" + "|".join(re.escape(w) for w in lasts) + r")[ \t\n]+(?:the[ \t\n]+)?")


def _alternation(words: list[str]) -> re.Pattern | None:
    """One pattern for a list of literal strings, longest first."""
    if not words:
        return None
    return re.compile(_alternatives(words))


def _alternatives(words) -> str:
    """Literal strings as regex alternatives, longest first (a longer entry wins its prefix)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _compile(patterns: list[str] | None, suffix: str = "") -> re.Pattern | None:
    """Data files give context cues as a list of regular expressions (one alternation)."""
    if not patterns:
        return None
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")" + suffix)


# ---------------------------------------------------------------- known bodies


def _squash(s: str) -> str:
    return " ".join(s.split())


def _build_trie(words) -> dict:
    """Character trie of ``words``; the key ``""`` marks where a word ends."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _trie_pattern(words: list[str]) -> str:
    """One regex for many names, factored as a trie: Python's ``re`` tries alternatives one by
    one, so shared prefixes must be shared in the pattern to keep matching fast. Longer
    continuations come first, so the longest name wins at each position."""
    trie = _build_trie(words)

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


_CAPS_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")


def _spellings(name: str, pairs: list[list[str]]) -> set[str]:
    """Other spellings of an English name: each British/American pair swapped, and a hyphen
    between capitalised words written as a space (Asia-Pacific → Asia Pacific)."""
    out = {name}
    for a, b in pairs:
        for s in list(out):
            out.add(re.sub(rf"\b{a}\b", b, s))
            out.add(re.sub(rf"\b{b}\b", a, s))
    out |= {_CAPS_HYPHEN.sub(" ", s) for s in out}
    out.discard(name)
    return out


@lru_cache(maxsize=1)
def known_bodies() -> tuple[list[dict], dict[str, tuple[int, bool]], re.Pattern]:
    """The curated bodies, a name → (index, is_acronym) map, and one matcher for every name."""
    data = load_json("organizations.json")
    bodies = list(data["bodies"])
    as_words = set(data.get("acronyms_as_words", []))
    names: dict[str, tuple[int, bool]] = {}
    for i, b in enumerate(bodies):
        for n in b.get("en", []) + b.get("ja", []) + b.get("ja_short", []):
            names.setdefault(_squash(n), (i, False))
    # the listed companies (en/companies.json) after the curated bodies, which keep their names
    listed: dict[str, list[str]] = {}
    for form, canonical in load_json("en/companies.json")["names"].items():
        listed.setdefault(canonical, []).append(form)
    for canonical, forms in sorted(listed.items()):
        forms = sorted(n for n in forms if _squash(n) not in names)  # (a curated body keeps its names)
        if forms:
            i = len(bodies)
            bodies.append({"canonical": canonical, "en": forms, "listed": True})
            for n in forms:
                names[_squash(n)] = (i, False)
    for i, b in enumerate(bodies):  # AstraZeneca, written Astra Zeneca in the view
        for n in b.get("en", []):
            names.setdefault(_squash(view_spelling(n)), (i, False))
            for x, y in (("'", "’"), ("’", "'")):  # Lowe's, Lowe’s: either apostrophe
                if x in n:
                    names.setdefault(_squash(n.replace(x, y)), (i, False))
        for a in b.get("acronyms", []):
            names.setdefault(_squash(a), (i, True))
            if a in as_words:  # Unesco, Unicef: newspapers write an acronym said as a word so
                names.setdefault(_squash(a.capitalize()), (i, True))
    for i, b in enumerate(bodies):  # after every written name, so a variant never displaces one
        for n in b.get("en", []):
            for v in sorted(_spellings(_squash(n), data.get("spelling_variants", []))):
                names.setdefault(v, (i, False))
        for n in b.get("ja", []):
            for short, full in data.get("prefix_variants", []):
                for x, y in ((short, full), (full, short)):
                    if n.startswith(x) and len(n) > len(x):
                        names.setdefault(_squash(y + n[len(x) :]), (i, False))
    return bodies, names, re.compile(_trie_pattern(sorted(names)))


@lru_cache(maxsize=1)
def _word_only_names() -> frozenset[str]:
    """東大, 衆院: the known bodies' short Japanese names that name them only as a word of their own."""
    return frozenset(_squash(n) for b in known_bodies()[0] for n in b.get("ja_short", []))


def _at_edges(text: str, a: int, b: int) -> bool:
    """A name must not start or end inside a longer Latin or katakana word."""
    for inner, outer in ((text[a], text[a - 1] if a else ""), (text[b - 1], text[b : b + 1])):
        if outer and (
            (_LATIN_CH.match(inner) and _LATIN_CH.match(outer)) or (_KATA_CH.match(inner) and _KATA_CH.match(outer))
        ):
            return False
    return True


def _not_the_word(doc: Document, a: int, b: int) -> bool:
    """An acronym that spells an English word (WHO) is the body in Japanese text, or in a line
    of English that has small letters (not a heading in capitals: WHO WE ARE)."""
    text = doc.norm
    if _CAPS_AFTER.match(text, b):
        return False
    if doc.lang_at(a) == "ja":
        return True
    end = text.find("\n", b)
    line = text[text.rfind("\n", 0, a) + 1 : end if end >= 0 else len(text)]
    return sum(c.islower() for c in line) >= 3


_CAPS_AFTER = re.compile(r"[ \t]*[A-Z]{2,}\b")
_KATA_HYPHEN = re.compile(r"(?<![\u30a1-\u30fa\u30fc])[\u30a1-\u30fa\u30fc]{2,}(?:[-‐‑][\u30a1-\u30fa\u30fc]{2,})+")
_LISTED_BEFORE = re.compile(r"([A-Z][\w.'’-]*)[ \t]+\Z")
_LISTED_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w'’-]*|[A-Z]?[0-9])")


def _listed_alone(text: str, a: int, b: int) -> bool:
    """A listed company's name stands alone: no capitalised word glued before it (Mayor Kubota,
    Hayato Shimizu) or after it (Boeing 737, Microsoft Teams, Kubota Tractor Co.), which makes it
    part of another name, a person's or a product's."""
    r = rules("en")
    if _LISTED_AFTER.match(text, b) or text.startswith(("-", "–"), b):
        return False
    if r.name_particle.search(text, max(0, a - 6), a):
        return False  # da Vinci, van Gogh: a person's name
    bm = _LISTED_BEFORE.search(text, max(0, a - 40), a)
    if bm is None:
        return True
    word = bm.group(1)
    # (At Walmart, The Kroger: a word that opens a phrase; not Mr. Suzuki, Mayor Kubota)
    return word in r.strip and word.rstrip(".") not in r.abbreviations and word not in r.titles


def _known_spans(doc: Document, units: list[Unit] | None) -> list[tuple[int, int, int]]:
    """(start, end, body) for every known name in the view text; with Japanese units, a name
    with a kanji edge must sit on token edges (国連 is not in 米国連邦)."""
    bodies, names, rx = known_bodies()
    starts = ends = None
    person_ends: set[int] = set()
    if units is not None:
        starts = {u.start for u in units}
        ends = {u.end for u in units}
        person_ends = {u.end for u in units if u.person}
    out: list[tuple[int, int, int]] = []
    held: list[tuple[int, int, int]] = []
    named: set[int] = set()
    text = doc.norm
    for m in rx.finditer(text):
        a, b = m.span()
        s = _squash(m.group())
        if s not in names or not _at_edges(text, a, b):
            continue
        idx, is_acr = names[s]
        if is_acr and text.startswith(("...", "…"), b):
            continue  # "in partnership with UN...": a truncated name, not the acronym
        if is_acr and (_CODE_AFTER.match(text, b) or _CODE_BEFORE.search(text, max(0, a - 2), a)):
            continue  # JICA-123, 2024-ADB: a product or document code, not the body
        if _LATIN_CH.match(s[-1]) and _CONTINUED.match(text, b):
            continue  # the Kenyan State Department for Environment…: a longer name
        if starts is not None and (
            (_KANJI_EDGE.match(s[0]) and a not in starts) or (_KANJI_EDGE.match(s[-1]) and b not in ends)
        ):
            continue
        if starts is not None and s in _word_only_names() and (
            (a > 0 and _ONE_KANJI.match(text, a - 1) and a not in person_ends)
            or ((_ONE_KANJI.match(text, b) or a in person_ends) and not text.startswith(rules("ja").short_known_followers, b))
        ):
            # 全北大学, 東北大震災, 参院選: a short name inside a longer word; after a person's name
            # only before a post (二階俊博衆院議員: the house's; 工藤慶大: a given name)
            continue
        body = bodies[idx]
        if body.get("listed"):
            if (lm := rules("en").listed_legal.match(text, b)) is not None:
                b = lm.end()  # Haleon plc, Kone Oyj: the company's legal form closes its name
            elif not _listed_alone(text, a, b):
                continue
        # WHOの共催, WHO's network: capitals in running text are the body's, not "who"
        spelt = is_acr and body.get("acronym_spells_word") and not _not_the_word(doc, a, b)
        if is_acr and (body.get("acronym_needs_name") or spelt):
            held.append((a, b, idx))  # URA, or WHO in a heading: only where the full name is also written
            continue
        if not is_acr:
            named.add(idx)
        out.append((a, b, idx))
    out.extend(h for h in held if h[2] in named)
    return sorted(out)


# ---------------------------------------------------------------- units


_TOKEN_CLASS: dict[tuple[str, str], tuple] = {}  # (surface, tag) -> Unit fields, per process


def _classify(text_: str, tag: str, r: Rules) -> tuple:
    """(kind, proper, place, person, suffix) of a Japanese token; cached, surfaces repeat."""
    key = (text_, tag)
    c = _TOKEN_CLASS.get(key)
    if c is not None:
        return c
    if tag == "空白" or text_.isspace() or text_ in r.break_words:
        c = (BREAK, False, False, False, False)
    elif text_ in r.splitters:
        c = (SPLIT, False, False, False, False)
    elif text_ in r.connectors:
        c = (CONN, False, False, False, False)
    elif _IS_LATIN.fullmatch(text_):
        c = (NAME if (text_[0].isupper() or text_[0].isdigit()) else BREAK, not text_.isdigit(), False, False, False)
    elif _IS_KATA.fullmatch(text_) and text_ != "・":
        # A katakana loanword (レコード会社) is a common noun; a token the dictionary does not
        # know as one (イク/レイ misread) or a run of them (サークル・エコノミー) is a name.
        # A token with an inner ・ is a run the dictionary glued (ロングビーチ・ヨッカイチ).
        c = (
            NAME,
            not tag.startswith("名詞-普通名詞") or "・" in text_.strip("・"),
            tag.startswith(r.place_pos),
            False,  # (a katakana surname is as often a company's name: タミヤ, ハセガワ)
            False,
        )
    elif tag.startswith(r.name_pos):
        c = (
            NAME,
            tag.startswith(r.proper_pos) or bool(r.country_pair and r.country_pair.fullmatch(text_)),
            tag.startswith(r.place_pos),
            tag.startswith(r.person_pos),
            tag.startswith("接尾辞"),
        )
    else:
        c = (BREAK, False, False, False, False)
    if len(_TOKEN_CLASS) > 200_000:
        _TOKEN_CLASS.clear()
    _TOKEN_CLASS[key] = c
    return c


_JA_UNIT_CLASS: dict[tuple[str, int], tuple] = {}  # (surface, tag hash) -> Unit fields + katakana


def _ja_class(text_: str, th: int, strings, r: Rules) -> tuple:
    """(kind, proper, place, person, suffix, tag, katakana) of a token, cached per process."""
    tag = strings[th]
    c = _classify(text_, tag, r) + (tag, bool(_IS_KATA.fullmatch(text_)))
    if len(_JA_UNIT_CLASS) > 200_000:
        _JA_UNIT_CLASS.clear()
    _JA_UNIT_CLASS[(text_, th)] = c
    return c


_JA_CHAR = re.compile(r"[\u3041-\u30ff\u3400-\u9fff]")


def _joined_breaks(doc: Document) -> set[int]:
    """View offsets right after a source line break the view joined (a wrapped line)."""
    view = doc.view
    if view is None or "\n" not in doc.text:
        return set()
    starts = view.starts
    out = set()
    p = doc.text.find("\n")
    while p >= 0:
        i = bisect.bisect_right(starts, p)
        if 0 < i < len(starts) and doc.norm[i - 1] != "\n":
            out.add(i)
        p = doc.text.find("\n", p + 1)
    return out


def _ends_on_head_word(units: list[Unit], r: Rules) -> bool:
    """The last units close a body's name with a head word (大使館, 総領事館, 協会)."""
    return any(r.joiner.join(u.text for u in units[-k:]) in r.heads for k in (1, 2, 3) if k <= len(units))


_FLIGHT_NUMBER = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9][ \t]?[0-9]{1,4}(?=便)")


def _ja_units(doc: Document, r: Rules) -> list[Unit]:
    units: list[Unit] = []
    text = doc.norm
    legal_at = {m.start(): m.end() for m in r.legal_unit.finditer(text)} if r.legal_unit else {}
    # 国立がん研究センター: UniDic reads がん (cancer) as the particle が and a filler ん
    kana_at = {m.start(): m.end() for m in r.kana_noun.finditer(text)} if r.kana_noun else {}
    # セブン-イレブン, コカ-コーラ: katakana words a hyphen joins are one name
    hyphened = {m.start(): m.end() for m in _KATA_HYPHEN.finditer(text)}
    # NPO法人 倉敷ミュージアム協会: a space after a legal form joins it to the name
    joins = {m.start(1) for m in r.legal_space.finditer(text)} if r.legal_space else set()
    # ベトナム航空VN6319便: a flight's number glued after its airline is no word of the name
    flights = [m.span() for m in _FLIGHT_NUMBER.finditer(text)]
    joined = _joined_breaks(doc)
    skip_to = -1
    tokens = doc.tokens
    strings = tokens.vocab.strings
    cache = _JA_UNIT_CLASS
    genitive = r.genitive_heads
    append = units.append
    kata_at: list[bool] = []  # katakana flag per unit, read once here
    kappend = kata_at.append
    todo: list[int] = []  # the units the second pass looks at, in order
    t = doc.table
    idx, lengths, tags, spaces = t.starts, t.lengths, t.tag_ids, t.spaces
    kata_tok: dict[int, int] = {}  # unit → token index, for katakana words read again below
    kana_ends = set(idx) & set(kana_at.values()) if kana_at else set()  # (only where a token starts)
    for tk, (a, n, th, space) in enumerate(zip(idx, lengths, tags, spaces, strict=True)):
        if a < skip_to:
            continue
        b = a + n
        if legal_at and a in legal_at:  # (株), （一社）: one unit, a legal form
            b = legal_at[a]
            kata = bool(_IS_KATA.fullmatch(text, a, b))
            if kata:
                todo.append(len(units))
            append(Unit(text[a:b], a, b, NAME, legal=True))
            kappend(kata)
            skip_to = b
            continue
        if hyphened and a in hyphened and (hyphened[a] >= len(text) or not _KATA_CH.match(text, hyphened[a])):
            b = hyphened[a]
            append(Unit(text[a:b], a, b, NAME, proper=True, tag="名詞-固有名詞-一般"))
            kappend(False)
            skip_to = b
            continue
        if kana_at and a in kana_at and kana_at[a] in kana_ends:
            b = kana_at[a]
            append(Unit(text[a:b], a, b, NAME, tag="名詞-普通名詞-一般"))
            kappend(False)
            skip_to = b
            continue
        if units and (
            (units[-1].end < a and "\n" in text[units[-1].end : a])
            or (a in joined and _ends_on_head_word(units, r))
        ):
            # タイ王国大使館⏎中華人民共和国駐名古屋総領事館: a line break between two words ends a name
            # (a wrap the view joined still does after a complete name; 国際協力⏎機構 stays one)
            append(Unit("\n", units[-1].end, a, BREAK))
            kappend(False)
        text_ = text[a:b]
        if units and units[-1].end == a and (units[-1].text, text_) in r.resplits_left and units[-1].kind != BREAK:
            # 民主党衆議院議員: UniDic reads 党衆 + 議院; the boundary moves left, so 党 closes the
            # party's name and 衆議院 is a body of its own
            p, head = units[-1], units[-1].text[:-1]
            kind_, proper_, place_, person_, suffix_, tag_, kata_ = _ja_class(head, th, strings, r)
            units[-1] = Unit(head, p.start, p.end - 1, kind_, proper_, place_, person_, suffix_, -1, False, False, False, False, tag_)
            kata_at[-1] = kata_
            text_, a = text[a - 1 : b], a - 1
        if units and units[-1].end == a and (units[-1].text, text_) in r.resplits:
            # 水資源専門大学院長, JICAミャンマー事務所長: the head of a graduate school or an office
            # (大学院 + 長, 事務所 + 長), which UniDic reads as 大学 + 院長, 事務 + 所長
            units[-1].text, units[-1].end = units[-1].text + text_[0], a + 1
            text_, a = text_[1:], a + 1
        c = cache.get((text_, th))
        if c is None:
            c = _ja_class(text_, th, strings, r)
        kind, proper, place, person, suffix, tag, kata = c
        if flights and any(fa <= a < fb for fa, fb in flights):
            kind = BREAK
        if text_ in r.host_words and not text.startswith("者", b):
            kind = BREAK  # 空知総合振興局主催グループ: hosted by the body before it
        elif text_ in r.context_suffixes and units and units[-1].end == a and (units[-1].legal or units[-1].text.endswith("会社")):
            kind = BREAK  # フィッシングエイト株式会社さま: a sponsor's honorific after its legal form
        elif (
            kind == BREAK
            and n <= 3
            and text_.isascii()
            and text_.isalpha()
            and units
            and units[-1].kind == NAME
            and units[-1].end == a
            and _JA_CHAR.match(text, b)
        ):
            kind, proper = NAME, True  # 熊本eスポーツ協会: a lower-case Latin letter glued into a Japanese name
        if (kata and kind == NAME and not proper) or (kind == BREAK and text_ in genitive):
            if kata:
                kata_tok[len(units)] = tk
            todo.append(len(units))
        append(Unit(text_, a, b, kind, proper, place, person, suffix, -1, False, False, False, False, tag))
        kappend(kata)
        if space:
            append(Unit(" ", b, b + 1, CONN if b in joins else BREAK))
            kappend(False)
    n = len(units)
    for i in todo:
        u = units[i]
        if u.kind == NAME:
            j = i + 2 if i + 2 < n and units[i + 1].text == "・" else i + 1 if i + 1 < n else -1
            k = i - 2 if i >= 2 and units[i - 1].text == "・" else i - 1 if i else -1
            # (a school's katakana head beside it, サマー|スクール, makes no run of foreign words)
            if (j >= 0 and units[j].kind == NAME and kata_at[j] and units[j].text not in r.loanword_heads) or (
                k >= 0 and units[k].kind == NAME and kata_at[k] and units[k].text not in r.loanword_heads
            ):
                u.proper = True
            elif i in kata_tok and not (tokens[kata_tok[i]].morph.get("Reading") or [""])[0]:
                u.proper = True  # ベンガルール日本人会: a katakana word UniDic does not know is a foreign name
        elif 0 < i < n - 1:
            # くらしき防災士の会: the genitive joins a name to an association head
            h = units[i + 1]
            if units[i - 1].kind == NAME and h.kind == NAME and h.text in genitive[u.text]:
                if i + 2 >= n or units[i + 2].kind != NAME or _seq(units, i + 2, r.titles, 3, r.joiner):
                    u.kind = CONN
    return units


def _field_line(text: str, pos: int, r: Rules) -> bool:
    """Venue⏎Seattle Office of Emergency Management⏎Date: the next line is a form's field name."""
    e = text.find("\n", pos)
    return text[pos : e if e >= 0 else len(text)].strip().rstrip(":") in r.field_lines


def _en_units(text: str, start: int, end: int, r: Rules, width: int, view=None) -> list[Unit]:
    """Words of an English (or Latin-script) stretch; a line break inside wrapped prose is soft."""
    units: list[Unit] = []
    words = _EN_WORD_CLASS.setdefault(r.lang, {})
    for m in _EN_TOKEN.finditer(text, start, end):
        a, b = m.span()
        g = m.lastgroup
        if g == "word":
            w = m.group()
            poss = False
            if w == "Co." and _COUNTY_AFTER.match(text, b):
                units.append(Unit(w, a, b, BREAK))  # Dundalk, Co. Louth: an Irish county, no company
                continue
            base = w[:-2] if w.endswith(("'s", "’s")) else w[:-1] if w.endswith(("s'", "s’")) else w
            if w[-1] in "s'’" and len(w) > 2 and base not in r.possessive_words:
                if w.endswith(("'s", "’s")):
                    w, poss = w[:-2], True
                elif w.endswith(("s'", "s’")):
                    w, poss = w[:-1], True
                if poss and w[:1].isupper() and units and units[-1].kind == NAME and units[-1].text in r.saint_words and units[-1].end + 1 >= a:
                    # St. Mary’s Hospital, Saint Ann’s School: a saint's possessive names the body
                    units.append(Unit(m.group(), a, b, NAME, True))
                    continue
                if poss and _office_of_holder(text, a, b, w, units, r):
                    # the Mayor’s Office for Immigrant Affairs, Kazan Mayor's Office: an office
                    # named by its holder is one word of the name (the 's kept inside it)
                    units.append(Unit(m.group(), a, b, NAME, True))
                    continue
            if w[-1] == "." and (
                not r.abbreviation.fullmatch(w.rsplit("-", 1)[-1])  # Missouri-St. Louis
                or (r.sentence_opens.match(text, b) and r.heads.get(w) != "legal")  # Georgia Tech. The …
            ):
                w = w.rstrip(".")
                if w:
                    units.append(_en_word(w, a, a + len(w), r, units, poss))
                units.append(Unit(".", a + len(w), b, BREAK))
                continue
            c = words.get(w) or _en_word_class(w, r)
            kind = c[0]
            if kind == CONN and w == "the" and not (units and units[-1].kind == CONN and units[-1].text in r.complement):
                if not (units and units[-1].text == "and" and _region_and_the(text, units[-1].start, a, r)):
                    kind = BREAK  # see _en_word
            if kind == BREAK:
                if len(units) > 1 and units[-1].kind == BREAK and units[-2].kind == BREAK and units[-1].text not in ".\n":
                    # a run of ordinary words: its first and last word are enough (the unit
                    # replaced is a plain one made here: rewritten, not reallocated)
                    last = units[-1]
                    last.text, last.start, last.end = w, a, a + len(w)
                else:
                    units.append(Unit(w, a, a + len(w), BREAK))
            elif kind == NAME:
                units.append(Unit(w, a, a + len(w), NAME, True, False, False, False, -1, poss, False, c[2]))
            else:
                units.append(Unit(w, a, a + len(w), kind))
        elif g == "amp":
            units.append(Unit("&", a, b, CONN))
        elif g == "comma":
            units.append(Unit(",", a, b, COORD))
        elif g == "slash":
            units.append(Unit("/", a, b, SPLIT))
        elif g == "nl":
            line_start = text.rfind("\n", 0, a) + 1
            soft = bool(
                width and (a - line_start) >= 0.6 * width and units and units[-1].kind in (NAME, CONN) and not text.startswith("The ", b)
                and not _closes_on_country(text, line_start, a)
                and not _field_line(text, b, r)
            ) or bool(  # (a line opening with "The" opens a sentence or a title: …in London⏎The University of …)
                units and units[-1].kind == NAME and _CONTINUED_LINE.match(text, b)
            )  # Institute of International Relations⏎of the Ministry…: a name goes on
            if not soft:
                units.append(Unit("\n", a, b, BREAK))
        elif m.group() in "'’" and units and units[-1].kind == NAME and units[-1].end == a and units[-1].text.endswith("s"):
            # Music Teachers’ Association: a plural's possessive inside a name (Teachers,
            # Workers); any other plural's possessive ends the name there, as 's does
            if units[-1].text not in r.possessive_words:
                units[-1].poss = True
        else:
            units.append(Unit(m.group(), a, b, BREAK))
    for u in units:
        if (
            u.kind == NAME
            and u.text in _month_names()
            and (
                _DAY_AFTER.match(text, u.end)
                or _DAY_BEFORE.search(text, max(0, u.start - 8), u.start)
                or _month_time_before().search(text, max(0, u.start - 8), u.start)
            )
        ):
            # on 4 March Oxford City Council, the Association on Feb. 28 wrote, Last August
            # Council announced: a date's month, not a word of the name
            u.kind = BREAK
    closing = r.closing_legal_forms
    for k in range(len(units) - 1):
        if (
            units[k].kind == NAME
            and units[k].text in closing
            and units[k + 1].kind == NAME
            and units[k + 1].text[:1].isupper()
            and _legal_form_end(units, k + 1, r) == 0
        ):
            units[k].poss = True  # Ataka Trading Co., Ltd. Mizuno Coffee Co., Ltd.: a list item ends
    for k in range(1, len(units)):
        if units[k].text == "The" and units[k - 1].kind == COORD:
            units[k - 1].kind = BREAK  # Kato and The Evergreen State College: "The" opens another name
    for k in range(1, len(units) - 1):
        u = units[k]
        if u.kind == NAME and u.text in _TITLE_CASE_LINKS and units[k - 1].kind == NAME and units[k + 1].kind == NAME:
            # Alliance For Healthy Cities: a title-case link word inside a name is a link word
            low = u.text.lower()
            units[k] = Unit(low, u.start, u.end, CONN if low in r.connectors else COORD if low in r.coordinators else BREAK)
    if view is not None:
        starts, ends = view.starts, view.ends
        for u in units:
            if u.text in r.jurisdictions and u.end < len(text) and text[u.end] == " " and starts[u.end] == ends[u.end]:
                u.glued = True
    if r.common_words:
        for i in range(len(units) - 1):
            u = units[i]
            if u.kind == BREAK and len(u.text) >= 3 and u.text[0].islower() and u.text.isalpha():
                nxt = units[i + 1]
                if (
                    nxt.kind == NAME
                    and r.heads.get(nxt.text) in ("any", "weak")
                    and u.text not in r.common_words
                    and not u.text.endswith(r.lowercase_suffixes)
                ):
                    u.kind, u.proper, u.brand = NAME, True, True
    return units


_EN_WORD_CLASS: dict[str, dict[str, tuple[int, bool, bool]]] = {}  # lang -> word -> kind, proper, brand
_COUNTY_AFTER = re.compile(r"[ \t]+(?!(?:Ltd|Limited|Inc|LLC|Pte|Pty|KG|AG|Corp|Corporation)\b)[A-Z][a-z]+\b")
_OFFICE_AFTER = re.compile(r"[ \t]+Office\b(?:[ \t]+(of|for)[ \t]+(?:the[ \t]+)?[A-Z])?")


def _region_and_the(text: str, and_at: int, the_at: int, r: Rules) -> bool:
    """Commission for Asia and the Pacific: "and the" inside a region's name joins, as "of the" does."""
    return any(
        text.endswith(x + " ", 0, and_at) and text.startswith(y, the_at)
        for x, y in (reg.split(" and ", 1) for reg in r.region_and_the)
    )


def _office_of_holder(text: str, a: int, b: int, holder: str, units: list[Unit], r: Rules) -> bool:
    """The Mayor’s Office of International Affairs, Honolulu Medical Examiner’s Office: a post's
    office is a body when a place or a name stands before it or its remit follows; the bare
    "Mayor's Office said" is the mayor's staff, as a title is no name."""
    if holder not in r.office_holders:
        return False
    m = _OFFICE_AFTER.match(text, b)
    if m is None:
        return False
    if m.group(1):
        return True
    prev = units[-1] if units else None
    return (
        prev is not None
        and prev.kind == NAME
        and prev.end >= a - 1
        and prev.text[:1].isupper()
        and prev.text not in r.strip  # (The Mayor's Office: an article, no name)
        # (the City Clerk’s Office: the city's own clerk; UB City Mayor’s Office names its city)
        and not (prev.text in r.generic and not (len(units) > 1 and units[-2].kind == NAME and units[-2].end >= prev.start - 1))
    )
# A day number beside a month name: the month is a date's (4 March, Feb. 28)
_DAY_AFTER = re.compile(r"\.?[ \t]+(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]?[0-9])")
_DAY_BEFORE = re.compile(r"(?<![\w.,])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?[ \t]+\Z")


@lru_cache(maxsize=1)
def _month_time_before() -> re.Pattern:
    words = "|".join(load_json("en/organizations.json")["month_time_words"])
    return re.compile(rf"(?i:(?<![\w-])(?:{words})[ \t-]+\Z)")


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """Month names and abbreviations as a date writes them after its day (4 March, 1st Sept)."""
    return frozenset(m.capitalize() for m in load_json("en/dates.json")["months"])


_SIZE_WORD = re.compile(r"[0-9][0-9,]*-[a-z]+")  # 17-member, 30-strong, 5-nation (not 7-Eleven)
_AIRCRAFT = re.compile(r"(?:[AB][0-9]{3}|[0-9]{3})(?:-[0-9]{3})?(?:ER|LR|XLR|neo|MAX)?")  # A320, B737-800, 777-200ER
_TITLE_CASE_LINKS = frozenset({"Of", "For", "On", "And", "In", "To", "The", "At"})


def _en_word_class(w: str, r: Rules) -> tuple[int, bool, bool]:
    """(kind, proper, brand) of a word, whatever precedes it; cached per process."""
    cache = _EN_WORD_CLASS.setdefault(r.lang, {})
    c = cache.get(w)
    if c is not None:
        return c
    if (w[0].isdigit() and _SIZE_WORD.fullmatch(w)) or _AIRCRAFT.fullmatch(w):
        # the 17-member Alameda Sister City Association: its size, no name; an aircraft's model
        # after a route (Shijiazhuang-Hangzhou-Singapore B737-800)
        c = (BREAK, False, False)
    elif w[0].isupper() or (w[0].isdigit() and any(ch.isalpha() for ch in w)):
        c = (NAME, True, False)
    elif len(w) >= 3 and not w.islower() and w.isalpha():
        c = (NAME, True, True)  # eBay, iShares
    elif w in r.coordinators:
        c = (COORD, False, False)
    elif w in r.connectors:
        c = (CONN, False, False)
    else:
        c = (BREAK, False, False)
    if len(cache) > 200_000:
        cache.clear()
    cache[w] = c
    return c


def _en_word(w: str, a: int, b: int, r: Rules, units: list[Unit], poss: bool) -> Unit:
    kind, proper, brand = _en_word_class(w, r)
    if kind == NAME:
        return Unit(w, a, b, NAME, proper, False, False, False, -1, poss, False, brand)
    # "the" joins only inside a complement (Office of the Mayor), never two names.
    if kind == CONN and w == "the" and not (units and units[-1].kind == CONN and units[-1].text in r.complement):
        return Unit(w, a, b, BREAK)
    return Unit(w, a, b, kind)


def _with_known(units: list[Unit], spans: list[tuple[int, int, int]], text: str) -> list[Unit]:
    """Replace the units a known body covers by one unit that carries it."""
    if not spans or not units:
        return units
    out: list[Unit] = []
    k = bisect.bisect_left(spans, (units[0].start, -1, -1))
    k = max(0, k - 1)
    if spans[-1][1] <= units[0].start:
        return units
    i = 0
    while i < len(units):
        u = units[i]
        while k < len(spans) and spans[k][1] <= u.start:
            k += 1
        if k < len(spans) and spans[k][0] <= u.start < spans[k][1] and u.kind != BREAK:
            a, b, idx = spans[k]
            last = u
            while i < len(units) and units[i].start < b:
                last = units[i]
                i += 1
            out.append(Unit(text[a:b], a, b, NAME, proper=True, known=idx, poss=last.poss))
            k += 1
            continue
        out.append(u)
        i += 1
    return out


# ---------------------------------------------------------------- parts and heads


def _chunks(units: list[Unit]):
    """Maximal runs of name units with connectors inside; a possessive ends a run. Each comes
    with whether a name in it is proper, known or a legal form (read here, in the one pass)."""
    cur: list[Unit] = []
    marked = False
    for u in units:
        kind = u.kind
        if kind == NAME or kind == CONN or kind == COORD:
            if kind != NAME:
                if cur:
                    cur.append(u)
                continue
            cur.append(u)
            if u.proper or u.known >= 0 or u.legal:
                marked = True
            if u.poss:
                yield _trim(cur), marked
                cur = []
                marked = False
            continue
        if cur:
            yield _trim(cur), marked
            cur = []
            marked = False
    if cur:
        yield _trim(cur), marked


def _trim(c: list[Unit]) -> list[Unit]:
    while c and c[-1].kind != NAME:
        c = c[:-1]
    return c


_PREFIXES: dict[int, frozenset] = {}


def _prefixes(table, joiner: str) -> frozenset:
    """Every prefix of every entry of a (per-process, cached) table: _seq stops as soon as the
    text read so far can no longer grow into an entry. A table is always read with its own
    language's joiner, so its identity is the key."""
    key = id(table)
    p = _PREFIXES.get(key)
    if p is None:
        if joiner:
            p = frozenset(joiner.join(e.split(joiner)[:k]) for e in table for k in range(1, len(e.split(joiner)) + 1))
        else:
            p = frozenset(e[:k] for e in table for k in range(1, len(e) + 1))
        _PREFIXES[key] = p
    return p


def _seq(units: list[Unit], i: int, table, maxlen: int, joiner: str) -> int:
    """Length in units of the longest entry of ``table`` starting at ``units[i]`` (0 if none)."""
    if i >= len(units) or maxlen < 1:
        return 0
    u = units[i]
    if u.kind == BREAK or u.known >= 0:
        return 0
    text = u.text
    pre = _PREFIXES.get(id(table)) or _prefixes(table, joiner)
    if text not in pre:
        return 0  # most units begin no entry: decided by one set lookup
    best = 1 if text in table else 0
    for n in range(2, min(maxlen, len(units) - i) + 1):
        u = units[i + n - 1]
        if u.kind == BREAK or u.known >= 0:
            break
        text = text + joiner + u.text
        if text not in pre:
            break
        if text in table:
            best = n
    return best


def _head_at(units: list[Unit], i: int, r: Rules) -> tuple[int, str]:
    """(length, tier) of the longest head starting at unit i."""
    if units[i].known >= 0 or units[i].kind != NAME:
        return 0, ""
    n = _seq(units, i, r.heads, r.max_head, r.joiner)
    if n:
        return n, r.heads[r.joiner.join(u.text for u in units[i : i + n])]
    t = units[i].text
    if r.inner_heads and t.endswith(r.inner_heads):  # a head inside one token (アマタコーポレーション)
        h = next(h for h in r.inner_heads if t.endswith(h))
        if len(t) > len(h) and not (h.isascii() and t[-len(h) - 1].isascii()):
            return 1, r.heads[h]  # (not DSC, ARC: a Latin head inside a Latin word)
    return 0, ""


def _inner(u: Unit, r: Rules) -> bool:
    if not r.inner_heads or u.text in r.heads or not u.text.endswith(r.inner_heads):
        return False
    return len(u.text) > len(next(h for h in r.inner_heads if u.text.endswith(h)))


def _points_back(part: list[Unit], start: int, r: Rules, text: str) -> bool:
    """A word that points back (同, 両, この) stands right before the name: 同水道局, この協会;
    not 同 opening a word (同済大学: 済 is its suffix)."""
    a = part[start].start
    if part[start].text in r.deictic:
        return start + 1 < len(part) and not part[start + 1].tag.startswith("接尾辞")
    if start > 0 and part[start - 1].end == a and part[start - 1].text in r.deictic:
        return not part[start].tag.startswith("接尾辞")
    return any(text.endswith(w, 0, a) for w in r.deictic if len(w) > 1)


def _split_titles(chunk: list[Unit], r: Rules) -> list[tuple[list[Unit], bool]]:
    """Cut a chunk at job titles (山中市長, IPCC Working Group II Co-Chair, Director of …);
    each segment comes with whether a title stands right before it."""
    segs: list[tuple[list[Unit], bool]] = []
    cur: list[Unit] = []
    after = False
    i = 0
    while i < len(chunk):
        tl = 0
        if chunk[i].kind == NAME and chunk[i].known < 0:
            tl = _seq(chunk, i, r.titles, 4, r.joiner)
            if tl and tl <= _seq(chunk, i, r.heads, r.max_head, r.joiner):
                tl = 0  # 理事会 is a body, 理事 a title
            if tl and r.lang == "ja" and i + tl < len(chunk) and not chunk[i + tl].person:
                tl = 0  # Japanese is head-final: 長官官房秘書課 is a division, not a title
            if (
                tl == 1
                and chunk[i].text in r.royal_titles
                and i + 2 < len(chunk)
                and chunk[i + 1].kind == NAME
                and any(_head_at(chunk, k, r)[1] in ("any", "legal") for k in range(i + 2, min(len(chunk), i + 5)))
            ):
                tl = 0  # King Edward Grammar School, Queen Elizabeth Hospital: a body named after a sovereign
        if tl:
            while cur and cur[-1].text in r.title_modifiers:
                cur = cur[:-1]  # 特別顧問, 名誉会長: the modifier belongs to the title
            if _trim(cur):
                segs.append((_trim(cur), after))
            cur = []
            i += tl
            after = True  # a person's name follows a bare title (Co-Chair Robert Vautard)
            while i < len(chunk) and chunk[i].kind != NAME:
                after = False  # "CEO of X": a body (or a portfolio) follows the preposition
                i += 1
            continue
        cur.append(chunk[i])
        i += 1
    if _trim(cur):
        segs.append((_trim(cur), after))
    return segs


_KANJI_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def _ja_name_start(part: list[Unit], start: int, hs: int, r: Rules, text: str) -> int:
    """Where a Japanese name begins once what only stands before it is left out: a schedule's
    time, a photo caption's position, an adverbial noun of the prose, a post and its holder."""
    if start < hs and part[start].text.isdigit() and text[part[start].start - 1 : part[start].start] in (":", ".", "/"):
        start += 1  # 14:00 県観光営業部長, 1.31筑波大学: a time or a date before the name is no part of it
    if (pm := _POSITION_MARK.match(text, part[start].start)) is not None:
        # 写真左から2人目五邑大学卓雄副学長, 2列目以後…: a place in a photo, not the name
        start = next((k for k in range(start, hs + 1) if part[k].start >= pm.end()), start)
    while (
        start < hs
        and (_HIRAGANA_WORD.fullmatch(part[start].text) or _KANJI_WORD.fullmatch(part[start].text))
        and "副詞可能" in part[start].tag
        and part[start].text not in r.adverbial_name_words  # (生涯学習課: lifelong learning)
    ):
        start += 1  # 勤務したとき宮崎県日中友好協会, 過去山口大学に留学: an adverbial noun is prose
    for k in range(hs - 1, start, -1):
        if part[k].text in ("=", "＝") and part[k - 1].text in r.titles:
            start = k + 1  # (会長=宇田川紀通・武蔵商事株式会社社長): a post, then its holder
            break
    k = next((k for k in range(start, hs) if part[k].text == "・"), None)
    if (
        k is not None
        and k > start
        and all(u.person or u.text in r.titles for u in part[start:k])
        # (高山・デンバー友好協会: two towns, the first a surname too, name one body)
        and not (k + 1 < hs and _place_pair(r.joiner.join(u.text for u in part[start:k]), part[k + 1].text))
    ):
        # 宇田川紀通・武蔵商事株式会社社長: the holder's name, then the body; 団長・田村…: a post
        start = k + 1
    if r.honorifics and (k := max((k for k in range(start, hs) if part[k].text in r.honorifics), default=-1)) >= 0:
        start = k + 1  # 国際交流員ズザンネさん役場企画調整課, 山田太郎氏日本国際交流センター: a person, then the body
    while (
        start + 1 < hs
        and r.lang == "ja"
        and part[start].text in r.titles
        and part[start].kind == NAME
        and part[start + 1].text not in r.post_offices
    ):
        # 会長台南ベーカリービジネス協会: a post before the body it heads (市長会 keeps its head;
        # 市長公室, 大臣官房: the post's own office opens the unit's name)
        start += 1
    for k in range(start, hs):
        if (n := _seq(part, k, r.field_labels, 4, r.joiner)) and k + n < hs:
            start = k + n  # 高齢者産業交流会|主催者名|ジェトロ大連事務所: a form's field, then its value
    if start + 2 <= hs and part[start].tag.endswith("人名-姓") and part[start + 1].tag.endswith("人名-名") and (
        (start + 2 < hs and part[start + 2].place) or (start + 2 == hs and "".join(u.text for u in part[hs : hs + 2]).endswith(tuple(r.council_heads)))
    ):
        start += 2  # 稲村久男北海道議会副議長: the holder's full name, glued to the body and the post
    if start + 1 < hs and part[start].text in r.han_surnames and part[start + 1].place:
        start += 1  # 朴全州市議会議長: a Korean holder's surname, glued to the body and the post
    if (
        start + 1 < hs
        and _country(part[start].text)
        and part[start + 1].place
        and _is_place(part[start + 1].text)
        and not _country(part[start + 1].text)
        and not _japanese_prefecture(part, start + 1)
    ):
        start += 1  # 中国山東大学: the country locates a body named after its own place (not 中国銀行)
    return start


_COUNCIL = re.compile(r"(.+?)([市町村])議会")
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}")


def _person_after(text: str, pos: int, r: Rules) -> bool:
    """の, a person's name in kanji and a post at pos (担当の井上学参事官)."""
    if not text.startswith("の", pos) or not (m := _KANJI_NAME.match(text, pos + 1)):
        return False
    return any(_title_at(text, e, r) for e in range(pos + 3, m.end() + 1))


def _holder_before_council(part: list[Unit], start: int, hs: int, end: int, r: Rules, text: str) -> bool:
    """望月昇市議会議員, 服部香代市議会議長: a person's full name (surname and given name, as
    UniDic reads them) before 市議会 and a post is a councillor of the text's own city, not a
    council of a city of that name (浜松市議会議長, ベリングハム市議会議員 stay bodies)."""
    m = _COUNCIL.fullmatch(text, part[start].start, part[end].end)
    if not m or not _title_at(text, part[end].end, r) or _municipality(m.group(1) + m.group(2)):
        return False
    units = [u for u in part[start:hs] if u.text not in ("市", "町", "村")]
    return len(units) >= 2 and all(u.person for u in units)


def _serial_complement(left: list[Unit], r: Rules) -> bool:
    """Committee on Urban Development, Housing and Land Management: a comma inside the
    complement before "and" makes the "and" close a serial list of the topic, not a second
    name."""
    k = next((i for i, u in enumerate(left) if u.kind == CONN and u.text in r.complement), None)
    if r.lang != "en" or k is None:
        return False
    commas = [i for i in range(k + 1, len(left)) if left[i].text == ","]
    if commas == [len(left) - 1]:
        return False  # Tianjin Academy of Fine Arts, and Time-Light Art Group: one comma before "and" lists two names
    # (…Transport, Tourism and Sport and Dublin City Council: the list closed at its own "and")
    return bool(commas) and not any(u.text in ("and", "&") for u in left[commas[-1] + 1 :])


def _body_end(part: list[Unit], start: int, hs: int, r: Rules) -> int | None:
    """The last unit before ``hs`` that ends a body's name (a known body or a strong head)."""
    for k in range(hs - 1, start - 1, -1):
        if part[k].known >= 0:
            return k
        for i in range(start, k + 1):
            hl, tier = _head_at(part, i, r)
            if hl and i + hl - 1 == k and tier not in ("weak", "faint"):
                return k
    return None


def _company_named(units: list[Unit], r: Rules) -> bool:
    """Words before a company head and the head at the end (Vietnam Airlines, Delta Air Lines)."""
    words = [u.text for u in _trim(units) if u.kind == NAME]
    return any(
        len(words) > len(h.split()) and words[-len(h.split()) :] == h.split() for h in r.company_heads
    )


def _complete(units: list[Unit], r: Rules) -> bool:
    """A name on its own: a known body, a strong head, or a weak head at its end."""
    names = [u for u in units if u.kind == NAME]
    if not names:
        return False
    for i, u in enumerate(units):
        if u.known >= 0:
            return True
        hl, tier = _head_at(units, i, r)
        if hl and (tier != "weak" or i + hl >= len(units)):
            return True
    return False


def _acronym_of_whole(seg: list[Unit], r: Rules, text: str) -> bool:
    """Institute for Smart Cities and Management (ISCM): an acronym in brackets spelt from the
    whole run names one body, "and" and all."""
    seg = _trim(seg)
    if r.lang != "en" or not seg or not any(u.text in ("and", "&") for u in seg):
        return False
    m = _ACRONYM_AFTER.match(text, seg[-1].end)
    name = text[seg[0].start : seg[-1].end]
    if not m or not _initials_of(m.group(1), name):
        return False
    k = next(i for i, u in enumerate(seg) if u.text in ("and", "&"))  # (not: the last part's own)
    return not _initials_of(m.group(1), text[seg[k + 1].start : seg[-1].end]) if k + 1 < len(seg) else True


def _split_coordination(seg: list[Unit], r: Rules) -> list[list[Unit]]:
    """Split "A and B", "A, B", 国土交通省・環境省 when both sides are names on their own."""
    coords = [
        i
        for i, u in enumerate(seg)
        if (u.kind == COORD or (u.kind == CONN and u.text in r.coordinators)) and not _before_legal(seg, i, r)
    ]
    if not coords:
        return [seg]
    parts: list[list[Unit]] = []
    start = 0
    listed = False  # a comma has split the run: it is a list of names
    for n, c in enumerate(coords):
        nxt = coords[n + 1] if n + 1 < len(coords) else len(seg)
        left, right = seg[start:c], seg[c + 1 : nxt]
        if not _trim(left):
            continue
        if (
            r.lang == "ja"
            and seg[c].text == "・"
            and 0 < c < len(seg) - 1
            and _katakana_around(seg, c)
            and seg[c - 1].known < 0
            and not _place(seg[c - 1].text)
        ):
            continue  # 国連グローバル・コミュニケーション局: a katakana name written in parts
        if r.lang == "ja" and seg[c].text == "・" and _section_topics(left, right, r):
            continue  # 商工観光部観光・シティプロモーション課: two topics of one section after its department
        if r.lang == "ja" and seg[c].text == "・" and r.pair_body_words and right:
            town = r.joiner.join(u.text for u in _trim(left))
            if (
                not town.endswith(("市", "町", "村", "区", "県", "府", "都"))
                and _place_pair(town, right[0].text)
                and any(w in r.joiner.join(u.text for u in right) for w in r.pair_body_words)
            ):
                continue  # 高山・デンバー友好協会: two towns, written bare, name one body of their tie (加西市・加西市国際交流協会 is a city and its body)
        names_right = [u for u in right if u.kind == NAME]
        names_left = [u for u in left if u.kind == NAME]
        if (
            r.lang == "en"
            and seg[c].text == "and"
            and len(names_left) == 1
            and _is_acronym(names_left[0].text)
            and _complete(right, r)
        ):
            parts.append(_trim(left))  # SALGA and eThekwini Municipality: a body's acronym, then another body
            start = c + 1
            continue
        if (
            r.lang == "en"
            and seg[c].text == "and"
            and names_right
            and names_right[-1].text in r.portfolio_heads_en
            and 2 <= len(names_right) <= 4
            and not any(u.text == "the" for u in right)
            and names_left
            and not _head_at(left, left.index(names_left[-1]), r)[0]
            and not _is_place(names_left[-1].text)
            and not _is_city(names_left[-1].text)
            and not _is_acronym(names_left[-1].text)
            and names_left[-1].known < 0
        ):
            continue  # the Union Housing and Urban Affairs Ministry: two portfolios before one head
        if (
            r.lang == "en"
            and seg[c].text == "and"
            and c > 0
            and seg[c - 1].text == ","
            and len(names_right) == 1
            and _is_acronym(names_right[0].text)
        ):
            parts.append(_trim(left))  # the German Association of Cities, and SKEW: another body
            start = c + 1
        elif (
            r.lang == "en"
            and seg[c].text == "and"
            and _complete(right, r)
            and (t := next((k for k, u in enumerate(left) if u.text in r.titles and k > 0), None)) is not None
            and sum(1 for u in left[t + 1 :] if u.kind == NAME) >= 2
        ):
            # UMass Dartmouth Chancellor Robert Johnson and Dartmouth Select Board: a post and its
            # holder's name end the body before them; the body after "and" is another
            parts.append(_trim(left[:t]))
            start = c + 1
        elif seg[c].text in ("and", ",") and _company_named(right, r) and any(u.kind == NAME for u in left):
            # Hyundai Merchant Marine and Vietnam Airlines: a company's name holds no "and"
            parts.append(_trim(left))
            start = c + 1
        elif seg[c].text == ",":
            rest = " ".join(u.text for u in right if u.kind == NAME)
            # Committee for Brisbane, Brisbane: a place after the comma says where the body is
            after = next((u.text for u in seg[c + 1 :] if u.text.strip()), "")
            # of Antiquities, and Kim Hyun-Mo: a comma then "and" after the complement's first
            # item is no list of its words (Land, Infrastructure, Transport and Tourism has more)
            serial_pair = r.lang == "en" and after == "and" and not any(u.text == "," for u in left)
            if serial_pair or not _in_complement(left, r) or _complete(right, r) or (rest and _is_place(rest)) or _list_closes(seg, c, nxt, r):
                parts.append(_trim(left))
                start = c + 1
                listed = True
        elif (
            listed
            and r.lang == "en"
            and seg[c].text == "and"
            and names_left
            and names_right
            and not _complete(left, r)
            and not _adjectival(names_left[-1].text)
            and not _adjectival(names_right[0].text)
            and _complete(right, r)
        ):
            # Delta, Shinola and Cog Studio, Westfield Health and Reach Studios: a serial list's last
            # two items (not Educational, Scientific and Cultural Organization, Lakshmi Pain and
            # Palliative Care Trust: an adjective beside "and" coordinates words of one name)
            parts.append(_trim(left))
            start = c + 1
        elif r.lang == "en" and _jurisdiction_of_place(left, r) and _complete(right, r):
            parts.append(_trim(left))  # The City of Columbia and Columbia World Affairs Council
            start = c + 1
        elif (
            r.lang == "en"
            and seg[c].text == "and"
            and names_left
            and names_right
            and all(u.kind == NAME for u in _trim(left))
            and _is_place(" ".join(u.text for u in names_left))
            and not (_is_place(names_right[0].text) and _pair_body(left, names_right, r))
            and names_right[0].text not in r.area_words  # (Caerphilly and District Twinning Association)
            and _place(" ".join(u.text for u in names_left) + " and " + names_right[0].text) is None
            and _complete(right, r)
            and not _head_at(right, right.index(names_right[0]), r)[0]
        ):
            # Mashiko and St Ives Town Council, Sacramento and North State Public Radio: a place,
            # then a body of its own name (not Trinidad and Tobago …, a country of two names)
            start = c + 1
        elif (
            r.lang == "en"
            and seg[c].text == "and"
            and len(names_left) >= 2
            and all(u.kind == NAME for u in _trim(left))
            and not _complete(left, r)
            and names_right
            and (
                _place(names_right[0].text) is not None
                or (_seat_city(names_right[0].text) and names_right[0].text.lower() not in r.common_words)
                # (Bangkok Expressway and Metro Public Company: a common word is no town here)
                or _coined(names_right[0].text, r)
            )
            and not any(u.person for u in names_left)
            and not _pair_body(left, names_right, r)
            and _has_strong_head(right, r)
            and not _head_at(right, right.index(names_right[0]), r)[0]
        ):
            # Maryland Five-Star and Maryland Horse Industry Board, Texas Central Rail and Japan
            # Central Railway: words without a head, then a body named from a place or a coined
            # word (not Energy Research and Development Authority: a common word goes on the
            # topic); the words before are kept only where a head's word ends them, never a
            # person's name (chairman Tan Kai and Kota Samarahan …)
            if _head_at(left, len(left) - 1, r)[0]:
                parts.append(_trim(left))
            start = c + 1
        elif r.lang == "ja" and all(u.person for u in _trim(left)) and _complete(right, r):
            start = c + 1  # 上村司・外務省中東アフリカ局長: the holder's name, then the body
        elif r.lang == "ja" and r.joiner.join(u.text for u in _trim(left)) in r.generic and _complete(right, r):
            start = c + 1  # 第一審・徳島地方裁判所: a common word, then the body
        elif (
            _complete(left, r)
            and not _serial_complement(left, r)
            and not (_portfolio(left, r) and _topic_words(right, r))
            and not (_portfolio(left, r, r.academic_heads_en) and _topic_words(right, r) and not _has_strong_head(right, r))
            and (
                _complete(_before_complement(right, r), r)
                or _starts_with_head(right, r)
                or (_ends_named(left, r) and not _portfolio(left, r))
            )
        ):
            parts.append(_trim(left))
            start = c + 1
        elif r.lang == "ja" and _complete(right, r) and _municipality("".join(u.text for u in _trim(left))):
            parts.append(_trim(left))  # 倉敷市・倉敷市教育委員会: a city and one of its bodies
            start = c + 1
        elif r.lang == "ja" and seg[c].text == "・" and _complete(right, r) and _territories(_trim(left), r):
            # 福井県・鯖江ロータリークラブ, 愛知県・名古屋市・名古屋観光コンベンションビューロー: places
            # written with their suffixes (県, 市), then a body named from a town of its own
            start = c + 1
        elif (
            r.lang == "ja"
            and seg[c].text in r.word_coordinators
            and _complete(right, r)
            and _trim(left)[-1].text[-1:] in r.territory_suffixes
        ):
            # 重慶市潼南区及び四川省, 東京都及び環境省: a place and then a body or another
            # place, coordinated by a word (never inside a name, unlike ・)
            parts.append(_trim(left))
            start = c + 1
        elif (
            r.lang == "ja"
            and seg[c].text in r.word_coordinators
            and _complete(seg[c + 1 :], r)
            and _PEOPLE_COUNTED.sub("", r.joiner.join(u.text for u in _trim(left))).endswith(r.people_nouns)
        ):
            start = c + 1  # 学生11名および台湾・輔仁大学: people, counted or not, and then a body
        elif r.lang == "ja" and _complete(right, r) and _trim(left)[-1].text in r.titles:
            start = c + 1  # 京都市副市長・世界歴史都市連盟会長: posts are coordinated, not names
        elif (
            _country(r.joiner.join(u.text for u in _trim(left)))
            and _complete(right, r)
            and not _country(_trim(right)[0].text)
        ):
            # 大韓民国・忠南大学校, Korea and Brisbane City Council: a country, then a body of
            # it or another (日本・ブラジル交流協会, Japan and Korea Society pair two)
            parts.append(_trim(left))
            start = c + 1
        elif (
            r.lang == "ja"
            and all(u.place for u in _trim(left))
            and _complete(right, r)
            and not _trim(right)[0].place
            and not (  # ウィーン・フィルハーモニー管弦楽団: a foreign name written with a middle dot
                _IS_KATA.fullmatch(_trim(left)[-1].text)
                and _IS_KATA.fullmatch(_trim(right)[0].text)
                and not _trim(left)[-1].tag.endswith("国")
            )
        ):
            # 東京・外務省飯倉公館: a place, then a body named without it (but 東京・大阪証券取引所
            # shares one head between two places)
            parts.append(_trim(left))
            start = c + 1
    parts.append(_trim(seg[start:]))
    return [p for p in parts if p]


def _territories(left: list[Unit], r: Rules) -> bool:
    """Places each written with a territory's suffix and joined by ・ (福井県, 愛知県・名古屋市)."""
    names = r.joiner.join(u.text for u in left).split("・")
    return all(len(x) >= 2 and x[-1] in r.listed_place_suffixes and _is_place(x) for x in names)


def _section_topics(left: list[Unit], right: list[Unit], r: Rules) -> bool:
    """商工観光部観光・シティプロモーション課, 都市局公園緑地・景観課: a department, one topic
    word, a dot, and a section named by its head alone at the end: the dot joins the section's
    two topics (not 日本郵政・ゆうちょ銀行, nor …事業・外務省…: a body on either side)."""
    left, right = _trim(left), _trim(right)
    if not left or not right or not _ends_on_head(right, r) or any(u.known >= 0 for u in left + right):
        return False
    ends = [x + hl for x in range(len(left)) for hl in (_head_at(left, x, r)[0],) if hl]
    if not ends or max(ends) >= len(left) or len(left) - max(ends) > 2:
        return False
    if any(
        u.place or u.person or u.proper or u.text in r.titles or not u.tag.startswith("名詞-普通名詞")
        for u in left[max(ends) :]
    ):
        return False  # (市議会議員・館山国際交流協会: a member's title, then another body)
    if not right[-1].text.endswith(r.topic_sections):
        return False  # (a section of the department: 課, 室, 係; not …書記・人民委員会)
    return not any(0 < _head_at(right, x, r)[0] < len(right) - x for x in range(len(right)))


def _pair_body(left: list[Unit], names_right: list[Unit], r: Rules) -> bool:
    """Japan and Korea Society, Huntingdon and Godmanchester Twinning Association: two places
    before a tie's word, two countries before a bare head, or a place before a small town's
    name (Victoria and Albert Museum) name one body (but Aberdeen and Houston Baptist
    University, Katsuura and Ichinoseki Council are a place and a body)."""
    if any(u.text in r.pair_body_words for u in names_right):
        return True
    first = names_right[0].text
    if _place(first) is None and not _seat_city(first):
        return True  # Victoria and Albert Museum, Brighton and Hove Albion: a small town's name is a word of the name
    return len(names_right) <= 2 and _country(" ".join(u.text for u in _trim(left)))


_ADJECTIVE_END = ("al", "ic", "ive", "ary", "ous")


def _adjectival(word: str) -> bool:
    """Scientific, Cultural, Palliative: a capitalised adjective, which coordinates within a name."""
    return word[:1].isupper() and word[1:].islower() and word.lower().endswith(_ADJECTIVE_END)


def _named_word(word: str, r: Rules) -> bool:
    """Shinola, Cleveland: no common English word, or a large place's name."""
    return word.lower() not in r.common_words or _place(word) is not None or _seat_city(word)


def _list_closes(seg: list[Unit], c: int, nxt: int, r: Rules) -> bool:
    """the French American Chamber of Commerce, Global Cleveland and LAND Studio: after a comma,
    a name whose last word is no common word, then "and" and a name with a head of its own, close
    a list of bodies (not a complement's topics: Ministry of Land, Infrastructure and Tourism)."""
    if r.lang != "en" or nxt >= len(seg) or seg[nxt].text != "and":
        return False
    names = [u for u in seg[c + 1 : nxt] if u.kind == NAME]
    after = _trim(seg[nxt + 1 :])
    return (
        bool(names)
        and all(u.kind == NAME for u in _trim(seg[c + 1 : nxt]))
        and _named_word(names[-1].text, r)
        and not _head_at(seg[c + 1 : nxt], len(seg[c + 1 : nxt]) - 1, r)[0]
        and bool(after)
        and _has_strong_head(after, r)
        and not _starts_with_head(after, r)
    )


def _before_complement(units: list[Unit], r: Rules) -> list[Unit]:
    """Department of Economic and Social Affairs of the United Nations: what follows "of" is a
    complement of the name being read, not a second name."""
    for k, u in enumerate(units):
        if u.kind == CONN and u.text in r.complement:
            return units[:k]
    return units


def _ends_named(units: list[Unit], r: Rules) -> bool:
    """A name closed by its head or a known body ("ElectricFish Energy, Inc. and Neology")."""
    names = [i for i, u in enumerate(units) if u.kind == NAME]
    if not names:
        return False
    last = units[names[-1]]
    if last.known >= 0 or last.text in r.heads and r.heads[last.text] != "weak":
        return True
    return False


def _before_legal(seg: list[Unit], i: int, r: Rules) -> bool:
    """ElectricFish Energy, Inc.: the comma belongs to the name."""
    return seg[i].text == "," and i + 1 < len(seg) and r.heads.get(seg[i + 1].text) == "legal"


def _jurisdiction_of_place(units: list[Unit], r: Rules) -> bool:
    """City of Columbia, County of Los Angeles: a city government's own form, a name of its own."""
    names = [u for u in units[_skip(units, 0, r) :] if u.kind != BREAK]
    return (
        len(names) >= 3
        and names[0].text in r.jurisdictions
        and names[1].text == "of"
        and (_is_city(place := " ".join(u.text for u in names[2:])) or _is_place(place))
    )


def _portfolio(units: list[Unit], r: Rules, heads: frozenset | None = None) -> bool:
    """Ministry of Local Government (and Rural Development): a portfolio's topic, in which a
    head word (Government) does not close the name. With ``heads``, an academic unit's field
    (School of Economics and Management), which a body with a head of its own does end."""
    heads = r.portfolio_heads_en if heads is None else heads
    names = [u for u in units[_skip(units, 0, r) :] if u.kind != BREAK]
    # L.A. Department of …, Virginia Department of Agriculture and …: a place before the head
    k = next((i for i, u in enumerate(names[:3]) if u.text in heads), 0)
    if k and not (
        _ABBREVIATED_PLACE.fullmatch(names[0].text) and k == 1 or _is_place(" ".join(u.text for u in names[:k]))
    ):
        k = 0
    return len(names) >= 3 + k and names[k].text in heads and names[k + 1].text in ("of", "for")


def _has_strong_head(units: list[Unit], r: Rules) -> bool:
    """A head that makes a body of its own (Harvard University), not a weak one (Management)."""
    return any((h := _head_at(units, k, r))[0] and h[1] != "weak" for k in range(len(units)))


_ABBREVIATED_PLACE = re.compile(r"(?:[A-Z]\.){2,3}")  # L.A., D.C., U.K.


def _topic_words(units: list[Unit], r: Rules) -> bool:
    """Local Government (Ministry of Housing and Local Government): a few words that continue a
    portfolio's topic, not a body of their own (no known body, place, acronym or leading head)."""
    names = [u for u in _trim(units) if u.kind == NAME]
    first = next((k for k, u in enumerate(units) if u.kind == NAME), len(units))
    # (Department of Water and Power, Ministry of Mines and Energy: a weak head word is a topic)
    weak_first = len(names) == 1 and first < len(units) and _head_at(units, first, r)[1] == "weak"
    return (
        0 < len(names) <= 3
        and (weak_first or not _starts_with_head(units, r))
        and not any(u.known >= 0 or _is_acronym(u.text) or _is_place(u.text) for u in names)
    )


def _starts_with_head(units: list[Unit], r: Rules) -> bool:
    i = next((k for k, u in enumerate(units) if u.kind == NAME), len(units))
    return i < len(units) and _head_at(units, i, r)[0] > 0


def _in_complement(units: list[Unit], r: Rules) -> bool:
    """A comma continues a name only inside its complement (Ministry of Land, Infrastructure, …)
    and only until an "and" has closed the list."""
    if r.lang == "ja":
        return True
    state = 0
    for i, u in enumerate(units):
        if u.kind == NAME and _head_at(units, i, r)[0]:
            state = 1
        elif state == 1 and u.kind == CONN and u.text in r.complement:
            state = 2
        elif state == 2 and u.text == "and":
            state = 3
    return state == 2


def _plural_kind(part: list[Unit], k: int, r: Rules) -> bool:
    """A capitalised plural noun (Authorities, Ministers) that is no head of its own."""
    u = part[k]
    w = u.text
    return (
        r.lang == "en" and u.kind == NAME and u.known < 0 and w[:1].isupper() and w[1:].islower()
        and len(w) > 3 and w.endswith("s") and not w.endswith("ss") and not _head_at(part, k, r)[0]
    )


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    return frozenset(number_words()["units"])


def _skip(part: list[Unit], i: int, r: Rules) -> int:
    """Past leading connectors and words that never begin a name (The, About, 本庁, 親会社)."""
    while i < len(part):
        if part[i].kind != NAME:
            i += 1
            continue
        n = _seq(part, i, r.strip, 3, r.joiner) if part[i].known < 0 else 0
        if (
            n
            and r.lang == "ja"
            and i + n < len(part)
            and _ONE_KANJI.fullmatch(part[i + n].text)
            and part[i + n].text not in r.generic
            and part[i + n].start == part[i + n - 1].end
        ):
            break  # 同済大学: 同 glued to a lone kanji begins a name (not 同社, 同市)
        if not n and r.lang == "en" and part[i].known < 0:
            w = part[i].text
            # THE 20th Davao City Council: an article in capitals, a council's term number
            n = int(
                _ORDINAL_WORD.fullmatch(w) is not None
                or (w.isupper() and w.capitalize() in r.strip and w not in r.uppercase_keep)
                # Twenty-two Tsuda College students: a number word written with its hyphen
                or ("-" in w and all(p.lower() in _number_words() for p in w.split("-")))
            )
        if (
            n == 1
            and r.lang == "en"
            and part[i].text == "All"
            and i + 1 < len(part)
            and _place(part[i + 1].text) is not None
        ):
            break  # All China Federation of …, All India Radio, All Ceylon …: the nation's, named so
        if not n:
            break
        i += n
    return i


_POSSESSOR = re.compile(r"(?<![\w.])([A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3})['’]s[ \t]+\Z")
_POSITION_MARK = re.compile(r"[0-9]+(?:人|列|番|段)目(?:以後|以降|から)?")
_HIRAGANA_WORD = re.compile(r"[\u3041-\u309f]+")
_ONE_KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _names_in(part: list[Unit], r: Rules, text: str) -> tuple[list[Name], list[Unit]]:
    """The names a part holds, and the known bodies it mentions on their own."""
    names: list[Name] = []
    knowns: list[Unit] = []
    n = len(part)
    start = i = _skip(part, 0, r)
    gov: list | None = None  # [head index, name end index, tier]
    comp = comp_and = False
    topic = False  # the complement names a topic (on, for): a programme's name may stand in it

    def close() -> None:
        nonlocal gov
        if gov is not None:
            nm = _validate(part, start, gov, r, text)
            if nm and not (r.kind_of_school is not None and r.kind_of_school.fullmatch(text, nm.start, nm.end)):
                names.append(nm)
        gov = None

    while i < n:
        u = part[i]
        if u.kind != NAME:
            if u.kind == CONN and u.text in r.complement:
                if (
                    gov and gov[1] == i - 1 and not comp and r.lang == "en"
                    and (r.heads.get(part[gov[1]].text) == "legal" or (part[gov[1]].text in r.town_after_heads and gov[1] > start))
                ):
                    # Kokken Brewery Co. of Minamiaizu, Kirkstall Brewery of Leeds: a legal form or a
                    # trade's head after a name ends the name; "of" gives its town, which starts no name
                    close()
                    comp = False
                    i = _skip(part, i + 1, r)
                    while i < n and part[i].kind == NAME:
                        i += 1
                    start = i = _skip(part, i, r)
                    continue
                elif gov and gov[1] == i - 1 and not comp:
                    comp, comp_and = True, False
                    topic = u.text in r.topic_connectors
                elif not comp and i > start and part[i - 1].text not in r.jurisdictions:
                    # "Meeting of the Intergovernmental Panel": the name starts after "of (the)".
                    close()
                    start = i = _skip(part, i + 1, r)
                    continue
            elif comp and u.text == "and":
                comp_and = True
            elif comp and _before_legal(part, i, r):
                pass  # Okinawa Association of America, Inc.: the legal form closes the whole name
            elif comp and u.text == "," and not comp_and and r.lang == "en" and not _serial_closes(part, i):
                # Department of Foreign Trade, Korean Consul, Suseong-gu and interested…: a
                # comma in a topic is a serial list only when "and <Name>" closes it
                close()
                comp = False
                start = i = _skip(part, i + 1, r)
                continue
            elif comp and u.text == "," and comp_and:
                close()
                comp = False
                start = i = _skip(part, i + 1, r)
                continue
            i += 1
            continue
        if u.known >= 0 and gov is None and (
            _qualified_known(part, start, i, r, text) if r.lang == "ja" else _qualified_known_en(part, start, i, r, text)
        ):
            gov = [i, i, "any"]
            i += 1
            continue
        if u.known >= 0 and _describes(text, part[i].end, r) and not _spelled_out(u, r):
            i += 1  # 国連機関, "the UN body": a kind of body, not this one
            continue
        if u.known >= 0 and comp and gov and _of_the(part, i, r):
            gov[1] = i  # Board of Governors of the Asian Development Bank: one body, taken whole
            i += 1
            continue
        if u.known >= 0:
            if comp:  # a known body ends a complement and starts a name of its own
                close()
                comp = False
                start = i
            knowns.append(u)
            office = _office(part, i, r, text)
            if office:
                names.append(Name(u.start, part[office].end, "ok", "organizations.office"))
            i += 1
            continue
        hl, tier = _head_at(part, i, r)
        if not hl and u.text in r.network_members and i + 2 < n and part[i + 1].text == "for" and part[i + 2].kind == NAME:
            if comp and gov and part[i - 1].text in ("and", "&"):
                close()  # Ministry of Culture of Kobe and Students for Peace: a second name
                comp, start = False, i
            if not comp:
                hl, tier = 1, "network"  # Mayors for Peace, Cities for Clean Air: a network of its members
        if hl and not (comp and tier == "weak"):
            end = i + hl - 1
            while end + 1 < n and part[end + 1].text in r.qualifiers:
                end += 1  # Working Group II
            if r.lang == "ja" and end + 2 == n and part[end + 1].place and tier in ("weak", "proper"):
                end += 1  # エコネットワーク岡山: a body and the place it serves
            if (
                comp and gov is not None and not comp_and
                and part[gov[0]].text in r.portfolio_heads_en
                and end + 2 < n and part[end + 1].text in ("and", "&") and part[end + 2].kind == NAME
            ):
                # Ministry of Local Government and Rural Development, Ministry of Municipality &
                # Urban Planning: a head word in a portfolio is part of its topic, which goes on
                # after "and"
                gov[1] = end
                i = end + 1
                continue
            if comp and gov is not None and end + 1 < n and _plural_kind(part, end + 1, r):
                # Caribbean Association of Local Government Authorities: a head word before a
                # plural noun is a modifier in the complement, which goes on
                gov[1] = end + 1
                i = end + 2
                continue
            gov = [i, end, tier]
            comp = False
            i = end + 1
            continue
        if _is_stop(u.text, r) and comp and gov and gov[2] != "network" and (topic or (r.lang == "en" and _of_the(part, i, r))):
            gov[1] = i  # Open Working Group on Sustainable Development Goals: the topic's name
            # (not a network's members' cause: the Mayors for Peace Conference is an event);
            # a stop word right after "of" is the complement's topic too, since an event is no
            # body's remit (National Institute of Standards and Technology, Ministry of Road
            # Transport), while one after the complement's words names an event (Ministry of
            # Culture Award)
            i += 1
            continue
        if _is_stop(u.text, r):
            # An event, programme, prize or venue: the names before it are part of its name;
            # a well-known body right before it is its host and named there (全国市長会総会), and
            # so is a name with a body's own head (木津川市国際交流協会総会: its general meeting).
            if gov is not None and gov[1] == i - 1 and gov[2] == "proper" and not comp and _gathering(u.text, r):
                close()
            gov = None
            comp = False
            # (文化庁国際芸術支援事業: a known body before a programme it funds is named there;
            # the read golds take it 23 times in 25)
            knowns = [k for k in knowns if (k is part[i - 1] and _gathering(u.text, r)) or u.text.endswith(r.programme_words)]
            names = [nm for nm in names if nm.rule != "organizations.office"]
            i += 1
            continue
        if comp and gov:
            if u.text in r.complement_stop or u.text.isdigit():
                close()
                comp = False
                break
            gov[1] = i
        i += 1
    close()
    if r.session_counters:
        # 第78回国会外務委員会: a numbered session of a body is an event, not the body
        last = max((k for k in range(1, n) if part[k].text in r.session_counters and part[k - 1].text.isdigit()), default=-1)
        if last >= 0:
            knowns = [
                u for u in knowns if u.start < part[last].start or (r.group_words and text.startswith(r.group_words, u.end))
            ]  # but 第14次全国市長会訪中団 numbers the delegations of the body
    return names, knowns


def _of_the(part: list[Unit], i: int, r: Rules) -> bool:
    """Whether units[i] directly follows "of" or "of the" (not "and the")."""
    k = i - 1
    if k >= 0 and part[k].text == "the":
        k -= 1
    return k >= 0 and part[k].kind == CONN and part[k].text in r.complement


def _spelled_out(u: Unit, r: Rules) -> bool:
    """A known English name of three words or more names its body even before a generic noun
    (the Association of Southeast Asian Nations member states), where an acronym describes."""
    return r.lang == "en" and len(u.text.split()) >= 3


def _describes(text: str, pos: int, r: Rules) -> bool:
    """国連機関, the UN body, UN-sponsored talks, the EU 2030 target: a known name written before
    pos describes something else there; it names no body."""
    after = text[pos : pos + 24]
    if r.lang == "en":
        if _attributive(text, pos, r):
            return True
        after = after.lstrip(" ")
        return any(after.startswith(w) and not after[len(w) : len(w) + 1].isalpha() for w in r.known_generic_after)
    name = text[max(0, pos - 8) : pos]
    if any(name.endswith(k) and after.startswith(v) for k, v in r.compound_words.items()):
        return True  # 国会議員: a member of the Diet, no mention of the Diet
    return after.startswith(r.known_generic_after) if r.known_generic_after else False


_HYPHEN_WORD = re.compile(r"-([A-Za-z]+)\b")
_YEAR_AFTER = re.compile(r" (?:19|20)[0-9]{2}\b(?! ?[-–,])")


@lru_cache(maxsize=2)
def _pair_after(lang: str) -> re.Pattern:
    """ and US cities: a coordinator, a second name and a plural noun after a known name."""
    words = "|".join(re.escape(w) for w in rules(lang).coordinators if w != ",")
    return re.compile(rf"[ \t]+(?:{words})[ \t]+([A-Z][A-Za-z.]+)[ \t]+[a-z]+s\b")


def _attributive(text: str, pos: int, r: Rules) -> bool:
    """UN-sponsored, EU-China, the EU 2030 target: a known name before a participle, a
    country or a year describes something else."""
    m = _HYPHEN_WORD.match(text, pos)
    if m:
        w = m.group(1)
        return w in r.attributive_participles or (w[0].isupper() and _country(w))
    if (m := _pair_after(r.lang).match(text, pos)) and _country(m.group(1)):
        return True  # between EU and US cities: a pair of modifiers before a plural noun
    return bool(_YEAR_AFTER.match(text, pos))


def _qualified_known(part: list[Unit], start: int, i: int, r: Rules, text: str) -> bool:
    """京畿地方警察庁: a known Japanese name ending in a head, written after a place, is that
    place's own body (not Japan's 警察庁)."""
    name = text[part[i].start : part[i].end]
    if not name.endswith(r.short_heads):
        return False
    before = [u for u in part[start:i] if u.kind == NAME]
    # 第14次|全国市長会: an ordinal before the name numbers something, it names no place
    while before and (before[-1].text in r.session_counters or before[-1].text in r.date_counters):
        k = len(before) - 1
        if k >= 1 and _NUMBER.fullmatch(before[k - 1].text):
            before = before[: k - 1]
            if before and before[-1].text == "第":
                before.pop()
        else:
            break
    if before and (before[-1].person or (len(before) > 1 and before[-2].person and _NUMBER.fullmatch(before[-1].text))):
        return False  # 古賀友一郎参議院議員, 金子容三衆議院議員: a member's name before the body
    if any(_DIGITS.fullmatch(u.text) for u in before[-2:]):
        return False  # 警察23名・海上保安庁14名: a count before the body, no place
    return bool(before) and before[-1].known < 0 and any(u.text not in r.generic for u in before)


_EN_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ish|ian|an|ese|ic|i)")


def _serial_closes(part: list[Unit], i: int) -> bool:
    """Whether a serial list in a name's topic goes on from the comma at part[i] to an
    "and"/"&" with a name after it (Land, Infrastructure, Transport and Tourism)."""
    for k in range(i + 1, len(part) - 1):
        if part[k].text in ("and", "&"):
            return part[k + 1].kind == NAME
        if part[k].kind == BREAK:
            return False
    return False


def _qualified_known_en(part: list[Unit], start: int, i: int, r: Rules, text: str) -> bool:
    """Scottish Cities Alliance: a nationality before a known name ending in a head word
    names another body (not the Cities Alliance)."""
    name = text[part[i].start : part[i].end]
    if name.split()[-1] not in r.heads or i == start:
        return False
    prev = part[i - 1]
    if prev.kind == NAME and prev.known < 0 and bool(_EN_DEMONYM.fullmatch(prev.text)):
        return True
    # the Carbon Neutral Cities Alliance: capitalised words between "the" and the known name
    return (
        all(u.kind == NAME and u.known < 0 and u.text not in r.titles and u.text[:1].isupper() and _place(u.text) is None for u in part[start:i])
        and text[max(0, part[start].start - 4) : part[start].start].lower() == "the "
    )


def _office(part: list[Unit], i: int, r: Rules, text: str) -> int:
    """イクレイ日本, ICLEI Europe, UNDP Sri Lanka: a known body and a country or region."""
    if r.lang == "en":
        for j in range(min(i + 4, len(part)) - 1, i, -1):
            if (
                all(u.kind == NAME and u.known < 0 for u in part[i + 1 : j + 1])
                and text[part[i + 1].start : part[j].end] in r.region_names
                and not (j + 1 < len(part) and part[j + 1].kind == NAME)
            ):
                return j  # United Cities and Local Governments Asia Pacific: its regional section
    for j in range(i + 1, min(i + 4, len(part))):
        if part[j].kind != NAME or part[j].known >= 0:
            return 0
        s = text[part[i + 1].start : part[j].end]
        p = _place(s)
        if r.lang == "en" and j > i + 1 and part[j].text in r.region_words:
            return j  # World Health Organization Western Pacific Region: one of its regional offices
        if (p and p.kind in ("country", "region")) or (j == i + 1 and part[j].place and r.lang == "ja"):
            if j + 1 < len(part) and part[j + 1].kind == NAME and (r.lang == "en" or not p):
                return 0  # 外務省飯倉公館: the place names a venue of the body, not an office
            if _title_at(text, part[j].end, r):
                return 0  # ICLEI世界|執行委員: the place begins a post in the body, not an office of it
            return j
    return 0


@lru_cache(maxsize=8)
def _longest_first(words: frozenset) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _title_at(text: str, pos: int, r: Rules) -> bool:
    """A job title starts at pos (after a modifier: 副学長, 特別顧問) and is not the start of a
    head (理事 but not 理事会)."""
    mod = next((w for w in _longest_first(r.title_modifiers) if text.startswith(w, pos)), "")
    if mod and _title_rx(r.lang).match(text, pos + len(mod)):
        pos += len(mod)
    m = _title_rx(r.lang).match(text, pos)
    if not m:
        return False
    h = r.head_rx.match(text, pos)
    return not (h and h.end() > m.end())


def _lead(part: list[Unit], start: int, hs: int, end: int, r: Rules, text: str) -> int | None:
    """Where a name really starts: after a date (1979年東京大学) or a person's full name
    (太田耐造司法省…); None for a numbered session (第78回国会外務委員会), unless a title
    follows and the number counts holders of the post (第5代自由民主党総裁)."""
    i = start
    if (
        i < hs
        and _DIGITS.fullmatch(part[i].text)
        and (part[i].start == 0 or text[part[i].start - 1].isspace())
        and (_IS_KATA.fullmatch(part[i + 1].text) or part[i + 1].place or part[i + 1].proper)
    ):
        i += 1  # ⏎ 1サハリン州行政府: a list item's number before the name
    titled = bool(_title_rx(r.lang).match(text, part[end].end))
    for j in range(start, hs - 1):
        if part[j].kind == NAME and part[j].text.isdigit():
            nxt = part[j + 1].text
            if nxt in r.session_counters and not titled:
                return None
            if nxt in r.date_counters or nxt in r.session_counters:
                i = j + 2
    for j in range(i, hs):
        if part[j].text in ("=", "＝") and j > i and part[j - 1].place:
            i = j + 1  # (上海=新華社記者): a news photo's place, then the agency
    i = _skip(part, i, r)
    if i + 2 < hs and part[i].person and part[i + 1].person:
        i += 2
    elif (
        titled
        and i + 1 < hs
        and part[i].person
        and "姓" in part[i].tag
        and not part[i + 1].person
        and "".join(u.text for u in part[hs : end + 1]) not in r.legal_forms_set
    ):
        # 中田稚内商工会議所会頭: the holder's surname, the body, then the post (a company's
        # legal form keeps its founder's name: 岩谷産業株式会社代表取締役)
        i += 1
    elif (
        i < hs
        and (titled or part[hs].text in r.office_heads)  # (森記念財団都市戦略研究所: the surname names it)
        and part[i].person
        and "姓" in part[i].tag
        and not text.startswith(r.school_heads, part[hs].start)  # (安東大学校, 島田第一中学校: a place's)
        and (i + 1 == hs or not part[i + 1].person)
        and part[i + 1].text[:1] not in r.territory_suffixes  # (中山区政府: a ward's name)
        and _head_at(part, hs, r)[1] == "any"
        and not any(u.proper or u.place or u.known >= 0 for u in part[i + 1 : hs])
    ):
        # 栗林国際課国際企画係長, 藤谷議会運営委員長: a surname before an office named by common
        # words is its member's (a family name opens a company's name, 本田技研工業, not an office's)
        i += 1
    elif (
        titled
        and i + 1 < hs
        and part[i].place
        and part[i + 1].place
        and len(part[i].text) == 2
        and _place(part[i].text) is None
        and not _is_city(part[i].text + part[i + 1].text)
        and text[part[i].start - 1 : part[i].start] != "・"  # (鈴木高徳・成都日本商工クラブ会長: named before)
    ):
        i += 1  # 吉井稚内観光協会長: a surname UniDic reads as a place, then the body's place
    else:
        # 池ノ上克宮崎大学長: a given name, then the place that opens the body's name
        i = next((j + 1 for j in range(hs - 2, i - 1, -1) if "人名-名" in part[j].tag and part[j + 1].place), i)
    return _skip(part, i, r)


def _company_before(units: list[Unit], r: Rules) -> bool:
    """A company or a body stands before a branch head: トヨタ自動車(株)|筑波工場."""
    for k, u in enumerate(units):
        if u.legal or u.known >= 0:
            return True
        hl, tier = _head_at(units, k, r)
        if hl and tier not in ("branch", "weak") and any(x.proper for x in units[:k]):
            return True  # 三菱重工業|長崎造船所, not 自動車|工場
    return False


def _body_before(units: list[Unit], r: Rules) -> bool:
    """A named body ends before a section head: 日本都市計画学会|若手連絡会, 社会資本整備審議会|道路分科会."""
    for k, u in enumerate(units):
        if u.legal or u.known >= 0:
            return True
        hl, tier = _head_at(units, k, r)
        if not hl or tier in ("branch", "weak"):
            continue
        before = [x for x in units[:k] if x.kind == NAME and x.text not in r.generic]
        if any(x.proper for x in before) or (tier == "any" and before):
            return True
    return False


def _one_town_group(part: list[Unit], start: int, hs: int, end: int, r: Rules, text: str) -> bool:
    """Phoenix Sister Cities, Roanoke Valley Sister Cities: one town's association, named by the
    town alone (not two towns, a country, a possessive's list, or a programme after it)."""
    words = part[start:hs]
    if not words or end != hs + len(r.pair_network[0].split()) - 1 or any(u.kind != NAME for u in words):
        return False
    before = text[part[start].start : part[hs].start]
    if "-" in before or "–" in before or any(_place(u.text) or _country_adjective(u.text) or u.text.isdigit() for u in words):
        return False
    return not r.pair_network[1].match(text, part[end].end)


def _validate(part: list[Unit], start: int, gov: list, r: Rules, text: str) -> Name | None:
    hs, end, tier = gov
    if start > hs:
        return None
    holder = False  # a person's name stands before the body (畠山襄|国際経済交流財団会長)
    if r.lang == "ja":
        lead0 = start
        start = _lead(part, start, hs, end, r, text)
        if start is None or start > hs:
            return None
        holder = any(part[k].person for k in range(lead0, start))
        if (
            start + 1 < hs
            and _ONE_KANJI.fullmatch(part[start].text)
            and not (part[start].proper or part[start].place or part[start].known >= 0)
            and _IS_KATA.fullmatch(part[start + 1].text)
            and _title_at(text, part[end].end, r)
        ):
            start += 1  # 森シティプロモーション部次長: a one-kanji surname before an office and its post
        for j in range(hs - 1, start, -1):
            if part[j].text == r.concurrent_mark and text[part[start].start : part[j].start].endswith(tuple(r.titles)):
                start = j + 1  # FEC副会長兼日越文化経済委員会委員長: one post, then another body's
                break
        if hs > start and _PART_LETTER.fullmatch(part[hs - 1].text) and text[part[hs - 1].start - 1 : part[hs - 1].start] == "第":
            return None  # 第Ⅱ部, 第T部 (a Roman numeral garbled): a part of a programme
        if hs > start and _NUMBER.fullmatch(part[hs - 1].text):
            ordinal = hs - 2 >= start and part[hs - 2].text == "第"
            head = r.joiner.join(u.text for u in part[hs : end + 1])
            numeral = text[part[start].start : part[hs].start]
            if head in r.numeral_name_heads and _KANJI_NUMERAL.fullmatch(numeral):
                # 八十二銀行, 七十七銀行: a bank named by its charter's number (banks are counted in 行)
                return Name(part[start].start, part[end].end, "ok", "organizations.ordinal")
            placed = head in r.placed_ordinal_heads and hs - 2 > start  # 茨城県第23団
            if not (ordinal and (head in r.ordinal_heads or placed)):
                return None  # 6室, 10社, 第一部: a counter, not a head
            return Name(part[start].start, part[end].end, "ok", "organizations.ordinal")  # 第13師団
        nxt = part[end + 1] if end + 1 < len(part) else None
        if nxt is not None and nxt.suffix and nxt.text not in r.titles and nxt.text not in r.suffix_ok:
            return None  # 株式会社化, 大学生: the compound is not the body
        if r.territory_posts is not None and r.territory_posts.match(text, part[end].end - 1):
            return None  # 夏宝龍省長, 浙江省長: a province's governor, not a body
        start = _ja_name_start(part, start, hs, r, text)
        if start < hs and part[start].tag.startswith(r.person_pos) and text.startswith("長", part[end].end):
            # 大下龍介本部長, ゴメス本部長: the holder's name glued before the unit they head is no
            # part of its name (a unit named by nothing else is none)
            # (the tag, not Unit.person: a katakana name is a person's here, ゴメス本部長)
            k = next((k for k in range(start, hs) if not part[k].tag.startswith(r.person_pos) and part[k].text != "・"), hs)
            if part[k - 1].text == "・":
                while k < hs and _IS_KATA.fullmatch(part[k].text) and part[k].end == part[k + 1].start:
                    k += 1  # カオ・キム・ホーン外務国際協力省長官: the rest of a foreign full name
            if k == hs:
                return None
            start = k
        if _holder_before_council(part, start, hs, end, r, text):
            return None  # 望月昇市議会議員: a councillor's full name and post, no city named
        if _territory(text[part[start].start : part[end].end]):
            return None  # 江蘇省, 中華人民共和国江蘇省: a province, not a ministry
        if (
            r.apposition_after_words
            and text.startswith(r.apposition_after_words, part[end].end)
            and not any(u.proper or u.place or u.known >= 0 or _IS_KATA.fullmatch(u.text) for u in part[start : end + 1])
        ):
            return None  # イギリスの大都市連合であるコア・シティーズUK: a description of the name after it
        if part[hs].text in r.portfolio_heads and (
            _title_at(text, part[end].end, r) or _person_after(text, part[end].end, r)
        ):
            # 金沢大学国際担当副学長, 内閣府特命担当大臣: a portfolio and a post after the body;
            # 観光庁MICE推進担当の井上学参事官: the portfolio of the person named after it
            k = _body_end(part, start, hs, r)
            return Name(part[start].start, part[k].end, "ok", "organizations.head.any") if k is not None else None
    rest = [u for u in part[end + 1 :] if u.kind == NAME and not u.text.isdigit()]  # (福島民友新聞 5/17(水) 配信)
    if tier == "end" and rest and "".join(u.text for u in rest) not in r.end_followers:
        u = part[hs - 1]
        brand = (
            hs > start
            and (hs - 1 == start or part[hs - 2].text in ("・", "、"))
            and "固有名詞" in u.tag  # (ラッピングバス披露: a common word, katakana or not)
            and not _is_place(u.text)
        )
        if brand:
            start = hs - 1  # (栃木県・東武鉄道合同ブース: the list item before is another)
        else:
            # 施設建設工事: a company type must end the name (大和酒造|見学 is a visit to it), unless
            # a brand (no place the gazetteer knows) stands before it: 東武鉄道合同ブース
            return None
    if tier == "network" and (
        (hs > 0 and part[hs - 1].kind == CONN) or not any(u.kind == NAME for u in part[hs + 2 : end + 1]) or _programme_follows(text, part[end].end)
    ):
        return None  # Covenant of Mayors for …: the network words are a complement; …for Peace campaign
    if tier == "network":
        while start < hs and any(u.kind != NAME for u in part[start:hs]):
            start += 1  # Kobe and Students for Peace: only the words right before the members
    if r.pair_network is not None and r.joiner.join(u.text for u in part[hs : hs + len(r.pair_network[0].split())]) == r.pair_network[0] and not _one_town_group(
        part, start, hs, end, r, text
    ):
        return None  # Doha and Brasilia Sister Cities, Sister Cities of Japan: a pair or a tie, not a group
    prefix = [u for u in part[start:hs] if u.kind == NAME]
    if tier == "branch":
        if not _company_before(part[start:hs], r):
            return None  # 自動車工場: a plant of nobody named
        start = _country_lead(part, start, hs, r) if r.lang == "ja" else start
        return Name(part[start].start, part[end].end, "ok", "organizations.head.branch")
    inner = not prefix and _inner(part[hs], r)
    has_comp = any(
        u.kind == CONN and u.text in r.complement and not (u.text == "of" and part[hs].text in r.of_not_naming)
        for u in part[hs : end + 1]
    )
    # UK Government: a country's short form, generic before most heads, names its state
    state = len(prefix) == 1 and part[hs].text in r.state_heads and (p := _place(prefix[0].text)) is not None and p.kind == "country"
    naming = prefix if state else [u for u in prefix if u.text not in r.generic and not u.text.isdigit()]
    if r.lang == "en" and naming and all(u.text in r.member_titles for u in naming):
        naming = []  # Councillors and Council's Executive: posts name no body
    if (
        r.lang == "ja"
        and tier == "proper"
        and naming
        and all(u.person for u in naming)
        and any(u.tag.endswith("姓") for u in naming)
        and any(u.tag.endswith("-名") for u in naming)
    ):
        return None  # 劉暁軍総領事: a full name whose last kanji is a head word (軍), no body
    if r.joiner.join(u.text for u in prefix) in r.generic and not state:
        naming = []
    if r.lang == "ja" and len(prefix) == 1 and len(prefix[0].text) == 1 and prefix[0].text.isascii():
        return None  # A班, B班: a party's groups lettered in turn, no body's name
    if (
        r.lang == "ja"
        and len(naming) == 1
        and naming[0] is prefix[0]
        and _ONE_KANJI.fullmatch(naming[0].text)
        and not (naming[0].proper or naming[0].place or naming[0].known >= 0)
    ):
        # 坂下且人市議会議長: one common kanji opening the name (the end of a person's name)
        # names no council (同済大学: 済 ends a word that 同 opens)
        naming = []
    if (
        r.deictic
        and prefix
        and _points_back(part, start, r, text)
        and not any("固有名詞" in u.tag or u.known >= 0 for u in naming)
    ):
        hl0 = _head_at(part, start, r)[0] if r.lang == "ja" else 0
        if hl0 and start + hl0 < hs:
            # 同大学ホテルコンベンション経営学科: a unit of the body named before is named by
            # what follows that body's head
            return Name(part[start + hl0].start, part[end].end, "ok", f"organizations.head.{tier}")
        return None  # 同水道局, 両ロータリークラブ, このクラブ: the body named before, not a name
    if (
        r.lang == "ja"
        and len(prefix) == 1
        and "固有名詞" in prefix[0].tag
        and not _japanese_prefecture(prefix, 0)  # (北海道議会副議長: a prefecture's council)
        and prefix[0].known < 0
        and (
            (part[hs].text in r.office_heads and text.startswith("長", part[end].end))
            or (part[hs].text in r.council_heads and text.startswith(r.council_posts, part[end].end))
        )
    ):
        # 鳥越課長代理, 向井係長, 田村議会議長: a surname and a post (課長, 議会議長), not a
        # section or a council named 鳥越 or 田村
        return None
    if r.facility_after and text.startswith(r.facility_after, part[end].end):
        return None  # トラビス空軍基地: a base, a place; not the air force
    if (
        r.role_words
        and len(naming) == 1
        and naming[0].text in r.role_words
        and naming[0] is part[start]
    ):
        return None  # 参加大学, 加盟団体: a body's role here, not its name
    organ = (
        bool(prefix)
        and end == hs
        and part[hs].text in r.governance_heads
        and len(prefix) <= 2
        and all(u.text in r.governance_words for u in prefix)
    )  # the Executive Committee, the Management Board: an organ of the body the text is about
    envoy = (
        r.lang == "en"
        and bool(prefix)
        and r.joiner.join(u.text for u in part[hs : end + 1]) in r.mission_heads
        and all((p := _place(u.text)) is not None and p.kind == "country" for u in prefix)
    )  # the U.S. Embassy, the UK High Commission: a country names its mission
    if not naming and not has_comp and not inner and not organ and not envoy:
        am = _ACRONYM_AFTER.match(text, part[end].end)
        if not (am and prefix and _initials_of(am.group(1), text[part[start].start : part[end].end])):
            return None  # 委員会, 事務局, City Council, the Task Force
        # Regional Planning Association (RPA): an acronym of its own makes common words a name
    if r.description_before is not None and not any(u.proper or u.legal or u.place for u in naming):
        if r.description_before.search(text, max(0, part[start].start - 12), part[start].start):
            return None  # 世界最大規模の国際環境機構: a description, not a name
    if r.lang == "ja" and hs > start and _FIGURE.fullmatch("".join(u.text for u in part[start:hs])):
        return None  # 2万部作成, 20数室の会議室: a figure and its counter (部, 室), not a body
    if (
        r.lang == "ja"
        and tier == "any"
        and any(_DIGITS.fullmatch(u.text) for u in prefix)
        and not any(u.proper or u.place or u.known >= 0 or u.text == "第" for u in prefix)
    ):
        return None  # 7消防本部16名, 全国77消防本部: a number of bodies of a kind, no name
    if (
        r.relation_nouns
        and hs > start
        and part[hs - 1].text in r.relation_nouns
        and r.joiner.join(u.text for u in part[hs : end + 1]) in r.relation_heads
    ):
        return None  # ISEP加盟大学, 国際交流協定大学, 拠点大学: a body by its tie to another, no name
    name = text[part[start].start : part[end].end]
    if (p := _place(name)) is not None and p.kind == "country":
        return None  # Russian Federation, ロシア連邦: a country's name, not a body
    if (
        r.lang == "ja"
        and prefix
        and _IS_KATA.fullmatch(prefix[0].text)
        and prefix[0].known < 0
        and any(u.known >= 0 for u in part[start : end + 1])
        and _title_at(text, part[end].end, r)
    ):
        # デイビット・マローン国連大学学長: a person's name, then the body and the post
        k = start
        while k < hs and (part[k].kind != NAME or (_IS_KATA.fullmatch(part[k].text) and part[k].known < 0)):
            k += 1
        if k >= hs and part[hs].known < 0:
            return None
        start = k
    elif r.lang == "ja" and prefix and _IS_KATA.fullmatch(prefix[0].text) and _title_at(text, part[end].end, r):
        # シュ・シィフォング国際交流室長: a foreign full name (parts joined by ・), then an office
        # named by common words and its post; the office is the body
        k = start
        while k < hs and (part[k].kind != NAME or _IS_KATA.fullmatch(part[k].text)):
            k += 1
        person = text[part[start].start : part[k].start] if k < hs else ""
        if (
            "・" in person.strip("・")
            and _place(person.strip("・")) is None
            and all(not (u.proper or u.place or u.known >= 0) for u in part[k:hs] if u.kind == NAME)
        ):
            start = k
            name = text[part[start].start : part[end].end]
    if r.lang == "ja" and prefix and _city_government_ja(name, r):
        return None  # 大連市政府, 福州市人民政府: the city's government is the city
    # 日本都市計画学会若手連絡会, …学会都市地理研究部会: a section of a named body is one body
    section = r.lang == "ja" and tier in ("weak", "any") and _body_before(part[start:hs], r)
    if r.group_words and (name.endswith(r.group_words) or name[:-1].endswith(r.group_words)):
        # 全国市長会訪中団(団長), 稚内市議会議員団: a delegation of the body, which is the name
        g = next(k for k in range(start, end + 1) if text[part[k].start : part[end].end].startswith(r.group_words))
        k = _body_end(part, start, g, r) if r.lang == "ja" else None
        if k is None or k + 1 != g or _city_government_ja(text[part[start].start : part[k].end], r):
            return None  # (市政府代表団: a city's delegation; the city is named elsewhere)
        return Name(part[start].start, part[k].end, "ok", "organizations.head.any")
    # a proper or place word before the kind's own words (Dempsey Middle School), or a number
    # (No. 6 Middle School), names one
    kind = next((k for k in r.named_kinds if name.endswith(k)), None) if r.named_kinds else None
    kind_at = part[start].start + len(name) - len(kind) if kind else 0
    named_kind = kind is not None and (
        any((u.proper or u.place) and u.end <= kind_at for u in prefix)
        or re.search(r"[0-9][ \t]*$", text[max(0, part[start].start - 6) : part[start].start])
    )
    if (
        r.non_heads
        and name.endswith(r.non_heads)
        and _word_at_end(part, start, end, name, r.non_heads)  # (医学協会: 学協会 is no word of it)
        and not (section and name.endswith(r.section_heads))
        and not named_kind  # ラオス国立大学, 東京女子大学: a kind of university after a proper word is a name
    ):
        if r.lang == "ja" and prefix and name.endswith("センター") and any(u.place or u.proper for u in prefix):
            # 三重県産業支援センター 理事長 山川 進: a place's centre is a facility unless a
            # context says it is a body (a post and its holder after it)
            return Name(part[start].start, part[end].end, "faint", f"organizations.head.{tier}")
        return None  # 会議室, バスセンター, 訪問団
    if r.post_room and name.endswith(r.post_room) and any(name[: -len(r.post_room)].endswith(t) for t in r.titles):
        return None  # 教育長室, 社長室: a post's office room (and a page's section), not a body
    if r.lang == "ja" and end == start + 1 and part[end].text == r.post_room and part[start].tag.endswith("サ変可能"):
        return None  # 実習室, 研修室: a room named by what is done in it
    if r.lang == "ja" and name in r.generic:
        return None  # 連邦政府, 人民政府: a kind of government, no body's name (the golds 2 in 49)
    if r.inner_heads and name.endswith(r.inner_heads):
        h = next(h for h in r.inner_heads if name.endswith(h))
        if name[: -len(h)] in r.generic:
            return None  # 自治体協議会 however the tokenizer cut it
    if r.lang == "en" and ((name in r.non_heads and not named_kind) or _city_government(part, start, hs, end, r, text)):
        return None  # Board of Directors; Tokyo Metropolitan Government is the city itself
    if r.anniversary_event is not None and r.anniversary_event.search(name):
        return None  # Metropolis 40th Anniversary Seoul General Assembly: an event
    if r.city_event_heads and name.endswith(r.city_event_heads):
        h = next(h for h in r.city_event_heads if name.endswith(h))
        place = name[: -len(h)].strip()
        if place and _is_city(place) and _place(place) is None:
            return None  # Tehran General Assembly: a network's assembly held in Tehran, an event
    if r.venue_endings and name.endswith(r.venue_endings):
        return None  # Kuala Lumpur Convention Center: a venue, not a body
    nested = any(u.known >= 0 for u in part[start : end + 1])  # …Center of the World Bank
    head = r.joiner.join(u.text for u in part[hs : end + 1])
    if head in r.abbreviated_heads and _WORD_GOES_ON.match(text, part[end].end):
        return None  # 東京大空襲: the short head is the start of another word
    proper = nested or inner or any(
        u.proper or u.legal or (head in r.katakana_heads and _IS_KATA.fullmatch(u.text)) for u in naming
    )
    if head in r.station_heads and naming and naming[-1].text in r.station_words:
        rest = list(naming)
        while rest and rest[-1].text in r.station_words:
            rest.pop()
        if all(u.known < 0 and u.tag.startswith("名詞-普通名詞") for u in rest):
            # 放送局, コミュニティFM局, 大手ケーブルテレビ局: common words before a broadcasting
            # word and 局 name a kind of station, not a body (not 三角山放送局, NHK福岡放送局)
            return None
    if not proper and r.local_deictic and part[start].text in r.local_deictic and hs > start + 1:
        # 県酒造組合, 市国際交流協会: 県 or 市 alone before a body's words is the prefecture's or
        # city's the text is about; it names the body as the place's own name would
        proper = start == 0 or not _ONE_KANJI.fullmatch(text[part[start].start - 1 : part[start].start])
    if not proper and r.lang == "ja":
        # 南通市人民対外友好協会: a Chinese city UniDic reads as common nouns, known with its 市
        proper = any(
            part[k].text == "市" and _is_city(text[part[start].start : part[k].end])
            for k in range(start + 1, hs)
        )
    # ENN Group, SK Holdings: an acronym in capitals names a company with a weak head
    coded = r.lang == "en" and len(naming) == 1 and naming[0].text.isupper() and _is_acronym(naming[0].text) and _place(naming[0].text) is None
    # Whanganui & Partners, Smith & Associates: a name joined to a weak head by an ampersand is a firm's
    firm = r.lang == "en" and hs > start and part[hs - 1].text == "&"
    # Keppel Urban Solutions, Foxconn Industries: a word no dictionary of common English holds
    # (nor the gazetteer) names a company before a weak head
    coined = head in r.coined_heads and any(_coined(u.text, r) for u in naming)
    # the Centre for Sustainable Development: an academic unit's head opening its name, "for" and
    # its field after (not the Centre of Town)
    field = (
        r.lang == "en"
        and hs == start
        and end >= hs + 2
        and part[hs].text in r.academic_heads_en
        and part[hs + 1].text == "for"
        and part[hs + 2].text[:1].isupper()
    )
    status = "weak" if tier == "weak" and not nested and not section and not coded and not firm and not coined and not field and not any(u.brand for u in naming) else "ok"
    if r.lang == "ja":
        if tier == "end" and any(u.text in r.origin_marks for u in prefix):
            return None  # 日本産食品, 日本産農林水産物・食品: produce of a place, not a company
        if (
            head in r.kind_heads
            and name.endswith(head)
            and not nested
            and all(u.kind != NAME or (u.tag.startswith(("名詞-普通名詞", "接尾辞", "接頭辞")) and not u.place and u.known < 0) for u in part[start:hs])
        ):
            return None  # 農業協同組合, 労働者協同組合: common words before the head name a kind (the golds 0 in 12)
        if head in r.industry_heads and not (naming and (naming[-1].tag.startswith("名詞-固有名詞") or naming[-1].legal)):
            return None  # IT産業, 日本酒産業: an industry; a company's name is proper (岩谷産業)
        if tier in ("proper", "end") and not proper and head in r.place_named_heads and naming and naming[0].place:
            proper = True  # 大井川鐵道, 銚子電気鉄道: a railway named by its line's place (not 高速鉄道)
        if tier in ("proper", "end") and not proper and head in r.legal_forms_set and len(naming) >= 2:
            proper = True  # さくらインターネット株式会社: a legal form makes a name of common words
        if (
            tier in ("proper", "weak")
            and not proper
            and len(naming) >= 2
            and text[part[end].end : part[end].end + 1] in (")", "）")
            and (ab := _ACRONYM_BEFORE.search(text, max(0, part[start].start - 16), part[start].start))
            and _is_acronym(ab.group(1))
        ):
            proper = True  # OADF(海外農業開発財団): the body's acronym, then its full name in brackets
        am = _ACRONYM_AFTER.match(text, part[end].end) if tier == "proper" and not proper else None
        if am and len(naming) >= 2 and not any(u.person for u in naming) and am.group(1) not in rules("en").generic:
            proper = True  # 国際防災研究センター(IDRC): a body that gives its own acronym is named
        if (
            tier == "proper"
            and not proper
            and part[start].text in r.national_prefixes
            and any(len(u.text) >= 2 for u in part[start + 1 : hs])
        ):
            proper = True  # 国立科学博物館, 国立歴史民俗博物館: a national institution named by its field (the golds 74 in 84)
        if tier == "proper" and not proper and holder and naming and _title_at(text, part[end].end, r):
            proper = True  # 畠山襄国際経済交流財団会長: a holder, the body and the post name one body
        if (
            tier == "proper"
            and not proper
            and head in r.pair_named_heads
            and len(naming) == 1
            and (_KANJI_PAIR.fullmatch(naming[0].text) or _HIRAGANA_NAME.fullmatch(naming[0].text))
            and naming[0].text not in r.pair_kinds
        ):
            # 北洋銀行: a bank's name is a coined pair of kanji (not 中央銀行, 地方銀行), or a
            # word in hiragana (みずほ銀行, ゆうちょ銀行)
            proper = True
        if (
            tier == "proper"
            and not proper
            and head in r.association_heads
            and len(naming) >= 2
            and len(naming) == len(prefix)
            and not any(u.text in r.word_coordinators or u.person or _NUMERAL_WORD.fullmatch(u.text) for u in part[start:hs])
            and not all(u.text in r.association_kinds for u in naming)
        ):
            proper = True  # 国際俳句交流協会, 全国町並み保存連盟: an association named by two common words or more
        if tier in ("proper", "end") and not proper:
            if head in r.faint_heads and not _NUMBER.fullmatch(part[hs - 1].text):
                # 講談社より発売, 毎日新聞社が: a name of common words; a context must say so
                return Name(part[start].start, part[end].end, "faint", f"organizations.head.{tier}")
            return None  # 旅行会社, 地方事務所: kinds of body
        if (
            head in r.place_heads
            and all(u.place or _IS_KATA.fullmatch(u.text) for u in prefix)
            and not _title_at(text, part[end].end, r)
        ):
            return None  # トゥア・ティエン・フエ省, 大阪府: a province, not a ministry (シティプロモーション部長 is a department's head)
        if status == "weak" and part[hs - 1].kind == CONN and part[hs - 1].text in r.genitive_heads:
            if text.startswith(r.event_after, part[end].end):
                return None  # …の会を開催: a gathering
            if any(u.proper for u in naming):
                status = "ok"  # くらしき防災士の会: a named association
        start = _country_lead(part, start, hs, r)
    visitable = head in r.visited_heads or (r.joiner and head.split(r.joiner, 1)[0] in r.visited_heads)  # (Museum of Islamic Art)
    if head in r.party_heads or (visitable and _visited(text, part[start].start, part[end].end, r)):
        status = "faint"  # 成都博物院と協定を締結: a museum or zoo is a body only as a party; マニトバ博物館を視察: a venue
    return Name(part[start].start, part[end].end, status, f"organizations.head.{tier}")


def _visited(text: str, a: int, b: int, r: Rules) -> bool:
    """A museum visited, seen or used as a venue (…博物館を見学, 於 ザグレブ現代美術館, …美術館で開催,
    toured the Suzhou Museum, at the Dundas Museum) rather than a party to what the sentence says
    (…美術館と姉妹館提携, …美術館が所蔵, the Jingzhou Museum signed)."""
    stop = min((k for k in (text.find("。", b), text.find("\n", b)) if k >= 0), default=len(text))
    return bool(
        r.visited_after.match(text, b)
        or r.visited_words.search(text, b, min(stop, b + 40))
        or r.visited_before.search(text, max(0, a - 40), a)
    )


_WORD_GOES_ON = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u30a1-\u30fa\u30fcA-Za-z]")
_INITIALS_PERSON = re.compile(r"(?<![\w.])(?!(?:St|Mt|Ft|Dr|Mr|Ms)\.)(?:[A-Z][a-z]?\.){1,3}[A-Z][a-z]{2,}\b")
_KANJI_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_HIRAGANA_NAME = re.compile(r"[\u3041-\u3096ー]{3,}")
_AIRPORT_AFTER = re.compile(r"[ \t]+(?i:airports?|terminal)\b")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_SCHOOL_NUMBER_BEFORE = re.compile(
    r"(?:\b(?!(?:The|A|An|At|In|From|Of|To|For|And|With)\b)[A-Z][a-z]+[ \t])?\bNo\.[ \t]?[0-9]{1,3}[ \t]\Z"
)
_NUMBERED_SCHOOL_HEADS = ("School", "College", "Kindergarten", "Academy")
_NUMERAL_WORD = re.compile(r"[一二三四五六七八九十百千]+")  # 三商工会議所: three chambers, a count


@lru_cache(maxsize=1)
def _edition_rx() -> tuple[re.Pattern, re.Pattern]:
    """An edition's word before a name (the first, the 36th, annual) and a gathering's word in it."""
    en = rules("en")
    return (
        re.compile(rf"(?i:\b(?:{_alternatives(en.edition_words)}|[0-9]+(?:st|nd|rd|th)))[ \t]+$"),
        re.compile(rf"\b(?:{_alternatives(en.gathering_heads)})\b"),
    )


_REGION_AFTER = re.compile(r"[ \t]+regions?\b")
_FIGURE = re.compile(r"[0-9][0-9,.]*(?:数|余)?[万億千百]?(?:数|余)?")
_PREFECTURE_MARKS = frozenset(("県", "道", "府", "都"))


def _japanese_prefecture(part: list[Unit], k: int) -> bool:
    """宮崎(県), 北海道 after a foreign country: the people of a Japanese prefecture abroad
    (ブラジル宮崎県人会, ペルー山口県人会), whose name keeps the country."""
    p = _place(part[k].text)
    return (p is not None and p.kind == "prefecture") or (k + 1 < len(part) and part[k + 1].text in _PREFECTURE_MARKS)


def _country_lead(part: list[Unit], start: int, hs: int, r: Rules) -> int:
    """英国ケンブリッジ大学, アメリカ合衆国ネブラスカ大学オマハ校: a country before a foreign
    university's own name says where it is; the name starts after it (中国科学技術大学 keeps it:
    a common word follows)."""
    if not r.country_described or part[hs].text not in r.country_described and not any(
        u.text in r.country_described for u in part[start:hs]
    ):
        return start
    for k in range(hs - 1, start, -1):  # the longest country (アメリカ合衆国, not アメリカ)
        p = _place("".join(u.text for u in part[start:k]))
        if p is not None and p.kind == "country":
            nxt = part[k]
            if nxt.text == "・" and k + 1 < hs:
                return k + 1  # ラオス・ラオス国立大学, 韓国・成均館大学校: the country, a dot, the name
            if _japanese_prefecture(part[:hs], k):
                return start  # ブラジル北海道文化福祉協会, ペルー山口県人会: a Japanese prefecture's people abroad
            if _IS_KATA.fullmatch(nxt.text) or ("固有名詞" in nxt.tag and not nxt.place):
                return k
            return start
    return start


def _city_government(part: list[Unit], start: int, hs: int, end: int, r: Rules, text: str) -> bool:
    """A city government named by its city alone is the city (Guangzhou Government, Seoul City
    Hall); one that writes its kind of government (Tokyo Metropolitan Government) is a body."""
    head = " ".join(u.text for u in part[hs : end + 1] if u.kind == NAME)
    if not any(head.startswith(h) for h in r.city_gov_heads):
        return False
    before = [u.text for u in part[start:hs] if u.kind == NAME]
    kind = {w for w in (*before, *head.split()[:-1]) if w in r.city_gov_words} - {"Metropolitan"}
    if head.endswith("Government") and kind:
        # Keelung City Government, Harbin Municipal People’s Government: a government named as
        # such is a body (gold-format: city governments are organisations); Guangzhou
        # Government, City of Detroit and a capital's Metropolitan Government (as 東京都) stay
        # the city
        return False
    words = [u.text for u in part[start:hs] if u.kind == NAME and u.text not in r.city_gov_words]
    if not words:
        whole = " ".join(u.text for u in part[hs + 1 : end + 1] if u.kind == NAME)
        if _is_city(whole) and not _place(whole):
            return True  # Government of Mexico City: the city's own name holds "City"
        tail = [u.text for u in part[hs + 1 : end + 1] if u.kind == NAME and u.text not in r.city_gov_words]
        words = tail
    place = " ".join(words)
    if not place:
        return False
    whole = " ".join(u.text for u in part[start:hs] if u.kind == NAME)
    if whole != place and whole.endswith(" City") and _is_city(whole) and not _place(whole):
        return True  # Mexico City Government: "City" belongs to the city's name
    p = _place(place)
    return _is_city(place) and not (p and p.kind == "country")


def _coined(word: str, r: Rules) -> bool:
    """A capitalised word that is no common English word, no word of bodies' names, no place."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and word.lower() not in r.common_words
        and word not in _en_vocabulary()
        and _place(word) is None
        and not _is_city(word)
    )


def _is_stop(text: str, r: Rules) -> bool:
    return text in r.stops or (bool(r.stop_endings) and text.endswith(r.stop_endings))


def _word_at_end(part: list[Unit], start: int, end: int, name: str, words: tuple) -> bool:
    """Whether one of ``words`` ends the name at one of its units' starts (学協会 ends 学|協会,
    not 医学|協会)."""
    name_end = part[end].end
    starts = {u.start for u in part[start : end + 1]}
    # (a two-character word is checked on the string: UniDic cuts 代表団結団 as 代表|団結|団)
    return any(len(w) < 3 or name_end - len(w) in starts for w in words if name.endswith(w))


def _katakana_around(units: list[Unit], i: int) -> bool:
    """Katakana on both sides of the mark at ``i``: one foreign name written in parts."""
    return bool(_IS_KATA.fullmatch(units[i - 1].text) and _IS_KATA.fullmatch(units[i + 1].text))


def _plain_pieces(part: list[Unit], r: Rules) -> list[list[Unit]]:
    """Jリーグ・FC東京: a middle dot between two names coordinates them, except inside a
    foreign name written in katakana (オリックス・バファローズ, サークル・エコノミー)."""
    if r.lang != "ja":
        return [part]
    out, cur = [], []
    for i, u in enumerate(part):
        if (
            u.kind == CONN and u.text in r.coordinators and 0 < i < len(part) - 1
            and not _katakana_around(part, i)
        ):
            out.append(cur)
            cur = []
        else:
            cur.append(u)
    out.append(cur)
    return [p for p in out if _trim(p)]


def _confirm_each(text: str, a: int, b: int, confirmed: dict, rule: str) -> None:
    """Confirm a run, or each of the two head-less names it joins with "and" (Cargill and ConAgra)."""
    for k in _and_pair(text, a, b) or [(a, b)]:
        confirmed.setdefault(k, rule)


def _and_pair(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """CityNet and Ramboll, Suez and ZTE: two head-less names read as one run, as their spans
    (None when the run has no "and" before a capital, or its first part holds a head)."""
    m = re.search(r"\s+and\s+(?=[A-Z]|[a-z]{1,3}[A-Z])", text[a:b])  # (eThekwini, iShares)
    if not m or any(w in rules("en").heads for w in text[a : a + m.start()].split()):
        return None
    return [(a, a + m.start()), (a + m.end(), b)]


_WIRE_CREDIT = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'’-]{2,30},[ \t]*\(((?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3})(?:[ \t]*/[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3})+)[ \t]*-[ \t]*[0-9]"
)
_DATELINE_AGENCY = re.compile(
    r"(?<!\S)[A-Z][A-Z.'’-]{2,}(?:[ \t][A-Z][A-Z.'’-]+){0,3},[ \t]*(?:[A-Za-z]{3,9}\.?[ \t]+[0-9]{1,2}|[0-9]{1,2}[ \t]+[A-Za-z]{3,9})"
    r"(?:,?[ \t]+[0-9]{4})?,[ \t]*([A-Z]{4,15})\.[ \t]"
)
_CREDIT_PART = re.compile(r"[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*")
# TYLER, Texas (KLTV/KTRE) - …: stations sharing a dateline, in capitals between slashes
_AGENCY_PAIR = re.compile(r"\(([A-Z]{2,6}(?:/[A-Z]{2,6})+)\)[ \t]*(?:--|—|–|-(?=[ \t]))")

_AGENCY = re.compile(
    r"\(([A-Z][A-Za-z]{1,15}(?:[ \t][A-Z][A-Za-z]{1,15}){0,2})\)[ \t]*(?:--|—|–|-(?=[ \t])|:(?=[ \t]))"
)  # (IANS): too; (WJON News) --: a station's name of two or three words
_CREDIT_JA = re.compile(r"(?m)^[ \t]*「([^「」\n]{2,20})」[ \t]*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[ \t|]*$")
# 10月5日付でPrima Mediaが伝えた, 10月10日付コムソモリスカヤ・プラウダ紙, 20日付工商時報が報じた:
# a report's date, then the paper or the agency that carried it
_DATED_CREDIT_JA = re.compile(
    r"[0-9０-９一二三四五六七八九十同]日付け?(?:で|の)?"
    r"([A-Za-z][A-Za-z0-9 .&'-]{0,30}[A-Za-z0-9]|[\u30a1-\u30faー・]{2,20}|[\u4e00-\u9fff]{2,10})"
    r"(?=紙|誌|が(?:伝え|報じ)|の(?:報道|記事|電子版))"
)
_AGENCY_JA = re.compile(
    r"(?m)^[ \t]*【[\u30a0-\u30ff\u4e00-\u9fff々A-Za-z・ ]{1,12}[=＝]([\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{1,8})】"
)  # (no hiragana: 【記者会見する森市長=四日市市役所で】 is a photo caption)


def _plain(part: list[Unit], r: Rules, text: str) -> Name | None:
    """A head-less run that could be a name (Civilized Cycles, Circle Economy, BTG Pactual)."""
    i = _skip(part, 0, r)
    units = part[i:]
    if r.lang == "ja":
        cut = max((k for k, u in enumerate(units[:-1]) if u.text.endswith(r.org_nouns)), default=-1)
        units = units[cut + 1 :]  # ベンチャー企業|エアロラブ: the kind of body stands before the name
        while units and (units[-1].text in r.context_suffixes or units[-1].kind != NAME):
            units = units[:-1]  # 中日ドラゴンズ|戦, ナムコ|製: the suffix is the context
    words = [u for u in units if u.kind == NAME]
    if not words or len(words) > 5 or any(u.known >= 0 for u in units):
        return None
    if any(u.text in r.titles or _is_stop(u.text, r) or u.text in r.strip for u in words):
        return None
    if words[0].text[0].isdigit():
        return None  # 108th, 2025
    if len(words) == 1 and words[0].text in r.treaties:
        return None  # NPT, CTBT: a treaty, not a body
    if all(u.text in r.generic for u in words) or (words[0].text in r.jurisdictions and not words[0].glued):
        return None
    if r.lang == "ja" and (
        not all(u.proper or (_IS_KATA.fullmatch(u.text) and len(words) > 1) for u in words)
        or not any(u.proper for u in words)
        or all(u.place for u in words)
        or all(u.person for u in words)
        or (len(words) > 1 and words[0].person and words[1].person)
        or (words[0].person and not _IS_KATA.fullmatch(words[0].text))
        or all(_IS_LATIN.fullmatch(u.text) for u in words)
    ):
        return None  # places, people; Latin inside Japanese is read by the English rules
    last = words[-1].text
    if r.lang == "en" and last in r.heads and r.heads[last] != "weak":
        return None  # the head rules read it and found no body (Tokyo Metropolitan Government)
    if (
        r.lang == "en"
        and any(h in r.heads for h in (last[:-1], last[:-2], last[:-3] + "y"))
        and not (len(words) > 1 and any(u.text not in _en_vocabulary() for u in words[:-1]))
    ):
        return None  # Ministries, Task Force Bureaus: a plural head is generic (not a brand
        # after a proper name: Silver Spring Networks, Juniper Networks)
    if r.lang == "en" and any(u.kind == CONN and u.text in r.plain_blockers for u in units):
        return None  # (a foreign connector may stand in a name: Fira de Barcelona)
    a, b = units[0].start, units[-1].end
    if len(words) > 1 and text[a:b].isupper() and not _JA_LETTER.search(text, a, b):
        return None  # a heading in capitals
    return Name(a, b, "plain", "organizations.plain")  # places are ruled out when confirmed


def _jurisdiction_body(units: list[Unit], r: Rules, text: str) -> Name | None:
    """City of Fayetteville Community Development: a jurisdiction followed by more than its place."""
    words = [u for u in units if u.kind == NAME]
    if len(words) < 4 or words[0].text not in r.jurisdictions or units[1].text != "of":
        return None
    for k in range(2, len(words) - 1):
        place = text[words[1].start : words[k - 1].end]
        rest = words[k:]
        if _is_place(place):
            if any(_is_stop(u.text, r) for u in rest):
                return None
            return Name(units[0].start, units[-1].end, "ok", "organizations.jurisdiction")
    return None


def _school_short(units: list[Unit], text: str, r: Rules) -> list[Name]:
    """室蘭西中(酒井浩一校長), 静内第三中2人, 高坂小・5年: a school by its place and a short
    head, read only where a proper name opens it and what follows says it is a school."""
    if r.school_short is None:
        return []
    out: list[Name] = []
    for k, u in enumerate(units):
        if not ("固有名詞" in u.tag and (u.place or u.proper or u.person)) or u.known >= 0:
            continue
        if k and units[k - 1].end == u.start and "固有名詞" in units[k - 1].tag:
            continue  # the name starts earlier (鈴木一也|平: a person's name before)
        if _place(u.text) is not None:
            continue  # 東京中の生徒, 日本中: all over a country or prefecture, no school
        m = r.school_short.match(text, u.end)
        if m:
            a = u.start
            # 県立船橋高, 千葉県立船橋高, 市立箱崎小: the school's owner written before it is part of its name
            own = next((w for w in r.school_owners if text.endswith(w, 0, a)), None)
            if own:
                a -= len(own)
                if k >= 2 and units[k - 1].start == a and units[k - 2].end == a and units[k - 2].place:
                    a = units[k - 2].start
            out.append(Name(a, m.end(), "ok", "organizations.school"))
    return out


def _schools(units: list[Unit], text: str, r: Rules) -> list[Name]:
    """伊岐須小学校, 杭州第十四中学校, 東部中学: a school named in full, from the first proper name
    of the run of letters before its head (UniDic cuts these heads oddly after a rare name)."""
    sn = r.school_names
    if sn is None:
        return []
    out: list[Name] = []
    at = {u.start: k for k, u in enumerate(units)}
    for m in sn.rx.finditer(text):
        a, b = m.span(1)
        part = m.group(1)
        if sn.modifier.fullmatch(part):
            out.append(Name(a, m.end(), "ok", "organizations.school"))
            continue
        k = at.get(a)
        if k is None or part.endswith(sn.generic_ends) or _is_place(part):
            continue  # 県立高校, 市内中学校, 横浜市中学校: no school's own name
        # the name opens at its first proper name (同日午後|二瀬中学校), or at rare kanji UniDic
        # reads as symbols (盈進高等学校); a direction just before it is part of it (南クリル)
        while k < len(units) and units[k].end <= b and not ("固有名詞" in units[k].tag or _rare_kanji(units, k)):
            k += 1
        if k >= len(units) or units[k].end > b:
            continue  # no proper name in the run (新興高校, ホスト高校)
        if k and units[k - 1].start >= a and units[k - 1].text in sn.leads:
            k -= 1
        rest = text[units[k].start : b]
        if _is_place(rest):
            continue
        out.append(Name(units[k].start, m.end(), "ok", "organizations.school"))
    return out


def _han_companies(text: str, r: Rules) -> list[Name]:
    """台北大衆捷運股份有限公司, パナソニック(中国)有限公司: a Chinese company's whole name before its
    legal form (UniDic cuts its Chinese words into symbols and adjectives)."""
    if r.han_companies is None:
        return []
    return [Name(m.start(), m.end(), "ok", "organizations.legal_form") for m in r.han_companies.finditer(text)]


_LATIN_WORDS = re.compile(r"(?:[A-Za-z][\w'’&.-]* )+")


def _quoted_names(text: str, r: Rules) -> list[Name]:
    """「日台共栄首長連盟」, 「草地踊り保存会」: a quoted name ending in an association's head is a
    body's name, whatever the words before the head (a title in it names the members)."""
    q = r.quoted_names
    if not q:
        return []
    out: list[Name] = []
    stop = set(q["not_inside"])
    for open_, close in q["quotes"]:
        out.extend(_quoted_in(text, open_, close, q, stop, r))
    return sorted(out, key=lambda n: n.start)


def _quoted_in(text: str, open_: str, close: str, q: dict, stop: set[str], r: Rules) -> list[Name]:
    """The quoted names between one kind of quotation brackets (「」 or 『』)."""
    out: list[Name] = []
    pos = text.find(open_)
    while pos >= 0:
        a = pos + len(open_)
        b = text.find(close, a, a + q["max"] + 1)
        pos = text.find(open_, a)
        if b < 0:
            continue
        name = text[a:b]
        head = next((h for h in q["heads"] if name.endswith(h) and len(name) > len(h)), None)
        if (
            head is None
            or name.endswith(tuple(q["not_heads"]))
            or name[: -len(head)] in r.generic  # 「本委員会」: this committee, named elsewhere
            or stop & set(name)
            or name[0].isdigit()
            or name.startswith("第")
            or _gathering(name, r)
        ):
            continue  # 「まちづくりを考える会」 is a clause's, 「第1回…大会」 an event's
        out.append(Name(a, b, "ok", "organizations.quoted"))
    return out


def _possessive_names(text: str, r: Rules) -> list[Name]:
    """Sotheby's has announced, Christie's sold: a capitalised name whose 's no noun follows is
    the name itself (not It's, That's: a word's contraction)."""
    out: list[Name] = []
    if r.possessive_name is None:
        return out
    for m in r.possessive_name.finditer(text):
        words = m.group(1).split()
        last = words[-1]
        if (
            last in r.contraction_stems
            or any(w in r.titles or w in r.complement_stop for w in words)  # (Governor Matsuzawa's, Sunday …'s)
            or _is_place(m.group(1))
            or _is_place(last)
        ):
            continue
        out.append(Name(m.start(1), m.end(), "ok", "organizations.possessive_name"))
    return out


def _forum_bodies(text: str, r: Rules) -> list[Name]:
    """The Secretary General of Asian Mayors Forum: a forum with a post of its own is a body."""
    if r.forum_bodies is None:
        return []
    return [Name(m.start(1), m.end(1), "ok", "organizations.forum") for m in r.forum_bodies.finditer(text)]


def _rare_kanji(units: list[Unit], k: int) -> bool:
    """Two kanji in a row that UniDic knows only as symbols (盈|進): a name it lacks. One alone
    is as often a word cut by a line break (訪|問)."""
    return k + 1 < len(units) and all(
        units[j].tag.startswith("記号") and _KANJI_EDGE.match(units[j].text) for j in (k, k + 1)
    )


def _legal_prefixed(chunk: list[Unit], r: Rules) -> list[Name]:
    """株式会社トヨタ, 一般社団法人くらしき防災士の会, (株)クボタ筑波工場: a legal form written
    before the name is part of it; the name runs to a job title, an event word or the chunk's end."""
    for i, u in enumerate(chunk):
        k = _legal_form_end(chunk, i, r)
        if not k:
            continue
        if (
            i
            and chunk[i - 1].kind == NAME
            and not chunk[i - 1].legal
            and not (chunk[i - 1].person and "".join(x.text for x in chunk[i:k]) in r.lead_forms)
        ):
            continue  # トヨタ自動車株式会社: a suffix, read by the heads (芳坂栄一JA信州うえだ: a holder's name, then JA)
        j = k
        # (委員|会: a title's word that opens a head is the head's, 実行委員会)
        while j < len(chunk) and (not (t := _seq(chunk, j, r.titles, 4, r.joiner)) or _head_at(chunk, j, r)[0] > t):
            if (
                _is_stop(chunk[j].text, r)
                and not any(_head_at(chunk, x, r)[0] for x in range(j + 1, len(chunk)))
                # (一般社団法人海洋文化創造フォーラム: a legal person named as a forum ends the chunk)
                and not (j == len(chunk) - 1 and j > k and chunk[j].text in r.legal_gathering_names)
            ):
                break  # 株式会社X主催セミナー…; but 株式会社日本政策投資銀行 runs to its head
            j += 1
        if j < len(chunk):
            while j > k and chunk[j - 1].text in r.title_modifiers:
                j -= 1  # …学生協会|特別顧問: the modifier belongs to the title
            ends = [x + hl for x in range(k, j) for hl in (_head_at(chunk, x, r)[0],) if hl and x + hl <= j]
            if ends and any(u.person for u in chunk[max(ends) : j]):
                j = max(ends)  # 財団法人大村国際交流協会|太田靖臣|理事: the post's holder, not the name
        tail = _trim(chunk[k:j])
        if "".join(x.text for x in chunk[i:k]) in r.lead_forms:
            n = 0  # FC琉球, JAふらの: a club's or cooperative's name is a proper one
            while n < len(tail) and (
                tail[n].proper or tail[n].kind == CONN or _IS_KATA.fullmatch(tail[n].text)
                or (tail[n].kind == NAME and _HIRAGANA_WORD.fullmatch(tail[n].text))  # JAめむろ
                # (JA信州うえだ: UniDic reads うえ|だ; a particle after the name still ends it)
                or (n and _HIRAGANA_WORD.fullmatch(tail[n].text) and tail[n].start == tail[n - 1].end
                    and tail[n].text not in r.lead_form_particles)
            ):
                n += 1
            for k in range(n, min(n + 3, len(tail))) if n else ():
                if tail[k].kind != NAME:
                    break
                if hl := _head_at(tail, k, r)[0]:
                    n = k + hl  # JA東京中央会, JA熊本経済連: the body's own words and head after the place
                    break
            tail = _trim(tail[:n])
        cut = _list_dot(tail, r)
        rest = _trim(tail[cut + 1 :])
        tail = _trim(tail[:cut])
        while tail and tail[-1].text in r.context_suffixes:
            tail = _trim(tail[:-1])  # …戦, …製: a suffix after the name is its context
        while rest and rest[-1].text in r.context_suffixes:
            rest = _trim(rest[:-1])
        if tail and not tail[0].suffix:
            # (財)自治体国際化協会: a bracketed status mark is a note on the body, not its name
            start = tail[0].start if k == i + 1 and u.text in r.status_marks else u.start
            out = [Name(start, tail[-1].end, "ok", "organizations.legal_form")]
            if len(rest) > 1 and _legal_form_end(rest, len(rest) - 2, r) == len(rest) and not rest[0].suffix:
                # 株式会社東芝・川崎重工業株式会社: the item after the list mark, a company by its
                # own legal form
                out.append(Name(rest[0].start, rest[-1].end, "ok", "organizations.legal_form"))
            return out
    return []


def _list_dot(tail: list[Unit], r: Rules) -> int:
    """Where a list mark ends a legal form's name (株式会社梅酒屋・河内ワイン, 株式会社デンソー・高棚製作所).
    A 中黒 between two katakana words spells one foreign name (株式会社ジェイ・アイ・エス), and one
    between common words before a head joins the words of one name (一般社団法人計画・交通研究会)."""
    for x in range(1, len(tail) - 1):
        if tail[x].text != "・":
            continue
        nxt = next((y for y in range(x + 1, len(tail)) if tail[y].text == "・"), len(tail))
        if any(_legal_form_end(tail, y, r) for y in range(x + 1, nxt)):
            return x  # 株式会社東芝・川崎重工業株式会社: the next item carries its own legal form
        if _KATA_CH.fullmatch(tail[x - 1].text[-1]) and _KATA_CH.fullmatch(tail[x + 1].text[0]):
            continue
        if not any(u.proper or u.place or u.person or _KATA_CH.search(u.text) for u in tail[:x]) and any(
            _head_at(tail, y, r)[0] for y in range(x + 1, nxt)
        ):
            continue
        if not any(_head_at(tail, y, r)[0] for y in range(x)) and any(
            _head_at(tail, y, r)[1] in ("any", "proper") for y in range(x + 1, nxt)
        ):
            continue  # 一般社団法人日本・ベトナム文化交流協会: two words a body's head closes, no first body
        return x
    return len(tail)


def _legal_form_end(units: list[Unit], i: int, r: Rules) -> int:
    """The index after a legal form starting at units[i] (0 if none starts there)."""
    if units[i].legal:
        return i + 1
    acc = ""
    for k in range(i, min(i + 6, len(units))):
        acc += units[k].text
        if acc in r.legal_forms_set:
            return k + 1
        if acc not in r.legal_prefixes:
            return 0
    return 0


# ---------------------------------------------------------------- document-level


def _propose(units: list[Unit], r: Rules, text: str) -> tuple[list[Name], list[Unit]]:
    names: list[Name] = []
    knowns: list[Unit] = []
    ja = r.lang == "ja"
    for chunk, marked in _chunks(units):
        if ja and not marked:
            joined = "".join(u.text for u in chunk)
            if not r.head_rx.search(joined):
                continue  # common nouns without a head word: nothing here can name a body
        elif len(chunk) == 1 and chunk[0].known < 0 and not _head_at(chunk, 0, r)[0]:
            if not _seq(chunk, 0, r.titles, 1, r.joiner):
                p = _plain(chunk, r, text)  # one word: only a plain name can come of it
                if p:
                    names.append(p)
            continue
        segs = [chunk]
        if r.legal_forms and (any(u.legal for u in chunk) or r.legal_any.search("".join(u.text for u in chunk))):
            segs = _split_at_coordinators(chunk, r)
        for seg0 in segs:
            legal = _legal_prefixed(seg0, r) if r.legal_forms else []
            if legal:
                names.extend(legal)
                knowns.extend(u for u in seg0 if u.known >= 0)
                continue
            for seg, after_title in _split_titles(seg0, r):
                if after_title and not ja:
                    seg = _after_holder(seg, r)
                for n, part in enumerate(_split_coordination(seg, r) if not _acronym_of_whole(seg, r, text) else [seg]):
                    members = _distribute(part, r, text) if r.distributive else None
                    if members:
                        names.extend(members)
                        continue
                    found, ks = _names_in(part, r, text)
                    names.extend(found)
                    knowns.extend(ks)
                    # right after a title comes a person or a portfolio, not a body
                    if not found and not ks and not (after_title and n == 0):
                        for piece in _plain_pieces(part, r):
                            p = _plain(piece, r, text)
                            if p:
                                names.append(p)
    if r.clause_heads:
        clauses = _clause_names(units, r, text)
        for c in clauses:
            for k, nm in enumerate(names):
                if nm.rule == "organizations.legal_form" and nm.start < c.start < nm.end < c.end:
                    names[k] = Name(nm.start, c.end, "ok", nm.rule)  # 特定非営利活動法人JHP・学校をつくる会
        names.extend(clauses)
    return names, knowns


def _after_holder(seg: list[Unit], r: Rules) -> list[Unit]:
    """Mayor McDouall and Whanganui District Council: the holder's name after a bare title,
    then a coordinator, then a body; the name is no part of the body's."""
    for c in range(1, min(len(seg) - 1, 4)):
        u = seg[c]
        if u.kind == COORD or (u.kind == CONN and u.text in r.coordinators):
            if all(v.kind == NAME and v.known < 0 and not _head_at(seg, k, r)[0] for k, v in enumerate(seg[:c])):
                return seg[c + 1 :]
            break
    return seg


def _split_at_coordinators(chunk: list[Unit], r: Rules) -> list[list[Unit]]:
    """日本工営株式会社・株式会社パソナ: bodies with legal forms are coordinated, never nested; a
    coordinator inside a name (エレクトロ・システム株式会社) stays."""
    out: list[list[Unit]] = []
    cur: list[Unit] = []
    for i, u in enumerate(chunk):
        if (u.kind == COORD or (u.kind == CONN and u.text in r.coordinators)) and (
            _legal_end(cur, r)
            or _legal_start(chunk, i + 1, r)
            # 公益社団法人日本観光振興協会及び農林水産省: a word coordinator after a body's head
            or (u.text in r.word_coordinators and _ends_on_head(cur, r))
        ):
            if _trim(cur):
                out.append(_trim(cur))
            cur = []
        else:
            cur.append(u)
    if _trim(cur):
        out.append(_trim(cur))
    return out


_PEOPLE_COUNTED = re.compile(r"[0-9０-９]+[名人]$")


def _ends_on_head(units: list[Unit], r: Rules) -> bool:
    """A name closed by a head of the strong tiers (…協会, …省): what follows is another name."""
    units = _trim(units)
    n = len(units)
    for x in range(max(0, n - 4), n):
        hl, tier = _head_at(units, x, r)
        if hl and x + hl == n and tier in ("any", "proper"):
            return True
    return False


@lru_cache(maxsize=4096)
def _closed_by_head(name: str, lang: str) -> bool:
    """A name whose text ends on a strong head (…機構, …協会), read on the text."""
    return any(tier in ("any", "proper") and name.endswith(h) and len(name) > len(h) for h, tier in rules(lang).heads.items())


def _legal_end(units: list[Unit], r: Rules) -> bool:
    if not units:
        return False
    if units[-1].legal:
        return True
    tail = ""
    for u in reversed(units[-4:]):
        tail = u.text + tail
        if tail in r.legal_forms_set:
            return True
    return False


def _legal_start(units: list[Unit], i: int, r: Rules) -> bool:
    return i < len(units) and _legal_form_end(units, i, r) > 0


_COUNT_BEFORE = re.compile(r"([0-9]+|[一二三四五六七八九十]+)(?:つの)?(\S{1,6}?)[ \t]*[(（][ \t]*$")


def _distribute(part: list[Unit], r: Rules, text: str) -> list[Name] | None:
    """市内5大学（A・B・C・D・E大学）: names coordinated before one shared head (大学, 銀行) are
    that many bodies; each member is given as written (A, B, …, E大学). Portfolios before one
    head (国土管理・都市計画・建設省) name a single body and are not split."""
    if len(part) < 3 or part[-1].kind != NAME:
        return None
    hl = 0
    for k in range(len(part) - 1, max(len(part) - 4, 0), -1):
        n = _seq(part, k, r.heads, r.max_head, r.joiner)
        if n and k + n == len(part):
            hl, hs = n, k
    if not hl or r.joiner.join(u.text for u in part[hs:]) not in r.distributive:
        return None
    cut = [i for i, u in enumerate(part[:hs]) if u.kind == CONN and u.text in r.coordinators]
    if not cut:
        return None
    bounds = [0] + [c + 1 for c in cut]
    members = [part[a : c] for a, c in zip(bounds, cut + [len(part)], strict=True)]
    if any(not m or any(u.kind != NAME for u in m) for m in members):
        return None
    head = r.joiner.join(u.text for u in part[hs:])
    open_at = max(text.rfind("(", 0, part[0].start), text.rfind("（", 0, part[0].start))
    counted = False
    if open_at >= 0 and part[0].start - open_at < 80 and not re.search(r"[)）\n]", text[open_at : part[0].start]):
        m = _COUNT_BEFORE.search(text, max(0, open_at - 12), open_at + 1)
        counted = bool(m) and m.group(2).endswith(head)
    if not counted:
        for x, y in zip(members, members[1:], strict=False):
            if _IS_KATA.fullmatch(x[-1].text) and _IS_KATA.fullmatch(y[0].text):
                return None  # デ・ポール大学: a foreign name written with a middle dot
        for mem in members[:-1]:
            if _seq(mem, len(mem) - 1, r.heads, 1, r.joiner):
                return None  # 岡山大学・就実…: a member with its own head is read on its own
            if not any(u.proper or u.known >= 0 or _IS_KATA.fullmatch(u.text) for u in mem) or all(u.place for u in mem):
                return None  # 国際・経済・港湾委員会: portfolios, not names; 東京・大阪証券取引所: one body
            if all(u.person for u in mem):
                return None  # 加藤一夫・静岡福祉大学名誉教授: a person and the post they hold
    return [Name(mem[0].start, mem[-1].end, "ok", "organizations.distributive") for mem in members]


def _clause_particle(u: Unit, r: Rules) -> bool:
    return u.text in r.clause_particles and u.tag.startswith("助詞")


def _clause_names(units: list[Unit], r: Rules, text: str) -> list[Name]:
    """倉敷の未来を応援する会, 日本を元気にする会: an association named by a clause — a noun
    phrase, a case particle and a verb before 会. Gatherings (…を祝う会, …を囲む会) are events."""
    out: list[Name] = []
    n = len(units)
    for j in range(2, n):
        h = units[j]
        if h.kind != NAME or h.text not in r.clause_heads:
            continue
        if j + 1 < n and units[j + 1].kind == NAME and not _seq(units, j + 1, r.titles, 3, r.joiner):
            continue  # 会議, 会場: the head is part of a longer word
        v = units[j - 1]
        if not v.tag.startswith("動詞"):
            continue
        k = j - 1
        while k > 0 and j - k < 5 and not _clause_particle(units[k - 1], r):
            k -= 1
            if units[k].kind == BREAK and not units[k].tag.startswith(("動詞", "助動詞")):
                break
        if k <= 0 or not _clause_particle(units[k - 1], r):
            continue
        verb = text[units[k].start : v.end]
        if verb in r.event_verbs or v.text in r.event_verbs or text.startswith(r.event_after, h.end):
            continue  # …を祝う会, …を考える会を開催: a gathering
        p = k - 1  # the particle
        s = p
        while s > 0 and (units[s - 1].kind == NAME or (units[s - 1].text == "の" and s > 1 and units[s - 2].kind == NAME)):
            s -= 1
        s = _skip(units, s, r)
        if s >= p or units[s].kind != NAME:
            continue
        out.append(Name(units[s].start, h.end, "ok", "organizations.clause"))
    return out


def _affiliation_lines(text: str) -> list[tuple[int, int]]:
    """Acknowledgement and participant lists: ``Name, Affiliation`` on three or more lines."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        m = _PERSON.match(line)
        if m and not line[: m.start()].strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    return lines if len(lines) >= 3 else []


def _affiliations(text: str, a: int, b: int, r: Rules, width: int) -> list[Name]:
    """The affiliations on one ``Name, Affiliation Name, Affiliation`` line."""
    line = text[a:b]
    people = list(_PERSON.finditer(line))
    out = []
    for n, m in enumerate(people):
        end = people[n + 1].start() if n + 1 < len(people) else len(line)
        seg_a, seg_b = a + m.end(), a + end
        for piece in re.finditer(r"[^,]+(?:,\s*(?:Inc|LLC|Ltd|L\.P\.|Co)\.?)?", text[seg_a:seg_b]):
            pa = seg_a + piece.start() + (len(piece.group()) - len(piece.group().lstrip()))
            pb = seg_a + piece.end()
            while pb > pa and not text[pb - 1].isalnum() and text[pb - 1] not in ".":
                pb -= 1
            if pb <= pa or not text[pa].isupper():
                continue
            units = _en_units(text, pa, pb, r, width)
            if any(u.kind == BREAK and u.text != "." for u in units):
                continue  # lower-case words: a description, not a name (Cumberland County engineer?)
            units = _trim(units)
            if not units or _seq(units, 0, r.titles, 4, r.joiner) == len([u for u in units if u.kind == NAME]):
                continue
            found, _ = _names_in(units, r, text)
            if found:
                out.extend(Name(f.start, f.end, "ok", "organizations.affiliation") for f in found)
                continue
            p = _plain(units, r, text) or _jurisdiction_body(units, r, text)
            if p and not (p.status == "plain" and _is_place(text[p.start : p.end])):
                out.append(Name(p.start, p.end, "ok", "organizations.affiliation"))
    return out


@register("organizations")
def recognise(doc: Document) -> list[Candidate]:
    """Propose names part by part, then link brackets, confirm weak names from the document
    and recognise every accepted name wherever else it is written.

    The cyclic garbage collector is paused meanwhile: reading a document allocates tens of
    thousands of short-lived units, and the collections they would trigger scan the whole
    heap (gazetteers, models) for nothing — about a third of the recogniser's time. Nothing
    here needs a cycle freed before it returns; collection resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _recognise(doc)
    finally:
        if was_enabled:
            gc.enable()


def _recognise(doc: Document) -> list[Candidate]:
    text = doc.norm
    if not text.strip():
        return []
    bodies = known_bodies()[0]
    ja_units = _ja_units(doc, rules("ja")) if doc.lang == "ja" and doc.tokens is not None else None
    spans = _known_spans(doc, ja_units)
    width = wrap_width(text)
    en = rules("en")
    props: list[tuple[Name, Rules]] = []
    knowns: list[Unit] = []

    def run(units: list[Unit], r: Rules) -> None:
        p, k = _propose(_with_known(units, spans, text), r, text)
        props.extend((x, r) for x in p)
        knowns.extend(k)

    affil = _affiliation_lines(text) if doc.lang == "en" else []
    if ja_units is not None:
        run(ja_units, rules("ja"))
        props.extend((x, rules("ja")) for x in _school_short(ja_units, text, rules("ja")))
        props.extend((x, rules("ja")) for x in _schools(ja_units, text, rules("ja")))
        props.extend((x, rules("ja")) for x in _han_companies(text, rules("ja")))
        props.extend((x, rules("ja")) for x in _quoted_names(text, rules("ja")))
        # Latin-script stretches inside Japanese read as English (Centre for Liveable Cities).
        for m in _LATIN_STRETCH.finditer(text):
            if any(c.isupper() for c in m.group()):
                n = len(props)
                run(_en_units(text, m.start(), m.end(), en, width, doc.view), en)
                # Latin glued to Japanese letters is part of a Japanese compound (FIFAワールドカップ)
                props[n:] = [
                    (x, r) for x, r in props[n:]
                    if x.status != "plain" or not (_glued(text, x.start - 1) or _glued(text, x.end))
                ]
                for x, _ in props[n:]:
                    # 「Other Half Brewing Company」: a Latin name that fills its quotation is whole,
                    # the words an English sentence would not begin a name with included
                    q = text.rfind("「", max(0, x.start - 24), x.start)
                    if x.status == "ok" and q >= 0 and text.startswith("」", x.end) and _LATIN_WORDS.fullmatch(text, q + 1, x.start):
                        x.start = q + 1
    else:
        pos = 0
        for a, b in affil + [(len(text), len(text))]:
            if a > pos:
                run(_en_units(text, pos, a, en, width, doc.view), en)
            pos = b
        for a, b in affil:
            props.extend((x, en) for x in _affiliations(text, a, b, en, width))
        props.extend((x, en) for x in _forum_bodies(text, en))
        props.extend((x, en) for x in _possessive_names(text, en))

    props = [(_network_members_before(text, x, r) if x.rule == "organizations.head.network" else x, r) for x, r in props]
    props = [(y, r) for x, r in props for y in (_refine_en(text, x) if r.lang == "en" else _refine_ja(doc, x))]
    orgs: dict[tuple[int, int], Org] = {}

    def add(o: Org) -> Org:
        if doc.lang_at(o.start) == "en" and (bm := _refine_rx()["branch_after"].match(text, o.end)):
            o.end, o.canonical = bm.end(), None  # Irish Hotels Federation Cork Branch: an arm of its own
        elif doc.lang_at(o.start) == "en" and (tm := _refine_rx()["tail_after"].match(text, o.end)):
            o.end, o.canonical = tm.end(), None  # Humane Society International: the word closes the name
        elif (
            doc.lang_at(o.start) == "en"
            and (cm := _COUNTRY_ARM.match(text, o.end))
            and _arm_place(cm.group(1))
            and not _is_city(text[o.start : o.end])  # (Sister City Sanyo-Onoda Japan: a town and its country)
        ):
            o.end, o.canonical = cm.end(1), None  # Vodafone Italy, Deloitte India, Nissan Europe: a country's arm
        if (lm := _LEADING_DIGITS.match(text, o.start)) and lm.end() < o.end - 1 and doc.lang_at(o.start) == "ja":
            sa, sb = doc.view.source_span(lm.end() - 1, lm.end() + 1)
            if any(c.isspace() for c in doc.text[sa:sb]):
                o.start = lm.end()  # 1223⏎日本薬物対策協会, 15 新川高等学校: a number set apart is no word of it
        if (nm := _NUMBERED.match(text, o.end)) is not None:
            o.end = nm.end(1)  # アジア大都市ネットワーク21(ANMC21): the number its acronym repeats is the name's
        if text.endswith(_NUMBERED_SCHOOL_HEADS, o.start, o.end) and (
            nb := _SCHOOL_NUMBER_BEFORE.search(text, max(0, o.start - 30), o.start)
        ):
            o.start = nb.start()  # Jinshan No. 2 Experimental Primary School: a school numbered under its town
        old = orgs.get((o.start, o.end))
        if old is None or o.priority > old.priority:
            if old is not None:
                o.canonical = o.canonical or old.canonical
                o.acronym = o.acronym or old.acronym
            orgs[(o.start, o.end)] = o
            return o
        old.canonical = old.canonical or o.canonical
        old.acronym = old.acronym or o.acronym
        return old

    headings = _country_headings(text)
    for u in knowns:
        if _REGION_AFTER.match(text, u.end) and doc.lang_at(u.start) == "en":
            continue  # the ECOWAS region, the ASEAN region: the area its members cover
        body = bodies[u.known]
        canon = body["canonical"]
        if body.get("country") and _heading_country(headings, u.start) not in (None, body["country"]):
            canon = None  # 財務省 under （ジョージア）: Georgia's ministry, not Japan's
        a, b = u.start, u.end
        if doc.lang_at(a) == "en":
            a = _dash_acronym_before(text, a, b)  # ICLEI—Local Governments for Sustainability
        if doc.lang_at(a) == "en" and _is_acronym(text[a:b]) and (e := _section_acronym(text, b, en)):
            b, canon = e, None  # UCLG ASPAC: a regional section of the body, a body of its own
        elif _is_acronym(text[a:b]) and (hm := _HYPHEN_ACRONYM.match(text, b)):
            b, canon = hm.end(), None  # UNU-IAS, UN-ESCAP: two acronyms hyphenated name one body
        if doc.lang_at(a) == "en" and (bm := _refine_rx()["channel"].match(text, b)):
            b, canon = bm.end(), None  # BBC Radio Leeds, ABC Radio National: a broadcaster's channel
        elif doc.lang_at(a) == "en" and (c := _office_city_after(text, b, en)) > b:
            b, canon = c, None  # JETRO Chicago, JCI Wakayama: the body's office or chapter in a city
        if (
            doc.lang_at(a) == "ja"
            and text.endswith(tuple(rules("ja").press_known_ends), a, b)
            and (pm := _KANJI_RUN_BEFORE.search(text, max(0, a - 3), a))
            and _is_place(pm.group())
        ):
            a, canon = pm.start(), None  # 信濃毎日新聞: a region's own paper, whose name holds a national one's
        if doc.lang_at(a) == "ja" and (jm := _japan_arm_rx().match(text, b)):
            b, canon = jm.end(), None  # セーブ・ザ・チルドレン・ジャパン: the body's Japanese arm, a body of its own
        elif (
            doc.lang_at(a) == "ja"
            and _is_acronym(text[a:b])
            and (km := _KANA_WORD_AFTER.match(text, b))
            and km.group(1) not in rules("ja").acronym_kana_generic
            and _place(km.group(1)) is None
        ):
            b, canon = km.end(1), None  # NTTデータ: the group's company, a body of its own
        acr = text[a:b] if text[a:b] in body.get("acronyms", ()) else None  # URA: the acronym itself
        if body.get("country") and doc.lang_at(a) == "en":
            a = _own_country_before(text, a, body["country"])
        if body.get("city_chapters") and doc.lang_at(a) == "en" and (c := _city_before(text, a)) < a:
            a, canon = c, None  # Duluth Sister Cities International: the city's chapter
        add(Org(a, b, "organizations.known", canon, acr, priority=3))
    pending: list[Name] = []
    for n, _r in props:
        if n.status == "ok":
            add(Org(n.start, n.end, n.rule, _canonical_of(doc, n.start, n.end), priority=2))
        else:
            pending.append(n)

    if doc.lang == "en":
        for a, b in _national_governments(text, en):
            if not any(oa <= a < ob or oa < b <= ob for (oa, ob) in orgs):
                add(Org(a, b, "organizations.government", None, priority=1))
        for a, b in _city_ports(text):
            if not any(oa <= a < ob or oa < b <= ob for (oa, ob) in orgs):
                add(Org(a, b, "organizations.port", None, priority=1))
        for spans, rule in (
            (_the_papers(text), "organizations.press"),
            (_tourism_boards(text), "organizations.tourism_board"),
            (_carriers(text, en), "organizations.carrier"),
        ):
            for a, b in spans:
                if not any(oa <= a < ob or oa < b <= ob for (oa, ob) in orgs):
                    add(Org(a, b, rule, None, priority=1))
    for a, b in _standards_committees(text):
        inner = [k for k in orgs if a <= k[0] < b or (k[0] == b and doc.lang_at(b) == "ja")]
        end = max([b] + [k[1] for k in inner])
        for k in inner:
            del orgs[k]  # IEC/TC9国内委員会: the committee's code opens the name read after it
        add(Org(a, end, "organizations.standards_committee", None, priority=2))
    for a, b in _acronym_modifiers(text, en):
        if not any(oa <= a and b <= ob for (oa, ob) in orgs):
            add(Org(a, b, "organizations.acronym_modifier", None, text[a:b], priority=1))
    # Ikebana International; the JASGP partnered: read after the names, only where no name is
    # (an acronym after "the" is recorded as its own acronym)
    for rule, spans, own in (
        ("organizations.closing_word", _closing_word_names(text, en), False),
        ("organizations.the_acronym", _the_acronyms(text, en), True),
    ):
        for a, b in spans:
            if not any(oa < b and a < ob for (oa, ob) in orgs):
                add(Org(a, b, rule, None, text[a:b] if own else None))
    aliases = _link_brackets(text, orgs, pending, add, doc)
    _corroborate(doc, text, orgs, pending, add, aliases, ja_units)
    _propagate(text, orgs, aliases, add)
    if doc.lang == "en":
        for a, b in _acronym_list(text, orgs):
            add(Org(a, b, "organizations.acronym_list", None, text[a:b], priority=1))
    _join_hierarchy(text, orgs, rules("ja"))
    _join_bracketed_branch(text, orgs, rules("ja"))
    events = _quoted_events(text)
    out = []
    regions = rules("en").region_names
    forums = rules("en").forum_names
    for o in sorted(orgs.values(), key=lambda o: (o.start, o.end)):
        if text[o.start : o.end] in regions or text[o.start : o.end] in forums:
            continue  # Asia-Pacific, the Middle East: a region of the world; G20: a forum
        if _country_adjective(text[o.start : o.end]):
            continue  # the Filipino community, former Chinese Ambassador: a nationality, no body
        if all(_country(p) for p in _AND_SPLIT.split(text[o.start : o.end])):
            continue  # the Slovak Republic and Russian Federation: countries, no body
        if (
            doc.lang == "en"
            and o.rule == "organizations.head.any"
            and _squash(text[o.start : o.end]) not in known_bodies()[1]
            and _headline_phrase(text, o.start, o.end)
        ):
            continue  # Pharmaceutical Company Launches Major Expansion: a headline's noun phrase
        if o.end - o.start == 1 and not text[o.start].isascii():
            continue  # 92名という大交流団: one kanji is no body's name (A・B・C大学 lists letters)
        if events:
            k = bisect.bisect_right(events, (o.start, len(text))) - 1
            if k >= 0 and o.end <= events[k][1]:
                continue  # 「○○協議会世界大会」: the body is part of the event's name here
        a, b = doc.view.source_span(o.start, o.end)
        if _MARKUP_INSIDE.search(doc.text, a, b):
            continue  # イクレイ<sup>(※2)</sup>日本: the name is not written as one string
        attrs = {k: v for k, v in (("canonical", o.canonical), ("acronym", o.acronym)) if v}
        out.append(Candidate("organization", o.start, o.end, o.rule, attrs))
    return out


def _headline_phrase(text: str, a: int, b: int) -> bool:
    """A name of ordinary words only, in a title-case headline and nowhere else in the text (New
    Recruitment Service Helps Find Patients): the headline's capitals, not a body's name."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    words = title_case_words(line)
    if words is None or len(words) < 4:
        return False
    if len(LATIN_WORD.findall(text, a, b)) >= len(words) - 1:
        return False  # a line that is the name (a table's cell, a label's value) is no headline
    if line.rstrip().endswith((".", ":", ";")) or re.match(r"[ \t]*\([A-Z]", text[b : b + 4]):
        return False  # a sentence in capitals, or a name with its acronym after it
    if text[line_start:a].strip() or not re.match(r"[ \t]+[A-Z][a-z]", text[b : b + 3]):
        return False  # the headline's subject opens it and its verb follows (… Launches …)
    common = load_words("en/common_words.txt")
    name = text[a:b]
    name_words = LATIN_WORD.findall(name)
    small = title_small_words()
    if not all(w.lower() in common or w.lower() in small for w in name_words):
        return False
    if any(_place(w) is not None or _is_city(w) or _country_adjective(w) for w in name_words if w.lower() not in small):
        return False  # Baltimore City Council Casts Its Vote: a place's word makes it a name
    return text.count(name) == 1


def _closing_word_names(text: str, r: Rules) -> list[tuple[int, int]]:
    """Ikebana International, Soroptimist International: capitalised words closed by a word that
    ends a body's name (data 'closing_words'), not inside a longer name (Department for
    International Trade), not an event's (Comic-Con International: San Diego), and not a place
    alone before it (Kansai International, an airport)."""
    if not r.closing_words:
        return []
    out = []
    for m in _closing_rx(r.closing_words).finditer(text):
        a, words = m.start(), m.group(1).split()
        if words[0].lower() in r.stops or words[0] in ("The", "A", "An"):
            a, words = a + len(words[0]) + 1, words[1:]  # The Pyrotechnics Guild International
        if not words or _CAPITAL_AFTER.match(text, m.end()) or _AIRPORT_AFTER.match(text, m.end()):
            continue
        if all(_is_place(w) or _is_city(w) for w in words) or text[m.end() : m.end() + 1] == ":":
            continue
        out.append((a, m.end()))
    return out


_ROMAN = re.compile(r"[IVXLC]+")
_ACRONYM_FOLLOWERS = frozenset(
    "in of and or at for to with on from by as has have had is are was were will would can could may "
    "shall should must also which who that said says announced signed hosted held".split()
)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
_AND_SPLIT = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?|、|・")  # the parts of a coordinated name
_THE_ACRONYM = re.compile(r"\b[Tt]he[ \t]+([A-Z]{3,6})\b(?![ \t-]?[A-Z0-9&]|[.][A-Z])")
_AND_ACRONYM = re.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?([A-Z]{3,6})\b(?![ \t-]?[A-Z0-9&]|[.][A-Z])")


def _the_acronyms(text: str, r: Rules) -> list[tuple[int, int]]:
    """the JASGP partnered, the CFDA in New York: capitals after 'the' that the text never
    expands in brackets name a body, unless they are a place (the USA), a common acronym of English (the MOU,
    the CEO: data 'common_acronyms') or a thing's name (the LEED standard: a common noun after).
    The article governs a second acronym joined by 'and' (the JASGP and CFDA) on the same terms."""
    out = []
    expanded: dict[str, bool] = {}

    def body(m: re.Match) -> bool:
        s = m.group(1)
        if s in r.common_acronyms or _place(s) is not None or not _is_acronym(s):
            return False
        if _ROMAN.fullmatch(s):
            return False  # the XXVII session: a numeral
        if s not in expanded:
            expanded[s] = bool(re.search(rf"[(（][ \t]*{s}[ \t]*[)）]|\b{s}[ \t]*[(（]", text))
        if expanded[s]:
            return False  # the text expands it (Smart Cities Award Contest (ISAC)): the link decides what it names
        nxt = _LOWER_WORD_AFTER.match(text, m.end())
        # the LEED standard, the GCC compiler: the acronym names a thing (the FFA members, the JASGP partnered)
        return not (
            nxt
            and (
                nxt.group(1) in r.acronym_kind_nouns
                or not (nxt.group(1) in _ACRONYM_FOLLOWERS or nxt.group(1).endswith(("ed", "s")))
            )
        )

    for m in _THE_ACRONYM.finditer(text):
        if body(m):
            out.append(m.span(1))
            if (am := _AND_ACRONYM.match(text, m.end())) and body(am):
                out.append(am.span(1))  # the JASGP and FFA members: "the" governs both
    return out


@lru_cache(maxsize=4)
def _closing_rx(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![\w'’&-])((?:[A-Z][a-z][\w'’]*[ \t]){{1,4}})(?:{'|'.join(map(re.escape, words))})\b(?!-|['’](?!s\b))")


def _kind_of_school_rx(d: dict) -> re.Pattern:
    """The Korean School, Sunday School: see ``_kind_of_school_doc`` in data/en/organizations.json."""
    w, nat = _alternatives(d["words"]), _alternatives(d["nationality_endings"])
    return re.compile(
        rf"(?:(?:{w})[ \t]+)?[A-Z][a-z]+(?:{nat})(?:[ \t]+(?:{w}))?[ \t]+Schools?|(?:{_alternatives(d['days'])})[ \t]+Schools?"
    )


def _lower_council_rx(d: dict) -> re.Pattern:
    """Oxford city council: see ``_lower_councils_doc`` in data/en/organizations.json."""
    kinds, heads = _alternatives(d["kinds"]), _alternatives(d["heads"])
    return re.compile(rf"(?<![\w’'.-])((?:[A-Z][\w’'-]*[ \t]+){{1,3}})(?:{kinds})[ \t]+(?:{heads})\b")


_COUNTRY_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z][\w.]*[ \t]+){1,3})$")


@lru_cache(maxsize=1)
def _government_rx() -> re.Pattern:
    d = load_json("en/organizations.json")["national_government"]
    alt = "|".join(re.escape(w) for w in d["not_before"])
    return re.compile(
        rf"(?<![\w-])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+{d['word']}\b(?![ \t]+(?:{alt})\b)"
    )


def _national_governments(text: str, r: Rules) -> list[tuple[int, int]]:
    """The Kenyan government, the Ontario government: a country's or a province's government
    named by a capitalised word before a lowercase 'government' (the guide's "Kenyan
    government"); a city's government is the city (the Seoul government), a function word or a
    generic one names none (The government, Federal government)."""
    out = []
    for m in _government_rx().finditer(text):
        a, w = m.start(1), m.group(1)
        first, _, rest = w.partition(" ")
        if rest and first in r.strip:
            a, w = a + len(first) + 1, rest.strip()
        if w in r.strip or w.split()[0] in r.generic or _is_city(w):
            continue
        if " " in w and _person_words(w) and _holder_name(w):
            continue  # the Arvind Kejriwal government: a leader's, named by the person
        out.append((a, m.end()))
    return out


def _city_ports(text: str) -> list[tuple[int, int]]:
    """The Port of San Diego, the Port of Sasebo: a city's port authority, a body (the golds of
    three held-out sets); not a city named so (Port of Spain), nor the lowercase ports of a
    city (the ports of Baltimore and Nagoya)."""
    out = []
    for m in _refine_rx()["port"].finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        for k in range(len(words), 0, -1):  # the longest run of words that is a city
            b = m.start(1) + words[k - 1].end()
            if text[b - 1] == ".":
                b -= 1  # the Port of Baltimore. Sixteen years ago: a sentence's full stop
            if _is_city(text[m.start(1) : b]):
                if not _is_city(text[m.start() : b]):
                    out.append((m.start(), b))
                break
    return out




def _the_papers(text: str) -> list[tuple[int, int]]:
    """told The Gleaner, in The Guardian: a newspaper named by a capitalised article and its
    press word alone, mid-sentence (a sentence's own The says nothing); a paper's name before
    the date of its story (Kansas City Star, January 26, 2009; MG News | July 30, 2017) or
    before a verb of reporting (Naija News understands…, the Sina Tech News reported)."""
    bare, *named = _press_rx()
    out = [m.span() for m in bare.finditer(text)]
    for rx in named:
        for m in rx.finditer(text):
            a = m.start(1)
            words = m.group(1).split()
            while len(words) > 2 and words[0] in rules("en").strip:
                a = text.index(words[1], a + len(words[0]))  # As South Wales Argus reporter: the sentence's As
                words = words[1:]
            if words[0] not in rules("en").stops and words[0] not in rules("en").press_heading_words and not any(
                w in rules("en").press_body_words for w in words
            ):  # (WA Government News: a body's news page)
                out.append((a, m.end(1)))
    return sorted(set(out))


@lru_cache(maxsize=1)
def _standards_rx() -> re.Pattern:
    bodies = _alternatives(load_json("organizations.json").get("standards_bodies", []))
    return re.compile(
        rf"(?<![A-Za-z0-9/])(?:{bodies})(?:/(?:{bodies}))?[ /]?(?:JTC|TC|SC|PC)[ \t]?[0-9]+(?:/(?:SC|WG)[ \t]?[0-9]+)*(?![0-9])"
    )


def _standards_committees(text: str) -> list[tuple[int, int]]:
    """ISO/TC 215, IEC/TC8, ISO/IEC JTC 1: a standards body's committee, named by its code."""
    if "TC" not in text and "SC" not in text and "PC" not in text:
        return []
    return [m.span() for m in _standards_rx().finditer(text)]


_NAME_RUN = re.compile(r"(?:[ \t]+(?:&|and|[A-Z][\w.]*))+")  # capitalised words going on


@lru_cache(maxsize=1)
def _carrier_rx() -> re.Pattern:
    leads = _alternatives(rules("en").carrier_leads)
    return re.compile(rf"(?:\b([A-Z][\w'’-]*)[ \t]+)?(?<![\w-])((?:{leads})[ \t]+([A-Z][^\W\d_]+(?:[ \t][A-Z][^\W\d_]+)?))\b")


def _carriers(text: str, r: Rules) -> list[tuple[int, int]]:
    """Air Canada, Air New Zealand: a carrier named by a lead word and a country or city, the
    place's longest name taken (Air New Zealand, not Air New); not inside a longer name (Clean
    Air Asia)."""
    if not r.carrier_leads or not any(lead in text for lead in r.carrier_leads):
        return []
    out = []
    for m in _carrier_rx().finditer(text):
        if m.group(1) and m.group(1) not in r.strip:
            continue
        words = m.group(3).split()
        for k in (2, 1):
            if len(words) >= k and _is_place(" ".join(words[:k])):
                end = m.start(3) + len(" ".join(words[:k]))
                if (run := _NAME_RUN.match(text, end)) and run.group().endswith(r.venue_endings):
                    break  # Messe Wien Exhibition & Congress Center: a venue's name goes on
                out.append((m.start(2), end))
                break
    return out


@lru_cache(maxsize=1)
def _tourism_rx() -> tuple[re.Pattern, re.Pattern]:
    """The tourism board's two word orders (Tourism Vancouver, Sri Lanka Tourism), from the
    English data."""
    stop = _alternatives(rules("en").tourism_stop)
    return (
        re.compile(r"\bTourism[ \t]+((?:[A-Z][\w'’.-]*[ \t]?){1,3})"),
        re.compile(rf"((?:[A-Z][\w'’.-]*[ \t]){{1,3}})Tourism\b(?![ \t]+(?:[a-z]|(?:{stop})\b))"),
    )


@lru_cache(maxsize=1)
def _press_rx() -> tuple[re.Pattern, ...]:
    """The bare newspaper, a paper's byline before a date and a paper before a verb of
    reporting, a paper closing its clause and a paper before its staff, from the English data's
    press words."""
    d = load_json("en/organizations.json")
    heads = _alternatives(rules("en").press_heads)
    name = rf"((?:[A-Z][\w&'’.-]*[ \t]+){{1,3}}(?:{heads})(?:-[A-Z][a-z]+)?)"
    month = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    return (
        re.compile(rf"(?<=[a-z,;] )The (?:{heads})\b(?![ \t]+[A-Z])"),
        re.compile(rf"(?m)(?:^|(?<=[-–—|/(][ \t]))[ \t]*{name}[ \t]*(?:,|[-–—|])[ \t]*(?:{month}[ \t]+[0-9]|[0-9]{{1,2}}[ \t]+{month}|[0-9]{{1,4}}[/.-][0-9])"),
        re.compile(rf"(?m)(?:^|(?<=\bthe )|(?<=\bThe ))[ \t]*{name}[ \t]+(?:understands|understood|learnt|learned|gathered|reports|reported|says|said|quoted|published|wrote)\b"),
        # Special to the Kitsap Sun, according to the Visalia Times-Delta: a paper closing its clause
        re.compile("(?:" + "|".join(rf"(?<=\b{re.escape(w)} the )" for w in d["press_closing_before"]) + rf"){name}(?=[ \t]*(?:[.,;:)]|\n|$))"),
        # as South Wales Argus reporter: the paper before one of its staff
        re.compile(rf"(?<![\w’'])(?<!\bthe )(?<!\bThe ){name}(?=[ \t]+(?:{_alternatives(d['press_staff'])})\b)"),
    )


_OF_NAME = re.compile(r"[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?")


def _tourism_boards(text: str) -> list[tuple[int, int]]:
    """Tourism Vancouver, Tourism Australia, Sri Lanka Tourism: a place's tourism board, named by
    the place and the word (Japan Tourism Agency has a head of its own; tourism in lower case is
    the trade)."""
    out = []
    after_rx, before_rx = _tourism_rx()
    for rx, after in ((after_rx, True), (before_rx, False)):
        for m in rx.finditer(text):
            words = list(re.finditer(r"[^\s]+", m.group(1)))
            order = range(len(words), 0, -1) if after else range(len(words))
            for k in order:
                a, b = (m.start(1), m.start(1) + words[k - 1].end()) if after else (m.start(1) + words[k].start(), m.end(1))
                place = re.sub(r"['’]s$", "", text[a:b].strip()).rstrip(".")  # (Tourism Vancouver.)
                if after and place in rules("en").landform_of_words and (om := _OF_NAME.match(text, a + len(place))):
                    out.append((m.start(), om.end()))  # Tourism Bay of Plenty
                    break
                if place and place != "World" and (_is_city(place) or _is_place(place)):
                    out.append((m.start(), a + len(place)) if after else (a, m.end()))
                    break
    for m in _VISIT.finditer(text):
        # Visit California, VisitBritain: a destination's marketing body; "Visit Kyoto this
        # spring" opening a sentence is advice, unless the body acts (Visit Victoria said)
        words = list(re.finditer(r"[^\s]+", m.group(1)))
        for k in range(len(words), 0, -1):
            b = m.start(1) + words[k - 1].end()
            place = text[m.start(1) : b].rstrip(".,")
            b = m.start(1) + len(place)
            if not (_is_city(place) or _is_place(place)):
                continue
            nxt = words[k].group().rstrip(".,") if k < len(words) else ""
            if (nxt[:1].isupper() and not nxt.isupper()) or _CAMPAIGN_YEAR.match(text, b):
                break  # Visit Napa Valley (a place it does not know), Visit Nepal 2020 (a campaign)
            prev = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            # with Visit Seattle: after a lowercase word in prose; not a headline's "Officers
            # Visit Mobile", nor the verb after "to" or a modal
            prose = (prev is not None and prev.group(1).islower() and prev.group(1) not in rules("en").visit_verb_before) or bool(
                _LIST_MARK_BEFORE.search(text, max(0, m.start() - 4), m.start())
            )  # (Peter Bingeman, Visit Victoria CEO; • Visit Brussels (BE): an item of a list or an apposition)
            if (m.group(0)[5:6].isupper() or prose or _ACTS_AFTER.match(text, b)) and text[b : b + 1] not in "”\"’":
                # (“Eat Thai, Visit Thai”: a slogan)
                out.append((m.start(), b))
            break
    return out


_VISIT = re.compile(r"(?<![\w-])Visit(?:[ \t]+|(?=[A-Z]))((?:[A-Z][\w'’-]*(?:(?<=St|Mt|Ft)\.)?[ \t]?){1,3})")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]+)[ \t]+\Z")
_LIST_MARK_BEFORE = re.compile(r"[,;(•][ \t]*\Z")
_CAMPAIGN_YEAR = re.compile(r"[ \t]+(?:19|20)[0-9]{2}\b")  # Visit Nepal 2020
_ACTS_AFTER = re.compile(r"(?:['’]s\b|[ \t]+(?:has|have|had|is|was|will|said|says|announced|[a-z]{3,}ed)\b)")


def _written_before(text: str, a: int, names: Callable[[str], bool], skip: frozenset = frozenset()) -> int:
    """Where the longest run of capitalised words right before a name that ``names`` accepts
    starts (a if none): a place written before a body's name is part of it as written."""
    m = _COUNTRY_BEFORE.search(text, max(0, a - 30), a)
    if m:
        for w in re.finditer(r"\S+", m.group(1)):
            if w.group() not in skip and names(" ".join(m.group(1)[w.start() :].split())):
                return m.start(1) + w.start()
    return a


def _city_before(text: str, a: int) -> int:
    """Fort Wayne Sister Cities International: a city's chapter of the body (Greater Columbus
    Sister Cities International: the city's area)."""
    c = _written_before(text, a, _is_city)
    return c - len("Greater ") if c < a and text.endswith("Greater ", 0, c) else c


def _own_country_before(text: str, a: int, country: str) -> int:
    """U.S. State Department, UK Home Office: a national body's own country (The US State
    Department: the article is not part of the name)."""

    def own(phrase: str) -> bool:
        p = _place(phrase)
        return p is not None and p.kind == "country" and p.country == country

    return _written_before(text, a, own, rules("en").strip)


@lru_cache(maxsize=1)
def _kind_quoted_ja() -> re.Pattern:
    """日本企業「矢崎総業」, 舞踊団「若竹」: a kind of body names the quoted name after it (an
    acronym in brackets at its end is the name's own: メーカー「台湾積体電路製造(TSMC)」)."""
    kinds = "|".join(re.escape(w) for w in rules("ja").kind_quoted)
    return re.compile(rf"(?:{kinds})「([^「」\n、。]{{2,20}}?)(?:[(（][A-Z][A-Za-z&-]+[)）])?」")


@lru_cache(maxsize=1)
def _kind_list_rx() -> re.Pattern:
    kinds = "|".join(re.escape(w) for w in rules("ja").kind_quoted)
    item = r"[^\s、。,，・「」『』()（）\u3041-\u3096]{2,20}"
    return re.compile(rf"((?:{item}(?:や|、|と))+{item})など(?:の|、)?(?:[\u30a0-\u30ff\u4e00-\u9fff]{{0,6}}?(?:{kinds})|各社|が出展)")


def _kind_list_ja(doc: Document, text: str) -> list[tuple[int, int]]:
    """アニプレックスやバンダイ、カプコンなどの企業: names listed before など and a kind of body
    are bodies, each where UniDic reads a proper name in it that is no place's (not 自動車や電機
    などの企業, sectors, nor 米国や中国などの企業, countries)."""
    out: list[tuple[int, int]] = []
    table = doc.table
    for m in _kind_list_rx().finditer(text):
        items = []
        for p in re.finditer(r"[^や、と]+", m.group(1)):
            a, b = m.start(1) + p.start(), m.start(1) + p.end()
            k = bisect.bisect_right(table.starts, a) - 1
            tags = []
            while 0 <= k < len(table.starts) and table.starts[k] < b:
                if table.starts[k] + table.lengths[k] > a:
                    tags.append(table.tags[k])
                k += 1
            named = any("固有名詞" in t and "地名" not in t for t in tags) or bool(_LATIN_NAME.fullmatch(p.group()))
            if not _is_place(p.group()) and not any("地名" in t for t in tags[:1]):
                items.append((a, b, named))
        # (アニプレックスやバンダイ、…: a coined katakana name UniDic does not know, in a list of
        # names it does, is one of them)
        if 2 * sum(x[2] for x in items) >= len(items):
            out += [(a, b) for a, b, named in items if named or (b - a >= 4 and _IS_KATA.fullmatch(text[a:b]))]
    return out


def _join_hierarchy(text: str, orgs: dict, r: Rules) -> None:
    """環境局 環境推進部 水保全課, 企画部 国際政策課: a city's bureau, department and section
    written one after another with a space between are one unit's name (a contact footer's); so
    are a university and its faculty or graduate school (北里大学 海洋生命科学部, 東京大学
    大学院工学系研究科)."""
    run: list[Org] = []
    for o in [*sorted(orgs.values(), key=lambda o: (o.start, o.end)), None]:
        if (
            o is not None
            and run
            and text[run[-1].end : o.start] in (" ", "\u3000")
            and (text[run[-1].end - 1] in r.office_heads or len(run) == 1)
            and (text[o.end - 1] in r.office_heads or text.endswith(r.faculty_ends, o.start, o.end))
        ):
            run.append(o)
            continue
        if len(run) >= 2:
            for x in run:
                orgs.pop((x.start, x.end), None)
            orgs[(run[0].start, run[-1].end)] = Org(run[0].start, run[-1].end, "organizations.hierarchy", priority=2)
        run = [o] if o is not None and (
            text[o.end - 1 : o.end] in r.office_heads
            # 内閣府 地方創生推進事務局: a national ministry or agency the known list names, then its office
            or (o.rule == "organizations.known" and text[o.end - 1 : o.end] in r.ministry_ends)
            # 北里大学 海洋生命科学部: a university, then its faculty
            or text.endswith(r.university_ends, o.start, o.end)
        ) else []


def _join_bracketed_branch(text: str, orgs: dict, r: Rules) -> None:
    """国際協力機構(JICA)筑波国際センター, 日本貿易振興機構(ジェトロ)上海事務所: a body, its
    acronym in brackets, then one of its offices glued after the bracket are one office's name
    (the read golds 9 in 10); the acronym stays a mention of the body."""
    if r.branch_after_acronym is None:
        return
    for o in sorted(orgs.values(), key=lambda o: (o.start, o.end)):
        m = r.branch_after_acronym.match(text, o.end)
        if m is None or (o.start, o.end) not in orgs:
            continue
        for k in [k for k in orgs if m.start("office") <= k[0] < m.end() and k[1] <= m.end()]:
            orgs.pop(k)
        orgs.pop((o.start, o.end))
        orgs[(o.start, m.end())] = Org(o.start, m.end(), "organizations.hierarchy", priority=2)


@lru_cache(maxsize=1)
def _members_rx() -> re.Pattern:
    r = rules("en")
    words = "|".join(re.escape(w) for w in sorted(r.network_members | r.member_titles, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.'’-])((?:[A-Z][\w.'’-]*[ \t]+(?:(?:and|&)[ \t]+)?){{0,3}}?)(?:(?:{words}),[ \t]+)+(?:(?:and|&)[ \t]+)?$"
    )


def _network_members_before(text: str, n: Name, r: Rules) -> Name:
    """UK and Ireland Mayors, Provosts, and Leaders for Peace: the members coordinated before a
    network's member word are part of its name."""
    m = _members_rx().search(text, max(0, n.start - 100), n.start)
    if not m:
        return n
    a = m.start()
    first = text[a : m.end(1)].split()
    if first and first[0] in r.strip:
        a += text[a:].index(first[0]) + len(first[0]) + 1
    return Name(a, n.end, n.status, n.rule)


@lru_cache(maxsize=1)
def _report_rx() -> re.Pattern | None:
    words = rules("en").report_words
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(?<![A-Za-z0-9&.-])([A-Z][A-Z&]{{1,6}}[0-9]{{0,2}})(?:['’]s)?[ \t]+(?:[A-Z][a-z]+[ \t]+){{0,3}}(?:{alt})(?![A-Za-z])"
    )


def _acronym_modifiers(text: str, r: Rules) -> list[tuple[int, int]]:
    """The EIU Global Liveability Index, the ACR Report: an acronym before the name of a report,
    index or survey is the body that made it."""
    rx = _report_rx()
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        s = m.group(1)
        if s in r.generic or s in r.treaties or _is_stop(s, r) or not _is_acronym(s) or _place(s):
            continue  # the NPT Review: a treaty names no body
        nxt = re.match(r"[ \t]+([A-Z][a-z]+)", text[m.end() : m.end() + 24])
        if nxt and _is_stop(nxt.group(1), r):
            continue  # the NPT Review Conference: an event named after a process
        out.append(m.span(1))
    return out


def _country_headings(text: str) -> list[tuple[int, str]]:
    """Lines that are only a bracketed country, heading a list of bodies: （フィリピン共和国）."""
    out = []
    for m in _HEADING.finditer(text):
        p = _place(m.group(1).strip())
        if p is not None and p.kind == "country":
            out.append((m.start(), p.code))
    return out


def _heading_country(headings: list[tuple[int, str]], pos: int) -> str | None:
    i = bisect.bisect_right(headings, (pos, "\uffff")) - 1
    return headings[i][1] if i >= 0 else None


def _glued(text: str, pos: int) -> bool:
    return 0 <= pos < len(text) and bool(_JA_LETTER.match(text[pos]))


def _canonical_of(doc: Document, a: int, b: int) -> str | None:
    """An English name is its own canonical form (as written in the source, not as the view
    spaced it); a Japanese one needs a known English name."""
    sa, sb = doc.view.source_span(a, b)
    name = doc.text[sa:sb]
    if re.fullmatch(rf"[{_LATIN}\s.,&'’()-]+", name):
        return _squash(name)
    return None


def _is_alias_like(s: str) -> bool:
    """An acronym or an English name (not a place, a date or a plain word)."""
    if not _ACRONYMISH.fullmatch(s) or len(s) > 60 or re.fullmatch(r"[\d\s.,/-]+", s):
        return False
    if s in rules("en").generic:
        return False  # (PDF), (SDGs), (MICE): a common abbreviation, not the body's own
    words = s.split()
    if len(words) > 1 and words[0] in rules("en").titles:
        return False  # Ministry of Environment (Minister Kim Wansup): its head, not another name
    return sum(c.isupper() for c in s) >= 2 and all(
        w[0].isupper() or w[0].isdigit() or w in ("of", "for", "and", "the", "on", "&", "-", "–") for w in words
    )


_CAPS_WORD = re.compile(r"(?<![A-Za-z0-9&.'’-])(?<![A-Za-z][ \t])[A-Z]{2,8}(?![A-Za-z0-9&'’-])")
_ACRONYM_LIST = re.compile(r"(?<![\w-])(?:[A-Z][A-Z0-9&]{1,7}, (?:and )?){2,}[A-Z][A-Z0-9&]{1,7}(?![\w-])")
_ROMAN = re.compile(r"[IVXLC]+")


def _acronym_list(text: str, orgs: dict) -> list[tuple[int, int]]:
    """ATU, AUC, UPU, CRASA, EACO: a comma list of three acronyms or more, one of them a body the
    rules read, lists bodies (not SEOUL, SUWON, GWANGJU: places; II, III, IV; GBP, CHF, PLN)."""
    out = []
    common = rules("en").common_acronyms
    for m in _ACRONYM_LIST.finditer(text):
        items = [(w.start(), w.end()) for w in re.finditer(r"[A-Z][A-Z0-9&]{1,7}", m.group())]
        items = [(m.start() + a, m.start() + b) for a, b in items]
        words = [text[a:b] for a, b in items]
        if not any(k in orgs for k in items) or any(_is_place(w.title()) or _is_place(w) or _ROMAN.fullmatch(w) for w in words):
            continue
        out.extend(k for k, w in zip(items, words, strict=True) if k not in orgs and w not in common and w != "AND")
    return out


_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z&-]*[A-Z]s")


def _is_acronym(s: str) -> bool:
    return bool(_ACRONYM.fullmatch(s)) and sum(c.isupper() for c in s) >= 2


def _ticker_rx(exchanges: list[str]) -> re.Pattern:
    """(NYSE: PFE), (TSX: K; NYSE: KGC): a stock exchange and a ticker in brackets after a name."""
    return re.compile(r"[ \t]*\((?:" + "|".join(re.escape(x) for x in exchanges) + r")[ \t]*:")


def _link_brackets(text: str, orgs: dict, pending: list[Name], add, doc: Document) -> dict:
    """アジア開発銀行（ADB）, Urban Redevelopment Authority (URA), イクレイ欧州(ICLEI Europe),
    CEFIA (Clean Energy Finance and Investment Authority): link, and confirm weak names."""
    aliases: dict[str, str | None] = {}
    hosts = [(o.start, o.end, True) for o in orgs.values()]
    hosts += [(n.start, n.end, False) for n in pending if n.status == "weak"]
    for a0, b0, accepted in sorted(hosts):
        m = _BRACKET.match(text, b0)
        if not m and (t := _TAIL_BEFORE_BRACKET.match(text, b0)) and (m := _BRACKET.match(text, t.end())):
            # Council for Promotion of Tourism in Asia (CPTA): the acronym spells the words after
            # "in" too, so they are the name's own
            s = _BRACKET_PART.split(m.group(1))[0].strip()
            if not (_is_acronym(s) and _spells(s, text[a0 : t.end()]) and not _initials_of(s, text[a0:b0])):
                continue
            if accepted:
                old = orgs.pop((a0, b0))
                add(Org(a0, t.end(), "organizations.acronym_extent", _canonical_of(doc, a0, t.end()), priority=old.priority))
            b0 = t.end()
        if not m:
            continue
        content = m.group(1)
        if (ticker := rules("en").ticker) is not None and ticker.match(text, b0):
            continue  # Pacific Biosciences (NASDAQ: PACB): a ticker, no acronym of the name
        pieces = [p for p in _BRACKET_PART.split(content) if p.strip()]
        if not pieces:
            continue
        s = pieces[0].strip()
        sa = m.start(1) + content.index(s)
        if _PLURAL_ACRONYM.fullmatch(s):
            # National Meteorological and Hydrological Services (NMHSs), Multilateral Development
            # Banks (MDBs): a plural acronym abbreviates a kind of body, and names none
            if accepted:
                del orgs[(a0, b0)]
            continue
        if not _is_alias_like(s) or _place(s):
            continue
        acronym = _is_acronym(s)
        if not accepted:
            if not acronym or _programme_follows(text, m.end()):
                continue  # Commercial Property Assessed Clean Energy (C-PACE) program
            add(Org(a0, b0, "organizations.acronym_link", _canonical_of(doc, a0, b0), priority=2))
        host = orgs[(a0, b0)]
        if acronym and accepted and (a1 := _acronym_extent(text, a0, b0, s)) is not None:
            # Chicago Sister Cities International (CSCI): the acronym spells a word before a
            # known name, which is part of this body's name
            del orgs[(a0, b0)]
            host = add(Org(a1, b0, "organizations.acronym_extent", _canonical_of(doc, a1, b0), priority=host.priority))
            a0 = a1
        if acronym:
            host.acronym = host.acronym or s
        elif host.canonical is None:
            host.canonical = _squash(s)
        add(Org(sa, sa + len(s), "organizations.alias", host.canonical, s if acronym else None, priority=1))
        aliases[s] = host.canonical
    for (a, b), o in list(orgs.items()):
        m = _ACRONYM_BEFORE.search(text, max(0, a - 16), a)
        if m and m.end() == a and _is_acronym(m.group(1)) and text[b : b + 1] in ")）":
            s = m.group(1)
            o.acronym = o.acronym or s
            add(Org(m.start(1), m.end(1), "organizations.alias", o.canonical, s, priority=1))
            aliases[s] = o.canonical
    return aliases


def _corroborate(
    doc: Document, text: str, orgs: dict, pending: list[Name], add, aliases: dict, units: list[Unit] | None
) -> None:
    """Confirm weak and head-less names from what the document says around them: first the
    contexts that name a body by themselves (a label, a cue, a title, an apposition), then
    lists that hold bodies."""
    r = rules(doc.lang if doc.lang in ("ja", "en") else "en")
    cands = {(n.start, n.end): n for n in pending if (n.start, n.end) not in orgs}
    confirmed: dict[tuple[int, int], str] = {}
    by_start: dict[int, tuple[int, int]] = {}
    for a, b in sorted(cands, key=lambda k: k[1] - k[0]):
        by_start.setdefault(a, (a, b))
    # 1. Labels: 提案団体：くらしき防災士の会, 主催：…、共催：…, Organised by X and Y.
    for lang in ("ja", "en"):
        lr = rules(lang)
        for end in _label_ends(text, lr):
            if lang == "ja":
                _label_items_ja(doc, text, end, lr, orgs, cands, confirmed, units, add)
            else:
                _label_items_en(text, end, by_start, confirmed)
    if r.lang == "ja" and r.heading_labels is not None:
        items = [
            piece
            for block in _heading_block_items(text, r)
            # (a block in which the rules read no body and no Latin name is a menu or prose)
            if any(_LATIN_LETTER.match(text, a) or any(oa < b and a < ob for oa, ob in orgs) for a, b in block)
            for a, b in block
            for piece in _split_at_source_breaks(doc, text, a, b)
        ]
        for table in (orgs, cands):
            for k in [k for k in table if sum(1 for a, b in items if k[0] < b and a < k[1]) >= 2]:
                del table[k]  # ラグーナテンボス・ブラザー: a sponsor block's dot separates two bodies
        for st in [st for st, k in by_start.items() if k not in cands]:
            del by_start[st]
        for a, b in items:
            _label_item(doc, text, a, b, r, orgs, cands, confirmed, units, add)
    # 2. Cues: ○○に入社, ○○の社長, ○○が買収, 対○○戦; titles only a body has (CEO of X).
    for cr in (rules("ja"), rules("en")):
        for (a, b) in cands:
            if text[a:b] in cr.generic:
                continue  # ワーキンググループを設立: a kind of group, no name, whatever the verb
            if cr.cue_before is not None and cr.cue_before.search(text, max(0, a - 16), a):
                # owned by Cargill and ConAgra: two head-less names after the cue are two
                _confirm_each(text, a, b, confirmed, "organizations.cue")
            elif cr.cue_after is not None and cr.cue_after.match(text, b):
                # (Stellantis and Samsung SDI announced plans: two companies' joint act)
                _confirm_each(text, a, b, confirmed, "organizations.cue")
            elif (
                cr.credit_after is not None
                and cr.credit_after.match(text, b)
                and (a == 0 or text[a - 1] == "\n" or text[max(0, a - 2) : a] == ", ")
            ):
                confirmed.setdefault((a, b), "organizations.cue")
    for (a, b) in cands:
        if (
            (m := _BASED_BEFORE.search(text, max(0, a - 40), a))
            and _based_place(m.group(1))
            and not _BASED_ONLY.search(text, a, b)
            and not _PLURAL_ACRONYM.fullmatch(text, a, b)
        ):
            # Cincinnati-based Taft Stettinius & Hollister, Albany, N.Y.-based St. Peter's,
            # Japanese-based Konica Minolta: a name right after a place's -based is the body
            # based there (not Nature-based …); two names joined by "and" are two
            _confirm_each(text, a, b, confirmed, "organizations.based")
    for cr in (rules("ja"), rules("en")):
        if cr.caps_cue_after is None:
            continue
        for (a, b), n in cands.items():
            if n.status == "plain" and (
                (
                    _capitals(text[a:b], cr)
                    and (
                        cr.caps_cue_after.match(text, b)
                        or (cr.caps_cue_before is not None and cr.caps_cue_before.search(text, max(0, a - 40), a))
                    )
                )
                # (SCI president, NCECA members, the AJKF delegation: a short acronym by its people)
                or (
                    cr.caps_short_cue_after is not None
                    and _capitals(text[a:b], cr, cr.caps_short_min_letters)
                    and cr.caps_short_cue_after.match(text, b)
                    and not _person_before(text, a)  # (Campos III announced, Boyle CBE said)
                    and text[a:b] not in rules("en").common_acronyms  # (the MOU's signing, LEED's software)
                )
            ):
                confirmed.setdefault((a, b), "organizations.capitals")
    # Chiba's Sewerage Planning Division, the UN's Open Working Group: a place's or a body's
    # possessive before a name makes it one of its bodies
    for (a, b), n in cands.items():
        pm = _POSSESSOR.search(text, max(0, a - 40), a)
        if pm and n.status == "weak" and (
            _is_city(pm.group(1)) or _place(pm.group(1)) is not None or any(e == pm.end(1) for _, e in orgs)
        ):
            confirmed.setdefault((a, b), "organizations.possessive")
    # KUNMING, Nov. 19 (Xinhua) -- : the name in brackets before a dateline's dash is the agency
    for m in _AGENCY.finditer(text):
        words = m.group(1).split()
        if m.span(1) in cands and m.group(1) not in r.common_acronyms and (
            m.group(1).isupper()
            or (len(words) > 1 and words[-1] in r.press_heads)  # TEHRAN (Iran News) –: a paper
            or not any(_is_place(w) or (len(words) > 1 and _is_city(w)) for w in [m.group(1), *words])
        ):
            # (…1993 (Kaliningrad) - …, (Kaliningrad Region) - …: a place; an acronym in capitals
            # is the agency: PIA)
            confirmed.setdefault(m.span(1), "organizations.agency")
    for m in _AGENCY_PAIR.finditer(text):
        for w in re.finditer(r"[A-Z]+", m.group(1)):
            span = (m.start(1) + w.start(), m.start(1) + w.end())
            if w.group() not in r.common_acronyms and not _is_place(w.group()):
                if span not in cands:
                    add(Org(*span, "organizations.agency", _canonical_of(doc, *span), priority=1))
                else:
                    confirmed.setdefault(span, "organizations.agency")
    photo_credit = rules("en").photo_credit
    for m in photo_credit.finditer(text) if photo_credit is not None else ():
        # (AP Photo/Luis M. Alvarez): a photograph's credit names the agency before "Photo/"
        if not _is_place(m.group(1)) and m.span(1) not in orgs:
            add(Org(m.start(1), m.end(1), "organizations.agency", _canonical_of(doc, *m.span(1)), priority=1))
    # Speakers: Jane Doe (Arup), John Smith (Siemens Mobility): a person's affiliation in brackets
    for m in _PERSON_BRACKET.finditer(text):
        words = re.split(r"[\s-]+", text[max(0, m.start(1) - 40) : m.end(1)])
        if _is_acronym(m.group(2)) and any(_initials_of(m.group(2), " ".join(words[-k:])) for k in range(1, 7)):
            continue  # Nationally Determined Contribution (NDC): a term and its acronym
        if m.group(2).split()[-1].lower() in r.bracket_roles:
            continue  # Trudi Everingham (Optical Dispenser): the person's job, not a body
        if _person_words(m.group(1)) and not _is_place(m.group(1)):
            span = m.span(2)
            if span in cands and cands[span].status == "plain" and not _is_place(m.group(2)):
                confirmed.setdefault(span, "organizations.affiliation")
    # Tan Wei, Co-Founder, Insect Feed Technologies, …: a roster's person, post and affiliation,
    # each after a comma
    if r.lang == "en":
        for m in _roster_post(r.lang).finditer(text):
            k = by_start.get(m.end())
            if k is not None and cands[k].status == "plain" and _ROSTER_END.match(text, k[1]) and not _is_place(text[k[0] : k[1]]):
                confirmed.setdefault(k, "organizations.affiliation")
    # 【北京=共同】: a Japanese news item's dateline names its place, then the agency;
    # 「人民網日本語版」2007年10月24日: a copy's credit line names its medium, and so does a dated
    # report's credit (10月5日付でPrima Mediaが伝えた; see _DATED_CREDIT_JA) (a press-release
    # wire between slashes, /PRNewswire/, is left out: four held-out golds of five leave it)
    for m in [*_AGENCY_JA.finditer(text), *_CREDIT_JA.finditer(text), *_DATED_CREDIT_JA.finditer(text)]:
        if m.span(1) not in orgs:
            add(Org(m.start(1), m.end(1), "organizations.agency", priority=1))
    for m in _kind_quoted_ja().finditer(text):
        if m.span(1) not in orgs and not _is_place(m.group(1)):
            add(Org(m.start(1), m.end(1), "organizations.quoted", priority=1))
    for a, b in _kind_list_ja(doc, text):
        if (a, b) not in orgs:
            add(Org(a, b, "organizations.kind_list", priority=1))
    # TSMC本社, 竹田恒和JOC会長: capitals glued before a head office or a post are a body
    # (the English side leaves Latin glued to Japanese letters to the Japanese compound)
    if doc.lang == "ja" and (cue := rules("ja").caps_short_cue_after) is not None:
        for m in _CAPS_WORD.finditer(text):
            a, b = m.span()
            if (
                cue.match(text, b)
                and _capitals(m.group(), rules("ja"), rules("ja").caps_short_min_letters)
                and m.group() not in rules("en").common_acronyms
                and not _is_place(m.group())
                and not any(oa < b and a < ob for (oa, ob) in orgs)
            ):
                add(Org(a, b, "organizations.capitals", _canonical_of(doc, a, b), priority=1))
    # YEREVAN, JANUARY 16, ARMENPRESS. …: an agency in capitals closing a dateline
    for m in _DATELINE_AGENCY.finditer(text):
        if m.span(1) not in orgs and not _is_place(m.group(1)) and not _is_city(m.group(1).title()):
            add(Org(m.start(1), m.end(1), "organizations.agency", priority=1))
    # DUBAI, (UrduPoint / Pakistan Point News / WAM - 07th Oct, 2019): a dateline's wire credits
    for m in _WIRE_CREDIT.finditer(text):
        for w in _CREDIT_PART.finditer(text, m.start(1), m.end(1)):
            if w.span() not in orgs and not _is_place(w.group()):
                add(Org(w.start(), w.end(), "organizations.agency", priority=1))
    # Oxford city council: a place, then its council in lower case
    if r.lower_councils is not None:
        for m in r.lower_councils.finditer(text):
            words = list(re.finditer(r"\S+", m.group(1)))
            for w in words:  # (On Sunday Oxford city council: the longest place that ends before it)
                a = m.start(1) + w.start()
                if _is_place(text[a : m.end(1)].rstrip()) and (a, m.end()) not in orgs:
                    canonical = text[a : m.end(1)] + text[m.end(1) : m.end()].title()  # Oxford City Council
                    add(Org(a, m.end(), "organizations.council", canonical, priority=1))
                    break
    if r.title_cue is not None:
        for m in r.title_cue.finditer(text):
            if m.end() in by_start:
                a, b = by_start[m.end()]
                if m.group().startswith("Head") and not _proper_word(text[a:b]):
                    continue  # Head of Delegation, Head of Communications: a function, not a body
                confirmed.setdefault((a, b), "organizations.title")
    if r.post_of_cue is not None:
        for m in r.post_of_cue.finditer(text):
            span = _post_of_body(text, m.end(), r, orgs, by_start)
            if span is None:
                continue
            if span in cands:
                confirmed.setdefault(span, "organizations.post_of")  # a weak name the post confirms
            else:
                add(Org(span[0], span[1], "organizations.post_of"))
    if r.head_title_cue is not None:
        for m in r.head_title_cue.finditer(text):
            k = by_start.get(m.end())
            if k is not None and cands[k].status == "weak" and not _NAME_GOES_ON.match(text, k[1]):
                confirmed.setdefault(k, "organizations.title")  # (not Brussels Capital| Region)
    # 3. Apposition: "Neology is a clean technology startup", "company Grounded EVs",
    #    "news outlets such as Axios", 自治体ネットワークであるシティネット.
    for (a, b) in list(cands):
        if r.apposition_after is not None and r.apposition_after.match(text, b) and not _places_only(text[a:b]):
            # (healthy cities in Asia and Australia, the alliance …: the places it covers)
            confirmed.setdefault((a, b), "organizations.apposition")
        if r.apposition_before is not None and not _places_only(text[a:b]) and (m := r.apposition_before.search(text, max(0, a - 40), a)):
            # the airline Delta: a kind right before the name makes even a town's name a body's
            # (not an adjective that is also a kind: a new daily Cuenca–Quito service)
            kind_word = m.group().split()[0].lower()
            kind = kind_word not in r.kind_adjectives and not m.groupdict().get("list")
            plural = kind_word.endswith(_PLURAL_KIND_ENDS)
            if (m.groupdict().get("list") or plural) and (pair := _and_pair(text, a, b)):
                # companies including Wipro and HCLTech, electricity companies REMU and Essent:
                # the list's two items, each a body
                cands.update({k: Name(k[0], k[1], "plain", "organizations.list_intro") for k in pair})
                for k in pair:
                    confirmed.setdefault(k, "organizations.list_intro")
                continue
            confirmed.setdefault((a, b), "organizations.kind" if kind else "organizations.apposition")
    _confirm(doc, text, confirmed, cands, add, aliases)
    # 4. Lists: a name coordinated with bodies is a body (Civilized Cycles, ElectricFish Energy,
    #    Inc. and Neology; …世界経済フォーラム(WEF)、Circle Economy(サークル・エコノミー)など).
    #    A faint name (旅行会社-like: a kind of body) is not made a body by a list.
    confirmed = {}
    cands = {k: n for k, n in cands.items() if k not in orgs and n.status != "faint"}
    titled = _title_after(doc, text)

    def gloss(a: int) -> bool:  # a name in brackets glosses the item before it
        return text[max(0, a - 2) : a].rstrip(" ")[-1:] in ("(", "（")

    items = sorted(
        [(a, b, "org") for (a, b), o in orgs.items() if not gloss(a) and not titled(b)]
        + [(a, b, "cand") for (a, b) in cands if not gloss(a)],
        key=lambda x: (x[0], -x[1]),
    )
    flat: list[tuple[int, int, str]] = []
    for it in items:
        if flat and it[0] < flat[-1][1]:
            continue  # nested in the previous item
        flat.append(it)
    group: list[tuple[int, int, str]] = []
    intro_end = [-(10**9)]  # where the last introduced list ended: a list broken by one odd item goes on

    def settle(g: list[tuple[int, int, str]]) -> None:
        if not g:
            return
        if g[0][2] == "org" and r.list_intro is not None:
            # companies like Apple and Panasonic, such as Apple, Google and Sony: the items before
            # a known body, back to the words that introduce the list, open the list, each a body
            # of its own however common its word
            heads: list[tuple[int, int]] = []
            pos = g[0][0]
            while len(heads) < 4 and (hm := _LIST_HEAD.search(text, max(0, pos - 60), pos)):
                if _place(hm.group(1)) is not None:
                    break
                if hm.span(1) not in orgs:
                    if any(oa < hm.end(1) and hm.start(1) < ob for (oa, ob) in orgs):
                        break
                    heads.insert(0, hm.span(1))
                pos = hm.start(1)  # (a body already found is passed over: such as Apple, Google and Sony)
                if r.list_intro.search(text, max(0, pos - 70), pos):
                    for k in heads:
                        cands.setdefault(k, Name(k[0], k[1], "plain", "organizations.list"))
                    g = [(a, b, "cand") for a, b in heads] + g
                    break
        orgs_n = sum(1 for x in g if x[2] == "org")
        cand_n = sum(1 for x in g if x[2] == "cand")
        # "Led by Monash University, RISE works…": two items joined by a bare comma are no list
        joined = any(
            re.search(r"\b(?:and|or)\b|&|、|・|および|及び|や|と|並びに|ならびに", text[x[1] : y[0]]) for x, y in zip(g, g[1:], strict=False)
        )
        introduced = r.list_intro is not None and (
            (_INTRO_WORD_BEFORE.search(text, max(0, g[0][0] - 70), g[0][0]) and r.list_intro.search(text, max(0, g[0][0] - 70), g[0][0]))
            or (0 <= g[0][0] - intro_end[0] <= 24 and not _LIST_BREAK.search(text, intro_end[0], g[0][0]))
            or (len(g) >= 2 and r.list_outro is not None and r.list_outro.match(text, g[-1][1]))
        )
        if introduced:
            intro_end[0] = g[-1][1]
        last = _and_pair(text, g[-1][0], g[-1][1]) if g[-1][2] == "cand" else None
        if cand_n and (introduced and (len(g) >= 2 or last) or (orgs_n and 2 * orgs_n >= cand_n and (joined or len(g) >= 3))):
            named = [(a, b) for a, b, kind in g if kind == "cand"]
            if last and (introduced or len(g) >= 3) and not any(_place(x.strip()) for x in text[g[-1][0] : g[-1][1]].split(" and ")):
                # "…, Suez and ZTE": the list's last two items read as one name (a list of three
                # or more says so without an introduction: Dish Network, Starry and Windstream)
                named[-1:] = last
                cands.update({k: Name(k[0], k[1], "plain", "organizations.list") for k in last})
            if introduced and not last and (tail := _LIST_TAIL.match(text, g[-1][1])):
                # "…, Silver Spring Networks and ZTE": the item after a head word and "and" ends the list
                k = tail.span(1)
                if not any(oa < k[1] and k[0] < ob for (oa, ob) in orgs) and _place(tail.group(1)) is None:
                    named.append(k)
                    cands.setdefault(k, Name(k[0], k[1], "plain", "organizations.list"))
            if introduced:
                # companies such as NXP, Nexperia and Ampleon, Nijmegen is…: two items read as
                # one before the list's end are two; "and" ends the list, so what follows is none
                split = []
                for a, b in named:
                    pair = _and_pair(text, a, b)
                    split.extend(pair or [(a, b)])
                    if pair:
                        cands.update({k: Name(k[0], k[1], "plain", "organizations.list") for k in pair})
                        break
                named = split
            if any(_personal(text, text[a:b]) for a, b in named):
                return  # a list is of one kind: one person in it makes the others people too
            if any(text[a:b].split()[-1] in r.titles for a, b in named):
                return  # Lucy Pillai, Consul, Consulate of Singapore: a roster's name, post and body
            if 2 * sum(_is_city(text[a:b]) for a, b in named) > len(named) + orgs_n:
                return  # "the new members are: Copenhagen, Fredericia, …": a network's cities (the bodies already found count against it)
            for a, b in named:
                if r.lang == "en" and _us_address_part(text, a, b):
                    continue
                if (
                    r.lang == "en"
                    and text.startswith(",", b)
                    and _SENTENCE_START.search(text, max(0, a - 3), a)
                    and text[a:b].lower() in r.common_words
                    and text[a:b].lower().endswith("ly")
                ):
                    continue  # Consequently, the Society…: a sentence's adverb, no name
                confirmed.setdefault((a, b), "organizations.list_intro" if introduced else "organizations.list")

    for it in flat:
        if group:
            lang = doc.lang_at(it[0])
            sep = _SEP.get(lang, _SEP["en"])
            if not sep.fullmatch(text, group[-1][1], it[0]):
                settle(group)
                group = []
        group.append(it)
    settle(group)
    _confirm(doc, text, confirmed, cands, add, aliases)
    # 5. An acronym followed by its country: ATSB（オーストラリア）, DSB (Netherlands).
    for m in _ACRONYM_COUNTRY.finditer(text):
        s = m.group(1)
        if _is_acronym(s) and s.upper() != s.lower() and (p := _place(m.group(2).strip())):
            if p.kind == "country" and (m.start(1), m.end(1)) not in orgs and s.upper() not in _country_initials().get(p.code, ()):
                # (UAE(アラブ首長国連邦): the country itself, by its English name's initials)
                add(Org(m.start(1), m.end(1), "organizations.acronym_country", None, s, priority=1))


@lru_cache(maxsize=1)
def _country_initials() -> dict[str, frozenset[str]]:
    """Country code → the initials of its Latin-script names (AE → UAE, US → USA, US)."""
    from .cities import gaz

    links = rules("en").connectors  # (of, the, and: no initial of their own)
    out: dict[str, set[str]] = {}
    for key, places in gaz().places.items():
        words = key.replace("-", " ").split()
        if len(words) < 2 or not all(w.isascii() and w.isalpha() for w in words):
            continue
        for p in places:
            if p.kind == "country":
                letters = "".join(w[0] for w in words if w not in links)
                out.setdefault(p.code, set()).add(letters.upper())
    return {k: frozenset(v) for k, v in out.items()}


def _capitals(s: str, r: Rules, min_letters: int | None = None) -> bool:
    """One word in capitals, long enough not to be a technical acronym (EUROCITIES, not LTE),
    and no word the rules know as common (PRESS, FORUM, MICE)."""
    if not s.isalpha() or not s.isupper() or len(s) < (r.caps_min_letters if min_letters is None else min_letters):
        return False
    w = s.capitalize()
    en = rules("en")
    return not (s in en.generic or w in en.generic or _is_stop(w, en) or w in en.strip or w in en.titles)


# Rules whose words name the kind of body (companies such as X, the airline X; a dateline's
# agency): a town's name there is a body's (Delta, Santander).
INTRODUCED = frozenset({"organizations.list_intro", "organizations.agency", "organizations.kind"})


def _confirm(doc: Document, text: str, confirmed: dict, cands: dict, add, aliases: dict) -> None:
    for (a, b), rule in sorted(confirmed.items()):
        c = cands.get((a, b))
        place = _place(text[a:b]) is not None or (
            rule not in INTRODUCED and _is_city(text[a:b])
        )
        s = text[a:b]
        if (c is None or c.status == "plain") and (place or _personal(text, s) or _people_of_nation(s)):
            continue  # a place, a person or a nation's people in a list of bodies is still one
            # (after "companies such as" a town's name is a company's: Google; the resolver
            # still reads a city written alone as the city)
        add(Org(a, b, rule, aliases.get(s) or _canonical_of(doc, a, b), s if s in aliases and _is_acronym(s) else None, 1))


_LAST_WORD = re.compile(r"[A-Za-z-]+$")


def _label_ends(text: str, r: Rules) -> list[int]:
    """Where the names after a label begin: 主催：|…, Contact: |…, organised by (the) |….
    A label is looked for only where it can end (at a colon, a closing bracket, or the last
    word of a phrase such as "hosted by"): the regex engine cannot skip ahead on an
    alternation of words, but it can on one character or one literal word."""
    out = []
    if r.labels is not None and r.label_triggers is not None:
        for t in r.label_triggers.finditer(text):
            p = t.start()
            for s in range(max(0, p - 24), p):
                prev = text[s - 1] if s else "\n"
                ok = prev.isspace() or prev in "、。(（" if r.label_boundary == "line" else not prev.isalpha()
                if ok and not text[s].isspace():
                    m = r.labels.match(text, s)
                    if m and m.end() > p:
                        out.append(m.end())
                        break
    if r.labels_spaced is not None:  # a table row: 4 主催 札幌国際プラザ、札幌市
        out.extend(m.end() for m in r.labels_spaced.finditer(text))
    if r.label_phrase_end is not None:
        for m in r.label_phrase_end.finditer(text):
            a = m.start()
            if a and text[a - 1].isspace():
                before = " ".join(text[max(0, a - 40) : a].split()).lower()
                hit = next((p for p in r.label_phrases.get(m.group(1), ()) if before.endswith(p)), None)
                if hit is not None and (not hit or len(before) == len(hit) or not before[-len(hit) - 1].isalpha()):
                    out.append(m.end())
    return sorted(set(out))


_EN_MODIFIER = re.compile(
    r"[ \t]+(?!(?:to|in|on|at|for|with|from|as|of|since|under|and|or|the|a|an|through|during|which|who|that|"
    r"this|is|was|are|were|has|have|had|will|would|via|between|among|across|by|its|their|also|jointly)\b)[a-z]"
)
_EN_PERSON = re.compile(r"[A-Z][a-z]+(?:[ \t][A-Z]\.)+[ \t][A-Z][a-z]+")
_EN_ITEM_SEP = re.compile(r",\s*(?:and\s+|&\s+)?(?:the\s+)?|\s+(?:and|&)\s+(?:the\s+)?|\s*;\s*(?:the\s+)?")
_EN_ITEM_END = re.compile(r"\s*(?:[.;:)\n]|,|\s+(?:and|&)\s|$)")


def _label_items_en(text: str, pos: int, by_start: dict, confirmed: dict) -> None:
    """Organised by A, B and C: each name in the list after the label is a body. After a bare
    comma a name counts only where the list goes on or ends (not in "Led by X, RISE works")."""
    first = True
    while pos in by_start:
        a, b = by_start[pos]
        if (not first and not _EN_ITEM_END.match(text, b)) or _EN_MODIFIER.match(text, b) or _EN_PERSON.fullmatch(text, a, b):
            return  # the Kenyan government; Stephen M. Ross
        cl = rules("en").contact_label
        if first and cl is not None and cl.search(text, max(0, pos - 24), pos) and not any(w in rules("en").heads for w in text[a:b].split()):
            return  # Contact: Jiyoung Yun: a contact is a person unless a head word names a body
        for span in _and_pair(text, a, b) or [(a, b)]:  # implemented by CityNet and Ramboll
            confirmed.setdefault(span, "organizations.label")
        m = _EN_ITEM_SEP.match(text, b)
        if not m:
            return
        pos = m.end()
        first = False


_JA_INNER_LABEL = re.compile(r"[ \t]*[^\s:：]{1,6}[:：]")
_JA_PROSE = re.compile(
    r"です|ます|でした|ました|した|する|され|ください|いただ|について|において|により|による|として|ため|こと|もの|皆様|皆さん|各位|。"
)
_JA_ITEM_TRIM = re.compile(r"(?:ほか|他|等|など|内|まで|宛て?|あて|各位|様|御中)+$")


def _label_items_ja(
    doc: Document, text: str, pos: int, r: Rules, orgs: dict, cands: dict, confirmed: dict, units, add
) -> None:
    """The items on a label's line (主催：倉敷市、共催：倉敷商工会議所): an item that the rules
    proposed is confirmed; one they could not read (協力：ちゃやまちクラブ) is taken as written when
    it is no place, person, generic body, event or prose."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    end = _source_line_end(doc, pos, end)
    while pos < end:
        while pos < end and text[pos] in " \t":
            pos += 1
        sm = r.item_stop.search(text, pos, end) if r.item_stop else None
        e = sm.start() if sm else end
        lm = _JA_INNER_LABEL.search(text, pos, e)
        if lm:  # 環境局　担当：山田: another label starts inside; its value is read on its own
            if lm.start() - pos >= 2:
                _label_item(doc, text, pos, lm.start(), r, orgs, cands, confirmed, units, add)
            return
        a, b = pos, e
        tm = _JA_ITEM_TRIM.search(text, a, b)
        if tm and tm.start() > a:
            b = tm.start()
        if b - a >= 2:
            _label_item(doc, text, a, b, r, orgs, cands, confirmed, units, add)
        if not sm:
            return
        stop = sm.group()
        if stop in "(（":
            close = text.find(")" if stop == "(" else "）", sm.end(), end)
            if close < 0:
                return
            pos = close + 1
        elif stop in "、,，;；/／ \t" or stop.isspace():
            pos = sm.end()
        else:
            return  # a phone number, 【電話】, a URL: the rest of the line is contact details


_BLOCK_ITEM = re.compile(r"[^・、,\n]+")
_BLOCK_BULLET = re.compile(r"[ \t　]*(?:[-*•●◆■][ \t　]+)?")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
BLOCK_LINE_MAX = 80  # a longer line below a label is prose, not a list of names


def _heading_block_items(text: str, r: Rules) -> list[list[tuple[int, int]]]:
    """協賛⏎⏎AirAsia・SPEARHEAD⏎niconico・フタバ: a label alone on its line heads a block of names
    below it, up to a blank line, the next label or a line of prose or fields (。, :, 【, a
    year). Names are separated by 、 and line breaks; by ・ only on a line that mixes Latin
    names in (AirAsia・SPEARHEAD: a sponsors' line), since ・ also joins the words of one
    Japanese name (ワールド・マスター・ゲームズ 2027 関西実行委員会, 囲碁・将棋チャンネル)."""
    out: list[list[tuple[int, int]]] = []
    for m in r.heading_labels.finditer(text):
        block: list[tuple[int, int]] = []
        out.append(block)
        pos = m.end()
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip() or r.heading_labels.fullmatch(line) or (r.heading_block_stop is not None and r.heading_block_stop.search(line)) or len(line) > BLOCK_LINE_MAX:
                break
            pos += _BLOCK_BULLET.match(text, pos, end).end() - pos
            dots = "・" in line and bool(_LATIN_LETTER.search(line))
            for im in (_BLOCK_ITEM if dots else _BLOCK_ITEM_NO_DOT).finditer(text, pos, end):
                a, b = im.start(), im.end()
                while a < b and text[a] in " \t　":
                    a += 1
                while b > a and text[b - 1] in " \t　":
                    b -= 1
                if b - a >= 2 and not any(c in "()（）" for c in text[a:b]):
                    block.append((a, b))
            pos = end + 1
    return out


_BLOCK_ITEM_NO_DOT = re.compile(r"[^、,\n]+")


def _split_at_source_breaks(doc: Document, text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The parts of text[a:b] on separate source lines (the view joins a wrapped line; a block's
    line break still separates two names)."""
    out = []
    while a < b:
        e = _source_line_end(doc, a, b)
        if e - a >= 2 and text[a:e].strip():
            out.append((a, e))
        a = e
    return out


def _source_line_end(doc: Document, pos: int, end: int) -> int:
    """Where the source line under view offset ``pos`` ends (the view may have joined a wrap)."""
    starts = doc.view.starts
    for i in range(pos + 1, end):
        if "\n" in doc.text[starts[i - 1] : starts[i]]:
            return i
    return end


def _label_item(doc: Document, text: str, a: int, b: int, r: Rules, orgs: dict, cands: dict, confirmed: dict, units, add) -> None:
    if (a, b) in orgs:
        return
    if (a, b) in cands:
        confirmed.setdefault((a, b), "organizations.label")
        return
    if any(oa < b and a < ob for (oa, ob) in orgs):
        return  # the rules read a body in it: trust them
    item = text[a:b]
    if len(item) > 30 or _JA_PROSE.search(item) or item[0].isdigit() or item in r.generic or item in r.stops:
        return
    if item in r.label_non_items or item.endswith(r.people_nouns):
        return  # 委託先：未定, 運営：市民ボランティア
    if any(item[:k] in r.generic and item[k:] in r.heads for k in range(1, min(4, len(item)))):
        return  # 同課, 当室, 本部局: a body referred back to, not named
    if "の" in item[:-2]:
        return  # 倉敷市内の小中学校: a description (くらしき防災士の会 is read by the rules)
    if _is_stop(item, r) or (r.non_heads and item.endswith(r.non_heads)) or _is_place(item):
        return
    if _city_government_ja(item, r):
        return  # 福州市人民政府: the city's government is the city
    if any(item.endswith(t) for t in r.titles if len(t) >= 2) or _personal(text, item):
        return
    if item.endswith(r.org_nouns) and (item[: -1] in r.generic or any(item[: -len(w)] in r.generic for w in r.org_nouns if item.endswith(w))):
        return  # 市内企業, 関係団体: a kind of body
    if units is not None:
        lo = bisect.bisect_left(units, a, key=lambda u: u.start)
        hi = bisect.bisect_left(units, b, lo, key=lambda u: u.start)
        inside = units[lo:hi]
        if any(u.tag.startswith(("動詞", "助動詞")) for u in inside):
            return  # a clause, not a name
        names = [u for u in inside if u.kind == NAME]
        if names and all(u.person for u in names):
            return  # 担当：山田
        if names and all(u.text in r.generic or u.text in r.heads for u in names):
            return  # 問い合わせ：同課
        if names and all(u.text in r.generic or u.place for u in names):
            return
    if _LATIN_CH.match(item[0]) and not any(c.isupper() for c in item):
        return
    confirmed.setdefault((a, b), "organizations.label")


_JA_HONORIFIC = re.compile(r"氏|さん|様|君|議員|教授|市長|知事|社長")
@lru_cache(maxsize=1)
def _en_person_after() -> re.Pattern:
    ts = sorted(rules("en").titles, key=len, reverse=True)
    titles = "|".join(re.escape(t) for t in ts)
    lower = "|".join(sorted({re.escape(x) for t in ts if t[:1].isupper() for x in (t[0].lower() + t[1:], t.lower())}, key=len, reverse=True))
    # …, president of the Business Coordinating Council: a post in lower case names a person
    # when its body follows
    return re.compile(
        rf"(?![\w])(?:\s+(?:said|says|added|noted)\b|,\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){{0,3}}(?:{titles})\b"
        rf"|,\s+(?:the\s+)?(?:{lower})(?:\s+[a-z]+){{0,2}}\s+(?:of|at)\b)"
    )


def _places_only(s: str) -> bool:
    """Asia and Australia, Japan and Korea, Hong Kong-Seattle: places joined by a coordinator or
    a route's dash, no body's name."""
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b|[–—-](?=[A-Z]))\s*", s) if p]
    return len(parts) > 1 and all(_is_place(p) for p in parts)


def _personal(text: str, name: str) -> bool:
    """Whether the document treats a name as a person's: Ms. Jane Doe, Jane Doe said,
    said Jane Doe, Jane Doe, Director of …, 山田太郎氏. Each place the name is written is
    looked at, not the whole text with a pattern per name."""
    ja = not _LATIN_CH.match(name[0])
    after = None if ja else _en_person_after()
    i = text.find(name)
    while i >= 0:
        e = i + len(name)
        if ja:
            if _JA_HONORIFIC.match(text, e):
                return True
        elif (
            (i == 0 or not text[i - 1].isalnum())
            # (the charity Hope Springs said: a kind of body before the name, which then speaks)
            and not (
                (cb := rules("en").cue_before) is not None
                and cb.search(text, max(0, i - 16), i)
                and (" " in name or name.lower() not in rules("en").common_words)  # (the firm Smith said: a surname)
            )
            and (
                after.match(text, e)
                or (e == len(text) or not text[e].isalnum()) and _refine_rx()["person_before"].search(text, max(0, i - 16), i)
            )
        ):
            return True
        i = text.find(name, i + 1)
    return False


def _programme_follows(text: str, pos: int) -> bool:
    m = re.match(r"\s*([a-z]+)", text[pos : pos + 30])
    return bool(m) and m.group(1).capitalize() in rules("en").stops


@lru_cache(maxsize=2)
def _title_rx(lang: str) -> re.Pattern:
    r = rules(lang)
    words = "|".join(re.escape(t) for t in sorted(r.titles, key=len, reverse=True))
    if lang == "en":
        return re.compile(rf"\s*(?:[A-Z][\w-]*\s+){{0,3}}(?:{words})(?![a-z])")
    return re.compile(rf"(?:{words})")


_COMMON_ENDING = re.compile(r"(?:tion|sion|ment|ity|ship|ance|ence|ing|ure|ism|ness|ics|ate)s?$")


def _proper_word(s: str) -> bool:
    """BMKG, Bappenas: one word that reads as a name (an acronym, or no common noun's ending)."""
    return " " not in s and (_is_acronym(s) or not _COMMON_ENDING.search(s.lower()))


def _title_after(doc: Document, text: str):
    """Whether a job title follows a position (UN Secretary-General, IPCC Communications Officer):
    such a body names a person's post, it is not an item of a list of bodies."""

    def titled(pos: int) -> bool:
        return bool(_title_rx("ja" if doc.lang_at(pos) == "ja" else "en").match(text, pos))

    return titled


@lru_cache(maxsize=4096)
def _country(s: str) -> bool:
    """大韓民国, フィリピン共和国: a country's name."""
    p = _place(s)
    return p is not None and p.kind == "country"


@lru_cache(maxsize=4096)
def _territory(name: str) -> bool:
    """A state or province, perhaps after its country (中華人民共和国江蘇省, 大韓民国・慶尚北道)."""
    for k in range(len(name) - 1):
        p = _place(name[k:])
        if p is not None and p.kind in ("state", "prefecture"):
            head = name[:k].rstrip("・")
            return not head or _country(head)
    return False


@lru_cache(maxsize=4096)
def _closes_on_country(text: str, line_start: int, end: int) -> bool:
    """A line that closes on a country (Designs by Gina representing Milan, Italy⏎Provence
    Village Ltd) closes a list item: the next line is no wrap of a name."""
    words = text[line_start:end].split()
    for k in (1, 2, 3):
        p = _place(" ".join(words[-k:]).strip(",.;:")) if len(words) >= k else None
        if p is not None and p.kind == "country":
            return True
    return False


def _place(s: str):
    """The country, state or region a text names, as the city recogniser reads it
    (フィリピン共和国, Republic of Korea, 米国)."""
    from .cities import place_of

    return place_of(s)


def _people_of_nation(s: str) -> bool:
    """Australians, Canadian: a nation's adjective or its people (…, and Australians sent …)."""
    return _country_adjective(s) or _country_adjective(s.removesuffix("s"))


def _country_adjective(s: str) -> bool:
    from .cities import rules as city_rules

    return s in city_rules("en").get("country_adjectives", {})


@lru_cache(maxsize=4096)
def _seat_city(s: str) -> bool:
    """A city by its own name, large enough to seat a body's branch (London, Tokyo, Leeds)."""
    from .cities import gaz

    return any(h.form == "name" and h.city.population >= 100_000 for h in gaz().cities_named(s))


@lru_cache(maxsize=4096)
def _is_city(s: str) -> bool:
    from .cities import gaz

    return bool(gaz().cities_named(s))


def _city_government_ja(s: str, r: Rules) -> bool:
    """大連市政府, 福州市人民政府, 馬鞍山市政府: a municipality's name (or a kanji city's the
    gazetteer writes in other characters), then its government."""
    if s in r.city_gov_heads:
        return True  # 市政府 alone: the government of the city named before
    return any(
        s.endswith(h) and (_municipality(city := s[: -len(h)].removesuffix("人民")) or _KANJI_CITY.fullmatch(city))
        for h in r.city_gov_heads
    )


_KANJI_CITY = re.compile(r"[\u4e00-\u9fff]{2,6}市")


def _municipality(s: str) -> bool:
    """倉敷市, 千代田区: a Japanese municipality written with its suffix (not ウィーン)."""
    return len(s) >= 2 and s[-1] in "市区町村" and _is_city(s)


def _is_place(s: str) -> bool:
    return _place(s) is not None or _is_city(s)


# The words every list introduction ends with (such as, including, like, among them, notably;
# are, include, were; from, of, at), then an optional colon and "the": a cheap test before the
# full introduction pattern, whose kinds of body are a long case-blind alternation.
_INTRO_WORD_BEFORE = re.compile(r"\b(?:as|including|like|them|notably|are|include|included|were|from|of|at)\s*:?\s+(?:the\s+)?$")
_STATE_CODE_AFTER = re.compile(r",[ \t]*([A-Z]{2})\b(?![.'’-])")
# "companies like Apple and …" before a list's known last item: the name that opens the list
_LIST_HEAD = re.compile(r"(?<![\w&.'’-])([A-Z][\w&.'’-]*[\w](?:[ \t]+[A-Z][\w&.'’-]*[\w]){0,3})(?:[ \t]*,|[ \t]*,?[ \t]+(?:and|&))[ \t]+\Z")
# "… and ZTE." after a list's last item: the name that closes the list
_LIST_TAIL = re.compile(r"[ \t]+(?:and|&)[ \t]+([A-Z][\w&.'’-]*[\w](?:[ \t]+[A-Z][\w&.'’-]*[\w]){0,3})(?=[ \t]*[.,;:)]|[ \t]*$)", re.MULTILINE)
# companies, firms, agencies, governments, banks: the plural endings of the kinds before a pair
# of names (not business, press; retailers, developers, sponsors: "rs"; telcos; groups)
_PLURAL_KIND_ENDS = ("ies", "ms", "ns", "ts", "ks", "rs", "cos", "ps")
_RUN_WORD = re.compile(r"[A-Z][\w’'&.-]*[\w]|[A-Z]|[0-9]+(?:st|nd|rd|th)?")
_RUN_GLUE = re.compile(r"[ \t]+(?:(?:of|for|de|la|du|des|del|&)[ \t]+(?:the[ \t]+)?)?")


def _post_of_body(text: str, a: int, r: Rules, orgs: dict, by_start: dict) -> tuple[int, int] | None:
    """Director of the Shanti Ashram, Head of the Melanesian Brotherhood, Chair of SkillsDenmark:
    the capitalised name after a post and "of" is the body the post is held in, though no head
    word names it. Not a place (President of France), a function (Director of International
    Affairs), common words only (the City Council), a name already read, nor a run that goes on
    into a person's title."""
    if any(o.start <= a < o.end for o in orgs.values()):
        return None
    if a in by_start:  # a name the recogniser proposed: the post confirms it, if it is no place or function
        b = by_start[a][1]
        words = _RUN_WORD.findall(text, a, b)
        return (a, b) if words and _post_body_ok(text, a, b, words, r) else None
    pos, words, end = a, [], a
    while len(words) < 8:
        w = _RUN_WORD.match(text, pos)
        if not w:
            break
        words.append(w.group())
        end = w.end()
        g = _RUN_GLUE.match(text, end)
        if not g or not _RUN_WORD.match(text, g.end()) or "\n" in g.group():
            break
        pos = g.end()
    if not words or len(words) == 8:
        return None
    if text.startswith(("’s", "'s"), end):
        return None  # Head of Moscow's department: the run names the place the body belongs to
    return (a, end) if _post_body_ok(text, a, end, words, r) else None


def _post_body_ok(text: str, a: int, end: int, words: list[str], r: Rules) -> bool:
    """Whether the run after a post (see _post_of_body) can be a body's name."""
    name = text[a:end]
    low = [w.lower() for w in words]
    if any(w in r.titles or w.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Prof") for w in words):
        return False  # Chairman of the Board Mayor Brad Cole: a holder's title inside the run
    if re.search(r"-[a-z]", words[-1]) or text.startswith("-", end):
        return False  # CEO of London-based charity …: an adjective, not the body's name
    if any(w in r.function_ends for w in low) or not words[0][:1].isalpha():
        return False  # Director of Communications, Head of International Affairs Julie Rodriguez
    if all(w.strip("’'.") in load_words("en/common_words.txt") and not _is_place(w.title()) for w in low):
        return False  # Chairman of the City Council, Head of State: common words name a kind, not a body
    if _is_place(name) or _is_place(words[0]) or (len(words) >= 2 and _is_place(" ".join(words[:2]))):
        return False  # President of France, Head of Moscow's department
    return not _personal(text, name)


def _us_address_part(text: str, a: int, b: int) -> bool:
    """Waynesville, NC; Wood Lake, MN: a US state's postal code after a town and a comma, and
    the town before it, are an address in a list of companies, no bodies."""
    s = text[a:b]
    if len(s) == 2 and s.isupper() and re.search(r",[ \t]*\Z", text[max(0, a - 3) : a]) and _state_code(s):
        return True
    m = _STATE_CODE_AFTER.match(text, b)
    return m is not None and _state_code(m.group(1))


def _state_code(c: str) -> bool:
    """NC, MN: a US state's postal code, as the gazetteer's places know it."""
    from ..gazetteer import fold, gazetteer

    p = gazetteer().place_key(fold(c), codes=True)
    return p is not None and p.kind == "state_code"


def _place_pair(a: str, b: str) -> bool:
    """Two places written side by side (高山・デンバー): the towns of a tie, not a person and a body."""
    return _is_place(a) and _is_place(b)


def _propagate(text: str, orgs: dict, aliases: dict, add) -> None:
    """Everything accepted is recognised wherever else it is written in the document; a name of
    one or two kanji not where a longer kanji word goes on (東大, not 東大寺)."""
    forms: dict[str, tuple[str | None, str | None]] = {}
    for o in sorted(orgs.values(), key=lambda o: -o.priority):
        s = text[o.start : o.end]
        if len(s) >= 2:
            forms.setdefault(s, (o.canonical, o.acronym))
    for s, canon in aliases.items():
        forms.setdefault(s, (canon, s if _is_acronym(s) else None))
    heads = _acronym_heads(text, orgs)
    for s in heads:
        forms.setdefault(s, (None, s))
    if not forms:
        return
    for a, b in _trie_finditer(text, sorted(forms)):
        s = text[a:b]
        if (
            (a, b) not in orgs
            and s in forms
            and _at_edges(text, a, b)
            and not (_is_acronym(s) and _describes(text, b, rules("en")))
            and not _REGION_AFTER.match(text, b)
            and not (
                s in heads
                and (
                    any(oa <= a and b <= ob for (oa, ob) in orgs)
                    or _ACRONYM_APART.search(text, max(0, a - 1), b + 1)
                    or _ACRONYM_MODIFIES.match(text, b)
                )
            )
            and not (len(s) <= 2 and _ONE_KANJI.match(text, b) and all(_ONE_KANJI.match(c) for c in s))
        ):
            canon, acr = forms[s]
            add(Org(a, b, "organizations.repeat", canon, acr, priority=0))


_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+|\n)\Z")
_LEAD_ACRONYM = re.compile(r"[A-Z]{3,}(?= [A-Z][a-z]|[^\x00-\x7f])")


# (TCLP), （PNG）, 001.JPG: an acronym in brackets glosses the words before it, one after a
# full stop is a file's type; neither stands for the body whose name it began.
_ACRONYM_APART = re.compile(r"[(（][A-Z]+[)）]|\.[A-Z]+")
# CIFAL Newcastle, URBACT III, DMATロジスティックチーム, PETボトル: a word glued after or a capital or
# a number after a space makes the acronym a word of another name or compound
_ACRONYM_MODIFIES = re.compile(r"[ \t]+[A-Z0-9]|[\u30a1-\u30fa\u3400-\u9fff]")


def _acronym_heads(text: str, orgs: dict) -> frozenset[str]:
    """OPCW after the OPCW Technical Secretariat, KIT after KIT国際学術交流クラブ: an acronym that
    begins a body's name names the body it belongs to where it stands alone. Not a place's code
    (US Embassy), an acronym of ordinary English (CEO Forum) or a word of a headline in capitals."""
    from .cities import rules as city_rules

    en = rules("en")
    provinces = city_rules("en")["province_abbreviations"]
    out = set()
    for o in orgs.values():
        if o.priority < 2:
            continue
        m = _LEAD_ACRONYM.match(text, o.start, o.end)
        if m is None or m.end() >= o.end:
            continue
        s, rest = m.group(), text[m.end() : o.end]
        if not any(c.islower() or not c.isascii() for c in rest):
            continue  # NATIONAL MUSEUM: a headline in capitals, no acronym
        if s in en.common_acronyms or s in provinces or _state_code(s) or _is_place(s) or _is_place(s.title()):
            continue  # (NSW Health, TOKYO 2016: a place's code or name in capitals)
        out.add(s)
    return frozenset(out)


def _trie_finditer(text: str, words: list[str]):
    """The spans ``re.finditer(_trie_pattern(words), text)`` yields, found without compiling
    that pattern: it is different in every document, and compiling it cost as much as the
    search. The trie is walked as the regex engine would walk it — children in order, a space
    as greedy ``\\s+`` that gives back, an entry's end tried after its continuations — and only
    from the positions where an entry's first character is written."""
    if not words or "" in words or any(w[0] == " " for w in words):
        yield from (m.span() for m in re.finditer(_trie_pattern(words), text))  # never in practice
        return
    trie = _build_trie(words)

    def freeze(node: dict) -> tuple:
        return ("" in node, [(ch, freeze(node[ch])) for ch in sorted(k for k in node if k)])

    root = freeze(trie)
    n = len(text)

    def walk(node: tuple, j: int) -> int:
        end, children = node
        for ch, child in children:
            if ch == " ":
                k = j
                while k < n and text[k].isspace():
                    k += 1
                while k > j:
                    e = walk(child, k)
                    if e >= 0:
                        return e
                    k -= 1
            elif j < n and text[j] == ch:
                e = walk(child, j + 1)
                if e >= 0:
                    return e
        return j if end else -1

    starts: list[int] = []
    for ch, _ in root[1]:
        i = text.find(ch)
        while i >= 0:
            starts.append(i)
            i = text.find(ch, i + 1)
    starts.sort()
    pos = 0
    for i in starts:
        if i < pos:
            continue
        e = walk(root, i)
        if e >= 0:
            yield i, e
            pos = e


# ---------------------------------------------------------------- context checks


_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][a-z][\w'’-]*)[ \t]+\Z")


def _plural_word(w: str) -> bool:
    """Museums, Unions: a common English word's plural, no surname."""
    return w.endswith("s") and w[:-1].lower() in rules("en").common_words


def _person_before(text: str, a: int) -> bool:
    """A capitalised word right before, not one that opens a sentence or a phrase (The, In): a
    person's name whose suffix or surname in capitals follows (Campos III, Boyle CBE)."""
    m = _NAME_WORD_BEFORE.search(text, max(0, a - 30), a)
    return bool(m) and m.group(1) not in rules("en").strip


_KANJI_RUN_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}\Z")
_CITY_WORDS = r"[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*){0,2}"  # St. Louis, Buenos Aires, Nairobi


@lru_cache(maxsize=1)
def _refine_rx() -> dict[str, re.Pattern]:
    """The English context checks of ``refine`` in en/organizations.json, and the port, channel
    and prose-post patterns of its top level, compiled once."""
    top = load_json("en/organizations.json")
    d = top.get("refine", {})
    r = rules("en")

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    titles = alt(r.titles)
    months = alt(w for w in r.complement_stop if w[0].isupper())
    branch = alt(d.get("branch_words", []))
    return {
        "place": re.compile(rf"[ \t\n]+(?:{alt(d.get('place_preps', []))})[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])"),
        "month": re.compile(rf"(?:{months})\b"),
        "event": re.compile(rf"(?:(?:{alt(d.get('event_prefixes', []))})[ \t\n]+)?(?:{alt(d.get('event_heads', []))})\b"),
        "kind_before": re.compile(rf"(?:{alt(d.get('kind_words', []))})[ \t]+(?=[A-Z])"),
        "branch_after": re.compile(
            rf"(?:[ \t]+(?!(?:{branch})\b)[A-Z][\w&'’-]*){{0,3}}[ \t]+(?:{branch})\b(?![ \t\n]+(?:of|for|in)\b)(?!['’-])"
        ),
        "publication_end": re.compile(rf"(?<!\bof)(?<!\bfor)(?<!\bon)[ \t\n]+(?:{alt(d.get('publications', []))})$"),
        "publication_after": re.compile(rf"[ \t]+(?:{alt(d.get('publications', []))})\b"),
        "tail_after": re.compile(
            rf"[ \t]+(?:{alt(d.get('name_tails', []))})\b(?![ \t]+(?:[A-Z]|(?:{alt(d.get('name_tail_not_before', []))})\b))(?!['’-])"
        ),
        "programme_end": re.compile(rf"(?:^|[ \t\n])(?:{alt(d.get('programme_heads', []))})$"),
        "prize_end": re.compile(rf"[ \t\n](?:{alt(d.get('prize_ends', []))})$"),
        "role": re.compile(rf"\b({alt(d.get('role_plurals', []))})\b"),
        "board_of": re.compile(rf"(?:{alt(d.get('board_of', []))})[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])"),
        "people_end": re.compile(rf"(?<!\bof)(?<!\bfor)(?<!\band)(?<!&)[ \t]+(?:{alt(d.get('people_after', []))})$"),
        "person_and": re.compile(
            r"((?:[A-Z][a-z]+[ \t]+)(?:[A-Z]\.[ \t]+)?(?:Mc|Mac|O['’]|De|Van|Le)?[A-Z][a-z][A-Za-z'’-]*)[ \t\n]+(?:and|&)[ \t\n]+"
        ),
        "and_person": re.compile(
            r"[ \t\n]+(?:and|&)[ \t\n]+([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+(?:Mc|Mac|O['’]|De|Van|Le)?[A-Z][a-z][A-Za-z'’-]*)$"
        ),
        "title_before": re.compile(rf"(?:\b(?:{titles})|\b(?:Mr|Ms|Mrs|Dr|Prof)\.?)[ \t\n]+$"),
        "portfolio": re.compile(rf"\b(?:{titles})[ \t\n]+for[ \t\n]+(?:the[ \t\n]+)?$"),
        "comma_person": re.compile(
            r",[ \t\n]+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z][A-Za-z'’-]*){1,2}$"
        ),
        "of_the": re.compile(r".*[ \t\n]of[ \t\n]+(?:the[ \t\n]+)?", re.S),
        "dash_acronym": re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]{1,10})[ \t]*[—–-][ \t]*$"),
        "heading_year": re.compile(r"[ \t]+(?:19|20)[0-9]{2}[ \t]*(?:[:：]|[-—–][ \t])"),
        "bracket_after": re.compile(r"[ \t]*\([ \t]*[A-Z][A-Za-z0-9&-]{1,11}[ \t]*\)"),
        "pair_heads": re.compile(rf"\b(?:{alt(d.get('pair_heads', []))})\b"),
        "feature": re.compile(rf"(?:{alt(d.get('feature_words', []))})[ \t]+[A-Z][\w'’-]*$"),
        "city_dash_before": re.compile(rf"({_CITY_WORDS})[ \t]*[–—/-][ \t]*$"),
        "city_dash_after": re.compile(rf"[ \t]*[–—-][ \t]*({_CITY_WORDS})(?![\w'’-])"),
        # the Port of San Diego: a city's port authority
        "port": re.compile(rf"\b(?:{alt(top.get('city_port_heads', []))})[ \t]+of[ \t]+({_CITY_WORDS})(?![\w'’-])"),
        "port_before": re.compile(rf"\b(?:{alt(top.get('city_port_heads', []))})[ \t]+of[ \t]+$"),
        # BBC Radio Leeds, ABC Radio National: a channel's words after a broadcaster's name
        "channel": re.compile(rf"[ \t]+(?:{alt(top.get('channel_words', []))})(?:[ \t]+[A-Z0-9][\w&-]*){{0,2}}(?![\w-])"),
        # an honorific, 'said', or a post in lowercase and a comma in prose before a person's name
        # ("the Commission president, José Manuel Barroso"; a roster's capitalised "Governor,
        # Tokyo Metropolitan Government" is an affiliation)
        "person_before": re.compile(
            rf"(?:\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+|\bsaid\s+|\b(?:{alt(top.get('prose_posts', []))}),\s+)$"
        ),
    }


@lru_cache(maxsize=1)
def _en_vocabulary() -> frozenset:
    """Words that occur in bodies' names: two capitalised words outside it read as a person."""
    r = rules("en")
    words = {w for h in r.heads for w in h.split()}
    words |= r.generic | r.stops | r.jurisdictions | r.network_members | r.qualifiers
    # (the curated bodies only: a listed company's name holds its founder's, John Deere)
    words |= {w for b in known_bodies()[0] if not b.get("listed") for f in b.get("forms", [b.get("canonical") or ""]) for w in str(f).split()}
    return frozenset(words)


_INITIAL_WORDS = re.compile(r"[A-Z][A-Za-z]*")


_ACRONYM_AFTER = re.compile(r"[ \t]*[(（]([A-Z][A-Za-z0-9&]{2,9})[)）]")


def _initials_of(acronym: str, name: str) -> bool:
    """IDB - Inter-American Development Bank: the acronym is spelt from the name's words (its
    first and last letters are the first and last initials, the rest in order), so acronym and
    name are two ways of writing the body; ICLEI—Local Governments for Sustainability is one name."""
    initials = "".join(w[0] for w in _INITIAL_WORDS.findall(name))
    acr = [c for c in acronym.upper() if c.isalpha()]
    if len(acr) < 2 or not initials or acr[0] != initials[0] or acr[-1] != initials[-1]:
        return False
    it = iter(initials)
    return all(c in it for c in acr)


_TAIL_BEFORE_BRACKET = re.compile(r"[ \t]+(?:in|of|for|on|and)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’-]*(?=[ \t]*[(（])")


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters are the initials of the name's capitalised words, one each."""
    return _initials_of(acronym, name) and len(acronym) == len(_INITIAL_WORDS.findall(name))


_WORDS_BEFORE = re.compile(r"(?:[A-Z][A-Za-z'’-]+ ){1,2}$")


def _acronym_extent(text: str, a: int, b: int, acronym: str) -> int | None:
    """Where a name starts that its acronym spells in full, when the acronym spells one or two
    capitalised words before the name found (Chicago | Sister Cities International (CSCI))."""
    if _initials_of(acronym, text[a:b]):
        return None
    m = _WORDS_BEFORE.search(text, max(0, a - 40), a)
    if m is None:
        return None
    starts = [m.start() + k.start() for k in re.finditer(r"[A-Z][A-Za-z'’-]+ ", m.group())]
    return next((x for x in reversed(starts) if _spells(acronym, text[x:b])), None)


_SECTION_ACRONYM = re.compile(r"(?:[ \t]|-(?=[A-Z]{3}))([A-Z]{3,8})(?![A-Za-z0-9&'’-])")


def _section_acronym(text: str, b: int, r: Rules) -> int | None:
    """UCLG ASPAC, UCLG-MEWA: a known acronym directly followed by another capitalised acronym
    that is no known body, title or common word is the body's regional section, one name."""
    m = _SECTION_ACRONYM.match(text, b)
    if not m:
        return None
    w = m.group(1)
    if w in r.titles or w in r.stops or w.capitalize() in r.stops or w in r.heads or _squash(w) in known_bodies()[1]:
        return None
    if _is_place(w) or _is_place(w.capitalize()):
        return None
    return m.end()


_ROSTER_END = re.compile(r"[ \t]*(?:[,.;]|\n|$)")


@lru_cache(maxsize=1)
def _roster_post(lang: str) -> re.Pattern:
    """A person's name, a comma, a post (its last word a title: Smart Cities Lead, Co-Founder)
    and a comma: what follows is where the person works."""
    r = rules(lang)
    titles = "|".join(sorted((re.escape(t) for t in r.titles if t[:1].isupper() and not t.endswith(".")), key=len, reverse=True))
    return re.compile(
        rf"[A-Z][a-z]+(?:[ \t][A-Z][a-z'’-]+){{1,2}},[ \t]+(?:[A-Z][\w&-]*[ \t]+){{0,3}}(?:{titles}),[ \t]+"
    )


def _person_words(s: str) -> bool:
    return not any(w.rstrip(".,") in _en_vocabulary() for w in s.split())


def _holder_name(s: str) -> bool:
    """Muhammed Saadieh, Ary Jose Vanazzi: two or three words that read as a person's name, not a
    place's (Kuala Lumpur) or a common phrase; of three, a middle name may be a common word or
    a place (Jose) where the others are neither."""
    if _is_place(s):
        return False
    words = s.split()
    odd = [w for w in words if w.lower() in rules("en").common_words or _is_place(w)]
    return not odd or (len(words) == 3 and odd == [words[1]])


def _name_of_things(s: str) -> bool:
    """Singapore Exhibitions (and Conventions Bureau): a place or a common English word,
    singular or plural, among the words is no person's name."""
    common = rules("en").common_words
    return any(
        len(w) > 3 and (_is_place(w) or w.lower() in common or (w.endswith("s") and w[:-1].lower() in common))
        for w in s.split()
    )


_AND_PLACE_END = re.compile(r",?[ \t]+and[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)$")
_FOR_ORDINAL = re.compile(
    r"[ \t]+for[ \t]+(?:the[ \t]+)?[0-9]+(?:st|nd|rd|th)[ \t]+(?:(?:consecutive|straight)[ \t]+)?(?:years?|times?|seasons?|editions?)\b"
)


_BASED = r"([A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*)?)-(?:based|headquartered)"  # Paris-based, Albany, N.Y.-based
_BASED_LEAD = re.compile(_BASED + r"[ \t]+(?=[A-Z])")
_COURTESY_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
def _based_place(word: str) -> bool:
    """A place, a US state's abbreviation or a country's adjective before -based."""
    return _is_place(word) or _us_state_abbreviation(word) or _country_adjective(word)


_COUNTRY_ARM = re.compile(
    r"[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})"
    r"(?=[’']s\b|[ \t]+(?!(?:in|of|for|and|de|du)[ \t]+[A-Z])[a-z]|[ \t]*[,.;:)]|[ \t]*$)",
    re.MULTILINE,
)


def _arm_place(words: str) -> bool:
    """A country or a world region (Italy, Europe, Greater China) written right after a company's
    name as the name of its arm there."""
    p = _place(words)
    return (p is not None and p.kind == "country") or words in rules("en").arm_regions


_BASED_BEFORE = re.compile(_BASED + r"[ \t]+\Z")
_BASED_ONLY = re.compile(_BASED)
_PLACE_OF_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'’-]*)[ \t]+of[ \t]+\Z")


_CITY_WORDS_AFTER = re.compile(r"[ \t]([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?![\w'’-])(?![ \t]+[A-Z])")


def _office_city_after(text: str, b: int, r: Rules) -> int:
    """Where a known body's name runs on to a city named right after it (JETRO Chicago): the
    end of that city, or ``b``. Not a country or a region (the EU Ukraine summit), nor a city
    that goes on into a longer name (WHO Kobe Centre)."""
    from .cities import gaz

    m = _CITY_WORDS_AFTER.match(text, b)
    if m and _place(m.group(1)) is None:
        if any(h.city.population >= r.office_city_min_population for h in gaz().cities_named(m.group(1))):
            return m.end(1)  # (C40 Chair, SCI March: small towns' names that are words)
    return b


def _dash_acronym_before(text: str, a: int, b: int) -> int:
    """ICLEI—Local Governments for Sustainability: a long name glued by a dash to its acronym
    before it is one name, which starts at the acronym. Not a title's word (Conference - World
    Bank Group), nor a dateline's state (New York, NY – Bloomberg Philanthropies)."""
    m = _refine_rx()["dash_acronym"].search(text, max(0, a - 16), a)
    if (
        m
        and m.start() < a
        and _is_acronym(m.group(1))
        and not _initials_of(m.group(1), text[a:b])
        and text[max(0, m.start(1) - 2) : m.start(1)] != ", "
        and not _dateline_town(text, m.start(1), m.group(1))
    ):
        return m.start(1)
    return a


def _dateline_town(text: str, a: int, word: str) -> bool:
    """DALLAS—Monitronics International, JOHNSONBURG — Domtar Corp.: a word in capitals opening
    a line before a dash is the dateline's town (a known place, or longer than an acronym runs)."""
    if line_opening(text, a) != a:
        return False
    return len(word) >= 7 or _is_city(word.title()) or _is_place(word.title())


@lru_cache(maxsize=1)
def _japan_arm_rx() -> re.Pattern:
    """A known foreign body's Japanese arm written right after its name (・ジャパン)."""
    return re.compile(rf"(?:{_alternatives(rules('ja').arm_suffixes)})(?![\u30a1-\u30fc])")


@lru_cache(maxsize=1)
def _place_of_before() -> re.Pattern:
    """A place named by a landform and "of" (Bay of Plenty, Isle of Wight, Vale of Glamorgan),
    with a direction before it, written right before the rest of its name."""
    r = rules("en")
    return re.compile(
        rf"\b(?:(?:{_alternatives(r.compass_words)})[ \t]+)?(?:{_alternatives(r.landform_of_words)})[ \t]+of[ \t]+\Z"
    )


@lru_cache(maxsize=1)
def _supporters_of() -> re.Pattern:
    """Friends of (the): a supporters' body named after the body it supports."""
    return re.compile(rf"\b(?:{_alternatives(rules('en').supporters_of)})[ \t]+(?:the[ \t]+)?\Z")


_WORDS_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’.-]*|[a-z]{1,3})[ \t]+){1,2}\Z")


def _city_words_before(text: str, a: int, b: int) -> int:
    """Where a name starts when the words before it begin the city that opens it (Dar es |Salaam
    Water Authority, The |Hague University): a city of the gazetteer of two words or more, read
    whole, that the first words of the name end."""
    m = _WORDS_BEFORE.search(text, max(0, a - 20), a)
    if not m:
        return a
    words = text[a:b].split()
    for lead in re.finditer(r"(?:^|(?<=[ \t]))\S", m.group()):
        start = m.start() + lead.start()
        if not text[start].isupper():
            continue
        for k in range(1, min(3, len(words)) + 1):
            if words[k - 1][:1].isupper() and _seat_city(text[start:a] + " ".join(words[:k])):
                return start
    return a


_NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)\b")
_OF_TOWN_END = re.compile(r"[ \t]+of[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)$")
_STATE_AFTER = re.compile(r",[ \t]*([A-Z][a-z]{1,4}\.|[A-Z]{2}\b|[A-Z]\.[A-Z]\.)")


def _us_state_abbreviation(s: str) -> bool:
    """Wash., Ind., NY: a US state as news abbreviates it after a town (the cities rules' table)."""
    from .cities import rules as city_rules

    table = city_rules("en")["state_abbreviations"]
    return s in table or s in table.values()
_PORTFOLIO_BODY = re.compile(r"(?:Ministry|Department|Secretariat|Bureau|Commission|Ministerie|Minister) of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}$")
_PORTFOLIO_TAIL = re.compile(
    r"((?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})+),?[ \t]+and[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?![\w'’-])(?:[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)(?![\w'’-]))?"
)


def _portfolio_list(text: str, a: int, b: int) -> int:
    """Ministry of Energy, Tourism and Digital Agenda (of Spain), Department of Agriculture, Water
    and the Environment: a ministry's portfolios listed with commas and "and" are its name,
    when each is a field (no head word, place, acronym or month: not the Ministry of Finance,
    UNDP and the World Bank)."""
    if not _PORTFOLIO_BODY.search(text, a, b) or (m := _PORTFOLIO_TAIL.match(text, b)) is None:
        return b
    r = rules("en")
    items = [x.strip() for x in m.group(1).split(",") if x.strip()] + [m.group(2)]
    for item in items:
        words = item.split()
        if (
            any(w in r.heads or w.isupper() or w in r.complement_stop for w in words)
            or _is_place(item)
            or any(_is_place(w) for w in words)
        ):
            return b
    if m.group(3) and _is_place(m.group(3)):
        return m.end()  # …and Digital Agenda of Spain: the country the ministry serves
    return m.end(2)


def _refine_en(text: str, n: Name) -> list[Name]:
    """Reads a proposed English name against its context: cut where it runs into a place, a
    date, a person or a portfolio; drop it when it names an event, a publication, a programme
    or people holding a post (rules in the data file's ``refine``)."""
    rx = _refine_rx()
    a, b = n.start, n.end
    a = _dash_acronym_before(text, a, b)  # ICLEI—Local Governments for Sustainability
    if (f := _supporters_of().search(text, max(0, a - 16), a)) and not _is_acronym(text[a:b]):
        a = f.start()  # Friends of the Saint Paul Public Libraries: the supporters' own body
    if f := _place_of_before().search(text, max(0, a - 30), a):
        a = f.start()  # Western Bay of Plenty District Council, Isle of Wight Council: a place named "X of Y"
    a = _city_words_before(text, a, b)  # Dar es Salaam Water and Sewerage Authority, The Hague University
    b = _portfolio_list(text, a, b)  # Ministry of Energy, Tourism and Digital Agenda
    if (
        (m := _OF_TOWN_END.search(text, a, b))
        and (st := _STATE_AFTER.match(text, b))
        and _us_state_abbreviation(st.group(1))
        and _is_city(m.group(1))
        and len(words := text[a : m.start()].split()) >= 2
        and words[-1] in rules("en").heads
    ):
        b = m.start()  # Northwest Territorial Mint of Auburn, Wash.: the town and state it is in
    if (f := rx["board_of"].match(text, a, b)) and any(w in rules("en").heads for w in text[f.end() : b].split()):
        a = f.end()  # the Board of Directors of Guma Valley Water Company: the body is the company
    # Nagoya University Students: people of the body written after its name (not in a name
    # with of or for, Association of Travel Agents, nor before its acronym: … Workers (DMW))
    if (
        (m := rx["people_end"].search(text, a, b))
        and any(w in rules("en").heads for w in text[a : m.start()].split())
        and not re.search(r"\b(?:of|for)\b", text[a : m.start()])
        and not re.match(r"[ \t]*\([A-Z]", text[b : b + 4])
    ):
        b = m.start()
    # Finance and Risk Management of the ADB, Jane Doe: a name never runs on to a person
    m = rx["comma_person"].search(text, a, b)
    if m and _person_words(text[m.start() + 1 : b]):
        b = m.start()
    # President of Union of Dannieh Municipalities Muhammed Saadieh, …: a roster's holder after
    # the body's plural head (two or three words of no body's vocabulary, then a comma or the end)
    m = _HOLDER_AFTER_PLURAL.search(text, a, b)
    if (
        m
        and m.end() == b
        and m.group(1) in _en_vocabulary()
        and _person_words(m.group(2))
        and _holder_name(m.group(2))
        and re.match(r"[ \t]*(?:,|\n|$|\()", text[b : b + 2])  # (… Ary Jose Vanazzi (Brazil))
    ):
        b = m.start(2) - 1
    # Dean of the School of Arts and Sciences Constantine Daher: after a post and its body, the
    # holder's name written with no comma (two or three words of no common English) is no part
    m = _HOLDER_AFTER_BODY.search(text, a, b)
    if (
        m
        and m.end() == b
        and (cue := rules("en").head_title_cue) is not None
        and any(c.end() == a for c in cue.finditer(text, max(0, a - 40), a))
        and " of " in text[a : m.start()]
        and (m.group(1) in _en_vocabulary() or m.group(1).lower() in rules("en").common_words)
        and _person_words(m.group(2))
        and not _is_place(m.group(2))
        and (last := m.group(2).split()[-1]).lower() not in rules("en").common_words
        and not _is_place(last)
        and re.match(r"[ \t]*(?:[,.;\n(]|$)", text[b : b + 2])
    ):
        b = m.start(2) - 1
    # Ms. Thelma Press: a person's courtesy title opens a person's name
    if _COURTESY_BEFORE.search(text, max(0, a - 6), a):
        return []
    # Children and Caregivers Press Release: a press word before its release is no paper's name
    if text[a:b].endswith(" Press") and (m := _WORD_AFTER.match(text, b)) and m.group(1) in rules("en").press_followers:
        return []
    # the Paris-based Bureau, a Tokyo-based company, the US-headquartered Carter Center: where it
    # is based is no word of its name
    m = _BASED_LEAD.match(text, a, b)
    if m:
        a = m.end()
    elif _BASED_ONLY.fullmatch(text, a, b):
        return []  # CEO of London-based charity English for Action: an adjective, no name
    # the Isle of Man Government: a place written with "of" opens the name before its "of"
    m = _PLACE_OF_BEFORE.search(text, max(0, a - 40), a)
    if m and _is_place(m.group(1) + " of " + text[a:b].split()[0]):
        a = m.start(1)
    # the Port of Seattle Commission: a body of the city's port authority holds the port's name
    m = rx["port_before"].search(text, max(0, a - 12), a)
    if m:
        words = text[a:b].split()
        if any(_is_city(" ".join(words[:k])) for k in range(1, min(3, len(words) - 1) + 1)):
            a = m.start()
    # the International Federation on Ageing, and Ireland's Ageing Well Network: a place whose
    # possessive follows opens the next body; the Hospital for the 19th year: a count of times
    m = _AND_PLACE_END.search(text, a, b)
    if m and text.startswith(("'s", "’s"), b) and _is_place(m.group(1)):
        b = m.start()
    m = _FOR_ORDINAL.search(text, a, b + 40)
    if m and m.start() < b:
        b = m.start()
    # The Denver Post, The Detroit News: a newspaper's name holds its article
    if text[max(0, a - 4) : a] == "The " and text[a:b].rsplit(None, 1)[-1] in rules("en").press_heads:
        a -= 4
    # Mayors for Peace on Manchester, June 19: a name never runs across "on" + a place or date
    for m in rx["place"].finditer(text, a, b):
        tail = text[m.end() : b].split(",")[0].strip()
        if rx["month"].match(tail) or _is_place(tail) or _is_place(tail.split()[0] if tail else ""):
            b = m.start()
            break
    # the Energy Committee of Novosibirsk M.A.Grekhov, the rector A.S.Donchenko: a person written
    # with initials glued to the surname (Russian and Mongolian style) ends a name or is none
    m = _INITIALS_PERSON.search(text, a, b)
    if m:
        if m.start() <= a:
            return []
        b = m.start()
        while b > a and text[b - 1] in " \t,":
            b -= 1
    # the first Caribbean Conference of Mayors, the 36th FISU General Assembly: a numbered
    # session of a gathering is an event, not the body
    edition, gathering = _edition_rx()
    if edition.search(text, max(0, a - 14), a) and gathering.search(text, a, b):
        return []
    # Akron Mayor Jane Doe and U.S. Conference of Mayors: a person coordinated with a body
    m = rx["person_and"].match(text, a, b)
    if m and (
        rx["title_before"].search(text, max(0, a - 40), a)
        or (_person_words(m.group(1)) and not _name_of_things(m.group(1)))
    ):
        a = m.end()
    # the School of Design and Informatics and Yan Garin, country head: a person after the body
    m = rx["and_person"].search(text, a, b)
    if (
        m
        and re.match(r"[ \t]*(?:,|\n|$)", text[b : b + 2])
        and any(w in rules("en").heads for w in text[a : m.start()].split())
        and _person_words(m.group(1))
        and not any(_is_place(w) or w in rules("en").heads for w in m.group(1).split())
        and not _plural_word(m.group(1).split()[-1])  # (… and Communication Museums)
    ):
        b = m.start()
        while b > a and text[b - 1] in ", \t":
            b -= 1  # (the University of Sydney, and Lin Xiaoming)
    s = text[a:b]
    if len(s) < 2:
        return []
    # Vice-President for Finance and Risk Management of the ADB: a portfolio; the body after "of"
    if rx["portfolio"].search(text, max(0, a - 50), a):
        m = rx["of_the"].match(s)
        if not m or m.end() >= len(s):
            return [n]  # Director for WRI Ross Center for Sustainable Cities: a body after all
        w = re.search(r"(\S+)[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?$", s[: m.end()])
        if w and w.group(1) in rules("en").governance_heads:
            return [n]  # Chairperson for Warminster Board of Supervisors: "Board of" is the body's own name
        a += m.end()
        s = text[a:b]
    if rx["heading_year"].match(text, b):
        return []  # UCLG ASPAC Executive Bureau 2022: …: a meeting of the body, in a heading
    if " " not in s and s in rules("en").heads:
        return []  # Network, Bureau, Secretariat: a head word alone names no body
    if rx["feature"].fullmatch(s) and s.split()[-1] in rules("en").heads:
        return []  # Lake Union, Mount Alliance: a lake or mountain named with a head word
    if rx["event"].match(s):
        return []  # World Conference of Mayors for Peace, Conference of Mayors in Hiroshima
    if rx["publication_end"].search(s) or rx["publication_after"].match(text, b):
        return []  # Mayors for Peace News Flash, the ICLEI Newsletter
    if rx["programme_end"].search(s) and not rx["bracket_after"].match(text, b):
        return []  # the Urban Climate Accelerator, the Clean Air Initiative
    if rx["prize_end"].search(s):
        return []  # Agency Network of the Year, Direct Agency of the Year: a prize's title
    last = s.rsplit(None, 1)[-1]
    if (nb := rules("en").head_not_before.get(last)) and (fw := _NEXT_LOWER.match(text, b)) and fw.group(1) in nb:
        return []  # Plaza Metro stations, Buffalo City Metro mayor: stations, a municipality
    roles = list(rx["role"].finditer(s)) if n.rule != "organizations.forum" else []  # Asian Mayors Forum
    if roles and not any(
        # (National Association of Insurance Commissioners: the post after "of" and its field,
        # not Board of County Commissioners: a kind of place is no field)
        re.search(r"\b(?:of|for)[ \t\n]+(?:the[ \t\n]+)?$", s[: m.start()])
        or (
            (f := re.search(r"\b(?:of|for)[ \t\n]+(?:the[ \t\n]+)?((?:[A-Z][\w'’&-]*[ \t\n]+){1,3})$", s[: m.start()]))
            and not all(w in rules("en").generic for w in f.group(1).split())
        )
        or re.match(r"[ \t\n]+for\b", s[m.end() :])
        or _head_word_at(s, m.end())  # World Mayors Council: the post names the body's members
        for m in roles
    ):
        return []  # Finance Ministers and Central Bank Governors: people holding a post
    # the Consulate-General of Japan in Vancouver, the Lao Embassy in Tokyo: a mission's name
    # runs on to its place
    if _names_mission(s) and (m := _MISSION_PLACE.match(text, b)) and (end := _leading_place_end(m)) is not None:
        b = end
    # Good Governance Foundation India, Habitat for Humanity Kenya: a national branch's country
    # written right after the name is part of it
    elif (m := _COUNTRY_AFTER_NAME.match(text, b)) and (p := _place(m.group(1))) is not None and p.kind == "country":
        b = m.end(1)
    # Japan America Society Tokyo, Imperial College London: a large city right after a name its
    # head closes, where the clause goes on after it, is the branch's or the seat's, part of the name
    elif (
        (m := _COUNTRY_AFTER_NAME.match(text, b))
        and re.match(r"(?:[.,;:)\n’']|$)", text[m.end() : m.end() + 1])
        and not ((c := _COMMA_COUNTRY.match(text, m.end())) and _country(c.group(1)))  # …Choir Istanbul, Turkey: where it is from
        and " of " not in s
        and s.split()[-1] in rules("en").heads
        and _seat_city(m.group(1))
    ):
        b = m.end(1)
    # the NGO Good Governance Foundation: a kind of body in capitals before the name is no part of it
    if (k := rx["kind_before"].match(text, a, b)) is not None:
        a = k.end()
    # St. Louis – Nanjing Sister Cities Committee, Eugene/Kathmandu Sister City Association: the
    # pair of cities a twinning body joins
    if rx["pair_heads"].search(text, a, b):
        if (m := rx["city_dash_before"].search(text, max(0, a - 40), a)) is not None:
            city = m.group(1)
            lead = len(city) - len(city.removeprefix("The ").lstrip())  # The St. Louis – Nanjing …
            if _is_city(city[lead:]):
                a = m.start(1) + lead
    # University of Missouri – St. Louis: a university's campus city after a dash
    elif s.startswith(rules("en").campus_heads) and (m := rx["city_dash_after"].match(text, b)) and _is_city(m.group(1)):
        b = m.end(1)
    # the University of Texas at San Antonio: a university's campus city after "at"
    elif s.startswith(rules("en").campus_heads) and (m := _CAMPUS_AT.match(text, b)) and _is_city(m.group(1).rstrip(".")):
        b = _place_end(m)
    # California State University, Long Beach), Indian Institute of Technology, Delhi.: a
    # university system's campus named by its city after a comma, closing the phrase
    elif (
        s.endswith(rules("en").campus_ends)
        and (m := _CAMPUS_COMMA.match(text, b))
        and _is_city(_without_full_stop(m.group(1)))
    ):
        b = _place_end(m)
    if (a, b) == (n.start, n.end):
        return [n]
    return [Name(a, b, n.status, n.rule)]


_CAMPUS_COMMA = re.compile(r",[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}\.?)(?=[)\n;]|\.?[ \t]*(?:\n|\Z)|(?<=\.)[ \t]+[A-Z]|\Z)")


def _names_mission(s: str) -> bool:
    """Whether a name is a diplomatic mission's: it opens with the mission (Embassy of Japan)
    or ends with it (U.S. Embassy, Austrian Consulate General)."""
    heads = rules("en").mission_heads
    return s.startswith(heads) or any(s.endswith(" " + h) for h in heads)


def _leading_place_end(m: re.Match) -> int | None:
    """Where the longest run of group 1's first words that names a place ends (in San
    Francisco. Kunsho medals …: the place, not the next sentence's first word)."""
    if _is_place(m.group(1)):
        return _place_end(m)
    words = list(re.finditer(r"\S+", m.group(1)))
    for k in range(len(words) - 1, 0, -1):
        name = m.group(1)[: words[k - 1].end()]
        if _is_place(name.rstrip(".")):
            return m.start(1) + len(_without_full_stop(name))
    return None


def _place_end(m: re.Match) -> int:
    """Where a place after a name ends: a sentence's full stop is none of it (…in Bangladesh.),
    an abbreviation's dots are (D.C.)."""
    return m.start(1) + len(_without_full_stop(m.group(1)))


def _without_full_stop(place: str) -> str:
    return place[:-1] if place.endswith(".") and place.count(".") == 1 else place


_CAMPUS_AT = re.compile(r"[ \t]+at[ \t]+([A-Z][\w.'’-]*?(?:[ \t]+[A-Z][\w.'’-]*?){0,2})(?=['’]s\b|[^\w.'’-]|\Z)")  # (not Austin's)
_COMMA_COUNTRY = re.compile(r",[ \t]*([A-Z][A-Za-z]+(?:[ \t][A-Z][a-z]+)?)")
_COUNTRY_AFTER_NAME = re.compile(r"[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?![\w’'-])(?![ \t]+[A-Z])")
_MISSION_PLACE = re.compile(r"[ \t]+in[ \t]+((?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})")


def _head_word_at(s: str, pos: int) -> bool:
    """Whether capitalised words after ``pos`` run, with no "and" or comma, to an English
    head (Mayors Council, Mayors Migration Council)."""
    heads = rules("en").heads
    for w in re.match(r"(?:[ \t\n]+[A-Z][A-Za-z-]*){0,3}", s[pos:]).group().split():
        if w in heads:
            return True
    return False


_JA_LINE_LEAD = re.compile(r"(?:^|[:：])[ \t]*$")
_JA_NAME_REST = re.compile(r"[^\s、。,，()（）「」『』【】\[\]:：;；/／]*")


_KATA_HOLDER = re.compile(rf"[{_KATA}]+(?:・[{_KATA}]+)+・")  # a full name: its own dot, then one more
_KATA_RUN = re.compile(rf"[{_KATA}]+")


def _holder_before(text: str, n: Name) -> int | None:
    """アモレンス・リー・サンマテオ市議会議員: a roster writes the holder's name, a dot, then the
    body and the post; where the katakana after a dot is a city the gazetteer knows, the
    body starts there (only before a post)."""
    m = _KATA_HOLDER.match(text, n.start, n.end)
    if m is None or not _title_rx("ja").match(text, n.end):
        return None
    for k in [i for i in range(n.start, m.end()) if text[i] == "・"][1:]:
        tail = _KATA_RUN.match(text, k + 1, n.end)
        if tail and _is_city(tail.group()):
            return k + 1
    return None


_LATIN_BEFORE_JA = re.compile(r"(?<![A-Za-z0-9 -])((?:[A-Z][A-Za-z0-9&.]*(?: |-|‐)(?:(?:and|of|for|the|on|in|&) )*)+)\Z")
_LATIN_AFTER_JA = re.compile(r"(?:(?: |-|‐)[A-Z][A-Za-z0-9&]*)+(?![A-Za-z0-9])(?![ \t]+[A-Za-z])")


def _latin_at(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos].isascii() and text[pos].isalnum()


@lru_cache(maxsize=1)
def _duration_lead() -> re.Pattern:
    """2年9か月: a number and a span of time glued before a name."""
    return re.compile(rf"[0-9０-９]+(?:{_alternatives(rules('ja').duration_counters)})")


_LEADING_DIGITS = re.compile(r"[0-9０-９]+")


def _refine_ja(doc: Document, n: Name) -> list[Name]:
    """(株)肉の田口, 提案団体：一般社団法人相続と空き家の相談窓口: a name after a legal form at the
    start of a line or label item runs to the end of the item, particles included. 各支所建設課:
    a division of each branch is a kind of body, not a named one."""
    r = rules("ja")
    text = doc.norm
    if n.start and text[n.start - 1] in r.distributive_before:
        return []
    # I-PEX株式会社, ABC Japan株式会社, Cities and Volcanoes委員会; 株式会社RUSH FARM: a Latin name
    # before a Japanese head is whole, its words joined by spaces, hyphens or small linking words
    if _latin_at(text, n.start) and (m := _LATIN_BEFORE_JA.search(text, max(0, n.start - 40), n.start)):
        n = Name(m.start(1), n.end, n.status, n.rule)
    k = n.end
    while k > n.start and _latin_at(text, k - 1):
        k -= 1
    if k < n.end and any(text[n.start : k].rstrip(" \t\u3000").endswith(f) for f in r.legal_forms):
        # NPO法人 TOKYO FREE GUIDE: a legal form written apart, as a label, before a Latin name; the
        # name is the Latin words (the read golds 3 in 4)
        start = k if text[k - 1 : k] in (" ", "\t", "\u3000") else n.start
        m = _LATIN_AFTER_JA.match(text, n.end)
        n = Name(start, m.end() if m else n.end, n.status, n.rule)
    elif n.start < k < n.end and _NAME_GOES_ON.match(text, n.end):
        n = Name(n.start, k, n.status, n.rule)  # 振興協会Miyagi International …: its English name glued on
    if (h := _holder_before(text, n)) is not None:
        n = Name(h, n.end, n.status, n.rule)
    if (dm := _duration_lead().match(text, n.start)) and dm.end() < n.end - 1:
        n = Name(dm.end(), n.end, n.status, n.rule)  # (これまでの2年9か月三田市ガラス工芸館: a span of time, then the body)
    if n.end - n.start > 2 and text[n.end - 1] == text[n.end - 2] and _title_at(text, n.end, r):
        # 国際交流課課長: the office, then its head's post (課長) opening with the same kanji
        n = Name(n.start, n.end - 1, n.status, n.rule)
    if r.seat_after is not None and r.seat_after.match(text, n.end):
        seat = next((x for x in r.seat_heads if text.endswith(x, n.start, n.end)), None)
        if seat and text[n.start : n.end - len(seat)] in known_bodies()[1]:
            # 国連本部において採択: the body, whose seat is where it happened
            return [Name(n.start, n.end - len(seat), "ok", "organizations.known")]
    if (
        n.rule == "organizations.legal_form"
        and (lead := r.legal_any.match(text, n.start))
        and lead.group() not in r.lead_forms  # (JA全農山形の輸出先: a club's name ends where it ends)
    ):
        line = text.rfind("\n", 0, n.start) + 1
        if _JA_LINE_LEAD.search(text[line : n.start]) and not (
            text.startswith("の", n.end) and _closed_by_head(text[n.start : n.end], r.lang)
        ):  # (独立行政法人海技教育機構の練習帆船: after a body's head, の is a genitive)
            m = _JA_NAME_REST.match(text, n.end)
            rest = m.group() if m else ""
            if rest and (t := _title_rx("ja").search(rest)):
                rest = rest[: t.start()]  # 株式会社X代表取締役CEO: the title is a person's
            for k in range(1, len(rest) + 1):  # the view joins wrapped lines: stop at a source line end
                sa, sb = doc.view.source_span(n.end, n.end + k)
                if "\n" in doc.text[sa:sb]:
                    rest = rest[: k - 1]
                    break
            span = doc.tokens.char_span(n.end, n.end + len(rest), alignment_mode="expand") if rest and doc.tokens is not None else None
            toks = list(span or ())
            for i, t in enumerate(toks):  # …肉の田口は、: a particle other than の/と ends the name
                if i == 0 and t.text == "の" and toks[1:] and not _closed_by_head(rest, "ja") and (
                    all(u.tag_.startswith("名詞-普通名詞") and all(_ONE_KANJI.match(c) for c in u.text) for u in toks[1:])
                    # 株式会社伊丹レンタカーの歩み, 株式会社ルネサンスの2024年3月期…: a common word
                    # written with kanji, or a number, after の is the text's, no name's
                    or toks[1].tag_.startswith("名詞-数詞")
                    or toks[1].text[:1].isdigit()
                    or (toks[1].tag_.startswith("名詞-普通名詞") and _ONE_KANJI.match(toks[1].text[:1]) and len(toks[1].text) > 1)
                ):
                    # 株式会社Xの最新情報: kanji common nouns after の are no name's ((株)花のさくら is one)
                    rest = rest[: max(0, t.idx - n.end)]
                    break
                if t.tag_.startswith(("助詞", "助動詞", "動詞")) and t.text not in r.name_particles:
                    rest = rest[: max(0, t.idx - n.end)]
                    # in prose と/や coordinate: NPO法人Xと連携協定を締結 names X alone
                    joins = [u.idx for u in toks[:i] if u.text in r.name_particles and u.text != "の"]
                    if joins:
                        rest = rest[: max(0, joins[0] - n.end)]
                    break
            while rest and rest[-1] in r.name_particles:
                rest = rest[:-1]  # 株式会社ぐるなびと、: a name never ends in a particle
            if rest and not _JA_PROSE.search(rest) and n.end + len(rest) - n.start <= 40:
                return [Name(n.start, n.end + len(rest), n.status, n.rule)]
    return [n]
