"""Online-gambling (judi online) and defacement terms found in text, with their context rules; and the terms of
pornography and of other trades' spam (``_negative``), read in the same pass and judged by rules of their own.

One Aho-Corasick automaton (a DFA, ``ahocorasick_rs``) finds every listed word of ``terms``,
overlapping ones too, and keeps those on word boundaries; where
it finds the prefix of a term with a number in it (depo 25k), a regular expression reads the
rest; where it finds a brand's stem inside a word, the whole word is read for a brand glued of
words and a number (rajaslot88, slotgacor88), and where it finds "4d" or a lucky number ending a word,
the word for a brand (panen4d, jaya88); where it finds a letter followed by two digits, the word for a name
of a word and any number (kaisar89), several of which, one after another, are a link block of brands.
The rules of ``terms`` then drop what is not an injection: a weak
term inside a longer term, a weak term next to a word of its innocent use, a weak term without company
(two topic words, or two names of a lucky number, are none), any term
next to news context, and a gambling term in a report (several words of news around it, or quoted
near one); a word of news inside a spam term ("anti zonk") or a site's other warning ("waspada
penipuan") is none. Many texts (a page's links) are scanned
in one pass and judged each on its own. The page checks turn what is left into findings. Every step
is linear in the number of matches, which is bounded.

Spam disguises its words from filters: zero-width characters or soft hyphens inside them
(``s\u200blot``), letters of another script that look Latin (Cyrillic ``ѕlot``), fullwidth or
mathematical letters (``ｓｌｏｔ``), letters spaced apart (``s l o t``, ``s.l.o.t``), a word cut
in pieces by tags (``<span>sl</span><span>ot</span>``, ``s<i></i>lot88``), which a page's text
reads with a space between them (``sl ot``, ``s lot88``). Such a text is read undisguised: the
characters beyond ASCII are known from lowering it anyway, so an ordinary text pays nothing;
letters spaced apart, and the pieces of a disguised word, are joined where the automaton found a
listed word so spelled (the spellings are words of the automaton: no text pays for them).

Spam in other languages: Vietnamese is read without its diacritics, as its slugs spell it (``cá cược``
is ``ca cuoc``, a listed word like any other). Chinese and Thai have no spaces between words: their terms
are found by a second automaton wherever they stand in a run of letters, so each listed one is a
compound that no innocent text holds (百家乐, not 娱乐 alone); it runs only on a text holding a letter of
one (``_UNSPACED_LETTERS``), which ``_lower`` knows anyway. A letter of those scripts ends a Latin word
(``slot88官网``), as a space would.
"""

from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from functools import cached_property, lru_cache
from html import unescape
from itertools import accumulate, islice
from typing import Literal, NamedTuple, TypeVar, cast, get_args
from urllib.parse import unquote

import ahocorasick_rs

from . import terms
from ._selectors import Moves, lowered_and_beyond_ascii, plain_found
from .text import compiled_when_used, lower_utf8, lower_utf8_and_others, moves_of

