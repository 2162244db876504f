export { GkCheckinBoard, type RevealEvent } from './checkin-board.component.js';
export * from './checkin-board.model.js';
export { BOARD_STRINGS, type BoardStrings } from './checkin-board.strings.js';
