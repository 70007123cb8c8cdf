"""Every stable error code has its own sentences, and the main text stays free of internals.

The codes are found by scanning the package source, not listed by hand, so a code added
anywhere in ``meetings_app`` fails here until ``ui/errors.py`` explains it.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest

import meetings_app
from meetings_app.documents.pdf_info import ImportRefused
from meetings_app.domain.codes import MEANING, Code
from meetings_app.domain.errors import AppError
from meetings_app.store.disk import DiskFull
from meetings_app.ui import errors

PACKAGE = Path(meetings_app.__file__).resolve().parent
TABLE_MODULE = PACKAGE / "ui" / "errors.py"
REGISTRY_MODULE = PACKAGE / "domain" / "codes.py"

#: Codes that deliberately have no entry, each with its reason.
NO_ENTRY = {
    # AppError's placeholder for "no code given": the generic fallback is its sentence.
    "ERROR",
}

_CODE = r'"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)"'
# A line that sets or tests a code: ``code="X"``, ``code = "X"``, ``code: str = "X"``,
# ``code=code or "X"``, ``code = "A" if … else "B"``, ``exc.code != "X"``.
_CODE_LINE = re.compile(r"\bcode\b\s*(?::\s*\w+\s*)?(?:=|==|!=)")
# Codes passed positionally: ``error_for("X", …)``, ``error_response(401, "X", …)``.
_POSITIONAL = re.compile(rf"\berror_for\(\s*{_CODE}|\berror_response\(\s*\d+,\s*{_CODE}")
# Sets of codes the services test against (``OFFLINE_CODES = frozenset({…})``).
_CODE_SET = re.compile(r"^[A-Z_]*(?:CODES|RETRY_LATER)\b.*?=\s*frozenset\(\{(.*?)\}\)", re.M | re.S)
# The store's status table (``"POLL_CLOSED": 409,``).
_STATUS = re.compile(rf"^\s*{_CODE}:\s*[1-5]\d\d,\s*$", re.M)


# A code named through the registry: ``Code.POLL_CLOSED``.
_REGISTRY_REF = re.compile(r"\bCode\.([A-Z][A-Z0-9_]*)\b")


def _literals(text: str) -> set[str]:
    return {m for m in re.findall(_CODE, text) if len(m) >= 3}


def scan_codes(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Every code in the package source → the files (relative paths) that mention it."""
    found: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        if path in (TABLE_MODULE, REGISTRY_MODULE):
            continue
        text = path.read_text(encoding="utf-8")
        codes: set[str] = set()
        for line in text.splitlines():
            if _CODE_LINE.search(line):
                codes |= _literals(line.split("#", 1)[0])
        for match in _POSITIONAL.finditer(text):
            codes |= {g for g in match.groups() if g}
        for match in _CODE_SET.finditer(text):
            codes |= _literals(match.group(1))
        codes |= set(_STATUS.findall(text))
        codes |= set(_REGISTRY_REF.findall(text))
        for code in codes:
            found.setdefault(code, set()).add(str(path.relative_to(root)))
    return found


SCANNED = scan_codes()
REGISTRY = frozenset(c.value for c in Code)


def test_the_scan_finds_the_codes_it_must() -> None:
    """A guard on the scan itself: codes raised in each style are all found."""
    for code in (
        "FORBIDDEN",  # class attribute of a domain error
        "WRONG_PASSPHRASE",  # security error class
        "POLL_NOT_OPEN",  # keyword argument on its own line
        "SUPERSEDED",  # a server push answer
        "INTERNAL",  # error_response(500, "INTERNAL", …)
        "UNAUTHENTICATED",  # error_for("UNAUTHENTICATED", …)
        "REJECTED",  # code=result.code or "REJECTED"
        "TOO_MANY_PAGES",  # an import refusal
        "METHOD_NOT_ALLOWED",  # the store's status table
        "DISK_FULL",  # the laptop's disk faults
        "EXPORT_WRITE_FAILED",
        "LEASE_EXPIRED",
    ):
        assert code in SCANNED, code
    assert len(SCANNED) > 60


