/**
 * Small lists the generator draws from: common French surnames and first names (with their
 * accents, apostrophes and hyphens, which searches, sorts and PDFs must survive), streets and
 * towns of the Lyon area (holiday zone A), and kinds of businesses that take BTS NDRC apprentices.
 */

const list = (text: string): readonly string[] => text.split(',').map((item) => item.trim());

export const SURNAMES = list(`
  Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent,
  Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Mercier,
  Dupont, Lambert, Bonnet, François, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Muller, Henry,
  Perrin, Morin, Mathieu, Clément, Gauthier, Fontaine, Chevalier, Robin, Masson, Gérard, Nguyen, Boyer,
  Lemaire, Noël, Ménard, Benoît, Prévost, Carré, Rémy, Lévêque, Bégué, Lefèvre-Dupont, Le Gall, N’Diaye,
  D’Almeida, Da Silva, Rivière, Bouchard, Hoarau, Benali, Haddad, Ferreira, Kowalski, Saint-Martin,
  Crépin, Dumézil, Pélissier, Œhlenschläger, Joubert, Delaunay`);

export const LEARNER_FIRST_NAMES = list(`
  Léa, Chloé, Emma, Inès, Manon, Camille, Zoé, Océane, Maëlys, Anaïs, Clémence, Élodie, Héloïse,
  Noémie, Louise, Jade, Lina, Sarah, Yasmine, Ambre, Laurène, Maïwenn, Salomé, Agathe, Célia, Margaux,
  Lucas, Hugo, Théo, Nathan, Mathéo, Enzo, Louis, Raphaël, Gabriel, Jules, Noé, Arthur, Maël, Léo,
  Timothée, Baptiste, Maxime, Antoine, Kévin, Loïc, Gaëtan, Rémi, Valentin, Quentin, Yanis, Ilyès,
  Rayan, Sofiane, Dylan, Mathis, Aurélien, Jean-Baptiste, Marie-Ève, Anne-Sophie`);

export const STAFF_FIRST_NAMES = list(`
  Hélène, Cédric, Frédéric, Stéphane, Sébastien, Béatrice, Françoise, Géraldine, Thérèse, Véronique,
  Agnès, Pascale, Jérôme, Grégoire, Aurélie, Joséphine, Benoît, Édouard, Ségolène, Noël,
  Jean-François, Marie-Hélène, Loïc, Céline`);

export const STREETS = list(`
  rue de la République, avenue Jean-Jaurès, cours Lafayette, rue Garibaldi, rue Paul-Bert,
  place Bellecour, quai Saint-Antoine, rue de Créqui, avenue Félix-Faure, rue Mercière,
  montée de la Grande-Côte, boulevard des Brotteaux, rue Édouard-Herriot, chemin de Saint-Clément`);

/** Postcode and town. */
export const TOWNS = list(`
  69001 Lyon, 69003 Lyon, 69007 Lyon, 69008 Lyon, 69100 Villeurbanne, 69200 Vénissieux, 69500 Bron,
  69130 Écully, 69300 Caluire-et-Cuire, 69800 Saint-Priest, 69150 Décines-Charpieu, 69600 Oullins`);

export const BUSINESSES = list(`
  Boulangerie, Pharmacie, Garage, Optique, Agence immobilière, Librairie, Fromagerie, Cave à vins,
  Agence de voyages, Assurances, Concession automobile, Jardinerie, Hôtel, Traiteur, Électroménager,
  Menuiserie, Négoce de matériaux, Téléphonie, Prêt-à-porter`);

export const SITES = ['Lyon Part-Dieu', 'Villeurbanne Gratte-Ciel'] as const;
