import { describe, expect, it } from '@jest/globals';
import { isPlaceholderValue } from '../../src/util/placeholder.js';

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
});
