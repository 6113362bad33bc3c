"""Under `pytest -n 2` each worker stands for one of the two cores: torch in it uses one thread (and so do the processes it
starts), so that the two workers do not fight over the cores with two threads each."""
import os

if os.environ.get('PYTEST_XDIST_WORKER'):
    os.environ.setdefault('OMP_NUM_THREADS', '1')
    import torch
    torch.set_num_threads(1)
