/// <reference types="vite/client" />

/** The web app's version (from its package.json), set at build time. */
declare const __STRATA_VERSION__: string;
/** When the web app was built (ISO 8601), set at build time. */
declare const __STRATA_BUILD_DATE__: string;
