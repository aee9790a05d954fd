from dataclasses import fields
from pathlib import Path

import pytest

from config import PROJECT_ROOT, ConfigurationError, Settings, load_settings, resolve_secret_key


def test_settings_read_from_environment_with_types():
    settings = load_settings({"SMUP_PORT": "9000", "SMUP_DATA_DIR": "/tmp/x", "OTHER": "1"})
    assert settings.port == 9000
    assert settings.data_dir == Path("/tmp/x")
    assert settings.built_dir == Path("/tmp/x/built")


def test_defaults_work_out_of_the_box():
    settings = load_settings({})
    assert settings.port == 8050 and settings.host == "127.0.0.1"
    assert settings.env == "development"


def test_production_refuses_to_start_without_secret_key():
    with pytest.raises(ConfigurationError):
        resolve_secret_key(load_settings({"SMUP_ENV": "production"}))
    key = resolve_secret_key(load_settings({"SMUP_ENV": "production", "SMUP_SECRET_KEY": "s"}))
    assert key == "s"


def test_development_key_is_generated_once_and_kept():
    first = resolve_secret_key(load_settings({}))
    assert len(first) >= 32
    assert resolve_secret_key(load_settings({})) == first


def test_the_readme_describes_every_setting():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Settings") :]
    names = [f.metadata.get("env", f"SMUP_{f.name.upper()}") for f in fields(Settings)]
    assert [name for name in names if f"`{name}`" not in table] == []
