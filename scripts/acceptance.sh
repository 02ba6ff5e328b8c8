#!/usr/bin/env bash
# Runs the shared acceptance harness (a11y, html-valid, api-fuzz) against a running server, page by page for each
# demo role. Usage: scripts/acceptance.sh [--records-only] [BASE_URL] [SQLITE_PATH]
#   (start one first: SQLITE_PATH=/tmp/p.sqlite swift run polku serve)
# Every record a page needs is looked up in the database first; a missing one fails the run (exit 1) before any
# page is checked, rather than checking a page with an empty id.
# --records-only: look the records up and stop (CI does this where the harness is absent; see docs/testing.md).
# Env: POLKU_TOOLS (the harness; default ../shared/tools beside the clone), FUZZ_SECONDS (api-fuzz's bound, 900),
#      FUZZ_EXAMPLES (cases per operation, 50), FUZZ_SEED (a seed for a repeatable fuzz), FUZZ_ARGS (more schemathesis
#      options), SKIP_FUZZ (set: no api-fuzz).
set -uo pipefail
records_only=""
if [ "${1:-}" = "--records-only" ]; then records_only=1; shift; fi
base="${1:-http://127.0.0.1:8080}"
db="${2:-${SQLITE_PATH:-data/polku.sqlite}}"
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="${POLKU_TOOLS:-$(cd "$root/.." && pwd)/shared/tools}"
[ -f "$db" ] || { echo "acceptance: no database at $db" >&2; exit 1; }
if [ -z "$records_only" ] && [ ! -x "$tools/a11y" ]; then
  echo "acceptance: the harness is not at $tools (set POLKU_TOOLS, or use --records-only)" >&2
  exit 2
fi

missing="$(mktemp)"  # lists what is missing (need runs in a subshell, so a variable would not reach back)
trap 'rm -f "$missing"' EXIT
# need NAME QUERY: the query's first row (columns separated by spaces); a query without rows fails the run.
need() {
  local row
  row="$(sqlite3 "$db" "$2" | head -1 | tr '|' ' ')"
  if [ -z "$row" ]; then
    echo "acceptance: no record for $1 ($2)" >&2
    echo "$1" >>"$missing"
  fi
  printf '%s\n' "$row"
}
client=$(need client "select id from clients limit 1")
org=$(need organization "select id from organizations limit 1")
user=$(need user "select id from users limit 1")
received=$(need "received referral" "select id from referrals where state = 'received' order by received_on limit 1")
decided=$(need "returned referral" "select id from referrals where state = 'returned' limit 1")
referred=$(need "referred client" "select client_id from referrals limit 1")
read -r placed plan <<<"$(need plan "select client_id, id from plans limit 1")"
read -r decision_client decision <<<"$(need decision "select client_id, id from decisions limit 1")"
policy=$(need policy "select id from policies limit 1")
read -r assessed assessment <<<"$(need assessment "select client_id, id from assessments limit 1")"
read -r ended ending <<<"$(need ending "select client_id, id from endings limit 1")"
read -r evaluated evaluated_period evaluation evaluated_kind <<<"$(need "worker's evaluation" \
  "select client_id, period_id, id, kind from evaluations where perspective = 'worker' limit 1")"
read -r coached coached_period <<<"$(need "coach's evaluation" "select e.client_id, e.period_id from evaluations e
  join users u on u.id = e.author_id where u.email = 'coach@demo.polku.fi' limit 1")"
