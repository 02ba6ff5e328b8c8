"""The client path in the browser: the social worker makes a plan, adds the team and makes a decision."""
import base64
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support.ui import Select

from ui import check_page, fill, fill_plan, find_qa, login, qa, wait_qa


def test_plan_team_and_decision_for_a_client(browser, base_url):
    d = browser
    login(d, base_url, "social.worker@demo.polku.fi")
    d.get(base_url + "/clients")
    check_page(d, "client-list")
    d.find_elements(By.CSS_SELECTOR, qa("client-row") + " a")[0].click()
    check_page(d, "client-page")
    client_url = d.current_url

    # A plan whose schedule breaks the rules is refused with the rule next to the field.
    d.get(client_url + "/plans/new")
    check_page(d, "plan-submit")
    fill_plan(d, days_per_week="5", hours_per_day="5")
    find_qa(d, "plan-submit").click()
    error = wait_qa(d, "error-daysPerWeek")
    assert "4" in error.text, error.text
    check_page(d, "plan-submit", expected_status=409)
    fill(d, "daysPerWeek", "3")
    find_qa(d, "plan-submit").click()
    check_page(d, "plan-page")
    assert len(d.find_elements(By.CSS_SELECTOR, qa("plan-goal"))) == 1

    # The team, with the counsellor as the responsible worker.
    d.get(client_url + "/team")
    check_page(d, "team-list")
    Select(d.find_element(By.NAME, "role")).select_by_value("socialCounsellor")
    fill(d, "userEmail", "counsellor@demo.polku.fi")
    d.find_element(By.ID, "isResponsible").click()
    find_qa(d, "team-submit").click()
    check_page(d, "team-list")
    wait_qa(d, "responsible")

    # A decision starts the next period and its contract.
    d.get(client_url + "/decisions/new")
    check_page(d, "decision-submit")
    Select(d.find_element(By.NAME, "placeId")).select_by_index(1)
    fill(d, "startsOn", "1.3.2027")
    fill(d, "endsOn", "")
    fill(d, "daysPerWeek", "3")
    fill(d, "hoursPerDay", "5")
    fill(d, "tasks", "Kierrätysmyymälän tehtävät")
    fill(d, "goals", "Päivärytmi")
    find_qa(d, "decision-submit").click()
    page = check_page(d, "decision-page")
    assert "1.3.2027–31.5.2027" in page.text

    # Printed, the contract starts on a page of its own, and the forms, buttons and navigation are left out.
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    contract = find_qa(d, "contract-page")
    assert d.execute_script("return getComputedStyle(arguments[0]).breakBefore", contract) == "page"
    for hidden in ("accept-submit", "decision-continue", "brand"):
        assert not find_qa(d, hidden).is_displayed(), hidden
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    # On A4 (WebDriver prints on Letter unless told) that is two pages.
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7
    pdf = base64.b64decode(d.print_page(options))
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 2, "decision and contract on two pages"
