import type { SitePagesStrings } from './en-site-pages.ts';

/** The Spanish words of the site's own pages (en-site-pages.ts says which). Typed: a missing key does not compile. */
export const esSitePages: SitePagesStrings = {
  home: {
    waysIn: 'Por dónde empezar',
    allEpisodes: 'Todos los episodios',
    search: 'Buscar',
    rss: 'Feed RSS',
    latest: 'Últimos episodios',
    none: 'Todavía no se ha publicado ningún episodio.',
    seeAll: 'Ver todos los episodios →',
  },

  guestsIndex: {
    title: 'Invitados',
    description: (site) => `Todas las personas que han sido invitadas en ${site}.`,
    count: (people, site, shows) =>
      `${people} ${people === 1 ? 'persona ha sido invitada' : 'personas han sido invitadas'} en ${site}${shows > 1 ? `, en sus ${shows} programas` : ''}.`,
    episodes: (count) => `${count} ${count === 1 ? 'episodio' : 'episodios'}`,
  },

  about: {
    title: 'Acerca de este archivo',
    description: (site) => `Qué es ${site}, cómo se hace y qué hace con tu privacidad.`,
    shows: 'Los programas',
    pages: 'Cada episodio tiene su propia página con el video, los invitados, capítulos a los que saltar, los puntos que se hablaron y los enlaces compartidos en el programa.',
    browse: 'Puedes ver [todos los episodios], encontrar a cada persona que ha sido [invitada], seguir un [tema] o [buscar] en todo lo que se dijo.',
    subscribe: 'Suscribirse',
    feedOneShow: 'El [feed RSS] tiene cada episodio nuevo. Cada página de invitado y de tema tiene también su propio feed.',
    feedShows: 'El [feed RSS] tiene cada episodio nuevo de todos los programas. Cada página de programa, de invitado y de tema tiene también su propio feed.',
    calendar: 'El [calendario de próximos episodios] funciona en cualquier aplicación de calendario.',
    privacy: 'Privacidad',
    privacyText: 'Las páginas no cargan nada de YouTube ni de nadie hasta que pulsas reproducir. Entonces el video se reproduce desde youtube-nocookie.com, el modo de privacidad mejorada de YouTube. El archivo no usa cookies ni analíticas.',
  },

  notFound: {
    title: 'Página no encontrada',
    description: 'Esta página no existe. Busca en el archivo o empieza por los últimos episodios.',
    heading: 'Esta página no existe',
    mistyped: 'Puede que el enlace esté mal escrito o que la página se haya movido.',
    numberedPages: (show) => `Los episodios de ${show} están en`,
    numberPlaceholder: '<número>',
    forExample: 'por ejemplo',
    otherShows: 'Los demás programas listan sus episodios en sus propias páginas.',
    goToLatest: (headline) => `Ir al último episodio, ${headline}`,
    search: 'Buscar en el archivo',
    searchLabel: 'Buscar episodios por invitado, tema o título',
    searchPlaceholder: 'Invitado, tema o título',
    waysIn: 'Formas de entrar al archivo',
    allEpisodes: (count) => `Los ${count} episodios`,
    guests: (count) => `${count} ${count === 1 ? 'invitado' : 'invitados'}`,
    topics: (count) => `${count} ${count === 1 ? 'tema' : 'temas'}`,
    home: 'Inicio',
    notYet: (episode, latest) => `${episode} todavía no se ha publicado: el último es ${latest}.`,
    noPage: (episode) => `No hay página para ${episode}: puede que no se haya emitido o que sus notas no estén publicadas.`,
  },

  allEpisodes: {
    title: 'Todos los episodios',
    pageTitle: (page, pages) => `Todos los episodios, página ${page} de ${pages}`,
    dates: (oldest, newest) => `del ${oldest} al ${newest}`,
    description: (site, count) => `Todos los episodios de ${site}, del más reciente al más antiguo: ${count}.`,
    pageDescription: (first, last, count, site, dates) =>
      `Episodios ${first}–${last} de ${count} de ${site}, del más reciente al más antiguo${dates ? ` (${dates})` : ''}.`,
    range: (first, last, count, dates) => `Episodios ${first}–${last} de ${count}, del más reciente al más antiguo${dates ? ` (${dates})` : ''}.`,
  },

  showsIndex: { description: (site) => `Los programas de ${site}.`, feed: 'Feed RSS' },
  topicsIndex: { description: (site) => `Los temas que ha tratado ${site}.` },
  topic: {
    title: (name) => `Episodios sobre ${name}`,
    description: (count, site, name) => `${count} de ${site} sobre ${name}.`,
    feedTitle: (site, name) => `${site}: episodios sobre ${name}`,
    feed: 'Feed RSS de este tema',
  },

  search: {
    title: 'Buscar',
    description: (site) => `Busca en todos los episodios de ${site} por invitado, tema, capítulo o punto hablado.`,
    heading: 'Buscar episodios',
    intro: 'Encuentra un episodio por invitado, tema, capítulo o cualquier cosa de sus notas, o recórrelos todos por invitado, tema y año.',
    placeholder: 'Buscar invitados, temas, capítulos…',
    filters: 'Filtros',
    skipToResults: 'Ir a los resultados',
    results: 'Resultados',
    noScript: 'La búsqueda necesita JavaScript. Sin él puedes ver [todos los episodios], los [invitados] y los [temas].',
    showMostFrequent: (count) => `Mostrar los ${count} más frecuentes`,
    showAll: (count) => `Mostrar los ${count}`,
  },

  moved: {
    title: (title, site) => `Movido: ${title} · ${site}`,
    to: 'Este episodio se ha movido a',
  },
};
