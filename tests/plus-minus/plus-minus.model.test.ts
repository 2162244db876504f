// The plus/minus sheet's pure model: validation, normalisation and operations, without pixels.
import { expect } from '@open-wc/testing';
import { checkPlusMinusValue, PLUS_MINUS_ROWS, type PlusMinusValue } from '../../src/plus-minus.js';
import { addEntry, groupEntries } from '../../src/components/plus-minus/plus-minus.model.js';
import { moveEntry, removeEntry, updateEntry } from '../../src/components/plus-minus/plus-minus.ops.js';

const sheet = (entries: unknown[], extra: object = {}) => ({ version: 1, topic: 'Hash', entries, ...extra });
const bad = (v: unknown, layout?: 'two' | 'four' | 'evaluation') => {
  const r = checkPlusMinusValue(v, layout);
  if (r.ok) throw new Error('expected a failure');
  return [r.field, r.reason];
};

describe('plus-minus model: checkPlusMinusValue', () => {
  it('normalises: layout from the fallback, empty optional fields dropped, names trimmed', () => {
    const r = checkPlusMinusValue(
      sheet([
        { id: 'a', side: 'plus', text: 'Jeg slapper af', weight: null, by: '  ' },
        { id: 'b', side: 'minus', text: 'Jeg mangler penge', weight: 7, by: ' Ali ', extra: 'x' },
      ]),
    );
    expect(r).to.deep.equal({
      ok: true,
      value: {
        version: 1,
        layout: 'two',
        topic: 'Hash',
        entries: [
          { id: 'a', side: 'plus', text: 'Jeg slapper af' },
          { id: 'b', side: 'minus', text: 'Jeg mangler penge', weight: 7, by: 'Ali' },
        ],
      },
    });
    expect(checkPlusMinusValue({ version: 1 }, 'four')).to.deep.equal({ ok: true, value: { version: 1, layout: 'four', topic: '', entries: [] } });
    expect(checkPlusMinusValue(null, 'evaluation')).to.deep.equal({ ok: true, value: { version: 1, layout: 'evaluation', topic: '', entries: [] } });
  });

  it('round-trips through JSON unchanged', () => {
    const v = {
      version: 1,
      layout: 'evaluation',
      topic: 'Forløbet',
      entries: [
        { id: 'e1', side: 'plus', row: 'group', text: 'Vi griner sammen', weight: 9, by: 'Bo' },
        { id: 'e2', side: 'minus', row: 'plans', text: '<b>svært</b>' },
      ],
    };
    const r = checkPlusMinusValue(JSON.parse(JSON.stringify(v)));
    expect(r.ok && JSON.parse(JSON.stringify(r.value))).to.deep.equal(v);
  });

  it('rows must belong to the layout; two has none', () => {
    expect(bad(sheet([{ id: 'a', side: 'plus', text: 'x', row: 'group' }], { layout: 'four' }))).to.deep.equal([
      'value.entries[0].row',
      'must be one of: continue, change',
    ]);
    expect(bad(sheet([{ id: 'a', side: 'plus', text: 'x' }], { layout: 'evaluation' }))[0]).to.equal('value.entries[0].row');
    expect(bad(sheet([{ id: 'a', side: 'plus', text: 'x', row: 'change' }]))).to.deep.equal(['value.entries[0].row', 'must be absent in layout two']);
    expect(PLUS_MINUS_ROWS.evaluation).to.deep.equal(['group', 'substances', 'dreams', 'plans']);
  });

  it('rejects malformed data and names the field, never the data', () => {
    expect(bad('{"version":1}')).to.deep.equal(['value', 'must be an object']);
    expect(bad({ version: 2, entries: [] })[0]).to.equal('value.version');
    expect(bad({ version: 1, layout: 'three' })[0]).to.equal('value.layout');
    expect(bad({ version: 1, entries: {} })[0]).to.equal('value.entries');
    expect(bad(sheet([{ id: 'a', side: 'middle', text: 'x' }]))[0]).to.equal('value.entries[0].side');
    expect(bad(sheet([{ id: 'a b', side: 'plus', text: 'x' }]))[0]).to.equal('value.entries[0].id');
    expect(bad(sheet([{ id: 'a', side: 'plus', text: '   ' }]))).to.deep.equal(['value.entries[0].text', 'must not be empty']);
    expect(bad(sheet([{ id: 'a', side: 'plus', text: 'x', weight: 11 }]))).to.deep.equal(['value.entries[0].weight', 'must be a whole number from 0 to 10']);
    expect(bad(sheet([{ id: 'a', side: 'plus', text: 'x', weight: 2.5 }]))[0]).to.equal('value.entries[0].weight');
    expect(bad(sheet([{ id: 'a', side: 'plus', text: 'x' }, { id: 'a', side: 'minus', text: 'y' }]))).to.deep.equal(['value.entries[1].id', 'must be unique']);
    const [field, reason] = bad(sheet([{ id: 'a', side: 'plus', text: 'x'.repeat(10000) }]));
    expect(field).to.equal('value.entries[0].text');
    expect(reason).to.equal('must be at most 500 characters (got 10000)');
    expect(bad(sheet([{ id: 'a', side: 'plus', text: 'x', by: 'n'.repeat(61) }]))[0]).to.equal('value.entries[0].by');
    expect(bad({ version: 1, topic: 't'.repeat(121) })[0]).to.equal('value.topic');
    expect(bad({ version: 1, entries: Array.from({ length: 1001 }, (_, i) => ({ id: `e${i}`, side: 'plus', text: 'x' })) })[0]).to.equal('value.entries');
  });
});

