"""Near-duplicate detection of wire re-runs: signatures, LSH, decisions (Faust-free)."""

from wirewatch.core.dedup.index import DedupIndex
from wirewatch.core.dedup.lsh import Bander, BandIndex
from wirewatch.core.dedup.minhash import Signature, Signer
from wirewatch.core.dedup.settings import DedupSettings

__all__ = ["BandIndex", "Bander", "DedupIndex", "DedupSettings", "Signature", "Signer"]
