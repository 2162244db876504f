import { svg } from 'lit';
import { faces } from './parts.js';

/** Midaldrende kvinde: a greying bob, a cardigan over a round-necked top. */
export default faces({
  c: 'f-mw',
  age: true,
  head: 'M35 55C34.5 34 46 23 60 23C74 23 85.5 34 85 55C85 71 80 81 72 87.5C67 91 63.5 92 60 92C56.5 92 53 91 48 87.5C40 81 35 71 35 55z',
  back: svg`<path class="f-hb" d="M31 58C28 32 42 17 60 17C78 17 92 32 89 58C88.5 68 89.5 77 88 83C85 86 80 86 77.5 83H42.5C40 86 35 86 32 83C30.5 77 31.5 68 31 58z"/>`,
  hair: ['M31.5 60C29 34 42 17 60 17C78 17 91 32 88.5 60', 'C86 50 83 42 78 38C72 36 64 34 58 28C54 36 46 40 40 43C37 48 33.5 54 31.5 60'],
  strands: 'M60 22Q74 23 83 36M58 28Q70 32 78 38M52 22Q42 26 37 38',
  wear: svg`<path class="f-c2" d="M45 97.5L56 126H64L75 97.5z"/><path class="f-fn" d="M50 97.5Q60 104 70 97.5"/>`,
});
