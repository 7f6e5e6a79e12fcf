import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { apiFailure } from '../mocks/handlers';
import { server } from '../mocks/node';
import { deferred } from '../test/requests';
import { renderApp } from '../test/renderApp';

describe('RouteFocus', () => {
  it('leaves focus alone on the first load', async () => {
    renderApp('/purposes');
    await screen.findByRole('heading', { level: 1, name: 'Purposes' });
    await screen.findAllByRole('link', { name: /Marketing/ });
    expect(document.activeElement).toBe(document.body);
  });

  it('focuses the new screen’s h1 after the user moves to another path', async () => {
    const { router } = renderApp('/purposes');
    await screen.findAllByRole('link', { name: /Marketing/ });
    fireEvent.keyDown(document.body, { key: 'Enter' });

    await act(() => router.navigate('/purposes/582'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Marketing' });
    await waitFor(() => expect(heading).toHaveFocus());

    await act(() => router.navigate(-1));
    const list = await screen.findByRole('heading', { level: 1, name: 'Purposes' });
    await waitFor(() => expect(list).toHaveFocus());
  });

  it('waits for a heading that comes with the data', async () => {
    const { router } = renderApp('/purposes');
    await screen.findAllByRole('link', { name: /Marketing/ });
    fireEvent.pointerDown(document.body);

    // No purpose in the cache has this ID: the page loads before it can say "not found".
    const answer = deferred();
    server.use(
      http.get('*/v1/purposes/999999', async () => {
        await answer.promise;
        return apiFailure(404, 404, 'Not found');
      }),
    );
    await act(() => router.navigate('/purposes/999999'));
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    answer.resolve();
    const heading = await screen.findByRole('heading', { level: 1, name: /was not found/ });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('keeps focus in the search while typing changes only the query string', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/purposes');
    const search = await screen.findByLabelText('Search purposes');
    await user.type(search, 'mark');
    await waitFor(() => expect(router.state.location.search).toBe('?q=mark'));
    expect(search).toHaveFocus();
  });
});
