import { hostname, networkInterfaces } from 'node:os';

/** Whether an address to listen on reaches this machine only. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** The machine's IPv4 addresses on its networks (not the loopback): what colleagues can reach. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
}

/** The addresses a colleague types for a server listening on `host`. */
export function colleagueUrls(host: string, port: number, secure: boolean): string[] {
  const scheme = secure ? 'https' : 'http';
  const hosts = host === '0.0.0.0' || host === '::' ? lanAddresses() : isLoopbackHost(host) ? [] : [host];
  return hosts.map((h) => `${scheme}://${h.includes(':') ? `[${h}]` : h}:${port}`);
}

/** The names the certificate is made for: this machine's name, the loopback and its addresses. */
export function certificateNames(): { dns: string[]; ips: string[] } {
  const name = hostname().toLowerCase();
  const dns = ['localhost', ...(name && name !== 'localhost' ? [name, `${name}.local`] : [])];
  return { dns: [...new Set(dns)], ips: ['127.0.0.1', '::1', ...lanAddresses()] };
}
