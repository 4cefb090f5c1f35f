// The token formats the built-in detectors look for, each written from its vendor's published
// description (prefix, alphabet, length; see docs/secrets-corpus.md for the sources), as makers of
// fresh random values. The corpus (cases.mjs) puts them in realistic lines; nothing here is copied
// from another tool's tests.

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const HEX = '0123456789abcdef';
const HEX_UP = '0123456789ABCDEF';

/** A small seeded generator (mulberry32), so the corpus is the same on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const str = (n, alphabet) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  return { next, int, pick, str };
}

const uuid = (r) => [8, 4, 4, 4, 12].map((n) => r.str(n, HEX)).join('-');
const b64 = (text) => Buffer.from(text).toString('base64url');
const jwt = (r) =>
  `${b64(JSON.stringify({ alg: r.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }))}.${b64(
    JSON.stringify({ sub: r.str(12, ALNUM), iss: r.pick(['acme', 'auth.acme.io']), exp: r.int(1.7e9, 2e9), scope: r.str(8, LOWER) }),
  )}.${r.str(r.int(43, 86), B64URL)}`;

/**
 * Per detector: `make` (a fresh value), the `name` it is usually assigned to, a `prefix` that
 * placeholders keep, the body `length` and `alphabet` placeholders are built from, and `context`
 * when the detector needs a name beside the value (`aws_secret_access_key = …`).
 */
