import type { Formatter } from './formatter.js';
import { jsonFormat } from './json-report.js';
import { markdownFormat } from './markdown.js';
import { sarifFormat } from './sarif.js';
import { textFormat } from './text-report.js';

/** Every report format, by name. Adding one is a module exporting a `Formatter`, plus its line here. */
export const FORMATS: ReadonlyMap<string, Formatter> = new Map([textFormat, jsonFormat, sarifFormat, markdownFormat].map((f) => [f.name, f]));
