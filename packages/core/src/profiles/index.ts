export type { Profile } from './profile.js';
