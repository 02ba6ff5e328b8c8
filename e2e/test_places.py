"""The registry of places: a visitor's filters keep exactly the places that match (a task, remote work, free seats
this week), a place's page shows free seats only; staff matching a client of their own see why each place fits."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from ui import check_page, find_qa, login, new_client, qa, wait_qa, wait_until

TASK_COLUMN, REMOTE_COLUMN = 3, 5  # the list's columns: name, provider, municipality, tasks, support, remote, free


def listed(d):
    """(name, cells) of each place listed now."""
    rows = check_page(d, "place-list").find_elements(By.CSS_SELECTOR, qa("place-row"))
    return [(r.find_element(By.CSS_SELECTOR, qa("place-link")).text, [c.text for c in r.find_elements(By.CSS_SELECTOR, "td, th")])
            for r in rows]


def submit(d, wanted):
    find_qa(d, "place-filter").click()
    # A GET form's submit does not wait for the next page: wait for its address, or the old list goes stale.
    wait_until(d, lambda d: wanted in d.current_url, f"the list filtered by {wanted}")


def test_a_visitor_without_sign_in_filters_places_and_opens_one(browser, base_url):
    d = browser
    d.delete_all_cookies()
    d.get(base_url + "/places")
    everything = listed(d)
    assert len(everything) >= 10, "the demo registry lists its places"

    task = Select(d.find_element(By.NAME, "task"))
    task.select_by_value("outdoorProperty")
    task_text = task.first_selected_option.text
    submit(d, "task=outdoorProperty")
    outdoor = listed(d)
    assert 0 < len(outdoor) < len(everything), "the task filter keeps some places and leaves others out"
    assert all(task_text in cells[TASK_COLUMN] for _, cells in outdoor), f"every place listed does {task_text}: {outdoor}"
    missing = [name for name, cells in everything if task_text in cells[TASK_COLUMN] and name not in {n for n, _ in outdoor}]
    assert not missing, f"places doing {task_text} left out: {missing}"
    assert "Hautausmaiden ulkotyöryhmä" in [n for n, _ in outdoor] and "Kierrätysmyymälä Ekotori" not in [n for n, _ in outdoor]

    # "Free seats this week": none of the places left has a full week; the demo fills the cemetery group.
    d.find_element(By.ID, "free").click()
    submit(d, "free=")
    free = listed(d)
    assert free and {n for n, _ in free} <= {n for n, _ in outdoor}, "both filters hold together"
    for name, _ in free:
        seats = [r for r in d.find_elements(By.CSS_SELECTOR, qa("place-row")) if name in r.text][0]
        free_now = int(seats.find_element(By.CSS_SELECTOR, qa("place-free")).text.split("/")[0])
        assert free_now > 0, f"{name} has no free seat"
    assert "Hautausmaiden ulkotyöryhmä" not in [n for n, _ in free]

    # Remote work only: every place left says yes.
    d.get(base_url + "/places")
    d.find_element(By.ID, "remote").click()
    submit(d, "remote=")
    remote = listed(d)
    yes = remote[0][1][REMOTE_COLUMN] if remote else None
    assert remote and len(remote) < len(everything) and all(cells[REMOTE_COLUMN] == yes for _, cells in remote)
    assert yes == "Kyllä"

    d.find_elements(By.CSS_SELECTOR, qa("place-link"))[0].click()
    check_page(d, "place-weeks")
    assert d.find_elements(By.CSS_SELECTOR, qa("week-occupied")) == [], "the public sees free seats only"
    assert wait_qa(d, "place-address").text


def test_a_social_worker_finds_places_for_a_client_with_the_reasons(browser, base_url, rng, api, today):
    d = browser
    login(d, base_url, "social.worker@demo.polku.fi")
    worker = api("social.worker")
    url, _, client_id = new_client(d, base_url, rng, api=worker)
    worker.post(f"/api/v1/clients/{client_id}/assessments", {
        "assessedOn": today.isoformat(), "needs": "Päivärytmi", "conclusion": "rehabilitativeWorkActivity",
        "interests": ["wood", "recycling"], "supportNeed": "light"})
    d.get(url)
    find_qa(d, "matching-link").click()
    assert find_qa(d, "matching-source").is_displayed(), "matched by the assessment just made"
    rows = check_page(d, "match-list").find_elements(By.CSS_SELECTOR, qa("match-row"))
    assert len(rows) == 12, "every place is weighed"
    assert all(r.find_elements(By.CSS_SELECTOR, qa("match-reason")) for r in rows), "every place says why"
    assert "puu" in rows[0].text.lower() or "kierrät" in rows[0].text.lower(), f"the best match does what the client wants: {rows[0].text}"
    rows[0].find_element(By.CSS_SELECTOR, qa("match-place")).click()
    check_page(d, "place-weeks")
    assert d.find_elements(By.CSS_SELECTOR, qa("week-occupied")), "staff see the occupied seats"
