import {afterAll} from 'vitest';
import {removeTrees} from './files.js';

// The temporary trees a test file made go when it ends.
afterAll(removeTrees);
