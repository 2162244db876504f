// The README's "own tag names": a named import registers nothing; the host defines its tag.
import { GkScale } from 'gruppekit/classes.js';

customElements.define('kommune-scale', class extends GkScale {});
