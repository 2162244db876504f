/** Gruppemøde 6 – AFSLUTNING (seeds/003 section 10). */
import type { AgendaTemplate } from '../templates.js';

export default {
  title: 'Gruppemøde 6: Afslutning',
  items: [
    ['point', 'Velkommen', 10, 'hello', 'Begge facilitatorer', [
      'Ros dem for at komme: "I dag fejrer vi, at I har gennemført forløbet, og I får diplomer."',
      'Husk aftalen: Man fortæller ikke om de andre – heller ikke når forløbet er slut.',
      'Gå den visuelle dagsorden igennem.',
      'Tjek ind med følelseskort. Medfacilitator skriver valgene i logbogen.',
    ]],
    ['point', 'Min nødplan 1 og 2', 25, 'plan', 'Begge facilitatorer', [
      'Opsamling på hjemmeopgaven: Hvad gør du, når det bliver svært? Hvem kan hjælpe?',
      'Brug "Hvis … så kan jeg …".',
      'Spørg: Hvornår kan de hjælpe dig? Hvordan kan de se, at du har brug for hjælp?',
      'Hjælp dem, der ikke er færdige, med idéer.',
      'Medfacilitator skriver planer og hjælpere i logbogen.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.', 'Skriv ros til diplomerne og "Tak for i dag".']],
    ['point', 'Hvad har vi lært?', 20, 'info', 'Begge facilitatorer', [
      'Træk den røde tråd gennem møderne: plusser og minusser, hvordan rusmidler virker, drømme, og at holde fast.',
      'Spørg, hvad de har lært. Kobl deres erfaringer sammen.',
    ]],
    ['point', 'Hvordan har det været at være med?', 15, 'talk', 'Begge facilitatorer', [
      'Fælles evaluering med plus og minus: at mødes i gruppen, at tale om rusmidler, om drømme og om forandring og nødplaner.',
      'Medfacilitator skriver svarene i logbogen.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.']],
    ['point', 'Diplomer', 30, 'diploma', 'Begge facilitatorer', [
      'Giv god tid – det kan røre nogen.',
      'Giv hver deltager sit diplom og læs den personlige sætning op. Klap for hver enkelt.',
      'Ros gruppen samlet for det, I har været igennem.',
      'Tjek ud med følelseskort. Medfacilitator skriver valgene i logbogen.',
    ]],
    ['meal', 'Fællesspisning', 30, 'meal', '', ['Gør lidt ekstra ud af maden og bordet i dag.']],
  ],
} satisfies AgendaTemplate;
