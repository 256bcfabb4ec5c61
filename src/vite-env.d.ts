/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_API_TIMEOUT_MS?: string;
  readonly VITE_MOCKS?: string;
  /** `on`: a production build with the mock API that reads `?mock=` and `?mockCount=` (tests, demos). */
  readonly VITE_DEMO_BUILD?: string;
  readonly VITE_MOCK_COUNT?: string;
  readonly VITE_MOCK_SEED?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
