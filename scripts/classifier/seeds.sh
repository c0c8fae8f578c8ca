#!/bin/bash
# Trains the classifier from five seeds (two at a time: one training takes 1.5 min on a slow core) into <out dir> and
# measures them side by side with scripts/classifier/measure.ts. An experiment: the shipped model is not touched.
#   bash scripts/classifier/seeds.sh <out dir> [--public <dir of labelled pairs>]
set -euo pipefail
out=${1:?usage: seeds.sh <out dir> [--public <dir>]}
shift
cd "$(dirname "$0")/../.."
mkdir -p "$out"
seeds=(7 17 27 37 47)
train() { npx tsx scripts/train-classifier.ts --seed "$1" --out "$out/seed-$1.json" > "$out/seed-$1.log" 2>&1; }
for ((i = 0; i < ${#seeds[@]}; i += 2)); do
  train "${seeds[i]}" &
  if ((i + 1 < ${#seeds[@]})); then train "${seeds[i + 1]}" & fi
  wait
done
files=()
for s in "${seeds[@]}"; do files+=("$out/seed-$s.json"); done
npx tsx scripts/classifier/measure.ts "$@" "${files[@]}"
