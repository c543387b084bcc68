export * from './solieu-error.js';
