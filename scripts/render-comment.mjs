// Prints the pull-request comment markdown for a head folder compared with a base folder, as the
// Action would post it. Used to make docs/images/pr-comment.png.
import { COMMENT_LIMIT, renderMarkdown, scan } from '../dist/lib.js';

const [head, base] = process.argv.slice(2);
// A fixed date and a made-up repository, so the picture does not change from one run to the next.
const result = scan({ path: head, base, now: new Date('2026-11-23T00:00:00Z') });
const links = { serverUrl: 'https://github.com', repository: 'acme/forge-app', sha: '4f2c9e1' };
process.stdout.write(renderMarkdown(result, { limit: COMMENT_LIMIT, marker: true, links }));
