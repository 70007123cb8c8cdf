"""An ASGI guard that ends requests whose body stops arriving (issue 12, probe 1).

Each piece of a request body must arrive within ``timeout`` seconds of the previous one;
otherwise the store answers ``REQUEST_TIMEOUT`` (408) and closes the connection.
Once the body is complete, reads pass through untouched (a streaming answer waits on
them for the client to go away).
"""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from meetings_app.domain.codes import Code
from meetings_app.server import errors


class BodyTimeout:
    """Bound the pause between two pieces of every request body."""

    def __init__(self, app: ASGIApp, timeout: float) -> None:
        self.app = app
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; answer 408 itself when the body stalls.

        The app then sees the client as gone (``http.disconnect``) and whatever it still
        tries to send is dropped, as :class:`~meetings_app.server.body_limit.BodyLimit`
        does for an oversized body.
        """
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        complete = False
        refused = False
        started = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if not refused:
                started = True
                await send(message)

        async def timed() -> Message:
            nonlocal complete, refused
            if complete or refused:
                return await receive() if complete else {"type": "http.disconnect"}
            try:
                message = await asyncio.wait_for(receive(), self.timeout)
            except TimeoutError:
                if not started:
                    await self._refuse(scope, receive, send)
                refused = True
                return {"type": "http.disconnect"}
            if message["type"] != "http.request" or not message.get("more_body", False):
                complete = True
            return message

        try:
            await self.app(scope, timed, guarded_send)
        except Exception:
            if not refused:
                raise

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = errors.error_response(
            408,
            Code.REQUEST_TIMEOUT,
            f"The request body stopped arriving for {self.timeout:g} seconds; nothing was stored.",
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)
