/** The machine a benchmark ran on, for the results tables. */

import {cpus, release, totalmem} from 'node:os';

export function machine() {
	return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Linux ${release()}`;
}
