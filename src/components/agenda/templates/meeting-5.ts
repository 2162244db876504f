/** Gruppemøde 5 – HOLD FAST (seeds/003 section 9). */
import type { AgendaTemplate } from '../templates.js';

export default {
  title: 'Gruppemøde 5: Hold fast',
  items: [
    ['point', 'Velkommen', 10, 'hello', 'Begge facilitatorer', [
      'Ros dem for at komme.',
      'Gå den visuelle dagsorden igennem.',
      'Tjek ind med følelseskort. Medfacilitator skriver valgene i logbogen.',
    ]],
    ['point', 'Mit mål – og hvem kan hjælpe?', 25, 'people', 'Begge facilitatorer', [
      'Opsamling på hjemmeopgaven: Hvilket mål har du valgt, og hvorfor?',
      'Hjælp dem, der ikke har lavet opgaven, med at finde et mål.',
      'Tal om netværkscirklen: Hvem kan hjælpe, når det bliver svært? Gerne nogen uden for miljøet med rusmidler.',
      'Medfacilitator skriver mål og hjælpere i logbogen.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.', 'Skriv ros til "Tak for i dag" i logbogen.']],
    ['point', 'Mestring af svære situationer', 30, 'plan', 'Rusmiddelfacilitator', [
      'Spørg: Hvad er svært? Hvad har du allerede gjort, som virkede?',
      'Skriv de gode idéer op på tavlen, så de kan lære af hinanden.',
      'Tal om, at man kan have lyst og ikke-lyst på samme tid, og om at få hjælp til at holde fast.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.']],
    ['point', 'Hjemmeopgave: Personlig nødplan 1 og 2', 15, 'home', 'Begge facilitatorer', [
      'Slå op på møde 5 i logbogen.',
      'Gå nødplan 1 og 2 igennem sammen (print i A3).',
      'Tjek, at alle har forstået opgaven. Opfordr dem til at lave den med deres støtteperson.',
    ]],
    ['point', 'Tak for i dag', 10, 'thanks', 'Begge facilitatorer', [
      'Ros gruppen og hver deltager med konkrete eksempler.',
      'Tjek ud med følelseskort. Medfacilitator skriver valgene i logbogen.',
    ]],
    ['meal', 'Fællesspisning', 30, 'meal', '', ['Aftal evt., at I ikke taler om rusmidler, mens I spiser.']],
  ],
} satisfies AgendaTemplate;
