"""Live workshops: the repository (codes, expiry, owner checks), the participants' polling
endpoint (ETag / 304, versions), the follower count, the trainer's and participants' pages."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update
from test_accounts_http import post, register, save, user_id

from accounts import db, presence, repository, workshops
from accounts.models import Workshop, utcnow
from accounts.security import AccountError
from config import settings

PASSWORD = "bardzo-tajne-1"
VIEWS = (
    ("Ludność powiatów", "/wskazniki/ludnosc?poziom=powiat&rok=2020"),
    ("Finanse dwóch gmin", "/porownaj?jst=0201011,0201022&obszar=finanse"),
    ("Profil Bolesławca", "/jst/0201011"),
)


@pytest.fixture
def new_client(dash_app):
    """Fresh browser-like clients (own cookies, own address: the login limit is per address)."""
    addresses = (f"10.216.{i // 250}.{i % 250 + 1}" for i in range(10_000))

    def make():
        client = dash_app.server.test_client()
        client.environ_base["REMOTE_ADDR"] = next(addresses)
        return client

    return make


def dashboard_of(email: str = "trener@example.pl") -> tuple[int, int]:
    """A user with a dashboard of the three views: (user id, dashboard id)."""
    owner = repository.register(email, PASSWORD, PASSWORD)
    board = repository.create_dashboard(owner.id, "Warsztat budżetowy")
    for name, url in VIEWS:
        view = repository.save_view(owner.id, url, name)
        repository.add_to_dashboard(owner.id, board.id, view.id)
    return owner.id, board.id


def test_start_move_end_and_only_the_owner_may(accounts_db):
    owner, board = dashboard_of()
    other = repository.register("ktos@example.pl", PASSWORD, PASSWORD).id
    started = workshops.start_workshop(owner, board)
    assert (started.position, started.version, started.ended) == (1, 1, False)
    assert started.expires_at - utcnow() > timedelta(hours=settings.workshop_hours - 1)
    # Starting again on the same dashboard returns the running workshop.
    assert workshops.start_workshop(owner, board).code == started.code

    with pytest.raises(AccountError):
        workshops.start_workshop(other, board)  # not their dashboard
    with pytest.raises(AccountError):
        workshops.move_workshop(other, started.code, 2)
    with pytest.raises(AccountError):
        workshops.end_workshop(other, started.code)
    assert workshops.owned_workshop(other, started.code) is None

    moved = workshops.move_workshop(owner, started.code, 2)
    assert (moved.position, moved.version) == (2, 2)
    assert workshops.move_workshop(owner, started.code, 2).version == 2  # no change, same version
    assert workshops.move_workshop(owner, started.code, 99).position == 3  # clamped
    assert workshops.workshop_state(started.code).position == 3

    ended = workshops.end_workshop(owner, started.code)
    assert ended.ended and ended.version == 4
    assert workshops.workshop_state(started.code).ended
    assert workshops.live_workshop(owner, board) is None
    with pytest.raises(AccountError):
        workshops.move_workshop(owner, started.code, 1)
    assert workshops.start_workshop(owner, board).code != started.code


def test_an_expired_workshop_is_ended_and_its_row_removed_later(accounts_db):
    owner, board = dashboard_of()
    code = workshops.start_workshop(owner, board).code
    with db.transaction() as session:
        session.execute(update(Workshop).values(expires_at=utcnow() - timedelta(minutes=1)))
    assert workshops.workshop_state(code).ended
    assert workshops.live_workshop(owner, board) is None
    with pytest.raises(AccountError):
        workshops.move_workshop(owner, code, 2)
    workshops.start_workshop(owner, board)  # cleans up expired rows
    assert workshops.workshop_state(code) is None


def test_deleting_the_dashboard_deletes_its_workshops(accounts_db):
    owner, board = dashboard_of()
    code = workshops.start_workshop(owner, board).code
    repository.delete_dashboard(owner, board)
    assert workshops.workshop_state(code) is None


# --- HTTP -------------------------------------------------------------------------------------


def trainer_with_workshop(new_client) -> tuple[object, int, str]:
    """A signed-in trainer's client, their dashboard of three views and its workshop's code."""
    trainer = new_client()
    email = register(trainer)
    for name, url in VIEWS:
        save(trainer, url, name)
    board_path = post(trainer, "/pulpity/nowy", {"nazwa": "Warsztat"}).headers["Location"]
    board = int(board_path.split("?")[0].rsplit("/", 1)[1])
    for view in repository.list_views(user_id(email)):
        post(trainer, f"/pulpity/{board}/dodaj", {"widok": str(view.id)})
    started = post(trainer, f"/pulpity/{board}/warsztat")
    assert started.status_code == 303
    assert started.headers["Location"] == (
        f"/pulpity/{board}?prezentacja=1&widok=1&komunikat=workshop_started"
    )
    code = workshops.live_workshop(user_id(email), board).code
    return trainer, board, code


def move(trainer, code: str, slide: int):
    return post(trainer, f"/warsztat/{code}/slajd", {"widok": str(slide)})


def test_polling_answers_304_until_the_trainer_moves(new_client):
    trainer, _board, code = trainer_with_workshop(new_client)
    participant = new_client()
    first = participant.get(f"/warsztat/{code}/stan")
    assert first.status_code == 200
    assert first.json == {"slide": 1, "version": 1, "ended": False}
    assert first.headers["Cache-Control"] == "no-store"
    etag = first.headers["ETag"]

    again = participant.get(f"/warsztat/{code}/stan", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""

    assert move(trainer, code, 2).json == {"slide": 2, "version": 2}
    moved = participant.get(f"/warsztat/{code}/stan", headers={"If-None-Match": etag})
    assert moved.status_code == 200 and moved.json["slide"] == 2
    assert moved.headers["ETag"] != etag
    # lower case and a pasted code work as well
    assert participant.get(f"/warsztat/{code.lower()}/stan").json["slide"] == 2

    assert post(trainer, f"/warsztat/{code}/zakoncz").status_code == 303
    ended = participant.get(f"/warsztat/{code}/stan", headers={"If-None-Match": etag})
    assert ended.json["ended"] is True


def test_only_the_trainer_moves_ends_and_counts(new_client):
    trainer, _board, code = trainer_with_workshop(new_client)
    other = new_client()
    register(other)
    visitor = new_client()
    assert move(other, code, 2).status_code == 404
    assert move(visitor, code, 2).status_code == 404
    assert move(trainer, code, 2).status_code == 200
    assert post(trainer, f"/warsztat/{code}/slajd", {"widok": "abc"}).status_code == 404
    assert post(other, f"/warsztat/{code}/zakoncz").status_code == 404
    assert other.get(f"/warsztat/{code}/uczestnicy").status_code == 404
    assert visitor.get(f"/warsztat/{code}/uczestnicy").status_code == 404
    # without the CSRF token nothing moves
    assert post(trainer, f"/warsztat/{code}/slajd", {"widok": "3"}, csrf=False).status_code == 400
    assert workshops.workshop_state(code).position == 2


def test_the_trainer_sees_how_many_follow(new_client, monkeypatch, tmp_path):
    monkeypatch.setattr(presence, "settings", settings.__class__(cache_dir=tmp_path))
    trainer, _board, code = trainer_with_workshop(new_client)
    assert trainer.get(f"/warsztat/{code}/uczestnicy").json["text"] == "0 osób śledzi"
    for i in range(3):
        new_client().get(f"/warsztat/{code}/stan?uczestnik={i:032x}&tryb=sledze")
    new_client().get(f"/warsztat/{code}/stan?uczestnik={'f' * 32}&tryb=sam")
    new_client().get(f"/warsztat/{code}/stan")  # no id: not counted
    answer = trainer.get(f"/warsztat/{code}/uczestnicy").json
    assert (answer["follow"], answer["explore"]) == (3, 1)
    assert answer["text"] == "3 osoby śledzą, 1 przegląda samodzielnie"
    english = trainer.get(f"/warsztat/{code}/uczestnicy?lang=en").json["text"]
    assert english == "3 people follow, 1 explores alone"


def test_pages_of_the_workshop(new_client):
    trainer, board, code = trainer_with_workshop(new_client)
    presenting = trainer.get(f"/pulpity/{board}?prezentacja=1&widok=1")
    assert presenting.status_code == 200
    participant = new_client()
    assert participant.get(f"/warsztat/{code}").status_code == 200
    assert participant.get("/warsztat").status_code == 200
    assert participant.get("/warsztat/ZZZZZZ").status_code == 404
    assert participant.get("/warsztat/ZZZZZZ/stan").status_code == 404
    assert participant.get("/warsztat/nie-kod/stan").status_code == 404
    joined = participant.get("/warsztat/dolacz?kod=" + f"http://x/warsztat/{code.lower()}")
    assert (joined.status_code, joined.headers["Location"]) == (303, f"/warsztat/{code}")
    wrong = participant.get("/warsztat/dolacz?kod=0OI1")
    assert wrong.headers["Location"] == "/warsztat?blad=kod"


def test_the_participants_page_shows_the_trainers_slide(new_client):
    from pages import workshop as workshop_page

    trainer, _board, code = trainer_with_workshop(new_client)
    move(trainer, code, 2)
    page = str(workshop_page.layout(code=code))
    assert "Finanse dwóch gmin" in page and "Prowadzący przeszedł do widoku 2 z 3" in page
    # the addresses the participants' script asks (assets/scripts/workshop.js)
    assert f"data-state-href='/warsztat/{code}/stan'" in page
    assert f"data-slide-href='/warsztat/{code}/slajd/'" in page
    assert "nie ma warsztatu" in str(workshop_page.layout(code="ZZZZZZ")).lower()
    post(trainer, f"/warsztat/{code}/zakoncz")
    assert "Warsztat się zakończył" in str(workshop_page.layout(code=code))


def test_a_slide_is_served_as_components_with_its_announcements(new_client):
    _trainer, _board, code = trainer_with_workshop(new_client)
    participant = new_client()
    answer = participant.get(f"/warsztat/{code}/slajd/3", headers={"Accept-Encoding": "br"})
    assert answer.status_code == 200 and answer.headers["Content-Encoding"] == "br"
    plain = participant.get(f"/warsztat/{code}/slajd/3")
    data = plain.json
    assert data["slide"] == 3
    assert data["showing"] == "Widok 3 z 3: Ludność powiatów."  # "Moje widoki": newest first
    assert data["moved"] == "Prowadzący przeszedł do widoku 3 z 3: Ludność powiatów."
    assert data["content"]["type"] == "Div" and "Ludność powiatów" in plain.text
    etag = plain.headers["ETag"]
    again = participant.get(f"/warsztat/{code}/slajd/3", headers={"If-None-Match": etag})
    assert again.status_code == 304
    english = participant.get(f"/warsztat/{code}/slajd/3?lang=en").json
    assert english["showing"] == "View 3 of 3: Ludność powiatów."


@pytest.mark.parametrize("path", ["slajd/0", "slajd/4", "slajd/99999999999", "slajd/-1"])
def test_slides_outside_the_dashboard_answer_404(new_client, path):
    _trainer, _board, code = trainer_with_workshop(new_client)
    assert new_client().get(f"/warsztat/{code}/{path}").status_code == 404


def test_an_ended_workshops_slides_are_gone(new_client):
    trainer, _board, code = trainer_with_workshop(new_client)
    post(trainer, f"/warsztat/{code}/zakoncz")
    assert new_client().get(f"/warsztat/{code}/slajd/1").status_code == 404
    assert new_client().get("/warsztat/ZZZZZZ/slajd/1").status_code == 404
