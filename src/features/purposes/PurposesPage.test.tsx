import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { apiFailure } from '../../mocks/handlers';
import { createDemoPurposes } from '../../mocks/data';
import { server } from '../../mocks/node';
import { renderApp } from '../../test/renderApp';

const demoPurposes = createDemoPurposes('https://logos.test');

function answerList(body: JsonBodyType) {
  server.use(http.get('*/v1/purposes', () => HttpResponse.json(body)));
}

function purpose(id: number, name: string, extra: Record<string, unknown> = {}) {
  return { id, name, tenantName: 'surya', createdDate: '2023-01-05 08:51:06', ...extra };
}

/** The link of the card whose heading is exactly `name`. */
function cardLink(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 2, name });
  const link = heading.closest('a');
  if (!link) throw new Error(`no link around the card ${name}`);
  return link;
}

describe('PurposesPage', () => {
  it('shows a link per purpose whose name contains the purpose name', async () => {
    // Few enough that a virtualised grid renders them all; both of the vendor's shapes.
    const some = demoPurposes.slice(0, 6);
    expect(new Set(some.map((raw) => 'group' in raw))).toEqual(new Set([true, false]));
    answerList(some as JsonBodyType);
    renderApp('/purposes');
    const grid = await screen.findByRole('list', { name: 'Purposes' });

    const links = within(grid).getAllByRole('link');
    expect(links).toHaveLength(some.length);
    for (const raw of some) {
      const name = String(raw.name);
      const link = links.find((item) => item.getAttribute('href') === `/purposes/${raw.id}`);
      expect(link, `a link to purpose ${raw.id}`).toBeDefined();
      expect(link).toHaveAccessibleName(expect.stringContaining(name));
      expect(within(link as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent(
        name,
      );
    }
  });

  it('counts the purposes of the demo tenant, each card linking to one of them', async () => {
    expect(demoPurposes).toHaveLength(30);
    renderApp('/purposes');
    expect(await screen.findByText(/\b30 purposes\b/)).toBeInTheDocument();

    // A virtualised grid may render only the first rows; each one rendered is a real purpose.
    const links = within(screen.getByRole('list', { name: 'Purposes' })).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const id = Number(link.getAttribute('href')?.replace('/purposes/', ''));
      const raw = demoPurposes.find((item) => item.id === id);
      expect(link.textContent).toContain(String(raw?.name));
    }
  });

  it('says 1 purpose in the singular', async () => {
    answerList([purpose(1, 'Only one')]);
    renderApp('/purposes');
    expect(await screen.findByText('1 purpose')).toBeInTheDocument();
  });

  it('shows a busy placeholder list until the data arrives', async () => {
    renderApp('/purposes');
    // The first render of the screen, once its chunk is in.
    const loading = await screen.findByRole('list', { name: 'Loading purposes' });
    expect(loading).toHaveAttribute('aria-busy', 'true');
    expect(within(loading).queryAllByRole('link')).toEqual([]);

    const grid = await screen.findByRole('list', { name: 'Purposes' });
    expect(grid).not.toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('list', { name: 'Loading purposes' })).not.toBeInTheDocument();
  });

  it('says so when the tenant has no purposes', async () => {
    answerList([]);
    renderApp('/purposes');
    expect(await screen.findByText('This tenant has no purposes yet')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Purposes' })).not.toBeInTheDocument();
  });

  it('shows the valid entries and explains the malformed ones on request', async () => {
    const user = userEvent.setup();
    answerList([
      purpose(10, 'Alpha'),
      purpose(11, '   '),
      purpose(12, 'Beta'),
      { id: 'twelve', name: 'Gamma' },
    ]);
    renderApp('/purposes');

    const grid = await screen.findByRole('list', { name: 'Purposes' });
    expect(within(grid).getAllByRole('link')).toHaveLength(2);
    expect(cardLink('Alpha')).toHaveAttribute('href', '/purposes/10');
    expect(cardLink('Beta')).toHaveAttribute('href', '/purposes/12');
    expect(screen.getByText('2 purposes')).toBeInTheDocument();

    const notice = screen.getByRole('button', { name: /2 entries could not be read/ });
    expect(notice).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(/Entry 2 of the list/)).not.toBeVisible();
    await user.click(notice);
    expect(notice).toHaveAttribute('aria-expanded', 'true');

    const reasons = screen.getByRole('region', { name: /2 entries could not be read/ });
    expect(within(reasons).getByText(/Entry 2 of the list: name/)).toBeVisible();
    expect(within(reasons).getByText(/Entry 4 of the list: id/)).toBeVisible();
  });

  it('shows a failure with Try again, which fetches the list again', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get('*/v1/purposes', () => {
        calls += 1;
        // The first load and its two retries fail; the user's retry succeeds.
        return calls <= 3
          ? apiFailure(500, 500, 'Internal server error')
          : HttpResponse.json([purpose(7, 'Recovered')]);
      }),
    );
    renderApp('/purposes');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The purposes could not be loaded');
    expect(alert).toHaveTextContent(/internal error/i);
    expect(alert).toHaveTextContent('HTTP 500');
    expect(calls).toBe(3);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Recovered' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calls).toBe(4);
  });

  it('waits as long as a throttling API asks before offering Try again', async () => {
    server.use(
      http.get('*/v1/purposes', () =>
        HttpResponse.json(
          { code: 429, message: 'Too many requests' },
          { status: 429, headers: { 'retry-after': '30' } },
        ),
      ),
    );
    renderApp('/purposes');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('throttling');
    expect(alert).toHaveTextContent('wait 30 s');
    const retry = within(alert).getByRole('button', { name: /^Try again in (29|30) s$/ });
    expect(retry).toBeDisabled();
  });

  it('renders a name that looks like markup as text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    answerList([purpose(1, name)]);
    const { container } = renderApp('/purposes');

    expect(await screen.findByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(cardLink(name)).toHaveAccessibleName(expect.stringContaining(name));
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('img[onerror]')).toBeNull();
  });

  it('never makes a javascript: logo an image source, and shows initials instead', async () => {
    answerList([
      purpose(1, 'Risky Logo', { imageUrl: 'javascript:alert(1)' }),
      purpose(2, 'Good Logo', { imageUrl: 'https://logos.test/logos/star.svg' }),
    ]);
    renderApp('/purposes');
    await screen.findByRole('list', { name: 'Purposes' });

    const images = [...document.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(images).toEqual(['https://logos.test/logos/star.svg']);
    expect(within(cardLink('Risky Logo')).getByText('RL')).toBeInTheDocument();
    expect(within(cardLink('Good Logo')).queryByText('GL')).not.toBeInTheDocument();
  });

  it('shows the tenant name in the app bar', async () => {
    answerList([purpose(1, 'Only one')]);
    renderApp('/purposes');
    expect(await screen.findByText(/Tenant surya/)).toBeInTheDocument();
  });
});
