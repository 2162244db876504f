// One widget's own bundle: its own gruppekit and Lit.
import 'gruppekit/scale.js';
