// The video player's progressive enhancement: click-to-load from youtube-nocookie.com, chapters
// that start or seek the player, `?t=` deep links, and the playing chapter highlighted.
// Seeking uses the embed's postMessage protocol, so no YouTube script runs on our page.
import { chapterIndexAt, formatClock, parseStartTime } from '../lib/archive/start-time.ts';

const EMBED_ORIGIN = 'https://www.youtube-nocookie.com';
/**
 * How often to ask the embed to report its state until it first answers. YouTube's own widget API
 * (www-widgetapi.js) does the same: it repeats `{"event":"listening"}` on a timer, restarts the timer
 * whenever the iframe (re)loads, and stops it at the embed's first message; a single message sent on
 * `load` is often lost because the player inside is not listening yet.
 */
const LISTENING_INTERVAL_MS = 250;

type Message = Record<string, unknown>;

interface PlayerState {
  root: HTMLElement;
  iframe?: HTMLIFrameElement;
  chapterLinks: HTMLAnchorElement[];
  /** The embed has answered: commands reach it. */
  ready: boolean;
  /** Commands given before the embed answered, sent when it does. */
  queued: Message[];
  listening?: ReturnType<typeof setInterval>;
}

export function enhancePlayers(): void {
  for (const root of document.querySelectorAll<HTMLElement>('.player[data-video-id]')) enhance(root);
}

function enhance(root: HTMLElement): void {
  const facade = root.querySelector<HTMLAnchorElement>('[data-player-facade]');
  if (!facade) return;
  const chapterLinks = [...document.querySelectorAll<HTMLAnchorElement>(`[data-chapters-for="${root.id}"] a[data-start]`)];
  const state: PlayerState = { root, chapterLinks, ready: false, queued: [] };
  // A shared moment: `?t=754`, `?t=12m34s`, or a search result's chapter anchor `#t-754`.
  const shared = parseStartTime(new URLSearchParams(location.search).get('t')) ?? parseStartTime(/^#t-(\d+)$/.exec(location.hash)?.[1]);
  let pendingStart = shared ?? 0;
  if (shared !== undefined) {
    // Visible on the play bar too, so the visitor sees where the video will start.
    const label = facade.querySelector('[data-play-label]');
    // The words are the page's (data-play-from-text), so a Spanish page says "Reproducir desde".
    const playFrom = root.dataset.playFromText ?? '';
    if (label) label.textContent = `${playFrom} ${formatClock(shared)}`;
    facade.setAttribute('aria-label', `${playFrom} ${formatClock(shared)}: ${root.dataset.title ?? ''}`);
    highlight(state, shared);
  }
  facade.addEventListener('click', (event) => {
    event.preventDefault();
    load(state, pendingStart);
  });
  for (const link of chapterLinks) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const start = Number(link.dataset.start);
      pendingStart = start;
      rememberStart(start);
      highlight(state, start);
      if (state.iframe) seek(state, start);
      else load(state, start);
      root.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    });
  }
  window.addEventListener('message', (event) => {
    if (event.origin !== EMBED_ORIGIN || !state.iframe || event.source !== state.iframe.contentWindow) return;
    if (!state.ready) {
      state.ready = true;
      stopListening(state);
      for (const message of state.queued.splice(0)) post(state.iframe, message);
    }
    const time = currentTimeOf(event.data);
    if (time !== undefined) highlight(state, time);
  });
}

function load(state: PlayerState, start: number): void {
  const { root } = state;
  const params = new URLSearchParams({ autoplay: '1', playsinline: '1', enablejsapi: '1', origin: location.origin, rel: '0' });
  if (start > 0) params.set('start', String(Math.floor(start)));
  const iframe = document.createElement('iframe');
  iframe.src = `${EMBED_ORIGIN}/embed/${encodeURIComponent(root.dataset.videoId ?? '')}?${params}`;
  iframe.title = `Video: ${root.dataset.title ?? 'episode'}`;
  iframe.allow = 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share';
  iframe.allowFullscreen = true;
  iframe.referrerPolicy = 'strict-origin-when-cross-origin';
  // Ask the embed to report its state (its playing time drives the chapter highlight) until it answers.
  iframe.addEventListener('load', () => {
    state.ready = false;
    stopListening(state);
    const listen = () => (iframe.isConnected ? post(iframe, { event: 'listening', id: root.id, channel: 'widget' }) : stopListening(state));
    listen();
    state.listening = setInterval(listen, LISTENING_INTERVAL_MS);
  });
  root.querySelector('[data-player-facade]')?.replaceWith(iframe);
  state.iframe = iframe;
  iframe.focus();
}

function seek(state: PlayerState, seconds: number): void {
  send(state, { event: 'command', func: 'seekTo', args: [seconds, true] });
  send(state, { event: 'command', func: 'playVideo', args: [] });
}

/** Sends a command now if the embed has answered, else when it does. */
function send(state: PlayerState, message: Message): void {
  if (state.ready && state.iframe) post(state.iframe, message);
  else state.queued.push(message);
}

function stopListening(state: PlayerState): void {
  clearInterval(state.listening);
  state.listening = undefined;
}

function post(iframe: HTMLIFrameElement, message: Message): void {
  iframe.contentWindow?.postMessage(JSON.stringify({ id: iframe.parentElement?.id, channel: 'widget', ...message }), EMBED_ORIGIN);
}

function currentTimeOf(data: unknown): number | undefined {
  try {
    const message = typeof data === 'string' ? JSON.parse(data) : data;
    const time = message?.info?.currentTime;
    return typeof time === 'number' ? time : undefined;
  } catch {
    return undefined;
  }
}

function highlight(state: PlayerState, seconds: number): void {
  const index = chapterIndexAt(state.chapterLinks.map((link) => Number(link.dataset.start)), seconds);
  state.chapterLinks.forEach((link, i) => {
    if (i === index) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  });
}

/** Keeps the chapter in the address bar, so copying the URL shares that moment. */
function rememberStart(seconds: number): void {
  const url = new URL(location.href);
  url.searchParams.set('t', String(seconds));
  history.replaceState(history.state, '', url);
}
