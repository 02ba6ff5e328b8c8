#!/usr/bin/env bash
# How many folders of Sources/PolkuApp hold a capability's own files, before and after the layout of issue 12
# (item 7: "the number of folders a capability's own files occupy").
#
# Usage: scripts/capability-folders.sh [BEFORE [AFTER]]
#   BEFORE  a revision with the old layout (default: the parent of the commit "Issue 12, item 1")
#   AFTER   a revision with the new layout (default: HEAD)
#
# How a file is attributed to a capability:
#   - In the new layout a capability's code lives in its own folder (Sources/PolkuApp/Referrals/, …): a file
#     belongs to the capability whose folder it is in. App/, Platform/, WebKit/ and Resources/ are shared.
#   - A file of the old layout is followed through the pure `git mv` commit of issue 12, item 1 to its new
#     path, and attributed as above; so "before" and "after" use the same attribution, file by file.
#   - Migrations/ and Demo/ are shared lists that stay where they are; their files are attributed by name
#     (CreateReferral → Referrals, DemoPlacement → Placement; the rules are below), the rest is shared.
# Two figures per capability: the folders of its code (without Migrations/ and Demo/), and all folders.
# Needs git and python3, nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

layout=$(git log --format=%H --grep='^Issue 12, item 1: a folder per capability' -n 1 HEAD)
[ -n "$layout" ] || { echo "the commit 'Issue 12, item 1' is not in HEAD's history" >&2; exit 1; }
before=${1:-$layout^}
after=${2:-HEAD}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git diff --name-status -M100% "$layout^" "$layout" -- Sources/PolkuApp | awk '$1 ~ /^R/ {print $2 "\t" $3}' > "$tmp/renames"
git ls-tree -r --name-only "$before" -- Sources/PolkuApp > "$tmp/before"
git ls-tree -r --name-only "$after" -- Sources/PolkuApp > "$tmp/after"

python3 - "$tmp" "$(git rev-parse --short "$before")" "$(git rev-parse --short "$after")" <<'PY'
import os, re, sys

tmp, before_rev, after_rev = sys.argv[1:4]
root = "Sources/PolkuApp/"
capabilities = ["Clients", "Referrals", "Assessments", "Plans", "Team", "Decisions", "Meetings", "Evaluations",
                "Endings", "Placement", "Places", "Providers", "Feedback", "Policies", "Organizations", "Users",
                "Front", "Statistics", "Me"]
# Files of the shared lists, by name; the first rule that matches wins.
name_rules = [
    (r"Handover|TeamMember", "Team"),
    (r"Period|Interruption|Decision", "Decisions"),
    (r"FollowUp|Ending", "Endings"),
    (r"Evaluation", "Evaluations"),
    (r"Assessment|Eligibility", "Assessments"),
    (r"Referral", "Referrals"),
    (r"Feedback", "Feedback"),
    (r"Queue|Visit|ShopSteward|Placement|SeatLane", "Placement"),
    (r"ProviderContract|Providers", "Providers"),
    (r"WorkActivityPlace|Places|PlaceTemplate", "Places"),
    (r"Plans?$", "Plans"),
    (r"Polic", "Policies"),
    (r"Organi[sz]", "Organizations"),
    (r"Meeting", "Meetings"),
    (r"CreateUser$", "Users"),
    (r"CreateClient$|IdentityLookup", "Clients"),
]

def read(name):
    with open(os.path.join(tmp, name)) as f:
        return [line.rstrip("\n") for line in f if line.strip()]

renames = dict(line.split("\t") for line in read("renames"))

def capability(path):
    """The capability a file (a path of the new layout) belongs to, or None when shared."""
    rel = path[len(root):]
    top = rel.split("/")[0]
    if top in capabilities:
        return top
    if top in ("Migrations", "Demo"):
        stem = os.path.splitext(os.path.basename(rel))[0]
        for pattern, cap in name_rules:
            if re.search(pattern, stem):
                return cap
    return None

def folders(files, follow):
    code, every = {c: set() for c in capabilities}, {c: set() for c in capabilities}
    for path in files:
        cap = capability(renames.get(path, path) if follow else path)
        if cap is None:
            continue
        folder = os.path.dirname(path)[len(root):] or "."
        every[cap].add(folder)
        if folder.split("/")[0] not in ("Migrations", "Demo"):
            code[cap].add(folder)
    return code, every

b_code, b_all = folders(read("before"), follow=True)
a_code, a_all = folders(read("after"), follow=False)

print(f"Folders of Sources/PolkuApp holding a capability's files: before = {before_rev}, after = {after_rev}")
print(f"{'capability':<14} {'code before':>11} {'code after':>10} {'all before':>10} {'all after':>9}   folders before (code)")
for c in capabilities:
    print(f"{c:<14} {len(b_code[c]):>11} {len(a_code[c]):>10} {len(b_all[c]):>10} {len(a_all[c]):>9}   "
          + " ".join(sorted(b_code[c])))
n = len(capabilities)
def mean(d): return sum(len(v) for v in d.values()) / n
def most(d): return max(len(v) for v in d.values())
print(f"{'mean':<14} {mean(b_code):>11.1f} {mean(a_code):>10.1f} {mean(b_all):>10.1f} {mean(a_all):>9.1f}")
print(f"{'most':<14} {most(b_code):>11} {most(a_code):>10} {most(b_all):>10} {most(a_all):>9}")
print("code = without Migrations/ and Demo/ (one ordered list, one demo, as the issue keeps them);"
      " all = with them.")
PY
