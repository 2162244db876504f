/** Gruppemøde 3 – ABSTINENSER OG TRANG (seeds/003 section 7). */
import type { AgendaTemplate } from '../templates.js';

export default {
  title: 'Gruppemøde 3: Abstinenser og trang',
  items: [
    ['point', 'Velkommen', 10, 'hello', 'Begge facilitatorer', [
      'Ros dem for at komme. Gentag: Her er et trygt rum.',
      'Gå den visuelle dagsorden igennem.',
      'Tjek ind med følelseskort. Medfacilitator skriver valgene i logbogen.',
    ]],
    ['point', 'Tre gode ting ved gruppen', 10, 'star', 'Socialfaglig facilitator', [
      'Opsamling på hjemmeopgaven: Hvilke tre ting var gode ved gruppen?',
      'Tag en runde. Du kan selv sige tre ting.',
      'Medfacilitator skriver i logbogen, hvad hver deltager siger.',
    ]],
    ['point', 'Abstinenser og trang', 20, 'info', 'Rusmiddelfacilitator', [
      'Vis planchen med minusserne fra sidst og læs dem højt.',
      'Fortæl om bivirkninger og skader ved de rusmidler, gruppen bruger.',
      'Spørg konkret: Hvad gør det ved kroppen? Ved venner og familie? Ved økonomien?',
      'Vis omsorg for svære oplevelser, og gør dem til fælles læring.',
      'Del informationsfoldere ud, som de kan tage med hjem.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.', 'Skriv ros til "Tak for i dag" i logbogen.']],
    ['point', 'Hvordan stoppe?', 20, 'talk', 'Rusmiddelfacilitator', [
      'Del erfaringer med trang og med at prøve at stoppe.',
      'Hvad er svært? Hvordan mærker man abstinenser, og hvad hjælper?',
      'Hvad kan være farligt?',
      'Se efter små ændringer, der kan gøre forbruget mindre.',
    ]],
    ['point', 'Hjemmeopgave: At turde drømme', 10, 'home', 'Socialfaglig facilitator', [
      'Slå op på møde 3 i logbogen og læs opgaven højt.',
      'Opgaven: Sæt ring om ét drømmekort – en drøm om en anden fremtid.',
      'Tjek, at alle har forstået opgaven.',
    ]],
    ['point', 'Tak for i dag', 10, 'thanks', 'Begge facilitatorer', [
      'Ros gruppen og hver deltager med konkrete eksempler.',
      'Tjek ud med følelseskort. Medfacilitator skriver valgene i logbogen.',
    ]],
    ['meal', 'Fællesspisning', 30, 'meal', '', ['Aftal evt., at I ikke taler om rusmidler, mens I spiser.']],
  ],
} satisfies AgendaTemplate;
