"""All configuration, declared once, typed, with defaults and help text.

Nothing else in the project reads the environment: import ``settings`` from here.
Each setting is read from an environment variable ``SMUP_<NAME>``, or from the one its metadata
names as ``env`` (the SMUP API's own settings: ``SMUP_API_URL``, ``SMUP_API_KEY``). A secret is
declared with ``repr=False`` so that printing the settings never shows it.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, fields
from pathlib import Path

from security.private_files import private_dir, write_private_file_once

PROJECT_ROOT = Path(__file__).resolve().parent
# Files of this installation that are not source: the SQLite accounts database, the generated
# secret key, the cache. Only the app's own user may enter it (0700).
INSTANCE_DIR = PROJECT_ROOT / "instance"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(
        default=PROJECT_ROOT / "data",
        metadata={"help": "Folder with raw/ (shipped sources) and built/ (build output)."},
    )
    catalogue_dir: Path = field(
        default=PROJECT_ROOT / "catalogue",
        metadata={"help": "Folder with the indicator catalogue (TOML files, catalogue/README.md)."},
    )
    database_url: str = field(
        default=f"sqlite:///{INSTANCE_DIR / 'smup.sqlite'}",
        metadata={"help": "SQLAlchemy URL of the accounts database."},
    )
    secret_key: str = field(
        default="", metadata={"help": "Flask secret key; required when env is production."}
    )
    env: str = field(default="development", metadata={"help": "development or production."})
    cache_dir: Path = field(
        default=INSTANCE_DIR / "cache",
        metadata={"help": "Shared file-system cache visible to every worker."},
    )
    cache_url: str = field(
        default="",
        metadata={
            "help": "Redis URL (redis://host:6379/1) of the cache of rendered reports (HTML, "
            "PDF, report packs) shared by every web and report worker; empty = files in "
            "cache_dir/reports/renders."
        },
    )
    report_renderer: str = field(
        default="auto",
        metadata={
            "help": "Where PDF reports are rendered: auto = by a report worker (flask --app app "
            "report-worker, started by make run) whenever one is running, else in the web "
            "worker; inline = always in the web worker."
        },
    )
    report_worker_nice: int = field(
        default=10,
        metadata={
            "help": "CPU priority the report worker lowers itself by (0–19): renders take the "
            "time the web workers leave."
        },
    )
    default_year: int = field(
        default=0, metadata={"help": "Year shown by default; 0 = latest year with data."}
    )
    host: str = field(default="127.0.0.1", metadata={"help": "Address the dev server binds."})
    port: int = field(default=8050, metadata={"help": "Port the dev server listens on."})
    bdl_api_url: str = field(
        default="https://bdl.stat.gov.pl/api/v1",
        metadata={"help": "Base URL of the GUS BDL API (the importer's client)."},
    )
    bdl_client_id: str = field(
        default="",
        metadata={
            "help": "Optional BDL API key, sent as X-ClientId (raises the rate limits from 5 to "
            "10 requests/s); empty = anonymous."
        },
    )
    smup_api_url: str = field(
        default="https://api.smup.gov.pl/api/1.0.0/",
        metadata={
            "env": "SMUP_API_URL",
            "help": "Base URL of SMUP's own API (flask --app app sync-smup; --base-url wins).",
        },
    )
    smup_api_key: str = field(
        default="",
        repr=False,
        metadata={
            "env": "SMUP_API_KEY",
            "help": "Optional SMUP API key, sent as X-ClientId (keyed limits: 500 instead of "
            "100 requests per 15 min); empty = anonymous. Never printed or logged.",
        },
    )
    ratelimit_storage_uri: str = field(
        default="memory://",
        metadata={
            "help": "Storage of the login and workshop-code rate-limit counters (flask-limiter "
            "URI); use a shared one such as redis://host:6379 when several workers serve the app."
        },
    )
    workshop_hours: int = field(
        default=12,
        metadata={
            "help": "Hours a live workshop's code stays valid unless the trainer ends it sooner."
        },
    )
    proxy_count: int = field(
        default=0,
        metadata={
            "help": "Reverse proxies in front of the app whose X-Forwarded-For, -Proto and "
            "-Host headers are trusted (the client address of the login limits, HTTPS); 0 = "
            "none: the headers are ignored, as a client could forge them."
        },
    )
    login_rate_limit: str = field(
        default="5 per minute;30 per hour",
        metadata={"help": "Login attempts allowed for one account from one client address."},
    )
    address_rate_limit: str = field(
        default="60 per minute;600 per hour",
        metadata={
            "help": "Login attempts allowed from one client address for all accounts together "
            "(generous: a workshop room shares one address)."
        },
    )
    workshop_code_rate_limit: str = field(
        default="20 per 10 minutes",
        metadata={
            "help": "Unknown live-workshop codes one client address may look up (code "
            "guessing); over it every lookup of a code the browser does not follow yet answers "
            "429. Participants of a workshop they joined are never limited. Counted in "
            "SMUP_RATELIMIT_STORAGE_URI, shared by the workers."
        },
    )
    session_idle_minutes: int = field(
        default=120,
        metadata={
            "help": "A signed-in session ends after this many minutes without a request "
            "(checked on the server; the next request is a visitor's)."
        },
    )
    session_max_hours: int = field(
        default=12,
        metadata={
            "help": "A signed-in session ends this many hours after the login, however active "
            "(then the user logs in again)."
        },
    )
    register_rate_limit: str = field(
        default="20 per minute;100 per hour",
        metadata={"help": "Registrations allowed from one client address."},
    )

    @property
    def raw_dir(self) -> Path:
        return self.data_dir / "raw"

    @property
    def built_dir(self) -> Path:
        return self.data_dir / "built"


def _coerce(raw: str, kind: type) -> object:
    if kind is Path or kind == "Path":
        return Path(raw)
    if kind is int or kind == "int":
        return int(raw)
    return raw


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Build the settings from ``environ`` (default: the process environment)."""
    environ = dict(os.environ if environ is None else environ)
    values = {}
    for f in fields(Settings):
        key = f.metadata.get("env", f"SMUP_{f.name.upper()}")
        if key in environ:
            values[f.name] = _coerce(environ[key], f.type)
    return Settings(**values)


class ConfigurationError(RuntimeError):
    """The configuration cannot work (e.g. production without a secret key)."""


def resolve_secret_key(current: Settings, instance_dir: Path = INSTANCE_DIR) -> str:
    """The secret key: required in production; in development generated once and kept in
    ``instance/secret_key`` (0600 from its first byte, the folder 0700) so sessions survive
    restarts."""
    if current.secret_key:
        return current.secret_key
    if current.env == "production":
        raise ConfigurationError("SMUP_SECRET_KEY must be set when SMUP_ENV=production.")
    private_dir(instance_dir, tighten=True)
    return write_private_file_once(instance_dir / "secret_key", secrets.token_hex(32)).strip()


settings = load_settings()
