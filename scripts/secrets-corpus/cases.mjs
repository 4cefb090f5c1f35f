// The labelled secrets corpus: for every built-in detector, lines that hold a secret in its format
// (fresh random values in the places real code, configuration and scripts put them) and lines that
// must stay quiet (the placeholders, fillers, references, truncations, documentation sentences and
// look-alikes that real repositories are full of). Written by this project from each format's
// description in formats.mjs; `npm run corpus` scores the detectors on it.
import { ALNUM, FORMATS, rng } from './formats.mjs';

const camel = (name) => name.toLowerCase().replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/** Where a token-format value appears in real repositories; each gives a path and a line. */
const PLACES = [
  (n, v) => ['src/config.ts', `export const ${camel(n)} = '${v}';`],
  (n, v) => ['.env', `${n}=${v}`],
  (n, v) => ['config/settings.json', `  "${camel(n)}": "${v}",`],
  (n, v) => ['.github/workflows/deploy.yml', `      ${n}: ${v}`],
  (n, v) => ['src/client.js', `  headers: { Authorization: \`Bearer ${v}\` },`],
  (n, v) => ['scripts/call.sh', `curl -s -H "Authorization: Bearer ${v}" https://api.acme.io/v1/items`],
  (n, v) => ['static/index.html', `<input type="hidden" name="k" value="${v}">`],
  (n, v) => ['src/init.js', `client.init(${v});`],
  (n, v) => ['docs/setup.md', `Use <code>${v}</code> for the staging site.`],
  (n, v) => ['tools/sync.py', `${n.toLowerCase()} = "${v}"  # staging`],
  (n, v) => ['src/url.js', `const url = 'https://api.acme.io/v1/items?key=${v}&page=2';`],
  (n, v) => ['src/glued.js', `const header = 'token_${v}';`],
];

/** Where a value that needs a name beside it appears, per detector. */
const NAMED_PLACES = {
  'forge-cli-api-token': [
    '.env|FORGE_API_TOKEN={v}',
    'scripts/deploy.sh|export FORGE_API_TOKEN="{v}"',
    'ci.yml|      FORGE_API_TOKEN: {v}',
    "src/x.js|process.env.FORGE_API_TOKEN = '{v}';",
    'c.json|{"FORGE_API_TOKEN": "{v}"}',
  ],
  'twilio-auth-token': [
    '.env|TWILIO_AUTH_TOKEN={v}',
    'src/sms.js|const twilioAuthToken = "{v}";',
    'c.yml|twilio_auth_token: {v}',
    'app.py|TWILIO_TOKEN = "{v}"',
    'c.json|{"twilioAuthToken": "{v}"}',
  ],
  'azure-storage-key': [
    'src/blob.js|const cs = "DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey={v};EndpointSuffix=core.windows.net";',
    '.env|AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={v}',
    'c.json|  "connectionString": "AccountName=acme;AccountKey={v};EndpointSuffix=core.windows.net"',
  ],
  'gcp-service-account': ['keys/sa.json|  "private_key_id": "{v}",', 'src/sa.ts|const sa = { "private_key_id": "{v}", "type": "service_account" };'],
  'aws-secret-access-key': [
    'credentials|aws_secret_access_key = {v}',
    '.env|AWS_SECRET_ACCESS_KEY={v}',
    "src/s3.ts|  secretAccessKey: '{v}',",
    'c.json|  "SecretAccessKey": "{v}",',
    'scripts/s3.sh|export AWS_SECRET_ACCESS_KEY="{v}"',
  ],
  'atlassian-legacy-api-token': [
    '.env|JIRA_API_TOKEN={v}',
    'c.yml|CONFLUENCE_TOKEN: {v}',
    "src/j.ts|const atlassianApiToken = '{v}';",
    'sync.py|jira_password = "{v}"',
    'scripts/j.sh|export ATLASSIAN_API_TOKEN="{v}"',
  ],
  'url-credentials': [
    '.env|DATABASE_URL=postgres://{v}@db.acme.internal:5432/app',
    'src/db.js|const uri = "mongodb+srv://{v}@cluster0.ab12c.mongodb.net/app";',
    'scripts/push.sh|git remote add origin https://{v}@github.com/acme/app.git',
    'c.yml|  redis: redis://{v}@cache.acme.internal:6379/0',
    'src/db.ts|const url = `mysql://{v}@db.example.com:3306/app`;',
  ],
  'generic-secret-assignment': [
    'src/db.ts|const password = "{v}";',
    'c.json|  "apiKey": "{v}",',
    "src/oauth.py|client_secret = '{v}'",
    'src/k.js|this.secretKey = `{v}`;',
    'src/a.go|accessToken := "{v}"',
    "src/r.rb|auth_token => '{v}'",
    'src/p.ts|  privateKey: "{v}",',
    'src/s.kt|val signingKey = "{v}"',
    'src/q.js|  passphrase: "{v}",',
    "src/t.ts|const refreshToken = '{v}';",
  ],
  'generic-secret-config': [
    '.env|DB_PASSWORD={v}',
    '.env.production|API_KEY={v}',
    'deploy/env.sh|export SECRET_KEY={v}',
    'config/app.yml|  password: {v}',
    'src/main/resources/application.properties|spring.datasource.password={v}',
    'config/app.ini|secret = {v}',
    '.npmrc|//registry.npmjs.org/:_authToken={v}',
    'docker/.env.local|SESSION_SECRET={v}',
    'config/app.yaml|  api_key: {v}   # production',
    'Dockerfile|ENV SIGNING_KEY={v}',
  ],
};

