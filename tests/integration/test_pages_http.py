"""Request-level checks: status codes for known and unknown pages, the health check."""

import pytest

pytestmark = pytest.mark.usefixtures("repository")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/uslugi",
        "/jst/1061011",
        "/jst/0201011",
        "/uslugi/podatek-rolny",
        "/wskazniki/ludnosc",
        "/o-danych",
    ],
)
def test_known_pages_answer_200(client, path):
    assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/jst/9999999",
        "/jst/abc",
        "/jst/%3Cscript%3E",
        "/uslugi/nie-ma-takiej",
        "/wskazniki/xyz",
        "/nie/ma/strony",
    ],
)
def test_unknown_codes_and_paths_answer_404_with_the_app_shell(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b'lang="pl"' in response.data
    assert b"Traceback" not in response.data


def test_former_code_resolves_to_current_unit(client, repository):
    unit = repository.unit("0218032")  # Miękinia was rural (2) until 2024
    assert unit is not None and unit.code == "0218033"
    assert client.get("/jst/0218032").status_code == 200


def test_health(client):
    assert client.get("/healthz").data == b"ok"


def test_favicon_ico_answers_the_apps_icon(client):
    """Browsers ask for /favicon.ico where no page names an icon (a PDF report in their
    viewer): the icon the app's pages link, not a 404 page."""
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    icon = client.get(response.headers["Location"])
    assert icon.status_code == 200 and icon.mimetype == "image/x-icon"
