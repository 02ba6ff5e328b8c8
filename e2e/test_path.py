"""The client path in the browser: the social worker makes a plan, adds the team and makes a decision."""
import base64
import re
from datetime import date, timedelta

from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support.ui import Select

from ui import check_page, fill, fill_plan, find_qa, finnish, login, new_client, qa, submit_and_wait, wait_qa


def months_later(day, months):
    """The same day of the month `months` later (for days 1-28: no month is too short)."""
    assert day.day <= 28
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, day.day)


def test_plan_team_and_decision_for_a_client(browser, base_url, rng, today):
    d = browser
    login(d, base_url, "social.worker@demo.polku.fi")
    client_url, _, _ = new_client(d, base_url, rng)
    check_page(d, "client-page")
    # The period starts on the first Monday of the month after next and lasts the rules' usual three months.
    first = months_later(today.replace(day=1), 2)
    starts = first + timedelta(days=(7 - first.weekday()) % 7)
    ends = months_later(starts, 3) - timedelta(days=1)

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
    submit_and_wait(d, "team-submit")
    check_page(d, "team-list")
    wait_qa(d, "responsible")

    # A decision starts the next period and its contract.
    d.get(client_url + "/decisions/new")
    check_page(d, "decision-submit")
    Select(d.find_element(By.NAME, "placeId")).select_by_index(1)
    fill(d, "startsOn", finnish(starts))
    fill(d, "endsOn", "")
    fill(d, "daysPerWeek", "3")
    fill(d, "hoursPerDay", "5")
    fill(d, "tasks", "Kierrätysmyymälän tehtävät")
    fill(d, "goals", "Päivärytmi")
    find_qa(d, "decision-submit").click()
    page = check_page(d, "decision-page")
    assert f"{finnish(starts)}–{finnish(ends)}" in page.text

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
