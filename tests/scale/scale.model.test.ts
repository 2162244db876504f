// The scale's pure model and input mapping: no DOM, no element.
import { expect } from '@open-wc/testing';
import { scaleKey, valueAtFraction } from '../../src/components/scale/scale.input.js';
import { checkScaleHistory, checkScaleValue } from '../../src/components/scale/scale.model.js';

describe('scale model', () => {
  it('a value is null (unanswered) or a whole number 0–10', () => {
    expect(checkScaleValue(null)).to.deep.equal({ ok: true, value: null });
    expect(checkScaleValue(undefined)).to.deep.equal({ ok: true, value: null });
    expect(checkScaleValue(0)).to.deep.equal({ ok: true, value: 0 });
    expect(checkScaleValue(10)).to.deep.equal({ ok: true, value: 10 });
    for (const bad of [-1, 11, 6.5, '6.5', '1e1', 'syv', '-1', NaN, {}, [4], true]) {
      const r = checkScaleValue(bad);
      expect(r.ok, String(bad)).to.equal(false);
      if (!r.ok) expect(r.reason).to.equal('must be a whole number from 0 to 10');
    }
  });

  it('text is read as a native range input reads it: empty is unanswered, a number is the number (Svelte, Vue v-model)', () => {
    expect(checkScaleValue('')).to.deep.equal({ ok: true, value: null });
    expect(checkScaleValue('  ')).to.deep.equal({ ok: true, value: null });
    expect(checkScaleValue(' 7 ')).to.deep.equal({ ok: true, value: 7 });
    expect(checkScaleValue('0')).to.deep.equal({ ok: true, value: 0 });
    expect(checkScaleValue('10')).to.deep.equal({ ok: true, value: 10 });
  });

  it('history: at most 52 marks, each a value and an optional short label; the failing field is named', () => {
    expect(checkScaleHistory(undefined)).to.deep.equal({ ok: true, value: [] });
    expect(checkScaleHistory([{ value: 4, label: 'Møde 1' }, { value: 6, label: '' }])).to.deep.equal({
      ok: true,
      value: [{ value: 4, label: 'Møde 1' }, { value: 6 }],
    });
    const field = (v: unknown) => {
      const r = checkScaleHistory(v);
      return r.ok ? 'ok' : r.field;
    };
    expect(field('4,6')).to.equal('history');
    expect(field([{ value: 4 }, 5])).to.equal('history[1]');
    expect(field([{ value: 11 }])).to.equal('history[0].value');
    expect(field([{ value: 3, label: 'x'.repeat(61) }])).to.equal('history[0].label');
    expect(field(Array.from({ length: 53 }, () => ({ value: 1 })))).to.equal('history');
  });

  it('keys (APG): the slider steps 1 and 2 from the answer, the radio group 1; unanswered starts at 0', () => {
    expect(scaleKey('ArrowRight', 5)).to.equal(6);
    expect(scaleKey('ArrowDown', 5)).to.equal(4);
    expect(scaleKey('PageUp', 5)).to.equal(7);
    expect(scaleKey('PageDown', 5, true), 'radio group: 1').to.equal(4);
    expect(scaleKey('PageUp', 10)).to.equal(10);
    expect(scaleKey('ArrowLeft', 0)).to.equal(0);
    expect(scaleKey('ArrowRight', null), 'no middle answer suggested').to.equal(0);
    expect(scaleKey('ArrowLeft', null)).to.equal(0);
    expect(scaleKey('Home', 7)).to.equal(0);
    expect(scaleKey('End', null)).to.equal(10);
    expect(scaleKey('8', null)).to.equal(8);
    expect(scaleKey('Tab', 3)).to.equal(undefined);
    expect(scaleKey('a', 3)).to.equal(undefined);
  });

  it('a pointer at a fraction of the track is on one of eleven equal cells', () => {
    expect(valueAtFraction(-0.2)).to.equal(0);
    expect(valueAtFraction(0)).to.equal(0);
    expect(valueAtFraction(0.5)).to.equal(5);
    expect(valueAtFraction(0.95)).to.equal(10);
    expect(valueAtFraction(1)).to.equal(10);
    expect(valueAtFraction(3)).to.equal(10);
  });
});
