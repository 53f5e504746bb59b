import type { BrowserContext, Frame, Page } from 'playwright-core';

/**
 * A stand-in for YouTube's embed that speaks its postMessage protocol: it answers `listening` with
 * `initialDelivery` (only once it is "ready", some time after it loaded, like the real player),
 * reports `infoDelivery` with `currentTime` when the test moves its clock, and records the commands
 * it receives (`seekTo`, `playVideo`, ...).
 */
const EMBED_PAGE = (readyAfterMs: number) => `<!doctype html><html lang="en"><title>fake YouTube embed</title>
<script>
  window.received = [];
  let ready = false;
  let parentWindow = null;
  let time = Number(new URL(location.href).searchParams.get('start') || 0);
  const send = (message) => parentWindow && parentWindow.postMessage(JSON.stringify({ id: 'fake', channel: 'widget', ...message }), '*');
  window.setCurrentTime = (seconds) => { time = seconds; send({ event: 'infoDelivery', info: { currentTime: time } }); };
  setTimeout(() => { ready = true; }, ${readyAfterMs});
  addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    window.received.push(message);
    if (!ready) return;
    parentWindow = event.source;
    if (message.event === 'listening') {
      window.answered = true;
      send({ event: 'initialDelivery', info: { currentTime: time, playerState: 1 } });
    }
    if (message.event === 'command' && message.func === 'seekTo') window.setCurrentTime(message.args[0]);
  });
</script>`;

export interface FakeEmbed {
  /** The embed's frame, once the player loaded it. */
  frame(): Promise<Frame>;
  /** Whether the embed has answered a `listening` message. */
  answered(): Promise<boolean>;
  /** Messages the embed received from the page, in order. */
  received(): Promise<{ event: string; func?: string; args?: unknown[] }[]>;
  /** Moves the video's clock: the embed reports the new time to the page. */
  setCurrentTime(seconds: number): Promise<void>;
}

/** Routes https://www.youtube-nocookie.com/embed/** in this context to the fake embed. */
export async function routeFakeYouTubeEmbed(context: BrowserContext, page: Page, readyAfterMs = 600): Promise<FakeEmbed> {
  await context.route('https://www.youtube-nocookie.com/embed/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: EMBED_PAGE(readyAfterMs) }));
  const frame = async () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const found = page.frames().find((candidate) => candidate.url().startsWith('https://www.youtube-nocookie.com/embed/'));
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The player never loaded the embed');
  };
  return {
    frame,
    answered: async () => (await frame()).evaluate(() => (window as unknown as { answered?: boolean }).answered === true),
    received: async () => (await frame()).evaluate(() => (window as unknown as { received: { event: string }[] }).received),
    setCurrentTime: async (seconds) => (await frame()).evaluate((s) => (window as unknown as { setCurrentTime(s: number): void }).setCurrentTime(s), seconds),
  };
}
