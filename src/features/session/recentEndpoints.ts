/**
 * Endpoints (never tokens) the user connected to before, offered as suggestions. An endpoint is
 * not a secret, so it may outlive the tab in localStorage.
 */
const STORAGE_KEY = 'purposes-console.recent-endpoints';
const LIMIT = 5;

export function readRecentEndpoints(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string').slice(0, LIMIT)
      : [];
  } catch {
    return [];
  }
}

export function rememberEndpoint(endpoint: string) {
  const next = [endpoint, ...readRecentEndpoints().filter((item) => item !== endpoint)];
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next.slice(0, LIMIT)));
  } catch {
    // suggestions are a convenience
  }
}