export const FORMATS = {
  'atlassian-api-token': { name: 'JIRA_API_TOKEN', prefix: 'ATATT3xFfGF0', length: 171, make: (r) => `ATATT3xFfGF0${r.str(171, B64URL)}=${r.str(8, HEX_UP)}` },
  'atlassian-access-token': {
    name: 'BITBUCKET_ACCESS_TOKEN',
    prefix: 'ATCTT3xFfGN0',
    length: 170,
    make: (r) => `ATCTT3xFfGN0${r.str(r.int(160, 180), B64URL)}=${r.str(8, HEX_UP)}`,
  },
  'bitbucket-app-password': { name: 'BITBUCKET_APP_PASSWORD', prefix: 'ATBB', length: 32, make: (r) => `ATBB${r.str(24, ALNUM)}${r.str(8, HEX_UP)}` },
  'forge-webtrigger-url': {
    name: 'WEBTRIGGER_URL',
    prefix: 'https://',
    length: 30,
    make: (r) =>
      r.next() < 0.5
        ? `https://${uuid(r)}.hello.atlassian-dev.net/x1/${r.str(27, B64URL)}`
        : `https://${uuid(r)}.webtrigger.atlassian.app/public/${r.str(30, ALNUM)}`,
  },
  'aws-access-key-id': { name: 'AWS_ACCESS_KEY_ID', prefix: 'AKIA', length: 16, make: (r) => `${r.pick(['AKIA', 'ASIA'])}${r.str(16, UPPER + '234567')}` },
  'github-token': {
    name: 'GITHUB_TOKEN',
    prefix: 'ghp_',
    length: 36,
    make: (r) => (r.next() < 0.8 ? `${r.pick(['ghp', 'gho', 'ghu', 'ghs', 'ghr'])}_${r.str(36, ALNUM)}` : `github_pat_${r.str(22, ALNUM)}_${r.str(59, ALNUM)}`),
  },
  'gitlab-token': { name: 'GITLAB_TOKEN', prefix: 'glpat-', length: 20, make: (r) => `glpat-${r.str(19, ALNUM)}${r.pick(['-', '_', ...ALNUM])}` },
  'slack-token': {
    name: 'SLACK_BOT_TOKEN',
    prefix: 'xoxb-',
    length: 40,
    make: (r) =>
      r.pick([
        () => `xoxb-${r.str(12, DIGITS)}-${r.str(13, DIGITS)}-${r.str(24, ALNUM)}`,
        () => `xoxp-${r.str(12, DIGITS)}-${r.str(12, DIGITS)}-${r.str(13, DIGITS)}-${r.str(32, HEX)}`,
        () => `xapp-1-${r.str(11, UPPER + DIGITS)}-${r.str(13, DIGITS)}-${r.str(64, HEX)}`,
        () => `xoxe.xoxp-1-${r.str(140, ALNUM)}`,
        () => `xoxe-1-${r.str(140, ALNUM)}`,
        () => `xoxo-${r.str(12, DIGITS)}-${r.str(24, ALNUM)}`,
      ])(),
  },
  'slack-webhook': {
    name: 'SLACK_WEBHOOK_URL',
    prefix: 'https://hooks.slack.com/services/',
    length: 24,
    make: (r) =>
      r.next() < 0.6
        ? `https://hooks.slack.com/services/T${r.str(10, UPPER + DIGITS)}/B${r.str(10, UPPER + DIGITS)}/${r.str(24, ALNUM)}`
        : `https://hooks.slack.com/${r.pick(['workflows', 'triggers'])}/T${r.str(10, UPPER + DIGITS)}/A${r.str(10, UPPER + DIGITS)}/${r.str(18, DIGITS)}/${r.str(32, HEX)}`,
  },
  'stripe-live-key': {
    name: 'STRIPE_SECRET_KEY',
    prefix: 'sk_live_',
    length: 24,
    make: (r) => `${r.pick(['sk', 'rk'])}_live_${r.str(r.pick([24, 34, 99]), ALNUM)}`,
  },
  'sendgrid-key': { name: 'SENDGRID_API_KEY', prefix: 'SG.', length: 22, make: (r) => `SG.${r.str(22, B64URL)}.${r.str(43, B64URL)}` },
  'openai-key': {
    name: 'OPENAI_API_KEY',
    prefix: 'sk-proj-',
    length: 48,
    make: (r) => `sk-${r.pick(['', 'proj-', 'svcacct-'])}${r.str(r.int(20, 74), B64URL)}T3BlbkFJ${r.str(r.int(20, 74), B64URL)}`,
  },
  'anthropic-key': {
    name: 'ANTHROPIC_API_KEY',
    prefix: 'sk-ant-api03-',
    length: 93,
    make: (r) => `sk-ant-${r.pick(['api03', 'admin01'])}-${r.str(93, B64URL)}AA`,
  },
  'npm-token': { name: 'NPM_TOKEN', prefix: 'npm_', length: 36, make: (r) => `npm_${r.str(36, ALNUM)}` },
  'google-api-key': { name: 'GOOGLE_API_KEY', prefix: 'AIza', length: 35, make: (r) => `AIza${r.str(35, B64URL)}` },
  'private-key': {
    name: 'PRIVATE_KEY',
    prefix: '-----BEGIN PRIVATE KEY-----',
    length: 64,
    make: (r) => {
      const kind = r.pick(['', 'RSA ', 'EC ', 'OPENSSH ', 'ENCRYPTED ']);
      const body = r.str(r.int(3, 20) * 64, B64);
      const lines = body.match(/.{1,64}/g).join('\n');
      return `-----BEGIN ${kind}PRIVATE KEY-----\n${lines}\n-----END ${kind}PRIVATE KEY-----`;
    },
  },
  'forge-cli-api-token': { name: 'FORGE_API_TOKEN', context: true, prefix: '', length: 24, make: (r) => r.str(24, ALNUM) },
  'bitbucket-dc-token': {
    name: 'BITBUCKET_TOKEN',
    prefix: 'BBDC-',
    length: 42,
    make: (r) => `BBDC-${r.pick(['N', 'M', 'O'])}${r.pick([...'ADgjQTwz'])}${r.str(42, B64)}`,
  },
  'twilio-api-key': { name: 'TWILIO_API_KEY', prefix: 'SK', length: 32, make: (r) => `SK${r.str(32, HEX)}` },
  'twilio-auth-token': { name: 'TWILIO_AUTH_TOKEN', context: true, prefix: '', length: 32, make: (r) => r.str(32, HEX) },
  'azure-storage-key': { name: 'AZURE_STORAGE_CONNECTION_STRING', context: true, prefix: '', length: 86, make: (r) => `${r.str(86, B64)}==` },
  'azure-ad-client-secret': {
    name: 'AZURE_CLIENT_SECRET',
    prefix: '',
    length: 34,
    make: (r) => `${r.str(3, ALNUM)}${r.int(7, 8)}Q~${r.str(34, ALNUM + '_~.-')}`,
  },
  'gcp-service-account': { name: 'private_key_id', context: true, prefix: '', length: 40, make: (r) => r.str(40, HEX) },
  jwt: { name: 'ACCESS_JWT', prefix: 'eyJhbGciOiJIUzI1NiJ9.', length: 40, make: jwt },
  'aws-secret-access-key': { name: 'AWS_SECRET_ACCESS_KEY', context: true, prefix: '', length: 40, make: (r) => r.str(40, B64) },
  'aws-bedrock-api-key': {
    name: 'AWS_BEARER_TOKEN_BEDROCK',
    prefix: 'ABSK',
    length: 120,
    make: (r) =>
      r.next() < 0.5
        ? `ABSK${r.str(r.int(109, 160), B64)}`
        : `bedrock-api-key-${b64('bedrock.amazonaws.com/?Action=CallWithBearerToken&' + r.str(120, ALNUM))}`,
  },
  'atlassian-legacy-api-token': { name: 'JIRA_API_TOKEN', context: true, prefix: '', length: 24, make: (r) => r.str(24, ALNUM) },
  'url-credentials': {
    name: 'DATABASE_URL',
    context: true,
    prefix: '',
    length: 20,
    make: (r) => `${r.pick(['app', 'svc_deploy', 'admin', 'postgres'])}:${r.str(r.int(12, 28), ALNUM + '!*-_')}`,
  },
  'generic-secret-assignment': { name: 'password', context: true, prefix: '', length: 20, make: (r) => r.str(r.int(14, 40), ALNUM + '!#%&*+-_') },
  'generic-secret-config': { name: 'DB_PASSWORD', context: true, prefix: '', length: 20, make: (r) => r.str(r.int(14, 40), ALNUM + '-_+/') },
};
