"""Signatures: one-permutation MinHash with optimal densification, fully in numpy.

Why not classic MinHash (K independent permutations, as datasketch does): it costs
K hash evaluations per shingle. One-permutation hashing (Li, Owen & Zhang 2012)
hashes each shingle once, splits the hash range into K bins and keeps each bin's
minimum; optimal densification (Shrivastava 2017) fills empty bins from a fixed
random probe sequence, which keeps ``P[sig_a[i] == sig_b[i]] = Jaccard(A, B)``
exactly, so LSH banding and Jaccard estimation work unchanged, at O(n + K) per text.

Each bin keeps only the low 16 bits of its minimum (b-bit minwise hashing, Li &
König 2010): two different minima agree by accident with probability 2⁻¹⁶, a bias
corrected in ``Signature.jaccard``, and the signature is half the size.

Tokens are runs of letters, digits and combining marks in the folded text, so
quotes, punctuation, HTML remnants and spacing never change a shingle.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np

from wirewatch.core.dedup.settings import DedupSettings

_WIRE_VERSION = "1"
_VALUE_DTYPE = np.dtype("<u2")
B_BIT_COLLISION = 2.0**-16
_U64 = np.uint64


def fmix64(x: np.ndarray) -> np.ndarray:
    """Murmur3's 64-bit finaliser, vectorised: a bijection with full avalanche."""
    x = x ^ (x >> _U64(33))
    x *= _U64(0xFF51AFD7ED558CCD)
    x ^= x >> _U64(33)
    x *= _U64(0xC4CEB9FE1A85EC53)
    x ^= x >> _U64(33)
    return x


@cache
def _word_chars() -> np.ndarray:
    """Is code point c (BMP; index 0x10000 stands for all astral ones) part of a word?"""
    table = np.zeros(0x10001, dtype=np.int8)
    for code in range(0x10000):
        char = chr(code)
        if char.isalnum() or unicodedata.category(char) in ("Mn", "Mc"):
            table[code] = 1
    return table


@dataclass(frozen=True, slots=True, eq=False)
class Signature:
    """K 16-bit bin minima plus the exact number of distinct shingles.

    ``tag`` names the signer configuration (seed, shingle size, K); signatures with
    different tags are not comparable.
    """

    values: np.ndarray
    shingles: int
    tag: str

    def to_wire(self) -> str:
        """Compact ASCII form, e.g. ``1:3f2a9c1e:412:<base64 of K little-endian uint16>``."""
        raw = np.ascontiguousarray(self.values, dtype=_VALUE_DTYPE).tobytes()
        b64 = base64.b64encode(raw).decode("ascii")
        return f"{_WIRE_VERSION}:{self.tag}:{self.shingles}:{b64}"

    @classmethod
    def from_wire(cls, wire: str) -> Signature:
        tag, shingles, raw = wire_fields(wire)
        return cls(values=np.frombuffer(raw, dtype=_VALUE_DTYPE), shingles=shingles, tag=tag)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Signature):
            return NotImplemented
        return (
            self.tag == other.tag
            and self.shingles == other.shingles
            and np.array_equal(self.values, other.values)
        )

    def __hash__(self) -> int:
        return hash((self.tag, self.shingles, self.values.tobytes()))

    def jaccard(self, other: Signature) -> float:
        """Unbiased Jaccard estimate (b-bit accidental agreement removed)."""
        agree = int(np.count_nonzero(self.values == other.values))
        return jaccard_from_agreement(agree, self.values.size)

    def containment(self, other: Signature, jaccard: float | None = None) -> float:
        """Estimated ``|A∩B| / min(|A|, |B|)`` from Jaccard and the exact set sizes.

        ``|A∩B| = J (|A| + |B|) / (1 + J)``: exact when J is, so the only error is
        the signature's, and a truncated re-run (B ⊂ A) scores near 1.
        """
        j = self.jaccard(other) if jaccard is None else jaccard
        return self.containment_with(other.shingles, j)

    def containment_with(self, other_shingles: int, jaccard: float) -> float:
        """``containment`` against a text known only by its shingle count."""
        smaller = min(self.shingles, other_shingles)
        if smaller <= 0:
            return 0.0
        inter = jaccard * (self.shingles + other_shingles) / (1.0 + jaccard)
        return min(1.0, inter / smaller)


def wire_fields(wire: str) -> tuple[str, int, bytes]:
    """(tag, shingles, values as little-endian uint16 bytes) of ``Signature.to_wire``'s
    form, without building a ``Signature``: a restart reads a million of them and
    stacks the bytes into one matrix."""
    try:
        version, tag, shingles, b64 = wire.split(":", 3)
    except ValueError:
        raise ValueError("not a dedup signature") from None
    if version != _WIRE_VERSION:
        raise ValueError(f"unknown signature version {version!r}")
    return tag, int(shingles), binascii.a2b_base64(b64, strict_mode=True)


def jaccard_from_agreement(agree: int, size: int) -> float:
    """Jaccard estimate from how many of ``size`` signature values agree."""
    share = agree / size
    return max(0.0, (share - B_BIT_COLLISION) / (1.0 - B_BIT_COLLISION))


