"""The issuer with its provenance: canonical names and ids from the authority, evidence from the document.

The parser hands over the issuer as printed and where it was read (header, signature, title,
site…). When nothing printed names it (a graphic 版头, a seal only), the 版记's 印发机关 and the
document number's 发文机关代字 stand in. Places are inferred only from the same document: the
number's 代字, the title, the 版记, the site's metadata and the printed names themselves.
"""

from __future__ import annotations

import re

from normdocs.extractors.authority import UNKNOWN_PREFIX, Authority, PlaceEvidence, load_authority, office_parent
from normdocs.schemas.normalize import normalize_issuer
from normdocs.schemas.record import Metadata
from normdocs.schemas.vocab import IssuerSource

# Local governments' 代字: 京政发, 赣府厅字, 榕政办, 达市府办发 …; an office's when 办 or 厅 is in it
_GOV_CODE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,2}?)市?(?P<kind>(?:政|府)(?:办|厅)?)(?:发|函|字|明电|明|办)?$"
)
# Party committees' 代字: 赣发, 浙委发 (中共XX省委); 赣办发, 浙委办发 (its 办公厅 or 办公室)
_PARTY_CODE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,2}?)(?P<kind>委办|委|办)?(?:发|函|字)$")
_NAME_ENDINGS = set("局委会厅府室队部院心署行处所站组")
_JOINT_MIN = 9  # a name this long that the authority does not know may be several run together
BODY_EVIDENCE_CHARS = 6000  # the cover letter's text, not a long attachment's


def evidence_for(md: Metadata, site: dict[str, str], authority: Authority, *, number: bool = True) -> PlaceEvidence:
    """Places the document names; `number=False`: leaving out the number's 代字."""
    evidence = PlaceEvidence()
    texts = [md.title or "", md.printer or "", site.get("发文机关", ""), md.issuer or ""]
    for text in texts:
        for d in authority.places_in(text):
            evidence.add(d)
    evidence.body = authority.places_in((md.body or "")[:BODY_EVIDENCE_CHARS])
    if not any(d.level == "city" for d in evidence.divisions + evidence.body):
        # the body names its city only by the short form (在南京连续缴纳, 本市): one city, no other
        city = authority.city_by_short_name((md.body or "")[:BODY_EVIDENCE_CHARS])
        if city is not None:
            evidence.body.append(city)
    if not number:
        return evidence
    code_places = authority.places_of_code(md.doc_number)
    named = list(evidence.divisions)
    for d in code_places:
        # an abbreviation shared by several places (宁: 南京, 宁夏) counts when the rest agrees or it is alone
        if len(code_places) == 1 or not named or any(n.code[:2] == d.code[:2] for n in named):
            evidence.add(d)
    return evidence


def _office_code(doc_number: str | None) -> bool:
    prefix = re.split(r"[〔\[(（【]", doc_number or "")[0]
    return bool(re.search(r"办|厅", prefix))


def _from_imprint(md: Metadata) -> str | None:
    """The 印发机关 is usually the issuer's office: the office itself when the number is an office's."""
    printer = md.printer
    if not printer or len(printer) > 40:
        return None
    parent = office_parent(printer)
    if parent and not _office_code(md.doc_number):
        return parent
    return printer


