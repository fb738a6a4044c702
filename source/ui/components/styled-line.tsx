import {Text} from 'ink';
import type {Segment} from '../../render/marks.js';
import {styleOf} from '../../render/theme.js';

type Properties = {
	readonly segments: readonly Segment[];
	readonly colour: boolean;
};

/** One line of styled segments; the caller has already fitted it to its width. */
export function StyledLine({segments, colour}: Properties) {
	return (
		<Text wrap="truncate">
			{segments.map((segment, index) => (
				<Text key={index} {...styleOf(segment.marks, colour)}>
					{segment.text}
				</Text>
			))}
		</Text>
	);
}
