import type { Express } from 'express';

/** Placeholder replaced below. */
export function mountExplorer(_app: Express, _path: string): void {}
