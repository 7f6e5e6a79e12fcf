import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/renderApp';

async function openGrid(path = '/purposes') {
  const user = userEvent.setup();
  const view = renderApp(path);
  const search = await screen.findByLabelText('Search purposes');
  await screen.findByRole('list', { name: 'Purposes' });
  return { ...view, user, search };
}

describe('the search field', () => {
  it('/ elsewhere on the page focuses it, without typing the slash', async () => {
    const { user, search } = await openGrid();
    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('');
  });

  it('/ inside another field is just a character', async () => {
    const { user, search } = await openGrid();
    const lookup = screen.getByLabelText('Purpose ID');
    await user.type(lookup, '5/');
    expect(lookup).toHaveValue('5/');
    expect(search).not.toHaveFocus();
  });

  it('Escape empties it and the URL', async () => {
    const { user, search, router } = await openGrid();
    await user.type(search, 'mark');
    await waitFor(() => expect(router.state.location.search).toBe('?q=mark'));
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(search).toHaveFocus();
  });

  it('shows a search the URL brings back (Back, Forward)', async () => {
    const { user, search, router } = await openGrid('/purposes?q=news');
    expect(search).toHaveValue('news');
    await user.clear(search);
    await user.type(search, 'mark');
    await waitFor(() => expect(router.state.location.search).toBe('?q=mark'));

    await act(() => router.navigate(-1));
    await waitFor(() => expect(search).toHaveValue('news'));
  });
});
