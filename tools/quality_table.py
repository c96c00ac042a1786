"""Write the README's quality table from ``extract eval --json`` results.

Usage: python tools/quality_table.py NAME=RESULT.json ... > table.md
"""

from __future__ import annotations

import json
import sys

TYPES = ["cities", "organizations", "dates", "counts", "micro"]


def main(argv: list[str]) -> None:
    print("Strict F1 (precision / recall), per language:\n")
    print("| set | lang | " + " | ".join(TYPES) + " |")
    print("|---|---|" + "---|" * len(TYPES))
    for arg in argv:
        name, path = arg.split("=", 1)
        result = json.load(open(path, encoding="utf-8"))
        for lang in ("ja", "en"):
            scores = result["languages"].get(lang)
            if not scores:
                continue
            cells = []
            for t in TYPES:
                s = scores[t]
                cells.append(f"{s['f1']:.2f} ({s['precision']:.2f} / {s['recall']:.2f})")
            print(f"| {name} | {lang} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
