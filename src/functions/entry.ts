// Custom functions typed in cells (=CAC(), =CHURN(), =KPI(), ...): the build declares one top-level stub per spec.

import { functionContext } from '../gas/function-context';
import { runCustomFunction } from './dispatch';
import type { CellOutput } from './kpi-function';
import { type CustomFunctionSpec, customFunctionSpecs } from './specs';

/** Called by every generated custom-function stub with its own name and `arguments`. */
export function runCustomFunction_(name: string, args: ArrayLike<unknown>): CellOutput {
  return runCustomFunction(name, args, functionContext());
}

/** Used by the build (and tests) to generate declarations and docs; pure, never called by Sheets. */
export function customFunctionSpecs_(): CustomFunctionSpec[] {
  return customFunctionSpecs();
}
