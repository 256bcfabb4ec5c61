// The import boundaries hold by tooling: each planted violation makes the project's own lint
// configuration report the rule it breaks, and the control file passes.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const FIXTURES = {
  relativeCrossFeature: 'src/features/budget/lint-fixtures/relative-cross-feature.ts',
  aliasedCrossFeature: 'src/features/budget/lint-fixtures/aliased-cross-feature.ts',
  allowed: 'src/features/budget/lint-fixtures/allowed.ts',
  reactInDomain: 'src/domain/lint-fixtures/react-in-domain.ts',
  tanstackInDomain: 'src/domain/lint-fixtures/tanstack-in-domain.ts',
  cycle: 'src/domain/lint-fixtures/cycle-a.ts',
  featureInLib: 'src/lib/lint-fixtures/feature-in-lib.ts',
  queryInLib: 'src/lib/lint-fixtures/query-in-lib.ts',
  i18nextInLib: 'src/lib/lint-fixtures/i18next-in-lib.ts',
  generatorInApp: 'src/features/budget/lint-fixtures/generator-in-app.ts',
} as const;

async function rulesBroken(file: string): Promise<string[]> {
  // `ignore: false` lints the fixture folders that `npm run lint` skips.
  const eslint = new ESLint({ ignore: false });
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint boundaries', () => {
  it('rejects a relative import of another feature', async () => {
    expect(await rulesBroken(FIXTURES.relativeCrossFeature)).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });

  it('rejects an aliased import of another feature', async () => {
    expect(await rulesBroken(FIXTURES.aliasedCrossFeature)).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });

  it('rejects a feature imported from shared code', async () => {
    expect(await rulesBroken(FIXTURES.featureInLib)).toEqual(['import-x/no-restricted-paths']);
  });

  it('rejects React and TanStack in the domain', async () => {
    expect(await rulesBroken(FIXTURES.reactInDomain)).toEqual(['no-restricted-imports']);
    expect(await rulesBroken(FIXTURES.tanstackInDomain)).toEqual(['no-restricted-imports']);
  });

  it('rejects TanStack and i18next in lib', async () => {
    expect(await rulesBroken(FIXTURES.queryInLib)).toEqual(['no-restricted-imports']);
    expect(await rulesBroken(FIXTURES.i18nextInLib)).toEqual(['no-restricted-imports']);
  });

  it('rejects the generator (API-side code) in app code', async () => {
    expect(await rulesBroken(FIXTURES.generatorInApp)).toEqual(['import-x/no-restricted-paths']);
  });

  it('rejects an import cycle', async () => {
    expect(await rulesBroken(FIXTURES.cycle)).toEqual(['import-x/no-cycle']);
  });

  it('accepts shared code and the feature’s own code', async () => {
    expect(await rulesBroken(FIXTURES.allowed)).toEqual([]);
  });
});
