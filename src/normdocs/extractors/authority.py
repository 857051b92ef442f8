"""The issuer authority: printed issuer names → the canonical full name in force and a stable id.

Data: rules/issuers.yaml (bodies, departments, place abbreviations, renames) and
rules/divisions.tsv (administrative divisions from the official codes). A printed name is
resolved, in order, as a named body or one of its aliases or local offices, as
`{place}{department}` (place printed in full, or left out — `市住房保障和房产局` — and taken from
evidence in the same document), or, for OCR'd text only, as a known name within a small
edit distance. What the authority does not know stays as printed, with id `name:<printed>`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources

import yaml

from normdocs.schemas.authority import IssuerRules, Level, NameInForce, parse_issuer_rules
from normdocs.schemas.traditional import fold_traditional

UNKNOWN_PREFIX = "name:"
_PLACE_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "地区", "盟")
_BODY_ENDINGS = ("联席会议", "领导小组", "委员会", "指挥部", "办公室", "工作组", "中心", "局", "厅")
_OFFICE_SUFFIX = re.compile(r"(办公室|办公厅)$")


# the rest of a ministry's 代字 after its own code: a department's one to three characters, then
# the kind (发 函 字 规 明电 便函): 医发, 办医函, 规划发, 医政函
_DEPARTMENT_CODE = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:发|函|字|规|明电|便函)")
# after a code of three or more characters the department alone may follow: 国食药监保化〔2011〕500号
_DEPARTMENT_ONLY = re.compile(r"[\u4e00-\u9fff]{1,2}")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    current: bool = True

    @property
    def level(self) -> Level:
        if self.code[2:] == "0000":
            return "province"
        return "city" if self.code[4:] == "00" else "county"

    @property
    def short(self) -> str:
        """北京市 → 北京, 内蒙古自治区 → 内蒙古, 恩施土家族苗族自治州 → 恩施; counties keep their name."""
        if self.level == "county":
            return self.name
        name = self.name
        for suffix in _PLACE_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                return name[: -len(suffix)]
        match = re.match(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+自治州$", name)
        return match.group(1) if match else name


@dataclass(frozen=True)
class Resolved:
    name: str  # canonical full name in force on the date, or the printed name when unknown
    id: str
    printed: str
    known: bool
    repaired: bool = False


@dataclass
class PlaceEvidence:
    """Divisions the document itself names (number prefix, title, 版记, site metadata, seal)."""

    divisions: list[Division] = field(default_factory=list)
    # places named in the body: used only for a level the stronger evidence leaves empty
    body: list[Division] = field(default_factory=list)

    def add(self, division: Division | None) -> None:
        if division is not None and division not in self.divisions:
            self.divisions.append(division)

    def at(self, level: Level) -> list[Division]:
        found = [d for d in self.divisions if d.level == level]
        if not found:
            found = list({d.code: d for d in self.body if d.level == level}.values())
        return found


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _in_force(names: list[NameInForce], date: dt.date | None) -> str:
    for n in names:
        if n.in_force(date):
            return n.name
    # undated, or outside every span: the latest name before the date, else the newest
    if date is not None:
        earlier = [n for n in names if n.from_ is None or n.from_ <= date]
        if earlier:
            return earlier[-1].name
    return names[-1].name


@dataclass
class _Entry:
    id: str
    names: list[NameInForce]
    successor: str | None = None  # id of the body that took over after the last name's until


class Authority:
    def __init__(self, rules: IssuerRules, divisions: list[Division]):
        self.rules = rules
        self.version = rules.version
        self.divisions = divisions
        self.by_name: dict[str, list[Division]] = {}
        for d in divisions:
            self.by_name.setdefault(d.name, []).append(d)
        # an autonomous prefecture's 规范简称 drops its peoples' names: 德宏傣族景颇族自治州 → 德宏州
        for d in divisions:
            if d.name.endswith("自治州") and d.short != d.name and d.current:
                self.by_name.setdefault(d.short + "州", []).append(d)
        self.renamed = {r.old: r for r in rules.renamed_places}
        self.entries: dict[str, _Entry] = {}
        self.aliases: dict[str, str] = {}  # printed form → entry id
        self.codes: dict[str, str] = {}  # 代字 → entry id
        self._build_bodies()
        self.departments = sorted(
            ((form, dep) for dep in rules.departments for form in [dep.name, *dep.abbreviations]),
            key=lambda item: len(item[0]), reverse=True,
        )
        # printed prefix forms (国家税务总局, 中国共产党, 中共) → the canonical prefix, longest first
        prefixes = {f: d.prefix for d in rules.departments if d.prefix for f in [d.prefix, *d.prefix_forms]}
        self.prefix_forms = sorted(prefixes.items(), key=lambda item: len(item[0]), reverse=True)
        self.place_names = sorted(set(self.by_name) | set(self.renamed), key=len, reverse=True)
        self._place_re = re.compile("|".join(map(re.escape, self.place_names)))

    # -- building ------------------------------------------------------------------------

    def _build_bodies(self) -> None:
        offices_at = [d for d in self.divisions if d.current and d.level in ("province", "city")]
        for body in self.rules.bodies:
            self.entries[body.id] = _Entry(body.id, body.names, body.successor)
            for form in [n.name for n in body.names] + body.aliases:
                self.aliases.setdefault(form, body.id)
            for code in body.codes:
                self.codes[code] = body.id
            for office in body.local_offices:
                for d in offices_at:
                    fill = {"place": d.short, "code": d.code}
                    oid = office.id.format(**fill)
                    names = [NameInForce(name=n.name.format(**fill), **{"from": n.from_, "until": n.until})
                             for n in office.all_names()]
                    successor = office.successor.format(**fill) if office.successor else None
                    self.entries[oid] = _Entry(oid, names, successor)
                    for form in [n.name for n in names] + [a.format(**fill) for a in office.aliases]:
                        self.aliases.setdefault(form, oid)

    # -- places --------------------------------------------------------------------------

    def division(self, name: str, prefer: Level | None = None) -> Division | None:
        if name in self.renamed:
            name = self.renamed[name].new
        found = self.by_name.get(name) or []
        if prefer:
            found = sorted(found, key=lambda d: d.level != prefer)
        return found[0] if found else None

    def places_in(self, text: str) -> list[Division]:
        """Divisions named in full in a text (a title, a 版记 line, a site's 发文机关)."""
        out = []
        for match in self._place_re.finditer(text or ""):
            d = self.division(match.group(0))
            if d is not None:
                out.append(d)
        return out

    @cached_property
    def _city_shorts(self) -> dict[str, Division]:
        return {d.short: d for d in self.divisions
                if d.level == "city" and d.current and len(d.short) >= 2 and d.short != d.name}

    @cached_property
    def _by_short(self) -> dict[str, Division]:
        """Current places by their short form (万载 → 万载县), for names after 国家统计局 and the like."""
        by_short: dict[str, Division] = {}
        for d in self.divisions:
            short_name = re.sub(r"(县|区|市|旗)$", "", d.name) if d.level == "county" else d.short
            if len(short_name) >= 2 and d.current:
                by_short.setdefault(short_name, d)
        return by_short

    def city_by_short_name(self, text: str) -> Division | None:
        """The one city a text names by its short form only (在南京连续缴纳 → 南京市); None when it
        names none or several. Weak evidence: for a signature that leaves its place out."""
        found = {d.code: d for short, d in self._city_shorts.items() if short in (text or "")}
        return next(iter(found.values())) if len(found) == 1 else None

    def places_of_code(self, doc_number: str | None) -> list[Division]:
        """The places a document number's 代字 may name (京政发 → 北京市; 宁房市字 → 南京市 or 宁夏)."""
        if not doc_number:
            return []
        prefix = re.split(r"[〔\[(（【]", doc_number)[0]
        for n in (2, 1):
            names = self.rules.place_abbreviations.get(prefix[:n])
            if names:
                return [d for d in (self.division(x) for x in names) if d is not None]
        return []

    # -- resolving -----------------------------------------------------------------------

    def body_of_code(self, doc_number: str | None) -> str | None:
        """A named body's id from the number's 代字 (国办发 → 国务院办公厅), longest code first."""
        if not doc_number:
            return None
        prefix = re.split(r"[〔\[(（【]", doc_number)[0]
        for code in sorted(self.codes, key=len, reverse=True):
            rest = prefix[len(code):]
            if prefix == code or (prefix.startswith(code) and len(code) >= 2 and (rest in (
                    "", "发", "函", "字", "令", "明电", "办发", "办函")
                    # a ministry's 代字 names the drafting department: 国卫医发, 国卫办医函, 交规划发
                    or _DEPARTMENT_CODE.fullmatch(rest)
                    or (len(code) >= 3 and _DEPARTMENT_ONLY.fullmatch(rest)))):
                return self.codes[code]
        return None

    def local_of_code(self, doc_number: str | None, date: str | None,
                      evidence: PlaceEvidence | None = None) -> Resolved | None:
        """A place's own body from the number's 代字: the place's one-character name, then a
        regulator's code (沪银保监发 → 上海监管局) or a department's (赣人社发 → 江西省人社厅), when the
        document itself names that place (title, 版记, text): the number alone is not enough."""
        prefix = re.split(r"[〔\[(（【]", doc_number or "")[0]
        for n in (2, 1):
            abbr, rest = prefix[:n], prefix[n:]
            names = self.rules.place_abbreviations.get(abbr)
            if not names or not rest:
                continue
            named = [d.code for d in (evidence.divisions + evidence.body if evidence else [])]
            places = [d for d in (self.division(x) for x in names) if d is not None
                      and any(c.startswith(d.code[:{"province": 2, "city": 4}.get(d.level, 6)]) for c in named)]
            if len(places) != 1:
                continue
            found = self._local_body(places[0], rest, date) or self._local_department(places[0], rest, date)
            if found is not None:
                return found
        return None

    def _local_body(self, place: Division, rest: str, date: str | None) -> Resolved | None:
        body_id = self.body_of_code(rest)
        body = next((b for b in self.rules.bodies if b.id == body_id), None)
        for office in body.local_offices if body else []:
            for form in office.all_names():
                found = self._exact(form.name.format(place=place.short, code=place.code), date, PlaceEvidence())
                if found is not None:
                    return found
        return None

    def _local_department(self, place: Division, rest: str, date: str | None) -> Resolved | None:
        if place.level == "province" and place.name.endswith("市"):
            return None  # 京沪津渝 name their departments like cities, some 委 (北京市教育委员会): not guessed
        codes = sorted(((c, dep) for dep in self.rules.departments for c in dep.codes), key=lambda x: -len(x[0]))
        for code, dep in codes:
            if not rest.startswith(code) or (dep.levels is not None and place.level not in dep.levels):
                continue
            if len(code) == 1 and rest[1:2] not in ("", "发", "函", "字"):
                continue  # one character (财, 民) only as the whole code: 赣民宗 is not the 民政厅
            found = self._exact(place.name + dep.name, date, PlaceEvidence())
            if found is not None:
                return found
        return None

    def lineage(self, entry_id: str) -> list[str]:
        """The id with its successors and predecessors (保监会 → 银保监会 → 金融监管总局): one facet."""
        out = [entry_id]
        changed = True
        while changed:
            changed = False
            for eid, entry in self.entries.items():
                linked = entry.successor in out or (eid in out and entry.successor)
                new = [x for x in (eid, entry.successor) if x and x not in out]
                if linked and new and all(x in self.entries for x in new):
                    out.extend(new)
                    changed = True
        return out

    def name_of(self, entry_id: str, date: str | None) -> tuple[str, str]:
        """The name in force on the date, following successors past a body's last name."""
        day = _date(date)
        entry = self.entries[entry_id]
        seen = set()
        while (entry.successor and day is not None and entry.names[-1].until is not None
               and day >= entry.names[-1].until and entry.successor in self.entries and entry.id not in seen):
            seen.add(entry.id)
            entry = self.entries[entry.successor]
        return _in_force(entry.names, day), entry.id

    def resolve(self, printed: str, date: str | None = None, evidence: PlaceEvidence | None = None,
                *, ocr: bool = False) -> Resolved:
        printed = re.sub(r"\s+", "", printed)
        key = fold_traditional(printed)  # 中央軍委 is 中央军委: old and Hong Kong prints
        found = self._exact(key, date, evidence or PlaceEvidence())
        if found is None and ocr:
            found = self._repair(key, date, evidence or PlaceEvidence())
        if found is not None:
            return replace(found, printed=printed)
        return Resolved(printed, UNKNOWN_PREFIX + printed, printed, known=False)

    def _exact(self, printed: str, date: str | None, evidence: PlaceEvidence) -> Resolved | None:
        if printed in self.aliases:
            name, eid = self.name_of(self.aliases[printed], date)
            return Resolved(name, eid, printed, known=True)
        for prefix in self.rules.state_prefixes:
            # 中华人民共和国国务院 is 国务院: only a named body follows, never a place's department
            rest = printed[len(prefix):]
            if printed.startswith(prefix) and rest in self.aliases:
                name, eid = self.name_of(self.aliases[rest], date)
                return Resolved(name, eid, printed, known=True)
        return self._generated(printed, date, evidence)

    def _generated(self, printed: str, date: str | None, evidence: PlaceEvidence,
                   prefix: str | None = None) -> Resolved | None:
        """`{place}{department}`: the longest chain of division names, then a department's form.

        A department printed after a prefix (国家税务总局{place}税务局, 中共{place}委) is looked up
        among that prefix's departments only; without one, only its `unprefixed` forms count.
        """
        if prefix is None:
            for form, canonical in self.prefix_forms:
                if printed.startswith(form) and len(printed) > len(form):
                    found = self._generated(printed[len(form):], date, evidence, prefix=canonical)
                    if found is not None:
                        return Resolved(found.name, found.id, printed, known=True)
        chain, rest = self._place_chain(printed, short=prefix is not None)
        if not chain:
            # the place left out: 市住房保障和房产局, 省市场监管局 — taken from the document's evidence
            levels: dict[str, Level] = {"省": "province", "市": "city", "县": "county", "区": "county"}
            level = levels.get(printed[:1])
            candidates = evidence.at(level) if level else []
            if printed[:1] == "市" and not candidates:
                candidates = [d for d in evidence.divisions if d.level == "province" and d.code[:2] in
                              ("11", "12", "31", "50")]  # 直辖市
            if len(candidates) != 1:
                return None
            if self._department(printed[1:], candidates[0].level, prefix) is None:
                # 省…联席会议: not a standard department, but the document names its place
                if prefix is None and len(printed) >= 5 and printed.endswith(_BODY_ENDINGS):
                    name = candidates[0].name + printed[1:]
                    return Resolved(name, UNKNOWN_PREFIX + name, printed, known=False)
                return None
            chain, rest = [candidates[0]], printed[1:]
            printed_places = ""
        else:
            printed_places = printed[: len(printed) - len(rest)]
        deepest = chain[-1]
        dep = self._department(rest, deepest.level, prefix)
        if dep is None:
            return None
        form, department = dep
        full = department.name if form in (department.name, *department.abbreviations) else form
        place_text = printed_places or "".join(d.name for d in chain)
        for d in chain:  # the canonical name spells an autonomous prefecture out (德宏州 → 德宏傣族景颇族自治州)
            if d.name.endswith("自治州") and place_text.startswith(d.short + "州"):
                place_text = d.name + place_text[len(d.short) + 1:]
        place_text = self._place_in_force(place_text, date)
        name = f"{department.prefix or ''}{place_text}{full}"
        return Resolved(name, f"{department.system}/{deepest.code}/{department.id}", printed, known=True)

    def _place_in_force(self, place_text: str, date: str | None) -> str:
        """A renamed place keeps its old name on documents signed before the rename."""
        day = _date(date)
        for old, rename in self.renamed.items():
            if old in place_text and day is not None and day >= rename.until:
                place_text = place_text.replace(old, rename.new)
        return place_text

    def _place_chain(self, printed: str, short: bool = False) -> tuple[list[Division], str]:
        chain: list[Division] = []
        rest = printed
        if short:  # after 国家统计局 or 国家税务总局 the place may be short: 国家统计局万载调查队
            for n in range(min(len(rest) - 1, 8), 1, -1):
                if rest[:n] in self._by_short and self._place_re.match(rest) is None:
                    return [self._by_short[rest[:n]]], rest[n:]
        while True:
            match = self._place_re.match(rest)
            if not match:
                break
            found = self._child(match.group(0), chain[-1]) if chain else self.division(match.group(0))
            if found is None or (chain and found.level == "province"):
                break
            chain.append(found)
            rest = rest[match.end():]
        return chain, rest

    def _child(self, name: str, parent: Division) -> Division | None:
        """A division under the parent (鼓楼区 is in several cities), else any of that name."""
        if name in self.renamed:
            name = self.renamed[name].new
        found = [d for d in self.by_name.get(name, []) if d.level != "province"]
        stem = parent.code[:2] if parent.level == "province" else parent.code[:4]
        inside = [d for d in found if d.code.startswith(stem)]
        return (inside or found)[0] if inside or found else None

    def _department(self, text: str, level: Level, prefix: str | None = None):
        """The department a printed form names, its level fitting first; `prefix` as printed before the place."""
        def allowed(form: str, dep) -> bool:
            if prefix is not None:
                return dep.prefix == prefix
            return dep.prefix is None or form in dep.unprefixed  # 税务局 alone may be a local tax bureau of old

        matches = [(form, dep) for form, dep in self.departments if text == form and allowed(form, dep)]
        for form, dep in matches:
            if dep.levels is None or level in dep.levels:
                return form, dep
        return matches[0] if matches else None  # a department whose level does not fit: still that department

    def _repair(self, printed: str, date: str | None, evidence: PlaceEvidence) -> Resolved | None:
        """OCR misreads: a known name at Hamming distance ≤1 (≤2 from 10 characters); from 10
        characters one character the recogniser dropped (管委员会 for 管理委员会) costs 1 too."""
        budget = 1 if len(printed) < 10 else 2
        drop = len(printed) >= DROPPED_CHAR_MIN
        scored: list[tuple[int, str]] = []
        for form in self.aliases:
            cost = _ocr_distance(form, printed, budget, drop)
            if cost <= budget:
                scored.append((cost, form))
        for form, _dep in self.departments:
            if len(form) >= len(printed) - 1:
                continue
            # the department as printed, or one character shorter when the recogniser dropped one
            cuts = [(len(form), _hamming(printed[-len(form):], form))]
            if drop:
                cuts.append((len(form) - 1, _ocr_distance(form, printed[1 - len(form):], budget, drop)))
            cut, spent = min(cuts, key=lambda c: c[1])
            head = printed[:-cut]
            if spent > budget or spent > len(form) // 3:
                continue
            for place in self.place_names:  # a place keeps at least two of every three characters
                if len(place) == len(head):
                    cost = _hamming(place, head)
                    if cost + spent <= budget and cost <= len(head) // 3:
                        scored.append((cost + spent, place + form))
        if not scored:
            return None
        low = min(cost for cost, _ in scored)
        best_forms = sorted({form for cost, form in scored if cost == low})
        if len(best_forms) > 1:  # 长沛市 is 长沙市, 长乐市 or 长治市: only the document's own places decide
            named = {d.name for d in evidence.divisions}
            best_forms = [f for f in best_forms if any(f.startswith(n) for n in named)]
            if len(best_forms) != 1:
                return None
        best = best_forms[0]
        found = self._exact(best, date, evidence)
        if found is None:
            return None
        return Resolved(found.name, found.id, printed, known=True, repaired=True)


def _hamming(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b))


