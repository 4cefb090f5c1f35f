// Parses Mermaid diagrams with Mermaid itself, as GitHub's renderer would, in a child process of
// the test (Mermaid wants a DOM for its label sanitiser; jsdom gives it one without a browser).
// Reads a JSON array of diagram texts on stdin and prints a JSON array of null (parsed) or the
// parser's message.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    await mermaid.parse(text);
    results.push(null);
  } catch (e) {
    results.push(String(e instanceof Error ? e.message : e));
  }
}
process.stdout.write(JSON.stringify(results));
