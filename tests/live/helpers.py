"""Helpers of the live meeting tests: services on a live laptop, going offline and back."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.polls import PollsService
from meetings_app.app.run.services import RunServices
from tests.support.live import LiveLaptop


def run_services(laptop: LiveLaptop) -> RunServices:
    writer = LocalWriter(laptop.engine, laptop.person_id)
    return RunServices.build(
        laptop.engine, writer, laptop.person_id, laptop.sync.store_now, laptop.client.presence
    )


def polls(laptop: LiveLaptop) -> PollsService:
    return PollsService(
        laptop.engine, LocalWriter(laptop.engine, laptop.person_id), laptop.person_id
    )


def connected(qtbot: QtBot, *laptops: LiveLaptop) -> None:
    """Each laptop synced once and its event stream open."""
    for laptop in laptops:
        with qtbot.waitSignal(laptop.sync.sig_sync_finished, timeout=10_000):
            laptop.start()
    qtbot.waitUntil(lambda: all(lp.sync.live_state == "live" for lp in laptops), timeout=5_000)


def synced(qtbot: QtBot, laptop: LiveLaptop) -> None:
    """Push what this laptop saved (the window syncs at once after a local change)."""
    with qtbot.waitSignal(laptop.sync.sig_sync_finished, timeout=10_000):
        laptop.sync.sync_now()


class Offline:
    """The laptop's network is cut (its requests go nowhere) until the block ends."""

    def __init__(self, qtbot: QtBot, laptop: LiveLaptop) -> None:
        self.qtbot = qtbot
        self.laptop = laptop
        self.url = laptop.client.base_url

    def __enter__(self) -> Offline:
        self.laptop.client.base_url = "http://127.0.0.1:9"  # discard port: nothing answers
        with self.qtbot.waitSignal(self.laptop.sync.sig_sync_failed, timeout=10_000):
            self.laptop.sync.sync_now()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.laptop.client.base_url = self.url
        synced(self.qtbot, self.laptop)
