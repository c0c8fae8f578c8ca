/**
 * Public real buyer messages labelled by two of our labellers (data/corpus/README.md, session 38), read by the shipped
 * model: aggregate figures only, no case text.
 *
 *   npx tsx scripts/classifier/public.ts <dir>
 *
 * <dir> holds <set>-<n>a.jsonl and <set>-<n>b.jsonl: the same cases labelled independently by two people with
 * data/corpus/briefs/label-38.md's conventions (label-41.md since session 41). A case counts where both chose the same
 * primary (any label either of them listed is right). Session 47's sets are rebuilt on any machine by
 * scripts/classifier/pools.py from the public sources and our labels in data/public/. The files stay outside the
 * repository: the messages are other people's data (JDDC, the E-commerce Dialogue Corpus, Customer Support on Twitter),
 * and some of those sets share their source with the project's hidden evaluation, so they are a measure only: never
 * training data, never read case by case to decide anything.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classify } from '../../lib/classify/index';
import { evaluate, type LabelledCase } from '../../lib/classify/metrics';
import { readCases } from '../cli/eval';

/**
 * The sets of `dir`: per set, the cases both labellers gave the same primary (any label either listed counts as right),
 * with how many cases were labelled twice and how many of them agreed.
 */
export function agreedSets(dir: string): { sets: Map<string, LabelledCase[]>; pairs: number; samePrimary: number } {
  const read = (f: string): LabelledCase[] => readCases(join(dir, f));
  const sets = new Map<string, LabelledCase[]>();
  let pairs = 0;
  let samePrimary = 0;
  for (const a of readdirSync(dir).filter((f) => /a\.jsonl$/.test(f)).sort()) {
    const b = a.replace(/a\.jsonl$/, 'b.jsonl');
    if (!existsSync(join(dir, b))) continue;
    const second = new Map(read(b).map((c) => [c.id, c]));
    const set = a.replace(/-\d+a\.jsonl$/, '');
    const agreed = sets.get(set) ?? [];
    for (const c of read(a)) {
      const d = second.get(c.id);
      if (!d) continue;
      pairs++;
      if (d.primary !== c.primary) continue;
      samePrimary++;
      agreed.push({ ...c, labels: [...new Set([...c.labels, ...d.labels])] });
    }
    sets.set(set, agreed);
  }
  return { sets, pairs, samePrimary };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir || !existsSync(dir)) {
    console.error('usage: npx tsx scripts/classifier/public.ts <dir of labelled pairs>');
    process.exit(2);
  }
  const { sets, pairs, samePrimary } = agreedSets(dir);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`${pairs} cases labelled twice; the two labellers chose the same primary in ${pct(samePrimary / Math.max(1, pairs))}`);
  for (const [set, cases] of sets) {
    const r = evaluate(cases, cases.map((c) => classify({ messages: c.messages })));
    console.log(`${set.padEnd(8)} ${String(cases.length).padStart(4)} agreed: top-1 ${pct(r.top1)} · top-3 ${pct(r.top3)} · risk F1 ${r.risk.f1.toFixed(2)} (tp ${r.risk.tp}, fp ${r.risk.fp}, fn ${r.risk.fn}) · sentiment ${pct(r.sentiment)}`);
  }
}
