// For the type check only: the page loads the CDN files, and the types come from the package.
import 'gruppekit/scale.js';
import 'gruppekit/feelings.js';
