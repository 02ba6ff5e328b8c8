"""Evaluations through the browser: a work coach follows the "evaluation due" reminder on their front page
to the form, is told a bad date next to the field, rates the plan's goals and a topic, and reads their
evaluation beside the worker's and the client's. Every page on the way passes axe."""
from selenium.webdriver.common.by import By

from ui import axe_check, check_page, find_qa, login, qa, wait_qa


def test_a_coach_writes_the_evaluation_the_front_page_asks_for(browser, base_url):
    login(browser, base_url, "coach@demo.polku.fi")
    front = check_page(browser, "front-page")
    links = front.find_elements(By.CSS_SELECTOR, qa("reminder-evaluation-link"))
    assert links, "the demo leaves evaluations due at the coach's places"
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
    date.send_keys("1.1.2030")
    form = wait_qa(browser, "evaluation-form")
    for goal in form.find_elements(By.CSS_SELECTOR, "[data-qa^='evaluation-goal-']"):
        goal.find_element(By.CSS_SELECTOR, "input[type=radio][value='1']").click()
    find_qa(browser, "topics[attendance][rating]-3").click()
    browser.find_element(By.NAME, "wentWell").send_keys("Tulee ajoissa ja ottaa vastuuta lajittelusta.")
    find_qa(browser, "evaluation-submit").click()

    page = check_page(browser, "evaluation-compare")
    assert "1.1.2030" in page.find_element(By.CSS_SELECTOR, qa("evaluation-summary")).text
    assert "3 – sujuu hyvin" in find_qa(browser, "evaluation-topic-attendance").text
    assert "lajittelusta" in page.text
    assert find_qa(browser, "evaluation-edit-own").is_displayed(), "the coach changes their own from here"
