"""Placement through the browser: a social worker queues a client for a full place with a reason, sees the
position and the days waited, opens the place's queue, books a familiarization visit and records how it went
(not before the visit day), and makes the decision for the place from the queue entry, which closes the entry
as placed. The work coach sees their week: the clients, who is expected today, the next week and back.
Every page on the way passes axe. Dates count from the shared `today` (the server's date in Helsinki); the client
is made by the test."""
from datetime import timedelta
from urllib.parse import urlsplit

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from ui import check_page, fill_plan, find_qa, finnish, login, new_client, path, qa, wait_qa, wait_until


def field(d, name):
    return d.find_element(By.NAME, name)


def fill(d, name, value):
    element = field(d, name)
    element.clear()
    element.send_keys(value)


def full_places(d, base):
    """(id, name, waiting) of the places with no free seat today, from /queues."""
    d.get(base + "/queues")
    table = check_page(d, "queues")
    places = []
    for row in table.find_elements(By.CSS_SELECTOR, qa("queue-place-row")):
        cells = row.find_elements(By.CSS_SELECTOR, "td, th")
        link = cells[0].find_element(By.TAG_NAME, "a")
        capacity, occupied, waiting = int(cells[2].text), int(cells[3].text), int(cells[5].text)
        if occupied >= capacity:
            places.append((urlsplit(link.get_attribute("href")).path.rsplit("/", 1)[-1], link.text, waiting))
    assert places, "the demo has full places"
    return places


def queue_row(d, place_name):
    rows = [r for r in wait_qa(d, "client-placement").find_elements(By.CSS_SELECTOR, qa("queue-entry"))
            if r.find_element(By.TAG_NAME, "a").text == place_name]
    assert len(rows) == 1, f"one queue entry for {place_name} on the client page"
    return rows[0]


