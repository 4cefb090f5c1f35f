/**
 * Whether a value is a placeholder that documentation or a template writes where the real value
 * goes: `<your-token>`, `YOUR_API_KEY`, `${TOKEN}`, `$(cat key)`, `{{ secret }}`, runs of one
 * character or of x, `changeme`, `dummy`, `example`… as whole words (never as part of a longer
 * value, so `examplecorp-9f3k…` is not one), and values cut short with an ellipsis.
 */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (v === '') return true;
  if (/<[^<>]*>|\$\{|\$\(|\{\{/.test(v)) return true;
  if (/…|\.\.\.$/.test(v)) return true;
  if (/^(.)\1{3,}$/.test(v) || /[_-](.)\1{5,}$/.test(v) || /(x{4,}|X{4,}|\*{4,}|#{4,})/.test(v)) return true;
  if (/(^|[^a-z])your([-_ ]|[A-Z]|$)/i.test(v) || /^your[a-z]*$/i.test(v)) return true;
  // A value that is only a generic word (`test`, `secret`, `password`) names what goes there.
  if (/^(test|testing|secret|password|passwd|token|key|apikey|api[-_]key|value|none|null|undefined|string|xxx)$/i.test(v)) return true;
  if (
    /(^|[^a-z0-9])(changeme|change[-_]me|dummy|example|placeholder|replace[-_]?me|redacted|sample|fake|test|mock|mocked)([^a-z0-9]|$)/i.test(v) &&
    v.length < 40
  )
    return true;
  // Lower-case words that name what goes there (`refresh_token`, `super-secret-key`) rather than a value.
  return /^[a-z]+(?:[-_][a-z]+)+$/.test(v) && /(^|[-_])(secret|password|passwd|token|key|apikey|credential)s?([-_]|$)/.test(v);
}

/**
 * Whether a value in a token format is filler rather than a key: the part after its prefix
 * (`ghp_`, `sk_live_`, `AKIA`…) is a run of one character, `x`/`X`/`*`/`#`/`0` padding, an
 * ascending sequence (`1234567890`, `abcdef…`), uses only a handful of distinct characters, or
 * carries the upper-case `EXAMPLE` that vendors' documentation puts in its sample keys.
 */
export function isFillerToken(value: string): boolean {
  if (/EXAMPLE/.test(value)) return true;
  const body = value.replace(/^[A-Za-z]{2,12}[_-](?:[A-Za-z]{2,8}[_-])?/, '');
  if (body.length < 8) return false;
  if (/(.)\1{5,}/.test(body) || /[xX*#0]{8,}/.test(body)) return true;
  if (/(?:0123456789|123456789|abcdefghij|ABCDEFGHIJ)/.test(body)) return true;
  return new Set(body).size <= Math.min(4, Math.ceil(body.length / 6));
}

/**
 * Whether a value reads as a name rather than a key: an UPPER_SNAKE constant
 * (`INVALID_GROUP_TOKEN`), a camelCase identifier of word-like parts
 * (`isGitlabMaintainerTokenEnabled`), a path or a URL.
 * Code and configuration assign such names to secret-named variables all the time.
 */
export function looksLikeName(value: string): boolean {
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) && !/\d{3}/.test(value)) return true;
  if (/^[a-z]{2,}(?:[A-Z][a-z]{2,})+$/.test(value)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return true;
  if (/^(?:\.{1,2}|~)\/[\w.@/-]+$/.test(value) || /^\/[\w.@-]+(?:\/[\w.@-]+)+\/?$/.test(value)) return true;
  return /\.(?:pem|key|crt|cer|p12|pfx|json|ya?ml|txt|js|ts|env)$/i.test(value);
}
