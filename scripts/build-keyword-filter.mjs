// Compiles the WebAssembly keyword search (src/sources/secrets/keyword-filter.as.ts, in
// AssemblyScript) into dist/keyword-filter.wasm, which every thread of the secrets pass loads.
// Its memory is fixed at build time: the module never allocates, and a memory that cannot grow
// keeps the text buffer that the scan reads files into valid.
import asc from 'assemblyscript/asc';
import { recordInputs } from './licenses.mjs';

const TEXT_END = 1024 * 1024 + 8 * 1024 * 1024 + 64; // TEXT + MAX_TEXT + slack for overrunning loads
const pages = String(Math.ceil(TEXT_END / 65536));
const { error, stderr } = await asc.main([
  'src/sources/secrets/keyword-filter.as.ts',
  '--outFile',
  'dist/keyword-filter.wasm',
  '-O3',
  '--enable',
  'simd',
  '--runtime',
  'stub',
  '--use',
  'abort=',
  '--noAssert',
  '--initialMemory',
  pages,
  '--maximumMemory',
  pages,
]);
if (error) {
  console.error(stderr.toString());
  throw error;
}
// The WebAssembly carries AssemblyScript's runtime and standard library code: its licence travels with it.
recordInputs({}, ['node_modules/assemblyscript/package.json']);