Kind = Literal[
    "strong",
    "weak",
    "deface",
    "deface_weak",
    "deface_page",
    "counter",
    "deface_counter",
    "neutral",
    "spaced",
    "split",
    "porn",
    "porn_weak",
    "spam",
    "spam_weak",
    "negative_counter",
    "negative_claim",
]
# What a listed word is: a term of its kinds, the prefix of a numbered one, the end of a brand (panen4d), the
# letter and first digits of a name of a word and a number (kaisar89).
_Tag = Kind | Literal["numbered", "brand", "name", "glued"]
Location = Literal["visible", "hidden", "link", "title", "meta", "head", "sitemap.xml", "body", "script", "comments"]
_COUNTER_WINDOW = {"weak": 120, "strong": 60, "deface": 60, "deface_weak": 120, "deface_page": 120}
_COMPANY_WINDOW = {"weak": 100, "deface_weak": 200}
_GLOSS_MARKS = 6  # characters between a word and its gloss: " ( ", " / ", "\u200f (" and the like
# A report on judi online names its terms far from any one word of news, but among several: two of them
# within this reach of a gambling term make it news ("Selebgram ... ditangkap ... mengajak pengikutnya
# bermain slot gacor dengan iming-iming maxwin"). Spam writes none, or one ("waspada situs palsu").
_REPORT_WINDOW = 300
_REPORT_WORDS = 2
_REPORT_SHARE = 5  # a report's sentence has fewer than one term in this many words
_CLAUSE = 40  # characters either side of a term read for the words of its clause
_SENTENCE_STOPS = (". ", "! ", "? ", "\n")  # a decimal point or an address's dots end none
_INNOCENT_WINDOW = 50
_ASKED_REACH = 8  # characters after a verdict read for its question mark ("mitos ?", "ilusi belaka?")
_QUESTION_MARKS = frozenset("?？")
_MARK = re.compile(r"[.,;:!?？]")
# How far a term's abbreviation spelled out in parentheses may reach: a name of a few words ("Rencana Tindak
# Pengendalian (RTP)").
_SPELLED_REACH = 60
_ABBREVIATIONS = frozenset(terms.ABBREVIATIONS)
_WORD = re.compile(r"[^\W\d_]+")
_DOUBLED_LETTERS = 3  # a word doubled into a compound ("win-win"), not a letter's ("x-x")
_GAMBLING_EXPANSION_WORDS = frozenset(terms.GAMBLING_EXPANSION_WORDS)
_UNSIGNED = "\"'”’»)]"  # what closes a signature quoted without its name
_QUOTE_OPENS = "\"'“‘«(["
_QUOTES_OPEN, _QUOTES_CLOSE = "\"'“‘«", "\"'”’»"  # a term quoted: named, not sold
_QUOTED_REST = 40  # characters after a signature a quotation of it closes within (“Hacked by Mr.X”)
_NEIGHBOURS = 32  # matches looked at around one match, so a flood of one word stays linear
_SNIPPET = 60
# A man named Toto by his surname, as a tag cloud or a byline writes him ("Toto Sugiarto", "Toto Hartono"): a name in
# capitals with a Javanese or a Sundanese surname's ending, and no word of the trade's nor a seller's ("Toto Casino").
_SURNAME = re.compile(r" [A-Z][a-z]{2,}(?:to|no|so|wo|yo|di|wan|man)(?!\w)")
_NOT_SURNAMES = frozenset(
    (
        *(word for term in (*terms.STRONG_GAMBLING, *terms.WEAK_GAMBLING, *terms.SALES_WORDS) for word in term.split()),
        *("tokyo", "taiwan"),  # the lottery's markets ("Toto Tokyo"), no surnames
    )
)
_SURNAME_GAP = 3  # spaces between a surname and the next word, read for a term of the trade
# A hostile page must not make the scan slow: bounded matches per kind and pass.
_MAX_MATCHES = 5000
# The maintained lists, each of its kind (the spellings of the disguised words are derived from them).
_TERM_LISTS: tuple[tuple[_Tag, tuple[str, ...]], ...] = (
    ("counter", terms.COUNTER_CONTEXT),
    ("deface_counter", terms.DEFACEMENT_ONLY_COUNTERS),  # news of a defacer's signature only
    ("neutral", terms.NEUTRAL_CONTEXT),
    ("neutral", terms.SELLERS_CLAIMS),  # their words of news are none either ("anti blokir kominfo")
    ("weak", terms.WEAK_GAMBLING),
    ("strong", terms.STRONG_GAMBLING),
    ("deface", terms.DEFACEMENT),
    ("deface_weak", terms.WEAK_DEFACEMENT),
    ("deface_page", terms.DEFACER_PAGE_WORDS),
    ("numbered", terms.NUMBERED_PREFIXES),
    ("brand", terms.BRAND_SUFFIXES),
    ("glued", (*terms.GLUED_NAME_ENDS, *terms.GLUED_NAME_STARTS)),
    ("porn", terms.PORN),
    ("porn_weak", terms.PORN_WEAK),
    ("spam", terms.SPAM),
    ("spam_weak", terms.SPAM_WEAK),
    ("negative_counter", terms.NEGATIVE_COUNTER_CONTEXT),
    ("negative_claim", terms.NEGATIVE_CLAIMS),
)
_TOPIC = frozenset(terms.TOPIC_GAMBLING)
_SLOT_NUMBERS = frozenset(terms.SLOT_NUMBERS)
_STRONG = frozenset(terms.STRONG_GAMBLING)
_BRAND_STEMS = (*terms.GLUED_STEMS, "toto")
_BRAND_LETTERS = 4  # "usg4d" is an ultrasound's; a brand has a name (jaya4d, hoki4d)
_BRAND_NUMBERS = frozenset(terms.BRAND_NUMBERS)
# Prizes a shop's sale, a raffle or a tournament offers too: no company for a name of a lucky number.
_PRIZES = frozenset({"jackpot", "jackpot terbesar", "free spin", "free spins", "freespin", "bonanza", "mudah menang"})
# A name of a word and a number (kaisar89, mawar303): found where a letter is followed by two digits, each such
# pair a listed word of the automaton (few texts have one: an ordinary one pays nothing for them).
_NAME_ENDS = tuple(f"{letter}{number}" for letter in string.ascii_lowercase for number in range(10, 100))
_NAME_ONLY: tuple[_Tag, ...] = ("name",)  # their kinds, one tuple: told apart at once from a listed word's
# A lucky number's or "4d"'s kinds, one tuple too: inside a longer number (a port, a phone, a price, an id) it is no
# brand's end (a brand's name is letters) and no word of its own; a page's numbers hold many, each passed at once.
_BRAND_ONLY: tuple[_Tag, ...] = ("brand",)
_DIGITS = frozenset("0123456789")
_Kinds = TypeVar("_Kinds", bound=str)
_NAME_SHAPE = re.compile(r"[a-z]{4,12}[ -]?\d{2,4}|[a-z]{4,12}[ -]4d")
_NAME_APART = " -"  # what spells a brand's name apart from its number ("GARUDA 4D", "SLOT-88")
_NAME_DIGITS = 4
_NOT_BEFORE_A_NAME = "@#./\\_=&"  # a handle's, a hashtag's, an address's or a path's part
_INNOCENT_NAMES = frozenset(terms.INNOCENT_NAMES)
_GLUED_ENDS, _GLUED_STARTS = frozenset(terms.GLUED_NAME_ENDS), frozenset(terms.GLUED_NAME_STARTS)
_GLUED_STRONG_ENDS = frozenset(terms.GLUED_NAME_STRONG_ENDS)
_GLUED_OWNERS = {end: frozenset(words) for end, words in terms.GLUED_NAME_OWNERS.items()}
_GLUED_SHORT_ENDS = frozenset(terms.GLUED_NAME_SHORT_ENDS)
# A name's own site's address after it, as a link's text reads with its address spaced (koitoto https:  koitoto.xyz).
_OWN_SITE = re.compile(r"\s+(?:https?:\s+)?(?:www\.)?([a-z0-9-]+)(\.[a-z0-9.-]*[a-z])(?![\w.-])")
_OWN_SITE_APART = re.compile(
    r"\s+(?:https?:\s+)?(?:www\.)?([a-z0-9]+(?: [a-z0-9]+){1,3})(\.[a-z0-9.-]*[a-z])(?![\w.-])"
)
_GAMBLING_SITE_DOMAINS = frozenset(terms.GAMBLING_SITE_DOMAINS)
_BRAND_SITE_DOMAINS = _GAMBLING_SITE_DOMAINS | frozenset(terms.BRAND_SITE_DOMAINS)
_CAPITAL_BRAND_DOMAINS = frozenset(terms.CAPITAL_BRAND_DOMAINS)
_INNOCENT_BRANDS = frozenset(terms.INNOCENT_BRANDS)
_BRAND_SUFFIX_SET = frozenset(terms.BRAND_SUFFIXES)
_BRAND_ENDS = _BRAND_SUFFIX_SET | _GLUED_ENDS  # what a brand's site adds to a word of gambling (aviatorbet, gacor88)
# A gambling site's sign-up word right before or after its name ("Login MAWARTOTO", "KOITOTO Daftar").
_SIGN_UP_BEFORE = re.compile(r"(?<!\w)(?:{})\s+$".format("|".join(terms.GLUED_NAME_SIGN_UP)))
_SIGN_UP_AFTER = re.compile(r"\s+(?:{})(?!\w)".format("|".join(terms.GLUED_NAME_SIGN_UP)))
_SIGN_UP_REACH = max(map(len, terms.GLUED_NAME_SIGN_UP)) + 2
# A brand's host on a top-level domain of gambling alone (kaisar88.bet): no shop's site, whatever its number.
_GAMBLING_ONLY_SITE = re.compile(r"(?:{})(?![\w-]|\.\w)".format("|".join(map(re.escape, terms.GAMBLING_ONLY_DOMAINS))))
_DEFACEMENT_TITLES = frozenset(terms.DEFACEMENT_TITLES)
_GLUED_ENDS_ORDER, _GLUED_STARTS_ORDER = terms.GLUED_NAME_ENDS, terms.GLUED_NAME_STARTS
_WEAK_WORDS = frozenset(terms.WEAK_GAMBLING)
_INNOCENT_GLUED = frozenset(terms.INNOCENT_GLUED_NAMES)
_GLUED_SUFFIXES = frozenset(terms.GLUED_NAME_SUFFIXES)
_LURES = frozenset(terms.BRAND_LURES)
_RUN_GAP = 80  # characters between two names of a list: a separator, or a link's address in a farm's text
_URL_MARKS = ".:/?=&"  # a word between two names with one of these is an address (https: kaisar89.example)
_GAMBLING: frozenset[str] = frozenset({"strong", "weak"})
_DEFACE: frozenset[str] = frozenset({"deface", "deface_weak"})
_DEFACER_PAGE: frozenset[str] = _DEFACE | {"deface_page"}  # the words that sign a page all a defacer's
_DISGUISES: frozenset[str] = frozenset({"spaced", "split"})  # spellings read again once joined
# Pornography and other trades' spam (``_negative``): their codes, by kind.
_NEGATIVE: dict[str, str] = {
    "porn": "konten_pornografi",
    "porn_weak": "konten_pornografi",
    "spam": "spam_tersisip",
    "spam_weak": "spam_tersisip",
}
_NEGATIVE_STRONG: frozenset[str] = frozenset({"porn", "spam"})
# The kinds of what ``flagged_each`` may flag, or read again once joined: a text with none of them flags nothing.
_JUDGED: frozenset[str] = _GAMBLING | _DEFACE | _DISGUISES | frozenset(_NEGATIVE)
_JUDGED_ON_DEFACER_PAGE: frozenset[str] = _JUDGED | {"deface_page"}
# The kinds no text is flagged for (words of news, of warnings, of sellers' claims): read only beside a judged one.
_CONTEXT: frozenset[str] = frozenset(get_args(Kind)) - _JUDGED_ON_DEFACER_PAGE
_NEGATIVE_NEWS: frozenset[str] = frozenset({"counter", "negative_counter"})
_NEGATIVE_COVERING: frozenset[str] = frozenset({*_NEGATIVE, "negative_claim"})
_NEGATIVE_COMPANY = 100
_LIST_ITEMS = 12  # items of a numbered list read back to its lead
# Their strong terms make a page worth reading whole (its stylesheets, its comments: ``mentions``); a weak one, as
# common as "xxx" or "followers", does not.
_LISTED = _GAMBLING | _DEFACE | _DISGUISES | _NEGATIVE_STRONG
_COVERING: frozenset[str] = frozenset({"strong", "neutral"})  # a word of news inside these is no news
_DEFACEMENT_COUNTERS = frozenset(terms.DEFACEMENT_COUNTER_CONTEXT)
# An agency taunted by name: "CSIRT kalian", "halo BSSN" (``terms.TAUNTED_AGENCIES``).
_TAUNTED = re.compile(
    r"(?<!\w)(?:(?:{before})\W{{1,3}}(?:{agencies})|(?:{agencies})\W{{1,3}}(?:{after}))(?!\w)".format(
        before="|".join(terms.TAUNTS_BEFORE),
        agencies="|".join(terms.TAUNTED_AGENCIES),
        after="|".join(terms.TAUNTS_AFTER),
    )
)
_TAUNT_REACH = max(map(len, (*terms.TAUNTS_BEFORE, *terms.TAUNTS_AFTER))) + 3
_SHOWN = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(w) for w in terms.SIGNATURE_SHOWN)))
_SHOWN_QUOTED = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(w) for w in terms.SIGNATURE_QUOTED)))
_SHOWN_REACH = 60  # characters before a signature read for the report's words of what a page showed
_NARRATED = frozenset(terms.NARRATED_SIGNATURES + terms.NARRATED_PASSIVES)
_PASSIVES = frozenset(terms.NARRATED_PASSIVES)
_ADDRESSED_VIETNAMESE = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(terms.ADDRESSED_SITES_VIETNAMESE)))
_CONDITIONS_VIETNAMESE = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(terms.CONDITIONS_VIETNAMESE)))
_ANSWERED = re.compile(r"\s*(?:{})(?!\w)".format("|".join(terms.HEADLINE_ANSWERS)))
_ASKED_REACH = 60  # characters after a signature its headline's question mark stands within (the name it signs)
_AUXILIARY_BEFORE = re.compile(r"(?<!\w)(?:{})\s+$".format("|".join(map(re.escape, terms.NARRATIVE_AUXILIARIES))))
_ADDRESSED = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(map(re.escape, terms.ADDRESSED_SITES))))
_NARRATED_REACH = 150  # characters of a sentence read before a signature told of
_NARRATED_SUBJECT = 3  # words of a news item's subject at least ("o site da prefeitura", "the council's website")
_TEAM_NAME_WORDS = frozenset(terms.TEAM_NAME_WORDS)
_COMPETITION = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(w) for w in terms.COMPETITION_WORDS)))
_RESULTS_REACH = 600  # characters either side of a team's name read for its competition: a table of a dozen rows
# A comment section's count ("3 Tanggapan", "Komentar (12)"), a commenter's "berkata:", a comment's "Balas" (not "balas
# dendam", a threat).
_COMMENT_SECTION = re.compile(
    r"(?<![\w.,])\d+\s+(?:{counts})(?!\w)|(?<!\w)(?:{counts})\s*\(\d+\)|(?<!\w)(?:{marks})(?!\s*dendam)(?![\w])".format(
        counts="|".join(map(re.escape, terms.COMMENT_COUNTS)), marks="|".join(map(re.escape, terms.COMMENT_MARKS))
    )
)
_COMMENT_REACH = 600  # characters before a visitor's word read for its comment section's marks: a few comments
_COMMENT_REPLIES = frozenset(terms.COMMENT_REPLIES)
_COMMENTER_NAME_REACH = 40  # characters from a commenter's name to their "berkata:" ("Hacker Pemula berkata:")
_VISITORS_GREETINGS = frozenset(terms.VISITORS_GREETINGS)
_COMMENTERS = frozenset(m for m in terms.COMMENT_MARKS if m not in terms.COMMENT_REPLIES)  # "berkata:", "says:" …
_UNNAMED_VISITORS = frozenset(terms.UNNAMED_VISITORS)
# An entry's date right after its author's name: "2 Desember 2026", "02/12/2026", "3 Dec 2026 pukul 10.12".
_ENTRY_DATE = re.compile(r"\s*,?\s*\d{1,2}(?:\s+[a-z]{3,9}\.?\s+|[/.-]\d{1,2}[/.-])\d{4}(?!\d)")
_HANDLE = re.compile(r"(?<![\w./])\./\w")  # a defacer's ./handle ("./Kur0"), which no visitor signs with
_SELLERS_WARNINGS = frozenset(terms.SELLERS_WARNINGS)
_WARNED_LINKS = frozenset(terms.WARNED_LINKS)
# A lesson's verdict on the slang ("pola gacor hanyalah mitos"): asked, it is a seller's tease ("Maxwin hanyalah
# mitos? Tidak di sini!", "Kata siapa slot gacor hanya ilusi belaka?"), no news (``_asked``).
_VERDICTS = frozenset(terms.LESSONS_VERDICTS)
_TRADE_NAMES = frozenset(terms.TRADE_NAMES)
_NAMED_WITH = _TRADE_NAMES | _TOPIC  # what else a sentence that mentions the trade may name
# An address in a sentence (a link's, spaced: "http:  dinkes.bekasikota.go.id berita 102"), and the domain of the sites
# whose links a department's sentence may be (its own news, another office's): a link to any other is no mention.
_ADDRESS = re.compile(r"https?:(?://|\s+)([a-z0-9.-]+)")
_GOVERNMENT_SITES = ".go.id"
# A seller's words or claims, a mobile number to call ("WA 0812-9921-3344"), or a gambling site's address (a link's:
# "situs judi https:  bandar.xyz"), in a sentence.
_SALES = re.compile(
    r"(?<!\w)(?:{})(?!\w)|(?<![\w+])(?:\+62|62|0)8\d{{2}}[- .]?\d{{3,4}}[- .]?\d{{2,5}}(?!\w)|\w(?:{})(?![\w.])".format(
        "|".join(re.escape(word) for word in (*terms.SALES_WORDS, *terms.SELLERS_CLAIMS)),
        "|".join(re.escape(domain) for domain in terms.GAMBLING_SITE_DOMAINS),
    )
)
_PROMISES = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(word) for word in terms.SELLERS_PROMISES)))
# A seller's sign-up, promise, claim or chat (``terms.LESSONS_VOIDED``: "daftar sekarang", "hanya di", "hubungi admin"),
# which no lesson nor report writes but quoted or told of.
SELLERS_WORDS = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(map(re.escape, terms.LESSONS_VOIDED))))
_WORN_SALES = re.compile(
    r"(?<!\w)(?:{})(?!\w)".format(
        "|".join(map(re.escape, (w for w in terms.LESSONS_VOIDED if w not in terms.DEPARTMENTS_OWN_SALES)))
    )
)
# A brand's shape: a word and a number or "4d", glued or spelled apart (kaisar88, gacorku88, kaisar 88, garuda-4d).
_BRAND_SHAPE = re.compile(r"[a-z]{3,16}[ -]?(?:\d{2,4}|4d)")
_WORN = frozenset(terms.WORN_WARNINGS)
_CLAUSE_STOPS = (*_SENTENCE_STOPS, " \u2013 ", " \u2014 ")  # a ticker's and a headline's dash ends a clause too
# A report's verb of blocking, taking down or arresting, its object (a few words: "1.204 situs judi online") and what
# opens its list of the sites ("di antaranya", "termasuk", a colon), just before it (``_listed_by_report``).
_BLOCKED_LIST = re.compile(
    r"(?<!\w)(?:{})(?:\s+[^\s,;:!?]+){{0,6}}?\s*,?\s*(?:(?:{})(?!\w)\s*:?|:)".format(
        "|".join(map(re.escape, terms.BLOCKING_VERBS)), "|".join(map(re.escape, terms.BLOCKED_LISTS))
    )
)
_BLOCKING_DENIED = re.compile(r"(?<!\w)(?:{})(?:\s+pernah)?[\s-]+$".format("|".join(terms.BLOCKING_DENIED)))
_DENIED_REACH = 20  # characters before a verb of blocking read for its negation ("tidak pernah diblokir")
# What parts a list's names ("KAISAR88, GARUDA4D dan situs slot gacor sejenis"), each of a few words at most.
_LIST_PARTS = re.compile(r",|\s(?:dan|serta|atau)\s")
_LIST_ITEM_WORDS = 4
_LIST_TOLD_OF = " yang "  # what a list's last name is told of ("… dan GARUDA4D yang dikelola dari luar negeri")
# A hoax's label: its verdict in brackets ("[HOAKS]"), or a fact-check's with its colon ("Cek Fakta:"); and the
# debunking words of its body (``_debunked``).
_HOAX_LABEL = re.compile(
    r"\[(?:{})\]|(?<!\w)(?:{})\s*:".format("|".join(terms.HOAX_VERDICTS), "|".join(terms.HOAX_LABELS))
)
_HOAX_LABEL_WORDS = (*(f"[{verdict}]" for verdict in terms.HOAX_VERDICTS), *terms.HOAX_LABELS)
_HOAX_DENIAL = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(terms.HOAX_DENIALS)))
_HOAX_DENIAL_DENIED = re.compile(r"(?<!\w)(?:bukan|bukanlah|tidak|tak)\s+$")
_HEADLINE_TERMS = 3  # of the trade's words a hoax's headline names ("Situs Slot Gacor KAISAR88")
_FACTS = re.compile(r"(?<!\w)faktanya(?!\w)")
_FACTS_DENY = re.compile(r"(?<!\w)(?:tidak|tak|bukan|belum)(?!\w)")
_LURES_TOLD = tuple(f" {verb}" for verb in terms.LURES_TOLD)
_LURES_REACH = max(map(len, _LURES_TOLD)) + 2
# What a lesson calls the trade's words it quotes ('memakai kata "gacor"', 'istilah "maxwin"'), just before the first.
# A bare answer: "Tidak ada.", "Tidak.", "Tidak bisa.", "Tidak boleh.", "Bukan."
_DENIAL = re.compile(r"\s*(?:tidak(?:\s+(?:ada|bisa|boleh|dapat))?|bukan)\s*(?:[.,;!]|$)")
_LESSON_WORDS = (" kata", " istilah", " sebutan", " kata-kata")
_LESSON_REACH = 12
_SHORT = 256  # characters below which ``str.lower`` is the cheaper (as in ``text.lower``)
# Characters that look like Latin letters (Cyrillic, Greek, a few Latin ones, those with a diacritic),
# and those that are not seen at all: each is replaced by the ASCII letter it passes for, or removed.
_LOOKALIKE: dict[str, str] = {
    **dict(
        zip(
            "\u0430\u0432\u0435\u0451\u043a\u043c\u043d\u043e\u0440\u0441\u0442\u0443\u0445\u0455\u0456\u0457"
            "\u0458\u04bb\u0501\u051b\u051d\u04cf\u0261\u0131"
            "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0423\u0425\u0405\u0406\u0408\u051a"
            "\u051c\u04c0"
            "\u03b1\u03bf\u03b5\u03b9\u03ba\u03bd\u03c1\u03c4\u03c5\u03c7"
            "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7",
            "abeekmhopctyxsiijhdqwlgiABEKMHOPCTYXSIJQWlaoeiknptuxABEZHIKMNOPTYX",
            strict=True,
        )
    ),
    # Small capitals (\u029c\u1d00\u1d04\u1d0b\u1d07\u1d05 \u0299\u028f): NFKC leaves them be.
    **dict(
        zip(
            "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d\u0274\u1d0f\u1d18"
            "\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
            "abcdefghijklmnoprstuvwyz",
            strict=True,
        )
    ),
    # Latin letters with a diacritic, read without it: "slöt gäcör" is "slot gacor" to its readers.
    **dict(
        zip(
            "àáâãäåāăąèéêëēĕėęěìíîïĩīĭįòóôõöøōŏőùúûüũūŭůűųýÿçćĉċčñńņňśŝşšźżžğĝġģ"
            "ÀÁÂÃÄÅĀĂĄÈÉÊËĒĔĖĘĚÌÍÎÏĨĪĬĮÒÓÔÕÖØŌŎŐÙÚÛÜŨŪŬŮŰŲÝŸÇĆĈĊČÑŃŅŇŚŜŞŠŹŻŽĞĜĠĢ",
            "aaaaaaaaaeeeeeeeeeiiiiiiiiooooooooouuuuuuuuuuyycccccnnnnsssszzzgggg"
            "AAAAAAAAAEEEEEEEEEIIIIIIIIOOOOOOOOOUUUUUUUUUUYYCCCCCNNNNSSSSZZZGGGG",
            strict=True,
        )
    ),
    # Roman numerals (\u217c is "l"), letterlike symbols and Armenian letters: NFKC reads only some of them so.
    **dict(
        zip(
            "\u2170\u2174\u2179\u217c\u217d\u217e\u217f\u2160\u2164\u2169\u216c\u216d\u216e\u216f"
            "\u2113\u210a\u210e\u212f\u2134\u0585\u057d\u0251",
            "ivxlcdmIVXLCDMlgheooua",
            strict=True,
        )
    ),
    # Vietnamese, read without its diacritics as its slugs spell it (nha-cai): its letters with a hook, a
    # horn or a dot below, and the marks themselves where a text decomposes them ("o\u0302\u0309").
    **{char: unicodedata.normalize("NFD", char)[0] for char in "ơưƠƯ" + "".join(map(chr, range(0x1EA0, 0x1EFA)))},
    "đ": "d",
    "Đ": "D",
    **dict.fromkeys(map(chr, range(0x0300, 0x0370)), ""),
    # Arabic read as its listed words are written: without the tatweel that draws a letter long ("تـم اخـتـراق") and
    # without its vowel marks ("تَمَّ اخْتِرَاقُ").
    **dict.fromkeys(("\u0640", *map(chr, range(0x064B, 0x0660)), "\u0670"), ""),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""),
}
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKE)
_FEW_SWAPS = 8
# Circled, fullwidth, mathematical and squared letters and digits: NFKC spells them in ASCII.
_WIDE = re.compile("[\u2460-\u24ff\uff01-\uff5e\U0001d400-\U0001d7ff\U0001f130-\U0001f189]")
_DISGUISING = re.compile("[{}]|{}".format("".join(_LOOKALIKE), _WIDE.pattern))
# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Chinese, Japanese): a term of
# theirs is found inside any run of letters, and one of their letters ends a Latin word ("slot88官网").
_UNSPACED_RANGES = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED = re.compile(f"[{_UNSPACED_RANGES}]")
# Scripts written with spaces whose defacers' words are listed (Cyrillic, Arabic with Persian and Urdu, Devanagari,
# Bengali): found by the same automaton (a page holds a letter of theirs seldom), but as whole words, and as the
# undisguised text spells them (Cyrillic "о" is "o").
_SPACED_SCRIPTS = re.compile("[\u0400-\u04ff\u0600-\u06ff\u0900-\u09ff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# The letters of the listed words of those scripts (and of Cyrillic and Arabic), Cyrillic's in either case: a text
# without any has none of their terms.
_UNSPACED_LETTERS = frozenset(
    case
    for _, words in _TERM_LISTS
    for word in words
    for c in word.lower()
    if not c.isascii()
    for case in (c, c.upper())
    if len(case) == 1 and not case.isascii()
)
_NOTABLE = re.compile("{}|[{}]".format(_DISGUISING.pattern, "".join(sorted(_UNSPACED_LETTERS))))
# A run of single letters and digits with one spacer between them, the same spacer throughout.
_SPACED_RUN = re.compile(r"(?<!\w)\w([{}])\w(?:\1\w)+(?!\w)".format(re.escape("".join(terms.SPACERS))))
_SPACED_WORDS = (*terms.DISGUISED, *terms.SPACED_SIGNATURES)  # read joined where their letters are spaced apart
_DISGUISED_LONGEST = sorted(terms.DISGUISED, key=len, reverse=True)
_WORD_AFTER = 3  # letters after a disguised word that a run spelled apart ends with: a word of its own ("slot gacor")
_NUMBERED_SPAN = 64  # bytes after a numbered term's prefix read for the rest of it ("depo 25 ribu")


# A tuple: a frozen dataclass's fields are set through ``object.__setattr__``, which made each match some 9 k
# instructions (a page makes a dozen or two, most of them words of news the judging never reads).
class Match(NamedTuple):
    term: str
    kind: Kind
    start: int
    end: int
    part: int = 0  # which of the texts scanned together it is in


@dataclass(eq=False)  # not frozen: every scan makes one, and a frozen one's fields cost a slot wrapper's call each
class _Parts:
    """Texts scanned as one (one automaton pass), each judged on its own: no rule looks across two. Never changed
    once made."""

    text: str
    lowered: str
    pieces: list[str]  # the texts as joined, whose lengths place them (``starts``)
    unspaced: bool = False  # whether it holds a letter of a listed word of a script without spaces
    searched: bytes | None = None  # ``lowered`` as the automaton reads it (``_Automaton.found``), where made with it

    @classmethod
    def of(cls, texts: Iterable[str]) -> _Parts:
        texts = list(texts)
        text = "\n".join(texts)
        # The same as part by part: a line break ends a word (and a final sigma).
        lowered, others, searched = _lower(text)
        unspaced = not _UNSPACED_LETTERS.isdisjoint(others)
        if others and _disguised(others):
            texts = _undisguised(texts, others)
            text = "\n".join(texts)
            lowered, searched = text.lower(), None
        if len(lowered) != len(text):
            return cls._quoted_lower(texts, unspaced)
        return cls(text, lowered, texts, unspaced, searched)

    @cached_property
    def starts(self) -> list[int]:
        """Where each text starts: read only of texts that hold a match (most hold none)."""
        return list(accumulate((len(t) + 1 for t in self.pieces[:-1]), initial=0)) if self.pieces else []

    def texts(self) -> list[str]:
        return [self.text[slice(*self.bounds(part))] for part in range(len(self.pieces))]

    @classmethod
    def _quoted_lower(cls, texts: list[str], unspaced: bool) -> _Parts:
        kept, lowered = [], []
        for text in texts:
            low = text.lower()
            # A text whose lower case is longer ("İ") is quoted in lower case, so that positions agree.
            kept.append(text if len(low) == len(text) else low)
            lowered.append(low)
        return cls("\n".join(kept), "\n".join(lowered), kept, unspaced)

    def part(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1

    @cached_property
    def names_reports(self) -> bool:
        """Whether the texts hold a blocking's list or a hoax's label (``_named_by_report``): rarely."""
        lowered = self.lowered  # the words first: a search for them is cheaper than the patterns'
        if any(verb in lowered for verb in terms.BLOCKING_VERBS) and _BLOCKED_LIST.search(lowered) is not None:
            return True
        return any(label in lowered for label in _HOAX_LABEL_WORDS) and _HOAX_LABEL.search(lowered) is not None

    @cached_property
    def named_by_report(self) -> dict[tuple[int, int], bool]:
        """The judgements of ``_named_by_report`` so far, by a term's bounds: each is read by its neighbours' too."""
        return {}

    def bounds(self, part: int) -> tuple[int, int]:
        end = self.starts[part + 1] - 1 if part + 1 < len(self.starts) else len(self.text)
        return self.starts[part], end


def lower_case(text: str) -> str:
    """Return ``text.lower()``, made as the scan lowers its texts (``_lower``): a long text whose only letters with a
    case are ASCII ones in one compiled pass, where ``str.lower`` looks up every character of a text with one beyond
    ASCII (a bullet, a quotation mark) in the Unicode tables."""
    return _lower(text)[0]


def _lower(text: str) -> tuple[str, Set[str], bytes | None]:
    """Return ``text.lower()``, a set that holds its characters beyond ASCII (and maybe others), and the lowered
    text as ``_Automaton.found`` reads it where that is made on the way (else None)."""
    if len(text) < _SHORT:  # a title, a link: ``str.lower``, and its characters only where one is disguising
        # or is a letter of a listed word of a script without spaces
        return text.lower(), (set() if text.isascii() or not _NOTABLE.search(text) else set(text)), None
    read = lowered_and_beyond_ascii(text)  # one compiled pass: a text of one or two bytes a character
    if read is None:  # four bytes a character
        raw, wide = lower_utf8_and_others(text)  # ``text.lower``'s shortcut reads them anyway
        return raw.decode("utf-8", "surrogatepass"), wide, None
    lowered, searched, others = read
    if any(c.lower() != c for c in others):  # as ``lower_utf8_and_others`` folds them
        return text.lower(), others, None
    return lowered, others, searched


def _disguised(others: Set[str]) -> bool:
    """Whether any of ``others`` (characters of a text) passes for a Latin letter or is unseen."""
    wide = max(others) >= "\u2460" and any(_WIDE.match(c) for c in others)
    return wide or not _LOOKALIKE.keys().isdisjoint(others)


def _undisguised(texts: list[str], others: Set[str]) -> list[str]:
    """Return ``texts`` with the letters that pass for Latin ones in ASCII and the unseen characters removed."""
    wide = any(_WIDE.match(c) for c in others if c >= "\u2460")
    swaps = [(c, _LOOKALIKE[c]) for c in others if c in _LOOKALIKE]
    result = []
    for text in texts:
        plain = unicodedata.normalize("NFKC", text) if wide else text
        if len(swaps) > _FEW_SWAPS:  # a hostile text of many: one pass, whatever their number
            plain = plain.translate(_LOOKALIKE_TABLE)
        else:  # str.replace is many times faster than str.translate
            for char, letter in swaps:
                plain = plain.replace(char, letter)
        result.append(plain)
    return result


def _rejoined(parts: _Parts, found: list[Match]) -> list[str]:
    """Return the texts of ``parts`` with the pieces of a disguised word found (``split``) joined: sl ot -> slot."""
    texts = []
    pieces = iter(m for m in found if m.kind == "split")  # by position, so by part
    piece = next(pieces, None)
    for part in range(len(parts.pieces)):
        low, high = parts.bounds(part)
        kept, at = [], low
        while piece is not None and piece.start < high:
            if piece.start >= at:  # not inside a piece joined before
                kept += [parts.text[at : piece.start], parts.text[piece.start : piece.end].replace(" ", "")]
                at = piece.end
            piece = next(pieces, None)
        texts.append("".join(kept) + parts.text[at:high])
    return texts


def _joined(text: str) -> str:
    """Return ``text`` with the runs of letters spaced apart joined (s l o t g.a.c.o.r -> slot gacor)."""
    return _SPACED_RUN.sub(_joined_run, text)


def _joined_run(run: re.Match[str]) -> str:
    """Return a run of letters spaced apart joined, a defacer's signature with its spaces (HACKED BY KURO, not
    HACKEDBYKURO: the page's text reads the wider gaps between its words as one space)."""
    joined = run.group(0)[::2]
    lowered = joined.lower()
    for word in terms.SPACED_SIGNATURES:
        if lowered.startswith(f"{word}by"):
            signed = len(word) + 2
            return f"{joined[: len(word)]} {joined[len(word) : signed]} {joined[signed:]}".rstrip()
    return _words_apart(joined, lowered)


def _words_apart(joined: str, lowered: str) -> str:
    """Return a run joined with a space after each disguised word it starts with, where a word of some letters follows
    (S L O T G A C O R T E R P E R C A Y A: "SLOT GACOR TERPERCAYA"; "sloth", "totoro" stay)."""
    words, at = [], 0
    while (word := next((w for w in _DISGUISED_LONGEST if lowered.startswith(w, at)), None)) is not None:
        if len(lowered) - at - len(word) < _WORD_AFTER:
            break
        words.append(joined[at : at + len(word)])
        at += len(word)
    return " ".join([*words, joined[at:]])


@dataclass(frozen=True)
class _Automaton:
    words: tuple[str, ...]
    kinds: tuple[tuple[_Tag, ...], ...]  # of each word, in the order of ``terms``
    search: ahocorasick_rs.BytesAhoCorasick  # of ``_mentioned``
    moves: Moves  # the same automaton's, walked in the compiled module
    context: frozenset[int]  # the words of ``_CONTEXT``'s kinds alone, by index
    notable: bytes  # ``_notable()``

    def plain_found(self, text: str) -> list[tuple[int, int, int]] | None:
        """Return ``found`` of ``text``'s lower case where ``_Parts.of`` would read it as it is (no character beyond
        ASCII of ``notable``'s), the text walked without its lowered copy; else None."""
        return plain_found(self.moves, text, self.notable)

    def found(self, text: str, searched: bytes | None = None) -> list[tuple[int, int, int]]:
        """Return (word index, start, end) of every occurrence, overlapping ones too, by end, longest first;
        ``searched``: ``text.encode("latin-1", "replace")``, where the caller has it."""
        # One byte a character, so that the offsets are the text's: given a ``str``, ahocorasick_rs
        # builds a table from UTF-8 offsets to characters as long as the text, dearer than the search.
        # The words are ASCII without "?", so no byte of Latin-1 beyond ASCII, nor the "?" standing for
        # a character Latin-1 lacks (a lone surrogate too), is ever part of a match.
        if searched is None:
            searched = text.encode("latin-1", "replace")
        return self.moves.found(searched)  # as ``self.search.find_matches_as_indexes(searched, overlapping=True)``


def _listed() -> dict[str, list[_Tag]]:
    """Return the listed words, lower-cased, with their kinds, in the order of ``terms``."""
    kinds: dict[str, list[_Tag]] = {}
    words: tuple[str, ...]
    kind: _Tag
    for kind, words in (
        *_TERM_LISTS,
        ("spaced", tuple(spacer.join(word) for word in _SPACED_WORDS for spacer in terms.SPACERS)),
        ("name", _NAME_ENDS),
        ("split", tuple(piece for word in terms.DISGUISED for piece in _pieces(word))),
    ):
        for word in words:
            found = kinds.setdefault(word.lower(), [])
            if kind not in found:
                found.append(kind)
    return kinds


def _kinds(kinds: list[_Kinds]) -> tuple[_Kinds, ...]:
    if kinds == ["name"]:
        return cast(tuple[_Kinds, ...], _NAME_ONLY)
    return cast(tuple[_Kinds, ...], _BRAND_ONLY) if kinds == ["brand"] else tuple(kinds)


@lru_cache(maxsize=1)
def _automaton() -> _Automaton:
    kinds = {word: tags for word, tags in _listed().items() if word.isascii()}
    for word in (*terms.DISGUISED, *terms.DISGUISED_NAMES):
        for spelling in _with_digits(word):
            kinds.setdefault(spelling, [k for k in kinds[word] if k != "numbered"])
    if any("?" in word for word in kinds):
        raise ValueError("the listed words must be without '?' (see _Automaton.found)")
    encoded = [word.encode("ascii") for word in kinds]
    search = ahocorasick_rs.BytesAhoCorasick(encoded, implementation=ahocorasick_rs.Implementation.DFA)
    context = frozenset(index for index, tags in enumerate(kinds.values()) if _CONTEXT.issuperset(tags))
    listed = tuple(_kinds(k) for k in kinds.values())
    return _Automaton(tuple(kinds), listed, search, moves_of(encoded), context, _notable())


def _notable() -> bytes:
    """Return a bit for each character of two bytes (the lowest first) beyond ASCII that ``_Parts.of`` reads other
    than as it is: one whose lower case is another (``str.lower`` would change it, "İ" into two), a letter of a listed
    word of a script without spaces or of Cyrillic (``unspaced``), one that passes for a Latin letter or is wide
    (``_disguised``). A text with none is its own lower case but for its ASCII capitals (``_lower``)."""
    bits = bytearray(8192)
    for code in range(0x80, 0x10000):
        char = chr(code)
        if char.lower() != char or char in _UNSPACED_LETTERS or char in _LOOKALIKE or _WIDE.match(char):
            bits[code >> 3] |= 1 << (code & 7)
    return bytes(bits)


@dataclass(frozen=True)
class _UnspacedAutomaton:
    words: tuple[str, ...]  # of each searched word: the listed word it spells
    kinds: tuple[tuple[_Tag, ...], ...]
    search: ahocorasick_rs.AhoCorasick
    whole: tuple[bool, ...]  # of each searched word: whether it counts only as a whole word (a script with spaces)

    def found(self, text: str) -> list[tuple[int, int, int]]:
        """Return (word index, start, end) of every occurrence, overlapping ones too, by end, longest first."""
        try:
            return self.search.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate, which UTF-8 has no place for: one character for another
            return self.search.find_matches_as_indexes(_SURROGATE.sub("\ufffd", text), overlapping=True)


@lru_cache(maxsize=1)
def _unspaced_automaton() -> _UnspacedAutomaton:
    """Return the automaton of the listed words beyond ASCII, of scripts without spaces (Chinese, Thai) and of
    Cyrillic and Arabic."""
    words: dict[str, str] = {}
    kinds: dict[str, list[_Tag]] = {}
    whole: dict[str, bool] = {}
    for word, tags in _listed().items():
        if word.isascii():
            continue
        spaced = _SPACED_SCRIPTS.search(word) is not None
        if not all(
            char.isascii() or char == " " or _UNSPACED.match(char) or _SPACED_SCRIPTS.match(char) for char in word
        ):
            # Vietnamese is read without its diacritics: a word with them would never be found.
            raise ValueError(
                f"a listed word beyond ASCII must be of a script without spaces, Cyrillic or Arabic: {word!r}"
            )
        # As a text with fullwidth letters is read (NFKC): Thai's "ำ" is then two characters; and as an undisguised
        # text reads Cyrillic (its letters that look Latin are those).
        spellings = (word, word.translate(_LOOKALIKE_TABLE)) if spaced else (word, unicodedata.normalize("NFKC", word))
        for spelling in dict.fromkeys(spellings):
            words.setdefault(spelling, word)
            kinds.setdefault(spelling, tags)
            whole.setdefault(spelling, spaced)
    search = ahocorasick_rs.AhoCorasick(list(words), implementation=ahocorasick_rs.Implementation.DFA)
    listed = tuple(tuple(k) for k in kinds.values())
    return _UnspacedAutomaton(tuple(words.values()), listed, search, tuple(whole.values()))


def _pieces(word: str) -> list[str]:
    """Return ``word`` cut in pieces by single spaces (sl ot, s lot, ga c or), as a page's text reads
    the pieces tags cut it in; but for the word cut between every letter, which is ``spaced``'s."""
    spellings = [word[0]]
    for letter in word[1:]:
        spellings = [s + cut + letter for s in spellings for cut in ("", " ")]
    return [s for s in spellings if " " in s and len(s) < 2 * len(word) - 1]


def _with_digits(word: str) -> list[str]:
    """Return the spellings of ``word`` with digits for some of its letters (sl0t, s1ot, s10t)."""
    spellings = [""]
    for letter in word:
        digit = terms.DIGITS_FOR_LETTERS.get(letter)
        spellings = [s + c for s in spellings for c in ((letter, digit) if digit else (letter,))]
    return spellings[1:]  # the first is the word itself


# A brand of a gambling word glued to others and a number (rajaslot88, slotgacor88): the whole word.
_GLUED_REACH = 12
_GLUED = re.compile(
    r"[a-z]{{0,{reach}}}(?:{stems})[a-z]{{0,{reach}}}\d{{2,4}}(?![\w])".format(
        reach=_GLUED_REACH, stems="|".join(terms.GLUED_STEMS)
    )
)
# Tried only where the automaton found one of its prefixes: a regex scan of the whole text is slow.
_PATTERN = re.compile(
    r"(?:(?P<strong>{})|(?P<weak>{}))(?![^\W{}])".format(
        "|".join(terms.PATTERNS["strong"]), "|".join(terms.PATTERNS["weak"]), _UNSPACED_RANGES
    )
)
# Looked for only around a weak term: most words of innocent use are everywhere ("layanan").
_NAME_USES = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(u) for u in terms.NAME_USES)))
_INNOCENT = {
    term: compiled_when_used(
        r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(u) for u in sorted(uses, key=len, reverse=True)))
    )
    for term, uses in terms.INNOCENT_NEAR.items()
}