place=$(need place "select id from work_activity_places limit 1")
contract=$(need "provider contract" "select id from provider_contracts limit 1")
read -r queued entry <<<"$(need "waiting queue entry" "select client_id, id from queue_entries where state = 'waiting' limit 1")"
read -r visited visit <<<"$(need "familiarization visit" "select client_id, id from familiarization_visits limit 1")"
queue_place=$(need "place with a queue" "select place_id from queue_entries where state = 'waiting' limit 1")
read -r answered answer <<<"$(need "client's feedback" "select client_id, id from feedback_answers where form = 'client' limit 1")"
busiest=$(need "place with feedback" "select place_id from feedback_answers group by place_id order by count(*) desc limit 1")
# Below the threshold of five, but answered: a place nobody answered about may be another organizer's, outside the
# social worker's reach (404).
quietest=$(need "place with 1-4 answers" "select place_id from feedback_answers group by place_id having count(*) < 5
  order by count(*) limit 1")
if [ -s "$missing" ]; then
  echo "acceptance: FAILED: records missing from $db (is it a seeded demo?)" >&2
  exit 1
fi
echo "acceptance: every record the pages need is in $db"
if [ -n "$records_only" ]; then exit 0; fi

# The coach's next week, from today in Helsinki (as the server reckons its weeks).
next_week=$(TZ=Europe/Helsinki date -d "+7 days" +%G-W%V)
bin="$(cd "$root" && swift build --show-bin-path)/polku"
status=0
check() {  # role pages...
  local who="$1"; shift
  local login=(--login /login --form "email=$who@demo.polku.fi" --form password=demo)
  "$tools/a11y" "$base" "$@" "${login[@]}" | grep -v ": 0 violations"; [ "${PIPESTATUS[0]}" = 0 ] || status=1
  "$tools/html-valid" "$base" "$@" "${login[@]}" | grep -v ": 0 errors"; [ "${PIPESTATUS[0]}" = 0 ] || status=1
}
"$tools/a11y" "$base" /login | tail -1 || status=1
"$tools/html-valid" "$base" /login | tail -1 || status=1
check social.worker / /clients /clients/new "/clients/$client" "/clients/$client/edit" "/clients/$client/access-log" /statistics "/clients?q=zzz"
check admin / /admin/organizations /admin/organizations/new "/admin/organizations/$org" /admin/users /admin/users/new "/admin/users/$user" /admin/audit
check social.worker /referrals "/referrals?view=sent" "/referrals/$received" "/referrals/$decided" "/clients/$referred" \
  "/clients/$referred/referrals/new"
check social.worker "/clients/$placed/plans/new" "/clients/$placed/plans/$plan" "/clients/$placed/plans/$plan/amend" "/clients/$placed/team" "/clients/$placed/meetings" \
  "/clients/$placed/decisions/new" "/clients/$assessed/assessments/$assessment" "/clients/$assessed/assessments/new" \
  "/clients/$ended/endings/$ending" "/clients/$ended/endings/new" "/clients/$decision_client/decisions/$decision"
check admin /admin/policies /admin/policies/new "/admin/policies/$policy"
check social.worker "/clients/$evaluated/periods/$evaluated_period/evaluations/$evaluated_kind" "/clients/$evaluated/evaluations/$evaluation" \
  "/clients/$evaluated/evaluations/new?periodId=$evaluated_period&kind=final"
check coach "/clients/$coached/periods/$coached_period/evaluations/interim"
# The public registry needs no sign-in; staff see more on the same pages.
"$tools/a11y" "$base" /places "/places?task=wood&remote=on&free=on" "/places/$place" | tail -1 || status=1
"$tools/html-valid" "$base" /places "/places?task=wood&remote=on&free=on" "/places/$place" | tail -1 || status=1
check admin /admin/places /admin/places/new "/admin/places/$place" /admin/contracts /admin/contracts/new "/admin/contracts/$contract"
check social.worker "/clients/$client/matching" "/clients/$assessed/matching" "/places/$place"
check counsellor / /clients /referrals
check social.worker /queues "/queues/$queue_place" "/clients/$queued/queue/new" "/clients/$queued/queue/$entry" "/clients/$visited/visits/new" \
  "/clients/$visited/visits/$visit"
check coach /coach/week "/coach/week?week=$next_week" /queues
check employment / /clients /referrals
check coach / /clients
check manager / /statistics
check client / /me /me/access-log
# Feedback: an answer, the forms, and results of the place with the most answers (above the threshold) and of one below it.
check social.worker "/clients/$answered/feedback/$answer" "/clients/$answered/feedback/new?form=client" /feedback-results \
  "/feedback-results/$busiest" "/feedback-results/$quietest"
check manager /feedback-results "/feedback-results/$busiest"
check coach /feedback-results "/clients/$answered/feedback/new?form=place"
check client /me/feedback/new
[ -n "${SKIP_FUZZ:-}" ] && exit $status
token=$(SQLITE_PATH="$db" "$bin" tokens issue --email social.worker@demo.polku.fi 2>/dev/null | tail -1)
[ -n "$token" ] || { echo "acceptance: no API token issued" >&2; exit 1; }
# shellcheck disable=SC2086 # FUZZ_ARGS is a list of options
"$tools/api-fuzz" "$base" /openapi.json --header "Authorization: Bearer $token" --time "${FUZZ_SECONDS:-900}" \
  --max-examples "${FUZZ_EXAMPLES:-50}" ${FUZZ_SEED:+--seed "$FUZZ_SEED"} -- ${FUZZ_ARGS:-} | tail -3 || status=1
exit $status
