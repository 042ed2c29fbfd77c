// The headless players split budgets with the rules' own allocation arithmetic (src/sim/budget.ts).
export { splitBudget, weightsOf, type Weights } from '../budget';
