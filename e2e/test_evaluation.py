"""Evaluations through the browser: a social worker places a client of their own at the coach's place (through
the API: a plan and a decision whose period passed its midpoint); the work coach follows the "evaluation due"
reminder on their front page to the form, is told a bad date next to the field, rates the plan's goals and a
topic, and reads their evaluation beside the worker's and the client's. Every page on the way passes axe."""
from datetime import timedelta

from selenium.webdriver.common.by import By

from ui import axe_check, check_page, find_qa, finnish, give_plan, login, new_client, qa, wait_qa


def test_a_coach_writes_the_evaluation_the_front_page_asks_for(browser, base_url, rng, api, today):
    worker, coach = api("social.worker"), api("coach")
    provider = coach.get("/api/v1/me")["organizationId"]
    places = [p for p in worker.get("/api/v1/places?perPage=100")["items"] if p["providerId"] == provider]
    assert places, "the coach's organization has places"
    login(browser, base_url, "social.worker@demo.polku.fi")
    _, name, client_id = new_client(browser, base_url, rng, api=worker)
    decided = today - timedelta(days=61)
    give_plan(worker, client_id, made_on=decided)
    # Decided in advance; from 60 days ago to 45 days ahead (at least the rules' three months), so the period is past
    # its midpoint and the interim evaluation is due.
    worker.post(f"/api/v1/clients/{client_id}/decisions", {
        "decidedOn": decided.isoformat(), "startsOn": (today - timedelta(days=60)).isoformat(),
        "endsOn": (today + timedelta(days=45)).isoformat(), "placeId": rng.choice(places)["id"], "daysPerWeek": 3,
        "minutesPerDay": 240, "tasks": "Lajittelu", "goals": "Päivärytmi"})

    browser.delete_all_cookies()
    login(browser, base_url, "coach@demo.polku.fi")
    front = check_page(browser, "front-page")
    links = [a for a in front.find_elements(By.CSS_SELECTOR, qa("reminder-evaluation-link")) if a.text == name]
    assert len(links) == 1, f"the front page asks for {name}'s evaluation"
    links[0].click()

    form = check_page(browser, "evaluation-form")
    date = browser.find_element(By.NAME, "evaluatedOn")
    date.clear()
    date.send_keys("31.2.2026")
    find_qa(browser, "evaluation-submit").click()
    error = wait_qa(browser, "error-evaluatedOn")
    date = browser.find_element(By.NAME, "evaluatedOn")
    assert date.get_attribute("aria-invalid") == "true"
    assert error.get_attribute("id") in (date.get_attribute("aria-describedby") or "").split()
    axe_check(browser)

    date.clear()
    date.send_keys(finnish(today))
    form = wait_qa(browser, "evaluation-form")
    for goal in form.find_elements(By.CSS_SELECTOR, "[data-qa^='evaluation-goal-']"):
        goal.find_element(By.CSS_SELECTOR, "input[type=radio][value='1']").click()
    find_qa(browser, "topics[attendance][rating]-3").click()
    browser.find_element(By.NAME, "wentWell").send_keys("Tulee ajoissa ja ottaa vastuuta lajittelusta.")
    find_qa(browser, "evaluation-submit").click()

    page = check_page(browser, "evaluation-compare")
    assert finnish(today) in page.find_element(By.CSS_SELECTOR, qa("evaluation-summary")).text
    assert name in page.text
    assert "3 – sujuu hyvin" in find_qa(browser, "evaluation-topic-attendance").text
    assert "lajittelusta" in page.text
    assert find_qa(browser, "evaluation-edit-own").is_displayed(), "the coach changes their own from here"
