import { describe, expect, it } from 'vitest';
import { holdsAfter, parseExpression, readShown } from '../../scripts/lib/eval-holds.js';
import { editsOf } from '../../scripts/lib/eval-mutate.js';
import type { GoldClaim } from '../../scripts/lib/eval-gold.js';

const claim = (c: Partial<GoldClaim> & Pick<GoldClaim, 'expression' | 'stated' | 'operands'>): GoldClaim => ({
  id: 'x-001',
  kind: 'sum',
  quote: '',
  verdict: 'consistent',
  ...c,
});

describe('readShown', () => {
  it('reads Vietnamese displays', () => {
    expect(readShown('1.234,5 tỷ đồng')).toEqual({ exact: '1234.5', decimals: 1 });
    expect(readShown('2.307')).toEqual({ exact: '2307', decimals: 0 });
    expect(readShown('12,92%')).toEqual({ exact: '12.92', decimals: 2 });
    expect(readShown('07')).toEqual({ exact: '07', decimals: 0 });
  });
});

describe('parseExpression', () => {
  it('parses the gold grammar and refuses the rest', () => {
    expect(parseExpression('(701.3/666.9-1)*100')).not.toBeNull();
    expect(parseExpression('2180590 / 2535227 × 100')).not.toBeNull();
    expect(parseExpression('abs(3-5)')).not.toBeNull();
    expect(parseExpression('count(items)')).toBeNull();
    expect(parseExpression('(1+2')).toBeNull();
  });
});

describe('holdsAfter', () => {
  const sum = claim({
    stated: '2.307',
    expression: '1367 + 940',
    operands: [
      { role: 'total', raw: '2.307' },
      { role: 'part', raw: '1.367' },
      { role: 'part', raw: '940' },
    ],
  });
  it('a changed part or total of an exact sum breaks it', () => {
    expect(holdsAfter(sum, { figure: 1, to: '1.467' })).toBe(false);
    expect(holdsAfter(sum, { figure: 'stated', to: '2.407' })).toBe(false);
    // The total operand is the stated figure itself.
    expect(holdsAfter(sum, { figure: 0, to: '2.308' })).toBe(false);
  });
  it('an edit that leaves the claim holding is recognised', () => {
    expect(holdsAfter(sum, { figure: 2, to: '940' })).toBe(true);
  });
  const share = claim({
    kind: 'share',
    stated: '12,92%',
    expression: '298/2307*100',
    operands: [
      { role: 'part', raw: '298' },
      { role: 'whole', raw: '2.307' },
    ],
  });
  it('a percentage reads as rounded or truncated', () => {
    expect(holdsAfter(share, { figure: 'stated', to: '12,93%' })).toBe(false);
    expect(holdsAfter(share, { figure: 'stated', to: '12,91%' })).toBe(true); // 12,917 rounds to 12,92 but truncates to 12,91
    expect(holdsAfter(share, { figure: 0, to: '398' })).toBe(false);
  });
  it('rounded operands widen the computed figure', () => {
    const change = claim({
      kind: 'change',
      stated: '11,5%',
      expression: '(1-11.9/13.4)*100',
      operands: [
        { role: 'after', raw: '11,9' },
        { role: 'before', raw: '13,4' },
      ],
      operandsRounded: true,
    } as Partial<GoldClaim> & Pick<GoldClaim, 'expression' | 'stated' | 'operands'>);
    // 11,85…11,95 over 13,35…13,45 gives a decline of 10,5 % to 11,9 %.
    expect(holdsAfter(change, { figure: 'stated', to: '11,2%' })).toBe(true);
    expect(holdsAfter(change, { figure: 'stated', to: '12,5%' })).toBe(false);
  });
  it('says nothing without an expression it can read', () => {
    expect(holdsAfter(claim({ stated: '3', expression: 'count(items)', operands: [] }), { figure: 'stated', to: '4' })).toBeNull();
    expect(holdsAfter(claim({ stated: null, expression: '1+1', operands: [] }), { figure: 'stated', to: '4' })).toBeNull();
  });
  it('a count is never read as truncated', () => {
    const progress = claim({ stated: '13', expression: '7+5+1', operands: [{ role: 'part', raw: '07' }] });
    expect(holdsAfter(progress, { figure: 0, to: '08' })).toBe(false);
  });
});

describe('editsOf', () => {
  it('tries the second significant digit first, then the first, never a leading zero', () => {
    expect(editsOf('2.307')).toEqual(['2.407', '3.307', '1.307']);
    expect(editsOf('07')).toEqual(['08', '06']);
    expect(editsOf('1.000')).toEqual(['1.100', '2.000']);
    expect(editsOf('9')).toEqual(['8']);
  });
});