DROPPED_CHAR_MIN = 10  # shorter prints are too close to other names to drop a character


def _ocr_distance(known: str, printed: str, budget: int, drop: bool) -> int:
    """Hamming distance for equal lengths; 1 when `drop` and `printed` is `known` with one
    character dropped; otherwise more than `budget`."""
    if len(known) == len(printed):
        return _hamming(known, printed)
    if drop and len(known) == len(printed) + 1:
        for i in range(len(known)):
            if known[:i] + known[i + 1:] == printed:
                return 1
    return budget + 1


def office_parent(name: str) -> str | None:
    """XX市人民政府办公室 → XX市人民政府: the body an office prints for."""
    parent = _OFFICE_SUFFIX.sub("", name)
    return parent if parent != name and len(parent) >= 2 else None


def read_divisions(text: str) -> list[Division]:
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, status = line.split("\t")
        out.append(Division(code, name, status == "current"))
    return out


@lru_cache(maxsize=2)
def authority_digest(name: str = "issuers.yaml", divisions: str = "divisions.tsv") -> str:
    """A digest of the authority's data files: documents keyed under another digest may need re-keying."""
    files = resources.files("normdocs.rules")
    digest = hashlib.sha256()
    for file in (name, divisions):
        digest.update(files.joinpath(file).read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=2)
def load_authority(name: str = "issuers.yaml", divisions: str = "divisions.tsv") -> Authority:
    files = resources.files("normdocs.rules")
    raw = yaml.load(files.joinpath(name).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    rules = parse_issuer_rules(raw, name)
    return Authority(rules, read_divisions(files.joinpath(divisions).read_text(encoding="utf-8")))
