import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';

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
 * The paths are ours, never the request's: `dotfiles: 'allow'` so that an install under a dot directory
 * (`~/.local/…`) still serves them (`send` refuses any path with a dot segment by default).
 */
const fixedFile = { dotfiles: 'allow' } as const;

/** `GET /`: the chat page; `GET /local-chat/chat.js` and `/local-chat/webchat.js`: its scripts. */
export function createChatPageRoutes(): Router {
  const router = Router();
  const bundle = webChatBundlePath();
  if (!bundle) {
    router.get('/', (_request, response) => {
      response.status(503).type('text/plain; charset=utf-8').send('De lokale chatpagina is niet beschikbaar: installeer de ontwikkelpakketten (npm ci) en start opnieuw.');
    });
    return router;
  }
  router.get('/', (_request, response) => {
    response.setHeader('cache-control', 'no-store');
    response.sendFile(join(publicDirectory, 'index.html'), fixedFile);
  });
  router.get('/local-chat/chat.js', (_request, response) => {
    response.setHeader('cache-control', 'no-store');
    response.type('text/javascript').sendFile(join(publicDirectory, 'chat.js'), fixedFile);
  });
  router.get('/local-chat/webchat.js', (_request, response) => {
    response.type('text/javascript').sendFile(bundle, { ...fixedFile, maxAge: '1h' });
  });
  return router;
}
