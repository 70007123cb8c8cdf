"""The window's modes (Qt Creator's mode bar): read, prepare, and later run.

``registry.MODES`` lists them; adding a mode is one :class:`~meetings_app.ui.modes.registry.Mode`
line there. ``host.ModeHost`` shows the bar and builds each mode on first use.
"""
