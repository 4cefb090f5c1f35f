// Renders a pull-request comment (Markdown, as the Action writes it) to a PNG the way GitHub shows
// it: GitHub's Markdown styles, sections open or closed as GitHub first shows them, Mermaid diagrams drawn. For the pictures in
// docs/images; it needs Chromium (Debian package `chromium`) and is not part of the tests.
//   node scripts/screenshot-comment.mjs comment.md docs/images/comment.png [width]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { marked } from 'marked';

const [input, output, width = '980'] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/screenshot-comment.mjs <comment.md> <out.png> [width]');
  process.exit(2);
}
const markdown = readFileSync(input, 'utf8');
const renderer = new marked.Renderer();
const code = renderer.code.bind(renderer);
renderer.code = (token) => (token.lang === 'mermaid' ? `<pre class="mermaid">${token.text.replace(/</g, '&lt;')}</pre>` : code(token));
const body = marked.parse(markdown, { renderer, gfm: true });
const page = `<!doctype html><meta charset="utf-8">
<link rel="stylesheet" href="file://${resolve('node_modules/github-markdown-css/github-markdown-light.css')}">
<style>body { margin: 0; background: #fff } .markdown-body { box-sizing: border-box; max-width: ${width}px; padding: 24px; }</style>
<article class="markdown-body">${body}</article>
<script src="file://${resolve('node_modules/mermaid/dist/mermaid.min.js')}"></script>
<script>mermaid.initialize({ startOnLoad: false, theme: 'default' });
mermaid.run().then(() => { document.title = 'ready:' + document.documentElement.scrollHeight; });</script>`;
const dir = mkdtempSync(join(tmpdir(), 'forge-trust-render-'));
try {
  writeFileSync(join(dir, 'page.html'), page);
  const chrome = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--allow-file-access-from-files'];
  // First pass: how tall the rendered page is; second: the picture at that height.
  const dom = execFileSync('chromium', [...chrome, '--virtual-time-budget=10000', '--dump-dom', join(dir, 'page.html')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const height = Number(/<title>ready:(\d+)<\/title>/.exec(dom)?.[1] ?? 4000);
  execFileSync(
    'chromium',
    [...chrome, '--virtual-time-budget=10000', `--window-size=${Number(width) + 20},${height}`, `--screenshot=${resolve(output)}`, join(dir, 'page.html')],
    {
      stdio: 'ignore',
    },
  );
  console.log(`${output}: ${width}×${height}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