const PEM_PLACES = [
  (v) => ['keys/app.pem', v],
  (v) => ['keys/sa.json', `  "private_key": "${v.replace(/\n/g, '\\n')}",`],
  (v) => ['config/app.yml', `signing:\n  key: |\n${v.replace(/^/gm, '    ')}`],
  (v) => ['src/jwt.ts', `const key = \`${v}\`;`],
];

/** Lines that must not be reported, built from a format's prefix, name and body length. */
function placeholders(id, f, r) {
  const n = f.name;
  const p = f.prefix;
  const len = f.length;
  const inCode = (v) => `const ${camel(n)} = '${v}';`;
  const real = f.make(r);
  const one = r.str(1, 'abcdefghkmnpqrstuvwyz');
  const lines = [
    ['src/a.ts', inCode(p + 'x'.repeat(len))],
    ['src/a.ts', inCode(p + 'X'.repeat(len))],
    ['src/a.ts', inCode(p + one.repeat(len))],
    ['src/a.ts', inCode(p + '0'.repeat(len))],
    ['src/a.ts', inCode(p + '<your-token-here>')],
    ['.env.example', `${n}=<${n.toLowerCase()}>`],
    ['.github/workflows/ci.yml', `      ${n}: \${{ secrets.${n} }}`],
    ['scripts/run.sh', `export ${n}="$(cat /run/secrets/${n.toLowerCase()})"`],
    ['scripts/run.sh', `${n}=\${${n}}`],
    ['docs/setup.md', `Tokens start with \`${p || n}\` followed by ${len} characters.`],
    ['src/a.ts', inCode(p + '1234567890abcdefghijklmnopqrstuvwxyz'.repeat(6).slice(0, len))],
    ['src/a.ts', inCode(p + r.str(Math.max(1, len - 7), ALNUM) + 'EXAMPLE')],
    ['docs/setup.md', `Set ${n} to your key, for example \`${p}...\`.`],
    ['src/a.ts', inCode(`${real.slice(0, Math.max(p.length + 4, Math.floor(real.length / 3)))}…`)],
    ['README.md', `${n}=YOUR_${n}`],
  ];
  return lines.concat((EXTRA_NEGATIVES[id] ?? []).map((x) => x.split('|')));
}

