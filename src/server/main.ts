/**
 * Starts the Samspil server: `npm start` (after a build) or `npm run serve`.
 */
import { buildApp } from './app';
import { readConfig } from './config';

const config = readConfig();
const app = await buildApp(config);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}

await app.listen({ host: config.host, port: config.port });
console.log(
  `Samspil kører på http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
);
