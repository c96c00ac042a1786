"""Record types: the one source of truth for the output schema (``extract schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0.0"

Modifier = Literal["approx", "at_least", "more_than", "at_most", "less_than"]
Language = Literal["ja", "en"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Model):
    """Character interval ``[start, end)`` into the record's ``text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Model):
    text: str = Field(description="Exact source text: record.text[span.start:span.end]")
    span: Span
    page: int | None = Field(default=None, description="1-based PDF page; null for text files")
    rule: str = Field(description="Recogniser and rule that produced the mention")


class CityMention(Mention):
    canonical: str = Field(
        description="English name (GeoNames); for a town GeoNames does not list (geonameid null), the name as written"
    )
    country: str = Field(description="ISO 3166-1 alpha-2 code", pattern="^[A-Z]{2}$")
    geonameid: int | None = Field(default=None, description="GeoNames id; null for a town GeoNames does not list")


class OrganizationMention(Mention):
    canonical: str | None = Field(default=None, description="Canonical English name when known")
    acronym: str | None = Field(default=None, description="Acronym linked in the document")


class DateMention(Mention):
    start: str = Field(description="ISO 8601 at the precision written (2025, 2025-11, 2025-11-25)")
    end: str
    fiscal_year: bool = False
    flags: list[str] = Field(
        default_factory=list,
        description=(
            "How the value was reached or what is doubtful: weekday_mismatch (the written "
            "weekday does not fit the date), era_mismatch (era year and Western year disagree), "
            "relative (resolved from the document date), year_from_context (year taken from a "
            "nearby date: the document date is unknown), year_from_weekday (year chosen so the "
            "written weekday fits)"
        ),
    )


class CountMention(Mention):
    value: float | int
    modifier: Modifier | None = None
    unit: str | None = Field(default=None, description="Counter or noun as written")
    counted: str | None = Field(default=None, description="What is counted, in English")


class Source(Model):
    path: str
    sha256: str
    format: Literal["txt", "md", "pdf"]
    encoding: str | None = Field(default=None, description="Detected text encoding (None for PDF)")
    pages: int | None = Field(default=None, description="Page count for a PDF")
    bytes: int


class Page(Model):
    number: int
    span: Span


class Segment(Model):
    """A stretch of text in one language (only listed when a document mixes languages)."""

    lang: Language
    span: Span


class Metadata(Model):
    title: str | None = None
    date: str | None = Field(default=None, description="The document's own date, ISO 8601")
    date_source: str | None = Field(default=None, description="How the document date was found")
    issuer: str | None = None


class Record(Model):
    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="Document id, stable across runs: derived from the relative path")
    source: Source
    language: Language
    segments: list[Segment] = Field(default_factory=list)
    metadata: Metadata
    pages: list[Page] = Field(default_factory=list)
    text: str
    cities: list[CityMention] = Field(default_factory=list)
    organizations: list[OrganizationMention] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    counts: list[CountMention] = Field(default_factory=list)


class DocumentError(Model):
    """Why a document produced no record."""

    path: str = Field(description="Document id (path relative to the input folder), or the argument as given")
    code: str = Field(description="Stable error code, see README (e.g. empty, needs_ocr, encrypted)")
    message: str = Field(description="What is wrong, for a person")


class RunSummary(Model):
    """One run over an output folder: what it holds now, and what this run did and took."""

    schema_version: str = SCHEMA_VERSION
    pipeline_version: str = Field(description="Code, data and library versions the records come from")
    documents: int = Field(description="Inputs found: succeeded + failed")
    succeeded: int = Field(description="Documents with a record in the output folder")
    processed: int = Field(default=0, description="Documents run through the pipeline in this run")
    skipped_unchanged: int = Field(description="Documents unchanged since their last run, not redone")
    failed: int
    removed: list[str] = Field(default_factory=list, description="In the manifest, gone from input")
    errors: list[DocumentError] = Field(default_factory=list)
    started_at: str | None = Field(default=None, description="When this run started (UTC, ISO 8601)")
    seconds: float
    stage_seconds: dict[str, float] = Field(default_factory=dict)