def matches(text: str) -> list[Match]:
    """Return the term matches in ``text`` on word boundaries, by position, at most _MAX_MATCHES of each kind.

    The cap is per kind, so a flood of harmless words cannot push real spam out of the scan.
    """
    return _matches(_Parts.of([text]))


def flagged(text: str) -> Iterator[tuple[str, str, str]]:
    """Yield (code, term, snippet) for each injected term of ``text``, in the order of the text."""
    for _, code, term, snippet in flagged_each([text]):
        yield code, term, snippet


def flagged_each(
    texts: Iterable[str], titles: bool = False, prose: bool = False, defacer_page: bool = False
) -> Iterator[tuple[int, str, str, str]]:
    """Yield (index, code, term, snippet) for each injected term of each of ``texts``, in one pass; ``titles`` if
    they are a page's titles, of which a defacer's word alone is all ("HACKED"); ``prose`` if they are what the page
    shows, its text and its links, in whose sentences a name of the trade alone is a mention (``_named_in_prose``);
    ``defacer_page`` if they are of a page all a defacer's, where a weak word of theirs signs alone, and so do
    ``terms.DEFACER_PAGE_WORDS``."""
    read = _judged_words(list(texts))
    if read is None:  # most texts: words of news, numbers, dates
        return
    parts, words = read
    found = _unplaced(parts, words)
    judged = _JUDGED_ON_DEFACER_PAGE if defacer_page else _JUDGED
    if not any(m.kind in judged for m in found):  # most texts (a word of news alone): their judging is all overhead
        return
    found = _placed(parts, found)
    if not defacer_page:
        found = [m for m in found if m.kind != "deface_page"]
    if any(m.kind in _DISGUISES for m in found):
        parts = _Parts.of(_joined(text) for text in _rejoined(parts, found))
        found = _matches(parts)
    gambling = _outermost([m for m in found if m.kind in _GAMBLING])
    gambling = [
        m
        for m in gambling
        if not (_innocent(m, parts) or _spelled_out(m, parts) or _doubled(m, parts) or _surnamed(m, parts, gambling))
    ]
    signing = _DEFACER_PAGE if defacer_page else _DEFACE
    signs = _outermost([m for m in found if m.kind in signing])
    deface = [m for m in signs if not _cited(m, parts, signs)]
    # A word of news inside a spam term ('anti' in 'anti rungkad') or in a site's warning of something else
    # ('waspada penipuan') is none.
    covering = [m for m in found if m.kind in _COVERING]
    counters = _uncovered([m for m in found if m.kind == "counter"], covering)
    # A warning against a link is news only of the terms after it in its sentence (``_warned_against``).
    if any(m.term in _VERDICTS for m in counters):  # rare: a lesson's or a seller's page
        counters = [m for m in counters if not (m.term in _VERDICTS and _asked(m, parts))]
    warnings = [m for m in counters if m.term in _WARNED_LINKS]
    if warnings:
        counters = [m for m in counters if m.term not in _WARNED_LINKS]
    signed = [m for m in deface if defacer_page or _company(m, deface, parts) or (titles and _titled(m, parts))]
    kept = [m for m in gambling if _company(m, gambling) or _linked_to_itself(m, parts)] + signed
    attacked = any(m.kind in signing for m in kept)
    news_of_attacks = (
        [m for m in counters if m.term in _DEFACEMENT_COUNTERS and not _taunted(m, parts)] if attacked else []
    )
    if attacked and any(m.kind == "deface_counter" for m in found):  # rare: merged in their order
        news_of_attacks = sorted(
            (*news_of_attacks, *(m for m in found if m.kind == "deface_counter")), key=lambda m: m.start
        )
    for match in sorted(kept, key=lambda m: m.start):
        if match.kind in _GAMBLING:
            news = (
                _near(match, counters, _COUNTER_WINDOW[match.kind])
                or _reported(match, counters, kept, parts)
                or _warned_against(match, warnings, kept, parts)
                or _named_by_report(match, parts)
            ) and not (_sold(match, counters, kept, parts) or _worn(match, counters, gambling, parts))
            news = news or (prose and _named_in_prose(match, gambling, parts))
            news = news or (_denied(match, parts) and not _sold(match, counters, kept, parts))
        else:
            news = _near(match, news_of_attacks, _COUNTER_WINDOW[match.kind]) or _incident(
                match, news_of_attacks, parts
            )
        if not news:
            code = "judi_online" if match.kind in _GAMBLING else "defacement"
            yield match.part, code, match.term, _snippet(parts, match)
    yield from _negative(found, parts)


