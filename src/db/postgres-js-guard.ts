/**
 * postgres.js 3.4.9 (the latest release) can throw from a timer when a connection drops while a
 * transaction is still writing: `TypeError: Cannot read properties of null (reading 'write') at
 * nextWrite (postgres/src/connection.js)`. Thrown from setImmediate, nothing can catch it and the
 * process exits: a database restart would take the API down with it. The connection is already
 * gone and its queries have failed with a connection error, so the upstream fix (a null check in
 * nextWrite, porsager/postgres#1168) simply returns; this handler does the same for that error only.
 * Any other uncaught exception still ends the process, as Node would.
 */
export function isPostgresJsWriteRace(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /reading 'write'/.test(error.message) &&
    /nextWrite/.test(error.stack ?? "") &&
    /postgres[\\/]src[\\/]connection\.js/.test(error.stack ?? "")
  );
}

let installed = false;

export function guardAgainstPostgresJsWriteRace(onSwallowed: (error: Error) => void = () => {}): void {
  if (installed) return;
  installed = true;
  process.on("uncaughtException", (error) => {
    if (isPostgresJsWriteRace(error)) {
      onSwallowed(error);
      return;
    }
    // With a listener installed Node no longer exits by itself: do what it would, unless another
    // listener (a test runner) is there to deal with the error.
    if (process.listenerCount("uncaughtException") === 1) {
      process.stderr.write(`${error.stack ?? String(error)}\n`);
      process.exit(1);
    }
  });
}
