"""Helpers shared by the tests and the benchmarks (neither imports the other).

- ``kafka``: the real local broker (``scripts/kafka-local``), worker processes,
  topic reads and writes under deadlines;
- ``serve``: one ``wirewatch serve`` process; ``browser``: headless Chromium over
  the DevTools protocol;
- ``rebalance``: the second-worker-joins scenario (``scripts/rebalance-loop``);
- ``corpus``: the generated news corpus; ``hostile``: hand-made hostile records;
  ``adversarial``: ``hypothesis``-generated ones (needs the ``dev`` extra);
- ``timing``: CPU-time windows and the machine's own speed;
- ``wait``: waiting on a condition under a deadline (never for a fixed time).

Nothing here imports pytest, and importing this package imports none of them.
"""
