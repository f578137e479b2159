"""``make audit``: pip-audit over ``requirements.lock``, and a plain word when it cannot check.

pip-audit asks a vulnerability database (PyPI's JSON API by default, or OSV) about each pinned
package. Where that database cannot be reached, pip-audit either fails with a connection error
or — behind a mirror that lacks PyPI's JSON API — reports every package as "not found on PyPI"
and still says "No known vulnerabilities found". Both mean nothing was checked, and this script
says so instead of passing in silence:

    exit 0  every package checked, no known vulnerability
    exit 1  a known vulnerability (each printed with its fix version), or pip-audit failed
    exit 0  with "NOT CHECKED: ..." when no database answered (offline, or a mirror)

Usage: ``python scripts/audit.py PIP_AUDIT [requirements.lock]`` (``make audit`` installs
pip-audit into its own ``.venv-audit``, so the tested set in ``.venv`` stays as locked).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

_OFFLINE = ("ConnectionError", "NameResolutionError", "Max retries", "timed out", "ProxyError")


def main(argv: list[str]) -> int:
    pip_audit = argv[1]
    lock = Path(argv[2] if len(argv) > 2 else "requirements.lock")
    command = [pip_audit, "-r", str(lock), "--no-deps", "--disable-pip", "-f", "json"]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    if any(sign in run.stderr for sign in _OFFLINE):
        print("NOT CHECKED: pip-audit could not reach a vulnerability database (offline?).")
        return 0
    try:
        report: dict[str, Any] = json.loads(run.stdout)
    except json.JSONDecodeError:
        print(f"pip-audit failed (exit {run.returncode}): {run.stderr.strip()[-500:]}")
        return 1
    dependencies = report.get("dependencies", [])
    skipped = [d for d in dependencies if d.get("skip_reason")]
    checked = [d for d in dependencies if not d.get("skip_reason")]
    if dependencies and not checked:
        print(
            f"NOT CHECKED: the vulnerability database answered for none of the {len(skipped)} "
            f"packages in {lock} (the package index here has no vulnerability data)."
        )
        return 0
    found = [(d, v) for d in checked for v in d.get("vulns", [])]
    for dependency, vuln in found:
        fixed = ", ".join(vuln.get("fix_versions", [])) or "no fix yet"
        print(f"{dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixed})")
    for dependency in skipped:
        print(f"not checked: {dependency['name']}: {dependency['skip_reason']}")
    print(f"{len(checked)} packages checked, {len(found)} known vulnerabilities.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
