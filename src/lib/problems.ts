/**
 * A problem found in the input: which file, which line (when there is one),
 * what is wrong, and what to do about it. Ingest collects every problem it
 * can find before stopping, so one run shows the whole list.
 */
export interface Problem {
  /** Path of the offending file, as the user would type it. */
  file: string;
  /** 1-based line, when the problem sits on one. */
  line?: number;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.message}\n  fix: ${problem.fix}`;
}

/** Thrown when input is bad; carries every problem found. */
export class InputError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Termline found ${count} in its input:\n\n${problems.map(formatProblem).join('\n\n')}`);
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** Throws an InputError when the list is not empty. */
export function throwIfProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new InputError(problems);
}
