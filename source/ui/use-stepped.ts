/**
 * A value worked out in steps (source/steps.ts) without holding up the screen. Steps
 * run at once, while rendering, for as long as a frame's share of time allows (shared
 * by every hook of the render), so that small work (an article of ordinary length, the
 * five seeds) is there in the same frame; larger work goes on in slices after the frame
 * (ui/slices.ts), and the hook gives its progress until it is done. New dependencies
 * drop the work still running for the old ones.
 */

import {performance} from 'node:perf_hooks';
import {useEffect, useMemo, useState} from 'react';
import type {Steps} from '../steps.js';
import {type Priority, priorities, sliceRunner} from './slices.js';

export type Stepped<Value> = (
	| {readonly ready: true; readonly value: Value}
	| {readonly ready: false; readonly value: undefined; readonly progress: number}
) & {
	/** The value of these dependencies when ready, else the last value worked out in the background for earlier ones. */
	readonly latest: Value | undefined;
};

export type SteppedOptions = {
	/** Whether steps run while rendering before the rest goes to slices (by default they do). */
	readonly atOnce?: boolean;
	readonly priority?: Priority;
};

/**
 * Milliseconds of steps one render may run at once, for all its hooks together: a
 * frame's worth, so that the first frame of the largest articles still comes at once
 * and a key or a signal waits no longer than a frame and a step.
 */
export const atOnceMs = 16;

let renderDeadline: number | undefined;

/** When the steps run at once in this render must stop: set by the render's first hook, cleared after it. */
function deadlineOfThisRender(): number {
	if (renderDeadline === undefined) {
		renderDeadline = performance.now() + atOnceMs;
		setImmediate(() => {
			renderDeadline = undefined;
		});
	}

	return renderDeadline;
}

type Job<Value> = {
	readonly steps: Steps<Value>;
	readonly done: boolean;
	readonly value?: Value;
	readonly progress: number;
};

function start<Value>(steps: Steps<Value>, atOnce: boolean): Job<Value> {
	let progress = 0;
	if (!atOnce) return {steps, done: false, progress};
	const deadline = deadlineOfThisRender();
	// Not a step past the deadline: a render's last hooks may get none and go to slices.
	while (performance.now() < deadline) {
		const result = steps.next();
		if (result.done) return {steps, done: true, value: result.value, progress: 1};
		if (result.value !== undefined) progress = result.value;
	}

	return {steps, done: false, progress};
}

/**
 * Steps run as above. The caller keeps `steps` the same object while their inputs
 * are the same (`useMemo`); new steps drop the old ones' work. `undefined` means
 * there is nothing to do yet.
 */
export function useStepped<Value>(steps: Steps<Value> | undefined, options: SteppedOptions = {}): Stepped<Value> {
	const atOnce = options.atOnce ?? true;
	const priority = options.priority ?? priorities.shown;
	const job = useMemo(() => (steps ? start(steps, atOnce) : undefined), [steps, atOnce]);
	const [finished, setFinished] = useState<{job: Job<Value>; value: Value}>();
	const [progress, setProgress] = useState<{job: Job<Value>; progress: number}>();
	useEffect(() => {
		if (!job || job.done) return;
		const running = sliceRunner.run(job.steps, {
			priority,
			onProgress(progress) {
				setProgress({job, progress});
			},
			onDone(value) {
				setFinished({job, value});
			},
		});
		return running.cancel;
	}, [job, priority]);

	if (job?.done) return {ready: true, value: job.value as Value, latest: job.value};
	if (job && finished?.job === job) return {ready: true, value: finished.value, latest: finished.value};
	const soFar = job && progress?.job === job ? progress.progress : (job?.progress ?? 0);
	return {ready: false, value: undefined, progress: soFar, latest: finished?.value};
}
