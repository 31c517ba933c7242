import { randomUUID } from 'node:crypto';
import { BadInputError, DomainError, type Clock } from '@appmarket/core';
import type { DataSource, Repository } from 'typeorm';
import { Call } from './call.entity';
import { CallStatus, type CallDirection } from './call.enums';
import type { CallRefInput } from './call.inputs';

/** A call as the Phone API reports it (GraphQL's CreateCallInput is a subset). */
export interface NewCall {
  externalId?: string | null;
  direction: CallDirection;
  fromNumber: string;
  toNumber: string;
  status?: CallStatus | null;
  startedAt?: Date | null;
  extension?: string | null;
  endedAt?: Date | null;
  durationSeconds?: number | null;
  recordUrls?: string[];
  comment?: string | null;
}

/** What a Phone API 1.0 update may bring (PUT /call/{id}). */
export interface ProviderCallChanges {
  userId?: string | null;
  extension?: string | null;
  endedAt?: Date | null;
  durationSeconds?: number | null;
  recordUrls?: string[];
  comment?: string | null;
}

/** An account's calls: the Phone API writes them (TL-1), the history reads them newest first. */
export class CallService {
  private readonly calls: Repository<Call>;

  constructor(dataSource: DataSource, private readonly clock: Clock) {
    this.calls = dataSource.getRepository(Call);
  }

  /** Creates a call; idempotent on the vendor's external id (the same call comes back). */
  async create(at: { accountId: string; installId: string }, input: NewCall, userId: string | null): Promise<Call> {
    const now = this.clock.now();
    const row = {
      id: randomUUID(), accountId: at.accountId, installId: at.installId, externalId: input.externalId ?? null,
      direction: input.direction, fromNumber: input.fromNumber, toNumber: input.toNumber, userId,
      status: input.status ?? CallStatus.RINGING, startedAt: input.startedAt ?? now, durationSeconds: input.durationSeconds ?? 0,
      updatedAt: now, extension: input.extension ?? null, endedAt: input.endedAt ?? null, recordUrls: input.recordUrls ?? [],
      comment: input.comment ?? null,
    };
    // The unique (install_id, external_id) settles concurrent retries: the loser gets the winner's row.
    const inserted = await this.calls.createQueryBuilder().insert().values(row).orIgnore().returning('id').execute();
    if (inserted.raw.length > 0) return row as Call;
    const existing = await this.calls.findOneBy({ installId: at.installId, externalId: input.externalId! });
    if (!existing) throw new DomainError('CONFLICT', 'the call could not be created');
    return existing;
  }

  /** The caller's account's call by id or external id; another account's call is CALL_NOT_FOUND. */
  async find(accountId: string, ref: CallRefInput): Promise<Call> {
    if (!ref.id === !ref.externalId) throw new BadInputError('give exactly one of id and externalId', { field: 'call' });
    const where = ref.id ? { id: ref.id, accountId } : { externalId: ref.externalId!, accountId };
    const call = await this.calls.findOneBy(where);
    if (!call) throw new DomainError('CALL_NOT_FOUND', 'call not found', { ...ref, field: 'call' });
    return call;
  }

  async update(call: Call, changes: { status?: CallStatus | null; durationSeconds?: number | null; userId?: string | null }): Promise<Call> {
    if (changes.durationSeconds != null && (!Number.isInteger(changes.durationSeconds) || changes.durationSeconds < 0)) {
      throw new BadInputError('durationSeconds must be a whole number ≥ 0', { field: 'durationSeconds' });
    }
    const next = {
      status: changes.status ?? call.status,
      durationSeconds: changes.durationSeconds ?? call.durationSeconds,
      userId: changes.userId ?? call.userId,
      updatedAt: this.clock.now(),
    };
    await this.calls.update({ id: call.id }, next);
    return Object.assign(call, next);
  }

  /**
   * Phone API 1.0's update (MoySklad's rule): fields the call already has stay as they are, except
   * the comment, which a non-null value replaces; recording URLs are appended; an end time (or a
   * duration) completes the call.
   */
  async completeFromProvider(call: Call, changes: ProviderCallChanges): Promise<Call> {
    const endedAt = call.endedAt ?? changes.endedAt ?? null;
    const durationSeconds = call.endedAt || call.durationSeconds > 0
      ? call.durationSeconds
      : changes.endedAt ? Math.max(0, Math.round((changes.endedAt.getTime() - call.startedAt.getTime()) / 1000)) : changes.durationSeconds ?? 0;
    const finished = endedAt !== null || durationSeconds > 0;
    const next = {
      userId: call.userId ?? changes.userId ?? null,
      extension: call.extension ?? changes.extension ?? null,
      endedAt,
      durationSeconds,
      status: finished && (call.status === CallStatus.RINGING || call.status === CallStatus.IN_PROGRESS)
        ? (durationSeconds > 0 || call.status === CallStatus.IN_PROGRESS ? CallStatus.COMPLETED : CallStatus.MISSED)
        : call.status,
      recordUrls: [...new Set([...call.recordUrls, ...(changes.recordUrls ?? [])])],
      comment: changes.comment ?? call.comment,
      updatedAt: this.clock.now(),
    };
    await this.calls.update({ id: call.id }, next);
    return Object.assign(call, next);
  }

  /** The talk began (a STARTTIME event): a ringing call is in progress. */
  async markTalking(call: Call): Promise<void> {
    if (call.status !== CallStatus.RINGING) return;
    await this.calls.update({ id: call.id, status: CallStatus.RINGING }, { status: CallStatus.IN_PROGRESS, updatedAt: this.clock.now() });
    call.status = CallStatus.IN_PROGRESS;
  }

  async byIds(ids: readonly string[]): Promise<Call[]> {
    return this.calls.createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: [...ids] }).getMany();
  }
}
