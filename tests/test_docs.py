"""The docs site builds offline, matches the committed docs/ and README.md, and every page renders in headless Chromium:
content present, every image loaded, every local link resolves, no console errors, and the search box finds pages.

The browser part needs Debian's chromium and chromium-driver; without them it is skipped, unless
CYCLICAL_VAE_REQUIRE_BROWSER=1 (as in CI), which makes their absence a failure."""
import fcntl, filecmp, http.server, importlib.util, json, os, shutil, subprocess, sys, threading, time
from functools import partial
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.xdist_group("docs")   # under pytest -n --dist loadgroup: these tests go to one worker where it can
NB_PAGES = sorted(str(p.relative_to(ROOT/'nbs').with_suffix('')) for p in (ROOT/'nbs').rglob('*.ipynb')
                  if not any(s.startswith(('.', '_')) for s in p.relative_to(ROOT/'nbs').parts))   # 'index', 'api/00_schedules', ...

def _build_docs_module():
    spec = importlib.util.spec_from_file_location('build_docs', ROOT/'.ci'/'build_docs.py')
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod

@pytest.fixture(scope='module')
def built(tmp_path_factory):
    "The site built once per test session, also under pytest -n: the builds share ROOT/_proc, so one at a time, and the first one serves all."
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get('PYTEST_XDIST_WORKER') else base   # the session's folder, shared by the workers
    dest, done = shared/'site'/'docs', shared/'site'/'built'
    with open(shared/'site.lock', 'w') as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            t = time.time()
            if dest.exists(): shutil.rmtree(dest)   # a build that failed half-way
            subprocess.run([sys.executable, str(ROOT/'.ci'/'build_docs.py'), '--dest', str(dest), '--no-readme'], cwd=ROOT, check=True)
            done.write_text(f"{time.time() - t:.1f} s")
            print(f"docs build: {done.read_text()}")
    return dest

def test_every_notebook_has_a_page_and_is_searchable(built):
    assert sorted(str(p.relative_to(built).with_suffix('')) for p in built.rglob('*.html') if 'site_libs' not in p.parts) == NB_PAGES
    pages = {e['href'].split('#')[0] for e in json.loads((built/'search.json').read_text())}
    assert pages == {f"{p}.html" for p in NB_PAGES}

def test_committed_docs_are_current(built):
    stale = [str(p.relative_to(built)) for p in built.rglob('*') if p.is_file() and p.suffix in ('.html', '.json', '.png')
             and not ((ROOT/'docs'/p.relative_to(built)).exists() and filecmp.cmp(p, ROOT/'docs'/p.relative_to(built), shallow=False))]
    assert not stale, f"docs/ is out of date ({stale[:5]}...): run python .ci/build_docs.py and commit"

def test_readme_is_generated_from_index(built):
    want = _build_docs_module().readme_from(ROOT/'_proc'/'index.ipynb')
    assert (ROOT/'README.md').read_text() == want, "README.md is out of date: run python .ci/build_docs.py and commit"

# ---- the browser check

def _browser():
    chrome, driver = shutil.which('chromium'), shutil.which('chromedriver')
    if not (chrome and driver):
        msg = "chromium and chromedriver are needed (apt-get install -y chromium chromium-driver)"
        if os.environ.get('CYCLICAL_VAE_REQUIRE_BROWSER') == '1': pytest.fail(msg)
        pytest.skip(msg)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for a in ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync',
              '--disable-background-networking', '--disable-component-update', '--window-size=1280,900'):
        opts.add_argument(a)
    opts.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
    return webdriver.Chrome(service=Service(driver), options=opts)

@pytest.fixture(scope='module')
def browser():
    drv = _browser()
    yield drv
    drv.quit()

def _serve(folder):
    handler = partial(type('Quiet', (http.server.SimpleHTTPRequestHandler,), {'log_message': lambda *a: None}), directory=str(folder))
    srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv

@pytest.mark.parametrize('which', ['built'])   # the committed docs/ are this build, file for file (test_committed_docs_are_current)
def test_pages_render_in_chromium(which, built, browser):
    from selenium.webdriver.common.by import By
    site = ROOT/'docs' if which == 'committed' else built
    srv = _serve(site)
    base = f"http://127.0.0.1:{srv.server_address[1]}/"
    try:
        problems, n_img = [], 0
        for page in NB_PAGES:
            browser.get_log('browser')                                  # drop what earlier pages logged
            browser.get(base + f"{page}.html")
            for _ in range(50):
                if browser.execute_script("return document.readyState") == 'complete': break
                time.sleep(0.1)
            title = browser.execute_script("return (document.querySelector('h1') || {}).textContent || ''").strip()
            if not title: problems.append(f"{page}: no title")
            imgs = browser.execute_script("return Array.from(document.images).map(i => [i.src.slice(0, 80), i.complete && i.naturalWidth > 0])")
            n_img += len(imgs)
            problems += [f"{page}: image did not load: {src}" for src, ok in imgs if not ok]
            problems += [f"{page}: console: {e['message'][:200]}" for e in browser.get_log('browser') if e['level'] == 'SEVERE']
            for h in browser.execute_script("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"):
                path = h[len(base):].split('#')[0].split('?')[0] if h.startswith(base) else None
                if path and not (site/path).exists(): problems.append(f"{page}: broken link {h}")
                if 'github.io' in h: problems.append(f"{page}: link to an unpublished docs host {h}")
        assert not problems, '\n'.join(problems)
        assert n_img >= 10, f"only {n_img} images in the whole site"
        browser.get(base + "index.html")                               # the search box finds the schedules page
        box = browser.find_element(By.CSS_SELECTOR, '.smalldocs-search input')
        box.send_keys('BetaScheduler')
        for _ in range(50):
            hits = browser.find_elements(By.CSS_SELECTOR, '.smalldocs-search-results a.search-result')
            if hits: break
            time.sleep(0.1)
        assert any('api/00_schedules.html' in h.get_attribute('href') for h in hits), "search for BetaScheduler found nothing"
    finally:
        srv.shutdown()
