/** Gruppemøde 1 – VELKOMMEN (seeds/003 section 5). About two hours: the first meeting is short. */
import type { AgendaTemplate } from '../templates.js';

export default {
  title: 'Gruppemøde 1: Velkommen',
  items: [
    ['point', 'Velkommen', 15, 'hello', 'Begge facilitatorer', [
      'Sig hej og jeres navne. Fortæl kort, hvad gruppen er til for.',
      'Fortæl, at der er seks møder, og del logbøgerne ud.',
      'Tal om at være i en gruppe. Lav fælles aftaler og skriv dem op.',
      'Forklar med eksempler: Det, andre siger her, fortæller man ikke videre. Om sig selv må man gerne fortælle.',
      'Gå den visuelle dagsorden igennem.',
      'Tjek ind med følelseskort: "Hvordan har du det lige nu?" Vælg selv først, så de ser hvordan. Skriv valgene i logbogen.',
    ]],
    ['point', 'Hvorfor er vi her?', 15, 'talk', 'Socialfaglig facilitator', [
      'Runde: navn, alder og "Hvad kan du godt lide at lave?" Start selv.',
      'Hver siger kort, hvorfor de er med. Kort og positivt – ingen livshistorier eller nederlag.',
      'Læg mærke til stemningen i gruppen og skriv noter i logbogen.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', [
      'Højst 10 minutter, gerne 7 ved en rygepause.',
      'Skriv ros til "Tak for i dag" i logbogen.',
    ]],
    ['point', 'Snak om alkohol og stoffer', 25, 'talk', 'Rusmiddelfacilitator', [
      'Forklar ordet rusmidler: alkohol og stoffer, som man bliver fuld eller skæv af.',
      'Læg dialogkortene med bagsiden op. Deltagerne trækker et kort på skift; læs det højt, hvis de vil.',
      'Styr talerækken. Spejl og opsummer, så alle kommer med.',
      'Medfacilitator skriver i logbogen, hvem der kender hvilke rusmidler.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.', 'Skriv ros til "Tak for i dag" i logbogen.']],
    ['point', 'Hjemmeopgave: Plusser og minusser', 10, 'home', 'Rusmiddelfacilitator', [
      'Slå op på møde 1 i logbogen og læs opgaven højt.',
      'Hver vælger det rusmiddel, de bruger mest: Hvad er godt ved det (plus)? Hvad er dårligt (minus)?',
      'Spørg hver deltager, hvilket rusmiddel de vælger, og hjælp med at skrive det. Tjek, at alle har forstået opgaven.',
      'Opfordr dem til at lave opgaven sammen med deres støtteperson.',
    ]],
    ['point', 'Tak for i dag', 10, 'thanks', 'Begge facilitatorer', [
      'Ros gruppen og hver deltager med konkrete eksempler: "Det var flot, at du delte …"',
      'Spørg: "Hvordan har det været at være i gruppen i dag?"',
      'Tjek ud med de samme følelseskort og skriv valgene i logbogen.',
      'Hold en positiv tone. Åbn ikke svære emner nu.',
    ]],
    ['meal', 'Fællesspisning', 30, 'meal', '', [
      'Aftal evt., at I ikke taler om rusmidler, mens I spiser.',
      'Tid til small talk. Spørg gerne, hvordan det var at dele erfaringer.',
    ]],
  ],
} satisfies AgendaTemplate;
