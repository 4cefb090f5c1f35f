/**
 * Values whose safety checks already ran where they were made: the built-in secret detectors,
 * whose patterns the test suite proves free of catastrophic backtracking
 * (test/sources/secrets.test.ts). Checking their thirty patterns again at every start cost a
 * scan 13 ms; a detector an org adds or replaces is not in here and is checked as it loads.
 */
const verified = new WeakSet<object>();

export const markVerified = (value: object): void => void verified.add(value);

export const isVerified = (value: object): boolean => verified.has(value);
