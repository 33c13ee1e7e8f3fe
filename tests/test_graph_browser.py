"""The story page in a real browser: headless Chromium runs its script with no network."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from claimx.graph import link
from tests.graph_fixtures import seed_articles

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian package chromium not installed")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=3000"]

# Clicks the first cluster as a reader would, then writes what the page's own script produced.
PROBE = """<script>
window.addEventListener('load', function(){
  var node = document.querySelector('#story .cluster');
  node.dispatchEvent(new MouseEvent('click', {bubbles: true}));
  document.title = 'clusters=' + document.querySelectorAll('#story .cluster').length +
                   ';items=' + document.querySelectorAll('#details li').length;
});
</script></body>"""


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def test_story_page_renders_and_its_script_answers_a_click(tmp_path: Path) -> None:
    page = link(seed_articles()).to_html()
    probe = tmp_path / "story.html"
    probe.write_text(page.replace("</body>", PROBE, 1), encoding="utf-8")
    result = _run(["--dump-dom", probe.as_uri()], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert "<title>clusters=" in dom
    clusters, items = (int(part.split("=")[1]) for part in
                       dom.split("<title>", 1)[1].split("</title>", 1)[0].split(";"))
    assert clusters >= 2 and items >= 1          # the script ran and filled the details panel
    assert "Rybakov" in dom or "ريابكوف" in dom


def test_story_page_screenshot(tmp_path: Path) -> None:
    target = tmp_path / "story.html"
    link(seed_articles()).to_html(target)
    shot = tmp_path / "story.png"
    result = _run([f"--screenshot={shot}", "--window-size=1200,900", target.as_uri()], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
