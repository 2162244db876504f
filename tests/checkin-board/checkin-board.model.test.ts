import { expect } from '@open-wc/testing';
import {
  addParticipant,
  checkBoardValue,
  emptyBoard,
  MAX_PARTICIPANTS,
  notChosen,
  recordPicker,
  removeParticipant,
  restoreParticipant,
  setChoice,
  tally,
  type BoardValue,
} from '../../src/checkin-board.js';

const board = (): BoardValue => ({
  version: 1,
  participants: [
    { id: 'a', name: 'AB', persona: 'young-man', checkIn: ['afraid'], checkOut: ['happy'] },
    { id: 'b', name: 'Camilla', persona: 'young-woman', checkIn: ['ok', 'sad'], checkOut: [] },
    { id: 'c', name: 'DE', persona: 'middle-aged-man', checkIn: [], checkOut: [] },
  ],
});

describe('checkin-board model: the value', () => {
  it('accepts a good board and normalises missing choices to empty lists', () => {
    const r = checkBoardValue({ version: 1, participants: [{ id: 'x', name: ' Ib ', persona: 'middle-aged-woman' }] });
    expect(r).to.deep.equal({ ok: true, value: { version: 1, participants: [{ id: 'x', name: 'Ib', persona: 'middle-aged-woman', checkIn: [], checkOut: [] }] } });
    expect(checkBoardValue(null)).to.deep.equal({ ok: true, value: emptyBoard() });
    expect(checkBoardValue(board())).to.deep.equal({ ok: true, value: board() });
  });

  it('names the failing field', () => {
    const p = board().participants[0];
    const cases: [unknown, string][] = [
      [{ version: 2, participants: [] }, 'value.version'],
      [{ version: 1, participants: {} }, 'value.participants'],
      [{ version: 1, participants: Array.from({ length: 14 }, (_, i) => ({ ...p, id: `p${i}` })) }, 'value.participants'],
      [{ version: 1, participants: [p, { ...p }] }, 'value.participants[1].id'],
      [{ version: 1, participants: [{ ...p, persona: 'child' }] }, 'value.participants[0].persona'],
      [{ version: 1, participants: [{ ...p, checkIn: ['bored'] }] }, 'value.participants[0].checkIn[0]'],
      [{ version: 1, participants: [{ ...p, checkOut: ['ok', 'sad', 'afraid', 'happy'] }] }, 'value.participants[0].checkOut'],
      [{ version: 1, participants: [{ ...p, name: 'x'.repeat(10000) }] }, 'value.participants[0].name'],
      [{ version: 1, participants: [{ ...p, name: '  ' }] }, 'value.participants[0].name'],
      [{ version: 1, participants: [{ ...p, id: 'has space' }] }, 'value.participants[0].id'],
    ];
    for (const [v, field] of cases) {
      const r = checkBoardValue(v);
      expect(r.ok, field).to.equal(false);
      if (!r.ok) expect(r.field).to.equal(field);
    }
  });
});

describe('checkin-board model: operations', () => {
  it('adding and removing never moves anybody else`s choice', () => {
    const added = addParticipant(board(), { name: ' Fie ', persona: 'young-woman', id: 'f' });
    expect(added.participants.map((p) => p.name)).to.deep.equal(['AB', 'Camilla', 'DE', 'Fie']);
    const removed = removeParticipant(added, 'b');
    expect(removed.participants.find((p) => p.id === 'a')).to.deep.equal(board().participants[0]);
    expect(removed.participants.map((p) => p.id)).to.deep.equal(['a', 'c', 'f']);
    const back = restoreParticipant(removed, board().participants[1], 1);
    expect(back.participants.map((p) => p.id)).to.deep.equal(['a', 'b', 'c', 'f']);
    expect(back.participants[1].checkIn, 'the removed participant`s choice comes back').to.deep.equal(['ok', 'sad']);
    expect(restoreParticipant(back, board().participants[1], 0), 'no duplicates').to.equal(back);
  });

  it('stops at 13 participants', () => {
    let b = emptyBoard();
    for (let i = 0; i < 15; i++) b = addParticipant(b, { name: `P${i}`, persona: 'young-man' });
    expect(b.participants).to.have.length(MAX_PARTICIPANTS);
    expect(new Set(b.participants.map((p) => p.id)).size).to.equal(13);
    expect(checkBoardValue(b).ok).to.equal(true);
  });

  it('records choices by id, also straight from a picker value', () => {
    let b = setChoice(board(), 'c', 'check-in', ['angry']);
    expect(b.participants[2].checkIn).to.deep.equal(['angry']);
    b = recordPicker(b, 'b', { version: 1, persona: 'young-woman', phase: 'check-out', feelings: ['happy'], checkIn: ['afraid'] });
    expect(b.participants[1]).to.deep.include({ checkIn: ['ok', 'sad'], checkOut: ['happy'] });
    b = recordPicker(b, 'c', { version: 1, persona: 'middle-aged-man', phase: 'check-out', feelings: ['ok'], checkIn: ['sad'] });
    expect(b.participants[2]).to.deep.include({ checkIn: ['angry'], checkOut: ['ok'] });
  });

  it('counts each card and lists who has not chosen', () => {
    const t = tally(board(), 'check-in');
    expect(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.length]))).to.deep.equal({ angry: 0, sad: 1, afraid: 1, ok: 1, happy: 0, other: 0 });
    expect(notChosen(board(), 'check-in').map((p) => p.name)).to.deep.equal(['DE']);
    expect(notChosen(board(), 'check-out').map((p) => p.name)).to.deep.equal(['Camilla', 'DE']);
  });
});
