from selenium.webdriver.common.by import By

from ui import axe_check, find_qa, path, wait_qa


def test_login_page_is_accessible_and_rejects_a_wrong_password(browser, base_url):
    browser.get(base_url + "/login")
    wait_qa(browser, "login-submit")
    axe_check(browser)

    browser.find_element(By.NAME, "email").send_keys("social.worker@demo.polku.fi")
    browser.find_element(By.NAME, "password").send_keys("not-the-password")
    find_qa(browser, "login-submit").click()

    assert wait_qa(browser, "login-error").is_displayed()
    assert path(browser) == "/login"
    axe_check(browser)
