#!/usr/bin/env python3
"""
The fresh public measure of session 47 (data/corpus/README.md, "Session 47"), rebuilt from the public sources and our
own labels. The messages are other people's data (JDDC 2018/2019/2020, the E-commerce Dialogue Corpus, Customer Support
on Twitter, under research or non-commercial terms), so the repository keeps only what is ours: the sampling (this
script, seeded), which comma pieces of a JDDC 2018 session are the buyer's (data/public/jd18-turns.jsonl, read by our
helpers) and the labels of two labellers per case (data/public/<set>-47a|b.labels.jsonl, no text). A measure only:
never training data, never read case by case to decide anything (the JD 2019 / 2020 and Taobao pools share their source
with the project's hidden evaluation).

    python3 scripts/classifier/pools.py [--mirror /work/.mirror] [--out /work/pub47]
    npx tsx scripts/classifier/public.ts /work/pub47/labelled

The sources are fetched first with the tool library's `fetch` (github:<owner>/<name>, listed in SOURCES). Dev's cases
(../shared/corpus/dev.jsonl) are dropped by a hash of their text; none of dev is read. Python because the standard
library reads the .xlsx sources (zipfile + ElementTree); the project's Node toolchain has no xlsx reader.
"""
import argparse, csv, hashlib, io, json, os, random, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

SOURCES = {
    'jd19': ('EndlessLethe/jddc2019-3th-retrieve-model', 'data/chat_0.1per.txt'),
    'jd20': ('jd-aig/nlp_baai', 'jddc2020_baseline/mddr/chat/chat.xlsx'),
    'ecd-dev': ('LinzheLai/ecommerce-customer-service-posttrain', 'data/raw/dev.txt'),
    'ecd-test': ('LinzheLai/ecommerce-customer-service-posttrain', 'data/raw/test.txt'),
    'tw-k': ('kechtel/ericsson', 'data/labeled/twcs-AmazonHelp-200-inbound.xlsx'),
    'tw-m': ('monalisapatra26/data_visualization', 'twcs.csv'),
    'jd18': ('zhangbo2008/JDDC_for_train_gpt_data', 'data/train.enc'),
}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'


def source(mirror, key):
    repo, path = SOURCES[key]
    git = os.path.join(mirror, repo.replace('/', '+'), 'repo')
    if not os.path.isdir(git):
        sys.exit(f'missing source {repo}: fetch github:{repo} with the tool library first (looked in {git})')
    return subprocess.run(['git', '-C', git, 'show', f'HEAD:{path}'], check=True, capture_output=True).stdout


def text(data, errors='strict'):
    """The source as text, lines split as open() splits them (universal newlines)."""
    return io.TextIOWrapper(io.BytesIO(data), encoding='utf8', errors=errors)