/** Look-alikes particular to one format. */
const EXTRA_NEGATIVES = {
  'stripe-live-key': ['src/pay.ts|stripe.setKey("sk_test_4eC39HqLyjWDarjtT1zdp7dc");', 'src/pay.ts|const pk = "pk_live_51HqLyjWDarjtT1zdp7dcABCD";'],
  'aws-access-key-id': ['src/a.ts|const id = "akiaqsdf3ghj4klm5nop";', 'src/a.ts|const id = "AKIA3DFRGT5";'],
  'google-api-key': ['src/firebase.ts|const firebaseConfig = { apiKey: "AIzaSyC9vQ2hN8mW4cR7yL5jF6dE2sBq3xT1k9P", authDomain: "acme-app.firebaseapp.com" };'],
  'private-key': [
    'keys/pub.pem|-----BEGIN PUBLIC KEY-----',
    'docs/keys.md|-----BEGIN RSA PRIVATE KEY-----',
    'src/k.ts|const key = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\\n-----END PRIVATE KEY-----";',
    'src/k.ts|const key = "-----BEGIN PRIVATE KEY-----\\n<your private key>\\n-----END PRIVATE KEY-----";',
    'src/k.ts|if (text.startsWith("-----BEGIN PRIVATE KEY-----")) return parse(text);',
  ],
  jwt: ['src/a.ts|const header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";', 'docs/auth.md|A token looks like `eyJhbGciOi...`.'],
  'slack-token': ['src/a.ts|const t = "xoxb-123";', 'docs/slack.md|Bot tokens start with xoxb- and user tokens with xoxp-.'],
  'generic-secret-assignment': [
    "docs/.vitepress/config.ts|  search: { provider: 'algolia', options: { appId: 'R2IYF7ETH7', apiKey: '599cec31baffa4868cae4e79f180729b', indexName: 'forge-docs' } },",
    'static/index.html|<meta name="google-site-verification" content="Zq81vTnP3xLkW7mR2sYc9dHf4GjB6uNe0aQtXw5" />',
    'src/a.ts|const secretName = "weather-api-key-name";',
    'src/a.ts|  INVALID_GROUP_TOKEN = "INVALID_GROUP_TOKEN",',
    "src/a.ts|  ENABLE_MAINTAINER_TOKEN = 'isMaintainerTokenEnabled',",
    'src/a.ts|const password = process.env.DB_PASSWORD;',
    'src/a.ts|const tokenUrl = "https://auth.acme.io/oauth/token";',
    "src/a.ts|const privateKey = './keys/app.pem';",
    'src/a.ts|const token = getToken(request);',
    'src/a.ts|const apiKey = "${API_KEY}";',
    'src/a.ts|password: "changeme-changeme",',
    'src/a.ts|const secret = "123456789012345";',
  ],
  'generic-secret-config': [
    '.env|TOKEN_URL=https://auth.acme.io/oauth/token',
    '.env|SECRET_NAME=my_secret_name_here',
    '.env|PASSWORD_MIN_LENGTH=12',
    '.env|API_KEY_HEADER=X-Api-Key',
    '.env|DB_PASSWORD=',
    '.env.example|DB_PASSWORD=Kx82mQvT1zLw9PnR',
    'config/app.yml|  password: ${{ secrets.DB_PASSWORD }}',
    '.env|SECRET_FILE=/run/secrets/app_key.pem',
    '.env|ENABLE_TOKEN_REFRESH=true',
    'src/a.ts|const line = "DB_PASSWORD=Kx82mQvT1zLw9PnR";',
  ],
  'url-credentials': [
    '.env|DATABASE_URL=postgres://user:pass@localhost:5432/db',
    'src/a.ts|const u = "mongodb://admin:${MONGO_PASSWORD}@mongo:27017";',
    'src/a.ts|const u = "https://user@bitbucket.org/acme/app.git";',
    'docs/db.md|Use `postgres://username:password@host:5432/db`.',
    'src/a.ts|const u = "postgres://app:<password>@db.acme.internal/app";',
  ],
};

/**
 * The whole corpus: `{ detector, secret, path, text }` cases, at least ten true and ten false per
 * detector, the same on every run for a seed.
 */
export function buildCorpus(seed = 20261201) {
  const r = rng(seed);
  const cases = [];
  for (const [id, f] of Object.entries(FORMATS)) {
    const add = (secret, [path, text]) => cases.push({ detector: id, secret, path, text });
    if (id === 'private-key') for (let i = 0; i < 12; i++) add(true, PEM_PLACES[i % PEM_PLACES.length](f.make(r)));
    else if (f.context) {
      const places = NAMED_PLACES[id];
      for (let i = 0; i < Math.max(10, places.length); i++) add(true, places[i % places.length].replace('{v}', f.make(r)).split('|'));
    } else for (const place of PLACES) add(true, place(f.name, f.make(r)));
    for (const line of placeholders(id, f, r)) add(false, line);
  }
  return cases;
}
