"""Feedback through the browser: the client tells about their place from their own page, is told a missing
rating next to the question with the rest of the answer kept, and sees the answer listed; a manager sees
the results per place, only counts below five answers. Every page on the way passes axe."""
from selenium.webdriver.common.by import By

from ui import check_page, find_qa, login, qa, wait_qa

RATED = {"welcomed": 4, "tasksSuited": 5, "guidanceAndSupport": 4, "atmosphere": 3, "helpedTowardGoals": 4}
FORGOTTEN = "wouldRecommend"


def rating(d, question, value):
    return find_qa(d, f"ratings[{question}]-{value}")


def test_the_client_gives_feedback_about_their_place_from_their_own_page(browser, base_url):
    d = browser
    login(d, base_url, "client@demo.polku.fi")
    d.get(base_url + "/me")
    section = check_page(d, "my-feedback")
    assert not section.find_elements(By.CSS_SELECTOR, qa("my-feedback-link")), "the demo leaves the client's period unanswered"
    section.find_element(By.CSS_SELECTOR, qa("my-feedback-new")).click()

    check_page(d, "feedback-form")
    for question, value in RATED.items():
        rating(d, question, value).click()
    d.find_element(By.NAME, "whatWasGood").send_keys("Ohjaaja oli kärsivällinen.")
    find_qa(d, "feedback-submit").click()

    # One question left unrated: refused next to it, and the rest of the answer is kept.
    error = wait_qa(d, f"error-ratings[{FORGOTTEN}]")
    group = error.find_element(By.XPATH, "..")
    assert error.get_attribute("id") in (group.get_attribute("aria-describedby") or "").split()
    assert all(rating(d, q, v).is_selected() for q, v in RATED.items())
    assert "kärsivällinen" in d.find_element(By.NAME, "whatWasGood").get_attribute("value")
    check_page(d, "feedback-form", expected_status=422)

    rating(d, FORGOTTEN, 5).click()
    find_qa(d, "feedback-submit").click()
    check_page(d, "feedback-ratings")
    assert "5" in find_qa(d, f"rating-{FORGOTTEN}").text
    assert "kärsivällinen" in find_qa(d, "feedback-good").text

    d.get(base_url + "/me")
    section = check_page(d, "my-feedback")
    assert len(section.find_elements(By.CSS_SELECTOR, qa("my-feedback-link"))) == 1, "the answer is listed"
    assert not section.find_elements(By.CSS_SELECTOR, qa("my-feedback-new")), "nothing left to answer about"


def test_a_manager_sees_results_only_for_places_with_enough_answers(browser, base_url):
    d = browser
    login(d, base_url, "manager@demo.polku.fi")
    d.get(base_url + "/feedback-results")
    check_page(d, "feedback-results")
    rows = d.find_elements(By.CSS_SELECTOR, qa("feedback-result-row"))
    few = [r for r in rows if r.find_elements(By.CSS_SELECTOR, qa("count-too-few"))]
    shown = [r for r in rows if r.find_elements(By.CSS_SELECTOR, qa("count-shown"))]
    assert few and shown, "the demo has places on both sides of five answers"
    few_href = few[0].find_element(By.CSS_SELECTOR, qa("feedback-place-link")).get_attribute("href")

    # The third column counts the clients' answers, the fourth the places'.
    form = "client" if shown[0].find_elements(By.CSS_SELECTOR, ":nth-child(3) > " + qa("count-shown")) else "place"
    shown[0].find_element(By.CSS_SELECTOR, qa("feedback-place-link")).click()
    section = check_page(d, f"results-{form}")
    assert section.find_element(By.CSS_SELECTOR, qa("answer-count")).text
    assert section.find_elements(By.CSS_SELECTOR, "[data-qa^='results-table-']"), "each question's answers and mean"

    d.get(few_href)
    check_page(d, "results-client")
    assert d.find_elements(By.CSS_SELECTOR, qa("fewer-than")), "below five answers only that there are too few"