def test_no_code_is_raised_outside_the_registry() -> None:
    """Every code the package raises, tests or answers is a member of ``domain.codes.Code``."""
    unknown = {code: sorted(where) for code, where in SCANNED.items() if code not in REGISTRY}
    assert not unknown, f"add these to meetings_app/domain/codes.py: {unknown}"


@pytest.mark.parametrize("code", sorted(REGISTRY - NO_ENTRY))
def test_every_code_in_the_registry_has_its_sentences(code: str) -> None:
    assert code in errors.known_codes(), f"{code} has no entry in meetings_app/ui/errors.py"
    assert MEANING[Code(code)].strip(), code  # and a line of wire documentation


def test_the_sentence_tables_hold_only_registered_codes() -> None:
    tables = (errors.MESSAGES, errors.ALIASES, errors.IMPORT_MESSAGES, errors.DETAILED)
    for table in tables:
        assert set(table) <= REGISTRY, set(table) - REGISTRY


@pytest.mark.parametrize("code", sorted(set(SCANNED) - NO_ENTRY))
def test_every_code_in_the_source_has_its_sentences(code: str) -> None:
    where = ", ".join(sorted(SCANNED[code]))
    assert code in errors.known_codes(), (
        f"{code} (raised in {where}) has no entry in meetings_app/ui/errors.py: add what "
        "happened, whether the data is safe and what to do, then update the catalogs"
    )
    text = errors.describe_error(AppError("English message for the log", code=code))
    assert text.what and text.safe and text.todo
    assert text.what != "English message for the log"
    assert text.what != errors.GENERIC_WHAT


def test_import_refusals_have_sentences_of_their_own() -> None:
    """Codes an import shares with other layers read as import problems, not network ones."""
    for code in ("WRONG_PASSWORD", "TIMEOUT", "TOO_LARGE", "DAMAGED"):
        plain = errors.describe_error(AppError("x", code=code))
        imported = errors.describe_error(ImportRefused("x", code=code))
        assert imported.what != plain.what, code
        assert imported.safe == "Nothing was imported."
    listed = (ImportRefused.__doc__ or "").split("Codes:", 1)[1]
    for code in re.findall(r"[A-Z][A-Z_]{2,}", listed):
        assert errors.describe_error(ImportRefused("x", code=code)).safe == (
            "Nothing was imported."
        ), code


def test_every_entry_is_complete_and_placeholders_match() -> None:
    for code, sentences in {**errors.MESSAGES, **errors.IMPORT_MESSAGES}.items():
        assert len(sentences) == 3 and all(s.strip() for s in sentences), code
        assert not any("%1" in s for s in sentences), code
    for code, target in errors.ALIASES.items():
        assert target in errors.MESSAGES, code
    for table in (errors.DETAILED, errors.IMPORT_DETAILED):
        for code, (names, source) in table.items():
            assert code in errors.MESSAGES or code in errors.ALIASES, code
            wanted = {f"%{i}" for i in range(1, len(names) + 1)}
            assert set(re.findall(r"%\d", source)) == wanted, code


TECHNICAL = re.compile(
    r"Traceback|File \"|line \d+|0x[0-9a-f]{4,}|AppError|Error\(|\[[A-Z_]{3,}\]|meetings_app\."
)


def _raised(error: BaseException) -> BaseException:
    """The error as the UI gets it: raised, so it carries a traceback."""
    try:
        raise error
    except BaseException as caught:
        return caught


