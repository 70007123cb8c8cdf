"""``serve --config FILE``: the file presets every option and the limits, flags given on
the command line win, and a wrong file is one sentence before anything starts."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from meetings_app.server.cli import (
    add_admin_arguments,
    add_serve_arguments,
    run_serve,
    store_settings,
)

GOOD = """
db = "postgresql+psycopg://meetings@db.bo.gov.vn/meetings"
blobs = "blobs"                # relative: beside this file
host = "0.0.0.0"
port = 8443
token_days = 7

[limits]
max_body_size = 4194304
pull_limit = 200
"""


def serve_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_serve_arguments(parser)
    return parser.parse_args(list(argv))


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "server.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_file_presets_options_and_limits(tmp_path: Path) -> None:
    args = serve_args("--config", str(config(tmp_path, GOOD)))
    settings = store_settings(args)
    assert settings.db_url == "postgresql+psycopg://meetings@db.bo.gov.vn/meetings"
    assert settings.blob_dir == tmp_path / "blobs"
    assert (args.host, args.port, args.token_days) == ("0.0.0.0", 8443, 7.0)
    assert (settings.max_body_size, settings.pull_limit) == (4194304, 200)
    assert settings.max_blob_size == 2 * 1024**3  # not in the file: the default


def test_flags_given_override_the_file(tmp_path: Path) -> None:
    args = serve_args(
        "--config", str(config(tmp_path, GOOD)), "--port", "9000", "--db", "sqlite:///x.db"
    )
    settings = store_settings(args)
    assert (args.port, settings.db_url, args.host) == (9000, "sqlite:///x.db", "0.0.0.0")


def test_admin_reads_the_same_file_for_its_store(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    add_admin_arguments(parser)
    args = parser.parse_args(["--config", str(config(tmp_path, GOOD)), "feed"])
    settings = store_settings(args)
    assert settings.db_url.startswith("postgresql+psycopg://meetings@db.bo.gov.vn")
    assert not hasattr(args, "port")  # serve's own options are left to serve


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('port = "eighty"', "port = 'eighty' is refused"),
        ("colour = 1", "unknown key 'colour'"),
        ("[limits]\nmax_body_size = -1", "limit max_body_size = -1 must be a positive int"),
        ("[limits]\nspeed = 3", "unknown limit 'speed'"),
        ("[limits]\npull_limit = 2.5", "must be a positive int"),
        ("port = 80\nport = 81", "is not valid TOML"),
        ("limits = 3", "[limits] must be a table"),
        (
            '[client_version]\nrequired = "soon"',
            "client_version.required = 'soon' is not a version",
        ),
        ('[client_version]\nnewest = "1.0"', "unknown key 'newest' in [client_version]"),
        ('[client_version]\ndownload_url = "ftp://x"', "is not an http(s) address"),
        ("[client_version]\nrecommended = 2", "must be a string"),
    ],
)
def test_a_wrong_file_is_one_sentence_and_nothing_starts(
    tmp_path: Path, text: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = config(tmp_path, text)
    assert run_serve(serve_args("--config", str(path))) == 2
    err = capsys.readouterr().err
    assert words in err and str(path) in err and "Traceback" not in err


def test_a_missing_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_serve(serve_args("--config", str(tmp_path / "nope.toml"))) == 2
    assert f"Cannot read the configuration file {tmp_path / 'nope.toml'}" in capsys.readouterr().err


def test_the_file_says_which_client_version_the_agency_wants(tmp_path: Path) -> None:
    text = GOOD.replace(
        "[limits]",
        '[client_version]\nrequired = "0.2.0"\nrecommended = "0.3.1"\n'
        'download_url = "https://hop.bo.gov.vn/tai-ve/"\n\n[limits]',
    )
    settings = store_settings(serve_args("--config", str(config(tmp_path, text))))
    wanted = settings.client_version
    assert (wanted.required, wanted.recommended) == ("0.2.0", "0.3.1")
    assert wanted.download_url == "https://hop.bo.gov.vn/tai-ve/"
    assert settings.pull_limit == 200  # the limits still apply
