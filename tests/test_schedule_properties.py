"Property-based tests of the schedules against an independent transcription of paper Eq. 6 in exact arithmetic."
import math, pickle
from fractions import Fraction
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st, HealthCheck
from cyclical_vae.schedules import Cyclical, Monotonic, Warmup, BetaScheduler, schedule_from_dict

def eq6(t, T, M, R, lo=Fraction(0), hi=Fraction(1), Z=Fraction(0)):
    "Eq. 6 as printed, 1-based iteration t, exact: tau = mod(t-1, ceil(T/M)) / (T/M); ramp up to R (after a hold to Z)."
    tau = Fraction((t - 1) % math.ceil(Fraction(T, M))) / Fraction(T, M)
    if tau <= Z: return lo
    if tau > R: return hi
    return lo + (hi - lo) * (tau - Z) / (R - Z)

ratios = st.one_of(st.fractions(min_value=Fraction(1, 1000), max_value=1, max_denominator=1000),
                   st.sampled_from([0.25, 0.45, 0.5, 2 / 3, 0.8, 1.0, 0.1, 0.3333]))
schedules = st.builds(lambda T, M, R, lo, d: (T, min(M, T), R, lo, lo + d),
                      st.integers(1, 50_000), st.integers(1, 64), ratios,
                      st.sampled_from([0.0, 0.1, 0.5]), st.sampled_from([0.0, 0.5, 0.9, 1.0]))

def probe_steps(T, M):
    "Every step of a short schedule; else cycle starts, their neighbours and random steps."
    if T <= 600: return list(range(T))
    P = math.ceil(T / M)
    starts = [c * P for c in range(math.ceil(T / P))]
    near = {s + d for s in starts for d in (-1, 0, 1, 2)}
    rng = np.random.default_rng(T * 131 + M)
    return sorted({s for s in near | set(rng.integers(0, T, 300).tolist()) if 0 <= s < T})

@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schedules)
def test_matches_eq6_and_invariants(p):
    T, M, R, lo, hi = p
    s = Cyclical(T, n_cycles=M, ratio=R, beta_min=lo, beta_max=hi)
    Rx = Fraction(R) if isinstance(R, Fraction) else Fraction(repr(R))
    P, steps = math.ceil(Fraction(T, M)), probe_steps(T, M)
    got = [s(k) for k in steps]
    for k, b in zip(steps, got):
        ref = eq6(k + 1, T, M, Rx, Fraction(repr(lo)), Fraction(repr(hi)))
        assert lo <= b <= hi
        if k % P == 0: assert b == lo                      # every cycle starts at exactly beta_min
        if ref == Fraction(repr(hi)): assert b == hi       # the end of the ramp and the hold are exact
        assert abs(b - float(ref)) <= 1e-12 * max(1, abs(hi))
    for a, b, k0, k1 in zip(got, got[1:], steps, steps[1:]):   # non-decreasing inside a cycle
        if k0 // P == k1 // P: assert a <= b
    assert s(np.array(steps)).tolist() == got                # the curve equals the scalar calls, bit for bit
    assert pickle.loads(pickle.dumps(s)) == s and schedule_from_dict(s.to_dict()) == s

@settings(max_examples=300, deadline=None)
@given(schedules, st.sampled_from(['sigmoid', 'cosine']), st.sampled_from([0.0, 0.2]))
def test_shapes_and_zero_hold_keep_the_invariants(p, shape, zero_frac):
    T, M, R, lo, hi = p
    Rx = Fraction(R) if isinstance(R, Fraction) else Fraction(repr(R))
    Z = Rx * Fraction(zero_frac).limit_denominator(10)
    s = Cyclical(T, n_cycles=M, ratio=R, beta_min=lo, beta_max=hi, shape=shape, zero_hold=Z)
    P = math.ceil(Fraction(T, M))
    for k in probe_steps(T, M):
        b, ref = s(k), eq6(k + 1, T, M, Rx, Fraction(repr(lo)), Fraction(repr(hi)), Z)
        assert lo <= b <= hi
        if k % P == 0 or ref == Fraction(repr(lo)): assert b == lo
        if ref == Fraction(repr(hi)): assert b == hi

