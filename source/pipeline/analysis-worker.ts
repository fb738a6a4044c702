/**
 * An analysis worker: reads, cleans and extracts the batches of files it is sent and
 * posts back each batch's results. Its own entry point in the build, so that it
 * loads none of the dashboard.
 */

import {setFlagsFromString} from 'node:v8';
import {parentPort, workerData} from 'node:worker_threads';
import {revivedPath} from '../corpus/file-path.js';
import type {LoadOptions} from '../corpus/load.js';
import {type BatchRequest, type BatchResult, readAndExtract} from './read-and-extract.js';

// The analysis is a few large functions (`findAttributions`, `extractFigures`) that V8
// recompiles as their inputs vary; a smaller inlining budget than V8's 920 bytes makes each
// compilation cheaper at no measurable cost to the compiled code (measured at 10,000 articles:
// 1.5 s less CPU on V8's compiler threads, 4 % of the CPU in all; bench/RESULTS.md). V8's flags
// are the process's, so this is set once, before the first batch compiles.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

const options = workerData as LoadOptions;
parentPort?.on('message', async (request: BatchRequest) => {
	const result: BatchResult = {
		first: request.first,
		outcomes: await readAndExtract(request.files.map(revivedPath), request.ids, options),
	};
	parentPort!.postMessage(result);
});
