/** Base of the process hub's API (the web API client adds `/api`). */
export const PROCESS_API = '/process';