describe('plus-minus model: operations', () => {
  const v: PlusMinusValue = {
    version: 1,
    layout: 'two',
    topic: '',
    entries: [
      { id: 'p1', side: 'plus', text: 'P1' },
      { id: 'm1', side: 'minus', text: 'M1' },
      { id: 'p2', side: 'plus', text: 'P2' },
      { id: 'p3', side: 'plus', text: 'P3', weight: 4, by: 'Ali' },
    ],
  };
  const ids = (x: PlusMinusValue) => x.entries.map((e) => e.id);

  it('moveEntry moves within the field only and never mutates', () => {
    expect(ids(moveEntry(v, 'p2', -1))).to.deep.equal(['p2', 'p1', 'm1', 'p3']);
    expect(ids(moveEntry(v, 'p1', 1))).to.deep.equal(['m1', 'p2', 'p1', 'p3']);
    expect(ids(moveEntry(v, 'p1', 2))).to.deep.equal(['m1', 'p2', 'p3', 'p1']);
    expect(moveEntry(v, 'p1', -1), 'already first: the same object').to.equal(v);
    expect(moveEntry(v, 'm1', 1)).to.equal(v);
    expect(ids(v)).to.deep.equal(['p1', 'm1', 'p2', 'p3']);
  });

  it('updateEntry patches; empty weight and name are removed', () => {
    const u = updateEntry(v, 'p3', { weight: undefined, by: '' });
    expect(u.entries[3]).to.deep.equal({ id: 'p3', side: 'plus', text: 'P3' });
    expect(updateEntry(v, 'p1', { side: 'minus' }).entries[0].side).to.equal('minus');
    expect(v.entries[3].weight).to.equal(4);
  });

  it('addEntry, removeEntry and groupEntries', () => {
    const a = addEntry(v, { id: 'm2', side: 'minus', text: 'M2' });
    expect(ids(a)).to.deep.equal(['p1', 'm1', 'p2', 'p3', 'm2']);
    expect(ids(removeEntry(a, 'p2'))).to.deep.equal(['p1', 'm1', 'p3', 'm2']);
    const g = groupEntries(a.entries);
    expect([...g.keys()]).to.deep.equal(['/plus', '/minus']);
    expect(g.get('/minus')!.map((e) => e.id)).to.deep.equal(['m1', 'm2']);
  });
});
