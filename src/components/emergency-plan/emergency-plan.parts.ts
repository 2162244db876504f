/**
 * The lazily loaded parts of <gk-emergency-plan>: plan 2 (support people), the crisis view
 * (also the pocket card) and the read-aloud texts. The element loads them right after it
 * connects; `await el.updateComplete` waits for them. They take the element itself and edit
 * through its `setUserValue`; the icons, model and core they import are already loaded with
 * the element, so the chunk holds only this file and the support operations.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { createId } from '../../core/id.js';
import { updateById } from '../../core/list.js';
import { supportPeople } from '../../core/people.js';
import type { GkEmergencyPlan } from './emergency-plan.component.js';
import { btn, ICON, icon, IDEA_ICONS } from './emergency-plan.icons.js';
import { COPING_IDEAS, MAX, SUPPORT_FIELDS, type EmergencyPlanValue, type SupportEntry } from './emergency-plan.model.js';
import { availablePeople, crisisContent, entryFromPerson, newEntry, orderedSupport, telHref } from './emergency-plan.support.js';
export { partStyles as styles } from './emergency-plan.print.js';

export type Section = 'plan1' | 'plan2' | 'crisis';
type Patch = (v: EmergencyPlanValue) => EmergencyPlanValue;

const val = (e: Event) => (e.target as HTMLInputElement).value;
const who = (el: GkEmergencyPlan, e: SupportEntry) => e.name.trim() || el.t('person');
/** Typing in an inner field: the element fires `input` (the inner input's own stops at its fieldset). */
const typed = (el: GkEmergencyPlan, patch: (text: string) => Patch) => (e: Event) => el.setUserValue(patch(val(e))(el.value), false);
/** Adds a person to plan 2 and moves focus to `focus` (a field of the new card). */
const add = (el: GkEmergencyPlan, e: SupportEntry, focus: string) => {
  el._focus = focus;
  el.setUserValue({ ...el.value, support: [...el.value.support, e] });
};
/** Changes the plan-2 entry `id`. */
const edit = (id: string, patch: (x: SupportEntry) => Partial<SupportEntry>): Patch => (v) => ({
  ...v,
  support: updateById(v.support, id, (x) => ({ ...x, ...patch(x) })),
});

