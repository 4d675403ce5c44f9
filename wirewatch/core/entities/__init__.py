"""Entity detection and linking across Arabic, English and Turkish.

>>> detector = EntityDetector.default()
>>> entities = detector.detect(fold(text), "ar")
>>> countries_of(entities)
"""

from wirewatch.core.entities.detector import (
    DEFAULT_KB_DIR,
    DEFAULT_LEXICON_DIR,
    EntityDetector,
    countries_of,
)
from wirewatch.core.entities.kb import KBError, KnowledgeBase, load_kb
from wirewatch.core.entities.lexicon import load_lexicons

__all__ = [
    "DEFAULT_KB_DIR",
    "DEFAULT_LEXICON_DIR",
    "EntityDetector",
    "KBError",
    "KnowledgeBase",
    "countries_of",
    "load_kb",
    "load_lexicons",
]
