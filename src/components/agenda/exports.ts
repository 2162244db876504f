/**
 * What the `gruppekit/agenda.js` entry exports. The pure operations (agenda.ops.ts: start,
 * done, skip, move, add, edit, remove) are left to the lazily loaded facilitator editor and to
 * `gruppekit/classes.js`, so participants' screens do not download them.
 */
export { GkAgenda, AGENDA_TICK } from './agenda.component.js';
export * from './agenda.model.js';
export type { AgendaTemplate, TemplatePoint } from './templates.js';
export { AGENDA_STRINGS, type AgendaStrings } from './agenda.strings.js';
export type { AgendaEditorStrings } from './agenda.editor.strings.js';
export type { AgendaFormStrings } from './agenda.form.strings.js';
