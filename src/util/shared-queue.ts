/**
 * Work shared by the threads of a pass: `next` is the next item to take; `claimedBy[i]` is the
 * slot (plus one) of the thread that took item i, so that a thread that dies has exactly its
 * items redone.
 */
export interface SharedQueue {
  next: Int32Array;
  claimedBy: Int32Array;
  slot: number;
}

/** A queue of `length` items, as the thread in `slot` sees it. */
export function newSharedQueue(length: number, slot: number): SharedQueue {
  return { next: new Int32Array(new SharedArrayBuffer(4)), claimedBy: new Int32Array(new SharedArrayBuffer(4 * Math.max(1, length))), slot };
}

/** Takes the next item (its index; at or past the end when none is left). */
export function claim(queue: SharedQueue): number {
  const i = Atomics.add(queue.next, 0, 1);
  if (i < queue.claimedBy.length) Atomics.store(queue.claimedBy, i, queue.slot + 1);
  return i;
}

/** Waits until the worker in `slot` raises its flag, or the deadline passes; true when it did. */
export function waitForFlag(flags: Int32Array, slot: number, until: number): boolean {
  while (Atomics.load(flags, slot) === 0 && Date.now() < until) Atomics.wait(flags, slot, 0, Math.min(1000, Math.max(1, until - Date.now())));
  return Atomics.load(flags, slot) !== 0;
}
