#!/usr/bin/env python
"""Run notebooks in-process (as nbdev_test does) and save their outputs, so that the docs can show them.

Usage: python .ci/execute_nbs.py [--slow] [NOTEBOOK ...]   (default: every notebook under nbs/)
Skips `eval: false` cells, `nbdev_export()` cells and, unless --slow, cells flagged `#| slow`: those keep the
outputs they had. Stops at the first failing notebook. Run `nbdev_clean` afterwards.
"""
import sys, time
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory
from nbdev.process import NBProcessor
from nbdev.frontmatter import FrontmatterProc

def skip_cell(flags):
    def _skip(cell):
        if cell.cell_type != 'code' or 'nbdev_export(' in cell.source: return True
        d = getattr(cell, 'directives_', {}) or {}
        if d.get('eval:', [''])[0].lower() == 'false': return True
        return bool(flags & set(d))
    return _skip

def execute(fn, slow=False):
    nb = NBProcessor(fn, procs=FrontmatterProc, process=True).nb   # parses the #| directives of each cell
    raw = read_nb(fn)
    sh = CaptureShell(fn)
    t = time.time()
    with working_directory(Path(fn).parent):   # notebooks read their results relative to their folder, as under nbdev_test
        sh.run_all(nb, exc_stop=True, preproc=skip_cell(set() if slow else {'slow'}))
    for c, r in zip(nb.cells, raw.cells):   # copy outputs onto the unprocessed cells (directives kept)
        if c.cell_type == 'code' and 'outputs' in c: r.outputs, r.execution_count = c.outputs, c.get('execution_count')
    write_nb(raw, fn)
    print(f"{fn}: {time.time() - t:.1f} s")

if __name__ == '__main__':
    args = sys.argv[1:]
    slow = '--slow' in args
    fns = [Path(a) for a in args if a != '--slow'] or sorted(p for p in Path('nbs').rglob('*.ipynb') if not any(s.startswith(('.', '_')) for s in p.parts[1:]))
    for fn in fns: execute(fn, slow)
