export { createApp } from './app.ts';
export { allMigrations, createContext, seedAll } from './context.ts';
export type { AppContext, AppEnv } from './env.ts';
export { exchangeServices } from './modules/exchange.ts';
export type { ProgressReporter, ServerModule } from './modules/index.ts';
export { MODULES } from './modules/index.ts';
export { createRouter, problemResponses, WRITE_PROBLEMS } from './router.ts';
export { closeOnSignals, type RunningServer, type StartOptions, startServer } from './server.ts';
