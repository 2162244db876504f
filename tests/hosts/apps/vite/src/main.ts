// The README's bundler example: one import per tool registers its tag; the standard contract
// itself is the shared vanilla host (tests/hosts/vanilla/host.js), type-checked from here.
import 'gruppekit/scale.js';
import 'gruppekit/feelings.js';
import { runHost } from '../../../vanilla/host.js';

runHost();
