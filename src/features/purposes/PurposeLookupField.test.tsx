import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recordRequests } from '../../test/requests';
import { renderApp } from '../../test/renderApp';

async function renderGrid() {
  const user = userEvent.setup();
  const view = renderApp('/purposes');
  await screen.findByRole('list', { name: 'Purposes' });
  return { user, ...view };
}

describe('PurposeLookupField', () => {
  it('opens the purpose typed and submitted with Enter', async () => {
    const { user, router } = await renderGrid();
    const requests = recordRequests();
    await user.type(screen.getByRole('textbox', { name: 'Purpose ID' }), '579{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Presales' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/purposes/579');
    await waitFor(() => expect(requests).toEqual(['https://api.test/v1/purposes/579']));
    // The field is emptied for the next lookup.
    expect(screen.getByRole('textbox', { name: 'Purpose ID' })).toHaveValue('');
  });

  it('trims the ID it is given', async () => {
    const { user, router } = await renderGrid();
    await user.type(screen.getByRole('textbox', { name: 'Purpose ID' }), ' 581 {Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sales' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/purposes/581');
  });

  it('refuses a non-numeric ID in the field itself, without any request or navigation', async () => {
    const { user, router } = await renderGrid();
    const requests = recordRequests();
    const field = screen.getByRole('textbox', { name: 'Purpose ID' });

    await user.type(field, 'abc{Enter}');

    expect(field).toHaveAccessibleDescription(/whole number/i);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('abc');
    expect(router.state.location.pathname).toBe('/purposes');
    expect(screen.getByRole('heading', { level: 1, name: 'Purposes' })).toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('asks for an ID when Enter is pressed on an empty field', async () => {
    const { user, router } = await renderGrid();
    const requests = recordRequests();
    const field = screen.getByRole('textbox', { name: 'Purpose ID' });

    await user.type(field, '{Enter}');

    expect(field).toHaveAccessibleDescription(/enter a purpose id/i);
    expect(router.state.location.pathname).toBe('/purposes');
    expect(requests).toEqual([]);
  });

  it('clears the error as soon as the user edits the ID', async () => {
    const { user } = await renderGrid();
    const field = screen.getByRole('textbox', { name: 'Purpose ID' });

    await user.type(field, '0{Enter}');
    expect(field).toHaveAccessibleDescription(/1 or more/i);

    await user.type(field, '{Backspace}');
    expect(field).not.toHaveAccessibleDescription(/1 or more/i);
    expect(field).toHaveAttribute('aria-invalid', 'false');
  });

  it('opens another purpose from a detail page', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/purposes/582');
    await screen.findByRole('heading', { level: 1, name: 'Marketing' });

    const search = screen.getByRole('search', { name: 'Open a purpose by ID' });
    await user.type(within(search).getByRole('textbox', { name: 'Purpose ID' }), '579{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Presales' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/purposes/579');
  });
});
