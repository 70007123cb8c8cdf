"""Finding and stripping active content from a PDF.

Policy (decided here, applied by the safe import): a document for a Cabinet meeting is
read, annotated and printed; nothing in it may run, open other files or send data. So the
import **strips**, and lists in plain English what it stripped, rather than refusing:

* JavaScript anywhere: document-level scripts (``/Names /JavaScript``), open actions,
  additional actions (``/AA``) of the document, pages, annotations and form fields;
* actions that launch programs, open or import other files, submit forms or play media
  (``/Launch``, ``/GoToR``, ``/GoToE``, ``/ImportData``, ``/SubmitForm``, ``/Rendition``,
  ``/RichMediaExecute``, ``/Movie``, ``/Sound``), also when chained through ``/Next``;
* embedded files (``/Names /EmbeddedFiles``) and file-attachment, media and 3D annotations;
* XFA form templates (they carry scripts).

Links to web addresses (``/URI``) and internal links stay: they do nothing unless clicked
and the viewer asks before opening a browser. The stripped copy gets a new sha256.
"""

from __future__ import annotations

from collections.abc import Iterable

from pypdf.generic import ArrayObject, DictionaryObject, NameObject, PdfObject

ACTIVE_ACTIONS = frozenset(
    {
        "/JavaScript",
        "/Launch",
        "/GoToR",
        "/GoToE",
        "/ImportData",
        "/SubmitForm",
        "/Rendition",
        "/RichMediaExecute",
        "/Movie",
        "/Sound",
    }
)
ACTIVE_ANNOTATIONS = frozenset(
    {"/FileAttachment", "/RichMedia", "/Screen", "/Movie", "/Sound", "/3D"}
)
# Hostile files chain actions or nest fields without end; these bound the walk.
MAX_ACTION_CHAIN = 64
MAX_FIELD_DEPTH = 32


def _resolve(obj: PdfObject | None) -> PdfObject | None:
    return obj.get_object() if obj is not None else None


def is_active_action(action: PdfObject | None) -> bool:
    """True when an action, or any action chained after it through ``/Next``, is active."""
    pending = [_resolve(action)]
    seen = 0
    while pending and seen < MAX_ACTION_CHAIN:
        current = pending.pop()
        seen += 1
        if isinstance(current, ArrayObject):
            pending.extend(_resolve(item) for item in current)
        elif isinstance(current, DictionaryObject):
            if current.get("/S") in ACTIVE_ACTIONS:
                return True
            pending.append(_resolve(current.get("/Next")))
    return bool(pending)  # a chain longer than the bound is itself treated as hostile


class ActiveContentScanner:
    """Walks a document's catalog and pages; with ``remove`` it also deletes what it finds.

    Each finding is a short English phrase for the import report.
    """

    def __init__(self, remove: bool) -> None:
        self.remove = remove
        self.found: list[str] = []

    def _hit(self, holder: DictionaryObject, key: str, what: str) -> None:
        self.found.append(what)
        if self.remove:
            del holder[NameObject(key)]

    def scan(self, root: DictionaryObject, pages: Iterable[DictionaryObject]) -> list[str]:
        self._catalog(root)
        for number, page in enumerate(pages, start=1):
            self._page(page, number)
        return self.found

    def _catalog(self, root: DictionaryObject) -> None:
        if "/OpenAction" in root and is_active_action(root["/OpenAction"]):
            self._hit(root, "/OpenAction", "an action run when the document opens")
        if "/AA" in root:
            self._hit(root, "/AA", "document actions (run on close, save or print)")
        names = _resolve(root.get("/Names"))
        if isinstance(names, DictionaryObject):
            if "/JavaScript" in names:
                self._hit(names, "/JavaScript", "document JavaScript")
            if "/EmbeddedFiles" in names:
                self._hit(names, "/EmbeddedFiles", "embedded files")
        form = _resolve(root.get("/AcroForm"))
        if isinstance(form, DictionaryObject):
            if "/XFA" in form:
                self._hit(form, "/XFA", "an XFA form (scripted)")
            self._fields(_resolve(form.get("/Fields")), depth=0)

    def _fields(self, fields: PdfObject | None, depth: int) -> None:
        if not isinstance(fields, ArrayObject) or depth > MAX_FIELD_DEPTH:
            return
        for ref in fields:
            field = _resolve(ref)
            if isinstance(field, DictionaryObject):
                self._actions_of(field, "a form field")
                self._fields(_resolve(field.get("/Kids")), depth + 1)

    def _actions_of(self, holder: DictionaryObject, where: str) -> None:
        if "/AA" in holder:
            self._hit(holder, "/AA", f"actions of {where}")
        if "/A" in holder and is_active_action(holder["/A"]):
            self._hit(holder, "/A", f"an active action of {where}")

    def _page(self, page: DictionaryObject, number: int) -> None:
        if "/AA" in page:
            self._hit(page, "/AA", f"actions of page {number}")
        annots = _resolve(page.get("/Annots"))
        if not isinstance(annots, ArrayObject):
            return
        kept = ArrayObject()
        for ref in annots:
            annot = _resolve(ref)
            if not isinstance(annot, DictionaryObject):
                continue
            subtype = annot.get("/Subtype")
            if subtype in ACTIVE_ANNOTATIONS:
                self.found.append(f"a {str(subtype)[1:]} annotation on page {number}")
                continue
            self._actions_of(annot, f"an annotation on page {number}")
            kept.append(ref)
        if self.remove:
            page[NameObject("/Annots")] = kept
