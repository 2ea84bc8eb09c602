// Where things are in the repository, for defaults (the bundle, the sidebar HTML).
import path from 'node:path';

/** The repository root (local/runtime/../..). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
