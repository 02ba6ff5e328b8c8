from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from ui import axe_check, check_page, find_qa, identity_code, login, wait_qa


def field(d, name):
    return d.find_element(By.NAME, name)


def choose_first_municipality(d):
    select = Select(field(d, "municipalityCode"))
    select.select_by_value(next(o.get_attribute("value") for o in select.options if o.get_attribute("value")))


def test_invalid_identity_code_is_explained_and_the_form_keeps_its_values(browser, base_url, rng):
    login(browser, base_url, "social.worker@demo.polku.fi")
    browser.get(base_url + "/clients/new")
    wait_qa(browser, "client-submit")
    field(browser, "firstName").send_keys("Testi")
    field(browser, "lastName").send_keys("Asiakas")
    field(browser, "personalIdentityCode").send_keys("010190-123X")  # the check character should be M
    choose_first_municipality(browser)
    find_qa(browser, "client-submit").click()

    error = wait_qa(browser, "error-personalIdentityCode")
    assert error.is_displayed()
    code = field(browser, "personalIdentityCode")
    assert code.get_attribute("aria-invalid") == "true"
    assert error.get_attribute("id"), "the error message has no id"
    assert error.get_attribute("id") in (code.get_attribute("aria-describedby") or "").split()
    assert field(browser, "firstName").get_attribute("value") == "Testi"
    assert code.get_attribute("value") == "010190-123X"
    axe_check(browser)

    code.clear()
    code.send_keys(identity_code(rng))
    choose_first_municipality(browser)
    find_qa(browser, "client-submit").click()
    page = check_page(browser, "client-page")
    assert "Testi" in page.text and "Asiakas" in page.text
