import { describe, expect, it } from 'vitest';
import {
  SAME_TEMPLATE_AT,
  agreement,
  decodeSignature,
  encodeSignature,
  templateSignature,
  templateWords,
} from '../../src/analyzer/template';

const A =
  'Hi Bram, I help SaaS founders like you at Brightwave book 20 more demos a month. Do you have 15 minutes this week?';
const B =
  'Hi Lotte, I help SaaS founders like you at Acme Corp book 35 more demos a month. Do you have 15 minutes this week?';
const OTHER = 'Thanks for the intro yesterday, happy to help your team with the migration if you want.';
const sign = (text: string, seed = 7) => templateSignature(text, seed) as Uint16Array;

describe('template signatures (issue 23)', () => {
  it('masks names, companies and numbers, so two fillings of one template read the same', () => {
    expect(templateWords(A)).toEqual(templateWords(B));
    expect(templateWords(A).join(' ')).not.toMatch(/bram|brightwave|20/u);
  });

  it('calls two fillings of a template the same and a different message not', () => {
    expect(agreement(sign(A), sign(B))).toBeGreaterThanOrEqual(SAME_TEMPLATE_AT);
    expect(agreement(sign(A), sign(OTHER))).toBeLessThan(SAME_TEMPLATE_AT);
  });

  it('depends on the seed (the install secret), and survives storing', () => {
    expect(encodeSignature(sign(A, 1))).not.toBe(encodeSignature(sign(A, 2)));
    expect(decodeSignature(encodeSignature(sign(A)))).toEqual(sign(A));
    expect(encodeSignature(sign(A))).toMatch(/^[\w-]{43}$/u);
    expect(templateSignature('  !!! ', 7)).toBeNull();
  });
});
