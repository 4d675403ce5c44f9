"""The rebalance loop counts what the workers' logs say about table recovery, and a
run whose worker exited on the recovery watchdog fails (issue #11)."""

from __future__ import annotations

from pathlib import Path

from wirewatch.testing.rebalance import RECOVERY_SIGNS, RunResult, recovery_signs


def test_recovery_lines_are_counted_across_the_workers_logs(tmp_path: Path) -> None:
    first, second = tmp_path / "worker-0.log", tmp_path / "worker-1.log"
    first.write_text(
        "[...] [WARNING] [^---Recovery]: No event received for active tp TP(...) since "
        "recovery start (started 30 seconds ago)\n"
        "[...] [WARNING] flow resumed with 3 changelog records unread by table recovery: ...\n"
    )
    second.write_text(
        "[...] [WARNING] [^---Recovery]: No event received for active tp TP(...) in the last\n"
    )
    assert recovery_signs([first, second, tmp_path / "missing.log"]) == {
        "stalled": 2,
        "cleared": 1,
        "stall restart": 0,
        "watchdog exit": 0,
    }


def test_a_watchdog_exit_fails_the_run() -> None:
    clean = RunResult(articles=10, second_worker_after=5, drained=True)
    clean.recovery = dict.fromkeys(RECOVERY_SIGNS, 0)
    assert clean.ok
    assert "recovery clean" in clean.line()
    restarted = RunResult(articles=10, second_worker_after=5, drained=True)
    restarted.recovery = {**clean.recovery, "watchdog exit": 1}
    assert not restarted.ok
    assert "watchdog exit 1" in restarted.line()
