"""What the published column shows of a document (normdocs.publish.site): public text only.

`PublicPage` is a document's page (its digest decides whether the page is written again);
`PublicRecord` is its row in documents.json and documents.csv.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from normdocs.schemas.library import shared


class PublicLink(BaseModel):
    """Another document a page names: its id only when it is published too (a link), else None."""

    model_config = ConfigDict(frozen=True)

    id: int | None = None
    title: str | None = None
    doc_number: str | None = None


class PublicChange(PublicLink):
    """A document this one abolishes (已废止) or amends (已修改)."""

    kind: str


class ValidityNote(BaseModel):
    """The validity with its date and the document that changed it."""

    model_config = ConfigDict(frozen=True)

    validity: str
    date: str | None = None
    by: PublicLink | None = None


class PublicHeading(BaseModel):
    """The heading a document's page and its download row share, first in both (column order)."""

    model_config = ConfigDict(frozen=True)

    id: int
    title: str
    doc_number: str | None = None
    issuer: str | None = None
    doc_type: str | None = None
    signed_date: str | None = None
    published_date: str | None = None


class PublicPage(PublicHeading):
    """Everything a document's page shows (public text only), which its digest covers."""

    year: str = ""
    validity: ValidityNote
    valid_until: str | None = None
    topic: str
    subtopic: str | None = None
    attachments: list[str] = Field(default_factory=list)
    changes: list[PublicChange] = Field(default_factory=list)
    paragraphs: list[str] = Field(default_factory=list)


class PublicRecord(PublicHeading):
    """A document's row in the column's data downloads (documents.json, documents.csv): fields in column order."""

    validity: str
    validity_date: str | None = None
    validity_by: str | None = None
    topic: str
    subtopic: str | None = None
    attachments: list[str] = Field(default_factory=list)
    url: str

    @classmethod
    def of(cls, page: PublicPage) -> PublicRecord:
        v = page.validity
        return cls(**shared(page, cls, exclude={"validity"}),
                   validity=v.validity, validity_date=v.date, validity_by=v.by.title if v.by else None,
                   url=f"docs/{page.id}.html")
