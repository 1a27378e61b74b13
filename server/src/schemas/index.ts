export * from './common.js';
export * from './units.js';
export * from './news.js';
export * from './documents.js';
export * from './questions.js';
export * from './materials.js';
export * from './taxonomies.js';
