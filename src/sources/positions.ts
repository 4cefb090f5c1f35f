import type { Location } from '../model/location.js';
import { DeferredLocation } from './line-index.js';

/**
 * Source positions of values in input documents, kept beside the documents rather than in
 * them: policies see plain JSON, yet a finding can still point at the line a value came from.
 * Each object or array may know its own location and the location of each of its children;
 * a primitive child's location is found through its container.
 */
interface NodePositions {
  self?: Location | DeferredLocation;
  children: Map<string | number, Location | DeferredLocation>;
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
export function setLocation(node: object, location: Location | DeferredLocation): void {
  entry(node).self = location;
}

/** Records where the child `key` of `container` came from. */
export function setChildLocation(container: object, key: string | number, location: Location | DeferredLocation): void {
  entry(container).children.set(key, location);
  const child = (container as Record<string | number, unknown>)[key];
  if (typeof child === 'object' && child !== null && !positions.get(child)?.self) entry(child).self = location;
}

export function locationOf(node: unknown): Location | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const found = positions.get(node);
  if (found?.self instanceof DeferredLocation) found.self = found.self.resolve();
  return found?.self;
}

export function childLocation(container: unknown, key: string | number): Location | undefined {
  if (typeof container !== 'object' || container === null) return undefined;
  const found = positions.get(container);
  const child = found?.children.get(key);
  if (child instanceof DeferredLocation) {
    const location = child.resolve();
    found!.children.set(key, location);
    return location;
  }
  return child ?? locationOf((container as Record<string | number, unknown>)[key]);
}
