"""The live workshop in two browsers: a trainer presenting a dashboard at 1280 px and a
participant at 390 px who follows without an account, explores alone and comes back, from the
keyboard; both pages axe-clean."""

from __future__ import annotations

import itertools
import re

import pytest
from test_accounts_browser import axe_script, axe_serious, log_in, settle

from accounts import repository, workshops

pytestmark = pytest.mark.browser

PASSWORD = "bardzo-tajne-1"
VIEWS = (
    ("Ludność powiatów", "/wskazniki/ludnosc?poziom=powiat&rok=2020"),
    ("Finanse dwóch gmin", "/porownaj?jst=0201011,0201022&obszar=finanse"),
    ("Profil Bolesławca", "/jst/0201011"),
)
_emails = (f"prowadzacy{i}@example.pl" for i in itertools.count(1))
# The participant's slide must follow the trainer's within 2 s (issue 16).
FOLLOW_WITHIN_MS = 2000


def trainer_dashboard() -> tuple[str, int, str]:
    """A trainer with a dashboard of three views and a running workshop."""
    email = next(_emails)
    user = repository.register(email, PASSWORD, PASSWORD)
    board = repository.create_dashboard(user.id, "Warsztat budżetowy")
    for name, url in VIEWS:
        view = repository.save_view(user.id, url, name)
        repository.add_to_dashboard(user.id, board.id, view.id)
    return email, board.id, workshops.start_workshop(user.id, board.id).code


def shown_slide(participant) -> str | None:
    return participant.get_attribute("#workshop-slide [data-slide]", "data-slide")


def wait_for_slide(participant, number: int, timeout: float) -> None:
    participant.wait_for_selector(
        f'#workshop-slide .workshop-slide-content[data-slide="{number}"]', timeout=timeout
    )


def test_participant_follows_the_trainer_and_explores_alone(page, browser, live_server):
    email, board, code = trainer_dashboard()
    page.goto(live_server + "/konto/logowanie")
    settle(page)
    log_in(page, email)
    page.goto(f"{live_server}/pulpity/{board}?prezentacja=1&widok=1")
    panel = page.locator("#workshop-trainer")
    panel.wait_for()
    assert code[:3] in panel.inner_text() and "Zakończ warsztat" in panel.inner_text()

    context = browser.new_context(locale="pl-PL", viewport={"width": 390, "height": 844})
    participant = context.new_page()
    errors: list[str] = []
    participant.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        participant.goto(f"{live_server}/warsztat/{code.lower()}")
        wait_for_slide(participant, 1, 10_000)
        page.locator("#workshop-count").filter(has_text="1 osoba śledzi").wait_for()

        # The trainer moves; the participant's slide follows and is announced.
        page.keyboard.press("ArrowRight")
        page.wait_for_selector('#workshop-trainer[data-slide="2"]')
        wait_for_slide(participant, 2, FOLLOW_WITHIN_MS)
        announce = participant.locator("#workshop-announce")
        assert announce.get_attribute("aria-live") == "polite"
        announce.filter(has_text="Prowadzący przeszedł do widoku 2 z 3").wait_for()

        # Explore alone, from the keyboard: the trainer's moves no longer change the slide.
        toggle = participant.locator("#workshop-toggle")
        toggle.focus()
        participant.keyboard.press("Enter")
        participant.get_by_role("button", name="Śledź prowadzącego").wait_for()
        participant.keyboard.press("Tab")
        participant.keyboard.press("Tab")  # "← Poprzedni", then "Następny →"
        participant.keyboard.press("Enter")
        wait_for_slide(participant, 3, 10_000)
        announce.filter(has_text="Widok 3 z 3: Profil Bolesławca").wait_for()
        assert participant.get_by_role("link", name="Otwórz pełny widok tej strony").is_visible()
        page.locator("#workshop-count").filter(has_text="1 przegląda samodzielnie").wait_for()
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("ArrowLeft")
        page.wait_for_selector('#workshop-trainer[data-slide="1"]')
        participant.get_by_text("Prowadzący jest na slajdzie 1").wait_for()
        assert shown_slide(participant) == "3"

        # Back to following: straight to the trainer's slide.
        toggle.focus()
        participant.keyboard.press("Space")
        wait_for_slide(participant, 1, FOLLOW_WITHIN_MS + 1000)
        participant.get_by_role("button", name="Przeglądam sam(a)").wait_for()

        axe = axe_script()
        found = {"participant": axe_serious(participant, axe), "trainer": axe_serious(page, axe)}
        participant.goto(live_server + "/warsztat")
        settle(participant)
        found["join"] = axe_serious(participant, axe)
        assert not any(found.values()), found

        # The trainer ends it: the participant's page says so.
        participant.goto(f"{live_server}/warsztat/{code}")
        participant.locator("#workshop-follower").wait_for()
        page.get_by_role("button", name="Zakończ warsztat").click()
        page.wait_for_url(re.compile(r"komunikat=workshop_ended"))
        participant.get_by_role("heading", name="Warsztat się zakończył").wait_for()
    finally:
        context.close()
    assert not errors, errors


def test_joining_by_code_or_link_and_a_wrong_code(page, live_server):
    _email, _board, code = trainer_dashboard()
    page.goto(live_server + "/warsztat")
    settle(page)
    page.get_by_label("Kod warsztatu").fill(f"{code[:3].lower()} {code[3:]}")
    page.get_by_role("button", name="Dołącz").click()
    page.wait_for_url(re.compile(rf"/warsztat/{code}$"))
    page.locator("#workshop-follower").wait_for()

    page.goto(live_server + "/warsztat")
    settle(page)
    page.get_by_label("Kod warsztatu").fill("ABC10O")
    page.get_by_role("button", name="Dołącz").click()
    page.wait_for_url(re.compile(r"/warsztat\?blad=kod$"))
    page.get_by_role("alert").filter(has_text="To nie jest kod warsztatu").wait_for()

    page.expected_errors.append("status of 404")
    response = page.goto(live_server + "/warsztat/ZZZZZZ")
    assert response.status == 404
    page.get_by_text("Nie ma warsztatu o tym kodzie").wait_for()
