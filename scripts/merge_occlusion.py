"""The bundled occlusion model: the mean of two trained networks, as one ONNX graph.

    python scripts/merge_occlusion.py A.onnx B.onnx --out assets/models/face_occlusion.onnx

Both networks read the same 64x64 face ("face") and give the same three probabilities
("covered"); the merged graph feeds the face to both and outputs the mean. The kiosk
loads it as it loads one network (kiosk/quality/occlusion_model.py). Two networks trained
on different data disagree most on the faces neither has seen the like of, and their mean
is steadier there than either; it costs one more network's time (about 1 ms a face).
Runs in the training environment (it needs the onnx package); see `make occlusion-model`.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import compose, helper, numpy_helper


def mean_of(a_path: Path, b_path: Path) -> onnx.ModelProto:
    first = onnx.load(str(a_path))
    a = compose.add_prefix(onnx.load(str(a_path)), "a_")
    b = compose.add_prefix(onnx.load(str(b_path)), "b_")
    face = first.graph.input[0].name
    for graph in (a.graph, b.graph):
        for node in graph.node:
            for k, name in enumerate(node.input):
                if name in (f"a_{face}", f"b_{face}"):
                    node.input[k] = face
    half = numpy_helper.from_array(np.array(0.5, np.float32), "mean_half")
    nodes = [
        *a.graph.node,
        *b.graph.node,
        helper.make_node("Add", [a.graph.output[0].name, b.graph.output[0].name], ["mean_sum"]),
        helper.make_node("Mul", ["mean_sum", "mean_half"], [first.graph.output[0].name]),
    ]
    graph = helper.make_graph(
        nodes,
        "face_occlusion_mean_of_two",
        [copy.deepcopy(first.graph.input[0])],
        [copy.deepcopy(first.graph.output[0])],
        initializer=[*a.graph.initializer, *b.graph.initializer, half],
    )
    model = helper.make_model(graph, opset_imports=first.opset_import, producer_name="idmeta-kiosk")
    model.ir_version = first.ir_version
    onnx.checker.check_model(model)
    return model


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    onnx.save(mean_of(args.a, args.b), str(args.out))
    print(f"merged {args.a} and {args.b} -> {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
