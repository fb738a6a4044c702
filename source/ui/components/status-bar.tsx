import {Text} from 'ink';
import {fitToWidth, padToWidth} from '../../render/text-width.js';

type Properties = {
	/** Where the reader is: focus and the open pair. */
	readonly place: string;
	/** What the reader has moved to, or the key hints for the current mode. */
	readonly message: string;
	readonly width: number;
};

/** The bottom line: where you are, then what is selected or which keys matter now. */
export function StatusBar({place, message, width}: Properties) {
	const left = fitToWidth(place, Math.max(8, Math.floor(width / 3)));
	return (
		<Text inverse wrap="truncate">
			{left} {padToWidth(message, Math.max(0, width - left.length - 1))}
		</Text>
	);
}
