// Entry point for the seed data: re-exports every module in this folder.
export * from './blocks';
export * from './types';
export * from './clinic';
export * from './approaches';
export * from './topics';
export * from './therapists';
export * from './articles';