def _negative(found: list[Match], parts: _Parts) -> Iterator[tuple[int, str, str, str]]:
    """Yield (index, code, term, snippet) for each term of pornography or of another trade's spam that counts: a strong
    one, or a weak one beside another term of either; none in a sentence with a word of news, a warning or a lesson (a
    department names the trades only to warn of them: "Waspada pinjol ilegal yang menawarkan pinjaman cepat cair tanpa
    BI checking"). Spam run in after a department's warning is a sentence of its own."""
    listed = _outermost([m for m in found if m.kind in _NEGATIVE])
    if not listed:  # most texts
        return
    # A word of news inside a term or a seller's claim ("terdaftar dan diawasi OJK") is none.
    covering = [m for m in found if m.kind in _NEGATIVE_COVERING]
    news = _uncovered([m for m in found if m.kind in _NEGATIVE_NEWS], covering)
    # A term a sentence of news names keeps no other company ("Sex education yang benar …. Hubungi WA PKPR").
    unexcused = [match for match in listed if not _in_sentence(match, news, parts)]
    for match in unexcused:
        if match.kind in _NEGATIVE_STRONG or _negative_company(match, unexcused):
            yield match.part, _NEGATIVE[match.kind], match.term, _snippet(parts, match)


def _negative_company(match: Match, listed: list[Match]) -> bool:
    """Tell whether another term is around ``match``, of which one of the two names the trade itself
    (``terms.NEGATIVE_PLAIN``: a shop's or a department's own words are no company of each other)."""
    plain = match.term in terms.NEGATIVE_PLAIN
    return any(
        other.term != match.term and not (plain and other.term in terms.NEGATIVE_PLAIN)
        for other in _around(match, listed, _NEGATIVE_COMPANY)
    )


def _in_sentence(match: Match, news: list[Match], parts: _Parts) -> bool:
    start, end = _sentence(parts, match, _REPORT_WINDOW)
    start, end = _list_start(parts, match, start), _answer_end(parts, match, end)
    return any(start <= other.start and other.end <= end for other in _around(match, news, _REPORT_WINDOW))


def _answer_end(parts: _Parts, match: Match, end: int) -> int:
    """Return where the sentence that ends at ``end`` ends with its answer if it asks a question: a headline asks the
    lure and answers it with a warning ("Modal Kecil Untung Besar? Disperindag Ingatkan Waspada Investasi Bodong"); a
    seller's question is before its terms ("Butuh dana cepat? Pinjol cepat cair …")."""
    if not parts.text.startswith("? ", end):
        return end
    high = min(parts.bounds(match.part)[1], match.end + _REPORT_WINDOW)
    ends = [at for at in (parts.text.find(stop, end + 2, high) for stop in _SENTENCE_STOPS) if at >= 0]
    return min(ends, default=high)


def _list_start(parts: _Parts, match: Match, start: int) -> int:
    """Return where the sentence that starts at ``start`` starts if it is an item of a numbered list: its lead's, which
    the items' numbers cut ("Entitas ilegal yang dihentikan Satgas PASTI: 1. Robot Trading Auto Profit 2. …")."""
    text = parts.text
    reach = max(parts.bounds(match.part)[0], match.start - _REPORT_WINDOW)
    for _ in range(_LIST_ITEMS):  # a hostile page's "1. 1. 1. …" must not make the scan slow
        if start - 2 < reach or text[start - 1] != "." or not text[start - 2].isdigit():
            break
        start = max(reach, *(text.rfind(stop, reach, start - 1) + 1 for stop in _SENTENCE_STOPS))
    return start


def mentions(html: str) -> bool:
    """Whether a whole page (its HTML) holds any listed gambling or defacement word, before any rule.

    Every part a scan reads (a hidden element's text, a link, a script) is made of the page's
    words, so a page that mentions none has no part to flag (but what a script's encoded strings
    spell, which the defacement check decodes: no stylesheet hides a script). Read as lower-case
    UTF-8 bytes, in which a letter beyond ASCII is no letter: a word boundary more than in the text,
    never one less; a word spelled in character references (``&#115;lot``, ``s&shy;lot``,
    ``&sopf;lot``) is read as the parser reads it, and a disguised word undisguised as the scan
    reads it. Letters spaced apart by one spacer (``s l o t``) are a listed word, and so are letters
    apart by what the parser's text has one space for: several spaces, a line break, ``&nbsp;``, or
    tags (``<b>s</b><b>l</b>...``), read around each letter that stands alone so; and the pieces of
    a word that tags cut (``<span>sl</span><span>ot</span>``), read around each beginning of a
    disguised word that a tag ends. The words of scripts without spaces (Chinese, Thai) are read
    where the page holds a letter of one. Names of a word and a number (kaisar89), as many of other
    words as make a list of brands, count wherever they stand (a link's address too).
    """
    return read_for_words(html)[0]


def holds_none(html: str) -> bool:
    """Whether a whole page (its HTML) holds no listed word at all, read as ``mentions`` reads it: none on a word's
    bounds (``mentions``), nor glued to other letters (a brand in capitals, NAGASLOT, KOITOTO, SUKABET: a scan's
    shop), nor a single name of a word and a number, nor a lone letter of a disguised word, nor a lucky number after a
    name's letters (glued, apart, across tags), nor a letter of a script without spaces. A text made of such a page's
    words (its title, its text, its links' texts and addresses as it writes them) holds nothing a scan flags."""
    return read_for_words(html)[1]


_JOINING = frozenset(b">;")  # the end of a tag or of a reference: the text may join what stands on either side
_APART = frozenset(b" \t\r\n-")  # what may spell a brand's name apart from its number, as the page writes it
_TAGS_SKIPPED = 8  # tags and references between a brand's name and its number: past more, it may be one


def _brand_end_held(raw: bytes, start: int) -> bool:
    """Whether the lucky number (or "4d") at ``start`` of lower-case UTF-8 ``raw`` may end a brand in the page's text
    (``_branded``, ``_branded_apart``): after a name's letters, glued or spelled apart, past the tags the text leaves
    out between them (``<b>garuda</b><span>88</span>``) and its non-breaking spaces (``mentions`` decodes any other
    reference that may be a letter)."""
    at = start
    for _ in range(_TAGS_SKIPPED):
        while at > 0 and raw[at - 1] in _APART:
            at -= 1
        last = raw[at - 1 : at]
        if last == b">":
            at = raw.rfind(b"<", 0, at)  # the tag's start
        elif raw.endswith(b"&nbsp;", 0, at):
            at -= len(b"&nbsp;")
        else:
            break
        if at < 0:
            return True
    else:
        return True
    return raw[max(0, at - _BRAND_LETTERS) : at].isalpha()


def read_for_words(html: str) -> tuple[bool, bool]:
    """Return ``mentions(html)`` and ``holds_none(html)``, in one pass (the stylesheets' reading asks both)."""
    if _ESCAPED.search(html):
        html = unescape(html)
    raw, others = lower_utf8_and_others(html)
    if others and _disguised(others):
        raw = lower_utf8(_undisguised([html], others)[0])
    # One pass over the page with its separators read alike (see _SPREAD_BYTES): the listed words,
    # and the letters standing alone between more than a spacer, read again around each.
    skeleton = raw.translate(_SPREAD_BYTES)
    automaton = _mention_automaton()
    context = automaton.context
    lone = 0
    names: set[bytes] = set()  # the words of names of a word and a number (kaisar89): a list of brands, as many
    held = False  # a listed word that is no mention: glued, a name alone, a lone letter (``holds_none``)
    for index, start, end in automaton.search.find_matches_as_indexes(skeleton, overlapping=True):
        kinds = automaton.kinds[index]
        if kinds is _NAME_ONLY:
            # Read where it stands anywhere (its site's address too): a page of so many names is worth reading.
            word = _html_name(raw, start) if raw[start - 3 : start + 1].isalpha() else None
            if word is not None:
                names.add(word)
                if len(names) >= terms.BRAND_RUN:
                    return True, False
            held = held or word is not None or not _JOINING.isdisjoint(raw[max(0, start - 3) : start + 1])
        elif kinds == ("lone",):
            held = True
            lone += 1  # past a few dozen, a hostile page or a strange one: its stylesheets are worth reading
            if lone > _SPREAD_CHECKS or _spelled_apart_at(raw, start + 1):
                return True, False
        elif _listed_at(raw, kinds, start, end):
            return True, False
        elif kinds is _BRAND_ONLY:
            held = held or _brand_end_held(raw, start)
        else:
            held = held or index not in context
    # The words of scripts without spaces, read in the text where it has a letter of one (few pages do).
    if _UNSPACED_LETTERS.isdisjoint(others):
        return False, not held
    return _unspaced_mentioned(raw.decode("utf-8", "surrogatepass")), False


@lru_cache(maxsize=4096)
def names_none(address: str) -> bool:
    """Whether ``address`` (a page's, in ASCII, nothing percent-encoded) holds none of the words ``mentions`` looks
    for, not even a counter's, a name's word or a letter standing alone: the page's links are made absolute against
    it, and ``mentions`` of the page's text does not read it (asked of each page checked, by a few addresses)."""
    if not address.isascii() or "%" in address:
        return False
    skeleton = address.lower().encode("ascii").translate(_SPREAD_BYTES)
    return not _mention_automaton().search.find_matches_as_indexes(skeleton, overlapping=True)


def _html_name(raw: bytes, at: int) -> bytes | None:
    """Return the word of a name of a word and a number in lower-case UTF-8 ``raw`` whose word's last letter is at
    ``at`` (kaisar89), as ``_named`` reads it, but wherever it stands (a site's address, a tag's attribute)."""
    first = max(0, at + 1 - _GLUED_REACH)
    word = raw[first : at + 1]
    while not word.isalpha():  # the letters before the number, and not a longer word's
        first += 1
        word = raw[first : at + 1]
    end = at + 1
    while raw[end : end + 1].isdigit() and end - at <= _NAME_DIGITS:
        end += 1
    digits = raw[at + 1 : end]
    if (
        raw[first - 1 : first].isalnum()
        or raw[end : end + 1].isalnum()
        or digits[:1] == b"0"
        or (len(digits) == 4 and digits[:2] in (b"19", b"20"))
        or word.decode("ascii") in _INNOCENT_NAMES
    ):
        return None
    return word


def _unspaced_mentioned(text: str) -> bool:
    """Whether lower-case ``text`` holds a listed word of a script without spaces, of a gambling or defacement kind."""
    automaton = _unspaced_automaton()
    return any(not _LISTED.isdisjoint(automaton.kinds[index]) for index, _, _ in automaton.found(text))


def _mentioned(raw: bytes) -> bool:
    """Whether lower-case UTF-8 ``raw`` holds a listed word on word boundaries, or a numbered term."""
    automaton = _automaton()
    found = automaton.search.find_matches_as_indexes(raw, overlapping=True)
    return any(_listed_at(raw, automaton.kinds[index], start, end) for index, start, end in found)


def _listed_at(raw: bytes, kinds: tuple[_Tag | Literal["lone"], ...], start: int, end: int) -> bool:
    """Whether a word of ``kinds`` at ``start:end`` of ``raw`` is a listed word there, or starts a numbered term."""
    at_word = start == 0 or not raw[start - 1 : start].isalnum()
    if (
        "numbered" in kinds
        and at_word
        and _PATTERN.match(raw[start : start + _NUMBERED_SPAN].decode("utf-8", "replace"))
    ):
        return True
    if "split" in kinds and at_word and raw[end : end + 1].isdigit():
        return True  # s lot88
    if "brand" in kinds and raw[max(0, start - _BRAND_LETTERS) : start].isalpha() and not raw[end : end + 1].isalnum():
        return True  # panen4d
    return at_word and (end == len(raw) or not raw[end : end + 1].isalnum()) and not _LISTED.isdisjoint(kinds)


