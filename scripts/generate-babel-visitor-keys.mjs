// Writes src/sources/code/babel-visitor-keys.json: for each Babel AST node type, the keys that
// hold its child nodes, from @babel/types. The code walk needs only this table, and reading it
// from JSON spares every run the ~40 ms it takes to load @babel/types. CI regenerates it and
// fails when it differs (a Babel upgrade that adds node types).
import { writeFileSync } from 'node:fs';
import { VISITOR_KEYS } from '@babel/types';

const out = new URL('../src/sources/code/babel-visitor-keys.json', import.meta.url);
const sorted = Object.fromEntries(
  Object.keys(VISITOR_KEYS)
    .sort()
    .map((type) => [type, VISITOR_KEYS[type]]),
);
writeFileSync(out, JSON.stringify(sorted, null, 2) + '\n');
console.log(`wrote ${Object.keys(sorted).length} node types to src/sources/code/babel-visitor-keys.json`);
