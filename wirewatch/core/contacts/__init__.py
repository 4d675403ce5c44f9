"""Contact events between actors of watched countries, and the pair registry behind alerts.

Pure core: no Faust, no Kafka. The pipeline calls ``ContactDetector.detect`` per
article and ``ContactRegistry.observe`` per event (keyed by ``pair_key``).
"""

from wirewatch.core.contacts.detector import ContactDetector, event_id_for, pair_key
from wirewatch.core.contacts.registry import ContactRegistry, alert_id_for
from wirewatch.core.contacts.watches import Watch, load_watches

__all__ = [
    "ContactDetector",
    "ContactRegistry",
    "Watch",
    "alert_id_for",
    "event_id_for",
    "load_watches",
    "pair_key",
]
