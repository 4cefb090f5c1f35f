import { define, isString } from './builtin.js';

const DAY = 86_400_000;
const parse = (s: unknown): number | undefined => {
  if (!isString(s) || !/^\d{4}-\d{2}-\d{2}/.test(s)) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
};

export const dateBuiltins = [
  define({
    name: 'today',
    family: 'date',
    params: [],
    description: 'The run’s date as `YYYY-MM-DD`. It is fixed for the whole run and can be set (`--now`, or `SOURCE_DATE_EPOCH`) so results are reproducible.',
    example: { call: { today: [] }, result: '2026-11-23' },
    fn: (_a, ctx) => ctx.now.toISOString().slice(0, 10),
  }),
  define({
    name: 'daysUntil',
    family: 'date',
    params: ['date'],
    description:
      'Whole days from the run’s date until an ISO date (`2027-04-30`); negative once it has passed. Data documents keep dates such as runtime end-of-life this way, so an update is a data change.',
    example: { call: { daysUntil: '2026-04-30' }, result: -207 },
    fn: ([d], ctx) => {
      const t = parse(d);
      return t === undefined ? undefined : Math.floor((t - Date.parse(ctx.now.toISOString().slice(0, 10))) / DAY);
    },
  }),
];
