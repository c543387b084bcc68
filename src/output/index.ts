export { PlaceIndex, formatPlace, describePlace, type Place, type PlaceLang, type PlaceSource, type Span, type TablePlace } from './place.js';
