// The core pieces on their own, without any tool.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '../../src/core/define.js';
import { createId } from '../../src/core/id.js';
import { moveItem, removeById, updateById } from '../../src/core/list.js';
import { format, normalizeLang, resolveLang } from '../../src/core/localize.js';
import { supportPeople } from '../../src/core/people.js';
import { rovingIndex } from '../../src/core/roving.js';
import { UndoStack } from '../../src/core/undo.js';
import { checkArray, checkDate, checkEnum, checkId, checkInt, checkText, checkUniqueIds, checkVersion, checkBool, isVersioned, notVersioned } from '../../src/core/validation.js';

describe('core/validation', () => {
  it('checkInt accepts whole numbers in range only', () => {
    expect(checkInt('n', 3, 0, 10)).to.deep.equal({ ok: true, value: 3 });
    for (const bad of [11, -1, 2.5, '3', NaN, null]) expect(checkInt('n', bad, 0, 10).ok, String(bad)).to.equal(false);
  });
  it('checkText limits length and type, and never echoes the text', () => {
    const long = checkText('name', 'x'.repeat(10000), { max: 100 });
    expect(long).to.deep.equal({ ok: false, field: 'name', reason: 'must be at most 100 characters (got 10000)' });
    expect(checkText('name', 5).ok).to.equal(false);
    expect(checkText('name', undefined, { optional: true })).to.deep.equal({ ok: true, value: '' });
    expect(checkText('name', undefined).ok).to.equal(false);
  });
  it('checkArray names the failing index', () => {
    const r = checkArray('value.items', [1, 2, 'x'], (x, f) => checkInt(f, x, 0, 5));
    expect(r).to.deep.equal({ ok: false, field: 'value.items[2]', reason: 'must be a whole number from 0 to 5' });
    expect(checkArray('l', [1, 2, 3], (x, f) => checkInt(f, x, 0, 5), 2).ok).to.equal(false);
    expect(checkArray('l', 'nope', (x, f) => checkInt(f, x, 0, 5)).ok).to.equal(false);
  });
  it('checkEnum, checkBool, checkDate, checkId, checkUniqueIds, checkVersion', () => {
    expect(checkEnum('k', 'b', ['a', 'b'])).to.deep.equal({ ok: true, value: 'b' });
    expect(checkEnum('k', 'c', ['a', 'b']).ok).to.equal(false);
    expect(checkBool('b', undefined, true)).to.deep.equal({ ok: true, value: true });
    expect(checkBool('b', 'yes').ok).to.equal(false);
    expect(checkDate('d', '2026-03-01').ok).to.equal(true);
    expect(checkDate('d', 'igår').ok).to.equal(false);
    expect(checkDate('d', '', false).ok).to.equal(false);
    expect(checkId('id', 'p-1').ok).to.equal(true);
    expect(checkId('id', 'has space').ok).to.equal(false);
    expect(checkUniqueIds('people', [{ id: 'a' }, { id: 'a' }])).to.deep.equal({ ok: false, field: 'people[1].id', reason: 'must be unique' });
    expect(checkVersion('version', 2, 1).ok).to.equal(false);
  });
});

describe('core/validation: versioned values', () => {
  it('isVersioned accepts objects with version 1; notVersioned names the field', () => {
    expect(isVersioned({ version: 1 })).to.equal(true);
    for (const bad of [null, [], 'x', { version: 2 }, {}]) expect(isVersioned(bad), JSON.stringify(bad)).to.equal(false);
    expect(notVersioned('value', 'x', 'an object like { version: 1 }')).to.deep.equal({ ok: false, field: 'value', reason: 'must be an object like { version: 1 }' });
    expect(notVersioned('value', { version: 2 }, 'x')).to.deep.equal({ ok: false, field: 'value.version', reason: 'must be 1' });
  });
});

