import type { Location } from '../model/location.js';
import { DeferredLocation, type LineIndex } from './line-index.js';

/**
 * Source positions of values in input documents, kept beside the documents rather than in
 * them: policies see plain JSON, yet a finding can still point at the line a value came from.
 * Each object or array may know its own location and the location of each of its children;
 * a primitive child's location is found through its container.
 */
interface NodePositions {
  self?: Location | DeferredLocation;
  /** Made on the first child recorded or looked up: most containers of a large document never need one. */
  children?: Map<string | number, Location | DeferredLocation>;
  /** Children's offsets as one parser recorded them, turned into locations only when asked. */
  offsets?: ChildOffsets;
}

/** Start and end offsets of each child, in the order written (`keys` for an object, indices for an array). */
export interface ChildOffsets {
  lines: LineIndex;
  keys: string[] | null;
  /** start0, end0, start1, end1… */
  spans: number[];
  /** Key to its last index (the value that wins), built on the first look-up. */
  index?: Map<string, number>;
  /** The container's own start and end. */
  start: number;
  end: number;
}

const positions = new WeakMap<object, NodePositions>();

function entry(node: object): NodePositions {
  let found = positions.get(node);
  if (!found) {
    found = {};
    positions.set(node, found);
  }
  return found;
}

const childrenOf = (found: NodePositions) => (found.children ??= new Map());

/** Records where `node` itself (an object or array) came from. */
export function setLocation(node: object, location: Location | DeferredLocation): void {
  entry(node).self = location;
}

/** Records where the child `key` of `container` came from. */
export function setChildLocation(container: object, key: string | number, location: Location | DeferredLocation): void {
  childrenOf(entry(container)).set(key, location);
  const child = (container as Record<string | number, unknown>)[key];
  if (typeof child === 'object' && child !== null && !positions.get(child)?.self) entry(child).self = location;
}

export function locationOf(node: unknown): Location | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const found = positions.get(node);
  if (!found) return undefined;
  if (!found.self && found.offsets) found.self = found.offsets.lines.range(found.offsets.start, found.offsets.end);
  if (found.self instanceof DeferredLocation) found.self = found.self.resolve();
  return found.self;
}

/**
 * Records a container's location and its children's offsets in one go: the cheap form for a
 * parser that records every value of a megabyte document, of which a few are ever looked up.
 */
export function setContainerOffsets(node: object, offsets: ChildOffsets): void {
  const found = positions.get(node);
  if (found) found.offsets = offsets;
  else positions.set(node, { offsets });
}

function offsetLocation(offsets: ChildOffsets, key: string | number): Location | undefined {
  let i: number | undefined;
  if (offsets.keys) {
    if (!offsets.index) {
      offsets.index = new Map();
      offsets.keys.forEach((k, n) => offsets.index!.set(k, n));
    }
    i = offsets.index.get(String(key));
  } else i = typeof key === 'number' ? key : undefined;
  if (i === undefined || 2 * i + 1 >= offsets.spans.length) return undefined;
  return offsets.lines.range(offsets.spans[2 * i]!, offsets.spans[2 * i + 1]!);
}

export function childLocation(container: unknown, key: string | number): Location | undefined {
  if (typeof container !== 'object' || container === null) return undefined;
  const found = positions.get(container);
  if (found?.offsets && !found.children?.has(key)) {
    const location = offsetLocation(found.offsets, key);
    if (location) childrenOf(found).set(key, location);
  }
  const child = found?.children?.get(key);
  if (child instanceof DeferredLocation) {
    const location = child.resolve();
    childrenOf(found!).set(key, location);
    return location;
  }
  return child ?? locationOf((container as Record<string | number, unknown>)[key]);
}
