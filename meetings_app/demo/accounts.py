"""The demo accounts: their password and the list the demo prints (and the README shows)."""

from __future__ import annotations

import os

from meetings_app.demo.content import DEMO_ACCOUNTS

DEFAULT_PASSWORD = "demo"
PASSWORD_ENV = "MEETINGS_DEMO_PASSWORD"
_ROLE_NAMES = {
    "chair": "chủ toạ",
    "secretary": "thư ký",
    "member": "thành viên",
    "observer": "quan sát",
    "secretariat": "văn phòng",
}


def demo_password() -> str:
    """``demo`` unless ``MEETINGS_DEMO_PASSWORD`` says otherwise."""
    return os.environ.get(PASSWORD_ENV) or DEFAULT_PASSWORD


def accounts_text(password: str) -> str:
    """Every demo account with its role, as printed on the terminal."""
    lines = [f"Demo accounts (password: {password}):"]
    for p in DEMO_ACCOUNTS:
        lines.append(f"  {p.username:<16} {_ROLE_NAMES[p.role]:<11} {p.full_name}, {p.title}")
    return "\n".join(lines)
