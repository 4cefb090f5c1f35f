import { CONTROL_AND_BREAKS } from './escape.js';

/**
 * Escapes a repository-derived string (a path, domain, package name or message) for GitHub
 * markdown, so nothing in a pull request can add formatting, links, HTML, images, mentions or
 * issue references to the comment. Control characters and line breaks are flattened.
 */
// GitHub turns `@name` and `#123` into mentions and issue links even when written as entities;
// a zero-width joiner after the sign keeps the text as it reads and makes it inert.
const ZWJ = '\u200d';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '@': '@' + ZWJ, '#': '#' + ZWJ, ':': '&#58;' };

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(CONTROL_AND_BREAKS, ' ')
      // One pass, so that an entity's own `&` and `#` are never escaped again.
      .replace(/[&<>@#:\\`*_{}[\]()+\-.!|~^"']/g, (c) => ENTITIES[c] ?? '\\' + c)
  );
}

/** Text for inside a code span: backticks cannot be escaped there, so they are replaced. */
export function codeSpan(text: string): string {
  const clean = text.replace(CONTROL_AND_BREAKS, ' ').replace(/`/g, 'ˋ').replace(/\|/g, '¦');
  return '`' + (clean.trim() === '' ? '(empty)' : clean) + '`';
}

/** Text inside raw HTML (a `<summary>`), where GitHub applies no markdown: only HTML escaping counts. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL_AND_BREAKS, ' ').replace(/[&<>"'@#:]/g, (c) => (c === '@' || c === '#' ? c + ZWJ : `&#${c.charCodeAt(0)};`));
}

/**
 * A repository path as a link target: every segment percent-encoded, including the characters
 * `encodeURIComponent` leaves alone but markdown treats specially (`(`, `)`, `!`, `*`, `'`).
 */
export function encodeLinkPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
    .join('/');
}
