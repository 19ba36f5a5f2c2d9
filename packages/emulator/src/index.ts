export type { FaultRule, FaultRules } from './faults.js';
export { myUsersPolicyDocument } from './myUsersPolicy.js';
export { type OrganizationOptions, organizationAccountAccessRole } from './organizations/seedOrganization.js';
export {
  defaultSeededRoles,
  type SeededRoleSpec,
  type SeededUser,
  type SeedMfaScenarioOptions,
  seedMfaScenario,
} from './seedMfaScenario.js';
export { type PopulationOptions, populationUserName } from './seedPopulation.js';
export type { RequestLogEntry } from './server.js';
export { type Emulator, type EmulatorOptions, startEmulator } from './startEmulator.js';
