/**
 * Lines to paragraphs. News text comes either as one paragraph per line (pasted
 * from the web) or hard-wrapped with blank lines between paragraphs (email, wire
 * copy, Markdown); the layout of the whole file decides which.
 */

const hardWrapWidth = 100;

/**
 * A file is hard-wrapped when its lines are short and most lines that another line
 * follows in the same block break mid-sentence near the full width.
 */
function isHardWrapped(blocks: readonly string[][]): boolean {
	let longest = 0;
	for (const block of blocks) {
		for (const line of block) {
			longest = Math.max(longest, line.length);
		}
	}

	if (longest < 40 || longest > hardWrapWidth) {
		return false;
	}

	const followed = blocks.flatMap(block => block.slice(0, -1));
	const broken = followed.filter(line => !/[.!?]["'”’)]*$/.test(line) && line.length >= longest * 0.6);
	return followed.length > 0 && broken.length >= followed.length / 2;
}

/** Splits sanitized text into paragraphs, each on one line, trimmed, none empty. */
export function splitParagraphs(text: string): string[] {
	const blocks: string[][] = [];
	let current: string[] = [];
	for (const rawLine of text.split('\n')) {
		const line = rawLine.trim();
		if (line === '') {
			if (current.length > 0) {
				blocks.push(current);
				current = [];
			}
		} else {
			current.push(line);
		}
	}

	if (current.length > 0) {
		blocks.push(current);
	}

	if (isHardWrapped(blocks)) {
		return blocks.map(block => block.join(' '));
	}

	return blocks.flat();
}
