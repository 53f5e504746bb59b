import { defineSiteConfig } from './lib/config/define-site-config.ts';

/** The archive's settings: the one place to configure the archive. Validated when read. */
export const siteConfig = defineSiteConfig({
  // The site covers all five of the team's shows; the first show is primary.
  showName: 'Grafana Community Livestreams',
  tagline: 'Every episode of Grafana\'s community livestreams: Office Hours, the Loki and OpenTelemetry community calls, Adobo & Avocados and Café con Grafana.',
  about: 'The archive of the livestreams Grafana Labs makes with its community: every past episode with its video, guests, chapters, talking points and links, from the notes the hosts write for each show.',
  // The site's own texts for the Spanish show's pages: its About page is in Spanish.
  translations: {
    es: {
      tagline: 'Todos los episodios de los directos de la comunidad de Grafana: Office Hours, las llamadas de la comunidad de Loki y OpenTelemetry, Adobo & Avocados y Café con Grafana.',
      about: 'El archivo de los directos que Grafana Labs hace con su comunidad: cada episodio con su video, invitados, capítulos, puntos a hablar y enlaces, a partir de las notas que los presentadores escriben para cada programa.',
    },
  },
  site: process.env.SITE_URL ?? 'https://office-hours.example.org',
  base: process.env.BASE_PATH ?? '/',
  seriesPrefix: 'GOH',
  // One folder of the team's vault per show (the notes folder mirrors the vault's layout); the first is primary
  // (its numbered episodes live at /episodes/<number>/).
  shows: [
    {
      name: 'Grafana Office Hours', slug: 'office-hours', heading: 'GOH <n> - <title>', folder: 'projects/Grafana Office Hours',
      description: 'A weekly livestream about Grafana, observability and visualization, with guests from the community.',
      youtubePlaylist: 'https://www.youtube.com/playlist?list=PLDGkOdUX1Ujrrse-cdj20RRah9hyHdxBu',
    },
    {
      name: 'Loki Community Call', slug: 'loki-community-call', shortName: 'Loki', heading: '<date> <title>', folder: 'projects/Loki Community Calls',
      description: 'A monthly call where the Grafana Loki team and its community talk logs, releases and questions.',
      defaultHosts: ['Nicole van der Hoeven', 'Jay Clifford'],
      topics: ['Loki'],
    },
    {
      name: 'Grafana OpenTelemetry Community Call', slug: 'otel-community-call', shortName: 'OTel', heading: '<n> - <title>', folder: 'projects/Grafana OTel Community Call',
      description: 'A community call about OpenTelemetry with Grafana: instrumentation, the Collector and what is new.',
      topics: ['OpenTelemetry'],
    },
    {
      name: 'Adobo & Avocados', slug: 'adobo-and-avocados', heading: 'A&A <n> - <title>', folder: 'projects/Adobo and Avocados',
      description: 'Conversations with people in tech, and with those from underrepresented groups, about their careers and experiences.',
      defaultHosts: ['Marie Cruz'],
      // Nearly every title ends "… with <the guest>": a note that names no guest has that one.
      titleNamesGuest: true,
    },
    {
      name: 'Café con Grafana', slug: 'cafe-con-grafana', heading: 'CCG <n> - <title>', folder: 'projects/CafeConGrafana/Episodes',
      description: 'Una charla en español sobre Grafana, observabilidad y pruebas de rendimiento, con invitados de la comunidad.',
      defaultHosts: ['Leandro Melendez'],
      // A translated template: its headings, instructions, guest line and opening line, added to the site's.
      language: 'es',
      publicSections: { talkingPoints: ['Puntos a hablar'], chapters: ['Capítulos', 'Marcas de tiempo'], links: ['Enlaces'] },
      internalSections: ['Checklist', '15 minutos antes', 'Despues de la transmision', 'Después de la transmisión'],
      templateInstructions: [
        'Listar los puntos que se hablarán en el episodio',
        'Que hablar y arreglar con el invitado',
        'En Grafana Labs, hacemos un show',
      ],
      guestFields: ['Invitado(s)', 'Invitados', 'Invitado'],
      openingLines: ['Bienvenidos a la hora de echar un Café con Grafana'],
    },
  ],
  defaultHosts: ['Nicole van der Hoeven'],
  youtubeChannel: 'https://www.youtube.com/@grafana',
  schedule: { startTime: '13:00', timeZone: 'UTC', durationMinutes: 60 },
  // Topics: the shipped vocabulary (src/lib/config/topic-vocabulary.ts); a `topics:` list here would replace it.
});
