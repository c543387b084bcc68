#!/usr/bin/env python3
"""Recompute every gold claim in exact arithmetic and compare with the file.

Usage: python3 tests/gold/real/verify_gold.py [files...]   (default: every *.claims.json here)
       add --fix to rewrite `computed` and `verdict` from `expression` and `stated`.
       add --corpus DIR to also check that each quote occurs in the document text
       (DIR holds solieu's <file>.txt extractions, e.g. /tmp/realtext).

`expression` uses + - × * / ÷ ( ) and decimal literals with a dot (Python style), e.g.
"2180590 / 2535227 × 100". `stated` is read as displayed: Vietnamese `1.234,5` (dot = thousands,
comma = decimal); a lone dot is a decimal point unless every group after it has three digits.
Why exact: a stated `12,92%` stands for [12,915; 12,925]; binary floats blur that edge.
"""
import ast, json, re, sys, glob, os
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 50

NUMBER_WORDS = {'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'sáu': 6, 'bảy': 7,
                'tám': 8, 'chín': 9, 'mười': 10}

def parse_stated(s):
    t = s.strip()
    t = re.sub(r'[%‰]|lần|điểm', '', t).strip()
    t = t.replace('\u00a0', '').replace(' ', '')
    neg = t.startswith('-') or t.startswith('−')
    t = t.lstrip('-−+')
    m = re.search(r'[0-9][0-9.,]*', t)
    if not m:
        # A count written in words ("ba tiêu chí", "hai nhiệm vụ") is exact.
        word = NUMBER_WORDS.get(s.strip().lower())
        if word is None:
            raise ValueError(f'no number in stated {s!r}')
        return Decimal(word), 0
    t = m.group(0).rstrip('.,')
    if ',' in t:
        intpart, dec = t.split(',', 1)
        intpart = intpart.replace('.', '')
    elif '.' in t:
        groups = t.split('.')
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            intpart, dec = t.replace('.', ''), ''
        else:
            intpart, dec = ''.join(groups[:-1]), groups[-1]
    else:
        intpart, dec = t, ''
    v = Decimal(intpart + ('.' + dec if dec else ''))
    return (-v if neg else v), len(dec)

OPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
       ast.Mult: lambda a, b: a * b, ast.Div: lambda a, b: a / b}

def ev(node):
    if isinstance(node, ast.Expression):
        return ev(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return Fraction(str(node.value))
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](ev(node.left), ev(node.right))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -ev(node.operand)
    if isinstance(node, ast.Call) and getattr(node.func, 'id', '') == 'abs':
        return abs(ev(node.args[0]))
    raise ValueError(f'unsupported expression node {ast.dump(node)}')

def evaluate(expr):
    e = expr.replace('×', '*').replace('÷', '/').replace('−', '-').replace('–', '-')
    return ev(ast.parse(e, mode='eval'))

def to_decimal(fr, digits=6):
    d = Decimal(fr.numerator) / Decimal(fr.denominator)
    q = Decimal(1).scaleb(-digits)
    s = str(d.quantize(q, rounding=ROUND_HALF_UP)) if fr.denominator != 1 else str(fr.numerator)
    if fr.denominator != 1:
        s = s.rstrip('0').rstrip('.')
        if Decimal(s) * 1 != d:
            s += '…'
    return s

class Iv:
    """A closed interval of fractions: what a rounded displayed operand stands for."""
    def __init__(self, lo, hi=None):
        self.lo, self.hi = lo, (lo if hi is None else hi)
    def __add__(a, b): return Iv(a.lo + b.lo, a.hi + b.hi)
    def __sub__(a, b): return Iv(a.lo - b.hi, a.hi - b.lo)
    def __mul__(a, b):
        p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
        return Iv(min(p), max(p))
    def __truediv__(a, b):
        if b.lo <= 0 <= b.hi:
            raise ValueError('division by an interval holding zero')
        return a * Iv(1 / b.hi, 1 / b.lo)
    def __neg__(a): return Iv(-a.hi, -a.lo)
    def __abs__(a):
        if a.lo >= 0: return a
        if a.hi <= 0: return -a
        return Iv(Fraction(0), max(-a.lo, a.hi))

def operand_intervals(claim):
    """Displayed operands as intervals when the claim says they are rounded (money, measures,
    scores, decimals): `11,44` stands for [11,435; 11,445]; counts stay exact."""
    out = {}
    if not claim.get('operandsRounded'):
        return out
    for o in claim.get('operands', []):
        if o.get('role') == 'item' or not re.search(r'\d', o.get('raw', '')):
            continue
        v, nd = parse_stated(o['raw'])
        half = Fraction(1, 2) * Fraction(1, 10 ** nd)
        out[Fraction(v)] = Iv(Fraction(v) - abs(half), Fraction(v) + abs(half))
    return out

