/**
 * The lazily loaded parts of <gk-emergency-plan>: plan 2 (support people), the crisis view
 * (also the pocket card) and the read-aloud texts. The element loads them right after it
 * connects; `await el.updateComplete` waits for them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { supportPeople, type SupportPerson } from '../../core/people.js';
import type { Lib } from './emergency-plan.lib.js';
import type { EmergencyPlanValue, SupportEntry } from './emergency-plan.model.js';
import type { EmergencyPlanStrings } from './emergency-plan.strings.js';
import { availablePeople, crisisContent, entryFromPerson, newEntry, orderedSupport, telHref } from './emergency-plan.support.js';
export { partStyles as styles } from './emergency-plan.print.js';

export type Section = 'plan1' | 'plan2' | 'crisis';
type Patch = (v: EmergencyPlanValue) => EmergencyPlanValue;

/** What the parts need from the element (its private editing helpers, bound). */
export interface PlanCtx {
  readonly lib: Lib;
  t(key: keyof EmergencyPlanStrings, vars?: Record<string, string | number>): string;
  readonly value: EmergencyPlanValue;
  readonly surface: string;
  readonly people: SupportPerson[];
  readonly network: unknown;
  type(e: Event, patch: Patch): void;
  set(next: EmergencyPlanValue): void;
  commit(): void;
  add(key: 'support', item: SupportEntry, focus: string): void;
  remove(key: 'support', id: string): void;
  focus(selector: string): void;
  back(): void;
  btn(label: string, d: string, click: () => void, cls?: string, aria?: string): TemplateResult;
  readBtn(section: Section, title: string): unknown;
}

const val = (e: Event) => (e.target as HTMLInputElement).value;
const who = (c: PlanCtx, e: SupportEntry) => e.name.trim() || c.t('person');
const edit = (id: string, patch: Partial<SupportEntry> | ((x: SupportEntry) => Partial<SupportEntry>)): Patch => (v) => ({
  ...v,
  support: v.support.map((x) => (x.id === id ? { ...x, ...(typeof patch === 'function' ? patch(x) : patch) } : x)),
});

/** Plan 2: me, then people, then professionals. */
export function plan2(c: PlanCtx): TemplateResult {
  const { t, value: v } = c;
  const { createId, icon, ICON, MAX } = c.lib;
  const ordered = orderedSupport(v.support);
  const free = c.surface === 'shared' ? [] : availablePeople([c.people, supportPeople(c.network)], v);
  const step = (n: number, pro: boolean) => {
    const list = ordered.filter((e) => e.professional === pro);
    const pick = free.filter((p) => (p.sector === 'professionals') === pro);
    return html`<li class="step">
      <h4><span class="n" aria-hidden="true">${n}</span>${t(pro ? 'step3' : 'step2')}</h4>
      ${pick.length
        ? html`<div class="pick no-print" role="group" aria-labelledby="nw${n}">
            <span class="lbl" id="nw${n}">${t('network')}</span>
            ${pick.map(
              (p) => html`<button type="button" class="btn" @click=${() => {
                const e = entryFromPerson(p, createId('p'));
                c.add('support', e, `[id="help-${e.id}"]`);
              }}>${icon(ICON.add)}${p.name}${p.inSubstanceEnvironment ? html`<small>(${t('inEnv')})</small>` : nothing}</button>`,
            )}
          </div>`
        : nothing}
      ${list.length ? html`<ul>${repeat(list, (e) => e.id, (e) => card(c, e))}</ul>` : html`<p class="hint">${t('none')}</p>`}
      ${v.support.length < 20
        ? c.btn(t(pro ? 'addPro' : 'addPerson'), ICON.add, () => {
            const e = newEntry(createId('p'), pro);
            c.add('support', e, `[id="n-${e.id}"]`);
          }, 'add no-print')
        : nothing}
    </li>`;
  };
  return html`<section part="plan2" aria-labelledby="p2">
    <div class="sh"><h3 id="p2">${t('plan2')}</h3>${c.readBtn('plan2', t('plan2'))}</div>
    <p class="hint">${t('plan2Hint')}</p>
    <ol class="steps">
      <li class="step">
        <h4><span class="n" aria-hidden="true">1</span>${t('step1')}</h4>
        <p>${t('step1Text')}</p>
        <label for="nt">${t('notice')}</label>
        <textarea id="nt" maxlength=${MAX.text} rows="2" .value=${v.notice}
          @input=${(e: Event) => c.type(e, (x) => ({ ...x, notice: val(e) }))} @change=${c.commit}></textarea>
      </li>
      ${step(2, false)} ${step(3, true)}
    </ol>
  </section>`;
}

