"""Raw-article inputs from files: what ``wirewatch process`` and ``publish`` read.

JSONL files hold one raw article a line (malformed lines included: they become
dead letters exactly as on the live topic), ``.txt``/``.html`` files are one article
each, and a directory contributes its files sorted by name.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DOCUMENT_SUFFIXES = {".txt", ".html", ".htm"}


@dataclass(frozen=True, slots=True)
class InputRecord:
    payload: bytes
    origin_name: str
    line: int | None


#: A file's identity (device, inode): the same file however a path names it.
FileIdentity = tuple[int, int]


def file_identity(path: Path) -> FileIdentity:
    status = path.stat()
    return (status.st_dev, status.st_ino)


def stream_identity(stream: IO[bytes]) -> FileIdentity | None:
    """The identity of an open output when it is a regular file (not a pipe, a tty or
    an in-memory stream)."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, ValueError):  # io.UnsupportedOperation is both
        return None
    if not stat.S_ISREG(status.st_mode):
        return None
    return (status.st_dev, status.st_ino)


def named_inputs_among(paths: Iterable[Path], output: Path) -> list[Path]:
    """The inputs named explicitly that are ``output`` itself (before it is opened for
    writing, which would empty them)."""
    if not output.is_file():
        return []
    target = file_identity(output)
    return [path for path in paths if path.is_file() and file_identity(path) == target]


def iter_input_files(
    paths: Iterable[Path], outputs: Collection[FileIdentity] = ()
) -> Iterator[Path]:
    """Files in the order given; a directory contributes its files sorted by name.

    ``outputs`` are the files being written by the caller: a directory's output file
    is skipped, since reading it back would feed every record in again without end
    (``process dir -o dir/out.jsonl`` once wrote 74 GB until the disk was full), and
    an output named as an input is an error.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in JSONL_SUFFIXES | DOCUMENT_SUFFIXES
                    and file_identity(child) not in outputs
                ):
                    yield child
        elif path.is_file():
            if file_identity(path) in outputs:
                raise ValueError(f"input {path} is also the output being written")
            yield path
        else:
            raise FileNotFoundError(f"no such input: {path}")


def document_payload(path: Path) -> bytes:
    """A single-article file as the raw JSON a producer would send for it."""
    raw = path.read_bytes()
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8 text: its bytes as they are, dead-lettered as not_utf8 like any
        # such record, rather than stopping the whole run.
        return raw
    # As text mode reads it: universal newlines.
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return json.dumps(
        {"id": path.stem, "source": f"file:{path.name}", "body": body}, ensure_ascii=False
    ).encode("utf-8")


def iter_records(
    paths: Iterable[Path], outputs: Collection[FileIdentity] = ()
) -> Iterator[InputRecord]:
    for path in iter_input_files(paths, outputs):
        if path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                for number, line in enumerate(handle, start=1):
                    stripped = line.rstrip(b"\r\n")
                    if stripped.strip():
                        yield InputRecord(stripped, str(path), number)
        else:
            yield InputRecord(document_payload(path), str(path), None)


def read_jsonl(path: Path) -> list[Any]:
    """Every non-blank line of a JSONL file, parsed."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
