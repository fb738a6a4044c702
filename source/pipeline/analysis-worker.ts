/**
 * An analysis worker: reads, cleans and extracts the batches of files it is sent and
 * posts back each batch's results. Its own entry point in the build, so that it
 * loads none of the dashboard.
 */

import {parentPort, workerData} from 'node:worker_threads';
import {revivedPath} from '../corpus/file-path.js';
import type {LoadOptions} from '../corpus/load.js';
import {type BatchRequest, type BatchResult, readAndExtract} from './read-and-extract.js';

const options = workerData as LoadOptions;
parentPort?.on('message', async (request: BatchRequest) => {
	const result: BatchResult = {
		first: request.first,
		outcomes: await readAndExtract(request.files.map(revivedPath), request.ids, options),
	};
	parentPort!.postMessage(result);
});
