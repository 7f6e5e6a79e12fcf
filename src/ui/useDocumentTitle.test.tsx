import { renderHook, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../test/renderApp';
import { documentTitle, useDocumentTitle } from './useDocumentTitle';

describe('documentTitle', () => {
  it('puts the screen first and the product last', () => {
    expect(documentTitle('Marketing')).toBe('Marketing · Purposes Console');
    expect(documentTitle()).toBe('Purposes Console');
    expect(documentTitle('')).toBe('Purposes Console');
  });
});

describe('useDocumentTitle', () => {
  it('names the tab and follows a change of name', () => {
    const { rerender } = renderHook(({ page }) => useDocumentTitle(page), {
      initialProps: { page: 'Connect' },
    });
    expect(document.title).toBe('Connect · Purposes Console');
    rerender({ page: 'Purposes' });
    expect(document.title).toBe('Purposes · Purposes Console');
  });
});

describe('the title of each screen', () => {
  it.each([
    ['/connect', 'Connect', false],
    ['/purposes', 'Purposes', true],
    ['/purposes/582', 'Marketing', true],
    ['/purposes/999999', 'Not found', true],
    ['/purposes/abc', 'Not found', true],
    ['/no-such-screen', 'Not found', true],
  ])('%s is "%s · Purposes Console"', async (path, title, signedIn) => {
    renderApp(path, { signedIn });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toBe(`${title} · Purposes Console`));
  });

  it('names a purpose only once it has loaded', async () => {
    renderApp('/purposes/579');
    await screen.findByRole('heading', { level: 1, name: 'Presales' });
    await waitFor(() => expect(document.title).toBe('Presales · Purposes Console'));
  });
});
