// The host's own script, served as a file (no inline script under the strict CSP); the tools
// were registered by the CDN files the page loads first.
import { runHost } from './host.js';

runHost();
