import type { PropertyDeclarations, PropertyValues } from 'lit';
import { GkElement } from './base-element.js';
import type { Check } from './validation.js';

/**
 * A gruppekit element that holds a value and takes part in forms (ElementInternals).
 *
 * Contract, the same for every tool:
 * - `value` is plain JSON. Assigning an invalid value keeps the last good one and reports it.
 * - `input` while the user is moving, `change` on every committed user change; both native
 *   `Event`s that bubble and are composed. A programmatic set fires neither.
 * - `name` puts the value in FormData (a number as text, objects as JSON); `form.reset()`
 *   returns to `defaultValue`; state is restored after back navigation; `disabled` (own or
 *   from a disabled fieldset); `required` makes an empty value invalid.
 */
export abstract class GkFormElement<V, S extends object = Record<string, string>> extends GkElement<S> {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    value: { attribute: false, noAccessor: true },
    defaultValue: { attribute: false, noAccessor: true },
  };

  /** Field name for form submission. */
  declare name: string | undefined;
  /** Disables the tool (as does a disabled ancestor fieldset). */
  declare disabled: boolean;
  /** When set, an empty value makes the form invalid. */
  declare required: boolean;

  protected readonly internals: ElementInternals;
  /** True while an ancestor fieldset is disabled. */
  protected formDisabled = false;
  /** True once the user has changed the value; the default value no longer follows. */
  protected dirty = false;

  #value: V;
  #default: V;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.disabled = false;
    this.required = false;
    this.#value = this.emptyValue();
    this.#default = this.emptyValue();
  }

  /** Validates and normalises data for `value`. Pure; each tool's model exports it. */
  protected abstract checkValue(v: unknown): Check<V>;
  /** The value of an untouched tool. */
  protected abstract emptyValue(): V;
  /** Whether `v` counts as "not answered" for `required`. */
  protected isEmpty(v: V): boolean {
    return v === null || v === undefined;
  }
  /** The form value: text for FormData, or null for no entry. */
  protected toFormValue(v: V): string | null {
    if (this.isEmpty(v)) return null;
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  /** The element that a validation bubble points at. */
  protected validationAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** The current value (plain JSON). Invalid data is rejected and reported; nothing throws. */
  get value(): V {
    return this.#value;
  }
  set value(v: V) {
    this.#set(v);
  }

  /** Checks `v`; stores it and re-renders, or reports it and keeps the last good value. */
  #set(v: unknown, field = 'value'): boolean {
    const r = this.checkValue(v);
    if (!this.accept(r, field)) return false;
    const old = field === 'value' ? this.#value : this.#default;
    if (field === 'value') this.#value = r.value;
    else this.#default = r.value;
    this.requestUpdate(field, old);
    return true;
  }

  /** What `form.reset()` returns to. Setting it also sets `value` until the user changes it. */
  get defaultValue(): V {
    return this.#default;
  }
  set defaultValue(v: V) {
    if (this.#set(v, 'defaultValue') && !this.dirty) this.value = clone(this.#default);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Disabled by its own attribute or by a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /**
   * Sets the value as the user did and fires `input` (and `change` when `commit`).
   * Tools call this from their event handlers; hosts assign `value` instead.
   */
  setUserValue(v: V, commit = true): boolean {
    if (!this.#set(v)) return false;
    this.dirty = true;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (commit) this.commitChange();
    return true;
  }

  /** Fires `change` (after one or more `input`s, e.g. at the end of a drag). */
  commitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const fv = this.toFormValue(this.#value);
    this.internals.setFormValue(fv, fv);
    if (this.required && this.isEmpty(this.#value)) {
      this.internals.setValidity({ valueMissing: true }, this.coreT('required'), this.validationAnchor());
    } else {
      this.internals.setValidity({});
    }
  }

  formResetCallback(): void {
    this.dirty = false;
    this.value = clone(this.#default);
  }

  /** Back navigation: what updated() stored (JSON or plain text) returns through the check. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    let parsed: unknown = state;
    try {
      parsed = JSON.parse(state);
    } catch {
      /* plain text value */
    }
    this.value = parsed as V;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }
}

const clone = <T>(v: T): T => (v === null || typeof v !== 'object' ? v : structuredClone(v));
