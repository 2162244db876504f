import { svg } from 'lit';
import { faces } from './parts.js';

/** Midaldrende mand: short grey hair, receding at the temples; a shirt collar under a sweater. */
export default faces({
  c: 'f-mm',
  age: true,
  head: 'M34 55C33 33 45 22 60 22C75 22 87 33 86 55C86 72 82 82 74 88C68 92 64 93 60 93C56 93 52 92 46 88C38 82 34 72 34 55z',
  hair: svg`<path class="f-hr" d="M34 56C33 38 40 20 60 19C80 20 87 38 86 56C85 50 83.5 45 81.5 41C80.5 35 78.5 31 75 30C70 31 66 28.5 60 28.5C54 28.5 50 31 45 30C41.5 31 39.5 35 38.5 41C36.5 45 35 50 34 56z"/><path class="f-h2" d="M47 24Q56 21.5 66 22.5M82 38Q80 30 74 26M38 38Q40 31 45 27"/>`,
  wear: svg`<path class="f-c2" d="M47 97.5L60 118L73 97.5z"/><path class="f-c2" d="M50 92L45 101L58 108L60 100zM70 92L75 101L62 108L60 100z"/>`,
});
