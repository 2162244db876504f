/**
 * A small undo history for user edits (remove an entry, remove a person…). It holds whole
 * values, which are small plain JSON, so undo is simply "go back to the previous value".
 */
export class UndoStack<T> {
  #past: { value: T; label: string }[] = [];
  constructor(private readonly limit = 50) {}

  push(value: T, label: string): void {
    this.#past.push({ value, label });
    if (this.#past.length > this.limit) this.#past.shift();
  }

  /** The label of what the next undo will revert, e.g. "Fjernet: Gå en tur". */
  get label(): string | undefined {
    return this.#past.at(-1)?.label;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  pop(): T | undefined {
    return this.#past.pop()?.value;
  }

  clear(): void {
    this.#past = [];
  }
}
