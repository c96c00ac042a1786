"""Command line: ``extract run``, ``extract eval``, ``extract schema``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _positive(kind):
    """An argparse type: a number above zero."""

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be above zero: {text!r}")
        return value

    parse.__name__ = kind.__name__
    return parse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="extract", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser(
        "run", help="process documents into JSON records",
        description="Process files and folders into JSON records. Re-running with the same --out "
        "redoes only new and changed documents and resumes an interrupted run. Exit status: 0 all "
        "documents succeeded, 1 some failed (listed on stderr and in summary.json), 2 the run "
        "could not proceed, 130 interrupted.",
    )
    run.add_argument("paths", nargs="+", type=Path, help="files or folders (.txt, .md, .markdown, .pdf)")
    run.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output)")
    run.add_argument("--workers", type=_positive(int), default=None,
                     help="worker processes (default: the number of usable cores)")
    run.add_argument("--force", action="store_true", help="redo every document, changed or not")
    run.add_argument("--timeout", type=_positive(float), default=300.0,
                     help="seconds one document may take (default: 300)")
    run.add_argument("--memory-mb", type=_positive(int), default=2048,
                     help="memory one document may take, beyond the loaded pipeline (MB, default: 2048)")
    run.add_argument("--max-mb", type=_positive(float), default=200.0,
                     help="largest input file accepted (MB, default: 200)")
    run.add_argument("--quiet", action="store_true", help="no progress bar")

    ev = sub.add_parser("eval", help="score records against gold annotations")
    ev.add_argument("paths", nargs="*", type=Path, help="documents or folders (default corpus/docs)")
    ev.add_argument("--gold", type=Path, default=Path("corpus/gold"))
    ev.add_argument("--records", type=Path, help="read records from this output folder instead of running")
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.add_argument("--compare", type=Path, help="a previous --json result to diff against")
    ev.add_argument("--thresholds", type=Path, help="fail (exit 1) when a type falls below its floor")
    ev.add_argument("--wikipedia", type=Path, help="ner-wikipedia-sample.json to report org detection on")
    ev.add_argument("--workers", type=_positive(int), default=None, help="processes for running the pipeline (default: all cores)")

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
