"""Referrals in the browser: the social worker works the incoming queue; the referrer sends one. Each test
sends its own referral, for a client it makes."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from ui import check_page, find_qa, login, new_client, qa, wait_qa, wait_until


def referral_of_a_new_client(d, base, rng, api):
    """A client of the social worker's and a referral sent for them through the API: (referral id, client name)."""
    worker = api("social.worker")
    login(d, base, "social.worker@demo.polku.fi")
    _, name, client_id = new_client(d, base, rng, api=worker)
    referral = worker.post("/api/v1/referrals", {"clientId": client_id, "reason": "Tarvitsee päivärytmiä.", "urgency": "normal",
                                                 "consentToShare": True})
    assert referral["state"] == "received"
    return referral["id"], name


def test_the_social_worker_accepts_a_received_referral(browser, base_url, rng, api):
    d = browser
    referral_id, name = referral_of_a_new_client(d, base_url, rng, api)
    d.get(base_url + "/referrals")
    check_page(d, "referral-list")
    rows = d.find_elements(By.CSS_SELECTOR, qa("referral-row"))
    assert rows, "the incoming queue lists received referrals"
    assert all(r.find_element(By.CSS_SELECTOR, qa("referral-row-state")).text == "Saapunut" for r in rows)
    d.get(f"{base_url}/referrals/{referral_id}")

    page = check_page(d, "referral-page")
    assert name in page.text
    assert find_qa(d, "referral-state").text == "Saapunut"
    referral_url = d.current_url
    find_qa(d, "state-accepted").click()
    find_qa(d, "decision-submit").click()
    # Accepting cannot be undone: the page says what will happen and asks once (issue 13, item 3).
    question = check_page(d, "confirmation")
    assert "Päätöstä ei voi perua" in question.text
    find_qa(d, "confirm-submit").click()

    wait_until(d, lambda d: find_qa(d, "referral-state").text == "Hyväksytty", "the state to become accepted")
    assert "Päätös lähetteestä tallennettu" in find_qa(d, "saved-notice").text, "the page says what was saved"
    assert d.current_url == referral_url
    check_page(d, "referral-page")
    wait_qa(d, "referral-closed")
    assert not d.find_elements(By.CSS_SELECTOR, qa("decision-submit")), "a decided referral offers no form"


def test_a_return_without_a_reason_is_explained_next_to_the_field(browser, base_url, rng, api):
    d = browser
    referral_id, _ = referral_of_a_new_client(d, base_url, rng, api)
    d.delete_all_cookies()
    login(d, base_url, "counsellor@demo.polku.fi")  # the county's counsellor decides too
    d.get(f"{base_url}/referrals/{referral_id}")
    wait_qa(d, "decision-submit")
    find_qa(d, "state-returned").click()
    find_qa(d, "decision-submit").click()

    error = wait_qa(d, "error-note")
    note = d.find_element(By.NAME, "note")
    assert note.get_attribute("aria-invalid") == "true"
    assert error.get_attribute("id") in (note.get_attribute("aria-describedby") or "").split()
    assert find_qa(d, "referral-state").text == "Saapunut", "nothing was decided"
    check_page(d, "referral-page", expected_status=422)


def test_the_employment_specialist_sends_a_referral_and_sees_it_among_the_sent(browser, base_url, rng):
    d = browser
    login(d, base_url, "employment@demo.polku.fi")
    _, name, _ = new_client(d, base_url, rng)
    check_page(d, "client-page")
    find_qa(d, "referral-new").click()
    wait_qa(d, "referral-submit")
    check_page(d, "referral-submit")
    d.find_element(By.NAME, "reason").send_keys("Tarvitsee päivärytmiä.\nToivoo ulkotöitä.")
    Select(d.find_element(By.NAME, "urgency")).select_by_value("urgent")
    d.find_element(By.NAME, "consentToShare").click()
    find_qa(d, "referral-submit").click()

    check_page(d, "referral-page")
    assert find_qa(d, "referral-state").text == "Saapunut"
    assert "Toivoo ulkotöitä." in find_qa(d, "referral-reason").text
    d.get(base_url + "/referrals")
    check_page(d, "referral-list")
    assert not d.find_elements(By.CSS_SELECTOR, qa("referral-view-incoming")), "no queue for those who do not decide"
    sent = [r for r in d.find_elements(By.CSS_SELECTOR, qa("referral-row")) if name in r.text]
    assert len(sent) == 1, "the referral is among the sent"
    assert sent[0].find_element(By.CSS_SELECTOR, qa("referral-row-state")).text == "Saapunut"
