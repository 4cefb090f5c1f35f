import Resolver from '@forge/resolver';
import api, { route } from '@forge/api';
import { kvs } from '@forge/kvs';

const resolver = new Resolver();

resolver.define('getLinkedPages', async ({ context }) => {
  const issueKey = context.extension.issue.key;
  const res = await api.asUser().requestJira(route`/rest/api/3/issue/${issueKey}/remotelink`);
  const links = await res.json();
  const count = links.filter((l) => l.application?.type === 'com.atlassian.confluence').length;
  await kvs.set(`count:${issueKey}`, count);
  return { count };
});

export const handler = resolver.getDefinitions();

export async function reindex() {
  return { outputKey: 'accepted' };
}
