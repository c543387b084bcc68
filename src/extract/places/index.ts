export { extractPlaces, findPlaces, type PlaceSpan } from './extract.js';
export { homeProvince } from './home.js';
export { matchGazetteer, matchLevelPhrase, type PlaceMatch, type LevelPhrase } from './grammar.js';
