import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import unitsData from '../../../src/lexicon/units.json' with { type: 'json' };
import { extractFacts } from '../../../src/extract/facts/index.js';
import { formatVietnameseNumber, parseScaledNumber, parseVietnameseNumber, shiftExact } from '../../../src/extract/numbers/index.js';
import { Fact } from '../../../src/model/fact.js';
import { reportOf } from '../facts/report.js';

/** Property tests: Vietnamese numbers round-trip against ICU's own `vi-VN` formatting. */

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 100 });
const compact = new Intl.NumberFormat('vi-VN', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 20 });

/** An exact decimal string without trailing fraction zeros (ICU drops them), huge to tiny. */
const exactDecimal = fc
  .record({
    negative: fc.boolean(),
    int: fc.oneof(fc.bigInt({ min: 0n, max: 999n }), fc.bigInt({ min: 0n, max: 10n ** 40n })),
    frac: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{0,19}[1-9]$/), fc.stringMatching(/^0{5,30}[1-9]$/)),
  })
  .map(({ negative, int, frac }) => {
    const body = frac ? `${int}.${frac}` : `${int}`;
    return negative && body !== '0' ? `-${body}` : body;
  });

describe('round trip with Intl.NumberFormat("vi-VN")', () => {
  it('parse(ICU format(x)) gives x exactly', () => {
    fc.assert(
      fc.property(exactDecimal, (exact) => {
        const text = vi.format(exact as unknown as number);
        const parsed = parseVietnameseNumber(text);
        expect(parsed?.exact).toBe(exact);
        expect(parsed?.decimals).toBe(exact.includes('.') ? (exact.split('.')[1] as string).length : 0);
        expect(parsed?.ambiguous).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('formatVietnameseNumber(x) is what ICU writes', () => {
    fc.assert(
      fc.property(exactDecimal, (exact) => {
        expect(formatVietnameseNumber(exact)).toBe(vi.format(exact as unknown as number));
      }),
      { numRuns: 500 },
    );
  });

  it('doubles, huge and tiny, survive format → parse', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), (value) => {
        const parsed = parseVietnameseNumber(vi.format(value));
        expect(parsed).not.toBeNull();
        // ICU prints at most 100 decimals; the parse is exact on what was printed
        expect(Number(parsed?.exact)).toBeCloseTo(Object.is(value, -0) ? 0 : value, 5);
      }),
      { numRuns: 300 },
    );
  });

  it('ICU compact forms (`46,26 nghìn`, `33,271 nghìn tỷ`) parse back to the same value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), (n) => {
        const text = compact.format(n as unknown as number);
        expect(parseScaledNumber(text)?.exact).toBe(n.toString());
      }),
      { numRuns: 500 },
    );
  });
});

describe('every scale word, in running text', () => {
  const words = unitsData.scales.flatMap((scale) => scale.words.map((word) => ({ word, exponent: scale.exponent })));

  it.each(words)('$word', ({ word, exponent }) => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,5}(\.\d{1,3})?$/), (exact) => {
        const text = `Tổng vốn đạt ${formatVietnameseNumber(exact)} ${word} đồng.`;
        const [fact] = extractFacts(reportOf([text]));
        expect(fact?.kind).toBe('money');
        expect(fact?.unit).toBe('đồng');
        expect(fact?.scale).toBe(10 ** exponent);
        expect(fact?.number?.exact).toBe(exact);
        expect(fact?.value).toBe(Number(shiftExact(exact, exponent)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('hostile input', () => {
  const alphabet = fc.constantFrom(
    ...'0123456789.,%/-()*:; \u00A0abđươ'.split(''),
    ' trong đó ',
    ' tỷ đồng',
    ' hồ sơ',
    ' ngày ',
    ' (i) ',
    '¹',
  );

  it('parseVietnameseNumber never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,-−'.split('')), maxLength: 200 }), (text) => {
        const parsed = parseVietnameseNumber(text);
        if (parsed) expect(parsed.exact).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('the extractor never throws and always returns schema-valid facts', () => {
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 120 }).map((parts) => parts.join('')),
        (text) => {
          for (const fact of extractFacts(reportOf([text]))) Fact.parse(fact);
        },
      ),
      { numRuns: 300 },
    );
  });

  /** Fastest of a few runs, in ms (the minimum is the measure least disturbed by GC and other processes). */
  const time = (fn: () => void): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 7; i += 1) {
      const start = performance.now();
      fn();
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  // 16× the input must cost well under the 256× a quadratic scan would. Allocation-heavy runs
  // (one token per `%`) are noisy under GC, hence the generous 64× plus a constant.
  it.each([
    ['1.2.3.4,5,6 ', 400],
    ['1', 5000],
    ['%%%', 1500],
    ['1,', 2500],
    ['9'.repeat(50) + '.', 100],
    ['5 hồ sơ (trong đó 2 hồ sơ: ', 80],
  ])('runs linearly on %j repeated', (unit, count) => {
    const small = unit.repeat(count);
    const large = unit.repeat(count * 16);
    time(() => parseVietnameseNumber(small));
    const parseSmall = time(() => parseVietnameseNumber(small));
    const parseLarge = time(() => parseVietnameseNumber(large));
    expect(parseLarge).toBeLessThan(parseSmall * 64 + 5);
    const extractSmall = time(() => extractFacts(reportOf([small])));
    const extractLarge = time(() => extractFacts(reportOf([large])));
    expect(extractLarge).toBeLessThan(extractSmall * 64 + 80);
  });

  it('a 10 000-digit number is read without hanging and without a bogus value', () => {
    const [fact] = extractFacts(reportOf([`có ${'9'.repeat(10_000)} hồ sơ`]));
    expect(fact?.value).toBeNull();
    expect(fact?.status).toBe('unclassified');
    expect(fact?.number?.exact).toHaveLength(10_000);
  });
});
