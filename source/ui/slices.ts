/**
 * Runs the dashboard's long work (source/steps.ts) in slices of a few milliseconds,
 * one slice at a time for all the work there is, with a turn of the event loop
 * between slices: keys, resizes, timers and signals (Ctrl-C, SIGTERM, SIGHUP) are
 * handled within a slice of their arrival, however much work is waiting. What the
 * reader sees goes first; the search index and the tables come after.
 */

import {performance} from 'node:perf_hooks';
import type {Steps} from '../steps.js';

/** How long one slice runs before the event loop gets its turn, in milliseconds. */
export const sliceMs = 8;

export const priorities = {
	/** What is on the screen now: the open articles, the results of what is typed. */
	shown: 0,
	/** Work for later: the search index, the tables of the views. */
	background: 1,
} as const;

export type Priority = (typeof priorities)[keyof typeof priorities];

export type SliceHandlers<Value> = {
	readonly priority?: Priority;
	/** Told the latest progress (0–1) after a slice in which it moved, at most every `progressEveryMs`. */
	readonly onProgress?: (progress: number) => void;
	readonly onDone: (value: Value) => void;
};

type Task = {
	readonly steps: Steps<unknown>;
	readonly priority: Priority;
	readonly order: number;
	readonly handlers: SliceHandlers<unknown>;
	progress: number | undefined;
	/** When its progress was last told. */
	told: number;
};

/**
 * Progress is told at most this often, in milliseconds: each telling redraws the
 * screen, which for a large pane costs more than a slice.
 */
export const progressEveryMs = 100;

/** A job handed to the runner; `cancel` drops it (the steps are not run further). */
export type SlicedJob = {readonly cancel: () => void};

export class SliceRunner {
	private readonly tasks: Task[] = [];
	private scheduled: NodeJS.Immediate | undefined;
	private order = 0;

	constructor(private readonly budgetMs = sliceMs) {}

	/** Runs `steps` in slices, calling `onDone` with their value at the end. */
	run<Value>(steps: Steps<Value>, handlers: SliceHandlers<Value>): SlicedJob {
		const task: Task = {
			steps,
			priority: handlers.priority ?? priorities.shown,
			order: this.order++,
			handlers: handlers as SliceHandlers<unknown>,
			progress: undefined,
			told: performance.now(),
		};
		this.tasks.push(task);
		this.tasks.sort((a, b) => a.priority - b.priority || a.order - b.order);
		this.schedule();
		return {
			cancel: () => {
				this.remove(task);
			},
		};
	}

	/** Jobs not yet done. */
	get pending(): number {
		return this.tasks.length;
	}

	/** Drops every job (the dashboard is closing). */
	cancelAll(): void {
		this.tasks.length = 0;
		if (this.scheduled) clearImmediate(this.scheduled);
		this.scheduled = undefined;
	}

	private remove(task: Task): void {
		const index = this.tasks.indexOf(task);
		if (index !== -1) this.tasks.splice(index, 1);
		if (this.tasks.length === 0 && this.scheduled) {
			clearImmediate(this.scheduled);
			this.scheduled = undefined;
		}
	}

	private schedule(): void {
		// setImmediate, not a promise: the event loop polls for input and signals before it runs.
		this.scheduled ??= setImmediate(() => {
			this.scheduled = undefined;
			this.slice();
		});
	}

	private slice(): void {
		const deadline = performance.now() + this.budgetMs;
		const moved = new Set<Task>();
		const finished: {task: Task; value: unknown}[] = [];
		while (this.tasks.length > 0 && performance.now() < deadline) {
			const task = this.tasks[0]!;
			const result = task.steps.next();
			if (result.done) {
				this.tasks.shift();
				finished.push({task, value: result.value});
			} else if (result.value !== undefined && result.value !== task.progress) {
				task.progress = result.value;
				moved.add(task);
			}
		}

		if (this.tasks.length > 0) this.schedule();
		// Told after the slice, so that what they set off (a render) does not count against it.
		const now = performance.now();
		for (const task of moved) {
			if (now - task.told < progressEveryMs || !this.tasks.includes(task)) continue;
			task.told = now;
			task.handlers.onProgress?.(task.progress!);
		}

		for (const {task, value} of finished) task.handlers.onDone(value);
	}
}

/** The runner the dashboard's hooks share. */
export const sliceRunner = new SliceRunner();
