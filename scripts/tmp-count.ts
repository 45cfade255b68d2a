import { runJob } from './cli/job';
import { parseArgs } from './cli/args';
(async () => {
  const t0 = Date.now();
  const job = await runJob(parseArgs(['/tmp/perfwork/deals.csv', '--out', '/tmp/perfwork/out']), '/tmp/perfwork/dev/dist/Code.js');
  console.log(Date.now() - t0, (job.runtime as any).realm.context.__C);
})();
