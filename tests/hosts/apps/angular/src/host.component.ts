import { Component, CUSTOM_ELEMENTS_SCHEMA, computed, signal } from '@angular/core';
import type { FeelingsValue, GkFeelingsPicker, GkScale } from 'gruppekit/classes.js';

// The standard contract: state in signals, bound with [value] (a DOM property), (change) → state.
// CUSTOM_ELEMENTS_SCHEMA lets Angular leave gk- elements to the browser. No FormsModule: the
// form stays a plain form, so FormData and reset work as in any page.
@Component({
  selector: 'gk-host',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <form id="host">
      <gk-scale name="trang" preset="craving" [value]="scale()" (change)="onScale($event)"></gk-scale>
      <gk-feelings-picker name="ind" [value]="feelings()" (change)="onFeelings($event)"></gk-feelings-picker>
      <button type="button" id="rerender" (click)="renders.set(renders() + 1)">Tegn igen</button>
      <button type="reset">Nulstil</button>
    </form>
    <output id="state">{{ state() }}</output>
  `,
})
export class HostComponent {
  readonly scale = signal<number | null>(3);
  readonly feelings = signal<FeelingsValue | null>({ version: 1, persona: 'middle-aged-woman', phase: 'check-in', feelings: ['ok'] });
  readonly changes = signal(0);
  readonly renders = signal(0);
  readonly state = computed(() =>
    JSON.stringify({ scale: this.scale(), feelings: this.feelings(), changes: this.changes(), renders: this.renders() }),
  );

  onScale(e: Event): void {
    this.scale.set((e.target as GkScale).value);
    this.changes.update((n) => n + 1);
  }
  onFeelings(e: Event): void {
    this.feelings.set((e.target as GkFeelingsPicker).value);
    this.changes.update((n) => n + 1);
  }
}