def _spelled_apart_at(raw: bytes, letter: int) -> bool:
    """Whether the text around the lone letter at ``letter``, read as the parser reads it, holds a listed word."""
    window = raw[max(0, letter - 2 * _LONGEST_SPREAD) : letter + _SPREAD_SPAN]
    cut = letter + _SPREAD_SPAN < len(raw)
    if cut and window.rfind(b"<") > window.rfind(b">"):
        window = window[: window.rfind(b"<")]  # a tag cut in two
    text = _TAG.sub(b" ", window).decode("utf-8", "replace").replace("&nbsp;", " ")
    read = " ".join(text.split()).encode("utf-8")
    # A run of lone letters to the end of what was read may go on: counted as a word.
    return _mentioned(read) or (cut and _RUN_AT_END.search(read) is not None)


@dataclass(frozen=True)
class _MentionAutomaton:
    kinds: tuple[tuple[_Tag | Literal["lone"], ...], ...]
    search: ahocorasick_rs.BytesAhoCorasick
    context: frozenset[int]  # the words of ``_CONTEXT``'s kinds alone, by index: none a scan flags


@lru_cache(maxsize=1)
def _mention_automaton() -> _MentionAutomaton:
    """Return the listed words read as ``_SPREAD_BYTES`` reads the page, and the lone letters of disguised words."""
    table = {byte: _spread_byte(byte) for byte in range(128)}
    kinds: dict[str, list[_Tag | Literal["lone"]]] = {}
    listed = _automaton()
    for word, tags in zip(listed.words, listed.kinds, strict=True):
        merged = kinds.setdefault(word.translate(table), [])
        merged += [tag for tag in tags if tag not in merged]
    letters = sorted(set("".join(terms.DISGUISED)))
    for lone in (f"{before}{letter}{after}" for before in " .&" for letter in letters for after in _SPREAD_AFTER):
        kinds[lone] = ["lone"]
    # The first piece of a word that tags cut: a beginning of a disguised word, then a tag (sl</span>).
    beginnings = sorted({word[:end] for word in terms.DISGUISED for end in range(2, len(word))})
    for cut in (f"{before}{beginning}&" for before in " .&" for beginning in beginnings):
        kinds[cut] = ["lone"]
    encoded = [word.encode("ascii") for word in kinds]
    search = ahocorasick_rs.BytesAhoCorasick(encoded, implementation=ahocorasick_rs.Implementation.DFA)
    context = frozenset(index for index, tags in enumerate(kinds.values()) if _CONTEXT.issuperset(tags))
    return _MentionAutomaton(tuple(_kinds(k) for k in kinds.values()), search, context)


def _spread_byte(byte: int) -> int:
    char = chr(byte)
    if byte < 128 and char.isalnum():
        return byte
    if byte < 128 and char.isspace():
        return ord(" ")
    # "<" starts a tag; "&" an entity; these bytes a character beyond ASCII that may be a space.
    return ord("&") if byte in b"&<\xc2\xe1\xe2\xe3" else ord(".")


# Character references the parser reads into a character the scan removes or reads: decoded first,
# all but the usual few of punctuation (``&nbsp;`` is read as a space where letters are spread apart).
# (One expression finds them faster than ``"&#" in html`` alone, on text beyond Latin-1.)
_ESCAPED = re.compile(
    r"&(?:#|(?!(?:amp|lt|gt|quot|apos|nbsp|copy|reg|trade|middot|bull|raquo|laquo|rsaquo|lsaquo|ndash|mdash|"
    r"hellip|lsquo|rsquo|ldquo|rdquo|sbquo|bdquo|deg|times|divide|plusmn|sect|para|euro|larr|rarr);)[A-Za-z]+;)"
)
# The page read one byte for one: letters and digits as they are, white space as a space, what may
# separate letters as the parser's text reads it ("<" a tag, "&" an entity, a first byte of a
# character beyond ASCII that may be a space) as "&", the rest as ".". A listed word is found so as
# in the page (its spacers are read alike), and a letter standing alone between more than a spacer.
_SPREAD_BYTES = bytes(_spread_byte(byte) for byte in range(256))
# After a lone letter: a tag, an entity or a character beyond ASCII, or a second space.
_SPREAD_AFTER = ("&", "  ", " &")
_LONGEST_SPREAD = max(map(len, terms.DISGUISED))
_SPREAD_SPAN = 3000  # bytes after a lone letter read for the rest of a word spelled apart
_SPREAD_CHECKS = 50  # lone letters looked at; a page with more counts as mentioning a word
_TAG = re.compile(rb"<[^<>]*>")
_RUN_AT_END = re.compile(rb"(?:^|[^a-z0-9])(?:[a-z] )*[a-z] ?$")


def _matches(parts: _Parts) -> list[Match]:
    return _placed(parts, _unplaced(parts))


def _judged_words(texts: list[str]) -> tuple[_Parts, list[tuple[int, int, int]]] | None:
    """Return ``texts`` as one ``_Parts`` and the listed words found in it, or None where the words make no match of a
    kind judged (``_judgeable``). Most texts are walked as they are (``_Automaton.plain_found``), without a lowered
    copy, and left there: a text's case has no bearing on what ``_judgeable`` reads."""
    automaton = _automaton()
    text = "\n".join(texts)
    words = automaton.plain_found(text)
    if words is not None and not _judgeable(text, words):
        return None
    parts = _Parts.of(texts)  # as it is but for its ASCII capitals where ``words`` were found so
    if words is None:  # a character beyond ASCII that counts: the lowered text's words, as ``_Parts.of`` reads it
        words = automaton.found(parts.lowered, parts.searched)
        if not (parts.unspaced or _judgeable(parts.lowered, words)):
            return None
    return parts, words


def _judgeable(lowered: str, words: list[tuple[int, int, int]]) -> bool:
    """Whether the listed words ``words`` found in ``lowered`` (``_Automaton.found``) may make a match of a kind judged
    (``_unplaced``): not where each is of ``_CONTEXT``'s kinds, or a lucky number or a pair of a word and a number of
    which ``_unplaced`` makes no brand nor name (it has no letter before it; most pages' numbers and dates). Only
    which characters are letters is read of ``lowered``: the text as it is answers the same. (A text with a letter of
    a script without spaces, ``_Parts.unspaced``, is placed whatever its words.)"""
    automaton = _automaton()
    context = automaton.context
    for index, start, _ in words:
        if index in context:
            continue
        kinds = automaton.kinds[index]
        if kinds is _BRAND_ONLY:  # a brand's end: ``_branded``'s, glued to its letters or spelled apart from them
            before = lowered[start - 1] if start else ""
            if not (before.isalpha() or (before in _NAME_APART and start > 1 and lowered[start - 2].isalpha())):
                continue
        elif kinds is _NAME_ONLY and not lowered[start - 3 : start + 1].isalpha():
            continue
        return True
    return False


def _unplaced(parts: _Parts, words: list[tuple[int, int, int]] | None = None) -> list[Match]:
    """Return the term matches of ``parts``, by position, all of part 0 (``_placed`` tells their parts); ``words``:
    the automaton's of ``parts``, where the caller has them."""
    lowered = parts.lowered
    automaton = _automaton()
    found = []
    counts: dict[str, int] = {}
    numbered: set[int] = set()
    names: list[tuple[int, int, str] | None] = []  # of a word and a number, for a list of brands
    if words is None:
        words = automaton.found(lowered, parts.searched)
    for index, start, end in words:
        kinds = automaton.kinds[index]
        # A pair of a word and a number, read for a list of brands only; a lucky number inside a longer number
        # ("…:51477", "Rp 1.588.000"), in which ``_branded`` and ``_bounded`` would find nothing.
        if kinds is _NAME_ONLY or (kinds is _BRAND_ONLY and start and lowered[start - 1] in _DIGITS):
            # (Most such pairs are no name's: a code, a hash. A name's word has 4 letters or more.)
            if kinds is _NAME_ONLY and lowered[start - 3 : start + 1].isalpha() and len(names) < _MAX_MATCHES:
                names.append(_named(lowered, start))  # None where it is none
            continue
        if "numbered" in kinds and start not in numbered and (start == 0 or not _in_word(lowered[start - 1])):
            numbered.add(start)
            found += _numbered(lowered, start, counts) or _glued(lowered, start, end, numbered, counts)
        elif "numbered" in kinds and automaton.words[index] in terms.GLUED_STEMS:
            found += _glued(lowered, start, end, numbered, counts)
        if "glued" in kinds and len(names) < _MAX_MATCHES:
            found += _glued_brand(lowered, start, end, names, counts)
        if "brand" in kinds:
            branded = _branded(lowered, start, end, counts)
            found += branded
            names += [(m.start, m.end, m.term[:-2]) for m in branded if m.term.endswith("4d") and m.term.isalnum()]
        bounded = _bounded(lowered, start, end)
        if bounded or ("split" in kinds and _before_number(lowered, start, end)):
            word = automaton.words[index]
            for kind in kinds if bounded else ("split",):
                if kind not in ("numbered", "brand", "name", "glued") and counts.get(kind, 0) < _MAX_MATCHES:
                    counts[kind] = counts.get(kind, 0) + 1
                    found.append(Match(word, cast(Kind, kind), start, end))
    if parts.unspaced:
        found += _unspaced_matches(lowered, counts)
    found = _brands(parts, names, found, counts)
    found.sort(key=lambda m: (m.start, -m.end))
    return found


def _placed(parts: _Parts, found: list[Match]) -> list[Match]:
    """Return the matches of ``_unplaced`` each with the part it is in."""
    if len(parts.pieces) <= 1 or not found:
        return found
    return [Match(m.term, m.kind, m.start, m.end, parts.part(m.start)) for m in found]


def _unspaced_matches(lowered: str, counts: dict[str, int]) -> list[Match]:
    """Return the listed words of scripts without spaces in ``lowered``, wherever they stand: no space bounds a
    word of theirs, and each is a compound that no innocent text holds (百家乐, not 娱乐 alone); and those of
    Cyrillic and Arabic where they are whole words."""
    automaton = _unspaced_automaton()
    found = []
    for index, start, end in automaton.found(lowered):
        if automaton.whole[index] and (_spelled_on(lowered[start - 1 : start]) or _spelled_on(lowered[end : end + 1])):
            continue
        for kind in automaton.kinds[index]:
            if counts.get(kind, 0) < _MAX_MATCHES:
                counts[kind] = counts.get(kind, 0) + 1
                found.append(Match(automaton.words[index], cast(Kind, kind), start, end))
    return found


def _spelled_on(char: str) -> bool:
    """Whether ``char`` goes on a word: a letter, a digit, or a mark on a letter (Bengali writes its vowels so)."""
    return char.isalnum() or unicodedata.category(char[:1] or " ").startswith("M")


def _numbered(lowered: str, start: int, counts: dict[str, int]) -> list[Match]:
    hit = _PATTERN.match(lowered, start)
    if hit is None:
        return []
    kind: Kind = "strong" if hit.group("strong") else "weak"
    if counts.get(kind, 0) >= _MAX_MATCHES:
        return []
    counts[kind] = counts.get(kind, 0) + 1
    return [Match(" ".join(hit.group(0).split()), kind, start, hit.end())]


def _glued(lowered: str, start: int, end: int, seen: set[int], counts: dict[str, int]) -> list[Match]:
    """Return a gambling brand glued of words and a number around the stem at ``start``: rajaslot88,
    slotgacor88, kakekzeus777 (a strong term), once per word."""
    first = start
    while first > 0 and start - first < _GLUED_REACH and lowered[first - 1].isalpha():
        first -= 1
    if (first != start and first in seen) or (first > 0 and lowered[first - 1].isalnum()):
        return []
    brand = _GLUED.match(lowered, first)
    if brand is None or brand.end() < end or counts.get("strong", 0) >= _MAX_MATCHES:
        return []
    seen.add(first)
    counts["strong"] = counts.get("strong", 0) + 1
    return [Match(brand.group(0), "strong", first, brand.end())]


def _branded(lowered: str, start: int, end: int, counts: dict[str, int]) -> list[Match]:
    """Return a gambling brand of letters glued to "4d" or a lucky number ending at ``end`` (panen4d, jaya88),
    weak; strong with a gambling stem in it (dewatogel4d); none where it is a listed term itself (toto4d), nor
    an e-mail address's or a handle's (andi88@, @humas88), nor a host's of a lucky number (a shop's site, a
    link's address: its text names the brand of a farm's link)."""
    first = _name_before(lowered, start)
    if first == start and start > 1 and lowered[start - 1] in _NAME_APART:
        return _branded_apart(lowered, start, end, counts)
    brand = lowered[first:end]
    after = lowered[end : end + 2]
    gambling_site = _GAMBLING_ONLY_SITE.match(lowered, end) is not None  # garuda4d.bet, a link's only clue
    if (
        start - first < _BRAND_LETTERS
        or (first > 0 and (lowered[first - 1].isalnum() or lowered[first - 1] == "@"))
        or after[:1].isalnum()
        or after[:1] == "@"
        or (after[:1] == "." and after[1:].isalpha() and lowered[start:end] in _BRAND_NUMBERS and not gambling_site)
        or brand in _STRONG
        or brand in _INNOCENT_BRANDS
    ):
        return []
    kind: Kind = "strong" if gambling_site or any(stem in brand for stem in _BRAND_STEMS) else "weak"
    if counts.get(kind, 0) >= _MAX_MATCHES:
        return []
    counts[kind] = counts.get(kind, 0) + 1
    return [Match(brand, kind, first, end)]


def _name_before(lowered: str, start: int) -> int:
    """Return where the letters before ``start`` begin, a brand's few at most."""
    first = start
    while first > 0 and start - first <= _GLUED_REACH and lowered[first - 1].isalpha():
        first -= 1
    return first


def _branded_apart(lowered: str, start: int, end: int, counts: dict[str, int]) -> list[Match]:
    """Return a brand's name spelled apart from its number ("GARUDA 4D", "KAISAR 88", "GARUDA-4D"), weak, and selling
    only with a brand's sign-up words or a strong term (``_plain_name``): a hospital's "USG 4D", a room's "Kamar 88"
    and a film's "Cinema 4D" are named so too. None where its word is a gambling word ("slot 88", "toto 4d")."""
    first = _name_before(lowered, start - 1)
    word = lowered[first : start - 1]
    if (
        start - 1 - first < _BRAND_LETTERS
        or (first > 0 and (lowered[first - 1].isalnum() or lowered[first - 1] in _NOT_BEFORE_A_NAME))
        or lowered[end : end + 1].isalnum()
        or word in _WEAK_WORDS
        or word in _INNOCENT_NAMES
        or lowered[first:end] in _STRONG
        or counts.get("weak", 0) >= _MAX_MATCHES
    ):
        return []
    counts["weak"] = counts.get("weak", 0) + 1
    return [Match(lowered[first:end], "weak", first, end)]


def _glued_brand(
    lowered: str, start: int, end: int, names: list[tuple[int, int, str] | None], counts: dict[str, int]
) -> list[Match]:
    """Return the gambling site's name glued without a number around ``start:end`` if a brand's alone (linetogel);
    add it to ``names``, a list of which is a link block of brands, if not (mawartoto)."""
    glued = _glued_name(lowered, start, end)
    if glued is None:
        return []
    first, last, alone = glued
    if not alone:
        names.append((first, last, lowered[first:last]))
        return []
    if counts.get("strong", 0) >= _MAX_MATCHES:
        return []
    counts["strong"] = counts.get("strong", 0) + 1
    return [Match(lowered[first:last], "strong", first, last)]


