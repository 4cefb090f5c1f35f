import { describe, expect, it } from '@jest/globals';

import { builtins } from '../../src/engine/builtins/registry.js';
import { evaluate } from '../helpers.js';

// The documented example of every built-in is executed, so the reference cannot drift from the code.
const exampleEnv = { repo: { entry: { scheme: 'http', inScopeEUD: null }, remote: { region: 'US' }, webtrigger: {}, app: { scopes: ['a', 'b', 'c'] } } };
const rebase = (call: unknown): unknown => JSON.parse(JSON.stringify(call).replace(/"\$(entry|remote|webtrigger|app)/g, '"$input.repo.$1'));

describe('built-in functions', () => {
  for (const b of builtins.values()) {
    it(`${b.name}: the documented example gives the documented result`, () => {
      const [m] = evaluate([{ match: [{ let: { r: rebase(b.example.call) } }], message: 'x', fingerprint: ['$r'] }], exampleEnv);
      const actual = JSON.parse(m!.fingerprintMaterial)[0];
      if (typeof b.example.result === 'object' && b.example.result !== null && !Array.isArray(b.example.result))
        expect(actual).toMatchObject(b.example.result as Record<string, unknown>);
      else expect(actual).toEqual(b.example.result);
    });
  }
});
