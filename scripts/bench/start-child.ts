// Benchmark child: `npm start` (without the build) on the given arguments, then its peak resident memory as JSON.

import { runCli } from '../cli/main';

runCli(process.argv.slice(2), { stdout: () => {}, stderr: () => {}, bundle: process.env.SALES_KPI_BUNDLE ?? 'dist/Code.js' }).then((code) => {
  process.stdout.write(`${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
