// Test helper: right and wrong answers live in scripts/ so scripts can use them without importing tests.
export * from '../../scripts/quiz-answers';
