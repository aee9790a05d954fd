"""The unit tests: pure modules on synthetic frames and a fake repository (fake_repository.py).

No built dataset and no app: when a run holds only unit tests (``make test-fast``), the data
folder is an empty one for the run (the shipped ``raw/`` sources only, so the real repository
cannot open), and the run fails if anything imported the app (``app``). The ``repository``
fixture of the other tests fails here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

UNIT_DIR = Path(__file__).resolve().parent


@pytest.fixture(scope="session", autouse=True)
def no_dataset_no_app(request, tmp_path_factory):
    if not all(Path(item.path).is_relative_to(UNIT_DIR) for item in request.session.items):
        yield  # in a run with the other tests, the app and the data are loaded anyway
        return
    from config import settings

    empty = tmp_path_factory.mktemp("data")
    (empty / "raw").symlink_to(settings.raw_dir)
    data_dir = settings.data_dir
    object.__setattr__(settings, "data_dir", empty)  # the settings are frozen for the app
    assert "app" not in sys.modules, "a unit test module imports the app: tests/integration"
    yield
    object.__setattr__(settings, "data_dir", data_dir)
    assert "app" not in sys.modules, "a unit test imported the app: it belongs in integration"


@pytest.fixture
def repository():
    """Unit tests use ``FakeRepository`` over frames of their own: the built dataset's
    repository is for tests/integration."""
    pytest.fail("unit tests use fake_repository.FakeRepository, never the built dataset")
