"""Write corpus/thresholds.json from an `extract eval --json` result: each figure minus 0.02.

Usage: python tools/write_thresholds.py RESULT.json "when/what was measured" corpus/thresholds.json
Raise floors with it when quality improves; never lower one without saying why in the commit.
"""

import json
import math
import sys

res = json.load(open(sys.argv[1]))
margin = 0.02


def fl(x):
    return max(0.0, math.floor(round((x - margin) * 100, 6)) / 100)


lines = [
    "{",
    ' "about": "Floors for tests/test_quality.py and `extract eval --thresholds`: the corpus figures measured when the floor was set, minus a margin of 0.02, rounded down. Raise a floor when quality improves; never lower one without saying why in the commit. A floor of 0 guards nothing yet (its test is skipped).",',
    f' "measured": "{sys.argv[2]}",',
    ' "margin": 0.02,',
    ' "needs_ocr": true,',
    ' "floors": {',
]
scopes = [("all", res["overall"]), *sorted(res["languages"].items())]
for i, (scope, scores) in enumerate(scopes):
    lines.append(f'  "{scope}": {{')
    kinds = ("cities", "organizations", "dates", "counts", "micro")
    for j, k in enumerate(kinds):
        body = ", ".join(f'"{m}": {fl(scores[k][m]):.2f}' for m in ("precision", "recall", "f1"))
        lines.append(f'   "{k}": {{{body}}}' + ("," if j < len(kinds) - 1 else ""))
    lines.append("  }" + ("," if i < len(scopes) - 1 else ""))
lines += [" }", "}"]
open(sys.argv[3], "w").write("\n".join(lines) + "\n")
json.load(open(sys.argv[3]))