describe('core/localize', () => {
  it('normalises language tags', () => {
    expect(['da-DK', 'nb', 'no', 'nn-NO', 'sv_SE', 'en-GB', 'de', ''].map(normalizeLang)).to.deep.equal(['da', 'nb', 'nb', 'nb', 'sv', 'en', undefined, undefined]);
  });
  it('resolves the nearest lang across shadow roots; unknown languages fall back to Danish', () => {
    const outer = document.createElement('div');
    outer.lang = 'sv';
    const host = document.createElement('span');
    outer.append(host);
    document.body.append(outer);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('sv');
    outer.setAttribute('lang', 'de');
    expect(resolveLang(inner)).to.equal('da');
    inner.setAttribute('lang', 'en');
    expect(resolveLang(inner)).to.equal('en');
    outer.remove();
  });
  it('formats placeholders and leaves unknown ones', () => {
    expect(format('{value} af 10 {x}', { value: 7 })).to.equal('7 af 10 {x}');
  });
});

describe('core/roving', () => {
  it('moves, wraps, respects orientation and Home/End', () => {
    expect(rovingIndex('ArrowRight', 4, 5)).to.equal(0);
    expect(rovingIndex('ArrowRight', 4, 5, { wrap: false })).to.equal(4);
    expect(rovingIndex('ArrowLeft', 0, 5)).to.equal(4);
    expect(rovingIndex('ArrowDown', 1, 5, { orientation: 'horizontal' })).to.equal(null);
    expect(rovingIndex('ArrowDown', 1, 5, { orientation: 'vertical' })).to.equal(2);
    expect(rovingIndex('Home', 3, 5)).to.equal(0);
    expect(rovingIndex('End', 0, 5)).to.equal(4);
    expect(rovingIndex('a', 0, 5)).to.equal(null);
    expect(rovingIndex('ArrowRight', -1, 5), 'nothing focused yet').to.equal(0);
  });
});

describe('core/list, undo, id', () => {
  it('moves items without mutating', () => {
    const l = ['a', 'b', 'c'];
    expect(moveItem(l, 0, 2)).to.deep.equal(['b', 'c', 'a']);
    expect(moveItem(l, 2, -5)).to.deep.equal(['c', 'a', 'b']);
    expect(l).to.deep.equal(['a', 'b', 'c']);
    const items = [{ id: 'x', n: 1 }, { id: 'y', n: 2 }];
    expect(updateById(items, 'y', (i) => ({ ...i, n: 9 }))[1].n).to.equal(9);
    expect(removeById(items, 'x')).to.deep.equal([{ id: 'y', n: 2 }]);
  });
  it('undo returns earlier values with labels, bounded', () => {
    const u = new UndoStack<number>(2);
    expect(u.canUndo).to.equal(false);
    u.push(1, 'one');
    u.push(2, 'two');
    u.push(3, 'three');
    expect(u.label).to.equal('three');
    expect(u.pop()).to.equal(3);
    expect(u.pop()).to.equal(2);
    expect(u.pop(), 'limit dropped the oldest').to.equal(undefined);
  });
  it('ids are unique and safe', () => {
    const ids = new Set(Array.from({ length: 500 }, () => createId('p')));
    expect(ids.size).to.equal(500);
    for (const id of ids) expect(id).to.match(/^p-[a-z0-9]{12}$/);
  });
});

describe('core/people', () => {
  it('takes the people who can help from a network value, outside the substance environment first', () => {
    const network = {
      version: 1,
      people: [
        { id: 'a', name: 'Kim', canHelp: true, inSubstanceEnvironment: true },
        { id: 'b', name: 'Mor', canHelp: true, phone: '12345678', sector: 'family' },
        { id: 'c', name: 'Jonas', canHelp: false },
        { id: 7, name: 'bad id', canHelp: true },
      ],
    };
    expect(supportPeople(network)).to.deep.equal([
      { id: 'b', name: 'Mor', phone: '12345678', sector: 'family' },
      { id: 'a', name: 'Kim', inSubstanceEnvironment: true },
    ]);
    expect(supportPeople(null)).to.deep.equal([]);
    expect(supportPeople({ people: 'x' })).to.deep.equal([]);
  });
});

describe('core/define', () => {
  it('warns instead of throwing when a tag is already taken by another class', () => {
    class A extends LitElement {}
    class B extends LitElement {}
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      define('gk-test-define', A);
      define('gk-test-define', A);
      expect(warnings, 'same class twice is silent').to.have.length(0);
      expect(() => define('gk-test-define', B)).not.to.throw();
      expect(customElements.get('gk-test-define')).to.equal(A);
      expect(warnings[0]).to.contain('<gk-test-define> is already defined');
    } finally {
      console.warn = original;
    }
  });
});

