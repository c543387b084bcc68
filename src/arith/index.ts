export * from './rational.js';
export * from './interval.js';
export * from './format.js';
