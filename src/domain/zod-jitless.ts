import { z } from 'zod';

// zod compiles object parsers with `new Function` after probing whether eval is allowed; the
// Content-Security-Policy forbids it, so the probe alone reports a violation. Interpreted parsers
// need no eval. A schema reads this setting when it is created, and a bundler may evaluate a
// shared chunk before the entry's own code: so every module that builds schemas imports this
// file first.
z.config({ jitless: true });
