"""The hosted workflow installs what the project's own scripts install: pinned actions,
no persisted credentials, environments from the lock files with their hashes checked."""

from __future__ import annotations

import re

from tests.packaging.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "package.yml"


def steps() -> list[str]:
    """Each step of the workflow as its text (from one `- ` to the next)."""
    return re.split(r"\n\s+- (?=uses:|name:)", WORKFLOW.read_text(encoding="utf-8"))[1:]


def test_every_action_is_pinned_by_commit():
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOW.read_text(encoding="utf-8"))
    assert uses
    assert [u for u in uses if not re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u)] == []


def test_no_checkout_keeps_its_credentials():
    checkouts = [s for s in steps() if "actions/checkout@" in s]
    assert len(checkouts) == 3
    assert all(re.search(r"persist-credentials:\s*false", s) for s in checkouts)


def test_every_install_comes_from_a_lock_with_hashes():
    text = WORKFLOW.read_text(encoding="utf-8")
    installs = re.findall(r"pip install [^\n]*", text)
    assert installs
    for line in installs:
        locked = "--require-hashes" in line and re.search(r"-r requirements/\w+\.txt", line)
        project_only = "--no-deps" in line and "--no-build-isolation" in line
        assert locked or project_only, line
    # The Linux job builds through packaging/build-linux.sh, which installs from the lock.
    assert "packaging/build-linux.sh" in text
