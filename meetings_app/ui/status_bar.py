"""SyncStatusBar: live, polling or offline; pending changes, last sync and download progress."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget


class SyncStatusBar(QStatusBar):
    """Permanent widgets on the right; transient messages on the left as usual."""

    sig_sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusBar")
        self.online_label = QLabel(self)
        self.online_label.setObjectName("onlineLabel")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingLabel")
        self.last_sync_label = QLabel(self)
        self.last_sync_label.setObjectName("lastSyncLabel")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("downloadProgress")
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.sync_button = QToolButton(self)
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sig_sync_requested)
        for widget in (
            self.progress,
            self.online_label,
            self.pending_label,
            self.last_sync_label,
            self.sync_button,
        ):
            self.addPermanentWidget(widget)
        self._online: bool | None = None
        self._live: str | None = None
        self._last_sync: dt.datetime | None = None
        self._pending = 0
        self._ticker = QTimer(self)  # keeps "2 minutes ago" true
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._show_last_sync)
        self._ticker.start()
        self.set_online(None)
        self.set_pending(0)
        self.set_last_sync(None)

    @property
    def online(self) -> bool | None:
        return self._online

    def set_online(self, online: bool | None) -> None:
        self._online = online
        self._show_connection()

    @property
    def live(self) -> str | None:
        return self._live

    def set_live(self, state: str | None) -> None:
        """``"live"`` (event stream open), ``"polling"`` (stream down, store answering)
        or ``"offline"``; None when this laptop has no event stream (timer syncs)."""
        self._live = state
        self._show_connection()

    def _show_connection(self) -> None:
        online, live = self._online, self._live
        if online is None and live is None:
            text, color = self.tr("Not connected yet"), "#757575"
        elif live == "live" and online is not False:
            text, color = self.tr("● Live: changes arrive as they happen"), "#2e7d32"
        elif live == "polling" and online is not False:
            text, color = self.tr("● Online: checking for changes now and then"), "#ef6c00"
        elif online:
            text, color = self.tr("● Online"), "#2e7d32"
        else:
            text, color = self.tr("● Offline: work is kept on this computer"), "#c62828"
        self.online_label.setText(text)
        self.online_label.setStyleSheet(f"color: {color}; font-weight: 600;")

    def set_pending(self, count: int) -> None:
        self._pending = count
        if count:
            self.pending_label.setText(self.tr("%n change(s) waiting to be sent", "", count))
        else:
            self.pending_label.setText(self.tr("All changes sent"))

    @property
    def pending(self) -> int:
        return self._pending

    def set_last_sync(self, when: dt.datetime | None) -> None:
        self._last_sync = when
        self._show_last_sync()

    def _show_last_sync(self) -> None:
        when = self._last_sync
        if when is None:
            self.last_sync_label.setText(self.tr("Never synced"))
            return
        self.last_sync_label.setText(
            self.tr("Last sync %1").replace("%1", when.astimezone().strftime("%H:%M %d/%m"))
        )

    def set_syncing(self, syncing: bool) -> None:
        self.sync_button.setEnabled(not syncing)
        if syncing:
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("Syncing…"))
            self.progress.show()
        else:
            self.progress.hide()

    def set_progress(self, done: int, total: int) -> None:
        """Download progress in bytes (or items); an unknown total shows a busy bar."""
        self.progress.show()
        if total <= 0:
            self.progress.setRange(0, 0)
            return
        # QProgressBar holds ints: scale big byte counts down to per-mille.
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * min(done, total) / total))
        self.progress.setFormat(
            self.tr("Downloading %1 %").replace("%1", str(int(100 * min(done, total) / total)))
        )
