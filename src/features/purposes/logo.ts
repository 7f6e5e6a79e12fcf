/**
 * Only absolute http(s) URLs ever become an `<img src>`: the API's data is untrusted, and
 * `javascript:`, `data:` or relative junk must never reach the DOM as a source.
 */
export function safeImageUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "Customer Support" -> "CS"; one word -> its first two letters. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-_/·—]+/u)
    .filter(Boolean);
  const letters =
    words.length > 1
      ? [words[0], words[1]].map((word) => [...(word ?? '')][0])
      : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase() || '?';
}

// Mid-tone hues that carry white text at 4.5:1 or better.
const avatarColours = [
  '#1565c0',
  '#6a1b9a',
  '#00695c',
  '#ad1457',
  '#4e342e',
  '#283593',
  '#2e7d32',
  '#bf360c',
];

/** The same name always gets the same colour, so a tenant looks the same each visit. */
export function avatarColour(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return avatarColours[hash % avatarColours.length] ?? '#1565c0';
}
