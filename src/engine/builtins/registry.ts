import type { Builtin } from './builtin.js';
import { logicBuiltins } from './logic.js';
import { stringBuiltins } from './strings.js';
import { regexBuiltins } from './regex.js';
import { globBuiltins } from './glob.js';
import { semverBuiltins } from './semver.js';
import { urlBuiltins } from './url.js';
import { collectionBuiltins } from './collections.js';
import { dateBuiltins } from './dates.js';
import { routeBuiltins } from './routes.js';

export const builtins: ReadonlyMap<string, Builtin> = new Map(
  [
    ...logicBuiltins,
    ...stringBuiltins,
    ...regexBuiltins,
    ...globBuiltins,
    ...semverBuiltins,
    ...urlBuiltins,
    ...collectionBuiltins,
    ...dateBuiltins,
    ...routeBuiltins,
  ].map((b) => [b.name, b]),
);
