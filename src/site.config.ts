import { defineSiteConfig } from './lib/config/define-site-config.ts';

/** The show's settings: the one place to configure the archive. Validated when read. */
export const siteConfig = defineSiteConfig({
  showName: 'Grafana Office Hours',
  tagline: 'A weekly livestream about Grafana, observability and visualization, with guests from the community.',
  site: process.env.SITE_URL ?? 'https://office-hours.example.org',
  base: process.env.BASE_PATH ?? '/',
  seriesPrefix: 'GOH',
  // The team's vault holds two shows; the first is primary (its episodes live at /episodes/<number>/).
  shows: [
    {
      name: 'Grafana Office Hours', slug: 'office-hours', heading: 'GOH <n> - <title>',
      description: 'A weekly livestream about Grafana, observability and visualization, with guests from the community.',
      youtubePlaylist: 'https://www.youtube.com/playlist?list=PLDGkOdUX1Ujrrse-cdj20RRah9hyHdxBu',
    },
    {
      name: 'Loki Community Call', slug: 'loki-community-call', heading: '<date> <title>',
      description: 'A monthly call where the Grafana Loki team and its community talk logs, releases and questions.',
    },
  ],
  defaultHosts: ['Nicole van der Hoeven'],
  youtubeChannel: 'https://www.youtube.com/@grafana',
  schedule: { startTime: '13:00', timeZone: 'UTC', durationMinutes: 60 },
  topics: [
    { name: 'Pyroscope', aliases: ['Grafana Pyroscope', 'continuous profiling', 'profiling'] },
    { name: 'Loki', aliases: ['Grafana Loki', 'logs', 'LogQL'] },
    { name: 'Tempo', aliases: ['Grafana Tempo', 'tracing', 'traces'] },
    { name: 'Mimir', aliases: ['Grafana Mimir'] },
    { name: 'Prometheus', aliases: ['PromQL'] },
    { name: 'OpenTelemetry', aliases: ['OTel'] },
    { name: 'Alloy', aliases: ['Grafana Alloy', 'Grafana Agent'] },
    { name: 'k6', aliases: ['Grafana k6', 'load testing'] },
    { name: 'Dashboards', aliases: ['dashboard', 'visualization'] },
    { name: 'Alerting', aliases: ['alerts'] },
    { name: 'Kubernetes', aliases: ['k8s'] },
    { name: 'Structured metadata' },
    { name: 'eBPF' },
  ],
});
