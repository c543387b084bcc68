export { parseVietnameseNumber, hasThousandsGroups, type ParsedNumber } from './parse.js';
export { formatVietnameseNumber } from './format.js';
export { canonicalExact, shiftExact, exactToNumber, isExactDecimal } from './decimal.js';
export { parseScaledNumber, scaleExponent, type ScaledNumber } from './scale.js';
