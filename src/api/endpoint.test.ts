import { checkEndpoint, endpointLabel } from './endpoint';

describe('checkEndpoint', () => {
  it.each([
    ['https://hub.example'],
    ['https://hub.example/'],
    ['https://hub.example/v1'],
    ['https://hub.example/v1/'],
    ['https://hub.example//'],
    [' https://hub.example '],
    ['\thttps://hub.example/V1\n'],
  ])('accepts %j as https://hub.example', (input) => {
    expect(checkEndpoint(input)).toEqual({ ok: true, endpoint: 'https://hub.example' });
  });

  it('keeps a path and a port of an absolute URL', () => {
    expect(checkEndpoint('https://hub.example:8443/tenant/v1/')).toEqual({
      ok: true,
      endpoint: 'https://hub.example:8443/tenant',
    });
  });

  it('lower-cases the scheme and host', () => {
    expect(checkEndpoint('HTTPS://Hub.Example')).toEqual({
      ok: true,
      endpoint: 'https://hub.example',
    });
  });

  it.each([['/api'], ['/api/'], ['/api/v1'], ['/api/v1/'], [' /api ']])(
    'accepts the same-origin path %j as /api',
    (input) => {
      expect(checkEndpoint(input)).toEqual({ ok: true, endpoint: '/api' });
    },
  );

  it.each([
    ['http://localhost:4010', 'http://localhost:4010'],
    ['http://127.0.0.1:4010/', 'http://127.0.0.1:4010'],
    ['http://[::1]:4010/v1', 'http://[::1]:4010'],
  ])('accepts plain http for the loopback host %s', (input, endpoint) => {
    expect(checkEndpoint(input)).toEqual({ ok: true, endpoint });
  });

  it.each([
    ['http://hub.example', /https:/],
    ['http://localhost.evil.example', /https:/],
    ['http://10.0.0.1:4010', /https:/],
    ['ftp://hub.example', /https:\/\//],
    ['javascript:alert(1)', /https:\/\//],
    ['data:text/plain,hi', /https:\/\//],
    ['', /Enter the API endpoint/],
    ['   ', /Enter the API endpoint/],
    ['//evil.example', /full URL or a path/],
    ['//evil.example/v1', /full URL or a path/],
    ['https://user:secret@hub.example', /credentials/],
    ['https://user@hub.example', /credentials/],
    ['https://hub.example/?key=1', /query and fragment/],
    ['https://hub.example/#v1', /query and fragment/],
    ['hub.example', /full URL/],
    ['not an endpoint at all', /full URL/],
    ['https://', /full URL/],
  ])('refuses %j', (input, message) => {
    const result = checkEndpoint(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  // A browser reads `/\host` (and `/<tab>/host`) as `//host`: another origin, which would receive
  // the bearer token.
  it.each([
    ['/\\evil.example'],
    ['/\\evil.example/v1'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
  ])('refuses the path %j that a browser resolves to another origin', (input) => {
    expect(checkEndpoint(input).ok).toBe(false);
  });

  it.each([['/'], ['/v1'], ['/v1/']])('refuses the path %j, which leaves no endpoint', (input) => {
    const result = checkEndpoint(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/\/api/);
  });

  it.each([['/api?key=1'], ['/api#top']])(
    'refuses the path %j with a query or fragment',
    (input) => {
      expect(checkEndpoint(input).ok).toBe(false);
    },
  );

  it('gives an endpoint that stays on the expected origin when joined with a request path', () => {
    for (const input of ['/api', 'https://hub.example/v1/', 'http://localhost:4010']) {
      const result = checkEndpoint(input);
      if (!result.ok) throw new Error(`refused ${input}`);
      const url = new URL(`${result.endpoint}/v1/purposes`, 'https://app.example');
      expect(url.pathname).toMatch(/\/v1\/purposes$/);
      expect(url.pathname).not.toMatch(/\/v1\/v1\//);
    }
  });
});

describe('endpointLabel', () => {
  it('shows the host of an absolute endpoint', () => {
    expect(endpointLabel('https://hub.example')).toBe('hub.example');
    expect(endpointLabel('https://hub.example/tenant')).toBe('hub.example');
  });

  it('keeps a non-default port', () => {
    expect(endpointLabel('http://localhost:4010')).toBe('localhost:4010');
  });

  it('shows a same-origin path as it is', () => {
    expect(endpointLabel('/api')).toBe('/api');
  });
});
