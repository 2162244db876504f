/**
 * Ready-made agendas, loaded lazily (see loadAgendaTemplate in the model). A template is a
 * starting point: loading it returns today's copy (new ids, every point planned), so editing
 * today's agenda never changes the template. Each template is its own small module too.
 */
import { createId } from '../../core/id.js';
import type { AgendaKind, AgendaPictogram, AgendaTemplateId, AgendaValue } from './agenda.model.js';

/** One template point: kind, title, minutes, pictogram, responsible, checklist. */
export type TemplatePoint = [AgendaKind, string, number, AgendaPictogram?, string?, string[]?];
/** A template module's default export. */
export interface AgendaTemplate {
  title: string;
  items: TemplatePoint[];
}

const load: Record<AgendaTemplateId, () => Promise<{ default: AgendaTemplate }>> = {
  'meeting-1': () => import('./templates/meeting-1.js'),
  'meeting-2': () => import('./templates/meeting-2.js'),
  'meeting-3': () => import('./templates/meeting-3.js'),
  'meeting-4': () => import('./templates/meeting-4.js'),
  'meeting-5': () => import('./templates/meeting-5.js'),
  'meeting-6': () => import('./templates/meeting-6.js'),
  weekly: () => import('./templates/weekly.js'),
  youth: () => import('./templates/youth.js'),
};

/** Today's copy of a template as an agenda value (new ids); undefined for an unknown id. */
export async function copyTemplate(id: string): Promise<AgendaValue | undefined> {
  const get = load[id as AgendaTemplateId];
  if (!get || !Object.hasOwn(load, id)) return undefined;
  const { title, items } = (await get()).default;
  return {
    version: 1,
    title,
    template: id,
    items: items.map(([kind, title, minutes, pictogram, responsible, checklist]) => ({
      id: createId('punkt'),
      title,
      kind,
      state: 'planned',
      minutes,
      ...(pictogram && { pictogram }),
      ...(responsible && { responsible }),
      ...(checklist && { checklist: checklist.slice() }),
    })),
  };
}
