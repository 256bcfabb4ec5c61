// Every test file: zod in jitless mode, as in the app. Files in a DOM (the `dom` project's
// component tests, or a `// @vitest-environment jsdom` file) also get Testing Library's matchers,
// cleanup and one wait time, and the DOM pieces jsdom lacks; node files skip that cost.
// This file runs again for each test file; the modules it imports are evaluated once per worker.
import '@/lib/zod-config';

if (typeof document !== 'undefined') (await import('./setup-dom')).setupDomTest();
