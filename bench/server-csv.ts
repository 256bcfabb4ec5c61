// Writes the generated sample as the dashboard's CSV export, for the server benchmark:
// `tsx bench/server-csv.ts <file> <count>`.
import { writeSampleCsv } from '../server/ingest/sample-csv';

const [file, count] = process.argv.slice(2);
if (!file || !count) throw new Error('usage: tsx bench/server-csv.ts <file> <count>');
await writeSampleCsv(file, { count: Number(count), seed: 1 });
