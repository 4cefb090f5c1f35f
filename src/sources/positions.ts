import type { Location } from '../model/location.js';

/**
 * Source positions of values in input documents, kept beside the documents rather than in
 * them: policies see plain JSON, yet a finding can still point at the line a value came from.
 * Each object or array may know its own location and the location of each of its children;
 * a primitive child's location is found through its container.
 */
interface NodePositions {
  self?: Location;
  children: Map<string | number, Location>;
}

const positions = new WeakMap<object, NodePositions>();

function entry(node: object): NodePositions {
  let found = positions.get(node);
  if (!found) {
    found = { children: new Map() };
    positions.set(node, found);
  }
  return found;
}

/** Records where `node` itself (an object or array) came from. */
export function setLocation(node: object, location: Location): void {
  entry(node).self = location;
}

/** Records where the child `key` of `container` came from. */
export function setChildLocation(container: object, key: string | number, location: Location): void {
  entry(container).children.set(key, location);
  const child = (container as Record<string | number, unknown>)[key];
  if (typeof child === 'object' && child !== null && !positions.get(child)?.self) entry(child).self = location;
}

export function locationOf(node: unknown): Location | undefined {
  return typeof node === 'object' && node !== null ? positions.get(node)?.self : undefined;
}

export function childLocation(container: unknown, key: string | number): Location | undefined {
  if (typeof container !== 'object' || container === null) return undefined;
  return positions.get(container)?.children.get(key) ?? locationOf((container as Record<string | number, unknown>)[key]);
}
