"Every notebook runs top to bottom as nbdev_test runs it (cells flagged `slow` skipped unless CYCLICAL_VAE_SLOW=1)."
import os
from pathlib import Path
import pytest
from nbdev.test import test_nb as run_notebook

NBS = Path(__file__).resolve().parent.parent/'nbs'
FLAGS = [] if os.environ.get('CYCLICAL_VAE_SLOW') == '1' else ['slow']

@pytest.mark.parametrize('nb', sorted(p.name for p in NBS.glob('*.ipynb')))
def test_notebook(nb):
    ok, secs = run_notebook(NBS/nb, skip_flags=FLAGS, do_print=False)
    assert ok, f"{nb} failed (its traceback is above)"
