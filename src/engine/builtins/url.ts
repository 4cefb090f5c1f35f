import { define, isString } from './builtin.js';
import { hostMatches, isPublicSuffix, parseAddress, publicSuffixOf, registrableDomainOf } from '../../sources/address.js';

export const urlBuiltins = [
  define({
    name: 'url',
    family: 'url',
    params: ['address'],
    description:
      'Parses a URL or Forge address, leniently: bare hosts, hosts with paths and wildcards are accepted. Gives `{raw, valid, scheme, host, port, path, wildcard, wildcardBase, hasCredentials, ip}`; `scheme` is empty when the address has none.',
    example: {
      call: { url: 'http://*.example.com/x' },
      result: { scheme: 'http', host: '*.example.com', wildcard: true, wildcardBase: 'example.com', path: '/x' },
    },
    fn: ([s]) => (isString(s) ? { ...parseAddress(s) } : undefined),
  }),
  define({
    name: 'hostMatches',
    family: 'url',
    params: ['host', 'pattern'],
    description:
      'True when the host is covered by the pattern with Forge’s wildcard rules: `*.example.com` covers `a.example.com` and `a.b.example.com` but not `example.com`; `*` covers everything.',
    example: { call: { hostMatches: ['api.mixpanel.com', '*.mixpanel.com'] }, result: true },
    fn: ([h, p]) => (isString(h) && isString(p) ? hostMatches(h, p) : undefined),
  }),
  define({
    name: 'publicSuffix',
    family: 'url',
    params: ['host'],
    description: 'The public suffix of the host from the Public Suffix List, private suffixes included (`co.uk`, `herokuapp.com`).',
    example: { call: { publicSuffix: 'a.example.co.uk' }, result: 'co.uk' },
    fn: ([h]) => (isString(h) ? publicSuffixOf(h) : undefined),
  }),
  define({
    name: 'isPublicSuffix',
    family: 'url',
    params: ['host'],
    description: 'True when the host (with any leading `*.` removed) is itself a public suffix, so a wildcard over it covers domains anyone can register.',
    example: { call: { isPublicSuffix: '*.herokuapp.com' }, result: true },
    fn: ([h]) => (isString(h) ? isPublicSuffix(h) : undefined),
  }),
  define({
    name: 'registrableDomain',
    family: 'url',
    params: ['host'],
    description: 'The domain a registrant owns (`example.co.uk` for `api.example.co.uk`); empty when the host is a suffix or an IP.',
    example: { call: { registrableDomain: 'api.example.co.uk' }, result: 'example.co.uk' },
    fn: ([h]) => (isString(h) ? registrableDomainOf(h) : undefined),
  }),
];
