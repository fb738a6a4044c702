/**
 * Lines to paragraphs. News text comes either as one paragraph per line (pasted
 * from the web) or hard-wrapped with blank lines between paragraphs (email, wire
 * copy, Markdown); the layout of the whole file decides which.
 */

const hardWrapWidth = 100;

/** A file is hard-wrapped when its lines are short and some blank-line blocks span several lines. */
function isHardWrapped(blocks: readonly string[][]): boolean {
	const lines = blocks.flat();
	const longest = Math.max(0, ...lines.map(line => line.length));
	const multiLine = blocks.filter(block => block.length > 1).length;
	return longest <= hardWrapWidth && multiLine > 0 && multiLine >= blocks.length / 4;
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
