// Prints the pull-request comment markdown for a head folder compared with a base folder, as the
// Action would post it. Used to make docs/images/pr-comment.png.
import { renderComment } from '../dist/lib.js';

const [head, base] = process.argv.slice(2);
process.stdout.write(renderComment(head, base));
