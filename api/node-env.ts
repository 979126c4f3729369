/**
 * Levermap runs with production settings unless NODE_ENV says otherwise (api/config.ts). Libraries that read
 * NODE_ENV once, when they load, must see the same: graphql-js checks every type test for a second copy of itself
 * outside production (about a tenth of a large page's time), and Express's default error page shows stack traces.
 * Imported first by each entry point that serves the API, before anything loads graphql or express.
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';
