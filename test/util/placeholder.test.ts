import { describe, expect, it } from '@jest/globals';
import { isFillerToken, isPlaceholderValue, looksLikeName } from '../../src/util/placeholder.js';

describe('placeholder values', () => {
  it('recognises what documentation and templates write in place of a secret', () => {
    for (const v of [
      '<your-token>',
      'YOUR_API_KEY',
      'your-api-key',
      '${TOKEN}',
      '$(cat key.pem)',
      '{{ secrets.X }}',
      'hf_xxxxxxxxxxxxxxxxxxxxxxxx',
      'AKIAXXXXXXXXXXXXXXXX',
      'sk_live_aaaaaaaa',
      '********',
      'changeme',
      'dummy-key',
      'mocked-secret',
      'refresh_token',
      'super-secret-internal-key',
      'stable during …',
      'test',
      'password',
      '',
    ])
      expect([v, isPlaceholderValue(v)]).toEqual([v, true]);
  });

  it('never takes a real-looking value for one, even when a placeholder word is part of it', () => {
    for (const v of [
      'ghp_9f3kL2mQ8vX1zR7tB4nW6yH0pJ5sD2aC8eF1',
      'examplecorp9f3kL2mQ8vX1zR7tB4n',
      'token-9f3kL2mQ8vX1zR7t',
      'p4ssw0rd-Zq81!',
      'testinglabs-key-71Ka',
    ])
      expect([v, isPlaceholderValue(v)]).toEqual([v, false]);
  });

  it('tells filler in a token format from a key', () => {
    for (const v of [
      'ghp_' + 'x'.repeat(36),
      'AKIA' + 'X'.repeat(16),
      'sk_live_' + 'q'.repeat(24),
      'npm_1234567890abcdefghijklmnopqrstuvwxyz',
      'AKIAQ3EGR7KXEXAMPLE',
      'glpat-00000000000000000000',
    ])
      expect([v, isFillerToken(v)]).toEqual([v, true]);
    for (const v of ['ghp_9f3kL2mQ8vX1zR7tB4nW6yH0pJ5sD2aC8eF1', 'AKIAQ3EGR7KX2ZLM4WVN', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'])
      expect([v, isFillerToken(v)]).toEqual([v, false]);
  });

  it('tells a name, a path or a URL from a value', () => {
    for (const v of [
      'INVALID_GROUP_TOKEN',
      'isGitlabMaintainerTokenEnabled',
      './keys/app.pem',
      '/run/secrets/db',
      'https://auth.acme.io/token',
      'service-account.json',
    ])
      expect([v, looksLikeName(v)]).toEqual([v, true]);
    for (const v of ['Kx82mQvT1zLw9PnR', 'correct-horse-battery', '/8SM33eoVtrsSZY', 'qWzKpLmNvBxT4', 'AB_CD123_EF456'])
      expect([v, looksLikeName(v)]).toEqual([v, false]);
  });
});
