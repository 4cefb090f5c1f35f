// Deliberately insecure example code: see manifest.yml.
import Resolver from '@forge/resolver';

const resolver = new Resolver();
resolver.define('status', async () => ({ ok: true }));
export const handler = resolver.getDefinitions();

export async function sync(event) {
  return { statusCode: 200, body: JSON.stringify(event) };
}
