"""The maintained term lists: online gambling (judi online), defacement, and their context; pornography and other
trades' spam (``PORN``, ``SPAM``: their own rules, at their lists).

- Strong terms are commercial gambling spam: one is enough.
- Weak terms are gambling words with innocent uses ("slot" kuota PPDB, "RTP" in a spatial plan,
  Pak "Toto", burung kicau "gacor", Imlek's "shio", cabai "habanero", a "Bonanza" sale): one counts only
  in the company of another gambling term (``COMPANY_WINDOW``), and not next to a word of its innocent
  use (``INNOCENT_NEAR``). Two topic words alone ("judi online" and "togel" in a news story) are not
  company: spam sells; nor are two names of a lucky number (``BRAND_NUMBERS``: "Toko Sinar77").
- Any gambling or defacement term next to a counter-context word (a story about fighting judi
  online, or about a cyber attack) is news, not an injection; so is a gambling term among several
  of them, a report's paragraph apart. A defacer's signature is news only next to the words of an
  attack reported (``DEFACEMENT_COUNTER_CONTEXT``), and a site's warning of something else
  (``NEUTRAL_CONTEXT``: "waspada penipuan") is no news at all.
- Defacement terms are a hacker's signature; the weak ones ("ganti tampilan") need another.

``PATTERNS`` holds the terms with a number in them (depo 25k, slot777, bet 200), as regular
expressions of the same two kinds. A gambling brand is a word and a number (KAISAR88, PRAGMA69): a list of such
names alone is strong (``BRAND_RUN``), one alone sells with a brand's sign-up words (``BRAND_LURES``).

The gambling terms hold spam in other languages too, injected into hacked Asian government sites:
Chinese (simplified and traditional), Thai, Vietnamese. Chinese and Thai are written without spaces, so
their terms are found inside any word (see ``term_scan``): list only compounds of gambling (威尼斯人娱乐,
not 威尼斯人, the Venetian, nor 娱乐, entertainment). Vietnamese is listed without its diacritics (``nha
cai`` for "nhà cái"), as the scan reads it.
"""

from __future__ import annotations

