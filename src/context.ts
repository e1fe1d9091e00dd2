import type { Clock } from "./shared/clock.js";
import type { Viewer } from "./shared/auth/viewer.js";
import type { RequestLoaders, Services } from "./services.js";

/** Everything a resolver may use for one request. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer;
  clock: Clock;
  services: Services;
  loaders: RequestLoaders;
}
