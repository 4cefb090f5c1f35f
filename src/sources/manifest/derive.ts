import { childLocation, locationOf, setChildLocation, setLocation } from '../positions.js';
import type { Location } from '../../model/location.js';

export type Raw = Record<string, unknown>;

export const asObject = (v: unknown): Raw | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : undefined);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** `${VAR}` values are substituted by Forge at deploy time: unknown here, never an error. */
export const isPlaceholder = (v: unknown): boolean => typeof v === 'string' && /\$\{[^}]+\}/.test(v);

/** Lists of an object: `{ a: [..], b: [..] }` into entries with their key, keeping positions. */
export function objectEntries(v: unknown): Array<[string, unknown]> {
  const o = asObject(v);
  return o ? Object.entries(o) : [];
}

/**
 * Builds a normalised object derived from part of the manifest, pointing its fields at the raw
 * text they came from. `fields` maps each new field to its value and the raw container/key it
 * came from (or a location), so findings on the derived document land on the original lines.
 */
export function derived<T extends Raw>(at: Location | undefined, fields: { [K in keyof T]: [T[K], unknown?, (string | number)?] }): T {
  const out = {} as T;
  if (at) setLocation(out, at);
  for (const [k, [value, container, key]] of Object.entries(fields) as Array<[keyof T & string, [unknown, unknown?, (string | number)?]]>) {
    if (value === undefined) continue;
    (out as Raw)[k] = value;
    const loc = key !== undefined ? childLocation(container, key) : locationOf(container);
    if (loc ?? at) setChildLocation(out, k, (loc ?? at)!);
  }
  return out;
}

/** The location of `container[key]`, else of the container. */
export function where(container: unknown, key?: string | number): Location | undefined {
  return (key !== undefined ? childLocation(container, key) : undefined) ?? locationOf(container);
}
