import type { Table } from '../../core/localize.js';

/** The edit form, loaded with it. Hosts override them through `strings` too. */
const da = {
  editing: 'Ret: {title}',
  newItem: 'Nyt punkt',
  'did.edit': 'Rettet: {title}',
  'did.add': 'Tilføjet: {title}',
  'did.remove': 'Fjernet: {title}',
  remove: 'Fjern punktet',
  save: 'Gem',
  cancel: 'Annuller',
  fieldTitle: 'Titel',
  fieldKind: 'Slags',
  fieldMinutes: 'Minutter',
  fieldPictogram: 'Billede',
  fieldResponsible: 'Ansvarlig',
  fieldChecklist: 'Huskeliste (et punkt pr. linje)',
  noPictogram: 'Intet billede',
  titleMissing: 'Skriv en titel.',
  'pic.hello': 'Hej',
  'pic.feelings': 'Følelser',
  'pic.talk': 'Snak',
  'pic.info': 'Viden',
  'pic.plusminus': 'Plus og minus',
  'pic.home': 'Hjemmeopgave',
  'pic.thanks': 'Tak',
  'pic.star': 'Stjerne',
  'pic.dream': 'Drøm',
  'pic.goal': 'Mål',
  'pic.people': 'Netværk',
  'pic.plan': 'Nødplan',
  'pic.diploma': 'Diplom',
  'pic.weather': 'Vejret',
  'pic.write': 'Logbog',
  'pic.coffee': 'Kaffe',
  'pic.meal': 'Mad',
};
export type AgendaFormStrings = typeof da;

export const AGENDA_FORM_STRINGS: Table<AgendaFormStrings> = {
  da,
  nb: () => import('./i18n/form.nb.js'),
  sv: () => import('./i18n/form.sv.js'),
  en: () => import('./i18n/form.en.js'),
};
