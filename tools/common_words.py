"""Write src/extract/data/en/common_words.txt: the ordinary English words, one per line.

Why: a lowercase word before an organisation's head word is part of a brand-like name (the
carbonn Center) only when it is no ordinary word (send a strong Council delegation, will include
Council members). A list of frequent words answers that better than a hand stop-list.

Source: wordfreq 3.1.1 (Robyn Speer; code Apache-2.0, word frequency data **CC BY-SA 4.0**,
built from Wikipedia, OpenSubtitles, SUBTLEX, Google Books, Reddit, Twitter and other corpora;
https://github.com/rspeer/wordfreq). Kept: lowercase a–z words with a Zipf frequency of at
least 3.0 (once per million words). wordfreq is read at build time only and is no dependency.

Usage: pip install wordfreq==3.1.1 && python tools/common_words.py
"""

import re
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "src" / "extract" / "data" / "en" / "common_words.txt"
MIN_ZIPF = 3.0
HEADER = (
    "# Ordinary English words (Zipf frequency >= 3.0), written by tools/common_words.py from\n"
    "# wordfreq 3.1.1 (Robyn Speer, https://github.com/rspeer/wordfreq); data licence CC BY-SA 4.0.\n"
)


def main() -> None:
    words = sorted(
        w for w in top_n_list("en", 200_000) if re.fullmatch("[a-z]+", w) and zipf_frequency(w, "en") >= MIN_ZIPF
    )
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.writelines(w + "\n" for w in words)
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
