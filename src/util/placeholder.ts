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
  return /(^|[^a-z0-9])(changeme|change[-_]me|dummy|example|placeholder|replace[-_]?me|redacted|sample|fake)([^a-z0-9]|$)/i.test(v) && v.length < 40;
}
