import { Role } from "./roles.js";

/** The verified caller of a request, from the JWT's claims. */
export class Viewer {
  readonly roles: ReadonlySet<Role>;

  constructor(
    readonly sub: string,
    readonly name: string | null,
    roles: Iterable<Role>,
    readonly org: string | null,
    /** When the token stops being valid (its exp); a WebSocket is closed then. Null when not known. */
    readonly expiresAt: Date | null = null,
  ) {
    this.roles = new Set(roles);
  }

  has(...roles: readonly Role[]): boolean {
    return roles.some((role) => this.roles.has(role));
  }

  get isAdmin(): boolean {
    return this.roles.has(Role.ADMIN);
  }

  /** A facilitator with no broader role is limited to their own groups. */
  get isFacilitatorOnly(): boolean {
    return this.roles.has(Role.FACILITATOR) && !this.has(Role.ADMIN, Role.PROBATION, Role.POLICE, Role.IOM_OFFICER, Role.IOM_SUPERVISOR, Role.SAFEGUARDING);
  }
}
