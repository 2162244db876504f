import { svg } from 'lit';
import { faces } from './parts.js';

/** Ung kvinde: long chestnut hair with a side-swept fringe, a v-neck top. */
export default faces({
  c: 'f-yw',
  head: 'M35.5 55C35 34 46 23 60 23C74 23 85 34 84.5 55C84.5 70 80 81 72 87.5C67 91 63.5 92 60 92C56.5 92 53 91 48 87.5C40 81 35.5 70 35.5 55z',
  back: svg`<path class="f-hb" d="M33 60C28 34 40 17 60 17C80 17 92 34 87 60C86 75 90 92 95 106C86 110 76 108 72 100H48C44 108 34 110 25 106C30 92 34 75 33 60z"/>`,
  hair: ['M33.5 58C30 34 43 17 60 17C77 17 90 34 86.5 58', 'C84 46 82 40 78 36C70 38 56 36 48 30C46 38 40 44 33.5 58'],
  strands: 'M49 27Q60 20 72 22M37 44Q39 34 45 27',
  wear: svg`<path class="f-sk" d="M49 97.5L60 111L71 97.5"/>`,
});
