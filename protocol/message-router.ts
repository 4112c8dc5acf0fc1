// Routes messages through a handler map: validates the envelope and request, and turns every
// failure into an error reply so one bad message never stops the receiver.
import { envelope, failure, MAX_MESSAGE_CHARS, type Envelope, type ProtocolMap, type Reply, type RequestOf, type ResponseOf } from './messages';

export interface MessageContext {
  tabId: number | null;
}

export type Handlers<P extends ProtocolMap> = {
  [T in keyof P]: (request: RequestOf<P, T>, context: MessageContext) => ResponseOf<P, T> | Promise<ResponseOf<P, T>>;
};

/** Checks and narrows each message type's request; throws RequestError when it is not well formed. */
export type Validators<P extends ProtocolMap> = { [T in keyof P]: (data: unknown) => RequestOf<P, T> };

export class RequestError extends Error {}

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' && message !== null && (message as Envelope).xinwen === 1 && typeof (message as Envelope).type === 'string'
  );
}

function messageSize(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Infinity; // cyclic or otherwise unserialisable
  }
}

export function createMessageRouter<P extends ProtocolMap>(handlers: Handlers<P>, validators: Validators<P>) {
  return async function route(message: unknown, context: MessageContext): Promise<Reply<unknown>> {
    if (!isEnvelope(message)) return failure('bad-request', 'malformed message: expected {xinwen: 1, type, data}');
    if (messageSize(message) > MAX_MESSAGE_CHARS) return failure('too-large', `message over ${MAX_MESSAGE_CHARS} characters`);
    const type = message.type as keyof P & string;
    if (!Object.hasOwn(handlers, type)) return failure('unknown-type', `unknown message type "${type}"`);
    let request: RequestOf<P, typeof type>;
    try {
      request = validators[type](message.data ?? {});
    } catch (error) {
      return failure('bad-request', `${type}: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      return { ok: true, value: await handlers[type](request, context) };
    } catch (error) {
      return failure('handler-failed', `${type}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

// Small validators for request fields.
export function record(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new RequestError('expected an object');
  return data as Record<string, unknown>;
}

export function stringField(data: Record<string, unknown>, name: string, maxLength = MAX_MESSAGE_CHARS): string {
  const value = data[name];
  if (typeof value !== 'string') throw new RequestError(`${name} must be a string`);
  if (value.length > maxLength) throw new RequestError(`${name} is longer than ${maxLength} characters`);
  return value;
}

export function integerField(data: Record<string, unknown>, name: string, min: number, max: number): number {
  const value = data[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RequestError(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

export function stringArrayField(data: Record<string, unknown>, name: string): string[] {
  const value = data[name];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new RequestError(`${name} must be an array of strings`);
  return value as string[];
}

export function oneOf<T extends string>(data: Record<string, unknown>, name: string, allowed: readonly T[]): T {
  const value = data[name];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new RequestError(`${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}
