import type { FastifyRequest } from 'fastify';

/**
 * The address login limits count against. X-Forwarded-For is anyone's to write, so it counts
 * only behind a configured proxy, and then only its last entry (the one the proxy appended).
 */
export function readClientAddress(request: FastifyRequest, trustProxy: boolean): string {
  const socketAddress = request.raw.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const value = Array.isArray(header) ? header.join(',') : header;
  const last = value?.split(',').pop()?.trim();
  return last || socketAddress;
}
