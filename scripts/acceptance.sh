#!/usr/bin/env bash
# Runs the shared acceptance harness (../shared/tools: a11y, html-valid, api-fuzz) against a running
# server, page by page for each demo role. Usage: scripts/acceptance.sh [BASE_URL] [SQLITE_PATH]
#   (start one first: SQLITE_PATH=/tmp/p.sqlite swift run polku serve)
set -uo pipefail
base="${1:-http://127.0.0.1:8080}"
db="${2:-${SQLITE_PATH:-data/polku.sqlite}}"
tools="$(cd "$(dirname "$0")/../.." && pwd)/shared/tools"
bin="$(cd "$(dirname "$0")/.." && swift build --show-bin-path)/polku"
one() { sqlite3 "$db" "$1" | head -1; }
client=$(one "select id from clients limit 1")
org=$(one "select id from organizations limit 1")
user=$(one "select id from users limit 1")
received=$(one "select id from referrals where state = 'received' order by received_on limit 1")
decided=$(one "select id from referrals where state = 'returned' limit 1")
referred=$(one "select client_id from referrals limit 1")
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
pair() { sqlite3 "$db" "$1" | head -1 | tr '|' ' '; }  # two columns of one row
read -r placed plan <<<"$(pair "select client_id, id from plans limit 1")"
read -r decision_client decision <<<"$(pair "select client_id, id from decisions limit 1")"
policy=$(one "select id from policies limit 1")
read -r assessed assessment <<<"$(pair "select client_id, id from assessments limit 1")"
read -r ended ending <<<"$(pair "select client_id, id from endings limit 1")"
check social.worker "/clients/$placed/plans/new" "/clients/$placed/plans/$plan" "/clients/$placed/plans/$plan/amend" "/clients/$placed/team" "/clients/$placed/meetings" \
  "/clients/$placed/decisions/new" "/clients/$assessed/assessments/$assessment" "/clients/$assessed/assessments/new" \
  "/clients/$ended/endings/$ending" "/clients/$ended/endings/new"
[ -z "$decision" ] || check social.worker "/clients/$decision_client/decisions/$decision"
check admin /admin/policies /admin/policies/new "/admin/policies/$policy"
read -r evaluated evaluated_period evaluation evaluated_kind <<<"$(sqlite3 "$db" "select client_id, period_id, id, kind from evaluations where perspective = 'worker' limit 1" | tr '|' ' ')"
check social.worker "/clients/$evaluated/periods/$evaluated_period/evaluations/$evaluated_kind" "/clients/$evaluated/evaluations/$evaluation" \
  "/clients/$evaluated/evaluations/new?periodId=$evaluated_period&kind=final"
read -r coached coached_period <<<"$(sqlite3 "$db" "select e.client_id, e.period_id from evaluations e join users u on u.id = e.author_id where u.email = 'coach@demo.polku.fi' limit 1" | tr '|' ' ')"
[ -z "$coached" ] || check coach "/clients/$coached/periods/$coached_period/evaluations/interim"
# The public registry needs no sign-in; staff see more on the same pages.
place=$(one "select id from work_activity_places limit 1")
contract=$(one "select id from provider_contracts limit 1")
"$tools/a11y" "$base" /places "/places?task=wood&remote=on&free=on" "/places/$place" | tail -1 || status=1
"$tools/html-valid" "$base" /places "/places?task=wood&remote=on&free=on" "/places/$place" | tail -1 || status=1
check admin /admin/places /admin/places/new "/admin/places/$place" /admin/contracts /admin/contracts/new "/admin/contracts/$contract"
check social.worker "/clients/$client/matching" "/clients/$assessed/matching" "/places/$place"
check counsellor / /clients /referrals
read -r queued entry <<<"$(pair "select client_id, id from queue_entries where state = 'waiting' limit 1")"
read -r visited visit <<<"$(pair "select client_id, id from familiarization_visits limit 1")"
queue_place=$(one "select place_id from queue_entries where state = 'waiting' limit 1")
check social.worker /queues "/queues/$queue_place" "/clients/$queued/queue/new" "/clients/$queued/queue/$entry" "/clients/$visited/visits/new" \
  "/clients/$visited/visits/$visit"
check coach /coach/week "/coach/week?week=2026-W52" /queues
check employment / /clients /referrals
check coach / /clients
check manager / /statistics
check client / /me /me/access-log
# Feedback: an answer, the forms, and results of the place with the most answers (above the threshold) and of one below it.
read -r answered answer <<<"$(pair "select client_id, id from feedback_answers where form = 'client' limit 1")"
busiest=$(one "select place_id from feedback_answers group by place_id order by count(*) desc limit 1")
quietest=$(one "select p.id from work_activity_places p left join feedback_answers f on f.place_id = p.id group by p.id order by count(f.id) limit 1")
check social.worker "/clients/$answered/feedback/$answer" "/clients/$answered/feedback/new?form=client" /feedback-results \
  "/feedback-results/$busiest" "/feedback-results/$quietest"
check manager /feedback-results "/feedback-results/$busiest"
check coach /feedback-results "/clients/$answered/feedback/new?form=place"
check client /me/feedback/new
[ -n "${SKIP_FUZZ:-}" ] && exit $status
token=$(SQLITE_PATH="$db" "$bin" tokens issue --email social.worker@demo.polku.fi 2>/dev/null | tail -1)
"$tools/api-fuzz" "$base" /openapi.json --header "Authorization: Bearer $token" --time "${FUZZ_SECONDS:-900}" | tail -3 || status=1
exit $status
