import type { RequestContext } from "../../context.js";
import type { ProgrammeSessionRow } from "./group.table.js";

/**
 * A changed session is answered from what was written, not read back after the commit; the
 * transaction proved the caller runs the session's group, so it is theirs to see.
 */
export function answerFromWrittenSession(ctx: RequestContext, session: ProgrammeSessionRow): void {
  ctx.loaders.groups.sessionById.clear(session.id).prime(session.id, session);
  ctx.visibility.prime("ProgrammeSession", [session.id]);
}
