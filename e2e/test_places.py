from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from ui import check_page, find_qa, login, wait_qa, wait_until


def test_a_visitor_without_sign_in_filters_places_and_opens_one(browser, base_url):
    browser.delete_all_cookies()
    browser.get(base_url + "/places")
    check_page(browser, "place-list")
    Select(browser.find_element(By.NAME, "task")).select_by_value("outdoorProperty")
    find_qa(browser, "place-filter").click()
    # A GET form's submit does not wait for the next page: wait for its address, or the old list goes stale.
    wait_until(browser, lambda d: "task=outdoorProperty" in d.current_url, "the filtered list")
    rows = check_page(browser, "place-list").find_elements(By.CSS_SELECTOR, "[data-qa=place-row]")
    names = [r.find_element(By.CSS_SELECTOR, "[data-qa=place-link]").text for r in rows]
    assert "Hautausmaiden ulkotyöryhmä" in names and "Kierrätysmyymälä Ekotori" not in names
    # The demo fills the cemetery group: "free seats this week" leaves it out.
    browser.find_element(By.ID, "free").click()
    find_qa(browser, "place-filter").click()
    wait_until(browser, lambda d: "free=" in d.current_url, "the list of places with free seats")
    rows = check_page(browser, "place-list").find_elements(By.CSS_SELECTOR, "[data-qa=place-link]")
    assert "Hautausmaiden ulkotyöryhmä" not in [r.text for r in rows]
    rows[0].click()
    check_page(browser, "place-weeks")
    assert browser.find_elements(By.CSS_SELECTOR, "[data-qa=week-occupied]") == [], "the public sees free seats only"
    assert wait_qa(browser, "place-address").text


def test_a_social_worker_finds_places_for_a_client_with_the_reasons(browser, base_url):
    login(browser, base_url, "social.worker@demo.polku.fi")
    browser.get(base_url + "/clients")
    wait_qa(browser, "client-list").find_element(By.CSS_SELECTOR, "tbody a").click()
    find_qa(browser, "matching-link").click()
    rows = check_page(browser, "match-list").find_elements(By.CSS_SELECTOR, "[data-qa=match-row]")
    assert len(rows) == 12
    assert rows[0].find_elements(By.CSS_SELECTOR, "[data-qa=match-reason]"), "every place says why"
    rows[0].find_element(By.CSS_SELECTOR, "[data-qa=match-place]").click()
    check_page(browser, "place-weeks")
    assert browser.find_elements(By.CSS_SELECTOR, "[data-qa=week-occupied]"), "staff see the occupied seats"
