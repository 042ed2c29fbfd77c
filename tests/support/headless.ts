// Test helper: the scripted player lives in scripts/ so scripts can use it without importing tests.
export * from '../../scripts/headless-game';
