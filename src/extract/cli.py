"""Command line: ``extract run``, ``extract eval``, ``extract schema``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="extract", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process documents into JSON records")
    run.add_argument("paths", nargs="+", type=Path, help="files or folders (.txt, .md, .pdf)")
    run.add_argument("--out", type=Path, default=Path("output"), help="output folder")
    run.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    run.add_argument("--force", action="store_true", help="redo documents even if unchanged")
    run.add_argument("--timeout", type=float, default=300.0, help="seconds per document")
    run.add_argument("--memory-mb", type=int, default=2048, help="memory limit per worker (MB)")
    run.add_argument("--max-mb", type=float, default=200.0, help="largest input file (MB)")
    run.add_argument("--quiet", action="store_true", help="no progress bar")

    ev = sub.add_parser("eval", help="score records against gold annotations")
    ev.add_argument("paths", nargs="*", type=Path, help="documents or folders (default corpus/docs)")
    ev.add_argument("--gold", type=Path, default=Path("corpus/gold"))
    ev.add_argument("--records", type=Path, help="read records from this output folder instead of running")
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.add_argument("--compare", type=Path, help="a previous --json result to diff against")
    ev.add_argument("--thresholds", type=Path, help="fail (exit 1) when a type falls below its floor")
    ev.add_argument("--wikipedia", type=Path, help="ner-wikipedia-sample.json to report org detection on")

    sc = sub.add_parser("schema", help="write JSON Schema files from the record models")
    sc.add_argument("--out", type=Path, default=Path("schemas"))
    sc.add_argument("--check", action="store_true", help="fail if the files differ")

    args = parser.parse_args(argv)
    if args.command == "run":
        from .batch import run_cli

        return run_cli(args)
    if args.command == "eval":
        from .evaluate import run_cli

        return run_cli(args)
    if args.command == "schema":
        from .schema import write_schemas

        return write_schemas(args.out, check=args.check)
    return 2


if __name__ == "__main__":
    sys.exit(main())
