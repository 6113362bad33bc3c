__version__ = "0.1.0"

# The front door: the beta schedules, importable from the package itself (`from cyclical_vae import Cyclical`).
# This file is the one part of the package written by hand (nbdev keeps it and only updates the version line).
from .schedules import BetaSchedule, Constant, Warmup, Cyclical, Monotonic, Delayed, BetaScheduler, schedule_from_dict
