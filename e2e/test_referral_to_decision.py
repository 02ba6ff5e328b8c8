"""Issue 13, item 10: the social worker's way from a received referral to a client placed with a decision, walked
through the pages by the links each page offers, counting the clicks and the page loads. Typing is not counted; a
click on a radio button, a link or a button is. The figures are printed and kept under a ceiling so that a change
that adds dead ends shows here."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from ui import check_page, fill, fill_plan, find_qa, login, new_client, qa, replaced

# Measured when the walk was written (issue 13): 11 clicks and 10 page loads; before it, about 26 and 12.
MAX_CLICKS = 11
MAX_LOADS = 10


class Walk:
    """Clicks by data-qa and counts them, and counts a page load whenever the document was replaced."""

    def __init__(self, driver):
        self.d = driver
        self.clicks = 0
        self.loads = 0

    def open(self, url):
        self.d.get(url)
        self.loads += 1

    def click(self, name, within=None, navigates=True):
        page = self.d.find_element(By.TAG_NAME, "html")
        (within or self.d).find_element(By.CSS_SELECTOR, qa(name)).click()
        self.clicks += 1
        if navigates:
            WebDriverWait(self.d, 20).until(replaced(page))
            self.loads += 1


def test_from_a_received_referral_to_a_placed_client(browser, base_url, rng, api):
    d = browser
    worker = api("social.worker")
    login(d, base_url, "social.worker@demo.polku.fi")
    client_url, name, client_id = new_client(d, base_url, rng, api=worker)
    referral = worker.post("/api/v1/referrals", {"clientId": client_id, "reason": "Tarvitsee päivärytmiä.", "urgency": "normal",
                                                 "consentToShare": True})
    walk = Walk(d)

    # The referral, as the front page's reminder or the list links to it: accepted, and confirmed once.
    walk.open(f"{base_url}/referrals/{referral['id']}")
    check_page(d, "referral-page")
    walk.click("state-accepted", navigates=False)
    walk.click("decision-submit")
    check_page(d, "confirmation")
    walk.click("confirm-submit")
    check_page(d, "referral-page")

    # The accepted referral offers the next step: the service needs assessment.
    walk.click("referral-next-step-link")
    check_page(d, "assessment-form")
    fill(d, "needs", "Päivärytmi on hajonnut; toivoo tekemistä käsillä.")
    walk.click("conclusion-rehabilitativeWorkActivity", navigates=False)
    walk.click("assessment-submit")
    check_page(d, "assessment-page")

    # The assessment found the service suits the client: the plan is next.
    walk.click("assessment-next-step-link")
    fill_plan(d, "3", "5")
    walk.click("plan-submit")
    check_page(d, "plan-page")

    # The plan leads to the places ranked for the client, each with a decision one click away.
    walk.click("plan-next-step-link")
    check_page(d, "match-list")
    first = d.find_element(By.CSS_SELECTOR, qa("match-row"))
    walk.click("match-decide", within=first)
    check_page(d, "decision-form")
    assert d.find_element(By.NAME, "placeId").get_attribute("value"), "the place comes chosen"
    assert "päivää viikossa" in d.find_element(By.ID, "daysPerWeek-hint").text, "the rule's limits are shown before typing"
    fill(d, "tasks", "Kierrätysmyymälän tehtävät")
    fill(d, "goals", "Päivärytmi")
    walk.click("decision-submit")
    page = check_page(d, "decision-page")
    assert "KTT-" in page.text, "the decision has its case number"
    assert "tallennettu" in find_qa(d, "saved-notice").text

    # The client's page now opens with where the client is: placed, with the place and the period.
    d.get(client_url)
    summary = check_page(d, "client-summary")
    assert "Vaihe 7/9" in summary.text or "Vaihe 6/9" in summary.text, summary.text

    print(f"\nreferral received → placed with a decision: {walk.clicks} clicks, {walk.loads} page loads")
    assert walk.clicks <= MAX_CLICKS, f"{walk.clicks} clicks"
    assert walk.loads <= MAX_LOADS, f"{walk.loads} page loads"
