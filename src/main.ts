// Bundle entry: everything exported here becomes a top-level Apps Script function in dist/Code.js.

export * from './addon/entry';
export * from './sidebar/entry';
export * from './functions/entry';
export * from './sample/entry';