def xlsx_rows(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')).iter(NS + 'si'):
            shared.append(''.join(t.text or '' for t in si.iter(NS + 't')))
    rows = []
    for r in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(NS + 'row'):
        row = {}
        for c in r.iter(NS + 'c'):
            col = re.match(r'[A-Z]+', c.get('r')).group(0)
            v = c.find(NS + 'v')
            if c.get('t') == 's' and v is not None:
                row[col] = shared[int(v.text)]
            elif c.get('t') == 'inlineStr':
                row[col] = ''.join(x.text or '' for x in c.iter(NS + 't'))
            else:
                row[col] = v.text if v is not None else ''
        rows.append(row)
    return rows


def joined(pieces, turn):
    """
    A buyer turn from its pieces: [first, last, the separators between them] and, where needed, [where in the first piece
    it starts, 1 when the reader trimmed its spaces].
    """
    i, j, seps = turn[:3]
    out = pieces[i][turn[3]:] if len(turn) > 3 else pieces[i]
    for k in range(i + 1, j + 1):
        out += seps[k - i - 1] + pieces[k]
    return out.strip() if len(turn) > 4 and turn[4] else out


def build(mirror):
    norm = lambda s: re.sub(r'\s+', '', s).lower()
    sha = lambda s: hashlib.sha1(norm(s).encode()).hexdigest()
    dev = set()
    with open(os.path.join(ROOT, '..', 'shared', 'corpus', 'dev.jsonl'), encoding='utf8') as f:
        for line in f:
            msgs = json.loads(line)['messages']
            dev.update(sha(m) for m in msgs)
            dev.add(sha(''.join(msgs)))
    in_dev = lambda msgs: any(sha(m) in dev for m in msgs if len(norm(m)) >= 4) or sha(''.join(msgs)) in dev
    random.seed(47)
    sets = {}
    # JD 2019 chats: the first six buyer turns of each session of the 0.1 % sample.
    sessions = {}
    for line in text(source(mirror, 'jd19'), 'replace'):
        f = line.rstrip('\n').split('\t')
        if len(f) < 7:
            continue
        sessions.setdefault(f[0], [])
        if f[2] == '0':
            sessions[f[0]].append(f[6].strip())
    chats = [c for c in ([m for m in v if m][:6] for v in sessions.values()) if c and not in_dev(c)]
    random.shuffle(chats)
    sets['jd19n'] = [(c, 'jd-chat') for c in chats[:300]]
    # JD 2020 single messages.
    rows = list(dict.fromkeys(r.get('A', '').strip() for r in xlsx_rows(source(mirror, 'jd20'))[1:]))
    rows = [r for r in rows if r and not in_dev([r])]
    random.shuffle(rows)
    sets['jd20n'] = [([r], 'jd-single') for r in rows[:300]]
    # Taobao (ECD dev and test): the buyer's last turn before the shop's answer, spaces between Han characters removed.
    han = re.compile(r'(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])')
    lines = []
    for key in ('ecd-dev', 'ecd-test'):
        for line in text(source(mirror, key)):
            f = line.rstrip('\n').split('\t')
            if len(f) >= 3:
                lines.append(han.sub('', f[1:-1][-1]).strip())
    lines = [l for l in dict.fromkeys(l for l in lines if l) if not in_dev([l])]
    random.shuffle(lines)
    sets['ecdn'] = [([l], 'taobao-single') for l in lines[:200]]
    # Inbound tweets to @AmazonHelp, mostly Latin letters.
    tw = []
    rd = list(csv.DictReader(text(source(mirror, 'tw-m'))))
    by_id = {r['tweet_id']: r for r in rd}
    for r in rd:
        if r['inbound'] != 'True':
            continue
        answers = [by_id.get(x) for x in (r['response_tweet_id'] or '').split(',')]
        to = by_id.get((r['in_response_to_tweet_id'] or '').replace('.0', ''))
        if 'amazonhelp' in r['text'].lower() or any(a and a['author_id'] == 'AmazonHelp' for a in answers) or (to and to['author_id'] == 'AmazonHelp'):
            tw.append(r['text'])
    tw += [r.get('I', '') for r in xlsx_rows(source(mirror, 'tw-k'))[1:] if r.get('H') == '1']
    latin = lambda s: sum(c.isascii() and c.isalpha() for c in s) / max(1, sum(c.isalpha() for c in s))
    tw = [t for t in dict.fromkeys(t.strip() for t in tw if t.strip() and latin(t) > 0.9) if not in_dev([t])]
    random.shuffle(tw)
    sets['twn'] = [([t], 'tweet') for t in tw[:300]]
    out = {k: [{'id': f'{k}-{i:04d}', 'messages': m, 'lang': 'en' if k == 'twn' else 'zh', 'register': reg} for i, (m, reg) in enumerate(v)] for k, v in sets.items()}
    # JDDC 2018 (shares nothing with dev): 600 sessions, both sides joined by commas; our helpers marked the buyer's pieces.
    random.seed(4718)
    enc = [l.rstrip('\n') for l in text(source(mirror, 'jd18')) if l.strip()]
    enc = [l for l in enc if 40 <= len(l) <= 700]
    random.shuffle(enc)
    turns = {}
    with open(os.path.join(ROOT, 'data', 'public', 'jd18-turns.jsonl'), encoding='utf8') as f:
        for line in f:
            t = json.loads(line)
            turns[t['id']] = t['turns']
    jd18 = []
    for i, session in enumerate(enc[:600]):
        pieces = session.split(',')
        jd18.append((f'jd18-{i:04d}', [joined(pieces, t) for t in turns[f'jd18-{i:04d}']]))
    out['jd18n'] = [{'id': i, 'messages': m[:6], 'lang': 'zh', 'register': 'jd-chat'} for i, m in jd18[:300]]
    random.seed(47018)
    out['jd18s'] = []
    for i, m in jd18[300:]:
        long = [t for t in m if len(t.strip()) >= 4]
        if long:
            out['jd18s'].append({'id': i.replace('jd18', 'jd18s'), 'messages': [random.choice(long)], 'lang': 'zh', 'register': 'jd-single'})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--mirror', default='/work/.mirror')
    ap.add_argument('--out', default='/work/pub47')
    a = ap.parse_args()
    sets = build(a.mirror)
    os.makedirs(os.path.join(a.out, 'raw'), exist_ok=True)
    os.makedirs(os.path.join(a.out, 'labelled'), exist_ok=True)
    labels_dir = os.path.join(ROOT, 'data', 'public')
    for name, cases in sets.items():
        with open(os.path.join(a.out, 'raw', f'{name}.jsonl'), 'w', encoding='utf8') as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + '\n')
        by_id = {c['id']: c for c in cases}
        for who in ('a', 'b'):
            lab = os.path.join(labels_dir, f'{name}-47{who}.labels.jsonl')
            if not os.path.exists(lab):
                continue
            with open(lab, encoding='utf8') as f, open(os.path.join(a.out, 'labelled', f'{name}-47{who}.jsonl'), 'w', encoding='utf8') as g:
                for line in f:
                    l = json.loads(line)
                    g.write(json.dumps({**by_id[l['id']], **l}, ensure_ascii=False) + '\n')
        print(f'{name}: {len(cases)} cases')


if __name__ == '__main__':
    main()
