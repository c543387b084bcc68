import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVi, groupThousands } from '../../src/arith/index.js';
import { meets, over, plus, rounded, scaleBy, truncated } from '../../src/arith/index.js';
import { HUNDRED, add, cmp, div, fromDecimal, fromNumber, mul, rational, sub, toDecimalString, toScaled } from '../../src/arith/index.js';

const r = (text: string) => fromDecimal(text);

describe('rational', () => {
  it('reads decimal strings exactly and reduces', () => {
    expect(r('25743.7')).toEqual({ n: 257437n, d: 10n });
    expect(r('-12.50')).toEqual({ n: -25n, d: 2n });
    expect(fromNumber(1e9)).toEqual({ n: 1000000000n, d: 1n });
    expect(fromNumber(0.001)).toEqual({ n: 1n, d: 1000n });
  });

  it('rounds half away from zero and truncates toward zero', () => {
    const x = div(rational(298n), rational(2307n)); // 0.12917…
    expect(toDecimalString(mul(x, HUNDRED), 2)).toBe('12.92');
    expect(toDecimalString(r('0.125'), 2)).toBe('0.13');
    expect(toDecimalString(r('-0.125'), 2)).toBe('-0.13');
    expect(toDecimalString(r('78.5714'), 0, 'trunc')).toBe('78');
    expect(toScaled(r('-1.99'), 0, 'trunc')).toBe(-1n);
  });

  it('is exact where floats are not: 0.1 + 0.2 = 0.3', () => {
    expect(cmp(add(r('0.1'), r('0.2')), r('0.3'))).toBe(0);
  });

  it('property: (a + b) − b = a and (a · b) / b = a for decimals', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
      .map(([n, k]) => rational(n, 10n ** BigInt(k)));
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(cmp(sub(add(a, b), b), a)).toBe(0);
        if (b.n !== 0n) expect(cmp(div(mul(a, b), b), a)).toBe(0);
      }),
    );
  });
});

describe('interval', () => {
  it('a displayed figure stands for its rounding interval', () => {
    const x = rounded('2.46', 2, rational(1_000_000n));
    expect(toDecimalString(x.lo, 0)).toBe('2455000');
    expect(toDecimalString(x.hi, 0)).toBe('2465000');
    const p = rounded('12.92', 2);
    expect([toDecimalString(p.lo, 3), toDecimalString(p.hi, 3)]).toEqual(['12.915', '12.925']);
  });

  it('3,495 triệu / 2,46 triệu − 1 meets 41,8% only through the rounding of its operands', () => {
    const ratio = over(rounded('3.495', 3), rounded('2.46', 2));
    expect(ratio).not.toBeNull();
    const pct = scaleBy(ratio as NonNullable<typeof ratio>, HUNDRED);
    const stated = plus(rounded('41.8', 1), { lo: HUNDRED, hi: HUNDRED });
    expect(meets(pct, stated)).toBe(true);
    const pointOnly = { lo: mul(div(r('3.495'), r('2.46')), HUNDRED), hi: mul(div(r('3.495'), r('2.46')), HUNDRED) };
    expect(meets(pointOnly, stated)).toBe(false);
  });

  it('11/14 = 78,57% does not round to 78% but truncates to it', () => {
    const value = { lo: mul(div(r('11'), r('14')), HUNDRED), hi: mul(div(r('11'), r('14')), HUNDRED) };
    expect(meets(value, rounded('78', 0))).toBe(false);
    expect(meets(value, truncated('78', 0))).toBe(true);
  });

  it('property: a ratio of exact counts meets the rounding of its own correctly rounded display', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (part, whole, decimals) => {
          const exact = mul(div(rational(BigInt(part)), rational(BigInt(whole))), HUNDRED);
          const shown = toDecimalString(exact, decimals);
          const point = { lo: exact, hi: exact };
          expect(meets(point, rounded(shown, decimals))).toBe(true);
        },
      ),
    );
  });
});

describe('Vietnamese notation', () => {
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatVi(r('2271'), 0)).toBe('2.271');
    expect(formatVi(r('12.9172'), 2)).toBe('12,92');
    expect(formatVi(r('25743.7'), 1)).toBe('25.743,7');
    expect(formatVi(r('-0.5'), 1)).toBe('−0,5');
    expect(groupThousands('3363245')).toBe('3.363.245');
  });

  it('property: formatting then reading back gives the rounded value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 4 }), (n, k) => {
        const value = rational(n, 10n ** BigInt(k));
        const text = formatVi(value, k);
        const back = text.replace(/\./gu, '').replace(',', '.');
        expect(cmp(fromDecimal(back), value)).toBe(0);
      }),
    );
  });
});
