/** The agenda's class, model, operations and strings (re-exported by `gruppekit/classes.js`). */
export * from './exports.js';
export * from './agenda.ops.js';
