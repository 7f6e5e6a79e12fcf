import fc from 'fast-check';
import { checkIds } from '../checks/tenantChecks';
import { defaultView, isFiltered, parseView, serialiseView, type PurposeView } from './viewState';

const parse = (query: string) => parseView(new URLSearchParams(query));

describe('parseView', () => {
  it('gives the default view for an empty query string', () => {
    expect(parse('')).toEqual(defaultView);
  });

  it('reads every field', () => {
    expect(
      parse(
        'q=cr%C3%A8me+alerts&sort=created&dir=desc&group=Ops&group=Care&problems=1&check=logo-broken&view=table',
      ),
    ).toEqual({
      q: 'crème alerts',
      sort: 'created',
      dir: 'desc',
      groups: ['Ops', 'Care'],
      problemsOnly: true,
      check: 'logo-broken',
      view: 'table',
    });
  });

  it('falls back to defaults for unknown or malformed values', () => {
    expect(
      parse('sort=colour&dir=up&problems=yes&check=everything&view=list&group=&group=%20'),
    ).toEqual(defaultView);
    expect(parse('sort=NAME&view=Table').sort).toBe('name');
    expect(parse('check=__proto__').check).toBeNull();
  });

  it('drops repeated groups and ignores unknown params', () => {
    expect(parse('group=Ops&group=Ops&token=secret&utm=x')).toEqual({
      ...defaultView,
      groups: ['Ops'],
    });
  });
});

describe('serialiseView', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseView(defaultView).toString()).toBe('');
  });

  it('writes only non-default values, in a fixed order', () => {
    const view: PurposeView = {
      view: 'table',
      check: 'no-logo',
      problemsOnly: true,
      groups: ['B & C', 'A'],
      dir: 'desc',
      sort: 'id',
      q: 'a b',
    };
    expect(serialiseView(view).toString()).toBe(
      'q=a+b&sort=id&dir=desc&group=B+%26+C&group=A&problems=1&check=no-logo&view=table',
    );
    expect(serialiseView({ ...defaultView, dir: 'desc' }).toString()).toBe('dir=desc');
  });

  it('round-trips every valid view', () => {
    const viewArb: fc.Arbitrary<PurposeView> = fc.record({
      q: fc.string(),
      sort: fc.constantFrom('name', 'created', 'id'),
      dir: fc.constantFrom('asc', 'desc'),
      groups: fc.uniqueArray(fc.string({ minLength: 1 }).filter((g) => g.trim() !== '')),
      problemsOnly: fc.boolean(),
      check: fc.constantFrom(null, ...checkIds),
      view: fc.constantFrom('grid', 'table'),
    });
    fc.assert(
      fc.property(viewArb, (view) => {
        const url = serialiseView(view).toString();
        expect(parseView(new URLSearchParams(url))).toEqual(view);
      }),
    );
  });
});

describe('isFiltered', () => {
  it('is true only when a filter narrows the list', () => {
    expect(isFiltered(defaultView)).toBe(false);
    expect(isFiltered({ ...defaultView, sort: 'id', dir: 'desc', view: 'table', q: '  ' })).toBe(
      false,
    );
    expect(isFiltered({ ...defaultView, q: 'x' })).toBe(true);
    expect(isFiltered({ ...defaultView, groups: ['Ops'] })).toBe(true);
    expect(isFiltered({ ...defaultView, problemsOnly: true })).toBe(true);
    expect(isFiltered({ ...defaultView, check: 'bad-date' })).toBe(true);
  });
});
