"""The pure, Faust-free processing core shared by the live worker and ``wirewatch process``."""
