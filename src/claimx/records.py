"""Public record types of claimx.

These Pydantic models are the output contract: every stage hands them on, the CLI prints them as
JSON, and other tools read their field names. Character offsets (`start`, `end`) always index the
*original* input text given to :func:`claimx.extract`, so ``article.text[span.start:span.end] ==
span.text`` holds for every span of every record.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

Lang = Literal["ar", "en", "other"]
SpeakerKind = Literal["person", "organization", "state", "media", "official", "unnamed", "unknown"]
CueClass = Literal["assert", "deny", "admit", "report", "concern", "threat", "promise", "question",
                   "accuse", "warn", "believe", "other"]
QuoteKind = Literal["direct", "indirect", "mixed", "headline", "none"]
Polarity = Literal["asserted", "denied"]
ClaimKind = Literal["statement", "event"]
DateRole = Literal["statement", "content", "publication"]
Granularity = Literal["instant", "minute", "hour", "part_of_day", "day", "week", "month",
                      "quarter", "season", "year", "decade", "century", "reference", "unknown"]
BlockKind = Literal["headline", "dek", "caption", "dateline", "body", "source_line", "related",
                    "tags", "boilerplate", "byline", "timestamp"]


class Record(BaseModel):
    """Base of all records: strict field names, immutable, JSON-ready."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Record):
    """A piece of the original text: ``original[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Speaker(Span):
    """Who made the statement: the full noun phrase, its head entity and what kind of actor it is."""

    kind: SpeakerKind = "unknown"
    head: Span | None = None
    entity_type: str | None = Field(None, description="NER label of the head entity (PER, ORG, LOC...)")
    carried_over: bool = Field(
        False, description="True when the sentence has no explicit speaker and the last speaker "
        "of the article was taken (\"He added\", \"وقال إن\")")
    mention: Span | None = Field(
        None, description="for a carried-over speaker, the word of the claim's own sentence that refers "
        "to it (\"he\" in \"he added\"); null when the sentence names nobody (\"وأضاف أن\", \"adding\")")


class Source(Span):
    """An intermediary that carried the claim (agency, outlet, channel, document)."""

    kind: SpeakerKind = "media"
    relation: str = Field("reported", description="how it carried the claim: reported, cited, "
                          "remarks_to, wire_dateline, carried_by")


class Cue(Span):
    """The reporting expression: said, أكد, according to, نقلت عن ... قوله."""

    lemma: str
    cue_class: CueClass = "assert"


class TimeValue(Span):
    """A temporal expression normalized against the article's publication date (TIMEX3-style)."""

    value: str | None = Field(None, description="TIMEX3 value: 2023-08-26, 2023-08, 2022, 2023-W34, PAST_REF")
    granularity: Granularity = "unknown"
    role: DateRole = "content"
    interval_start: dt.date | None = None
    interval_end: dt.date | None = None
    modifier: Literal["early", "mid", "late", "earlier", "later", "approx"] | None = None
    relation: Literal["since", "until", "before", "after", "during", "by"] | None = None
    vague: bool = False
    warnings: list[str] = Field(default_factory=list)


class Quantity(Span):
    """A quantity the claim carries: "400+", "أكثر من 400", "عدة مئات", "hundreds of"."""

    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    unit: str | None = None
    approximate: bool = False


class Evidence(Record):
    """How a claim was found, so every output can be explained."""

    rule: str
    sentence_index: int
    token_ids: list[int] = Field(default_factory=list, description="Stanza word ids in the sentence")
    confidence: float = Field(1.0, ge=0.0, le=1.0)


class Claim(Record):
    id: str
    kind: ClaimKind = "statement"
    speaker: Speaker | None = None
    cue: Cue | None = None
    content: Span
    continuation: list[Span] = Field(
        default_factory=list,
        description="further quotations of the same statement right after its cue, in order "
                    "(“A,” she said. “B.”: content is A, continuation [B])")
    source_chain: list[Source] = Field(
        default_factory=list, description="intermediaries, outermost first (who told whom)")
    quote: QuoteKind = "indirect"
    polarity: Polarity = "asserted"
    dates: list[TimeValue] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    in_body: bool = True
    lang: Lang = "other"
    evidence: Evidence | None = None

    @model_validator(mode="before")
    @classmethod
    def _drop_derived_fields(cls, data: Any) -> Any:
        # ``source`` is derived from ``source_chain`` and written to JSON for readers; reading that
        # JSON back must accept it.
        if isinstance(data, dict) and "source" in data:
            data = {key: value for key, value in data.items() if key != "source"}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def source(self) -> Source | None:
        """The outermost intermediary: the one a reader meets first."""
        return self.source_chain[0] if self.source_chain else None


class Block(Span):
    """A segment of the page: headline, body paragraph, related-article list, tags..."""

    kind: BlockKind
    lang: Lang


class ErrorRecord(Record):
    """A failure kept with the document instead of raised: the batch goes on."""

    type: str = Field(description="the ClaimxError subclass name")
    message: str
    stage: Literal["input", "ingest", "analyze", "extract", "resolve", "export"] = "input"


class ModelInfo(Record):
    """Which Stanza model analysed a language, and where it came from."""

    lang: str
    origin: Literal["argument", "env", "stanza_resources", "bundled", "conllu"]
    directory: str | None = None
    processors: dict[str, str] = Field(default_factory=dict, description="processor -> model file")


class ArticleMeta(Record):
    """Facts about the article from its page text (outlet, wire credits, publication date)."""

    outlet: str | None = None
    credits: list[Span] = Field(default_factory=list)
    published_in_text: TimeValue | None = None
    published_disagreement: str | None = None


class Article(Record):
    doc_id: str
    lang: Lang
    published: dt.datetime | dt.date | None = None
    text: str
    claims: list[Claim] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)
    blocks: list[Block] = Field(default_factory=list)
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    models: list[ModelInfo] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


__all__ = [
    "Article", "ArticleMeta", "Block", "Claim", "Cue", "ErrorRecord", "Evidence", "ModelInfo",
    "Quantity", "Source", "Span", "Speaker", "TimeValue",
]
