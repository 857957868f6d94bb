#!/usr/bin/env python3
"""Nested cross-validation of clusterer settings over the ECB+ TUNE folds (issue 21).

Each candidate setting is run on each fold file alone (`eval cluster --data foldK.jsonl --label
subtopic --set ...`, one JVM at a time). For each fold k the candidate with the best article-weighted
mean B3 F1 over the four other folds is chosen and scored on fold k; the held-out figure is the
article-weighted mean of those five scores. With one candidate it is the folds' mean at that setting.

usage: ecb-nested-cv.py [--jar JAR] [--folds DIR] [--shuffle SEED] [--set KEY=VALUE]... [KEY=V1,V2,...]...
  --folds  the directory ecb-folds.py wrote (default /tmp/ecb-folds)
  --set    a fixed setting, passed to every run
  KEY=V1,V2,...  a setting to choose; several are crossed
e.g. ecb-nested-cv.py undated.sub.text=0,0.2,0.25,0.3,0.35,0.4,0.46,0.5,0.55
"""
import itertools, os, re, subprocess, sys

FOLDS = 5
LINE = re.compile(r"^(\d+) articles,")
B3 = re.compile(r"^B3\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)")


def run(jar, data, settings, shuffle):
    cmd = ["java", "-jar", jar, "eval", "cluster", "--data", data, "--label", "subtopic"]
    for s in settings:
        cmd += ["--set", s]
    if shuffle is not None:
        cmd += ["--shuffle", str(shuffle)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    n = scores = None
    for line in out.splitlines():
        if LINE.match(line):
            n = int(LINE.match(line).group(1))
        if B3.match(line):
            scores = tuple(float(x) for x in B3.match(line).groups())
    if n is None or scores is None:
        raise SystemExit(f"no score in the output of {' '.join(cmd)}:\n{out}")
    return n, scores


def weighted(rows):
    """Article-weighted mean (P, R, F1) of (n, (p, r, f)) rows."""
    total = sum(n for n, _ in rows)
    return tuple(sum(n * s[i] for n, s in rows) / total for i in range(3))


def main(argv):
    jar, folds, shuffle, fixed, grid = "storyline-app/target/storyline.jar", "/tmp/ecb-folds", None, [], []
    args = iter(argv)
    for a in args:
        if a == "--jar":
            jar = next(args)
        elif a == "--folds":
            folds = next(args)
        elif a == "--shuffle":
            shuffle = next(args)
        elif a == "--set":
            fixed.append(next(args))
        elif "=" in a:
            key, values = a.split("=", 1)
            grid.append([f"{key}={v}" for v in values.split(",")])
        else:
            raise SystemExit(__doc__)
    candidates = [tuple(c) for c in itertools.product(*grid)] or [()]
    result = {}
    for c in candidates:
        for k in range(FOLDS):
            result[c, k] = run(jar, os.path.join(folds, f"fold{k}.jsonl"), fixed + list(c), shuffle)
        mean = weighted([result[c, k] for k in range(FOLDS)])
        print(f"{' '.join(c) or 'defaults'}\tfolds' mean P {mean[0]:.4f} R {mean[1]:.4f} F1 {mean[2]:.4f}\t"
              + " ".join(f"{result[c, k][1][2]:.4f}" for k in range(FOLDS)), flush=True)
    held = []
    for k in range(FOLDS):
        others = [j for j in range(FOLDS) if j != k]
        best = max(candidates, key=lambda c: weighted([result[c, j] for j in others])[2])
        held.append(result[best, k])
        print(f"fold {k}: chose {' '.join(best) or 'defaults'}, held out P {held[-1][1][0]:.4f} R {held[-1][1][1]:.4f} F1 {held[-1][1][2]:.4f}")
    p, r, f = weighted(held)
    print(f"nested CV, held-out folds: P {p:.4f} R {r:.4f} F1 {f:.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
