// Benchmark child: reads a CSV file and parses it with csv-parse alone (the baseline of the `npm start` row).

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const rows = parse(readFileSync(process.argv[2], 'utf8'), { delimiter: ';', relax_column_count: true }) as string[][];
process.stdout.write(`${JSON.stringify({ rows: rows.length, maxRssKb: process.resourceUsage().maxRSS })}\n`);
