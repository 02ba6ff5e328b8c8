"""The client path's assessment through the browser: a social worker records a service needs assessment
that concludes the client belongs elsewhere, is told the hand-over is missing, adds it, and sees the
conclusion on the client page. Every page on the way passes axe."""
from selenium.webdriver.common.by import By

from ui import axe_check, check_page, find_qa, finnish, login, new_client, qa, wait_qa


def field(d, name):
    return d.find_element(By.NAME, name)


def test_social_worker_records_an_assessment_through_the_form(browser, base_url, rng, today):
    login(browser, base_url, "social.worker@demo.polku.fi")
    new_client(browser, base_url, rng)
    section = check_page(browser, "client-page").find_element(By.CSS_SELECTOR, qa("client-assessments"))
    section.find_element(By.CSS_SELECTOR, qa("assessment-new")).click()

    check_page(browser, "assessment-form")
    assert field(browser, "assessedOn").get_attribute("value") == finnish(today), "today is offered as the date"
    field(browser, "needs").send_keys("Päivärytmi on hajonnut.\nToive päästä tekemään jotain käsillä.")
    find_qa(browser, "otherServices-housing").click()
    find_qa(browser, "conclusion-socialRehabilitation").click()
    find_qa(browser, "assessment-submit").click()

    # Belonging elsewhere without saying where is refused, next to the field, and the input is kept.
    error = wait_qa(browser, "error-conclusionNote")
    note = field(browser, "conclusionNote")
    assert note.get_attribute("aria-invalid") == "true"
    assert error.get_attribute("id") in (note.get_attribute("aria-describedby") or "").split()
    assert find_qa(browser, "otherServices-housing").is_selected()
    assert find_qa(browser, "conclusion-socialRehabilitation").is_selected()
    assert "käsillä" in field(browser, "needs").get_attribute("value")
    axe_check(browser)

    note.send_keys("Sosiaalinen kuntoutus ensin; sosiaaliohjaaja saattaa ensikäynnille.")
    find_qa(browser, "assessment-submit").click()
    page = check_page(browser, "assessment-page")
    assert find_qa(browser, "belongs-elsewhere").is_displayed()
    assert "käsillä" in find_qa(browser, "assessment-needs").text

    page.find_element(By.CSS_SELECTOR, "a.back-link").click()
    section = check_page(browser, "client-page").find_element(By.CSS_SELECTOR, qa("client-assessments"))
    assert section.find_elements(By.CSS_SELECTOR, qa("belongs-elsewhere")), "the client page shows the latest conclusion"
