import type { Clock } from "./shared/clock.js";
import type { Viewer } from "./shared/auth/viewer.js";
import type { AuditTrail } from "./shared/audit/audit.trail.js";
import type { RequestLoaders, Services } from "./services.js";

/** Everything a resolver may use for one request. */
export interface RequestContext {
  requestId: string;
  /** Known once the operation is resolved; recorded in audit events. */
  operationName?: string | null;
  viewer: Viewer;
  /** Why the caller is reading victim-safety data (X-Access-Purpose); null when not stated. */
  purpose: string | null;
  /** The victim-safety reads of this request, logged before the answer is sent. */
  audit: AuditTrail;
  clock: Clock;
  services: Services;
  loaders: RequestLoaders;
}
