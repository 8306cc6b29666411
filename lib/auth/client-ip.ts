// The client's IP for rate limiting. The last X-Forwarded-For entry is the one our own
// reverse proxy appended, so a client cannot pick it by sending the header itself.
type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

export function clientIp(headers: HeaderBag): string {
  const forwarded = header(headers, 'x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  const ip = last ?? header(headers, 'x-real-ip')?.trim();
  return ip && ip.length <= 64 ? ip : 'unknown';
}
