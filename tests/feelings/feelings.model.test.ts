import { expect } from '@open-wc/testing';
import {
  checkFeelingCards,
  checkCheckIn,
  checkFeelingsValue,
  checkCardLabels,
  FEELINGS_DECK,
  feelingsDeck,
  FEELINGS,
  sameFeelingCards,
  startCheckOut,
  toggleFeelingCard,
  type FeelingsValue,
} from '../../src/feelings.js';

describe('feelings model: the value', () => {
  const good: FeelingsValue = { version: 1, persona: 'young-woman', phase: 'check-out', feelings: ['ok', 'happy'], checkIn: ['afraid'] };

  it('accepts a good value and returns a normalised copy (unknown fields dropped)', () => {
    const r = checkFeelingsValue({ ...good, extra: '<b>x</b>' });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value).to.deep.equal(good);
    expect(r.value).not.to.equal(good);
    expect(JSON.parse(JSON.stringify(r.value))).to.deep.equal(good);
  });

  it('null and undefined mean "nothing chosen yet"', () => {
    expect(checkFeelingsValue(null)).to.deep.equal({ ok: true, value: null });
    expect(checkFeelingsValue(undefined)).to.deep.equal({ ok: true, value: null });
  });

  it('names the failing field for bad persona, phase, feelings and version', () => {
    const cases: [unknown, string][] = [
      [{ ...good, persona: 'teenager' }, 'value.persona'],
      [{ ...good, phase: 'lunch' }, 'value.phase'],
      [{ ...good, feelings: ['ok', 'bored'] }, 'value.feelings[1]'],
      [{ ...good, feelings: ['ok', 'ok'] }, 'value.feelings[1]'],
      [{ ...good, feelings: ['ok', 'sad', 'afraid', 'happy'] }, 'value.feelings'],
      [{ ...good, feelings: 'ok' }, 'value.feelings'],
      [{ ...good, version: 2 }, 'value.version'],
      [{ ...good, checkIn: ['x'] }, 'value.checkIn[0]'],
      [{ ...good, phase: 'check-in' }, 'value.checkIn'],
      [{ ...good, otherLabel: 'x'.repeat(10000) }, 'value.otherLabel'],
      [{ ...good, otherLabel: '   ' }, 'value.otherLabel'],
      ['{"version":1}', 'value'],
      [[good], 'value'],
    ];
    for (const [v, field] of cases) {
      const r = checkFeelingsValue(v);
      expect(r.ok, field).to.equal(false);
      if (!r.ok) {
        expect(r.field).to.equal(field);
        expect(r.reason, 'the reason never repeats the data').not.to.contain('xxxx');
      }
    }
  });

  it('limits the cards to the picker`s maximum', () => {
    expect(checkFeelingsValue({ ...good, checkIn: undefined, feelings: ['ok', 'sad'] }, 'value', 1).ok).to.equal(false);
    expect(checkFeelingCards('c', ['ok', 'sad', 'afraid']).ok).to.equal(true);
    expect(checkFeelingCards('c', ['ok', 'sad', 'afraid', 'other']).ok).to.equal(false);
  });

  it('check-in may be given as cards, a check-in value or an attribute string', () => {
    expect(checkCheckIn(['afraid'])).to.deep.equal({ ok: true, value: ['afraid'] });
    expect(checkCheckIn('afraid, sad')).to.deep.equal({ ok: true, value: ['afraid', 'sad'] });
    expect(checkCheckIn({ version: 1, persona: 'young-man', phase: 'check-in', feelings: ['angry'] })).to.deep.equal({ ok: true, value: ['angry'] });
    expect(checkCheckIn('')).to.deep.equal({ ok: true, value: [] });
    expect(checkCheckIn('cross').ok).to.equal(false);
  });

  it('labels: known cards only, 1–40 characters, trimmed', () => {
    expect(checkCardLabels({ sad: ' Trist ', other: 'Træt' })).to.deep.equal({ ok: true, value: { sad: 'Trist', other: 'Træt' } });
    const bad = checkCardLabels({ bored: 'Kedsomt' });
    expect(bad.ok || bad.field).to.equal('labels.bored');
    const long = checkCardLabels({ sad: 'x'.repeat(41) });
    expect(long.ok || long.field).to.equal('labels.sad');
  });
});

describe('feelings model: operations', () => {
  it('one card: a tap replaces the choice', () => {
    expect(toggleFeelingCard(['sad'], 'ok', 1)).to.deep.equal({ cards: ['ok'], full: false });
  });

  it('up to three: taps toggle; a fourth is refused and says so', () => {
    let r = toggleFeelingCard([], 'ok', 3);
    r = toggleFeelingCard(r.cards, 'sad', 3);
    r = toggleFeelingCard(r.cards, 'afraid', 3);
    expect(r).to.deep.equal({ cards: ['ok', 'sad', 'afraid'], full: false });
    expect(toggleFeelingCard(r.cards, 'happy', 3)).to.deep.equal({ cards: ['ok', 'sad', 'afraid'], full: true });
    expect(toggleFeelingCard(r.cards, 'sad', 3)).to.deep.equal({ cards: ['ok', 'afraid'], full: false });
  });

  it('startCheckOut keeps persona and check-in, clears the choice', () => {
    const out = startCheckOut({ version: 1, persona: 'middle-aged-man', phase: 'check-in', feelings: ['afraid', 'other'], otherLabel: 'Træt' });
    expect(out).to.deep.equal({ version: 1, persona: 'middle-aged-man', phase: 'check-out', feelings: [], checkIn: ['afraid', 'other'], otherLabel: 'Træt' });
    expect(checkFeelingsValue(out).ok).to.equal(true);
  });

  it('sameFeelingCards ignores order', () => {
    expect(sameFeelingCards(['ok', 'sad'], ['sad', 'ok'])).to.equal(true);
    expect(sameFeelingCards(['ok'], ['ok', 'sad'])).to.equal(false);
  });

  it('the deck holds every feeling once and is not the bad-to-good line of the paper list', () => {
    expect([...FEELINGS_DECK].sort()).to.deep.equal([...FEELINGS].sort());
    expect(FEELINGS_DECK).not.to.deep.equal(FEELINGS);
    expect(FEELINGS_DECK[2], 'ok is not in the middle').not.to.equal('ok');
    expect(feelingsDeck(true).at(-1)).to.equal('other');
  });
});
