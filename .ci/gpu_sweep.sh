#!/usr/bin/env bash
# The pending runs of the PTB bench (and, with --full, the official Switchboard and Yelp protocols) on a lent GPU
# machine, in one call. CI does not run this; it was tried on the CPU with a tiny config (see the end of this header).
#
# That machine has PyTorch but cannot fetch anything, and sends back at most 8 files. So, beforehand, here:
#   echo /.device/ >> .git/info/exclude
#   cp -r ../shared/data .device/data                      # PTB, Switchboard, Yelp (about 29 MB)
#   python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
#       --platform manylinux2014_x86_64 -d .device/whl fastcore nltk   # (and gensim, for --full's dialog scores)
# then run there, with carry [".device"]:
#   bash .ci/gpu_sweep.sh --bench --device cuda --workers 16 --threads 1
# Every run resumes from its checkpoint while the machine stays warm, so a second call goes on where the first stopped.
# Records, logs and the sweep's output come back as $OUT/records.tar.gz; unpack it in the repository root.
#
# Tried on the CPU: PYTHON=.venv/bin/python OUT=/tmp/gs bash .ci/gpu_sweep.sh --names tiny-ptb-s7=/tmp/gs/results --workers 1
set -uo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if compgen -G ".device/whl/*.whl" > /dev/null; then
  "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .device/whl/*.whl || exit 1
  export PYTHONPATH="/tmp/site${PYTHONPATH:+:$PYTHONPATH}"
fi
bin="$(dirname "$("$PY" -c 'import sys; print(sys.executable)')")"
if [ ! -x "$bin/cvae_sweep" ]; then   # the console scripts, without fetching anything
  "$PY" -m pip install -q --no-index --no-deps --no-build-isolation -e . || exit 1
fi
export CYCLICAL_VAE_DATA="${CYCLICAL_VAE_DATA:-$PWD/.device/data}"
out="${OUT:-gpu_sweep_out}"; mkdir -p "$out"
"$PY" -c 'import torch; print("torch", torch.__version__, "cuda" if torch.cuda.is_available() else "no GPU")' | tee "$out/sweep.log"
"$bin/cvae_sweep" "$@" 2>&1 | tee -a "$out/sweep.log"; code=${PIPESTATUS[0]}
"$bin/cvae_status" --bench >> "$out/sweep.log" 2>&1
tar czf "$out/records.tar.gz" nbs/results $(ls runs/*.log runs/*/aggressive.json 2>/dev/null) "$out/sweep.log"
echo "gpu_sweep: records in $out/records.tar.gz (exit $code)"
exit "$code"
