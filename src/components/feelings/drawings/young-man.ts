import { svg } from 'lit';
import { faces } from './parts.js';

/** Ung mand: short dark hair with a side part, a hooded sweatshirt. */
export default faces({
  c: 'f-ym',
  head: 'M35 55C34 34 45 22 60 22C75 22 86 34 85 55C85 70 80 82 71 88C66 91.5 63 92.5 60 92.5C57 92.5 54 91.5 49 88C40 82 35 70 35 55z',
  hair: ['M34.5 54C32 36 40 19.5 58 18.5C77 17.5 89 30 86 54', 'C85 46 83.5 40 81 36C75 35 68 32 63 29.5C57 33 47 33 40.5 36C37.5 41 35.5 47 34.5 54'],
  strands: 'M45 27Q52 22 60 22M64 23Q74 24 80 31',
  nape: svg`<path class="f-cl" d="M36 102C36 90 44 85 50 87H70C76 85 84 90 84 102z"/>`,
  wear: svg`<path class="f-fn" d="M46 97.5Q60 108 74 97.5M54 103V114M66 103V114"/>`,
});
