import {Text} from 'ink';
import {columns, fitToWidth, padToWidth} from '../../render/text-width.js';

type Properties = {
	/** Where the reader is: focus and the open pair. */
	readonly place: string;
	/** What the reader has moved to, or the key hints for the current mode. */
	readonly message: string;
	readonly width: number;
	/** The message is about a selection and should get the room. */
	readonly urgent?: boolean;
};

/**
 * The bottom line: where you are, then which keys matter now; with a selection, the
 * selection first (at 80 columns it is what the reader needs, and where they are is on
 * the pane titles), then where they are in what room is left.
 */
export function StatusBar({place, message, width, urgent = false}: Properties) {
	if (urgent) {
		const first = fitToWidth(message, width);
		const room = width - columns(first) - 3;
		const line = room >= 8 ? `${first} │ ${fitToWidth(place, room)}` : first;
		return (
			<Text inverse wrap="truncate">
				{padToWidth(line, width)}
			</Text>
		);
	}

	const left = fitToWidth(place, Math.max(8, Math.floor(width / 3)));
	return (
		<Text inverse wrap="truncate">
			{left} {padToWidth(message, Math.max(0, width - left.length - 1))}
		</Text>
	);
}
