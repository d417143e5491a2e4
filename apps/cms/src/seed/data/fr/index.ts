// French (Canada) seed content: each module maps an English seed slug to its French version.
export * from './topics';
export * from './approaches';
export * from './therapists';
export * from './articles';
export * from './clinic';
