"""Polku works without JavaScript: signing in, a form refused with its message next to the field and the input
kept, the same form saved, and the saved record shown and listed."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from ui import assert_no_error_page, chromium, fill, find_qa, identity_code, login, municipality_in_reach, person, qa, wait_qa


@pytest.fixture
def browser_without_js():
    driver = chromium(javascript=False)
    yield driver
    driver.quit()


def test_a_client_is_saved_through_the_form_without_javascript(browser_without_js, base_url, rng):
    d = browser_without_js
    d.get("data:text/html,<title>off</title><script>document.title = 'on'</script>")
    assert d.title == "off", "JavaScript is not disabled"
    login(d, base_url, "social.worker@demo.polku.fi")
    wait_qa(d, "front-page")

    first, last = person(rng)
    code = identity_code(rng)
    municipality = municipality_in_reach(d, base_url)
    fill(d, "firstName", first)
    fill(d, "lastName", last)
    fill(d, "personalIdentityCode", code[:-1] + ("X" if code[-1] != "X" else "Y"))  # a wrong check character
    Select(d.find_element(By.NAME, "municipalityCode")).select_by_value(municipality)
    find_qa(d, "client-submit").click()
    error = wait_qa(d, "error-personalIdentityCode")
    assert error.text, "the refusal says why, next to the field"
    assert d.find_element(By.NAME, "firstName").get_attribute("value") == first, "the input is kept"
    assert Select(d.find_element(By.NAME, "municipalityCode")).first_selected_option.get_attribute("value") == municipality

    fill(d, "personalIdentityCode", code)
    find_qa(d, "client-submit").click()
    wait_qa(d, "client-page")
    assert_no_error_page(d)
    assert find_qa(d, "client-name").text == f"{last} {first}", "the saved client's page"

    d.get(base_url + "/clients?q=" + last)
    rows = wait_qa(d, "client-list").find_elements(By.CSS_SELECTOR, qa("client-row"))
    assert [r.find_element(By.TAG_NAME, "a").text for r in rows] == [f"{last} {first}"], "found in the list"
