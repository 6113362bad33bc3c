"""Every notebook runs top to bottom as nbdev_test runs it (cells flagged `slow` skipped unless CYCLICAL_VAE_SLOW=1).

A notebook that reads the data sets needs the data folder: `$CYCLICAL_VAE_DATA` if set (then a missing file is a failure:
CI sets it), else `../shared/data` beside the clone; with neither, such notebooks are skipped with a line that says how
to get the data (`cvae_data`)."""
import os, re, json
from pathlib import Path
import pytest
from nbdev.test import test_nb as run_notebook
from cyclical_vae.data.ptb import PTB_FILES
from cyclical_vae.data.swda import SWDA_FILES
from cyclical_vae.data.yelp import YELP_FILE

NBS = Path(__file__).resolve().parent.parent/'nbs'
FLAGS = [] if os.environ.get('CYCLICAL_VAE_SLOW') == '1' else ['slow']
NAMED_DATA = os.environ.get('CYCLICAL_VAE_DATA')   # read before any notebook runs (the notebooks set a default in this process)
DATA_FILES = {'ptb': [f"ptb/{f}" for f in PTB_FILES.values()], 'swda': [f"swda/{f}" for f in SWDA_FILES.values()],
              'yelp': [f"yelp/{YELP_FILE}"]}

def data_needs(nb: Path) -> set[str]:
    "The data sets a notebook reads: none unless it sets the data folder; then those its code names (all if it names none)."
    code = '\n'.join(''.join(c['source']) for c in json.loads(nb.read_text())['cells'] if c['cell_type'] == 'code')
    if not re.search(r"os\.environ(\.setdefault\('CYCLICAL_VAE_DATA'|\[ENV_VAR\] =)", code): return set()   # it points the data folder at ../shared/data
    return {g for g in DATA_FILES if re.search(rf"(?<![a-z]){g}", code)} or set(DATA_FILES)

def data_folder() -> tuple[Path | None, bool]:
    "(the data folder the notebooks will read, whether the user named it: then missing files fail rather than skip)."
    if NAMED_DATA: return Path(NAMED_DATA).resolve(), True
    beside = NBS.parent.parent/'shared'/'data'   # where the notebooks look by default (../../../shared/data from nbs/api/ and the others)
    return (beside if beside.is_dir() else None), False

NOTEBOOKS = sorted(str(p.relative_to(NBS)) for p in NBS.rglob('*.ipynb') if not any(s.startswith(('.', '_')) for s in p.relative_to(NBS).parts))

@pytest.mark.parametrize('nb', NOTEBOOKS)
def test_notebook(nb):
    if needs := data_needs(NBS/nb):
        root, named = data_folder()
        missing = [f for g in sorted(needs) for f in DATA_FILES[g] if root is None or not (root/f).is_file()]
        if missing and named: pytest.fail(f"{nb} needs {', '.join(missing)} in CYCLICAL_VAE_DATA={root}; fetch them with `cvae_data`")
        if missing: pytest.skip(f"{nb} needs the {', '.join(sorted(needs))} data: fetch it with `cvae_data --data DIR` and set CYCLICAL_VAE_DATA=DIR")
    ok, secs = run_notebook(NBS/nb, skip_flags=FLAGS, do_print=False)
    assert ok, f"{nb} failed (its traceback is above)"