def test_a_social_worker_queues_a_client_visits_the_place_and_places_them(browser, base_url, rng, today):
    d = browser
    login(d, base_url, "social.worker@demo.polku.fi")
    place_id, place_name, waiting = rng.choice(full_places(d, base_url))
    client_url, _, _ = new_client(d, base_url, rng)  # no decision yet, queued nowhere

    # Queue for the full place, with a reason.
    d.get(client_url)
    name = check_page(d, "client-page").find_element(By.CSS_SELECTOR, qa("client-name")).text
    find_qa(d, "queue-new").click()
    check_page(d, "queue-form")
    Select(field(d, "placeId")).select_by_value(place_id)
    field(d, "reason").send_keys("Toivoo puutöitä; paja on kotia lähellä.")
    find_qa(d, "queue-submit").click()
    check_page(d, "queue-state")
    assert find_qa(d, "queue-position").text == f"{waiting + 1}.", "not urgent: last in the queue"
    assert find_qa(d, "queue-waiting-days").text == "0"

    # The place's queue shows the client last.
    find_qa(d, "queue-place-link").click()
    items = check_page(d, "place-queue").find_elements(By.CSS_SELECTOR, qa("place-queue-item"))
    assert len(items) == waiting + 1 and name in items[-1].text
    assert find_qa(d, "place-free").text, "the seats today are shown"
    items[-1].find_element(By.LINK_TEXT, name).click()
    check_page(d, "client-page")

    # A visit booked for tomorrow; its outcome cannot be recorded before the day.
    tomorrow = today + timedelta(days=1)
    find_qa(d, "visit-new").click()
    check_page(d, "visit-form")
    Select(field(d, "placeId")).select_by_value(place_id)
    fill(d, "visitOn", finnish(tomorrow))
    fill(d, "timeOfDay", "10.00")
    fill(d, "accompaniedBy", "Sari Sosiaalityöntekijä (omatyöntekijä)")
    find_qa(d, "visit-submit").click()
    wait_until(d, lambda d: path(d) == urlsplit(client_url).path, "the client page after booking the visit")
    visits = check_page(d, "client-visits").find_elements(By.CSS_SELECTOR, qa("visit"))
    booked = [v for v in visits if finnish(tomorrow) in v.text and place_name in v.text]
    assert len(booked) == 1
    booked[0].find_element(By.TAG_NAME, "a").click()

    check_page(d, "visit-form")
    Select(field(d, "outcome")).select_by_value("wentWell")
    fill(d, "notes", "Asiakas innostui, haluaa aloittaa pian.")
    find_qa(d, "visit-submit").click()
    error = wait_qa(d, "error-outcome")
    outcome = field(d, "outcome")
    assert outcome.get_attribute("aria-invalid") == "true"
    assert error.get_attribute("id") in (outcome.get_attribute("aria-describedby") or "").split()
    assert Select(outcome).first_selected_option.get_attribute("value") == "wentWell", "the input is kept"
    assert "innostui" in field(d, "notes").get_attribute("value")
    check_page(d, "visit-form", expected_status=409)

    # The visit was moved to today and went well.
    fill(d, "visitOn", finnish(today))
    find_qa(d, "visit-submit").click()
    visits = check_page(d, "client-visits").find_elements(By.CSS_SELECTOR, qa("visit"))
    made = [v for v in visits if finnish(today) in v.text and place_name in v.text]
    assert len(made) == 1 and "Meni hyvin" in made[0].text, made[0].text if made else "no visit today"

    # The service is entered through a plan: the decision needs one (decision 105).
    d.get(client_url + "/plans/new")
    check_page(d, "plan-submit")
    fill_plan(d, days_per_week="3", hours_per_day="4")
    find_qa(d, "plan-submit").click()
    check_page(d, "plan-page")

    # Placing is the decision for the place, made from the queue entry.
    d.get(client_url)
    check_page(d, "client-page")
    queue_row(d, place_name).find_element(By.TAG_NAME, "a").click()
    check_page(d, "queue-state")
    find_qa(d, "queue-place").click()
    check_page(d, "decision-form")
    assert Select(field(d, "placeId")).first_selected_option.get_attribute("value") == place_id, "the place is chosen"
    fill(d, "startsOn", finnish(today + timedelta(days=14)))
    fill(d, "daysPerWeek", "3")
    fill(d, "hoursPerDay", "4")
    fill(d, "tasks", "Puutyöt ja pienkorjaukset ohjaajan kanssa.")
    fill(d, "goals", "Päivärytmi kolmena päivänä viikossa.")
    find_qa(d, "decision-submit").click()
    check_page(d, "decision-page")

    d.get(client_url)
    check_page(d, "client-page")
    row = queue_row(d, place_name)
    assert "Sijoitettu" in row.text, row.text
    row.find_element(By.TAG_NAME, "a").click()
    check_page(d, "queue-state")
    assert find_qa(d, "queue-position").text == "–"
    assert find_qa(d, "queue-decision").is_displayed(), "the entry leads to its decision"
    assert not d.find_elements(By.CSS_SELECTOR, qa("queue-place")), "a placed entry offers no new decision"


def test_the_work_coach_sees_this_week_who_is_expected_today_and_moves_between_weeks(browser, base_url, today):
    d = browser
    login(d, base_url, "coach@demo.polku.fi")
    d.get(base_url + "/coach/week")
    check_page(d, "coach-week")
    assert d.find_elements(By.CSS_SELECTOR, qa("week-row")), "the coach's places have clients this week"
    this_week = d.find_element(By.TAG_NAME, "h1").text
    expected = find_qa(d, "expected-today").find_elements(By.CSS_SELECTOR, qa("expected-client"))
    holiday_today = any(h.text.startswith(finnish(today) + " ") for h in d.find_elements(By.CSS_SELECTOR, qa("holiday")))
    if today.weekday() < 5 and not holiday_today:
        assert expected, "on a working day the active clients are expected"
    else:
        assert not expected, "nobody is expected on a weekend or a holiday"

    find_qa(d, "week-next").click()
    wait_until(d, lambda d: "week=" in d.current_url, "the next week's address")
    check_page(d, "coach-week")
    assert d.find_element(By.TAG_NAME, "h1").text != this_week
    assert not d.find_elements(By.CSS_SELECTOR, qa("expected-today")), "today is not in the next week"

    find_qa(d, "week-previous").click()
    wait_until(d, lambda d: d.find_elements(By.CSS_SELECTOR, qa("expected-today")), "this week again")
    check_page(d, "coach-week")
    assert d.find_element(By.TAG_NAME, "h1").text == this_week
