export type Verdict = 'pass' | 'fail' | 'error';

export const EXIT_CODES: Record<Verdict, number> = { pass: 0, fail: 1, error: 2 };