describe('core/lazy', () => {
  it('loads once, re-renders the waiting element, and gives up quietly after a failed load', async () => {
    const { lazy } = await import('../../src/core/lazy.js');
    let loads = 0;
    const waits: Promise<unknown>[] = [];
    const el = { whenLoaded: (p: Promise<unknown>) => waits.push(p) };
    const part = lazy(async () => (loads++, { n: 1 }));
    expect(part(el)).to.equal(undefined);
    expect(part(el)).to.equal(undefined);
    await Promise.all(waits);
    expect(part(el)).to.deep.equal({ n: 1 });
    expect(loads).to.equal(1);
    let seen = 0;
    part(el, (m) => (seen = m.n));
    expect(seen, 'then runs at once when loaded').to.equal(1);
    expect(part.wait(), 'nothing to wait for once loaded').to.equal(undefined);

    // wait(): starts the load by itself and resolves when the part is here (for shouldUpdate)
    let heldLoads = 0;
    const held = lazy(async () => (heldLoads++, { n: 2 }));
    const waiting = held.wait();
    expect(held.wait(), 'the same load, not a second one').to.equal(waiting);
    expect(held(el), 'not here yet').to.equal(undefined);
    expect(waiting).to.be.instanceOf(Promise);
    expect(await waiting).to.deep.equal({ n: 2 });
    expect(held.wait()).to.equal(undefined);
    expect(held(el)).to.deep.equal({ n: 2 });
    expect(heldLoads).to.equal(1);

    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      let tries = 0;
      const broken = lazy(async () => {
        tries++;
        throw new Error('chunk missing');
      });
      broken(el);
      await Promise.all(waits);
      const before = waits.length;
      broken(el);
      expect(waits.length, 'no new wait (which would re-render for ever)').to.equal(before);
      expect(tries, 'not asked again on every render').to.equal(1);
      expect(warnings.join()).to.contain('chunk missing');
      expect(broken.wait(), 'a failed part is not waited for, nor tried again').to.equal(undefined);
      expect(tries).to.equal(1);
    } finally {
      console.warn = original;
    }
  });
});

describe('core/lazy: a loader that throws at once', () => {
  it('a synchronous throw inside the loader (webpack under Trusted Types) is a failed load, not an exception', async () => {
    const { lazy, attempt } = await import('../../src/core/lazy.js');
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const waits: Promise<unknown>[] = [];
      const el = { whenLoaded: (p: Promise<unknown>) => waits.push(p) };
      const throwsAtOnce = lazy((): Promise<unknown> => {
        throw new TypeError("Failed to set the 'src' property on 'HTMLScriptElement'");
      });
      expect(() => throwsAtOnce(el), 'rendering goes on').not.to.throw();
      await Promise.all(waits);
      expect(throwsAtOnce(el)).to.equal(undefined);
      expect(warnings.join()).to.contain('could not be loaded');
      let caught: unknown;
      await attempt(() => {
        throw new Error('at once');
      }).catch((e) => (caught = e));
      expect(String(caught)).to.contain('at once');
    } finally {
      console.warn = original;
    }
  });
});

describe('core/localize: a language that cannot load', () => {
  it('falls back to Danish once, warns, and does not ask again on every render', async () => {
    const { stringsFor } = await import('../../src/core/localize.js');
    let tries = 0;
    const table = {
      da: { hi: 'Hej' },
      nb: () => Promise.resolve({ default: { hi: 'Hei' } }),
      sv: () => Promise.resolve({ default: { hi: 'Hej' } }),
      en: (): Promise<{ default: { hi: string } }> => {
        tries++;
        throw new TypeError('blocked by the CSP');
      },
    };
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const first = stringsFor(table, 'en');
      expect(first.strings).to.equal(undefined);
      await first.pending;
      const again = stringsFor(table, 'en');
      expect(again.pending, 'nothing more to wait for (no endless re-render)').to.equal(undefined);
      expect(again.strings).to.deep.equal({ hi: 'Hej' });
      expect(tries).to.equal(1);
      expect(warnings.join()).to.contain('en strings could not be loaded');
    } finally {
      console.warn = original;
    }
  });
});