def ev_interval(node, ivs):
    if isinstance(node, ast.Expression):
        return ev_interval(node.body, ivs)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        f = Fraction(str(node.value))
        return ivs.get(f, Iv(f))
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](ev_interval(node.left, ivs), ev_interval(node.right, ivs))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -ev_interval(node.operand, ivs)
    if isinstance(node, ast.Call) and getattr(node.func, 'id', '') == 'abs':
        return abs(ev_interval(node.args[0], ivs))
    raise ValueError(f'unsupported expression node {ast.dump(node)}')

def interval_verdict(claim):
    """The verdict when operands are rounded: consistent when the computed interval meets the
    stated figure's rounding interval, truncated when it meets only its truncation interval."""
    e = claim['expression'].replace('×', '*').replace('÷', '/').replace('−', '-').replace('–', '-')
    got = ev_interval(ast.parse(e, mode='eval'), operand_intervals(claim))
    sv, nd = parse_stated(claim['stated'])
    unit = Fraction(1, 10 ** nd)
    s = abs(Fraction(sv))
    lo, hi = (got.lo, got.hi) if got.lo >= 0 else (-got.hi, -got.lo)
    if hi >= s - unit / 2 and lo <= s + unit / 2:
        return 'consistent'
    if hi >= s and lo < s + unit:
        return 'truncated'
    return 'inconsistent'

def verdict(value, stated):
    sv, nd = parse_stated(stated)
    d = Decimal(value.numerator) / Decimal(value.denominator)
    q = Decimal(1).scaleb(-nd)
    mag, smag = abs(d), abs(sv)
    if mag.quantize(q, rounding=ROUND_HALF_UP) == smag:
        return 'consistent'
    if mag.quantize(q, rounding=ROUND_DOWN) == smag:
        return 'truncated'
    return 'inconsistent'

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def main(argv):
    fix = '--fix' in argv
    corpus = None
    if '--corpus' in argv:
        corpus = argv[argv.index('--corpus') + 1]
    files = [a for a in argv if a.endswith('.json')] or sorted(
        glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.claims.json')))
    bad = 0
    for f in files:
        data = json.load(open(f, encoding='utf-8'))
        text = None
        if corpus:
            p = os.path.join(corpus, data['file'] + '.txt')
            if os.path.exists(p):
                raw = open(p, encoding='utf-8').read()
                raw = re.sub(r'^\[[^\]]*\] ', '', raw, flags=re.M)
                # a quote may keep a table row's pipes or drop them
                text = norm(raw) + '\n' + norm(raw.replace(' | ', ' ').replace('|', ' '))
        ids = set()
        for c in data['claims']:
            cid = c['id']
            if cid in ids:
                print(f'{f}: duplicate id {cid}'); bad += 1
            ids.add(cid)
            try:
                val = evaluate(c['expression'])
                v = interval_verdict(c) if c.get('operandsRounded') else verdict(val, c['stated'])
            except Exception as e:  # noqa: BLE001 - report and go on with the batch
                print(f'{f}: {cid}: {e}'); bad += 1; continue
            comp = to_decimal(val)
            # Every displayed operand must be used: a figure typed into `raw` but left out
            # of `expression` (or the reverse typo) would verify the wrong arithmetic.
            used = {Fraction(n) for n in re.findall(r'\d+(?:\.\d+)?', c['expression'])}
            for o in c.get('operands', []):
                if o.get('role') == 'item' or not re.search(r'\d', o.get('raw', '')):
                    continue
                ov = Fraction(parse_stated(o['raw'])[0])
                if ov not in used and ov != Fraction(parse_stated(c['stated'])[0]):
                    print(f'{f}: {cid}: operand {o["raw"]!r} is neither in the expression nor the stated figure'); bad += 1
            if fix:
                c['computed'], c['verdict'] = comp, v
            else:
                if c.get('verdict') != v:
                    print(f'{f}: {cid}: verdict {c.get("verdict")} but arithmetic gives {v} ({comp} vs {c["stated"]})'); bad += 1
                if c.get('computed', '').rstrip('…') and not comp.startswith(c['computed'].rstrip('…')[:6]):
                    print(f'{f}: {cid}: computed {c.get("computed")} but expression gives {comp}'); bad += 1
            if text is not None:
                for q in [c['quote']] + [o.get('quote', '') for o in c.get('operands', []) if o.get('quote')]:
                    if norm(q) not in text:
                        print(f'{f}: {cid}: quote not found: {q[:80]!r}'); bad += 1
        if text is not None:
            for n in data.get('nonClaims', []):
                if norm(n['quote']) not in text:
                    print(f'{f}: nonClaim quote not found: {n["quote"][:80]!r}'); bad += 1
        if fix:
            with open(f, 'w', encoding='utf-8') as out:
                json.dump(data, out, ensure_ascii=False, indent=2); out.write('\n')
        n = len(data['claims'])
        kinds = {}
        for c in data['claims']:
            kinds[c['kind']] = kinds.get(c['kind'], 0) + 1
        verds = {}
        for c in data['claims']:
            verds[c['verdict']] = verds.get(c['verdict'], 0) + 1
        print(f'{os.path.basename(f)}: {n} claims {kinds} {verds} nonClaims {len(data.get("nonClaims", []))}')
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
