import semver from 'semver';
import { define, isString } from './builtin.js';

export const semverBuiltins = [
  define({
    name: 'semverValid',
    family: 'semver',
    params: ['version'],
    description: 'True when the text is a valid semantic version such as `8.3.0`.',
    example: { call: { semverValid: '8.3.0' }, result: true },
    fn: ([v]) => (isString(v) ? semver.valid(v) !== null : undefined),
  }),
  define({
    name: 'semverSatisfies',
    family: 'semver',
    params: ['version', 'range'],
    description:
      'True when the version is inside the npm range (`>=8.0.0`, `^7.1.0 || ~6.2`). Undefined when either is not valid, so an odd version never passes silently.',
    example: { call: { semverSatisfies: ['8.3.0', '>=8.0.0'] }, result: true },
    fn: ([v, r]) => {
      if (!isString(v) || !isString(r) || semver.valid(v) === null || semver.validRange(r) === null) return undefined;
      return semver.satisfies(v, r, { includePrerelease: true });
    },
  }),
  define({
    name: 'semverCompare',
    family: 'semver',
    params: ['a', 'b'],
    description: '-1, 0 or 1 as version `a` is lower than, equal to or higher than `b`.',
    example: { call: { semverCompare: ['7.4.0', '8.0.0'] }, result: -1 },
    fn: ([a, b]) => (isString(a) && isString(b) && semver.valid(a) && semver.valid(b) ? semver.compare(a, b) : undefined),
  }),
  define({
    name: 'semverMin',
    family: 'semver',
    params: ['range'],
    description: 'The lowest version an npm range allows (`^8.1.0` gives `8.1.0`), to reason about what `package.json` permits.',
    example: { call: { semverMin: '^8.1.0' }, result: '8.1.0' },
    fn: ([r]) => {
      if (!isString(r) || semver.validRange(r) === null) return undefined;
      return semver.minVersion(r)?.version;
    },
  }),
];