function card(c: PlanCtx, e: SupportEntry): TemplateResult {
  const t = c.t;
  const { MAX, icon, ICON, SUPPORT_FIELDS } = c.lib;
  const name = who(c, e);
  const input = (k: keyof SupportEntry) => (ev: Event) => c.type(ev, edit(e.id, { [k]: val(ev) }));
  return html`<li class="card" data-id=${e.id}>
    <div class="who">
      <label>${t('name')}<input id="n-${e.id}" maxlength=${MAX.short} autocomplete="off" .value=${e.name} @input=${input('name')} @change=${c.commit} /></label>
      ${c.surface === 'shared'
        ? nothing
        : html`<label>${t('phone')}<input type="tel" maxlength=${MAX.phone} autocomplete="off" .value=${e.phone} @input=${input('phone')} @change=${c.commit} /></label>`}
      <button type="button" class="btn idea pro" aria-pressed=${e.professional} @click=${() => {
        c.focus(`[data-id="${e.id}"] .pro`);
        c.set(edit(e.id, (x) => ({ professional: !x.professional }))(c.value));
      }}>${icon(ICON.tick, 'icon tick')}${t('professional')}</button>
    </div>
    ${SUPPORT_FIELDS.map(
      (k) => html`<label for="${k}-${e.id}">${t(k, { name })}</label>
        <textarea id="${k}-${e.id}" maxlength=${MAX.text} rows="2" .value=${e[k]} @input=${input(k)} @change=${c.commit}></textarea>`,
    )}
    ${c.btn(t('remove'), ICON.remove, () => c.remove('support', e.id), 'rm no-print', t('removePerson', { name }))}
  </li>`;
}

/** The calm one-screen crisis view: what I do now, whom I can call. Also the pocket card. */
export function crisis(c: PlanCtx): TemplateResult {
  const t = c.t;
  const { icon, ICON, IDEA_ICONS, COPING_IDEAS } = c.lib;
  const k = crisisContent(c.value, COPING_IDEAS);
  const shared = c.surface === 'shared';
  return html`<div class="crisis" part="crisis" role="region" aria-labelledby="ct">
    <div class="sh">
      <h2 id="ct" tabindex="-1">${t('crisisTitle')}</h2>
      ${c.readBtn('crisis', t('crisisOpen'))}
    </div>
    ${k.ideas.length || k.texts.length
      ? html`<h3>${t('doNow')}</h3>
          <ul class="now">
            ${k.ideas.map((i) => html`<li>${icon(IDEA_ICONS[i], 'icon pic')}${t(i)}</li>`)}
            ${k.texts.map((x) => html`<li class="own">${x}</li>`)}
          </ul>`
      : nothing}
    ${k.people.length
      ? html`<h3>${t('callNow')}</h3>
          <ul class="calls">
            ${k.people.map((e) => {
              const href = shared ? '' : telHref(e.phone);
              const pro = e.professional ? html` <small>(${t('professional')})</small>` : nothing;
              return html`<li>${href
                ? html`<a class="btn call" href=${href}>${icon(IDEA_ICONS.call)}<span>${t('callName', { name: who(c, e) })}${pro}<small class="tel">${e.phone}</small></span></a>`
                : html`<span class="call">${icon(IDEA_ICONS.together)}<span>${who(c, e)}${pro}${shared ? nothing : html`<small class="tel">${e.phone}</small>`}</span></span>`}</li>`;
            })}
          </ul>`
      : nothing}
    ${k.ideas.length || k.texts.length || k.people.length ? nothing : html`<p>${t('nothingYet')}</p>`}
    ${c.btn(t('back'), ICON.back, c.back, 'back no-print')}
  </div>`;
}

/** The sentences read aloud for a section, in the active language. */
export function speech(c: PlanCtx, section: Section): string {
  const { t, value: v } = c;
  const { SUPPORT_FIELDS, COPING_IDEAS } = c.lib;
  let out: string[];
  if (section === 'plan1') {
    out = [t('plan1'), ...v.coping.map((r) => `${t('if')} ${r.when} ${t('then')} ${[...r.ideas.map((i) => t(i)), r.text].filter(Boolean).join(', ')}`)];
  } else if (section === 'plan2') {
    out = [
      t('plan2'),
      v.notice && `${t('notice')}: ${v.notice}`,
      ...orderedSupport(v.support).flatMap((e) => [e.name, ...SUPPORT_FIELDS.map((k) => e[k] && `${t(k, { name: who(c, e) })} ${e[k]}`)]),
    ];
  } else {
    const k = crisisContent(v, COPING_IDEAS);
    out = [t('crisisTitle'), t('doNow'), ...k.ideas.map((i) => t(i)), ...k.texts, t('callNow'), ...k.people.map((e) => who(c, e))];
  }
  return out.filter(Boolean).join('. ');
}
