import { defineMessages } from '../defineMessages.js';

/** Regions and endpoint URLs that cannot be used (endpoints.ts): where a signed request would go. */
export const endpointsText = defineMessages('endpoints', {
  // The AWS CLI's own words for a bad region, so a search for them finds the same answers.
  badRegion: (p: { region: string; source: string }) =>
    `Provided region_name '${p.region}' (${p.source}) doesn't match a supported format.`,
  badRegionHint: 'a region looks like us-east-1 or eu-west-3: letters, digits and -',
  regionOfProfile: (p: { profile: string }) => `region of profile ${p.profile}`,
  regionOfTheProfile: 'region of the profile',
  theStsEndpoint: 'the STS endpoint',
  theEndpoint: 'the endpoint',
  badEndpointUrl: (p: { source: string; url: string; problem: string }) =>
    `${p.source} ${p.url} ${p.problem}.`,
  badEndpointUrlHint: 'use an http:// or https:// URL with a host, e.g. http://127.0.0.1:4566',
  hasControlCharacters: 'contains spaces or control characters',
  isNotUrl: 'is not a URL',
  hasOtherScheme: (p: { scheme: string }) => `uses ${p.scheme} scheme; only http and https are endpoints`,
  hasNoHost: 'has no host',
  hasUserinfo: 'holds a user name or password',
  hasFragment: 'has a fragment',
  hasQuery: 'has a query',
});
