import { AppError } from "../errors.js";

/** What an audit event is about: the record, and the people it concerns so an auditor can find it by person. */
export interface AuditedEntity {
  type: string;
  id: string;
  /** The victim the record is about; or `victimIds` when it concerns several (an order's protected people). */
  victimId?: string | null;
  victimIds?: readonly string[];
  perpetratorId?: string | null;
}

export interface ConsultedEntity {
  entity: AuditedEntity;
  fields: string[];
}

const MIN_PURPOSE = 5;
const MAX_PURPOSE = 500;

/**
 * The purpose a caller states for reading victim-safety data: the `X-Access-Purpose` header (or
 * `accessPurpose` in a subscription's connection parameters). Free text, recorded with every event.
 */
export function parsePurpose(given: unknown): string | null {
  if (typeof given !== "string") return null;
  const purpose = given.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  return purpose.length >= MIN_PURPOSE && purpose.length <= MAX_PURPOSE ? purpose : null;
}

export const purposeRequired = () =>
  new AppError(
    "PURPOSE_REQUIRED",
    `Victim-safety data is read only for a stated purpose: send the X-Access-Purpose header, or accessPurpose in a subscription's connection parameters (${MIN_PURPOSE} to ${MAX_PURPOSE} characters)`,
  );

/**
 * The victim-safety reads of one request (or one subscription event), gathered while it runs and
 * written to the audit log in one statement before the answer leaves the server.
 */
export class AuditTrail {
  private readonly reads = new Map<string, { entity: AuditedEntity; fields: Set<string> }>();

  consulted(entity: AuditedEntity, field: string): void {
    this.entry(entity).add(field);
  }

  /**
   * A record was returned to the caller, whatever was selected of it: even its id or __typename alone
   * says that this person is known to the service, so it is a consultation. Logged with the fields
   * read of it, or none (fields `[]`) when nothing but its identity left the server.
   */
  returned(entity: AuditedEntity): void {
    this.entry(entity);
  }

  private entry(entity: AuditedEntity): Set<string> {
    const key = `${entity.type}:${entity.id}`;
    let read = this.reads.get(key);
    if (!read) this.reads.set(key, (read = { entity, fields: new Set() }));
    return read.fields;
  }

  /** Hands over what was read so far and starts afresh (a subscription flushes once per event). */
  drain(): ConsultedEntity[] {
    const drained = [...this.reads.values()].map(({ entity, fields }) => ({ entity, fields: [...fields].sort() }));
    this.reads.clear();
    return drained;
  }
}
