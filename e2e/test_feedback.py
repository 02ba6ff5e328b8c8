"""Feedback through the browser: the client tells about their place from their own page, is told a missing
rating next to the question with the rest of the answer kept, and sees the answer listed; the answer is saved as
given and their social worker sees it; a manager sees the results per place, only counts below five answers.
Every page on the way passes axe."""
import re

from selenium.webdriver.common.by import By

from ui import check_page, find_qa, login, qa, wait_qa

RATED = {"welcomed": 4, "tasksSuited": 5, "guidanceAndSupport": 4, "atmosphere": 3, "helpedTowardGoals": 4}
FORGOTTEN = "wouldRecommend"


def rating(d, question, value):
    return find_qa(d, f"ratings[{question}]-{value}")


def test_the_client_gives_feedback_about_their_place_from_their_own_page(browser, base_url, api, today):
    d = browser
    client_id = api("client").get("/api/v1/me")["clientId"]
    worker = api("social.worker")
    before = {f["id"] for f in worker.get(f"/api/v1/clients/{client_id}/client-feedback")["items"]}
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
    for question, value in {**RATED, FORGOTTEN: 5}.items():
        given = find_qa(d, f"rating-{question}").find_elements(By.TAG_NAME, "td")[-1].text
        assert given.startswith(f"{value} –"), f"{question}: {given!r}"
    assert "kärsivällinen" in find_qa(d, "feedback-good").text

    # Saved as given, today, and the client's social worker sees it.
    new = [f for f in worker.get(f"/api/v1/clients/{client_id}/client-feedback")["items"] if f["id"] not in before]
    assert len(new) == 1, new
    assert new[0]["ratings"] == {**RATED, FORGOTTEN: 5}
    assert new[0]["givenOn"] == today.isoformat()
    assert new[0]["whatWasGood"] == "Ohjaaja oli kärsivällinen."

    d.get(base_url + "/me")
    section = check_page(d, "my-feedback")
    assert len(section.find_elements(By.CSS_SELECTOR, qa("my-feedback-link"))) == 1, "the answer is listed"
    assert not section.find_elements(By.CSS_SELECTOR, qa("my-feedback-new")), "nothing left to answer about"

    d.delete_all_cookies()
    login(d, base_url, "social.worker@demo.polku.fi")
    d.get(f"{base_url}/clients/{client_id}")
    links = check_page(d, "client-feedback").find_elements(By.CSS_SELECTOR, qa("feedback-link"))
    assert [a for a in links if a.get_attribute("pathname").endswith(new[0]["id"])], "listed on the client's page"
    d.get(f"{base_url}/clients/{client_id}/feedback/{new[0]['id']}")
    check_page(d, "feedback-ratings")
    assert "kärsivällinen" in find_qa(d, "feedback-good").text


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
    few_form = "client" if few[0].find_elements(By.CSS_SELECTOR, ":nth-child(3) > " + qa("count-too-few")) else "place"
    counts = [int(re.search(r"\d+", c.text).group()) for r in shown for c in r.find_elements(By.CSS_SELECTOR, qa("count-shown"))]
    assert min(counts) >= 5, f"a count is shown only from five answers: {counts}"

    # The third column counts the clients' answers, the fourth the places'.
    form = "client" if shown[0].find_elements(By.CSS_SELECTOR, ":nth-child(3) > " + qa("count-shown")) else "place"
    shown[0].find_element(By.CSS_SELECTOR, qa("feedback-place-link")).click()
    section = check_page(d, f"results-{form}")
    assert int(re.search(r"\d+", section.find_element(By.CSS_SELECTOR, qa("answer-count")).text).group()) >= 5
    table = section.find_element(By.CSS_SELECTOR, qa(f"results-table-{form}"))
    # Columns: the question, how many answered it, the mean, then how many gave each rating.
    means = [r.find_elements(By.CSS_SELECTOR, "td, th")[2].text for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert means and all(1 <= float(m.replace(",", ".")) <= 5 for m in means if m != "–"), f"each question's mean: {means}"

    d.get(few_href)
    section = check_page(d, f"results-{few_form}")
    assert section.find_elements(By.CSS_SELECTOR, qa("fewer-than")), "below five answers only that there are too few"
    assert not section.find_elements(By.CSS_SELECTOR, qa(f"results-table-{few_form}")), "and no answers or means"
