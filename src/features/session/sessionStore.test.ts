import type { Session } from './sessionStore';

type SessionStore = typeof import('./sessionStore');

const STORAGE_KEY = 'purposes-console.session';
const TOKEN = 'secret-token-7d31b8';
const ENDPOINT = 'https://hub.example';

function session(overrides: Partial<Session> = {}): Session {
  return { endpoint: ENDPOINT, token: TOKEN, remember: false, demo: false, ...overrides };
}

/** A fresh module instance reads sessionStorage again, as a reloaded page would. */
async function freshStore(): Promise<SessionStore> {
  vi.resetModules();
  return import('./sessionStore');
}

/** Every value both storages hold, joined: the token must not be anywhere in it. */
function everythingStored(): string {
  const values: string[] = [];
  for (const storage of [sessionStorage, localStorage]) {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index) ?? '';
      values.push(key, storage.getItem(key) ?? '');
    }
  }
  return values.join('\n');
}

let setItem: ReturnType<typeof vi.spyOn<Storage, 'setItem'>>;

beforeEach(() => {
  setItem = vi.spyOn(Storage.prototype, 'setItem');
});

afterEach(() => {
  // Nothing, in any test, ever wrote the token to localStorage.
  const localWrites = setItem.mock.calls.filter(
    (_, index) => setItem.mock.contexts[index] === localStorage,
  );
  expect(localWrites.filter((args) => args.join(' ').includes(TOKEN))).toEqual([]);
  expect(JSON.stringify(localStorage)).not.toContain(TOKEN);
  setItem.mockRestore();
});

describe('sessionStore', () => {
  it('starts signed out with nothing stored', async () => {
    const store = await freshStore();
    expect(store.getSession()).toBeNull();
    expect(store.getSessionState()).toEqual({ session: null, endReason: null });
  });

  it('keeps the token in memory only without remember', async () => {
    const store = await freshStore();
    store.startSession(session());
    expect(store.getSession()).toEqual(session());
    expect(everythingStored()).not.toContain(TOKEN);
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();

    // A reload forgets it.
    const reloaded = await freshStore();
    expect(reloaded.getSession()).toBeNull();
  });

  it('drops a remembered token when the next session is not remembered', async () => {
    const store = await freshStore();
    store.startSession(session({ remember: true }));
    expect(sessionStorage.getItem(STORAGE_KEY)).toContain(TOKEN);
    store.startSession(session({ remember: false, token: 'another-token' }));
    expect(everythingStored()).not.toContain(TOKEN);
    expect(everythingStored()).not.toContain('another-token');
  });

  it('with remember keeps it in sessionStorage, and a fresh module restores it', async () => {
    const store = await freshStore();
    store.startSession(session({ remember: true, demo: true }));
    expect(sessionStorage.getItem(STORAGE_KEY)).toContain(TOKEN);
    expect(setItem.mock.contexts).toContain(sessionStorage); // the spy sees every write
    expect(localStorage.length).toBe(0);

    const reloaded = await freshStore();
    expect(reloaded.getSession()).toEqual(session({ remember: true, demo: true }));
    expect(reloaded.getSessionState().endReason).toBeNull();
  });

  it('ends a session: clears sessionStorage and records the reason', async () => {
    const store = await freshStore();
    store.startSession(session({ remember: true }));
    store.endSession('token-rejected');
    expect(store.getSessionState()).toEqual({ session: null, endReason: 'token-rejected' });
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(everythingStored()).not.toContain(TOKEN);

    store.startSession(session());
    store.endSession('signed-out');
    expect(store.getSessionState()).toEqual({ session: null, endReason: 'signed-out' });

    // The reason is for the token screen; the next session clears it.
    store.startSession(session());
    expect(store.getSessionState().endReason).toBeNull();

    const reloaded = await freshStore();
    expect(reloaded.getSession()).toBeNull();
  });

  it.each([
    ['not JSON', '{not json'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['an empty token', JSON.stringify({ endpoint: ENDPOINT, token: '', demo: false })],
    ['no endpoint', JSON.stringify({ token: TOKEN, demo: false })],
    ['a token that is not text', JSON.stringify({ endpoint: ENDPOINT, token: 42, demo: false })],
    [
      'demo that is not a boolean',
      JSON.stringify({ endpoint: ENDPOINT, token: TOKEN, demo: 'no' }),
    ],
  ])('ignores a corrupt stored value (%s)', async (_label, stored) => {
    sessionStorage.setItem(STORAGE_KEY, stored);
    const store = await freshStore();
    expect(store.getSession()).toBeNull();
    expect(store.getSessionState().endReason).toBeNull();
  });

  it('still works for the page when sessionStorage refuses to store', async () => {
    const store = await freshStore();
    setItem.mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(() => store.startSession(session({ remember: true }))).not.toThrow();
    expect(store.getSession()).toEqual(session({ remember: true }));
    expect(everythingStored()).not.toContain(TOKEN);
  });
});
