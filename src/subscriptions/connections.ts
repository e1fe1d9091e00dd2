import type { Viewer } from "../shared/auth/viewer.js";

/** graphql-ws leaves 4400-4499 to the application; graphql-ws's own Forbidden is 4403 too. */
export const CLOSE_TOKEN_EXPIRED = { code: 4403, reason: "Token expired" } as const;
export const CLOSE_TOO_MANY_CONNECTIONS = { code: 4429, reason: "Too many connections" } as const;

/** setTimeout's longest delay; a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface Connection {
  viewer: Viewer;
  clientRequestId: string | null;
  /** Ends the connection's claims: its expiry timer, its place in the subject's count. */
  release(): void;
}

/** Whether the viewer's token has expired by `now`. */
export const tokenExpired = (viewer: Viewer, now = Date.now()): boolean => viewer.expiresAt !== null && viewer.expiresAt.getTime() <= now;

/**
 * The open sockets: how many each subject holds (at most `maxPerSubject`), and for each a timer
 * that closes it when its token expires, so a socket never outlives the token that opened it.
 */
export class Connections {
  private readonly perSubject = new Map<string, number>();

  constructor(private readonly maxPerSubject: number) {}

  /** Registers a verified connection, or returns null when its subject already holds the most allowed. */
  open(viewer: Viewer, clientRequestId: string | null, onExpiry: () => void): Connection | null {
    const held = this.perSubject.get(viewer.sub) ?? 0;
    if (held >= this.maxPerSubject) return null;
    this.perSubject.set(viewer.sub, held + 1);

    let timer: NodeJS.Timeout | null = null;
    const watch = () => {
      if (!viewer.expiresAt) return;
      const wait = viewer.expiresAt.getTime() - Date.now();
      timer = wait <= 0 ? null : setTimeout(watch, Math.min(wait, MAX_TIMER_MS)).unref();
      if (wait <= 0) onExpiry();
    };
    watch();

    let released = false;
    return {
      viewer,
      clientRequestId,
      release: () => {
        if (released) return;
        released = true;
        if (timer) clearTimeout(timer);
        const left = (this.perSubject.get(viewer.sub) ?? 1) - 1;
        if (left > 0) this.perSubject.set(viewer.sub, left);
        else this.perSubject.delete(viewer.sub);
      },
    };
  }

  /** Sockets a subject holds now. */
  heldBy(subject: string): number {
    return this.perSubject.get(subject) ?? 0;
  }
}
