// The text of `npm start -- --help`, apart from start.ts so the start logic stays readable.
export const START_USAGE = `Usage : npm start

Vérifie l’index (le reconstruit depuis le corpus s’il manque ou ne correspond plus), puis sert
l’archive sur http://localhost:$PORT avec un processus par cœur. Un nouvel index écrit par
« npm run reindex » est pris en compte sans redémarrage ; SIGTERM ou SIGINT arrêtent proprement.

Réglages (variables d’environnement) :
  PORT                   port HTTP (défaut : 3000)
  HOST                   adresse d’écoute (défaut : toutes les interfaces)
  INDEX_FILE             index servi (défaut : data/index.json)
  CORPUS_DIR             corpus de l’index, s’il manque ou est périmé (défaut : celui où l’index
                         a été construit, sinon corpus) ; un index d’un autre corpus n’est jamais écrasé
  WEB_CONCURRENCY        nombre de processus (défaut : nombre de cœurs)
  SEARCH_CACHE_ENTRIES   réponses de recherche gardées par processus (défaut : 1000, 0 : aucune)
  ACCESS_LOG             0 pour ne pas écrire une ligne par requête
  ACCESS_LOG_QUERIES     1 pour ajouter les paramètres (ce qui a été cherché) au journal
  DATABASE_URL           sert l’archive depuis PostgreSQL au lieu de l’index (une base vide est
                         remplie une fois depuis CORPUS_DIR ; ensuite « npm run reindex » avec la
                         même variable) ; une nouvelle génération est prise en compte sans redémarrage
  DATABASE_READ_URL      réplique en lecture (hot standby) pour les recherches et les pages
  DATABASE_POOL_SIZE     connexions par processus et par base (défaut : 10)

  --help                 affiche cette aide`;
