import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { sendCompressedFile } from './compressed-file.js';

const publicDirectory = fileURLToPath(new URL('./public/', import.meta.url));

/**
 * Web Chat's bundled (UMD) build from the installed package: served by the bot, no CDN. Undefined when
 * the package is not installed: it is a development dependency, left out of the App Service package.
 */
export function webChatBundlePath(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve('botframework-webchat');
    return join(dirname(entry), '..', 'dist', 'webchat.js');
  } catch {
    return undefined;
  }
}

/**
 * `GET /`: the chat page; `GET /local-chat/chat.js` and `/local-chat/webchat.js`: its scripts, compressed (brotli or
 * gzip).
 */
export function createChatPageRoutes(): Router {
  const router = Router();
  const bundle = webChatBundlePath();
  if (!bundle) {
    router.get('/', (_request, response) => {
      response
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('De lokale chatpagina is niet beschikbaar: installeer de ontwikkelpakketten (npm ci) en start opnieuw.');
    });
    return router;
  }
  const send =
    (options: Parameters<typeof sendCompressedFile>[2]) =>
    (request: Request, response: Response, next: NextFunction) => {
      sendCompressedFile(request, response, options).catch(next);
    };
  router.get('/', send({ path: join(publicDirectory, 'index.html'), type: 'text/html; charset=utf-8' }));
  router.get(
    '/local-chat/chat.js',
    send({ path: join(publicDirectory, 'chat.js'), type: 'text/javascript; charset=utf-8' }),
  );
  router.get(
    '/local-chat/webchat.js',
    send({ path: bundle, type: 'text/javascript; charset=utf-8', maxAgeSeconds: 3600 }),
  );
  return router;
}
