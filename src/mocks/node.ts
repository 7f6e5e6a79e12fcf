import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';

/** Vitest's API: any origin, so tests can use whatever endpoint they like. */
export const server = setupServer(...createHandlers({ base: '*', logoBase: 'https://logos.test' }));
