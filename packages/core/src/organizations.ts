// `@awsmfa/core/organizations`: what needs the AWS Organizations SDK (about 200 kB bundled), apart
// from the main entry, so that bundles loading all of core (the CLI's session bundle) go without it.
export { listOrganizationAccounts } from './admin/listOrganizationAccounts.js';
export { createOrganizationsClient } from './aws/createOrganizationsClient.js';