def _from_number(md: Metadata, evidence: PlaceEvidence, authority: Authority,
                 site: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(printed form, id) of the body the number's 代字 names, when the document confirms the place."""
    body = authority.body_of_code(md.doc_number)
    if body is not None:
        name, eid = authority.name_of(body, md.signed_date)
        return name, eid
    # a department's or a regulator's office: the place confirmed by the document, not by the number
    local = authority.local_of_code(md.doc_number, md.signed_date,
                                    evidence_for(md, site or {}, authority, number=False))
    if local is not None:
        return local.name, local.id
    prefix = re.split(r"[〔\[(（【]", md.doc_number or "")[0]
    match = _GOV_CODE.match(prefix)
    party = match is None
    if party:
        match = _PARTY_CODE.match(prefix)
    if not match:
        return None
    abbr, office = match.group("place"), bool(re.search(r"办|厅", match.group("kind") or ""))
    places = [d for d in evidence.divisions if d.short.startswith(abbr) or abbr in authority.rules.place_abbreviations
              and d.name in authority.rules.place_abbreviations[abbr]]
    places = list({d.code: d for d in places}.values())
    if len(places) != 1:
        return None
    place = places[0]
    if party:
        suffix = "委办公室" if office else "委"
        if office and place.level == "province":
            suffix = "委办公厅"
        return authority.resolve("中共" + place.name + suffix, md.signed_date, evidence).name, ""
    if not office:
        suffix = "人民政府"
    else:
        suffix = "人民政府办公厅" if place.level == "province" else "人民政府办公室"
    return authority.resolve(place.name + suffix, md.signed_date, evidence).name, ""


def _split_joint(text: str, date: str | None, evidence: PlaceEvidence, authority: Authority) -> list[str] | None:
    """Names run together with no separator (`…管理委员会市房屋管理局`): the fewest known names covering it."""
    n = len(text)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for j in range(1, n + 1):
        if j < n and text[j - 1] not in _NAME_ENDINGS:
            continue  # a body's name ends like one: 局, 委, 会, 府 …
        for i in range(max(0, j - 30), j - 1):
            before, now = best[i], best[j]
            if before is None or (now is not None and len(now) <= len(before) + 1):
                continue
            part = text[i:j]
            if authority.resolve(part, date, evidence).known:
                best[j] = before + [part]
    parts = best[n]
    return parts if parts and len(parts) > 1 else None


def split_joint(text: str, date: str | None, authority: Authority | None = None) -> list[str] | None:
    return _split_joint(text, date, PlaceEvidence(), authority or load_authority())


def resolve_issuer(md: Metadata, source: IssuerSource | None, site: dict[str, str], *, ocr: bool = False,
                   authority: Authority | None = None) -> None:
    """Fill issuer (canonical), issuer_printed, issuer_source, issuer_ids from what the parser found."""
    authority = authority or load_authority()
    evidence = evidence_for(md, site, authority)
    printed = md.issuer
    if printed is None:
        imprint = _from_imprint(md)
        if imprint is not None:
            printed, source = imprint, IssuerSource.imprint
    if printed is None and md.doc_number:
        found = _from_number(md, evidence, authority, site)
        if found is not None:
            printed, source = found[0], IssuerSource.number_prefix
    if printed is None:
        md.issuer, md.issuer_printed, md.issuer_source, md.issuer_ids = None, None, None, []
        return
    names: list[str] = []
    printed_names: list[str] = []
    for name in printed.split("、"):
        parts = None
        if len(name) >= _JOINT_MIN and not authority.resolve(name, md.signed_date, evidence).known:
            parts = _split_joint(name, md.signed_date, evidence, authority)
        names.extend(parts or [name])
        # side-by-side signers whose gap the clean-up took (常州市住房公积金管理中心 常州市退役军人事务局):
        # printed as the names they are, joined with 、
        printed_names.extend(parts if parts and "".join(parts) == name else [name])
    resolved = [authority.resolve(n, md.signed_date, evidence, ocr=ocr) for n in names]
    md.issuer = "、".join(dict.fromkeys(r.name for r in resolved))
    md.issuer_printed = "、".join(printed_names)
    md.issuer_source = source
    md.issuer_ids = list(dict.fromkeys(r.id for r in resolved))
    md.issuer_repaired = any(r.repaired for r in resolved)


def apply_issuer(md: Metadata, value: str, source: IssuerSource = IssuerSource.manifest) -> None:
    """An issuer given from outside the document (a manifest column): resolved like a printed one."""
    md.issuer = normalize_issuer(re.split(r"[、，,;；]+", value))
    resolve_issuer(md, source, {})


def issuer_ids_of(metadata: Metadata) -> list[str]:
    """The ids a record's metadata names (older records: from the issuer's text)."""
    if metadata.issuer_ids:
        return list(metadata.issuer_ids)
    if not metadata.issuer:
        return []
    authority = load_authority()
    return [authority.resolve(n, metadata.signed_date).id for n in metadata.issuer.split("、")]


def _unknown(ids: list[str]) -> int:
    return sum(1 for i in ids if i.startswith(UNKNOWN_PREFIX))


def reresolve_stored(metadata: dict, body: str | None = None, authority: Authority | None = None) -> Metadata | None:
    """A loaded version's issuer resolved again by today's authority, from what was stored: the
    printed name and its source, number, 版记, title, the text. An issuer that was derived (from
    the 版记 or the number's 代字) is derived again. The site's table is not stored, so a name
    that only the site's place made known could come back unknown: the stored ids are kept then
    (None). Returns the metadata with issuer, issuer_ids … as today's ingest would give them."""
    authority = authority or load_authority()
    fields = {k: v for k, v in metadata.items() if k in Metadata.model_fields and k not in ("body", "body_redacted")}
    try:
        stored = Metadata.model_validate(fields)
    except ValueError:  # a record older than today's schema: left as it is
        return None
    md = stored.model_copy()
    md.body = (body or "")[:BODY_EVIDENCE_CHARS] or None
    printed = metadata.get("issuer_printed") or metadata.get("issuer")
    raw_source = metadata.get("issuer_source")
    source = IssuerSource(str(raw_source)) if raw_source in IssuerSource._value2member_map_ else None
    derived = source in (IssuerSource.imprint, IssuerSource.number_prefix)
    md.issuer = None if derived else printed
    resolve_issuer(md, source, {}, authority=authority)
    if md.issuer is None and printed:  # the derivation no longer holds: the name it gave then
        md.issuer = printed
        resolve_issuer(md, source, {}, authority=authority)
    old = issuer_ids_of(stored)
    if old and _unknown(md.issuer_ids) > _unknown(old):
        return None
    return md


__all__ = ["resolve_issuer", "apply_issuer", "issuer_ids_of", "reresolve_stored", "UNKNOWN_PREFIX"]
