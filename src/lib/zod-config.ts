import { z } from 'zod';

// zod compiles object parsers with `new Function` after probing whether eval is allowed; the
// Content-Security-Policy forbids it, so the probe alone reports a violation on every load.
// Interpreted parsers need no eval. Imported first by every entry (the page and each Worker),
// before any schema is built: a schema reads this setting when it is created.
z.config({ jitless: true });
