"""``GET /api/v1/trust``: the agency's trust list, handed to every signed-in laptop.

The operator keeps the CA certificates in the store's trust folder
(:attr:`~meetings_app.server.settings.ServerSettings.trust_folder`); the folder is read at
each call (a handful of small files), so a certificate added or removed reaches laptops
at their next sync without a restart. Laptops judge digital signatures on PDFs against it.
"""

from __future__ import annotations

import base64

from fastapi import APIRouter

from meetings_app.security.trust_list import read_folder
from meetings_app.server.deps import Auth, StoreDep
from meetings_app.server.openapi import SIGNED_IN, answers
from meetings_app.sync.wire import API_PREFIX, TrustCertificate, TrustList

router = APIRouter(prefix=API_PREFIX, tags=["trust"])


@router.get("/trust", response_model=TrustList, responses=answers(401), openapi_extra=SIGNED_IN)
def trust_list(store: StoreDep, who: Auth) -> TrustList:
    """Every CA certificate of the store's trust folder, DER in base64, by file name."""
    del who  # signed in is enough: the list is the same for everyone
    return TrustList(
        certificates=[
            TrustCertificate(
                name=cert.name,
                sha256=cert.sha256,
                subject=cert.subject,
                der=base64.b64encode(cert.der).decode("ascii"),
            )
            for cert in read_folder(store.settings.trust_folder())
        ]
    )
