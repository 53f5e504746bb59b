/**
 * The topic vocabulary the archive ships with: what the Grafana community livestreams are about, read
 * off their episodes (titles, talking points, chapters). Each name and alias is matched as whole words,
 * without case, in titles, talking points, chapters and transcript summaries, so aliases are specific
 * terms: a word every episode says ("logs", "dashboard", "metrics") would put every episode under it.
 * A site replaces it with `topics:` in src/site.config.ts (spread this list to extend it). `names` are
 * a topic's names on pages in another language (Café con Grafana's pages are Spanish).
 */
export const shippedTopicVocabulary = [
  { name: 'Loki', aliases: ['Grafana Loki', 'LogQL', 'LogCLI', 'Promtail'] },
  { name: 'Tempo', aliases: ['Grafana Tempo', 'TraceQL'] },
  { name: 'Mimir', aliases: ['Grafana Mimir'] },
  { name: 'Pyroscope', aliases: ['Grafana Pyroscope', 'continuous profiling', 'profiling', 'Explore Profiles'] },
  { name: 'Prometheus', aliases: ['PromQL', 'Prometheus metrics'] },
  { name: 'OpenTelemetry', aliases: ['OTel', 'OTLP', 'OpenTelemetry Collector', 'OTel Collector', 'auto-instrumentation'] },
  { name: 'Distributed tracing', aliases: ['tracing', 'traces', 'trazas', 'trazabilidad'], names: { es: 'Trazas distribuidas' } },
  { name: 'Alloy', aliases: ['Grafana Alloy', 'Grafana Agent', 'Agent Flow', 'flow mode'] },
  { name: 'Beyla', aliases: ['Grafana Beyla'] },
  { name: 'eBPF' },
  { name: 'Faro', aliases: ['Grafana Faro', 'Faro Web SDK'] },
  { name: 'Frontend observability', aliases: ['frontend monitoring', 'real user monitoring', 'Web Vitals', 'frontend performance'], names: { es: 'Observabilidad del frontend' } },
  { name: 'k6', aliases: ['Grafana k6', 'xk6', 'load testing', 'performance testing', 'private load zones', 'PLZ', 'PLZv2', 'pruebas de carga', 'pruebas de rendimiento'] },
  { name: 'Testcontainers' },
  { name: 'Software testing', aliases: ['testing', 'test automation', 'testers', 'tester', 'QA', 'quality assurance', 'exploratory testing', 'pruebas'], names: { es: 'Pruebas de software' } },
  { name: 'AI and LLM observability', slug: 'ai', aliases: ['AI', 'LLM', 'LLMs', 'LLM observability', 'GenAI', 'generative AI', 'machine learning', 'artificial intelligence', 'OpenLIT', 'inteligencia artificial'], names: { es: 'Observabilidad de IA y LLM' } },
  { name: 'IoT', aliases: ['Internet of Things', 'IIoT', 'embedded devices', 'Golioth'] },
  { name: 'Kubernetes', aliases: ['k8s', 'Helm', 'Helm chart', 'kubectl'] },
  { name: 'Docker', aliases: ['Docker Compose', 'containers'] },
  { name: 'Dashboards', aliases: ['Scenes', 'tableros', 'visualization', 'visualisation'], names: { es: 'Tableros' } },
  { name: 'Alerting', aliases: ['alerts', 'alert rules', 'Grafana Alerting', 'alertas'], names: { es: 'Alertas' } },
  { name: 'Plugins', aliases: ['plugin', 'Grafana plugins', 'data source plugin', 'app plugin', 'plugin development'] },
  { name: 'Data sources', aliases: ['data source', 'datasource', 'datasources', 'Private Data source Connect', 'PDC', 'fuentes de datos'], names: { es: 'Fuentes de datos' } },
  { name: 'Structured metadata', names: { es: 'Metadatos estructurados' } },
  { name: 'Bloom filters', aliases: ['bloom filter'], names: { es: 'Filtros de Bloom' } },
  { name: 'Adaptive Telemetry', aliases: ['Adaptive Logs', 'Adaptive Metrics', 'Adaptive Traces', 'Adaptive Profiles'] },
  { name: 'SLOs', aliases: ['SLO', 'service level objectives', 'error budgets'] },
  { name: 'Synthetic monitoring', aliases: ['synthetics', 'Synthetic Monitoring'], names: { es: 'Monitoreo sintético' } },
  { name: 'Observability as code', aliases: ['Terraform', 'Grafonnet', 'Jsonnet', 'as code', 'Grafana as code'], names: { es: 'Observabilidad como código' } },
  { name: 'Grafana Cloud' },
  { name: 'DevRel', aliases: ['developer relations', 'developer advocacy', 'developer advocate', 'developer advocates', 'community management'] },
  { name: 'Careers', aliases: ['career', 'career growth', 'career change', 'personal branding', 'mentoring', 'mentorship', 'job search', 'interviewing', 'hiring', 'carrera', 'carreras'], names: { es: 'Carrera profesional' } },
  { name: 'Mental health', aliases: ['burnout', 'wellbeing', 'well-being', 'impostor syndrome', 'imposter syndrome', 'salud mental'], names: { es: 'Salud mental' } },
  { name: 'Diversity and inclusion', aliases: ['diversity', 'inclusion', 'DEI', 'underrepresented', 'neurodiversity'], names: { es: 'Diversidad e inclusión' } },
  { name: 'UX', aliases: ['user experience', 'experience design', 'UX design', 'accessibility'], names: { es: 'Experiencia de usuario' } },
] as const satisfies readonly { name: string; slug?: string; aliases?: readonly string[]; names?: Readonly<Record<string, string>> }[];
