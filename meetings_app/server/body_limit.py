"""An ASGI guard that refuses oversized request bodies before the routes read them."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from meetings_app.domain.codes import Code
from meetings_app.server import errors
from meetings_app.sync.wire import API_PREFIX


class BodyLimit:
    """Refuse request bodies over the limit with 413 before reading them (blobs excepted)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, answering 413 as soon as its body is known to be too big."""
        if scope["type"] != "http" or scope["path"].startswith(f"{API_PREFIX}/blobs/"):
            await self.app(scope, receive, send)
            return
        if self._declared_too_big(scope):
            await self._refuse(scope, receive, send)
            return
        seen = 0
        refused = False

        async def guarded_send(message: Message) -> None:
            if not refused:
                await send(message)

        async def counting() -> Message:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # answer 413 now; whatever the app does with the cut-off body is dropped
                    await self._refuse(scope, receive, send)
                    refused = True
                    return {"type": "http.disconnect"}
            return message

        try:
            await self.app(scope, counting, guarded_send)
        except Exception:
            if not refused:
                raise

    def _declared_too_big(self, scope: Scope) -> bool:
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    return int(value) > self.limit
                except ValueError:
                    return False
        return False

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = errors.error_response(
            413, Code.TOO_LARGE, f"The request is larger than the limit of {self.limit} bytes."
        )
        await response(scope, receive, send)