def _glued_name(lowered: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """Return (start, end, whether a brand's alone) of a gambling site's name glued of a word and the gambling word
    at ``start:end``, without a number (mawartoto, linetogel, togelup: ``terms.GLUED_NAME_ENDS``); none where the
    word is the gambling word itself or one with an ending of a sentence (slotnya), a department's (timeslot), or
    an address's, a handle's or a path's part (mawartoto.com, @rajaslot)."""
    first, last = start, end
    while first > 0 and start - first <= _GLUED_REACH and "a" <= lowered[first - 1] <= "z":
        first -= 1
    while last < len(lowered) and last - end <= _GLUED_REACH and "a" <= lowered[last] <= "z":
        last += 1
    before = lowered[first - 1] if first > 0 else " "
    after = lowered[last : last + 2]
    if (
        _in_word(before)
        or before in _NOT_BEFORE_A_NAME
        or (after[:1] != "" and (_in_word(after[0]) or after[0] in "@_"))
        or (after[:1] == "." and after[1:].isalpha())
    ):
        return None
    word, stem = lowered[first:last], lowered[start:end]
    if word in _INNOCENT_GLUED or word in _STRONG:
        return None
    letters = terms.GLUED_NAME_LETTERS - (stem in _GLUED_SHORT_ENDS)
    if last == end and start - first >= letters and stem in _GLUED_ENDS:
        if lowered[first:start] in _GLUED_OWNERS.get(stem, ()):  # a songbird in full song: KICAUGACOR's pakan
            return None
        return first, last, stem in _GLUED_STRONG_ENDS
    rest = lowered[end:last]
    if first == start and len(rest) >= 2 and stem in _GLUED_STARTS and rest not in _GLUED_SUFFIXES:
        return first, last, False
    return None


def _named(lowered: str, at: int) -> tuple[int, int, str] | None:
    """Return (start, end, its word) of a name of a word and a number whose word's last letter is at ``at``
    (kaisar89, mawar303); none where it is too short a word (rt05) or too long a number, a year's (bekasi2045), a
    department's word (covid19, smpn12), a handle's, a hashtag's or an address's part (@humas88, #hutri80,
    kaisar89.com)."""
    first = at
    while first > 0 and at - first < _GLUED_REACH and "a" <= lowered[first - 1] <= "z":
        first -= 1
    before = lowered[first - 1] if first > 0 else " "
    if at + 1 - first < _BRAND_LETTERS or _in_word(before) or before in _NOT_BEFORE_A_NAME:
        return None
    end = at + 1
    while end < len(lowered) and end - at <= _NAME_DIGITS and "0" <= lowered[end] <= "9":
        end += 1
    # (A fifth digit is read as a character after the name: a longer number is none.)
    digits, after = lowered[at + 1 : end], lowered[end : end + 2]
    if (
        digits[0] == "0"
        or (len(digits) == 4 and digits[:2] in ("19", "20"))
        or (after[:1] != "" and (_in_word(after[0]) or after[0] in "@_"))
        or (after[:1] == "." and after[1:].isalpha())
    ):
        return None
    word = lowered[first : at + 1]
    return None if word in _INNOCENT_NAMES else (first, end, word)


def _brands(
    parts: _Parts, names: list[tuple[int, int, str] | None], found: list[Match], counts: dict[str, int]
) -> list[Match]:
    """Return ``found`` with the names of a word and a number (kaisar89) judged: a list of them alone (as many as
    ``terms.BRAND_RUN`` of other words, one after another with separators or their sites' addresses between) is a
    link block of gambling brands, each name strong; a name alone is weak (it sells with a brand's sign-up words,
    see ``_sells_with``) unless a lucky number's or "4D"'s, which ``_branded`` found."""
    ordered = sorted({name[0]: name for name in names if name is not None}.values())
    if not ordered:
        return found
    lowered = parts.lowered
    runs: list[list[tuple[int, int, str]]] = [[ordered[0]]]
    for name in ordered[1:]:
        last = runs[-1][-1]
        if _listed_after(parts, last[1], name[0]):
            runs[-1].append(name)
        else:
            runs.append([name])
    spans = {(m.start, m.end) for m in found if m.kind in _GAMBLING}
    strong: set[tuple[int, int]] = set()
    added = []
    for run in runs:
        listed = len({word for _, _, word in run}) >= terms.BRAND_RUN and not _names_used(parts, run)
        for start, end, _ in run:
            sold = listed or _at_own_site(parts, start, end) or _signed_up(parts, start, end)
            kind: Kind = "strong" if sold else "weak"
            if (kind == "weak" and (start, end) in spans) or counts.get(kind, 0) >= _MAX_MATCHES:
                continue  # a lucky number's or a listed term already (jaya88, slot89)
            counts[kind] = counts.get(kind, 0) + 1
            added.append(Match(lowered[start:end], kind, start, end))
            if kind == "strong":
                strong.add((start, end))
    return [m for m in found if m.kind != "weak" or (m.start, m.end) not in strong] + added


def _at_own_site(parts: _Parts, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` (koitoto, kaisar88) is followed by the address of its own site on a domain of
    gambling sites' (a link's text and address: "KOITOTO https:  koitoto.xyz"), or a glued name by the site of its
    name and a lucky number, on a company's domain too ("dewapoker https:  www.dewapoker88.net"): a gambling site's
    link. (A name alone to its own site on a company's domain is a person's or a shop's too: "Suhartoto" to
    suhartoto.com.)"""
    _, high = parts.bounds(parts.part(start))
    site = _OWN_SITE.match(parts.lowered, end, min(high, end + _RUN_GAP))
    if site is None:
        return False
    name, host, domain = parts.lowered[start:end], site[1], site[2]
    if host == name:
        return domain in _GAMBLING_SITE_DOMAINS
    numbered = host.startswith(name) and host[len(name) :] in _BRAND_SUFFIX_SET
    return numbered and name.isalpha() and domain in _BRAND_SITE_DOMAINS


def _signed_up(parts: _Parts, start: int, end: int) -> bool:
    """Whether the glued name at ``start:end``, in a brand's capitals, stands right beside a gambling site's sign-up
    word: "Login MAWARTOTO", "Daftar KOITOTO sekarang juga"."""
    if not _branded_capitals(parts, start, end):
        return False
    low, high = parts.bounds(parts.part(start))
    lowered = parts.lowered
    before = _SIGN_UP_BEFORE.search(lowered, max(low, start - _SIGN_UP_REACH), start)
    return before is not None or _SIGN_UP_AFTER.match(lowered, end, min(high, end + _SIGN_UP_REACH)) is not None


def _branded_capitals(parts: _Parts, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is glued of a word and a word of gambling alone, in a brand's capitals
    (MAWARTOTO, SUKABET; not SIMBOLA, Suhartoto)."""
    name = parts.lowered[start:end]
    gambling = name.endswith(terms.GLUED_NAME_GAMBLING_ENDS) or name.startswith(_GLUED_STARTS_ORDER)
    if not gambling or name.startswith(terms.GOVERNMENT_APP_STARTS):
        return False  # a government's application (SIMSLOT, SIPBET)
    return name.isalpha() and parts.text[start:end].isupper()


def _listed_after(parts: _Parts, end: int, start: int) -> bool:
    """Whether the text between two names (``end``, ``start``) only separates them in a list: marks and digits
    ("|", ",", "2."), and in a farm's text, where each link's address follows its name, the address."""
    if start - end > _RUN_GAP or (len(parts.pieces) > 1 and parts.part(end) != parts.part(start)):
        return False
    words = parts.lowered[end:start].split()
    return all(not any(c.isalpha() for c in word) or any(c in _URL_MARKS for c in word) for word in words)


def _names_used(parts: _Parts, run: list[tuple[int, int, str]]) -> bool:
    """Whether a list of names stands next to a word of their innocent use (a lesson's passwords, products)."""
    low, high = parts.bounds(parts.part(run[0][0]))
    start, end = max(low, run[0][0] - _INNOCENT_WINDOW), min(high, run[-1][1] + _INNOCENT_WINDOW)
    return _NAME_USES.search(parts.lowered, start, end) is not None


def spaced(address: str) -> str:
    """Return an address with its separators as spaces, so the terms it spells can match."""
    # Spam URLs spell their terms with separators: /daftar-slot-gacor/, slot_gacor, ?q=slot+gacor, and words
    # beyond ASCII percent-encoded (/%E5%8D%9A%E5%BD%A9/ is /博彩/), as a browser's address bar shows them.
    if "%" in address:
        address = unquote(address, errors="replace")
    return address.replace("-", " ").replace("_", " ").replace("+", " ").replace("/", " ")


def _outermost(found: list[Match]) -> list[Match]:
    """Drop the matches that lie inside a longer one ('slot' in 'slot gacor'); ``found`` is by position."""
    kept: list[Match] = []
    reach = -1
    for match in found:
        if match.end > reach:
            kept.append(match)
            reach = match.end
        elif match.kind == "strong" and (not kept or (kept[-1].start, kept[-1].end) != (match.start, match.end)):
            kept.append(match)  # a strong term inside another is still its own evidence
    return kept


def _uncovered(inner: list[Match], outer: list[Match]) -> list[Match]:
    starts = [m.start for m in outer]
    result = []
    for match in inner:
        first = bisect_left(starts, match.start - 40)
        window = islice(outer, first, first + _NEIGHBOURS)
        if not any(m.start <= match.start and match.end <= m.end for m in window):
            result.append(match)
    return result


def _unsigned(match: Match, parts: _Parts) -> bool:
    """Tell whether a signature's "… by" is quoted without the name it signs: "pesan 'Hacked by'" in an
    article on securing a site. A defacer writes their handle after it."""
    if not match.term.endswith(" by"):
        return False
    low, high = parts.bounds(match.part)
    after = parts.text[match.end : min(high, match.end + 3)].lstrip(" ")
    # A quotation of it alone ('Hacked by', “Hacked by”), or a sentence ended on it: "./Anon7" is a
    # handle, "Hacked by "Garuda"" quotes one, and a title of the words alone is a defacer's too.
    if not after:
        return False
    opened = parts.text[max(low, match.start - 2) : match.start].rstrip(" ")[-1:]
    quoted = after[0] in _UNSIGNED and opened != "" and opened in _QUOTE_OPENS
    return quoted or (after[0] in ",;?!" and after[1:2] in (" ", "")) or after[:2] == ". "


def _cited(match: Match, parts: _Parts, signs: list[Match]) -> bool:
    """Tell whether a defacer's words are named, not signed: "Hacked by" quoted without a name, a signature quoted
    alone ("patch your system" in a warning, a book's title "Hacker Rulez"), asked ("Your Security is Low? Cek 7
    Kebiasaan Aman"), or next to a word of its innocent use (a film "Hacked", a hackathon's "Cyber Team SMKN 1")."""
    if _unsigned(match, parts) or _quoted(match, parts) or _innocent(match, parts) or _shown(match, parts):
        return True
    if _team_name(match, parts) or _commented(match, parts, signs) or _unnamed_visitor(match, parts):
        return True
    if _narrated(match, parts) or _answered(match, parts):
        return True
    _, high = parts.bounds(match.part)
    return parts.text[match.end : min(high, match.end + 1)] == "?"


def _narrated(match: Match, parts: _Parts) -> bool:
    """Tell whether a signature ("hacked by", "hackeado por") is told of in a sentence of news: right after its verb's
    auxiliary, under a subject of some words that is no site the writer addresses ("Em 2024 o site da prefeitura foi
    hackeado por criminosos e restaurado", "Cổng thông tin của Sở Y tế đã bị hack vào tối qua"), with no ./handle
    after it. A defacer signs alone, or to the owner ("Este site foi hackeado por", "Your website was hacked by
    ./Kuro", "Website này đã bị hack")."""
    if match.term not in _NARRATED:
        return False
    start, end = _sentence(parts, match, _NARRATED_REACH)
    before = parts.lowered[start : match.start]
    if match.term in _PASSIVES:  # its auxiliary is its own ("đã bị hack")
        subject, addressed = before, _ADDRESSED_VIETNAMESE
        if _CONDITIONS_VIETNAMESE.search(subject) is not None:  # advice to the owner: "Nếu trang web của bạn …"
            return _HANDLE.search(parts.lowered, match.end, end) is None
    else:
        auxiliary = _AUXILIARY_BEFORE.search(before)
        if auxiliary is None:
            return False
        subject, addressed = before[: auxiliary.start()], _ADDRESSED
    if len(_WORD.findall(subject)) < _NARRATED_SUBJECT or addressed.search(subject) is not None:
        return False
    return _HANDLE.search(parts.lowered, match.end, end) is None


def _answered(match: Match, parts: _Parts) -> bool:
    """Tell whether a signature opens a headline's question that the headline answers: the name it signs, a question
    mark, and a news item's answer ("Hacked by Garuda Security? Ini Penjelasan Diskominfo")."""
    _, high = parts.bounds(match.part)
    asked = parts.lowered.find("?", match.end, min(high, match.end + _ASKED_REACH))
    if asked < 0 or any(stop in parts.lowered[match.end : asked] for stop in _SENTENCE_STOPS):
        return False
    answered = _ANSWERED.match(parts.lowered, asked + 1, high) is not None
    return answered and _HANDLE.search(parts.lowered, match.end, asked) is None


def _team_name(match: Match, parts: _Parts) -> bool:
    """Tell whether a hacker's word is in a team's name among a competition's results: what names the competition (its
    heading, its introduction, its columns) stands in the same sentence, or the one before ("Pemenang Capture The Flag
    2026: Peringkat Tim Skor 1 Garuda Hacker 4850 2 Patriot Cyber Team 4200 3 Bekasi Black Hat 3900"), its rows without
    a full stop between, however far down the table."""
    if match.kind != "deface_weak" or match.term not in _TEAM_NAME_WORDS:
        return False
    low, _ = parts.bounds(match.part)
    start, end = _sentence(parts, match, _RESULTS_REACH)
    reach = max(low, start - _RESULTS_REACH)
    before = max(parts.text.rfind(stop, reach, max(reach, start - 1)) for stop in _SENTENCE_STOPS) + 1
    return _COMPETITION.search(parts.lowered, max(reach, before), end) is not None


def _commented(match: Match, parts: _Parts, signs: list[Match]) -> bool:
    """Tell whether a defacer's word (of ``signs``, a page's) is a visitor's: a weak one in a commenter's name ("Hacker
    Pemula berkata:"), or in the text of the comment section after its count ("3 Tanggapan … Hacker Pemula 3 Desember
    2026 Sorry admin, mau tanya …"); a weak one or a greeting ("Greetz!") in one comment's own text, from its
    commenter's "berkata:" to its "Balas", alone. A comment's text ends at its "Balas": a defacer's block after the
    last comment is no visitor's; neither is a comment signed with a ./handle, nor one of several of a defacer's
    words ("./Kur0 berkata: Sorry admin, security kalian lemah. ./Kur0 was here")."""
    greeting = match.term in _VISITORS_GREETINGS
    if match.kind != "deface_weak" and not greeting:
        return False
    low, high = parts.bounds(match.part)
    lowered = parts.lowered
    marks = list(_COMMENT_SECTION.finditer(lowered, max(low, match.start - _COMMENT_REACH), match.start))
    opened = marks[-1] if marks else None  # the last mark before the word
    start = match.start if opened is None else opened.end()
    closed = _COMMENT_SECTION.search(lowered, match.end, min(high, match.end + _COMMENT_REACH))
    end = min(high, match.end + _COMMENT_REACH) if closed is None else closed.start()
    if closed is not None and closed[0] in _COMMENTERS and closed.start() - match.end <= _COMMENTER_NAME_REACH:
        return not greeting and _HANDLE.search(lowered, start, end) is None  # the commenter's name
    if opened is None or opened[0] in _COMMENT_REPLIES or _HANDLE.search(lowered, start, end) is not None:
        return False
    if opened[0] not in _COMMENTERS:  # a section's count: its comments, each visitor's words their own
        return not greeting
    words = {other.term for other in signs if start <= other.start and other.end <= end}
    return len(words) == 1


def _unnamed_visitor(match: Match, parts: _Parts) -> bool:
    """Tell whether a weak word is the name of a visitor who left none, over their guestbook entry or comment: its
    date right after it ("anonymous 2 Desember 2026")."""
    if match.kind != "deface_weak" or match.term not in _UNNAMED_VISITORS:
        return False
    _, high = parts.bounds(match.part)
    return _ENTRY_DATE.match(parts.lowered, match.end, high) is not None


def _shown(match: Match, parts: _Parts) -> bool:
    """Tell whether a signature is what a report says a page showed, in the same sentence just before it: "tampilan
    berubah jadi \"Hacked by GhostSec\"", "tulisan Hacked By Anonymous", "saat diretas: Hacked by Sn1per", "istilah
    Greetz"; or, quoted, "memasang pesan 'Hacked by Team Red'", "Sempat 'Hacked by Sn1per', Kini Pulih"."""
    start, _ = _sentence(parts, match, _SHOWN_REACH)
    if _SHOWN.search(parts.lowered, start, match.start) is not None:
        return True
    return _in_quotes(match, parts) and _SHOWN_QUOTED.search(parts.lowered, start, match.start) is not None


def _incident(match: Match, news: list[Match], parts: _Parts) -> bool:
    """Tell whether a defacer's words stand in a report of an incident: among several distinct words of news of
    attacks (a chronology: "tulisan besar berbunyi: … Situs telah dipulihkan"), or quoted beside one (a CSIRT's
    advisory: "kelompok yang menandatangani halamannya dengan “Greetz to: all member”")."""
    words = {other.term for other in _around(match, news, _REPORT_WINDOW)}
    return len(words) >= _REPORT_WORDS or (len(words) == 1 and _in_quotes(match, parts))


def _taunted(match: Match, parts: _Parts) -> bool:
    """Tell whether a word of news is an agency a defacer taunts by name: "CSIRT kalian tidur?", "Halo BSSN"."""
    if match.term not in terms.TAUNTED_AGENCIES:
        return False
    low, high = parts.bounds(match.part)
    start, end = max(low, match.start - _TAUNT_REACH), min(high, match.end + _TAUNT_REACH)
    return any(m.start() <= match.start and match.end <= m.end() for m in _TAUNTED.finditer(parts.lowered, start, end))


def _in_quotes(match: Match, parts: _Parts) -> bool:
    """Tell whether a term opens a quotation that closes soon after it (“Hacked by Mr.X”, “Greetz to: all member”)."""
    low, high = parts.bounds(match.part)
    before = parts.text[max(low, match.start - 1) : match.start]
    if before == "" or before not in _QUOTES_OPEN:
        return False
    after = parts.text[match.end : min(high, match.end + _QUOTED_REST)]
    return any(quote in after for quote in _QUOTES_CLOSE)


def _asked(match: Match, parts: _Parts) -> bool:
    """Tell whether a verdict is asked, a question mark the first mark after it ("hanyalah mitos?", "hanya ilusi
    belaka?"): a seller's tease answered with its offer. (A lesson that asks so, "Benarkah RTP live hanya tipuan?",
    needs its other words of news.)"""
    rest = _MARK.search(parts.lowered, match.end, match.end + _ASKED_REACH)
    return rest is not None and rest[0] in _QUESTION_MARKS


def _innocent(match: Match, parts: _Parts) -> bool:
    uses = _INNOCENT.get(match.term)
    if uses is None:
        return False
    low, high = parts.bounds(match.part)
    start, end = max(low, match.start - _INNOCENT_WINDOW), min(high, match.end + _INNOCENT_WINDOW)
    return uses.search(parts.lowered, start, end) is not None


def _surnamed(match: Match, parts: _Parts, gambling: list[Match]) -> bool:
    """Tell whether a "Toto" is a man's name followed by his surname (``_SURNAME``), the phrase going on with no
    seller's term right after it: "Toto Sugiarto Gacor", "Toto Hartono Slot Online" sell."""
    if match.term != "toto" or parts.text[match.start : match.end] != "Toto":
        return False
    name = _SURNAME.match(parts.text, match.end)
    if name is None or name[0][1:].lower() in _NOT_SURNAMES:
        return False
    gap = parts.text[name.end() : name.end() + _SURNAME_GAP]
    after = name.end() + len(gap) - len(gap.lstrip())
    return not any(m.start == after and _sellers_term(m.term) for m in gambling)


def _sellers_term(term: str) -> bool:
    """Whether a term is a seller's, not a campaign's or a tag cloud's topic: "judi online" and a booking's "slot"
    follow a man's name in a tag cloud ("Toto Sugiarto judi online slot vaksin")."""
    return term != "slot" and term.partition(" ")[0] != "judi"


def _doubled(match: Match, parts: _Parts) -> bool:
    """Tell whether a term's last word runs on doubled into a compound ("Max Win-Win Solution"): a word of its own."""
    if parts.lowered[match.end : match.end + 1] != "-":
        return False
    word = _WORD.match(parts.lowered, match.end + 1)
    return word is not None and len(word[0]) >= _DOUBLED_LETTERS and match.term.endswith(word[0])


def _spelled_out(match: Match, parts: _Parts) -> bool:
    """Tell whether each abbreviation in a term ("rtp" in "rtp live", "hk" in "toto hk") is spelled out in its part in
    parentheses, before or after it, in words of other things than gambling: "Radio Taman Patriot (RTP)", "Toto HK
    (Harapan Kita)"; the page's abbreviation, not the trade's."""
    abbreviations = [word for word in match.term.split() if word in _ABBREVIATIONS]
    if not abbreviations:
        return False
    low, high = parts.bounds(match.part)
    return all(_defined(parts.lowered, low, high, abbreviation) for abbreviation in abbreviations)


def _defined(lowered: str, low: int, high: int, abbreviation: str) -> bool:
    """Whether ``lowered[low:high]`` spells ``abbreviation`` out: "kata kata (abc)" or "abc (kata kata)"."""
    after = f"({abbreviation})"
    at = lowered.find(after, low, high)
    while at != -1:
        words = lowered[max(low, at - _SPELLED_REACH) : at].split()[-len(abbreviation) :]
        if _spells(words, abbreviation):
            return True
        at = lowered.find(after, at + len(after), high)
    before = f"{abbreviation} ("
    at = lowered.find(before, low, high)
    while at != -1:
        opened = at + len(before)
        closed = lowered.find(")", opened, min(high, opened + _SPELLED_REACH))
        bounded = at == low or not lowered[at - 1].isalnum()
        if bounded and closed != -1 and _spells(lowered[opened:closed].split(), abbreviation):
            return True
        at = lowered.find(before, opened, high)
    return False


def _spells(words: list[str], abbreviation: str) -> bool:
    """Whether ``words`` begin with the letters (or spell the digits) of ``abbreviation``, one each, and none is a
    word of gambling ("Return To Player", "Hong Kong")."""
    if len(words) != len(abbreviation) or not _GAMBLING_EXPANSION_WORDS.isdisjoint(words):
        return False
    for word, letter in zip(words, abbreviation, strict=True):
        if not (word in terms.DIGIT_WORDS.get(letter, ()) if letter.isdigit() else word.startswith(letter)):
            return False
    return True


def _titled(match: Match, parts: _Parts) -> bool:
    """Tell whether a defacer's word is all its text says but marks ("~ HACKED ~"): a title that signs the page."""
    if match.term not in _DEFACEMENT_TITLES:
        return False
    low, high = parts.bounds(match.part)
    rest = parts.text[low : match.start] + parts.text[match.end : high]
    return not any(char.isalnum() for char in rest)


def _company(match: Match, found: list[Match], parts: _Parts | None = None) -> bool:
    """Tell whether a term counts: a strong one always, a weak one next to another term that sells (of ``parts``: no
    gloss of it in another script)."""
    if match.kind in ("strong", "deface"):
        return True
    for other in _around(match, found, _COMPANY_WINDOW[match.kind]):
        if other.term == match.term or _slot_rows(match, other) or _one_name(match, other):
            continue
        if parts is not None and _glossed(match, other, parts):
            continue
        if other.kind in ("strong", "deface") or _sells_with(match.term, other.term):
            return True
    return False


def _glossed(match: Match, other: Match, parts: _Parts) -> bool:
    """Tell whether two weak defacer's words are one word glossed in another script, with nothing but marks between
    ("dibobol hacker (هاكر)", "هكر / hacker"): one sign, no company of each other."""
    if match.kind != "deface_weak" or other.kind != "deface_weak" or match.term.isascii() == other.term.isascii():
        return False
    first, second = (match, other) if match.start < other.start else (other, match)
    between = parts.text[first.end : second.start]
    return len(between) <= _GLOSS_MARKS and not any(char.isalnum() for char in between)


def _one_name(match: Match, other: Match) -> bool:
    # A defacer's words that overlap are one name ("Indonesian Cyber Army" is "indonesian cyber" and "cyber army"):
    # no company of each other.
    return match.kind == other.kind == "deface_weak" and other.start < match.end and match.start < other.end


def _sells_with(term: str, other: str) -> bool:
    """Tell whether two weak terms sell together: not two topic words (news), nor two of a brand's sign-up words (a
    lesson on safe browsing: "link alternatif", "daftar situs terpercaya"), nor two names of a lucky number (a
    shop's, a password's: "Toko Sinar77", "budi88"), nor such a name beside a prize a sale or a tournament offers too
    ("Toko Emas Jaya88 memberikan jackpot", "tim Garuda303 membawa pulang jackpot"); a name of a word and another
    number (pragma69, porprov14) only with a brand's sign-up words."""
    if term in _LURES and other in _LURES:
        return False
    if _plain_name(term) or _plain_name(other):
        return (other if _plain_name(term) else term) in _LURES
    if _lucky_name(term) or _lucky_name(other):
        return not (_lucky_name(term) and _lucky_name(other)) and not {term, other} & _PRIZES
    return not (term in _TOPIC and other in _TOPIC)


def _linked_to_itself(match: Match, parts: _Parts) -> bool:
    """Tell whether a weak term is a link's text to a site of its name on a domain of gambling sites' (a link's text
    and address: "slot dana https:  slotdana.click", "gacor https:  gacor.site"), or of its name and a brand's end
    ("aviator https:  aviatorbet.site"): a gambling site's link, which needs no other term."""
    if match.kind != "weak":
        return False
    _, high = parts.bounds(match.part)
    site = _OWN_SITE.match(parts.lowered, match.end, min(high, match.end + _RUN_GAP))
    if site is None or site[2] not in _GAMBLING_SITE_DOMAINS:
        # (its name spelled apart by hyphens in the address as well: NAGASLOT to naga-slot.com, read "naga slot.com")
        site = site or _OWN_SITE_APART.match(parts.lowered, match.end, min(high, match.end + _RUN_GAP))
        name = site[1].replace(" ", "") if site is not None else ""
        return (
            site is not None
            and site[2] in _CAPITAL_BRAND_DOMAINS
            and name == match.term
            and _capital_brand(match, parts)
        )
    name, host = match.term.replace(" ", ""), site[1]
    return host.startswith(name) and (host == name or host[len(name) :] in _BRAND_ENDS)


def _capital_brand(match: Match, parts: _Parts) -> bool:
    """Tell whether a glued name is a link's whole text in a brand's capitals and ends in a word of gambling no
    person's or shop's name ends in (NAGASLOT, GARUDA4D, KILATBET: ``terms.CAPITAL_BRAND_ENDS``)."""
    if parts.bounds(match.part)[0] != match.start or not parts.text[match.start : match.end].isupper():
        return False
    return capital_brand(match.term)


def capital_brand(name: str) -> bool:
    """Tell whether a glued name (in lower case) ends in a word of gambling no person's or shop's name ends in after a
    word of its own (nagaslot, garuda4d, kilatbet: ``terms.CAPITAL_BRAND_ENDS``); not a word that ends so
    (tokoalfabet: ``terms.INNOCENT_GLUED_NAMES``)."""
    if not name.isalnum() or any(name.endswith(word) for word in _INNOCENT_GLUED):
        return False
    end = next((end for end in terms.CAPITAL_BRAND_ENDS if name.endswith(end)), None)
    return end is not None and len(name) - len(end) >= terms.CAPITAL_BRAND_LETTERS and name[: -len(end)].isalpha()


def marked_brand(name: str) -> bool:
    """Tell whether a glued name (in lower case) is a word and an ending a brand shares with persons' and shops' names
    (mawartoto, dewajp, hokijaya88: ``terms.MARKED_BRAND_ENDS``), a brand's only with a kit's mark beside it."""
    if not name.isalnum() or any(name.endswith(word) for word in _INNOCENT_GLUED):
        return False
    end = next((end for end in terms.MARKED_BRAND_ENDS if name.endswith(end)), None)
    return end is not None and len(name) - len(end) >= terms.MARKED_BRAND_LETTERS and name[: -len(end)].isalpha()


def _plain_name(term: str) -> bool:
    """Tell whether a term is a name of a word and a number not a lucky one (kaisar89), or spelled apart from its number
    (KAISAR 88, GARUDA-4D: ``_branded_apart``), or of a word and a gambling word glued without a number (mawartoto,
    jayabola: ``_glued_name``), which sell only with sign-up words."""
    if term in _WEAK_WORDS:
        return False  # a listed word ("slot 88")
    if term.isalpha():
        return term.endswith(_GLUED_ENDS_ORDER) or term.startswith(_GLUED_STARTS_ORDER)
    return _NAME_SHAPE.fullmatch(term) is not None and not _lucky_name(term)


def _lucky_name(term: str) -> bool:
    return term.endswith(terms.BRAND_NUMBERS) and term.isalnum()


def _slot_rows(match: Match, other: Match) -> bool:
    # A table of slots repeats the word (Slot 87, Slot 88, Daftar slot): one word, no company.
    return bool({match.term, other.term} & _SLOT_NUMBERS) and "slot" in match.term and "slot" in other.term


def _reported(match: Match, counters: list[Match], gambling: list[Match], parts: _Parts) -> bool:
    """Tell whether a gambling term stands in a report on judi online: among several distinct words of news, in
    a sentence with one of them or of many other words (``gambling``: the terms kept), or quoted ("slot gacor")
    near one.

    Spam injected beside a department's news of a campaign (police, a counselling, a ban) strings its terms
    together ("slot gacor maxwin hari ini, daftar situs toto"), whatever sentence it runs into.
    """
    if match.kind not in _GAMBLING:
        return False  # a defacer's manifesto speaks of law and victims too
    around = [other for other in _around(match, counters, _REPORT_WINDOW) if other.term not in _SELLERS_WARNINGS]
    words = {other.term for other in around}
    if words and (_quoted(match, parts) or _taught(match, gambling, parts)):
        return True
    if len(words) < _REPORT_WORDS:
        return False
    # A report's sentence has a word of news in it, or names a term or two among many words; spam strings its
    # terms together, in a sentence of its own.
    start, end = _sentence(parts, match, _REPORT_WINDOW)
    if any(start <= other.start and other.end <= end for other in around):
        return True
    start, end = _sentence(parts, match, _CLAUSE)
    terms = {other.term for other in gambling if start <= other.start and other.end <= end}
    return len(terms) * _REPORT_SHARE < len(parts.text[start:end].split())


def _warned_against(match: Match, warnings: list[Match], gambling: list[Match], parts: _Parts) -> bool:
    """Tell whether a gambling term is what a warning against a link names: one before it in its sentence, which
    names a term or two among many words ("Jangan klik tautan situs slot atau togel yang dikirim via WhatsApp"). A
    seller's warning of the others' sites ends before its own terms ("Jangan klik sembarangan! Slot gacor maxwin"),
    strings them together ("Jangan klik link palsu, slot gacor maxwin situs toto") or names its brand (``_sold``)."""
    window = _COUNTER_WINDOW[match.kind]
    start, _ = _sentence(parts, match, window)
    if not any(start <= warning.start and warning.end <= match.start for warning in _around(match, warnings, window)):
        return False
    start, end = _sentence(parts, match, _CLAUSE)
    terms = {other.term for other in gambling if start <= other.start and other.end <= end}
    return len(terms) * _REPORT_SHARE < len(parts.text[start:end].split())


def _taught(match: Match, gambling: list[Match], parts: _Parts) -> bool:
    """Tell whether the sentence of a term teaches the trade's words: one of them quoted after "kata" or "istilah"
    ('Situs judi kerap memakai kata "gacor", "maxwin" dan menawarkan deposit via e-wallet'), a lesson on them that
    names the trade beside them, or a seller's promise quoted after the verb that tells of it, whatever the list
    goes on with ('Situs judi kerap menjanjikan "pasti menang" dan bonus new member'). Spam does not quote its own
    words as words."""
    start, end = _sentence(parts, match, _REPORT_WINDOW)
    for other in (match, *_around(match, gambling, _REPORT_WINDOW)):
        if start <= other.start < end and _quoted(other, parts):
            before = parts.lowered[max(start, other.start - _LESSON_REACH) : other.start - 1].rstrip()
            if before.endswith(_LESSON_WORDS):
                return True
    return any(_lure_told(promise.start(), start, parts) for promise in _PROMISES.finditer(parts.lowered, start, end))


def _lure_told(at: int, start: int, parts: _Parts) -> bool:
    """Tell whether the promise at ``at`` is quoted after a verb that tells of it ('menjanjikan "pasti menang"')."""
    if at - 1 <= start or parts.text[at - 1] not in _QUOTES_OPEN:
        return False
    return parts.lowered[max(start, at - _LURES_REACH) : at - 1].rstrip().endswith(_LURES_TOLD)


def _sold(match: Match, counters: list[Match], gambling: list[Match], parts: _Parts) -> bool:
    """Tell whether a gambling term beside a single word of news sells all the same: its sentence names a brand
    (GARUDA4D, slot88) or holds a seller's promise ("hanya di", "milik kami"). Spam borrows one word of news ("Jangan
    jadi korban situs palsu, main slot gacor hanya di GARUDA4D", a title "SLOT GACOR GARUDA4D Kominfo"); a report
    has several around the term, and a campaign's one names no brand ("Jangan jadi korban slot gacor"). A report
    tells its news before it names a site ("12 tersangka diringkus … Mereka mengelola situs slot gacor GARUDA4D"):
    the words around are those before the term, in its sentence and within a word's reach after it, not a next item's
    of the page ("Berita Terbaru … Sosialisasi IKD")."""
    if _quoted(match, parts):
        return False  # named: "muncul kata 'slot88', 'toto macau', atau 'link alternatif'"
    start, end = _sentence(parts, match, _REPORT_WINDOW)
    after = match.end + _COUNTER_WINDOW[match.kind]
    around = _around(match, counters, _REPORT_WINDOW)
    words = {other.term for other in around if other.start < match.start or other.start < max(end, after)}
    if len(words) > 1:
        return False
    start, end = _sentence(parts, match, _CLAUSE)
    named = (other for other in gambling if start <= other.start and other.end <= end)
    if any(
        _branded_term(other.term) and not _quoted(other, parts) and not _named_by_report(other, parts)
        for other in named
    ):
        return True
    return any(
        parts.text[promise.start() - 1] not in _QUOTES_OPEN for promise in _PROMISES.finditer(parts.lowered, start, end)
    )


def _named_by_report(match: Match, parts: _Parts) -> bool:
    """Tell whether a term, a brand's above all, is named by what reports it: the list of a blocking
    (``_listed_by_report``) or a debunked hoax (``_debunked``)."""
    if not parts.names_reports:
        return False
    judged, bounds = parts.named_by_report, (match.start, match.end)
    if bounds not in judged:
        judged[bounds] = _listed_by_report(match, parts) or _debunked(match, parts)
    return judged[bounds]


def _listed_by_report(brand: Match, parts: _Parts) -> bool:
    """Tell whether a brand stands in the list of sites a report's verb acts on, in its sentence: "Diskominfo
    memblokir 1.204 situs judi online, di antaranya KAISAR88, GARUDA4D", "Daftar situs yang diblokir: KAISAR88". Not
    where the verb is denied or a condition ("situs yang belum diblokir: KAISAR88", "anti blokir, di antaranya"), its
    object runs on past a comma ("Situs lain diblokir, main di situs resmi seperti KAISAR88"), the sentence goes on
    of a name ("seperti KAISAR88 tetap bisa dibuka", "KAISAR88 yang gacor maxwin") or sells."""
    start, end = _sentence(parts, brand, _REPORT_WINDOW)
    lists = list(_BLOCKED_LIST.finditer(parts.lowered, start, brand.start))
    if not lists:
        return False
    rest, which, told = parts.lowered[brand.end : end].partition(_LIST_TOLD_OF)
    after = _LIST_PARTS.split(rest)
    if _branded_term(brand.term) and any(char.isalnum() for char in after[0]):
        return False  # a name that a sentence goes on of ("seperti KAISAR88 tetap bisa dibuka")
    items = _LIST_PARTS.split(parts.lowered[lists[-1].end() : brand.start]) + after
    if any(len(item.split()) > _LIST_ITEM_WORDS for item in items):
        return False  # a list that goes on selling ("di antaranya tiruan, KAISAR88 dan situs gacor maxwin hari ini")
    verb = lists[-1].start()
    if _BLOCKING_DENIED.search(parts.lowered, max(start, verb - _DENIED_REACH), verb) is not None:
        return False
    if any(
        parts.text[said.start() - 1] not in _QUOTES_OPEN for said in SELLERS_WORDS.finditer(parts.lowered, start, end)
    ):
        return False
    # What it tells of the sites may sell them ("KAISAR88 yang gacor maxwin hari ini").
    return not (which and any(m.kind in _GAMBLING for m in matches(told)))


def _debunked(match: Match, parts: _Parts) -> bool:
    """Tell whether a term stands in a hoax debunked: after a label ("[HOAKS]", "Cek Fakta:"), in its headline (a
    verdict in brackets only) or before a denial ("informasi tersebut tidak benar", "Faktanya Pemkot
    tidak memiliki situs slot"; after a verdict in brackets, a fact that names none of the trade: "Faktanya, bansos
    hanya disalurkan melalui bank Himbara"). Not a seller's "bukan hoaks", nor its "Faktanya GARUDA4D membayar
    maxwin"."""
    low, high = parts.bounds(match.part)
    labels = list(_HOAX_LABEL.finditer(parts.lowered, max(low, match.start - _REPORT_WINDOW), match.start))
    if not labels:
        return False
    label = labels[-1]
    verdict = parts.text[label.start()] == "["
    if verdict and not any(stop in parts.text[label.end() : match.start] for stop in _SENTENCE_STOPS):
        return _headline(parts, label.end(), high)
    reach = min(high, match.end + _REPORT_WINDOW)
    for denial in _HOAX_DENIAL.finditer(parts.lowered, match.end, reach):
        if _HOAX_DENIAL_DENIED.search(parts.lowered, max(low, denial.start() - _LESSON_REACH), denial.start()) is None:
            return True
    for facts in _FACTS.finditer(parts.lowered, match.end, reach):
        ends = [at for at in (parts.text.find(stop, facts.end(), reach) for stop in _SENTENCE_STOPS) if at >= 0]
        fact = parts.lowered[facts.end() : min(ends, default=reach)]
        if _FACTS_DENY.search(fact) is not None or (verdict and not any(m.kind in _GAMBLING for m in matches(fact))):
            return True
    return False


def _headline(parts: _Parts, start: int, high: int) -> bool:
    """Tell whether the text from ``start`` to its sentence's end is a hoax's headline, which names a few of the trade's
    words and one brand at most ("Situs Slot Gacor KAISAR88 Milik Pemkot Bekasi"), not a farm of them."""
    ends = [at for at in (parts.text.find(stop, start, high) for stop in _SENTENCE_STOPS) if at >= 0]
    found = matches(parts.lowered[start : min(ends, default=high)])
    named = {m.term for m in _outermost([m for m in found if m.kind in _GAMBLING])}
    return len(named) <= _HEADLINE_TERMS and sum(map(_branded_term, named)) <= 1


def _worn(match: Match, counters: list[Match], gambling: list[Match], parts: _Parts) -> bool:
    """Tell whether the words of a warning or of news that clear a gambling term are a kit's dress: a seller's words
    (``SELLERS_WORDS``, but a department's own: ``terms.DEPARTMENTS_OWN_SALES``) or a brand (``_BRAND_SHAPE``) stand
    in its sentence or within its reach, and nothing reports them: no word of news but a warning's or a lesson's
    (``terms.WORN_WARNINGS``: "waspada", "literasi", "hanyalah mitos") in their clause, nor, before a brand, two
    distinct ones (a report names the site it tells of: "Polisi blokir situs KAISAR88", "12 tersangka diringkus.
    Mereka mengelola situs slot gacor GARUDA4D"). A kit's home-page item writes "… lewat literasi digital. Daftar
    sekarang dan klaim bonus new member 100%.", its ticker "Waspada Slot Gacor: Maxwin Hanyalah Mitos \u2013 Slot
    gacor maxwin hari ini di KAISAR88"."""
    low, high = parts.bounds(match.part)
    reach = _COUNTER_WINDOW[match.kind]
    start, end = _sentence(parts, match, _REPORT_WINDOW)
    start, end = min(start, max(low, match.start - reach)), max(end, min(high, match.end + reach))
    reports = [other for other in counters if other.part == match.part and other.term not in _WORN]
    for said in _WORN_SALES.finditer(parts.lowered, start, end):
        quoted = said.start() > low and parts.text[said.start() - 1] in _QUOTES_OPEN
        if not quoted and not _told(said.start(), said.end(), reports, parts, match.part):
            return True
    for other in (match, *_around(match, gambling, _REPORT_WINDOW)):
        if start <= other.start and other.end <= end and _sold_brand(other, reports, parts):
            return True
    return False


def _sold_brand(brand: Match, reports: list[Match], parts: _Parts) -> bool:
    """Tell whether a term is a brand (``_BRAND_SHAPE``) that nothing reports: unquoted, no report's word in its
    clause, fewer than two distinct ones before it."""
    if _BRAND_SHAPE.fullmatch(brand.term) is None or brand.term in _SLOT_NUMBERS or _quoted(brand, parts):
        return False
    if _told(brand.start, brand.end, reports, parts, brand.part):
        return False
    before = {other.term for other in _around(brand, reports, _REPORT_WINDOW) if other.start < brand.start}
    return len(before) < _REPORT_WORDS and not _named_by_report(brand, parts)


def _told(start: int, end: int, reports: list[Match], parts: _Parts, part: int) -> bool:
    """Tell whether the clause of ``start:end`` (to its sentence's or a dash's stops) holds a report's word."""
    low, high = parts.bounds(part)
    low, high = max(low, start - _REPORT_WINDOW), min(high, end + _REPORT_WINDOW)
    text = parts.text
    first = max(max(text.rfind(stop, low, start) for stop in _CLAUSE_STOPS) + 1, low)
    ends = [at for at in (text.find(stop, end, high) for stop in _CLAUSE_STOPS) if at >= 0]
    last = min(ends, default=high)
    return any(first <= other.start and other.end <= last for other in reports)


def _denied(match: Match, parts: _Parts) -> bool:
    """Tell whether a gambling term is asked of and denied at once, as a department's questions and answers ask: its
    question ends within its clause and its answer is a bare "Tidak ada." or "Tidak." ("Slot gacor? Tidak ada.",
    "Apakah ada slot gacor di aplikasi ini? Tidak ada."). A seller's question is answered by a sale ("Cari slot
    gacor? Daftar di sini"), or by a boast that goes on ("Tidak ada yang lebih gacor dari …")."""
    _, high = parts.bounds(match.part)
    asked = parts.lowered.find("?", match.end, min(high, match.end + _CLAUSE))
    if asked < 0 or any(stop in parts.lowered[match.end : asked] for stop in _SENTENCE_STOPS):
        return False
    return _DENIAL.match(parts.lowered, asked + 1, high) is not None


def _branded_term(term: str) -> bool:
    """Tell whether a term is a brand's name, of letters and a number (garuda4d, kaisar88, slot88)."""
    return term.isalnum() and not term.isalpha() and not term.isdigit()


def _named_in_prose(match: Match, gambling: list[Match], parts: _Parts) -> bool:
    """Tell whether a name of the trade (situs judi, bandar judi) is mentioned in a sentence of prose: with no term
    but such names and topic words, one in many words, and no seller's words nor a gambling site's address beside
    it, nor a link to a site but a government's ("Ratusan rekening atas nama warga dipinjam oleh bandar judi"), the
    headline of a department's news linked to it. Spam strings its terms and its sales words
    together ("situs judi online terpercaya", "bandar judi terbesar, daftar sekarang")."""
    if match.term not in _NAMED_WITH:  # a topic word only has company of such a name ("rumah judi", "bandar judi")
        return False
    start, end = _sentence(parts, match, _REPORT_WINDOW)
    around = [other for other in _around(match, gambling, _REPORT_WINDOW) if start <= other.start < end]
    if not all(other.term in _NAMED_WITH for other in around):
        return False
    # Among many words where it stands, too: a text run into the page's (a tag cloud's "judi online togel poker
    # online situs judi") strings its names together.
    low, high = _sentence(parts, match, _CLAUSE)
    named = {match.term, *(other.term for other in around if low <= other.start < high)}
    if len(named) * _REPORT_SHARE >= len(parts.text[low:high].split()):
        return False
    if _SALES.search(parts.lowered, start, end) is not None:
        return False
    return all(host.endswith(_GOVERNMENT_SITES) for host in _ADDRESS.findall(parts.lowered, start, end))


def _sentence(parts: _Parts, match: Match, reach: int) -> tuple[int, int]:
    """Return the bounds of the sentence ``match`` stands in, within its part and ``reach`` either side (a list
    of spam's has no full stop)."""
    low, high = parts.bounds(match.part)
    text = parts.text
    low, high = max(low, match.start - reach), min(high, match.end + reach)
    start = max(text.rfind(stop, low, match.start) for stop in _SENTENCE_STOPS) + 1
    ends = [at for at in (text.find(stop, match.end, high) for stop in _SENTENCE_STOPS) if at >= 0]
    return max(start, low), min(ends, default=high)


def _quoted(match: Match, parts: _Parts) -> bool:
    low, high = parts.bounds(match.part)
    before = parts.text[match.start - 1] if match.start > low else ""
    after = parts.text[match.end] if match.end < high else ""
    return before != "" and before in _QUOTES_OPEN and after != "" and after in _QUOTES_CLOSE


def _near(match: Match, counters: list[Match], window: int) -> bool:
    return next(_around(match, counters, window), None) is not None


def _around(match: Match, found: list[Match], window: int) -> Iterator[Match]:
    """Yield the matches of ``found`` (by position) within ``window`` of ``match``, in its part, a bounded few."""
    first = bisect_left(found, match.start - window, key=lambda m: m.start)
    for other in islice(found, first, first + 2 * _NEIGHBOURS):
        if other.start > match.end + window:
            return
        if other is not match and other.part == match.part:
            yield other


def _snippet(parts: _Parts, match: Match) -> str:
    low, high = parts.bounds(match.part)
    return " ".join(parts.text[max(low, match.start - _SNIPPET) : min(high, match.end + _SNIPPET)].split())


def _before_number(text: str, start: int, end: int) -> bool:
    # The pieces of a word that a number ends (s lot88): joined, a numbered term reads the rest.
    return (start == 0 or not text[start - 1].isalnum()) and text[end : end + 1].isdigit()


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or after.isalnum():  # rarely: read again, as a letter of Chinese or Thai ends a word
        return not _in_word(before) and not _in_word(after)
    return True


def _in_word(char: str) -> bool:
    """Whether ``char`` goes on a Latin word: a letter or a digit, but of a script without spaces (slot88官网)."""
    return char.isalnum() and (char.isascii() or _UNSPACED.match(char) is None)
