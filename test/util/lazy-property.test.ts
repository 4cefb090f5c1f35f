import { describe, expect, it } from '@jest/globals';
import { lazyProperty } from '../../src/util/lazy-property.js';

describe('lazyProperty', () => {
  it('works a value out on first read only, as an own enumerable field', () => {
    let calls = 0;
    const o: Record<string, unknown> = { a: 1 };
    lazyProperty(o, 'b', () => ++calls);
    expect(calls).toBe(0);
    expect(Object.keys(o)).toEqual(['a', 'b']);
    expect(o.b).toBe(1);
    expect(o.b).toBe(1);
    expect(calls).toBe(1);
    expect(JSON.stringify(o)).toBe('{"a":1,"b":1}');
  });

  it('gives every object the same getter, so objects of one shape keep one hidden class', () => {
    const a = {};
    const b = {};
    lazyProperty(a, 'location', () => 'a');
    lazyProperty(b, 'location', () => 'b');
    expect(Object.getOwnPropertyDescriptor(a, 'location')?.get).toBe(Object.getOwnPropertyDescriptor(b, 'location')?.get);
    expect([(a as { location: string }).location, (b as { location: string }).location]).toEqual(['a', 'b']);
  });
});
