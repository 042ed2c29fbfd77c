// The classroom module's public surface: session codes, result codes, verification, aggregation, CSV, the teacher's store, the demo class.
export * from './errors';
export * from './session-code';
export * from './class-game';
export * from './result-code';
export * from './demo';
export * from './verify';
export * from './aggregate';
export * from './csv';
export * from './class-store';
