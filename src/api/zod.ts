import { z } from 'zod';

// zod compiles object parsers with `new Function` when it can. The app's Content-Security-Policy
// forbids eval (`script-src 'self'`), and zod's probe for it would be reported as a violation,
// so it is told to parse without compiling. zod reads the setting when a schema is built, so
// modules take `z` from here (never from 'zod'), which runs this before their schemas exist.
// Not done in main.tsx: zod then stays out of the entry chunk, in the chunks that parse.
z.config({ jitless: true });

export { z };
