import { z } from 'zod';

// zod compiles object parsers with `new Function` when it can. The app's Content-Security-Policy
// forbids eval (`script-src 'self'`), and zod's probe for it would be reported as a violation,
// so it is told up front to parse without compiling. Imported first by main.tsx.
z.config({ jitless: true });
