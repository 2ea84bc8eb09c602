// A save that fails part-way takes back what it wrote, newest first: each write registers how to undo
// itself as it goes.

/** Runs the undo steps newest first; one that fails does not stop the others. */
export function takeBack(undo: readonly (() => void)[]): void {
  for (const step of [...undo].reverse()) {
    try {
      step();
    } catch {
      // Take back what can be; the maker is told nothing was saved either way.
    }
  }
}
