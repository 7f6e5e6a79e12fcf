import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createDemoPurposes } from '../../mocks/data';
import { server } from '../../mocks/node';
import { deferred, recordRequests } from '../../test/requests';
import { renderApp } from '../../test/renderApp';

const demoPurposes = createDemoPurposes('https://logos.test');
const marketing = demoPurposes.find((purpose) => purpose.id === 582);

/** The value next to a label in the page's field list (`<dt>label</dt><dd>value</dd>`). */
function fieldValue(label: string): HTMLElement {
  const term = screen.getAllByRole('term').find((item) => item.textContent === label);
  const value = term?.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`no field labelled ${label}`);
  expect(value).toHaveRole('definition');
  return value;
}

describe('PurposeDetailPage', () => {
  it('shows the purpose: name as h1, every field and the raw JSON', async () => {
    renderApp('/purposes/582');

    expect(await screen.findByRole('heading', { level: 1, name: 'Marketing' })).toBeInTheDocument();
    expect(fieldValue('ID')).toHaveTextContent('582');
    expect(fieldValue('Name')).toHaveTextContent('Marketing');
    expect(fieldValue('Tenant')).toHaveTextContent('surya');
    expect(fieldValue('Group')).toHaveTextContent('not set');
    expect(fieldValue('Created (UTC)')).toHaveTextContent(/2023/);
    expect(fieldValue('Created (UTC)')).toHaveTextContent(/\b0?8:51:06\b/);
    expect(fieldValue('Description')).toHaveTextContent('Marketing P and L');
    expect(fieldValue('Logo URL')).toHaveTextContent('https://logos.test/logos/marketing.svg');

    const logo = screen.getByRole('img', { name: 'Marketing logo' });
    expect(logo).toHaveAttribute('src', 'https://logos.test/logos/marketing.svg');
    expect(logo).toHaveAttribute('referrerpolicy', 'no-referrer');

    expect(screen.getByRole('heading', { level: 2, name: 'Raw JSON' })).toBeInTheDocument();
    const raw = screen.getByLabelText('Raw JSON');
    expect(JSON.parse(raw.textContent ?? '')).toEqual(marketing);
  });

  it('accepts a by-id answer that is a one-element array', async () => {
    server.use(
      http.get('*/v1/purposes/:id', ({ params }) =>
        HttpResponse.json([
          { ...marketing, id: Number(params.id), name: 'Marketing from an array' },
        ]),
      ),
    );
    renderApp('/purposes/582');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Marketing from an array' }),
    ).toBeInTheDocument();
    expect(fieldValue('ID')).toHaveTextContent('582');
  });

  it('shows a field this version does not know', async () => {
    renderApp('/purposes/543');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two-Factor Codes' }),
    ).toBeVisible();
    expect(fieldValue('channel')).toHaveTextContent('sms');
  });

  it('shows an unknown field that is not text as JSON', async () => {
    server.use(
      http.get('*/v1/purposes/:id', () =>
        HttpResponse.json({ ...marketing, tags: ['promo', 'eu'], priority: 3 }),
      ),
    );
    renderApp('/purposes/582');

    await screen.findByRole('heading', { level: 1, name: 'Marketing' });
    expect(fieldValue('tags')).toHaveTextContent('["promo","eu"]');
    expect(fieldValue('priority')).toHaveTextContent('3');
  });

  it('says when there is no purpose with that ID, with a way back', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/purposes/123456');

    expect(await screen.findByText('No purpose with ID 123456')).toBeInTheDocument();
    const back = screen.getByRole('link', { name: 'Back to purposes' });
    expect(back).toHaveAttribute('href', '/purposes');

    await user.click(back);
    expect(await screen.findByRole('list', { name: 'Purposes' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/purposes');
  });

  it('keeps a heading and offers Try again when the purpose fails to load', async () => {
    server.use(
      http.get('*/v1/purposes/123', () =>
        HttpResponse.json({ code: 500, message: 'Internal server error' }, { status: 500 }),
      ),
    );
    renderApp('/purposes/123');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Purpose 123' }),
    ).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Purpose 123 could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('shows not-found for an ID that is not a number, without asking the API', async () => {
    const requests = recordRequests();
    renderApp('/purposes/abc');

    expect(await screen.findByText('No purpose with ID abc')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to purposes' })).toBeInTheDocument();
    // The app bar's tenant name needs the list; once it is there, nothing else was asked for.
    await screen.findByText(/Tenant surya/);
    expect(requests).toEqual(['https://api.test/v1/purposes']);
  });

  it('shows a purpose at once from the list cache while its own request is pending', async () => {
    const user = userEvent.setup();
    const release = deferred();
    const requested = deferred();
    server.use(
      // A short list, so that a virtualised grid surely renders the Marketing card.
      http.get('*/v1/purposes', () =>
        HttpResponse.json(
          demoPurposes.filter((purpose) => [582, 581, 579].includes(Number(purpose.id))),
        ),
      ),
      http.get('*/v1/purposes/:id', async () => {
        requested.resolve();
        await release.promise;
        return HttpResponse.json({ ...marketing, name: 'Marketing (fresh)' });
      }),
    );
    const { router } = renderApp('/purposes');
    try {
      const grid = await screen.findByRole('list', { name: 'Purposes' });
      const card = within(grid)
        .getByRole('heading', { level: 2, name: 'Marketing' })
        .closest('a') as HTMLElement;
      await user.click(card);

      // Waits for the detail screen's chunk only: the by-id answer is held until released below.
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Marketing' }),
      ).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/purposes/582');
      expect(fieldValue('Description')).toHaveTextContent('Marketing P and L');
      await requested.promise; // the by-id request is out, and held
      expect(screen.getByRole('progressbar', { name: 'Loading the purpose' })).toBeInTheDocument();

      release.resolve();
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Marketing (fresh)' }),
      ).toBeInTheDocument();
      await waitFor(() =>
        expect(screen.queryByRole('progressbar', { name: 'Loading the purpose' })).toBeNull(),
      );
    } finally {
      release.resolve();
    }
  });
});
