// `npm start`: runs the add-on in the local Apps Script runtime on the sample (or a given export) and writes the outputs.

import { runCli } from './cli/main';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  bundle: process.env.SALES_KPI_BUNDLE ?? 'dist/Code.js',
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bug, not a mistake in the input: one line, the stack only when SALES_KPI_DEBUG is set.
    const text = error instanceof Error ? (process.env.SALES_KPI_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    process.stderr.write(`Error: ${text}\n`);
    process.exitCode = 1;
  },
);