@pytest.mark.parametrize("code", sorted((set(SCANNED) | errors.known_codes()) - NO_ENTRY))
def test_main_text_never_holds_a_traceback_or_repr(code: str) -> None:
    hostile = (
        'Traceback (most recent call last):\n  File "x.py", line 3\n'
        f"<meetings_app.Foo object at 0x7f00deadbeef> ValueError('{code}')"
    )
    for error in (
        _raised(AppError(hostile, code=code, path=hostile, title=hostile)),
        _raised(ImportRefused(hostile, code=code)),
    ):
        text = errors.describe_error(error)
        main = "\n".join((text.what, text.safe, text.todo))
        assert not TECHNICAL.search(main), (code, main)
        assert code not in main, (code, main)  # the code is for "Copy details"
        assert f"[{code}]" in text.details and "Traceback" in text.details


def test_unknown_codes_keep_the_generic_fallback() -> None:
    text = errors.describe_error(AppError("The store is being upgraded.", code="NEW_CODE"))
    assert text.what == "The store is being upgraded."
    assert text.todo == errors.GENERIC_TODO
    hostile = errors.describe_error(
        _raised(AppError("cannot do <Foo object at 0x7f00dead>", code="NEW_CODE"))
    )
    assert hostile.what == errors.GENERIC_WHAT
    plain = errors.describe_error(_raised(KeyError("boom")))
    assert plain.what == errors.GENERIC_WHAT and "boom" in plain.details


def test_parameters_fill_the_sentence_where_they_help() -> None:
    pages = errors.describe_error(ImportRefused("x", code="TOO_MANY_PAGES", pages=3500, limit=3000))
    assert "3500" in pages.what.replace(",", "").replace(".", "") and "3000" in (
        pages.what.replace(",", "").replace(".", "")
    )
    size = errors.describe_error(
        ImportRefused("x", code="TOO_LARGE", size=300 * 2**20, limit=200 * 2**20)
    )
    assert "300 MB" in size.what and "200 MB" in size.what
    lease = errors.describe_error(
        AppError("x", code="LEASE_EXPIRED", title="Phiên họp tháng 5", days=14)
    )
    assert "Phiên họp tháng 5" in lease.what and "14" in lease.what
    # a missing parameter falls back to the plain sentence, never a bare %1
    bare = errors.describe_error(AppError("x", code="LEASE_EXPIRED"))
    assert "%1" not in bare.what and bare.what


def test_a_disk_fault_reads_as_a_full_disk_not_a_raw_errno() -> None:
    for error in (
        DiskFull("The disk is full."),
        OSError(errno.ENOSPC, "No space left on device", "/data/meetings.sqlite"),
    ):
        text = errors.describe_error(_raised(error))
        assert "disk" in text.what and "full" in text.what
        assert "safe" in text.safe
        assert "Free some space" in text.todo
        assert "Errno" not in text.what + text.safe + text.todo
        assert "[DISK_FULL]" in text.details
    denied = errors.describe_error(OSError(errno.EACCES, "Permission denied", "/data"))
    assert "/data" in denied.what and "Errno" not in denied.what


def test_translated_sentences_are_used(qapp) -> None:  # type: ignore[no-untyped-def]
    from meetings_app.ui import i18n

    try:
        i18n.install_translator(qapp, "vi")
        text = errors.describe_error(DiskFull("The disk is full."))
        assert text.what.startswith("Ổ đĩa")
        assert text.safe != "Your earlier work is safe."
    finally:
        i18n.install_translator(qapp, "en")


#: files other engineers are moving (the demo's new wing); their literals go with them
_LITERALS_ALLOWED = ("demo", "server/seed.py", "documents/demo_")


def test_codes_are_named_through_the_registry_not_spelled_out() -> None:
    """A code written as a string literal can drift from the registry; ``Code.X`` cannot."""
    spelled: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = str(path.relative_to(PACKAGE))
        if path in (TABLE_MODULE, REGISTRY_MODULE) or rel.startswith(_LITERALS_ALLOWED):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if _CODE_LINE.search(line):
                for code in _literals(line.split("#", 1)[0]) & REGISTRY:
                    spelled.setdefault(rel, set()).add(code)
    assert not spelled, spelled
