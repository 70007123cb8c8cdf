"""The deployment preset as this process uses it: read once, problems logged, the agency
CA handed to the sync client's TLS trust.

The preset files and their precedence are described in :mod:`meetings_app.store.preset`.
"""

from __future__ import annotations

import functools
import logging
import os

from meetings_app.store.preset import Preset, load_preset
from meetings_app.sync.tls import CA_FILE_ENV, set_agency_ca

log = logging.getLogger(__name__)


@functools.cache
def deployment_preset() -> Preset:
    """The preset of this process (files read once); each skipped file or key is logged
    as a warning, so a bad file never stops the program."""
    preset = load_preset()
    for problem in preset.problems:
        log.warning("deployment preset: %s", problem)
    return preset


def apply_ca_file(preset: Preset) -> None:
    """Trust the preset's CA file for sync (:func:`~meetings_app.sync.tls.set_agency_ca`),
    unless ``MEETINGS_CA_FILE`` is set (an explicit choice on this computer comes first)."""
    if preset.ca_file is not None and not os.environ.get(CA_FILE_ENV, "").strip():
        set_agency_ca(preset.ca_file)
