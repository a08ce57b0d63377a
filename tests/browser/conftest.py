"""A real browser (Debian's chromium, driven by Selenium through its chromedriver) against the
run's demo server (tests/conftest.py). Screenshots and the page's HTML are saved when a test
fails."""

import os
import shutil
from pathlib import Path

import pytest

from tests.servers import BASE_DIR, unavailable

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS", BASE_DIR / "test-artifacts" / "browser"))
# Without the background-networking switches chromium keeps calling Google's hosts, which
# this machine's closed network refuses.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
    "--lang=en",
]


def missing_browser():
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).exists() or shutil.which(path)):
            return f"no browser: {path} not found (install Debian's chromium and chromium-driver; .ci/run does)"
    return None


@pytest.fixture
def browser(request):
    if reason := missing_browser():
        unavailable(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which(CHROMIUM) or CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    # The console (Content-Security-Policy violations are reported there).
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which(CHROMEDRIVER) or CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        stem = ARTIFACTS / request.node.name
        driver.save_screenshot(str(stem.with_suffix(".png")))
        stem.with_suffix(".html").write_text(driver.page_source, encoding="utf-8")
        print(f"\nBrowser screenshot: {stem.with_suffix('.png')} (page: {driver.current_url})")
    driver.quit()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.report_call = report
    return report
