import { checkPurposeId } from './purposeId';

describe('checkPurposeId', () => {
  it.each([
    ['582', 582],
    [' 7 ', 7],
    ['1', 1],
    ['0582', 582],
    [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
  ])('accepts %j as %i', (input, id) => {
    expect(checkPurposeId(input)).toEqual({ ok: true, id });
  });

  it.each([
    ['', /enter a purpose id/i],
    ['   ', /enter a purpose id/i],
    ['abc', /whole number/i],
    ['-3', /whole number/i],
    ['1.5', /whole number/i],
    ['1e3', /whole number/i],
    ['0x10', /whole number/i],
    ['+5', /whole number/i],
    ['5 8', /whole number/i],
    ['0', /1 or more/i],
    ['000', /1 or more/i],
    ['1'.repeat(30), /too large/i],
    [String(Number.MAX_SAFE_INTEGER + 1), /too large/i],
  ])('refuses %j with a message', (input, message) => {
    const check = checkPurposeId(input);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toMatch(message);
  });
});
