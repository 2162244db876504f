/**
 * Entry `gruppekit/react`: React components for every tool, made with `@lit/react`, for hosts
 * on React 18 (which sets every prop on a custom element as an attribute and cannot listen to
 * its events). React 19 hosts can use the tags themselves (React 19 sets properties and
 * listens to `on…` events on custom elements).
 *
 *   import { Scale } from 'gruppekit/react';
 *   <Scale name="trang" preset="craving" value={n} onChange={(e) => setN(e.currentTarget.value)} />
 *
 * Props are the element's properties (`value`, `strings`, `history` …, set as properties);
 * events: `onInput` ('input'), `onChange` ('change'), `onInvalidValue` ('gk-invalid-value')
 * and, on the check-in board, `onReveal` ('gk-reveal'). The handlers get the native event.
 *
 * Importing this entry registers every tag, like `gruppekit`. The define() calls stand here
 * and not in an imported entry: see the comment in src/index.ts.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { InvalidValueEvent } from './core/base-element.js';
import { defineAll, TOOLS } from './components/registry.js';
import type { RevealEvent } from './components/checkin-board/checkin-board.component.js';

defineAll();

/**
 * A change event whose `currentTarget` is the element (so `e.currentTarget.value` is typed).
 * The listener is added on the element itself, so `currentTarget` is always the element.
 */
export type GkEvent<T extends HTMLElement, E extends Event = Event> = E & { readonly currentTarget: T };

const events = <T extends HTMLElement>() => ({
  onInput: 'input' as EventName<GkEvent<T>>,
  onChange: 'change' as EventName<GkEvent<T>>,
  onInvalidValue: 'gk-invalid-value' as EventName<GkEvent<T, InvalidValueEvent>>,
});

type Tag = keyof typeof TOOLS;
type Tool<K extends Tag> = InstanceType<(typeof TOOLS)[K]>;

const wrap = <K extends Tag>(tagName: K, displayName: string) =>
  createComponent({ react: React, tagName, elementClass: TOOLS[tagName] as unknown as new () => Tool<K>, events: events<Tool<K>>(), displayName });

/** `<gk-scale>`: the 0–10 scale; `value` is `number | null`. */
export const Scale = wrap('gk-scale', 'Scale');
/** `<gk-feelings-picker>`: feelings cards for check-in and check-out. */
export const FeelingsPicker = wrap('gk-feelings-picker', 'FeelingsPicker');
/** `<gk-checkin-board>`: the facilitator's logbook; `onReveal` when names are shown or hidden. */
export const CheckinBoard = createComponent({
  react: React,
  tagName: 'gk-checkin-board',
  elementClass: TOOLS['gk-checkin-board'],
  events: { ...events<Tool<'gk-checkin-board'>>(), onReveal: 'gk-reveal' as EventName<GkEvent<Tool<'gk-checkin-board'>, RevealEvent>> },
  displayName: 'CheckinBoard',
});
/** `<gk-agenda>`: the visual agenda. */
export const Agenda = wrap('gk-agenda', 'Agenda');
/** `<gk-plus-minus>`: the plus/minus sheet. */
export const PlusMinus = wrap('gk-plus-minus', 'PlusMinus');
/** `<gk-change-circle>`: the change circle. */
export const ChangeCircle = wrap('gk-change-circle', 'ChangeCircle');
/** `<gk-network-circle>`: the network circle. */
export const NetworkCircle = wrap('gk-network-circle', 'NetworkCircle');
/** `<gk-emergency-plan>`: the personal emergency plan. */
export const EmergencyPlan = wrap('gk-emergency-plan', 'EmergencyPlan');

export type * from './classes.js';
