import {
  getLogoStatus,
  getLogoStatusVersion,
  loadImageElement,
  NOTIFY_INTERVAL_MS,
  probeLogos,
  reportLogoStatus,
  resetLogoProbe,
  subscribeLogoStatus,
} from './logoProbe';

/** A loader whose loads finish only when the test says so, counting how many run at once. */
function controlledLoader() {
  const running = new Map<string, (loaded: boolean) => void>();
  const calls: string[] = [];
  let maxInFlight = 0;
  const loadImage = (url: string) =>
    new Promise<boolean>((resolve) => {
      calls.push(url);
      running.set(url, resolve);
      maxInFlight = Math.max(maxInFlight, running.size);
    });
  const finish = async (url: string, loaded: boolean) => {
    const resolve = running.get(url);
    if (!resolve) throw new Error(`${url} is not loading`);
    running.delete(url);
    resolve(loaded);
    await settle();
  };
  return { loadImage, calls, running, finish, maxInFlight: () => maxInFlight };
}

// Lets queued promise callbacks (and due timers) run.
const settle = () => vi.advanceTimersByTimeAsync(0);
const urls = (count: number) => Array.from({ length: count }, (_, i) => `https://l.example/${i}`);

beforeEach(() => {
  vi.useFakeTimers();
  resetLogoProbe();
});
afterEach(() => {
  resetLogoProbe();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('probeLogos', () => {
  it('never runs more loads at once than the concurrency allows, and finishes them all', async () => {
    const loader = controlledLoader();
    probeLogos(urls(10), { concurrency: 3, loadImage: loader.loadImage });
    await settle();
    expect(loader.running.size).toBe(3);
    while (loader.running.size > 0) {
      const [url] = loader.running.keys();
      await loader.finish(url ?? '', true);
      expect(loader.running.size).toBeLessThanOrEqual(3);
    }
    expect(loader.maxInFlight()).toBe(3);
    expect(loader.calls).toEqual(urls(10));
    expect(urls(10).map(getLogoStatus)).toEqual(Array(10).fill('ok'));
  });

  it('uses six at once by default', async () => {
    const loader = controlledLoader();
    probeLogos(urls(20), { loadImage: loader.loadImage });
    await settle();
    expect(loader.running.size).toBe(6);
  });

  it('dedupes URLs and skips those already known', async () => {
    const loader = controlledLoader();
    const [a = '', b = ''] = urls(2);
    probeLogos([a, a, b], { loadImage: loader.loadImage });
    await settle();
    await loader.finish(a, true);
    probeLogos([a, b, b], { loadImage: loader.loadImage });
    await settle();
    expect(loader.calls).toEqual([a, b]);
  });

  it('records pending, ok and failed; a rejecting loader counts as failed', async () => {
    const [a = '', b = '', c = ''] = urls(3);
    const loader = controlledLoader();
    probeLogos([a, b], { loadImage: loader.loadImage });
    expect(getLogoStatus(a)).toBe('pending');
    expect(getLogoStatus(c)).toBeUndefined();
    await settle();
    await loader.finish(a, true);
    await loader.finish(b, false);
    probeLogos([c], { loadImage: () => Promise.reject(new Error('boom')) });
    await settle();
    expect([a, b, c].map(getLogoStatus)).toEqual(['ok', 'failed', 'failed']);
  });

  it('lets a visible <img> report first, and keeps its answer', async () => {
    const [a = '', b = ''] = urls(2);
    const loader = controlledLoader();
    probeLogos([a, b], { concurrency: 1, loadImage: loader.loadImage });
    await settle();
    reportLogoStatus(a, 'failed');
    reportLogoStatus(b, 'ok');
    await loader.finish(a, true);
    expect(loader.calls).toEqual([a]);
    expect([a, b].map(getLogoStatus)).toEqual(['failed', 'ok']);
  });
});

describe('change notification', () => {
  it('bumps the version on every change and tells listeners, throttling bursts', async () => {
    const listener = vi.fn();
    const unsubscribe = subscribeLogoStatus(listener);
    const loader = controlledLoader();
    const start = getLogoStatusVersion();
    probeLogos(urls(3), { loadImage: loader.loadImage });
    expect(getLogoStatusVersion()).toBe(start + 1);
    expect(listener).toHaveBeenCalledTimes(1);
    await settle();
    for (const url of urls(3)) await loader.finish(url, true);
    expect(getLogoStatusVersion()).toBe(start + 4);
    expect(listener).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(NOTIFY_INTERVAL_MS);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    reportLogoStatus('https://other.example/x.png', 'ok');
    await vi.advanceTimersByTimeAsync(NOTIFY_INTERVAL_MS * 2);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('does not count a report that changes nothing', () => {
    reportLogoStatus('https://l.example/a', 'ok');
    const version = getLogoStatusVersion();
    reportLogoStatus('https://l.example/a', 'ok');
    expect(getLogoStatusVersion()).toBe(version);
  });
});

describe('resetLogoProbe', () => {
  it('forgets statuses, drops the queue, ignores loads that finish later, and notifies', async () => {
    const loader = controlledLoader();
    const [a = '', b = ''] = urls(2);
    probeLogos([a, b], { concurrency: 1, loadImage: loader.loadImage });
    await settle();
    const listener = vi.fn();
    subscribeLogoStatus(listener);
    resetLogoProbe();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(getLogoStatus(a)).toBeUndefined();
    await loader.finish(a, true);
    expect(getLogoStatus(a)).toBeUndefined();
    expect(loader.calls).toEqual([a]);
    // The slot of the abandoned load is free: a new session probes at once.
    probeLogos([b], { concurrency: 1, loadImage: loader.loadImage });
    await settle();
    expect(loader.calls).toEqual([a, b]);
  });
});

describe('loadImageElement', () => {
  class FakeImage {
    static created: FakeImage[] = [];
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    referrerPolicy = '';
    decoding = '';
    policyWhenSrcSet = '';
    srcValue = '';
    constructor() {
      FakeImage.created.push(this);
    }
    set src(value: string) {
      this.policyWhenSrcSet = this.referrerPolicy;
      this.srcValue = value;
    }
    removeAttribute() {
      this.srcValue = '';
    }
  }

  beforeEach(() => {
    FakeImage.created = [];
    vi.stubGlobal('Image', FakeImage);
  });

  it('resolves true on load, with no referrer and async decoding set before the source', async () => {
    const result = loadImageElement('https://l.example/a.png');
    const image = FakeImage.created[0];
    expect(image?.policyWhenSrcSet).toBe('no-referrer');
    expect(image?.decoding).toBe('async');
    expect(image?.srcValue).toBe('https://l.example/a.png');
    image?.onload?.();
    await expect(result).resolves.toBe(true);
  });

  it('resolves false on error or after the timeout', async () => {
    const failed = loadImageElement('https://l.example/a.png');
    FakeImage.created[0]?.onerror?.();
    await expect(failed).resolves.toBe(false);
    const slow = loadImageElement('https://l.example/b.png');
    await vi.advanceTimersByTimeAsync(15_000);
    await expect(slow).resolves.toBe(false);
    expect(FakeImage.created[1]?.srcValue).toBe('');
  });

  it('never loads a non-http(s) URL', async () => {
    await expect(loadImageElement('javascript:alert(1)')).resolves.toBe(false);
    expect(FakeImage.created).toHaveLength(0);
  });
});