@settings(max_examples=300, deadline=None)
@given(st.integers(1, 5000), st.integers(1, 8), ratios, st.integers(0, 5000))
def test_scheduler_resumes_the_exact_sequence(T, M, R, cut):
    M = min(M, T); cut = min(cut, T - 1)
    s = Cyclical(T, n_cycles=M, ratio=R)
    a = BetaScheduler(s); full = [a.beta] + [a.step() for _ in range(T - 1)]
    b = BetaScheduler(s)
    for _ in range(cut): b.step()
    c = BetaScheduler(s); c.load_state_dict(pickle.loads(pickle.dumps(b.state_dict())))
    assert [c.beta] + [c.step() for _ in range(T - 1 - cut)] == full[cut:]

@settings(max_examples=500, deadline=None)
@given(st.integers(1, 10**6), st.fractions(min_value=Fraction(1, 10**4), max_value=1, max_denominator=10**4))
def test_monotonic_is_one_cycle_and_warmup_agrees(T, R):
    m = Monotonic(T, ratio=R)
    ramp = R * T
    for k in {0, 1, T // 3, T - 1, int(ramp) - 1, int(ramp), int(ramp) + 1} - {-1}:
        if 0 <= k < T: assert m(k) == Cyclical(T, n_cycles=1, ratio=R)(k)
    if ramp.denominator == 1:                                # an integer ramp length: the warm-up is the same curve
        w = Warmup(int(ramp))
        assert all(w(k) == m(k) for k in range(0, T, max(1, T // 200)))

@settings(max_examples=400, deadline=None)
@given(st.one_of(st.integers(-5, 0), st.floats(allow_nan=True, allow_infinity=True), st.just(True)),
       st.sampled_from(['total_steps', 'n_cycles', 'ratio', 'beta_min', 'beta_max', 'zero_hold']))
def test_bad_parameters_raise_value_error_naming_them(bad, name):
    kw = dict(total_steps=1000, n_cycles=4, ratio=0.5, beta_min=0.0, beta_max=1.0, zero_hold=0.0)
    kw[name] = bad
    try: Cyclical(**kw)
    except ValueError as e: assert name in str(e); return
    # the few values that are valid for that parameter
    assert (name in ('total_steps', 'n_cycles') and isinstance(bad, int) and not isinstance(bad, bool) and bad >= 1) or \
           (name == 'ratio' and isinstance(bad, float) and 0 < bad <= 1) or \
           (name == 'zero_hold' and not isinstance(bad, bool) and 0 <= bad < 0.5) or \
           (name == 'beta_min' and not isinstance(bad, bool) and math.isfinite(bad) and bad <= 1) or \
           (name == 'beta_max' and not isinstance(bad, bool) and math.isfinite(bad) and bad >= 0)

@pytest.mark.parametrize('step', [-1, -100])
def test_negative_step(step):
    with pytest.raises(ValueError, match=f"step must be >= 0, got {step}"): Cyclical(100)(step)

@settings(max_examples=300, deadline=None)
@given(schedules, st.integers(0, 3))
def test_after_total_steps(p, extra_cycles):
    T, M, R, lo, hi = p
    Rx = Fraction(R) if isinstance(R, Fraction) else Fraction(repr(R))
    go_on, hold = Cyclical(T, M, R, lo, hi, after='cycle'), Cyclical(T, M, R, lo, hi)
    for k in range(T + extra_cycles * T, T + extra_cycles * T + 50):
        assert abs(go_on(k) - float(eq6(k + 1, T, M, Rx, Fraction(repr(lo)), Fraction(repr(hi))))) <= 1e-12
        assert hold(k) == hi
    with pytest.raises(ValueError, match=f"step must be < total_steps={T}"): Cyclical(T, M, R, after='raise')(T)
