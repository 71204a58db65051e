#!/usr/bin/env python3
"""Check dictionaries/names/places.tsv and dictionaries/names/keep.tsv.

Usage: python3 tools/check_places.py [--root DIR]
Exit status 0 when both files pass, 1 otherwise. Prints one line per problem and a summary.

places.tsv: UTF-8, NFC, LF, '#' comments, exactly one header line
  id type native en de fr es it pt pl variants
rows with 11 non-empty fields, ids unique, lowercase ASCII kebab-case and sorted in byte order,
type 'place', native as lang:Name|..., variants '-' or '|'-joined non-empty items without
duplicates; no variant in two rows; no variant equal to another row's title in any language.
keep.tsv: UTF-8, NFC, LF, '#' comments, header 'phrase<TAB>note', 2 non-empty fields,
phrases unique and sorted in byte order.
"""
import argparse
import collections
import os
import re
import sys
import unicodedata

HEADER = ['id', 'type', 'native', 'en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'variants']
LANGS = HEADER[3:10]
ID_RE = re.compile(r'[a-z0-9]+(?:-[a-z0-9]+)*\Z')
NATIVE_RE = re.compile(r'[a-z]{2,3}:[^|:\t]+\Z')


def read_lines(path, errors):
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{path}: not UTF-8 ({e})')
        return []
    if text.startswith('\ufeff'):
        errors.append(f'{path}: starts with a BOM')
    if '\r' in text:
        errors.append(f'{path}: contains CR characters (LF line ends required)')
    if text and not text.endswith('\n'):
        errors.append(f'{path}: last line has no LF')
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    for n, line in enumerate(lines, 1):
        if unicodedata.normalize('NFC', line) != line:
            errors.append(f'{path}:{n}: not NFC')
    return lines


def data_lines(lines):
    """(line number, line) for non-comment lines."""
    return [(n, l) for n, l in enumerate(lines, 1) if not l.startswith('#')]


def check_places(path, errors, warnings):
    lines = read_lines(path, errors)
    body = data_lines(lines)
    if not body:
        errors.append(f'{path}: no header line')
        return {}
    hn, header = body[0]
    if header.split('\t') != HEADER:
        errors.append(f'{path}:{hn}: header must be {"<TAB>".join(HEADER)!r}, got {header!r}')
    rows = []
    for n, line in body[1:]:
        if line.strip() == '':
            errors.append(f'{path}:{n}: blank line')
            continue
        f = line.split('\t')
        if len(f) != 11:
            errors.append(f'{path}:{n}: {len(f)} fields, expected 11')
            continue
        for name, val in zip(HEADER, f):
            if val == '' or val != val.strip():
                errors.append(f'{path}:{n}: field {name} empty or padded with spaces: {val!r}')
        rid = f[0]
        if not ID_RE.match(rid):
            errors.append(f'{path}:{n}: id {rid!r} is not lowercase ASCII kebab-case')
        if f[1] != 'place':
            errors.append(f'{path}:{n}: type {f[1]!r}, expected place')
        for item in f[2].split('|'):
            if not NATIVE_RE.match(item):
                errors.append(f'{path}:{n}: native item {item!r} is not lang:Name')
        for lang, title in zip(LANGS, f[3:10]):
            if '|' in title or (title.endswith(')') and ' (' in title):
                errors.append(f'{path}:{n}: {lang} title {title!r} holds "|" or a disambiguation')
        variants = [] if f[10] == '-' else f[10].split('|')
        if any(v.strip() == '' or v != v.strip() for v in variants):
            errors.append(f'{path}:{n}: empty or padded variant in {f[10]!r}')
        dups = [v for v, c in collections.Counter(variants).items() if c > 1]
        if dups:
            errors.append(f'{path}:{n}: variant repeated in row {rid}: {dups}')
        rows.append((n, rid, dict(zip(LANGS, f[3:10])), variants))

    ids = [r[1] for r in rows]
    for rid, c in collections.Counter(ids).items():
        if c > 1:
            errors.append(f'{path}: id {rid!r} occurs {c} times')
    for (n1, a, *_), (n2, b, *_) in zip(rows, rows[1:]):
        if a.encode() >= b.encode():
            errors.append(f'{path}:{n2}: ids not sorted in byte order ({a!r} before {b!r})')

    canon = collections.defaultdict(set)
    for n, rid, names, _ in rows:
        for t in names.values():
            canon[t].add(rid)
    var_rows = collections.defaultdict(set)
    for n, rid, names, variants in rows:
        for v in variants:
            var_rows[v].add(rid)
    for v, rids in sorted(var_rows.items()):
        if len(rids) > 1:
            errors.append(f'{path}: variant {v!r} shared by rows {sorted(rids)}')
        other = canon.get(v, set()) - rids
        if other:
            errors.append(f'{path}: variant {v!r} of {sorted(rids)} equals the title of {sorted(other)}')
    for t, rids in sorted(canon.items()):
        if len(rids) > 1:
            warnings.append(f'{path}: title {t!r} used by several rows {sorted(rids)} (allowed, but ambiguous)')
    return {'rows': len(rows), 'variants': sum(len(r[3]) for r in rows)}


def check_keep(path, errors):
    lines = read_lines(path, errors)
    body = data_lines(lines)
    if not body:
        errors.append(f'{path}: no header line')
        return {}
    hn, header = body[0]
    if header != 'phrase\tnote':
        errors.append(f'{path}:{hn}: header must be "phrase<TAB>note", got {header!r}')
    phrases = []
    for n, line in body[1:]:
        f = line.split('\t')
        if len(f) != 2 or any(x == '' or x != x.strip() for x in f):
            errors.append(f'{path}:{n}: expected 2 non-empty fields: {line!r}')
            continue
        phrases.append((n, f[0]))
    for p, c in collections.Counter(p for _, p in phrases).items():
        if c > 1:
            errors.append(f'{path}: phrase {p!r} occurs {c} times')
    for (n1, a), (n2, b) in zip(phrases, phrases[1:]):
        if a.encode() > b.encode():
            errors.append(f'{path}:{n2}: phrases not sorted in byte order ({a!r} before {b!r})')
    return {'rows': len(phrases)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument('--root', default=os.path.dirname(here), help='repository root')
    ap.add_argument('--quiet', action='store_true', help='do not print warnings')
    args = ap.parse_args()
    d = os.path.join(args.root, 'dictionaries', 'names')
    errors, warnings = [], []
    p = check_places(os.path.join(d, 'places.tsv'), errors, warnings)
    k = check_keep(os.path.join(d, 'keep.tsv'), errors)
    for e in errors:
        print('ERROR', e)
    if not args.quiet:
        for w in warnings:
            print('WARNING', w)
    print(f"places.tsv: {p.get('rows', 0)} rows, {p.get('variants', 0)} variants; "
          f"keep.tsv: {k.get('rows', 0)} rows; {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
