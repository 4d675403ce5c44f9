"""Dead letters: every input that could not be processed, with why and its exact bytes."""

from __future__ import annotations

import base64
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, Field

from schemas.wire_enum import wire_enum


@wire_enum
class DeadLetterReason(StrEnum):
    """Why a record was dead-lettered. New reasons may be added (a compatible change);
    consumers should treat an unknown reason like processing_error."""

    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    NOT_OBJECT = "not_object"
    MISSING_FIELD = "missing_field"
    WRONG_TYPE = "wrong_type"
    BAD_TIME = "bad_time"
    BLANK_BODY = "blank_body"
    OVERSIZED = "oversized"
    INVALID = "invalid"
    PROCESSING_ERROR = "processing_error"
    #: A field past its size limit (title, source, url, lang, id; the error names it).
    FIELD_TOO_LONG = "field_too_long"
    #: Unknown fields nested deeper than allowed.
    EXTRA_TOO_DEEP = "extra_too_deep"
    #: Unknown fields larger, encoded, than allowed.
    EXTRA_TOO_LARGE = "extra_too_large"
    #: An output record larger than the producer and broker take.
    OUTPUT_TOO_LARGE = "output_too_large"
    #: An output record that could not be encoded at all.
    UNENCODABLE = "unencodable"
    #: An alert the webhook could not take after every retry (payload: the alert JSON).
    WEBHOOK_FAILED = "webhook_failed"


class DeadLetter(BaseModel):
    """What ``articles.deadletter`` carries: an input that could not be processed (or an
    alert the webhook never took), with why and its exact bytes."""

    reason: DeadLetterReason = Field(description="Why the record could not be processed.")
    error: str = Field(description="Human-readable explanation.")
    payload_b64: str = Field(
        description="The original record value, byte for byte, base64 (its first bytes "
        "only when payload_truncated)."
    )
    payload_text: str | None = Field(
        default=None, description="The original value as text when it was valid UTF-8."
    )
    payload_truncated: bool = Field(
        default=False,
        description="True when only the first bytes of the original value are kept "
        "(payload_b64 and payload_text), so that the dead letter stays bounded in size.",
    )
    payload_bytes: int | None = Field(
        default=None, description="Size of the original value in bytes."
    )
    key_b64: str | None = Field(default=None, description="The original record key, base64.")
    source_topic: str | None = Field(default=None, description="Topic the record was read from.")
    source_partition: int | None = Field(default=None, description="Its partition.")
    source_offset: int | None = Field(default=None, description="Its offset.")
    received_at: AwareDatetime = Field(description="When the pipeline read the record (UTC).")

    @property
    def payload(self) -> bytes:
        return base64.b64decode(self.payload_b64)

    @staticmethod
    def encode(data: bytes | None) -> str | None:
        return None if data is None else base64.b64encode(data).decode("ascii")