/** Plan 2: me, then people, then professionals. */
export function plan2(el: GkEmergencyPlan): TemplateResult {
  const t = el.t.bind(el);
  const v = el.value;
  const ordered = orderedSupport(v.support);
  const free = el.surface === 'shared' ? [] : availablePeople([el.people, supportPeople(el.network)], v);
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
                add(el, e, `[id="help-${e.id}"]`);
              }}>${icon(ICON.add)}${p.name}${p.inSubstanceEnvironment ? html`<small>(${t('inEnv')})</small>` : nothing}</button>`,
            )}
          </div>`
        : nothing}
      ${list.length ? html`<ul>${repeat(list, (e) => e.id, (e) => card(el, e))}</ul>` : html`<p class="hint">${t('none')}</p>`}
      ${v.support.length < 20
        ? btn(t(pro ? 'addPro' : 'addPerson'), ICON.add, () => {
            const e = newEntry(createId('p'), pro);
            add(el, e, `[id="n-${e.id}"]`);
          }, 'add no-print')
        : nothing}
    </li>`;
  };
  return html`<section part="plan2" aria-labelledby="p2">
    <div class="sh"><h3 id="p2">${t('plan2')}</h3>${el._readBtn('plan2', t('plan2'))}</div>
    <p class="hint">${t('plan2Hint')}</p>
    <ol class="steps">
      <li class="step">
        <h4><span class="n" aria-hidden="true">1</span>${t('step1')}</h4>
        <p>${t('step1Text')}</p>
        <label for="nt">${t('notice')}</label>
        <textarea id="nt" maxlength=${MAX.text} rows="2" .value=${v.notice}
          @input=${typed(el, (notice) => (x) => ({ ...x, notice }))}></textarea>
      </li>
      ${step(2, false)} ${step(3, true)}
    </ol>
  </section>`;
}

function card(el: GkEmergencyPlan, e: SupportEntry): TemplateResult {
  const t = el.t.bind(el);
  const name = who(el, e);
  const input = (k: keyof SupportEntry) => typed(el, (text) => edit(e.id, () => ({ [k]: text })));
  return html`<li class="card" data-id=${e.id}>
    <div class="who">
      <label>${t('name')}<input id="n-${e.id}" maxlength=${MAX.short} autocomplete="off" .value=${e.name} @input=${input('name')} /></label>
      ${el.surface === 'shared'
        ? nothing
        : html`<label>${t('phone')}<input type="tel" maxlength=${MAX.phone} autocomplete="off" .value=${e.phone} @input=${input('phone')} /></label>`}
      <button type="button" class="btn idea pro" aria-pressed=${e.professional} @click=${() => {
        el._focus = `[data-id="${e.id}"] .pro`;
        el.setUserValue(edit(e.id, (x) => ({ professional: !x.professional }))(el.value));
      }}>${icon(ICON.tick, 'icon tick')}${t('professional')}</button>
    </div>
    ${SUPPORT_FIELDS.map(
      (k) => html`<label for="${k}-${e.id}">${t(k, { name })}</label>
        <textarea id="${k}-${e.id}" maxlength=${MAX.text} rows="2" .value=${e[k]} @input=${input(k)}></textarea>`,
    )}
    ${btn(t('remove'), ICON.remove, () => el._remove('support', e.id), 'rm no-print', t('removePerson', { name }))}
  </li>`;
}

/** The calm one-screen crisis view: what I do now, whom I can call. Also the pocket card. */
export function crisis(el: GkEmergencyPlan): TemplateResult {
  const t = el.t.bind(el);
  const k = crisisContent(el.value, COPING_IDEAS);
  const shared = el.surface === 'shared';
  return html`<div class="crisis" part="crisis" role="region" aria-labelledby="ct">
    <div class="sh">
      <h2 id="ct" tabindex="-1">${t('crisisTitle')}</h2>
      ${el._readBtn('crisis', t('crisisOpen'))}
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
                ? html`<a class="btn call" href=${href}>${icon(IDEA_ICONS.call)}<span>${t('callName', { name: who(el, e) })}${pro}<small class="tel">${e.phone}</small></span></a>`
                : html`<span class="call">${icon(IDEA_ICONS.together)}<span>${who(el, e)}${pro}${shared ? nothing : html`<small class="tel">${e.phone}</small>`}</span></span>`}</li>`;
            })}
          </ul>`
      : nothing}
    ${k.ideas.length || k.texts.length || k.people.length ? nothing : html`<p>${t('nothingYet')}</p>`}
    ${btn(t('back'), ICON.back, () => {
      el.view = 'plan';
      el._focus = '.open';
    }, 'back no-print')}
  </div>`;
}

/** The sentences read aloud for a section, in the active language. */
export function speech(el: GkEmergencyPlan, section: Section): string {
  const t = el.t.bind(el);
  const v = el.value;
  let out: string[];
  if (section === 'plan1') {
    out = [t('plan1'), ...v.coping.map((r) => `${t('if')} ${r.when} ${t('then')} ${[...r.ideas.map((i) => t(i)), r.text].filter(Boolean).join(', ')}`)];
  } else if (section === 'plan2') {
    out = [
      t('plan2'),
      v.notice && `${t('notice')}: ${v.notice}`,
      ...orderedSupport(v.support).flatMap((e) => [e.name, ...SUPPORT_FIELDS.map((k) => e[k] && `${t(k, { name: who(el, e) })} ${e[k]}`)]),
    ];
  } else {
    const k = crisisContent(v, COPING_IDEAS);
    out = [t('crisisTitle'), t('doNow'), ...k.ideas.map((i) => t(i)), ...k.texts, t('callNow'), ...k.people.map((e) => who(el, e))];
  }
  return out.filter(Boolean).join('. ');
}
