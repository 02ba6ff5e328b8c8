"""The decision prints as an administrative decision in the client's language (issue 13, item 4; decisions 200-206):
the social worker makes it through the form, prints it with the Print button, and the PDF is two A4 pages — the
decision and the contract — with the case number, the appeal instructions and the signature lines, in Swedish for a
Swedish-speaking client while the worker's screen is Finnish; then the decision ending the period, in the same form."""
import base64
import io
import re
from datetime import timedelta

from pypdf import PdfReader
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support.ui import Select

from ui import check_page, fill, find_qa, finnish, give_plan, identity_code, login, municipality_in_reach, person


def test_the_decision_prints_on_two_a4_pages_in_the_clients_language(browser, base_url, rng, api, today):
    d = browser
    worker, coach = api("social.worker"), api("coach")
    provider = coach.get("/api/v1/me")["organizationId"]
    places = [p for p in worker.get("/api/v1/places?perPage=100")["items"] if p["providerId"] == provider]
    assert places, "the coach's organization has places"
    login(d, base_url, "social.worker@demo.polku.fi")
    first, last = person(rng)
    client = worker.post("/api/v1/clients", {"firstName": first, "lastName": last, "personalIdentityCode": identity_code(rng),
                                             "municipalityCode": municipality_in_reach(d, base_url), "language": "sv"})
    give_plan(worker, client["id"], made_on=today)
    starts = today + timedelta(days=14)

    # The decision through the form, handed over in person.
    d.get(f"{base_url}/clients/{client['id']}/decisions/new")
    check_page(d, "decision-submit")
    Select(d.find_element(By.NAME, "placeId")).select_by_value(rng.choice(places)["id"])
    fill(d, "startsOn", finnish(starts))
    fill(d, "endsOn", "")
    fill(d, "daysPerWeek", "3")
    fill(d, "hoursPerDay", "5")
    fill(d, "tasks", "Lajittelu")
    fill(d, "goals", "Päivärytmi")
    Select(d.find_element(By.NAME, "notification")).select_by_value("hand")
    find_qa(d, "decision-submit").click()
    check_page(d, "decision-page")
    case_number = find_qa(d, "case-number").text
    assert re.fullmatch(rf"KTT-{today.year}-\d{{6}}", case_number), case_number

    # The Print button is there with JavaScript and calls the browser's print.
    button = find_qa(d, "print-button")
    assert button.is_displayed() and button.text == "Tulosta", "the screen is in the worker's language"
    d.execute_script("window.printed = 0; window.print = function () { window.printed += 1; };")
    button.click()
    assert d.execute_script("return window.printed") == 1

    # Printed on A4: the decision and the contract, one page each, in Swedish, without the screen's state.
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7
    reader = PdfReader(io.BytesIO(base64.b64decode(d.print_page(options))))
    assert len(reader.pages) == 2, "the decision and the contract on a page each"
    decision, contract = (re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages)
    assert case_number in decision and case_number in contract
    for text in ("Beslut om arbetsverksamhet i rehabiliteringssyfte", "Diarienummer", "Tillämpade rättsnormer", "189/2001",
                 "socialarbetare", "Anvisning om begäran om omprövning", "inom 30 dagar", "den dag det överlämnades",
                 "Beslutet överlämnas till klienten personligen."):
        assert text in decision, text
    for state in ("Jakson tila", "Periodens status", "Tulossa", "Kommande", "Tulosta"):
        assert state not in decision + contract, state
    assert "Avtal om arbetsverksamhet i rehabiliteringssyfte" in contract
    assert contract.count("Namnförtydligande") == 3, "a line to sign for each of the three parties"
    for party in ("Klient:", "Anordnare:", "Arbetsverksamhetsplats:"):
        assert party in contract, party

    # Ending the period is a decision in the same form, with the next case number, on one A4 page (decision 207).
    find_qa(d, "path-decision-ending").click()
    check_page(d, "path-decision-submit")
    fill(d, "effectiveOn", finnish(starts + timedelta(days=30)))
    fill(d, "reasons", "Asiakas aloittaa työkokeilun.")
    find_qa(d, "path-decision-submit").click()
    check_page(d, "decision-page")
    ending_number = find_qa(d, "case-number").text
    assert ending_number != case_number and ending_number.startswith(f"KTT-{today.year}-"), ending_number
    reader = PdfReader(io.BytesIO(base64.b64decode(d.print_page(options))))
    assert len(reader.pages) == 1, "the ending decision on one page"
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    for expected in (ending_number, case_number, "Beslut om att avsluta arbetsverksamhet i rehabiliteringssyfte",
                     f"Sista verksamhetsdag är {finnish(starts + timedelta(days=30))}", "Asiakas aloittaa työkokeilun.", "inom 30 dagar"):
        assert expected in text, expected
