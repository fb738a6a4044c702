/**
 * Markdown to plain prose: the analysis and the panes want the words, not the
 * markup. Only what articles saved as Markdown actually use is handled.
 */

/** Removes Markdown markup, keeping headings as paragraphs of their own. */
export function stripMarkdown(text: string): string {
	return text
		.split('\n')
		.map(line => {
			if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
				return ''; // Horizontal rule.
			}

			const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
			if (heading) {
				return `\n${stripInline(heading[1]!)}\n`;
			}

			return stripInline(line.replace(/^\s{0,3}>\s?/, ''));
		})
		.join('\n');
}

function stripInline(line: string): string {
	return line
		.replaceAll(/!\[[^\]]*\]\([^)]*\)/g, '') // Images.
		.replaceAll(/\[([^\]]+)\]\([^)]*\)/g, '$1') // Links keep their text.
		.replaceAll(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replaceAll(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1')
		.replaceAll(/(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])/g, '$1')
		.replaceAll(/`([^`]+)`/g, '$1');
}
