"The committed library is what nbdev_export makes of the notebooks (cyclical_vae/ is never edited by hand, but for the\npackage's __init__.py, which re-exports the schedules and which nbdev leaves to the author)."
import filecmp, shutil, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def test_nbdev_export_changes_nothing(tmp_path):
    for f in ('settings.ini', 'setup.py', 'README.md'): shutil.copy(ROOT/f, tmp_path/f)
    shutil.copytree(ROOT/'nbs', tmp_path/'nbs', ignore=shutil.ignore_patterns('results', '.ipynb_checkpoints'))
    (tmp_path/'cyclical_vae').mkdir()
    shutil.copy(ROOT/'cyclical_vae'/'__init__.py', tmp_path/'cyclical_vae')   # the one hand-written file: nbdev only updates its version line
    exe = Path(sys.executable).parent/'nbdev_export'
    subprocess.run([str(exe)], cwd=tmp_path, check=True, capture_output=True)
    ours = sorted(p.relative_to(ROOT/'cyclical_vae') for p in (ROOT/'cyclical_vae').rglob('*.py'))
    fresh = sorted(p.relative_to(tmp_path/'cyclical_vae') for p in (tmp_path/'cyclical_vae').rglob('*.py'))
    assert ours == fresh, f"modules differ: committed {ours}, exported {fresh}"
    changed = [str(p) for p in ours if not filecmp.cmp(ROOT/'cyclical_vae'/p, tmp_path/'cyclical_vae'/p, shallow=False)]
    assert not changed, f"nbdev_export would change {changed}: run nbdev_export and commit"
