import {Text} from 'ink';
import {fitToWidth, padToWidth} from '../../render/text-width.js';

type Properties = {
	/** Where the reader is: focus and the open pair. */
	readonly place: string;
	/** What the reader has moved to, or the key hints for the current mode. */
	readonly message: string;
	readonly width: number;
	/** The message is about a selection and should get the room. */
	readonly urgent?: boolean;
};

/** The bottom line: where you are, then what is selected or which keys matter now. */
export function StatusBar({place, message, width, urgent = false}: Properties) {
	const left = fitToWidth(place, urgent ? Math.min(14, Math.floor(width / 4)) : Math.max(8, Math.floor(width / 3)));
	return (
		<Text inverse wrap="truncate">
			{left} {padToWidth(message, Math.max(0, width - left.length - 1))}
		</Text>
	);
}