class Signer:
    """Builds signatures; construct once per process (tables are precomputed)."""

    def __init__(self, settings: DedupSettings | None = None) -> None:
        self.settings = settings or DedupSettings()
        k = self.settings.num_perm
        rng = np.random.default_rng(self.settings.seed)
        self._k = k
        self._shift = _U64(64 - k.bit_length() + 1) if k & (k - 1) == 0 else None
        self._mult = int(rng.integers(1, 2**63)) * 2 + 1  # odd: invertible mod 2**64
        self._inv = pow(self._mult, -1, 2**64)
        # One fixed random probe order per bin, shared by every signer with this seed:
        # an empty bin takes the value of the first non-empty bin on its probe list.
        self._position_mults = [
            _U64(int(x) | 1) for x in rng.integers(0, 2**63, size=self.settings.shingle_size)
        ]
        self._probes = np.stack([rng.permutation(k) for _ in range(k)]).astype(np.intp)
        self._pow = np.ones(1, dtype=_U64)
        self._ipow = np.ones(1, dtype=_U64)
        digest = hashlib.blake2s(
            f"oph16-2/{self.settings.seed}/{self.settings.shingle_size}/{k}".encode(),
            digest_size=4,
        )
        self.tag = digest.hexdigest()
        _word_chars()

    def _powers(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if self._pow.size < n:
            size = max(n, 2 * self._pow.size, 4096)
            base = np.full(size, self._mult, dtype=_U64)
            base[0] = 1
            inv = np.full(size, self._inv, dtype=_U64)
            inv[0] = 1
            # cumprod wraps mod 2**64, which is the arithmetic the hash is defined in.
            self._pow = np.cumprod(base, dtype=_U64)
            self._ipow = np.cumprod(inv, dtype=_U64)
        return self._pow, self._ipow

    def word_hashes(self, text: str) -> np.ndarray:
        """64-bit hash of every word of ``text``, in order, without a Python loop.

        A word's hash is its polynomial hash ``sum c[j] M^(end-1-j)`` mod 2**64, read off
        prefix sums of ``c[j] M^-j`` (M odd, so invertible mod 2**64).
        """
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        if codes.size == 0:
            return np.empty(0, dtype=_U64)
        n = codes.size
        padded = np.zeros(n + 2, dtype=np.int8)
        np.take(_word_chars(), codes, mode="clip", out=padded[1:-1])  # astral -> last slot
        # Word runs start and end where the padded mask flips; flips alternate.
        flips = np.flatnonzero(padded[1:] != padded[:-1])
        if flips.size == 0:
            return np.empty(0, dtype=_U64)
        starts, ends = flips[0::2], flips[1::2]
        pw, ipw = self._powers(n + 1)
        prefix = np.empty(n + 1, dtype=_U64)
        prefix[0] = 0
        np.multiply(codes, ipw[:n], out=prefix[1:], dtype=_U64)
        np.cumsum(prefix[1:], out=prefix[1:])
        # Not avalanched here: shingle_hashes mixes every shingle once with fmix64.
        hashes: np.ndarray = (prefix[ends] - prefix[starts]) * pw[ends - 1]
        return hashes

    def shingle_hashes(self, text: str) -> np.ndarray:
        words = self.word_hashes(text)
        k = self.settings.shingle_size
        m = words.size - k + 1
        if m <= 0:
            return np.empty(0, dtype=_U64)
        # Distinct odd multipliers per position keep shingles order-sensitive; one
        # avalanche per shingle suffices since fmix64 is a bijection.
        acc = words[:m] * self._position_mults[0]
        for i in range(1, k):
            acc += words[i : i + m] * self._position_mults[i]
        return fmix64(acc)

    def sign(self, matching_text: str) -> Signature:
        hashes = self.shingle_hashes(matching_text)
        k = self._k
        values = np.zeros(k, dtype=_VALUE_DTYPE)
        if hashes.size == 0:
            return Signature(values=values, shingles=0, tag=self.tag)
        # Bin = multiply-shift of the high 32 bits, which is monotone in the hash, so
        # one sort orders by bin and each bin's first element is its minimum.
        ordered = np.sort(hashes)
        if self._shift is not None:  # K a power of two: the top bits are the bin
            bins = ordered >> self._shift
        else:
            bins = ((ordered >> _U64(32)) * _U64(k)) >> _U64(32)
        first = np.empty(ordered.size, dtype=bool)
        first[0] = True
        np.not_equal(bins[1:], bins[:-1], out=first[1:])
        distinct = 1 + int(np.count_nonzero(ordered[1:] != ordered[:-1]))
        filled_bins = bins[first].astype(np.intp)
        # b-bit: the low 16 bits of each minimum (astype truncates modulo 2**16).
        values[filled_bins] = ordered[first].astype(_VALUE_DTYPE)
        if filled_bins.size < k:
            filled = np.zeros(k, dtype=bool)
            filled[filled_bins] = True
            empty = np.flatnonzero(~filled)
            probes = self._probes[empty]
            source = probes[np.arange(empty.size), np.argmax(filled[probes], axis=1)]
            values[empty] = values[source]
        return Signature(values=values, shingles=distinct, tag=self.tag)
