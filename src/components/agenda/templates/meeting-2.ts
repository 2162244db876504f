/** Gruppemøde 2 – ALKOHOL OG STOFFER (seeds/003 section 6). */
import type { AgendaTemplate } from '../templates.js';

export default {
  title: 'Gruppemøde 2: Alkohol og stoffer',
  items: [
    ['point', 'Velkommen', 10, 'hello', 'Begge facilitatorer', [
      'Ros dem for at komme. Gentag: Her er et trygt rum, og man kan ikke sige noget forkert.',
      'Husk aftalerne: "Det, vi siger i gruppen, bliver i gruppen."',
      'Gå den visuelle dagsorden igennem.',
      'Tjek ind med følelseskort. Aftal på forhånd, hvem der skriver i logbogen.',
    ]],
    ['point', 'Plusser og minusser', 25, 'plusminus', 'Rusmiddelfacilitator', [
      'Opsamling på hjemmeopgaven: Hvilket rusmiddel valgte du? Hvilke plusser og minusser?',
      'Skæld ikke ud, hvis opgaven ikke er lavet – de kan være med ud fra deres erfaringer.',
      'Skriv plusser og minusser på planchen. Gem den til de næste møder.',
      'Spørg: "Kan nogen genkende det?" Skab koblinger mellem deltagerne.',
      'Medfacilitator skriver hver deltagers plusser og minusser i logbogen.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.', 'Skriv ros til "Tak for i dag" i logbogen.']],
    ['point', 'Alkohol og stoffer', 30, 'info', 'Rusmiddelfacilitator', [
      'Fortæl kort og enkelt om de store grupper af rusmidler: virkning, bivirkning og skader.',
      'Sid blandt deltagerne og tal med dem – hold ikke foredrag.',
      'Del informationsfoldere ud om de rusmidler, de bruger.',
      'Kobl deres erfaringer til viden. Hvad kan gøre minusserne mindre?',
      'Socialfaglig facilitator hjælper med eksempler fra hverdagen og tjekker, at alle forstår.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.']],
    ['point', 'Hjemmeopgave: Hvad er godt ved gruppen?', 10, 'home', 'Socialfaglig facilitator', [
      'Slå op på møde 2 i logbogen og læs opgaven højt.',
      'Opgaven: Tænk over tre gode ting ved at være i gruppen.',
      'Tjek, at alle har forstået opgaven. Opfordr dem til at lave den med deres støtteperson.',
    ]],
    ['point', 'Tak for i dag', 10, 'thanks', 'Begge facilitatorer', [
      'Ros gruppen og hver deltager med konkrete eksempler.',
      'Tjek ud med følelseskort. Medfacilitator skriver valgene i logbogen.',
      'Sig evt.: "Da du tjekkede ind, var du bange – nu er du glad. Hvad er sket?" Men åbn ikke svære følelser.',
    ]],
    ['meal', 'Fællesspisning', 30, 'meal', '', [
      'Aftal evt., at I ikke taler om rusmidler, mens I spiser.',
      'Snak om ting, deltagerne godt kan lide at lave.',
    ]],
  ],
} satisfies AgendaTemplate;
