"""Settings: the language (Vietnamese by default, or English) and the theme (light, dark)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from meetings_app.ui.i18n import current_language, install_translator, set_language
from meetings_app.ui.settings import THEME, settings
from meetings_app.ui.theme import THEMES, apply_theme


def current_theme() -> str:
    value = str(settings().value(THEME, "light"))
    return value if value in THEMES else "light"


class SettingsDialog(QDialog):
    """Applies the theme at once; the language is installed at once for what opens next
    and fully at the next start (the windows already built keep their words)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        self.language.addItem("Tiếng Việt", "vi")  # each language named in itself
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.theme = QComboBox()
        self.theme.setObjectName("themeBox")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(self.theme.findData(current_theme()), 0))
        self.note = QLabel()
        self.note.setObjectName("settingsNote")
        self.note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.note)
        form.addRow(buttons)

    def _language_note(self) -> None:
        changed = self.language.currentData() != current_language()
        self.note.setText(
            self.tr("The new language is used fully after the program is restarted.")
            if changed
            else ""
        )

    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        """Store the choices; the theme takes effect now."""
        app = QApplication.instance()
        lang = str(self.language.currentData())
        if lang != current_language():
            set_language(lang)
            if isinstance(app, QApplication):
                install_translator(app, lang)
        theme = str(self.theme.currentData())
        store = settings()
        store.setValue(THEME, theme)
        store.sync()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
