/** A session of the 16-week group course (seeds/001, "Faste elementer i en gruppesession"). */
import type { AgendaTemplate } from '../templates.js';

export default {
  title: 'Gruppesession',
  items: [
    ['point', 'Velkomst', 10, 'hello', 'Gruppeleder', [
      'Fortæl dagens program.',
      'Byd nye deltagere velkommen. Tag en runde, hvor alle siger deres mål med at være i gruppen.',
    ]],
    ['point', 'Runde: siden sidst', 30, 'talk', 'Gruppeleder', [
      'Hvad er gået godt siden sidst? Hvad fylder lige nu?',
      'Følg op på målene fra sidst: Hvad er lykkedes? Hvad er anderledes nu?',
      'Notér emner, der kan tages op senere.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.']],
    ['point', 'Interview og refleksion', 25, 'people', 'Gruppeleder', [
      'Hvis en deltager vil arbejde med et problem: interview vedkommende.',
      'Gruppen er reflekterende team eller tager en refleksionsrunde.',
      'Én gruppeleder styrer processen.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.']],
    ['point', 'Dagens tema', 35, 'info', 'Gruppeleder', [
      'Forklar, drøft og reflektér over dagens tema – evt. ud fra noget fra runden.',
      'Brug evt. forandringscirklen til at vælge et tema, der passer til gruppen.',
    ]],
    ['break', 'Pause', 10, 'coffee', '', ['Højst 10 minutter.']],
    ['point', 'Målrunde', 20, 'goal', 'Gruppeleder', [
      'Hver sætter et mål til næste gang.',
      'Målet skal være konkret, realistisk, en handling og passe til det store mål.',
      'Ikke så let, at det sker af sig selv – ikke så svært, at det næsten sikkert mislykkes.',
    ]],
    ['point', 'Afslutning', 10, 'thanks', 'Gruppeleder', [
      'Hvordan har det været at være i gruppen i dag?',
      'Praktiske beskeder.',
      'Siger nogen farvel i dag? Gruppen nævner gode ting ved vedkommende, som nævner 3–5 ting, de tager med.',
    ]],
  ],
} satisfies AgendaTemplate;
