export type PurposeIdCheck = { ok: true; id: number } | { ok: false; message: string };

/** Purpose IDs are positive whole numbers; anything else is refused before any request. */
export function checkPurposeId(input: string): PurposeIdCheck {
  const value = input.trim();
  if (!value) return { ok: false, message: 'Enter a purpose ID.' };
  if (!/^\d+$/.test(value)) return { ok: false, message: 'An ID is a whole number, such as 582.' };
  const id = Number(value);
  if (id < 1) return { ok: false, message: 'An ID is 1 or more.' };
  if (!Number.isSafeInteger(id)) return { ok: false, message: 'That number is too large.' };
  return { ok: true, id };
}