STRONG_GAMBLING = (
    "slot gacor",
    "situs slot",
    "agen slot",
    "bandar slot",
    "judi slot",
    "slot88",
    "slot777",
    "slot303",
    "slot-88",  # a brand hyphenated past filters of the glued name
    "slot-777",
    "slot-303",
    "slot4d",
    "toto4d",
    "togel4d",
    "slot resmi",
    "slot maxwin",
    "slot pulsa",
    "slot qris",
    "slot thailand",
    "slot kamboja",
    "maxwin",
    "max win",
    "rtp live",
    "rtp slot",
    "rtp gacor",
    "rtp hari ini",
    "bocoran rtp",
    "bocoran slot",
    "pola slot",
    "pola gacor",
    "pola maxwin",
    "jam gacor",
    "gacor hari ini",
    "situs gacor",
    "link gacor",
    "akun demo slot",
    "gates of olympus",
    "olympus 1000",
    "zeus slot",
    "slot zeus",
    "kakek zeus",
    "olympus slot",
    "mahjong ways",
    "sweet bonanza",
    "starlight princess",
    "spaceman slot",
    "spaceman pragmatic",
    "wild west gold",
    "aztec gems",
    "scatter hitam",
    "pragmatic play",
    "pgsoft",
    "pg soft",
    "jp paus",
    "jackpot paus",
    "jp maxwin",
    "situs toto",
    "toto slot",
    "slot toto",
    "bandar toto",
    "agen toto",
    "link toto",
    "daftar toto",
    "toto online",
    "toto 4d",
    "toto resmi",
    "toto macau",
    "toto togel",
    "toto gelap",
    "bandar togel",
    "agen togel",
    "situs togel",
    "togel online",
    "togel hongkong",
    "togel singapore",
    "togel sgp",
    "togel hari ini",
    "prediksi togel",
    "keluaran hk",
    "keluaran sgp",
    "keluaran sdy",
    "bocoran hk",
    "bocoran sgp",
    "bocoran sdy",
    "rekap hk",
    "rekap sgp",
    "rekap sdy",
    "keluaran macau",
    # The same draws' results under the words of their sites' menus ("Result SDY"; "Pengeluaran HK" is weak).
    "result hk",
    "result sgp",
    "result sdy",
    "prediksi hk",
    "prediksi sgp",
    "prediksi sdy",
    "prediksi macau",
    # Togel's own words: its dream book of numbers, its signs, its kinds of bet.
    "shio togel",
    "buku mimpi 2d",
    "buku mimpi 3d",
    "buku mimpi 4d",
    "erek erek",
    "erek-erek",
    "erekerek",
    "colok bebas",
    "colok jitu",
    "colok macau",
    "wild bandito",
    "sicbo",
    "baccarat online",
    "roulette online",
    "rolet online",
    "lotre online",
    "depo pulsa tanpa potongan",
    "deposit pulsa tanpa potongan",
    "tembak ikan online",
    "live draw hk",
    "live draw sgp",
    "bandar judi",
    "agen judi",
    "situs judi",
    "situs judol",
    "agen judol",
    "bandar judol",
    "judi bola",
    "mix parlay",
    "sbobet",
    "idn poker",
    "poker online",
    "domino qq",
    "dominoqq",
    "sabung ayam online",
    "slot deposit",
    "wd cepat",
    "anti rungkad",
    "anti blokir",  # a gambling site's mirror link ("link anti blokir"); its "blokir" is no news of a block
    # The same promise in other words, each with a word of news in it ("anti", "blokir"): spam's, not news.
    "anti-blokir",
    "bebas blokir",
    "tanpa blokir",
    "anti nawala",  # Nawala, the DNS filter of blocked sites
    "bebas nawala",
    "anti zonk",
    "anti boncos",
    "casino online",
    "kasino online",
    "live casino",
    "bonus new member",
    "bandarq",
    "bandarqq",
    "pkv games",
    "pkv game",
    "bo togel",
    "admin riki",
    "gampang jp",
    "taruhan bola",
    "parlay bola",
    "bandar bola",
    "agen bola",
    "situs bola",
    "judi online terpercaya",
    "server thailand",
    "server kamboja",
    "akun pro thailand",
    "akun pro kamboja",
    "slot via qris",
    "pola mahjong",
    "mahjong wins",
    "kakek merah",
    "lucky neko",
    "wild bounty",
    "gates of gatot kaca",
    "gates of gatotkaca",
    "bo toto",
    "berapapun dibayar",
    "wd berapapun",
    "prediksi parlay",
    "cheat slot",
    "chip higgs",  # Higgs Domino's chips, sold for money: its gambling trade (Kominfo blocked the app)
    # Togel's tip sheets: the "syair" (a verse said to hide the numbers) and the "paito" (the draws' table).
    "syair hk",
    "syair sgp",
    "syair sdy",
    "syair macau",
    "syair togel",
    "kode syair",
    "paito warna",
    "paito hk",
    "paito sgp",
    "paito sdy",
    "paito macau",
    "online casino",
    "free spins no deposit",
    # Togel of four digits, the live draws of its markets, a brand family's slots, their servers abroad.
    "togel 4d",
    "live draw sdy",
    "live draw sydney",
    "live draw macau",
    "mpo slot",
    "slot mpo",
    "server myanmar",
    "server vietnam",
    "freebet",
    "freechip",
    "bonus rollingan",
    "sv388",
    "ws168",
    # Written as one word (hashtags, domains), or so once the letters spaced apart are joined.
    "slotgacor",
    "slotonline",
    "slotmaxwin",
    "situsslot",
    "situstoto",
    "bandartoto",
    "agentoto",
    "linktoto",
    "daftartoto",
    "totomacau",
    "totoslot",
    "slottoto",
    "totoonline",
    "situsgacor",
    "judislot",
    "agenslot",
    "bandartogel",
    "togelonline",
    "rtplive",
    # and in the domains and slugs of the sites and their parasite pages (linkslot-gacor.com, /bocoranslot/)
    "linkslot",
    "linkgacor",
    "linktogel",
    "daftarslot",
    "situstogel",
    "slotthailand",
    "gacormaxwin",
    "rtpslot",
    "bocoranslot",
    "polaslot",
    # and the games and promises of the newer spam, glued so too (MAHJONGWAYS2, SCATTERHITAM)
    "mahjongways",
    "mahjongways1",
    "mahjongways2",
    "mahjongways3",
    "mahjongwins",
    "mahjongwins2",
    "mahjongwins3",
    "scatterhitam",
    "scatteremas",
    "gatesofolympus",
    "sweetbonanza",
    "starlightprincess",
    # Chinese SEO spam, injected into hacked Asian government sites (simplified and traditional): its
    # games, its casinos' brands with their trade ("威尼斯人娱乐", not the Venetian's convention
    # centre), and its sign-up bonus ("送彩金"). Chinese is written without spaces: these are found
    # inside any run of characters (see ``term_scan``), so each is a compound no innocent text holds.
    "博彩",
    "百家乐",
    "百家樂",
    "六合彩",
    "时时彩",
    "時時彩",
    "网上赌场",
    "網上賭場",
    "线上赌场",
    "線上賭場",
    "在线赌场",
    "在線賭場",
    "网上赌博",
    "網上賭博",
    "赌博网站",
    "賭博網站",
    "赌球",
    "賭球",
    "真人娱乐",
    "真人娛樂",
    "真人视讯",
    "真人視訊",
    "澳门新葡京",
    "澳門新葡京",
    "新葡京娱乐",
    "新葡京娛樂",
    "威尼斯人娱乐",
    "威尼斯人娛樂",
    "威尼斯人赌场",
    "威尼斯人賭場",
    "太阳城集团",
    "太陽城集團",
    "太阳城娱乐",
    "太陽城娛樂",
    "皇冠体育",
    "皇冠體育",
    "皇冠现金网",
    "皇冠現金網",
    "彩票平台",
    "彩票注册",
    "彩票註冊",
    "开元棋牌",
    "開元棋牌",
    "老虎机",
    "老虎機",
    "送彩金",
    "体育投注",
    "體育投注",
    "足球投注",
    # and in pinyin, in the slugs and addresses of its sites (/baijiale/, liuhecai.example)
    "baijiale",
    "liuhecai",
    "shishicai",
    "xinpujing",
    "オンラインカジノ",  # Japanese: online casino
    # Thai: online gambling sites, football betting, baccarat, slots "straight from the site" (no
    # agent), withdrawals without a minimum; written without spaces too.
    "เว็บพนัน",
    "พนันออนไลน์",
    "แทงบอล",
    "แทงหวย",
    "หวยออนไลน์",
    "บาคาร่า",
    "คาสิโนออนไลน์",
    "สล็อตออนไลน์",
    "เว็บสล็อต",
    "สล็อตเว็บตรง",
    "สล็อตแตกง่าย",
    "ไม่ผ่านเอเย่นต์",
    "ฝากถอนไม่มีขั้นต่ำ",
    "ฝากถอนออโต้",
    "ยูฟ่าเบท",
    "ufabet",
    "slotxo",
    "pgslot",
    # Vietnamese, read without its diacritics (see ``term_scan``), as its slugs spell it too
    # (/nha-cai-uy-tin/): the bookmaker, betting on football, sic bo, the slots' jackpot ("nổ hũ"),
    # online cockfighting and casinos, card games and fish shooting for prizes ("đổi thưởng").
    "nha cai",
    "ca cuoc bong da",
    "ca cuoc truc tuyen",
    "ca cuoc the thao",
    "trang ca cuoc",
    "tai xiu",
    "game no hu",
    "no hu doi thuong",
    "da ga truc tuyen",
    "casino truc tuyen",
    "song bac truc tuyen",
    "game bai doi thuong",
    "ban ca doi thuong",
    "danh de",
    "lo de online",
    "xoc dia",
    # The providers, sportsbooks and live casinos of the 2025-2026 spam on go.id sites (their menus list them:
    # "Habanero | Spadegaming | Microgaming"), its togel markets and tip sheets ("BBFS", the digits played in
    # every order), its sportsbook's market and odds.
    "spadegaming",
    "microgaming",
    "joker gaming",
    "advantplay",
    "nolimit city",
    "top trend gaming",
    "evolution gaming",
    "ezugi",
    "sexy baccarat",
    "wm casino",
    "mega888",
    "pussy888",
    "sic bo",
    "bola tangkas",
    "odds bola",
    "handicap bola",
    "pasaran bola hari ini",
    "maxbet",
    "ibcbet",
    "ubobet",
    "cmd368",
    "saba sports",
    "sbotop",
    "pasaran togel",
    "togel hk",
    "togel sdy",
    "togel sydney",
    "togel macau",
    "bbfs",
    "colok naga",
    "colok 2d",
    "slot terpercaya",
    # The promises of 2026's spam: Mahjong Ways' gold scatter, withdrawals without a limit, a vendor's
    # accounts ("akun WSO"; "WSO2" is a software's name, and no word), a tipster's leaks.
    "scatter emas",
    "wd tanpa batas",
    "withdraw tanpa batas",
    "akun wso",
    "bocoran admin jarwo",
    # Togel's markets under its game's name ("Toto HK", the Hongkong market's draw), their draws' site names ("Hongkong
    # Pools": no lottery of Hong Kong is so called), the four digits' sites and dealers ("situs 4D", "bandar 4D").
    "toto hk",
    "toto sgp",
    "toto sdy",
    "toto hongkong",
    "toto sydney",
    "hongkong pools",
    "hk pools",
    "sydney pools",
    "situs 4d",
    "bandar 4d",
    "agen 4d",
)
# The abbreviations in togel's and slots' terms (RTP, HK, SGP, SDY, 4D), which a page that spells one out beside it
# in parentheses uses for its own words: "Rencana Tindak Pengendalian (RTP)", "Radio Taman Patriot (RTP)", "Toto HK
# (Harapan Kita)", "situs 4D (empat dimensi)". Spelled out in gambling's words ("Return To Player", "Hong Kong", "4
# digit"), one is the trade's own: ``GAMBLING_EXPANSION_WORDS``.
ABBREVIATIONS = ("rtp", "hk", "sgp", "sdy", "4d")
GAMBLING_EXPANSION_WORDS = ("return", "player", "hong", "kong", "hongkong", "singapore", "singapura", "sydney", "digit")
# A digit of an abbreviation spelled out as a number, in Indonesian or English ("4D (empat dimensi)").
DIGIT_WORDS = {"2": ("2", "dua", "two"), "3": ("3", "tiga", "three"), "4": ("4", "empat", "four")}
# A brand spelled apart ("slot 88") reads as a quota table does (<td>Sisa slot</td><td>88</td>,
# "Jumlah slot 88 orang"): weak, unlike the brand glued (slot88, a strong numbered term).
SLOT_NUMBERS = ("slot 88", "slot 777", "slot 303")
# Innocent alone; the first block are topic words (news writes them), the rest ambiguous.
TOPIC_GAMBLING = (
    "judi online",
    "judi",
    "judol",
    "togel",
    "kasino",
    "casino",
    "taruhan",
    "poker",
    "parlay",
    "slot online",  # news of "judi slot online"
    # Gambling, a casino, a lottery in the other languages: news and a state lottery write them too.
    "赌博",
    "賭博",
    "赌场",
    "賭場",
    "彩票",
    "棋牌",  # chess and cards: a board-game club's too
    "カジノ",
    "พนัน",
    "คาสิโน",
    "หวย",
    "ca cuoc",
    "ca do",
    "xo so",
)
# Strong terms that name the trade, not sell it: a sentence of a department's prose names one alone, among many words
# ("Ratusan rekening atas nama warga dipinjam oleh bandar judi", "dijadikan situs judi", a film 'Ayah dan Situs Judi'),
# where spam strings its terms and its sales words together ("situs judi online terpercaya, daftar slot gacor"). See
# ``SALES_WORDS`` and ``term_scan``.
TRADE_NAMES = (
    "situs judi",
    "bandar judi",
    "agen judi",
    "judi bola",
    "judi slot",
    "situs judol",
    "bandar judol",
    "agen judol",
    "poker online",
    "casino online",
    "kasino online",
    "taruhan bola",
    "bandar togel",
    "situs togel",
    "togel online",
)
# A seller's own site: "situs judi bola milik kami", "agen judi kami".
_SELLERS_OWN = tuple(f"{seller} kami" for seller in ("situs", "agen", "bandar", "judi", "milik", "bersama"))
# What a seller writes beside a name of its trade, and no department's sentence about it does: its claims, its
# sign-up, its money and its play ("bandar judi terbesar", "daftar sekarang", "deposit pulsa", "bermain di sini").
SALES_WORDS = (
    "terpercaya",
    "terbaik",
    "terbesar",
    "terlengkap",
    "terpopuler",
    "teraman",
    "resmi",
    "daftar",
    "mendaftar",
    "login",
    "link",
    "gabung",
    "bergabung",
    "bonus",
    "deposit",
    "depo",
    "withdraw",
    "wd",
    "menang",
    "kemenangan",
    "jackpot",
    "promo",
    "member",
    "klik",
    "disini",
    "di sini",
    "sekarang",
    "gampang",
    "mudah",
    "hoki",
    "cuan",
    "untung",
    "keuntungan",
    "main",
    "bermain",
    "mainkan",
    "permainan",
    "pasaran",
    "24 jam",
    "nomor 1",
    "no 1",
    "no.1",
    "nomor satu",
    "terjamin",
    "alternatif",
    "vip",
    "pulsa",
    "qris",
    "gacor",
    # and with another spelling, a number to call, a wallet, a stake, its own site: "bandar judi tepercaya" (KBBI's
    # spelling), "hubungi kami melalui WhatsApp 0812-…" (a number itself, see ``term_scan``), "judi bola via DANA dan
    # OVO, modal mulai sepuluh ribu", "penarikan dana cepat", "situs judi bola milik kami", "bandar judi nomor wahid".
    "tepercaya",
    "whatsapp",
    "wa",
    "hubungi kami",
    "hubungi admin",
    "kunjungi",
    "via dana",
    "ovo",
    "gopay",
    "modal mulai",
    "penarikan dana",
    "pasang angka",
    "nomor wahid",
    *_SELLERS_OWN,
)
# Of those, what a seller writes beside a term and one word of news, which no report of it does: its own site, its
# promise, its access ("Jangan jadi korban situs palsu, main slot gacor hanya di …", "Meski ramai diberitakan polisi,
# situs judi bola milik kami tetap aman diakses warga 24 jam"). A campaign writes "jangan main", "daftar situs yang
# diblokir", "situs judi masih bisa diakses": none of these.
SELLERS_PROMISES = (
    "hanya di",
    *_SELLERS_OWN,
    "hubungi kami",
    "aman diakses",
    "pasti jp",
    "pasti menang",
    "pasti bayar",
    "24 jam",
    "tanpa vpn",
    "link alternatif",
)
# A seller's claims of being beyond the reach of the law, each holding a word of news ("anti", "kominfo", "diblokir",
# "razia", "hukum"): "link alternatif anti blokir Kominfo", "situs slot terdaftar Kominfo", "tidak diblokir Kominfo",
# "aman dari razia polisi", "tanpa dampak hukum", "toto macau anti kalah". The word inside one is no news (see
# ``term_scan``), as inside a spam term ("anti rungkad"), and the claim beside a name of the trade sells it; a report of
# such a site has words of its own ("Polres blokir 200 situs slot gacor, termasuk yang mengaku terdaftar Kominfo").
SELLERS_CLAIMS = (
    *(
        f"{claim} {office}"
        for claim in (
            "anti blokir",
            "anti-blokir",
            "bebas blokir",
            "tanpa blokir",
            "anti nawala",
            "terdaftar",
            "terdaftar di",
            "resmi",
            "terdaftar resmi",
            "tidak diblokir",
            "tidak pernah diblokir",
        )
        for office in ("kominfo", "komdigi")
    ),
    "tidak bisa diblokir",
    "kebal blokir",
    "aman dari razia",
    "aman dari razia polisi",
    "bebas razia",
    "tanpa dampak hukum",
    "aman secara hukum",
    "anti kalah",
    "anti rugi",
)
# A slot's win as a multiple of the bet ("x500", "maxwin x1000", "5000x"): a microscope's and a camera's
# magnification too ("perbesaran x100, x400, x1000"); see ``INNOCENT_NEAR``.
MULTIPLIERS = (
    *(f"x{n}" for n in ("100", "250", "500", "1000", "1.000", "2000", "2500", "5000", "5.000", "10000", "10.000")),
    *(f"x{n}" for n in ("15000", "15.000", "25000", "25.000", "50000", "50.000", "100000", "100.000")),
    *(f"{n}x" for n in ("500", "1000", "1.000", "5000", "5.000", "10000", "10.000", "25000", "25.000", "50000")),
)
# A gambling site's sign-up words: "KAISAR88 Login Resmi Terpercaya", "Link Alternatif Resmi", "Daftar Situs
# Terpercaya"; a department's too ("daftar situs terpercaya untuk cek fakta"). Next to a brand's name they sell
# (any name of a word and a number, see ``term_scan``); two of them alone do not (a lesson on safe browsing).
# ("Situs resmi terpercaya" is every department's own claim, and not listed.)
BRAND_LURES = (
    "link alternatif",
    "login alternatif",
    "login resmi terpercaya",
    "link login resmi",
    "daftar situs terpercaya",
)
WEAK_GAMBLING = (
    *TOPIC_GAMBLING,
    "gacor",
    "slot",
    "slot online",
    "slot demo",
    "daftar slot",  # of consultation times, too
    "link slot",  # of a vaccination booking, too
    "mudah menang",  # a sports report, too
    "gampang menang",  # a quiz's tips, too ("Tips Gampang Menang Lomba Cerdas Cermat")
    "toto",
    "rtp",
    "mahjong",
    "scatter",
    "spaceman",
    "olympus",
    "zeus",
    "pragmatic",
    "bonanza",
    "dragon tiger",
    "plinko",
    "aviator",  # a crash game's; a pilot's sunglasses and jacket too
    "koi gate",
    "tembak ikan",
    "jackpot",
    "jackpot terbesar",
    "deposit pulsa",
    "deposit dana",
    "deposit via dana",
    "slot dana",
    "slot via dana",
    "deposit qris",
    "depo qris",
    "bo slot",
    "data hk",  # of a Hak Kekayaan list, maybe
    "pengeluaran hk",  # of a budget's honoraria, maybe ("Pengeluaran HK 6D" in a togel site's menu)
    "pengeluaran sgp",
    "pengeluaran sdy",
    "pengeluaran macau",
    "data sgp",
    "data sdy",
    "akun pro",
    "petir merah",
    "bocoran admin",  # of a data leak, too
    "angka main",  # of a game for children, too
    "angka keramat",  # of a culture's lucky numbers, too
    # A market's draw ("keluaran China hari ini"), and what a country makes ("laptop keluaran Taiwan").
    "keluaran china",
    "keluaran taiwan",
    "keluaran cambodia",
    "keluaran sydney",
    "keluaran hongkong",
    "keluaran singapore",
    "free spin",
    "free spins",
    "freespin",
    "buy spin",
    # A provider, a casino's table, a togel sign: each a word of another trade too (a chilli, a perfume, a
    # figure of speech, the Chinese zodiac; see ``INNOCENT_NEAR``).
    "habanero",
    "playtech",
    "jili",
    "fachai",
    "fa chai",
    "red tiger",
    "yggdrasil",
    "cq9",
    "baccarat",
    "roulette",
    "blackjack",
    "pasaran bola",  # "harga pasaran bola voli", a sports shop's price
    "shio",
    "angka jitu",
    "slot server",  # of a server rack, too
    # Bonus money (coloured gold's too), a "casino city" (an arcade's too); slots, free credit, deposits
    # and withdrawals (a bank's), a site "direct" in Thai; a jackpot, the lottery "lô đề", cockfighting
    # online, the forecasts and the prizes in Vietnamese, read without diacritics as other words are.
    "彩金",
    "娱乐城",
    "娛樂城",
    "สล็อต",
    "เครดิตฟรี",
    "ฝากถอน",
    "ฝาก-ถอน",
    "เว็บตรง",
    "no hu",
    "lo de",
    "da ga online",  # Sundanese "da" and the slang "ga" (tidak) too
    "soi cau",
    "soi keo",
    "doi thuong",
    *SLOT_NUMBERS,
    "admin jarwo",  # a tipster's name ("bocoran admin Jarwo"), and a person's
    *MULTIPLIERS,
    *BRAND_LURES,
)
# Words that show the innocent use of a weak term when they stand near it.
_SLOT_USES = (
    "kuota",
    "antrean",
    "antrian",
    "waktu",
    "jadwal",
    "pendaftaran",
    "pendaftar",
    "peserta",
    "tersedia",
    "tersisa",
    "sisa",
    "kosong",
    "penuh",
    "terisi",
    "konsultasi",
    "layanan",
    "pelayanan",
    "ppdb",
    "spmb",
    "zonasi",
    "afirmasi",
    "jalur",
    "kursi",
    "parkir",
    "vaksin",
    "vaksinasi",
    "pasien",
    "kunjungan",
    # a clinic's booking ("Cara Daftar Slot Online Poli Gigi"); no seller of slots writes these (but "Dokter Slot" and
    # "Klinik Slot" are brands' names)
    "poli",
    "poliklinik",
    "puskesmas",
    "booking",
    "reservasi",
    "pemesanan",
    "memori",
    "memory",  # a procurement's English spelling ("pengadaan slot memory server")
    "kartu",
    "pelatihan",
    "magang",
    "beasiswa",
    "siswa",
    "calon",
    "rombel",
    "daya tampung",
    "seleksi",
    "formasi",
    "wawancara",
    "ujian",
    "tes",
    "sesi",
    # a stand at a bazaar, a budget's or an advertisement's share
    "stan",
    "tenant",
    "lapak",
    "booth",
    "bazar",
    "anggaran",
    "iklan",
    "penayangan",
    # an English services page's ("choose a time slot online", "book an appointment slot")
    "time",
    "appointment",
)
# A number of slots is counted in people, hours and numbers.
_SLOT_NUMBER_USES = (*_SLOT_USES, "jumlah", "total", "kapasitas", "orang", "jam", "pukul", "nomor", "no")
# A lesson or a story of the Greek gods: Zeus lives on Mount Olympus.
# Or painted: an exhibition's theme ("pameran lukisan bertema Olympus, Zeus dan Athena").
_MYTHOLOGY = (
    "dewa",
    "dewi",
    "mitologi",
    "yunani",
    "legenda",
    "kisah",
    "dongeng",
    "patung",
    "tokoh",
    "athena",
    "apollo",
    "pameran",
    "lukisan",
    "pelukis",
    "seni rupa",
    # an English lesson's or a school's English Day ("the story of Zeus, the god of thunder, … Mount Olympus")
    "myth",
    "myths",
    "mythology",
    "greek",
    "god",
    "gods",
    "goddess",
)
# A cloud's or a hosting's servers abroad, in an IT report ("Server Thailand dan Singapura dipakai penyedia untuk
# replikasi"); a seller writes "server thailand" beside its slots, and Singapore in English.
_SERVER_USES = (
    "singapura",
    "pusat data",
    "data center",
    "datacenter",
    "cloud",
    "komputasi awan",
    "layanan awan",
    "replikasi",
    "colocation",
    "kolokasi",
)
# A work so titled: a film, a book, a song reviewed; a hackathon's headline.
_TITLED_WORKS = ("film", "buku", "novel", "resensi", "ulasan", "berjudul", "bertajuk", "hackathon")
# A department's stories of hackers: a students' competition (a hackathon, a CTF, an e-sports match), a job for
# an ethical one, a work so titled, a podcast, a profile, a group's claim, a lesson on the hats' colours, a program
# that thanks those who report a flaw (its flaws named beside them), a developer credited in the footer, a
# concert's bill.
_HACKER_STORIES = (
    *_TITLED_WORKS,
    "ctf",
    "capture the flag",
    "juara",
    "lomba",
    "kompetisi",
    "turnamen",
    "e-sport",
    "e-sports",
    "esport",
    "esports",
    "mobile legends",
    "ethical",
    "etis",
    "lowongan",
    "podcast",
    "incaran",
    "mengenal",
    "klaim",
    "mengklaim",
    "white hat",
    "whitehat",
    "kerentanan",
    "vdp",
    "bug bounty",
    "xss",
    "idor",
    "open redirect",
    "dikembangkan oleh",
    "tema oleh",
    "studio",
    # A competition's scoreboard ("Peringkat Tim Skor 1 Tersakiti Crew 4.850") and its winners.
    "skor",
    "pemenang",
    # A concert's or a festival's bill ("Band Hacked & Tersakiti Crew Live", "Penampil: Anonymous Crew").
    "konser",
    "band",
    "tiket",
    "penampil",
    "music fest",
)
_RTP_USES = (
    "tata ruang",
    "rtrw",
    "rdtr",
    "rencana",
    "ruang",
    "wilayah",
    "kawasan",
    "zonasi",
    "perda",
    "rumah tangga",
    "perikanan",
    "pertanian",
    "petani",
    "nelayan",
    "protokol",
)
# A songbird contest's words: a bird "gacor" (in full song) is its news, not a slot's.
_SONGBIRDS = (
    "burung",
    "kicau",
    "kicauan",
    "murai",
    "kenari",
    "lovebird",
    "cucak",
    "perkutut",
    "kacer",
    "jalak",
    "ocehan",
    "gantangan",
)
# A person's titles, offices and degrees, beside a name.
_PERSON_TITLES = (
    "bapak",
    "pak",
    "bpk",
    "ibu",
    "sdr",
    "saudara",
    "drs",
    "dr",
    "dokter",
    "ir",
    "kepala",
    "kabid",
    "kasi",
    "kasie",
    "camat",
    "lurah",
    "ketua",
    "sekretaris",
    "staf",
    "narasumber",
    "s.sos",
    "s.e",
    "s.t",
    "s.h",
    "s.kom",
    "s.pd",
    "s.ip",
    "m.si",
    "m.m",
    "m.ap",
    "m.pd",
    "nip",
)
# A site's own words for itself hacked: a department's apology (below) and a defacer's signature (``DEFACEMENT``).
_SITE_HACKED = (
    "website ini di hack",
    "situs ini di hack",
    "web ini di hack",
    "website ini dihack",
    "situs ini dihack",
    "web ini dihack",
)
INNOCENT_NEAR: dict[str, tuple[str, ...]] = {
    "slot": _SLOT_USES,
    "server thailand": _SERVER_USES,
    "server kamboja": _SERVER_USES,
    **dict.fromkeys(SLOT_NUMBERS, _SLOT_NUMBER_USES),
    "slot online": _SLOT_USES,
    "daftar slot": _SLOT_USES,
    "link slot": _SLOT_USES,
    # A spatial plan's RTP (its consultation "live" on YouTube too), a household's, a fishery's, a protocol's.
    "rtp": _RTP_USES,
    # and a public open space's stage, live music on it ("Panggung RTP Live Music", "RTP Live Akustik")
    "rtp live": (*_RTP_USES, "music", "musik", "panggung", "konser", "akustik", "band", "pentas"),
    # A city's public open spaces (ruang terbuka publik) and their day's programme: "Agenda RTP Hari Ini".
    "rtp hari ini": (*_RTP_USES, "agenda", "taman", "alun-alun", "senam", "peminjaman"),
    # A parking bay marked as such ("memarkir kendaraan hanya di slot resmi"), a quota's seat.
    "slot resmi": ("parkir", "memarkir", "parkiran", "kendaraan", "marka", "kuota", "antrean", "antrian", "kursi"),
    # A shopper's tips ("Tips Belanja Akhir Tahun Anti Boncos", "Belanja Online Anti Zonk"), which no seller of slots
    # writes beside its promise.
    **dict.fromkeys(
        ("anti boncos", "anti zonk"),
        ("belanja", "berbelanja", "konsumen", "pembeli", "harbolnas", "marketplace", "hemat", "perdagangan"),
    ),
    # A person named Toto (Pak Toto, Kabid Toto Slamet), his initials after it too ("Drs. Toto HK", not a market).
    **dict.fromkeys(("toto hk", "toto sgp", "toto sdy", "toto hongkong", "toto sydney"), _PERSON_TITLES),
    # and a maker of sanitary ware, in a procurement's or a school toilet's repair ("kloset duduk merk TOTO, wastafel")
    "toto": (*_PERSON_TITLES, "kloset", "closet", "wastafel", "westafel", "keran", "kran", "urinoir", "sanitair"),
    "gacor": (*_SONGBIRDS, "lomba", "kontes"),
    # Public swimming pools, their management studied ("Hongkong Pools management … kolam renang Patriot").
    **dict.fromkeys(("hongkong pools", "hk pools", "sydney pools"), ("kolam", "renang", "swimming", "berenang")),
    "scatter": ("plot", "diagram", "grafik", "chart", "analisis", "sebaran", "korelasi", "regresi", "statistik"),
    # A camera's and a microscope's maker, Zeus a laptop's name (a procurement's list).
    "olympus": ("kamera", "camera", "gunung", "mikroskop", "binokuler", "laboratorium", *_MYTHOLOGY),
    "yggdrasil": ("pohon", "nordik", "norse", *_MYTHOLOGY),
    "aviator": ("kacamata", "jaket", "pilot", "penerbang", "penerbangan", "pesawat", "bandara", "film"),
    "olympus 1000": ("kamera", "camera", "lensa"),  # a strong term, but a camera's model name too
    "zeus": (*_MYTHOLOGY, "laptop", "notebook", "axioo"),
    "mahjong": (
        "lansia",
        "turnamen",
        "kejuaraan",
        "klub",
        "festival",
        "budaya",
        "tionghoa",
        "imlek",
        "perkumpulan",
        "catur",
        "senam",
    ),
    # A registration's, a download's, a broadcast's mirror; a lesson on safe browsing.
    **dict.fromkeys(
        BRAND_LURES,
        (
            "pendaftaran",
            "unduh",
            "unduhan",
            "formulir",
            "zoom",
            "siaran",
            "live streaming",
            "cek fakta",
            "hoaks",
            "hoax",
            "literasi",
            "belajar",
        ),
    ),
    # A magnification of a microscope, a lens or a picture, a size, a speed.
    **dict.fromkeys(
        MULTIPLIERS,
        (
            "mikroskop",
            "perbesaran",
            "pembesaran",
            "lensa",
            "objektif",
            "okuler",
            "zoom",
            "kamera",
            "teleskop",
            "teropong",
            "optik",
            "resolusi",
            "piksel",
            "pixel",
            "ukuran",
            "dimensi",
            "cm",
            "mm",
            "lebih cepat",
            "kali lipat",
        ),
    ),
    # A bank's, a cooperative's savings paid in ("deposit dana simpanan sukarela melalui QRIS").
    **dict.fromkeys(
        ("deposit dana", "deposit qris"),
        ("bank", "kas daerah", "bunga", "deposito", "koperasi", "simpanan", "tabungan"),
    ),
    # What a country makes: "laptop keluaran China dan keluaran Taiwan".
    **dict.fromkeys(
        ("keluaran china", "keluaran taiwan"),
        ("laptop", "komputer", "ponsel", "perangkat", "produk", "merek", "pabrikan", "buatan", "mobil", "motor"),
    ),
    # A budget's honoraria (Honorarium Kegiatan) and its data by division.
    **dict.fromkeys(("pengeluaran hk", "data hk"), ("honorarium", "anggaran", "realisasi")),
    # A sale ("Bonanza akhir tahun, hadiah jackpot kulkas"), a chilli of the farmers, a perfume at a bazaar,
    # a figure of speech, the Chinese zodiac of Imlek and of a horoscope, a shop's price of balls.
    "bonanza": (
        "diskon",
        "promo",
        "belanja",
        "pasar",
        "harga",
        "potongan",
        "bazar",
        "pameran",
        "umkm",
        "expo",
        "undian",
        "berhadiah",
        "perdagangan",
    ),
    "habanero": ("cabai", "cabe", "sambal", "pedas", "benih", "bibit", "tanam", "petani", "panen", "budidaya"),
    "baccarat": ("parfum", "perfume", "rouge", "wangi", "aroma", "kristal", "crystal"),
    "roulette": ("russian", "rusia", "ibarat"),
    "shio": (
        "imlek",
        "tionghoa",
        "tahun baru",
        "ramalan",
        "zodiak",
        "kalender",
        "kelenteng",
        "klenteng",
        "vihara",
        "barongsai",
        "cap go meh",
        "kelahiran",
    ),
    "pasaran bola": ("harga", "toko", "voli", "basket", "futsal"),
    # A bird's song "gacor" today, at its best hours: a bird contest's news, which no seller writes beside its slots.
    **dict.fromkeys(("gacor hari ini", "jam gacor"), _SONGBIRDS),
    # A hacker's words in a department's stories of hackers (see ``_HACKER_STORIES``), and a reader's comment.
    **dict.fromkeys(
        ("hacker", "hacked", "anonymous", "crew", "cyber team", "cyber army", "indonesian cyber", "owned by"),
        _HACKER_STORIES,
    ),
    **dict.fromkeys(("black hat", "blackhat", "grey hat", "greyhat"), (*_HACKER_STORIES, "konferensi", "conference")),
    "numpang lewat": ("makasih", "terima kasih", "infonya", "info nya"),
    # A work so titled (a song, a film, a book), a hackathon's headline ("Hacked by Code: 60 Tim Ramaikan Hackathon").
    **dict.fromkeys(("hacked by", "we are legion", "we are anonymous", "hacker rulez", "hackers rulez"), _TITLED_WORKS),
    # A social media account hacked, announced by its department ("Akun Instagram kami telah di-hack oleh …").
    **dict.fromkeys(
        ("telah di hack oleh", "telah di-hack oleh", "telah diretas oleh", "diretas oleh"),
        ("akun", "abaikan"),
    ),
    # So in English, and what to do if a site has been hacked: a department's tips ("Jika website has been hacked,
    # segera ganti kata sandi dan pulihkan dari cadangan"); no defacer restores what it wrote over.
    "has been hacked": ("akun", "abaikan", "pulihkan", "memulihkan", "cadangan"),
    # A department's apology for its site hacked and restored ("Mohon maaf, website ini dihack pada 3 Desember; tim
    # kami sedang memulihkan layanan"); no defacer restores what it wrote over.
    **dict.fromkeys(
        _SITE_HACKED,
        ("pulihkan", "memulihkan", "dipulihkan", "cadangan"),
    ),
    # A CSIRT's advisory of a flaw to patch ("Kerentanan kritis pada plugin WordPress File Manager — patch your
    # system segera"); a defacer taunts, with no plugin nor update named.
    "patch your system": ("kerentanan", "plugin"),
    # So in English ("Please patch your WordPress installations immediately to version 6.4.3").
    "please patch your": ("kerentanan", "plugin", "installations", "instalasi", "version", "versi", "vulnerability"),
    # A campaign for strong passwords ("Password 123456? Your security is weak! Gunakan minimal 12 karakter dan
    # autentikasi dua faktor"); a defacer counts no characters.
    **dict.fromkeys(("your security is weak", "security is weak"), ("karakter", "autentikasi", "dua faktor")),
    # A CTF team's captain quoted on the machine it took ("Mesin target telah kami retas dalam 15 menit").
    **dict.fromkeys(("telah kami retas", "sudah kami retas"), ("mesin target", "ctf", "capture the flag")),
    # A guestbook's visitors ("Rudi was here, pelayanan KIR cepat!", "Sorry admin, jadwal uji KIR Sabtu buka?").
    **dict.fromkeys(("was here", "sorry admin"), ("buku tamu", "guestbook", "pelayanan")),
    # A competition's organisers greeting its participants, its jury, its committee ("Greetz to semua peserta!"); a
    # defacer greets crews and handles.
    **dict.fromkeys(("greetz", "greetz to", "greets to"), ("peserta", "juri", "panitia")),
}
DEFACEMENT = (
    "hacked by",
    "defaced by",
    "h4cked by",
    "h4ck3d",
    "0wn3d by",
    "0wned by",
    "pwned by",
    "owned by hacker",
    "greetz",
    "greetz to",
    "greets to",
    "just test your security",
    "just testing your security",
    "test your security",
    "patch your system",
    "patch your security",
    "your security is low",
    "your security is weak",
    "security is weak",
    "site has been hacked",
    "has been hacked",
    "website ini telah diretas",
    "situs ini telah diretas",
    "telah diretas oleh",
    "website ini sudah diretas",
    "situs ini sudah diretas",
    "web ini telah diretas",
    "ini kami retas",  # "situs ini kami retas"
    "telah di hack oleh",
    "telah di-hack oleh",
    "di-deface oleh",
    "dideface oleh",
    "di deface oleh",
    "security breached by",
    "hacked your website",
    "hacked your site",
    # A defacer's signature lines, in English and in Indonesian slang: no news or notice writes them.
    "security is just an illusion",
    "security is an illusion",
    "your security is garbage",
    "your security is trash",
    "hacked for fun",
    "we are anonymous",
    "we are legion",
    "we do not forgive",
    "opisrael",
    "sudah kami tembus",
    "telah kami tembus",
    "sudah kami retas",
    "telah kami retas",
    "anda kami retas",
    "kalian kami retas",
    "keamanan website lu",
    "keamanan web lu",
    "keamanan kalian lemah",
    "sistem kalian lemah",
    "keamanan website anda masih lemah",
    "keamanan websitenya lemah",
    "keamanan web anda lemah",
    "keamanan website lemah",
    "keamanan website anda lemah",
    "hacker rulez",
    "hackers rulez",
    # A site taken over, said to its owner: "(pengelolaan) website ini telah kami kuasai" is a training
    # report's too, and is not listed.
    "website anda kami ambil alih",
    "website kalian kami ambil alih",
    "cuma numpang lewat",
    "cuman numpang lewat",
    "shell uploaded by",
    "patch your web",
    "notified on zone-h",
    # Said to the site's owner, of this site: "Situs Ini Telah Dibobol!", "Patch sistem kalian!", "Security test by …".
    "situs ini telah dibobol",
    "website ini telah dibobol",
    "web ini telah dibobol",
    "situs ini sudah dibobol",
    "website ini sudah dibobol",
    "patch sistem kalian",
    "patch website kalian",
    "patch web kalian",
    "cuma numpang promosi",
    "cuman numpang promosi",
    "security test by",
    "just a security test",
    "please patch your",
    # A team's signatures in the words of 2026: a visit ("just touch, no delete", "cuma mampir admin"), a site
    # taken over ("situs anda kami ambil alih"), mockery ("web kalian bocor", "sistem kalian kentang"), an
    # offer to fix what it broke ("website anda telah diretas"), a ransom note.
    "just touch no delete",
    "just touch, no delete",
    "only touch no delete",
    "cuma mampir admin",
    "cuman mampir admin",
    "situs anda kami ambil alih",
    "situs kalian kami ambil alih",
    "web anda kami ambil alih",
    "web kalian bocor",
    "website kalian bocor",
    "situs kalian bocor",
    "sistem kalian kentang",
    "keamanan kalian kentang",
    "web kalian kentang",
    "website kalian kentang",
    "website anda telah diretas",
    "situs anda telah diretas",
    "web anda telah diretas",
    "your files have been encrypted",
    "are stolen and encrypted",  # LockBit's "All your important files are stolen and encrypted!"
    "your website has been encrypted",
    "website anda telah dienkripsi",
    "situs anda telah dienkripsi",
    "file anda telah dienkripsi",
    # Teams abroad sign in their languages' words written in ASCII: Turkish, Portuguese.
    "hacklendi",
    "tarafindan hacklendi",
    "hackledik",  # "(sitenizi) hackledik": we hacked (your site)
    "hacklenmistir",  # "hacklenmiştir": has been hacked
    "turk hack team",
    "turkhackteam",
    "hackeado por",
    "hackeado pelo",
    # and in French, German, Malay, Portuguese and Vietnamese (read without diacritics: "piraté par", "đã bị hack").
    "pirate par",
    "gehackt von",
    "telah digodam",
    "digodam oleh",
    "invadido por",
    "site invadido",
    "da bi hack",
    "site hackeado",
    "sitio hackeado",
    # A Brazilian or Latin American team's taunt beside its "Hackeado!" ("Sua segurança é uma piada").
    "sua seguranca e fraca",
    "sua seguranca e falha",
    "sua seguranca e uma piada",
    "tu seguridad es una broma",
    "tu seguridad es debil",
    "su seguridad es debil",
    # Chinese and Thai, found inside any run of letters: "this site has been hacked", "was hacked", "hacked by".
    "此网站已被黑",
    "本站已被黑",
    "网站已被黑",
    "ถูกแฮก",
    "แฮกโดย",
    # Arabic and Russian, found as whole words: "the site has been hacked", "hacked (by)", "site hacked (by a hacker)".
    "تم اختراق الموقع",
    "تم اختراق موقع",
    "تم اختراق هذا الموقع",
    "تم الاختراق",
    "تم التهكير",  # "hacked" in the colloquial verb ("تم التهكير بواسطة …")
    "تم تهكير الموقع",
    "اخترق بواسطة",
    "сайт взломан",
    "сайт был взломан",
    "взломан хакером",
    "взломано хакером",
    "взломан командой",
    "взломано командой",
    "взломали ваш сайт",
    # Bengali and Urdu, found as whole words (teams from Bangladesh and Pakistan): "hacked by" as Bengali spells the
    # English, "(this site) has been hacked", "has hacked"; Urdu's "has been hacked" (of a site: feminine too) and
    # "(we) have hacked it".
    "হ্যাকড বাই",
    "হ্যাক করা হয়েছে",
    "হ্যাক করেছে",
    "ہیک کر لیا گیا",
    "ہیک کر لی گئی",
    "ہیک کر لیا ہے",
    "ہیک کر لی ہے",
    "ہیک کیا گیا",
    # Persian's "hacked by", "this site has been hacked", "your site was hacked" (teams from Iran), and Hindi's "has
    # been hacked", "hacked (it)", "hacked by" (teams from India).
    "هک شده توسط",
    "این سایت هک شده",
    "سایت شما هک شد",
    "हैक किया गया",
    "हैक कर लिया",
    "द्वारा हैक",
    # Said to the site's owner in English and Indonesian slang, a campaign's tag, a mass
    # defacer's log ("[+] Index changed by …").
    "d3f4c3d",
    "you got hacked",
    "you have been hacked",
    "you have been pwned",
    "this website was hacked",
    "this site was hacked",
    *_SITE_HACKED,
    "anda kami bobol",
    "kalian kami bobol",
    "situs ini telah ditembus",
    "website ini telah ditembus",
    "web ini telah ditembus",
    "sistem anda lemah",
    "web lu jebol",
    "website lu jebol",
    "situs lu jebol",
    "opindonesia",
    "index changed by",
)
# A defacer's word that is all of a page's title ("HACKED", "~ Defaced ~"): its signature alone. A department's page
# on a film, a book or an incident so named says more in its title ("Resensi Film Hacked – Perpustakaan Daerah").
DEFACEMENT_TITLES = ("hacked", "defaced")
# A defacer's signature spelled with its letters apart ("H A C K E D  B Y  K U R O"), which a page's text runs into
# one word once joined (its wider gaps read as one space: "HACKEDBYKURO"): read with the signature's spaces again.
SPACED_SIGNATURES = ("hacked", "defaced")  # each followed by "by"
# What a report writes just before a signature it quotes: what the page it tells of showed ("tampilan berubah jadi
# Hacked by ...", "tulisan Hacked By Anonymous", "istilah Greetz"); a defacer signs with no such words before.
SIGNATURE_SHOWN = ("berubah jadi", "berubah menjadi", "tulisan", "isinya", "istilah", "saat diretas")
# And what it writes before a signature it puts in quotation marks ("memasang pesan 'Hacked by Team Red'", "Sempat
# 'Hacked by Sn1per', Kini Pulih").
SIGNATURE_QUOTED = ("pesan", "sempat", "diretas", "peretas", "meninggalkan", "tinggalkan")
# A signature told of in a sentence of news, right after its verb's auxiliary, under a subject of some words ("Em 2024 o
# site da prefeitura foi hackeado por criminosos e restaurado", "the city council website was hacked by criminals"). A
# defacer signs alone ("Hackeado por Anon-MX"), tells the owner of this site ("Este site foi hackeado por", "Your
# website was hacked by") or adds its ./handle.
NARRATED_SIGNATURES = ("hacked by", "hackeado por", "hackeado pelo", "invadido por", "pirate par", "gehackt von")
NARRATIVE_AUXILIARIES = ("was", "were", "foi", "foram", "fue", "fueron", "a ete", "wurde")
# Of those, the ones that hold their auxiliary: Vietnamese's "đã bị hack" ("has been hacked": "Cổng thông tin của Sở Y
# tế đã bị hack vào tối 3/12"), as a defacer's title says it of "this site" ("Website này đã bị hack").
NARRATED_PASSIVES = ("da bi hack",)
ADDRESSED_SITES = (
    *("this", "your", "este", "esta", "seu", "sua", "su", "tu", "ce", "cet", "votre", "ton", "dein", "ihre", "diese"),
    *("ini", "anda", "kalian", "lu", "lo"),
)
# Vietnamese's "your" and "this (site)", which stands after its noun ("trang web này"): its other words spell some of
# the others' ("điện tử", electronic, reads "dien tu").
ADDRESSED_SITES_VIETNAMESE = ("cua ban", "cac ban", "web nay", "website nay", "trang nay", "tin nay", "site nay")
# Vietnamese's "if" and "when": "Nếu trang web của bạn đã bị hack, hãy …" ("if your site has been hacked, do …") is
# advice, a site's owner addressed in a condition; a defacer states it.
CONDITIONS_VIETNAMESE = ("neu", "khi", "lo nhu")
# What a news headline answers its own question with ("Hacked by Garuda Security? Ini Penjelasan Diskominfo"): a
# defacer asks the owner, and answers nothing ("Hacked by X? Where is your security?").
HEADLINE_ANSWERS = (
    *("ini penjelasan", "begini penjelasan", "simak penjelasan", "ini faktanya", "begini faktanya", "cek fakta"),
    *("ini kata", "begini kata", "ini tanggapan", "ini jawaban", "ini klarifikasi"),
    *("ini kronologi", "begini kronologi"),
)
# A team's name in a competition's results, with a hacker's word in it ("Garuda Hacker", "Patriot Cyber Team", "Bekasi
# Black Hat"): a winners' table or list stands in one run of text with what names the competition (its heading, its
# introduction or its columns: "Pemenang Capture The Flag …: Peringkat Tim Skor 1 Garuda Hacker 4850 2 …"), however
# many rows away. A defacer's page names no competition.
TEAM_NAME_WORDS = (
    "hacker",
    "crew",
    "cyber team",
    "cyber army",
    "indonesian cyber",
    "black hat",
    "blackhat",
    "grey hat",
    "greyhat",
    "anonymous",
)
COMPETITION_WORDS = (
    "lomba",
    "kompetisi",
    "competition",
    "ctf",
    "capture the flag",
    "hackathon",
    "turnamen",
    "tournament",
    "juara",
    "pemenang",
    "peringkat",
    "skor",
    "papan skor",
    "klasemen",
    "scoreboard",
    "leaderboard",
)
# A comment section's marks in its text: its title counts its comments ("3 Tanggapan", "12 Comments"), each comment
# says who wrote it ("Rina berkata:", "Agus says:") and offers a reply ("Balas"). A weak word after them is a visitor's
# ("Hacker Pemula" commenting, "Sorry admin, mau tanya …"), no company of another visitor's.
COMMENT_COUNTS = ("tanggapan", "komentar", "comment", "comments", "response", "responses", "balasan")
COMMENT_MARKS = ("berkata:", "says:", "balas", "reply", "komentar:", "tanggapan:")
# The marks that end a comment's text (its reply link): a word after them is no longer that comment's, but the page's
# again unless another comment opens (a defacer's block after the last comment, "Tinggalkan Balasan", the footer).
COMMENT_REPLIES = ("balas", "reply")
# The name a guestbook or a comment system gives a visitor who leaves none, over their entry's date ("anonymous 2
# Desember 2026 Web nya keren min, jangan sampai di deface hacker ya"): a visitor's, no defacer's collective.
UNNAMED_VISITORS = ("anonymous",)
# What a citizen writes in a comment, a guestbook or a Q&A when naming the trade: asking what its words mean, or
# telling of its harm and asking for help ("Anak saya sering bilang gacor dan maxwin, apa maksudnya min?", "Tetangga
# saya kalah ratusan juta main slot gacor, ternyata ditipu", "pola gacor ternyata bohong"). Read in visitors' places
# alone, where no brand, no link of the trade and no seller's word stands near (``defacement._citizens``).
CITIZENS_WORDS = (
    "apa maksud",
    "apa maksudnya",
    "apa artinya",
    "artinya apa",
    "itu apa",
    "apa itu",
    "apakah",
    "bagaimana",
    "kenapa",
    "mengapa",
    "tolong",
    "mohon",
    "kecanduan",
    "kalah",
    "ditipu",
    "tertipu",
    "penipuan",
    "bohong",
    "korban",
    "resah",
    "meresahkan",
    "terjerat",
    "bangkrut",
    "utang",
    "hutang",
    "lapor",
    "melapor",
    "dilaporkan",
)
# What a seller's tease says beside a citizen's question, and no citizen ("Mohon info slot gacor maxwin hari ini",
# "Apa itu RTP live? Bocoran RTP slot gacor hari ini"): the day's tip.
CITIZENS_VOIDED = ("hari ini", "malam ini", "bocoran", "info")
# A defacer's greeting a visitor writes too, in their own comment ("Greetz!", "Salam buat admin, greetz from Bekasi
# Utara"): alone in one comment's text, a visitor's.
VISITORS_GREETINGS = ("greetz", "greetz to", "greets to")
# A hacker's words that also have innocent uses ("ganti tampilan" to dark mode).
WEAK_DEFACEMENT = (
    "touched by",
    "was here",
    "ganti tampilan",
    "sorry admin",
    "indonesian cyber",
    "cyber army",
    "cyber team",
    "hacker",
    "hacked",
    "diretas oleh",
    "owned by",
    "has been compromised",
    "defaced",
    "anonymous",
    "crew",
    "numpang lewat",  # a commenter's "numpang lewat gan", too
    "maaf admin",
    "security breach",
    "keamanan website kalian",  # a blog's tips, too ("Tips menjaga keamanan website kalian")
    "keamanan web kalian",
    "keamanan situs kalian",
    "grey hat",
    "greyhat",
    "black hat",  # a conference, too
    "blackhat",
    "jangan remehkan kami",
    # Arabic's "hacker", "the site is hacked" and "hacked it", Russian's "hacked" and "(they) hacked" (a news item
    # writes them too)
    "هكر",
    "هاكر",
    "الموقع مخترق",
    "اخترقه",
    "взломан",
    "взломано",
    "взломали",
    # Bengali's and Urdu's "hacked" (a warning writes it too: "অ্যাকাউন্ট হ্যাকড হলে", if an account is hacked)
    "হ্যাকড",
    "ہیکڈ",
    # Vietnamese's "hacked by" and Portuguese's "hacked!": a news item tells of a site or an account "bị hack bởi nhóm
    # tin tặc" and "hackeado" too.
    "bi hack boi",
    "hackeado",
)
# The PHP web shells and uploaders found on defaced sites, by the names their panels show: the finding names the one
# it sees (``defacement.web_shell``), never finds one by its name alone (a CSIRT's advisory lists them all).
WEB_SHELL_NAMES = (
    "indoxploit",
    "wso",
    "filesman",
    "b374k",
    "alfa team",
    "mini shell",
    "marijuana",
    "gecko",
    "con7ext",
    "priv8",
    "haxor",
)
# A defacer's greetings and thanks, which a hall of fame, a concert's poster or a season's greeting says too: they
# sign a defacer's page only beside a ./handle ("./Kur0 Thanks to: ./Sh4d0w").
DEFACER_GREETINGS = (
    "greetings from",
    "expect us",
    "just for fun",
    "thanks to",
    "special thanks",
    "gr33tz",
    "shout out to",
    "shoutout to",
)
# A hacktivist's cause, the whole of a defacer's page under the site's title in 2024-2026 ("#FreePalestine / Stop The
# Genocide", "From the river to the sea", "Boycott Israel"): a department's news of a donation, its banner of
# solidarity and its splash page of a day say them too, so they sign only a page all a defacer's that is not one the
# site put in front of itself (``defacement.defacer_page``).
DEFACER_CAUSES = (
    "free palestine",
    "freepalestine",
    "save palestine",
    "savepalestine",
    "stop the genocide",
    "stopgenocide",
    "boycott israel",
    "from the river to the sea",
)
# A data leak announced on the site it was taken from ("Data 1,3 juta penduduk bocor, download di breachforums", "Data
# kalian sudah bocor", signed by Bjorka): a department's press release on the investigation names him and the forum.
DEFACER_LEAKS = (
    "bjorka",
    "breachforums",
    "breach forums",
    "data kalian bocor",
    "data kalian sudah bocor",
    "data anda sudah bocor",
)
# A ransom note served as the site's page (Brain Cipher's, LockBit's, a local crew's "transfer … BTC untuk membuka
# kunci"): an advisory and a news item quote its lines, and an application's privacy page says "your data is
# encrypted" (at rest). (A notice's "Website ini telah dikunci sementara" and "Data Anda telah kami enkripsi" are a
# department's own words, beside a GIF that loads: not listed.)
RANSOM_NOTES = (
    "all your data is encrypted",
    "your data is encrypted by",
    "all your files are encrypted",
    "all your important files",
    "contact us via tox",
    "tox id",
    "leak site",
    "download tor browser",
    "untuk membuka kunci",
)
# A defacer's words that sign a page only where the page is all a defacer's (a few lines and links, no menu, a show
# put on or a ./handle: ``defacement.defacer_page``), with the weak ones above: a news item, a notice or a page of
# patch notes on a site's page says them too ("patched by", "zone-h", "maaf min").
DEFACER_PAGE_WORDS = (
    "security breached",
    "no system is safe",
    "no system is secure",
    "patched by",
    "hack by",
    "dijebol oleh",
    "berhasil dijebol",
    "zone-h",  # its mirror of the page, or the defacer's notifier's archive
    "zone h.org",  # so a link's address reads, spaced
    "pwned",
    "cuma ngetes",
    "iseng doang",
    "maaf min",
    "sorry min",
    "keamanan nol",
    "keamanan website ini nol",
    "fix your security",
    "check your security",
    "kami sudah masuk",
    "your site is mine",
    # A crew's signature and its taunts on a bare page ("Indonesian Defacer Team / Stay Calm And Patch Your Site",
    # "Your Site Has Been Hijacked"): a security team's advisory says "patch" and "vulnerable", not these.
    "defacer team",
    "cyber squad",
    "patch your site",
    "just security test",
    "sistem kalian rentan",
    "has been hijacked",
    # A defacer's mockery of the site, in Indonesian and in English ("Sistem Kalian Bobrok!", "Security kalian lemah
    # min", "Keamanan website anda sangat lemah", "Owned by X / Nothing is secure"): a citizen's comment or complaint
    # says "sistem kalian bobrok" too. (A notice's "Website ini telah di-deface" and a workshop's "Cegah Deface by
    # Diskominfo" are a department's words as much: not listed.)
    "sistem kalian bobrok",
    "sistem anda bobrok",
    "security kalian lemah",
    "security anda lemah",
    "keamanan website anda sangat lemah",
    "nothing is secure",
    *DEFACER_GREETINGS,
    *DEFACER_CAUSES,
    *DEFACER_LEAKS,
    *RANSOM_NOTES,
)
# News of an attack on a site: a headline of another site defaced, what appeared on it, what it did to it, who did
# it ("Situs Sekolah Diretas, Muncul Tulisan Hacked By …", "Hacked by Hacker Anonim, Website DPRD Lumpuh 6 Jam"); an
# incident's chronology or a CSIRT's advisory: what the defaced page said, its mitigation, the site restored.
_ATTACK_NEWS = (
    "muncul tulisan",
    "menjadi tulisan",  # "tampilan situs berubah menjadi tulisan Hacked by Mr.X"
    "bertuliskan",
    "lumpuh",
    "oknum",
    "tak dikenal",
    "tidak dikenal",
    "menjadi korban",
    "berbunyi",
    "kronologi",
    "dipulihkan",
    "advisory",
    "mitigasi",
    "mitigation",
    # A program that thanks those who report a flaw: its hall of fame names them by their teams.
    "laporan kerentanan",
    "responsibly disclosing",
    "responsible disclosure",
)
# A warning's imperative against a link sent to the reader ("Waspada penipuan mengatasnamakan Dinas! Jangan klik tautan
# situs slot atau togel yang dikirim via WhatsApp"): the fraud it warns of uses the trade's links. A seller warns so of
# the others' sites too ("Jangan klik link palsu"), and writes its terms in the next sentence ("Jangan klik sembarangan!
# Slot gacor maxwin"): such a word is news only of the terms after it in its sentence (see ``term_scan``).
WARNED_LINKS = (
    "jangan klik",
    "jangan mengklik",
    "jangan buka tautan",
    "jangan membuka tautan",
    "jangan buka link",
    "jangan membuka link",
)
# A lesson's verdict on the trade's slang: a myth, a deception, an illusion, a bait ("RTP live hanyalah tipuan bandar",
# "pola gacor hanyalah mitos", "maxwin hanya ilusi belaka"). A seller's copy denies the same verdict of its own words
# ("pola gacor bukan sekadar mitos", "RTP akurat, bukan hanya tipuan"): ``SELLERS_DENIALS``, which cover it.
_VERDICT_NOUNS = ("mitos", "tipuan", "ilusi", "umpan", "kebohongan")
_VERDICT_LEADS = ("hanya", "hanyalah", "sekadar", "cuma")
LESSONS_VERDICTS = (
    *(f"{lead} {noun}" for lead in _VERDICT_LEADS for noun in _VERDICT_NOUNS),
    *(f"{noun} belaka" for noun in _VERDICT_NOUNS),
)
SELLERS_DENIALS = tuple(f"{no} {verdict}" for no in ("bukan", "bukanlah", "tidak") for verdict in LESSONS_VERDICTS)
COUNTER_CONTEXT = (
    "berantas",
    "pemberantasan",
    "memberantas",
    "satgas",
    "larangan",
    "melarang",
    "dilarang",
    "bahaya",
    "sosialisasi",
    "ditangkap",
    "penangkapan",
    "diamankan",
    "tersangka",
    "pelaku",
    "polisi",
    "polres",
    "polda",
    "razia",
    "blokir",
    "diblokir",
    "memblokir",
    "pemblokiran",
    "cegah",
    "mencegah",
    "pencegahan",
    "waspada",
    "awas",  # a headline's warning ("Awas Slot Gacor"); a seller's "awas ketinggalan" is neutral
    "imbauan",
    "mengimbau",
    "kampanye",
    "edukasi",
    "penyuluhan",
    "anti",
    "tolak",
    "menolak",
    "jauhi",
    "hindari",
    "jerat",
    "terjerat",
    "dampak",
    "korban",
    "kecanduan",
    "ancaman",
    "pidana",
    "hukum",
    "sanksi",
    "kominfo",
    "komdigi",
    "perangi",
    "memerangi",
    "lawan",
    "melawan",
    # "bebas dari" alone is spam's too ("situs slot terpercaya bebas dari penipuan").
    "bebas dari judi",
    "bebas judi",
    "bebas dari narkoba",
    "bebas dari jeratan",
    "jeratan",
    "menjerat",
    "stop",
    "laporkan",
    "melaporkan",
    "aduan",
    "aduankonten",
    "merusak",
    "menindak",
    "penindakan",
    "ditindak",
    # news about an arrest
    "menangkap",
    "meringkus",
    "diringkus",
    "membekuk",
    "dibekuk",
    "menggerebek",
    "digerebek",
    "penggerebekan",
    "ditahan",
    "reskrim",
    "satreskrim",
    "kapolres",
    "polsek",
    "barang bukti",
    # a raid of Satpol PP (the city's public order agency) on "penyakit masyarakat"
    "menyita",
    "disita",
    "penyitaan",
    "satpol pp",
    "penyakit masyarakat",
    "penyidik",
    "terdakwa",
    "divonis",
    # news about an attack on a site
    "bssn",
    "csirt",
    "peretasan",
    "keamanan siber",
    "serangan siber",
    "insiden",
    # A report on judi online: its lure, its harm, its trial and its regulator; no seller writes these.
    "iming-iming",
    "tergiur",
    "tergoda",  # as "tergiur": "tergoda cerita maxwin teman kantor"; a seller's "jangan tergoda situs palsu" too
    "terpapar",
    "modus",
    "iklan judi",
    "iklan slot",
    "perputaran dana",
    "transaksi judi",
    "judi daring",
    "perjudian daring",
    "pecandu",
    "terlilit",
    "utang",
    "pinjol",
    "merugikan",
    "haram",
    "fatwa",
    "mui",
    "ppatk",
    "berinisial",
    "vonis",
    "pengadilan",
    "hukuman",
    "penjara",
    "kejaksaan",
    "omzet",
    "mempromosikan",
    "promosikan",
    "dipromosikan",
    "mengiklankan",
    "diiklankan",
    "konseling",
    "psikolog",
    "rehabilitasi",
    "imbau",
    "pemutusan akses",
    "memutus akses",
    "konten negatif",
    # a literacy piece's ("Apa Itu Scatter Hitam? Jebakan Judi Online"); a seller boasts of none ("tanpa jebakan")
    "jebakan judi",
    "jebakan bandar",
    # a report line's ("dapat melapor melalui WhatsApp 0812-…", "bandar judi dapat diadukan"); not "pengaduan" nor
    # "lapor", a department's menu of its services ("Layanan Pengaduan", "SP4N-LAPOR!")
    "melapor",
    "mengadukan",
    "diadukan",
    # a headline's: who is involved and what it costs ("ASN terlibat judi slot akan dipecat")
    "terlibat",
    "dipecat",
    "pemecatan",
    "awasi",
    "mengawasi",
    "miskin",
    "kemiskinan",
    # news of the pages injected into a site ("situs toto disusupkan ke situs sekolah")
    "disusupi",
    "disusupkan",
    "menyusupkan",
    "penyusupan",
    "teridentifikasi",
    "menyusup",
    "menumpang",  # "situs judi menumpang di domain sekolah"
    # Its accounts frozen, its links taken down, a warning given: the words of a headline ("Rekening Bandar Judi
    # Dibekukan", "Tautan Situs Judi Berhasil Di-takedown", "Lurah Ingatkan Warga soal Judi Bola"), a sermon's
    # ("materi khutbah Jumat: menjaga keluarga dari judi"). Not "ditutup", which a department's notice writes of its
    # own service ("pendaftaran ditutup") and a seller's of the others' sites.
    "dibekukan",
    "membekukan",
    "pembekuan",
    "takedown",
    "ditakedown",
    "ingatkan",
    "mengingatkan",
    "diingatkan",
    "khutbah",
    "khotbah",
    "tidak ada taruhan",  # a tournament's rules ("tidak ada taruhan atau mix parlay, murni silaturahmi")
    # a literacy session on it: its speakers, its lures and its harm, named as such ("Narasumber menjelaskan
    # istilah seperti RTP, scatter, dan pola gacor yang dipakai untuk memikat pemain")
    "narasumber",
    "pemateri",
    "webinar",
    "seminar",
    "literasi",
    "memikat",
    "bahayanya",
    "dampaknya",
    # A police headline's, a ticker's or an infographic's: a case, a foreigner deported, a theft for a gambling
    # debt, the crimes of a police site's tag cloud ("Ungkap Kasus Togel Online", "WNA Pengelola Casino Online
    # Dideportasi", "Pemuda Nekat Curi Motor karena Kalah Main Mahjong Ways"). Not "dibongkar" nor "diungkap",
    # which a seller's bait writes too ("Pola gacor dibongkar admin").
    "pengungkapan",
    "ungkap kasus",
    "kasus",
    "dideportasi",
    "deportasi",
    "curi motor",
    "mencuri",
    "pencurian",
    "curanmor",
    "narkoba",
    "infografis",
    "mewaspadai",
    *WARNED_LINKS,
    *_ATTACK_NEWS,
    # A hoax debunked: "[HOAKS] Situs Slot Gacor Resmi Milik Pemkot Bekasi".
    "hoaks",
    "hoax",
    "disinformasi",
    "cek fakta",
    # A fact-check's: a chain message, a name or a logo used without leave ("Pesan berantai mengajak warga mendaftar
    # di situs judi berhadiah", "situs slot yang mencatut logo Pemkot"); no seller writes of itself so.
    "pesan berantai",
    "mencatut",
    "dicatut",
    "catut",
    # and its denial: "Pemkot menegaskan tidak memiliki situs slot resmi", "Pemkot Tak Punya Situs Slot"
    "tidak memiliki situs",
    "tidak punya situs",
    "tak punya situs",
    # what a report found in the data of transfers ("600 penerima bansos terindikasi main judol: NIK mereka tercatat
    # melakukan transaksi deposit ke situs judi online")
    "terindikasi",
    # a reader asking how to report it ("Bagaimana cara melaporkannya?")
    "melaporkannya",
    # The pages slipped into a site, and the words a takedown found on them ("Kata kunci yang ditemukan antara lain
    # slot gacor dan situs toto", "berisi kata kunci seperti slot gacor yang disisipkan peretas").
    "disisipkan",
    "menyisipkan",
    "sisipan",
    "kata kunci yang ditemukan",
    # a lesson on its lies ("RTP adalah klaim palsu situs judi bahwa mesin slot sedang gacor"); a seller's warning
    # of the others' too, see ``SELLERS_WARNINGS``
    "klaim palsu",
    # and its verdict on them: "padahal RTP live hanya rekayasa", "pola gacor hanyalah trik pemasaran bandar judi" (a
    # seller writes "tanpa rekayasa", of its own results)
    "hanya rekayasa",
    "hanyalah rekayasa",
    "rekayasa belaka",
    "trik pemasaran",
    *LESSONS_VERDICTS,
    "adalah kebohongan",  # "janji maxwin dan RTP live 98% adalah kebohongan"; a seller's is "bukan kebohongan"
    # In English, a police report's ("Police seized 12 slot machines from an illegal casino").
    "police",
    "seized",
    "arrested",
    "illegal casino",
    "illegal gambling",
)
# A department's own lesson on the trade, as its page's first heading names it: the trade by its plain word ("judi",
# "judol", never a seller's slang) and a lesson's word ("Kenali Istilah Judi Online", "FAQ Literasi Digital: Judi
# Online", "Kamus Singkat Istilah Judol") or a campaign's (a word of ``COUNTER_CONTEXT``: "Waspada Jebakan Judi
# Online"). Its text lists the slang as the seller's own words, with no verdict beside each ("Orang tua perlu tahu
# istilah seperti gacor, maxwin, dan RTP"); see ``defacement._own_lesson``.
LESSONS_TRADE = ("judi", "judol", "perjudian")
LESSONS_HEADINGS = ("kenali", "mengenal", "mengenali", "istilah", "kamus", "faq", "literasi", "edukasi")
# What marks such a page a campaign's, in its heading or its main content: of the words of ``COUNTER_CONTEXT``, those
# of a literacy campaign and its hotline ("Literasi Digital", "Laporkan ke aduankonten.id", "Bahaya Judi Online"), not
# a report's that a seller's SEO article uses of its game ("bertemu lawan dari berbagai kota").
LESSONS_MARKS = (
    *("literasi", "edukasi", "sosialisasi", "kampanye", "penyuluhan", "aduankonten", "aduan", "laporkan", "melapor"),
    *("melaporkan", "berantas", "pemberantasan", "memberantas", "satgas", "jebakan judi", "jebakan bandar", "bahaya"),
    *("bahayanya", "dampak", "dampaknya", "cegah", "mencegah", "pencegahan", "imbauan", "mengimbau", "imbau"),
    *("kecanduan", "iming-iming", "memikat", "konseling", "rehabilitasi", "pemutusan akses", "konten negatif"),
    "mewaspadai",
)
# What a seller's page that borrows such a heading writes in its text, and no lesson does: its sign-up, its
# promises, its access ("Kenali ciri situs judi terpercaya: … daftar sekarang", "Link resmi slot gacor hari ini").
LESSONS_VOIDED = (
    *SELLERS_PROMISES,
    *SELLERS_CLAIMS,
    *BRAND_LURES,
    "daftar sekarang",
    "daftar disini",
    "daftar di sini",
    "daftar akun",
    "link daftar",
    "link resmi",
    "login",
    "terpercaya",
    "gampang menang",
    "mudah menang",
    "gabung sekarang",
    "main sekarang",
    "klik disini",
    "klik di sini",
    # its chat and its promises ("Hubungi admin via WhatsApp", "withdraw tanpa batas"); a lesson names the sellers'
    # group, its bonus, its deposit's price too ("diajak gabung grup Telegram", "minimal deposit Rp10.000")
    *("hubungi admin", "hubungi cs", "chat admin", "bergabunglah", "buktikan sendiri", "withdraw tanpa batas"),
    "dibayar lunas",
)
# Of those, what a department's page writes of its own services too, in its top bar, its menu or its footer, which
# runs into a headline beside them ("Layanan pengaduan tersedia 24 jam", "Login", "Hubungi Kami"): no seller's word
# beside a term a warning clears (``term_scan._worn``).
DEPARTMENTS_OWN_SALES = ("24 jam", "login", "hubungi kami", "terpercaya", "aman diakses")
# Of the counter-context words, a warning's and a lesson's, which a kit's copy wears beside its sign-up or its brand
# ("Kenali istilahnya lewat literasi digital. Daftar sekarang …", "Waspada Slot Gacor: Maxwin Hanyalah Mitos – Slot
# gacor maxwin hari ini di KAISAR88"): they report nothing of a site. A report's words do, and name the site they
# tell of ("Polisi blokir situs KAISAR88", "Diskominfo memblokir … di antaranya GARUDA4D"); see ``term_scan._worn``.
WORN_WARNINGS = (
    *("waspada", "awas", "tergiur", "tergoda", "hindari", "jauhi", "merugikan", "korban", "stop", "anti", "tolak"),
    *("menolak", "klaim palsu", "adalah kebohongan", "hanya rekayasa", "hanyalah rekayasa", "rekayasa belaka"),
    *("trik pemasaran", "literasi", "edukasi", "sosialisasi", "kampanye", "penyuluhan", "bahaya", "bahayanya"),
    *("dampak", "dampaknya", "jebakan judi", "jebakan bandar", "jerat", "terjerat", "jeratan", "menjerat"),
    *("kecanduan", "iming-iming", "memikat", "cegah", "mencegah", "pencegahan", "imbauan", "mengimbau", "imbau"),
    *("mewaspadai", "perangi", "memerangi", "lawan", "melawan", "merusak", "haram", "miskin", "kemiskinan"),
    *("pecandu", "terlilit", "utang", "bebas judi", "bebas dari judi", "ingatkan", "mengingatkan", "diingatkan"),
    *LESSONS_VERDICTS,
)
# A report's verb of action on the sites it then lists ("Diskominfo memblokir 1.204 situs judi online, di antaranya
# KAISAR88, GARUDA4D", "Daftar situs yang diblokir: …", "Kominfo take down 5.000 konten, termasuk …", "menangkap tiga
# admin, di antaranya pengelola KAISAR88"), and what opens the list; a seller negates it of its own sites or makes it
# a condition ("belum diblokir", "anti blokir", "tidak pernah diblokir", "jika diblokir"). See
# ``term_scan._listed_by_report``.
BLOCKING_VERBS = (
    *("blokir", "diblokir", "memblokir", "pemblokiran", "take down", "takedown", "ditakedown", "di-takedown"),
    *("memutus akses", "pemutusan akses", "diputus aksesnya", "menangkap", "ditangkap", "meringkus", "diringkus"),
    *("membekuk", "dibekuk"),
)
BLOCKED_LISTS = ("di antaranya", "diantaranya", "antara lain", "termasuk", "seperti", "yakni", "yaitu", "berikut")
BLOCKING_DENIED = (
    *("tidak", "belum", "tak", "gak", "nggak", "anti", "bebas", "tanpa", "kebal", "jika", "kalau", "bila", "apabila"),
    "sebelum",
)
# A hoax debunked, as Diskominfo and turnbackhoax.id write it: its label ("[HOAKS] Situs Slot Gacor KAISAR88 Milik
# Pemkot Bekasi", "Cek Fakta: …", "Klarifikasi: …") and its verdict in the body ("Beredar … Faktanya Pemkot tidak
# memiliki situs slot", "informasi tersebut tidak benar"). A kit's "Cek fakta: slot gacor GARUDA4D benar-benar
# membayar maxwin" and its "bukan hoaks" debunk nothing. See ``term_scan._debunked``.
HOAX_VERDICTS = ("hoaks", "hoax", "disinformasi", "misinformasi", "salah")
HOAX_LABELS = ("cek fakta", "klarifikasi")
HOAX_DENIALS = ("tidak benar", "hoaks", "hoax", "disinformasi")
# What a lesson says the sites promise, before the promise it quotes ('Situs judi kerap menjanjikan "pasti menang" dan
# bonus new member'). See ``term_scan._taught``.
LURES_TOLD = ("menjanjikan", "dijanjikan", "menawarkan", "ditawarkan", "mengiming-imingi", "diiming-imingi", "janji")
# Of the counter-context words, those a seller writes too, warning of the others' sites ("Waspada situs
# palsu! Jangan tergiur situs abal-abal"): news next to a term, but no report's paragraph around it.
SELLERS_WARNINGS = (
    *("waspada", "tergiur", "tergoda", "hindari", "jauhi", "merugikan", "korban", "stop", "anti", "tolak", "menolak"),
    "klaim palsu",
)
# A site's own warnings and campaigns about something else, whose word of news ("waspada") says nothing
# of the gambling spam injected next to them (a running text "Waspada penipuan mengatasnamakan pegawai").
NEUTRAL_CONTEXT = (
    # A seller's urgency, not a warning: "Awas ketinggalan, slot gacor hari ini".
    "awas ketinggalan",
    "awas kehabisan",
    "awas menyesal",
    "awas nyesel",
    "awas rungkad",
    "awas boncos",
    "waspada penipuan",
    "waspada hoaks",
    "waspada hoax",
    "waspada banjir",
    "waspada dbd",
    "waspada demam berdarah",
    "waspada cuaca",
    "cegah stunting",
    "pencegahan stunting",
    "cegah dbd",
    "pencegahan dbd",
    "stop stunting",
    "stop bullying",
    "stop perundungan",
    "anti korupsi",
    "korban banjir",
    "korban kebakaran",
    *SELLERS_DENIALS,
)
# A department's notice of its own site defaced ("Website ini telah di-deface oleh pihak yang tidak bertanggung
# jawab", "akibat ulah pihak yang tidak bertanggung jawab"): its attacker is the party, after "oleh" or "ulah"; no
# defacer's words of itself (a hacktivist's of the government are "pemerintah adalah pihak yang tidak bertanggung
# jawab", beside its "Hacked by"). No news of gambling: a seller warns of "situs palsu dari pihak yang tidak
# bertanggung jawab" too.
DEFACEMENT_ONLY_COUNTERS = tuple(
    f"{agent} {party}"
    for agent in ("oleh", "ulah")
    for party in ("pihak yang tidak bertanggung jawab", "pihak tidak bertanggung jawab")
)
# Of the counter-context words, those that make a defacer's signature news (an attack reported, its
# culprit caught); a campaign's words ("waspada", "stop", "blokir") or a manifesto's ("hukum", "korban",
# "lawan") do not.
DEFACEMENT_COUNTER_CONTEXT = (
    "sosialisasi",
    "imbauan",
    "mengimbau",
    "imbau",
    "pencegahan",
    "mencegah",
    "ditangkap",
    "penangkapan",
    "diamankan",
    "tersangka",
    "pelaku",
    "polisi",
    "polres",
    "polda",
    "edukasi",
    "penyuluhan",
    "kominfo",
    "komdigi",
    "laporkan",
    "melaporkan",
    "menangkap",
    "meringkus",
    "diringkus",
    "membekuk",
    "dibekuk",
    "reskrim",
    "satreskrim",
    "kapolres",
    "polsek",
    "penyidik",
    "terdakwa",
    "divonis",
    "vonis",
    "pengadilan",
    "berinisial",
    "bssn",
    "csirt",
    "peretasan",
    "keamanan siber",
    "serangan siber",
    "insiden",
    *_ATTACK_NEWS,
    *DEFACEMENT_ONLY_COUNTERS,
)
# The agencies a defacer taunts by name on the page it signs ("CSIRT kalian tidur?", "Halo BSSN", "Kominfo lu
# ngapain aja"): so addressed, the name is no word of news of the attack. A report names them in the third person.
TAUNTED_AGENCIES = ("csirt", "bssn", "kominfo", "komdigi")
TAUNTS_BEFORE = ("hai", "halo", "hallo", "hello", "dear", "woy", "woi", "wahai")
TAUNTS_AFTER = ("kalian", "lu", "lo", "tidur")
# Words that spam spells so that filters miss them: with its letters apart (s l o t, s.l.o.t,
# g-a-c-o-r), joined before the text is read (see ``term_scan``), or with digits for letters
# (sl0t, g4c0r, m4xw1n), each such spelling a term of the word's kinds.
DISGUISED = ("slot", "gacor", "togel", "toto", "judi", "maxwin", "sbobet", "casino", "kasino", "poker", "mahjong")
SPACERS = (" ", ".", "-", "_", "*")
# Names of the trade spam spells with digits for letters too ("s1tus jud1 b0la"), each spelling a term of its kind.
DISGUISED_NAMES = ("situs judi", "judi bola", "bandar judi", "agen judi", "situs togel", "situs toto")
DIGITS_FOR_LETTERS = {"o": "0", "a": "4", "e": "3", "i": "1", "l": "1"}
# Terms with a number; each pattern starts with one of the prefixes and ends on a word boundary.
NUMBERED_PREFIXES = (
    "slot",
    "depo",
    "deposit",
    "wd",
    "withdraw",
    "bet",
    "rtp",
    # Gambling brands are made of a gambling word and a number: sbobet88, gacor77, toto88, joker123.
    "sbobet",
    "pragmatic",
    "gacor",
    "maxwin",
    "togel",
    "toto",
    "zeus",
    "olympus",
    "mahjong",
    "hoki",
    "joker",
    "mpo",  # a brand family's sites: mpo888, mpo500
    # a win told as a multiple of the bet: "pecah x500", "tembus x1.000"
    "pecah",
    "tembus",
)
# Of those, the stems a brand glues to other words before its number (rajaslot88, slotgacor88,
# kakekzeus777): no innocent word of a department's page holds them with digits at its end.
GLUED_STEMS = ("slot", "gacor", "togel", "maxwin", "sbobet", "zeus")
# A togel site's name is letters glued to its game, "4D" (panen4d, kakekmerah4d): weak, for "Cinema4D" is
# a design program's; strong with a stem of ``GLUED_STEMS`` or "toto" in it (dewatogel4d, olxtoto4d).
# So is a gambling site's name of a word and a lucky number (jaya88, koin138, garuda303): weak, for a shop
# or a password in a lesson is named so too ("Toko Sinar77", "hindari sandi budi88"), and no company of
# another such name; an e-mail address's or a handle's (andi88@, @humas88) is a person's.
BRAND_NUMBERS = ("77", "88", "99", "138", "168", "188", "303", "338", "388", "555", "777", "888")
BRAND_SUFFIXES = ("4d", *BRAND_NUMBERS)
# Any name of a word and a number (KAISAR88, MAWAR303, PRAGMA69: 4-12 letters and 2-4 digits, not a year's) is a
# gambling site's in a list of such names alone, a link block of brands ("KAISAR88 | MAWAR303 | DEWA4D"): so many
# names of other words, one after another with nothing but separators (or their own sites' addresses) between
# them, are strong (see ``term_scan``); alone, one sells only with a brand's sign-up words (``BRAND_LURES``).
BRAND_RUN = 3
# A gambling site's name glued of a word and a gambling word, with no number (MAWARTOTO, OLXTOTO, SUKABET, JAYABOLA,
# RAJAHOKI, SULTANSPIN, DEWAPOKER; TOGELUP, JUDIBOLAKU): in a list of names of other words, or with a brand's sign-up
# words, a brand's, as a name of a word and a number is (``BRAND_RUN``, ``BRAND_LURES``); alone, the name of a
# person ("Suhartoto"), of a dessert ("sorbet") or of a game ("sepakbola") too. A few ends are a brand's alone
# (``GLUED_NAME_STRONG_ENDS``: LINETOGEL, ASIAGACOR, DEWAZEUS), as their stems are with a number (``GLUED_STEMS``).
GLUED_NAME_ENDS = ("toto", "togel", "gacor", "zeus", "slot", "bet", "hoki", "poker", "casino", "bola", "cuan", "spin")
GLUED_NAME_STARTS = ("togel", "gacor", "judi", "slot", "casino", "toto")
GLUED_NAME_STRONG_ENDS = ("togel", "gacor", "zeus")
# The words before a gambling word whose glued name is another trade's: a songbird in full song (KICAUGACOR,
# MURAIGACOR, LOVEBIRDGACOR: bird keepers said "gacor" before any slot did) names a bird shop's or breeder's.
GLUED_NAME_OWNERS = {"gacor": _SONGBIRDS}
GLUED_NAME_LETTERS = 3  # the other word's letters at least: "sutoto" is a name, "olxtoto" a brand's
# Before "slot", two are a brand's too (JPSLOT, PPSLOT): no name ends so, as "sutoto" does, nor a word ("debet").
GLUED_NAME_SHORT_ENDS = ("slot",)
# A name of either kind linked to the site of the same name on a top-level domain that gambling sites take by the
# thousand, new and cheap (KOITOTO to koitoto.xyz, "Daftar KOITOTO" to koitoto.xyz/daftar, KAISAR88 to kaisar88.vip),
# is a gambling site's own link, a brand's alone. A department links a person, a shop or a club by its name to a site
# of that name on .com, .id or .net ("Suhartoto" to suhartoto.com), seldom on these.
GAMBLING_SITE_DOMAINS = (
    ".xyz",
    ".vip",
    ".top",
    ".site",
    ".online",
    ".club",
    ".fun",
    ".icu",
    ".live",
    ".pro",
    ".bet",
    ".casino",
    ".win",
    ".lat",
    ".cfd",
    ".sbs",
    ".click",
    ".homes",
    ".monster",
    ".buzz",
    ".cyou",
    ".lol",
    ".pw",
    ".cc",
)
# Of those, the domains of gambling alone: a brand's name on one (garuda4d.bet, kaisar88.casino) is a gambling site's
# address, whatever the text of the link to it ("Beranda", an image).
GAMBLING_ONLY_DOMAINS = (".bet", ".casino", ".poker")
# A glued name in a brand's capitals, of a word and a word of gambling alone (MAWARTOTO, SUKABET, DEWAPOKER; not of a
# word another trade has too: an application's SIMBOLA, a shop's RAJAHOKI), is a gambling site's name right beside its
# sign-up words ("Login MAWARTOTO", "Daftar KOITOTO sekarang"). A person's name is written so in a staff list ("Drs.
# SUHARTOTO"), never beside "Login".
GLUED_NAME_GAMBLING_ENDS = ("toto", "togel", "gacor", "zeus", "slot", "bet", "poker", "casino")
# A government's application is named by the initials of its "Sistem Informasi (Manajemen|Pelayanan|Pengelolaan) …"
# and logged into so too ("Login SIPENTOTO", "Daftar SIMSLOT", "Login SIPBET", "Login SIMPOKER"): no brand's word.
GOVERNMENT_APP_STARTS = ("sim", "sip")
GLUED_NAME_SIGN_UP = ("login", "daftar")
# So is any glued name linked to a site of its name and a lucky number (dewapoker to dewapoker88.net), whatever its
# case, on the domains every company takes too: no person's or shop's site adds a lucky number to its name.
BRAND_SITE_DOMAINS = (".com", ".net", ".org", ".info", ".biz")
# A glued name in a brand's capitals alone as a link's text, to a site of exactly its name on a domain every company
# takes (NAGASLOT to nagaslot.com, GARUDA4D to garuda4d.id, KILATBET to kilatbet.com), is a gambling site's own link
# when it ends in a word of gambling no person's or shop's name ends in. Not "toto" (SUHARTOTO to suhartoto.com is a
# person's site, MAWARTOTO alone reads as one), nor a lucky number (TOKOJAYA88 to tokojaya88.com is a shop's).
CAPITAL_BRAND_ENDS = ("slot", "gacor", "togel", "bet", "4d")
CAPITAL_BRAND_DOMAINS = (*BRAND_SITE_DOMAINS, ".id", ".co.id", ".my.id", ".biz.id", ".web.id")
CAPITAL_BRAND_LETTERS = 4  # the name's letters before its ending: GARUDA, NAGA, KILAT; not a USG4D's initials
# Glued names in capitals to their own sites that end in what a person's or a shop's name ends in too: "toto"
# (MAWARTOTO, and the person SUHARTOTO), "jp" (DEWAJP: "jackpot", too short a word for the scan to read as an ending),
# a lucky number (HOKIJAYA88, and the shop TOKOJAYA88). A brand's only with a kit's mark beside them (see
# ``defacement``): hidden in a block of its own, after the site's footer, or several of them.
MARKED_BRAND_ENDS = ("toto", "jp", *BRAND_NUMBERS)
MARKED_BRAND_LETTERS = 3  # the name's letters before its ending: KOI, DEWA, HOKIJAYA; not a "JP" alone
# The words a credit's or a sponsor's line puts just before a name (``defacement``): "Dikembangkan oleh KARYAMEDIA88",
# "Theme by TEMAJP", "didukung oleh TOKOJAYA88 dan SINARJAYA77", "Desain & pengembangan: SUHARTOTO" (a word ending in a
# colon counts too). A kit's names stand bare, side by side.
CREDIT_WORDS = (
    "oleh",
    "by",
    "dan",
    "&",
    "dukungan",
    "sponsor",
    "sponsored",
    "partner",
    "mitra",
    "pengembang",
    "developer",
    "desain",
    "design",
    "theme",
    "tema",
    "hosting",
    "powered",
    "support",
    "bersama",
    "dengan",
    "©",
)
# The words a queue's, a booking's or a city's site on a cheap domain names itself by (antrian-bekasi.site,
# jadwalvaksin.online): a kit's lone "Slot" goes to a name of one word (naga.vip), never to one of these.
SERVICE_HOST_WORDS = (
    "antri",
    "booking",
    "jadwal",
    "layanan",
    "reserv",
    "daftar",
    "vaksin",
    "kuota",
    "tiket",
    "loket",
    "janji",
    "dukcapil",
    "bekasi",
    "kota",
    "kab",
    "pemkot",
    "pemda",
    "dinas",
    "desa",
    "sekolah",
    "mpp",
)
# Names of a venue or a product glued to a "4D": a cinema's (a 3D film with moving seats, "CINEMA4D" beside the film's
# dog TOTO), a 3D program's. None is a brand's, in capitals or in a sentence.
INNOCENT_BRANDS = ("cinema4d", "bioskop4d", "studio4d", "teater4d", "theater4d")
# A hidden link whose whole text is one of these to a site of another host, not a government's or a school's, is a
# spam kit's link (``<div style="display:none"><a href="https://x.xyz/">slot demo</a></div>``): a department hides
# no link to another site, and names what it links ("Stop Judol", "#StopJudol", a film's full title), where a kit
# names the trade alone. Shown, or linked within the site, each stays a word to be read in its sentence.
LONE_HIDDEN_LINKS = (
    *(word for word in TOPIC_GAMBLING if word.isascii()),
    "gacor",
    "maxwin",
    "scatter",
    "slot demo",
    "demo slot",
    "slot dana",
    "slot gacor",
    "slot88",
    "bo slot",
    "akun pro",
    "daftar akun pro",
    "sabung ayam",
    "deposit pulsa",
    "rtp slot",
    "rtp live",
)
# The hosts of governments, universities, schools and villages: never a spam kit's target.
PUBLIC_HOSTS = (".go.id", ".ac.id", ".sch.id", ".desa.id", ".mil.id", ".gov", ".edu")
# Nor the sites where a department's link names a topic alone: a campaign's account, a news portal's tag, a film's
# page, an encyclopedia's article ("judol" to a campaign's Instagram, "sabung ayam" to a portal's tag in a folded tab).
TOPIC_HOSTS = (
    "instagram.com",
    "facebook.com",
    "x.com",
    "twitter.com",
    "youtube.com",
    "youtu.be",
    "tiktok.com",
    "wikipedia.org",
    "imdb.com",
    "detik.com",
    "kompas.com",
    "tempo.co",
    "antaranews.com",
    "liputan6.com",
    "cnnindonesia.com",
    "tribunnews.com",
    "kumparan.com",
    "republika.co.id",
    "okezone.com",
    "suara.com",
    "idntimes.com",
    "viva.co.id",
    "merdeka.com",
    "jpnn.com",
    "sindonews.com",
    "turnbackhoax.id",
    "cekfakta.com",
    "aduankonten.id",
)
# The redirects of the sites of topics (a video's description, a post's link): where they send to is where their
# link goes, by the parameter named (youtube.com/redirect?q=https://x.xyz/, l.facebook.com/l.php?u=…).
REDIRECTS = (
    ("youtube.com", "/redirect", "q"),
    ("l.facebook.com", "/l.php", "u"),
    ("lm.facebook.com", "/l.php", "u"),
    ("l.instagram.com", "/", "u"),
    ("google.com", "/url", "q"),
    ("google.co.id", "/url", "q"),
)
# Words a department writes that end or start so: none is a brand's.
INNOCENT_GLUED_NAMES = (
    "timeslot",
    "keyslot",
    "cardslot",
    "sepakbola",
    "alfabet",
    "alphabet",
    "tibet",
    "sorbet",
    "sherbet",
    "elizabet",
    "videopoker",
    "slotting",
    "slotted",
    "judiciary",
    "judicial",
    "judith",
    "judisium",  # a faculty's graduation
    "judicium",
    "totoro",
)
# Indonesian endings a gambling word takes in a sentence ("slotnya", "togelan"): no other word glued to it.
GLUED_NAME_SUFFIXES = ("nya", "kan", "an", "lah", "ku", "mu", "s", "ing", "ed", "er")
# Names of a word and a number that a department writes ("COVID19", "SMPN12", "HUTRI80", "Windows11"), and the words
# that number things in a series (rooms, items, chapters, stages: "Ruang12", "Item100", "Tahap23"): no brand's.
# (A number with a leading zero, "RT05" or "Kode01", is none either, nor a year's, "Bekasi2045".)
INNOCENT_NAMES = (
    "covid",
    "sars",
    "smpn",
    "sman",
    "smkn",
    "sdit",
    "mtsn",
    "smpit",
    "smait",
    "hutri",
    "dirgahayu",
    "dirgahayuri",
    "merdeka",
    "kemerdekaan",
    "windows",
    "office",
    "ubuntu",
    "android",
    "iphone",
    "galaxy",
    "pertamax",
    "pertalite",
    "euro",
    "kode",
    "nomor",
    "nomer",
    "item",
    "kelas",
    "ruang",
    "ruangan",
    "lantai",
    "gedung",
    "blok",
    "kavling",
    "unit",
    "tahap",
    "fase",
    "sesi",
    "loket",
    "meja",
    "kamar",
    "zona",
    "jalur",
    "gelombang",
    "angkatan",
    "batch",
    "kelompok",
    "regu",
    "grup",
    "group",
    "level",
    "tingkat",
    "paket",
    "tipe",
    "type",
    "model",
    "versi",
    "seri",
    "edisi",
    "volume",
    "jilid",
    "halaman",
    "page",
    "pasal",
    "ayat",
    "lampiran",
    "tabel",
    "gambar",
    "foto",
    "video",
    "file",
    "dokumen",
    "formulir",
    "modul",
    "soal",
    "episode",
    "bagian",
    "periode",
    "semester",
    "triwulan",
)
# Words that show a list of such names to be something else: a lesson on passwords ("hindari sandi budi88,
# sayang99, bekasi123"), a quiz's winners' accounts, products and their models.
NAME_USES = (
    "sandi",
    "password",
    "kata kunci",
    "username",
    "nama pengguna",
    "pemenang",
    "tipe",
    "seri",
    "versi",
    "produk",
    "kode barang",
    # A fun run's sponsors, a footer's media partners, a sidebar's radio stations: shops and stations named with a
    # lucky number too (TOKOJAYA88, RADIODAKTA99), under the heading a kit's block of brands never has.
    "sponsor",
    "media partner",
    "radio",
    # A sports office's list of clubs and teams (FCJAYA88, PBSAKTI77): a kit's block of brands names no club.
    "klub",
    "club",
    "peserta",
)
# Other negative content (konten negatif) injected into government sites besides gambling: pornography, and the SEO
# spam of other trades (illegal online loans, fake investments, pharma, "jasa" for hire, the Japanese keyword hack).
# Read by the same automaton and judged apart (``term_scan._negative``): a strong term counts alone, a weak one
# beside another term of either list; none in a sentence with a word of news, a warning or a lesson
# (``COUNTER_CONTEXT``, ``NEGATIVE_COUNTER_CONTEXT``). A department names the trades only to warn of them, in the
# formal words ("pornografi", "pinjol ilegal", "investasi bodong"), which are counters here, never terms.
PORN = (
    # The slang and the sites: no department's text writes them but a police report's.
    "bokep",
    "bokep indo",
    "video bokep",
    "nonton bokep",
    "situs bokep",
    "ngentot",
    "ngewe",
    "memek",
    "kontol",
    "colmek",
    "xvideos",
    "xnxx",
    "pornhub",
    "xhamster",
    "brazzers",
    "redtube",
    "youporn",
    "jav sub indo",
    "jav uncensored",
    "cerita sex",
    "cerita seks",
    "cerita panas",
    "cerita mesum",
    "video mesum",
    "video sex",
    "video seks",
    "film bokep",
    "live bugil",
    "abg bugil",
    "tante girang",
    "hentai",
)
PORN_WEAK = (
    # The formal words a warning writes too ("bahaya situs porno bagi anak"): only in the company of another term.
    "cerita dewasa",
    "porno",
    "porn",
    "video porno",
    "film porno",
    "situs porno",
    "situs dewasa",
    "video dewasa",
    "film dewasa",
    "konten dewasa",
    "xxx",
    "sex",
    "bugil",
    "mesum",
    "sange",
    "open bo",
    "jav",
    "viral terbaru",
    "full durasi",
    "no sensor",
    "tanpa sensor",
    "indo viral",
)
SPAM = (
    # Illegal online loans (pinjol ilegal), as their pages sell them.
    "pinjaman online cepat cair",
    "pinjol cepat cair",
    "pinjaman cepat cair",
    "pinjaman dana cepat cair",
    "dana tunai cepat cair",
    "pinjol tanpa bi checking",
    "pinjaman tanpa bi checking",
    "pinjol tanpa ktp",
    "pinjol limit besar",
    "pinjol bunga rendah",
    "pinjol langsung cair",
    "pinjol acc cepat",
    "pinjaman online langsung cair",
    # Fake investments, as their pages sell them ("investasi bodong" is a warning's word).
    "dijamin profit",
    "profit pasti",
    "profit harian pasti",
    "auto profit",
    "jasa robot trading",
    "sewa robot trading",
    "jual robot trading",
    # Pharma.
    "jual obat kuat",
    "obat kuat pria",
    "obat kuat tahan lama",
    "obat kuat herbal",
    "obat kuat asli",
    "jual viagra",
    "viagra asli",
    "jual cialis",
    "cialis asli",
    "obat aborsi",
    "jual obat aborsi",
    "obat penggugur kandungan",
    "obat penggugur janin",
    "jual cytotec",
    "cytotec asli",
    "jual gastrul",
    "obat pembesar penis",
    "pembesar penis",
    "obat perangsang",
    "obat perangsang wanita",
    "vimax asli",
    "titan gel asli",
    "hammer of thor",
    "obat telat bulan",
    # Services for hire that buy a government site's rank.
    "joki skripsi",
    "joki tugas",
    "joki tesis",
    "joki ujian",
    "joki cpns",
    "joki utbk",
    "jual followers",
    "beli followers",
    "jasa followers",
    "jasa backlink",
    "jual backlink",
    "backlink murah",
    "backlink pbn",
    "backlink edu",
    "backlink gov",
    "jasa seo murah",
    "jual ijazah",
    "jasa ijazah",
    "jasa pembuatan ijazah",
    "ijazah tanpa kuliah",
    "jasa tembak sim",
    "jual likes",
    "jasa hacker",
    "jasa hack",
    # The pharma hack in English, and its neighbours in the same kits.
    "buy viagra",
    "cheap viagra",
    "viagra online",
    "generic viagra",
    "buy cialis",
    "cheap cialis",
    "cialis online",
    "levitra online",
    "payday loan",
    "payday loans",
    "replica watches",
    "essay writing service",
    # The Japanese keyword hack: shops' words no sister city's page holds.
    "激安",
    "送料無料",
    "スーパーコピー",
    "ブランドコピー",
    "コピー品",
)
SPAM_WEAK = (
    # A program's or a trainer's too: PNM Mekaar's financing "tanpa BI checking", a catfish farm's "modal kecil untung
    # besar".
    "tanpa bi checking",
    "tanpa cek bi",
    "modal kecil untung besar",
    "pinjaman online",
    "pinjol",
    "cepat cair",
    "langsung cair",
    "acc cepat",
    "cukup ktp",
    "modal ktp",
    "robot trading",
    "profit harian",
    "profit konsisten",
    "passive income",
    "binary option",
    "obat kuat",
    "viagra",
    "cialis",
    "levitra",
    "cytotec",
    "tahan lama",
    "ijazah asli",
    "hubungi wa",
    "jasa joki",  # a jockey's too: a horse race's, a motorbike race's
    "通販",  # mail order: an exporter's page names its Japanese shops so
    "最安値",
    "正規品",
    "新作",
    "格安",
    "財布",
    "レディース",
    "メンズ",
    "口コミ",
)
# Of the weak terms, the words any shop, bank or department writes of its own (a KUR "cepat cair, cukup KTP", a snack
# "tahan lama" with "hubungi WA", a council's video "full durasi tanpa sensor", a Japanese tourist guide's "口コミ" and
# "格安"): two of them are no company; one counts only beside a term of the trade itself ("pinjol", "obat kuat",
# "bugil").
NEGATIVE_PLAIN = frozenset(
    {
        "cepat cair",
        "langsung cair",
        "cukup ktp",
        "hubungi wa",
        "tahan lama",
        "passive income",
        "profit konsisten",
        "viral terbaru",
        "full durasi",
        "no sensor",
        "tanpa sensor",
        "通販",
        "新作",
        "格安",
        "財布",
        "レディース",
        "メンズ",
        "口コミ",
    }
)
# Where a department speaks of these trades: its warnings, its lessons, its news. Not the names of its services or
# its offices ("Laporan Kinerja", "Perlindungan Anak"): a page's text runs its menu and its header into the sentence
# of a spam post's headline.
NEGATIVE_COUNTER_CONTEXT = (
    "pornografi",
    "pornoaksi",
    "uu ite",
    "ilegal",
    "berbahaya",
    "penipuan",
    "bodong",
    "investasi bodong",
    "pinjol ilegal",
    "ojk",
    "bpom",
    "tanpa izin",
    "izin edar",
    "efek samping",
    "pendidikan seks",
    "pendidikan seksual",
    "edukasi seks",
    "kekerasan seksual",
    "pelecehan seksual",
    "eksploitasi",
    "tpks",
    "penyebaran",
    "menyebarkan",
    "disebarkan",
    "peredaran",
    "mengedarkan",
    "diedarkan",
    "selidiki",
    "menyelidiki",
    "diselidiki",
    "ijazah palsu",
    "kecanduan",
    "orang tua",
    "lindungi",
    "melindungi",
    "konten negatif",
    "dilaporkan",
    "ditawari",
    "ciri-ciri",
    "ciri ciri",
    "melanggar",
    "pelanggaran",
    # a victim's, asking for help in the comments ("saya diteror penagih pinjol cepat cair")
    "teror",
    "diteror",
    "meneror",
    "penagih",
    "penagihan",
    "ditagih",
    "debt collector",
    "cara menghindari",
    # a warning's verbs as a department writes them ("Waspadai robot trading", "menjauhi konten dewasa"); gambling's
    # "waspada" and "jauhi" are whole words only
    "waspadai",
    "mewaspadai",
    "menjauhi",
    "jangan membeli",
    "jangan mengonsumsi",
    "skema ponzi",
    # a pharmacist's, of a drug sold only on prescription ("Viagra (sildenafil) adalah obat keras")
    "obat keras",
    "dengan resep dokter",
    "ke dokter",
    "sex education",
    "jangan beli",
    "mitos",
    "tidak dijual bebas",
    "parental control",
    "predator",
    "predators",
)
# A seller's claims of leave, in which a word of news is none ("pinjol cepat cair, terdaftar dan diawasi OJK").
NEGATIVE_CLAIMS = (
    "terdaftar ojk",
    "diawasi ojk",
    "resmi ojk",
    "legal ojk",
    "izin ojk",
    "terdaftar bpom",
    "izin bpom",
    "lolos bpom",
    "sudah bpom",
    "tanpa efek samping",
    "bukan penipuan",
    "anti penipuan",
    "tanpa penipuan",
)
# An amount spelled in words (depo lima ribu, wd dua puluh ribu, bet seratus), as spam writes it
# to slip past filters of digits.
_SPELLED = r"(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)(?:\s?(?:belas|puluh|ratus))?"
# 5000, 5.000, 10k; not an amount of a budget (5.000 juta)
_AMOUNT = r"\d{1,3}(?:[.,]?\d{3})*(?![.,]?\d)(?:\s?(?:k|rb|ribu|perak))?(?!\s?(?:juta|jt|miliar|triliun)\b)"
PATTERNS: dict[str, tuple[str, ...]] = {
    "strong": (
        r"slot\d{2,4}",
        r"(?:sbobet|pragmatic|gacor|maxwin|togel|toto|zeus|olympus|mahjong|hoki|joker)\d{2,4}",
        r"mpo(?!20\d\d)\d{2,4}",  # mpo888, not a meeting's year (MPO2026)
        r"(?:depo|deposit|wd|withdraw)\s?\d{1,4}\s?(?:k|rb|ribu)",
        rf"(?:depo|wd)\s{_SPELLED}\s?(?:ribu|rb|perak)",
        # deposit dana 10rb tanpa potongan: a deposit by e-wallet or phone credit, all of it played ("dana",
        # the e-wallet, is funds too: "deposito dana pensiun", a bank's "deposit dana 5.000.000")
        rf"(?:depo|deposit)\s(?:via\s)?(?:dana|pulsa|qris|ovo|gopay|linkaja|shopeepay)(?:\s?{_AMOUNT})?\stanpa\spotongan",
        rf"deposit\s(?:via\s)?(?:ovo|gopay|linkaja|shopeepay)\s?{_AMOUNT}",
        rf"deposit\svia\sdana\s?{_AMOUNT}",
        r"deposit\sdana\s?\d{1,3}\s?(?:k|rb|ribu)",
        # slot dana 5000, depo qris 10k, deposit pulsa 5.000: the wallet a site of gambling takes
        rf"(?:slot|depo)\s(?:via\s)?(?:dana|pulsa|qris|ovo|gopay)\s?{_AMOUNT}",
        rf"deposit\s(?:via\s)?(?:pulsa|qris)\s?{_AMOUNT}",
        # depo 25 bonus 25, depo 50k bonus 50k: a new member's offer
        r"(?:depo|deposit)\s?\d{1,3}\s?(?:k|rb|ribu)?\s?(?:bonus|bns)\s?\d{1,3}\s?(?:k|rb|ribu|%)?",
        r"(?:pecah|tembus)\s?x\s?(?:\d{3,6}|\d{1,3}[.,]\d{3})",
    ),
    "weak": (
        r"bet\s?\d{2,4}",
        r"rtp\s?\d{2}(?:[.,]\d{1,2})?\s?%",
        rf"(?:deposit|withdraw|bet)\s{_SPELLED}(?:\s?(?:ribu|rb|perak))?",
    ),
}
