/** A meeting of the youth course (seeds/004): it always opens with "vejrudsigten". */
import type { AgendaTemplate } from '../templates.js';

export default {
  title: 'Gruppemøde for unge',
  items: [
    ['point', 'Vejrudsigten', 35, 'weather', 'Gruppeleder', [
      'Hver fortæller om ugen, der er gået, om i dag (her og nu) og om den næste uge.',
      'Spørg konkret til dagene og til det, de laver. Små forandringer gemmer sig i ugen.',
      'Ca. 5–10 minutter pr. ung, så de andre kan holde fokus.',
      'Er den unge klar, kan I sætte et mål for næste uge.',
    ]],
    ['point', 'Vi vælger dagens tema', 5, 'goal', 'Gruppeleder', [
      'Beslut dagens tema endeligt – skift det, hvis noget vigtigt kom frem i vejrudsigten.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.']],
    ['point', 'Dagens tema', 40, 'talk', 'Gruppeleder', [
      'Fx uddannelse, forældre, venner, selvtillid, rusmidler, kærester, fritid.',
      'Kobl til hashen, når det giver mening – den skal ikke fylde det hele.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.']],
    ['point', 'Logbøger', 10, 'write', 'Gruppeleder', ['Opdatér mapper og logbøger.']],
    ['point', 'Hvad fik du ud af i dag?', 10, 'thanks', 'Gruppeleder', ['Evaluering: Hvad har du fået ud af at være med i dag?']],
    ['point', 'Næste gang', 5, 'goal', 'Gruppeleder', ['Beslut foreløbigt temaet for næste møde.']],
  ],
} satisfies AgendaTemplate;
