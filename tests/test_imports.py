"The schedules and the model import with torch, numpy and fastcore alone; the commands import without the experiments' extras and say which extra a missing tool needs."
import subprocess, sys, textwrap

BLOCK = textwrap.dedent('''
    import sys
    class _Absent:   # as if these packages were not installed
        def __init__(self, names): self.names = names
        def find_spec(self, name, path=None, target=None):
            if name.split('.')[0] in self.names: raise ModuleNotFoundError(f"No module named {name!r}")
    sys.meta_path.insert(0, _Absent({names!r}))
''')

def run(names: set, code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, '-c', BLOCK.replace('{names!r}', repr(names)) + textwrap.dedent(code)], capture_output=True, text=True, timeout=300)

def test_core_imports_with_torch_numpy_fastcore_alone():
    p = run({'matplotlib', 'tqdm', 'nltk', 'gensim', 'sklearn', 'lightning', 'transformers', 'ipywidgets'}, '''
        from cyclical_vae.schedules import Cyclical, BetaScheduler, Monotonic
        from cyclical_vae.models.lstm import LSTMVAE, VAEConfig
        s = Cyclical(100, 4, 0.5); assert (s(0), s(20), s(25)) == (0.0, 1.0, 0.0)
        import cyclical_vae
        assert cyclical_vae.Cyclical is Cyclical and cyclical_vae.BetaScheduler is BetaScheduler   # the front door: from cyclical_vae import Cyclical
    ''')
    assert p.returncode == 0, p.stderr

def test_commands_without_experiment_extras():
    p = run({'nltk', 'gensim', 'sklearn'}, '''
        import cyclical_vae.commands, cyclical_vae.experiments.yelp_probe, cyclical_vae.metrics.dialog
        from cyclical_vae.data.swda import tokenize
        try: tokenize('hello')
        except ImportError as e: print(e)
    ''')
    assert p.returncode == 0, p.stderr
    assert 'needs nltk, which is not installed: pip install "cyclical_vae[experiments]"' in p.stdout, p.stdout
