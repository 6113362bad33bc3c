#!/usr/bin/env python
"""Build the docs site offline: nbdev's notebook processor, then smalldocs (Quarto cannot be installed here).

Usage: python .ci/build_docs.py [--dest DIR] [--no-readme]
Writes the site to DIR (default docs/) and README.md from nbs/index.ipynb. Notebooks are shown with their saved
outputs: run .ci/execute_nbs.py first when they changed. With real Quarto, `nbdev_docs` builds the same notebooks.
"""
import argparse, json, os, re, shutil, subprocess, sys, time
import yaml
from pathlib import Path
from nbdev.config import get_config
from nbdev.quarto import refresh_quarto_yml, nbdev_sidebar
from nbdev.doclinks import _build_modidx
from nbdev.serve import proc_nbs

def readme_from(nb_path: Path) -> str:
    "GitHub Markdown from the processed index notebook: prose as it is, code in fences, text outputs after it."
    nb = json.loads(nb_path.read_text())
    out = []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'raw' and src.startswith('---'):   # nbdev's frontmatter cell: title and description
            meta = yaml.safe_load(src.strip().strip('-'))
            out.append(f"# {meta.get('title', '')}\n\n> {meta.get('description', '')}")
        elif c['cell_type'] == 'markdown':
            out.append(re.sub(r"\]\((?!https?:|#)([^)]+\.(?:png|svg|jpg))\)", r"](nbs/\1)", src))
        elif c['cell_type'] == 'code' and src.strip():
            out.append(f"```python\n{src}\n```")
            text = ''.join(''.join(o.get('text', '')) or ''.join(o.get('data', {}).get('text/plain', ''))
                           for o in c.get('outputs', []) if o['output_type'] in ('stream', 'execute_result'))
            if text.strip(): out.append(f"```\n{text.rstrip()}\n```")
    return link_pages('\n\n'.join(out) + '\n', lambda page: f"nbs/{page[:-5]}.ipynb")

def _pages() -> dict:
    "nbdev's page name of each notebook (numbers dropped: 'api/core.runner') -> its page ('api/13_core.runner.html')."
    nbs = get_config().nbs_path
    out = {}
    for p in nbs.rglob('*.ipynb'):
        rel = p.relative_to(nbs)
        if any(s.startswith(('.', '_')) for s in rel.parts): continue
        out['/'.join(re.sub(r'^\d+[a-z]?_', '', s) for s in rel.with_suffix('').parts)] = rel.with_suffix('.html').as_posix()
    return out

def link_pages(text: str, target) -> str:
    "Point nbdev's links to the hosted docs (`{doc_host}{doc_baseurl}/api/core.runner.html#x`) at `target('api/13_core.runner.html')`."
    cfg = get_config()
    host = re.escape(f"{cfg.doc_host}{cfg.doc_baseurl}".rstrip('/') + '/')
    pages = _pages()
    def sub(m): return target(pages[m.group(1)]) if m.group(1) in pages else m.group(0)
    return re.sub(host + r"([\w./-]+?)\.html", sub, text)

KATEX_CDN = 'https://cdn.jsdelivr.net/npm/katex@0.16.11/dist'

def serve_locally(site: Path, katex: Path):
    "Point the pages' KaTeX links (smalldocs uses a CDN) at a copy served with the site, so that maths renders offline."
    shutil.copytree(katex, site/'site_libs'/'katex')
    for page in site.rglob('*.html'):
        html = page.read_text()
        if KATEX_CDN in html:
            rel = '../' * (len(page.relative_to(site).parts) - 1)
            page.write_text(html.replace(KATEX_CDN, f"{rel}site_libs/katex"))

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--dest', default='docs'); ap.add_argument('--no-readme', action='store_true')
    a = ap.parse_args()
    t0, cfg = time.time(), get_config()
    refresh_quarto_yml()
    _build_modidx()
    nbdev_sidebar.__wrapped__(path=cfg.nbs_path)
    cache = proc_nbs(cfg.nbs_path, n_workers=0, force=True)
    for img in [*cfg.nbs_path.glob('results/**/*.png'), cfg.nbs_path/'_static'/'favicon.svg']:   # files the pages link to
        tgt = cache/img.relative_to(cfg.nbs_path); tgt.parent.mkdir(parents=True, exist_ok=True); shutil.copy(img, tgt)
    subprocess.run([str(Path(sys.executable).parent/'smalldocs'), 'render', '--quiet', str(cache)], check=True)
    site, dest = cache/cfg.doc_path.name, Path(a.dest)
    if dest.exists(): shutil.rmtree(dest)
    shutil.copytree(site, dest)
    serve_locally(dest, cfg.nbs_path/'_static'/'katex')
    for page in dest.rglob('*.html'):   # smalldocs names pages after the notebooks (api/31_models.lstm.html), nbdev after modules
        here = page.parent.relative_to(dest).as_posix()
        page.write_text(link_pages(page.read_text(), lambda p, here=here: os.path.relpath(p, here)))
    (dest/'.nojekyll').touch()
    if not a.no_readme: (cfg.config_path/'README.md').write_text(readme_from(cache/cfg.readme_nb))
    print(f"docs: {sum(1 for _ in dest.rglob('*.html'))} pages in {dest} ({time.time() - t0:.1f} s)")

if __name__ == '__main__': main()
