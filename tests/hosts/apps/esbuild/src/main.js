// The README's bundler example: one import per tool registers its tag.
import 'gruppekit/scale.js';
import 'gruppekit/feelings.js';
import { runHost } from '../../../vanilla/host.js';

runHost();
