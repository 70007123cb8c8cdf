"""The one registry of error codes: every stable upper-case code the store, the sync client,
the services and the documents engine raise, and what each means.

The store answers with these codes (``ErrorBody.code``, ``PushResult.code``), the client
tests against them, and ``ui/errors.py`` keys its translated sentences on them; a test
holds that every code here has sentences and that no code outside this registry is raised.
docs/sync-api.md lists the codes that travel on the wire.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Code(StrEnum):
    """A stable error code (the value never changes; clients key on it)."""

    INVALID = "INVALID"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    CONFLICT = "CONFLICT"
    POLL_CLOSED = "POLL_CLOSED"
    POLL_NOT_OPEN = "POLL_NOT_OPEN"
    MEETING_STATUS = "MEETING_STATUS"
    NOT_AN_ITEM = "NOT_AN_ITEM"
    MINUTES_STATE = "MINUTES_STATE"
    SUPERSEDED = "SUPERSEDED"
    SIGNATURE_REQUIRED = "SIGNATURE_REQUIRED"
    BAD_SIGNATURE = "BAD_SIGNATURE"
    BLOB_MISSING = "BLOB_MISSING"
    HASH_MISMATCH = "HASH_MISMATCH"
    BAD_RANGE = "BAD_RANGE"
    RANGE_NOT_SATISFIABLE = "RANGE_NOT_SATISFIABLE"
    TOO_LARGE = "TOO_LARGE"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    TOKEN_EXPIRED = "TOKEN_EXPIRED"
    DEVICE_REVOKED = "DEVICE_REVOKED"
    AUTH_FAILED = "AUTH_FAILED"
    WRONG_PASSWORD = "WRONG_PASSWORD"
    UNAUTHORIZED = "UNAUTHORIZED"
    ACCOUNT_DISABLED = "ACCOUNT_DISABLED"
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED"
    TOO_MANY_UPLOADS = "TOO_MANY_UPLOADS"
    REQUEST_TIMEOUT = "REQUEST_TIMEOUT"
    INSECURE_SERVER_ADDRESS = "INSECURE_SERVER_ADDRESS"
    CERTIFICATE_UNTRUSTED = "CERTIFICATE_UNTRUSTED"
    CLIENT_TOO_OLD = "CLIENT_TOO_OLD"
    INTERNAL = "INTERNAL"
    STORE_ERROR = "STORE_ERROR"
    REJECTED = "REJECTED"
    OFFLINE = "OFFLINE"
    UNREACHABLE = "UNREACHABLE"
    NETWORK = "NETWORK"
    TIMEOUT = "TIMEOUT"
    CONNECTION = "CONNECTION"
    SERVER_ERROR = "SERVER_ERROR"
    NOT_A_SERVER = "NOT_A_SERVER"
    BAD_SERVER_ADDRESS = "BAD_SERVER_ADDRESS"
    SYNC_ERROR = "SYNC_ERROR"
    SIGN_IN_FAILED = "SIGN_IN_FAILED"
    NOT_SIGNED_IN = "NOT_SIGNED_IN"
    OTHER_ACCOUNT = "OTHER_ACCOUNT"
    UNKNOWN_ACCOUNT = "UNKNOWN_ACCOUNT"
    LEASE_EXPIRED = "LEASE_EXPIRED"
    NOT_DOWNLOADED = "NOT_DOWNLOADED"
    BLOB_DAMAGED = "BLOB_DAMAGED"
    DECRYPTION_FAILED = "DECRYPTION_FAILED"
    KEYRING_UNAVAILABLE = "KEYRING_UNAVAILABLE"
    WRONG_PASSPHRASE = "WRONG_PASSPHRASE"
    VAULT_DAMAGED = "VAULT_DAMAGED"
    DATA_DIR_NOT_WRITABLE = "DATA_DIR_NOT_WRITABLE"
    DISK_FULL = "DISK_FULL"
    DB_CORRUPT = "DB_CORRUPT"
    DB_UNAVAILABLE = "DB_UNAVAILABLE"
    BAD_DB_URL = "BAD_DB_URL"
    MIGRATION_FAILED = "MIGRATION_FAILED"
    SERVER_START_FAILED = "SERVER_START_FAILED"
    STORE_KEY_UNUSABLE = "STORE_KEY_UNUSABLE"
    SEARCH_UNAVAILABLE = "SEARCH_UNAVAILABLE"
    EXPORT_FORBIDDEN = "EXPORT_FORBIDDEN"
    EXPORT_WRITE_FAILED = "EXPORT_WRITE_FAILED"
    CLASSIFICATION_UNKNOWN = "CLASSIFICATION_UNKNOWN"
    MARK_INVALID = "MARK_INVALID"
    IMPORT_REFUSED = "IMPORT_REFUSED"
    NOT_PDF = "NOT_PDF"
    ENCRYPTED = "ENCRYPTED"
    DAMAGED = "DAMAGED"
    TRUNCATED = "TRUNCATED"
    TOO_MANY_PAGES = "TOO_MANY_PAGES"
    PAGE_EMPTY = "PAGE_EMPTY"
    OUT_OF_MEMORY = "OUT_OF_MEMORY"
    UNREADABLE_FILE = "UNREADABLE_FILE"
    SAME_VERSION = "SAME_VERSION"
    RENDER_FAILED = "RENDER_FAILED"
    RENDER_TIMEOUT = "RENDER_TIMEOUT"
    PAGE_TOO_SLOW = "PAGE_TOO_SLOW"
    PACK_DOCUMENT_MISSING = "PACK_DOCUMENT_MISSING"
    PACK_DOCUMENT_UNREADABLE = "PACK_DOCUMENT_UNREADABLE"
    REPORT_INVALID_INPUT = "REPORT_INVALID_INPUT"
    RESULTS_INCOMPLETE = "RESULTS_INCOMPLETE"
    POLL_NOT_CLOSED = "POLL_NOT_CLOSED"
    NO_MINUTES = "NO_MINUTES"
    MEETING_NOT_SCHEDULED = "MEETING_NOT_SCHEDULED"
    DEMO_UNKNOWN_DOCUMENT = "DEMO_UNKNOWN_DOCUMENT"
    TITLE_REQUIRED = "TITLE_REQUIRED"
    ENDS_BEFORE_START = "ENDS_BEFORE_START"
    LEASE_OUT_OF_RANGE = "LEASE_OUT_OF_RANGE"
    TIME_ZONE_UNKNOWN = "TIME_ZONE_UNKNOWN"
    STATUS_STEP_REFUSED = "STATUS_STEP_REFUSED"
    UNKNOWN_ROLE = "UNKNOWN_ROLE"
    NOT_A_MEMBER = "NOT_A_MEMBER"
    ALREADY_PARTICIPANT = "ALREADY_PARTICIPANT"
    QUESTION_REQUIRED = "QUESTION_REQUIRED"
    OPTIONS_INVALID = "OPTIONS_INVALID"
    REQUEST_NOT_DRAFT = "REQUEST_NOT_DRAFT"
    NO_REQUEST = "NO_REQUEST"
    DEADLINE_PASSED = "DEADLINE_PASSED"
    REPORT_KIND_UNKNOWN = "REPORT_KIND_UNKNOWN"
    NO_DRAFT = "NO_DRAFT"
    SIGNING_KEY_UNAVAILABLE = "SIGNING_KEY_UNAVAILABLE"
    SIGNING_FAILED = "SIGNING_FAILED"
    KEY_FILE_PASSWORD_WRONG = "KEY_FILE_PASSWORD_WRONG"
    TOKEN_PIN_WRONG = "TOKEN_PIN_WRONG"
    TOKEN_NOT_FOUND = "TOKEN_NOT_FOUND"
    NOT_ISSUED = "NOT_ISSUED"
    NUMBER_PENDING = "NUMBER_PENDING"
    ERROR = "ERROR"


#: what each code means, in one English line (the wire documentation quotes these)
MEANING: Mapping[Code, str] = {
    Code.INVALID: "The request or change is malformed or breaks a rule of its entity.",
    Code.FORBIDDEN: "The caller may not do this (role, participation or classification).",
    Code.NOT_FOUND: "No such record or file, or it is not shared with the caller.",
    Code.CONFLICT: "A stale write to a secretariat-owned row, or a second ballot; carries the store's copy.",
    Code.POLL_CLOSED: "The poll closed (by the store's clock) before the ballot or change arrived.",
    Code.POLL_NOT_OPEN: "The poll is still in draft; ballots are not accepted yet.",
    Code.MEETING_STATUS: "A meeting's status moves forward only: published → in progress → closed.",
    Code.NOT_AN_ITEM: "The current item named is not an agenda item of this meeting.",
    Code.MINUTES_STATE: "Minutes go draft → approved (by the chair) → published; published minutes are final.",
    Code.SUPERSEDED: 'Push status "applied" with this code: a newer change from another device was kept.',
    Code.SIGNATURE_REQUIRED: "The device has a signing key but the ballot is not signed.",
    Code.BAD_SIGNATURE: "The ballot's signature does not verify with the device's key.",
    Code.BLOB_MISSING: "A document version names a file not uploaded yet.",
    Code.HASH_MISMATCH: "An uploaded or downloaded file does not match its sha256.",
    Code.BAD_RANGE: "The Range header is not a single byte range.",
    Code.RANGE_NOT_SATISFIABLE: "The requested range starts past the end of the file.",
    Code.TOO_LARGE: "The request body or file is larger than the store accepts.",
    Code.UNAUTHENTICATED: "No token, or a token the store does not know.",
    Code.TOKEN_EXPIRED: "The token has expired; sign in again.",
    Code.DEVICE_REVOKED: "The device was revoked; its cache is purged.",
    Code.AUTH_FAILED: "Sign-in refused: wrong user name or password.",
    Code.WRONG_PASSWORD: "Older name of AUTH_FAILED (also a PDF import refusal).",
    Code.UNAUTHORIZED: "Older name of AUTH_FAILED.",
    Code.ACCOUNT_DISABLED: "The account is disabled.",
    Code.METHOD_NOT_ALLOWED: "The address does not accept that HTTP method (`Allow` names those it does).",
    Code.SIGN_IN_THROTTLED: "Too many failed sign-ins for this account or from this address; `Retry-After` says when to try again.",
    Code.TOO_MANY_UPLOADS: "This person already has the most uploads running at once; `Retry-After` says when to try again.",
    Code.REQUEST_TIMEOUT: "The request body stopped arriving before it was complete; nothing was stored.",
    Code.INSECURE_SERVER_ADDRESS: "The server address is plain http:// beyond this computer; the client needs https://.",
    Code.CERTIFICATE_UNTRUSTED: "The store's TLS certificate is not trusted by the system or the agency CA file.",
    Code.CLIENT_TOO_OLD: (
        "The client is older than the version the agency requires (`X-Client-Version`); "
        "`detail` names `required` and `download_url`. Nothing was stored."
    ),
    Code.INTERNAL: "The store hit an unexpected problem; nothing was changed.",
    Code.STORE_ERROR: "The database cannot be opened or written.",
    Code.REJECTED: "A push was rejected without a code (a client fallback).",
    Code.OFFLINE: "The store cannot be reached.",
    Code.UNREACHABLE: "Same as OFFLINE.",
    Code.NETWORK: "Same as OFFLINE.",
    Code.TIMEOUT: "Same as OFFLINE (for an import: a PDF that stalls the reader).",
    Code.CONNECTION: "Same as OFFLINE.",
    Code.SERVER_ERROR: "The store answered with an unexpected error.",
    Code.NOT_A_SERVER: "The address answers, but not as a meetings store.",
    Code.BAD_SERVER_ADDRESS: "The server address is not a URL.",
    Code.SYNC_ERROR: "Sync failed for another reason.",
    Code.SIGN_IN_FAILED: "Sign-in failed for another reason.",
    Code.NOT_SIGNED_IN: "No one is signed in on this laptop.",
    Code.OTHER_ACCOUNT: "The laptop's data belongs to another account.",
    Code.UNKNOWN_ACCOUNT: "The account is not known on this laptop.",
    Code.LEASE_EXPIRED: "Cached meeting data is past its offline lease.",
    Code.NOT_DOWNLOADED: "A document has not been downloaded yet.",
    Code.BLOB_DAMAGED: "A stored file failed its integrity check.",
    Code.DECRYPTION_FAILED: "A stored file cannot be decrypted.",
    Code.KEYRING_UNAVAILABLE: "No usable OS keyring.",
    Code.WRONG_PASSPHRASE: "The passphrase does not open the vault.",
    Code.VAULT_DAMAGED: "The passphrase vault is damaged.",
    Code.DATA_DIR_NOT_WRITABLE: "The data folder cannot be written.",
    Code.DISK_FULL: "The disk is full.",
    Code.DB_CORRUPT: "The local database file is damaged.",
    Code.DB_UNAVAILABLE: "Same as STORE_ERROR.",
    Code.BAD_DB_URL: "The database URL is not understood.",
    Code.MIGRATION_FAILED: "The database schema could not be brought up to date.",
    Code.SERVER_START_FAILED: "The embedded store did not start.",
    Code.STORE_KEY_UNUSABLE: "The store's signing key file cannot be read or is not an Ed25519 key.",
    Code.SEARCH_UNAVAILABLE: "Search is not available.",
    Code.EXPORT_FORBIDDEN: "The document's classification and policy forbid this print or export.",
    Code.EXPORT_WRITE_FAILED: "The copy could not be written.",
    Code.CLASSIFICATION_UNKNOWN: "Unknown classification.",
    Code.MARK_INVALID: "An annotation's geometry is malformed.",
    Code.IMPORT_REFUSED: "A PDF import was refused.",
    Code.NOT_PDF: "The file is not a PDF.",
    Code.ENCRYPTED: "The PDF is encrypted.",
    Code.DAMAGED: "The PDF is damaged.",
    Code.TRUNCATED: "The PDF is truncated.",
    Code.TOO_MANY_PAGES: "The PDF has too many pages.",
    Code.PAGE_EMPTY: "A page is empty.",
    Code.OUT_OF_MEMORY: "Reading the PDF needed too much memory.",
    Code.UNREADABLE_FILE: "The file cannot be read.",
    Code.SAME_VERSION: "The new file is identical to an existing version.",
    Code.RENDER_FAILED: "A page could not be drawn.",
    Code.RENDER_TIMEOUT: "Drawing a page took too long.",
    Code.PAGE_TOO_SLOW: "An imported page cannot be drawn at screen size within the render budget.",
    Code.PACK_DOCUMENT_MISSING: "A document of the meeting pack is missing.",
    Code.PACK_DOCUMENT_UNREADABLE: "A document of the meeting pack cannot be read.",
    Code.REPORT_INVALID_INPUT: "A report was asked for with invalid input.",
    Code.RESULTS_INCOMPLETE: "The poll's results are incomplete.",
    Code.POLL_NOT_CLOSED: "The poll has not closed yet.",
    Code.NO_MINUTES: "The meeting has no minutes yet.",
    Code.MEETING_NOT_SCHEDULED: "The meeting has no date yet.",
    Code.DEMO_UNKNOWN_DOCUMENT: "The demo asked for a document it does not have.",
    Code.TITLE_REQUIRED: "A meeting or agenda item was saved without a title.",
    Code.ENDS_BEFORE_START: "A meeting's end is before its start.",
    Code.LEASE_OUT_OF_RANGE: "A meeting's offline lease is not from 1 to 365 days.",
    Code.TIME_ZONE_UNKNOWN: "A meeting's time zone is not a zone this computer knows.",
    Code.STATUS_STEP_REFUSED: "A meeting cannot take that publication step from its status.",
    Code.UNKNOWN_ROLE: "A participant's role is not chair, secretary, member, invitee or observer.",
    Code.NOT_A_MEMBER: "A substitute can stand in for a member (or the chair) only.",
    Code.ALREADY_PARTICIPANT: "The person chosen as substitute already attends the meeting.",
    Code.QUESTION_REQUIRED: "A written-opinion request has no question.",
    Code.OPTIONS_INVALID: "A written-opinion request needs two or more different options.",
    Code.REQUEST_NOT_DRAFT: "An open written-opinion request cannot be rewritten.",
    Code.NO_REQUEST: "A written-opinion meeting has no request to open yet.",
    Code.DEADLINE_PASSED: "A request cannot open: its deadline has passed.",
    Code.REPORT_KIND_UNKNOWN: "A report kind other than agenda, pack, ballots, minutes, opinions.",
    Code.NO_DRAFT: "The meeting has no draft document for an opinion table.",
    Code.SIGNING_KEY_UNAVAILABLE: (
        "The signing key cannot be opened (no such file or token, or a wrong password or PIN)."
    ),
    Code.SIGNING_FAILED: "The PDF could not be signed.",
    Code.KEY_FILE_PASSWORD_WRONG: "The password does not open the PKCS#12 key file.",
    Code.TOKEN_PIN_WRONG: "The token refused the PIN.",
    Code.TOKEN_NOT_FOUND: "No token with that label is plugged in (or the library is wrong).",
    Code.NOT_ISSUED: "A report is signed only once it has its number from the register.",
    Code.NUMBER_PENDING: "The report's number was asked of the store and has not arrived yet.",
    Code.ERROR: "No code given (AppError's placeholder); the generic sentence applies.",
}

#: codes the store itself answers with (HTTP error bodies and push results)
WIRE_CODES = frozenset(
    {
        Code.INVALID,
        Code.FORBIDDEN,
        Code.NOT_FOUND,
        Code.CONFLICT,
        Code.POLL_CLOSED,
        Code.POLL_NOT_OPEN,
        Code.MEETING_STATUS,
        Code.NOT_AN_ITEM,
        Code.MINUTES_STATE,
        Code.SUPERSEDED,
        Code.SIGNATURE_REQUIRED,
        Code.BAD_SIGNATURE,
        Code.BLOB_MISSING,
        Code.HASH_MISMATCH,
        Code.BAD_RANGE,
        Code.RANGE_NOT_SATISFIABLE,
        Code.TOO_LARGE,
        Code.UNAUTHENTICATED,
        Code.TOKEN_EXPIRED,
        Code.DEVICE_REVOKED,
        Code.AUTH_FAILED,
        Code.WRONG_PASSWORD,
        Code.UNAUTHORIZED,
        Code.ACCOUNT_DISABLED,
        Code.METHOD_NOT_ALLOWED,
        Code.SIGN_IN_THROTTLED,
        Code.TOO_MANY_UPLOADS,
        Code.REQUEST_TIMEOUT,
        Code.CLIENT_TOO_OLD,
        Code.INTERNAL,
        Code.STORE_ERROR,
    }
)
