import { svg } from 'lit';
import { faces } from './parts.js';

/** Midaldrende mand: short grey hair, receding at the temples; a shirt collar under a sweater. */
export default faces({
  c: 'f-mm',
  age: true,
  head: 'M34 55C33 33 45 22 60 22C75 22 87 33 86 55C86 72 82 82 74 88C68 92 64 93 60 93C56 93 52 92 46 88C38 82 34 72 34 55z',
  hair: ['M33.5 56C32 36 40 17.5 60 17.5C80 17.5 88 36 86.5 56', 'C85.5 50 84 45 82.5 40C81.5 35 80 33 76 33C71 31 66 30 60 30C54 30 49 31 44 33C40 33 38.5 35 37.5 40C36 45 34.5 50 33.5 56'],
  strands: 'M45 25Q55 20.5 67 22M70 23Q79 26 83 36M44 29Q40 32 38 38M56 26Q66 25 74 28',
  wear: svg`<path class="f-c2" d="M47 97.5L60 118L73 97.5z"/><path class="f-c2" d="M50 92L45 101L58 108L60 100zM70 92L75 101L62 108L60 100z"/>`,
});
