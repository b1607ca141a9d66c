import { Bonjour } from 'bonjour-service';
import { hostname } from 'node:os';
import { APP_VERSION } from '@shared/version';

export const SERVICE_TYPE = 'veche';

/**
 * Advertises the host as `_veche._tcp` so desktop apps nearby can list it. Phones cannot resolve
 * mDNS, so the QR code carries the IPv4 URL; a network without multicast only loses discovery.
 */
type BonjourLike = Pick<Bonjour, 'publish' | 'unpublishAll' | 'destroy'>;
const realBonjour = (onError: (err: Error) => void): BonjourLike => new Bonjour({}, onError);

export function advertise(
  port: number,
  log: (level: 'info' | 'warn' | 'error', msg: string) => void,
  create: (onError: (err: Error) => void) => BonjourLike = realBonjour,
): () => void {
  let bonjour: BonjourLike | null = null;
  try {
    bonjour = create((err: Error) => log('warn', `mDNS: ${err.message}`));
    const service = bonjour.publish({ name: `Veche ${hostname()} ${port}`, type: SERVICE_TYPE, port, txt: { version: APP_VERSION } });
    service.on('error', (err: Error) => log('warn', `mDNS: ${err.message}`));
  } catch (err) {
    log('warn', `mDNS unavailable: ${(err as Error).message}`);
  }
  return () => {
    try {
      bonjour?.unpublishAll();
      bonjour?.destroy();
    } catch {
      // shutting down; nothing to report to
    }
  };
}

/** Lists Veche hosts on the local network for `ms` milliseconds. */
export function browseHosts(ms: number): Promise<{ name: string; host: string; port: number; addresses: string[] }[]> {
  return new Promise((resolve) => {
    const bonjour = new Bonjour();
    const found: { name: string; host: string; port: number; addresses: string[] }[] = [];
    const browser = bonjour.find({ type: SERVICE_TYPE }, (s) => {
      found.push({ name: s.name, host: s.host, port: s.port, addresses: s.addresses ?? [] });
    });
    setTimeout(() => {
      browser.stop();
      bonjour.destroy();
      resolve(found);
    }, ms).unref();
  });
}
