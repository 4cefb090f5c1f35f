import { main } from './main.js';

// The only place the CLI touches the process: arguments in, text out, one exit status.
const code = main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTty: !!process.stdout.isTTY,
  cwd: process.cwd(),
});
void Promise.resolve(code).then((c) => (process.exitCode = c));
