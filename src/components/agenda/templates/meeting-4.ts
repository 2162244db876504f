/** Gruppemøde 4 – FORANDRING (seeds/003 section 8). */
import type { AgendaTemplate } from '../templates.js';

export default {
  title: 'Gruppemøde 4: Forandring',
  items: [
    ['point', 'Velkommen', 10, 'hello', 'Begge facilitatorer', [
      'Ros dem for at komme.',
      'Gå den visuelle dagsorden igennem.',
      'Tjek ind med følelseskort. Medfacilitator skriver valgene i logbogen.',
    ]],
    ['point', 'Min drøm', 25, 'dream', 'Begge facilitatorer', [
      'Opsamling på hjemmeopgaven: Hvilket drømmekort valgte du, og hvorfor?',
      'Tag imod alle drømme med "ja – og", aldrig "nej – men". Det er en drøm.',
      'Hjælp dem, der ikke har lavet opgaven, med at vælge en drøm.',
      'Nogle har mistet håbet: Tro på dem, og drøm gerne på deres vegne.',
      'Medfacilitator skriver hver deltagers drøm i logbogen.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.', 'Skriv ros til "Tak for i dag" i logbogen.']],
    ['point', 'Alkohol, stoffer og drømme', 30, 'goal', 'Begge facilitatorer', [
      'Spørg: Hvordan står rusmidlerne i vejen for drømmen?',
      'Brug planchen med plusser og minusser.',
      'Hvad kan du selv gøre? Hvad skal du have hjælp til?',
      'Kobl den store drøm til små, konkrete mål for forbruget (brug evt. en måltrappe).',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.']],
    ['point', 'Hjemmeopgave: Mit mål, og hvem kan hjælpe mig?', 10, 'home', 'Begge facilitatorer', [
      'Slå op på møde 4 i logbogen og læs opgaven højt.',
      'Vis netværkscirklen: Hvem kan hjælpe dig?',
      'Tjek, at alle har forstået opgaven. Opfordr dem til at lave den med deres støtteperson.',
    ]],
    ['point', 'Tak for i dag', 10, 'thanks', 'Begge facilitatorer', [
      'Ros gruppen og hver deltager med konkrete eksempler.',
      'Tjek ud med følelseskort. Medfacilitator skriver valgene i logbogen.',
    ]],
    ['meal', 'Fællesspisning', 30, 'meal', '', ['Aftal evt., at I ikke taler om rusmidler, mens I spiser.']],
  ],
} satisfies AgendaTemplate;
