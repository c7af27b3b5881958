export * from './contract';
export * from './errors';
export * from './hub-link';
export * from './roles';
export * from './room';
export * from './wire';
export type { ApiClient } from './client';
