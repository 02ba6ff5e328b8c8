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
# The public registry needs no sign-in; staff see more on the same pages.
place=$(one "select id from work_activity_places limit 1")
contract=$(one "select id from provider_contracts limit 1")
"$tools/a11y" "$base" /places "/places?task=wood&remote=on&free=on" "/places/$place" | tail -1 || status=1
"$tools/html-valid" "$base" /places "/places?task=wood&remote=on&free=on" "/places/$place" | tail -1 || status=1
check admin /admin/places /admin/places/new "/admin/places/$place" /admin/contracts /admin/contracts/new "/admin/contracts/$contract"
check social.worker "/clients/$client/matching" "/clients/$assessed/matching" "/places/$place"
check counsellor / /clients /referrals
check employment / /clients /referrals
check coach / /clients
check manager / /statistics
check client / /me /me/access-log
[ -n "${SKIP_FUZZ:-}" ] && exit $status
token=$(SQLITE_PATH="$db" "$bin" tokens issue --email social.worker@demo.polku.fi 2>/dev/null | tail -1)
"$tools/api-fuzz" "$base" /openapi.json --header "Authorization: Bearer $token" --time 300 | tail -3 || status=1
exit $status
