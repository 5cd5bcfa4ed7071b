/**
 * The planning rules: pure, shared by the backend's handlers and the grid. The date helpers in
 * ./dates stay private to this folder (shared/domain/calendar owns the public ones).
 */
export * from './apprentice';
export * from './conflicts';
export * from './hours';
export * from './internship';
export * from './rhythm';
export * from './types';
